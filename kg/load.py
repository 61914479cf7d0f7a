"""Loading RDF: dumps written by ``kg build`` (or any RDF file) into rdflib or pyoxigraph,
the ontology's triples, and on-disk stores. The page reader is ``kg.read``."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .errors import GraphError

GRAPH_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
                 ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml", ".n3": "n3"}


def load_graph(path: Path) -> Graph:
    """Load a dump written by ``kg build`` (or any RDF file) into one graph."""
    if not path.exists():
        raise GraphError(f"{path}: no such graph file; run 'kg build PAGES -o OUT' first")
    fmt = GRAPH_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format {path.suffix!r}; "
                         f"use one of {', '.join(sorted(GRAPH_FORMATS))}")
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            graph = Graph()
            for prefix, ns in ds.namespaces():
                graph.bind(prefix, ns)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many kinds; all mean the file is not valid
        raise GraphError(f"{path}: cannot be read as {fmt}: {' '.join(str(exc).split())[:160]}") from None


def load_store(path: Path) -> ox.Store:
    """Load a dump into a pyoxigraph store (the view reads it with SPARQL)."""
    formats = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML}
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format {path.suffix!r}; use one of {', '.join(sorted(formats))}")
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run 'kg build PAGES -o OUT' first")
    store = ox.Store()
    try:
        with path.open("rb") as fh:
            store.load(fh, format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{path}: cannot be read: {' '.join(str(exc).split())[:160]}") from None
    return store


def ontology_quads(path: Path) -> list[ox.Quad]:
    """The ontology's triples as quads of the default graph."""
    with path.open("rb") as fh:
        return list(ox.parse(fh, format=ox.RdfFormat.TURTLE))


def open_store(folder: Path) -> ox.Store:
    """A store written by ``kg build --store DIR``, opened read-only."""
    if not folder.is_dir():
        raise GraphError(f"{folder}: no such store folder; write one with 'kg build PAGES --store {folder}'")
    try:
        return ox.Store.read_only(str(folder))
    except OSError as exc:
        raise GraphError(f"{folder}: not a kg store: {' '.join(str(exc).split())[:160]}") from None
