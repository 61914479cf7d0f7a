"""A build's extractions on disk, and linking that reads them once as a stream."""

import multiprocessing as mp

import pytest

from kg.link import assemble_corpus
from kg.model import Article, EntityType, Extraction, Mention, Predicate, Relation, Span
from kg.results import Extractions

T = EntityType


def _extraction(article_id: str, text: str, *mentions: tuple[EntityType, str, str]) -> Extraction:
    article = Article(id=article_id, source=article_id.rsplit("-", 1)[0] + ".txt", index=1, title=text[:4],
                      text=text)
    return Extraction(article, tuple(Mention(t, written, text.index(written), text.index(written) + len(written),
                                             canonical, article_id) for t, written, canonical in mentions))


@pytest.mark.parametrize("spool", [0, 1_000_000])  # on disk from the first, or held
def test_extractions_come_back_in_the_order_of_the_files_not_of_arrival(spool):
    kept = Extractions(spool=spool)
    # A cache hands over the third file first, then the first two are extracted.
    kept.add(2, _extraction("c-1", "第三个文件"))
    kept.add(0, _extraction("a-1", "第一个文件的第一篇"))
    kept.add(0, _extraction("a-2", "第一个文件的第二篇"))
    kept.add(1, _extraction("b-1", "第二个文件"))
    assert kept.ids() == ["a-1", "a-2", "b-1", "c-1"]
    assert [a.text for a in kept.articles()] == ["第一个文件的第一篇", "第一个文件的第二篇", "第二个文件", "第三个文件"]
    assert len(kept) == 4 and kept.sources() == {"a.txt", "b.txt", "c.txt"}
    assert kept.titles() == {"a-1": "第一个文", "a-2": "第一个文", "b-1": "第二个文", "c-1": "第三个文"}
    assert kept.on_disk is (spool == 0)
    assert not Extractions()


def test_past_their_spool_the_extractions_go_to_disk_and_read_back_the_same():
    texts = [f"第{i}篇文章，说的是山西省的事。" for i in range(30)]
    held = Extractions(spool=10_000)
    spilled = Extractions(spool=100)  # about seven articles' text
    for i, text in enumerate(texts):
        for kept in (held, spilled):
            kept.add(i % 3, _extraction(f"p{i % 3}-{i}", text, (T.PLACE, "山西省", "山西省")))
    assert not held.on_disk and spilled.on_disk
    assert list(spilled) == list(held) and spilled == held
    assert spilled.of("p1-4") == held.of("p1-4") and len(spilled.of("p1-4")) == 1


@pytest.mark.parametrize("spool", [0, 1_000_000])
def test_an_id_read_twice_gives_both_extractions_in_order(spool):
    kept = Extractions([_extraction("page-1", "甲文"), _extraction("other-1", "乙文"), _extraction("page-1", "丙文")],
                       spool=spool)
    assert [x.article.text for x in kept.of("page-1")] == ["甲文", "丙文"]
    assert kept.of("nowhere-1") == []


def _read_into(kept: Extractions, conn) -> None:
    conn.send([x.article.id for x in kept])
    conn.close()


def test_a_forked_process_reads_the_extractions_without_moving_the_parents_reading():
    kept = Extractions((_extraction(f"p-{i}", f"第{i}篇文章") for i in range(50)), spool=0)
    reading = iter(kept)
    first = next(reading)
    fork = mp.get_context("fork")
    ours, theirs = fork.Pipe()
    child = fork.Process(target=_read_into, args=(kept, theirs))  # as the view's process reads them
    child.start()
    assert ours.recv() == kept.ids()
    child.join()
    assert [first.article.id] + [x.article.id for x in reading] == kept.ids()


def test_linking_keeps_per_entity_where_and_how_often_it_is_mentioned():
    texts = ["山西省应急管理厅发布通知。省应急管理厅要求……", "山西省应急管理厅召开会议。", "太原市今天下雪。"]
    corpus = assemble_corpus([
        _extraction("a-1", texts[0], (T.AGENCY, "山西省应急管理厅", "山西省应急管理厅"),
                    (T.AGENCY, "省应急管理厅", "山西省应急管理厅")),
        _extraction("b-1", texts[1], (T.AGENCY, "山西省应急管理厅", "山西省应急管理厅")),
        _extraction("c-1", texts[2], (T.PLACE, "太原市", "太原市")),
    ], [])
    entities = {e.name: e for e in corpus.entities}
    agency = entities["山西省应急管理厅"]
    assert (agency.articles, agency.mentioned, agency.aliases) == (("a-1", "b-1"), 3, ("省应急管理厅",))
    assert corpus.keys[("Agency", "山西省应急管理厅")] == agency.key
    assert entities["太原市"].articles == ("c-1",)


def test_a_name_read_as_two_types_is_linked_once_and_its_relations_follow():
    text = "太原市科技局与太原市科技局合作。太原市位于山西。"
    x = _extraction("a-1", text, (T.AGENCY, "太原市科技局", "太原市科技局"),
                    (T.ORGANIZATION, "太原市科技局", "太原市科技局"), (T.PLACE, "太原市", "太原市"))
    rel = Relation(("Organization", "太原市科技局"), Predicate.LOCATED_IN, ("Place", "太原市"), "a-1", Span(0, 10))
    agency_too = _extraction("b-1", "太原市科技局发文。", (T.AGENCY, "太原市科技局", "太原市科技局"))
    corpus = assemble_corpus([Extraction(x.article, x.mentions, (rel,)), agency_too], [])
    (bureau,) = [e for e in corpus.entities if e.name == "太原市科技局"]
    assert bureau.type is T.AGENCY and bureau.mentioned == 3  # read as an agency twice, an organisation once
    assert [(r.subject, r.object) for r in corpus.relations] == [(("Agency", "太原市科技局"), ("Place", "太原市"))]
