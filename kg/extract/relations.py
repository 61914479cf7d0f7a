"""Relations between the entities of one article: triggers and argument roles.

- issuedBy: the bodies before 印发/发布/公布 ... in a clause issue the documents after it
  (省委办公厅、省政府办公厅印发《...》); 由 X 批准发布 turns it round, as a law's
  promulgation formula does (《X条例》已由Y…通过,现予公布); a body right before
  a title issues it (国务院《空气质量持续改善行动计划》, 省民政厅等10部门《...》); a
  document named after its body is issued by it (省政府工作报告, X关于...的通告); 会议
  opening a sentence after one naming a body's meeting is that body (X常委会第二十次会议
  闭幕。会议表决通过了《Y条例》); the body leading (牵头) in the clause before one that
  opens with 会同 or 联合 issues with it (由X牵头,会同有关部门制定《Y》), and a document
  issued so is no programme run.
- organizedBy: the bodies before 开展/启动/主办/举办 ... in a clause (those after 联合
  and 会同 too) run the programmes after it (由 ... 共同举办的 X); a body right before a
  programme that 启动 runs it; a clause opening with 并 keeps the sentence's subject; the
  bodies of a clause right after a programme run it (X行动,由市住建局牵头组织实施; X专项
  行动由Y牵头开展).
- locatedIn: a district in its city, a city or county in its province, from the
  division table, where the article names both (or the article's province); a town or
  district right after its place (太原市杏花岭区); 来自我市的 X, 位于 P 的 X, X 是我省...,
  a firm or an organisation right after 我市 or 我省 (我市某某重工集团有限公司).
- worksFor: a person after a post after a body (省生态环境厅副厅长刘大山), several posts
  joined by 、 (省政协委员、澳门社会发展研究会会长陈炳强); after the name, the post held
  now (任命王某为X局局长; 王某曾任Y,现任X局局长), not one relieved of (免去王某的X职务);
  a decision's officer field for its party field's body (当事人:X公司 … 法定代表人:王某).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cached_property

from ..lexicon import sections
from ..lexicon.divisions import by_code
from ..model import (
    BODIES,
    PARTY_UNITS,
    Article,
    EntityType,
    Mention,
    PlaceLevel,
    Predicate,
    Relation,
    Span,
    entity_key,
    party_unit_of,
)
from ..normalize import OPENER, PARTY_FIELD, sentence_spans
from ..recognise.corpora import deciding_ending
from .base import Context, Titles, next_issuer_at, signatures
from .bodies import REGION, THAT, PlacePrefixes, pointed_back, resolve_char
from .doc import Doc
from .documents import HEADLINE_NOTICE
from .places import LEVEL_ORDER
from .registry import Shared, component

FORMS = sections()
DOCUMENTS = (EntityType.PROGRAM, EntityType.LAW)
# A trigger inside a longer word is none: 新闻发布会, 组织部.
_NOT_WORD_END = r"(?![会者部人])"
_ISSUE = re.compile("(?:" + "|".join(sorted(FORMS["issue"], key=len, reverse=True)) + ")"
                    + _NOT_WORD_END)
_ORGANIZE = re.compile("(?:" + "|".join(sorted(FORMS["organize"], key=len, reverse=True))
                       + ")" + _NOT_WORD_END)
_LOCATED = re.compile("(?:" + "|".join(FORMS["located"]) + ")(?P<here>我市|本市|我省|本省)?")
_CLAUSE = re.compile(r"[,，;；:：]")
# What joins two posts of one person: 厅长、党组书记, 董事长兼总经理, 市委副书记兼政法委书记.
_POST_JOINS = ("、", "兼")
# Posts, longest first; and posts that are posts only after the body or place they are of,
# so not titles people are found by: 成员 (X厅党组|成员; not 各成员单位要), an autonomous
# prefecture's, a banner's or a league's head (自治州|州长; not 万州长江二桥; 行政公署|盟长), a
# prefecture's administrative office's (地区行政公署|专员), a military body's commanders
# (省军区|司令员, 军分区|政治委员), a fire or police unit's political officers (特勤站|指导员,
# 派出所|教导员, 支队|副政委), a governor's assistant (省长助理; the others are titles), a
# body's cadres and staff (省农业农村厅|干部, 县医保局|工作人员; not 干部群众, no name after).
_TITLES = tuple(sorted((*FORMS["title"], "成员", "州长", "副州长", "旗长", "副旗长", "盟长", "副盟长",
                        "专员", "副专员", "司令员", "副司令员", "政治委员", "副政治委员", "参谋长", "副参谋长",
                        "省长助理", "干部", "职工", "工作人员", "指导员", "副指导员", "教导员", "副教导员",
                        "副政委"),
                       key=len, reverse=True))
_POSTS = Titles(_TITLES)
# What stands between a body and the document it issued named right after it: the bodies
# issuing it with it, or the number of a government's order (省人民政府令第215号《X办法》).
_GROUP_GAP = re.compile(r"^(?:、|和|与|及|以及|联合|会同|等\d*个?部门|等|令?第[\d一二三四五六七八九十百]+号令?)?$")
_LAUNCH = re.compile(r"[^,，。;；]{0,6}?(?:启动|开展|实施)")
_POST_AFTER = re.compile(r"(?:[(（][男女][^()（）。]{0,16}[)）])?[,，(（]")  # (a profile in brackets first: 李红(女),)
# 任命王某(同志)为X局局长, 王某任X局局长, 王某,男,1970年生,现任X公司董事长, 王某同志,现任X局局长,
# 王某同志(现任X局副局长)
# A post the name is elected to or takes, whatever posts before the name it holds:
# X公司董事长王某当选为Y协会副会长
_ELECTED = r"当选为|当选|担任|出任|兼任|调任|升任|转任|改任|挂职任|被任命为|被聘任为|被聘为|获任|履新"
_SINCE = r"(?:于|自|从)?\d{4}年(?:\d{1,2}月)?(?:起|开始)?"  # 王某于2021年调任…, 2020年起担任…
_TERM = r"(?:新一届|新一任|新任)?"  # 当选为新一届市工商联主席
_NOW = r"目前|现在|如今|同时|已经|已"  # 王某目前担任…, 王某已任…: held now (not 此前担任, 曾担任: once held)
_IS = r"为|任|现任|现为|系|是|作为"  # 王某系X公司总经理, 王某作为X局局长…
_APPOINTED = re.compile(rf"(?:同志)?(?:{_SINCE}|{_NOW})?(?:{_ELECTED}|{_IS}){_TERM}|(?:同志)?[(（]现任"
                        rf"|(?:同志)?(?:(?:曾任|历任|先后任)[^,，。;；]{{1,16}})?(?:[,，。][^,，。;；]{{1,16}}){{0,10}}?"
                        rf"[,，。]现(?:任|为)")
_TAKES = re.compile(f"(?:{_ELECTED}){_TERM}")
# Written after a post taken: 一职 (担任X校长一职), its rank or its terms in brackets
# (任X政府副秘书长(正厅级), 任X县副县长(挂职)).
_POST_NOTE = re.compile(r"一职|[(（](?:(?:正|副)?[部厅局处县科]级|挂职|兼|主持工作|试用期一年)[)）]")
_SUCCEEDS = ("接替", "接任")  # 王某接替李某担任X局局长: the post is 王某's
# A post left, so once held: 免去王某(的)X局副局长职务, 王某不再担任X局副局长职务, 王某辞去X职务
_LEFT_BEFORE = ("免去", "撤销")
_LEAVES = re.compile(r"(?:同志)?(?:不再担任|辞去)")
_LEFT_AFTER = re.compile(r"(?:同志)?的?")
_DUTY = "职务"
_LEFT_BY_PRONOUN = re.compile("(?:" + "|".join(_LEFT_BEFORE) + ")其")
_FORMER = ("原", "前")  # before a post: one once held (X厅原副厅长, X公司前董事长)
_ONCE = "原"  # ... and before a body (原X厅副厅长; not 前, the end of 目前, 日前, 此前)
# 该局局长, 本院院长, 该公司副总经理: the body of that kind named before (企业: a company)
_THAT_KINDS = r"[该本](?P<kind>公司|集团|银行|医院|大学|学院|学校|协会|中心|企业|[\u4e00-\u9fff])"
_THAT_BODY = re.compile(_THAT_KINDS + "$")
# 该局 opening a clause as its subject: 该局联合市公安局开展…
_LEAD = r"\s*(?:同时|此外|近日|日前|目前|近期|今年以来)?"  # what may open a clause before its subject
_THAT_SUBJECT = re.compile(_LEAD + ",?" + _THAT_KINDS
                           + "(?=联合|会同|携手|将|还|已|正|在|开展|启动|举办|主办|组织|实施)")
_SUBJECT_LEAD = re.compile(_LEAD)
_THAT_SUBJECT_PLACED = re.compile(_LEAD + ",?" + _THAT_KINDS)  # 该公司|位于…
# What may open a clause whose subject is the sentence's first one, before the action:
# nothing, or an adverb (省教育厅落实X,并组织开展Y), a decision's word or the whole of the
# body's own division as the scope (省教育厅印发通知,决定在全省开展Y)
_CARRIED = re.compile(r"(?:并|还|同时|积极|深入|持续|全面|大力|扎实|认真|广泛|集中|组织|先后|陆续|决定|将"
                      r"|正式|随后|首次|在全[省市县区国](?:范围内)?)*")
# A clause of its date or time alone, opening a sentence before its subject's: 12月5日,X局…
_TIME_CLAUSE = re.compile(r"\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|昨天|今年以来)"
                          r"(?:上午|下午|晚间?)?[,，]")
_HEADS = frozenset("局厅委部院校")  # 局长, 厅长, 主任委员 ... named after the body's own word
_OPENS = frozenset(",，;；:：")
_SCHOOLS = ("大学", "学院", "学校", "中学", "小学", "党校")  # what 校长 and 校党委 are of
_SENTENCE_OPENS = _OPENS | {"。", "\n"}
# Between a body and 位于: an adverb, or where of it (X总部位于P, X注册地位于P)
# (X是一所位于P的医院: what it is)
_ADVERB_GAP = re.compile(r"(?:总部|注册地)?(?:现|目前|均|就|已|正式|成功)?(?:是一[所家座个])?")
_CLOSES = frozenset(")）。,，;；") | {""}
_SITUATED_HERE = (EntityType.COMPANY, EntityType.ORGANIZATION)  # (an agency's place is in its name)
_OPENS_NOTE = frozenset("(（")  # a bracket after a name, opening a note on it
# A development zone or an industrial park after a place, no place itself (廊坊市|经济技术开发区)
_ZONE = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:开发区|高新区|工业园区|产业园区?|园区|新区))?")
_SELF = re.compile(r"(?:是|为|系)(?:我省|我市|本省|本市|全省)")
# 新华社石家庄5月6日电(记者王某): the agency of a dateline is its reporters' employer
_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,10}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*[(（]\s*")
_REPORTERS = ("记者", "通讯员", "特约记者", "实习记者")
_SPACES = " \t\u3000"
BARE_ORGAN = 3  # a body's name this short after a listed post is an organ with no owner (党组, 组织部)
# Words between a body and a post that qualify the post: a former or acting one, a
# standing or rotating one (X委原副主任, X公司轮值董事长, X集团常务副总裁, 原常务副总经理)
_QUALIFIER = re.compile(r"(?:原|前|时任|现任)?(?:常务|轮值|执行|名誉|荣誉|代理)?")
# A unit inside a body, between the body's name and a post: 心内科, 办公室, 旅游系, 政治部
_UNIT = re.compile(r"[\u4e00-\u9fff]{1,9}(?:科|处|室|系|所|部|中心|局|办|组|队|站|司|院)")


class _Sentence:
    """A sentence's mentions and clause starts, for the role rules."""

    def __init__(self, text: str, start: int, end: int, mentions: list[Mention],
                 starts: list[int]) -> None:
        self.text, self.start, self.end = text, start, end
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        self.mentions = [m for m in mentions[lo:hi] if m.end <= end]

    @cached_property
    def clauses(self) -> list[int]:
        """Where each clause starts (read only for a sentence with a trigger)."""
        return [self.start] + [self.start + m.end() for m in _CLAUSE.finditer(self.text[self.start:self.end])]

    def clause_start(self, offset: int) -> int:
        return max(c for c in self.clauses if c <= offset)

    def triggers(self, pattern: re.Pattern[str], start: int | None = None,
                 end: int | None = None) -> Iterator[re.Match[str]]:
        for m in pattern.finditer(self.text, self.start if start is None else start,
                                  self.end if end is None else end):
            if not any(x.start <= m.start() < x.end for x in self.mentions):
                yield m

    def between(self, start: int, end: int, types: Collection[EntityType]) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and m.type in types]


