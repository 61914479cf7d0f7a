"""People: names found by what stands around them, never by a list of names.

A name is a surname (from the public surname list) and one or two more characters,
ending on a word edge, in one of these settings:
- after a title or post: 副厅长刘大山, 记者王龙飞, 冠军苏翊鸣;
- opening a clause before a verb of speech or action: 陈炳强认为, 魏民强调;
- in a byline: (李俊华、李思明), (尹哲、牛曙、薛志刚文/摄), 邓寅明摄;
- in a list of three or more names joined by 、: 王拥军、李金科、韦韬 ...;
- before 总书记 / 同志: 习近平总书记.
A surname with an honorific (吴师傅, 王老师, 朱女士) is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import COMPOUND_SURNAMES, COUNTRIES, SURNAMES, sections
from ..model import EntityType
from ..segment import Tokens
from .base import OBJECT_MARKS, POSTS, TITLES, Candidate, split_items
from .doc import Doc
from .gazetteer import Hit
from .registry import Shared, component

SPEECH = tuple(sorted(sections()["speech"], key=len, reverse=True))
# Forms of address after a surname: 吴师傅, 王老师, 王大妈 (no name; a withheld one, 钱某, is a person).
ADDRESSES = ("师傅", "女士", "先生", "老师", "同学", "阿姨", "大爷", "大妈", "大娘", "大婶", "大叔", "大姐", "大哥",
             "奶奶", "爷爷", "老汉")
HONORIFIC = (*ADDRESSES, "老人", "一家", "某")
AFTER_NAME = ("总书记", "同志", "院士", "主席", "委员")
# Words that begin with a surname but are no names (common words, not rare ones).
COMMON = 50
# Words for settlements that follow a surname in village names (李村, 王庄, 张家湾).
WITHHELD_GIVEN = ("某", "某某")  # a given name withheld, as reports of cases and notices do
# Surnames the surname list leaves out as words of function (向, 由, 时): a name only
# where one must stand and its given name is withheld (副市长向某某; not 局长向记者介绍).
_FUNCTION_SURNAMES = frozenset("向由时来全")
_ADDRESSED = frozenset("总董局处科")  # 王总, 李董, 张局: a surname and a post's first character
SETTLEMENT = frozenset("村庄屯寨镇乡湾集营堡沟坡岭街路桥")
# What a place's or a zone's name ends in, which no name read before a verb does (高新区, 黄骅港).
_PLACE_KINDS = frozenset("区县市省港")
FUNCTION_CHARS = frozenset("的了在是和与及等为对将把从向由摄")
VERB_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "u", "ad", "a", "r", "m", "q"})
_LIST = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}(?=等|[^\u4e00-\u9fff]|$)"
                   r"|[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}")
_BYLINE = re.compile(
    r"[(（](?:记者|稿|文)?(?P<names>[\u4e00-\u9fff]{2,3}(?:[、,][\u4e00-\u9fff]{2,3})*)"
    r"(?:文/摄|文|摄)?[)）]"
)
_CREDIT = re.compile(r"(?:^|\n)(?:本报)?(?:记者)?(?P<names>[\u4e00-\u9fff]{2,3}?)摄?$", re.M)
_POST_AFTER = re.compile(r"[,，(（][^,，。;；()（）]{2,30}?(?P<post>" + "|".join(
    sorted(TITLES, key=lambda t: (-len(t), t))) + r")(?=[)）。,，;；]|$)")
_WITHHELD = re.compile(r"(?<!某)某某?(?!某)")
# Where a photo's caption places a person, in brackets after the name: (左二), (前排右一).
_POSITION = re.compile(r"(?:前排|后排|中排)?[左右][一二三四五六七八九十]+")
_FUNCTION_TAGS = frozenset({"p", "c", "u"})
_CLAUSE_START = re.compile(r"(?:^|(?<=[,，。；;:：！!？?\n“]))")
# The verb 作 and what a speaker delivers (刘明作政府工作报告, 王刚作重要讲话): read into a
# name before it, it gives 刘明作.
_DELIVERS = re.compile(r"作(?:重要|政府工作|工作|专题|主题|辅导|述职|表态|交流|典型|主旨|书面)?"
                       r"(?:报告|讲话|批示|指示|说明|发言|动员|部署|总结|讲座|宣讲|汇报|点评|演讲|解读)")


def delivers(text: str, at: int) -> bool:
    """Whether a speaker's 作 and what they deliver start at ``at``: a name before it
    ends there (刘明|作政府工作报告), where a name read with it would end one later."""
    return _DELIVERS.match(text, at) is not None


# A correspondent's byline given as the pen name of a unit's publicity office: the
# province's or city's one-character name, a field's, then 宣 (通讯员 晋宣, 杭体宣, 冀应宣).
# (of two characters only where the place's is no common surname: not 苏宣, 石宣)
_PEN_NAME = re.compile(r"[冀晋皖闽赣豫鄂湘粤桂琼蜀黔滇陇渝沪津]宣"
                       r"|[冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新渝沪京津蒙杭甬温"
                       r"并石唐邯邢保张承沧廊衡][\u4e00-\u9fff]宣")
_CORRESPONDENT = re.compile(r"通讯员[\s/:：]*$")


def pen_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` is a unit's pen name after 通讯员 (``_PEN_NAME``)."""
    return _PEN_NAME.fullmatch(text, start, end) is not None and \
        _CORRESPONDENT.search(text, max(0, start - 6), start) is not None


