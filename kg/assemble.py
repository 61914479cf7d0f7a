"""Dataclasses -> RDF quads with provenance. No I/O.

Each article gets a named graph holding what was read from it: its metadata, its
mentions, the relations and penalties it states with their evidence, and the types and
names of the entities it mentions. The default graph holds the ontology and each
entity's full description (canonical name, every alias, code).

The statements are plain tuples, sorted and without repeats, handed to pyoxigraph as
N-Quads: the dumps written from them are byte-identical for the same input and cost a
fraction of a second (rdflib's Turtle writer takes tens of seconds on a few hundred
pages, and building a Python object per term costs more than the whole write). The
default graph's statements are held; an article's graph is made from the corpus each
time the statements are read, one article at a time, so that they never fill memory
(10,000 articles' statements took 99 MB held whole).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from .lexicon.divisions import by_code
from .model import Article, Corpus, Entity, EntityType, Key, Mention, Penalty, PlaceLevel, Relation
from .vocab import ID, KG, K, digest, term

PREFIXES = {
    "kg": str(KG._NS), "kgid": str(ID), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "schema": "https://schema.org/", "owl": str(OWL), "rdf": str(RDF),
    "rdfs": str(RDFS), "xsd": str(XSD),
}
DEFAULT = ox.DefaultGraph()


@cache
def node(iri: str) -> ox.NamedNode:
    """A named node, cached: the same IRIs recur in thousands of quads."""
    return ox.NamedNode(iri)

# While assembling, a term is a plain tuple, cheap to hash and sort: (0, iri) for a named
# node, (1, text, language, datatype) for a literal, (2, id) for a blank node. pyoxigraph
# terms are made once, at the end, in sorted order.
Term = tuple


def _iri(value: str) -> Term:
    return (0, value)


@lru_cache(maxsize=1 << 16)
def entity_iri(key: Key) -> Term:
    """The IRI of an entity from its key, (type, canonical name) and the article of a
    name of one article alone (remembered: an entity is named in every article that
    mentions it)."""
    return (0, f"{ID}{key[0].lower()}-{digest(*key[1:])}")


@lru_cache(maxsize=4096)
def _slug(article_id: str) -> str:
    """An article id made safe for an IRI (a file name may hold spaces or brackets)."""
    return quote(article_id, safe="")


@lru_cache(maxsize=4096)
def article_iri(article_id: str) -> Term:
    return (0, f"{ID}article-{_slug(article_id)}")


def _zh(text: str) -> Term:
    return (1, text, "zh", "")


@lru_cache(maxsize=1 << 16)
def _name(text: str) -> Term:
    """A name as a literal, remembered: an entity's name and the forms it is written in
    recur in every article that mentions it."""
    return _zh(text)


# rdflib terms written in every article's statements, as plain strings once (an rdflib
# namespace's lookup costs microseconds, and there are hundreds of thousands).
INTEGER = str(XSD.integer)
QUOTED_FROM = str(PROV.wasQuotedFrom)


@lru_cache(maxsize=1 << 14)
def _int(value: int) -> Term:
    """An integer literal (remembered: offsets and indexes recur from article to article)."""
    return (1, str(value), "", INTEGER)


def _plain(text: str) -> Term:
    return (1, text, "", "")


def _typed(text: str, datatype: str) -> Term:
    return (1, text, "", str(datatype))


A = str(RDF.type)
LABEL = str(RDFS.label)


class _Writer:
    """Collects the statements of one graph ("" is the default graph)."""

    def __init__(self, graph: str) -> None:
        self.graph, self.out = graph, set()

    def add(self, s: Term, p: str, o: Term) -> None:
        self.out.add((self.graph, s[1], str(p), o))  # str: an rdflib term is a str of its own kind


@cache
def _class(iri: str) -> Term:
    """A class's IRI, made once (every mention, evidence and penalty states its class)."""
    return (0, str(iri))


def _entity_class(entity: Entity) -> Term:
    if entity.type is EntityType.PLACE and entity.level is not None:
        return _class(str(KG[entity.level.value]))
    return _class(str(term(entity.type.value)))


