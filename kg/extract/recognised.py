"""Mentions the trained recogniser proposes: agencies, companies, organisations, people,
and their fusion with the rules' candidates.

The recogniser (``kg.recognise``) reads characters, words and lexicon matches and finds
names no rule was written for. Its spans, each with a confidence, are taken from
``MIN_CONFIDENCE`` up. A span replaces the rule candidates it overlaps unless one of them
is protected: a programme or a law (which the recogniser does not know), a place the span
does not contain, or a body read from a lexicon template with its place resolved (the
rules know its canonical name). What is kept gets:
- its canonical name, with a leading 省 or 市 resolved to the article's province or
  city (省教育厅 -> 山西省教育厅), as the rules do;
- its fine type from the name's ending where that decides it (…有限公司 is a company,
  …大学 an organisation, …厅 an agency), else the recogniser's own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import EntityType
from ..recognise.corpora import org_ending
from ..recognise.model import Span
from .base import Candidate, Context
from .doc import Doc
from .people import SETTLEMENT
from .registry import Shared, component

KINDS = {"AGENCY": EntityType.AGENCY, "COMPANY": EntityType.COMPANY,
         "ORGANIZATION": EntityType.ORGANIZATION, "PERSON": EntityType.PERSON}
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_BODY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·]{2,30}")
# 全省/各市/本市 and the like make a body generic; not a name of one body.
_GENERIC = re.compile(r"^(?:全|各|本|该|我|此|这|那|某|有关|相关)")
RANK = -1  # below every rule when overlaps are settled among them
# A recognised span is taken from this confidence up (the least marginal probability of
# its labels). Lower takes more of what the rules miss on unseen text and more mistakes on
# pages like ours: chosen on the corpora's tuning parts, where F1 is best low, as high as
# keeps the seed pages' figures from falling below those the rules alone reached (the
# recogniser issue's closing note has the curve).
MIN_CONFIDENCE = 0.9
PROTECTED_RANK = 2  # a body read from a lexicon template, with its place resolved


def _canonical(name: str, context: Context) -> str | None:
    """省X/市X resolved to the article's province or city; None when it cannot be."""
    if name[0] in "省市" and len(name) > 2 and name[1] not in "省市区县":
        place = context.province if name[0] == "省" else context.city
        return place.name + name[1:] if place else None
    return name


def recognised(spans: list[Span], text: str, context: Context,
               kinds: dict[str, EntityType] = KINDS) -> list[Candidate]:
    """The recogniser's agencies, companies, organisations and people among ``spans``
    (those of ``kinds``)."""
    found = []
    for span in spans:
        if span.confidence < MIN_CONFIDENCE:
            continue
        kind = kinds.get(span.label)
        if kind is None:
            continue
        name = text[span.start:span.end]
        if kind is EntityType.PERSON:
            if not _NAME.fullmatch(name) or (len(name) == 2 and name[1] in SETTLEMENT):
                continue  # 李村, 张庄: a village, as for the rules
            found.append(Candidate(kind, span.start, span.end, name, rank=RANK))
            continue
        if not _BODY.fullmatch(name) or _GENERIC.match(name):
            continue
        canonical = _canonical(name, context)
        if canonical is None:
            continue
        ending = org_ending(name)
        if ending is not None:
            kind = KINDS[ending]
        found.append(Candidate(kind, span.start, span.end, canonical, rank=RANK))
    return found


def _protected(rule: Candidate, span: Candidate) -> bool:
    """Whether a rule's candidate stands against an overlapping recognised span."""
    if rule.type in (EntityType.PROGRAM, EntityType.LAW):
        return True
    if rule.type is EntityType.PLACE:  # a place opening a body's name gives way: 太原|化工厂
        return not (span.start <= rule.start and rule.end <= span.end and span.type is not EntityType.PERSON)
    return rule.rank >= PROTECTED_RANK


def fused(recognised: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The rules' candidates and the recogniser's together: a recognised span replaces the
    rule candidates it overlaps unless one of them is protected (a document or law, a
    place it does not contain, a body read from a lexicon template)."""
    rules = sorted(kept, key=lambda c: (c.start, c.end))  # they overlap no other
    starts = [c.start for c in rules]
    dropped: set[int] = set()
    added = []
    for span in sorted(recognised, key=lambda c: c.start):
        first = max(bisect_left(starts, span.start) - 1, 0)
        clash = [i for i in range(first, bisect_left(starts, span.end))
                 if i not in dropped and rules[i].end > span.start]
        if any(_protected(rules[i], span) for i in clash):
            continue
        dropped.update(clash)
        added.append(span)
    return [c for i, c in enumerate(rules) if i not in dropped] + added


@component("recogniser", requires=("tokens", "hits"), assigns=("spans",), batch=True)
def recogniser(shared: Shared):
    """The trained recogniser's labelled spans, a whole page decoded at once."""
    def run(docs: list[Doc]) -> None:
        if shared.model is None:
            return
        tagged = shared.model.tag_many([(d.text, d.tokens, d.hits) for d in docs])
        for doc, spans in zip(docs, tagged, strict=True):
            doc.spans = spans
    return run


# Which finder's switch a recognised type follows: --disable people leaves no person.
FINDER = {"AGENCY": "bodies", "COMPANY": "bodies", "ORGANIZATION": "bodies", "PERSON": "people"}


@component("recognised", requires=("spans", "kept", "context"), assigns=("kept",))
def fuse(shared: Shared):
    """The recogniser's agencies, companies, organisations and people, fused with the
    rules' candidates (a type only where its finder, bodies or people, is on)."""
    kinds = {label: kind for label, kind in KINDS.items() if FINDER[label] in shared.stages}

    def run(doc: Doc) -> None:
        found = recognised(doc.spans, doc.text, doc.context, kinds)
        doc.kept = fused(found, doc.kept)
    return run
