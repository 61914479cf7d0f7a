"""Programmes and laws: titles in 《》, quoted names, campaign names after a verb.

- 《安全生产法》, 《山西省消防条例》: a title ending in 法/条例/规定/办法 ... (or 解释, a
  judicial interpretation) is a Law, as is a standard cited by its code
  (YB/T 6230-2024《不锈钢单位产品能源消耗技术要求》).
- 《关于推动消费品工业高质量发展的实施意见》: a title ending in a document word is a
  Program; a short title (《规划》, 《实施方案》) names the latest full title it ends.
- 发布关于调整个人住房贷款最低首付款比例政策的通知: a title given without its marks, 关于
  ... 的 and a document's ending word, right after the verb that issues it.
- “一泓清水入黄河”工程, 山西省第三届“三晋最美快递员”评选活动: a quoted name with a
  programme word, with the words before it that belong to the name; a quoted name that
  ends in one, of six characters or more, or right after a trigger verb (启动“春风行动”).
- 实施品种扩增行动, 深入打好碧水保卫战: a name after a trigger verb, ending in a
  programme word; names joined to one by 、 or 和 share its ending.
- “百院兴医”“人才强卫”“中医药强市”等工程: quoted names before 等 + a programme word.
- 2025年国民经济和社会发展计划, 河北省2024年全省和省本级预算: the plans and budgets every
  government lays before its congress each year, named by year (and place, and scope).
- X公司年产10万吨Y项目在Z开工建设: a project named as its clause's subject, then what
  happens to it (开工, 签约, 投产 ...).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import sections
from ..model import EntityType
from ..segment import Tokens
from .base import CJK, HARD_TAGS, POSTS, WITHHELD_PART, Candidate, extend_left, split_items
from .doc import Doc
from .gazetteer import Hit
from .registry import Shared, component

FORMS = sections()
LAW_END = tuple(FORMS["law"])
DOC_END = tuple(FORMS["document"])
PROGRAM_END = tuple(sorted(FORMS["program"], key=len, reverse=True))
TRIGGERS = frozenset(FORMS["trigger"])
_TITLE = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
_STANDARD = re.compile(r"(?P<code>[A-Z]{1,4}(?:/[A-Z])?\s?\d+(?:\.\d+)*-\d{4})\s?$")
# A numbered notice: 2023年山西省应急管理厅行政处罚公告第1号.
_NUMBERED = re.compile(r"(?:公告|通告|通报|决定书|通知|令)(?:第\d+号|\(\d+\))$")
# Measures named by their count of articles: 《前海跨境金融十条》, 《稳外贸20条》.
_ARTICLES = re.compile(r"[^第\d一二三四五六七八九十百][一二三四五六七八九十百\d]+条$")
_QUOTED = re.compile(r"“(?P<name>[^“”\n]{2,20})”")
_QUOTE_LIST = re.compile(r"((?:“[^“”\n]{2,12}”){2,})等?(?P<end>" + "|".join(PROGRAM_END) + ")")
# (a bracket in the tail only with its pair: not the close of 以下简称“X”)签署战略…)
_AFTER_QUOTE = re.compile(r"(?!等)(?P<tail>(?:[\u4e00-\u9fffA-Za-z0-9]|\([\u4e00-\u9fffA-Za-z0-9]{1,8}\)){0,14}?)"
                          r"(?P<end>(?:"
                          + "|".join(PROGRAM_END) + r")+)(?![\u4e00-\u9fff]{0,1}[中们的])")
# Endings that make a name on their own after a short stem (碧水保卫战); the others
# (改革, 政策, 项目 ...) need four characters before them, or they are generic (深化改革).
STRONG_END = ("保卫战", "攻坚战")
GENERIC_START = ("一批", "上述", "年度", "有关", "相关", "各项", "各类", "这些", "该", "此次",
                 "本次", "国家", "重大", "重点", "省级", "市级", "深化", "深入", "全面", "进一步",
                 "领域", "宏观", "一系列")
_COLLECTIVE = re.compile(r"^[一二三四五六七八九十百两\d]+[大项个条]")
CLAUSE_WINDOW = 120  # no clause runs longer; looking further back only costs time
_CLAUSE_END = re.compile(r"[,，。;；:：!?！？\n]")
_TRIGGER = re.compile("|".join(sorted(TRIGGERS, key=len, reverse=True)))
_TRIGGER_BEFORE = re.compile("(?:" + "|".join(sorted(TRIGGERS, key=len, reverse=True)) + ")$")
# What separates a name from the trigger verb before it: 实施精准招商行动、市场渠道拓展行动
# 和市场环境优化行动; 开展为期6个月的校园食品安全排查整治专项行动.
_CUT = frozenset("、和与及的等了")


# An edition, period or part after a title, or more than one: 指导目录(2023年本), 专项规划
# (2022—2035年), 规定(一), 特别管理措施(负面清单)(2026年版).
_EDITION = re.compile(r"(?:\([^()]{1,16}\))+$")
_YEAR = re.compile(r"(?:19|20)\d{2}年度?$")
# Plans that carry out another are titled 落实X(实施|工作)方案; 落实 belongs to the name.
IMPLEMENTS = "落实"
_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}年")
# A year a campaign's quoted name ends in, after its ending: “清废行动2026”, “春风行动·2026”.
_TRAILING_YEAR = re.compile(r"[·•]?(?:19|20)\d{2}$")
# Endings that name a programme only in quotes: “两新”政策, “放管服”改革 (一揽子增量政策 and
# 要素市场化改革 are descriptions).
QUOTED_ONLY = frozenset({"政策", "政策措施", "改革"})
NOUN_TAGS = frozenset({"n", "vn", "nz", "ng"})


def _modifies_a_noun(tokens: Tokens, end: int) -> bool:
    """A programme word followed by a noun is a modifier: 政策建议, 项目建设."""
    i = bisect_left(tokens.spans, (end, end))
    return i < len(tokens.spans) and tokens.spans[i][0] == end and tokens.tags[i] in NOUN_TAGS


def _with_year(text: str, start: int) -> int:
    """A year right before a name belongs to it: 2023年度山西省科技重大专项计划...."""
    m = _YEAR.search(text, max(0, start - 8), start)
    return m.start() if m else start


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts."""
    window = max(0, at - CLAUSE_WINDOW)
    return max((m.end() for m in _CLAUSE_END.finditer(text, window, at)), default=window)


