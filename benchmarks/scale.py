"""Builds of growing corpora with one and two worker processes: characters a second,
speed-up, peak memory, and the ratio to bare jieba.posseg over the same text.

    python benchmarks/scale.py [--articles 1000 10000] [--jobs 1 2] [--formats ttl,trig,html]

A corpus of N articles is made from the seed pages and the news documents of Boson in
``../shared/corpora`` (each written as a page of its own, under new names, repeated as
needed). Each build runs as its own ``kg build`` process, started by a small launcher
process that waits for it with ``os.wait4``, so its peak memory (the largest resident
set among the process and its workers) is its own: a process forked from this one,
which holds posseg's tables and the corpus, would count this one's memory as its own
until it execs (Linux keeps the larger high-water mark). The runs of one
size are interleaved (jobs 1, jobs 2, jobs 1, jobs 2 ...) and timed by wall clock and by
CPU, so that a change in the machine's load cannot decide the result. posseg is timed
once per size on the same text, in this process.
"""

from __future__ import annotations

import argparse
import json
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


# Run by the launcher: for each command (a JSON list) on a line of stdin, the command's
# wall seconds, CPU seconds, largest resident set (KB) and exit status, as a JSON line.
LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    started = time.perf_counter()
    child = subprocess.Popen(json.loads(line), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps([time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
                      child.returncode]), flush=True)
"""


class Launcher:
    """A small process that starts each build and measures it alone."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, cwd=ROOT)

    def run(self, command: list[str]) -> tuple[float, float, int, int]:
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return tuple(json.loads(self.process.stdout.readline()))

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def run_build(launcher: Launcher, pages: Path, out: Path, jobs: int, formats: str) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak resident KB) of one ``kg build`` process."""
    wall, cpu, peak, status = launcher.run([sys.executable, "-m", "kg.cli", "build", str(pages), "-o", str(out),
                                            "--jobs", str(jobs), "--format", formats, "--no-progress"])
    if status not in (0, 1) or not any(out.iterdir()):  # 1: some pages named as problems
        sys.exit(f"kg build of {pages} failed (exit status {status})")
    return wall, cpu, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--formats", default="ttl,trig,html")
    args = ap.parse_args()
    launcher = Launcher()  # before this process grows
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
                    wall, cpu, peak = run_build(launcher, pages, Path(tmp) / f"out{jobs}", jobs, args.formats)
                    if jobs not in best or wall < best[jobs][0]:
                        best[jobs] = (wall, cpu, peak)
            one = best[min(best)][0]
            print(f"{n} articles, {len(text):,} characters; posseg {posseg:.1f} s")
            for jobs, (wall, cpu, peak) in sorted(best.items()):
                print(f"  jobs {jobs}: {wall:6.1f} s wall {cpu:6.1f} s CPU  {len(text) / wall:9,.0f} chars/s  "
                      f"speed-up {one / wall:.2f}  vs posseg {posseg / wall:.2f}  peak {peak / 1024:,.0f} MB "
                      "(largest process)")
    launcher.close()


if __name__ == "__main__":
    main()
