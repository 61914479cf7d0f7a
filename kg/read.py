"""The only module that opens input files: bytes -> text -> articles.

Readers are registered by file suffix (``@reader(".txt")``); a new input format is one
function from a file's text to its articles. Two ship:

- ``.txt``: a newspaper page as printed text.
- ``.html``/``.htm`` (and a ``.txt`` that is HTML): a saved web page, its text read
  block by block (scripts, styles and markup dropped) from the headline its ``<title>``
  names (the site's navigation before it dropped), then read as a page, dated by its
  publication date (发布时间:2026-11-20) where no dateline dates an article.
- ``.jsonl``: news collected one article a line, ``{"title": ..., "text": ...}`` (also
  ``content`` for the body, and optionally ``date`` as YYYY-MM-DD); a bad line is
  reported and skipped, the good ones kept.

A page is split into articles at markdown headings, datelines (本报太原12月25日讯),
continuation notes (上接第1版) and closing bylines ((李俊华)). Headlines are short lines
without closing punctuation; on some pages they stand *after* their article, so each
headline goes to the neighbouring body it shares most words with. Page furniture (phone
tables, folios, rows of figures) is dropped; a masthead (洛阳日报) is dropped too and kept
as the page's paper, whose province or city is where the page is set; a table of
decisions (序号  当事人  违法行为  处罚结果, a row each) is written as each decision's field
lines (当事人:X公司 / 处罚内容:…).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path, PurePath

from .errors import InputError
from .lexicon import SURNAMES
from .model import Article, Page, Problem
from .normalize import (
    FIELD,
    NOTICE_TITLE,
    NUMBER_LINE,
    REPORT,
    SITE,
    SITE_REPORT,
    TERMINAL,
    normalize_line,
    rejoin_lines,
)

ENCODINGS = ("utf-8-sig", "gb18030")
MIN_CJK = 20  # fewer Chinese characters than this is not a newspaper page

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NAME = r"[\u4e00-\u9fff]{2,4}"
_NAMES = rf"{_NAME}(?:[、,]{_NAME})*"
# A byline of several names set apart by spaces (本报记者 王某 李某某, 记者 王海涛 通讯员 李明),
# read before the spaces between Chinese characters go: its names listed with 、.
_ROLE = r"(?:本报)?(?:特约|实习)?(?:记者|通讯员)"
_SPACED_BYLINE = re.compile(rf"\s*(?P<role>{_ROLE})(?P<rest>(?:\s+(?:{_ROLE}\s+)?{_NAME}){{2,}})\s*")

# 本报太原12月25日讯 / 本报讯 / 新华社北京3月1日电 / a news site's (人民网石家庄12月3日电,
# 河北新闻网讯, 央视网消息), then an optional (记者 王龙飞), whose names may each follow their
# role (记者 赵某某 通讯员 孙某, 通讯员 李某).
DATELINE = re.compile(
    rf"^(?:本报|新华社|{SITE}(?={SITE_REPORT}))"  # (a site's place has a date)
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)?(?:(?P<month>\d{1,2})月(?P<day>\d{1,2})日)?" + REPORT +
    rf"(?:[(（]{_ROLE}(?P<byline>{_NAME}(?:(?:[、,]?{_ROLE}|[、,]){_NAME})*)[)）])?"
)
# 本报讯 3月21日,... : the date opens the first sentence.
LEAD_DATE = re.compile(r"[ ]?(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
NOTE = re.compile(r"[(（](?P<note>(?:上接|下转|转自|接)第?[\d一二三四五六七八九十]{1,3}版)[)）]")
# A closing byline: (阎铁浩) (李俊华、李思明) (稿 李娟娟) (尹哲、牛曙、薛志刚文/摄).
# (记者 李某 通讯员 张某): names after their role words too
CLOSING_BYLINE = re.compile(rf"[(（](?:稿|文)?(?P<names>(?:{_ROLE})?{_NAME}(?:(?:[、,]?{_ROLE}|[、,]){_NAME})*)"
                            rf"(?:文/摄|文|摄)?[)）]$")
# A byline or photo credit on a line of its own: 本报记者 张剑雯 / 邓寅明 摄 / 记者 何宝国.
LINE_BYLINE = re.compile(
    rf"^(?:(?:本报)?记者(?P<names>{_NAMES})(?:摄)?|(?P<credit>{_NAMES})摄)$"
)
# A dated signature closing a notice: 太原市迎泽区消防救援大队 2024年3月20日.
STANDALONE_DATE = re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日$")
# Page furniture: phone tables, prices, subscription and QR-code lines.
_PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}-?)?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_SEVEN_DIGITS = re.compile(r"\d{7}")
_FURNITURE = re.compile(r"零售[:：]|报价|订阅|扫码|联系人[:：]|联系电话|电话[:：]|联系方式[:：]|资料图片|图片来源"
                        r"|广告热线|广告(?:联系|咨询|业务)")
# A page's folio and credits: 河北日报 2026年12月4日 星期五 第3版 要闻, 责任编辑:王某 (a short
# line with a date and its weekday or page; not 上接第1版, a note).
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_PAGE_OR_DAY = r"(?:星期[一二三四五六日天]|第\s*\d+\s*版)"
_FOLIO = re.compile(f"{_DATE}.*{_PAGE_OR_DAY}|{_PAGE_OR_DAY}.*{_DATE}|责任编辑|美术编辑|版式设计")
# A paper's masthead on a line of its own: 洛阳日报, 齐鲁晚报, 南方都市报, 文汇报 (in traditional
# characters too: 香港文匯報, 大公報)
_MASTHEAD = re.compile(r"(?:[\u4e00-\u9fff]{1,8}(?:日|晚|早|都市|[时時]|商|[周週]|青年|法治)"
                       r"|[\u4e00-\u9fff]{0,4}(?:文[汇匯]|大公))[报報]")
MAX_MASTHEAD = 24  # characters of a line a masthead may stand on, spaces and all
# ... and a folio line with its date and page (2026年12月5日 星期六 第2版 综合新闻): both are
# lines of their own, dropped before lines are rejoined, else a headline after them would
# be joined to them and dropped with them
_DATED_PAGE = re.compile(f"{_DATE}.*第\\s*\\d+\\s*版|第\\s*\\d+\\s*版.*{_DATE}")
# ... or a page's number alone with its section's name (第5版 综合, 第 3 版:要闻, A3版)
_PAGE_ALONE = re.compile(r"\s*(?:第\s*\d+\s*版|[A-D]\d{1,2}\s*版)(?:\s*[:：]?\s*[\u4e00-\u9fff]{1,8})?\s*")
# A web page's navigation and footer (当前位置:首页>…, 发布时间:… 浏览次数:…, 主办单位:…,
# 浙ICP备…号), on a line of up to a footer's length.
_WEB_FURNITURE = re.compile(r"ICP备|公网安备|网站标识码|版权所有|[Cc]opyright|主办单位[:：]|承办单位[:：]|技术支持[:：]"
                            r"|分享到[:：]?|浏览次数|阅读次数|当前位置[:：]|您的位置[:：]|【打印[本页]*】|【关闭[窗口]*】|字号[:：]")
# A line of the page's particulars under its headline or below its text: when, from where,
# by whom, how often read (发布时间:2026-11-20 来源:县应急管理局, 来源:河北日报 2026-12-04,
# 编辑:张某 校对:李某, (责任编辑:赵某)); no headline and no body, on a web page or a page of text.
_PARTICULARS = re.compile(r"^[(（]?(?:(?:发布|发表|更新)(?:时间|日期)|信息来源|来源|作者|编辑|责任编辑"
                          r"|浏览次数|点击数|阅读数|字号)[:：]")
# A web page's trail of sections above its headline (首页 > 政务公开 > 通知公告), dropped before
# lines are joined: a notice's title on the next line would run on from it.
_BREADCRUMB = re.compile(r"^\s*(?:(?:当前位置|您的位置|您现在的位置)[:：]\s*)?(?:网站)?首页\s*[>＞»›]")
# An advertisement's mark on a line of its own (广告, 【广告】, ·广 告·): it and the lines after
# it up to the next blank line are the advertisement's, not the article's above.
_AD_MARK = re.compile(r"^[\s(（【〔·•]*广\s*告[\s)）】〕·•]*$")
# Classified notices: 遗失声明, 张某遗失……公章一枚，声明作废。
_CLASSIFIED = re.compile(r"^(?:遗失|挂失|作废|注销|减资|清算)(?:声明|公告)$|声明作废[。.]?$|特此声明[。.]?$")
# A row of a table: three or more cells set apart by spaces, at least half of them
# figures (600519  贵州茅台  1688.00  +1.20%); a head row of short cells over one.
_CELL_SPLIT = re.compile(r"[ \t\u3000]+")
_FIGURE = re.compile(r"[-+−]?[\d.,，%％:/]+[%％元万亿手股]?|--|—")
MAX_CELL = 8
# Section heads inside an article: 【发展目标】, 一、产业链和专业镇两大引擎同步发力.
SECTION = re.compile(r"^(?:【[^】]{1,12}】|[一二三四五六七八九十]{1,3}、[^。]{2,30})$")
# A photo's caption: 图为平遥古城夜景。本报记者 赵某 摄 (text of the article it stands in, no headline).
_CAPTION = re.compile(r"(?:图为|图片为|上图为?|下图为?|左图为?|右图为?|图[①②③④⑤⑥1-9]为?)(?![书表])")
MAX_CAPTION = 100
MAX_WEB_FURNITURE = 150
_BOLD = re.compile(r"^\*\*.*\*\*$|^\*\*|\*\*$")
MAX_HEADLINE = 40


# Marks opening a brief's item (●12月4日,…): an article of items so opened is a column of
# briefs, each of its items an article of its own.
BULLETS = "■◆●▲★□◇◎※·• "


MAX_BYTES = 64 << 20  # a page, or a file of collected news, larger than this is refused
# An article longer than this is not one (a whole book, a page with no breaks, a dump):
# it is skipped with a line naming it, and the page's other articles are built. The
# longest government work reports run to about 40,000 characters.
MAX_ARTICLE = 300_000
# UTF-8 with this many sound non-ASCII characters per bad sequence is UTF-8 with a few bad
# bytes (GBK text read as UTF-8 has almost no sound sequences).
MOSTLY_UTF8 = 20


def decode(data: bytes, path: str) -> str:
    """Decode a page: UTF-16 with a BOM; UTF-8 with or without BOM (a few bad bytes in
    otherwise sound UTF-8 become U+FFFD, see ``bad_bytes``); else GB18030 (a superset of GBK)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "cannot decode as UTF-16 (it starts with a UTF-16 mark)") from None
    if not data:
        raise InputError(path, "the file is empty")
    if not data.strip():
        raise InputError(path, "the file holds only whitespace")
    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes); expected a UTF-8 or GB18030 text page")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            if encoding.startswith("utf-8"):
                text = data.decode(encoding, errors="replace")
                bad = text.count("\ufffd")
                sound = sum(1 for ch in text if ord(ch) > 0x7F) - bad
                if sound >= MOSTLY_UTF8 * bad:
                    return text
    raise InputError(path, "cannot decode as UTF-8 or GB18030; re-save the page as UTF-8")