def _past_cuts(text: str, start: int, end: int, joined: bool = False) -> int:
    """Where a name ending at ``end`` begins after ``start``: past the last word between
    names (、和的 …) in that stretch; with ``joined``, a 和, 与 or 及 no programme's name ends
    before joins the parts of one name (义务教育薄弱环节改善与能力提升工程)."""
    return start + max((i for i, ch in enumerate(text[start:end]) if ch in _CUT and not (
        joined and ch in _JOINS and not text.endswith(PROGRAM_END, start, start + i))), default=-1) + 1


_JOINS = frozenset("和与及")


def _trigger_end(text: str, start: int) -> int | None:
    """Where the last trigger verb of the clause holding ``start`` ends before it, if any."""
    last = None
    for last in _TRIGGER.finditer(text, _clause_start(text, start), start):  # noqa: B007 (the last one)
        pass
    return None if last is None else last.end()


def _after_trigger(text: str, start: int) -> int | None:
    """Where a name ending at ``start``'s programme word begins when a trigger verb opens
    its clause; None when the clause has no trigger before it."""
    end = _trigger_end(text, start)
    return None if end is None else _past_cuts(text, end, start, joined=True)


# Short names listed before one that ends in a programme word, sharing that ending:
# 打好蓝天、碧水、净土保卫战 (蓝天保卫战, 碧水保卫战 and 净土保卫战).
_SHARED = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+")
_SHARED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")
MAX_SHARED_STEM = 4  # characters of the last name's own part at the most


def clean(name: str) -> str:
    """A programme's or law's name without quotes and inner title marks.

    >>> clean("山西省落实〈空气质量持续改善行动计划〉实施方案")
    '山西省落实空气质量持续改善行动计划实施方案'
    """
    return re.sub(r"[“”‘’\"〈〉<>《》]", "", name).strip()


# A short title that is a document's kind alone (《意见》, 《实施方案》, 《规划》).
_KIND_ONLY = re.compile(f"(?:实施|行动|工作|若干|指导)?(?:{'|'.join(sorted(DOC_END, key=len, reverse=True))})")