# What opens a clause whose bodies act with those of the clause before: 由X牵头,会同Y制定…
_WITH = ("会同", "联合")


def _subjects(sentence: _Sentence, trigger: int) -> list[Mention]:
    """The bodies that act at ``trigger``: those in its clause before it."""
    start = sentence.clause_start(trigger)
    text = sentence.text
    # 按照省委省政府的决策部署: a body before 的 owns something; it does not act here.
    found = [m for m in sentence.between(start, trigger, BODIES) if text[m.end:m.end + 1] != "的"]
    if that := _THAT_SUBJECT.match(text, start):
        # 记者从X局获悉,该局联合市公安局开展…: 该局 is the body of its kind named before
        before = _of_kind(sentence.between(sentence.start, start, BODIES), that["kind"])
        found = ([before] if before is not None else []) + found
    if text.startswith(_WITH, start) and text.endswith("牵头", 0, start - 1):
        # 由省发展改革委牵头,会同有关部门制定《X》: the body leading in the clause before acts here too
        lead = sentence.clause_start(start - 1)
        found = [m for m in sentence.between(lead, start - 1, BODIES) if text[m.end:m.end + 1] != "的"] + found
    if text.startswith(("并", "还", "同时"), start):
        # 省科协联合省教育厅开展...,并与省直工委、省卫健委联合开展...: the subject of the
        # sentence's first action acts here too.
        first = next((t.start() for t in sentence.triggers(_ORGANIZE) if t.start() < start), None)
        if first is not None:  # the subject itself, not its partners after 联合
            found = _subjects(sentence, first)[:1] + found
    if not found and start > sentence.start:
        # 伊川县消防救援大队联合县应急管理局、县市场监管局,在全县开展…: a clause of bodies
        # alone before one that names none is its subject, set apart by a comma (not 为配合省公安厅,)
        before = sentence.clause_start(start - 1)
        bodies = sentence.between(before, start - 1, BODIES)
        if bodies and bodies[-1].end == start - 1 and _SUBJECT_LEAD.match(text, before).end() == bodies[0].start:
            found = [m for m in bodies if text[m.end:m.end + 1] != "的"]
        elif (before in (sentence.start, _after_time(text, sentence.start)) and _CARRIED.fullmatch(text, start, trigger)
              and bodies and _SUBJECT_LEAD.match(text, before).end() == bodies[0].start):
            # 省教育厅深入落实“双减”政策,开展校外培训机构专项治理: the first clause's subject
            # acts in the second, which opens with the action (or an adverb of it); the
            # sentence's first clause, or the one after its date (12月5日,X委召开发布会,正式发布…)
            found = bodies[:1]
    return found


def _after_time(text: str, start: int) -> int:
    """Where a sentence from ``start`` goes on after a clause of its date alone (``_TIME_CLAUSE``)."""
    m = _TIME_CLAUSE.match(text, start)
    return m.end() if m else start


def _of_kind(bodies: list[Mention], kind: str) -> Mention | None:
    """The last of ``bodies`` that 该/本 and ``kind`` point back to: one whose name ends
    in it (该局, 该公司), or, for 企业, a company, for 集团 a group's company (X集团有限公司)."""
    def of_kind(b: Mention) -> bool:
        if kind == "企业":
            return b.type is EntityType.COMPANY
        if kind == "集团" and b.type is EntityType.COMPANY:
            return "集团" in b.canonical
        return b.canonical.endswith(kind)
    return next((b for b in reversed(bodies) if of_kind(b)), None)


def _rel(s: Mention, p: Predicate, o: Mention, article: Article, span: tuple[int, int],
         post: str | None = None) -> Relation:
    return Relation(s.key, p, o.key, article.id, Span(*span), post)


# What makes the issuer the agent after the document: 由, or 经 opening the clause or right
# after the document's title, 已 between (《X办法》已经市政府常务会议审议通过; not the 经 of
# 经济 or 经信委).
_BY = re.compile(r"由|(?:^|(?<=[》”])|(?<=[》”]已))经")


_APPROVED = "同意"  # 经X同意: approved by X, who issues nothing by it
# 《X》已由Y…通过,现予公布: a law's promulgation, its maker after 由 in a clause before; a
# government's rules are promulgated so with 经 (《X办法》已经省政府第10次常务会议通过,现予公布;
# not 《X方案》已经市政府同意,现印发给你们: approved by the government, issued by its office)
_PROMULGATED = re.compile(r"》已?(?:由|经(?!济)(?=[^。;；]*?通过))")
# A congress's or its standing committee's meeting passing a document named right after:
# X人大常委会第十次会议于2024年7月30日通过《X条例》 (the body ends where the meeting's words start);
# or the congress itself (省人大常委会通过了关于加强X的决定).
_PASSED = re.compile(r"(?P<meeting>(?:第[一二三四五六七八九十\d]+次(?:全体)?)?会议(?:于[^,，。;；《]{2,16}?)?)?"
                     r"(?:审议|表决)?通过了?(?=《|关于)")
_CONGRESS = "人民代表大会"  # a congress or its standing committee passes a document with no meeting named
_PASSES = "通过"  # (the word every such sentence holds, looked for before the pattern)
# A law cited, not issued, after the verb that issues something else: X局公布一起案件:…
# 违反了《大气污染防治法》第十八条; X局发布提示,依据《消费者权益保护法》…
_CITED_BEFORE = re.compile(r"(?:违反|违背|依据|根据|依照|按照|遵照|参照|适用)了?(?:相关|有关)?$")
_CITED_AFTER = re.compile(r"第[零一二三四五六七八九十百\d]+条")
# A document issued by its kind's word alone, the clause closing after it: 印发通知,部署…
_UNNAMED_DOCUMENT = re.compile(r"了?(?:通知|文件|意见|方案|办法|公告|通报|决定)(?=[,，;；。])")


# A body's meeting named after it (X人大常委会第二十次会议, 省政府常务会议, 省委常委会召开
# 会议), and the meeting as the subject of a later sentence: 会议表决通过了《X条例》.
_MEETING = re.compile(r"(?:(?:召开|举行)[^,，。;；《]{0,12}?)?"
                      r"(?:第[一二三四五六七八九十百\d]+次(?:全体|主任)?|常务)?会议")
_MEETING_ACTS = re.compile(r"(?:本次|这次)?会议(?:还|并|依法|一致)?")


def _issued(article: Article, sentence: _Sentence, meeting: Mention | None = None) -> Iterator[Relation]:
    """issuedBy in one sentence; ``meeting``, the body whose meeting a sentence before named."""
    span = (sentence.start, sentence.end)
    for trig in sentence.triggers(_ISSUE):
        before = sentence.text[sentence.clause_start(trig.start()):trig.start()]
        if (by := _BY.search(before)) is not None:  # 由工业和信息化部批准发布, 《X条例》经省人大常委会审议通过:
            # the documents come first (not 经市政府同意后印发: approved by the government, printed by another)
            issuers = [] if by.group() == "经" and _APPROVED in before[by.end():] else \
                sentence.between(trig.start() - len(before), trig.start(), (EntityType.AGENCY,))
            docs = sentence.between(sentence.start, trig.start(), DOCUMENTS)
        elif (formula := _PROMULGATED.search(sentence.text, sentence.start, trig.start())) is not None:
            # 《X条例》已由X人大常委会第十次会议于…通过,现予公布: the promulgation formula
            issuers = sentence.between(formula.end(), trig.start(), (EntityType.AGENCY,))[:1]
            docs = sentence.between(sentence.start, formula.start() + 1, DOCUMENTS)
        elif _UNNAMED_DOCUMENT.match(sentence.text, trig.end()):
            continue  # 省住建厅等八部门印发通知,部署开展X: the notice is issued, X is not
        else:
            issuers = [m for m in _subjects(sentence, trig.start()) if m.type is EntityType.AGENCY]
            if not issuers and meeting is not None and _MEETING_ACTS.fullmatch(before):
                issuers = [meeting]  # X常委会第二十次会议闭幕。会议表决通过了《Y条例》
            held = []
            if not issuers and _CARRIED.fullmatch(before):
                # 省长王某主持召开省政府常务会议,审议通过《X》: the body whose meeting the clause
                # before held, the trigger opening its own clause (not of a title named after
                # its own body: 省委常委会召开会议,审议通过《中共X省委关于…》)
                held = issuers = [m for m in sentence.between(sentence.start, trig.start(), (EntityType.AGENCY,))
                                  if _MEETING.match(sentence.text, m.end)][-1:]
            # (not a programme another clause's verb runs: 审议通过了《X办法》,决定…启动实施Y行动)
            docs = [d for d in sentence.between(trig.end(), sentence.end, DOCUMENTS)
                    if not _CITED_BEFORE.search(sentence.text, max(trig.end(), d.start - 8), d.start)
                    and not _CITED_AFTER.match(sentence.text, d.end)
                    and not any(sentence.triggers(_ORGANIZE, trig.end(), d.start))
                    and not (held and any(b.type is EntityType.AGENCY and b.start == d.start + 1
                                          for b in sentence.mentions))]
        for doc in docs:
            for issuer in issuers:
                yield _rel(doc, Predicate.ISSUED_BY, issuer, article, span)
    passing = sentence.text.find(_PASSES, sentence.start, sentence.end) >= 0
    for m in _PASSED.finditer(sentence.text, sentence.start, sentence.end) if passing else ():
        maker = next((b for b in sentence.mentions if b.type is EntityType.AGENCY and b.end == m.start()
                      and (m["meeting"] or _CONGRESS in b.canonical)), None)
        passed = next((d for d in sentence.mentions if d.type in DOCUMENTS and d.start == m.end()), None)
        if maker is not None and passed is not None:
            yield _rel(passed, Predicate.ISSUED_BY, maker, article, span)
    # 国务院《...》, 省民政厅等10部门《...》, 省人民政府令第215号《...》
    for m in sentence.mentions:
        if m.type is not EntityType.AGENCY:
            continue
        doc = next((d for d in sentence.mentions if d.type in DOCUMENTS
                    and m.end <= d.start <= m.end + 8), None)
        if doc and _GROUP_GAP.match(sentence.text[m.end:doc.start]) and sentence.text[doc.start] == "《":
            yield _rel(doc, Predicate.ISSUED_BY, m, article, span)


