"""The HTML view in a real browser: headless Chromium (Debian's), driven by playwright,
with the network off. CI installs Chromium (.ci/run) and must run these; elsewhere
they are skipped when no Chromium is installed."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from benchmarks.view_ready import big_corpus
from kg.assemble import assemble
from kg.link import assemble_corpus
from kg.model import Article, EntityType, Extraction, Mention, Predicate, Relation, Span
from kg.views import corpus_to_networkx, render_html, to_networkx

CHROMIUM = next((p for p in (os.environ.get("KG_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), "/usr/bin/chromium") if p and Path(p).exists()),
                None)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("no Chromium: .ci/run installs Debian's chromium for these tests")
        pytest.skip("no Chromium installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Page:
    """A view opened from disk, offline, recording console errors, dialogs and requests."""

    def __init__(self, browser, path: Path) -> None:
        # bypass_csp: playwright evaluates with eval, which the page forbids; it also
        # means only the page's escaping, not its CSP, keeps hostile text inert here.
        self.context = browser.new_context(offline=True, bypass_csp=True)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: r.url.startswith("file:") or self.requests.append(r.url))
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgView !== undefined && kgView.ready", timeout=30_000)
        self.seconds = time.perf_counter() - started

    def js(self, script: str):
        return self.page.evaluate(script)

    def drawn(self) -> tuple[int, int]:
        return tuple(self.js("[Object.keys(kgView.network.getPositions()).length,"
                             " kgView.network.body.edgeIndices.length]"))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def seeds_view(browser, built):
    page = Page(browser, built / "graph.html")
    yield page
    page.close()


def test_loads_offline_without_errors(seeds_view):
    assert seeds_view.errors == []
    assert seeds_view.requests == []
    assert seeds_view.js("document.characterSet") == "UTF-8"


def test_draws_every_node_and_edge(seeds_view, corpus):
    g = corpus_to_networkx(corpus)
    assert seeds_view.drawn() == (g.number_of_nodes(), g.number_of_edges())


def test_search_focuses_a_node_by_name_or_alias(seeds_view):
    page = seeds_view.page
    for query, expected in (("太原", "太原市"), ("省应急管理厅", "山西省应急管理厅")):
        page.fill("#search", query)
        page.press("#search", "Enter")
        selected = seeds_view.js("kgView.network.getSelectedNodes()")
        assert len(selected) == 1
        assert seeds_view.js(f"kgView.nodes.get({json.dumps(selected[0])}).name") == expected
        assert expected in page.inner_text("#info")


def test_filtering_a_type_hides_its_nodes(seeds_view, corpus):
    page = seeds_view.page
    people = sum(1 for e in corpus.entities if e.type is EntityType.PERSON)
    before, _ = seeds_view.drawn()
    page.uncheck("#types input[value=Person]")
    after, _ = seeds_view.drawn()
    assert before - after == people
    page.check("#types input[value=Person]")
    assert seeds_view.drawn()[0] == before


def test_filtering_a_relation_hides_its_edges(seeds_view, corpus):
    page = seeds_view.page
    located = len({(r.subject, r.object) for r in corpus.relations if r.predicate is Predicate.LOCATED_IN})
    _, before = seeds_view.drawn()
    page.uncheck("#relations input[value=locatedIn]")
    assert before - seeds_view.drawn()[1] == located
    page.check("#relations input[value=locatedIn]")


PAYLOADS = ["<script>alert(1)</script>", "</script><script>alert(2)</script>",
            "<img src=x onerror=alert(3)>", "\"><svg onload=alert(4)>"]


def test_article_text_never_runs(browser, tmp_path):
    text = "".join(PAYLOADS)
    art = Article(id="evil-01", source="evil.txt", index=1, title=PAYLOADS[0], text=text)
    mentions = tuple(Mention(EntityType.ORGANIZATION, written, text.index(p), text.index(p) + len(p), p, art.id)
                     for p in PAYLOADS for written in (p, p + "别名"))
    org = EntityType.ORGANIZATION.value
    rel = Relation((org, PAYLOADS[0]), Predicate.LOCATED_IN, (org, PAYLOADS[1]), art.id, Span(0, len(text)))
    corpus = assemble_corpus([Extraction(art, mentions, (rel,))], [])
    path = tmp_path / "evil.html"
    path.write_text(render_html(corpus_to_networkx(corpus), title=PAYLOADS[1]), encoding="utf-8")
    page = Page(browser, path)
    try:
        page.page.fill("#search", PAYLOADS[2])
        page.page.press("#search", "Enter")
        page.page.wait_for_timeout(300)
        assert page.dialogs == []
        assert page.errors == []
        assert PAYLOADS[2] in page.page.inner_text("#info")  # shown as text
        assert page.js("document.querySelectorAll('img, svg[onload], script:not([src])').length") <= 2
    finally:
        page.close()


def test_a_graph_of_two_thousand_nodes_is_usable(browser, tmp_path):
    """Drawn whole, searchable, physics off once laid out (its timing is a benchmark:
    benchmarks/view_ready.py)."""
    corpus = big_corpus()
    g = corpus_to_networkx(corpus)
    assert g.number_of_nodes() > 2000
    path = tmp_path / "big.html"
    path.write_text(render_html(g, title="big"), encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.errors == []
        assert page.drawn() == (g.number_of_nodes(), g.number_of_edges())
        page.page.fill("#search", "机关1999")
        page.page.press("#search", "Enter")
        assert page.js("kgView.network.getSelectedNodes().length") == 1
        assert page.js("kgView.network.physics.physicsEnabled") is False
    finally:
        page.close()


def test_view_of_a_dump_matches(browser, built, tmp_path, corpus):
    """kg view draws from a dump what kg build drew from its corpus."""
    g = to_networkx(assemble(corpus).store())
    path = tmp_path / "dump.html"
    path.write_text(render_html(g, title="dump"), encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.drawn() == (g.number_of_nodes(), g.number_of_edges())
    finally:
        page.close()


def test_only_the_pages_own_scripts_run(browser, built, tmp_path):
    """With the page's Content-Security-Policy enforced: the view's scripts (named by
    hash) run, and a script added to the file does not."""
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "'unsafe-inline'" not in html.split("script-src", 1)[1].split(";", 1)[0]
    tampered = tmp_path / "tampered.html"
    tampered.write_text(html.replace("</body>", "<script>document.body.dataset.injected = 'ran'</script></body>"),
                        encoding="utf-8")
    for path, injected in ((built / "graph.html", False), (tampered, True)):
        context = browser.new_context(offline=True)  # the page's policy applies
        page = context.new_page()
        refused: list[str] = []
        page.on("console", lambda m, seen=refused: "Content Security Policy" in m.text and seen.append(m.text))
        try:
            page.goto(path.resolve().as_uri())
            page.wait_for_selector("#types input", timeout=30_000)  # legend drawn by the view's script
            assert page.get_attribute("body", "data-injected") is None
            assert bool(refused) is injected, refused
        finally:
            context.close()


def test_names_of_the_best_connected_are_drawn_on_opening(browser, tmp_path, built):
    """As the page opens (the whole graph fitted), the best-connected nodes are in sight
    and their labels at least the 5 pixels vis-network needs to draw them, on the seeds
    and on a graph of 2,000 nodes."""
    g = corpus_to_networkx(big_corpus())
    path = tmp_path / "big.html"
    path.write_text(render_html(g, title="big"), encoding="utf-8")
    seeds, big = Page(browser, built / "graph.html"), Page(browser, path)
    try:
        for page in (seeds, big):
            drawn = page.js("""kgView.labelled.map(id => {
                const n = kgView.nodes.get(id);
                const at = kgView.network.canvasToDOM(kgView.network.getPositions([id])[id]);
                return [kgView.network.getScale() * n.font.size, at.x, at.y];
            })""")
            assert len(drawn) >= 10
            width, height = page.js("[document.getElementById('graph').clientWidth, innerHeight]")
            for pixels, x, y in drawn:
                assert pixels >= 5 and 0 <= x <= width and 0 <= y <= height
    finally:
        seeds.close()
        big.close()


def test_legend_colours_are_the_edges_colours(seeds_view):
    pairs = seeds_view.js("""kgView.edges.get().map(e => [e.relation, e.color.color || e.color])""")
    swatches = seeds_view.js("""Object.fromEntries([...document.querySelectorAll('#relations label')].map(l =>
        [l.querySelector('input').value, getComputedStyle(l.querySelector('.swatch')).backgroundColor]))""")
    assert pairs and set(swatches) == {r for r, _ in pairs}
    for relation, colour in pairs:
        red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        assert swatches[relation] == f"rgb({red}, {green}, {blue})"
    assert len({c for _, c in pairs}) == len(swatches)  # one colour per relation


def test_a_search_with_no_match_says_so(seeds_view):
    page = seeds_view.page
    page.fill("#search", "不存在的机关名称")
    page.press("#search", "Enter")
    assert "no match" in page.inner_text("#found")
    page.fill("#search", "太原")
    page.press("#search", "Enter")
    assert page.inner_text("#found").strip() == ""


def test_unconnected_nodes_hide_with_one_switch(seeds_view, corpus):
    g = corpus_to_networkx(corpus)
    connected = sum(1 for n in g if g.degree(n) > 0)
    assert 0 < connected < g.number_of_nodes()
    seeds_view.page.check("#connected")
    assert seeds_view.drawn() == (connected, g.number_of_edges())
    seeds_view.page.uncheck("#connected")
    assert seeds_view.drawn()[0] == g.number_of_nodes()
