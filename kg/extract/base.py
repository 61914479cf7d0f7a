"""What the extractors share: the article's context, candidates, walks over tokens."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from ..lexicon import COMPOUND_SURNAMES, SURNAMES, sections
from ..lexicon.divisions import Division
from ..model import EntityType, Mention, PlaceLevel
from ..segment import Tokens

FORMS = sections()
STOP = frozenset(FORMS["stop"])
JOIN_WORDS = ("会同", "联合")  # words that join one body to the next: X局会同县公安局
_ISSUERS_JOINED = frozenset(" 、")  # between bodies heading a document they issue together, if anything
# 联合 before a verb that opens with 会 (会商, 会同, 会签, 会诊, 会审): bodies acting together
# (应急管理部联合会商), not a federation's name (联合会).
JOINT_VERB = re.compile(r"联合会(?=[商同签诊审])")
TITLES = frozenset(FORMS["title"] + FORMS["role"])  # what stands before a name: posts, roles in a case


def next_issuer_at(text: str, end: int) -> int:
    """Where a body joined to the one ending at ``end`` in a document's title would start:
    right after it, or past a space or 、 (《中共中央 国务院关于…》, 《X厅、Y厅关于…》)."""
    return end + (text[end:end + 1] in _ISSUERS_JOINED)


class Titles:
    """Posts and titles looked up at a place by the few lengths they have (two to six
    characters), not by trying each of some three hundred in turn."""

    def __init__(self, titles: Collection[str]) -> None:
        self._titles = frozenset(titles)
        self._lengths = tuple(sorted({len(t) for t in self._titles}, reverse=True))

    def at(self, text: str, start: int) -> str | None:
        """The longest title written from ``start``."""
        return next((w for n in self._lengths if len(w := text[start:start + n]) == n and w in self._titles), None)

    def ending(self, text: str, end: int) -> list[str]:
        """The titles written ending at ``end``, the longest first."""
        return [w for n in self._lengths if n <= end and (w := text[end - n:end]) in self._titles]


POSTS = Titles(TITLES)
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_NAME = 24
# Notices withhold part of a party's name: 某某, XX, ××. A token of such marks may stand
# inside a name (``extend_left`` walks over it); as a name's proper part only two marks
# count (WITHHELD_PART), since a single 某 also means "a certain" (某茶业集团).
_WITHHELD = re.compile(r"[某Xx×*]{1,4}")
# Kinds of party a notice's withheld name follows: 涉事企业某某食品有限公司 (not the name's)
_KINDS_BEFORE_WITHHELD = frozenset({"企业", "涉事企业", "单位", "商户", "商家", "门店", "店铺", "厂家", "经营户"})
WITHHELD_PART = re.compile(r"某某|XX|xx|××")
# A word of where, inside or outside (内, 区内, 境内, 县外): no name's
_WITHIN = re.compile(r"[\u4e00-\u9fff]{0,2}[内外]")
# An ordinal inside an institution's name: 河北医科大学|第四|医院, 中国|第一|汽车集团有限公司
# (a numeral to jieba, which ends other names).
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
# What a year or a month is counted in after its digits (2025|年度, 3|月): a date, no name's part.
_DATE_UNITS = frozenset({"年", "年度", "月", "日"})
# A dateline's last word, as jieba cuts it (本报讯, 11月2|日电, 3月5|日讯; 北京|电)
_DATELINE_ENDS = frozenset({"本报讯", "日电", "日讯"})
# A unit's role in a case or a project, before its name: 被告|单位, 施工单位, 用人单位
_ROLE_OF_UNIT = "单位"
# Prepositions that put a party before what is done to it (对X罚款, 向X发放, 把X列入, 被X查处).
OBJECT_MARKS = frozenset("对向把被")
# ... and particles, which jieba glues to an unknown name after them as readily (成立了|鑫农).
_GLUED_BEFORE = OBJECT_MARKS | {"了", "的"}
# A farmers' specialised cooperative names its trade, a verb as often as not, before 专业
# (鑫农种植专业合作社, 绿源养殖专业合作社): that verb is inside the name.
_TRADE_BEFORE = "专业"
# Dictionary tags of words that never stand inside a name: verbs, prepositions,
# conjunctions, particles, adverbs, pronouns, numerals, measure words.
HARD_TAGS = frozenset({"p", "c", "d", "r", "m", "u", "ul", "uj", "uz", "ug", "uv", "ud", "y",
                       "e", "o", "ad", "rr", "rz"})
# Tags that jieba's dictionary also gives to words inside names (超市 v, 大宁堂 q).
SOFT_TAGS = frozenset({"v", "vd", "q", "zg", "f", "t"})
STOP_TAGS = HARD_TAGS | SOFT_TAGS
# Tags of what one body does to another (约谈 vn, 依法查处 l, 表彰 v): before a place that opens
# a name, such a word is the sentence's, not the name's.
ACTING_TAGS = SOFT_TAGS | {"vn", "l"}


@dataclass(frozen=True, slots=True)
class Context:
    """Where an article is set: resolves 省, 市, 区 or 县 and short place names."""

    province: Division | None = None
    city: Division | None = None
    county: Division | None = None  # the one district or county the article names


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention before overlaps are settled; higher ``rank`` wins a tie."""

    type: EntityType
    start: int
    end: int
    canonical: str
    rank: int = 0
    level: PlaceLevel | None = None
    code: str | None = None

    def mention(self, text: str, article_id: str) -> Mention:
        return Mention(self.type, text[self.start:self.end], self.start, self.end,
                       self.canonical, article_id, self.level, self.code)


