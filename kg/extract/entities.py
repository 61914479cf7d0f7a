"""The entity stage: every finder over one article, overlaps settled, mentions out."""

from __future__ import annotations

import re

from ..model import Article, EntityType, Mention
from ..segment import Segmenter
from .base import Candidate, Context, resolve_overlaps
from .bodies import PlacePrefixes, find_bodies, project_owners
from .documents import find_documents, project_lists
from .gazetteer import Gazetteer, Hit
from .people import find_people
from .places import find_places

_QUOTED = re.compile(r"“(?P<name>[^“”\n]{2,20})”")
# A body's report is a document of its own: 省政府工作报告 -> 山西省人民政府工作报告.
REPORT = "工作报告"
_NOTICE = re.compile(r"关于[^。\n《》]{2,60}?的(?:通告|通知|公告|决定|意见|批复|报告)")


class EntityExtractor:
    """Find the mentions of entities in an article."""

    def __init__(self, segmenter: Segmenter, gazetteer: Gazetteer) -> None:
        self.segmenter = segmenter
        self.gazetteer = gazetteer

    def __call__(self, article: Article, context: Context,
                 hits: list[Hit] | None = None) -> tuple[Mention, ...]:
        text = article.text
        tokens = self.segmenter(text)
        if hits is None:
            hits = self.gazetteer.hits(text)
        freq = self.segmenter.frequency
        places = find_places(text, tokens, hits, context, freq)
        bodies = find_bodies(text, tokens, hits, places, context, freq)
        owners = project_owners(text, tokens, project_lists(text), PlacePrefixes(places))
        candidates = (places + bodies + find_people(text, tokens, hits, freq, self.segmenter.tag)
                      + find_documents(text, tokens, hits) + _reports(text, bodies)
                      + _launched(text, bodies))
        kept = resolve_overlaps(candidates)
        kept += _quoted_aliases(text, kept) + _nested_issuers(kept, bodies + owners)
        return tuple(c.mention(text, article.id) for c in sorted(kept, key=_order))


def _order(c: Candidate) -> tuple[int, int]:
    return (c.start, c.end)


def _reports(text: str, bodies: list[Candidate]) -> list[Candidate]:
    """Documents named after their body: 省政府工作报告, X关于开展...的通告."""
    found = []
    for b in bodies:
        if b.type is not EntityType.AGENCY:
            continue
        if text.startswith(REPORT, b.end):
            found.append(Candidate(EntityType.PROGRAM, b.start, b.end + len(REPORT),
                                   b.canonical + REPORT, rank=3))
        elif m := _NOTICE.match(text, b.end):
            found.append(Candidate(EntityType.PROGRAM, b.start, m.end(),
                                   b.canonical + m.group(), rank=3))
    return found


# 太原市公安局全面强化体技能练兵工作正式启动: a body, then what it launches.
_LAUNCHED = re.compile(r"(?P<name>[\u4e00-\u9fff“”]{4,20}?(?:工作|专项行动|行动|活动|工程|计划))"
                       r"(?:正式|全面|同步)?(?:启动|开展|实施)")


def _launched(text: str, bodies: list[Candidate]) -> list[Candidate]:
    found = []
    for b in bodies:
        if b.type in (EntityType.AGENCY, EntityType.ORGANIZATION) and (m := _LAUNCHED.match(text, b.end)):
            name = m["name"].replace("“", "").replace("”", "")
            found.append(Candidate(EntityType.PROGRAM, m.start(), m.end("name"), name, rank=1))
    return found


def _nested_issuers(kept: list[Candidate], bodies: list[Candidate]) -> list[Candidate]:
    """The body at the head of a document or project named after it is a mention too:
    省政府 in 省政府工作报告, 晶科能源 in 晶科能源年产56GW垂直一体化大基地项目."""
    heads = {(c.start, c.canonical) for c in kept if c.type is EntityType.PROGRAM}
    owners = (EntityType.AGENCY, EntityType.COMPANY)
    nested = {}
    for b in bodies:
        if b.type in owners and b not in kept and any(
                start == b.start and name.startswith(b.canonical) for start, name in heads):
            nested.setdefault((b.start, b.end), b)
    return list(nested.values())


def _quoted_aliases(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A quoted short name of a programme named in full in the same article:
    “一泓清水入黄河” for 一泓清水入黄河工程."""
    programs = {c.canonical: c for c in kept if c.type is EntityType.PROGRAM}
    taken = [(c.start, c.end) for c in kept]
    found = []
    for m in _QUOTED.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        for name in programs:
            if name.startswith(m["name"]) and len(name) - len(m["name"]) <= 4:
                found.append(Candidate(EntityType.PROGRAM, m.start(), m.end(), name))
                break
    return found
