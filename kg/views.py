"""Store -> networkx -> pyvis -> one self-contained HTML page (a string; no I/O).

The nodes' places are computed here (``layout``: networkx's spring layout for each small
connected part, a radial tree for a large one, the parts packed in rows, biggest first),
so the page is usable as soon as it is drawn, whatever its size. pyvis gives the nodes
and edges their vis-network form; the page itself comes from ``static/view.html`` with
vis-network's script and style inlined from the copy pyvis ships, so it opens from disk
with no network. Text from articles reaches the page only as JSON data and is put into
the document with ``textContent``, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network

from .assemble import entity_iri, penalty_iri
from .model import Corpus, EntityType
from .types import ENTITIES, relation_colour, relation_label, style
from .types import RELATIONS as RELATION_KINDS
from .vocab import KG, term

PLACE_CLASSES = {KG.Place, KG.Province, KG.City, KG.District, KG.County, KG.Town}
# From this many nodes the page draws edges without labels and hides them while dragging.
LARGE = 500
# Layout: a connected part of up to SPRING_MAX nodes is laid out by networkx's spring
# layout (quadratic, fast at that size); a larger one as a radial tree. A node takes about
# SPACING pixels each way.
SPRING_MAX = 200
SPACING = 90.0
WIDE = 2.2  # names are wider than they are tall: a node takes this many SPACINGs across


def _class_kinds() -> dict[str, str]:
    """Class IRI -> entity type, for every type declared (kg/types.py) at the time of asking."""
    return {str(term(k)): k for k in ENTITIES} | {str(c): "Place" for c in PLACE_CLASSES}


@dataclass(frozen=True, slots=True)
class Cut:
    """What a view kept of a larger graph, to tell the reader."""

    kept: int
    total: int


_SELECT = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
_NODES = _SELECT + """SELECT DISTINCT ?n ?cls ?name WHERE {
  ?n a ?cls . OPTIONAL { ?n skos:prefLabel ?pref } OPTIONAL { ?n rdfs:label ?label }
  BIND(COALESCE(?pref, ?label) AS ?name) FILTER(isIRI(?n)) }"""
_ALIASES = _SELECT + "SELECT ?n ?alias WHERE { ?n skos:altLabel ?alias }"
_ARTICLES = _SELECT + "SELECT DISTINCT ?n ?title WHERE { ?a kg:mentions ?n ; rdfs:label ?title }"
_EVIDENCE = _SELECT + """SELECT ?n ?text WHERE {
  ?e a kg:Evidence ; kg:evidenceText ?text .
  { ?e rdf:subject ?n } UNION { ?e rdf:object ?n } }"""
_PENALTIES = _SELECT + """SELECT ?p ?fine ?measure ?text WHERE {
  ?p a kg:Penalty . OPTIONAL { ?p kg:fineAmount ?fine } OPTIONAL { ?p kg:measure ?measure }
  OPTIONAL { ?p kg:evidenceText ?text } }"""


def _rows(store: ox.Store, query: str):
    for solution in store.query(query, use_default_graph_as_union=True):
        yield tuple(None if v is None else v.value for v in solution)


def to_networkx(store: ox.Store) -> nx.MultiDiGraph:
    """Entities and penalties as nodes, relations as edges, with what the page shows."""
    g = nx.MultiDiGraph()
    class_kind = _class_kinds()
    for n, cls, name in _rows(store, _NODES):
        kind = class_kind.get(cls)
        if kind is not None and n not in g:
            g.add_node(n, kind=kind, name=name or n, aliases=[], articles=[], evidence=[], details=[])
    for n, alias in _rows(store, _ALIASES):
        if n in g:
            g.nodes[n]["aliases"].append(alias)
    for n, title in _rows(store, _ARTICLES):
        if n in g:
            g.nodes[n]["articles"].append(title)
    for n, text in _rows(store, _EVIDENCE):
        if n in g:
            g.nodes[n]["evidence"].append(text)
    details: dict[str, set[str]] = defaultdict(set)
    for p, fine, measure, text in _rows(store, _PENALTIES):
        if p in g:
            details[p].add(f"罚款 fine: {fine} 元" if fine is not None else "罚款 fine: —")
            if measure:
                details[p].add(f"措施 measure: {measure}")
            if text:
                g.nodes[p]["evidence"].append(text)
    for prop in RELATION_KINDS:
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(term(prop))), None):
            s, o = quad.subject.value, quad.object.value
            if s in g and o in g and not g.has_edge(s, o, key=prop):
                g.add_edge(s, o, key=prop, relation=prop)
    for n, data in g.nodes(data=True):
        data["aliases"] = sorted(set(data["aliases"]))
        data["articles"] = sorted(set(data["articles"]))
        data["evidence"] = sorted(set(data["evidence"]))[:5]
        data["details"] = sorted(details.get(n, ()))
    return g


def penalty_label(authority: str, party: str, fine: int | None) -> str:
    """What a penalty node says: 山西省应急管理厅 → 中车永济电机有限公司 · 50000元."""
    amount = f" · {fine}元" if fine is not None else ""
    return f"{authority} → {party}{amount}"


def corpus_to_networkx(corpus: Corpus) -> nx.MultiDiGraph:
    """The same graph as ``to_networkx`` gives for a dump of ``corpus``, built from the
    dataclasses directly (``kg build`` need not load its own dump to draw it)."""
    g = nx.MultiDiGraph()
    titles = corpus.extractions.titles()
    texts = corpus.evidence_texts()
    for e in corpus.entities:
        iri = entity_iri(e.key)[1]
        g.add_node(iri, kind=e.type.value, name=e.name, aliases=sorted(set(e.aliases)),
                   articles=sorted({titles[article_id] for article_id in e.articles}),
                   evidence=[], details=[])
    evidence: dict[str, set[str]] = defaultdict(set)
    for r in corpus.relations:
        s, o = entity_iri(r.subject)[1], entity_iri(r.object)[1]
        if s in g and o in g:
            text = texts[r.article_id][r.evidence.start:r.evidence.end].strip()
            evidence[s].add(text)
            evidence[o].add(text)
            if not g.has_edge(s, o, key=r.predicate.value):
                g.add_edge(s, o, key=r.predicate.value, relation=r.predicate.value)
    counts: dict[str, int] = defaultdict(int)
    for p in corpus.penalties:
        counts[p.article_id] += 1
        iri = penalty_iri(p.article_id, counts[p.article_id])[1]
        authority = p.authority[1] if p.authority else "?"
        details = {f"罚款 fine: {p.fine_yuan} 元" if p.fine_yuan is not None else "罚款 fine: —"}
        details |= {f"措施 measure: {m}" for m in p.measures}
        g.add_node(iri, kind="Penalty", name=penalty_label(authority, p.party[1], p.fine_yuan),
                   aliases=[], articles=[],
                   evidence=[texts[p.article_id][p.evidence.start:p.evidence.end].strip()],
                   details=sorted(details))
        ends = [("penalizedParty", p.party)] + ([("issuedBy", p.authority)] if p.authority else [])
        ends += [("legalBasis", (EntityType.LAW.value, b.law)) for b in p.legal_basis]
        for prop, key in ends:
            target = entity_iri(key)[1]
            if target in g and not g.has_edge(iri, target, key=prop):
                g.add_edge(iri, target, key=prop, relation=prop)
    for n, data in g.nodes(data=True):
        if data["kind"] != "Penalty":
            data["evidence"] = sorted(evidence.get(n, ()))[:5]
    return g


def cut(g: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 2,
        types: set[str] | None = None, max_nodes: int | None = None) -> tuple[nx.MultiDiGraph, Cut]:
    """The part of ``g`` a view shows: around ``focus``, of some types, the best-connected
    ``max_nodes``."""
    total = g.number_of_nodes()
    keep = set(g.nodes)
    if types:
        keep = {n for n in keep if g.nodes[n]["kind"] in types}
    if focus is not None:
        ego = nx.ego_graph(g.to_undirected(as_view=True), focus, radius=depth)
        keep &= set(ego.nodes) | {focus}
    sub = g.subgraph(keep)
    if max_nodes is not None and sub.number_of_nodes() > max_nodes:
        ranked = sorted(sub.nodes, key=lambda n: (-sub.degree(n), n))[:max_nodes]
        if focus is not None and focus not in ranked:
            ranked[-1] = focus
        sub = g.subgraph(ranked)
    return nx.MultiDiGraph(sub), Cut(sub.number_of_nodes(), total)


def find_node(g: nx.MultiDiGraph, name: str) -> str | None:
    """The node named ``name`` (canonical name first, then an alias)."""
    for node, data in sorted(g.nodes(data=True)):
        if data["name"] == name:
            return node
    for node, data in sorted(g.nodes(data=True)):
        if name in data["aliases"]:
            return node
    return None


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    spec = importlib.util.find_spec("pyvis")
    root = Path(next(iter(spec.submodule_search_locations))) / "lib" / "vis-9.1.2"
    js = (root / "vis-network.min.js").read_text(encoding="utf-8")
    css = (root / "vis-network.css").read_text(encoding="utf-8")
    return js, css


def _script_safe(data: object) -> str:
    """JSON that cannot end its <script> element or open a comment in it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _declared_first(counts: Counter, declared: dict) -> list[str]:
    """The kinds present: declared ones in their order, then any others by name."""
    return [k for k in declared if counts[k]] + sorted(k for k in counts if k not in declared)


