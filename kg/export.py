"""The only module that writes output files; every file is written atomically
(to a temporary file beside it, then renamed), so a failed build leaves no half file."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .assemble import union
from .views import render_html, to_networkx

FORMATS = {"ttl": "graph.ttl", "trig": "graph.trig", "html": "graph.html"}
DEFAULT_FORMATS = ("ttl", "trig", "html")


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def turtle(graph: Graph) -> str:
    return graph.serialize(format="turtle")


_PREFIXES = re.compile(r"\A((?:@prefix[^\n]*\n)*)\n?")


def trig(ds: Dataset) -> str:
    """TriG with the default graph first, then each named graph in IRI order.

    rdflib's own TriG writer orders the graphs as its store happens to hold them; this
    one is byte-identical for the same input. Each graph's Turtle body is kept verbatim
    (multi-line literals must not be re-indented)."""
    prefixes: set[str] = set()
    blocks = []
    default_id = DATASET_DEFAULT_GRAPH_ID
    graphs = sorted(ds.graphs(), key=lambda g: (g.identifier != default_id, str(g.identifier)))
    for g in graphs:
        if len(g) == 0:
            continue
        single = Graph()
        for prefix, ns in ds.namespaces():
            single.bind(prefix, ns)
        for triple in g:
            single.add(triple)
        text = turtle(single)
        head = _PREFIXES.match(text)
        prefixes.update(line for line in head.group(1).splitlines() if line)
        body = text[head.end():].rstrip("\n")
        blocks.append(body if g.identifier == default_id else f"<{g.identifier}> {{\n{body}\n}}")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def write_outputs(ds: Dataset, out: Path, formats: Iterable[str] = DEFAULT_FORMATS,
                  *, title: str = "kg") -> list[Path]:
    """Write the chosen dumps of ``ds`` into the folder ``out``; return their paths."""
    written = []
    whole = union(ds)
    for fmt in formats:
        path = out / FORMATS[fmt]
        if fmt == "ttl":
            text = turtle(whole)
        elif fmt == "trig":
            text = trig(ds)
        else:
            text = render_html(to_networkx(whole), title=title)
        written.append(write_text(path, text))
    return written
