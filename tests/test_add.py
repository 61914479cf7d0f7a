"""kg add PAGES --store DIR: pages added to a store without rebuilding it."""

from __future__ import annotations

import pyoxigraph as ox
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SEEDS

PAGES = sorted(SEEDS.glob("*.txt"))


def graphs(store_dir) -> set[str]:
    store = ox.Store.read_only(str(store_dir))
    return {g.value for g in store.named_graphs()}


def count(store_dir, query: str) -> int:
    store = ox.Store.read_only(str(store_dir))
    return int(next(iter(store.query(query)))[0].value)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_adding_pages_gives_the_articles_a_build_of_all_gives(tmp_path):
    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    rest.mkdir()
    for page in PAGES[:2]:
        (first / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    for page in PAGES[2:]:
        (rest / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", str(first), "-o", str(tmp_path / "o1"), "--store", str(store), "--no-progress").exit_code == 0
    before = graphs(store)
    added = run("add", str(rest), "--store", str(store))
    assert added.exit_code == 0, added.output
    whole = tmp_path / "whole"
    assert run("build", str(SEEDS), "-o", str(tmp_path / "o2"), "--store", str(whole), "--no-progress").exit_code == 0
    assert graphs(store) == graphs(whole) and before < graphs(store)
    # Every article graph holds what the whole build's holds (the pages are linked
    # among themselves, as these seed pages name their entities the same way).
    per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(store, per_graph) == count(whole, per_graph)
    penalties = ("PREFIX kg: <https://w3id.org/kg-cn/ontology#> "
                 "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Penalty }")
    assert count(store, penalties) == count(whole, penalties) > 0


def test_a_page_added_again_replaces_its_articles(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    page = pages / "page.txt"
    page.write_text(PAGES[4].read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", str(pages), "-o", str(tmp_path / "o"), "--store", str(store), "--no-progress").exit_code == 0
    triples = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n_graphs, n_triples = len(graphs(store)), count(store, triples)
    again = run("add", str(page), "--store", str(store))
    assert again.exit_code == 0 and f"{n_graphs} replaced" in again.output, again.output
    assert (len(graphs(store)), count(store, triples)) == (n_graphs, n_triples)
    # The page loses its last article: that article's graph, and what only it stated, go.
    text = PAGES[4].read_text(encoding="utf-8")
    page.write_text(text[:len(text) // 3], encoding="utf-8")
    shorter = run("add", str(page), "--store", str(store))
    assert shorter.exit_code == 0, shorter.output
    assert len(graphs(store)) < n_graphs and "dropped" in shorter.output
    assert count(store, triples) < n_triples


def test_add_needs_a_store(tmp_path):
    result = run("add", str(PAGES[0]), "--store", str(tmp_path / "none"))
    assert result.exit_code == 1 and "no store here" in result.output


def test_what_only_the_replaced_graphs_stated_goes_with_them(tmp_path):
    """An agency that two articles of a page named, and the page's new version does not:
    its type and label leave the store's default graph (no graph states them any more)."""
    page = tmp_path / "page.txt"
    first = ("雄安新区开展防汛检查\n本报讯 近日，雄安新区水利局开展防汛检查，排查隐患十二处。\n\n"
             "雄安新区部署秋收工作\n本报讯 近日，雄安新区水利局部署秋收期间农田灌溉工作。\n")
    page.write_text(first, encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", str(page), "-o", str(tmp_path / "o"), "--store", str(store), "--no-progress").exit_code == 0
    named = ("SELECT (COUNT(*) AS ?n) WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> \"雄安新区水利局\"@zh ; "
             "a ?type }")
    assert count(store, named) >= 1
    page.write_text(first.replace("雄安新区水利局", "当地有关部门"), encoding="utf-8")
    assert run("add", str(page), "--store", str(store)).exit_code == 0
    assert count(store, named) == 0