def _radial(part: nx.Graph) -> dict[str, tuple[float, float]]:
    """A radial tree over a breadth-first tree from the best-connected node: each node's
    ring is its depth, its wedge of the circle in proportion to the leaves below it."""
    root = min(part, key=lambda n: (-part.degree(n), n))
    children: dict[str, list[str]] = defaultdict(list)
    depth, order, queue = {root: 0}, [root], deque([root])
    while queue:
        node = queue.popleft()
        for other in sorted(part[node]):
            if other not in depth:
                depth[other] = depth[node] + 1
                children[node].append(other)
                order.append(other)
                queue.append(other)
    leaves: dict[str, int] = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    pos, wedge = {}, {root: (0.0, 2 * math.pi)}
    for node in order:
        start, width = wedge[node]
        angle, ring = start + width / 2, depth[node]
        pos[node] = (ring * math.cos(angle), ring * math.sin(angle))
        for child in children[node]:
            share = width * leaves[child] / leaves[node]
            wedge[child] = (start, share)
            start += share
    # Rings as far apart as their crowding needs: on every ring, its nodes a node apart.
    rings = Counter(d for d in depth.values() if d)
    step = max([1.0] + [count / (2 * math.pi * ring) for ring, count in rings.items()])
    return {n: (x * step, y * step) for n, (x, y) in pos.items()}


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Every node's place in pixels: each connected part laid out on its own, the parts
    packed in rows, biggest first (unconnected nodes last, in a grid). Deterministic."""
    # Nodes and edges in sorted order: the layout's start (seeded) follows the graph's
    # order, which must not depend on the order pages were given in or on hash seeds.
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g))
    simple.add_edges_from(sorted({tuple(sorted((s, o))) for s, o in g.edges() if s != o}))
    parts = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    shapes = []
    for nodes in parts:
        if len(nodes) == 1:
            unit = {nodes[0]: (0.0, 0.0)}
        elif len(nodes) <= SPRING_MAX:
            part = nx.Graph()
            part.add_nodes_from(nodes)
            part.add_edges_from(sorted(simple.subgraph(nodes).edges(), key=lambda e: tuple(sorted(e))))
            raw = nx.spring_layout(part, seed=7, iterations=60)
            spread = 1.5 * math.sqrt(len(nodes))
            unit = {n: (float(x) * spread, float(y) * spread) for n, (x, y) in raw.items()}
        else:
            unit = _radial(simple.subgraph(nodes))
        xs, ys = [p[0] for p in unit.values()], [p[1] for p in unit.values()]
        shapes.append((unit, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    width = math.sqrt(sum((w + 1) * (h + 1) for _, _, _, w, h in shapes) / WIDE) * 1.3
    pos: dict[str, tuple[int, int]] = {}
    x = y = row = 0.0
    for unit, left, top, w, h in shapes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + 1, 0.0
        for n, (ux, uy) in unit.items():
            pos[n] = (round((x + ux - left) * SPACING * WIDE), round((y + uy - top) * SPACING))
        x += w + 1
        row = max(row, h)
    return pos


def render_html(g: nx.MultiDiGraph, *, title: str = "kg", note: str = "") -> str:
    """The page for ``g``: nodes by type, edges by relation, search and filters."""
    net = Network(directed=True)
    places = layout(g)
    for node, data in sorted(g.nodes(data=True)):
        label, color, shape = style(data["kind"])
        x, y = places[node]
        net.add_node(node, label=data["name"], title=f"{label}\n{data['name']}", color=color,
                     shape=shape, x=x, y=y)
    for s, o, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        net.add_edge(s, o, label=relation_label(data["relation"]).split()[0], title=data["relation"],
                     color=relation_colour(data["relation"]))
    nodes, edges, *_ = net.get_network_data()
    for n in nodes:
        data = g.nodes[n["id"]]
        n.update(kind=data["kind"], name=data["name"], aliases=data["aliases"],
                 articles=data["articles"], evidence=data["evidence"],
                 details=data.get("details", []), degree=g.degree(n["id"]))
    ordered = sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))
    for e, (_, _, data) in zip(edges, ordered, strict=True):
        e["relation"] = data["relation"]
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    rels = Counter(d["relation"] for _, _, d in g.edges(data=True))
    payload = {
        "title": title, "note": note, "nodes": nodes, "edges": edges,
        "large": g.number_of_nodes() >= LARGE,
        "types": {k: {"label": style(k)[0], "color": style(k)[1], "count": kinds[k]}
                  for k in _declared_first(kinds, ENTITIES)},
        "relations": {r: {"label": relation_label(r), "color": relation_colour(r), "count": rels[r]}
                      for r in _declared_first(rels, RELATION_KINDS)},
    }
    js, css = _vis_assets()
    page = files("kg").joinpath("static", "view.html").read_text(encoding="utf-8")
    # The data goes in last, so no text from an article can pose as a placeholder.
    page = (page.replace("/*__VIS_CSS__*/", css)
                .replace("/*__VIS_JS__*/", js.replace("</script", "<\\/script"))
                .replace("/*__TITLE__*/", escape(title))
                .replace("/*__DATA__*/", _script_safe(payload)))
    # Only the page's own scripts run: the policy names each by its hash, so nothing
    # injected (were anything to slip past the escaping) would.
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
                      for body in _SCRIPT.findall(page))
    return page.replace("/*__SCRIPT_HASHES__*/", hashes, 1)


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
