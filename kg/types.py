"""Entity and relation types, each declared once: its ontology term, its labels, how the
view draws it and where it stands when linking settles a name read as two types.

Everything else reads from here: linking (``link_rank``), the view's legend, colours and
shapes (``style``), the CLI's ``--type`` choices. A type with no declaration (a new one
not yet declared) is drawn in a default style rather than breaking a build.

A plug-in adds a type or a relation at run time with ``declare`` (its members of
``EntityType``/``Predicate`` and its ontology term come with it); a component that
finds it does the rest (see the README, "Extending").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    """How one entity type is named and drawn."""

    term: str        # the ontology's class name: kg:Agency
    zh: str
    en: str
    colour: str
    shape: str
    link_rank: int   # where names read as two types are settled: lower wins


@dataclass(frozen=True, slots=True)
class RelationKind:
    term: str        # the ontology's property name: kg:issuedBy
    zh: str
    en: str
    colour: str = "#999999"  # its edges and its legend swatch in the view


ENTITIES: dict[str, Kind] = {k.term: k for k in (
    Kind("Law", "法律法规", "Law", "#8c564b", "diamond", 0),
    Kind("Program", "政策项目", "Program", "#ff7f0e", "box", 1),
    Kind("Agency", "机关", "Agency", "#d62728", "box", 2),
    Kind("Company", "企业", "Company", "#1f77b4", "ellipse", 3),
    Kind("Organization", "组织", "Organization", "#9467bd", "ellipse", 4),
    Kind("Place", "地点", "Place", "#2ca02c", "triangle", 5),
    Kind("Person", "人物", "Person", "#e377c2", "dot", 6),
    Kind("Penalty", "行政处罚", "Penalty", "#7f7f7f", "star", 7),
)}

RELATIONS: dict[str, RelationKind] = {r.term: r for r in (
    RelationKind("issuedBy", "发布", "issued by", "#d62728"),
    RelationKind("organizedBy", "组织", "organised by", "#ff7f0e"),
    RelationKind("locatedIn", "位于", "located in", "#2ca02c"),
    RelationKind("worksFor", "任职", "works for", "#e377c2"),
    RelationKind("penalizedParty", "处罚对象", "penalised party", "#1f77b4"),
    RelationKind("legalBasis", "依据", "legal basis", "#8c564b"),
)}

DEFAULT = Kind("", "", "", "#999999", "dot", 99)


def kind(term: str) -> Kind:
    """The declaration of an entity type, or a default one for a type not declared."""
    return ENTITIES.get(term) or Kind(term, term, term, DEFAULT.colour, DEFAULT.shape, DEFAULT.link_rank)


def style(term: str) -> tuple[str, str, str]:
    """(legend label, colour, shape) of an entity type in the view."""
    k = kind(term)
    return (f"{k.zh} {k.en}" if k.zh != k.en else k.en, k.colour, k.shape)


def relation_label(term: str) -> str:
    r = RELATIONS.get(term)
    return f"{r.zh} {r.en}" if r else term


def relation_colour(term: str) -> str:
    r = RELATIONS.get(term)
    return r.colour if r else DEFAULT.colour


def link_rank(term: str) -> int:
    return kind(term).link_rank


def declare(kind: Kind | RelationKind, name: str | None = None):
    """Declare a new entity type (a ``Kind``) or relation (a ``RelationKind``): it is
    drawn, linked and written like the built-in ones. ``name`` is its member's name
    (``EntityType.PRODUCT``; by default the term in capitals). Returns the member."""
    from .model import EntityType, Predicate
    from .vocab import DECLARED

    DECLARED.add(kind.term)
    if isinstance(kind, Kind):
        ENTITIES[kind.term] = kind
        return EntityType.declare(name or kind.term.upper(), kind.term)
    RELATIONS[kind.term] = kind
    return Predicate.declare(name or kind.term.upper(), kind.term)
