"""Administrative penalties: who decided, on whom, how much, under which law.

An article that reports penalties names the deciding body, then for each party what it
did wrong (违反了《X》第...条) and the decision (依据《X》第...条的规定, 对该单位作出责令
限期改正, 合并处人民币5万元罚款的行政处罚). Each decision sentence closes one party's
block; the party is the company, organisation or person named last in that block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

import cn2an

from ..lexicon import sections
from ..model import Article, EntityType, LegalBasis, Mention, Penalty, Span
from ..normalize import FIELD, PARTY_FIELD, sentence_spans
from .base import TITLES, signatures
from .doc import Doc
from .entities import DECLARED
from .registry import Shared, component

MEASURES = tuple(sorted(sections()["penalty"], key=len, reverse=True))
PARTIES = (EntityType.COMPANY, EntityType.ORGANIZATION, EntityType.PERSON)
# Orders that are penalties of their own (行政处罚法 art. 9), with no fine: 责令停产整顿
_ORDERS = r"责令停产|责令停业|责令关闭"
# A fine's ticket, as news writes one: 对X公司开出20万元罚单
_TICKET = "罚单"
_DECISION = re.compile(r"(?:作出|给予|处以|并处|合并处|处|被|进行|决定|对|依法|开出)[^。]{0,40}?"
                       rf"(?:罚款|罚没|处罚|警告|通报批评|吊销|没收|行政拘留|{_ORDERS}|{_TICKET})")
# Who is fined: 对X处以/作出/进行..., X被罚款/被处以/被没收...
_PARTY_BEFORE = re.compile(r"被|因[^。;；]{1,40}?被")  # (matched at the party's end)
_NAMED_PARTY = re.compile(r"当事人[:：]?$")  # 当事人陈某某
# A reporter credited before the name, who is no party in the sentence's decision: (记者 王某)
_CREDITED = re.compile(r"(?:记者|通讯员|摄影|实习生)[\s\u3000]*$")
# 对 and a person's part in the case or post before the name: 对驾驶员李某, 对法定代表人王某,
# 对直接负责的主管人员张某, 对董事长王某, a post held then (对时任行长刘某, 对原董事长王某)
_PARTY_ROLE = re.compile(r"对(?:[\u4e00-\u9fff]{1,14}[员人]|(?:时任|原)?(?:"
                         + "|".join(sorted(TITLES, key=lambda t: (-len(t), t))) + "))[:：]?$")
ROLE_REACH = 16  # characters a role or post before a name reaches back to its 对 (对该公司直接负责的主管人员王某)
# Whose inquiry or inspection a report tells of: 经X调查, X执法人员在日常检查中发现; or who
# seized or took up the case (X近日查获一起走私案, X依法查处一起…案: the body right before the verb).
_INQUIRY = re.compile(r"经(?P<who>[^。，,]{2,30}?)(?:调查|查明|核实|检查)"
                      r"|(?P<by>[^。，,；;：:]{2,30}?)(?:执法人员|工作人员|执法队员)?在[^。，,]{0,12}?"
                      r"(?:检查|巡查|排查|抽检|执法)(?:中|时|过程中)发现"
                      r"|(?P<seized>[^。，,；;：:]{2,30}?)(?:近日|日前|依法|成功)?(?:查获|查处|查办|破获)")
# Where a report comes from, not who decided: 记者从X获悉, 据X消息.
_SOURCE = re.compile(r"(?:从|据)(?P<who>[^。，,]{2,40}?)(?:获悉|了解到|得知|消息)")
# (a warning or a public criticism alone: 处以警告, 予以通报批评; a confiscation alone, a
# penalty of its own by 行政处罚法 art. 9: 被没收违法所得; the police's detention of a person,
# 处以行政拘留10日)
_CUE = re.compile(rf"处罚|罚款|罚没|吊销|没收违法所得|没收非法财物|行政拘留|{_ORDERS}|{_TICKET}"
                  r"|(?:处以|给予|予以)(?:警告|通报批评)")
# A public criticism alone of a person is a Party's or an employer's handling of an official,
# not an administrative penalty (对X局局长王某予以通报批评); of a firm it is one.
_CRITICISED = ("通报批评",)
_NUMBER = r"[\d.]+|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+"
_FINE = re.compile(rf"(?:罚款|罚没款(?:共计|合计)?|处|处以|并处|合并处)(?:人民币)?(?P<num>{_NUMBER})(?P<unit>万|亿)?元")
# A fine set as a share or a multiple of an amount, not in yuan: 处上一年年收入40%的罚款,
# 处货值金额五倍的罚款 (a penalty whose fine the text does not give)
_FINE_SHARE = re.compile(r"(?:收入|违法所得|货值金额|销售额|税款|营业额|价款)[^。,，;；]{0,8}?"
                         r"(?:[\d.]+%|百分之[零一二三四五六七八九十]+|[\d.一二两三四五六七八九十]+倍)(?:以上[^。,，;；]{0,10})?的?罚款")
_FINE_AFTER = re.compile(rf"(?:人民币)?(?P<num>{_NUMBER})(?P<unit>万|亿)?元(?:的)?(?:罚款|{_TICKET})")
# ... and its amount summed after it: 处以合同价款百分之二的罚款,共计46万元
_FINE_SUMMED = re.compile(rf"罚款[,，]?(?:共计|合计|计)(?:人民币)?(?P<num>{_NUMBER})(?P<unit>万|亿)?元")
_PROVISION = re.compile(
    r"第[零一二三四五六七八九十百\d]+条(?:第[零一二三四五六七八九十\d]+款)?"
    r"(?:第[(（]?[零一二三四五六七八九十\d、]+[)）]?项)?")  # (第(三)项, 第（三）项)
_BRACKETS = str.maketrans("（）", "()")


# (a short name declared between the title and its provisions: 《X法》(以下简称《法》)第九条)
_LAW_CITE = re.compile(r"《(?P<law>[^》]+)》(?:" + DECLARED.pattern + r")?(?P<refs>(?:[、和及]?"
                       + _PROVISION.pattern + r")*)")
# The date of a decision: 于2023年12月1日作出, 2023年12月1日,...决定.
_DECIDED_ON = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^。]{0,30}?(?:作出|决定|处以|给予)")
# A list's opening (通报如下:, 作出如下行政处罚:, 本局决定:): its items, to the full stop, share
# what it names; where it decides (作出如下行政处罚:1.没收违法所得;2.罚款3万元。) they are one decision.
_ITEMS_FOLLOW = re.compile(r"(?:如下[^。;；]{0,8}|决定)[:：]")
# A court's criminal sentence (判处有期徒刑, 并处罚金): no administrative penalty, which the
# GUIDELINES count alone.
_SENTENCED = re.compile(r"判处|有期徒刑|拘役|罚金")
# A page of penalties by its title: X局行政处罚信息公开, X局行政处罚决定书, X局公布一批典型
# 案例 (its body decides, where a case names no other).
_NOTICE_TITLE = re.compile(r"行政处罚|处罚决定|处罚信息|(?:公布|通报|曝光|发布)[^,，。;；]{0,20}(?:案例|案件)")
# The body deciding in its own name: 本局决定, 我局依法..., as a notice's decision reads.
_OWN_NAME = re.compile(r"(?:本|我)(?:局|厅|委|机关|分局|支队|大队)")
_VIOLATION = re.compile(r"(?:[一二三四五六七八九十]是)?(?P<what>[^。;；]{4,120}?)[,，]?(?:这两项均|均)?违反了")


# A penalty notice's facts stand within this many characters before its decision.
NOTICE_SPAN = 3000

def parse_yuan(number: str, unit: str | None = None) -> int | None:
    """A money amount in yuan: 5万 -> 50000, 1273万 -> 12730000, 伍万 -> 50000.

    >>> parse_yuan("5", "万"), parse_yuan("伍万"), parse_yuan("1273", "万")
    (50000, 50000, 12730000)
    """
    text = number + (unit or "")
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):
        return None
    return int(round(value))


def _fine(sentence: str) -> int | None:
    m = _FINE.search(sentence) or _FINE_AFTER.search(sentence) or _FINE_SUMMED.search(sentence)
    return parse_yuan(m["num"], m["unit"]) if m else None


def _decided_on(text: str) -> str | None:
    """The last date given for a decision in ``text``, ISO formatted."""
    dates = [f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}" for m in _DECIDED_ON.finditer(text)]
    return dates[-1] if dates else None


def _provisions(refs: str) -> list[str]:
    """Each provision in ``refs``, an item's brackets half-width as the reader writes a page's: 第(三)项."""
    return [p.group().translate(_BRACKETS) for p in _PROVISION.finditer(refs)]


def _citations(text: str, laws: dict[str, str]) -> tuple[LegalBasis, ...]:
    """Each law cited in ``text`` with each provision given (第九十九条第2、3项)."""
    found: list[LegalBasis] = []
    for m in _LAW_CITE.finditer(text):
        law = laws.get(m["law"])
        if law is None:
            continue
        refs = _provisions(m["refs"]) or [None]
        found.extend(LegalBasis(law, ref) for ref in refs)
    return tuple(dict.fromkeys(found))


# A law cited again by its kind alone (依据该法第八十三条, 根据上述条例第十条): the last law of
# that kind the article cited before.
_SAME_LAW = re.compile(r"(?:该|上述)(?P<kind>法|条例|办法|规定|细则)"
                       r"(?P<refs>(?:[、和及]?" + _PROVISION.pattern + r")+)")


def _cited_again(text: str, start: int, end: int, laws: list[Mention]) -> tuple[LegalBasis, ...]:
    """Each provision of a law ``text[start:end]`` cites again by its kind alone (该法第...条),
    as a provision of the last law of that kind among ``laws`` before it."""
    found: list[LegalBasis] = []
    for m in _SAME_LAW.finditer(text, start, end):
        law = next((x.canonical for x in reversed(laws) if x.end <= m.start() and x.canonical.endswith(m["kind"])),
                   None)
        if law is not None:
            found.extend(LegalBasis(law, p) for p in _provisions(m["refs"]))
    return tuple(found)


_REFS = re.compile(r"(?:[、和及]?" + _PROVISION.pattern + r")+")


def _cited_bare(text: str, start: int, end: int, laws: list[Mention]) -> tuple[LegalBasis, ...]:
    """Each law ``text[start:end]`` names without its marks (依据食品安全法第一百二十四条),
    one of ``laws``, with each provision given."""
    found: list[LegalBasis] = []
    for law in laws:
        if start <= law.start and law.end <= end and not law.text.startswith("《"):
            refs = _REFS.match(text, law.end)
            found.extend(LegalBasis(law.canonical, p) for p in (_provisions(refs.group()) if refs else [None]))
    return tuple(found)


# A sentence after a decision giving the decision's basis, referring back to it: 该局依据
# 《X》第N条作出上述决定, 以上处罚依据…作出; or to its party as it cites a law: 该局依据《X》
# 第N条,责令该公司限期整改.
_DECIDED_ABOVE = re.compile(r"(?:上述|以上|前述|该|此|这一)(?:行政)?(?:处罚|决定)"
                            r"|依据[^。]*?(?:该|涉事)(?:公司|企业|单位|厂|店)")


def _basis(text: str, start: int, end: int, laws: dict[str, str], cited: list[Mention]) -> tuple[LegalBasis, ...]:
    """The laws and provisions ``text[start:end]`` cites from its 依据 on (or from its start)."""
    basis = start + max(text[start:end].find("依据"), 0)
    return tuple(dict.fromkeys(_citations(text[basis:end], laws) + _cited_bare(text, basis, end, cited)
                               + _cited_again(text, basis, end, cited)))


def _officer_of(text: str, firm: Mention, person: Mention) -> str | None:
    """How a person named after a firm with their post in it stands to the firm's
    decision: "instead" (对X公司负责人张某: the person is the party), "also" (对X公司及其
    法定代表人张某: both are), or None where the post does not join them."""
    gap = text[firm.end:person.start]
    joined = gap.startswith(("及其", "和其"))
    post = gap[2:] if joined else gap
    if person.type is not EntityType.PERSON or firm.type is EntityType.PERSON or post.removeprefix("的") not in TITLES:
        return None
    return "also" if joined else "instead"


def _parties_named(text: str, start: int, end: int, parties: list[Mention]) -> list[Mention]:
    """The parties a decision names as such: 对X处以..., X被罚款..., 对X、Y..., X罚款N元, each in order;
    a firm's officer named after it with their post (对X公司负责人张某) in its place, or
    beside it (对X公司及其法定代表人张某)."""
    named: list[Mention] = []
    for m in parties:
        officer = _officer_of(text, named[-1], m) if named and m.start <= end else None
        if officer == "instead":
            named[-1] = m
        elif officer == "also":
            named.append(m)
        elif start <= m.start and m.end <= end and (
                text[m.start - 1:m.start] == "对" or _PARTY_BEFORE.match(text, m.end) or _FINED_AFTER.match(text, m.end)
                or _PARTY_ROLE.search(text, max(start, m.start - ROLE_REACH), m.start)
                or (named and text[named[-1].end:m.start] in _LISTED)):
            named.append(m)
    return named


# A firm the decision names by pointing back to it: 对该公司, 对该企业, 对涉事单位
_THAT_FIRM = re.compile(r"对(?:该|涉事|上述)(?:公司|企业|单位|厂|店)")


def _named_back(text: str, start: int, end: int, named: list[Mention], before: list[Mention]) -> list[Mention]:
    """``named``, and where the decision points back to a firm (``_THAT_FIRM``) as well as
    naming another party (对该公司处以罚款60万元,对主要负责人张某某处以罚款…), the last
    firm named ``before`` the decision, in that place (each party's fine is read from its
    own place)."""
    that = _THAT_FIRM.search(text, start, end)
    if that is None or not named or not before or any(m.key == before[-1].key for m in named):
        return named
    firm = replace(before[-1], start=that.start() + 1, end=that.end())
    return sorted([*named, firm], key=lambda m: m.start)


_LISTED = frozenset({"、", "和", "及", "以及"})
# A party listed with its own fine after it, as a decision's list gives them (分别处以罚款:A罚款5万元,B罚款3万元)
_FINED_AFTER = re.compile(rf"(?:罚款|罚没款?)(?:人民币)?(?:{_NUMBER})(?:万|亿)?元")
_AMOUNT = re.compile(rf"(?P<num>{_NUMBER})(?P<unit>万|亿)?元")


def _fines_in_turn(text: str, named: list[Mention], end: int) -> list[int | None] | None:
    """The fines of parties listed together and fined in turn after the list (分别对A、B
    罚款1万元和2万元; 对A、B分别罚款3万元, each the same), or None where the amounts do not
    go one to each."""
    tail = text[named[-1].end:end]
    amounts = [parse_yuan(m["num"], m["unit"]) for m in _AMOUNT.finditer(tail)]
    if "罚款" not in tail or not amounts:
        return None
    if len(amounts) == len(named):
        return amounts
    if len(amounts) == 1 and "分别" in text[max(0, named[0].start - 4):end]:
        return amounts * len(named)
    return None


def _decisions(text: str) -> list[tuple[int, int, int]]:
    """The sentences of ``text`` as (start, end, opened): a deciding list's items joined
    to its opening sentence, another list's items each their own, opened where the list's
    opening sentence starts (else ``opened`` is ``start``)."""
    spans: list[tuple[int, int, int]] = []
    opened = None  # where the open list's opening sentence starts, and whether it decides
    for start, end in sentence_spans(text):
        if opened is not None and opened[1]:
            spans[-1] = (spans[-1][0], end, spans[-1][0])
        else:
            spans.append((start, end, start if opened is None else opened[0]))
        if text[start:end].rstrip()[-1:] not in (";", "；"):  # (an item may end its line: 罚款;\n)
            opened = None
        elif opened is None and (m := _ITEMS_FOLLOW.search(text, start, end)):
            opened = (start, m.group().startswith("决定") or _DECISION.search(text, start, m.end()) is not None)
    return spans


# 该局依据…对X罚款: the body of that kind named before decides (该委: a 委员会 too)
_THAT_AGENCY = re.compile(r"该(?P<kind>分局|支队|大队|中队|局|厅|委|署)")
_KIND_ENDS = {"委": ("委", "委员会")} | {k: (k,) for k in ("分局", "支队", "大队", "中队", "局", "厅", "署")}


def _pointed_back(text: str, start: int, end: int, agencies: list[Mention]) -> Mention | None:
    """The body ``text[start:end]`` points back to (该局, 该支队): the last of its kind named before."""
    that = _THAT_AGENCY.search(text, start, end)
    earlier = [a for a in agencies if a.end <= that.start() and a.canonical.endswith(_KIND_ENDS[that["kind"]])] \
        if that else []
    return earlier[-1] if earlier else None


def _goes_on(text: str, last: int, start: int) -> bool:
    """Whether the sentence at ``start`` goes on from the decision sentence ending at
    ``last`` (-1: none), which a semicolon ends: the items of one report of decisions."""
    return last >= 0 and not text[last:start].strip() and text[:last].rstrip()[-1:] in (";", "；")


def _authority(text: str, start: int, end: int, block: int, agencies: list[Mention],
               notice: str | bool | None, signed: list[tuple[Mention, str | None]]) -> Mention | None:
    """The deciding body: the first named in the decision sentence, unless it is only
    where the report comes from (记者从X获悉) and another is named; else the one of its
    kind named before where the sentence points back to it (该局); else the one whose
    inquiry or inspection the block reports (经X调查, X执法人员在检查中发现), or which seized
    the case (X查获一起走私案); else, where
    the article is itself a notice of penalties, or the decision is made in the body's own
    name (本局决定), the body it opens with, or the first that signs below the decision
    (``signed``, ``signatures``); else none (never an unrelated body)."""
    acting = [a for a in agencies if start <= a.start < end]
    sources = [(m.start("who"), m.end("who")) for m in _SOURCE.finditer(text, start, end)]
    deciding = [a for a in acting if not any(s <= a.start < e for s, e in sources)]
    if deciding or acting:
        return (deciding or acting)[0]
    if (earlier := _pointed_back(text, start, end, agencies)) is not None:
        return earlier
    for m in _INQUIRY.finditer(text, block, end):
        who = next(g for g in ("who", "by", "seized") if m[g] is not None)
        found = [a for a in agencies if m.start(who) <= a.start < m.end(who)]
        if found:
            return found[-1] if who == "seized" else found[0]
        if (earlier := _pointed_back(text, m.start(who), m.end(who), agencies)) is not None:
            return earlier  # 记者从X局获悉,该局共查处…;其中,Y公司…被处以罚款: X局
    if notice or _OWN_NAME.search(text, start, end):
        if agencies and agencies[0].start < end:
            return agencies[0]
        return next((a for a, _ in signed), None)
    return None


def find_penalties(article: Article, mentions: Iterable[Mention]) -> tuple[Penalty, ...]:
    """The penalties an article reports, one per party and decision."""
    text = article.text
    if not _CUE.search(text):
        return ()
    mentions = list(mentions)
    laws = {m.text.strip("《》"): m.canonical for m in mentions if m.type is EntityType.LAW}
    laws.update({m.canonical: m.canonical for m in mentions if m.type is EntityType.LAW})
    cited = [m for m in mentions if m.type is EntityType.LAW]
    agencies = [m for m in mentions if m.type is EntityType.AGENCY]
    all_parties = [m for m in mentions if m.type in PARTIES]
    notice = next((m.canonical for m in mentions
                   if m.type is EntityType.PROGRAM and "处罚" in m.canonical), None)
    records = _records(text)
    # a publicity's records, decided by the body heading them unless a record names its own
    heading = next((a for a in agencies if records and a.end <= records[0][0]), None)
    listed = [p for lo, hi in records if _DECIDING_FIELD.search(text, lo, hi)
              and (p := _listed_decision(text, lo, hi, all_parties, article.id, notice, heading)) is not None]
    penalties: list[Penalty] = []
    block = 0
    last = (0, -1)  # the last decision's first penalty and where its sentence ends
    last_authority = None  # and the body that made it
    for start, end, opened in _decisions(text):
        if any(p.evidence.start <= start < p.evidence.end for p in listed):
            block = end
            continue  # a publicity's record of fields: read by its fields (``_listed_decision``)
        sentence = text[start:end]
        if (last[1] >= 0 and not text[last[1]:start].strip() and _DECIDED_ABOVE.search(sentence)
                and not any(start <= m.start < end for m in all_parties)):
            # the sentence right after a decision gives its basis: 该局依据《X》…作出上述决定
            given = _basis(text, start, end, laws, cited)
            penalties[last[0]:] = [p if p.legal_basis else replace(p, legal_basis=given)
                                   for p in penalties[last[0]:]]
            continue
        if _SENTENCED.search(sentence):
            continue  # 判处有期徒刑一年,并处罚金3000元: a court's criminal sentence, no administrative penalty
        if not _DECISION.search(sentence) or not (
                _fine(sentence) is not None or _FINE_SHARE.search(sentence) or "依据" in sentence
                or any(m != "罚款" for m in _measures(sentence))):
            continue  # 省应急管理厅对两企业作出行政处罚: a headline, not a decision
        signed = signatures(text, agencies, end)
        authority = _authority(text, opened, end, block, agencies, notice or _NOTICE_TITLE.search(article.title),
                               signed)
        if authority is None and _goes_on(text, last[1], start):
            authority = last_authority  # …并处以300万元罚款;对时任董事长陈某某给予警告: the same body decides
        # What the notice says before its decision, read no further back than a notice runs.
        before = text[max(block, start - NOTICE_SPAN):start]
        common = {
            "authority": authority.key if authority else None,
            "article_id": article.id,
            "legal_basis": _basis(text, start, end, laws, cited),
            "violated": _citations("".join(re.findall(r"违反了[^。]*?规定", before)), laws),
            "violations": tuple(v["what"].strip("一二三四五六七八九十是,， ")
                                for v in _VIOLATION.finditer(before)),
            "notice": notice,
            "decision_date": _decided_on(text[block:end]) or next(
                (on for a, on in signed if authority is not None and a.key == authority.key), None),
        }
        named = _named_back(text, start, end, _parties_named(text, start, end, all_parties),
                            [m for m in all_parties if block <= m.start < start and m.type is not EntityType.PERSON])
        if len(named) > 1:  # 对A罚款5万元,对B罚款3万元: one decision per party named
            parts = [text[party.start:named[i + 1].start if i + 1 < len(named) else end]
                     for i, party in enumerate(named)]
            own = [_fine(part) for part in parts]
            in_turn = _fines_in_turn(text, named, end) if not any(own[:-1]) else None
            if in_turn is not None:  # one decision after the list, for each party in it
                parts = [text[named[-1].end:end]] * len(named)
            last, last_authority = (len(penalties), end), authority
            for party, part, fine in zip(named, parts, in_turn or own, strict=True):
                if _administrative(party, _measures(part)):
                    penalties.append(Penalty(party=party.key, evidence=Span(start, end),
                                             fine_yuan=fine, measures=_measures(part), **common))
            block = end
            continue
        # a person named before the decision is its party only as 当事人 (officials and
        # reporters are named before decisions too); a credited reporter never is
        parties = [m for m in all_parties if block <= m.start < end and not (
            m.type is EntityType.PERSON and (
                _CREDITED.search(text, max(0, m.start - 6), m.start)
                or (m.start < start and not _NAMED_PARTY.search(text, max(0, m.start - 4), m.start))))]
        companies = [m for m in parties if m.type is not EntityType.PERSON]
        party = (named or companies or parties or [None])[-1]
        if party is not None and _administrative(party, _measures(sentence)):
            last, last_authority = (len(penalties), end), authority
            penalties.append(Penalty(party=party.key, evidence=Span(block, end),
                                     fine_yuan=_fine(sentence), measures=_measures(sentence), **common))
        block = end
    penalties = sorted(penalties + listed, key=lambda p: p.evidence.start)
    return tuple(_from_fields(text, penalties, agencies, laws, cited, records))


# A field of a publicity's record (处罚类别:罚款, 处罚内容:罚款3万元): what was decided.
_DECIDING_FIELD = re.compile(r"^(?:处罚类别|处罚内容|处罚结果|罚款金额[^:：\n]{0,6})[:：](?P<value>.*)$", re.MULTILINE)
_FIELD_NAME = re.compile(FIELD.pattern, re.MULTILINE)


def _records(text: str) -> list[tuple[int, int]]:
    """Where each record of a publicity's fields runs (a field a line each): from its first
    field to the next record's, a record's fields each given once, in whatever order (当事人
    first, or the decision's number); the last to the text's end."""
    starts: list[int] = []
    seen: set[str] = set()
    for m in _FIELD_NAME.finditer(text):
        name = m.group()[:-1].removesuffix("名称")
        if not starts or name in seen:
            starts.append(m.start())
            seen = set()
        seen.add(name)
    return list(zip(starts, [*starts[1:], len(text)], strict=True)) if starts else []


def _listed_decision(text: str, lo: int, hi: int, parties: list[Mention], article_id: str,
                     notice: str | None, heading: Mention | None) -> Penalty | None:
    """The penalty a publicity's record lists, field by field: its party's field names the
    party, its 处罚类别 and 处罚内容 the measures and the fine (罚款金额 where it gives none);
    the deciding body and the basis are its own fields' (``_from_fields``), else the body
    ``heading`` the records."""
    field = PARTY_FIELD.search(text, lo, hi)
    if field is None:
        return None
    line_end = text.find("\n", field.end(), hi)
    line_end = hi if line_end < 0 else line_end
    party = next((m for m in parties if field.end() <= m.start < line_end), None)
    decided = " ".join(m["value"] for m in _DECIDING_FIELD.finditer(text, lo, hi))
    measures = _measures(decided)
    if party is None or not measures or not _administrative(party, measures):
        return None
    decides = heading is not None and not any(m["field"] in ("处罚机关", "执法机关")
                                              for m in _FIELD_LINE.finditer(text, lo, hi))
    on = _DATE_FIELD.search(text, lo, hi)
    return Penalty(authority=heading.key if decides else None, party=party.key, article_id=article_id,
                   evidence=Span(lo, hi), fine_yuan=_fine(decided), measures=measures, notice=notice,
                   decision_date=f"{int(on['y']):04d}-{int(on['m']):02d}-{int(on['d']):02d}" if on
                   else _decided_on(text[lo:hi]))


# The record's date of decision: 处罚决定日期:2026年11月18日, 2026/11/18 or 2026-11-18.
_DATE_FIELD = re.compile(r"^(?:处罚决定日期|处罚日期|决定日期)[:：]\s*(?P<y>(?:19|20)\d{2})[年/.-](?P<m>\d{1,2})[月/.-]"
                         r"(?P<d>\d{1,2})", re.MULTILINE)


# A penalty's fields as its publicity lists them, a line each (处罚机关:X局, 处罚依据:《X法》…).
_FIELD_LINE = re.compile(r"^(?P<field>处罚机关|执法机关|处罚依据|罚款金额(?:[(（](?P<unit>万)?元[)）])?)[:：]"
                         r"(?P<value>.+)$", re.MULTILINE)
# A fine's field: 罚款金额(万元):3.5, 罚款金额:35000元
_FIELD_FINE = re.compile(rf"(?P<num>{_NUMBER})(?P<unit>万|亿)?元?$")


def _from_fields(text: str, penalties: list[Penalty], agencies: list[Mention], laws: dict[str, str],
                 cited: list[Mention], records: list[tuple[int, int]]) -> list[Penalty]:
    """``penalties`` with the deciding body, the basis and the fine a publicity's fields give,
    where the decision itself named none: those of its own record (``_records``; a table of
    decisions gives one a row), else those of the whole text."""
    fields = list(_FIELD_LINE.finditer(text))
    if not fields:
        return penalties
    starts = [lo for lo, _ in records]
    bounds = [*starts, len(text)]

    def given(lo: int, hi: int) -> tuple[Mention | None, tuple[LegalBasis, ...], re.Match[str] | None]:
        authority, basis, fine = None, (), None
        for m in fields:
            if not lo <= m.start() < hi:
                continue
            if m["field"] == "处罚依据":
                basis = basis or _basis(text, m.start("value"), m.end(), laws, cited)
            elif m["field"].startswith("罚款金额"):
                fine = fine or m
            elif authority is None:
                authority = next((a for a in agencies if m.start("value") <= a.start < m.end()), None)
        return authority, basis, fine

    everywhere = given(0, len(text))
    out = []
    for p in penalties:
        at = bisect_right(starts, p.evidence.end - 1) - 1
        lo, hi = (bounds[at], bounds[at + 1]) if at >= 0 else (0, len(text))
        authority, basis, field = given(lo, hi)
        authority, basis = authority or everywhere[0], basis or everywhere[1]
        p = replace(p, authority=p.authority or (authority.key if authority else None),
                    legal_basis=p.legal_basis or basis)
        amount = _FIELD_FINE.fullmatch(field["value"].strip()) if field and p.fine_yuan is None else None
        if amount is not None:  # (the evidence reaching the fine's field)
            p = replace(p, fine_yuan=parse_yuan(amount["num"], amount["unit"] or field["unit"]),
                        evidence=Span(p.evidence.start, max(p.evidence.end, field.end())))
        out.append(p)
    return out


# A licence revoked or suspended by its own name (吊销其《食品经营许可证》, 吊销X公司药品经营许可证,
# 暂扣机动车驾驶证): the measure the law names (吊销许可证件, 暂扣许可证件), or 吊销营业执照.
_REVOKED = re.compile(r"(?P<verb>吊销|暂扣)[\u4e00-\u9fff《]{0,24}?(?P<what>营业执照|许可证|执照|驾驶证|资格证书?)")


def _administrative(party: Mention, measures: tuple[str, ...]) -> bool:
    """Whether measures decided on ``party`` make an administrative penalty: not a public
    criticism alone of a person (``_CRITICISED``)."""
    return not (party.type is EntityType.PERSON and measures == _CRITICISED)


def _measures(text: str) -> tuple[str, ...]:
    """The measures decided in ``text``, a longer one taking its shorter parts' place."""
    found = [m for m in MEASURES if m in text] + (["罚款"] if _TICKET in text else [])
    for m in _REVOKED.finditer(text):
        found.append(m["verb"] + ("营业执照" if m["what"] == "营业执照" else "许可证件"))
    found = list(dict.fromkeys(found))
    return tuple(m for m in found if not any(m != o and m in o for o in found))


@component("penalties", requires=("mentions",), assigns=("penalties",))
def penalties(shared: Shared):
    """Administrative penalties: authority, party, fine, legal basis, measures."""
    def run(doc: Doc) -> None:
        doc.penalties = find_penalties(doc.article, doc.mentions)
    return run
