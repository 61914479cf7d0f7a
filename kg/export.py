"""The only module that writes output files; every file is written atomically
(to a temporary file beside it, then renamed), so a failed build leaves no half file.

Turtle and TriG are written by pyoxigraph from quads sorted by ``assemble``, so the
same input gives byte-identical files."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from .assemble import PREFIXES, Dump, entity_iri
from .model import Corpus
from .views import corpus_to_networkx, render_html

FORMATS = {
    "ttl": "graph.ttl",          # Turtle: every triple, ontology included
    "trig": "graph.trig",        # TriG: one named graph per article
    "nt": "graph.nt",            # N-Triples: one triple a line, for bulk loaders
    "jsonld": "graph.jsonld",    # JSON-LD, compacted with the prefixes as its context
    "graphml": "graph.graphml",  # GraphML (networkx): entities and relations, for Gephi
    "gexf": "graph.gexf",        # GEXF (networkx), for Gephi
    "csv": "entities.csv",       # entities.csv, relations.csv, penalties.csv
    "html": "graph.html",        # the offline view
}
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


def jsonld(dump: Dump) -> bytes:
    """JSON-LD compacted against a context of the prefixes (rdflib's writer: pyoxigraph
    writes expanded JSON-LD only)."""
    graph = Graph()
    graph.parse(data=dump.ntriples(), format="nt")
    return graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True,
                           sort_keys=True, indent=1).encode("utf-8")


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The view's graph with scalar attributes, as GraphML and GEXF require."""
    flat = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        flat.add_node(n, label=data["name"], type=data["kind"],
                      aliases="、".join(data["aliases"]), articles=len(data["articles"]))
    for s, o, key, data in g.edges(keys=True, data=True):
        flat.add_edge(s, o, key=key, label=data["relation"], relation=data["relation"])
    return flat


def _graph_file(g: nx.MultiDiGraph, writer) -> bytes:
    buf = io.BytesIO()
    writer(_flat(g), buf)
    return buf.getvalue()


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(header)
    out.writerows(rows)
    return buf.getvalue()


def csv_tables(corpus: Corpus) -> dict[str, str]:
    """entities.csv, relations.csv and penalties.csv, one row per thing, IRIs as keys."""
    texts = {a.id: a.text for a in corpus.articles}
    entities = _csv(["iri", "type", "name", "aliases", "code", "mentions", "articles"], (
        (entity_iri(e.key)[1], e.type.value, e.name, "|".join(e.aliases), e.code or "",
         len(e.mentions), "|".join(sorted({m.article_id for m in e.mentions})))
        for e in corpus.entities))
    relations = _csv(["subject", "subject_type", "predicate", "object", "object_type", "post",
                      "article", "start", "end", "evidence"], (
        (r.subject[1], r.subject[0], r.predicate.value, r.object[1], r.object[0], r.post or "",
         r.article_id, r.evidence.start, r.evidence.end,
         texts[r.article_id][r.evidence.start:r.evidence.end].strip())
        for r in corpus.relations))
    penalties = _csv(["authority", "party", "party_type", "fine_yuan", "legal_basis", "measures",
                      "notice", "article", "start", "end"], (
        (p.authority[1] if p.authority else "", p.party[1], p.party[0],
         "" if p.fine_yuan is None else p.fine_yuan,
         "|".join(f"{b.law}{b.provision or ''}" for b in p.legal_basis), "|".join(p.measures),
         p.notice or "", p.article_id, p.evidence.start, p.evidence.end)
        for p in corpus.penalties))
    return {"entities.csv": entities, "relations.csv": relations, "penalties.csv": penalties}


def write_outputs(corpus: Corpus, dump: Dump, out: Path,
                  formats: Iterable[str] = DEFAULT_FORMATS, *, title: str = "kg") -> list[Path]:
    """Write the chosen dumps into the folder ``out``; return their paths."""
    written = []
    view = None
    for fmt in formats:
        path = out / FORMATS[fmt]
        if fmt in ("html", "graphml", "gexf") and view is None:
            view = corpus_to_networkx(corpus)
        if fmt == "ttl":
            written.append(write_bytes(path, turtle(dump)))
        elif fmt == "trig":
            written.append(write_bytes(path, trig(dump)))
        elif fmt == "nt":
            written.append(write_bytes(path, dump.ntriples()))
        elif fmt == "jsonld":
            written.append(write_bytes(path, jsonld(dump)))
        elif fmt == "graphml":
            written.append(write_bytes(path, _graph_file(view, nx.write_graphml)))
        elif fmt == "gexf":
            written.append(write_bytes(path, _graph_file(view, nx.write_gexf)))
        elif fmt == "csv":
            for name, text in csv_tables(corpus).items():
                written.append(write_text(out / name, text))
        else:
            written.append(write_text(path, render_html(view, title=title)))
    return written


def _named_only(dump: Dump) -> bytes:
    """The statements of the articles' named graphs, as N-Quads."""
    return Dump(tuple(st for st in dump.statements if st[0])).nquads()


def write_store(dump: Dump, folder: Path) -> Path:
    """Replace the contents of the on-disk Oxigraph store in ``folder`` with ``dump``: its
    triples once in the default graph (what graph.ttl holds, what queries read) and each
    article's graph as a named graph (what graph.trig holds, for GRAPH ?g queries)."""
    folder.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(folder))
    store.clear()
    store.bulk_load(dump.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    store.bulk_load(_named_only(dump), format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    del store  # releases the folder's lock
    return folder
