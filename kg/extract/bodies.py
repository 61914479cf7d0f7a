"""Agencies, organisations and companies.

Three rules, from most to least certain:
1. A body's standard name after a place: 省应急管理厅, 太原市迎泽区消防救援大队,
   中共山西省委宣传部; the canonical name comes from the lexicon's template, with 省 and
   市 resolved to the article's province and city. Units named after a body are added
   (市公安局政治部警察训练处, 教育部高等教育司); a national agency right before one of a place names its
   office there (国家税务总局浙江省税务局); a national organisation's name before 中央
   or a place and 委(员)会 names its committee (民进中央, 民革山西省委会), before a place
   and a branch word its branch (中国科学院武汉分院).
2. A clause that opens with 省 or 市 and ends with a body word: 省推动...工作领导小组.
3. A name ending with a legal form or an institution word, read leftwards to the
   nearest punctuation or stop word: 山西华兴铝业有限公司, 太原理工大学.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection

from ..lexicon import sections, templates
from ..lexicon.divisions import Division, by_code, by_name
from ..model import EntityType, Mention, PlaceLevel, relative
from ..segment import Tokens
from .base import (
    ACTING_TAGS,
    CJK,
    JOINT_VERB,
    MAX_NAME,
    STOP,
    TITLES,
    WITHHELD_PART,
    Candidate,
    Context,
    extend_left,
    extend_right,
    split_items,
)
from .doc import Doc
from .gazetteer import Hit
from .places import BODY_ENDS, SUBDISTRICT_BODY
from .registry import Shared, component

SUBUNITS = tuple(sections()["subunit"])
# Units some bodies have besides those every body has: a court's divisions (民二庭, 刑事审判
# 第一庭, 立案庭), circuit courts (第三巡回法庭), people's tribunals (X人民法庭) and enforcement
# bureau; a county bureau's stations in its towns (第一税务所, 建北市场监督管理所, 城关司法所).
OWN_UNITS = {"法院": ("法庭", "庭", "执行局"), "税务局": ("税务所", "税务分局"), "税务总局": ("税务所", "税务分局"),
             "市场监督管理局": ("市场监督管理所", "市场监管所"), "司法局": ("司法所",), "财政局": ("财政所",)}
INDUSTRY = frozenset(sections()["industry"])
_ORDINAL = re.compile(r"第?[一二三四五六七八九十]{1,4}届$")
# 全省/各市 before a body name make it generic: 各市市场监管局 is no one body.
_GENERIC_BEFORE = frozenset("全各本该我外每其")
# ... but for the article's own (我市公安局, 本市教育局, 免去其市交通运输局副局长职务: the
# article's city), and for the place named last (该市生态环境局).
_OWN = frozenset("我本其")
THAT = "该"
# A kind of division, no one place: 各省辖市人民政府, 县级市政府 (a city of a county's rank).
_CLASSES = ("省辖市", "地级市", "县级市", "设区市", "设区的市")
# The levels a body's name opens with where its place goes unwritten (区农业农村局).
_LEVELS = frozenset("省市区县")
# A level's word that is the end of a common word, no place: 长乐社区|党委, 某超市|党支部.
_ENDS_A_WORD = frozenset({"社区", "小区", "园区", "景区", "校区", "片区", "辖区", "街区", "厂区", "营区", "库区",
                          "山区", "牧区", "林区", "灾区", "湾区", "城市", "超市", "都市", "门市", "集市", "夜市"})
_GENERIC_OPENING = re.compile(r"(?:全|本|我)[国省市县区乡镇]|各|该|有关|相关")
# A rank alone before a body's ending: 省级重点实验室, 国家级示范合作社, 国家重点实验室 are
# kinds of body, as are a grade's (国家一级博物馆, 三级医院) (not 国家博物馆, one museum:
# CLUENER's and Boson's organisations lost it).
_KIND_BY_RANK = re.compile(r"(?:国家|省部|省|市|县|区)[一二三]?级(?:重点|示范)?|国家重点|[一二三]级")
_STRONG_AGENCY = re.compile(
    r"(?:(?<=[,，、。;；:：“(（\n])|^)(?P<prefix>自治区|[省市])(?P<body>[\u4e00-\u9fff]{2,20})"
    r"(?P<suffix>领导小组办公室|领导小组|委员会办公室|工作委员会|委员会|指挥部)"
)
# Weak endings (公司, 厂, 集团, 医院 ...) need a proper name before them: a place, a
# word that is rare in jieba's dictionary (中车, 巍阁), or a name withheld as a notice
# withholds a party's (某某纸业公司; not 某茶业集团, a firm described), not 污水处理厂 or
# 学校医院 (the corpora and the seeds as they were); nor
# 综合性大学 or 私立大学, kinds of university (大学 among them: on Boson's tuning part the
# build's organisation F1 0.485 -> 0.488, CLUENER's and the seeds' as they were).
WEAK = frozenset({"公司", "集团", "厂", "工厂", "总厂", "医院", "学校", "中学", "小学", "学院", "大学",
                  "联合会", "协会", "学会", "基金会", "商会", "促进会", "联盟", "中心",
                  "研究中心", "分中心", "实验室", "试验基地", "科学试验基地", "检验所", "合作社", "融媒体中心",
                  "卫生服务中心"})
# A shop, a station, a farm or a mine whose name a notice withholds (沧州某某商场, 某某大药房,
# 某某家庭农场, 某某煤矿; not 某某矿区, a place, nor 某某矿业, a firm's trade before its legal form) is a firm,
# as a party to a penalty. Named in full it is as often a place where something happens (在慈湖
# 宾馆, 南白象加油站附近), which the corpora do not label: with these endings among the company
# forms the tuning sum fell 1.2937 -> 1.2926.
_WITHHELD_SHOP = re.compile(r"(?:某某|XX|xx|××)[\u4e00-\u9fff]{0,6}?"
                            r"(?:大药房|药房|超市|商场|加油站|诊所|门诊部|经营部|门市部|批发部|服务部|维修部|修理部|养殖场|农场|牧场|宾馆|饭馆|餐馆|网吧|"
                            r"工作室|农家乐|店|厂(?![家区房])|银行|矿(?![业区])|采石场|搅拌站)")
# A firm's branch at a place, named after both: 某某银行|石家庄|分行, X股份有限公司|邢台|分行,
# a grid firm's X电网有限责任公司|广州|供电局.
_FIRM_BRANCH = re.compile(r"中心支行|分行|支行|分公司|营业部|分店|供电局|供电公司|供电分公司")
RARE = 60
# Institutions a province or city has one of, named after it by 省 or 市 alone (省图书馆,
# 市人民医院).
OWN_INSTITUTIONS = frozenset({"图书馆", "博物馆", "美术馆", "科技馆", "档案馆", "文化馆", "群众艺术馆",
                              "融媒体中心", "电视台", "广播电台", "人民医院", "中心医院", "中医院"})
# A body word whose last character makes a common word with the next one is no body
# word there (文旅部|门), unless the next one opens a common word of its own (市场监管局|部署).
BINDS = 1000
# International bodies: 联合国教科文组织, 世界卫生组织.
_INTERNATIONAL = re.compile(r"(?:联合国|世界|国际)[\u4e00-\u9fff]{1,10}?组织")


class PlacePrefixes:
    """Which place names end where: 太原市迎泽区 ends at 迎泽区's end, as one prefix;
    and where the longest that starts somewhere ends. A town listed after another of its
    county, or named again on its own, is written after the divisions the article wrote
    before it there: 涉县井店镇、偏城镇 (涉县偏城镇), 涉县井店镇…井店镇党委 (中共涉县井店镇委)."""

    def __init__(self, places: list[Candidate] | list[Mention]) -> None:
        by_end: dict[int, tuple[int, str]] = {}
        above: dict[str, str] = {}  # a town's name -> the divisions first written before it
        listed: dict[int, str] = {}  # a town's end -> the same, for the town listed after it
        for place in sorted(places, key=lambda c: c.start):
            before = by_end.get(place.start)
            written = "" if before is None else before[1]
            if place.level is PlaceLevel.TOWN:
                written = written or above.get(place.canonical) or listed.get(place.start - 1, "")
                if written:
                    above.setdefault(place.canonical, written)
                listed[place.end] = written
            by_end[place.end] = (place.start if before is None else before[0], _opening(place, written))
        self.by_end = by_end
        self.by_start: dict[int, tuple[int, str]] = {}
        for end, (start, name) in sorted(by_end.items()):  # the longest last
            self.by_start[start] = (end, name)

    def ending_at(self, offset: int) -> tuple[int, str] | None:
        return self.by_end.get(offset)

    def starting_at(self, offset: int) -> tuple[int, str] | None:
        """The longest place prefix that starts at ``offset``: (where it ends, its full name)."""
        return self.by_start.get(offset)


def _opening(place: Candidate | Mention, before: str) -> str:
    """The name a body's name opens with where ``place`` ends its places, those written
    before it giving ``before``: one name however the text writes it, so that 迎泽区消防救援
    大队, 太原市迎泽区消防救援大队 and 区消防救援大队 in a 迎泽区 article are one body. A
    district's is after the division above it (太原市迎泽区: districts' names repeat from city
    to city, 鼓楼区, 朝阳区), a county's, a city's or a province's is its own (正定县人民政府,
    not 石家庄市正定县人民政府: a county's name is the country's one county of that name), a
    town's after what is written before it."""
    division = by_code().get(place.code or "")
    if place.level is PlaceLevel.DISTRICT and division and division.name == place.canonical:
        return division_opening(division)
    if place.level in (PlaceLevel.DISTRICT, PlaceLevel.COUNTY, PlaceLevel.CITY, PlaceLevel.PROVINCE):
        return place.canonical
    return before + place.canonical


