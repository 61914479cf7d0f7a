"""Assembly and dumps: deterministic, loadable by another engine, closed vocabulary."""

import subprocess
import sys

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from kg.assemble import assemble, entity_iri
from kg.export import trig, turtle
from kg.load import load_graph
from kg.pipeline import Pipeline
from kg.vocab import KG, ontology_path
from tests.conftest import ROOT, SEEDS


def test_code_and_ontology_agree():
    onto = Graph().parse(str(ontology_path()), format="turtle")
    declared = {str(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(str(KG._NS))}
    in_code = {str(KG[name]) for name in KG.__annotations__}
    assert in_code == declared - {str(KG._NS)}
    for term in map(str, in_code):
        labels = {o.language for o in onto.objects(__import__("rdflib").URIRef(term),
                                                   __import__("rdflib").RDFS.label)}
        assert labels >= {"zh", "en"}, term


def test_ontology_aligns_with_standard_vocabularies():
    onto = Graph().parse(str(ontology_path()), format="turtle")
    text = onto.serialize(format="nt")
    for ns in ("http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "https://schema.org/",
               "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/"):
        assert ns in text
    assert (KG.Agency, RDF.type, OWL.Class) in onto


def test_same_input_gives_identical_dumps(corpus):
    first = assemble(corpus)
    second = assemble(corpus)
    assert turtle(first) == turtle(second)
    assert trig(first) == trig(second)


def test_builds_in_fresh_processes_are_byte_identical(tmp_path):
    """Every format, whatever the hash seed and the order the pages are given in."""
    outs = []
    pages = sorted(str(p) for p in SEEDS.glob("*.txt"))
    for seed, order in (("1", pages), ("2", pages[::-1])):
        out = tmp_path / seed
        env = {"PYTHONHASHSEED": seed, "PATH": "", "HOME": str(tmp_path)}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", *order, "-o", str(out),
                        "--format", "all", "--no-progress"], check=True, cwd=ROOT, env=env,
                       capture_output=True)
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir())
    assert len(names) >= 10 and names == sorted(p.name for p in outs[1].iterdir())
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_dumps_load_in_pyoxigraph(built):
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.trig", ox.RdfFormat.TRIG)):
        with (built / name).open("rb") as fh:
            assert sum(1 for _ in ox.parse(fh, format=fmt)) > 1000


def test_trig_has_a_named_graph_per_article(built, corpus):
    store = ox.Store()
    with (built / "graph.trig").open("rb") as fh:
        store.load(fh, format=ox.RdfFormat.TRIG)
    graphs = {g.value for g in store.named_graphs()}
    assert len(graphs) == len(corpus.extractions)


def test_turtle_and_trig_hold_the_same_facts(built):
    assert isomorphic(load_graph(built / "graph.ttl"), load_graph(built / "graph.trig"))


def test_every_article_has_its_source_title_and_date(built):
    g = load_graph(built / "graph.ttl")
    rows = list(g.query("""
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?a ?src ?title ?date WHERE {
          ?a a kg:Article ; kg:sourceFile ?src ; dcterms:title ?title .
          OPTIONAL { ?a dcterms:date ?date } }""", initNs={"kg": KG._NS}))
    assert len(rows) >= 25
    assert all(r.src and r.title for r in rows)
    assert any(str(r.date) == "--12-25" for r in rows)
    assert any(str(r.date) == "2024-03-21" for r in rows)


def test_every_mention_points_at_its_text(built):
    g = load_graph(built / "graph.ttl")
    rows = g.query("""
        SELECT ?surface ?start ?end ?text WHERE {
          ?m a kg:Mention ; kg:surfaceForm ?surface ; kg:startOffset ?start ; kg:endOffset ?end ;
             kg:inArticle ?a . ?a kg:text ?text }""", initNs={"kg": KG._NS})
    rows = list(rows)
    assert rows
    for r in rows:
        assert str(r.text)[int(r.start):int(r.end)] == str(r.surface)


