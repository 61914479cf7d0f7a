"""Every export format: written, loadable by the tools that read it, the same facts."""

import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.load import load_graph
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def everything(tmp_path_factory):
    out = tmp_path_factory.mktemp("all")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--format", "all",
                                       "--no-progress"])
    assert result.exit_code == 0, result.output
    return out


def test_all_formats_are_written(everything):
    assert {p.name for p in everything.iterdir()} == {
        "graph.ttl", "graph.trig", "graph.nt", "graph.jsonld", "graph.graphml", "graph.gexf",
        "entities.csv", "relations.csv", "penalties.csv", "graph.html"}


def test_ntriples_and_jsonld_hold_the_turtle_facts(everything):
    turtle = load_graph(everything / "graph.ttl")
    with (everything / "graph.nt").open("rb") as fh:
        assert sum(1 for _ in ox.parse(fh, format=ox.RdfFormat.N_TRIPLES)) == len(turtle)
    assert isomorphic(turtle, load_graph(everything / "graph.nt"))
    doc = json.loads((everything / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/kg-cn/ontology#"
    assert isomorphic(turtle, Graph().parse(everything / "graph.jsonld", format="json-ld"))
    # one node object per subject, though an entity is described in several graphs
    ids = [node["@id"] for node in doc["@graph"]]
    assert len(ids) == len(set(ids))
    assert all(len(values) == len({json.dumps(v, sort_keys=True) for v in values})
               for node in doc["@graph"] for key, values in node.items() if key != "@id")


@pytest.mark.parametrize("name, reader", [("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)])
def test_gephi_formats(everything, corpus, name, reader):
    g = reader(everything / name)
    people = [n for n, d in g.nodes(data=True) if d.get("type") == "Person"]
    assert len(people) == sum(1 for e in corpus.entities if e.type.value == "Person")
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert "山西省应急管理厅" in labels
    assert any(d.get("relation") == "worksFor" for *_, d in g.edges(data=True))


def rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_csv_tables(everything, corpus):
    entities = rows(everything / "entities.csv")
    assert len(entities) == len(corpus.entities)
    agency = next(r for r in entities if r["name"] == "山西省应急管理厅")
    assert agency["type"] == "Agency" and "省应急管理厅" in agency["aliases"].split("|")
    relations = rows(everything / "relations.csv")
    assert len(relations) == len(corpus.relations)
    works = next(r for r in relations if r["subject"] == "刘大山")
    assert (works["predicate"], works["object"], works["post"]) == ("worksFor", "山西省生态环境厅", "副厅长")
    assert "刘大山" in works["evidence"]
    fines = rows(everything / "penalties.csv")
    assert {(r["party"], r["fine_yuan"]) for r in fines} == {
        ("中车永济电机有限公司", "50000"), ("山西华兴铝业有限公司", "50000")}


def test_outputs_take_the_users_umask(tmp_path):
    import os
    import stat

    from kg.export import write_text

    old = os.umask(0o027)
    try:
        path = write_text(tmp_path / "graph.ttl", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_exports_people_open(tmp_path):
    """CSV opens as UTF-8 in Excel (a byte-order mark) and names things by IRI as well as
    label; GraphML edge ids are unique; GEXF carries no networkx_key; the JSON-LD context
    does not define a term that reads as JSON-LD's own id."""
    import csv
    import json
    import xml.etree.ElementTree as ET

    from kg.pipeline import build
    from tests.conftest import SEEDS

    out = tmp_path / "out"
    build([SEEDS], out, formats=("csv", "graphml", "gexf", "jsonld"))
    for name in ("entities.csv", "relations.csv", "penalties.csv"):
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    entities = list(csv.DictReader((out / "entities.csv").open(encoding="utf-8-sig")))
    iris = {e["iri"] for e in entities}
    relations = list(csv.DictReader((out / "relations.csv").open(encoding="utf-8-sig")))
    assert relations and all(r["subject_iri"] in iris and r["object_iri"] in iris for r in relations)
    penalties = list(csv.DictReader((out / "penalties.csv").open(encoding="utf-8-sig")))
    assert penalties and all(p["party_iri"] in iris for p in penalties)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    ids = [e.get("id") for e in ET.parse(out / "graph.graphml").getroot().iter(f"{{{ns['g']}}}edge")]
    assert ids and len(ids) == len(set(ids))
    assert b"networkx_key" not in (out / "graph.gexf").read_bytes()
    context = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))["@context"]
    assert "id" not in context and "kgid" in context