def division_opening(division: Division) -> str:
    """A district's or county's name as its bodies' names open with it: a district's after
    the division above it (宜昌市夷陵区), a county's its own (远安县)."""
    parent = by_code().get(division.parent or "") if division.level is PlaceLevel.DISTRICT else None
    return (parent.name if parent else "") + division.name


def resolve_char(char: str, context: Context) -> str | None:
    """省 or 市 as the article's province or city, by full name (州 as its city where that is
    an autonomous prefecture); 区, 县 or 旗 (a banner, Inner Mongolia's county) as the
    district or county it is set in, as ``division_opening`` names it; None where unknown."""
    if char == "省" and context.province:
        return context.province.name
    if char == "市" and context.city:
        return context.city.name
    if char == "州" and context.city and context.city.name.endswith("自治州"):
        return context.city.name  # an autonomous prefecture's paper: 州教育局
    if char in ("区", "县", "旗") and context.county and context.county.name.endswith(char):
        return division_opening(context.county)
    return None


# An autonomous region's own bodies are named after 自治区 as a province's are after 省
# (自治区党委, 自治区财政厅 in a Xinjiang paper).
REGION = "自治区"
# Its press also writes its Party committee 区党委 (区党委办公厅, 区党委宣传部): a district's
# is 区委, never 区党委, so this 区 is the region wherever the article names a district.
REGION_COMMITTEE = "区党委"


def relative_prefix(text: str, at: int, context: Context) -> tuple[int, str] | None:
    """The place a body's name names by its level alone from ``at`` (省, 市, 区 or 县, or
    自治区, and the 区 of 区党委, where the article is set in an autonomous region): (where that word ends, the
    place's full name); None where it names no place the article says it is set in."""
    province = context.province
    if text.startswith(REGION, at):
        return (at + len(REGION), province.name) if province and province.name.endswith(REGION) else None
    if text.startswith(REGION_COMMITTEE, at) and province and province.name.endswith(REGION):
        return at + 1, province.name
    name = resolve_char(text[at:at + 1], context)
    return (at + 1, name) if name else None


# What joins a body to the one before it: 株洲市市场监管局联合|市公安局.
# (or what it acts on: X市纪委监委对|市Y局, X区纪委监委给予|区Y局副局长王某…处分; or where
# it is stationed: X市纪委监委派驻|市Y局纪检监察组)
_JOINED = re.compile(r"(?:联合|会同|和|与|及|、|对|给予|派驻|驻)$")
# A person's second post after their first and 、: the 市 of 廊坊市委宣传部部长、|市文明办主任
# or 邢台市副市长、|市公安局局长 is the first body's or place's.
_AFTER_POST = re.compile("(?:" + "|".join(sorted(TITLES, key=lambda t: (-len(t), t))) + ")、$")


def _posts_before(text: str, at: int) -> int | None:
    """Where the posts listed right before ``at``, each with its 、, begin (市委|委员、常委、
    组织部): the body or place they are held in ends there; None where no post is."""
    start = None
    while post := _AFTER_POST.search(text, max(0, at - 8), at):
        start = at = post.start()
    return start


