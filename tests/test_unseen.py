"""Pages unlike the seeds (another province, a national ministry), written for these
tests: the general rules carry over."""

import pytest

from kg.model import EntityType as T
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def other(pipeline):
    return pipeline.build([DATA / "other_province.txt", DATA / "ministry.txt"])


def names(corpus):
    return {(e.type, e.name) for e in corpus.entities}


def facts(corpus):
    return {(r.subject[1], r.predicate.value, r.object[1]) for r in corpus.relations}


@pytest.mark.parametrize("entity", [
    (T.AGENCY, "浙江省市场监督管理局"),
    (T.AGENCY, "杭州市市场监督管理局"),
    (T.AGENCY, "国家税务总局"),
    (T.AGENCY, "国家发展和改革委员会"),
    (T.PLACE, "宁波市"),
    (T.LAW, "中华人民共和国广告法"),
    (T.PROGRAM, "浙江省制造业高质量发展行动方案(2024—2027年)"),
    (T.PROGRAM, "中小企业数字化转型专项行动"),
    (T.PERSON, "王建华"),
])
def test_entities(other, entity):
    assert entity in names(other)


def test_no_trade_word_poses_as_a_company(other):
    assert (T.COMPANY, "科技有限公司") not in names(other)


@pytest.mark.parametrize("fact", [
    ("宁波市", "locatedIn", "浙江省"),
    ("浙江省制造业高质量发展行动方案(2024—2027年)", "issuedBy", "浙江省发展和改革委员会"),
    ("李明", "worksFor", "国家发展和改革委员会"),
])
def test_relations(other, fact):
    assert fact in facts(other)


def test_a_notice_named_with_and_without_its_issuer_is_one_document(other):
    notices = [e for e in other.entities if e.name.endswith("关于延续实施小微企业增值税优惠政策的公告")]
    assert len(notices) == 1
    issuers = {r.object[1] for r in other.relations if r.subject == notices[0].key}
    assert issuers == {"财政部", "国家税务总局"}


def test_a_province_named_only_in_a_title_is_a_place_of_its_article(other):
    province = next(e for e in other.entities if e.name == "浙江省")
    assert province.type is T.PLACE and province.code == "330000000000"
    assert province.articles == ("other_province-01",)  # its mention inside the title


def test_the_authority_is_the_body_that_decided(other):
    (penalty,) = other.penalties
    assert penalty.authority == ("Agency", "杭州市市场监督管理局")
    assert penalty.party == ("Company", "杭州某某科技有限公司")
    assert penalty.fine_yuan == 200000
