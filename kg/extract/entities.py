"""The entity stages after the finders: documents named after bodies, overlaps settled,
aliases and nested names added, mentions out."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..lexicon.divisions import divisions
from ..model import BODIES, EntityType, PlaceLevel
from .base import COMMON, WITHHELD_PART, Candidate, next_issuer_at, resolve_overlaps
from .bodies import INDUSTRY, PlacePrefixes, project_owners
from .doc import Doc
from .documents import issued_within, project_lists
from .places import BODY_ENDS, with_level_word
from .registry import Shared, component

_QUOTED = re.compile(r"“(?P<name>[^“”\n]{2,20})”")
# A body's report is a document of its own: 省政府工作报告 -> 山西省人民政府工作报告.
REPORT = "工作报告"
_NOTICE = re.compile(r"关于[^。\n《》]{2,60}?的(?:实施|指导|若干|工作|行动|三年行动|专项)?"
                     r"(?:通告|通知|公告|决定|意见|批复|报告|方案|计划|措施|规划|纲要)")


def _order(c: Candidate) -> tuple[int, int]:
    return (c.start, c.end)


def _reports(text: str, bodies: list[Candidate]) -> list[Candidate]:
    """Documents named after their body: 省政府工作报告, X关于开展...的通告, and after the
    bodies joined before it (X厅、Y厅关于…的通知: from X厅)."""
    found = []
    before = {next_issuer_at(text, b.end): b for b in bodies if b.type is EntityType.AGENCY}
    for b in bodies:
        if b.type is not EntityType.AGENCY:
            continue
        if text.startswith(REPORT, b.end):
            found.append(Candidate(EntityType.PROGRAM, b.start, b.end + len(REPORT),
                                   b.canonical + REPORT, rank=3))
        elif m := _NOTICE.match(text, b.end):
            head, name = b, b.canonical + m.group()
            while (joined := before.get(head.start)) is not None and joined.end < head.start:
                head, name = joined, joined.canonical + text[joined.end:head.start] + name
            found.append(Candidate(EntityType.PROGRAM, head.start, m.end(), name, rank=3))
    return found


# 太原市公安局全面强化体技能练兵工作正式启动: a body, then what it launches. What the
# body did to it comes before a 的 and is not its name (…局承办的“文旅惠民季”活动正式启动).
_LAUNCHED = re.compile(r"(?:[\u4e00-\u9fff]*的)?(?P<name>[\u4e00-\u9fff“”]{4,20}?(?:专项行动|行动|活动|工程|计划))"
                       r"(?:正式|全面|同步)?(?:启动|开展|实施)")


def _launched(text: str, bodies: list[Candidate]) -> list[Candidate]:
    found = []
    for b in bodies:
        if b.type in (EntityType.AGENCY, EntityType.ORGANIZATION) and (m := _LAUNCHED.match(text, b.end)):
            name = m["name"].replace("“", "").replace("”", "")
            found.append(Candidate(EntityType.PROGRAM, m.start("name"), m.end("name"), name, rank=1))
    return found


def _nested_issuers(text: str, kept: list[Candidate], bodies: list[Candidate]) -> list[Candidate]:
    """The body at the head of a document or project named after it is a mention too:
    省政府 in 省政府工作报告, 晶科能源 in 晶科能源年产56GW垂直一体化大基地项目, 石家庄市第一医院
    in 石家庄市第一医院新院区项目, 省委组织部 in
    《省委组织部关于…的意见》 (a title in its marks is as written, and names an agency so); the
    longest one there (河北省人民政府办公厅关于…的通知: not 河北省人民政府 too)."""
    heads: dict[int, list[Candidate]] = {}
    for c in kept:
        if c.type is EntityType.PROGRAM:
            heads.setdefault(c.start + text.startswith("《", c.start), []).append(c)
    owners = (EntityType.AGENCY, EntityType.COMPANY, EntityType.ORGANIZATION)
    taken = set(kept)
    nested: dict[int, Candidate] = {}
    for b in bodies:
        if b.type in owners and any(b.end < c.end and (c.start == b.start and c.canonical.startswith(b.canonical)
                                                    or c.start < b.start and b.type is EntityType.AGENCY)
                                    for c in heads.get(b.start, ())) and (
                b.start not in nested or b.end > nested[b.start].end):
            nested[b.start] = b
    # ... and the bodies joined to it there, that issue the document with it (《中共中央 国务院
    # 关于…的意见》, 《X厅、Y厅关于…的通知》)
    agencies: dict[int, Candidate] = {}
    for b in bodies:  # the longest at each start (国务院办公厅, not 国务院 in it)
        if b.type is EntityType.AGENCY and (b.start not in agencies or b.end > agencies[b.start].end):
            agencies[b.start] = b
    for head in list(nested.values()):
        end = max(c.end for c in heads[head.start])
        while (head := agencies.get(next_issuer_at(text, head.end))) is not None and head.end < end:
            nested[head.start] = head
    return [b for b in nested.values() if b not in taken]



def _nested_places(text: str, kept: list[Candidate], places: list[Candidate]) -> list[Candidate]:
    """A division written with its level's word inside the name of a body or document is a
    place of the article too, as a reader counts it: 长沙市 and 岳麓区 in 长沙市岳麓区消防救援大队,
    红河州 in 红河州个旧市委 (a short name, 太原 in 太原理工大学, is not)."""
    names = sorted((c.start, c.end) for c in kept if c.type is not EntityType.PLACE)
    starts = [s for s, _ in names]
    reach = max((e - s for s, e in names), default=0)
    taken = {(c.start, c.end) for c in kept}
    found = {}
    for p in places:
        if (p.start, p.end) in taken or not with_level_word(text[p.start:p.end], p.canonical):
            continue
        lo = bisect_left(starts, p.start - reach)
        hi = bisect_left(starts, p.start + 1)
        if any(s <= p.start and p.end <= e for s, e in names[lo:hi]):
            found.setdefault((p.start, p.end), p)
    return list(found.values())


def _quoted_aliases(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A quoted short name of a programme named in full in the same article:
    “一泓清水入黄河” for 一泓清水入黄河工程."""
    programs = {c.canonical: c for c in kept if c.type is EntityType.PROGRAM}
    if not programs:
        return []
    taken = sorted((c.start, c.end) for c in kept)
    starts = [s for s, _ in taken]
    # the longest stretch taken, so that an overlap is looked for among a few neighbours
    reach = max((e - s for s, e in taken), default=0)
    found = []
    for m in _QUOTED.finditer(text):
        lo = bisect_left(starts, m.start() - reach)
        hi = bisect_left(starts, m.end())
        if any(s < m.end() and m.start() < e for s, e in taken[lo:hi]):
            continue
        for name in programs:
            if name.startswith(m["name"]) and len(name) - len(m["name"]) <= 4:
                found.append(Candidate(EntityType.PROGRAM, m.start(), m.end(), name))
                break
    return found