def _is_furniture(line: str) -> bool:
    if _SEVEN_DIGITS.search(line) and (len(_PHONE.findall(line)) >= 2 or _FURNITURE.search(line)):
        return True
    if _CLASSIFIED.search(line):
        return True
    if _is_folio_line(line) or (len(line) <= MAX_WEB_FURNITURE and _WEB_FURNITURE.search(line)):
        return True
    return len(line) <= MAX_HEADLINE and bool(_FURNITURE.search(line) or _FOLIO.search(line))


def without_ads(lines: list[str]) -> list[str]:
    """``lines`` without each advertisement's block: its mark's line (``_AD_MARK``) and the
    lines after it (blank ones right after the mark too) up to the next blank one."""
    if not any("告" in line for line in lines):
        return lines
    kept, in_ad, opened = [], False, False
    for line in lines:
        if _AD_MARK.match(line):
            in_ad, opened = True, False
        elif in_ad:
            opened = opened or bool(line.strip())
            in_ad = bool(line.strip()) or not opened
        if not in_ad:
            kept.append(line)
    return kept


def _is_folio_line(line: str) -> bool:
    if len(line) > MAX_HEADLINE:
        return False
    return bool((("报" in line or "報" in line) and _MASTHEAD.fullmatch(line.strip()))
                or ("版" in line and (_DATED_PAGE.search(line) or _PAGE_ALONE.fullmatch(line))))


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SPLIT.split(line.strip()) if c]