def _describe(w: _Writer, entity: Entity, *, full: bool) -> Term:
    subject = entity_iri(entity.key)
    w.add(subject, A, _entity_class(entity))
    if entity.type is EntityType.PLACE and entity.level is not None:
        # kg:Place stated too, so that ?p a kg:Place finds a city without inference
        w.add(subject, A, _class(str(KG.Place)))
    w.add(subject, LABEL, _name(entity.name))
    if full:
        w.add(subject, SKOS.prefLabel, _zh(entity.name))
        for alias in entity.aliases:
            w.add(subject, SKOS.altLabel, _zh(alias))
        if entity.code:
            w.add(subject, K.adminCode, _typed(entity.code, K.DivisionCode))
            division = by_code().get(entity.code)
            if division is not None and division.parent and entity.level is not PlaceLevel.TOWN:
                w.add(subject, K.parentCode, _typed(division.parent, K.DivisionCode))
    return subject


def _article(w: _Writer, article: Article) -> None:
    a = article_iri(article.id)
    w.add(a, A, _class(K.Article))
    title = _zh(article.title)
    w.add(a, DCTERMS.title, title)
    w.add(a, LABEL, title)
    w.add(a, K.sourceFile, _plain(article.source))
    w.add(a, K.articleIndex, _int(article.index))
    w.add(a, DCTERMS.identifier, _plain(article.id))
    w.add(a, K.text, _zh(article.printed))
    if article.date:
        kind = XSD.date if article.year else XSD.gMonthDay
        w.add(a, DCTERMS.date, _typed(article.date, kind))
    if article.dateline_place:
        w.add(a, K.datelinePlace, _zh(article.dateline_place))
    for name in article.bylines:
        w.add(a, K.byline, _zh(name))
    for note in article.notes:
        w.add(a, K.continuationNote, _zh(note))


def _offsets(w: _Writer, subject: Term, article: Article, start: int, end: int,
             *, text: bool = True) -> None:
    source = article_iri(article.id)
    w.add(subject, K.inArticle, source)
    w.add(subject, QUOTED_FROM, source)  # PROV-O's word for the same
    w.add(subject, K.startOffset, _int(start))
    w.add(subject, K.endOffset, _int(end))
    if text:
        w.add(subject, K.evidenceText, _zh(article.printed[start:end].strip()))


def _relation(w: _Writer, rel: Relation, article: Article) -> None:
    s, o = entity_iri(rel.subject), entity_iri(rel.object)
    p = _iri(str(term(rel.predicate.value)))
    w.add(s, p[1], o)
    key = digest(*rel.subject, rel.predicate.value, *rel.object, rel.article_id, rel.evidence.start)
    ev = _iri(f"{ID}evidence-{key}")
    w.add(ev, A, _class(K.Evidence))
    w.add(ev, RDF.subject, s)
    w.add(ev, RDF.predicate, p)
    w.add(ev, RDF.object, o)
    _offsets(w, ev, article, rel.evidence.start, rel.evidence.end)
    if rel.post:
        ms = _iri(membership_iri(rel))
        w.add(ms, A, _class(ORG.Membership))
        w.add(ms, ORG.member, s)
        w.add(ms, ORG.organization, o)
        w.add(ms, K.post, _zh(rel.post))
        w.add(ms, LABEL, _zh(f"{rel.object[1]}{rel.post}"))
        w.add(ms, PROV.wasDerivedFrom, ev)


def membership_iri(rel: Relation) -> str:
    """The IRI of the post a worksFor relation names (the same in every article that says so)."""
    return f"{ID}membership-{digest(*rel.subject, *rel.object, rel.post)}"


def penalty_iri(article_id: str, n: int) -> Term:
    """The IRI of the ``n``-th penalty an article reports."""
    return (0, f"{ID}penalty-{_slug(article_id)}-{n}")


def _penalty(w: _Writer, pen: Penalty, article: Article, n: int) -> None:
    p = penalty_iri(article.id, n)
    w.add(p, A, _class(K.Penalty))
    authority = pen.authority[1] if pen.authority else "?"
    amount = f" · {pen.fine_yuan}元" if pen.fine_yuan is not None else ""
    w.add(p, LABEL, _zh(f"{authority} → {pen.party[1]}{amount}"))
    if pen.authority:
        w.add(p, K.issuedBy, entity_iri(pen.authority))
    w.add(p, K.penalizedParty, entity_iri(pen.party))
    if pen.fine_yuan is not None:
        w.add(p, K.fineAmount, _typed(str(pen.fine_yuan), XSD.decimal))
    for role, citations, prop in (("basis", pen.legal_basis, K.legalBasis),
                                  ("violated", pen.violated, K.violated)):
        for cite in citations:
            law = entity_iri((EntityType.LAW.value, cite.law))
            w.add(p, prop, law)
            c = _iri(f"{ID}citation-{digest(article.id, n, role, cite.law, cite.provision or '')}")
            w.add(p, K.citation, c)
            w.add(c, A, _class(K.LegalCitation))
            w.add(c, K.citedLaw, law)
            w.add(c, K.citationRole, _plain(role))
            if cite.provision:
                w.add(c, K.provision, _zh(cite.provision))
    for measure in pen.measures:
        w.add(p, K.measure, _zh(measure))
    for violation in pen.violations:
        w.add(p, K.violation, _zh(violation))
    if pen.notice:
        w.add(p, K.publishedIn, entity_iri((EntityType.PROGRAM.value, pen.notice)))
    if pen.decision_date:
        w.add(p, K.decisionDate, _typed(pen.decision_date, XSD.date))
    _offsets(w, p, article, pen.evidence.start, pen.evidence.end)