def _organized(article: Article, sentence: _Sentence) -> Iterator[Relation]:
    """organizedBy: bodies before 开展/启动/主办/举办 ... and the programmes after them; the
    bodies a clause right after a programme says run it (X行动,由市住建局牵头组织实施)."""
    span = (sentence.start, sentence.end)
    for trig in sentence.triggers(_ORGANIZE):
        programs = sentence.between(trig.end(), sentence.end, (EntityType.PROGRAM,))
        if not programs or any(sentence.triggers(_ISSUE, trig.end(), programs[0].start)):
            continue  # 由X牵头,会同Y制定《Z》: a document issued, not a programme run
        for org in _subjects(sentence, trig.start()):
            yield _rel(programs[0], Predicate.ORGANIZED_BY, org, article, span)
    # 太原市公安局全面强化体技能练兵工作正式启动
    for m in sentence.mentions:
        if m.type in BODIES:
            nxt = next((p for p in sentence.mentions if p.type is EntityType.PROGRAM
                        and m.end <= p.start <= m.end + 3), None)
            if nxt and _LAUNCH.match(sentence.text, nxt.end):
                yield _rel(nxt, Predicate.ORGANIZED_BY, m, article, span)
    # X行动,由市住建局牵头组织实施
    for program in (m for m in sentence.mentions if m.type is EntityType.PROGRAM):
        for body in _run_by(sentence, program):
            yield _rel(program, Predicate.ORGANIZED_BY, body, article, span)


# When a programme was begun, written before 由 or before what the bodies did (X工程于2015年
# 由Y牵头实施; X工程由Y、Z于2003年启动实施).
_WHEN = r"(?:于\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
# A programme whose next clause names who runs it (X行动,由市住建局牵头组织实施), or a note in
# brackets after it, as a plan's measures name their lead bodies (X行动(省农业农村厅牵头,…))
_RUN_BY = re.compile(r"[,，]?" + _WHEN + "由|[(（](?P<field>(?:牵头|责任)(?:单位|部门)[:：])?")
_AND = re.compile(r"、|以及|和|与|及")
_RUNS = re.compile(_WHEN + r"(?:(?:具体|统一)?(?:牵头|负责|共同|联合)?(?:组织|启动)?"
                   r"(?:实施|承办|主办|举办|落实|推进|开展|发起)"
                   r"|(?:具体|统一)?(?:牵头|负责|共同|联合)?(?:组织|启动)(?![\u4e00-\u9fff])"
                   r"|(?:具体|共同|统一)?(?:牵头|负责(?![人同])))")
# (组织 closing its clause: 由省委组织部统一组织; not 组织编写, a document's making)
# A plan's measure, a sentence that ends with its programme, and the sentence after it that
# opens with the bodies leading it: 一、实施X工程。省工信厅牵头,省财政厅配合…; 由X负责…;
# 责任单位:X、Y。, in brackets or not (The bodies that assist, 配合, are not said to run it.)
_LEAD_FIELD = re.compile(r"\s*[(（]?(?:牵头|责任)(?:单位|部门)[:：]")
_LEAD_OPENING = re.compile(r"\s*[(（]?由?")
_LEADS = re.compile(r"(?:具体|共同|统一)?(?:牵头|负责(?![人同]))")  # (not 负责人, 负责同志)
_CLOSING_MARKS = "。;；!！ \n"  # what may follow a measure's programme in its sentence


def _listed_bodies(sentence: _Sentence, at: int) -> list[Mention]:
    """The bodies listed from ``at`` (X、Y和Z)."""
    bodies = {m.start: m for m in sentence.mentions if m.type in BODIES}
    found = []
    while (body := bodies.get(at)) is not None:
        found.append(body)
        if (gap := _AND.match(sentence.text, body.end)) is None:
            break
        at = gap.end()
    return found


def _run_by(sentence: _Sentence, program: Mention) -> list[Mention]:
    """The bodies a clause right after ``program`` says run it (,由X、Y牵头组织实施; X专项行动
    由Y牵头开展; “X”活动由Y、Z联合主办; X行动(Y牵头,Z配合); X行动(责任单位:Y、Z))."""
    if (by := _RUN_BY.match(sentence.text, program.end)) is None:
        return []
    found = _listed_bodies(sentence, by.end())
    return found if found and (by["field"] or _RUNS.match(sentence.text, found[-1].end)) else []


def _led_after(article: Article, measure: _Sentence, sentence: _Sentence) -> Iterator[Relation]:
    """organizedBy: the bodies ``sentence`` opens with as leading the programme that closes
    the sentence before it, ``measure`` (一、实施X工程。省工信厅牵头…, 由X负责, 责任单位:X)."""
    program = measure.mentions[-1] if measure.mentions else None
    if (program is None or program.type is not EntityType.PROGRAM
            or measure.text[program.end:measure.end].strip(_CLOSING_MARKS)):
        return
    if (field := _LEAD_FIELD.match(sentence.text, sentence.start)) is not None:
        found = _listed_bodies(sentence, field.end())
    else:
        found = _listed_bodies(sentence, _LEAD_OPENING.match(sentence.text, sentence.start).end())
        if not found or not _LEADS.match(sentence.text, found[-1].end):
            return
    for body in found:
        yield _rel(program, Predicate.ORGANIZED_BY, body, article, (measure.start, sentence.end))



def _head_sharing(post: str, body: Mention, text: str, end: int) -> bool:
    """Whether ``post``, ending at ``end``, is its body's head written with the body's
    last character once: 商务部长 (商务部 部长), 公安局长, 教育厅长."""
    return len(post) == 2 and post[1] == "长" and body.end == end - 1 and text[body.end - 1] == post[0]


# A body's other or short name in brackets between it and a post: X集团有限公司(中国石化)董事长
_ALIAS = re.compile(r"[(（][^()（）,，。]{2,12}[)）]$")


def _before_alias(text: str, at: int) -> int:
    """Where a name in brackets ending at ``at`` opens; ``at`` where none does."""
    m = _ALIAS.search(text, max(0, at - 14), at)
    return m.start() if m else at


# Where a person comes from, before the post: 来自省社科院的研究员李某 (the body ends at 的)
_COMING_FROM = re.compile(r"来自[^,，。;；、]{2,30}的$")


def _before_of(text: str, at: int) -> int:
    """Where a body a person comes from ends, its 的 ending at ``at`` (``_COMING_FROM``);
    ``at`` where none does."""
    return at - 1 if _COMING_FROM.search(text, max(0, at - 33), at) else at


