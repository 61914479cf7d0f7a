"""Each rule family switched off in turn: its effect on the seeds gold and on the
held-out corpora, so that a rule keeps its place by what it does on text it was not
written from.

    python benchmarks/ablation.py ../shared [--parts msra-test cluener-heldout boson-heldout]

For every component that can be switched off (``kg build --disable NAME``), builds the
seed pages and scores them with ``SHARED/eval/score.py`` against ``SHARED/gold``
(entity and relation micro F1), and scores the whole extractor on each held-out part of
``SHARED/corpora`` (entity micro F1 over AGENCY, COMPANY, ORGANIZATION, PERSON, PLACE;
coarse ORG for MSRA). Prints one Markdown row per component: the figures with it off,
and the change from the full pipeline (a negative change means the component helps).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import CORE, STAGES, Pipeline, build  # noqa: E402
from kg.recognise.evaluate import corpus_parts, evaluate_corpus  # noqa: E402

# What is switched off together: the recogniser and its fusion are one family.
FAMILIES = [("recogniser", ("recogniser", "recognised"))] + [
    (s, (s,)) for s in STAGES if s not in CORE and s not in ("recogniser", "recognised")]


def seeds_scores(shared: Path, pipeline: Pipeline) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        build([ROOT / "seeds"], Path(tmp), formats=("ttl",), pipeline=pipeline)
        out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "gold"),
                              str(Path(tmp) / "graph.ttl"), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    return result["summary"]["entity_f1"], result["summary"]["relation_f1"]


def held_out_scores(parts, pipeline: Pipeline) -> list[float]:
    return [evaluate_corpus(part, pipeline, what="build", merge_orgs=part.name.startswith("msra"))["all"].f1
            for part in parts]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path, help="the folder holding gold/, eval/ and corpora/")
    ap.add_argument("--parts", nargs="*", default=["msra-test", "cluener-heldout", "boson-heldout"])
    args = ap.parse_args()
    parts = corpus_parts(args.shared / "corpora", args.parts)
    header = ["seeds entity", "seeds relation"] + [p.name for p in parts]
    print("| switched off | " + " | ".join(header) + " |")
    print("|---" * (len(header) + 1) + "|")
    full = None
    for name, off in [(None, ())] + FAMILIES:
        pipeline = Pipeline(disable=off)
        row = [*seeds_scores(args.shared, pipeline), *held_out_scores(parts, pipeline)]
        if full is None:
            full = row
            cells = [f"{x:.3f}" for x in row]
        else:
            cells = [f"{x:.3f} ({x - f:+.3f})" for x, f in zip(row, full, strict=True)]
        print(f"| {name or '(nothing: the full pipeline)'} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