# A short name the text declares for the name right before it: 《中华人民共和国安全生产法》
# (以下简称《安全生产法》), 山西某某煤业有限公司(以下简称“某某煤业”).
DECLARED = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[:：]?(?P<short>《[^》\n]{2,30}》|“[^”\n]{2,20}”)[)）]")
# ... or written bare: 河北省君乐宝乳业有限公司(简称君乐宝)
_DECLARED_BARE = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[:：]?(?P<short>[\u4e00-\u9fffA-Za-z0-9]{2,12})[)）]")


# ... or in brackets alone, a body's short name written with its name's characters in their
# order: 中国石油化工集团有限公司(中国石化), 国家发展和改革委员会(国家发改委)
_BRACKETED = re.compile(r"[(（](?P<short>[\u4e00-\u9fff]{2,8})[)）]")


def _abbreviates(short: str, name: str) -> bool:
    rest = iter(name)
    return len(short) < len(name) and all(ch in rest for ch in short)


def _short_name(text: str, c: Candidate) -> str | None:
    """The short name ``text`` declares for ``c`` right after it, if any (quoted or bare
    after 简称, or a body's in brackets alone)."""
    if m := DECLARED.match(text, c.end):
        return m["short"][1:-1]
    if m := _DECLARED_BARE.match(text, c.end):
        return m["short"]
    if c.type in BODIES and (m := _BRACKETED.match(text, c.end)) and _abbreviates(m["short"], text[c.start:c.end]):
        return m["short"]
    return None


def _declared_short_names(text: str, kept: list[Candidate]) -> list[Candidate]:
    """``kept``, each name a text declared as a short name for the one before it named as
    that one is (《安全生产法》 -> 中华人民共和国安全生产法), of the same type."""
    declared = {short: c for c in kept if (short := _short_name(text, c))}
    if not declared:
        return kept
    out = []
    for c in kept:
        full = declared.get(text[c.start:c.end].strip("《》“”"))
        if full is not None and full is not c and full.type is c.type:
            c = replace(c, canonical=full.canonical)
        out.append(c)
    return out