def _is_figures_row(cells: list[str]) -> bool:
    return (len(cells) >= 3 and all(len(c) <= 2 * MAX_CELL for c in cells)
            and 2 * sum(1 for c in cells if _FIGURE.fullmatch(c)) >= len(cells))


def table_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines (as printed, before spaces are dropped) that are rows of a
    table: rows of figures, and a head of short cells directly above one."""
    rows = set()
    for i, line in enumerate(lines):
        cells = _cells(line)
        if _is_figures_row(cells):
            rows.add(i)
            head = _cells(lines[i - 1]) if i else []
            if len(head) >= 3 and all(len(c) <= MAX_CELL and not TERMINAL.intersection(c) for c in head):
                rows.add(i - 1)
    return rows


def _listed_byline(line: str) -> str:
    """A byline of names set apart by spaces with its names listed with 、 (本报记者王某、李某某)."""
    if (m := _SPACED_BYLINE.fullmatch(line)) is None:
        return line
    names = [w for w in m["rest"].split() if not re.fullmatch(_ROLE, w)]
    return m["role"] + "、".join(names)


def _names(text: str) -> tuple[str, ...]:
    """Split a byline into names, keeping only those that start with a surname."""
    names = (n.removesuffix("摄") for n in re.split(rf"[、,]?{_ROLE}|[、,]", text))
    return tuple(n for n in names if 2 <= len(n) <= 4 and n[0] in SURNAMES)


@dataclass
class _Unit:
    """A run of paragraphs: either a headline block or an article body."""

    kind: str  # "title" | "body"
    lines: list[str] = field(default_factory=list)
    grams: set[str] | None = None  # the body's character bigrams, once needed
    heading: bool = False           # a markdown heading: always the next body's title
    titles: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    month: int | None = None
    day: int | None = None
    place: str | None = None
    closed: bool = False


def _without_notes(paragraph: str) -> str:
    """A paragraph without the continuation notes it ends in (…发展。(下转第3版))."""
    return NOTE.sub("", paragraph).rstrip() if paragraph[-1] in ")）" else paragraph


_QUOTE_CLOSES = frozenset("”」』")


def _quoted_headline(line: str, following: list[str]) -> bool:
    """Whether ``line``, ending in a closing quotation mark, is a headline: it ends in a
    quoted term, not a quoted sentence (入选专精特新“小巨人”, not …:“要抓好落实。”), and a
    dateline or a byline follows it. (A short line ending so with the body going on is
    a heading inside the article: 推动“一泓清水入黄河”.)"""
    if line[-1] not in _QUOTE_CLOSES or len(line) < 2 or line[-2] in TERMINAL or not following:
        return False
    nxt = following[0]
    return bool(DATELINE.match(nxt) or ((m := LINE_BYLINE.match(nxt)) and _names(m["names"] or m["credit"])))


# What ends a line that leads into the body after it, never a headline: a notice's
# addressees (各县市区人民政府,市政府各部门:) and its opening (市政府决定:).
_LEADS_IN = frozenset(":：")


def _classify(paragraphs: list[str]) -> Iterator[tuple[str, str]]:
    for i, p in enumerate(paragraphs):
        if SECTION.match(p.lstrip("#").strip()):
            yield "body", p.lstrip("#").strip()  # a section head inside an article
        elif p.startswith("#"):
            yield "heading", p.lstrip("#").strip()
        elif _is_furniture(p):
            continue
        elif _CAPTION.match(p) and len(p) <= MAX_CAPTION:
            yield "body", p  # (its credit, 本报记者 赵某 摄, on its line: no headline)
        elif (m := LINE_BYLINE.match(p)) and _names(m["names"] or m["credit"]):
            yield "byline", p
        elif DATELINE.match(p):
            yield "dateline", p
        elif NOTE.fullmatch(p):
            yield "note", p
        elif NOTICE_TITLE.match(p):
            yield "short", p  # a notice's title, however long: its headline
        elif NUMBER_LINE.fullmatch(p):
            yield "body", p  # the notice's number under it opens its body
        elif (len(bare := _without_notes(p)) <= MAX_HEADLINE and bare[-1] not in _LEADS_IN
              and (bare[-1] not in TERMINAL or _quoted_headline(bare, paragraphs[i + 1:i + 2]))
              and not CLOSING_BYLINE.search(p) and not FIELD.match(p)):
            yield "short", p  # (a body's last line with its note, …发展。(下转第3版), is none)
        else:
            yield "body", p


def _units(paragraphs: list[str]) -> list[_Unit]:
    units: list[_Unit] = []

    def body() -> _Unit:
        if not units or units[-1].kind != "body" or units[-1].closed:
            units.append(_Unit("body"))
        return units[-1]

    def new_body() -> _Unit:
        units.append(_Unit("body"))
        return units[-1]

    for kind, text in _classify(paragraphs):
        if kind in ("heading", "short"):
            if (units and units[-1].kind == "title" and units[-1].heading == (kind == "heading")
                    and not units[-1].closed):
                units[-1].lines.append(text)
            else:
                units.append(_Unit("title", [text], heading=kind == "heading"))
            # a date alone ends a notice's signature: a headline after it is the next article's
            units[-1].closed = bool(STANDALONE_DATE.match(text))
            continue
        if kind == "byline":
            m = LINE_BYLINE.match(text)
            names = _names(m["names"] or m["credit"])
            if m["credit"] or text.endswith("摄") or (units and units[-1].kind == "body"):
                unit = body()
                unit.closed = unit.closed or bool(m["names"]) and not text.endswith("摄")
            else:  # 本报记者 张剑雯 before a body
                unit = new_body()
            unit.bylines.extend(names)
            unit.lines.append(text)
            continue
        notes = [m["note"] for m in NOTE.finditer(text)]
        text = NOTE.sub("", text).strip()
        if any(n.startswith(("上接", "接第", "转自")) for n in notes):
            unit = new_body()
        elif kind == "dateline":
            last = units[-1] if units else None
            fresh = last and last.kind == "body" and not last.lines and not last.closed
            unit = last if fresh else new_body()
        elif (text[:1] and text[0] in BULLETS.strip() and units and units[-1].kind == "body" and units[-1].lines
              and units[-1].lines[0][:1] == text[0]):
            unit = new_body()  # the next item of a column of briefs, each opened by its mark
        else:
            unit = body()
        unit.notes.extend(notes)
        if kind == "dateline":
            m = DATELINE.match(text)
            unit.place = m["place"]
            unit.month = int(m["month"]) if m["month"] else None
            unit.day = int(m["day"]) if m["day"] else None
            if m["byline"]:
                unit.bylines.extend(_names(m["byline"]))
            if unit.month is None and (d := LEAD_DATE.match(text, m.end())):
                unit.month, unit.day = int(d["month"]), int(d["day"])
        if (m := CLOSING_BYLINE.search(text)) and (names := _names(m["names"])):
            unit.bylines.extend(names)
            unit.closed = True
        if text:
            unit.lines.append(text)
        if any(n.startswith("下转") for n in notes):
            unit.closed = True
    return units


def _bigrams(text: str) -> set[str]:
    return {text[i: i + 2] for i in range(len(text) - 1)}


def _overlap(title: str, unit: _Unit | None) -> float:
    if unit is None or unit.kind != "body" or not unit.lines:
        return -1.0
    grams = _bigrams(title)
    if unit.grams is None:
        unit.grams = _bigrams("".join(unit.lines))
    return len(grams & unit.grams) / len(grams) if grams else 0.0


def _attach_titles(units: list[_Unit]) -> list[_Unit]:
    """Give each headline block to the body before or after it, whichever it matches."""
    bodies = [u for u in units if u.kind == "body"]
    for i, unit in enumerate(units):
        if unit.kind != "title":
            continue
        prev = next((u for u in reversed(units[:i]) if u.kind == "body"), None)
        nxt = next((u for u in units[i + 1:] if u.kind == "body"), None)
        text = " ".join(unit.lines)
        # a headline right under a notice's signature and date heads what follows (its attachment)
        signed = i > 0 and units[i - 1].kind == "title" and units[i - 1].closed
        if not unit.heading and not signed and prev is not None and _overlap(text, prev) > _overlap(text, nxt):
            if prev.titles:  # a signature under a notice: part of the body
                prev.lines.extend(unit.lines)
            else:
                prev.titles.append(text)
        elif nxt is not None:
            nxt.titles.insert(0, text) if not nxt.titles or unit.heading else nxt.titles.append(text)
    return [b for b in bodies if b.lines]


def _page_year(paragraphs: list[str], months: set[int]) -> int | None:
    """The year of the issue, from a dated signature in the month of the datelines."""
    for p in paragraphs:
        if (m := STANDALONE_DATE.search(p)) and int(m["month"]) in months:
            return int(m["year"])
    return None


# The issue's date on its folio line: 河北日报 2025年11月18日 星期二 第3版 要闻
_ISSUED = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
_FOLIO_DATE = re.compile(f"{_DATE}.*{_PAGE_OR_DAY}|{_PAGE_OR_DAY}.*{_DATE}")


def _issue_date(lines: list[str]) -> tuple[int, int, int] | None:
    """The date a page's folio prints, the day of its issue (year, month, day)."""
    for line in lines:
        line = normalize_line(line)
        if len(line) <= MAX_HEADLINE and _FOLIO_DATE.search(line) and (m := _ISSUED.search(line)):
            return int(m["year"]), int(m["month"]), int(m["day"])
    return None


