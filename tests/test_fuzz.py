"""A bounded, seeded fuzzer over whole builds: pages cut and spliced from the seed
pages and mixed with what real folders hold (wrong encodings, markup, control
characters, one-line giants, binary junk, empty files). Every case must end in a graph
that validates, or in one-line problems for the bad files only; never a traceback,
never a lost good page, and the same input gives the same bytes.

    KG_FUZZ_CASES=500 pytest tests/test_fuzz.py     # a long run; default 12 cases
"""

from __future__ import annotations

import os
import random

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.load import load_graph
from kg.validate import validate
from tests.conftest import SEEDS

CASES = int(os.environ.get("KG_FUZZ_CASES", "12"))
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
HOSTILE = ["<script>alert(1)</script>", "\x00", "\x01\x02", "\ufeff", "《", "》》》", "“", "（", "）)",
           "\u202e", "本报讯", "罚款", "万元", "依据《", "记者", "\t", " ", "\r\n", "&amp;", "{{", "]]>", "\"", "\\"]


def _page(rng: random.Random) -> tuple[bytes, bool]:
    """A page's bytes and whether it is good (holds a real article's text)."""
    kind = rng.random()
    text = rng.choice(TEXTS)
    a, b = sorted(rng.sample(range(len(text)), 2))
    piece = text[a:max(b, a + 200)]
    if kind < 0.55:  # a spliced page with hostile bits sprinkled in
        chars = list(piece)
        for _ in range(rng.randint(0, 12)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(HOSTILE))
        return "".join(chars).encode(rng.choice(["utf-8", "utf-8-sig", "gb18030", "utf-16"])), True
    if kind < 0.65:  # one line, no breaks
        return piece.replace("\n", "").encode("utf-8") * rng.randint(1, 8), True
    if kind < 0.75:  # a saved web page
        return f"<!DOCTYPE html><html><body><p>{piece}</p></body></html>".encode(), True
    if kind < 0.85:  # junk
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 400))), False
    if kind < 0.92:
        return rng.choice([b"", b"   \n", b"\x00" * 64]), False
    return b"This page is English text only, no Chinese at all. " * 5, False


@pytest.mark.parametrize("case", range(CASES))
def test_a_build_of_fuzzed_pages(tmp_path, case):
    rng = random.Random(case)
    folder = tmp_path / "pages"
    folder.mkdir()
    good = set()
    for i in range(rng.randint(1, 6)):
        data, ok = _page(rng)
        name = f"p{i:02d}.{'html' if data.startswith(b'<!DOCTYPE') else 'txt'}"
        (folder / name).write_bytes(data)
        if ok and len(data.strip()) > 0:
            good.add(name)
    outs = []
    for run in range(2):
        out = tmp_path / f"out{run}"
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-progress",
                                           "--format", "ttl,trig,graphml,gexf,csv,jsonld"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert "Traceback" not in result.output
        problems = [line for line in result.stderr.splitlines() if line.startswith("kg: ")]
        assert len(problems) == len(result.stderr.strip().splitlines())  # one line each, nothing else
        outs.append(out)
    if not (outs[0] / "graph.ttl").exists():  # nothing usable: every file is named as a problem
        assert result.exit_code == 1
        assert all(f.name in result.stderr for f in folder.iterdir()), result.stderr
        return
    report = validate(load_graph(outs[0] / "graph.ttl"))
    assert report.conforms, report.text()
    for f in sorted(p.name for p in outs[0].iterdir()):
        assert (outs[0] / f).read_bytes() == (outs[1] / f).read_bytes(), f
    # every page that holds Chinese text either became articles or was named as a problem
    built = (outs[0] / "graph.ttl").read_text(encoding="utf-8")
    for name in good:
        assert name in built or name in result.stderr, name