def _declared_again(text: str, kept: list[Candidate], frequency) -> list[Candidate]:
    """Each place after a body's declared short name where the text writes it again, found
    by no finder (河北某某环保科技有限公司(以下简称“某某环保”)…某某环保表示, 中国石油化工
    集团有限公司(中国石化)…中国石化): the body named in full; not a short name that is a
    common word (以下简称“公司”)."""
    found, taken = [], [(k.start, k.end) for k in kept]
    for c in kept:
        if c.type not in BODIES or not (short := _short_name(text, c)):
            continue
        if frequency(short) >= COMMON and not WITHHELD_PART.search(short):
            continue
        for at in (x.start() for x in re.finditer(re.escape(short), text[c.end:])):
            start, end = c.end + at, c.end + at + len(short)
            if not any(s < end and start < e for s, e in taken):
                found.append(Candidate(c.type, start, end, c.canonical))
    return found


# A firm's legal form, which its name written again short leaves out (X港务有限责任公司 ->
# X港务公司).
_LEGAL_FORM = re.compile(r"(?:有限责任|股份有限|有限)公司$")
SHORT_STEM = 3  # characters a short name keeps of the firm's own name at the least
SHORT_UNIT = 4  # characters of a unit's name written short at the least (盐湖分局; not 分局)


def _firms_written_short(kept: list[Candidate]) -> list[Candidate]:
    """``kept`` with each firm written again with 公司 for its legal form, and without the
    group or place its full name opens with, named as the one firm of the article whose full
    name ends so (河北港口集团黄骅港务有限责任公司 … 黄骅港务公司 -> the full name); and each
    group written short named as the one group of the article it writes (``_writes_group``)."""
    full = [(m.string[:m.start()], c.canonical) for c in kept
            if c.type is EntityType.COMPANY and (m := _LEGAL_FORM.search(c.canonical))]
    if not full:
        return kept
    out = []
    for c in kept:
        stem = c.canonical.removesuffix("公司")
        names: set[str] = set()
        if c.type is EntityType.COMPANY and stem != c.canonical and len(stem) >= SHORT_STEM \
                and not _LEGAL_FORM.search(c.canonical):
            names = {name for own, name in full if own.endswith(stem)}
        elif c.type is EntityType.COMPANY and c.canonical.endswith(_GROUP):
            names = {name for own, name in full if _writes_group(c.canonical, own)}
        elif c.type is EntityType.COMPANY and len(c.canonical) >= SHORT_STEM and not _LEGAL_FORM.search(c.canonical):
            names = {name for own, name in full if name != c.canonical and _writes_firm(c.canonical, own)}
        if len(names) == 1:
            c = replace(c, canonical=names.pop())
        out.append(c)
    return out


_GROUP = "集团"
_BRACKETED_GROUP = re.compile(r"[(（]集团[)）]$")
_PROVINCES = tuple(sorted({d.short for d in divisions() if d.level is PlaceLevel.PROVINCE and d.short}, key=len,
                          reverse=True))
# The province or city a firm's full name may open with, longest first
_OPENING_PLACES = _PROVINCES + tuple(sorted({n for d in divisions() if d.level is PlaceLevel.CITY
                                             for n in (d.name, d.short) if n}, key=len, reverse=True))


def _writes_group(short: str, own: str) -> bool:
    """Whether the group ``short`` (X集团) writes the group whose full name, its legal form
    left out, is ``own``: that name without its legal form (冀中能源集团, 开滦集团 for 开滦(集团)),
    less the province it opens with and a trade word (潞安集团 for 山西潞安化工集团), or by the
    first characters of its words (太重集团 for 太原重型机械集团; 河北建投集团). Not a name
    the firm's own opens with before a unit's (中铁集团, the parent of 中铁十二局集团)."""
    own = _BRACKETED_GROUP.sub(_GROUP, own)
    if not own.endswith(_GROUP):
        return False
    short, own = short.removesuffix(_GROUP), own.removesuffix(_GROUP)
    if short == own:
        return True
    bare = own.removeprefix(next((p for p in _PROVINCES if own.startswith(p)), ""))
    if bare != own and short == bare:
        return True
    if any(o.startswith(short) and o[len(short):] in INDUSTRY for o in (own, bare)):
        return True
    return _initials(short, own)