def _prefix(text: str, start: int, prefixes: PlacePrefixes, context: Context,
            placed: dict[int, str] | None = None) -> tuple[int, str] | None:
    """The place a body name at ``start`` belongs to: (where it starts, its full name).
    A leading 省 or 市 is the article's province or city, or, right after a body of a
    named place that joins it (``placed``: such bodies' places by where they end), that
    place's: 株洲市市场监管局联合市公安局 is 株洲's police in an article set in 长沙."""
    if m := _ORDINAL.search(text, max(0, start - 6), start):
        start = m.start()  # 省十四届人大
    if found := prefixes.ending_at(start):
        begin, name = found
        if text[max(0, begin - 2):begin] == "中共":
            begin -= 2
        return begin, name
    begin = start - len(REGION) if text.endswith(REGION, 0, start) else start - 1
    if begin >= 1 and (found := prefixes.ending_at(begin)) and found[1].endswith(text[begin:start]):
        return found  # 平山县县委, 邯郸市市委: the place written before its level's word is its own
    if begin >= 1 and text[begin - 1] == THAT and (name := pointed_back(prefixes, text[begin], begin)):
        return begin, name  # 邢台市…该市生态环境局: the city named last
    if begin >= 0 and (name := _joined_place(text, begin, placed or {}, prefixes)
                       or ((found := relative_prefix(text, begin, context)) and found[1])):
        if begin >= 1 and ((text[begin - 1] in _GENERIC_BEFORE and text[begin - 1] not in _OWN)
                           or text[begin - 1:begin + 1] in _ENDS_A_WORD or text.endswith(_CLASSES, 0, begin + 1)):
            return None
        return begin, name
    return None


def pointed_back(prefixes: PlacePrefixes, level: str, before: int) -> str | None:
    """The full name of the last place of ``level`` (省, 市, 区 or 县) named before
    ``before``: the place 该市, 该县 point back to."""
    if level not in _LEVELS:
        return None
    for end in sorted((e for e in prefixes.by_end if e < before), reverse=True):
        name = prefixes.by_end[end][1]
        if (cut := name.rfind(level)) > 0:
            return name[:cut + 1]
    return None


def _joined_place(text: str, at: int, placed: dict[int, str], prefixes: PlacePrefixes) -> str | None:
    """The province, city, district or county (by the 省, 市, 区 or 县 at ``at``) of the
    body that a join word links to it, where that body's place names one (兴庆区市场监督
    管理局联合区消防救援大队); for 该局 (该委, 该厅) there, of the last such body before it
    that ends as it does. After a post and 、, of the body or the place the post is held in."""
    char = text[at:at + 1]
    if char not in ("省", "市", "区", "县"):
        return None
    if (posts := _posts_before(text, at)) is not None:
        held = _held_at(posts, placed, prefixes)
        cut = held.rfind(char) if held else -1
        return held[:cut + 1] if cut > 0 else None
    if (place := placed.get(at)) is not None:  # 邢台市委市政府: a body written right after another
        cut = place.rfind(char)
        return place[:cut + 1] if cut > 0 else None
    if not (m := _JOINED.search(text, max(0, at - 2), at)):
        return None
    place = placed.get(m.start())
    if place is None and text[max(0, m.start() - 2):m.start() - 1] == "该":
        # 该局联合市公安局: 该局 is the last body before it of a named place ending in 局
        place = next((placed[end] for end in sorted(placed, reverse=True)
                      if end < m.start() - 2 and text[end - 1] == text[m.start() - 1]), None)
    if place is None:
        place = _opened_by_place(text, m.start(), prefixes)
    cut = place.rfind(char) if place else -1
    return place[:cut + 1] if cut > 0 else None


def _opened_by_place(text: str, end: int, prefixes: PlacePrefixes) -> str | None:
    """The place that opens the body whose name ends at ``end``, where no lexicon template
    read that body (衡水市桃城区|河东街道办事处联合区消防救援大队: 衡水市桃城区): the
    place prefix nearest before ``end`` inside an unbroken name that ends as a body does."""
    if text[end - 1:end] not in BODY_ENDS:
        return None
    for at in range(end - 2, max(0, end - MAX_NAME), -1):
        if (found := prefixes.ending_at(at)) is not None:
            return found[1]
        if not CJK.match(text[at - 1:at]):
            return None
    return None


def _listed_after(text: str, at: int, placed: dict[int, str], prefixes: PlacePrefixes) -> tuple[int, str] | None:
    """The place of a body named without one at ``at``, right after a body of a named place
    and a join word (唐山市财政局、教育局: the city's too), or right after a post held at a
    named place or body and 、 (唐山市副市长、公安局局长): (``at``, the place's full name)."""
    if (join := _JOINED.search(text, max(0, at - 2), at)) and join.start() in placed:
        return at, placed[join.start()]
    if (posts := _posts_before(text, at)) is not None and (held := _held_at(posts, placed, prefixes)):
        return at, held
    return None


def _held_at(end: int, placed: dict[int, str], prefixes: PlacePrefixes) -> str | None:
    """The place of the body or place whose name ends at ``end`` (a post held there follows)."""
    return placed.get(end) or (p[1] if (p := prefixes.ending_at(end)) else None)


