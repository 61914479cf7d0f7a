"""Extraction time against article length: one single-line article (no paragraph
breaks, the worst case) of growing length, to show the time grows linearly.

    python benchmarks/long_article.py [--sizes 10000 20000 40000 80000 160000]

Builds the article from the seed pages' text with its line breaks taken out, extracts
it once per size (after a warm-up) and prints seconds, microseconds per character, and
the ratio of the last size's cost per character to the first's: about 1 when time is
linear in length, growing with the size when it is not.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.base import Context  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 20_000, 40_000, 80_000, 160_000])
    args = ap.parse_args()
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = text.replace("\n", "")
    pipeline = Pipeline()
    pipeline.extract_article(Article("warm", "warm.txt", 1, "", text[:2000]), Context())
    costs = []
    for size in args.sizes:
        body = (text * (size // len(text) + 1))[:size]
        started = time.perf_counter()
        pipeline.extract_article(Article(f"long-{size}", "long.txt", 1, "", body), Context())
        seconds = time.perf_counter() - started
        costs.append(seconds / size)
        print(f"{size:>8} chars  {seconds:7.2f} s  {1e6 * seconds / size:6.1f} µs/char")
    print(f"cost per character, last size / first: {costs[-1] / costs[0]:.2f}")


if __name__ == "__main__":
    main()