def _dated(unit: _Unit, year: int | None, issue: tuple[int, int, int] | None) -> tuple[int | None, ...]:
    """An article's year, month and day: its dateline's, in the year a dated signature
    gives, else in the issue's year (the year before for a later month: a December
    dateline in a January issue); an article no dateline dates is of the date signed at
    its end (a notice's: 邯郸市人民政府办公室 / 2025年4月18日), else of the issue's day."""
    if unit.month:
        if year is None and issue is not None:
            year = issue[0] - (unit.month > issue[1])
        return year, unit.month, unit.day
    signed = [m for line in unit.lines if (m := STANDALONE_DATE.fullmatch(line.strip()))]
    if signed:
        return tuple(int(signed[-1][k]) for k in ("year", "month", "day"))
    return issue or (None, None, None)


# A table of decisions as regulators publish them (序号  当事人  违法行为  处罚结果, then a row
# each): its columns by the field a decision's publicity names them with, a line each.
_PARTY_COLUMN = "当事人"
_RESULT_COLUMNS = ("处罚内容", "处罚类别")
_COLUMNS = {
    **dict.fromkeys(("当事人", "当事人名称", "被处罚单位", "被处罚人", "被处罚对象", "企业名称", "单位名称",
                     "行政相对人", "行政相对人名称", "相对人名称"), _PARTY_COLUMN),
    **dict.fromkeys(("违法行为", "违法行为类型"), "违法行为类型"),
    **dict.fromkeys(("违法事实", "主要违法事实"), "违法事实"),
    **dict.fromkeys(("处罚结果", "处罚内容", "处罚决定"), "处罚内容"),
    **dict.fromkeys(("处罚种类", "处罚类别"), "处罚类别"),
    **dict.fromkeys(("处罚机关", "执法机关", "处罚决定机关", "作出处罚决定的机关"), "处罚机关"),
    **dict.fromkeys(("处罚日期", "决定日期", "处罚决定日期"), "处罚决定日期"),
    **dict.fromkeys(("决定书文号", "处罚决定书文号", "行政处罚决定书文号"), "决定书文号"),
    **{name: name for name in ("处罚依据", "法定代表人", "负责人", "统一社会信用代码", "罚款金额", "罚款金额(万元)")},
}
# Cells: set apart by a tab, by two spaces or more (one space may sit inside a name) or, in
# a markdown table, by bars (| 当事人 | 处罚结果 |, its rule |---|---| skipped).
_TABLE_CELLS = re.compile(r"\t|[ \u3000]{2,}|\s*\|\s*")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")


