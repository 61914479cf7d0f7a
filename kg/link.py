"""Linking: one entity per real-world thing across articles, canonical name and aliases.

Mentions already carry a canonical name (the extractors resolve 省应急管理厅 to
山西省应急管理厅); linking groups them by type and canonical name, settles a name that
was read as two types, and keeps every other surface form as an alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .extract.documents import clean as strip_marks
from .model import Entity, EntityType, Mention, PlaceLevel

# When one name was read as two types, the more specific reading wins
# (a standard cited by its code is a Law even where 《》 alone made it a Program).
TYPE_ORDER = (EntityType.LAW, EntityType.PROGRAM, EntityType.AGENCY, EntityType.COMPANY,
              EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON)
_QUOTED = re.compile(r"“([^“”]+)”")


def _settle_types(mentions: Iterable[Mention]) -> dict[str, EntityType]:
    """The type of each canonical name: the most frequent reading, ties by TYPE_ORDER."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.canonical][m.type] += 1
    return {name: min(c, key=lambda t: (-c[t], TYPE_ORDER.index(t))) for name, c in votes.items()}


def _programme_cores(mentions: list[Mention]) -> dict[str, str]:
    """Within one article, programmes named around the same quoted core and ending alike
    are one: 山西省第三届“三晋最美快递员”评选活动 and “三晋最美快递员”评选活动."""
    renames: dict[str, str] = {}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type is EntityType.PROGRAM and (q := _QUOTED.search(m.text)):
            by_article[m.article_id].append(m)
    for group in by_article.values():
        cores: dict[tuple[str, str], list[str]] = defaultdict(list)
        for m in group:
            core = _QUOTED.search(m.text).group(1)
            cores[(core, m.canonical[-2:])].append(m.canonical)
        for names in cores.values():
            longest = max(names, key=lambda n: (len(n), n))
            for name in names:
                if name != longest:
                    renames[name] = longest
    return renames


def link(mentions: Iterable[Mention]) -> tuple[Entity, ...]:
    """Group mentions into entities, in a stable order (type, then name)."""
    mentions = list(mentions)
    renames = _programme_cores(mentions)
    types = _settle_types(mentions)
    groups: dict[tuple[EntityType, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        name = renames.get(m.canonical, m.canonical)
        groups[(types.get(m.canonical, m.type), name)].append(m)
    entities = []
    for (etype, name), group in groups.items():
        aliases = sorted({strip_marks(m.text) for m in group} - {name, ""})
        level = next((m.level for m in group if m.level), None)
        code = next((m.code for m in group if m.code), None)
        if etype is EntityType.PLACE and level is None:
            level = PlaceLevel.TOWN
        entities.append(Entity(etype, name, tuple(aliases),
                               tuple(sorted(group, key=lambda m: (m.article_id, m.start))),
                               level, code))
    return tuple(sorted(entities, key=lambda e: (TYPE_ORDER.index(e.type), e.name)))