def _works(article: Article, sentence: _Sentence, earlier: Sequence[Mention] = (),
           written: PlacePrefixes | None = None) -> Iterator[Relation]:
    """worksFor, the post kept: 省X厅副厅长刘某, 厅长、党组书记刘某, 副厅长张某、李某 (each
    name of a list after one post), X局局长张某、副局长李某 (the next name's own post in
    the same body), 刘某,省X厅副厅长 and 刘某(省X厅副厅长), 该局局长王某 (the body named
    before, in the sentence or in an ``earlier`` one of the article), X医院心内科主任王某 (a
    unit of the body before the post, kept with the post), X委原副主任王某 (a former post),
    来自X大学的教授王某 (the body a person comes from); 王某任信都区副区长 (a division's head,
    the division named as ``written``, the article's places, reads it)."""
    span = (sentence.start, sentence.end)
    text = sentence.text
    bodies = [m for m in sentence.mentions if m.type in BODIES]
    people = [m for m in sentence.mentions if m.type is EntityType.PERSON]
    held: dict[int, tuple[Mention, str]] = {}  # person's start -> (body, post)
    by_end = {p.end: p for p in people}
    by_start = {p.start: p for p in people}
    for person in people:
        end = person.start
        while end > sentence.start and text[end - 1] in _SPACES:  # 记者 王某
            end -= 1
        joined: list[str] = []  # 厅长、党组书记: posts of one body before one name
        while True:
            posts = _POSTS.ending(text, end)
            if not posts:
                break
            # 党委书记 or, where no body ends before it, 书记 after a body that reaches
            # past the longer post's start (X公司党委 | 书记; not 党组 | 书记)
            longest = end - len(posts[0])
            body_ends = {t: (end - len(t), _before_alias(text, end - len(t)), _before_of(text, end - len(t)))
                         for t in posts}
            post, body = next(((t, b) for t in posts for b in bodies
                               if (b.end in body_ends[t] or _head_sharing(t, b, text, end))
                               and (t == posts[0] or b.start < longest)),
                              (posts[0], None))
            if body is None:
                post, body = _held_elsewhere(text, bodies, held, by_end, post, end, earlier)
            if body is None:
                # 省人大常委会委员、农工委主任乔建军: past a body we do not know, to the
                # post before the 、.
                comma = max(text.rfind(j, max(sentence.start, end - len(post) - 8), end - len(post))
                            for j in _POST_JOINS)
                if comma < 0 or _CLAUSE.search(text, comma, end):
                    break
                # a division's head (副市长) is its government's, not the body's before it; a
                # standing deputy's post is the post (X协会党组书记、常务副主席)
                qualified = text[comma + 1:end - len(post)] + post
                # (or a post named with the body's Party group: X副主任、党组副书记)
                joined = [qualified] + joined if (_QUALIFIER.fullmatch(text, comma + 1, end - len(post))
                                                  or text[comma + 1:end - len(post)] in PARTY_UNITS) \
                    and not _is_head(post) else []
                end = comma
                continue
            if _region_committee(body.canonical) is not None:  # (自治区党委常委、副主席: the region's government's)
                joined = [p for p in joined if not _CHAIR.fullmatch(p)]
            post = "、".join([post] + joined)
            if text[body.start - 1:body.start] == _ONCE:  # 原省财政厅党组书记、厅长: former posts
                post = "、".join(p if p.startswith(_FORMER) else _ONCE + p for p in post.split("、"))
            joined = []
            held.setdefault(person.start, (body, post))
            yield from _posts_held(person, body, post, article, span)
            end = body.start - 1
            if text[end:end + 1] in _LISTED_POSTS_END and _ends_in_body_post(text, end, bodies):
                continue  # 省发展改革委党组成员、副主任,省能源局局长王某: one person's posts
            if text[end:end + 1] not in _POST_JOINS:
                break
        # 市卫健委李某主任, 河北大学张某教授, 在县委王某书记的陪同下: the post after the name,
        # the body right before it, and the names listed after with posts of their own
        # (市公安局王某局长和李某副局长); not 代表 as a verb (李某代表省政府致辞)
        if person.start not in held and (body := next((b for b in bodies if b.end == person.start or (
                b.end == person.start - 1 and text[b.end] == _OF)), None)):
            named = person
            while (post := _POSTS.at(text, named.end)) is not None and (
                    post != _DEPUTY or text[named.end + len(post):named.end + len(post) + 1] in _CLOSES):
                held[named.start] = (body, post)
                yield from _posts_held(named, body, post, article, span)
                listed = _LISTED_NAME.match(text, named.end + len(post))
                if listed is None or (named := by_start.get(listed.end())) is None:
                    break
            if person.start in held:
                continue
        # 刘某,省X厅副厅长 / 刘某(省X厅副厅长) / 任命刘某为省X厅副厅长 / 刘某,男,1970年生,
        # 现任X公司董事长: the post after the name, closing its clause (in 甲,省X厅巡视员乙
        # the post is 乙's); posts in bodies listed with 、 (刘某任X市委常委、组织部部长)
        if person.start not in held and (served := _served_in(sentence, person)) is not None:
            held[person.start] = served
            yield _rel(person, Predicate.WORKS_FOR, served[0], article, span, served[1])
            continue
        if person.start not in held and (left := _left(sentence, person)) is not None:
            held[person.start] = left
            yield _held_in(person, *left, article, span)
            continue
        if person.start not in held:
            named = person.end
            if text.startswith(_SUCCEEDS, named) and (other := by_start.get(named + 2)) is not None:
                named = other.end  # 王某接替李某担任X局局长: 王某 takes the post
            after = [] if text.endswith(_SUCCEEDS, 0, person.start) else [  # (李某 leaves it)
                m.end() for pattern in (_POST_AFTER, _APPOINTED) if (m := pattern.match(text, named))]
            # (a body named in the profile before the post opens none: 王某,中共党员,现任X局局长)
            body = next((b for at in after for b in bodies
                         if b.start == at and _POSTS.at(text, b.end) is not None), None)
            if body is None and (head := _head_after(sentence, after)) is not None:
                place, post = head  # 王某任邢台市副市长: the division's government's post
                # (named as the places written before it read it: 任邢台市信都区副区长)
                division = (written.ending_at(place.end) if written else None) or (place.start, place.canonical)
                yield _governed(person, division[1], post, article, span)
                first = person  # 任命周某、吴某为X市副市长: the names listed before share it
                while text[first.start - 1:first.start] == "、" and (first := by_end.get(first.start - 1)) is not None:
                    yield _governed(first, division[1], post, article, span)
                listed = place.end + len(post) + 1  # 任X市副市长、市公安局局长: a body's post after it
                if text[listed - 1:listed] == "、":
                    body = next((b for b in bodies if b.start == listed and _POSTS.at(text, b.end)), None)
        elif taken := _TAKES.match(text, person.end):  # X公司董事长王某当选为Y协会副会长
            body = next((b for b in bodies if b.start == taken.end()), None)
        else:
            body = None
        while body is not None and (post := _POSTS.at(text, body.end)):
            # (担任X校长一职, 任X政府副秘书长(正厅级): what the post closes its clause after)
            rest = (note.end() if (note := _POST_NOTE.match(text, body.end + len(post))) else body.end + len(post))
            close = text[rest:rest + 1]
            if close not in _CLOSES and close != "、":
                break
            at = rest + 1  # the next body, named in full (not a bare 党组)
            # 任中共X市委委员、常委、书记: a committee's posts listed together are all held in it
            listing = post in _PARTY_POSTS
            while listing and close == "、" and (more := _POSTS.at(text, at)) in _PARTY_POSTS \
                    and (after := text[at + len(more):at + len(more) + 1]) in _CLOSES | {"、"}:
                post, close, at = f"{post}、{more}", after, at + len(more) + 1
            held.setdefault(person.start, (body, post))
            listed = next((b for b in bodies if b.start == at and len(b.canonical) > BARE_ORGAN), None) \
                if close == "、" else None
            own = _own_post(text, at, body) if close == "、" and listed is None else None
            if own is not None:  # X厅党组书记、厅长: the 厅长 is the department's
                yield from _posts_held(person, body, f"{post}、{own}", article, span)
                break
            yield _rel(person, Predicate.WORKS_FOR, body, article, span, post)
            if close == "、" and listed is None:
                yield from _head_listed(person, body, text, at, article, span)
            body = listed
    # 副厅长张某、李某: the names listed after the first share its body and post; in
    # 通讯员张某、记者李某 the next name has a post of its own in the same body
    for first, nxt in zip(people, people[1:], strict=False):
        if first.start not in held or nxt.start in held:
            continue
        gap = text[first.end:nxt.start].strip(_SPACES)
        body, post = held[first.start]
        other = gap.removeprefix("、").strip(_SPACES)
        if gap == "、" or (other in _REPORTERS and post in _REPORTERS):
            post = post if gap == "、" else other
            held[nxt.start] = (body, post)
            yield from _posts_held(nxt, body, post, article, span)
    # 任命周某、吴某为X市副市长: the names listed before the last share the post it takes after them
    for first, nxt in reversed(list(zip(people, people[1:], strict=False))):
        if nxt.start not in held or first.start in held or text[first.end:nxt.start] != "、":
            continue
        body, post = held[nxt.start]
        if body.start > nxt.end:
            held[first.start] = (body, post)
            yield from _posts_held(first, body, post, article, span)


# A post after the name that is as often the verb "represent": 李某代表省政府致辞.
_DEPUTY = "代表"
# What lists the next name, with a post after it, after a name and its post: 王某局长和李某副局长.
_LISTED_NAME = re.compile(r"、|和|及|与")
# The comma between one person's posts in two bodies, listed before the name (X委副主任,Y局局长王某)
_LISTED_POSTS_END = frozenset(",，")


def _ends_in_body_post(text: str, at: int, bodies: list[Mention]) -> bool:
    """Whether a chain of posts joined by 、 or 兼 ends at ``at`` and opens right after a
    body's name (省发展改革委党组成员、副主任), as a person's posts do; not a name or a verb
    (市委书记张某,市长李某)."""
    ends = frozenset(b.end for b in bodies)
    while posts := _POSTS.ending(text, at):
        if any(at - len(t) in ends for t in posts):
            return True
        at -= len(posts[0]) + 1
        if text[at:at + 1] not in _POST_JOINS:
            return False
    return False