def decision_tables(lines: list[str]) -> list[str]:
    """``lines``, each row of a table of decisions (a head row naming a party's column and
    a result's) written as that decision's fields, a line each, as a publicity lists them
    (当事人:X公司 / 处罚内容:罚款5万元), a blank line after each; the head row dropped. A row
    of two cells, a field's name and its value (行政相对人名称 | X公司), is that field's line."""
    out: list[str] = []
    columns: list[str | None] | None = None
    for line in lines:
        if columns is not None and (_TABLE_RULE.match(line) or not line.strip()):
            continue  # (a web page's table has a blank line between its rows)
        cells = [c.strip() for c in _TABLE_CELLS.split(line.strip()) if c.strip()]
        if len(cells) == 2 and FIELD.fullmatch(normalize_line(cells[0]) + ":"):
            out.append(f"{normalize_line(cells[0])}:{cells[1]}")  # a row of a field's name and its value
            continue
        if columns is not None and len(cells) == len(columns):
            out += [f"{field}:{value}" for field, value in zip(columns, cells, strict=True) if field] + [""]
            continue
        names = [_COLUMNS.get(normalize_line(c)) for c in cells] if len(cells) >= 3 else []
        if _PARTY_COLUMN in names and any(n in _RESULT_COLUMNS for n in names):
            columns = names
            continue
        columns = None
        out.append(line)
    return out