def _template_bodies(text: str, tokens: Tokens, hits: list[Hit], prefixes: PlacePrefixes,
                     context: Context, frequency: Callable[[str], int]) -> list[Candidate]:
    found = []
    national: dict[int, Candidate] = {}  # national agencies by where they end
    placed: dict[int, str] = {}  # bodies of a named place: the place, by where they end
    # where a body needing a place starts: one written right after another is no unit of it
    next_bodies = {h.start for h in hits if h.kind in ("agency", "organization") and "{place}" in h.data}
    # ... and where such a body's name begins, its place's level before it: no body reads on into it
    begins = next_bodies | {s - 1 for s in next_bodies if text[s - 1:s] in _LEVELS}
    for hit in hits:
        if hit.kind not in ("agency", "organization"):
            continue
        template: str = hit.data
        if (frequency(text[hit.end - 1:hit.end + 1]) > BINDS and prefixes.starting_at(hit.end) is None
                and frequency(text[hit.end:hit.end + 2]) <= BINDS):
            continue  # 文旅部门 is not 文旅部: 部门 is a word; 国家税务总局长沙市 has 长沙市, 市场监管局|部署 部署
        kind = EntityType.AGENCY if hit.kind == "agency" else EntityType.ORGANIZATION
        if "{place}" not in template:
            if frequency(text[hit.start:hit.end + 1]) and hit.end not in tokens.edges:
                continue  # 民进党 is not 民进 (中国民主促进会): the name and the next character are a
                # word, and read as one (not 水利部|长江水利委员会, where 水利部长 is a word too)
            if hit.start in tokens.edges or not CJK.match(text[hit.start - 1: hit.start]):
                found.append(_committee(text, hit, template, kind, prefixes, context)
                             or _branch(text, hit, template, kind, prefixes)
                             or _national_unit(text, tokens, hit, template, kind, frequency, begins))
                if kind is EntityType.AGENCY:
                    national[found[-1].end] = found[-1]
            continue
        # the press writes a place's Party committee 党委 too (自治区党委宣传部, 县党委)
        written_from = hit.start - 1 if template.startswith("中共") and text[hit.start - 1:hit.start] == "党" \
            else hit.start
        where = _prefix(text, written_from, prefixes, context, placed)
        if where is None and hit.start in placed:
            where = hit.start, placed[hit.start]  # 省纪委监委: the 监委 is the province's too
        if where is None:
            where = _listed_after(text, hit.start, placed, prefixes)
        if where is None:
            if (level := _level_alone(text, tokens, hit, kind, frequency, begins)) is not None:
                found.append(level)  # 县政府 with no county named: the article's own
            continue
        begin, place = where
        canonical = _at_level(template, place).format(place=place)
        if template.startswith("中共") and text[max(0, begin - 3):begin] == "共青团":
            kind, begin, canonical = EntityType.ORGANIZATION, begin - 3, f"共青团{place}委"
        elif (template == "中共{place}委" and hit.start - begin == 1 and text[begin - 1:begin] == "团"
              and begin - 1 in tokens.edges):
            # 团市委 (not 集团|市委); after a city's name, that city's (临沂团市委), not the article's
            begin, place = prefixes.ending_at(begin - 1) or (begin - 1, place)
            kind, canonical = EntityType.ORGANIZATION, f"共青团{place}委"
        end = hit.end if hit.end in next_bodies else extend_right(text, tokens, hit.end, _units_of(template),
                                                                  frequency, stops=begins)
        canonical += text[hit.end:end]
        found.append(Candidate(kind, begin, end, canonical, rank=2))
        placed[end] = place
        if kind is EntityType.AGENCY and (above := national.get(begin)) is not None:
            # a national agency's office at a place, named after both: 国家税务总局|浙江省税务局
            found.append(Candidate(kind, above.start, end, above.canonical + canonical, rank=2))
    return found


_EVERY_BEFORE = re.compile(f"[{''.join(sorted(_GENERIC_BEFORE))}][省市县区乡镇级]?、?$")


def _level_alone(text: str, tokens: Tokens, hit: Hit, kind: EntityType, frequency: Callable[[str], int],
                 begins: Collection[int]) -> Candidate | None:
    """A district's or county's body named by its level alone where the article names no
    one district or county (县委、县政府, 区人大), or a province's or city's where it says
    nowhere what province or city it is set in (市政府, 省政府办公厅): the body as written,
    its unit read on (县政府办公室, not the short form 县政府办 cut off inside it), which is its
    article's alone (``relative``); not 丰华县|政府 (a county the divisions do not know), nor every
    county's (全县政府系统, 各市、县人民政府). On the tuning parts Boson's 区政府 is found;
    held out, MSRA and People's Daily each lose one point to a 县委、县政府 where their
    scheme leaves 政府 unlabelled (``corpora.GENERIC_BODY``)."""
    begin = hit.start - 1
    if begin < 0 or text[begin] not in "省市区县" or not _word_starts(text, tokens, begin, frequency) \
            or not relative(text[begin:hit.end]):
        return None
    if _EVERY_BEFORE.search(text, max(0, begin - 3), begin) or (begin and text[begin - 1:begin + 1] in _ENDS_A_WORD):
        return None
    if hit.end not in tokens.edges:
        return None  # 县政府办|公室: a short form cut off inside the full one
    end = extend_right(text, tokens, hit.end, _units_of(hit.data), frequency, stops=begins)
    return Candidate(kind, begin, end, text[begin:end], rank=1)


# Words that glue to a level's character where jieba's HMM cuts a stretch it does not
# know: 记者从|省水利厅 is cut 从省|水利厅.
_GLUED_BEFORE = frozenset("从向在到赴由经对据与和及将把被给为于让跟请")


def _word_starts(text: str, tokens: Tokens, at: int, frequency: Callable[[str], int]) -> bool:
    """A word starts at ``at``, or would but for a preposition or conjunction glued to
    it into a word the dictionary does not know (从省, 向市)."""
    return at in tokens.edges or (
        at >= 1 and text[at - 1] in _GLUED_BEFORE and at - 1 in tokens.edges and at + 1 in tokens.edges
        and not frequency(text[at - 1:at + 1]))


# A province's court is its high court: 省法院 is 河南省高级人民法院 (no province has a
# plain 人民法院).
_PROVINCIAL = {"{place}人民法院": "{place}高级人民法院"}


SPECIAL_REGION = "特别行政区"


def _at_level(template: str, place: str) -> str:
    """The template a body takes at ``place``'s level of division."""
    if place.endswith(SPECIAL_REGION):
        return template.replace("人民政府", "政府", 1)  # 香港特别行政区政府: no people's government
    division = by_name().get(place)
    if division is not None and division.level is PlaceLevel.PROVINCE:
        template = _PROVINCIAL.get(template, template)
        if place.endswith(REGION) and template.startswith("中共{place}委"):
            # no region's Party committee is called 自治区委 (it is 自治区党委 in the press):
            # 中共西藏自治区委员会, 中共西藏自治区委员会宣传部
            template = template.replace("{place}委", "{place}委员会", 1)
    return template


# A national body's committee: at its centre (民进中央, 九三学社中央委员会) or at a place
# after its name (民革山西省委会, 民盟太原市委, 民建省委员会).
_CENTRAL = re.compile(r"中央(?:委员会)?")
_COMMITTEE = re.compile(r"委员会|委会|委")


def _committee(text: str, hit: Hit, template: str, kind: EntityType, prefixes: PlacePrefixes,
               context: Context) -> Candidate | None:
    """The committee of the body ``template`` names that follows its name at ``hit``, if
    one does: its central committee, or its committee of the place after the name."""
    if m := _CENTRAL.match(text, hit.end):
        return Candidate(kind, hit.start, m.end(), f"{template}中央委员会", rank=2)
    place = prefixes.starting_at(hit.end)
    if place is None:
        place = relative_prefix(text, hit.end, context)
    if place is not None and (m := _COMMITTEE.match(text, place[0])):
        return Candidate(kind, hit.start, m.end(), f"{template}{place[1]}委员会", rank=2)
    return None


# A national body's branch at a place, named after both as written: 中国科学院|长沙|分院,
# 中国人民银行|长沙|中心支行.
_BRANCH = re.compile(r"中心支行|分院|分会|分行|支行|分中心|分局|分公司|分所|分校")


