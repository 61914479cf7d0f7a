"""SHACL: the seeds' graph conforms; graphs broken in each way the shapes guard do not."""

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.cli import main
from kg.load import load_graph
from kg.validate import validate
from kg.vocab import KG


@pytest.fixture(scope="module")
def graph(built):
    return load_graph(built / "graph.ttl")


def test_the_seeds_graph_conforms(graph):
    report = validate(graph)
    assert report.conforms, report.text()


def copy(graph):
    g = graph.__class__()
    for prefix, ns in graph.namespaces():
        g.bind(prefix, ns)
    for t in graph:
        g.add(t)
    return g


def a_penalty(g):
    return next(g.subjects(RDF.type, KG.Penalty))


def drop_party(g):
    g.remove((a_penalty(g), KG.penalizedParty, None))


def negative_fine(g):
    p = a_penalty(g)
    g.remove((p, KG.fineAmount, None))
    g.add((p, KG.fineAmount, Literal("-5", datatype=XSD.decimal)))


def fine_as_text(g):
    p = a_penalty(g)
    g.remove((p, KG.fineAmount, None))
    g.add((p, KG.fineAmount, Literal("5万元")))


def unnamed_entity(g):
    e = next(g.subjects(RDF.type, KG.Agency))
    g.remove((e, RDFS.label, None))


def mention_without_article(g):
    m = next(g.subjects(RDF.type, KG.Mention))
    g.remove((m, KG.inArticle, None))


def untyped_relation_end(g):
    g.add((next(g.subjects(RDF.type, KG.Person)), KG.worksFor, URIRef("https://example.org/nobody")))


def authority_not_an_agency(g):
    p = a_penalty(g)
    g.remove((p, KG.issuedBy, None))
    g.add((p, KG.issuedBy, next(g.subjects(RDF.type, KG.Person))))


@pytest.mark.parametrize("breaks, message", [
    (drop_party, "without its party"),
    (negative_fine, "non-negative"),
    (fine_as_text, "non-negative xsd:decimal"),
    (unnamed_entity, "without a name"),
    (mention_without_article, "without its article"),
    (untyped_relation_end, "without a type"),
    (authority_not_an_agency, "authority"),
])
def test_broken_graphs_do_not_conform(graph, breaks, message):
    g = copy(graph)
    breaks(g)
    report = validate(g)
    assert not report.conforms
    assert any(message in v.message for v in report.violations), report.text()


def test_validate_command(built, tmp_path, graph):
    ok = CliRunner().invoke(main, ["validate", str(built / "graph.ttl")])
    assert ok.exit_code == 0 and "conforms" in ok.output
    g = copy(graph)
    drop_party(g)
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "✗" in result.output and "penalizedParty" in result.output and "does not conform" in result.output