def _titles(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    full: list[str] = []
    for m in _TITLE.finditer(text):
        title = clean(m["title"])
        if code := _STANDARD.search(text, max(0, m.start() - 20), m.start()):
            found.append(Candidate(EntityType.LAW, code.start("code"), m.end(), title, rank=3))
        elif _EDITION.sub("", title).endswith(LAW_END):
            found.append(Candidate(EntityType.LAW, m.start(), m.end(), title, rank=3))
        elif (kind := _KIND_AFTER.match(text, m.end())) is not None:
            # 《新时代的中国能源发展》白皮书: the document's kind written after its title
            found.append(Candidate(EntityType.PROGRAM, m.start(), kind.end(), title + kind.group(), rank=3))
        elif _EDITION.sub("", title).endswith(DOC_END) or _NUMBERED.search(title) or _ARTICLES.search(title):
            longer = [f for f in full if _EDITION.sub("", f).endswith(title) and f != title]
            if not longer and _KIND_ONLY.fullmatch(title):
                continue  # 《意见》 with no full title before it in the article: it names none here
            canonical = longer[-1] if longer else title
            if not longer:
                full.append(title)
            found.append(Candidate(EntityType.PROGRAM, m.start(), m.end(), canonical, rank=3))
    return found


# A document's kind written after a title that does not end in it: 《X》白皮书, 《X》蓝皮书.
_KIND_AFTER = re.compile("白皮书|蓝皮书")


# A notice that issues a document names it: X关于印发Y的通知 (Y with or without its marks,
# 〈Y〉 inside the notice's own 《》).
_ISSUES = re.compile(r"关于印发(?P<title>《[^《》]{2,60}》|〈[^〈〉]{2,60}〉|[^《》〈〉。\n]{2,60}?)的通知$")


def issued_within(text: str, kept: list[Candidate]) -> list[Candidate]:
    """The document a kept notice of issue names, where no title of it is kept: a
    programme or law of its own (河北省人民政府关于印发河北省国土空间规划(2021—2035年)的
    通知: the plan is the policy the notice issues)."""
    taken = {(c.start, c.end) for c in kept}
    found = []
    for c in kept:
        end = c.end - text.startswith("》", c.end - 1)
        m = _ISSUES.search(text, c.start, end) if c.type is EntityType.PROGRAM else None
        if m is None or m.end() != end or (m.start("title"), m.end("title")) in taken:
            continue
        if (issued := _issued(m)) is not None:
            found.append(issued)
    return found


def _issued(m: re.Match) -> Candidate | None:
    """The law or programme a notice of issue's ``title`` group names, if its title ends as one does."""
    title = clean(m["title"])
    bare = _EDITION.sub("", title)
    kind = EntityType.LAW if bare.endswith(LAW_END) else EntityType.PROGRAM if bare.endswith(DOC_END) else None
    return None if kind is None else Candidate(kind, m.start("title"), m.end("title"), title, rank=3)


# ... and so does one named in running text or a headline, its issuer on the line before
# (邯郸市人民政府办公室 / 关于印发邯郸市推动大规模设备更新和消费品以旧换新实施方案的通知):
# the title is whole, 和 and all.
_ISSUES_UNMARKED = re.compile(r"关于印发(?P<title>[^,，。;；:：“”《》〈〉\s]{4,60}?)的通知")


def _issued_in_notices(text: str) -> list[Candidate]:
    return [c for m in _ISSUES_UNMARKED.finditer(text) if (c := _issued(m)) is not None]


# A title news gives without its marks, right after the verb that issues it:
# 发布关于调整个人住房贷款最低首付款比例政策的通知, 通过了关于加强X的决定.
_UNMARKED = re.compile("(?:" + "|".join(sorted(FORMS["issue"], key=len, reverse=True)) + "|通过了)"
                       r"(?P<title>关于[^,，。;；:：、“”《》()（）\s]{4,60}?的(?:若干|暂行|试行|补充)?(?:"
                       + "|".join(sorted(DOC_END + LAW_END, key=len, reverse=True)) + r"))(?![\u4e00-\u9fff])")


def _unmarked(text: str) -> list[Candidate]:
    found = []
    for m in _UNMARKED.finditer(text):
        kind = EntityType.LAW if m["title"].endswith(LAW_END) else EntityType.PROGRAM
        found.append(Candidate(kind, m.start("title"), m.end(), m["title"], rank=2))
    return found


# What a campaign does, written after its quoted name, that is not the name's own ending:
# “护苗行动”专项检查 is 护苗行动 (but “蓝天保卫战”专项行动 one name, and 落实“X计划”实施方案 a
# document's title).
_KIND_OF_WORK = frozenset({"专项检查", "专项督查", "专项治理"})


def _quoted(text: str, tokens: Tokens) -> list[Candidate]:
    found = []
    for m in _QUOTED.finditer(text):
        after = _AFTER_QUOTE.match(text, m.end())
        if after and not after["tail"] and after["end"] in _KIND_OF_WORK and m["name"].endswith(PROGRAM_END):
            after = None  # “护苗行动”专项检查: the quoted campaign is the name, what follows its kind
        if not after:
            # “三晋最美快递员评选”-long names stand alone; a short one (“春风行动”) after a verb
            # that starts a programme, or after it and a year: 启动“春风行动”, 开展2024年“清废行动”
            opened = _with_year(text, m.start())
            core = _TRAILING_YEAR.sub("", m["name"])
            if core.endswith(PROGRAM_END) and (len(core) >= 6 or _TRIGGER_BEFORE.search(
                    text, max(0, opened - 6), opened) and not core.startswith(PROGRAM_END)):
                found.append(Candidate(EntityType.PROGRAM, m.start(), m.end(), clean(m["name"]), rank=2))
            continue
        start = _after_trigger(text, m.start())
        if start is None or m.start() - start > 12:
            start = _with_year(text, extend_left(text, tokens, m.start(), limit=12))
        end = after.end()
        if text.endswith(IMPLEMENTS, 0, start) and after["end"].endswith("方案"):
            start -= len(IMPLEMENTS)  # 落实“X”实施方案 is a title: 山西省落实〈X〉实施方案
        name = clean(text[start:end])
        if not _COLLECTIVE.match(name):
            found.append(Candidate(EntityType.PROGRAM, start, end, name, rank=2))
    for m in _QUOTE_LIST.finditer(text):
        for q in _QUOTED.finditer(m.group(1)):
            start = m.start() + q.start()
            found.append(Candidate(EntityType.PROGRAM, start, start + len(q.group()),
                                   q["name"] + m["end"], rank=2))
    return found


def _triggered(text: str, tokens: Tokens, hits: list[Hit]) -> list[Candidate]:
    """Names ending in a programme word after a trigger verb of their clause."""
    found: list[Candidate] = []
    for hit in hits:
        if hit.kind != "suffix:program" or (hit.end not in tokens.edges
                                              and CJK.match(text[hit.end:hit.end + 1])):
            continue
        if (verb := _trigger_end(text, hit.start)) is None:
            continue
        start = _past_cuts(text, verb, hit.start, joined=True)
        name = text[start:hit.end]
        stem = hit.start - start
        if (stem < (2 if hit.data in STRONG_END else 4) or stem > 24 or _COLLECTIVE.match(name)
                or not (CJK.match(name) or _LEADING_YEAR.match(name)) or any(ch in name for ch in "“《》")
                or name.startswith(GENERIC_START) or hit.data in QUOTED_ONLY
                or _modifies_a_noun(tokens, hit.end) or _COUNT_AFTER.match(text, hit.end)):
            continue  # (实施省市重点项目326个: a kind of programme counted, none named)
        found.append(Candidate(EntityType.PROGRAM, start, hit.end, clean(name), rank=1))
        if stem <= MAX_SHARED_STEM and _SHARED.fullmatch(text, verb, start):
            found += [Candidate(EntityType.PROGRAM, verb + m.start(), verb + m.end(), m.group() + hit.data, rank=1)
                      for m in _SHARED_ITEM.finditer(text[verb:start])]
    return found


# 项目 ... 分别是:A;B;C。 — the items of an announced list of projects.
_ENUMERATION = re.compile(r"项目[^。]{0,40}?(?:分别是|分别为|包括)[:：](?P<items>[^。]+)")
_ITEM = re.compile(r"[^;；]+")
# A、B等280个省级重点工程项目 / A等一批项目: each item is a project.
_PROJECT_LIST = re.compile(r"(?P<items>[^,，。;；:：]{2,80}?)等(?:\d+个|一批|多个|两个|[一二三四五六七八九十]+个)"
                           r"(?:(?!企业)[^,，。;；:：、]){0,12}?项目")
_ITEM_VERB = re.compile("|".join(sorted(TRIGGERS | {"推动", "重点推动", "加快", "支持"}, key=len,
                                        reverse=True)))


def _enumerated(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    if "项目" not in text:
        return found
    for m in _ENUMERATION.finditer(text):
        for item in _ITEM.finditer(m["items"]):
            name = item.group().strip()
            if 4 <= len(name) <= 40 and CJK.search(name):
                start = m.start("items") + item.start() + (len(item.group()) - len(item.group().lstrip()))
                found.append(Candidate(EntityType.PROGRAM, start, start + len(name), clean(name), rank=2))
    return found


def project_lists(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    if "项目" not in text or "等" not in text:
        return found
    for m in _PROJECT_LIST.finditer(text):
        for start, item in split_items(m["items"], m.start("items")):
            last = None
            for last in _ITEM_VERB.finditer(item):  # noqa: B007 (the last match is wanted)
                pass
            if last is not None:  # 现代煤化工推动朔州新耀低阶煤综合利用
                item, start = item[last.end():], start + last.end()
            if 4 <= len(item) <= 30 and CJK.match(item) and not _COLLECTIVE.match(item):
                name = clean(item)  # (A项目、B项目等一批项目: each item's name ends in 项目 once)
                found.append(Candidate(EntityType.PROGRAM, start, start + len(item),
                                       name if name.endswith("项目") else name + "项目", rank=2))
    return found


# A project or a work of engineering named as the subject of its clause, then what happens
# to it there (X公司年产10万吨Y项目在Z开工建设, X项目正式投产, Y二期工程顺利通过竣工验收):
# its name runs from the clause's start. Projects that start together (重大项目集中开工) are
# many, named by none; a clause with a post in it is a person's (区委书记周某某宣布项目开工).
_PROJECT_EVENT = re.compile(r"(?:在[^,，。;；“”]{1,20}?)?(?:正式|顺利|全面|全线|已|已经|日前|近日)?"
                            r"(?:开工|签约|投产|竣工|落地|开建|建成|通车|奠基|封顶|并网|试运行|试生产|达产|"
                            r"通过(?:竣工)?验收|完工|贯通|通水|投用|投入使用)")
PROJECTS = frozenset({"项目", "工程"})


def _subject_projects(text: str, tokens: Tokens, hits: list[Hit]) -> list[Candidate]:
    found: list[Candidate] = []
    for hit in hits:
        if hit.kind != "suffix:program" or hit.data not in PROJECTS or not _PROJECT_EVENT.match(text, hit.end):
            continue
        start = _past_openers(text, tokens, _past_cuts(text, _clause_start(text, hit.start), hit.start), hit.start)
        name = text[start:hit.end]
        if (not 4 <= hit.start - start <= 30 or not CJK.match(name) or _COLLECTIVE.match(name)
                or name.startswith(GENERIC_START) or any(ch in name for ch in "“”《》")
                or start not in tokens.edges or _COUNTED.search(text, start, hit.start)
                or not _proper(text, tokens, start, hit.start) or _holds_a_post(text, tokens, start, hit.start)):
            continue
        found.append(Candidate(EntityType.PROGRAM, start, hit.end, clean(name), rank=1))
    return found


# Words that open a clause before its subject: 其中, 同时, 目前, 今年 (pronouns, conjunctions,
# adverbs, times).
_OPENER_TAGS = HARD_TAGS | {"t"}


def _past_openers(text: str, tokens: Tokens, start: int, end: int) -> int:
    """Where a clause's subject begins after ``start``: past the words that open the clause
    (其中|X项目已投产, 目前|X工程已完工), up to ``end``; a part withheld (某某, a pronoun
    to jieba) is the subject's."""
    i = bisect_left(tokens.spans, (start, start))
    while i < len(tokens.spans) and tokens.spans[i][0] == start and tokens.spans[i][1] < end \
            and tokens.tags[i] in _OPENER_TAGS and not WITHHELD_PART.match(text, start):
        start = tokens.spans[i][1]
        i += 1
    return start


_COUNTED = re.compile(r"[\d一二三四五六七八九十百千两]+[个项批]$")  # 全市共有120个|项目: projects counted
_COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十百千两]+[个项批]")  # 实施重点项目|326个: counted after
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})