def _branch(text: str, hit: Hit, template: str, kind: EntityType, prefixes: PlacePrefixes) -> Candidate | None:
    """The branch of the body ``template`` names at the place right after its name at
    ``hit``, if a branch word follows the place."""
    place = prefixes.starting_at(hit.end)
    if place is not None and (m := _BRANCH.match(text, place[0])):
        return Candidate(kind, hit.start, m.end(), template + text[hit.end:m.end()], rank=2)
    return None


def _national_unit(text: str, tokens: Tokens, hit: Hit, template: str, kind: EntityType,
                   frequency: Callable[[str], int], stops: Collection[int] = ()) -> Candidate:
    """A national body, with the unit of it named right after it (教育部高等教育司,
    国家发展改革委财政金融司: the canonical keeps the unit as written); not over the name of a
    body of a place (``stops``: where such names begin), its office at that place."""
    end = (extend_right(text, tokens, hit.end, _units_of(template), frequency, stops=stops)
           if kind is EntityType.AGENCY else hit.end)
    return Candidate(kind, hit.start, end, template + text[hit.end:end], rank=2)


def _units_of(template: str) -> tuple[str, ...]:
    """What ends the name of a unit of the body named by ``template``."""
    return SUBUNITS + next((units for kind, units in OWN_UNITS.items() if template.endswith(kind)), ())


def _strong_agencies(text: str, context: Context) -> list[Candidate]:
    found = []
    for m in _STRONG_AGENCY.finditer(text):
        place = relative_prefix(m["prefix"], 0, context)
        if place and not any(w in m["body"] for w in "的和与及，"):
            name = place[1] + m["body"] + m["suffix"]
            found.append(Candidate(EntityType.AGENCY, m.start(), m.end(), name, rank=1))
    return found


def _place_led(start: int, end: int, prefixes: PlacePrefixes) -> bool:
    """Whether a place's name opens ``start``..``end``: 太原 in 太原化工厂."""
    return any((p := prefixes.ending_at(e)) and p[0] == start for e in range(start + 2, min(end, start + 12)))


def _is_proper(text: str, start: int, end: int, prefixes: PlacePrefixes,
               tokens: Tokens, frequency: Callable[[str], int]) -> bool:
    if _place_led(start, end, prefixes):
        return True
    first = max(bisect_left(tokens.spans, (start, start)) - 1, 0)
    words = []
    for s, e in tokens.spans[first:]:
        if s >= end:
            break
        if start < e <= end:
            words.append(text[max(s, start):e])  # (鑫农 of 了鑫农: a name begun inside a word)
    # a rare word, or a part withheld as notices withhold a party's name (某某纸业公司)
    return any(CJK.match(w) and (frequency(w) < RARE or WITHHELD_PART.fullmatch(w)) for w in words)


# "One" and the measure word of a firm or an institution: what follows describes one.
_MEASURES = frozenset({"一家", "一所", "一座"})


def _after_measure(text: str, tokens: Tokens, at: int) -> bool:
    """Whether the word right before ``at`` is one of ``_MEASURES`` (一家, 一所)."""
    i = bisect_left(tokens.spans, (at, at)) - 1
    return 0 <= i and tokens.spans[i][1] == at and text[tokens.spans[i][0]:at] in _MEASURES


def _post_after(text: str, tokens: Tokens, at: int) -> bool:
    """Whether the rest of the word that ``at`` falls in is a post: jieba reads an
    institution's ending and the post after it as one word (中学教师, 医院院长, 大学教授)."""
    i = bisect_left(tokens.spans, (at, at)) - 1
    return 0 <= i and tokens.spans[i][0] < at < tokens.spans[i][1] and text[at:tokens.spans[i][1]] in TITLES


MAX_TRADE = 6  # characters of the longest title a trade before a firm's ending is read as (律师|事务所)


_STOP_VERBS = tuple(sorted(w for w in STOP if len(w) > 1))  # (not 有 of 有限公司)
# What is done to a factory, one word with its 厂 (设厂, 建厂, 办厂, 迁厂, 进厂, 出厂).
_TO_FACTORY = frozenset("设建办迁进出返驻入回")
_NEW = "新"  # (a new factory: 新工厂, 新厂)


def factory_deed(text: str, end: int, edges: frozenset[int]) -> bool:
    """Whether what ends at ``end`` is a deed done to a factory, one word with its 厂 to
    jieba (在沧州|建厂, 投资|设厂), or a new factory (在厦门投资建设|新|工厂): no firm's name
    ends there."""
    if text[end - 1:end] == "厂" and text[end - 2:end - 1] in _TO_FACTORY and end - 2 in edges:
        return True
    word = next((w for w in ("工厂", "厂") if text.endswith(w, 0, end)), "")
    at = end - len(word)
    return bool(word) and text[at - 1:at] == _NEW and at - 1 in edges and at in edges


def _place_opening(hits: list[Hit], prefixes: PlacePrefixes, context: Context) -> Callable[[int], bool]:
    """Whether a place's name opens a body's at an offset: one the article names, or the
    short name of a division of the article's province (辛集某某皮革有限公司 in Hebei: 辛集,
    a verb to jieba, is no place of the article before a name; not 比如, a county in Tibet)."""
    province = context.province.code[:2] if context.province else None
    shorts = frozenset(h.start for h in hits if h.kind == "place_short" and h.data.code[:2] == province)
    return lambda at: at in shorts or prefixes.starting_at(at) is not None


# A firm's full legal form: a name reads on past it only into a unit of the firm
# (X钢铁有限公司炼铁厂, X集团有限公司华北油田分公司), never into what the firm does.
_LEGAL_FORM = re.compile("股份有限公司|有限责任公司|有限公司|股份公司|株式会社")


def past_legal_form(text: str, tokens: Tokens, start: int, end: int) -> int | None:
    """Where a firm's name ends whose full legal form a name from ``start`` to ``end``
    reads on past into a deed, a verb or a stop word opening what follows (X有限公司|投资建设新厂,
    X有限公司|新建工厂), else None."""
    after = max((m.end() for m in _LEGAL_FORM.finditer(text, start, end)), default=None)
    if after is None or after >= end:
        return None
    i = bisect_left(tokens.spans, (after, after))
    if i == len(tokens.spans) or tokens.spans[i][0] != after:
        return None
    word = text[after:tokens.spans[i][1]]
    return after if tokens.tags[i] in ACTING_TAGS or word in STOP else None


