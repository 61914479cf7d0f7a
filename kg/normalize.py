"""Pure text functions: width, stray spaces, hard line breaks, sentences.

Every function here takes and returns values; none opens a file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# A line ending in one of these closes its sentence, so the break after it is real.
TERMINAL = frozenset("。！？!?；;…”」』")
# A line ending in one of these is cut in the middle of a sentence.
CONTINUING = frozenset("，,、：:“「『《〈（(—-")
# Function characters that end no headline: a line ending in one was cut mid-sentence
# (谢红充分肯定了该校在 / 种质资源保护 ...).
DANGLING = frozenset("的在了和与及对将把从向为是被由于以并或等")
# A body line that is this long and lacks terminal punctuation is a cut paragraph;
# headlines on these pages are shorter.
LONG_LINE = 40

_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+|[ \t\u3000]+(?=[{_CJK}])")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d)[ \t]+(?=\d{0,2}[月日年号条款项])")


def to_halfwidth(text: str) -> str:
    """NFKC: full-width letters, digits and brackets become ASCII; CJK text stays.

    >>> to_halfwidth("２０２５年（第一批）")
    '2025年(第一批)'
    """
    return unicodedata.normalize("NFKC", text)


def drop_stray_spaces(line: str) -> str:
    """Remove spaces that PDF extraction puts around Chinese text; keep those between
    Latin words (Mini/Micro LED).

    >>> drop_stray_spaces("到 2025 年年底 U 型井 Mini/Micro LED")
    '到2025年年底U型井Mini/Micro LED'
    """
    return _SPACE_NEAR_CJK.sub("", line).strip()


# Who files a dateline besides this paper and Xinhua: a news site or agency (人民网石家庄12月3日电,
# 中新网雄安12月3日电, 河北新闻网讯, 央视网消息), with the word for a report after it.
SITE = r"[\u4e00-\u9fff]{1,5}?(?:网|通讯社|新闻社)"
REPORT = r"(?:讯|电|消息)"
# What follows a site's name in its dateline: a place and a date or neither, the word for a report.
SITE_REPORT = rf"(?:[\u4e00-\u9fff]{{0,6}}?\d{{1,2}}月\d{{1,2}}日)?{REPORT}"
_SITE_DATELINE = SITE + SITE_REPORT
# A dateline never ends its paragraph: 本报太原12月25日讯(记 / 者 张剑雯)...
OPENER = re.compile(rf"^(?:(?:本报|新华社)[^。]{{0,16}}?(?:讯|电)|{_SITE_DATELINE})")
# A line ending in a closing byline, (李俊华) or (尹哲、牛曙文/摄), ends its article.
CLOSER = re.compile(r"[(（][^()（）]{2,20}[)）]$")
# A field of a penalty decision or notice, a line of its own: 当事人:X公司, 法定代表人:王某.
# (and of the publicity of one: 行政相对人名称:X公司, 处罚依据:《X法》…, 处罚机关:X局)
FIELD = re.compile(r"^(?:当事人(?:名称)?|行政相对人(?:名称)?|统一社会信用代码|营业执照注册号|注册号|住所|地址|经营场所|"
                   r"法定代表人|负责人|经营者|身份证号码?|主要负责人|违法行为类型|违法事实|处罚事由|处罚依据|处罚类别|"
                   r"处罚内容|处罚结果|罚款金额(?:\(万元\))?|处罚机关|执法机关|处罚决定日期|处罚日期|决定日期|(?:行政处罚)?决定书文号|行政相对人类别|数据来源)[:：]")
# The field that opens a decision's record: its party's (当事人:X公司).
PARTY_FIELD = re.compile(r"^(?:当事人|行政相对人)(?:名称)?[:：]", re.MULTILINE)
# A document's number on a line of its own, under its title (冀政办字〔2026〕45号, 国发[2024]7号).
DOCUMENT_NUMBER = r"[\u4e00-\u9fff]{1,10}[〔\[(（]\d{4}[〕\])）]\d{1,4}号"
NUMBER_LINE = re.compile(DOCUMENT_NUMBER + r"\s*")
# What never joins the line before it: a heading, a dateline, a continuation note, a field,
# a date alone (a signature's, under the body that signs), a document's number.
_DATE_ALONE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$"
_STARTS_ANEW = re.compile(r"^(?:#|本报|新华社|" + _SITE_DATELINE
                          + r"|[(（](?:上接|接第|转自)|" + _DATE_ALONE + "|"
                          + DOCUMENT_NUMBER + r"\s*$)|" + FIELD.pattern.removeprefix("^"))
# ... nor an item's number (一、, (二), 3. or 3、; not 1.5亿) after a line that leads into no
# list (a decision's measures after 本局决定: and each other's ; run on as one decision).
_ITEM = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,3}[.．、](?!\d))")
_LEADS_INTO_ITEMS = frozenset(":：;；,，")
_SIGNED_ON = re.compile(_DATE_ALONE)
_LABELLED = re.compile(r"^[\u4e00-\u9fff()（）]{2,10}[:：]")
MAX_SIGNATURE = 30  # characters of a signing body's name at the most
# Narrow columns: lines this wide or narrower are column lines, wider are headlines.
NARROW = 25
# A notice's title, a line of its own however wide its neighbours (X人民政府关于任免工作人员的
# 通知, above the short lines of its addressees): no sentence holds it whole.
NOTICE_TITLE = re.compile(r"^[^,，。;；《》“”]{0,30}关于[^,，。;；《》]{2,60}"
                           r"的(?:通知|决定|意见|通报|公告|批复|通告)$")
# A byline of names listed on a line of its own (本报记者王某、李某某): it ends its paragraph,
# as does a photo's credit ending a caption's line (图为平遥古城夜景。本报记者赵某摄; not 拍摄).
_REPORTER = r"(?:本报)?(?:特约|实习)?(?:记者|通讯员)[\u4e00-\u9fff]{2,4}"
_AND_NAME = r"[、,][\u4e00-\u9fff]{2,4}"
_LISTED_BYLINE = re.compile(f"{_REPORTER}(?:{_AND_NAME})+")
_CREDIT_END = re.compile(f"{_REPORTER}(?:{_AND_NAME})*(?<!拍)摄$")


def _continues(line: str, nxt: str, width: float, paragraph: str = "") -> bool:
    """Whether a hard break between ``line`` and ``nxt`` cuts a sentence; ``paragraph``,
    the paragraph ``line`` ends so far, where it was begun on a line before (no headline,
    however wide)."""
    within = len(paragraph) > len(line)
    if not line or not nxt or line.startswith("#") or _STARTS_ANEW.match(nxt):
        return False
    if _ITEM.match(nxt) and line[-1] not in _LEADS_INTO_ITEMS:
        return False
    if FIELD.match(line) and _LABELLED.match(nxt):
        return False  # a field's line before another label's (处罚机关:X局 / 主办单位:Y)
    last = line[-1]
    # (a dateline's own byline closing the line, 本报北京11月30日讯(记者 张某), closes no article)
    dateline = OPENER.match(line) is not None and not any(ch in TERMINAL for ch in line)
    if (_closes_sentence(line) or (CLOSER.search(line) and not dateline) or (last == "摄" and _CREDIT_END.search(line))
            or NOTICE_TITLE.match(line) or NOTICE_TITLE.match(paragraph) or NUMBER_LINE.fullmatch(line)):
        return False
    if (last in CONTINUING or last in DANGLING or OPENER.match(line) or _ENDS_A_CUT_WORD.match(nxt)
            or NOTICE_TITLE.match((paragraph or line) + nxt) or _opens_unclosed(line)):
        return True  # (a notice's title broken over lines runs on to its end)
    size = display_width(line)
    if size >= LONG_LINE or any(ch in "。；;" for ch in line[:-1]):
        return True  # headlines neither run this long nor hold a full stop
    if width > NARROW:
        # Wide pages: headlines are short and hold no comma.
        return any(ch in "，,、；;" for ch in line) and not _LISTED_BYLINE.fullmatch(line)
    # A line as wide as its column runs on, or wider within a paragraph (a short article's
    # column reads narrow by its headline's and last lines); a paragraph's first line lost
    # its indent, so it may be up to three characters short.
    return width - 3 <= size <= width + 2 or (within and size > width + 2)


_SENTENCE_ENDS = frozenset("。！？!?；;…")


def _closes_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: in its mark, or in a quotation's close after one
    (…说:“要抓好落实。”); a quoted term closing it (将持续开展“清患”) may run on
    (专项行动,确保…), as its width says."""
    if line[-1] not in TERMINAL:
        return False
    return line[-1] not in "”」』" or len(line) < 2 or line[-2] in _SENTENCE_ENDS