# A firm's posts: the body a Party committee belongs to where they are held there is a firm.
_FIRM_POSTS = frozenset({"董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "董事", "执行董事"})
# Posts of a Party group or committee itself; its body's other posts (厅长, 校长) are the body's.
_PARTY_POSTS = frozenset({"书记", "副书记", "党组书记", "党委书记", "委员", "常委", "成员", "党组成员", "党委委员"})


def _own_post(text: str, at: int, organ: Mention) -> str | None:
    """The post at ``at``, after a post in a body's Party group or committee and 、, that
    is no Party post and closes its clause: held in the body itself (X厅党组书记、厅长)."""
    if party_unit_of(organ.canonical) is None:
        return None
    post = _POSTS.at(text, at)
    if post is None or post in _PARTY_POSTS or text[at + len(post):at + len(post) + 1] not in _CLOSES:
        return None
    return post


def _now(post: str) -> str:
    """A post without the mark of one once held (原书记 -> 书记)."""
    return post[1:] if post.startswith(_FORMER) else post


def _organ_post(post: str) -> tuple[str, str] | None:
    """A post in a body's Party group or committee, named with it (党组书记, 党委副书记,
    党组成员): the organ and the post in it, else None."""
    organ = next((u for u in PARTY_UNITS if post.startswith(u)), None)
    return (organ, post[len(organ):]) if organ is not None and post[len(organ):] in _PARTY_POSTS else None


def _posts_held(person: Mention, body: Mention, post: str, article: Article,
                span: tuple[int, int]) -> Iterator[Relation]:
    """worksFor ``body`` with ``post``; where the body is a Party group or committee
    (省X厅党组书记、厅长王某, X大学党委书记张某、校长李某), the posts that are not the
    Party's are held in the body it belongs to, named or not."""
    parent = party_unit_of(body.canonical)
    posts = post.split("、")
    if posts[0].startswith(_FORMER):  # X厅原党组成员、副厅长: each post of the chain a former one
        posts = [p if p.startswith(_FORMER) else posts[0][0] + p for p in posts]
    if parent is None and not _of_the_party(body.canonical):
        # 省财政厅厅长、党组书记王某: a post in the body's Party group or committee is held there
        for p in posts:
            if (organ := _organ_post(_now(p))) is not None:
                yield Relation(person.key, Predicate.WORKS_FOR,
                               entity_key(EntityType.AGENCY, body.canonical + organ[0], body.scope),
                               article.id, Span(*span), p.removesuffix(_now(p)) + organ[1])
        posts = [p for p in posts if _organ_post(_now(p)) is None]
        if not posts:
            return
        post = "、".join(posts)
    own = [p for p in posts if parent is None or _now(p) in _PARTY_POSTS]
    if own:
        yield _rel(person, Predicate.WORKS_FOR, body, article, span, "、".join(own))
    if len(own) < len(posts):
        other = "、".join(p for p in posts if p not in own)
        # the body is of the kind its name ends in (河北大学, 太钢集团), not its Party organ's;
        # a firm's where its name says nothing and a firm's post is held (中国一汽党委书记、董事长)
        ending = deciding_ending(parent)
        kind = getattr(EntityType, ending[0]) if ending else (
            EntityType.COMPANY if _FIRM_POSTS.intersection(other.split("、")) else body.type)
        yield Relation(person.key, Predicate.WORKS_FOR, entity_key(kind, parent, body.scope),
                       article.id, Span(*span), other)


# 市长, 常务副省长, 副县长, 州长, 旗长 ...: the head of a division's people's government
_GOVERNOR = re.compile(r"(?:常务|代)?副?(?P<level>[省市县区镇乡州旗])长(?:助理)?")  # (代县长: acting; 市长助理)
# An autonomous region's is its 主席 (新疆维吾尔自治区副主席), a post only after the region's
# name: 主席 alone is as often a congress's, a CPPCC's or an association's.
_CHAIR = re.compile(r"(?:常务)?副?主席")
# A former or acting post's word between a place and the post (孝义市原市长)
_FORMER_BEFORE = re.compile(r"(?:原|前|时任|现任)$")
_DIVISION_NAMES = frozenset(d.name for d in by_code().values())


def _is_head(post: str) -> bool:
    """Whether a post is the head of a division's people's government (副市长, 常务副省长)."""
    return _GOVERNOR.fullmatch(post) is not None


def _governors(article: Article, sentence: _Sentence, context: Context,
               written: PlacePrefixes) -> Iterator[Relation]:
    """worksFor the people's government of a division, for its heads: 崇左市副市长王某
    (the division named before the post, of the post's level), 南昌市委常委、副市长张某
    (the division that names the body the posts joined by 、 open with; 副市长王某、李某, each
    name listed after it), 县长刘某 after
    长沙县人民政府 in its sentence (the government of its level named before), 常务副省长李某,
    市委常委、副市长张某 and 县委副书记、县长李某 (the article's province, city or county). The government need not
    be named in the text: its name is the division's and 人民政府, a division written after
    those before it as ``written`` (the article's places) reads it (a town named again on its
    own: as where the article first named it)."""
    span = (sentence.start, sentence.end)
    text = sentence.text
    places = {m.end: m for m in sentence.mentions if m.type is EntityType.PLACE}
    bodies = {m.end: m for m in sentence.mentions if m.type in BODIES}
    towns = [p.canonical for p in places.values() if p.canonical.endswith(_TOWN_LEVELS)]
    governed: dict[int, list[tuple[str, str]]] = {}  # a person's end -> (division, post) held
    for person in (m for m in sentence.mentions if m.type is EntityType.PERSON):
        listed = text[person.start - 1:person.start] == "、"
        got = governed[person.end] = governed.get(person.start - 1, []) if listed else []
        if got:  # 副市长王某、李某: the name listed after a head's holds that post too
            yield from (_governed(person, name, post, article, span) for name, post in got)
            continue
        end = person.start
        while end > sentence.start and text[end - 1] in _SPACES:
            end -= 1
        opening = end  # where the chain of posts opens
        heads: list[str] = []  # posts of a division's head not preceded by a place or body
        chairs: list[str] = []  # ... and of a chair's (自治区党委常委、副主席王某: the region's)
        while True:  # back over posts joined by 、: 市委常委、副市长张某
            posts = _POSTS.ending(text, end)
            if not posts:
                break
            # (书记 after a body that 党组书记 would reach into: 市政府党组|书记)
            post = next((t for t in posts if end - len(t) in bodies), posts[0])
            at = end - len(post)
            if text.startswith("常务", at - 2):
                at, post = at - 2, "常务" + post
            elif text.startswith("代", at - 1) and _GOVERNOR.fullmatch(post):
                at, post = at - 1, "代" + post  # an acting head: 代县长
            head, chair = _GOVERNOR.fullmatch(post), _CHAIR.fullmatch(post)
            if (former := _FORMER_BEFORE.search(text, max(0, at - 2), at)) and (
                    former.start() in places or former.start() in bodies):
                at, post = former.start(), former.group() + post  # 孝义市|原|市长: the place's, then
            place = places.get(at)
            if place is None and head is not None and (shared := places.get(at + 1)) is not None \
                    and shared.canonical.endswith(head.group("level")):
                place = shared  # 衡水市长刘某: the division's name and the post share the level's word
            body = bodies.get(at) if place is None else None
            opening = at
            if place is not None or body is not None:  # 市公安局局长: past the body
                at = (place or body).start
            # a head after a body is that body's (广东省人民政府副省长: ``_works``), not the article's
            if head is not None and place is not None:
                if place.canonical.endswith(head.group("level")):
                    got.append((written.ending_at(place.end)[1], post))
            elif place is not None and place.canonical.endswith("自治区") and chair:
                got.append((place.canonical, post))
            elif place is None and body is None and chair and text.startswith(REGION, at - len(REGION)) and (
                    region := _region_before(sentence, at - len(REGION), context)):
                got.append((region, post))  # 自治区主席: the sentence's region, else the article's
            elif head is not None and body is None:
                heads.append(post)
            elif chair and place is None and body is None:
                chairs.append(post)
            if text[at - 1:at] in _LISTED_POSTS_END and body is not None and _ends_in_body_post(
                    text, at - 1, list(bodies.values())):
                end = at - 1  # 市委副书记、市长,市政府党组书记李某: one person's posts, past the comma
                continue
            if text[at - 1:at] != "、":
                break
            end = at - 1
        # the chain's first body names the division (南昌市委 -> 南昌市), or that of the name
        # listed before (茅台镇党委书记王某、镇长李某: 茅台镇); else the article's
        if heads and body is None and (listed := _listed_before(sentence, end)) is not None:
            body = listed
        if chairs and body is not None and (region := _region_committee(body.canonical)) is not None:
            got.extend((region, post) for post in chairs)
        elif chairs and body is None and text[opening - 1:opening] == "、" and (region := next(
                (d for d, _ in governed.get(opening - 1, ()) if d.endswith(REGION)), None)) is not None:
            got.extend((region, post) for post in chairs)  # 自治区主席严某、副主席多某: the same region's
        for post in heads:
            level = _GOVERNOR.fullmatch(post).group("level")
            name = _division_opening(body.canonical, level, towns) if body is not None else None
            # 邢台市…该市副市长王某: the division of its level named last; 邢台市市长李某、
            # 副市长王某: that of the head listed right before, of its level
            if name is None and text.endswith(THAT + level, 0, opening):
                name = pointed_back(written, level, opening - 2)
            if name is None and text[opening - 1:opening] == "、":
                name = next((d for d, _ in governed.get(opening - 1, ()) if d.endswith(level)), None)
            if name is None:
                name = _government_before(sentence, person.start, level)
            if name is None:  # 天津市委书记陈某,市长张某: the division of the body of its level named before
                name = next((d for m in reversed(sentence.mentions)
                             if m.end <= person.start and m.type is EntityType.AGENCY
                             and (d := _division_opening(m.canonical, level)) is not None), None)
            if name is None:
                # the article's province, city or county (州长: its prefecture), by the level's word
                fallback = resolve_char(level, context)  # (None for a town's 镇长, 乡长)
                name = fallback if fallback is not None and fallback.endswith(level) else None
            if name is not None:
                got.append((name, post))
        yield from (_governed(person, name, post, article, span) for name, post in got)


GOVERNMENT = "人民政府"
_TOWN_LEVELS = ("镇", "乡")  # a town's, which the table of divisions does not hold


def _region_before(sentence: _Sentence, at: int, context: Context) -> str | None:
    """The autonomous region a bare 自治区 at ``at`` means: the last the sentence names
    before it (西藏自治区党委书记王某、自治区主席李某), else the article's."""
    named = next((m.canonical for m in reversed(sentence.mentions) if m.end <= at and m.type is EntityType.PLACE
                  and m.canonical.endswith(REGION)), None)
    if named is None and context.province and context.province.name.endswith(REGION):
        named = context.province.name
    return named


def _listed_before(sentence: _Sentence, at: int) -> Mention | None:
    """The body whose post the name ending right before the 、 at ``at`` holds, named
    before it with only posts between (茅台镇党委书记王某、: 茅台镇党委)."""
    person = next((m for m in sentence.mentions if m.type is EntityType.PERSON and m.end == at), None)
    if person is None or sentence.text[at:at + 1] != "、":
        return None
    return next((b for b in reversed(sentence.mentions) if b.type in BODIES and b.end <= person.start
                 and _POSTS_ONLY.fullmatch(sentence.text, b.end, person.start)), None)


_POSTS_ONLY = re.compile("(?:" + "|".join(_TITLES) + ")(?:[、兼](?:" + "|".join(_TITLES) + "))*")


def _government_before(sentence: _Sentence, at: int, level: str) -> str | None:
    """The division of the last people's government of ``level`` the sentence names
    before ``at``, as its name is written: 长沙县人民政府召开常务会议,县长刘某主持."""
    return next((m.canonical.removesuffix(GOVERNMENT) for m in reversed(sentence.mentions)
                 if m.end <= at and m.type is EntityType.AGENCY and m.canonical.endswith(GOVERNMENT)
                 and m.canonical.removesuffix(GOVERNMENT).endswith(level)), None)


def _head_listed(person: Mention, body: Mention, text: str, at: int, article: Article,
                 span: tuple[int, int]) -> Iterator[Relation]:
    """A division's head listed after a post in its body, the name before them: 王某,现任
    肥乡区委副书记、区长 (肥乡区人民政府's 区长)."""
    post = _POSTS.at(text, at)
    if post is None or not _is_head(post) or text[at + len(post):at + len(post) + 1] not in _CLOSES:
        return
    if (division := _division_opening(body.canonical, _GOVERNOR.fullmatch(post).group("level"))) is not None:
        yield _governed(person, division, post, article, span)


# 王某曾在河北大学任经济学院院长: the body a person serves in, then the post, with the unit
# of the body it is held in
_IN = re.compile(r"(?:同志)?(?:曾|现|先后|曾经|目前)?在")
_SERVES_AS = re.compile(r"任(?:职)?")


def _served_in(sentence: _Sentence, person: Mention) -> tuple[Mention, str] | None:
    """The body and post of 王某(曾)在X任Y: X, and the post written with the unit of X it is
    held in (经济学院院长), closing its clause."""
    text = sentence.text
    if (at := _IN.match(text, person.end)) is None:
        return None
    body = next((b for b in sentence.mentions if b.type in BODIES and b.start == at.end()), None)
    if body is None or (serves := _SERVES_AS.match(text, body.end)) is None:
        return None
    for post_at in range(serves.end(), min(serves.end() + 11, sentence.end)):  # past the unit (经济学院, 干部一处)
        if post_at > serves.end() and not _UNIT.fullmatch(text, serves.end(), post_at):
            continue
        post = _POSTS.at(text, post_at)
        if post is not None and text[post_at + len(post):post_at + len(post) + 1] in _CLOSES | {"、"}:
            return body, text[serves.end():post_at] + post
    return None


def _left(sentence: _Sentence, person: Mention) -> tuple[Mention, str] | None:
    """The body, or the division whose government, and the post that ``person`` leaves
    (``_LEAVES``, ``_LEFT_BEFORE``): the post as a former one (原副厅长)."""
    text = sentence.text
    if (leaves := _LEAVES.match(text, person.end)) is None:
        if not (text.endswith(_LEFT_BEFORE, 0, person.start) or _under_left_heading(text, person.start)):
            return None
        leaves = _LEFT_AFTER.match(text, person.end)
    return _post_left(sentence, leaves.end())


# A list of appointments' opening word and colon (免去:, 决定任命:), its items set apart by
# semicolons, a line each or run on (免去:王某的X局局长职务;\n李某的Y局副局长职务。)
_LIST_OPENING = re.compile(r"(?P<word>任命|免去|撤销|聘任|解聘|聘请)[:：]")
_LIST_END = "。"
_LIST_REACH = 400  # characters before an item its list's opening may stand


def _under_left_heading(text: str, at: int) -> bool:
    """Whether ``at`` opens an item of a list of posts left (免去:王某的X局局长职务;)."""
    if at and text[at - 1] not in "\n:：;；":
        return False
    opening = next(reversed([*_LIST_OPENING.finditer(text, max(0, at - _LIST_REACH), at)]), None)
    return opening is not None and opening["word"] in _LEFT_BEFORE and _LIST_END not in text[opening.end():at]



def _post_left(sentence: _Sentence, at: int) -> tuple[Mention, str] | None:
    """The body, or the division whose government, written at ``at`` with a post and
    职务 after it: (it, the post as a former one)."""
    text = sentence.text
    places = {m.start: m for m in sentence.mentions if m.type is EntityType.PLACE}
    where = next((b for b in sentence.mentions if b.type in BODIES and b.start == at), None) or places.get(at)
    while where is not None and where.end in places:  # 河北省邢台市副市长: the last of a chain
        where = places[where.end]
    post = _POSTS.at(text, where.end) if where is not None else None
    if post is None or not text.startswith(_DUTY, where.end + len(post)):
        return None
    if where.type is EntityType.PLACE and not ((head := _GOVERNOR.fullmatch(post)) is not None
                                               and where.canonical.endswith(head["level"])):
        return None
    return where, _ONCE + post


def _left_by_pronoun(article: Article, sentence: _Sentence) -> Iterator[Relation]:
    """任命王某为X局副局长,免去其Y局副局长职务: the post 其 leaves is the last name's before it."""
    span = (sentence.start, sentence.end)
    for m in _LEFT_BY_PRONOUN.finditer(sentence.text, sentence.start, sentence.end):
        person = next((p for p in reversed(sentence.mentions) if p.type is EntityType.PERSON and p.end <= m.start()),
                      None)
        if person is not None and (left := _post_left(sentence, m.end())) is not None:
            yield _held_in(person, *left, article, span)


def _held_in(person: Mention, where: Mention, post: str, article: Article, span: tuple[int, int]) -> Relation:
    """worksFor ``where`` with ``post``: a body, or a division's government for its head."""
    if where.type is EntityType.PLACE:
        return _governed(person, where.canonical, post, article, span)
    return _rel(person, Predicate.WORKS_FOR, where, article, span, post)


def _head_after(sentence: _Sentence, starts: Iterable[int]) -> tuple[Mention, str] | None:
    """The division and its head's post written at one of ``starts``, closing its clause
    (任邢台市副市长, 现任正定县县长): the division's government's post."""
    text = sentence.text
    places = {m.start: m for m in sentence.mentions if m.type is EntityType.PLACE}
    for at in starts:
        place = places.get(at)
        while place is not None and place.end in places:  # 河北省邢台市副市长: the last of a chain
            place = places[place.end]
        post = _POSTS.at(text, place.end) if place is not None else None
        head = _GOVERNOR.fullmatch(post) if post else None
        if head is not None and place.canonical.endswith(head["level"]) \
                and text[place.end + len(post):place.end + len(post) + 1] in _CLOSES | {"、"}:
            return place, post
    return None


def _head_named_first(article: Article, sentence: _Sentence, context: Context) -> Iterator[Relation]:
    """worksFor the government of the article's province, city or county, for a head whose
    post is written right after the name (王某某副省长出席, 刘某某市长指出): by the post's
    level's word, as a head's post alone before the name is read."""
    span = (sentence.start, sentence.end)
    for person in (m for m in sentence.mentions if m.type is EntityType.PERSON):
        at = person.end + 2 if sentence.text.startswith("常务", person.end) else person.end
        post = _POSTS.at(sentence.text, at)
        head = _GOVERNOR.fullmatch(post) if post else None
        if head is None:
            continue
        division = resolve_char(head.group("level"), context)
        if division is not None and division.endswith(head.group("level")):
            yield _governed(person, division, sentence.text[person.end:at] + post, article, span)


# The State Council's members, whose posts written alone before a name (总理李强, 副总理丁某,
# 国务委员王某; not 印度总理莫迪, a country's) are held in it: the Central People's Government,
# named by its own name.
_STATE_COUNCIL_POST = re.compile(r"(?:常务)?副?总理|国务委员")
CENTRAL_GOVERNMENT = "国务院"


def _state_council(article: Article, sentence: _Sentence) -> Iterator[Relation]:
    """worksFor the State Council: a member's post written alone right before the name."""
    text = sentence.text
    for person in (m for m in sentence.mentions if m.type is EntityType.PERSON):
        post = next((t for t in _POSTS.ending(text, person.start) if _STATE_COUNCIL_POST.fullmatch(t)), None)
        at = person.start - len(post) if post is not None else 0
        if post is not None and not (at > 0 and _CJK_BEFORE.match(text, at - 1)
                                     and not _after_dateline(text, sentence.start, at)):
            yield Relation(person.key, Predicate.WORKS_FOR, (EntityType.AGENCY.value, CENTRAL_GOVERNMENT),
                           article.id, Span(sentence.start, sentence.end), post)


_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]")


def _after_dateline(text: str, start: int, at: int) -> bool:
    """Whether the sentence from ``start`` opens with a dateline ending at ``at``
    (新华社北京12月5日电|副总理丁某)."""
    return (m := OPENER.match(text[start:at])) is not None and m.end() == at - start


def _governed(person: Mention, division: str, post: str, article: Article, span: tuple[int, int]) -> Relation:
    return Relation(person.key, Predicate.WORKS_FOR, (EntityType.AGENCY.value, division + GOVERNMENT),
                    article.id, Span(*span), post)


def _division_opening(name: str, level: str, towns: Collection[str] = ()) -> str | None:
    """The division of ``level`` (省, 市 ...) a body's name opens with, after 中共:
    中共南昌市委 -> 南昌市, 中共石家庄市鹿泉区委 -> 石家庄市鹿泉区; a town of ``towns`` (the
    sentence's) with the divisions before it: 中共泽州县巴公镇委 -> 泽州县巴公镇; None where
    it opens with none."""
    name = name.removeprefix("中共")
    return next((name[:k] for k in range(len(name) - 1, 1, -1)
                 if name[k - 1] == level and (_division_written(name[:k]) or level in _TOWN_LEVELS
                                              and any(name[:k].endswith(t) for t in towns))), None)


def _region_committee(name: str) -> str | None:
    """The autonomous region whose Party committee ``name`` is (中共新疆维吾尔自治区委员会 ->
    新疆维吾尔自治区), else None."""
    region, _, rest = name.removeprefix("中共").partition(REGION)
    return region + REGION if rest in ("委", "委员会") and region + REGION in _DIVISION_NAMES else None


def _division_written(name: str) -> bool:
    """Whether ``name`` is a division's, after those above it (石家庄市鹿泉区, 南昌市)."""
    return any(name[j:] in _DIVISION_NAMES and (j == 0 or name[j - 1] in "省市州盟区县")
               for j in range(len(name) - 1))


_OF = "的"  # between a body and its post, or the name holding it: 省教育厅的工作人员李某, 省教育厅的王某处长
# A body's other name in brackets after its name, before a unit's post: X医院(Y医院)产科主任
_OTHER_NAME = re.compile(r"[(（][^()（）,，。]{2,20}[)）]")
# A body's secretary-general, listed after a comma with its other officers (省政协副主席王某,秘书长李某)
_SECRETARIES = frozenset({"秘书长", "副秘书长"})


def _of_the_party(name: str) -> bool:
    """Whether ``name`` is a Party committee (中共河北省委) or a body's Party group or
    committee (河北省发展和改革委员会党组), whose members' posts are the Party's."""
    return party_unit_of(name) is not None or (name.startswith("中共") and name.endswith(("委", "委员会")))


def _stem(post: str) -> str:
    """A post without its deputy's or standing deputy's word: 常务副市长 -> 市长."""
    return post.removeprefix("常务").removeprefix("副")


def _held_elsewhere(text: str, bodies: list[Mention], held: dict[int, tuple[Mention, str]],
                    by_end: dict[int, Mention], post: str, end: int,
                    earlier: Sequence[Mention] = ()) -> tuple[str, Mention | None]:
    """The body of a post that does not follow its body's name directly, and the post as
    kept: a unit or a qualifier between them (X医院心内科主任, X委原副主任; the body's other name
    in brackets before them, X医院(Y医院)产科主任), the body named before
    for 该局局长 or a post alone at a clause's start, the body a clause before it is at (在X公司,
    总经理王某), the body of the name before
    for 局长张某、副局长李某, a dateline's agency for its reporters."""
    at = end - len(post)
    # X委原副主任, X公司轮值董事长, X医院心内科主任, X部网络安保局副局长: a qualified
    # post, or a unit of the body (at most ten characters, ending as units do: 呼吸与危重症医学科), between
    # the body and the post
    for b in reversed(bodies):
        after = (other.end() if (other := _OTHER_NAME.match(text, b.end)) else b.end)
        if at - 11 <= after < at and (_QUALIFIER.fullmatch(text, after, at) or _UNIT.fullmatch(text, after, at)):
            return text[after:at] + post, b
        if text[b.end:b.end + 1] == _OF and _QUALIFIER.fullmatch(text, b.end + 1, at):
            return text[b.end + 1:at] + post, b  # 省教育厅的工作人员李某: the body's post, 的 between
    if post in _REPORTERS:
        # 新华社石家庄5月6日电(记者王某)
        body = next((b for b in bodies if _DATELINE.fullmatch(text, b.end, at)), None)
        if body is not None:
            return post, body
    if that := _THAT_BODY.search(text, max(0, at - 3), at):
        # 该局局长王某, 该公司副总经理王某: the body of that kind named last before, in the
        # sentence or the article's sentences before it (X局召开会议。该局局长王某说)
        return post, _of_kind([*earlier, *(b for b in bodies if b.end <= that.start())], that["kind"])
    if (before := by_end.get(at - 1)) is not None and before.start in held:
        # 公安部部长张某、副部长李某: the name before holds a post in one body; after a comma,
        # only the same post or its deputy's (X委主任张某,副主任李某; not 市委书记张某,市长李某),
        # its secretary-general or a post in its Party group or committee (X党组书记、主任张某,
        # 党组成员、副主任李某; 省委书记张某,副书记李某,常委王某);
        # a division's head only in its government (镇党委书记王某、镇长李某: ``_governors``)
        body, posts = held[before.start]
        if _is_head(post) and not body.canonical.endswith(GOVERNMENT):
            return post, None
        if text[at - 1] == "、" or (text[at - 1] in ",，" and (
                _stem(posts.split("、")[-1]) == _stem(post) or post in _SECRETARIES
                or (post in _PARTY_POSTS and _of_the_party(body.canonical)))):
            return post, body
    if text[at - 1:at] in (",", "，") and (visited := next(
            (b for b in bodies if b.end == at - 1 and text[b.start - 1:b.start] == "在"), None)):
        return post, visited  # 在国网X电力有限公司,总经理马某某介绍: a post at the body the clause before is at
    standing = "常务" if post == "副校长" and text.endswith("常务", 0, at) else ""  # (常务|副校长)
    lead = 1 if post.startswith("党委") and text[at - 1:at] == "校" else len(standing)  # (校|党委书记)
    if (lead or post in ("校长", "副校长")) and (at - lead == 0 or text[at - lead - 1] in _SENTENCE_OPENS):
        # 河北师范大学举行开学典礼。校党委书记刘某、校长戴某出席: the school named last before,
        # or its Party committee (X大学党委书记王某,校长孙某: the post is held in the school)
        school = next((b for b in reversed([*earlier, *(b for b in bodies if b.end <= at)])
                       if (b.type is EntityType.ORGANIZATION and b.canonical.endswith(_SCHOOLS))
                       or (party_unit_of(b.canonical) or "").endswith(_SCHOOLS)), None)
        return standing + post, school
    head = post.removeprefix("副")[:1]
    if head in _HEADS and (at == 0 or text[at - 1] in _SENTENCE_OPENS):
        # X局召开会议,(副)局长王某表示 / X局召开会议。局长王某出席: a post alone at a clause's
        # or a sentence's start is held in the body of its kind named last before, in the
        # sentence or the article's sentences before it
        return post, next((b for b in reversed([*earlier, *(b for b in bodies if b.end <= at)])
                           if b.canonical.endswith(head)), None)
    return post, None


def _places(article: Article, mentions: list[Mention], context: Context) -> Iterator[Relation]:
    codes = by_code()
    places = [m for m in mentions if m.type is EntityType.PLACE]
    named = {m.code for m in places if m.code}
    first = {}
    for m in places:
        first.setdefault(m.canonical, m)
    province = context.province.code if context.province else None
    county: dict[int, Mention] = {}  # a town's end -> the place it was named right after
    for m in places:
        # Right after its place: 太原市杏花岭区, 太谷区胡村镇; a town listed after another
        # of its county: 涉县井店镇、偏城镇.
        before = next((p for p in places if p.end == m.start and p is not m), None)
        if before is None and m.level is PlaceLevel.TOWN and article.text[m.start - 1:m.start] == "、":
            before = county.get(m.start - 1)
        if before is not None and m.level in (PlaceLevel.DISTRICT, PlaceLevel.COUNTY,
                                             PlaceLevel.TOWN):
            if m.level is PlaceLevel.TOWN:
                county[m.end] = before
            yield _rel(m, Predicate.LOCATED_IN, before, article, (before.start, m.end))
            continue
        if m.code is None or first[m.canonical] is not m:
            continue
        division = codes[m.code]
        parent = codes.get(division.parent) if division.parent else None
        if parent is None:
            continue
        if m.level is PlaceLevel.DISTRICT and parent.level is PlaceLevel.CITY:
            if parent.code in named:
                yield Relation(m.key, Predicate.LOCATED_IN, (EntityType.PLACE.value, parent.name),
                               article.id, Span(m.start, m.end))
            continue
        top = codes.get(division.province_code)
        if top and (top.code == province or top.code in named):
            yield Relation(m.key, Predicate.LOCATED_IN, (EntityType.PLACE.value, top.name),
                           article.id, Span(m.start, m.end))


def _situated(article: Article, sentence: _Sentence, context: Context,
              earlier: Sequence[Mention] = ()) -> Iterator[Relation]:
    span = (sentence.start, sentence.end)
    text = sentence.text
    here = {"我市": context.city, "本市": context.city, "我省": context.province,
            "本省": context.province}
    for trig in sentence.triggers(_LOCATED):
        after = sentence.between(trig.end(), sentence.end, BODIES)
        place = here.get(trig["here"] or "")
        named = None
        if place is None:
            pl = sentence.between(trig.end(), trig.end() + 12, (EntityType.PLACE,))
            if not pl:
                continue
            named = pl[0]
            for nxt in pl[1:]:  # 位于成都市武侯区的X: the last of a chain of places, the nearest
                if nxt.start != named.end:
                    break
                named = nxt
            target = (EntityType.PLACE.value, named.canonical)
        else:
            target = (EntityType.PLACE.value, place.name)
        # 位于太原市的X, 来自我市的A、B: the bodies after the place
        forward = False
        for body in after:
            if re.fullmatch(r"[^,，。;；]{0,12}的", text[trig.end():body.start]) or (
                    body.start == (named.end if named else trig.end())):
                forward = True
                yield Relation(body.key, Predicate.LOCATED_IN, target, article.id, Span(*span))
                for other in after:  # 来自我市的 A(...)、B(...)
                    if other is not body and other.type is body.type:
                        yield Relation(other.key, Predicate.LOCATED_IN, target, article.id,
                                       Span(*span))
                break
        # X位于太原市 / X地处P / X落户P: the body just before the word
        if not forward:
            opened = sentence.clause_start(trig.start())
            before = sentence.between(opened, trig.start(), BODIES)
            if before and _ADVERB_GAP.fullmatch(text[before[-1].end:trig.start()]):
                yield Relation(before[-1].key, Predicate.LOCATED_IN, target, article.id, Span(*span))
            elif (not before and (that := _THAT_SUBJECT_PLACED.match(text, opened)) is not None
                  and _ADVERB_GAP.fullmatch(text, that.end(), trig.start())
                  and (pointed := _of_kind([*earlier, *sentence.between(sentence.start, opened, BODIES)],
                                           that["kind"])) is not None):
                # X公司成立于2010年。该公司位于衡水市桃城区: the body of that kind named before
                yield Relation(pointed.key, Predicate.LOCATED_IN, target, article.id, Span(*span))
            elif named is not None and (lower := next((p for p in sentence.mentions if p.type is EntityType.PLACE
                                                       and p.end == trig.start()), None)) is not None \
                    and LEVEL_ORDER.get(lower.level, 0) > LEVEL_ORDER.get(named.level, 9):
                # 苍岩山镇位于井陉县, 井陉县隶属于石家庄市: a place in the one above it
                yield Relation(lower.key, Predicate.LOCATED_IN, target, article.id, Span(*span))
            elif text[trig.start() - 1:trig.start()] in _OPENS_NOTE and (bracketed := next(
                    (b for b in sentence.mentions if b.type in BODIES and b.end == trig.start() - 1), None)):
                # X有限公司(位于藁城区): the body the bracket is opened after
                yield Relation(bracketed.key, Predicate.LOCATED_IN, target, article.id, Span(*span))
            elif (not before and named is not None and opened > sentence.start
                  and _ADVERB_GAP.fullmatch(text[opened:trig.start()])
                  and text[(zoned := _ZONE.match(text, named.end).end()):zoned + 1] in _CLOSES
                  and len(subject := sentence.between(sentence.start, trig.start(), BODIES)) == 1
                  and not text[sentence.start:subject[0].start].strip()):
                # X公司成立于2010年,位于邢台市信都区。: the one body the sentence opens with (in the
                # place, where the clause names a zone of it: X公司,位于廊坊市经济技术开发区,是…)
                yield Relation(subject[0].key, Predicate.LOCATED_IN, target, article.id, Span(*span))
    places = {m.end: m for m in sentence.mentions if m.type is EntityType.PLACE}
    for m in sentence.mentions:
        # 沧州市运河区的河北某某管道有限公司: a firm or an organisation right after a place and 的
        place_of = places.get(m.start - 1) if m.type in _SITUATED_HERE and text[m.start - 1:m.start] == "的" else None
        if place_of is not None:
            yield _rel(m, Predicate.LOCATED_IN, place_of, article, span)
    for m in sentence.mentions:
        # 我市某某重工集团有限公司: a firm or an organisation right after 我市 (本省 ...)
        place = here.get(text[m.start - 2:m.start]) if m.start >= 2 and m.type in _SITUATED_HERE else None
        if place is not None:
            yield Relation(m.key, Predicate.LOCATED_IN, (EntityType.PLACE.value, place.name), article.id,
                           Span(*span))
    for m in sentence.mentions:
        if m.type in BODIES and (s := _SELF.match(text, m.end)):
            place = here.get(s.group()[1:3]) or (context.province if "省" in s.group() else None)
            if place is not None:
                yield Relation(m.key, Predicate.LOCATED_IN, (EntityType.PLACE.value, place.name),
                               article.id, Span(*span))


def _sentences(doc: Doc) -> list[_Sentence]:
    """The article's sentences with their mentions, made once per document; a profile's
    sentences one (``_profiles``)."""
    made = doc.scratch.get("sentences")
    if made is None:
        ordered = sorted(doc.mentions, key=lambda m: (m.start, m.end))
        starts = [m.start for m in ordered]
        made = [_Sentence(doc.text, s, e, ordered, starts) for s, e in _profiles(doc.text, sentence_spans(doc.text))]
        doc.scratch["sentences"] = made
    return made


# A profile: a name, the sex, then the particulars (龙某某,男,苗族,1972年3月生,…); and a
# sentence of it after the first, on the posts once or now held (曾任X。现任Y。).
_PROFILE = re.compile(r"[\u4e00-\u9fff·]{2,8}[,，(（][男女][,，)）]")
_PROFILE_POSTS = re.compile(r"(?:曾任|历任|先后任|现任|现为)")


def _profiles(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans``, a profile's sentences after its first joined to it: the posts its later
    sentences list are the named person's (龙某某,男,…学历。曾任X。现任Y。)."""
    if "男" not in text and "女" not in text:
        yield from spans  # (no profile in it)
        return
    opened: tuple[int, int] | None = None
    for start, end in spans:
        if opened is not None and _PROFILE_POSTS.match(text, start):
            opened = (opened[0], end)
            continue
        if opened is not None:
            yield opened
        opened = (start, end) if _PROFILE.match(text, start) else None
        if opened is None:
            yield start, end
    if opened is not None:
        yield opened


_ISSUING = ("关于印发", "关于印发《")  # before the document a notice issues



def _named_after(article: Article, mentions: tuple[Mention, ...]) -> Iterator[Relation]:
    """省政府工作报告, X关于...的通告: a document named after the body that issues it, the
    longest body its name opens with (X省人民政府办公厅关于…: the office, not the government);
    and the document such a notice issues (X关于印发Y的通知: Y) by that body too."""
    bodies: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type is EntityType.AGENCY:
            bodies.setdefault(m.start, []).append(m)
    for m in mentions:
        if m.type is EntityType.PROGRAM:
            heads = [body for body in bodies.get(m.start + article.text.startswith("《", m.start), ())
                     if body.end < m.end]
            if heads:
                head = max(heads, key=lambda b: b.end)
                yield _rel(m, Predicate.ISSUED_BY, head, article, (m.start, m.end))
                joined = head  # 《中共中央 国务院关于…的意见》: the bodies joined to it issue it too
                while (joined := next((b for b in bodies.get(next_issuer_at(article.text, joined.end), ())
                                       if b.end < m.end), None)) is not None:
                    yield _rel(m, Predicate.ISSUED_BY, joined, article, (m.start, m.end))
                for issued in mentions:
                    if (issued.type in (EntityType.PROGRAM, EntityType.LAW) and m.start < issued.start
                            and issued.end < m.end and article.text.endswith(_ISSUING, m.start, issued.start)):
                        yield _rel(issued, Predicate.ISSUED_BY, head, article, (m.start, m.end))


def _signed(article: Article, mentions: tuple[Mention, ...]) -> Iterator[Relation]:
    """A notice heading its article with no body before its 关于 (``HEADLINE_NOTICE``),
    issued by the body signing the article below its text, its name alone on a line."""
    notice = HEADLINE_NOTICE.match(article.text)
    head = next((m for m in mentions if notice and (m.start, m.end) == notice.span()
                 and m.type is EntityType.PROGRAM), None)
    if head is None:
        return
    agencies = [m for m in mentions if m.type is EntityType.AGENCY]
    if signers := signatures(article.text, agencies, head.end):
        yield _rel(head, Predicate.ISSUED_BY, signers[0][0], article, (head.start, head.end))


@component("issued", requires=("mentions",), assigns=("relations",))
def issued(shared: Shared):
    """issuedBy: bodies before 印发/发布/公布 ..., 由 X 发布, X《...》, documents named after a
    body, a meeting's body for 会议表决通过 in a sentence after the meeting's."""
    def run(doc: Doc) -> None:
        meeting = None  # the body whose meeting the article named last
        for sentence in _sentences(doc):
            doc.relate(_issued(doc.article, sentence, meeting))
            meeting = next((m for m in reversed(sentence.mentions) if m.type is EntityType.AGENCY
                            and _MEETING.match(sentence.text, m.end)), meeting)
        doc.relate(_named_after(doc.article, doc.mentions))
        doc.relate(_signed(doc.article, doc.mentions))
    return run


@component("organized", requires=("mentions",), assigns=("relations",))
def organized(shared: Shared):
    """organizedBy: a sentence's programmes and the bodies it says run them, and a plan's
    measure and the bodies the sentence after it says lead it."""
    def run(doc: Doc) -> None:
        before = None
        for sentence in _sentences(doc):
            doc.relate(_organized(doc.article, sentence))
            if before is not None:
                doc.relate(_led_after(doc.article, before, sentence))
            before = sentence
    return run


# A decision's fields, a line each: its party's (当事人:X公司) and the officer heading it
# (法定代表人:王某, 负责人:, 经营者:), who works for the party.
_OFFICER_FIELD = re.compile(r"^(?P<post>法定代表人|主要负责人|负责人|经营者)[:：]", re.MULTILINE)


# ... or written in brackets right after the party: X公司(法定代表人:王某)
_BRACKETED_OFFICER = re.compile(r"[(（](?P<post>法定代表人|主要负责人|负责人|经营者)[:：]?")


def _officers(article: Article, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """worksFor from a decision's fields: the officer field's name, for the party field's
    body before it (当事人:X公司 … 法定代表人:王某); and from an officer written in brackets
    right after a body (X公司(法定代表人:王某))."""
    text = article.text
    by_start = {m.start: m for m in mentions}
    for body in (m for m in mentions if m.type in BODIES):
        if (officer := _BRACKETED_OFFICER.match(text, body.end)) is not None and (
                named := by_start.get(officer.end())) is not None and named.type is EntityType.PERSON:
            yield _rel(named, Predicate.WORKS_FOR, body, article, (body.start, named.end), officer["post"])
    party = None
    for m in sorted([*PARTY_FIELD.finditer(text), *_OFFICER_FIELD.finditer(text)], key=lambda m: m.start()):
        named = by_start.get(m.end())
        if m.re is PARTY_FIELD:
            party = named if named is not None and named.type in BODIES else None
        elif party is not None and named is not None and named.type is EntityType.PERSON:
            end = text.find("\n", named.end)
            yield _rel(named, Predicate.WORKS_FOR, party, article, (m.start(), len(text) if end < 0 else end),
                       m["post"])


@component("works", requires=("mentions", "context"), assigns=("relations",))
def works(shared: Shared):
    """worksFor with the post: a body and post by a name, a division's head in its government,
    a decision's officer field (法定代表人:王某) for its party."""
    def run(doc: Doc) -> None:
        earlier: list[Mention] = []  # the bodies of the sentences before
        # a division after those written right before it, as a body's name after them is
        # read (石家庄市桥西区: 桥西区 is also 张家口's and 邢台's)
        written = PlacePrefixes([m for m in doc.mentions if m.type is EntityType.PLACE])
        for sentence in _sentences(doc):
            doc.relate(_works(doc.article, sentence, earlier, written))
            doc.relate(_governors(doc.article, sentence, doc.context, written))
            doc.relate(_state_council(doc.article, sentence))
            doc.relate(_head_named_first(doc.article, sentence, doc.context))
            doc.relate(_left_by_pronoun(doc.article, sentence))
            earlier += [m for m in sentence.mentions if m.type in BODIES]
        doc.relate(_officers(doc.article, doc.mentions))
    return run


@component("located", requires=("mentions", "context"), assigns=("relations",))
def located(shared: Shared):
    """locatedIn: divisions in the divisions above them, bodies where the text puts them."""
    def run(doc: Doc) -> None:
        earlier: list[Mention] = []  # the bodies of the sentences before
        for sentence in _sentences(doc):
            doc.relate(_situated(doc.article, sentence, doc.context, earlier))
            doc.relate(_registered(doc.article, sentence))
            earlier += [m for m in sentence.mentions if m.type in BODIES]
        doc.relate(_places(doc.article, list(doc.mentions), doc.context))
        doc.relate(_domiciled(doc.article, list(doc.mentions)))
    return run


# A decision's or a notice's fields: its party's (当事人:X公司), then where the party sits
# (住所:衡水市桃城区某某路66号), each on a line of its own.
_PARTY_LINE = re.compile(r"^(?:当事人|行政相对人)(?:名称)?[:：]", re.MULTILINE)
_SEAT_LINE = re.compile(r"^(?:住所|地址|经营场所|注册地址|住所地)[:：][^\n]*", re.MULTILINE)


# A firm or an organisation registered at a place: X公司在邢台市宁晋县注册成立 (成立 alone
# closing its clause: not X公司在石家庄成立研发中心, which founds another there).
_REGISTERED_AT = re.compile(r"(?:已|正式)?" + _WHEN + "在")
_REGISTERED = re.compile(r"(?:正式)?(?:注册成立|注册|成立(?=[,，。;；]))")


def _registered(article: Article, sentence: _Sentence) -> Iterator[Relation]:
    """locatedIn of a firm or an organisation registered or founded at the places named
    right after it (``_REGISTERED_AT``, ``_REGISTERED``): the last of them."""
    text = sentence.text
    if _REGISTERED.search(text, sentence.start, sentence.end) is None:
        return
    places = {m.start: m for m in sentence.mentions if m.type is EntityType.PLACE}
    for body in sentence.mentions:
        if body.type not in _SITUATED_HERE or (at := _REGISTERED_AT.match(text, body.end)) is None:
            continue
        place, end = None, at.end()
        while (nxt := places.get(end)) is not None:
            place, end = nxt, nxt.end
        if place is not None and _REGISTERED.match(text, end):
            yield _rel(body, Predicate.LOCATED_IN, place, article, (sentence.start, sentence.end))


def _domiciled(article: Article, mentions: list[Mention]) -> Iterator[Relation]:
    """locatedIn from a decision's fields: the firm or organisation its party's field
    names, in the last division its seat's field names (衡水某某食品有限公司 in 桃城区)."""
    text = article.text
    for party_line in _PARTY_LINE.finditer(text):
        party = next((m for m in mentions if m.start == party_line.end() and m.type in _SITUATED_HERE), None)
        seat = _SEAT_LINE.search(text, party_line.end())
        following = _PARTY_LINE.search(text, party_line.end())
        if party is None or seat is None or (following is not None and following.start() < seat.start()):
            continue
        places = [m for m in mentions if m.type is EntityType.PLACE and seat.start() <= m.start < seat.end()]
        if places:
            yield Relation(party.key, Predicate.LOCATED_IN, places[-1].key, article.id, Span(seat.start(), seat.end()))