@dataclass(frozen=True, slots=True)
class Dump:
    """The assembled graph as sorted, distinct statements (graph, subject, predicate,
    object), graph by graph: the default graph ("") first, then each article's in IRI
    order. Terms are the plain tuples above. The default graph's statements are held;
    an article's are made from the corpus each time they are read, so a corpus's
    statements are never all in memory at once."""

    default: Sequence[tuple]
    articles: Callable[[], Iterator[list[tuple]]] = lambda: iter(())
    # The subjects that can be in more than one graph (entities, posts): only their
    # triples can repeat when the graphs are merged.
    shared: frozenset[str] = frozenset()

    def graphs(self) -> Iterator[Sequence[tuple]]:
        """Each graph's statements, sorted: the default graph's, then each article's."""
        yield self.default
        yield from self.articles()

    def statements(self) -> Iterator[tuple]:
        """Every statement, in order."""
        for graph in self.graphs():
            yield from graph

    def nquads(self) -> bytes:
        """Every statement as N-Quads."""
        return b"".join(self.nquad_chunks())

    def ntriples(self) -> bytes:
        """Every distinct triple, graphs merged, as N-Triples, in statement order (the
        default graph's first; a repeat in an article's graph is dropped)."""
        return b"".join(self.ntriple_chunks())

    def nquad_chunks(self, *, named_only: bool = False) -> Iterator[bytes]:
        """``nquads`` a block of statements at a time, for writers that stream; with
        ``named_only``, the articles' graphs alone."""
        graphs = self.articles() if named_only else self.graphs()
        return (quads for quads, _ in _syntax(graphs, self.shared, quads=True, triples=False))

    def ntriple_chunks(self) -> Iterator[bytes]:
        """``ntriples`` a block of statements at a time."""
        return (triples for _, triples in _syntax(self.graphs(), self.shared, quads=False, triples=True))

    def chunks(self, *, quads: bool, triples: bool) -> Iterator[tuple[bytes, bytes]]:
        """(N-Quads, N-Triples) of a block of statements at a time, either or both (the
        other empty): for both, each statement's terms are spelled once, a third less
        time than two passes."""
        return _syntax(self.graphs(), self.shared, quads=quads, triples=triples)

    def store(self, nquads: bytes | None = None) -> ox.Store:
        """The statements in an in-memory store, named graphs kept."""
        st = ox.Store()
        st.load(nquads or self.nquads(), format=ox.RdfFormat.N_QUADS)
        return st


CHUNK = 20_000  # statements written to text at a time


def _syntax(graphs: Iterable[Sequence[tuple]], shared: frozenset[str], *, quads: bool,
            triples: bool) -> Iterator[tuple[bytes, bytes]]:
    """The statements of ``graphs`` in N-Quads syntax and as distinct triples in
    N-Triples syntax (in statement order: a triple's repeat in another graph is dropped;
    only a ``shared`` subject's triples can repeat, so only they are remembered), UTF-8,
    a block of about ``CHUNK`` statements at a time; the syntax not asked for is empty.
    An IRI is spelled out once and remembered (subjects and predicates recur), a literal
    each time (evidence sentences hardly do)."""
    iris: dict[str, str] = {}
    seen: set[tuple] = set()

    def iri(value: str) -> str:
        text = iris.get(value)
        if text is None:
            text = iris[value] = f"<{value}>"
        return text

    quad_lines: list[str] = []
    triple_lines: list[str] = []
    for graph in graphs:
        for g, s, p, o in graph:
            triple = f"{iri(s)} {iri(p)} {iri(o[1]) if o[0] == 0 else _nt(o)}"
            if quads:
                quad_lines.append(f"{triple} <{g}> .\n" if g else f"{triple} .\n")
            if triples:
                if s in shared:
                    if (key := (s, p, o)) in seen:
                        continue
                    seen.add(key)
                triple_lines.append(f"{triple} .\n")
        if len(quad_lines) >= CHUNK or len(triple_lines) >= CHUNK:
            yield "".join(quad_lines).encode("utf-8"), "".join(triple_lines).encode("utf-8")
            quad_lines, triple_lines = [], []
    if quad_lines or triple_lines:
        yield "".join(quad_lines).encode("utf-8"), "".join(triple_lines).encode("utf-8")


