"""Mentions the trained recogniser proposes: agencies, companies, organisations, people,
and their fusion with the rules' candidates.

The recogniser (``kg.recognise``) reads characters, words and lexicon matches and finds
names no rule was written for. A place it found with the word for its government after
it (美国政府, 长沙警方) is read as one agency, and a body that is national bodies written
in a row (中共中央国务院, 中办国办) as each of them. Its spans, each with a confidence, are taken
from ``MIN_CONFIDENCE`` up, where they name a body (not a meeting, a zone, a list of places or
a firm's department taken for a ministry); a person's ends before a post or title read
into it (黄庆学院士 -> 黄庆学). A span replaces the rule candidates it overlaps
unless one of them is protected: a programme or a law (which the recogniser does not
know), a place the span does not contain, a body read from a lexicon template with its
place resolved (the rules know its canonical name) unless the span names a unit of it
(国务院发展研究中心 over 国务院), or a person the span only stretches back over a
character no surname is (稿王某某). What is kept gets:
- its canonical name, with a leading 省 or 市 resolved to the article's province or
  city (省教育厅 -> 山西省教育厅), as the rules do, or as written where the article does
  not say where it is set (a body of that article alone: ``model.relative``);
- its fine type from the name's ending where that decides it (…有限公司 is a company,
  …大学 an organisation, …厅 an agency; not …中心 or …网, nor an ending after a single
  character: 万科), else the recogniser's own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ..lexicon import COMPOUND_SURNAMES, COUNTRIES, SURNAMES, sections, templates
from ..lexicon.divisions import divisions
from ..model import BODIES, EntityType, relative
from ..recognise.corpora import deciding_ending, org_ending, org_type
from ..recognise.model import Tagged
from ..segment import Tokens
from .base import COMMON, JOIN_WORDS, JOINT_VERB, POSTS, STOP, TITLES, WITHHELD_PART, Candidate, Context
from .bodies import PlacePrefixes, factory_deed, past_legal_form, relative_prefix
from .doc import Doc
from .people import ADDRESSES, SETTLEMENT, addressed, delivers, pen_name
from .places import BODY_ENDS
from .registry import Shared, component

KINDS = {"AGENCY": EntityType.AGENCY, "COMPANY": EntityType.COMPANY,
         "ORGANIZATION": EntityType.ORGANIZATION, "PERSON": EntityType.PERSON}
# A name the recogniser found is taken when it looks like one: two to seven Chinese
# characters (梅赫曼帕拉斯特), a transliteration with its parts joined by a middle dot
# or, as sports pages print it, a hyphen (弗拉基米尔·德里克, 保罗•盖蒂, 科比-布莱恩特),
# or Latin words each capitalised (Erik, Steve Niles).
_NAME = re.compile(r"[\u4e00-\u9fff]{2,7}|[\u4e00-\u9fff]+(?:[·•・‧-][\u4e00-\u9fff]+)+"
                   r"|[A-Z][a-z]+(?:[·. -]?[A-Z][a-z]+)*")
# (a dash inside joins two countries' names: 印度—中国友好协会, 中国—东盟博览会)
_BODY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·](?:[\u4e00-\u9fffA-Za-z0-9()（）·]|—(?!—)){0,28}"
                   r"[\u4e00-\u9fffA-Za-z0-9()（）·]")
# 全省/各市/本市 and the like make a body generic; not a name of one body. Before the
# span, or before the list it is in, or at its start (各市司法局, 各市、县人民政府,
# 当地市场监管局, 村党群服务中心: a village's, unnamed; not 村镇银行; 某 is "a" or "some", but
# 某某 withholds a name, as notices of penalties do: 某某超市有限公司; 全国 opens a national
# body's name, 全国人大常委会办公厅, but not 全国各级法院, 全国性协会 or 全国省市妇联).
_GENERIC = re.compile(r"^(?:全(?!国)|全国[各性省]|各|本|该|我|此|这|那|某(?!某)|有关|相关|村(?!镇))")
_GENERIC_BEFORE = re.compile(r"(?:(?:全|各|本|该|我|每|其)[省市县区乡镇级]?、?|当地|有关|相关|所属)$")
# 一 (a, one) as a word of its own inside a name makes it a description, not a name: 北京一
# 地产经纪公司 (a brokerage in Beijing), 宝钢集团下属一家子公司; not 一汽, 第一, 统一 (words of
# their own to jieba). CLUENER labels such descriptions now and then (顺义一牧草公司), the
# GUIDELINES do not: on the tuning parts the build's sum 1.2736 -> 1.2755 (CLUENER's
# companies 0.730 -> 0.732, its places 0.268 -> 0.276), held out the same. So does a word of
# "a certain" (海军某部|某位|舰队, 某个|部门), unlike a name withheld (某某).
INDEFINITE = frozenset({"一", "一家", "一个", "一所", "一名", "某位", "某个", "某家", "某些", "某种"})
# A meeting or a congress's session is not a body (the GUIDELINES type no events), though
# MSRA and Boson label 十五大 and 十八届三中全会 as organisations: a party congress by its
# number (二十大, 中共十五大, 小店区七大), a plenary session (三中全会), a summit, forum,
# fair or conference, or a congress by the number of its session (中国共产党第二十次全国
# 代表大会, 第十二次党代会; a term's 第十四届全国人民代表大会 is the body). 全国人民代表大会,
# a body, is not matched.
_MEETING = re.compile(r"(?:[〇一二三四五六七八九十]+大|全会|峰会|论坛|博览会|展览会|交易会|研讨会|座谈会|发布会"
                      r"|推介会|洽谈会|年会|党代会|第[〇一二三四五六七八九十百]+次[\u4e00-\u9fff]{0,6}代表大会)$")
# Nor is a plenary session named by its number after its term's (十九届四中、五中全会:
# the 四中 of the fourth), which a school's short name (二中) reads like.
_SESSION = re.compile(r"[一二三四五六七八九十]中")
# A zone is not a body either (the GUIDELINES: industrial zones are not places, and
# not organisations): a park, a development or pilot zone.
_ZONE = re.compile(r"(?:园区|产业园|软件园|科技园|工业园|开发区|高新区|示范区|试验区|新区)$")
# A name made of places alone with their count after them (太原晋中五市, 冀州枣强两县)
# is a list of places, not a body.
_COUNT = re.compile(r"[一二三四五六七八九十两几多]+个?[省市县区镇乡]?")
# A firm's department (…市场部, …销售部, …研发部) is not a ministry (人事部 was one, and is
# not matched): a name ending so is no agency, and where the recogniser reads a company
# its …部 does not make it one.
_FIRM_UNIT = re.compile(r"(?:制造|市场|销售|营销|研发|采购|生产|品质|质量|客服|事业|设计|运营|企划|策划|公关|"
                        r"财务|业务|信贷|零售|投资|风控|法务|战略|品牌)部$")
# A firm's legal form inside a name: what follows is the firm's (X有限公司总部), no agency;
# but for its Party organs (X有限公司党委), which are typed as every Party organ is.
_FIRM_FORM = re.compile(r"(?:有限责任公司|有限公司|股份公司|集团公司)(?!党|纪委|团委|$)")
# Banks' word before 间 is "interbank" (银行间市场, 上海银行间同业拆放利率), no bank's name.
_BANK, _BETWEEN = "银行", "间"
# The word for a site after its name, which reads like a person's (胡杨林|景区, 白云|公园); not a
# person's former home (鲁迅故居).
_SITE_WORD = re.compile(r"风景名胜区|风景区|景区|森林公园|湿地公园|公园|广场|大道|大街|小区|水库|景点")
# A team (团队) is no body: of the 34 sentences of CLUENER's training text that name a team,
# two label it (上海软星团队); the others label the body before it, where one is named.
_TEAM = "团队"
# A board (新奥集团董事局, 世行执行董事会) is no agency, though 局 and 会 end agencies' names.
_BOARD = re.compile(r"(?:董事局|董事会|监事会)$")
# Nor is a word that ends in 局 without being a bureau (大变局, 新格局, 产业布局, 电信骗局; not
# 价格局, nor 政局 of 财政局 and 行政局).
_NO_BUREAU = re.compile(r"(?:变局|(?<!价)格局|布局|结局|骗局|僵局|大局|时局|饭局|赌局|开局|终局|残局|棋局|牌局)$")
# Brackets a body's name opens it closes: 中国银行(香港)有限公司, not 环保部(碳中和办公室.
_BRACKETS = {"(": ")", "（": "）"}
RANK = -1  # below every rule when overlaps are settled among them
# A recognised span is taken from this confidence up (the least marginal probability of
# its labels), per type. Lower takes more of what the rules miss on unseen text and more
# mistakes on pages like ours: on the corpora's tuning parts F1 is best at 0.5-0.7; each
# type's is the lowest of 0.5/0.6/0.7/0.8/0.9 that keeps the seed pages' figure for that
# type from falling (the recogniser issue's closing notes have the curves), for the
# recogniser as the build reads it: the CRF and its light network. With that network,
# companies need 0.6 and organisations 0.7 (at 0.5 and 0.6 the seeds' companies fall
# 0.893 -> 0.877 and organisations 0.857 -> 0.837); the figures below are the CRF's
# alone, when they were 0.5 and 0.6. People's 0.5
# needs the guard in ``_protected``: a person does not replace a company or body the rules
# read over the same characters. Organisations' 0.6 needs ``_MEETING`` (without it the
# seeds' organisations fall 0.857 -> 0.800: 二十大, 三中全会); on the tuning parts
# organisations' F1 0.641 -> 0.683 (CLUENER) and 0.449 -> 0.478 (Boson) against 0.9.
# Companies' 0.5: Boson's 0.478 -> 0.502 against 0.6 (CLUENER's the same). Agencies' 0.5
# needs ``_FIRM_UNIT`` (a firm's …制造部 comes in as a ministry would) and, below 0.8, a
# proper part (``NEEDS_PROPER``: without it a prize's 评选委员会 and a bare 街道办事处
# come in from 0.7); against 0.8, 0.695 -> 0.710 (CLUENER) and 0.741 -> 0.763 (Boson):
# foreign bodies the recogniser is less sure of (俄罗斯国防部 0.55, 美国陆军 0.70).
MIN_CONFIDENCE = {"AGENCY": 0.5, "COMPANY": 0.6, "ORGANIZATION": 0.7, "PERSON": 0.5}
PROTECTED_RANK = 2  # a body read from a lexicon template, with its place resolved
# An organisation whose name ends as only a school's, a hospital's or an institute's does is
# taken from this confidence up (在清华大学|任土木工程系教授: 0.65, split at the 任).
STRONG_ENDING_CONFIDENCE = 0.5
_STRONG_ENDINGS = ("大学", "学院", "医院", "研究院", "研究所", "协会", "学会")
LEVEL_LED_LENGTH = 5  # characters of a body's name led by its level's word alone (县|职业技术教育中心)
_WHERE_IN_LEVEL = frozenset("内外里级属")  # (县内|某某建材有限公司, 市级|示范中心: a level's word no body's)
# An ending that ends a firm's unit or business as readily as a public body's (招行信用卡
# 中心, 英美留学中心, 疾病预防控制中心), or a website of a firm as readily as a news
# organisation's (携程网, 新华网): it does not decide the type, the recogniser's label
# stands (on CLUENER's tuning part, the build's agency F1 0.644 -> 0.665 for …中心;
# company 0.695 -> 0.703 and organisation 0.623 -> 0.632 for …网). Nor
# does an ending after one character: 万科 and 中行 are brands, not a section (科) or a
# branch (行) of anything the name says; the recogniser's label decides there, as for
# 美军 (Boson's tuning part: the build's agency F1 0.641 -> 0.653, company 0.489 -> 0.499);
# but a level's word is: 县融媒体中心, 市医院 are the county's and the city's.
UNDECIDED = ("中心", "网")
_UNITS = sections()["subunit"]  # units inside a body, named after it (…处, …支队, …办公室)
# The teams the Party centre, the State Council and Party committees send to inspect (国务院第十
# 督查组, 中央第二生态环境保护督察组, 省委第三巡视组): units of the organ that sends them, agencies.
INSPECTION_TEAMS = ("督查组", "督察组", "巡视组", "巡察组")
_SENT_BY_THE_CENTRE = ("中央", "中共中央", "国务院")
# A unit named after an association, a people's organisation, a hospital or a school (中国足协纪律
# 委员会, 中华全国总工会办公厅, 山西省人民医院心血管内科, 河北大学教务处) is that organisation's, though
# 委员会, 部, 科 and 处 end agencies' names; its Party organs (X协会党委) are typed as every Party
# organ is, and a place named after a school is none (重庆大学城管委会).
_ORGANISATION_UNIT = re.compile(r"(?:协会|学会|研究会|促进会|商会(?!议)|联合会|总工会|工会|红十字会|基金会|足协|篮协|"
                                r"排协|作协|科协|文联|妇联|侨联|残联|工商联|社科联|医院|卫生院|大学|学院|中学|小学)"
                                r"(?!党|纪委|团委|城|路|街|园|村|镇|区)(?=.*(?:委员会|部|厅|室|处|司|科|中心)$)")
# A document's number after the issuer's short code (国办发〔2020〕39号, 豫政办函[2024]15号,
# 冀石市监罚〔2025〕128号): the code, of at most six characters, and a name of at most four
# in it name no body in the text (a body's name run into the code, 北京市人民政府办公厅
# 京政办发〔1999〕, is left as it is read).
CODE = 4
_ISSUER_CODE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?=(?:[〔\[]|(?<=[发函字])[(（])\d{4}[〕\])）])")


def without_codes(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` without the bodies and people inside an issuer's code before a
    document's number (``_ISSUER_CODE``: 冀教财〔2026〕15号, no person 冀教财; 冀石市监罚
    〔2025〕128号, no person 冀石市)."""
    codes = [m.span() for m in _ISSUER_CODE.finditer(text)]
    return [c for c in candidates if not (c.type in (*BODIES, EntityType.PERSON) and c.end - c.start <= CODE
                                          and any(s <= c.start and c.end <= e for s, e in codes))]


