"""rdflib and pyoxigraph give the same answers: on the same dump, and on the store
folder that `kg build --store` writes."""

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.load import load_graph, open_store
from kg.query import Table, named_queries, run, run_store
from tests.conftest import SEEDS

BINDINGS = {"entity": {"name": "山西省应急管理厅"}}


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    out = tmp_path_factory.mktemp("stored")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--format", "ttl",
                                       "--store", str(out / "store"), "--no-progress"])
    assert result.exit_code == 0, result.output
    return out


def canonical(table: Table) -> tuple:
    """Rows as sets; a GROUP_CONCAT cell (its order is left open by SPARQL) as a sorted list."""
    def cell(value: str) -> str:
        return "、".join(sorted(value.split("、")))
    return table.columns, sorted(tuple(cell(v) for v in row) for row in table.rows)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_rdflib_and_pyoxigraph_agree_on_the_dump(stored, name):
    dump = stored / "graph.ttl"
    memory = ox.Store()
    with dump.open("rb") as fh:
        memory.load(fh, format=ox.RdfFormat.TURTLE)
    by_rdflib = run(load_graph(dump), name, bindings=BINDINGS.get(name))
    by_oxigraph = run_store(memory, name, bindings=BINDINGS.get(name))
    assert by_rdflib.rows, name
    assert canonical(by_rdflib) == canonical(by_oxigraph)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_the_store_answers_like_the_graph(stored, name):
    by_graph = run(load_graph(stored / "graph.ttl"), name, bindings=BINDINGS.get(name))
    by_store = run_store(open_store(stored / "store"), name, bindings=BINDINGS.get(name))
    assert canonical(by_graph) == canonical(by_store)


def test_the_store_keeps_the_article_graphs(stored, corpus):
    store = open_store(stored / "store")
    assert sum(1 for _ in store.named_graphs()) == len(corpus.extractions)


def test_query_a_store_from_the_command_line(stored):
    result = CliRunner().invoke(main, ["query", str(stored / "store"), "fines", "--format", "csv"])
    assert result.exit_code == 0 and "中车永济电机有限公司" in result.output


def test_a_bound_value_cannot_change_the_query(stored):
    store = open_store(stored / "store")
    hostile = 'x") } ?e ?p ?v . { FILTER("1'
    assert run_store(store, "entity", bindings={"name": hostile}).rows == ()


@pytest.mark.parametrize("where", ["dump", "store"])
def test_updates_are_refused_alike(stored, where):
    graph = stored / ("graph.ttl" if where == "dump" else "store")
    update = "INSERT DATA { <https://example.org/x> <https://example.org/p> 1 }"
    refused = CliRunner().invoke(main, ["query", str(graph), update])
    assert refused.exit_code == 1 and "read-only" in refused.stderr


@pytest.mark.parametrize("where", ["dump", "store"])
def test_bindings_bind_alike_and_are_checked(stored, where):
    graph = stored / ("graph.ttl" if where == "dump" else "store")
    bound = CliRunner().invoke(main, ["query", str(graph), "entity", "--bind", "name=太原市", "--format", "json"])
    assert bound.exit_code == 0 and "太原市" in bound.output
    unbound = CliRunner().invoke(main, ["query", str(graph), "entity"])
    assert unbound.exit_code == 1 and "needs --bind name=VALUE" in unbound.stderr
    stray = CliRunner().invoke(main, ["query", str(graph), "people", "--bind", "nosuch=1"])
    assert stray.exit_code == 1 and "no variable ?nosuch" in stray.stderr


def test_every_place_is_a_place_without_inference(stored):
    table = run_store(open_store(stored / "store"),
                      "SELECT ?p WHERE { ?p a kg:City MINUS { ?p a kg:Place } }")
    assert table.rows == ()
    assert run_store(open_store(stored / "store"), "SELECT ?p WHERE { ?p a kg:City }").rows
