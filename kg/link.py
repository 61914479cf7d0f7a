"""Linking: one entity per real-world thing across articles, canonical name and aliases;
then the corpus, its relations and penalties pointed at the linked entities.

Mentions already carry a canonical name (the extractors resolve 省应急管理厅 to
山西省应急管理厅); linking groups them by type and canonical name, settles a name that
was read as two types, and keeps every other surface form as an alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .extract.documents import clean as strip_marks
from .extract.relations import CENTRAL_GOVERNMENT, GOVERNMENT
from .lexicon.divisions import by_name
from .model import (
    PARTY_UNITS,
    Corpus,
    Entity,
    EntityType,
    Extraction,
    Key,
    Mention,
    Penalty,
    PlaceLevel,
    Problem,
    Relation,
    entity_key,
)
from .results import Extractions
from .types import link_rank

# When one name was read as two types, the more specific reading wins (a standard cited
# by its code is a Law even where 《》 alone made it a Program): kg/types.py ranks them.
_QUOTED = re.compile(r"“([^“”]+)”")
# What mentions are gathered by: type, canonical name, and the article of a name of one
# article alone (``Mention.scope``).
Reading = tuple[EntityType, str, str | None]
PART = 0.76         # 大气污染防治攻坚战 (0.75 of 秋冬季...) is a campaign of its own
ABBREVIATION = 0.6


def _settle_types(readings: dict[Reading, _Reading]) -> dict[tuple[str, str | None], EntityType]:
    """The type of each canonical name (with its article, for a name of one article
    alone): a Law wherever it was once read as one (a title cited with its standard
    code); else the most frequent reading, ties by each type's link rank (kg/types.py)."""
    votes: dict[tuple[str, str | None], Counter] = defaultdict(Counter)
    for (etype, canonical, scope), r in readings.items():
        votes[(canonical, scope)][etype] += r.mentioned
    settled = {}
    for name, c in votes.items():
        if c[EntityType.LAW] and set(c) <= {EntityType.LAW, EntityType.PROGRAM}:
            settled[name] = EntityType.LAW
        else:
            settled[name] = min(c, key=lambda t: (-c[t], link_rank(t.value)))
    return settled


def _programme_cores(mentions: list[Mention]) -> dict[str, str]:
    """Within one article, programmes named around the same quoted core and ending alike
    are one: 山西省第三届“三晋最美快递员”评选活动 and “三晋最美快递员”评选活动."""
    renames: dict[str, str] = {}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type is EntityType.PROGRAM and _QUOTED.search(m.text):
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


def _programme_parts(mentions: list[Mention]) -> dict[str, str]:
    """Within one article, a programme named by most of another's name is that one:
    空气质量持续改善行动计划实施方案 in 山西省落实空气质量持续改善行动计划实施方案."""
    renames: dict[str, str] = {}
    by_article: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type is EntityType.PROGRAM:
            by_article[m.article_id].add(m.canonical)
    for names in by_article.values():
        for short in names:
            longer = [n for n in names if n != short and _abbreviates(short, n)]
            if longer:
                renames[short] = max(longer, key=lambda n: (len(n), n))
    return renames


def _abbreviates(short: str, long: str) -> bool:
    """``short`` keeps most of ``long`` in order and ends alike: 校园食品安全整治行动 for
    校园食品安全排查整治专项行动 (a headline), or is most of it (...行动计划实施方案)."""
    if short in long:
        return len(short) >= PART * len(long)
    rest = iter(long)
    return (short[-2:] == long[-2:] and all(ch in rest for ch in short)
            and len(short) >= ABBREVIATION * len(long))


def _alias(text: str) -> str:
    """A mention's text as an alias: a standard's code alone (YB/T 6230-2024), else the
    text without quotes and title marks."""
    head = text.split("《", 1)[0].strip()
    return head if head and text.endswith("》") else strip_marks(text)


@dataclass(slots=True)
class _Reading:
    """What the mentions of one name read as one type say, gathered as they stream by:
    how many, the forms they are written in, the articles, and the place level and
    division code of the first that gives one (with its position in the stream)."""

    mentioned: int = 0
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    level: tuple[int, PlaceLevel] | None = None
    code: tuple[int, str] | None = None