def split_items(text: str, start: int, separators: str = "、") -> Iterator[tuple[int, str]]:
    """The items of a list such as 王拥军、李金科、韦韬, each with its offset (``text``
    begins at ``start`` in the article).

    >>> list(split_items("华翔、智奇", 10))
    [(10, '华翔'), (13, '智奇')]
    """
    offset = start
    for item in re.split(f"[{separators}]", text):
        yield offset, item
        offset += len(item) + 1


# Adverbs of manner that open the word jieba makes of them and their verb (全面完成, 顺利通过).
_MANNER = frozenset({"全面", "深入", "持续", "大力", "积极", "扎实", "认真", "加快", "圆满", "顺利"})


def extend_left(text: str, tokens: Tokens, start: int, *, limit: int = MAX_NAME,
                place_at: Callable[[int], bool] | None = None, trade_titles: bool = False) -> int:
    """Walk left from ``start`` over name-like tokens; return the new start.

    A name stops at punctuation, a stop word (的, 和, 联合 ...), a title, a word that is
    never part of a name (a preposition, a pronoun, a number) or the limit. A verb or a
    measure word may sit inside a name that starts with a place (上海教育超市连锁有限公司,
    太原大宁堂药业有限公司) or after a part withheld (某某房地产开发有限公司); in any
    other the name starts after it (小学生走进晋祠博物馆, 发现|宁波某某食品有限公司).
    A bracketed place or word inside a name, 巍阁(北京)品牌管理有限公司, is kept, as is a
    hyphen joining a joint venture's partners (一汽-大众汽车有限公司).
    ``place_at`` says where a place's name starts, beyond the words jieba tags as places
    (保定, a verb to jieba). With ``trade_titles``, a title right before ``start`` is the
    trade a firm's or an organisation's name ends in (律师|事务所, 会计师|事务所, 记者|协会).
    """
    begin = start
    spans = tokens.spans
    soft: int | None = None
    i = bisect_right(spans, (start, start)) - 1
    while i >= 0:
        s, e = spans[i]
        if e != begin and not s < begin < e:  # (a token spanning the start joins the name)
            break
        word = text[s:e]
        if word == "-" and i >= 1 and spans[i - 1][1] == s and CJK.match(text, s - 1) and CJK.match(text, e):
            begin = s  # 一汽-大众汽车有限公司: a joint venture's partners joined by a hyphen
            i -= 1
            continue
        if word == ")" and i >= 2 and text[spans[i - 2][0]:spans[i - 2][1]] == "(":
            inner = text[spans[i - 1][0]:spans[i - 1][1]]
            if 1 <= len(inner) <= 4 and CJK.fullmatch(inner[0]):
                begin = spans[i - 2][0]
                i -= 3
                continue
        tag = tokens.tags[i]
        before = text[spans[i - 1][0]:s] if i and spans[i - 1][1] == s else ""
        if _WITHHELD.fullmatch(word) and (before in SURNAMES or before in COMPOUND_SURNAMES):
            break  # 主任王某某到|太钢集团: a surname and the marks are a person withheld, before the name
        if _WITHHELD.fullmatch(word):  # 杭州某某科技有限公司: a name with a part withheld
            begin, soft = s, None  # (its words after the part are in the name, verbs too)
            i -= 1
            continue
        if not tag and _WITHHELD.match(word):
            break  # 原告李某诉|西安某某…公司: jieba joined a withheld name's last mark to the word after it
        if not tag and len(word) > 1 and word[0] in _GLUED_BEFORE:
            begin = s + 1  # …局对县|某某加油站, 成立了鑫农|…合作社: jieba joined a preposition or a
            break  # particle to the word after it
        if not tag and len(word) > 1 and word[-1] in OBJECT_MARKS:
            break  # 山西局对|山西某某煤业有限公司: jieba joined a preposition to the word before it
        if not tag and len(word) > 1 and word[-1] in _POINTERS:
            break  # 欧阳某某系该|公司: a demonstrative joined to the word before; the firm is pointed back to
        if word in _DATE_UNITS and before.isdigit():
            break  # 认定2025年度|省级重点实验室: a date before the name is the sentence's
        if word in _DATELINE_ENDS or (word in ("讯", "电") and i and tokens.tags[i - 1] == "ns"):
            break  # 本报讯|正定县某某合作社, 新华社石家庄11月2日电|河北某某公司: a dateline, the space after it gone
        if _ORDINAL.fullmatch(word) and start - s <= limit:
            begin = s
            i -= 1
            continue
        if len(word) == 4 and word[:2] in _MANNER:
            break  # 我市|全面完成|“十四五”规划: an adverb and its verb jieba reads as one word
        placed = place_at is not None and place_at(s)  # (大同某某建材: 大同 an adverb to jieba)
        if (not NAME_CHAR.match(word) or word in STOP or (word in TITLES and not (trade_titles and e == start))
                or (tag in HARD_TAGS and not placed)
                or word.endswith(_ROLE_OF_UNIT) or start - s > limit):
            break
        if tag in ACTING_TAGS and (_starts_with_place(tokens, e) or (place_at is not None and place_at(e))):
            break  # 吊销|重庆某某餐饮管理有限公司: a verb before a place that opens the name is the sentence's
        if word in _KINDS_BEFORE_WITHHELD and (WITHHELD_PART.match(text, e) or (
                (_starts_with_place(tokens, e) or (place_at is not None and place_at(e)))
                and WITHHELD_PART.search(text, e, start))):
            break  # 涉事企业|(湖州)某某食品有限公司, 一家商户|某某超市: the kind the withheld name is of
        if (_WITHIN.fullmatch(word) and tag != "ns"
                and (_starts_with_place(tokens, e) or (place_at is not None and place_at(e))
                     or WITHHELD_PART.match(text, e))):
            break  # 区内|成都某某微电子有限公司, 园区内|四川某某…, 县内|某某建材…: where, before a name
            # its place or a withheld part opens (not 某某室内设计有限公司)
        if tag in SOFT_TAGS and soft is None and not text.startswith(_TRADE_BEFORE, e):
            soft = e
        begin = s
        i -= 1
    if soft is not None and not (_starts_with_place(tokens, begin) or (place_at is not None and place_at(begin))):
        return soft
    return begin