def split_articles(text: str, source: str) -> tuple[Article, ...]:
    """Split a page's text into articles with title, dateline, bylines and body."""
    printed = decision_tables(text.splitlines())
    tables = table_rows(printed)
    lines = without_ads([normalize_line(_listed_byline(line)) for i, line in enumerate(printed) if i not in tables])
    # Pull quotes and ad slogans set in bold sit inside the text flow: drop them first.
    lines = [line for line in lines if not _BOLD.search(line) and not _is_folio_line(line)
             and not (len(line) <= MAX_WEB_FURNITURE and (_PARTICULARS.match(line.strip()) or _BREADCRUMB.match(line)))]
    paragraphs = rejoin_lines(lines)
    bodies = _attach_titles(_units(paragraphs))
    year = _page_year(paragraphs, {b.month for b in bodies if b.month})
    issue = _issue_date(printed)
    stem = Path(source).stem
    articles = []
    for n, unit in enumerate(bodies, start=1):
        body = "\n".join(unit.lines)
        title = " ".join(unit.titles)
        # The text starts with the page's headline, so that names in it have offsets too.
        text = f"{title}\n{body}" if title else body
        on_year, on_month, on_day = _dated(unit, year, issue)
        articles.append(Article(
            id=f"{stem}-{n:02d}", source=source, index=n, title=title or _first_clause(body),
            text=text,
            year=on_year, month=on_month, day=on_day,
            dateline_place=unit.place, bylines=tuple(dict.fromkeys(unit.bylines)),
            notes=tuple(unit.notes),
        ))
    return tuple(articles)


MIN_TITLE = 4  # characters a clause needs to title an article (not 近日, 日前)
TITLE_SCAN = 200  # characters of an article's opening its title is looked for in


def _first_clause(body: str) -> str:
    """An untitled article's title: its first clause, after its dateline, byline and date
    and a word of time opening it (本报太原12月25日讯(记者王龙飞)12月22日,省政府召开… and
    本报讯 近日,省政府召开… -> 省政府召开…)."""
    body = body[:TITLE_SCAN].lstrip(BULLETS)
    if dateline := DATELINE.match(body):
        rest = body[dateline.end():]
        if date := LEAD_DATE.match(rest):
            rest = rest[date.end():]
        body = rest if rest.strip(",，:： ") else body
    clauses = [c for c in re.split(r"[。!?！？,，;；\n]", body) if c.strip()]
    clause = next((c for c in clauses if len(c.strip()) >= MIN_TITLE), clauses[0] if clauses else "")
    return clause.strip()[:30]


# A page is in traditional script when converting it changes this share of its Chinese
# characters (a simplified page changes by almost none).
TRADITIONAL = 0.05


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(article: Article) -> Article:
    """A traditional-script article read in simplified script, the printed text kept as
    ``original``; unchanged where it is not traditional, or where the conversion would
    not keep every offset (a phrase of another length)."""
    cjk = len(_CJK_CHAR.findall(article.text))
    if not cjk:
        return article
    text = _to_simplified().convert(article.text)
    if text == article.text or len(text) != len(article.text):
        return article  # simplified already (most pages), or not offset for offset
    changed = sum(1 for a, b in zip(text, article.text, strict=True) if a != b)
    if changed < TRADITIONAL * cjk:
        return article
    return replace(article, text=text, original=article.text, title=_to_simplified().convert(article.title),
                   dateline_place=article.dateline_place and _to_simplified().convert(article.dateline_place),
                   bylines=tuple(_to_simplified().convert(b) for b in article.bylines))


Reader = Callable[[str, str], Page]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for files of these suffixes: (text, source) -> Page, the parts
    it skipped in ``Page.problems``; raise InputError where nothing is usable."""

    def register(fn: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix] = fn
        return fn

    return register


class _HtmlText(HTMLParser):
    """The text of an HTML page, a line per block element (a table's row a line, its cells
    set apart by tabs); scripts and styles dropped."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title",
                        "section", "article", "header", "footer", "table", "ul", "ol", "dd", "dt", "blockquote"})
    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    CELLS = frozenset({"td", "th"})  # a row's cells, set apart by a tab as a table's text is

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in self.CELLS:
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            # the source's line break between two tags is a space, as a browser reads it
            # (</td>\n<td>: no new line inside a table's row)
            self.parts.append(" " if "\n" in data and not data.strip() else data)

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.parts).splitlines())
        return "\n\n".join(line for line in lines if line)


# Markup in an article's text collected from the web: <p>…</p>, <br/>, &nbsp;
_MARKUP = re.compile(r"</?(?:p|br|div|span|strong|b|em|img|a|section|font|table|tr|td|h[1-6])\b[^<>]*>", re.IGNORECASE)


def _text_of_markup(markup: str) -> tuple[str, str]:
    """The text of an HTML page or fragment, a line per block, and its title."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.text(), "".join(parser.title)


_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<html\b)", re.IGNORECASE)


# A web page's title: its headline, then the site's name after a separator
# (省生态环境厅通报…典型案例_浙江省生态环境厅); and when the page says it was published.
_SITE_AFTER = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s).*$")
_PUBLISHED = re.compile(r"(?:发布|发表|更新)(?:时间|日期)[:：]\s*"
                        r"(?P<year>\d{4})[-年/.](?P<month>\d{1,2})[-月/.](?P<day>\d{1,2})")
MIN_WEB_HEADLINE = 6


@reader(".html", ".htm")
def web_page(text: str, source: str) -> Page:
    """A saved web page: its text from the headline its title names on (the site's
    navigation before it dropped), the headline made a heading; its articles dated by the
    page's publication date where no dateline dates them."""
    whole, title = _text_of_markup(text)
    lines = [line for line in whole.split("\n\n") if not _PARTICULARS.match(line.strip())]
    headline = _SITE_AFTER.sub("", title.strip())
    if len(headline) >= MIN_WEB_HEADLINE:
        at = next((i for i, line in enumerate(lines) if line.strip() == headline), None)
        if at is not None:
            lines = [f"# {headline}"] + lines[at + 1:]
    page = newspaper_page("\n\n".join(lines), source, markup=False)
    if (published := _PUBLISHED.search(whole)) is None:
        return page
    year, month, day = (int(published[k]) for k in ("year", "month", "day"))
    return replace(page, articles=tuple(a if a.month else replace(a, year=year, month=month, day=day)
                                        for a in page.articles))


