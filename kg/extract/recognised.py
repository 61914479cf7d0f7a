"""Mentions the trained recogniser proposes: agencies, companies, organisations, people.

The recogniser (``kg.recognise``) reads characters, words and lexicon matches and finds
names no rule was written for. Here its spans become candidates under the rules: a rule
that finds the same stretch knows more (the canonical name from a lexicon template,
the place resolved from the context), so the rules' candidates are settled first and a
recognised span is kept only where it crosses none of them. What is kept gets:
- its canonical name, with a leading 省 or 市 resolved to the article's province or
  city (省教育厅 -> 山西省教育厅), as the rules do;
- its fine type from the name's ending where that is decisive (…有限公司 is a company,
  …大学 an organisation, …厅 an agency), else the recogniser's own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import EntityType
from ..recognise.corpora import org_ending
from ..recognise.model import Span
from ..segment import Tokens
from .base import HARD_TAGS, Candidate, Context
from .doc import Doc
from .registry import Shared, component

KINDS = {"AGENCY": EntityType.AGENCY, "COMPANY": EntityType.COMPANY,
         "ORGANIZATION": EntityType.ORGANIZATION, "PERSON": EntityType.PERSON}
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_BODY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·]{2,30}")
# 全省/各市/本市 and the like make a body generic; not a name of one body.
_GENERIC = re.compile(r"^(?:全|各|本|该|我|此|这|那|某|有关|相关)")
RANK = -1  # below every rule
# Heads of generic phrases, not names: 农业部门, 教育机构, 相关单位.
_GENERIC_HEAD = ("部门", "机构", "单位", "企业", "组织", "群众", "人员", "人士")
# A body's name is no single everyday word: 邮政, 通用航空 (jieba's count above this and
# a tag that is no name's).
COMMON = 500
NAME_TAGS = frozenset({"nt", "nz", "nr", "nrt", "nrfg", "ns", "j", "eng"})
CHECKS = {"edges", "opening", "generic", "common"}  # switched off one by one to measure them


def _word_at(tokens: Tokens, offset: int) -> int | None:
    i = bisect_left(tokens.spans, (offset, offset))
    return i if i < len(tokens.spans) and tokens.spans[i][0] == offset else None


def _plausible(text: str, start: int, end: int, tokens: Tokens, frequency, person: bool) -> bool:
    """Checks a recognised span must pass (each in ``CHECKS``):
    edges    it starts and ends where jieba's words do (长|张强 is cut from 局长);
    opening  a body's first word is no verb, adverb, preposition or pronoun (充分发挥人大);
    generic  a body's name does not end in a generic head (农业部门);
    common   a body's name is not one everyday word (邮政)."""
    if "edges" in CHECKS and not (start in tokens.edges and end in tokens.edges):
        return False
    if person:
        return True
    first = _word_at(tokens, start)
    if "opening" in CHECKS and first is not None and tokens.tags[first] in HARD_TAGS | {"v", "vd", "ad"}:
        return False
    name = text[start:end]
    if "generic" in CHECKS and name.endswith(_GENERIC_HEAD):
        return False
    if ("common" in CHECKS and first is not None and tokens.spans[first][1] == end
            and frequency(name) > COMMON and tokens.tags[first] not in NAME_TAGS):
        return False
    return True


def _canonical(name: str, context: Context) -> str | None:
    """省X/市X resolved to the article's province or city; None when it cannot be."""
    if name[0] in "省市" and len(name) > 2 and name[1] not in "省市区县":
        place = context.province if name[0] == "省" else context.city
        return place.name + name[1:] if place else None
    return name


def recognised(spans: list[Span], text: str, tokens: Tokens, context: Context,
               frequency) -> list[Candidate]:
    """The recogniser's agencies, companies, organisations and people among ``spans``."""
    found = []
    for span in spans:
        kind = KINDS.get(span.label)
        if kind is None or not _plausible(text, span.start, span.end, tokens, frequency,
                                          kind is EntityType.PERSON):
            continue
        name = text[span.start:span.end]
        if kind is EntityType.PERSON:
            if not _NAME.fullmatch(name):
                continue
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


def under_rules(recognised: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The recognised candidates that overlap no candidate the rules kept."""
    taken = bytearray(max([c.end for c in kept] + [c.end for c in recognised], default=0))
    for c in kept:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return [c for c in recognised if not any(taken[c.start:c.end])]


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


@component("recognised", requires=("spans", "kept", "context", "tokens"), assigns=("kept",))
def fuse(shared: Shared):
    """The recogniser's agencies, companies, organisations and people where no rule's
    candidate stands."""
    def run(doc: Doc) -> None:
        found = recognised(doc.spans, doc.text, doc.tokens, doc.context, shared.segmenter.frequency)
        doc.kept += under_rules(found, doc.kept)
    return run