def _suffix_bodies(text: str, tokens: Tokens, hits: list[Hit], prefixes: PlacePrefixes,
                   context: Context, frequency: Callable[[str], int],
                   place_at: Callable[[int], bool]) -> list[Candidate]:
    found = []
    for hit in hits:
        if hit.kind not in ("suffix:company", "suffix:organization"):
            continue
        if (hit.end not in tokens.edges and CJK.match(text[hit.end:hit.end + 1])
                and not _post_after(text, tokens, hit.end)):
            continue
        start = extend_left(text, tokens, hit.start, trade_titles=True, place_at=place_at)
        # a town's or subdistrict's name, and the places before it, where the word the name
        # begins in opens inside that name (万州区龙都|街道社区|卫生服务中心: jieba's 龙|都 stop it)
        start = next((prefixes.by_end[e][0] for e in range(start + 1, hit.start)
                      if e in prefixes.by_end and prefixes.by_end[e][0] < start), start)
        if ((own := relative_prefix(text, start, context)) and text[own[0]:hit.end] in OWN_INSTITUTIONS
                and text[start - 1:start] not in _GENERIC_BEFORE):
            # 省图书馆, 市融媒体中心: the province's or city's own, by its standard name with the
            # place resolved, as a lexicon template's (so ranked: 省人民医院|组织医疗队 is no unit)
            found.append(Candidate(EntityType.ORGANIZATION, start, hit.end, own[1] + text[own[0]:hit.end], rank=2))
            continue
        if hit.start - start < 2 or JOINT_VERB.match(text, hit.start):
            continue  # (应急管理部联合会商: no federation)
        if past_legal_form(text, tokens, start, hit.start) is not None:
            continue  # X有限公司投资建设新厂: the firm's name ended at its legal form
        if hit.data == "厂" and text[hit.start - 1] == "工" and not _place_led(start, hit.start, prefixes):
            continue  # 灯塔工厂, U型井工厂: kinds of factory; 太原化工厂 is one firm
        if hit.data == "厂" and factory_deed(text, hit.end, tokens.edges):
            continue  # 在昆山投资|设厂, 建厂, 迁厂: what is done to a factory (one word to jieba), none named
        if (place := prefixes.starting_at(start)) and text.startswith(_STOP_VERBS, place[0]):
            continue  # 在无锡扩建工厂: what is done at a place (jieba reads 扩建工厂 as one word)
        if text[start:hit.start] in INDUSTRY:
            continue  # 科技有限公司 (of 杭州某某科技有限公司): a trade word is no name
        if _GENERIC_OPENING.match(text, start, hit.start):
            continue  # 全县各乡镇卫生院, 本市各医院: every one of a kind, no one body
        if (rank := _KIND_BY_RANK.match(text, start)) and rank.end() >= hit.start:  # (国家|重点实验室)
            continue  # 认定省级重点实验室12家, 国家级示范合作社: a kind by its rank, no one body
        if hit.data in WEAK and not _is_proper(text, start, hit.start, prefixes, tokens,
                                               frequency):
            continue
        trade = next((text[at:hit.start] for at in range(max(start, hit.start - MAX_TRADE), hit.start - 1)
                      if text[at:hit.start] in TITLES), None)
        if trade is not None and not _is_proper(text, start, hit.start - len(trade), prefixes, tokens, frequency):
            continue  # 境内会计师事务所: a kind of firm, its trade (a title) no name
        if (hit.data in WEAK and _after_measure(text, tokens, start) and not _place_led(start, hit.start, prefixes)
                and not WITHHELD_PART.search(text, start, hit.start)):
            continue  # 开办了一家农产品电商公司: a firm described, not named (not 一个宁夏大学的学生)
        kind = EntityType.COMPANY if hit.kind == "suffix:company" else EntityType.ORGANIZATION
        end = _firm_branch(text, hit.end, prefixes) if kind is EntityType.COMPANY else hit.end
        found.append(Candidate(kind, start, end, text[start:end], rank=0))
    for m in _INTERNATIONAL.finditer(text):
        found.append(Candidate(EntityType.ORGANIZATION, m.start(), m.end(), m.group(), rank=0))
    return found


# 培育华翔、智奇等4户企业 / 成功招引晶科能源等一批旗舰企业 / 京安集团、陕西路达等企业 / 联合美团、
# 京东等平台企业: the members of a list of firms, counted or not, or of a kind of them (not
# trades: 医药制剂、日用玻璃等领域企业).
_FIRM_LIST = re.compile(r"(?P<items>[^,，。;；:：“”]{2,40}?)等(?:(?:\d+|[一二三四五六七八九十两]+|一批|多)"
                        r"(?:户|家|个)?[^,，。;；、]{0,4}?|知名|平台|龙头|头部|骨干|互联网|电商)?(?:企业|公司)")
_LEAD_VERB = re.compile(r"^.*(?:招引|培育|引进|支持|推动|鼓励|带动|吸引|包括|组织|联合|会同|携手|邀请|有"
                        r"|(?:该|本|我|全)[省市县区镇])")
# A word of time opening the first item: 今年|京安集团、骄阳电器等企业
_LEAD_TIME = re.compile(r"^(?:今年|去年|目前|近年来|近日|此外|其中|同时)")
# A brand before an industry word is a place-like or rare word, never one of these.
_PREPOSITIONS = frozenset("对与和向把被在从由将为及")
TRADE_TAGS = frozenset({"n", "vn", "v", "a", "an", "b"})
_NOT_BRAND = frozenset({"中国", "全国", "国家", "我国", "全省", "全市", "本省", "本市"})
# A round or generation before a trade word, no brand: 新一轮|电子消费券, 新一代|电子信息
_NEXT_ONE = re.compile("[新上下这那每]一")


def _withheld_shops(text: str, prefixes: PlacePrefixes) -> list[Candidate]:
    """沧州某某商场, 某某大药房: a shop whose name is withheld, with the place named right
    before it (not 在县城|某某加油站); never ending inside a place's name (韦某某来到小店区:
    小店区 is a district)."""
    found = []
    for m in _WITHHELD_SHOP.finditer(text):
        if any(m.start() < at < m.end() < end for at, (end, _) in prefixes.by_start.items()):
            continue
        place = prefixes.ending_at(m.start())
        start = place[0] if place else m.start()
        end = _firm_branch(text, m.end(), prefixes)
        found.append(Candidate(EntityType.COMPANY, start, end, text[start:end], rank=0))
    return found


def _firm_branch(text: str, end: int, prefixes: PlacePrefixes) -> int:
    """Where a firm's name ending at ``end`` ends with its branch at the place named right
    after it (某某银行石家庄分行), else ``end``."""
    place = prefixes.starting_at(end)
    if place is not None and (m := _FIRM_BRANCH.match(text, place[0])):
        return m.end()
    return end