def _starts_with_place(tokens: Tokens, offset: int) -> bool:
    i = bisect_left(tokens.spans, (offset, offset))
    return i < len(tokens.spans) and tokens.spans[i][0] == offset and tokens.tags[i] == "ns"


_POINTERS = frozenset("该此这")  # demonstratives: 该公司 names no firm of its own
# A word jieba's dictionary counts this many times or more is a common word (查处, 部署).
COMMON = 60


def extend_right(text: str, tokens: Tokens, end: int, suffixes: tuple[str, ...],
                 frequency: Callable[[str], int], *, limit: int = 12, stops: Collection[int] = ()) -> int:
    """Walk right from ``end`` over name-like tokens; return the furthest end at which
    the stretch closes with one of ``suffixes`` (or ``end`` when none does). A suffix of
    one character that makes a common word with the character before it in its token
    closes nothing: the 处 of 依法查处 is no division. The walk ends at ``stops``, where
    another body's name begins (监委|给予|区农业农村局: no unit of the 监委)."""
    best = end
    first = bisect_left(tokens.spans, (end, end))
    for i in range(first, len(tokens.spans)):
        s, e = tokens.spans[i]
        word = text[s:e]
        if s in stops:
            break
        if (tokens.tags[i] in HARD_TAGS and e - s == 1
                and any(len(x) > 1 and text[end:e].endswith(x) for x in suffixes)):
            best = e  # a unit's word jieba cut before its last character, a conjunction (司法|所)
            break
        if word[1:] in TITLES and any(text[end:s + 1].endswith(x) for x in suffixes):
            best = s + 1  # ... or glued to the post after it (第五监督检查|室主任)
            break
        # Only hard stops: the stretch must end in a unit word anyway (警察 is tagged v); an
        # ordinal numbers units (第三|巡回法庭, 第一|稽查局).
        if (not NAME_CHAR.match(word) or word in STOP or word in TITLES or word.startswith(JOIN_WORDS)
                or (tokens.tags[i] in HARD_TAGS and not _ORDINAL.fullmatch(word)) or e - end > limit
                or not CJK.match(word)):
            break  # (会同县 after a body is 会同 and the 县 of the next body: …局|会同县公安局)
        if not tokens.tags[i] and len(word) > 1 and word[0] in OBJECT_MARKS:
            break  # 市纪委监委|对市|住建局: jieba joined a preposition to the word after it
        closing = next((x for x in suffixes if text[end:e].endswith(x)), None)
        if closing and not (len(closing) == 1 and e - s >= 2 and frequency(word[-2:]) >= COMMON):
            best = e
    return best


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the higher rank); drop the rest."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rank, c.start))
    taken: list[Candidate] = []
    used = bytearray(max((c.end for c in candidates), default=0))
    for cand in ordered:
        if any(used[cand.start:cand.end]):
            continue
        used[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    return sorted(taken, key=lambda c: (c.start, c.end))


# A date written alone on a line under a signature: 2025年9月20日
_SIGNED_ON = re.compile(r"[ \t\u3000]*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t\u3000]*(?:\n|$)")


def signatures(text: str, agencies: list[Mention], after: int) -> list[tuple[Mention, str | None]]:
    """The bodies that sign below ``after``, each its name alone on a line, with the
    date on the line under it, ISO formatted, where one is (a decision document's
    signature: 本局决定… above, 石家庄市市场监督管理局 / 2025年9月20日 below)."""
    found = []
    for a in agencies:
        if a.start < after or text[a.start - 1:a.start] not in ("", "\n") or text[a.end:a.end + 1] not in ("", "\n"):
            continue
        m = _SIGNED_ON.match(text, a.end + 1)
        found.append((a, f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}" if m else None))
    return found