def addressed(text: str, start: int, end: int) -> bool:
    """Whether a name of three characters at ``start`` ends in its surname again opening a
    form of address (王诚王|总: 王诚 and 王总)."""
    return end - start == 3 and text[end - 1] == text[start] and text[end:end + 1] in _ADDRESSED


def _surname_len(word: str) -> int:
    if word[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if word[:1] in SURNAMES else 0


class NameCheck:
    """Whether a stretch of text reads as a personal name."""

    def __init__(self, frequency: Callable[[str], int], tag: Callable[[str], str]) -> None:
        self.frequency = frequency
        self.tag = tag

    def __call__(self, name: str, following: str = "", *, lenient: bool = False) -> bool:
        """``lenient`` where the setting says a name must stand here (after a title, in a
        byline or a list of names): then a given name that is also a word is allowed
        (周进军, 张复明), and one withheld (被告人张某)."""
        n = _surname_len(name)
        if not n and lenient and name[1:] in WITHHELD_GIVEN and (
                name[:1] in _FUNCTION_SURNAMES or self.tag(name[:1]) == "nr"):
            # 副县长向某某; 县长阳某某, a rarer surname the list leaves out but jieba tags a name
            return not following.startswith(HONORIFIC)
        if not n or not n + 1 <= len(name) <= n + 2:
            return False
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name[-1] in FUNCTION_CHARS or name in COUNTRIES:
            return False  # (马拉维, 文莱: a country's name)
        if lenient and name[n:] in WITHHELD_GIVEN and not following.startswith(HONORIFIC):
            return True  # 被告人张某, 局长王某某: a name withheld, where a name must stand
        if following.startswith(HONORIFIC) or name[n:].startswith(HONORIFIC):
            return False
        if len(name) == n + 2 and addressed(name + following[:1], 0, len(name)):
            return False  # 王诚|王总: the surname again and a form of address after the name
        if name[n:] in TITLES:
            return False  # 王书记, 张主任: a surname and a post, a form of address
        if self.tag(name[:n + 1]) == "t":
            return False  # 发言人周三称: a surname that opens a word of time (周三, 周末) is none
        if not lenient and name[-1] in _PLACE_KINDS:
            return False  # 高新区 (a name to jieba's dictionary), 黄骅港: a zone or a port before a verb
        if self.tag(name).startswith("nr"):
            return True  # a name in jieba's dictionary: 习近平, 郭凤莲
        if lenient:
            return self.frequency(name) < COMMON
        given = name[n:]
        if len(given) == 1 and given in SETTLEMENT:
            return False  # 李村, 王庄: a village before a verb, not a person
        # 全共享, 由评选: a surname character before a verb is no name; a one-character
        # given name (谢红, 魏民) says nothing by its tag.
        return self.frequency(name) < COMMON and (len(given) == 1 or self.tag(given) not in VERB_TAGS)


# Common elements of Tibetan personal names as the press transcribes them; a Tibetan name
# is two of them (格桑次仁, 扎西多吉) and has no surname.
TIBETAN_ELEMENTS = frozenset("""
扎西 次仁 格桑 尼玛 达瓦 多吉 多杰 旺堆 平措 索朗 洛桑 卓玛 央金 拉巴 普布 边巴 丹增 白玛 次旦 强巴
曲珍 德吉 益西 阿旺 顿珠 米玛 巴桑 加央 罗布 群培 桑珠 贡嘎 旦增 嘎玛 其美 仁增 才旦 才让 卓嘎 拉姆
措姆 央宗 德庆 普琼 琼达 旺姆 巴珠 拉珍 占堆 朗杰 土登 晋美 赤列 欧珠 泽仁 昂旺 坚参 坚赞 次珍
玉珍 旦巴 贡布 泽旺 旺久 索南 次珠 旺扎 尼珍 桑吉 达娃 顿旦 扎巴 次央 边珍 德央 拉宗 格列 更登
""".split())


def tibetan(name: str) -> bool:
    """Whether ``name`` is a Tibetan personal name of two common elements (格桑次仁)."""
    return len(name) == 4 and name[:2] in TIBETAN_ELEMENTS and name[2:] in TIBETAN_ELEMENTS


def _name_at(text: str, start: int, tokens: Tokens, check: NameCheck, *,
             lenient: bool = False) -> int | None:
    """End of a name starting at ``start``: a two-character given name after its surname
    if a word edge follows, else one (欧阳明月 and 欧阳明 as 王明月 and 王明)."""
    surname = _surname_len(text[start:start + 2]) or 1
    for length in (surname + 2, surname + 1):
        end = start + length
        if length > surname + 1 and delivers(text, end - 1):
            continue
        if end <= len(text) and (end in tokens.edges or not _is_cjk(text[end:end + 1])
                                 or text[end] in "、等" or delivers(text, end) or _credit(text, end)):
            if check(text[start:end], text[end:end + 2], lenient=lenient):
                return end
    return None


def _speaking_word(text: str, start: int, tokens: Tokens, tag: Callable[[str], str]) -> int | None:
    """Where a name that is also a common word ends, after a post and before a verb of
    speech (主任|黄河|介绍, 局长|江山|表示): one word of two or three characters, a surname
    first, a noun to jieba's dictionary or none of it (not 发言人|周三|称, a day); no post."""
    if start not in tokens.edges:
        return None
    end = next((e for e in (start + 2, start + 3) if e in tokens.edges), None)
    if end is None or start + 1 in tokens.edges:
        return None
    name = text[start:end]
    if not _surname_len(name) or name in TITLES or not _CJK_WORD.fullmatch(name) or tag(name)[:1] not in ("n", ""):
        return None
    return end if text.startswith(SPEECH, end) else None


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _credit(text: str, at: int) -> bool:
    """Whether a photo credit's 摄 ends the line at ``at`` (新华社记者刘洋摄): jieba reads a
    name it does not know as one word with it."""
    return text[at:at + 1] == "摄" and not _is_cjk(text[at + 1:at + 2])


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


# A head's title whose level's word closes a word before it instead: 全市|长江干流, 全省|长江流域,
# 本县|长期 (no 市长 江干流)
_WHOLE_LEVEL = re.compile("[全本我各][省市县区]长")


def find_people(text: str, tokens: Tokens, hits: list[Hit], frequency: Callable[[str], int],
                tag: Callable[[str], str]) -> list[Candidate]:
    """Candidates for every person named in ``text``."""
    check = NameCheck(frequency, tag)
    found: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int) -> None:
        if not pen_name(text, start, end):
            found[(start, end)] = Candidate(EntityType.PERSON, start, end, text[start:end], rank=1)

    # After a title: 副厅长刘大山; and the names listed after it: 副研究员杨婷婷、古晓红、王军.
    for hit in hits:
        if hit.kind != "title" or _WHOLE_LEVEL.match(text, max(0, hit.start - 1)):
            continue
        start = hit.end
        while text[start:start + 1] in (" ", "\u3000"):  # a byline's (记者 王某)
            start += 1
        end = _name_at(text, start, tokens, check, lenient=True) if start < len(text) else None
        if end is None:
            end = _speaking_word(text, start, tokens, tag)
        if end is None:
            continue
        add(start, end)
        while text[end:end + 1] == "、" and (nxt := _name_at(text, end + 1, tokens, check,
                                                            lenient=True)):
            add(end + 1, nxt)
            end = nxt
    # Clause starts where a name may open (no name starts without a surname).
    openings = [at for at in (m.end() for m in _CLAUSE_START.finditer(text)) if _surname_len(text[at:at + 2])]
    # Opening a clause before a verb: 陈炳强认为 / 金湘军从五个方面.
    for start in openings:
        end = _name_at(text, start, tokens, check)
        if end is not None and text.startswith(SPEECH, end):
            add(start, end)
        elif end is not None and text.startswith(AFTER_NAME, end):
            add(start, end)
    # The speaker after a quotation closes: “……。”常胜笑着说 (a name that is also a word).
    # (not a word and a character after it: 游客|们希望)
    for m in _QUOTE_SPEAKER.finditer(text):
        for end in (m.end() + 3, m.end() + 2):
            if end in tokens.edges and (text.startswith(SPEECH, end) or _SAYS.match(text, end)) \
                    and not (end - m.end() == 3 and m.end() + 2 in tokens.edges and m.end() + 1 not in tokens.edges) \
                    and check(text[m.end():end], text[end:end + 2], lenient=True):
                add(m.end(), end)
                break
    # Two names joined by 和 or 与 before their count, opening a clause: 石磊和武松两人.
    for start in openings:
        if (end := _name_at(text, start, tokens, check, lenient=True)) is not None \
                and (join := _JOINED_PERSON.match(text, end)) is not None \
                and (nxt := next((join.end() + n for n in (3, 2) if _PAIR.match(text, join.end() + n)
                                  and check(text[join.end():join.end() + n], lenient=True)), None)):
            add(start, end)
            add(join.end(), nxt)
    # Before a post given after the name: 刘某,省X厅副厅长 / 刘某(省X厅副厅长).
    for start in openings:
        end = _name_at(text, start, tokens, check, lenient=True)
        if end is not None and (after := _POST_AFTER.match(text, end)) and after["post"] in TITLES:
            add(start, end)
    # Before 总书记 / 同志 anywhere: 习近平总书记 (a Tibetan name whole: 格桑次仁同志, jieba's 格|桑次仁).
    for word in ("总书记", "同志"):
        for m in re.finditer(word, text):
            for length in (4, 3, 2):
                start = m.start() - length
                if start >= 0 and start in tokens.edges and (
                        tibetan(text[start:m.start()]) if length == 4 else check(text[start:m.start()])):
                    add(start, m.start())
                    break
    # A name withheld, as case reports and notices give a party's (驾驶员张某, 对王某某处以罚款):
    # a surname opening a word, or glued to the preposition before it (对|涂某某: jieba reads
    # 对涂 as one word, and so 对 with most surnames before 某某), and 某 or 某某; jieba reads 张
    # as a measure word and 某处 as one. Not a preposition's or a conjunction's character
    # (专注于|某个, 对于|某些: 于 is a surname too). A surname glued to the character before it
    # into no word of the dictionary opens the name too (种植户|张某某: jieba's guess 户张).
    for m in _WITHHELD.finditer(text):
        for length in (2, 1):
            start = m.start() - length
            if length == 2 and POSTS.ending(text, start + 1):
                continue  # 会长|孙某某, not 长孙: a post's last character before a surname (jieba's 会|长孙)
            glued = start - 1 in tokens.edges and start + 1 in tokens.edges and not frequency(text[start - 1:start + 1])
            if (start in tokens.edges or glued
                    or text[start - 1:start] in OBJECT_MARKS and start - 1 in tokens.edges) and (
                    _surname_len(text[start:start + 2]) == length) and tag(
                    text[start:m.start()]) not in _FUNCTION_TAGS and check(
                    text[start:m.end()], text[m.end():m.end() + 2], lenient=True):
                add(start, m.end())
                break
    # Bylines and credits.
    for pattern in (_BYLINE, _CREDIT):
        for m in pattern.finditer(text):
            if pattern is _CREDIT and m.start() == 0 and m.group() == m["names"]:
                continue  # 简讯: a headline of two or three characters, no credit
            for start, name in split_items(m["names"], m.start("names"), "、,"):
                if check(name, lenient=True) and not _POSITION.fullmatch(name):  # (左二: a caption's)
                    add(start, start + len(name))
    # Lists of three or more names: 王拥军、李金科、韦韬 ...
    for m in _LIST.finditer(text):
        names = m.group().split("、")
        if sum(check(n, lenient=True) for n in names) >= max(3, 0.8 * len(names)):
            for start, name in split_items(m.group(), m.start()):
                if check(name, lenient=True):
                    add(start, start + len(name))
    return list(found.values())


# A quotation's close, after which its speaker is named: ”常胜笑着说, 。”王某说.
_QUOTE_SPEAKER = re.compile(r"[”」](?=[\u4e00-\u9fff])")
_SAYS = re.compile(r"(?:笑着|接着|补充|感慨地?|激动地?|高兴地?|自豪地?|坦言|笑)说")
_JOINED_PERSON = re.compile(r"和|与|及")
_PAIR = re.compile(r"两人|二人|两位|二位|夫妇|父子|母子|父女|母女|兄弟|姐妹|等人")


@component("people", requires=("tokens", "hits"), assigns=("candidates:people",))
def people(shared: Shared):
    """People by what stands around their names: titles, speech verbs, bylines, lists."""
    def run(doc: Doc) -> None:
        doc.candidates["people"] = find_people(doc.text, doc.tokens, doc.hits, shared.segmenter.frequency,
                                               shared.segmenter.tag)
    return run
