"""Immutable values passed between the pipeline's stages.

Offsets (``start``, ``end``) are character offsets into ``Article.text``, the
normalised body of one article, so every fact can point back to its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from .results import Extractions


class Terms(str):
    """An open set of ontology terms, each value made once: ``Kind.NAME`` and
    ``Kind("term")`` are the same object, so ``is`` compares them. The project's own
    members are declared below; ``kg.types.declare`` adds one at run time (a plug-in's
    type or relation). Like a ``str`` Enum, a member equals its term and has ``.value``
    and ``.name``."""

    _members: ClassVar[dict[str, Terms]]
    _name: str

    def __init_subclass__(cls) -> None:
        cls._members = {}

    def __new__(cls, value: str) -> Terms:
        try:
            return cls._members[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a declared {cls.__name__}") from None

    @classmethod
    def declare(cls, name: str, value: str):
        """The member for ``value``, made and named ``name`` (``cls.NAME``) if new."""
        member = cls._members.get(value)
        if member is None:
            if hasattr(cls, name):
                raise ValueError(f"{cls.__name__}.{name} is already declared")
            member = str.__new__(cls, value)
            member._name = name
            cls._members[value] = member
            setattr(cls, name, member)
        return member

    @classmethod
    def members(cls) -> tuple:
        return tuple(cls._members.values())

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name}"

    def __reduce__(self):
        return type(self), (self.value,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class EntityType(Terms):
    """Entity types; values are the ontology's class names."""

    AGENCY: ClassVar[EntityType]
    COMPANY: ClassVar[EntityType]
    ORGANIZATION: ClassVar[EntityType]
    PLACE: ClassVar[EntityType]
    PROGRAM: ClassVar[EntityType]
    LAW: ClassVar[EntityType]
    PERSON: ClassVar[EntityType]


for _name, _term in (("AGENCY", "Agency"), ("COMPANY", "Company"), ("ORGANIZATION", "Organization"),
                     ("PLACE", "Place"), ("PROGRAM", "Program"), ("LAW", "Law"), ("PERSON", "Person")):
    EntityType.declare(_name, _term)


BODIES = frozenset({EntityType.AGENCY, EntityType.COMPANY, EntityType.ORGANIZATION})
# The Party's group or committee within a body, named after it: 省生态环境厅党组, 浙江大学党委.
PARTY_UNITS = ("党组", "党委", "党工委")


def party_unit_of(name: str) -> str | None:
    """The body whose Party group or committee ``name`` is (浙江大学党委 -> 浙江大学); None
    for any other name, and for the Party's own committees (中共浙江省委, 中共XX县委党校...)."""
    if name.startswith("中共"):
        return None
    unit = next((u for u in PARTY_UNITS if name.endswith(u)), None)
    return name[:-len(unit)] if unit and len(name) > len(unit) + 1 else None


class PlaceLevel(str, Enum):
    """Administrative level of a place; values are ontology subclasses of Place."""

    PROVINCE = "Province"
    CITY = "City"
    DISTRICT = "District"
    COUNTY = "County"
    TOWN = "Town"


class Predicate(Terms):
    """Relations between entities; values are the ontology's property names."""

    ISSUED_BY: ClassVar[Predicate]
    ORGANIZED_BY: ClassVar[Predicate]
    LOCATED_IN: ClassVar[Predicate]
    WORKS_FOR: ClassVar[Predicate]