def _holds_a_post(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """Whether ``start``..``end`` holds a person by their post: a word ending in a post
    (区委书记, 市长) and a name after it (周某某, 李明), not a post alone nor one before a
    noun jieba's dictionary calls a name (教师|周转|房项目)."""
    lo, hi = bisect_left(tokens.spans, (start, start)), bisect_left(tokens.spans, (end, end))
    return any(POSTS.ending(text, e) and (WITHHELD_PART.match(text, e) or (
        tokens.tags[i + 1].startswith("nr") and tokens.tags[i + 2] not in NOUN_TAGS))
        for i, (_, e) in enumerate(tokens.spans[lo:hi - 2], start=lo))


def _proper(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """Whether a word of ``start``..``end`` names something: a place, a person or a body in
    jieba's dictionary, a word it does not know (晶科), or a part withheld (某某); not a
    description of a kind (新能源汽车零部件)."""
    if WITHHELD_PART.search(text, start, end):
        return True
    for i in range(bisect_left(tokens.spans, (start, start)), len(tokens.spans)):
        s, e = tokens.spans[i]
        if s >= end:
            break
        tag = tokens.tags[i]
        if tag in _PROPER_TAGS or (not tag and CJK.match(text, s) and e - s > 1):
            return True
    return False


def _named(text: str, tokens: Tokens, hits: list[Hit]) -> list[Candidate]:
    """National strategies and laws cited by name without title marks, as whole words."""
    kinds = {"suffix:strategy": EntityType.PROGRAM, "suffix:named_law": EntityType.LAW}
    return [Candidate(kinds[h.kind], h.start, h.end, h.data, rank=1) for h in hits
            if h.kind in kinds and h.start in tokens.edges
            and (h.end in tokens.edges or not CJK.match(text[h.end:h.end + 1]))]


# The annual plan and budget: a year, a scope where it is a budget (全省和省本级, 中央和地方,
# 市本级 ...), then the document's own name; an edition (草案) is not part of it; not money
# within or outside a budget (2026年中央预算内投资).
_LEVEL = r"(?:省|市|区|县|州|旗)"
_ANNUAL = re.compile(
    r"(?P<year>(?:19|20)\d{2}年度?)(?:(?P<scope>(?:全省|全市|全区|全县|全州|全旗|中央)(?:和" + _LEVEL
    + r"本级|和地方)?|" + _LEVEL + r"本级)(?P<budget>(?:一般公共)?预算|决算)(?![内外])"
    r"|(?P<plan>国民经济和社会发展计划))")


def _annual(text: str, hits: list[Hit]) -> list[Candidate]:
    """The year's plan and budget, with the place named just before the year."""
    if "计划" not in text and "算" not in text:
        return []
    places = {h.end: h for h in hits if h.kind == "place"}
    found = []
    for m in _ANNUAL.finditer(text):
        start = places[m.start()].start if m.start() in places else m.start()
        found.append(Candidate(EntityType.PROGRAM, start, m.end(), text[start:m.end()], rank=3))
    return found


# A system of chiefs, each answerable for a river, a lake, a forest, fields or an industry's
# chain (河长制, 河湖长制, 林长制, 田长制, 链长制): a named policy wherever written.
_CHIEFS = re.compile(r"(?:河湖|[河湖林田路链街山])长制")


def _chief_systems(text: str) -> list[Candidate]:
    return [Candidate(EntityType.PROGRAM, m.start(), m.end(), m.group(), rank=3) for m in _CHIEFS.finditer(text)]


# A notice that heads its article, no body named before its 关于 (a web page's 关于开展…的通知
# over the notice's text and its signature; the signing body issues it).
HEADLINE_NOTICE = re.compile(r"关于[^,，。;；《》\n]{2,60}的(?:通知|决定|意见|通报|公告|批复|通告)(?=\n)")


def _headline_notice(text: str) -> list[Candidate]:
    m = HEADLINE_NOTICE.match(text)
    return [Candidate(EntityType.PROGRAM, 0, m.end(), m.group(), rank=3)] if m else []


def find_documents(text: str, tokens: Tokens, hits: list[Hit]) -> list[Candidate]:
    """Candidates for every programme and law named in ``text``."""
    return (_titles(text) + _headline_notice(text) + _unmarked(text) + _issued_in_notices(text) + _quoted(text, tokens)
            + _triggered(text, tokens, hits) + _enumerated(text) + project_lists(text)
            + _named(text, tokens, hits) + _annual(text, hits) + _chief_systems(text)
            + _subject_projects(text, tokens, hits))


@component("documents", requires=("tokens", "hits"), assigns=("candidates:documents",))
def documents(shared: Shared):
    """Programmes, policy documents and laws: titles in 《》, quoted names, triggered names."""
    def run(doc: Doc) -> None:
        doc.candidates["documents"] = find_documents(doc.text, doc.tokens, doc.hits)
    return run