def _writes_firm(short: str, own: str) -> bool:
    """Whether the firm's short name ``short`` writes the firm whose full name, its legal
    form left out, is ``own``: that name, less the province or city it opens with and the
    trade words it ends in (宁德时代 for 宁德时代新能源科技, 格力电器 for 珠海格力电器; not
    时代 of it)."""
    bare = own.removeprefix(next((p for p in _OPENING_PLACES if own.startswith(p)), ""))
    return any(o.startswith(short) and _trade_words(o[len(short):]) for o in (own, bare))


def _trade_words(rest: str) -> bool:
    """Whether ``rest`` is nothing but trade words (新能源科技, 电器)."""
    if not rest:
        return True
    return any(rest.startswith(w) and _trade_words(rest[len(w):]) for w in INDUSTRY)


def _initials(short: str, own: str) -> bool:
    """Whether ``short`` writes ``own`` by some of its characters in order, its first
    among them, without being a stretch of it (太重 of 太原重型机械; not 中铁 of 中铁十二局)."""
    rest = iter(own[1:])
    return (2 <= len(short) < len(own) and short[0] == own[0] and short not in own
            and all(ch in rest for ch in short[1:]))


def _units_written_short(kept: list[Candidate]) -> list[Candidate]:
    """``kept`` with each agency written again without the body it is a unit of, named as
    the one unit of the article whose full name ends so after a body's ending (运城市生态环境局
    盐湖分局 … 盐湖分局 -> the full name; 太原市公安局杏花岭分局 … 杏花岭分局)."""
    agencies = {c.canonical for c in kept if c.type is EntityType.AGENCY}
    out = []
    for c in kept:
        if c.type is EntityType.AGENCY and len(c.canonical) >= SHORT_UNIT:
            names = {name for name in agencies if len(name) > len(c.canonical) and name.endswith(c.canonical)
                     and name[-len(c.canonical) - 1] in BODY_ENDS}
            if len(names) == 1:
                c = replace(c, canonical=names.pop())
        out.append(c)
    return out


@component("reports", uses=("candidates:bodies",), assigns=("candidates:reports",))
def reports(shared: Shared):
    """Documents named after their body (省政府工作报告) and what a body launches."""
    def run(doc: Doc) -> None:
        bodies = doc.found("bodies")
        doc.candidates["reports"] = _reports(doc.text, bodies) + _launched(doc.text, bodies)
    return run


@component("overlaps", requires=("candidates",), assigns=("kept",))
def overlaps(shared: Shared):
    """Of overlapping candidates keep the longest, then the higher ranked."""
    def run(doc: Doc) -> None:
        doc.kept = resolve_overlaps([c for group in doc.candidates.values() for c in group])
    return run


@component("aliases", requires=("kept",), uses=("candidates:bodies", "candidates:places"), assigns=("kept",))
def aliases(shared: Shared):
    """Short names a text declares (以下简称《安全生产法》), and a body's wherever the text
    writes it again (以下简称“某某环保”…某某环保表示), quoted short names of
    programmes, bodies heading the names of documents and projects (省政府 in 省政府工作报告,
    晶科能源 in 晶科能源...项目), the document a notice of issue names (关于印发X的通知), a
    firm written again short (X港务公司 for X港务有限责任公司), a unit without its body
    (盐湖分局 for 运城市生态环境局盐湖分局), and divisions named in full
    inside names (岳麓区 in 长沙市岳麓区消防救援大队)."""
    frequency = shared.segmenter.frequency

    def run(doc: Doc) -> None:
        places = doc.found("places")
        owners = project_owners(doc.text, doc.tokens, project_lists(doc.text), PlacePrefixes(places))
        doc.kept = _declared_short_names(doc.text, doc.kept)
        doc.kept += (_quoted_aliases(doc.text, doc.kept) + _declared_again(doc.text, doc.kept, frequency)
                     + _nested_issuers(doc.text, doc.kept, doc.found("bodies") + owners)
                     + _nested_places(doc.text, doc.kept, places))
        doc.kept = _units_written_short(_firms_written_short(doc.kept + issued_within(doc.text, doc.kept)))
    return run


@component("mentions", requires=("kept",), assigns=("mentions",))
def mentions(shared: Shared):
    """The kept candidates as mentions, in text order."""
    def run(doc: Doc) -> None:
        # The surface form as printed: on a traditional-script page the original characters,
        # which linking keeps as an alias of the simplified name.
        doc.mentions = tuple(c.mention(doc.article.printed, doc.article.id) for c in sorted(doc.kept, key=_order))
    return run