# A line that opens with one character and the mark closing its clause (署，推动… under
# …的决策部; 展。 under …高质量发): the break cut a word, whatever the lines' widths say. (Not
# a numeral before 、, which opens a section: 一、)
_ENDS_A_CUT_WORD = re.compile(r"[\u4e00-\u9fff][，,。；;！？!?]")

def _opens_unclosed(line: str) -> bool:
    """Whether ``line`` opens a quotation, a title or a bracket it does not close (…说:“政策):
    the sentence goes on in the next line."""
    return any(line.count(o) > line.count(c) for o, c in _PAIRS)


_PAIRS = (("“", "”"), ("《", "》"), ("(", ")"), ("（", "）"))
_HALF_CELL = re.compile(r"[A-Za-z0-9. ]")


def display_width(line: str) -> float:
    """Printed width in Chinese characters: Latin letters and digits take half a cell.

    >>> display_width("日平均处理量达109.37万吨")
    12.0
    """
    return len(line) - 0.5 * len(_HALF_CELL.findall(line))


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return float(ordered[len(ordered) // 2]) if ordered else 0.0


def rejoin_lines(lines: list[str]) -> list[str]:
    """Join lines that a hard break cut inside a word or sentence; return paragraphs.

    Blank lines do not end a paragraph on their own: the seed pages put them inside
    words (按规定进 / / 行奖励). A line ends its paragraph when it closes a sentence or is
    narrower or wider than its column (a headline, a byline).

    >>> rejoin_lines(["近日，省委办公厅、省政府", "办公厅印发《实施意见》。", "", "标题"])
    ['近日，省委办公厅、省政府办公厅印发《实施意见》。', '标题']
    """
    kept = [line for line in lines if line]
    widths = [display_width(line) for line in kept]
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(kept):
        current += line
        # The column's width: the median of the neighbouring lines, the line itself left out.
        width = _median(widths[max(0, i - 4): i] + widths[i + 1: i + 5])
        nxt = kept[i + 1] if i + 1 < len(kept) else ""
        # (a body signing over its date, alone on its line, is no part of the line before)
        signs = i + 2 < len(kept) and _SIGNED_ON.match(kept[i + 2]) and len(nxt) <= MAX_SIGNATURE
        if not signs and _continues(line, nxt, width, current):
            continue
        paragraphs.append(current)
        current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


# Control characters (tab aside) and non-characters: no text means them, and XML cannot hold them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


_STRAIGHT_QUOTED = re.compile(r'"(?P<quoted>[^"\n]{1,40})"')
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")


def curl_quotes(line: str) -> str:
    """Straight double quotes round Chinese text set as the press sets them, “ and ”,
    so that later stages read one kind (web pages and full-width ＂, which width makes
    straight, use them). A line with an odd number of them is left as it is: one of its
    quotes runs on past the line.

    >>> curl_quotes('太原市启动"蓝天保卫战"专项行动,"PM2.5"浓度下降')
    '太原市启动“蓝天保卫战”专项行动,"PM2.5"浓度下降'
    """
    if line.count('"') % 2:
        return line
    return _STRAIGHT_QUOTED.sub(lambda m: f"“{m['quoted']}”" if _HAS_CJK.search(m["quoted"]) else m[0], line)


def normalize_line(line: str) -> str:
    """Width, then stray spaces, then quotes: the form every later stage sees (control
    characters dropped, so that every output format can hold every name)."""
    line = _CONTROL.sub("", to_halfwidth(line).replace("\ufeff", ""))
    line = _SPACE_IN_NUMBER.sub("", line)
    return curl_quotes(drop_stray_spaces(line))


_SENTENCE_END = re.compile(r"[。！？!?；;\n]+[”」』]?")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield [start, end) of each sentence, the closing mark included.

    >>> list(sentence_spans("甲。乙！"))
    [(0, 2), (2, 4)]
    """
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)