# A firm's legal form alone (公司董事长王某) names no firm. (Bare agency words are left:
# People's Daily and Boson label some, 党委 and 政治部 among them; and groups sent on a
# task: People's Daily labels a bare 代表团, and its agencies fell 0.8707 -> 0.8669.)
_BARE = frozenset(sections()["company"])
# A body's board or standing organ named by its word alone, its term's ordinal before it
# (召开第三届执委会, 第五届理事会, 常委会会议): every such body has one, it names none. (MSRA
# labels a bare 主席团, a congress's presidium, so it is left.)
_BARE_ORGAN = re.compile(r"(?:第[一二三四五六七八九十]+届)?(?:执委会|理事会|常委会|董事会|监事会|常务理事会)")
_BODY_LABELS = frozenset(label for label, kind in KINDS.items() if kind in BODIES)


# The country's name before a national body's (中国外交部, 中华人民共和国科学技术部) names
# that body: the lexicon's name is its canonical one, the written one an alias (it had
# been a second agency, or lost the country's name from its mention). On the tuning parts
# the build's agency F1 0.736 -> 0.741 (CLUENER), 0.794 -> 0.800 (Boson); held out 0.787
# -> 0.792 (MSRA), 0.750 -> 0.775 (Boson), 0.857 -> 0.871 (People's Daily).
_COUNTRY = re.compile("中华人民共和国|中国")


def _national(name: str, span: Tagged, kind: EntityType, standard: dict[tuple[int, int], str | None]) -> str | None:
    """The lexicon's name of the national body a recognised agency names after the
    country's name (``standard``: the lexicon's names by where they stand), else None."""
    country = _COUNTRY.match(name)
    if kind is not EntityType.AGENCY or country is None:
        return None
    return standard.get((span.start + country.end(), span.end))


@lru_cache(maxsize=1)
def _national_forms() -> dict[str, str]:
    """Each form the lexicon gives a national body (国家发改委, 国务院国资委) -> its name."""
    return {form: name for name, forms in templates("agencies.tsv") if "{place}" not in name for form in forms}


# What a national body's name opens with that a list of national bodies leaves out (商务部、发改委
# 及证监会: 国家发改委), and what joins the list's items
_NATIONAL_OPENINGS = ("国家", "国务院", "中国")
_LIST_JOINS = frozenset("、和及与")


def _listed_nationally(name: str, span: Tagged, text: str, standard: dict[tuple[int, int], str | None]) -> str | None:
    """The national body a bare name that needs a place before it (发改委, 国资委) names
    where it is listed with a national body's name right before or after it (``standard``:
    the lexicon's names by where they stand, None for those that need a place): 商务部、
    发改委及证监会 -> 国家发展和改革委员会; else None (市商务局、发改委: the place's)."""
    national = [key for key, full in standard.items() if full is not None]
    beside = any(e == span.start - 1 for _, e in national) and text[span.start - 1] in _LIST_JOINS or (
        any(s == span.end + 1 for s, _ in national) and text[span.end:span.end + 1] in _LIST_JOINS)
    forms = _national_forms()
    return next((forms[o + name] for o in _NATIONAL_OPENINGS if o + name in forms), None) if beside else None


def _canonical(name: str, context: Context) -> str:
    """省X/市X resolved to the article's province or city; as written where the article
    does not say where it is set (a name of that article alone: ``model.relative``)."""
    if relative(name) and (place := relative_prefix(name, 0, context)):
        return place[1] + name[place[0]:]
    return name


# An organisation's name has a proper part: a word jieba's dictionary knows fewer times
# than this, or one it tags as a name (标准编写小组 has none), or a place the lexicon
# knows that the name opens with (莲花小学: 莲花 is a common word, and 莲花县's short
# name; on Boson's tuning part the build's organisation F1 0.477 -> 0.482, agencies
# 0.788 -> 0.794; CLUENER's the same). On the tuning parts this
# costs companies more than it saves, so it is asked of other organisations, and of an
# agency the recogniser is less sure of than 0.8 (CLUENER labels bare 警方 and 法院 as
# agencies, which the recogniser is sure of: asked of every agency, the build's agency F1
# on CLUENER's tuning part 0.710 -> 0.674): per type, the confidence below which it is asked.
# An organisation the recogniser is sure of (0.9 and up) needs none: a well-known short
# name jieba knows as a common noun (鞍钢) is a name. On the tuning parts, against asking
# it of every organisation, the build's organisation F1 0.701 -> 0.730 (CLUENER) and
# 0.487 -> 0.494 (Boson) from 0.9; 0.728 / 0.494 from 0.95, 0.730 / 0.492 from 0.8.
RARE = 60
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"})
UNSURE = 0.8  # an agency less sure than this needs a proper part, and no body just before it
SURE = 0.9  # an organisation less sure than this needs a proper part
NEEDS_PROPER = {EntityType.ORGANIZATION: SURE, EntityType.AGENCY: UNSURE}


