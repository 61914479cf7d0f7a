"""Dataclasses -> rdflib graph, with provenance. No I/O.

Each article gets a named graph (``Dataset``) holding what was read from it: its
metadata, its mentions, the relations and penalties it states with their evidence,
and the types and names of the entities it mentions. The default graph holds the
ontology and each entity's full description (canonical name, every alias, code).
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from .model import Article, Corpus, Entity, EntityType, Penalty, Relation
from .vocab import ID, KG, iri

PREFIXES = {"kg": KG._NS, "id": ID, "org": ORG, "prov": PROV, "skos": SKOS,
            "dcterms": DCTERMS, "schema": "https://schema.org/", "owl": OWL}


def entity_iri(key: tuple[str, str]) -> URIRef:
    """The IRI of an entity from its (type, canonical name) key."""
    return iri(key[0].lower(), key[1])


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _entity_class(entity: Entity) -> URIRef:
    if entity.type is EntityType.PLACE and entity.level is not None:
        return KG[entity.level.value]
    return KG[entity.type.value]


def _describe(g: Graph, entity: Entity, *, full: bool) -> URIRef:
    node = entity_iri(entity.key)
    g.add((node, RDF.type, _entity_class(entity)))
    g.add((node, RDFS.label, _zh(entity.name)))
    if full:
        g.add((node, SKOS.prefLabel, _zh(entity.name)))
        for alias in entity.aliases:
            g.add((node, SKOS.altLabel, _zh(alias)))
        if entity.code:
            g.add((node, KG.adminCode, Literal(entity.code)))
    return node


def _article(g: Graph, article: Article) -> URIRef:
    node = article_iri(article.id)
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.title, _zh(article.title)))
    g.add((node, RDFS.label, _zh(article.title)))
    g.add((node, KG.sourceFile, Literal(article.source)))
    g.add((node, KG.articleIndex, Literal(article.index)))
    g.add((node, DCTERMS.identifier, Literal(article.id)))
    g.add((node, KG.text, _zh(article.text)))
    if article.date:
        kind = XSD.date if article.year else XSD.gMonthDay
        g.add((node, DCTERMS.date, Literal(article.date, datatype=kind)))
    if article.dateline_place:
        g.add((node, KG.datelinePlace, _zh(article.dateline_place)))
    for name in article.bylines:
        g.add((node, KG.byline, _zh(name)))
    for note in article.notes:
        g.add((node, KG.continuationNote, _zh(note)))
    return node


def _offsets(g: Graph, node: URIRef, article: Article, start: int, end: int,
             *, text: bool = True) -> None:
    g.add((node, KG.inArticle, article_iri(article.id)))
    g.add((node, KG.startOffset, Literal(start)))
    g.add((node, KG.endOffset, Literal(end)))
    if text:
        g.add((node, KG.evidenceText, _zh(article.text[start:end].strip())))


def _relation(g: Graph, rel: Relation, article: Article) -> None:
    s, o = entity_iri(rel.subject), entity_iri(rel.object)
    p = KG[rel.predicate.value]
    g.add((s, p, o))
    ev = iri("evidence", *rel.subject, rel.predicate.value, *rel.object, rel.article_id,
             rel.evidence.start)
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, RDF.subject, s))
    g.add((ev, RDF.predicate, p))
    g.add((ev, RDF.object, o))
    _offsets(g, ev, article, rel.evidence.start, rel.evidence.end)
    if rel.post:
        ms = iri("membership", *rel.subject, *rel.object, rel.post)
        g.add((ms, RDF.type, ORG.Membership))
        g.add((ms, ORG.member, s))
        g.add((ms, ORG.organization, o))
        g.add((ms, KG.post, _zh(rel.post)))
        g.add((ms, RDFS.label, _zh(f"{rel.object[1]}{rel.post}")))
        g.add((ms, PROV.wasDerivedFrom, ev))


def _penalty(g: Graph, pen: Penalty, article: Article, n: int) -> None:
    node = ID[f"penalty/{article.id}/{n}"]
    g.add((node, RDF.type, KG.Penalty))
    label = f"{pen.authority[1] if pen.authority else '?'} → {pen.party[1]}"
    g.add((node, RDFS.label, _zh(label)))
    if pen.authority:
        g.add((node, KG.issuedBy, entity_iri(pen.authority)))
    g.add((node, KG.penalizedParty, entity_iri(pen.party)))
    if pen.fine_yuan is not None:
        g.add((node, KG.fineAmount, Literal(Decimal(pen.fine_yuan), datatype=XSD.decimal)))
    for role, citations, prop in (("basis", pen.legal_basis, KG.legalBasis),
                                  ("violated", pen.violated, KG.violated)):
        for cite in citations:
            law = entity_iri((EntityType.LAW.value, cite.law))
            g.add((node, prop, law))
            c = iri("citation", article.id, n, role, cite.law, cite.provision or "")
            g.add((node, KG.citation, c))
            g.add((c, RDF.type, KG.LegalCitation))
            g.add((c, KG.citedLaw, law))
            g.add((c, KG.citationRole, Literal(role)))
            if cite.provision:
                g.add((c, KG.provision, _zh(cite.provision)))
    for measure in pen.measures:
        g.add((node, KG.measure, _zh(measure)))
    for violation in pen.violations:
        g.add((node, KG.violation, _zh(violation)))
    if pen.notice:
        g.add((node, KG.publishedIn, entity_iri((EntityType.PROGRAM.value, pen.notice))))
    if pen.decision_date:
        g.add((node, KG.decisionDate, Literal(pen.decision_date, datatype=XSD.date)))
    _offsets(g, node, article, pen.evidence.start, pen.evidence.end)


def assemble(corpus: Corpus, ontology: Graph | None = None) -> Dataset:
    """The whole corpus as a dataset: default graph plus one named graph per article."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    if ontology is not None:
        for triple in ontology:
            default.add(triple)
    articles = {a.id: a for a in corpus.articles}
    graphs = {a.id: ds.graph(article_iri(a.id)) for a in corpus.articles}
    for article in corpus.articles:
        _article(graphs[article.id], article)
    for entity in corpus.entities:
        _describe(default, entity, full=True)
        for m in entity.mentions:
            g = graphs[m.article_id]
            node = _describe(g, entity, full=False)
            g.add((article_iri(m.article_id), KG.mentions, node))
            mention = ID[f"mention/{m.article_id}/{m.start}-{m.end}/{entity.type.value}"]
            g.add((mention, RDF.type, KG.Mention))
            g.add((mention, KG.mentionOf, node))
            g.add((mention, KG.surfaceForm, _zh(m.text)))
            _offsets(g, mention, articles[m.article_id], m.start, m.end, text=False)
    for rel in corpus.relations:
        _relation(graphs[rel.article_id], rel, articles[rel.article_id])
    counts: dict[str, int] = {}
    for pen in corpus.penalties:
        counts[pen.article_id] = counts.get(pen.article_id, 0) + 1
        _penalty(graphs[pen.article_id], pen, articles[pen.article_id], counts[pen.article_id])
    return ds


def union(ds: Dataset) -> Graph:
    """Every triple of every graph of ``ds`` in one graph, prefixes kept."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