def link(mentions: Iterable[Mention]) -> tuple[tuple[Entity, ...], dict[Key, Key]]:
    """Group mentions into entities, in a stable order (type, then name); and where each
    mention's key (``Mention.key``) went. The mentions are read once, as a stream: what
    is kept is one entry per name and type (and article, for a name of one article alone:
    ``model.relative``), and the programmes (few) for their renames."""
    readings: dict[Reading, _Reading] = defaultdict(_Reading)
    programmes: list[Mention] = []
    for seen, m in enumerate(mentions):
        r = readings[(m.type, m.canonical, m.scope)]
        r.mentioned += 1
        r.aliases.add(_alias(m.text))
        r.articles.add(m.article_id)
        if m.level and r.level is None:
            r.level = (seen, m.level)
        if m.code and r.code is None:
            r.code = (seen, m.code)
        if m.type is EntityType.PROGRAM:
            programmes.append(m)
    renames = _programme_parts(programmes) | _programme_cores(programmes)
    types = _settle_types(readings)
    groups: dict[Reading, list[_Reading]] = defaultdict(list)
    keys: dict[Key, Key] = {}
    for (etype, canonical, scope), r in readings.items():
        settled, name = types[(canonical, scope)], renames.get(canonical, canonical)
        groups[(settled, name, scope)].append(r)
        keys[entity_key(etype, canonical, scope)] = entity_key(settled, name, scope)
    entities = []
    for (etype, name, scope), group in groups.items():
        aliases = sorted(set().union(*(r.aliases for r in group)) - {name, ""})
        level = min((r.level for r in group if r.level), default=(0, None))[1]
        code = min((r.code for r in group if r.code), default=(0, None))[1]
        if etype is EntityType.PLACE and level is None:
            level = PlaceLevel.TOWN
        entities.append(Entity(etype, name, tuple(aliases), tuple(sorted(set().union(*(r.articles for r in group)))),
                               sum(r.mentioned for r in group), level, code, scope))
    return tuple(sorted(entities, key=lambda e: (link_rank(e.type.value), e.name, e.scope or ""))), keys


def _implied_places(relations: list[Relation], known: set[Key]) -> tuple[Entity, ...]:
    """Places a relation leads to that no article names on their own: the province of a
    city in a provincial paper (宁波市 locatedIn 浙江省 where 浙江 stands only in a title),
    the city of 来自我市的. They come from the division table, with no mention."""
    names = sorted({r.object[1] for r in relations
                    if r.object[0] == EntityType.PLACE.value and r.object not in known})
    table = by_name()
    return tuple(Entity(EntityType.PLACE, name, (), level=table[name].level, code=table[name].code)
                 for name in names if name in table)


def _implied_governments(relations: list[Relation], places: set[str],
                         known: set[Key]) -> tuple[Entity, ...]:
    """The people's government of a division a relation leads to that no article names
    (王某 worksFor 崇左市人民政府 from 崇左市副市长王某): an agency with no mention, for a
    division that is a place of the corpus or, where only the article's setting gave it
    (常务副省长李某), of the division table; and the State Council, the central one (副总理丁某)."""
    table = by_name()
    names = sorted({r.object[1] for r in relations
                    if r.object[0] == EntityType.AGENCY.value and r.object not in known
                    and (r.object[1] == CENTRAL_GOVERNMENT or r.object[1].endswith(GOVERNMENT)
                         and ((place := r.object[1][:-len(GOVERNMENT)]) in places or place in table))})
    return tuple(Entity(EntityType.AGENCY, name, ()) for name in names)


def _implied_parents(relations: list[Relation], keys: dict[Key, Key]) -> tuple[Entity, ...]:
    """The body a Party group or committee of the corpus belongs to, where a relation
    leads to it and no article names it (王某 worksFor 浙江省生态环境厅 from
    省生态环境厅党组书记、厅长王某): of the group's type, with no mention."""
    implied = {r.object for r in relations if r.object not in keys
               and any((r.object[0], r.object[1] + unit, *r.object[2:]) in keys for unit in PARTY_UNITS)}
    return tuple(Entity(EntityType(key[0]), key[1], (), scope=key[2] if len(key) > 2 else None)
                 for key in sorted(implied))


def assemble_corpus(extractions: Extractions | Iterable[Extraction], problems: Iterable[Problem]) -> Corpus:
    """Link the mentions of every article and point relations and penalties at the
    linked entities; a relation whose end is no entity is left out. The extractions are
    read once (a build's are on disk: see kg/results.py); the corpus keeps them, not
    their mentions."""
    if not isinstance(extractions, Extractions):
        extractions = Extractions(extractions)
    found: list[Relation] = []
    stated: list[Penalty] = []

    def mentions() -> Iterator[Mention]:
        for x in extractions:
            found.extend(x.relations)
            stated.extend(x.penalties)
            yield from x.mentions

    entities, keys = link(mentions())
    entities += _implied_places(found, set(keys.values()))
    entities += _implied_governments(found, {e.name for e in entities if e.type is EntityType.PLACE},
                                     {e.key for e in entities})
    entities += _implied_parents(found, keys)
    keys.update({e.key: e.key for e in entities})
    relations: dict[tuple, Relation] = {}
    for r in found:
        s, o = keys.get(r.subject), keys.get(r.object)
        if s and o and s != o:
            moved = replace(r, subject=s, object=o)
            relations.setdefault((s, r.predicate, o, r.article_id), moved)
    penalties = []
    for p in stated:
        party = keys.get(p.party)
        if party is None:
            continue
        penalties.append(replace(p, party=party, authority=keys.get(p.authority)))
    return Corpus(
        extractions=extractions,
        entities=entities,
        relations=tuple(relations.values()),
        penalties=tuple(penalties),
        problems=tuple(problems),
        keys=keys,
    )