def _has_proper_part(text: str, tokens: Tokens, start: int, end: int, frequency, tag) -> bool:
    """Whether a word of ``start``..``end`` is rare or a name in jieba's dictionary."""
    i = max(bisect_left(tokens.spans, (start, start)) - 1, 0)
    for s, e in tokens.spans[i:]:
        if s >= end:
            break
        if e > start:
            word = text[max(s, start):min(e, end)]
            if frequency(word) < RARE or tag(word) in PROPER_TAGS:
                return True
    return False


def _balanced(name: str) -> bool:
    """Whether every bracket the name opens it closes, and none it does not open."""
    depth = []
    for ch in name:
        if ch in _BRACKETS:
            depth.append(_BRACKETS[ch])
        elif ch in _BRACKETS.values() and (not depth or depth.pop() != ch):
            return False
    return not depth


def _names_no_body(name: str, start: int, text: str, places: dict[int, int]) -> bool:
    """Whether a recognised name (at ``start`` of ``text``) names something other than a
    body: a meeting or a session, a zone, a word ending in 局 that is no bureau, places
    with their count, or a name with a bracket it does not close."""
    return bool(_MEETING.search(name) or _ZONE.search(name) or _NO_BUREAU.search(name) or not _balanced(name)
                or (_SESSION.fullmatch(name) and text[start - 1:start] == "届")
                or _places_alone(start, start + len(name), text, places))


def indefinite_starts(text: str, tokens: Tokens) -> frozenset[int]:
    """Where each ``INDEFINITE`` word of ``text`` starts."""
    return frozenset(s for s, e in tokens.spans if text[s:e] in INDEFINITE)


def place_starts(hits) -> dict[int, int]:
    """Where each place among lexicon ``hits`` starts, and where the longest there ends."""
    places: dict[int, int] = {}
    for h in hits:
        if h.kind in ("place", "place_short"):
            places[h.start] = max(places.get(h.start, 0), h.end)
    return places


def _places_alone(start: int, end: int, text: str, places: dict[int, int]) -> bool:
    """Whether ``start``..``end`` is two or more places in a row (``places``: where a
    place the lexicon knows starts, and where its longest ends), then their count."""
    at, found = start, 0
    while places.get(at, end + 1) <= end:
        at, found = places[at], found + 1
    return found >= 2 and _COUNT.fullmatch(text, at, end) is not None


# A place, or a person who heads one, followed by the word for its government is one body
# of government (美国政府, 长沙警方, 台湾当局, 克林顿政府), as CLUENER, Boson and the
# GUIDELINES read it; the recogniser, trained mostly on MSRA, which leaves the 政府 of
# 中国政府 unlabelled after its place (717 times in its training part), gives the place
# alone, and less sure of it (邯郸 in 邯郸警方: 0.59). The rules know only a division the
# lexicon has and its (人民)政府 (agencies.tsv). Joined from the place's confidence
# ``JOINED`` up: on the tuning parts the build's agency F1 0.674 -> 0.701 (CLUENER) and
# 0.667 -> 0.716 (Boson), 0.694 / 0.696 from 0.8, 0.705 / 0.716 from 0.3; the seeds
# unchanged.
_GOVERNS = re.compile(r"(?:人民)?政府|当局|警方|军方")
JOINED = 0.5


