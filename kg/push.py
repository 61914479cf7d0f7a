"""`kg push`: a graph's named graphs sent to any SPARQL 1.1 Graph Store Protocol endpoint.

Each article's named graph goes in one HTTP PUT to ``URL?graph=IRI`` as N-Triples, so
pushing a page again replaces what an earlier push of its articles sent and leaves every
other graph alone. The default graph (every entity's full description and the ontology)
is POSTed to ``URL?default``: added to, not replaced, since a push of a few pages holds
the descriptions of their entities only. httpx sends
the requests; the endpoint is whatever the user runs (Oxigraph's ``/store``, Fuseki's
``/DATASET/data``, GraphDB's ``/repositories/ID/rdf-graphs/service``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError

TIMEOUT = 120.0  # seconds for one graph's request


@dataclass(frozen=True, slots=True)
class Pushed:
    graphs: int
    triples: int


def graphs(store: ox.Store) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    """(graph IRI, its triples) for the default graph (None) then each named graph, in
    IRI order."""
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        yield None, default
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        if isinstance(name, ox.NamedNode):
            yield name.value, [q.triple for q in store.quads_for_pattern(None, None, None, name)]


def push(store: ox.Store, url: str, *, auth: tuple[str, str] | None = None,
         step: Callable[[str], None] | None = None) -> Pushed:
    """Send every graph of ``store`` to the Graph Store Protocol endpoint ``url``; a graph
    the endpoint refuses is one KgError naming it (the graphs sent before it stay sent)."""
    import httpx

    count = triples = 0
    with httpx.Client(timeout=TIMEOUT, auth=auth) as client:
        for name, content in graphs(store):
            params = {"graph": name} if name else {"default": ""}
            body = ox.serialize(content, format=ox.RdfFormat.N_TRIPLES)
            shown = name or "the default graph"
            try:
                answer = client.request("PUT" if name else "POST", url, params=params, content=body,
                                        headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise KgError(f"{url}: cannot send {shown}: {exc}") from None
            if answer.status_code >= 300:
                reason = " ".join(answer.text.split())[:160] or answer.reason_phrase
                raise KgError(f"{url}: refused {shown} (HTTP {answer.status_code}: {reason})")
            count += 1
            triples += len(content)
            if step is not None:
                step(shown)
    return Pushed(count, triples)


def open_graph(path: Path) -> ox.Store:
    """A dump loaded in memory, or a store folder opened read-only."""
    from .load import load_store, open_store

    return open_store(path) if path.is_dir() else load_store(path)