for _name, _term in (("ISSUED_BY", "issuedBy"), ("ORGANIZED_BY", "organizedBy"), ("LOCATED_IN", "locatedIn"),
                     ("WORKS_FOR", "worksFor")):
    Predicate.declare(_name, _term)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text: [start, end)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a page, its text normalised; all offsets point into ``text``.

    ``text`` is the headline (where the page prints one), a newline, then the body with
    its dateline and bylines; continuation notes (上接第1版) are taken out into ``notes``.
    """

    id: str                      # "<file stem>-<n>", stable across runs
    source: str                  # file name of the page
    index: int                   # position on the page, from 1
    title: str
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    dateline_place: str | None = None
    bylines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # continuation notes: 上接第1版, 下转第2版
    # Where the page is in traditional script: the text as printed. ``text`` is then its
    # simplified form (what extraction reads), character for character, so every offset
    # points into both.
    original: str | None = None

    @property
    def printed(self) -> str:
        """The text as the page prints it: what evidence quotes."""
        return self.original if self.original is not None else self.text

    @property
    def date(self) -> str | None:
        """ISO date where the page gives the year, ``--MM-DD`` where it gives month and day."""
        if self.month is None or self.day is None:
            return None
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class Page:
    """One input file: its articles and what the page as a whole says."""

    source: str
    articles: tuple[Article, ...]
    paper: str | None = None     # the paper's masthead, where the page prints it (洛阳日报)
    problems: tuple[Problem, ...] = ()  # parts of the file its reader skipped
    separate: bool = False       # articles collected one by one, not printed on one page


# A body named by its level alone, no place before it (区委, 县委, 县政府, 旗委, 乡党委, 镇纪委):
# it is the district's, county's (a banner's), township's or town's the article is about.
_LEVEL_BODY = re.compile(r"[区县旗乡镇](?:委|党委|纪委|委常委会|政府|人民政府|人大|人大常委会|政协)")


# Words that open with 省, 市 or 区 and open no body of a place (市场监管部门 is no 市's
# 场监管部门: the city's would be 市市场监管局).
_NOT_A_PREFIX = ("市场", "区域", "省份")


def relative(name: str) -> bool:
    """Whether a body's name opens with 省, 市, 区, 县, 旗 or 州 (or 自治区) standing for a place it does not
    name (省统计局, 市民政局, 区农业农村局: the extractors give such a name its place from the
    article's setting, and keep it as written where the article does not say where it is
    set), or is a district's, county's or town's body named by its level alone (区委,
    县政府). Such a body is its article's alone: two articles' 省统计局 need not be one."""
    return ((len(name) > 2 and name[0] in "省市区县旗州" and name[1] not in "省市区县"
             and not name.startswith(_NOT_A_PREFIX)) or _LEVEL_BODY.fullmatch(name) is not None
            or (len(name) > 3 and name.startswith("自治区")))


Key = tuple[str, ...]  # an entity's: its type and name, and its article where the name is ``relative``


def entity_key(type: EntityType, name: str, scope: str | None) -> Key:
    """An entity's key: its type and name, and the one article it is of (``scope``) where
    its name is ``relative``."""
    return (type.value, name, scope) if scope else (type.value, name)


@dataclass(frozen=True, slots=True)
class Mention:
    """One stretch of article text naming an entity."""

    type: EntityType
    text: str
    start: int
    end: int
    canonical: str
    article_id: str
    level: PlaceLevel | None = None   # places only
    code: str | None = None           # places: the official division code

    @property
    def scope(self) -> str | None:
        """Its article, where it names a body by a ``relative`` name: the entity is that
        article's alone."""
        return self.article_id if self.type in BODIES and relative(self.canonical) else None

    @property
    def key(self) -> Key:
        """The key of the entity it names."""
        return entity_key(self.type, self.canonical, self.scope)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing across all articles: canonical name, other names, and where
    it is mentioned (the mentions themselves stay with each article's extraction)."""

    type: EntityType
    name: str
    aliases: tuple[str, ...]
    articles: tuple[str, ...] = ()   # the ids of the articles that mention it, sorted
    mentioned: int = 0               # how many times they do
    level: PlaceLevel | None = None
    code: str | None = None
    scope: str | None = None         # the one article a ``relative`` name is of

    @property
    def key(self) -> Key:
        return entity_key(self.type, self.name, self.scope)


@dataclass(frozen=True, slots=True)
class Relation:
    """subject -predicate-> object, both ends by canonical name and type, with evidence."""

    subject: Key                      # Entity.key
    predicate: Predicate
    object: Key
    article_id: str
    evidence: Span
    post: str | None = None           # worksFor: the post held (副厅长)


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """A law cited as the basis of a decision, with the provision where given."""

    law: str                          # canonical name of the Law entity
    provision: str | None = None      # 第四十一条第二款


@dataclass(frozen=True, slots=True)
class Penalty:
    """One administrative penalty decided on one party."""

    authority: Key | None
    party: Key
    article_id: str
    evidence: Span
    fine_yuan: int | None = None
    legal_basis: tuple[LegalBasis, ...] = ()
    violated: tuple[LegalBasis, ...] = ()
    measures: tuple[str, ...] = ()
    violations: tuple[str, ...] = ()
    notice: str | None = None         # canonical name of the notice it was published in
    decision_date: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extract stages found in one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    penalties: tuple[Penalty, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """A bad input reported and skipped: which file or article, and what went wrong."""

    where: str
    message: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The linked result of a build, ready for assembly: the entities, relations and
    penalties, pointed at the linked entities; the articles and their mentions stay in
    ``extractions`` (on disk), read again where an output needs them."""

    extractions: Extractions
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    penalties: tuple[Penalty, ...]
    problems: tuple[Problem, ...] = field(default=())
    # A mention's (type, canonical name) -> the key of the entity it was linked to.
    keys: Mapping[Key, Key] = field(default_factory=dict)

    def evidence_texts(self) -> dict[str, str]:
        """The text of each article a relation or penalty quotes as evidence (of an id
        read twice, the last article's), read from the extractions."""
        quoted = {r.article_id for r in self.relations} | {p.article_id for p in self.penalties}
        return {article_id: self.extractions.of(article_id)[-1].article.text for article_id in sorted(quoted)}