def without_verb(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a person's of three characters cut before a speaker's 作 read into it
    (刘明作|政府工作报告 -> 刘明), which would else be joined to the 政府 after it, or
    before the surname again opening a form of address (王诚|王总)."""
    return [replace(s, end=s.end - 1) if s.label == "PERSON" and s.end - s.start == 3 and (
        delivers(text, s.end - 1) or addressed(text, s.start, s.end)) else s for s in spans]


# A name a notice withholds is its surname and 某 or 某某; what the recogniser reads on after
# it is the sentence's (王某|系从犯, 张某某|系无业人员), but for the mark telling two such
# names apart (王某甲, 王某乙).
_WITHHELD_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}?某某?(?![甲乙丙丁戊某])")


def without_copula(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a person's whose name is withheld cut where the withheld name ends."""
    out = []
    for s in spans:
        m = _WITHHELD_NAME.match(text, s.start, s.end) if s.label == "PERSON" else None
        out.append(replace(s, end=m.end()) if m is not None and m.end() < s.end else s)
    return out


def without_title(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a person's cut before a post or title read into its end where a name of
    two characters or more, not a surname alone, stands before it (黄庆学院士 -> 黄庆学;
    not 李冠军 or 欧阳冠军, names that end as a title does)."""
    out = []
    for s in spans:
        name = text[s.start:s.end]
        post = next(iter(POSTS.ending(name, len(name))), "") if s.label == "PERSON" else ""
        rest = name[:len(name) - len(post)]
        out.append(replace(s, end=s.end - len(post)) if post and len(rest) >= 2 and rest not in COMPOUND_SURNAMES
                   else s)
    return out


# A word of belonging inside a body's span: the owner named before it, the body after it
# (中国电子旗下|中电信创科技有限公司, X集团下属|Y公司).
_OWNED_BY = re.compile(r"旗下|下属")
MIN_OWNED = 4  # characters of the owned body's name at the least


def without_owner(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a body's read on from its owner across 旗下 or 下属 starting after that word."""
    out = []
    for s in spans:
        owned = _OWNED_BY.search(text, s.start + 2, s.end - MIN_OWNED) if s.label in _BODY_LABELS else None
        out.append(replace(s, start=owned.end()) if owned else s)
    return out


def without_former(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a body's cut before 原 (former) after a body's ending where a unit or a
    post follows it (省住建厅原党组|书记 -> 省住建厅: the body of a former post; not
    高等法院原讼法庭, where 原讼 is no former)."""
    out = []
    for s in spans:
        name = text[s.start:s.end] if s.label in _BODY_LABELS else ""
        at = next((i for i in range(1, len(name) - 1) if name[i] == "原" and name[i - 1] in BODY_ENDS
                   and name.startswith(_FORMER_OF, i + 1)), None)
        out.append(replace(s, end=s.start + at) if at is not None else s)
    return out


# The engineering bureaus of the central builders are firms, named by the group's short
# name, an ordinal or a trade and 局 (中建八局, 中铁十四局, 中交一公局, 中国铁建大桥局).
_BUILDERS = ("中国中铁", "中国铁建", "中国建筑", "中国交建", "中国电建", "中国能建", "中国中冶", "中国水电",
             "中铁", "中建", "中交", "中冶", "中电建", "中水电")
_BUILDERS_BUREAU = re.compile(f"(?:{'|'.join(_BUILDERS)})[\u4e00-\u9fff]{{0,5}}?局")


def builders_bureaus(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a body's that is a central builder's bureau, or that bureau less the first
    character of its group's short name (铁五局 of 中铁五局), relabelled a firm from the
    group's name on."""
    out = []
    for s in spans:
        bureau = _bureau_ending(text, s) if s.label in _BODY_LABELS and s.label != "COMPANY" else None
        out.append(replace(s, start=bureau, label="COMPANY") if bureau is not None else s)
    return out


def _bureau_ending(text: str, span: Tagged) -> int | None:
    """Where a central builder's bureau ending where ``span`` does starts, at the span's
    start or up to two characters before it; None where none does."""
    for at in range(span.start, max(span.start - 2, 0) - 1, -1):
        if (m := _BUILDERS_BUREAU.match(text, at)) and m.end() == span.end:
            return at
    return None


# A body's meeting read on from the body's name (省政府|常务会议研究部署…, 市委|全体会议): a
# meeting is no body (``_MEETING``); the body is what stands before it. Not the CPPCC
# (政治协商会议), nor a conference centre or an organisation named after meetings (会议中心,
# 伊斯兰会议组织).
_MEETING_OF = re.compile(r"(?:常务|全体|工作|办公|专题|党组|常委会|主任)?会议(?!中心|组织|室)")


def before_meetings(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a body's cut where a meeting of it is read into it, kept where what is
    left ends as a body does (省政府常务会议研究部署 -> 省政府), else dropped."""
    out = []
    for s in spans:
        name = text[s.start:s.end] if s.label in _BODY_LABELS else ""
        meeting = _MEETING_OF.search(name)
        if meeting is None or name[max(0, meeting.start() - 2):meeting.start()] == "协商":
            out.append(s)
        elif meeting.start() >= 2 and org_ending(name[:meeting.start()]) is not None:
            out.append(replace(s, end=s.start + meeting.start()))
    return out


# A preposition the recogniser reads into a body named by 省 or 市 after it (从|市人民医院).
_PREPOSITION_BEFORE = re.compile(r"[从在向对由到据为给跟同被把将与和及][省市]")
_PREPOSITION_INSIDE = re.compile(r"[从在向对由被把将][省市]")  # (not a conjunction: 省委和省政府)


# A new term's word the recogniser reads into the body after it (当选为新一届|省企业家协会会长).
_NEW_TERM = re.compile(r"新一[届任]")


def without_preposition(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a body's cut after a preposition it opens with where 省 or 市 follows
    (从市人民医院 -> 市人民医院: the city's hospital, named by 市 alone), or has inside it
    so (“冀时办”政务服务平台由|省政务服务管理办公室: what it is run by), or after a new
    term's word (新一届省企业家协会 -> 省企业家协会)."""
    out = []
    for s in spans:
        if s.label in _BODY_LABELS and s.end - s.start > 3:
            inner = [m for m in _PREPOSITION_INSIDE.finditer(text, s.start + 1, s.end - 3)]
            if _PREPOSITION_BEFORE.match(text, s.start):
                s = replace(s, start=s.start + 1)
            elif inner:
                s = replace(s, start=inner[-1].start() + 1)
            elif (term := _NEW_TERM.match(text, s.start)) and s.end - term.end() >= 2:
                s = replace(s, start=term.end())
        out.append(s)
    return out


def governments(spans: list[Tagged], text: str) -> list[tuple[Tagged, bool]]:
    """``spans``, each with whether it was joined: each place (or person) that the word
    for its government follows, and that no span continues, read as an agency over both,
    as confident as the place."""
    starts = {span.start for span in spans}
    found = []
    for span in spans:
        m = _GOVERNS.match(text, span.end) if span.label in ("PLACE", "PERSON") else None
        if m and span.end not in starts and (span.label == "PLACE" or m.group().endswith("政府")):
            found.append((Tagged(span.start, m.end(), "AGENCY", span.confidence), True))
        else:
            found.append((span, False))
    return found


# National bodies written one after another with nothing between them are as many bodies
# (中共中央办公厅国务院办公厅, 中办国办, 中共中央国务院: the joint issuers of national
# documents, so printed in headlines and datelines), which the recogniser reads as one.
_LEXICON_LABELS = {"agency": "AGENCY", "organization": "ORGANIZATION"}


def national_names(hits) -> dict[tuple[int, int], str]:
    """The label (AGENCY, ORGANIZATION) of each stretch that lexicon ``hits`` name a
    national body by (a name that needs no place before it)."""
    return {(h.start, h.end): _LEXICON_LABELS[h.kind] for h in hits
            if h.kind in _LEXICON_LABELS and "{place}" not in h.data}


def written_together(spans: list[Tagged], national: dict[tuple[int, int], str]) -> list[Tagged]:
    """``spans`` with each body that is not one national body's name but two or more
    written one after another (``national``: ``national_names``) split into them, each as
    confident as the span."""
    after: dict[int, list[int]] = {}
    for start, end in national:
        after.setdefault(start, []).append(end)

    def tiling(at: int, end: int) -> list[tuple[int, int]] | None:
        if at == end:
            return []
        for stop in sorted(after.get(at, ()), reverse=True):  # the longest name first
            if stop <= end and (rest := tiling(stop, end)) is not None:
                return [(at, stop), *rest]
        return None

    out = []
    for span in spans:
        parts = None
        if span.label in _BODY_LABELS and (span.start, span.end) not in national:
            parts = tiling(span.start, span.end)
        if parts is None or len(parts) < 2:
            out.append(span)
        else:
            out.extend(Tagged(s, e, national[s, e], span.confidence) for s, e in parts)
    return out


def recognised(spans: list[Tagged], text: str, context: Context,
               kinds: dict[str, EntityType] = KINDS, standard: dict[tuple[int, int], str | None] | None = None,
               proper=None, places: dict[int, int] | None = None,
               indefinite: frozenset[int] = frozenset()) -> list[Candidate]:
    """The recogniser's agencies, companies, organisations and people among ``spans``
    (those of ``kinds``); ``standard`` gives the lexicon's full name of a stretch that is
    a standard name of a national body (全国人大 -> 全国人民代表大会), or None where the
    stretch is a body's name that needs a place before it (人大, 公安局); ``places``,
    the lexicon's places (``place_starts``); ``indefinite``, where an ``INDEFINITE`` word
    starts."""
    standard = standard or {}
    places = places or {}
    found = []
    placeless = {key for key, name in standard.items() if name is None}
    body_ends = {s.end for s in spans if s.label in _BODY_LABELS}
    spans = at_joins(without_owner(without_former(without_title(without_verb(without_copula(spans, text), text), text),
                                                  text), text), text)
    spans = builders_bureaus(before_meetings(spans, text), text)
    for span, joined in governments(without_preposition(spans, text), text):
        name = text[span.start:span.end]
        # a body named by its level and what it does (县|农业技术推广中心, 县|职业技术教育中心): the
        # article's county's or city's own, taken from a strong ending's confidence
        level_led = (span.label in _BODY_LABELS and len(name) >= LEVEL_LED_LENGTH and relative(name)
                     and name[1] not in _WHERE_IN_LEVEL)
        if span.confidence < (JOINED if joined else MIN_CONFIDENCE.get(span.label, 1.0)) and not (
                (level_led or (span.label == "ORGANIZATION" and name.endswith(_STRONG_ENDINGS) and len(name) >= 4))
                and span.confidence >= STRONG_ENDING_CONFIDENCE):
            continue
        kind = kinds.get(span.label)
        if kind is None:
            continue
        if kind is EntityType.PERSON:
            if (not _NAME.fullmatch(name) or (len(name) == 2 and name[1] in SETTLEMENT) or name.endswith(ADDRESSES)
                    or name in COUNTRIES):
                continue  # 李村 (a village), 吴师傅 (a surname and a form of address), 马拉维 (a country),
                # as for the rules
            if _SITE_WORD.match(text, span.end):
                continue  # 胡杨林|景区, 人民公园: a site's name before the word for the site
            if pen_name(text, span.start, span.end):
                continue  # 通讯员 晋宣: a unit's pen name
            found.append(Candidate(kind, span.start, span.end, name, rank=RANK))
            continue
        # (the pattern ends the text before the span, and is at most three characters long)
        generic = _GENERIC_BEFORE.search(text, max(0, span.start - 3), span.start)
        if generic is not None and generic.group() == "所属" and (
                span.start in places or (proper is not None and proper(span.start, span.end))):
            generic = None  # 石家庄海关所属|石家庄机场海关, 深圳海关所属|皇岗海关: a unit named with its own
            # place or name (not 市政府所属部门)
        if (not _BODY.fullmatch(name) or name in _BARE or _BARE_ORGAN.fullmatch(name) or _GENERIC.match(name)
                or generic is not None):
            continue
        if _names_no_body(name, span.start, text, places):
            continue
        if name.endswith(_TEAM):
            continue  # X医院骨科专家团队, X大学科研团队: a team of a body, no body (the rules name its owner)
        if name.endswith(_BANK) and text.startswith(_BETWEEN, span.end):
            continue  # 上海银行间同业拆放利率: the interbank rate, no bank
        if any(span.start <= at < span.end for at in indefinite):
            continue  # a description: 上海一银行
        listed = None
        if (span.start, span.end) in placeless and (listed := _listed_nationally(name, span, text, standard)) is None:
            continue  # 人大, 公安局 with no place: the rules resolve the place where there is one
        if proper is not None and span.confidence < NEEDS_PROPER.get(kind, 0) and not (
                proper(span.start, span.end) or span.start < places.get(span.start, span.start) < span.end
                or (relative(name) and (level_led or relative_prefix(name, 0, context)))):
            continue  # no proper part: no rare word or name in it, no place it opens with (nor 省
            # or 市 for the article's province or city: 市第一人民医院)
        if kind is EntityType.AGENCY and span.confidence < UNSURE and span.start in body_ends:
            continue  # a unit named after its body, 河北医科大学第二医院|心内科, is no agency alone
        canonical = (listed or standard.get((span.start, span.end)) or _national(name, span, kind, standard)
                     or _canonical(name, context))
        decided = deciding_ending(name, UNDECIDED)
        if decided is not None and (len(name) - len(decided[1]) != 1 or name[0] in _LEVELS) and not (
                kind is EntityType.COMPANY and _BUILDERS_BUREAU.fullmatch(name)):
            kind = KINDS[decided[0]]  # (a level before the ending is no brand: 县|融媒体中心)
        if name.startswith(_SENT_BY_THE_CENTRE) and name.endswith(INSPECTION_TEAMS):
            kind = EntityType.AGENCY
        if kind is EntityType.AGENCY and (owner := _ORGANISATION_UNIT.search(name)) and owner.start() > 0:
            kind = EntityType.ORGANIZATION
        if board := _BOARD.search(name):  # a firm's board is the firm's, an organisation's the organisation's
            owner = org_type(name[:board.start()])  # (by its ending, or a listed firm's short name)
            kind = EntityType.COMPANY if "COMPANY" in (span.label, owner) else EntityType.ORGANIZATION
        if kind is EntityType.AGENCY and _FIRM_FORM.search(name):
            continue  # 中国某某集团有限公司总部: a firm's, named by the rules
        if _FIRM_UNIT.search(name):
            if span.label != "COMPANY":
                continue
            kind = EntityType.COMPANY
        found.append(Candidate(kind, span.start, span.end, canonical, rank=RANK))
    return found


# A Party or youth organ named after its body by the body's own word (校党委, 院党委,
# 局党组): the organ of the last body of that kind named before it in the article
# (河北大学 ... 校党委 -> 河北大学党委); with none named before, it names no body.
_ORGANS = ("党委", "党组", "党总支", "纪委", "团委")  # a body's own Party and youth organs
_BACK_REFERENCE = re.compile(f"(?P<head>[校院局厅])(?P<organ>{'|'.join(_ORGANS)})")
_HEAD_KINDS = {"校": ("大学", "学院", "学校", "中学", "小学"), "院": ("院",), "局": ("局",), "厅": ("厅",)}


def back_referenced(found: list[Candidate], kept: list[Candidate], text: str) -> list[Candidate]:
    """``found`` with each organ named by its body's word (``_BACK_REFERENCE``) renamed
    after that body, or dropped where no body of its kind is named before it."""
    bodies = sorted((c for c in kept + found if c.type in BODIES), key=lambda c: c.start)
    out = []
    for c in found:
        m = _BACK_REFERENCE.fullmatch(text, c.start, c.end) if c.type in BODIES else None
        if m is None:
            out.append(c)
            continue
        kinds = _HEAD_KINDS[m["head"]]
        owner = next((b for b in reversed(bodies) if b.end <= c.start and b.canonical.endswith(kinds)), None)
        if owner is not None:
            out.append(Candidate(EntityType.AGENCY, c.start, c.end, owner.canonical + m["organ"], rank=c.rank))
    return out


# A Party committee's department named after a post in the committee (市委常委、宣传部部长,
# 县委常委、政法委书记, 市委副书记兼政法委书记): the department is that committee's.
_PARTY_DEPARTMENT = re.compile(r"组织部|宣传部|统战部|统一战线工作部|政法委|政法委员会|社会工作部|办公室")
# 市委常委、组织部部长, 市委副书记兼政法委书记, 区委原常委、宣传部部长 (a former member's),
# 市委委员、常委、组织部部长 (the posts listed)
_MEMBER = re.compile(r"(?:原|前)?(?:(?:委员|常委|副书记)[、兼])+")
MEMBER_REACH = 12  # characters the posts listed before a department may take
_LEVEL_COMMITTEE = re.compile(r"[县区乡镇]委")  # with no place named, the article's own (县委常委、宣传部长)


def of_the_committee(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with each Party department written alone after ``_MEMBER`` named
    after the committee before it (邢台市委常委、组织部部长 -> 中共邢台市委组织部; 自治区党委
    常委、宣传部部长 -> 中共西藏自治区委员会宣传部; 县委常委、宣传部长 -> 县委宣传部, of the
    article's county as 县委 is)."""
    committees = {c.end: c for c in candidates if c.type is EntityType.AGENCY and (
        c.canonical.startswith("中共") and c.canonical.endswith(("委", "委员会"))
        or _LEVEL_COMMITTEE.fullmatch(c.canonical))}
    out = []
    for c in candidates:
        member = _MEMBER.search(text, max(0, c.start - MEMBER_REACH), c.start)
        owner = committees.get(member.start()) if member and member.end() == c.start else None
        if owner is not None and c.type is EntityType.AGENCY and _PARTY_DEPARTMENT.fullmatch(text, c.start, c.end):
            c = replace(c, canonical=owner.canonical + text[c.start:c.end])
        out.append(c)
    return out


# A body's own Party group or committee written alone after its head's post and 、 or 兼
# (省财政厅厅长、党组书记, 河北大学校长兼党委副书记): that body's, not a bare 党组 shared by every
# article; so is a court's or a procuratorate's own committee (X法院副院长、审判委员会委员).
_OWN_ORGAN = frozenset({"党组", "党委", "党总支", "党支部", "审判委员会", "检察委员会"})
_FORMER_OF = tuple(sorted(set(_UNITS) | set(_ORGANS) | TITLES))  # what a body's former post or unit opens with


def _body_before_post(text: str, at: int, bodies: dict[int, Candidate]) -> Candidate | None:
    """The body (of ``bodies``, by where each ends) right before a post that ends at ``at``."""
    return next((bodies[at - len(t)] for t in POSTS.ending(text, at) if at - len(t) in bodies), None)


def _body_before_posts(text: str, at: int, bodies: dict[int, Candidate]) -> Candidate | None:
    """The body a chain of posts joined by 、 or 兼 that ends at ``at`` is held in
    (市公安局党委委员、副局长 -> 市公安局党委)."""
    while (body := _body_before_post(text, at, bodies)) is None:
        post = next(iter(POSTS.ending(text, at)), None)
        if post is None or text[at - len(post) - 1:at - len(post)] not in _POSTS_JOINED:
            return None
        at -= len(post) + 1
    return body


_POSTS_JOINED = ("、", "兼")
# A unit's name the recogniser finds bare, with no place or country of its own before it,
# ending as a unit below its owner does: a team, an office, a section. Not a bureau, a
# department or a committee (民政事务局局长、政制事务局局长: two bureaus; 中央军委委员、
# 总政治部主任), nor a Party organ's secretariat (政治局常委、书记处书记): MSRA's test part
# names them alone, and its organisations fell 0.681 -> 0.679 (set-level) with them.
_LOWER_UNITS = ("办公厅", "办公室", "支队", "大队", "中队", "派出所", "中心", "处", "科", "室")
_OWN_UNIT = re.compile(f"(?![省市区县]|国家|中国|中央|全国|书记处)(?=..)[\u4e00-\u9fff]{{0,6}}"
                       f"(?:{'|'.join(_LOWER_UNITS)})")


def of_the_body(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with each bare Party organ after a body, a post and 、 named after
    that body (省财政厅厅长、党组书记 -> 河北省财政厅党组), and each bare unit the
    recogniser finds after a body and posts joined by 、 or 兼, after the body that holds
    the organ or unit (县公安局副局长、交警大队大队长 -> 阳曲县公安局交警大队; not
    县应急管理局局长、县消防救援大队, a body of the county's own); a bare Party organ right
    after a body and 原 (X局原党组书记) is that body's."""
    bodies = {c.end: c for c in candidates if c.type in BODIES}
    people = {c.end: c for c in candidates if c.type is EntityType.PERSON}
    out = []
    for c in candidates:
        name = text[c.start:c.end]
        if c.type is EntityType.AGENCY and text[c.start - 1:c.start] in _POSTS_JOINED:
            if name in _OWN_ORGAN:
                owner = _body_before_post(text, c.start - 1, bodies)
                if owner is None and (named := people.get(c.start - 1)) is not None:
                    owner = _body_before_post(text, named.start, bodies)  # X大学校长王某、党委副书记李某
            elif c.rank == RANK and c.canonical == name and _OWN_UNIT.fullmatch(name):
                owner = _body_before_posts(text, c.start - 1, bodies)
            else:
                owner = None
            if owner is not None:
                c = replace(c, canonical=_without_organ(owner.canonical) + name)
        elif (c.type is EntityType.AGENCY and name in _OWN_ORGAN and text[c.start - 1:c.start] in ("原", "前")
              and (owner := bodies.get(c.start - 1)) is not None):
            c = replace(c, canonical=_without_organ(owner.canonical) + name)  # X局原党组书记: X局's
        out.append(c)
    return out


# A unit of a body whose name joins two fields with 及, 与 or 和 (中国环境科学研究院|大气污染及防治
# 技术研究中心, 省水利厅|水资源及河湖管理处): the unit after the joining word is read on its own, the
# first field left between; the field is two to eight characters and holds no stop word.
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_FIELD_JOINS = frozenset("及与和")
_UNIT_END = ("中心", "处", "科", "室", "所", "实验室", "办公室", "研究院", "研究中心")


def of_two_fields(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with a unit named after a body, two fields joined in its name, read
    as one (中国环境科学研究院大气污染及防治技术研究中心, an organisation as the unit is)."""
    bodies = {c.end: c for c in candidates if c.type in BODIES}
    places = _place_names()
    joined: dict[int, Candidate] = {}  # the unit's start -> the whole
    for c in candidates:
        if c.type not in BODIES or not c.canonical.endswith(_UNIT_END) or c.start < 4 \
                or any(text[c.start:c.start + n] in places for n in range(2, 7)):
            continue  # (a body named with its own place is no unit: 某大学学生及河北省环境监测中心)
        if text[c.start - 1] not in _FIELD_JOINS:
            continue
        body = next((bodies[at] for at in range(c.start - 3, max(0, c.start - 10), -1) if at in bodies), None)
        field = text[body.end:c.start - 1] if body is not None else ""
        if body is None or not _FIELD.fullmatch(field) or any(w in field for w in STOP if len(w) > 1) \
                or field[0] in STOP or any(body.end <= x.start < c.start for x in candidates):
            continue  # (nor a name in the field: X公司总裁郁亮和英国建筑研究院)
        joined[c.start] = Candidate(c.type, body.start, c.end,
                                    body.canonical + text[body.end:c.start] + c.canonical, rank=c.rank)
    if not joined:
        return candidates
    merged = {(j.start, j.end) for j in joined.values()}
    return [joined.get(c.start, c) for c in candidates
            if c.start in joined or not any(s <= c.start and c.end <= e for s, e in merged)]


# A body's own Party committee or group written right after the body's name, before a
# post in it that is no post of the body's with it (X公司党委|副书记; 党委书记 is one post).
_OWN_ORGAN_POST = re.compile(r"(?P<organ>党委|党组)(?=副书记|常委)")
_LISTED_ORGAN = re.compile(r"、(?P<organ>党委|党组|党总支|党支部)(?=书记|副书记|常委|委员)")


def own_organs(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` and the Party committee or group each body has written right after its
    name before a deputy's or standing member's post, named after the body (X公司党委副书记,
    总经理 -> X公司党委, and the general manager's post is the firm's), or after one of its
    people listed with a post (X大学校长王某、党委副书记李某 -> X大学党委), where nothing is
    found there."""
    taken = bytearray(len(text) + 1)
    for c in candidates:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    organs = [Candidate(EntityType.AGENCY, c.end, m.end(), c.canonical + m["organ"], rank=RANK)
              for c in candidates if c.type in BODIES and (m := _OWN_ORGAN_POST.match(text, c.end))
              and not any(taken[c.end:m.end()])]
    # ... and written after the name of another of its people and 、 (X大学校长王某、党委副书记李某)
    bodies = {c.end: c for c in candidates if c.type in BODIES}
    for c in candidates:
        if (c.type is EntityType.PERSON and (m := _LISTED_ORGAN.match(text, c.end)) is not None
                and not any(taken[m.start("organ"):m.end()])
                and (body := _body_before_post(text, c.start, bodies)) is not None):
            organs.append(Candidate(EntityType.AGENCY, m.start("organ"), m.end(),
                                    _without_organ(body.canonical) + m["organ"], rank=RANK))
    if not organs:
        return candidates
    return sorted(candidates + organs, key=lambda c: (c.start, c.end))


def _without_organ(name: str) -> str:
    """A body's name without the Party organ it ends in (市公安局党委 -> 市公安局)."""
    return next((name.removesuffix(o) for o in _ORGANS if name.endswith(o) and len(name) > len(o) + 1), name)


# A body named by its word alone after a Party organ of the same place, a post and 、,
# which is that place's (the secretary heads both): the word, and the ending the place's
# name has (鲍店村党支部书记、村委会主任, 跃进社区党委书记、居委会主任,
# 仓前街道党工委书记、办事处主任, 综改区党工委书记、管委会主任).
_SAME_PLACE_BODIES = {word: (ending, kind) for words, ending, kind in (
    (("村民委员会", "村委会"), "村", EntityType.ORGANIZATION),  # self-governing, no organ of the state
    (("居民委员会", "居委会"), "社区", EntityType.ORGANIZATION),
    (("办事处",), "街道", EntityType.AGENCY),
    (("管理委员会", "管委会"), "区", EntityType.AGENCY)) for word in words}
_WORDS = {ending: tuple(w for w, (e, _) in _SAME_PLACE_BODIES.items() if e == ending)
          for ending, _ in _SAME_PLACE_BODIES.values()}  # the words for each place's body
_SAME_PLACE_BODY = re.compile(f"(?<=、)(?:{'|'.join(_SAME_PLACE_BODIES)})")
# ... the Party organ, by its canonical name: its place, and the organ
_PARTY_ORGAN = re.compile(r"(?:中共)?(?P<place>.+?)(?:党工委|工作委员会|党支部|党总支|党委)")


# A country's name and a dash before a body's name: the pair of countries the body joins.
_COUNTRY_DASH = re.compile("(?:" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + ")—$")
_COUNTRY_OPENS = re.compile("|".join(sorted(COUNTRIES, key=len, reverse=True)))


def of_two_countries(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with a body's name read back over a country's name and the dash
    before it, where the name opens with a country's too (印度—|中国友好协会, 中国—|
    印度尼西亚商会): named for the two countries it joins."""
    out = []
    for c in candidates:
        if (c.type in BODIES and _COUNTRY_OPENS.match(text, c.start)
                and (pair := _COUNTRY_DASH.search(text, max(0, c.start - 12), c.start))):
            c = replace(c, start=pair.start(), canonical=pair.group() + c.canonical)
        out.append(c)
    return out


def of_the_same_place(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` with a body named by its word alone after a Party organ, a post
    and 、 named after the organ's place (鲍店村党支部书记、村委会主任 -> 鲍店村村委会;
    仓前街道党工委书记、办事处主任 -> 仓前街道办事处; where the organ is named after the
    body itself, that body: X新区管理委员会党工委委员、管委会副主任): one person heads both."""
    organs = {c.end: c for c in candidates if c.type in BODIES}
    # where a name stands already (a bare body's word the recogniser found is renamed)
    taken = bytearray(len(text))
    for c in candidates:
        if c.canonical not in _SAME_PLACE_BODIES:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    named = {}
    for m in _SAME_PLACE_BODY.finditer(text):
        owner = _body_before_post(text, m.start() - 1, organs) if not any(taken[m.start():m.end()]) else None
        organ = _PARTY_ORGAN.fullmatch(owner.canonical) if owner is not None else None
        ending, kind = _SAME_PLACE_BODIES[m.group()]
        if organ is None:
            continue
        if organ["place"].endswith(_WORDS[ending]):  # the organ's own body: X管理委员会党工委委员、管委会副主任
            named[m.span()] = Candidate(kind, *m.span(), organ["place"], rank=RANK)
        elif organ["place"].endswith(ending) and organ["place"] != ending:
            named[m.span()] = Candidate(kind, *m.span(), organ["place"] + m.group(), rank=RANK)
    if not named:
        return candidates
    kept = [c for c in candidates if (c.start, c.end) not in named]
    return sorted(kept + list(named.values()), key=lambda c: (c.start, c.end))


def _protected(rule: Candidate, span: Candidate) -> bool:
    """Whether a rule's candidate stands against an overlapping recognised span: a
    programme or law (not one a body's name opens with), a place the span does not
    contain, a name with a withheld part that contains the span, a company or body the
    span would make a person, a name with a compound surname the span cuts short or a
    photo credit's 摄 read into, a firm's branch the span cuts in two, a body read from a
    lexicon template."""
    if rule.type in (EntityType.PROGRAM, EntityType.LAW):
        # (not where the span reads on from the programme to a body's ending: the body that
        # runs it, 京津冀协同发展|领导小组办公室)
        return not (span.type in BODIES and span.start <= rule.start and rule.end < span.end
                    and deciding_ending(span.canonical[len(span.canonical) - (span.end - rule.end):]) is not None)
    if rule.type is EntityType.PLACE:  # a place opening a body's name gives way: 太原|化工厂
        return not (span.start <= rule.start and rule.end <= span.end and span.type is not EntityType.PERSON)
    if rule.start <= span.start and span.end <= rule.end and WITHHELD_PART.search(rule.canonical):
        return True  # a name with a part withheld round it: 成都某某建材有限公司, not 建材有限公司
    if span.type is EntityType.PERSON and rule.type in BODIES and (rule.start, rule.end) == (span.start, span.end):
        return True  # a name the rules read as a firm's or a body's from its context: 华翔、智奇等4户企业
    if rule.type is span.type is EntityType.PERSON and span.start < rule.start and span.end == rule.end \
            and span.canonical[0] not in SURNAMES and not span.canonical.startswith(tuple(COMPOUND_SURNAMES)):
        return True  # the name stretched back over a character no surname is: 稿李某某, 据王某
    if rule.type is span.type is EntityType.PERSON and span.start == rule.start < span.end < rule.end \
            and rule.canonical.startswith(tuple(COMPOUND_SURNAMES)):
        return True  # a compound surname's name cut short (欧阳明|月): the recogniser's names are mostly of three
    if rule.type is span.type is EntityType.PERSON and span.start == rule.start and span.end == rule.end + 1 \
            and span.canonical.endswith("摄"):
        return True  # a photo credit's 摄 read into the name (记者 田野 摄)
    if rule.type is EntityType.COMPANY and span.type in BODIES and _firm_or_its_branch(rule, span):
        return True  # a firm's branch the span cuts at the firm's legal form: X股份有限公司|石家庄炼化分公司
        # (the branch alone read as an agency: X电网有限责任公司|广州供电局)
    # a body read from a lexicon template, unless the span names a unit of it (国务院|发展研究中心)
    # or is the same body with more of its name written before it (中国|国务院), or a body
    # of two parties joined by a dash (中国—东盟商务理事会)
    return rule.rank >= PROTECTED_RANK and not _names_a_unit(rule, span) and not (
        span.start < rule.start and span.end == rule.end and (span.type, span.canonical) == (rule.type, rule.canonical)
    ) and not _dash_joined(rule, span)


def _dash_joined(rule: Candidate, span: Candidate) -> bool:
    """Whether ``span`` names a body of two parties joined by a dash, ``rule`` the second
    (中国—|东盟|商务理事会), ending as a body does after it."""
    return (span.start < rule.start and rule.end < span.end and span.type in BODIES
            and span.canonical[rule.start - span.start - 1:rule.start - span.start] in _DASHES
            and (deciding_ending(rest := span.canonical[rule.end - span.start:]) is not None
                 or rest.endswith("理事会")))


_DASHES = frozenset("—–－-")


# A firm's branch, written after the firm's full name: X股份有限公司石家庄炼化分公司.
_BRANCH_ENDS = ("分公司", "分行", "支行", "分店", "供电局", "供电公司")


def _firm_or_its_branch(rule: Candidate, span: Candidate) -> bool:
    """Whether ``span`` is the firm alone or its branch alone, of a branch the rule names
    after the firm's full name, cut where the firm's legal form ends."""
    name = rule.canonical
    if not name.endswith(_BRANCH_ENDS) or (span.start, span.end) == (rule.start, rule.end):
        return False
    if span.start == rule.start and span.end < rule.end:
        firm = span.canonical
    elif span.end == rule.end and span.start > rule.start and name.endswith(span.canonical):
        firm = name[:len(name) - len(span.canonical)]
    else:
        return False
    return firm.endswith(("公司", "集团"))


# Two bodies read as one across the word that joins them, the next opening with its
# place's level (马尚街道|联合|区卫健局, 县人社局|联合|县总工会; 县教育局|和|县财政局 after a
# body's ending, not 马鞍山市和县, a county) ...
_JOINED_BODY = re.compile(f"(?:联合|会同|(?<=[{''.join(sorted(BODY_ENDS))}])[和与及])(?=[省市区县])")
# ... or the first ending in a body's ending (鹭江街道办事处|联合辖区派出所; not a federation's 联合会).
_JOINED_AFTER = re.compile(f"[{''.join(sorted(BODY_ENDS))}](?=(?:{'|'.join(JOIN_WORDS)})(?!会))")
# ... or a Party committee written right before its place's government, no word between
# (县委县政府, 邢台市委市政府: two bodies).
_WITH_GOVERNMENT = re.compile("(?<=[省市区县]委)(?=[省市区县](?:人民)?政府)")


def at_joins(spans: list[Tagged], text: str) -> list[Tagged]:
    """``spans``, a body's read across a join word split there: into both bodies where the
    next opens with its place's level (``_JOINED_BODY``: 县人社局联合县总工会 -> 县人社局,
    县总工会, which the rules do not find where no county is named), into the first alone
    where it ends in a body's ending and the next has no place (``_JOINED_AFTER``); a Party
    committee and its government written together into both (``_WITH_GOVERNMENT``)."""
    out = []
    for s in spans:
        name = text[s.start:s.end] if s.label in _BODY_LABELS else ""
        if s.end - s.start > 5 and JOINT_VERB.match(text, s.end - 3):
            out.append(replace(s, end=s.end - 3))  # 应急管理部|联合会商: bodies acting together
        elif joined := _JOINED_BODY.search(name):
            out += [replace(s, end=s.start + joined.start()), replace(s, start=s.start + joined.end())]
        elif joined := _JOINED_AFTER.search(name):
            out.append(replace(s, end=s.start + joined.end()))
        elif joined := _WITH_GOVERNMENT.search(name):
            out += [replace(s, end=s.start + joined.start()), replace(s, start=s.start + joined.end())]
        else:
            out.append(s)
    return out


# The levels a body's name opens with where its place goes unwritten (县人民医院).
_LEVELS = frozenset("省市区县")


# What says a body belongs to another, between their names (深圳海关所属皇岗海关, X集团下属Y公司);
# and a count opening what is owned (下属一家子公司, 所属两个分局), which names no unit
_OWNED = re.compile("所属|下属")
_COUNTED = re.compile("[一二两三四五六七八九十几多数]+[家个所座]|各")  # (not 三河发电有限责任公司)


def at_owners(spans: list[Tagged], text: str, edges: frozenset[int]) -> list[Tagged]:
    """``spans``, a body's read across 所属 or 下属 cut to the owner, and the unit it owns
    kept too where that has a name of its own, more than one word (``edges`` are the
    tokens'): 深圳海关所属皇岗海关 -> 深圳海关, 皇岗海关; X集团下属一家子公司, 中国科学院下属研究所
    -> the owner alone."""
    out = []
    for s in spans:
        owned = _OWNED.search(text, s.start + 2, s.end - 2) if s.label in _BODY_LABELS else None
        if owned is None:
            out.append(s)
            continue
        out.append(replace(s, end=owned.start()))
        if not _COUNTED.match(text, owned.end()) and any(owned.end() < e < s.end for e in edges):
            out.append(replace(s, start=owned.end()))
    return out


_SERVES = "任"  # a word of its own: 在X大学|任|Y学院院长 (jieba tags it a pronoun)
_SERVED_AT = BODY_ENDS | frozenset("学校司团行")  # ... after a body's ending (大学, 公司, 集团, 银行)


def at_verbs(spans: list[Tagged], text: str, tokens: Tokens) -> list[Tagged]:
    """``spans``, a body's read across a verb to a body that opens with its place's level,
    or across a verb no name holds (``STOP``), after a body's or a strong ending, split into
    both (the second none where it is a kind's ending alone): one body acting on the other
    (县卫健委|督促|县人民医院, 区政府|责成|区住建局), or with it (X医院|共建|医学工程联合实验室);
    the verb (a word jieba tags as one, of two characters or more) follows a body's ending.
    So is one read across the 任 of a post taken in it (在河北大学|任|经济学院院长)."""
    out = []
    for s in spans:
        k = bisect_left(tokens.spans, (s.start + 1, 0)) if s.label in _BODY_LABELS else len(tokens.spans)
        while k < len(tokens.spans) and tokens.spans[k][1] < s.end - 2:
            a, b = tokens.spans[k]
            if (((text[a - 1] in BODY_ENDS or text.endswith(_STRONG_ENDINGS, 0, a)) and b - a >= 2
                 and tokens.tags[k].startswith("v") and (text[b] in _LEVELS or text[a:b] in STOP))
                    or (text[a:b] == _SERVES and text[a - 1] in _SERVED_AT)):
                rest = text[b:s.end]
                bare = (ending := deciding_ending(rest)) is not None and ending[1] == rest
                out += [replace(s, end=a)] + ([] if bare else [replace(s, start=b)])
                break  # (no body of its kind alone: X大学|成立|研究院 founds one, unnamed)
            k += 1
        else:
            out.append(s)
    return out


# What says a joining verb opening a span is the sentence's: an adverb or a conjunction
# right before it (将|联合, 并|联合), jieba's d and c.
_BEFORE_JOINING = frozenset({"d", "c"})


def after_joining_verb(spans: list[Tagged], text: str, tokens: Tokens) -> list[Tagged]:
    """``spans``, a body's that opens with a joining verb (``JOIN_WORDS``, jieba's one word)
    after an adverb or a conjunction, started after the verb: 将|联合|电子科技大学共建… is
    电子科技大学 (not 联合证券有限责任公司 opening a clause, nor 联合国, one word)."""
    if not any(word in text for word in JOIN_WORDS):
        return spans
    out = []
    for s in spans:
        k = bisect_left(tokens.spans, (s.start, 0))
        if (s.label in _BODY_LABELS and 0 < k < len(tokens.spans) and tokens.spans[k][0] == s.start
                and text[s.start:tokens.spans[k][1]] in JOIN_WORDS and tokens.spans[k][1] < s.end - 1
                and tokens.tags[k - 1] in _BEFORE_JOINING and tokens.spans[k - 1][1] == s.start):
            s = replace(s, start=tokens.spans[k][1])
        out.append(s)
    return out


def without_trailing_verb(spans: list[Tagged], text: str, tag) -> list[Tagged]:
    """``spans``, a body's cut before a verb of two characters read into its end where
    what is left ends as an agency or organisation does, by a body's ending or one of two
    characters or more, and the whole does not, or by that verb alone (太原海关|监管进出口
    货物 -> 太原海关, jieba reading 海关监管 as one word; X省分会|组织企业 -> X省分会, 组织
    an organisation's ending too). ``tag`` is jieba's tag of a word; a firm's name keeps its
    end (阿里巴巴集团控股), as a league's (冠军|联赛)."""
    out = []
    for s in spans:
        name = text[s.start:s.end] if s.label in _BODY_LABELS else ""
        if len(name) > 4 and tag(name[-2:]) in ("v", "vn"):
            left = deciding_ending(name[:-2])
            cut = left is not None and left[0] != "COMPANY" and (len(left[1]) > 1 or left[1] in BODY_ENDS)
            if (whole := deciding_ending(name)) is not None:  # (世界卫生组织 stays)
                cut = whole[1] == name[-2:] and (cut or name[-3] in BODY_ENDS)
            if cut:
                s = replace(s, end=s.end - 2)
        out.append(s)
    return out


# The endings of a unit's name (科, 处, 室 ...) that a person's name read by the recogniser has
_UNIT_ENDS = frozenset("科处室局部办组队站司所")


def without_units_as_people(spans: list[Tagged], text: str, frequency, tag) -> list[Tagged]:
    """``spans`` less a person's of three characters that is a unit's name: a common word
    (not a name in jieba's dictionary) and a unit's ending (呼吸|科主任张某, 财务|处)."""
    return [s for s in spans if not (
        s.label == "PERSON" and s.end - s.start == 3 and text[s.end - 1] in _UNIT_ENDS
        and frequency(text[s.start:s.end - 1]) >= COMMON and not tag(text[s.start:s.end - 1]).startswith("nr"))]


def at_legal_forms(spans: list[Tagged], text: str, tokens: Tokens) -> list[Tagged]:
    """``spans`` with a body's that reads on past a firm's full legal form into what the
    firm does ended at the form (X有限公司|投资建设新厂: the firm)."""
    return [replace(s, end=firm) if s.label in _BODY_LABELS
            and (firm := past_legal_form(text, tokens, s.start, s.end)) is not None else s for s in spans]


def without_deeds(spans: list[Tagged], text: str, tokens: Tokens) -> list[Tagged]:
    """``spans`` less a body's that ends in what is done to a factory, one word to jieba
    (在沧州|建厂, 在昆山投资|设厂): a place and a deed, no firm."""
    return [s for s in spans if not (s.label in _BODY_LABELS and factory_deed(text, s.end, tokens.edges))]


def without_straddling(spans: list[Tagged], tokens: Tokens) -> list[Tagged]:
    """``spans`` less a short body's (two or three characters) that opens inside one word
    and ends inside the next: 未批|先建|行为 holds no 建行, the short name of a bank (but
    但鲁美人, one word jieba did not know, may hold 鲁美)."""
    return [s for s in spans if not (s.label in _BODY_LABELS and s.end - s.start <= 3
                                     and s.start not in tokens.edges and s.end not in tokens.edges
                                     and any(e in tokens.edges for e in range(s.start + 1, s.end)))]


# What joins one body to another in a sentence, which no unit's name opens with.
_JOINS = re.compile(r"联合|会同|携手|以及|[和与及同、并]")
# A verb or adverb that ends a name (组织, 开展, 全面: the stop words of two characters or
# more), which no unit's name opens with and goes on past, unless the whole is a unit (组织部).
_NO_UNIT_OPENING = tuple(sorted(w for w in STOP if len(w) >= 2))


def _names_a_unit(rule: Candidate, span: Candidate) -> bool:
    """Whether a recognised body's name opens with the rule's body's and what follows
    ends as a body or a unit does (国务院|发展研究中心, 文化和旅游部|党组; not 国务院|总理):
    on the tuning parts the build's agency F1 0.716 -> 0.741 on Boson
    (国家体育总局小球运动管理中心, 荣县法院团支部), 0.701 -> 0.695 on CLUENER
    (文化和旅游部党组, where CLUENER labels the ministry alone)."""
    if not (span.type in BODIES and span.start == rule.start and rule.end < span.end):
        return False
    rest = span.canonical[rule.end - span.end:]
    if _JOINS.match(rest):
        return False  # another body joined to it: 温州市教育局|联合市财政局
    if any(rest.startswith(w) and len(rest) > len(w) for w in _NO_UNIT_OPENING) and rest not in _UNITS:
        return False  # what the body does: 省人民医院|组织医疗队驰援 (not 欧佩克|组织, a name's ending)
    return ((rest.endswith(_UNITS) and not rest.endswith("公司")) or rest.endswith(INSPECTION_TEAMS)
            or deciding_ending(rest) is not None)


_PLACE_LED = (EntityType.COMPANY, EntityType.ORGANIZATION)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Every division's name and short name."""
    return frozenset(n for d in divisions() for n in (d.name, d.short) if n)


_BRAND = re.compile(r"[A-Za-z]{2,}")


def _opens_a_name(stretch: str, tag: Callable[[str], str]) -> bool:
    """Whether ``stretch`` opens a firm's name before the rest: a place's name, a brand, or
    one word jieba's dictionary holds as a proper name (国家电网, nz; 中国移动, nt)."""
    return stretch in _place_names() or _BRAND.fullmatch(stretch) is not None or tag(stretch) in ("nt", "nz")


def fused(recognised: list[Candidate], kept: list[Candidate],
          tag: Callable[[str], str] = lambda word: "") -> list[Candidate]:
    """The rules' candidates and the recogniser's together: a recognised span replaces the
    rule candidates it overlaps unless one of them is protected (a document or law, a
    place it does not contain, a body read from a lexicon template that the span does not
    name a unit of); a unit's name begins with its body's canonical name. ``tag`` gives a
    word's tag in jieba's dictionary."""
    rules = sorted(kept, key=lambda c: (c.start, c.end))  # they overlap no other
    starts = [c.start for c in rules]
    dropped: set[int] = set()
    added = []
    for span in sorted(recognised, key=lambda c: c.start):
        first = max(bisect_left(starts, span.start) - 1, 0)
        clash = [i for i in range(first, bisect_left(starts, span.end))
                 if i not in dropped and rules[i].end > span.start]
        if any(_protected(rules[i], span) for i in clash):
            continue
        # a unit of a template's body is named after the body's full name: 省发展改革委|党组
        # -> 河北省发展和改革委员会党组 (the body's own name as its other mentions have it)
        body = next((rules[i] for i in clash if rules[i].rank >= PROTECTED_RANK and _names_a_unit(rules[i], span)),
                    None)
        if body is not None:
            span = replace(span, canonical=body.canonical + span.canonical[body.end - span.end:])
        # a firm's name with a part withheld that the span reads on from inside: its branch
        # (石家庄某某餐饮管理有限公司|桥西分店), named from the firm's start
        withheld = next((rules[i] for i in clash if rules[i].start < span.start < rules[i].end < span.end
                         and rules[i].type is span.type and WITHHELD_PART.search(rules[i].canonical)), None)
        if withheld is not None:
            span = replace(span, start=withheld.start,
                           canonical=withheld.canonical + span.canonical[withheld.end - span.end:])
        # a firm's or an organisation's name the rules read from a place's name, a brand in
        # Latin letters or a proper name the span left out (辛集|东明皮革有限公司,
        # OPPO|广东移动通信有限公司, 国家电网|河北省电力有限公司): named from there
        placed = next((rules[i] for i in clash if rules[i].start < span.start and rules[i].end == span.end
                       and rules[i].type is span.type and span.type in _PLACE_LED
                       and _opens_a_name(rules[i].canonical[:span.start - rules[i].start], tag)), None)
        if placed is not None:
            span = replace(span, start=placed.start,
                           canonical=placed.canonical[:span.start - placed.start] + span.canonical)
        dropped.update(clash)
        added.append(span)
    return [c for i, c in enumerate(rules) if i not in dropped] + added


@component("recogniser", requires=("tokens", "hits"), assigns=("spans",), batch=True)
def recogniser(shared: Shared):
    """The trained recogniser's labelled spans, a whole page decoded at once."""
    def run(docs: list[Doc]) -> None:
        if shared.model is None:
            return
        tagged = shared.model.tag_many([(d.text, d.tokens, d.hits) for d in docs])
        for doc, spans in zip(docs, tagged, strict=True):
            doc.spans = spans
    return run


def named_after_places(found: list[Candidate], text: str, prefixes: PlacePrefixes) -> list[Candidate]:
    """``found``, an agency named as written that opens with places named as a template's
    body is (``bodies.PlacePrefixes``): 贵州省遵义市红花岗区教育体育局 and 红花岗区教育体育局
    are both 遵义市红花岗区教育体育局, one body however the text writes its places. Where the
    last place is written by its short name (枣庄|团市委) the name stays as written."""
    out = []
    for c in found:
        if (c.type is EntityType.AGENCY and c.canonical == text[c.start:c.end]
                and (place := prefixes.starting_at(c.start)) and place[0] < c.end
                and text[place[0] - 1] == place[1][-1]):
            c = replace(c, canonical=place[1] + text[place[0]:c.end])
        out.append(c)
    return out


# Which finder's switch a recognised type follows: --disable people leaves no person.
FINDER = {"AGENCY": "bodies", "COMPANY": "bodies", "ORGANIZATION": "bodies", "PERSON": "people"}


@component("recognised", requires=("spans", "kept", "context", "hits", "tokens"), assigns=("kept",))
def fuse(shared: Shared):
    """The recogniser's agencies, companies, organisations and people, fused with the
    rules' candidates (a type only where its finder, bodies or people, is on)."""
    kinds = {label: kind for label, kind in KINDS.items() if FINDER[label] in shared.stages}

    def run(doc: Doc) -> None:
        standard = {(h.start, h.end): (None if "{place}" in h.data else h.data) for h in doc.hits
                    if h.kind in ("agency", "organization")}
        spans = written_together(doc.spans, national_names(doc.hits))
        spans = at_verbs(at_owners(spans, doc.text, doc.tokens.edges), doc.text, doc.tokens)
        spans = after_joining_verb(spans, doc.text, doc.tokens)
        spans = without_trailing_verb(spans, doc.text, shared.segmenter.tag)
        spans = without_units_as_people(spans, doc.text, shared.segmenter.frequency, shared.segmenter.tag)
        spans = at_legal_forms(without_deeds(without_straddling(spans, doc.tokens), doc.text, doc.tokens), doc.text,
                               doc.tokens)
        found = recognised(spans, doc.text, doc.context, kinds, standard,
                           lambda s, e: _has_proper_part(doc.text, doc.tokens, s, e, shared.segmenter.frequency,
                                                         shared.segmenter.tag), place_starts(doc.hits),
                           indefinite_starts(doc.text, doc.tokens))
        found = named_after_places(found, doc.text, PlacePrefixes([c for c in doc.kept if c.type is EntityType.PLACE]))
        kept = fused(back_referenced(found, doc.kept, doc.text), doc.kept, shared.segmenter.tag)
        # names read from the bodies around them, in turn
        for named in (without_codes, of_the_committee, of_the_body, of_the_same_place, own_organs,
                      of_two_countries, of_two_fields):
            kept = named(kept, doc.text)
        doc.kept = kept
    return run