def test_one_node_per_entity_with_aliases(built):
    g = load_graph(built / "graph.ttl")
    rows = list(g.query("""
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?e ?alias WHERE { ?e skos:prefLabel "山西省应急管理厅"@zh ; skos:altLabel ?alias }""",
                        initNs={"kg": KG._NS}))
    assert len({r.e for r in rows}) == 1
    assert "省应急管理厅" in {str(r.alias) for r in rows}


def test_iris_are_stable_keys(corpus, tmp_path):
    """Two builds of the same pages mint the same IRIs, and no node is blank."""
    first = {q.subject for q in ox.parse(trig(assemble(corpus)), format=ox.RdfFormat.TRIG)}
    again = Pipeline().build([SEEDS])
    second = {q.subject for q in ox.parse(trig(assemble(again)), format=ox.RdfFormat.TRIG)}
    assert first == second
    assert not any(isinstance(s, ox.BlankNode) for s in first)
    assert ox.NamedNode(entity_iri(("Agency", "山西省应急管理厅"))[1]) in first


def test_odd_file_names_make_valid_iris(pipeline, tmp_path):
    page = tmp_path / "a page [draft] #1.txt"
    page.write_text((SEEDS / "004_e34eac57d2895c48.txt").read_text(encoding="utf-8"), encoding="utf-8")
    dump = assemble(pipeline.build([page]))
    assert sum(1 for _ in ox.parse(trig(dump), format=ox.RdfFormat.TRIG)) > 100


def test_provenance_in_prov_o_and_codes_typed(built):
    """Every mention, piece of evidence and penalty is prov:wasQuotedFrom its article (as
    kg:inArticle says); division codes are kg:DivisionCode literals of twelve digits."""
    store = ox.Store()
    store.load(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    prefixes = {"kg": str(KG._NS), "prov": "http://www.w3.org/ns/prov#"}

    def count(where: str) -> int:
        return int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", prefixes=prefixes)))[0].value)

    quoted = count("?x kg:inArticle ?a")
    assert quoted > 500
    assert count("?x kg:inArticle ?a ; prov:wasQuotedFrom ?a") == quoted
    assert count("?x prov:wasQuotedFrom ?a FILTER NOT EXISTS { ?x kg:inArticle ?a }") == 0
    codes = list(store.query("SELECT ?c WHERE { { ?p kg:adminCode ?c } UNION { ?p kg:parentCode ?c } }",
                             prefixes=prefixes))
    assert codes
    for (code,) in codes:
        assert code.datatype.value == str(KG.DivisionCode) and len(code.value) == 12 and code.value.isdigit()


def test_article_graphs_are_made_when_read_and_the_same_each_time(corpus):
    """The dump holds the default graph; each article's graph is made from the corpus
    as it is read, in IRI order, and reading again gives the same statements."""
    dump = assemble(corpus)
    assert {g for g, *_ in dump.default} == {""}
    graphs = [list(g) for g in dump.articles()]
    assert len(graphs) == len(set(corpus.extractions.ids()))
    names = [g[0][0] for g in graphs]
    assert names == sorted(names) and all(len({st[0] for st in g}) == 1 for g in graphs)
    assert all(g == sorted(g) for g in graphs)
    assert [list(g) for g in dump.articles()] == graphs
    # only the shared subjects (entities, posts) are in more than one graph
    subjects: dict[str, set[str]] = {}
    for g, s, _, _ in dump.statements():
        subjects.setdefault(s, set()).add(g)
    assert {s for s, gs in subjects.items() if len(gs) > 1} <= dump.shared


def test_jsonld_sorted_in_runs_on_disk_is_the_same(corpus, monkeypatch):
    from kg import export

    dump = assemble(corpus)
    whole = export.jsonld(dump)
    spilled = []
    real = export._spilled
    monkeypatch.setattr(export, "RUN", 1000)
    monkeypatch.setattr(export, "_spilled", lambda triples, path: spilled.append(path) or real(triples, path))
    assert export.jsonld(dump) == whole
    assert len(spilled) > 3