@reader(".txt")
def newspaper_page(text: str, source: str, *, markup: bool = True) -> Page:
    if markup and _LOOKS_HTML.match(text):
        return web_page(text, source)
    if sum(1 for _ in islice(_CJK_CHAR.finditer(text), MIN_CJK)) < MIN_CJK:
        raise InputError(source, f"not a newspaper page: fewer than {MIN_CJK} Chinese characters")
    articles = split_articles(text, source)
    if not articles:
        raise InputError(source, "not a newspaper page: no article body found "
                                 "(only headlines, tables, advertisements or notices)")
    mastheads = (_MASTHEAD.fullmatch(normalize_line(line).strip()) for line in text.splitlines()
                 if len(line) <= MAX_MASTHEAD and ("报" in line or "報" in line))
    paper = next((m[0] for m in mastheads if m), None)
    return Page(source=source, articles=articles, paper=paper)


_ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")


@reader(".jsonl")
def news_lines(text: str, source: str, first_line: int | None = None) -> Page:
    """One article a line: a JSON object with ``text`` (or ``content``), and optionally
    ``title`` and ``date``. The articles do not share a page: each is situated (its
    province and city) on its own. With ``first_line``, ``text`` is a stretch of a
    larger file that starts at that line (see ``read_sources``): ids and problems count
    the file's lines, and a stretch with no article is no error of the file's."""
    stem = Path(source).stem
    articles: list[Article] = []
    problems: list[Problem] = []
    for n, line in enumerate(text.splitlines(), start=first_line or 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(where, f"not JSON ({exc.msg})"))
            continue
        body = record.get("text", record.get("content")) if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            problems.append(Problem(where, 'no article: expected an object with a "text" string'))
            continue
        title = record.get("title")
        title = normalize_line(title) if isinstance(title, str) else ""
        if _MARKUP.search(body):  # <p>近日,…</p><p>…</p>: its text, a line per paragraph
            body = _text_of_markup(body)[0]
        lines = rejoin_lines([normalize_line(x) for x in body.splitlines()])
        body = "\n".join(x for x in lines if x)
        date = _ISO_DATE.fullmatch(str(record.get("date", "")).strip()[:10])
        dateline = DATELINE.match(body)
        month = int(date["month"]) if date else (int(dateline["month"]) if dateline and dateline["month"] else None)
        day = int(date["day"]) if date else (int(dateline["day"]) if dateline and dateline["day"] else None)
        articles.append(Article(
            id=f"{stem}-{n:02d}", source=source, index=n, title=title or _first_clause(body),
            text=f"{title}\n{body}" if title else body,
            year=int(date["year"]) if date else None, month=month, day=day,
            dateline_place=dateline["place"] if dateline else None,
            bylines=_names(dateline["byline"]) if dateline and dateline["byline"] else (),
        ))
    if not articles and first_line is None:
        raise InputError(source, "no article: expected one JSON object a line with a \"text\" string")
    return Page(source=source, articles=tuple(articles), problems=tuple(problems), separate=True)


@dataclass(frozen=True, slots=True)
class Source:
    """One input file as read from disk: its bytes, or the problem that kept them from
    being read; made a page by ``page_of`` wherever that runs (a worker on another
    machine needs no access to the file)."""

    shown: str          # the file as the user gave it
    name: str           # its name: the suffix picks the reader
    key: str | None     # names the page in article ids
    data: bytes = b""
    problem: str | None = None
    part: bool = False   # a stretch of a large .jsonl file (read_sources) ...
    first_line: int = 1  # ... starting at this line


def read_source(path: Path, key: str | None = None) -> Source:
    """The bytes of one input file, read with the checks every input gets (a regular
    file, not too large, not a dangling or looping link)."""
    shown = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(shown, "is a directory; pass it as a folder of .txt pages")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(shown, "not a regular file (a pipe or device); give a text file")
        if info.st_size > MAX_BYTES:
            raise InputError(shown, f"larger than {MAX_BYTES >> 20} MB; split it into pages")
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(shown, f"larger than {MAX_BYTES >> 20} MB; split it into pages")
    except InputError as exc:
        return Source(shown, path.name, key, problem=exc.problem)
    except FileNotFoundError:
        return Source(shown, path.name, key,
                      problem="a dangling symbolic link" if path.is_symlink() else "no such file")
    except OSError as exc:
        problem = "a symbolic link loop" if exc.errno == errno.ELOOP else f"cannot read: {exc.strerror}"
        return Source(shown, path.name, key, problem=problem)
    return Source(shown, path.name, key, data)


# News collected one article a line is read in stretches of about this many bytes, each
# a page of its own: a file of any size, in memory a stretch at a time.
STRETCH_BYTES = 8 << 20
STREAMED = (".jsonl",)


