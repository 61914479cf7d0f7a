"""Extraction as named components: switched off and on by name, checked in order at
start-up, and open to a new component registered at run time."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from benchmarks.ablation import FAMILIES
from kg.cli import main
from kg.errors import KgError
from kg.extract.base import Candidate
from kg.extract.registry import REGISTRY, check_order, component
from kg.load import load_graph
from kg.model import EntityType, Predicate, Relation, Span
from kg.pipeline import STAGES, Pipeline, build, stage_names
from tests.conftest import SEEDS

PEOPLE = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/kg-cn/ontology#Person> }"


def test_every_stage_is_registered_and_the_order_holds():
    assert set(STAGES) <= set(REGISTRY)
    check_order(STAGES)


def test_build_without_people_has_no_person(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "--disable", "people",
                                       "--no-progress"])
    assert result.exit_code == 0, result.output
    (row,) = load_graph(tmp_path / "graph.ttl").query(PEOPLE)
    assert int(row[0]) == 0
    assert "Person" not in result.output.splitlines()[2]


def test_only_keeps_what_a_stage_needs():
    names = stage_names(only=["people"])
    assert names == ["tokens", "lexicon", "context", "people", "overlaps", "mentions"]
    assert "bodies" in stage_names(only=["works"])  # a person works for a body


@pytest.mark.parametrize("args, message", [
    (["--disable", "nobody"], "no extraction component named nobody"),
    (["--disable", "context"], "requires context"),
])
def test_a_bad_switch_is_one_line(tmp_path, args, message):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "--no-progress", *args])
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output


def test_an_order_missing_a_requirement_is_refused():
    with pytest.raises(KgError, match="overlaps requires candidates"):
        check_order(["tokens", "lexicon", "context", "overlaps", "mentions"])


def test_what_a_component_uses_must_come_before_it_when_it_runs():
    with pytest.raises(KgError, match="bodies uses what places assigns: keep places before bodies"):
        check_order(["tokens", "lexicon", "context", "bodies", "places", "overlaps", "mentions"])
    check_order(["tokens", "lexicon", "context", "bodies", "overlaps", "mentions"])  # without places: fine


def test_bodies_run_without_places(tmp_path):
    """Each rule family can be switched off alone (the ablation in benchmarks/ does)."""
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "--no-progress",
                                       "--disable", "places", "--disable", "bodies"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("family", [name for name, _ in FAMILIES])
def test_every_family_the_ablation_switches_off_leaves_an_order_that_holds(family):
    """The ablation's families, each off alone, leave a pipeline that starts (places reads
    the recogniser's spans where it runs, and runs without them)."""
    off = dict(FAMILIES)[family]
    check_order(stage_names(disable=off))


def test_a_component_added_at_run_time(tmp_path):
    """A new finder and a new relation rule, registered here and put in the stage list."""
    @component("toy-congresses", requires=("tokens",), assigns=("candidates:toy",))
    def congresses(shared):
        def run(doc):
            doc.candidates["toy"] = [
                Candidate(EntityType.ORGANIZATION, i, i + 4, "党代会", rank=5)
                for i in range(len(doc.text)) if doc.text.startswith("党代表大", i)]
        return run

    @component("toy-hosts", requires=("mentions", "context"), assigns=("relations",))
    def hosts(shared):
        def run(doc):
            places = [m for m in doc.mentions if m.type is EntityType.PLACE]
            for m in doc.mentions:
                if m.canonical == "党代会" and places:
                    doc.relate([Relation((m.type.value, m.canonical), Predicate.LOCATED_IN,
                                         (places[0].type.value, places[0].canonical), doc.article.id,
                                         Span(m.start, m.end))])
        return run

    try:
        order = list(STAGES)
        order.insert(order.index("overlaps"), "toy-congresses")
        order.append("toy-hosts")
        page = tmp_path / "page.txt"
        page.write_text("本报太原讯 山西省第十二次党代表大会在太原开幕。\n", encoding="utf-8")
        built = build([page], tmp_path / "out", pipeline=Pipeline(stages=order))
        names = {(e.type, e.name) for e in built.corpus.entities}
        assert (EntityType.ORGANIZATION, "党代会") in names
        assert any(r.subject[1] == "党代会" and r.predicate is Predicate.LOCATED_IN for r in built.corpus.relations)
        assert (tmp_path / "out" / "graph.ttl").exists()
    finally:
        REGISTRY.pop("toy-congresses", None)
        REGISTRY.pop("toy-hosts", None)


def test_the_library_entry_point(tmp_path):
    import kg

    result = kg.build([SEEDS / "004_e34eac57d2895c48.txt"], tmp_path, formats=["ttl", "csv"])
    assert {p.name for p in result.written} == {"graph.ttl", "entities.csv", "relations.csv", "penalties.csv"}
    assert result.corpus.entities and (tmp_path / "graph.ttl").stat().st_size > 0


def test_a_type_and_a_relation_declared_at_run_time(tmp_path):
    """A plug-in's entity type and relation: one declaration each (kg.types.declare) and
    the components that find them; the seeds build with them, the dump and the view
    carry them."""
    from kg import types, vocab

    paper = types.declare(types.Kind("Newspaper", "报纸", "Newspaper", "#17becf", "square", 8))
    writes = types.declare(types.RelationKind("writesFor", "撰稿", "writes for"))

    @component("toy-papers", requires=("tokens",), assigns=("candidates:papers",))
    def papers(shared):
        def run(doc):
            doc.candidates["papers"] = [Candidate(paper, i, i + 2, "本报", rank=5)
                                        for i in range(len(doc.text)) if doc.text.startswith("本报", i)]
        return run

    @component("toy-bylines", requires=("mentions",), assigns=("relations",))
    def bylines(shared):
        def run(doc):
            found = [m for m in doc.mentions if m.type is paper]
            for m in doc.mentions:
                if found and m.type is EntityType.PERSON and doc.text[:m.start].rstrip().endswith("记者"):
                    doc.relate([Relation((m.type.value, m.canonical), writes, (paper.value, "本报"),
                                         doc.article.id, Span(m.start, m.end))])
        return run

    try:
        order = list(STAGES)
        order.insert(order.index("overlaps"), "toy-papers")
        order.append("toy-bylines")
        built = build([SEEDS], tmp_path / "out", formats=("ttl", "html"), pipeline=Pipeline(stages=order))
        assert any(e.type is paper for e in built.corpus.entities)
        reporters = {r.subject[1] for r in built.corpus.relations if r.predicate is writes}
        assert "王龙飞" in reporters
        graph = load_graph(tmp_path / "out" / "graph.ttl")
        rows = graph.query("""PREFIX kg: <https://w3id.org/kg-cn/ontology#>
            SELECT ?name WHERE { ?p kg:writesFor ?n . ?n a kg:Newspaper . ?p rdfs:label ?name }""")
        assert "王龙飞" in {str(r[0]) for r in rows}
        assert "报纸 Newspaper" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    finally:
        REGISTRY.pop("toy-papers", None)
        REGISTRY.pop("toy-bylines", None)
        for table, member in ((types.ENTITIES, paper), (types.RELATIONS, writes)):
            table.pop(member.value, None)
            vocab.DECLARED.discard(member.value)
            type(member)._members.pop(member.value, None)
            delattr(type(member), member.name)
