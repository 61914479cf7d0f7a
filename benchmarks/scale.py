"""Builds of growing corpora with one and two worker processes: characters a second,
speed-up, peak memory, and the ratio to bare jieba.posseg over the same text.

    python benchmarks/scale.py [--articles 1000 10000] [--jobs 1 2] [--formats ttl,trig,html]

A corpus of N articles is made from the seed pages and the news documents of Boson in
``../shared/corpora`` (each written as a page of its own, under new names, repeated as
needed). Each build runs as its own ``kg build`` process, so its peak memory
(the largest resident set of the process and its workers) is its own; the runs of one
size are interleaved (jobs 1, jobs 2, jobs 1, jobs 2 ...) and timed by wall clock and by
CPU, so that a change in the machine's load cannot decide the result. posseg is timed
once per size on the same text, in this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def texts() -> list[str]:
    """Article texts to build from: the seed pages, then Boson's documents."""
    found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    boson = SHARED / "corpora" / "boson.jsonl"
    if boson.exists():
        for line in boson.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append("本报讯 " + json.loads(line)["text"])
    return found


def corpus(folder: Path, articles: int) -> str:
    """Write ``articles`` pages into ``folder``; return all their text."""
    pool, written = texts(), []
    for i in range(articles):
        text = pool[i % len(pool)]
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        written.append(text)
    return "".join(written)


def run_build(pages: Path, out: Path, jobs: int, formats: str) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak resident KB) of one ``kg build`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(pages), "-o", str(out), "--jobs", str(jobs),
                           "--format", formats, "--no-progress"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1) or not any(out.iterdir()):  # 1: some pages named as problems
        sys.exit(f"kg build failed: {done.stderr.strip().splitlines()[-1:]}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--formats", default="ttl,trig,html")
    args = ap.parse_args()
    import jieba
    import jieba.posseg

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            pages = Path(tmp) / "pages"
            pages.mkdir()
            text = corpus(pages, n)
            started = time.perf_counter()
            list(tagger.cut(text))
            posseg = time.perf_counter() - started
            best: dict[int, tuple[float, float, int]] = {}
            for _ in range(args.runs):
                for jobs in args.jobs:  # interleaved
                    wall, cpu, peak = run_build(pages, Path(tmp) / f"out{jobs}", jobs, args.formats)
                    if jobs not in best or wall < best[jobs][0]:
                        best[jobs] = (wall, cpu, peak)
            one = best[min(best)][0]
            print(f"{n} articles, {len(text):,} characters; posseg {posseg:.1f} s")
            for jobs, (wall, cpu, peak) in sorted(best.items()):
                print(f"  jobs {jobs}: {wall:6.1f} s wall {cpu:6.1f} s CPU  {len(text) / wall:9,.0f} chars/s  "
                      f"speed-up {one / wall:.2f}  vs posseg {posseg / wall:.2f}  peak {peak / 1024:,.0f} MB "
                      "(largest process so far)")


if __name__ == "__main__":
    main()