_SUBDISTRICT_BODY = re.compile(f"(?<=街道)(?:{SUBDISTRICT_BODY.pattern})")


def _subdistrict_bodies(text: str, tokens: Tokens, prefixes: PlacePrefixes) -> list[Candidate]:
    """A subdistrict's office and its Party working committee after the subdistrict's name:
    千峰南路街道办事处 (街道办 too), 千峰南路街道党工委."""
    found = []
    for m in _SUBDISTRICT_BODY.finditer(text):
        if m.end() not in tokens.edges:
            continue  # 街道|办理
        if (place := prefixes.ending_at(m.start()) or _named_before(text, m.start() - 2, prefixes)) is None:
            continue  # no subdistrict before it
        start, opening = place
        name = f"中共{opening}工作委员会" if m.group() == "党工委" else f"{opening}办事处"
        found.append(Candidate(EntityType.AGENCY, start, m.end(), name, rank=2))
    return found


def _named_before(text: str, at: int, prefixes: PlacePrefixes) -> tuple[int, str] | None:
    """The subdistrict a bare 街道 at ``at`` opening a clause refers to (…桥东街道办事处开展活动。
    街道党工委书记刘某出席): the one subdistrict named before it, as (``at``, its name)."""
    if CJK.match(text[at - 1:at]) or not text.startswith("街道", at):
        return None  # (各街道, 全区街道: every one)
    named = {name for end, (_, name) in prefixes.by_end.items() if end <= at and name.endswith("街道")}
    return (at, named.pop()) if len(named) == 1 else None


def _listed_firms(text: str, tag: Callable[[str], str]) -> list[Candidate]:
    """华翔、智奇等4户企业: the items are firms when they are names, not trades
    (钢铁、焦化等100余家企业): a trade is an industry word, or a word jieba's dictionary
    knows as a common noun, verb or adjective."""
    found: list[Candidate] = []
    if "等" not in text or ("企业" not in text and "公司" not in text):
        return found
    for m in _FIRM_LIST.finditer(text):
        for start, item in split_items(m["items"], m.start("items")):
            if lead := _LEAD_VERB.match(item):
                item, start = item[lead.end():], start + lead.end()
            if lead := _LEAD_TIME.match(item):
                item, start = item[lead.end():], start + lead.end()
            if item in INDUSTRY or tag(item) in TRADE_TAGS:
                continue
            if 2 <= len(item) <= 8 and CJK.fullmatch(item[0]) and CJK.fullmatch(item[-1]):
                found.append(Candidate(EntityType.COMPANY, start, start + len(item), item, rank=0))
    return found


def _branded_firms(text: str, tokens: Tokens, hits: list[Hit], prefixes: PlacePrefixes,
                   frequency: Callable[[str], int]) -> list[Candidate]:
    """锦波生物, 星原钢铁, 晶科能源: a brand right before a trade word."""
    found = []
    for hit in hits:
        if hit.kind != "suffix:industry" or hit.start not in tokens.edges:
            continue
        if hit.end not in tokens.edges and CJK.match(text[hit.end:hit.end + 1]):
            continue
        i = bisect_left(tokens.spans, (hit.start, hit.start)) - 1
        if i < 0 or tokens.spans[i][1] != hit.start:
            continue
        s, e = tokens.spans[i]
        brand, tag = text[s:e], tokens.tags[i]
        if tag == "" and len(brand) >= 3 and brand[0] in _PREPOSITIONS:
            brand, s = brand[1:], s + 1  # jieba's HMM glues 对 to a new word: 对星原
        if not (2 <= len(brand) <= 3 and all(CJK.fullmatch(ch) for ch in brand)) or brand in _NOT_BRAND \
                or _NEXT_ONE.match(brand):
            continue
        # Brands are words the dictionary does not know (锦波, 晶科) or proper nouns that
        # are no division (泰山); a rare common noun (快件物流, 种业科技) is an industry.
        if tag == "" or (tag in ("ns", "nz", "nt") and prefixes.ending_at(e) is None):
            found.append(Candidate(EntityType.COMPANY, s, hit.end, text[s:hit.end], rank=0))
    return found


# The owner before a project's figures: 一道新能源10GW光伏电池生产基地, 新昇300mm硅片.
_BEFORE_FIGURE = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,6}?)(?:年产)?\d+(?:\.\d+)?(?:mm|GW|MW|万吨|吨|亿)")


def project_owners(text: str, tokens: Tokens, projects: list[Candidate],
                   prefixes: PlacePrefixes) -> list[Candidate]:
    """The company a listed project is named after: the words before its figures, or a
    leading brand the dictionary does not know, after an optional place (朔州新耀)."""
    found = []
    for p in projects:
        name = text[p.start:p.end]
        if m := _BEFORE_FIGURE.match(name):
            found.append(Candidate(EntityType.COMPANY, p.start, p.start + m.end("owner"), m["owner"]))
            continue
        i = bisect_left(tokens.spans, (p.start, p.start))
        end = p.start
        if i < len(tokens.spans) and tokens.spans[i][0] == p.start and prefixes.ending_at(tokens.spans[i][1]):
            end, i = tokens.spans[i][1], i + 1  # a place first: 朔州
        if (i < len(tokens.spans) and tokens.spans[i][0] == end and tokens.tags[i] == ""
                and 2 <= tokens.spans[i][1] - end <= 4):
            found.append(Candidate(EntityType.COMPANY, p.start, tokens.spans[i][1],
                                   text[p.start:tokens.spans[i][1]]))
    return found


# The CPPCC committee of a place as its full title writes it, the place inside and the
# term before it: 政协(第十三届)河北省委员会 (the term is no part of the body's name, as
# for 省十四届人大).
_CPPCC = re.compile(r"政协(?:第?[一二三四五六七八九十]{1,4}届)?")


def _cppcc_committees(text: str, prefixes: PlacePrefixes) -> list[Candidate]:
    found = []
    for m in _CPPCC.finditer(text):
        if (place := prefixes.starting_at(m.end())) and text.startswith("委员会", place[0]):
            found.append(Candidate(EntityType.AGENCY, m.start(), place[0] + 3,
                                   f"中国人民政治协商会议{place[1]}委员会", rank=2))
    return found


# A commission for discipline inspection's group stationed in a body: one body of the
# commission, named with the body it is stationed in (省纪委监委驻省交通运输厅纪检监察组,
# 中央纪委国家监委派驻教育部纪检监察组), not a group of that body.
_STATIONED = re.compile(r"派?驻")
_GROUP = re.compile(r"纪检监察组|纪检组|监察组")
_DISCIPLINE = ("纪委", "监委", "纪律检查委员会", "监察委员会")