def _nt(term: Term) -> str:
    """A term in N-Triples syntax."""
    if term[0] == 0:
        return f"<{term[1]}>"
    if term[0] == 2:
        return f"_:{term[1]}"
    _, text, language, datatype = term
    # str.replace, pass by pass, is twenty times faster than str.translate's lookup per
    # character on an article's text (the backslash first, so no escape is escaped).
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
    if language:
        return f"{quoted}@{language}"
    return f"{quoted}^^<{datatype}>" if datatype else quoted


def _term(t: ox.NamedNode | ox.Literal | ox.BlankNode) -> Term:
    if isinstance(t, ox.NamedNode):
        return (0, t.value)
    if isinstance(t, ox.BlankNode):
        return (2, t.value)
    dt = t.datatype.value if t.datatype and not t.language else ""
    return (1, t.value, t.language or "", "" if dt == str(XSD.string) else dt)


def assemble(corpus: Corpus, ontology: Iterable[ox.Quad] = ()) -> Dump:
    """The whole corpus as sorted statements: the default graph (the ontology and every
    entity's full description) now, and one graph per article, made when read."""
    default = _Writer("")
    default.out.update(("", q.subject.value, q.predicate.value, _term(q.object)) for q in ontology)
    for entity in corpus.entities:
        _describe(default, entity, full=True)
    # What each article's graph is made of besides its extraction (read from the corpus's
    # extractions when the graph is made; an id twice, from two folders, is one graph,
    # its offsets read in the last article of that id).
    relations: dict[str, list[Relation]] = defaultdict(list)
    for rel in corpus.relations:
        relations[rel.article_id].append(rel)
    penalties: dict[str, list[tuple[int, Penalty]]] = defaultdict(list)
    for pen in corpus.penalties:
        own = penalties[pen.article_id]
        own.append((len(own) + 1, pen))
    order = sorted(set(corpus.extractions.ids()), key=lambda article_id: article_iri(article_id)[1])
    shared = frozenset([entity_iri(e.key)[1] for e in corpus.entities]
                       + [membership_iri(r) for r in corpus.relations if r.post])
    entities = {e.key: e for e in corpus.entities}

    def articles() -> Iterator[list[tuple]]:
        for article_id in order:
            parts = _Parts(relations=relations.get(article_id, []), penalties=penalties.get(article_id, []))
            for x in corpus.extractions.of(article_id):
                parts.articles.append(x.article)
                parts.mentions += [(entities[corpus.keys[m.key]], m) for m in x.mentions]
            yield _article_graph(article_id, parts)

    return Dump(_drained(default), articles, shared)


@dataclass(slots=True)
class _Parts:
    """What one article's graph states: the article (or the articles of one id), the
    entities it mentions, the relations and the numbered penalties it reports."""

    articles: list[Article] = field(default_factory=list)
    mentions: list[tuple[Entity, Mention]] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    penalties: list[tuple[int, Penalty]] = field(default_factory=list)


def _article_graph(article_id: str, parts: _Parts) -> list[tuple]:
    """The sorted statements of one article's graph."""
    graph = article_iri(article_id)
    w = _Writer(graph[1])
    for article in parts.articles:
        _article(w, article)
    article = parts.articles[-1]
    slug = _slug(article_id)
    for entity, m in parts.mentions:
        subject = _describe(w, entity, full=False)
        w.add(graph, K.mentions, subject)
        mention = _iri(f"{ID}mention-{slug}-{m.start}-{m.end}-{entity.type.value}")
        w.add(mention, A, _class(K.Mention))
        w.add(mention, K.mentionOf, subject)
        w.add(mention, K.surfaceForm, _name(m.text))
        _offsets(w, mention, article, m.start, m.end, text=False)
    for rel in parts.relations:
        _relation(w, rel, article)
    for n, pen in parts.penalties:
        _penalty(w, pen, article, n)
    return _drained(w)


def _drained(writer: _Writer) -> list[tuple]:
    """A writer's statements, sorted; the writer lets them go."""
    out, writer.out = writer.out, set()
    return sorted(out)
