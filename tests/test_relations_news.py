"""worksFor as news writes it, in sentences written from the patterns (none from the
seed pages): the post before or after the name, several posts, several names after one
post, a body named earlier in the sentence. The post is kept on the relation."""

from __future__ import annotations

import pytest

from kg.extract.base import Context
from kg.lexicon.divisions import by_code
from kg.model import Predicate as P
from tests.conftest import article

HEBEI = Context(province=by_code()["130000000000"], city=by_code()["130100000000"])


def works(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    return {(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR}


@pytest.mark.parametrize("text, expected", [
    ("省生态环境厅副厅长刘建华出席会议。", {("刘建华", "河北省生态环境厅", "副厅长")}),
    ("刘建华,省生态环境厅副厅长。", {("刘建华", "河北省生态环境厅", "副厅长")}),
    ("刘建华(省生态环境厅副厅长)介绍了有关情况。", {("刘建华", "河北省生态环境厅", "副厅长")}),
    ("会上,赵海燕(市市场监督管理局局长)通报了检查结果。", {("赵海燕", "石家庄市市场监督管理局", "局长")}),
    ("省生态环境厅厅长、党组书记刘建华主持会议。", {("刘建华", "河北省生态环境厅", "厅长、党组书记")}),
    ("省生态环境厅副厅长张伟、李强出席。",
     {("张伟", "河北省生态环境厅", "副厅长"), ("李强", "河北省生态环境厅", "副厅长")}),
    ("省交通运输厅副厅长孙明、王海涛、周立新参加调研。",
     {("孙明", "河北省交通运输厅", "副厅长"), ("王海涛", "河北省交通运输厅", "副厅长"),
      ("周立新", "河北省交通运输厅", "副厅长")}),
    ("石家庄市公安局召开发布会,该局局长王志强表示,将加大执法力度。",
     {("王志强", "石家庄市公安局", "局长")}),
    ("省水利厅发布汛情通报,该厅厅长陈立军要求各地严阵以待。", {("陈立军", "河北省水利厅", "厅长")}),
])
def test_works_for_with_the_post(pipeline, text, expected):
    assert expected <= works(pipeline, text)


@pytest.mark.parametrize("text", [
    "发展才是硬道理,省里要求各地落实。",
    "王晓红认为,这项改革很有意义。",
])
def test_no_post_no_relation(pipeline, text):
    assert works(pipeline, text) == set()