def _stationed_groups(text: str, found: list[Candidate], context: Context) -> list[Candidate]:
    agencies = [c for c in found if c.type is EntityType.AGENCY]
    ending = {c.end: c for c in agencies}
    longest: dict[int, Candidate] = {}
    for c in agencies:
        if c.start not in longest or c.end > longest[c.start].end:
            longest[c.start] = c
    groups = []
    for m in _STATIONED.finditer(text):
        commission, host = ending.get(m.start()), longest.get(m.end())
        if commission is None or host is None or not (group := _GROUP.match(text, host.end)):
            continue
        if not text.endswith(_DISCIPLINE, commission.start, commission.end):
            continue
        start = commission.start
        while start in ending and text.endswith(_DISCIPLINE, ending[start].start, start):
            start = ending[start].start  # 纪委|监委: the commission's two names
        opening = text[start:m.end()]
        if place := relative_prefix(text, start, context):
            opening = place[1] + text[place[0]:m.end()]
        groups.append(Candidate(EntityType.AGENCY, start, group.end(), opening + host.canonical + group.group(),
                                rank=2))
    return groups


# A Party committee's inspection team, named after it with its ordinal (省委第三巡视组,
# 市委第二巡察组): a body of the committee's.
_INSPECTION_TEAM = re.compile(r"第?[一二三四五六七八九十\d]{1,3}(?:巡视|巡察)组")


def _inspection_teams(text: str, found: list[Candidate]) -> list[Candidate]:
    committees = {c.end: c for c in found if c.type is EntityType.AGENCY and c.canonical.startswith("中共")
                  and c.canonical.endswith("委")}
    return [Candidate(EntityType.AGENCY, owner.start, m.end(), owner.canonical + m.group(), rank=2)
            for end, owner in committees.items() if (m := _INSPECTION_TEAM.match(text, end))]


# A development zone's administrative committee or Party working committee, named after
# the zone (石家庄高新技术产业开发区管理委员会, 中国(河北)自由贸易试验区正定片区管理委员会),
# and the other organ listed right after one (河北雄安新区党工委、管委会: the zone's too).
_ZONE_ORGAN = re.compile(r"(?:新区|高新区|开发区|试验区|实验区|示范区|合作区|经济区|保税区|片区|园区)"
                         r"(?P<organ>管理委员会|管委会|党工委|(?P<department>[\u4e00-\u9fff]{2,6}?局))")
_ORGAN_LISTED = re.compile(r"、(?P<organ>管理委员会|管委会|党工委)")


def _zone_organs(text: str, tokens: Tokens, place_at: Callable[[int], bool]) -> list[Candidate]:
    found = []
    for m in _ZONE_ORGAN.finditer(text):
        start = extend_left(text, tokens, m.start("organ"), place_at=place_at)
        if m.start() - start < 2:
            continue  # 开发区管委会, 各园区管委会: a kind of organ, no zone named
        if m["department"] and not (m.start("organ") in tokens.edges and m.end() in tokens.edges
                                    and text[m.start("organ"):m.end()] not in STOP):
            continue  # a zone's department (成都高新区|科技创新局) stands as words of its own
        zone = text[start:m.start("organ")]
        found.append(Candidate(EntityType.AGENCY, start, m.end(), text[start:m.end()], rank=2))
        if (other := _ORGAN_LISTED.match(text, m.end())) and other["organ"] != m["organ"]:
            found.append(Candidate(EntityType.AGENCY, other.start("organ"), other.end(), zone + other["organ"],
                                   rank=2))
    return found


# A Party committee's department written without the committee, by its short form after
# 委 in the lexicon (宣传部, 统战部, 政法委, 编办): the committee's where listed right after
# another of its departments (省委组织部、宣传部、统战部; not 宣传部门, 宣传部长).
PARTY_COMMITTEE = "中共{place}委"
_DEPARTMENTS = {form[1:]: template[len(PARTY_COMMITTEE):] for template, forms in templates("agencies.tsv")
                if template.startswith(PARTY_COMMITTEE) and template != PARTY_COMMITTEE
                for form in forms if form.startswith("委") and len(form) > 2}
_DEPARTMENT_LISTED = re.compile("、(" + "|".join(sorted(_DEPARTMENTS, key=len, reverse=True)) + ")(?![门长])")


def _departments_listed(text: str, found: list[Candidate]) -> list[Candidate]:
    """The departments listed after one of a committee's named with it, each the same
    committee's, by its full name."""
    listed = []
    for c in found:
        own = next((d for d in _DEPARTMENTS.values() if c.canonical.endswith("委" + d)), None)
        if c.type is not EntityType.AGENCY or own is None or not c.canonical.startswith("中共"):
            continue
        committee, end = c.canonical[:-len(own)], c.end
        while m := _DEPARTMENT_LISTED.match(text, end):
            listed.append(Candidate(EntityType.AGENCY, m.start(1), m.end(1), committee + _DEPARTMENTS[m[1]], rank=2))
            end = m.end(1)
    return listed


def find_bodies(text: str, tokens: Tokens, hits: list[Hit], places: list[Candidate],
                context: Context, frequency: Callable[[str], int],
                tag: Callable[[str], str]) -> list[Candidate]:
    """Candidates for every agency, organisation and company named in ``text``."""
    prefixes = PlacePrefixes(places)
    place_at = _place_opening(hits, prefixes, context)
    found = (_template_bodies(text, tokens, hits, prefixes, context, frequency)
             + _strong_agencies(text, context) + _cppcc_committees(text, prefixes)
             + _suffix_bodies(text, tokens, hits, prefixes, context, frequency, place_at)
             + _listed_firms(text, tag) + _branded_firms(text, tokens, hits, prefixes, frequency)
             + _withheld_shops(text, prefixes) + _subdistrict_bodies(text, tokens, prefixes)
             + _zone_organs(text, tokens, place_at))
    return (found + _stationed_groups(text, found, context) + _inspection_teams(text, found)
            + _departments_listed(text, found))


@component("bodies", requires=("tokens", "hits", "context"), uses=("candidates:places",),
           assigns=("candidates:bodies",))
def bodies(shared: Shared):
    """Agencies, organisations and companies by lexicon template, clause and name ending."""
    def run(doc: Doc) -> None:
        doc.candidates["bodies"] = find_bodies(doc.text, doc.tokens, doc.hits, doc.found("places"),
                                               doc.context, shared.segmenter.frequency, shared.segmenter.tag)
    return run
