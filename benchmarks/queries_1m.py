"""Every named query on a graph of about a million triples: as a whole ``kg query``
command on the dump, and on a store.

    python benchmarks/queries_1m.py [--triples 1000000] [--keep DIR]

Builds a corpus of seed pages and Boson's news documents as pages (see ``scale.py``),
growing it until its Turtle dump holds ``--triples`` triples, with ``--store`` as well;
then runs every named query (a binding where one is needed) as its own ``kg query``
process, once on ``graph.ttl`` and once on the store, and prints the wall time of each
(start-up included: what a user waits for). The issue's bars: 10 s from a dump, 1 s
from a store.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import corpus  # noqa: E402
from kg.query import named_queries  # noqa: E402

TRIPLES_PER_ARTICLE = 60  # about, on this mix; the build is grown until it has enough
BINDINGS = {"name": "山西省"}


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True)


def triples(ttl: Path) -> int:
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))


def build(folder: Path, wanted: int) -> tuple[Path, Path, int]:
    articles = max(100, wanted // TRIPLES_PER_ARTICLE)
    while True:
        pages, out, store = folder / f"pages-{articles}", folder / f"out-{articles}", folder / f"store-{articles}"
        pages.mkdir()
        corpus(pages, articles)
        done = kg("build", str(pages), "-o", str(out), "--store", str(store), "--format", "ttl", "--no-progress")
        if not (out / "graph.ttl").exists():
            sys.exit(f"kg build failed: {done.stderr.strip()[-300:]}")
        count = triples(out / "graph.ttl")
        print(f"{articles} articles: {count:,} triples", flush=True)
        if count >= wanted:
            return out / "graph.ttl", store, count
        articles = int(articles * wanted / count * 1.05) + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="Build here and keep it (default: a temporary folder).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        ttl, store, count = build(folder, args.triples)
        print(f"\n{'query':22} {'dump (s)':>9} {'store (s)':>10} {'rows':>6}")
        for name, query in sorted(named_queries().items()):
            binding = ["--bind", f"{query.needs[0]}={BINDINGS[query.needs[0]]}"] if query.needs else []
            times, rows = [], 0
            for graph in (ttl, store):
                started = time.perf_counter()
                done = kg("query", str(graph), name, "--format", "csv", *binding)
                times.append(time.perf_counter() - started)
                if done.returncode != 0:
                    sys.exit(f"kg query {graph} {name}: {done.stderr.strip()}")
                rows = max(len(done.stdout.splitlines()) - 1, 0)
            print(f"{name:22} {times[0]:9.2f} {times[1]:10.2f} {rows:6}", flush=True)
        print(f"({count:,} triples; bars: 10 s from the dump, 1 s from the store)")


if __name__ == "__main__":
    main()