def read_sources(path: Path, key: str | None = None) -> Iterator[Source]:
    """The sources one input file gives: itself (``read_source``), or, for news one
    article a line (``.jsonl``) larger than a stretch, its stretches of whole lines, so
    that no size cap applies and no more than a stretch of bytes is held at a time."""
    try:
        info = path.stat()
        large = path.suffix.lower() in STREAMED and stat.S_ISREG(info.st_mode) and info.st_size > STRETCH_BYTES
    except OSError:
        large = False  # read_source names the problem
    if not large:
        yield read_source(path, key)
        return
    shown, first, lines, size = str(path), 1, [], 0
    try:
        with path.open("rb") as fh:
            for n, line in enumerate(fh, start=1):
                if not lines:
                    first = n
                lines.append(line)
                size += len(line)
                if size >= STRETCH_BYTES:
                    yield Source(shown, path.name, key, b"".join(lines), part=True, first_line=first)
                    lines, size = [], 0
    except OSError as exc:
        yield Source(shown, path.name, key, problem=f"cannot read: {exc.strerror}", part=True, first_line=first)
        return
    if lines:
        yield Source(shown, path.name, key, b"".join(lines), part=True, first_line=first)


def sources_of(files: Iterable[tuple[Path, str]]) -> Iterator[tuple[int, Source]]:
    """(index of its file, source) for every source of ``files`` (path and key each), in
    order: a large .jsonl file gives several."""
    for i, (path, key) in enumerate(files):
        for source in read_sources(path, key):
            yield i, source


def read_page(path: Path, key: str | None = None) -> Page:
    """Read one input file with the reader of its suffix (a file of another suffix named
    on the command line is read as a .txt page); raise InputError naming the file for
    anything unusable. ``key`` names the page in article ids (its file stem by default;
    see ``page_keys``)."""
    return page_of(read_source(path, key))


def page_of(source: Source) -> Page:
    """The page a source holds; InputError naming the file for anything unusable. A
    stretch of a large file (``read_sources``) may hold no article: its lines' problems
    are its result."""
    if source.problem is not None:
        raise InputError(source.shown, source.problem)
    shown, data, name = source.shown, source.data, PurePath(source.name)
    stretch = source.part
    text = decode(data, shown)
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd") if "\ufffd" in text else 0
    label = name.name if source.key is None or source.key == name.stem else source.key + name.suffix
    read = READERS.get(name.suffix.lower(), newspaper_page)
    try:
        page = read(text, label, source.first_line) if stretch else read(text, label)
    except InputError as exc:
        raise InputError(shown, exc.problem) from None
    # A skipped part is named by the file as the user gave it: dir/news.jsonl:12.
    problems = [Problem(shown + p.where.removeprefix(label), p.message) for p in page.problems]
    kept = []
    for article in page.articles:
        if len(article.text) > MAX_ARTICLE:
            problems.append(Problem(f"{shown}: article {article.index}",
                                    f"{len(article.text):,} characters, more than an article's "
                                    f"{MAX_ARTICLE:,}; skipped (break it into articles)"))
        else:
            kept.append(simplified(article))
    if not kept and (page.articles or not stretch):
        raise InputError(shown, problems[-1].message if problems else "no article")
    page = replace(page, articles=tuple(kept))
    if bad:
        problems.insert(0, Problem(shown, f"{bad} invalid UTF-8 sequence(s) read as U+FFFD; "
                                          "the rest of the page is built"))
    return replace(page, problems=tuple(problems))


def page_keys(files: Iterable[Path]) -> dict[Path, str]:
    """A key per file for its article ids: the file stem, or where two files of one build
    share a stem (a/page.txt, b/page.txt), the stem and a digest of the path as given, so
    that they stay two pages and the same input gives the same ids."""
    files = list(files)
    stems = Counter(f.stem for f in files)
    return {f: f.stem if stems[f.stem] == 1 else
            f"{f.stem}-{hashlib.sha256(str(f).encode('utf-8')).hexdigest()[:8]}" for f in files}


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files as given; folders, and their subfolders, as the files they hold that a reader
    takes (.txt, .jsonl, in any case) in path order. Symbolic links to folders are not
    followed (no loops); what is named but cannot be a page (a dangling link, a pipe) is
    reported, as are missing paths."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    entry = Path(root) / name
                    if entry.suffix.lower() not in READERS:
                        continue
                    if entry.is_file():
                        found.append(entry)
                    elif entry.is_symlink() and not entry.exists():
                        problems.append(Problem(str(entry), "a dangling symbolic link; skipped"))
                    elif not entry.is_dir():
                        problems.append(Problem(str(entry), "not a regular file (a pipe or device); skipped"))
            if not found:
                problems.append(Problem(str(path), f"folder holds no pages ({', '.join(sorted(READERS))})"))
            files.extend(sorted(found))
        elif path.exists() or path.is_symlink():
            files.append(path)  # read_page names what is wrong with it
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return files, problems


def read_pages(paths: Iterable[Path]) -> tuple[list[Page], list[Problem]]:
    """Read every page it can; report each unusable file and go on with the rest."""
    files, problems = expand_paths(paths)
    keys = page_keys(files)
    pages = []
    for path in files:
        try:
            page = read_page(path, keys[path])
        except InputError as exc:
            problems.append(Problem(exc.path, exc.problem))
            continue
        pages.append(page)
        problems.extend(page.problems)
    return pages, problems
