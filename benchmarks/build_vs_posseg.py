"""A whole build against bare jieba.posseg over the same text, in one run.

    python benchmarks/build_vs_posseg.py [--copies 10] [--runs 3] [--network]

Copies the seed pages ``--copies`` times (as distinct files), then times, best of
``--runs`` and interleaved (posseg, build, posseg, build ...) so that a change in the
machine's load falls on both: jieba.posseg over all their text, and a build of them
through the library's entry point ``kg.pipeline.build`` (read, extract, link, assemble,
write Turtle, TriG and HTML). Start-up (loading dictionaries and the model) is left out
of both. Prints both times and their ratio; the project's bar is a ratio of 1.5 or more
(for the default build, which reads the recogniser's light network: ``--network`` times
a build that reads its full network instead).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import jieba
import jieba.posseg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import NETWORK, Pipeline, build  # noqa: E402


def corpus(folder: Path, copies: int) -> str:
    """Write ``copies`` of every seed page into ``folder``; return all their text."""
    text = []
    for i in range(copies):
        for page in sorted((ROOT / "seeds").glob("*.txt")):
            content = page.read_text(encoding="utf-8")
            (folder / f"{i:03d}_{page.name}").write_text(content, encoding="utf-8")
            text.append(content)
    return "".join(text)


def timed(job) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def measure(copies: int = 10, runs: int = 3, model: str = "shipped") -> tuple[float, float, int]:
    """(posseg seconds, build seconds, characters), each the best of ``runs``."""
    with tempfile.TemporaryDirectory() as tmp:
        pages, out = Path(tmp) / "pages", Path(tmp) / "out"
        pages.mkdir()
        text = corpus(pages, copies)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tagger = jieba.posseg.POSTokenizer(tokenizer)
        pipeline = Pipeline(model)
        posseg = whole = float("inf")
        for _ in range(runs):
            posseg = min(posseg, timed(lambda: list(tagger.cut(text))))
            whole = min(whole, timed(lambda: build([pages], out, pipeline=pipeline)))
    return posseg, whole, len(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--network", action="store_true",
                    help="read the recogniser's full network instead of the light one")
    args = ap.parse_args()
    posseg, whole, chars = measure(args.copies, args.runs, NETWORK if args.network else "shipped")
    print(f"characters {chars}")
    print(f"posseg     {posseg:.2f} s  ({chars / posseg:,.0f} chars/s)")
    print(f"build      {whole:.2f} s  ({chars / whole:,.0f} chars/s)")
    print(f"ratio      {posseg / whole:.2f}  (the recogniser issue's bar: 1.50)")


if __name__ == "__main__":
    main()
