"""The HTML view: self-contained, and article text shown as text, never run."""

import json
import re

from kg.assemble import assemble
from kg.link import assemble_corpus
from kg.model import Article, EntityType, Extraction, Mention
from kg.views import render_html, to_networkx

PAYLOADS = ["<script>alert(1)</script>", "</script><script>alert(2)</script>",
            "<img src=x onerror=alert(3)>", "/*__VIS_JS__*/"]


def evil_graph():
    text = "".join(PAYLOADS) + "省应急管理厅"
    art = Article(id="evil-01", source="evil.txt", index=1, title=PAYLOADS[0], text=text)
    mentions = tuple(Mention(EntityType.ORGANIZATION, p, text.index(p), text.index(p) + len(p), p, art.id)
                     for p in PAYLOADS)
    return assemble(assemble_corpus([Extraction(art, mentions)], [])).store()


def test_no_network_references(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "vis.Network" in page and "<meta charset=\"utf-8\">" in page


def test_view_draws_every_entity(built, corpus):
    page = (built / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r"const DATA = (.*);\n", page).group(1))
    assert len(data["nodes"]) == len(corpus.entities) + len(corpus.penalties)
    assert {"Agency", "Person", "Place", "Penalty"} <= set(data["types"])


def test_article_text_cannot_break_out_of_the_data():
    page = render_html(to_networkx(evil_graph()), title=PAYLOADS[0])
    data_line = re.search(r"const DATA = (.*);\n", page).group(1)
    for payload in PAYLOADS[:3]:
        assert payload not in page.split("<script>/*__VIS_JS__*/")[0]
        assert payload not in data_line
    assert page.count("</script>") == 2  # vis-network's and the page's own
    names = {n["name"] for n in json.loads(data_line)["nodes"]}
    assert set(PAYLOADS) <= names  # shown as text, intact
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the <title>


def test_build_draws_what_the_dump_holds(corpus):
    """kg build draws from its dataclasses, kg view from a dump: the same graph."""
    from networkx.utils import graphs_equal

    from kg.views import corpus_to_networkx
    direct = corpus_to_networkx(corpus)
    from_dump = to_networkx(assemble(corpus).store())
    assert set(direct.nodes) == set(from_dump.nodes)
    assert set(direct.edges(keys=True)) == set(from_dump.edges(keys=True))
    for node in direct.nodes:
        assert direct.nodes[node] == from_dump.nodes[node], node
    assert graphs_equal(direct, from_dump)
