"""Places: administrative divisions by official name or, in context, by short name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from ..lexicon.divisions import Division, by_code
from ..model import EntityType, PlaceLevel
from ..segment import Tokens
from .base import JOIN_WORDS, TITLES, Candidate, Context
from .doc import Doc
from .gazetteer import Hit
from .registry import Shared, component

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A place heading the name of an event names the event, not the place: 北京冬奥会.
_EVENT = re.compile(r"(?:冬奥会|奥运会|亚运会|冬运会|世博会|园博会|马拉松|国际马拉松)")
# The press names an autonomous prefecture by its short name and 州 (大理州 is 大理白族自治州).
_PREFECTURE = "自治州"
# A short county name stands alone or in a list: 安泽等12地, 娄烦、安泽.
LIST_WORDS = frozenset("等和与及、区县市")
LEVEL_ORDER = {PlaceLevel.PROVINCE: 0, PlaceLevel.CITY: 1, PlaceLevel.DISTRICT: 2,
          PlaceLevel.COUNTY: 2, PlaceLevel.TOWN: 3}
# Cities whose short name is an everyday word too (来宾 guests, 白银 silver, 安康 well-being,
# 大庆 a grand celebration, 阿里 of 阿里云): such a name alone names the city only where the
# recogniser reads a place there, after its province (广西来宾) or in a list of places.
EVERYDAY_WORDS = frozenset({"来宾", "白银", "安康", "大庆", "阿里"})
# A district or county name that is also a common word (城区, 小店 is kept: 212) is only
# taken in full, and never when this frequent in jieba's dictionary.
COMMON_WORD = 300
PLACE_WORD = 10_000  # a place's name more frequent than this is a common word too (城市, 中国)
# A town right after its district or county, its government's name included: 太谷区胡村镇,
# 井陉县城关镇人民政府; not 城乡 or 乡镇 (…区城乡建设局, 县所辖乡镇), nor 各乡.
# A subdistrict (街道), a town's peer in a city's districts, likewise: 万柏林区千峰南路街道;
# not 所辖街道, nor 主要街道 or 部分街道, words before 街道 (``_town``). A town's 镇 or 乡
# may stand twice where the second opens its body's or post's name (柳湖镇镇长, 城关镇镇政府).
_TOWN = re.compile(r"(?!城乡|各)(?:(?![镇乡])[\u4e00-\u9fff]){1,3}?[镇乡]"
                   r"(?![镇乡](?!长|党委|政府|人民政府|人大|纪委))"
                   r"|(?![各所])(?:(?!街道|的)[\u4e00-\u9fff]){2,5}?街道")  # (no 的: 和长安区的街道)
# A subdistrict's office (办事处, or 街道办 where jieba reads it as one word) and its Party
# working committee, after the subdistrict's name.
SUBDISTRICT_BODY = re.compile(r"办事处|党工委|办")
# What a town's 镇 or 乡 may open a word with: a body or post of the town (乡党委, 镇长).
_TOWN_BODY_KINDS = frozenset({"agency", "organization", "suffix:agency", "suffix:organization"})


# A village's or a community's name after its town's: 余村, 中川村, 南太湖社区 (not 乡村振兴:
# the name is no 村 itself).
_VILLAGE = re.compile(r"(?:(?!村|社区)[\u4e00-\u9fff]){1,4}(?:村|社区)")


def _opens_a_word(text: str, tokens: Tokens, at: int, body_starts: frozenset[int]) -> bool:
    """Whether the 镇 or 乡 at ``at`` opens a word jieba reads on past it that is no body or
    post of a town (召开|乡村|振兴: no town 召开乡; 解放|乡党委 is the town's committee)."""
    i = bisect_left(tokens.spans, (at, at))
    if i == len(tokens.spans) or tokens.spans[i][0] != at or tokens.spans[i][1] - at < 2:
        return False
    end = tokens.spans[i][1]
    word = text[at:end]
    if (village := _VILLAGE.match(text, at + 1)) and village.end() >= end:
        return False  # 天荒坪镇余村, 天长镇小作村, 八里店镇南太湖社区: jieba glued the village or
        # community, or its first character, to the town's 镇
    if len(word) == 2 and word[1] in "东西南北":
        return False  # 东极镇|东福山岛: jieba's 镇东 is the town's east
    return word not in TITLES and word[1:] not in TITLES and not any(at < b < end for b in body_starts)


# The last characters of a body's name (…局, …委, …中心, …街道, …政府), before a join word.
BODY_ENDS = frozenset("局厅委部院办处队所站心会道府")
# What may follow a town in a list of them (not 城镇居民: 城镇 there is "urban")
_LISTED_TOWN_ENDS = frozenset("、等和及,，。;；") | {""}


def with_level_word(written: str, name: str) -> bool:
    """Whether a division is ``written`` with its level's word, as a reader counts a place
    named: in full (长沙市, 岳麓区) or, for an autonomous prefecture, by its short name and 州
    (红河州, 湘西州); not by its short name alone (太原 in 太原理工大学)."""
    return written == name or name.endswith(_PREFECTURE) and written.endswith("州")


def _pick(options: list[Division], context: Context) -> Division:
    """The division meant by an ambiguous name: the article's province first, then the
    higher level, then the lower code."""
    province = context.province.code[:2] if context.province else None
    return min(options, key=lambda d: (d.code[:2] != province, LEVEL_ORDER[d.level], d.code))


def _after_parent(text: str, start: int, options: list[Division]) -> Division | None:
    """The option whose parent division is named right before it: 阳泉市|矿区."""
    codes = by_code()
    for division in options:
        parent = codes.get(division.parent or "")
        if parent and (text.endswith(parent.name, 0, start)
                       or parent.short and text.endswith(parent.short, 0, start)):
            return division
    return None


def _inner_places(tokens: Tokens, groups: dict[tuple[int, int, str], list[Division]]) -> frozenset[int]:
    """Where a division's full name opens inside a word that jieba's dictionary holds whole
    and that is two divisions' full names in a row: 上海市|浦东新区, 云南省|楚雄彝族自治州."""
    full = {(start, end) for start, end, kind in groups if kind == "place"}
    inner = set()
    for start, end in full:
        i = bisect_left(tokens.spans, (start, start)) - 1
        if i >= 0 and tokens.spans[i][1] == end and (tokens.spans[i][0], start) in full:
            inner.add(start)
    return frozenset(inner)


def in_a_head(text: str, start: int, end: int) -> bool:
    """Whether a division's name of two characters at ``start``..``end`` opens a head's
    title instead (代县长, 赵县长: an acting head, a head by his surname; 代县 and 赵县 are
    counties)."""
    return end - start == 2 and text[end:end + 1] == "长"


def in_a_join(text: str, start: int) -> bool:
    """Whether a division's name at ``start`` opens with a word that joins one body to
    the next instead (X局会同县公安局, 由X局牵头,会同县林业局: 会同县 is a county too)."""
    return text.startswith(JOIN_WORDS, start) and (
        text[start - 1:start] in BODY_ENDS or text[start - 1:start] in ",，" and text.endswith("牵头", 0, start - 1))


def find_places(text: str, tokens: Tokens, hits: list[Hit], context: Context,
                frequency: Callable[[str], int], tag: Callable[[str], str],
                read: frozenset[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """Candidates for every division named in ``text`` (``read``: where the recogniser
    reads a place)."""
    groups: dict[tuple[int, int, str], list[Division]] = defaultdict(list)
    for hit in hits:
        if hit.kind in ("place", "place_short"):
            groups[(hit.start, hit.end, hit.kind)].append(hit.data)
    found: list[Candidate] = []
    edges = tokens.edges
    body_starts = frozenset(h.start for h in hits if h.kind in _TOWN_BODY_KINDS)
    bodies_at = frozenset(h.start for h in hits if h.kind in ("agency", "organization"))
    province = context.province.code[:2] if context.province else None
    inner = _inner_places(tokens, groups)
    for (start, end, kind), options in groups.items():
        if start not in edges and start not in inner:
            continue
        if in_a_join(text, start):
            continue  # X局会同县公安局: 会同 joins the next body to the one before, 会同县 is no place here
        parented = _after_parent(text, start, options)
        division = parented or _pick(options, context)
        name, level = division.name, division.level
        if kind == "place":
            if len(name) <= 2 and frequency(name) > COMMON_WORD and parented is None:
                continue  # 城区, 郊区: words before they are districts, unless after their city
            if in_a_head(text, start, end) and end not in edges:
                continue
            if end - 1 in edges and end not in edges and end not in bodies_at:
                continue  # 运城|市场监管局, 太原|市民: its level's word opens the next word (the short
                # name stands); not 山西|省委, where a body's name goes on from the level's word
        else:
            prefecture = division.name.endswith(_PREFECTURE) and text[end:end + 1] == "州"
            if (end not in edges and text[end:end + 1] not in ("区", "县", "市") and not prefecture
                    or _EVENT.match(text, end)):
                continue
            if (text[start:end] in EVERYDAY_WORDS and parented is None and (start, end) not in read
                    and text[start - 1:start] != "、" and text[end:end + 1] != "、"):
                continue  # 与会来宾, 白银价格, 阖家安康
            local = division.code[:2] == province
            if division.level in (PlaceLevel.DISTRICT, PlaceLevel.COUNTY) and (
                    not local or frequency(division.short) > COMMON_WORD
                    or _CJK.match(text[end:end + 1]) and text[end] not in LIST_WORDS):
                continue  # 安泽等12地, but not 大宁堂 or 阳曲小米
            # (a level's word that opens the next word is none: 运城|市场监管局, 太原|市民)
            level_word = text[end:end + 1] if text[end:end + 1] in ("区", "县", "市") and (
                end + 1 in edges or end + 1 in bodies_at) else ""
            # A renamed division: the table's 太谷县 is 太谷区 in the text.
            if level_word in ("区", "县") and not name.endswith(level_word):
                name, end = division.short + level_word, end + 1
                level = PlaceLevel.DISTRICT if name.endswith("区") else PlaceLevel.COUNTY
            elif level_word and name == division.short + level_word:
                end += 1  # the full name, cut by the segmenter: 小店|区
            elif prefecture:
                end += 1  # an autonomous prefecture by its short name and 州: 大理州, 德宏州
        found.append(Candidate(EntityType.PLACE, start, end, name, rank=1,
                               level=level, code=division.code))
        if (division.level in (PlaceLevel.DISTRICT, PlaceLevel.COUNTY) or division.code in _undivided()) and (
                m := _town(text, end, tokens, body_starts, frequency, tag)):
            found.append(Candidate(EntityType.PLACE, m.start(), m.end(), m.group(), rank=1,
                                   level=PlaceLevel.TOWN))
            # the towns listed after it: 涉县井店镇、偏城镇等6个乡镇
            while text[m.end():m.end() + 1] == "、" and (
                    m := _town(text, m.end() + 1, tokens, body_starts, frequency, tag)) and (
                    text[m.end():m.end() + 1] in _LISTED_TOWN_ENDS):
                found.append(Candidate(EntityType.PLACE, m.start(), m.end(), m.group(), rank=1,
                                       level=PlaceLevel.TOWN))
    found += _named_again(text, tokens, body_starts, found)
    return found + _headed_towns(text, tokens, found)


# A town named alone right before its own head's post, 镇 or 乡 again (云岩镇副镇长王某, 据岗南镇
# 镇长赵某介绍), or before the word placing it in its district or county (苍岩山镇位于井陉县):
# a town, though no county is named before it.
_HEADED_TOWN = re.compile(r"(?P<level>[镇乡])(?=(?:常务)?副?(?P=level)长)")
_PLACED_TOWN = re.compile(r"[镇乡](?:位于|地处|隶属于|隶属)")
_TOWN_ABOVE = (PlaceLevel.DISTRICT, PlaceLevel.COUNTY)


def _headed_towns(text: str, tokens: Tokens, found: list[Candidate]) -> list[Candidate]:
    """Towns of two or three characters and their 镇 or 乡 before a post of their head or
    a word placing them in a district or county named right after it, where no place is
    read there already: the name starts where a word does, two characters long where it
    can be (岗南|镇, not 据岗南镇)."""
    taken = [(c.start, c.end) for c in found]
    above = {c.start for c in found if c.level in _TOWN_ABOVE}
    placed = (m.start() + 1 for m in _PLACED_TOWN.finditer(text) if m.end() in above)
    towns = []
    for end in sorted([m.end() for m in _HEADED_TOWN.finditer(text)] + list(placed)):
        start = next((end - 1 - n for n in (2, 3) if end - 1 - n >= 0 and end - 1 - n in tokens.edges
                      and all(_CJK.match(ch) for ch in text[end - 1 - n:end - 1])), None)
        if start is None or any(s < end and start < e for s, e in taken):
            continue
        towns.append(Candidate(EntityType.PLACE, start, end, text[start:end], rank=1, level=PlaceLevel.TOWN))
    return towns


def _named_again(text: str, tokens: Tokens, body_starts: frozenset[int],
                 found: list[Candidate]) -> list[Candidate]:
    """A town or subdistrict named again on its own after the article named it under its
    county: 涉县井店镇…。井店镇镇长… (where it opens no longer word: 井店镇|镇长, not 新村|乡镇)."""
    named = {c.start: c for c in found if c.level is PlaceLevel.TOWN}
    first: dict[str, Candidate] = {}
    for c in sorted(named.values(), key=lambda c: c.start):
        first.setdefault(c.canonical, c)
    again: list[Candidate] = []
    for town in first.values():  # from where the article first named it
        at = text.find(town.canonical, town.end)
        while at != -1:
            end = at + len(town.canonical)
            if at not in named and at in tokens.edges and (
                    town.canonical.endswith("街道") or not _opens_a_word(text, tokens, end - 1, body_starts)):
                again.append(Candidate(EntityType.PLACE, at, end, town.canonical, rank=1, level=PlaceLevel.TOWN))
            at = text.find(town.canonical, end)
    return again


@cache
def _undivided() -> frozenset[str]:
    """The cities with no districts or counties, whose towns are right under them (东莞市,
    中山市: 中山市小榄镇)."""
    parents = {d.parent for d in by_code().values()}
    return frozenset(d.code for d in by_code().values() if d.level is PlaceLevel.CITY and d.code not in parents)


def _town(text: str, at: int, tokens: Tokens, body_starts: frozenset[int],
          frequency: Callable[[str], int], tag: Callable[[str], str]) -> re.Match[str] | None:
    """The town or subdistrict named from ``at``, if one is: not where its 镇 or 乡 opens a
    word (``_opens_a_word``), nor a subdistrict whose name is a common word (主要街道, 部分街道)
    unless its office or committee follows."""
    if (m := _TOWN.match(text, at) or _long_town(text, at, tokens, frequency)) is None:
        return None
    if not m.group().endswith("街道"):
        return None if _opens_a_word(text, tokens, m.end() - 1, body_starts) else m
    if _common_word(m.group()[:-2], frequency, tag) and not SUBDISTRICT_BODY.match(text, m.end()):
        return None  # (先锋街道办, 友谊街道党工委: its body after it says it is one)
    return m


_LONG_TOWN = re.compile(r"[\u4e00-\u9fff]{4,5}[镇乡]")


def _long_town(text: str, at: int, tokens: Tokens, frequency: Callable[[str], int]) -> re.Match[str] | None:
    """A town's name of four or five characters (巴彦浩特镇, 那仁宝力格乡) where jieba reads
    it as one word, as it reads no phrase (送温暖|下乡), nor one word going on past it
    (住房和城乡建设局); or where it reads it as rare words (托克|扎克|镇) and the town's own
    body or head follows (托克扎克镇党委书记), no level's character among them."""
    m = _LONG_TOWN.match(text, at)
    if m is None or at not in tokens.edges:
        return None
    inside = [e for e in range(at + 1, m.end() - 1) if e in tokens.edges]
    if not inside:
        return m if m.end() in tokens.edges or m.end() - 1 in tokens.edges else None
    bounds = [at, *inside, m.end() - 1]
    rare = all(frequency(text[a:b]) <= RARE_WORD for a, b in pairwise(bounds))
    if (rare and m.end() - 1 in tokens.edges and _TOWNS_OWN.match(text, m.end())
            and not _LEVEL_CHARS.search(text, at, m.end() - 1)):
        return m
    return None


# What a town's name is followed by where it is one: its committee, government or head.
_TOWNS_OWN = re.compile(r"党委|人民政府|政府|人大|纪委|副?[镇乡]长")
_LEVEL_CHARS = re.compile(r"[省市区县乡镇村各全]")
# A word this rare in jieba's dictionary is no common word (托克 11, 扎克 9; 组织 26922).
RARE_WORD = 50


def _common_word(name: str, frequency: Callable[[str], int], tag: Callable[[str], str]) -> bool:
    """Whether a subdistrict's name is a common word instead (主要, 部分, 城市): one frequent
    in jieba's dictionary, unless a place's name there (长安, 中关村) or a road's (学院路)."""
    count = frequency(name)
    if count <= COMMON_WORD or name.endswith("路"):
        return False
    return tag(name) != "ns" or count > PLACE_WORD



@component("places", requires=("tokens", "hits", "context"), uses=("spans",), assigns=("candidates:places",))
def places(shared: Shared):
    """Administrative divisions, by official name or, in context, by short name."""
    def run(doc: Doc) -> None:
        read = frozenset((s.start, s.end) for s in doc.spans if s.label == "PLACE")
        doc.candidates["places"] = find_places(doc.text, doc.tokens, doc.hits, doc.context,
                                               shared.segmenter.frequency, shared.segmenter.tag, read)
    return run
