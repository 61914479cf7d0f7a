"""The only module that writes output files; every file is written atomically
(to a temporary file beside it, then renamed), so a failed build leaves no half file.

Turtle and TriG are written by pyoxigraph from quads sorted by ``assemble``, so the
same input gives byte-identical files."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .assemble import PREFIXES, Dump
from .model import Corpus
from .views import corpus_to_networkx, render_html

FORMATS = {"ttl": "graph.ttl", "trig": "graph.trig", "html": "graph.html"}
DEFAULT_FORMATS = ("ttl", "trig", "html")


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    return write_bytes(path, text.encode("utf-8"))


def turtle(dump: Dump) -> bytes:
    """Every triple of every graph, as Turtle, in the dump's order."""
    triples = ox.parse(dump.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def trig(dump: Dump, nquads: bytes | None = None) -> bytes:
    """The default graph, then one named graph per article, as TriG, in the dump's order."""
    quads = ox.parse(nquads or dump.nquads(), format=ox.RdfFormat.N_QUADS)
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def write_outputs(corpus: Corpus, dump: Dump, out: Path,
                  formats: Iterable[str] = DEFAULT_FORMATS, *, title: str = "kg") -> list[Path]:
    """Write the chosen dumps into the folder ``out``; return their paths."""
    written = []
    for fmt in formats:
        path = out / FORMATS[fmt]
        if fmt == "ttl":
            written.append(write_bytes(path, turtle(dump)))
        elif fmt == "trig":
            written.append(write_bytes(path, trig(dump)))
        else:
            written.append(write_text(path, render_html(corpus_to_networkx(corpus), title=title)))
    return written
