"""The document the extraction components fill in, one per article.

It is a mutable value owned by the pipeline for the length of one page: the pipeline
makes one per article, runs the components over them in order, and each component sets
only the fields it declares it assigns (``Component.assigns``; the pipeline checks at
start-up that whatever a component requires an earlier one assigns). Mutable, because
a dozen stages each adding a field would otherwise copy the document a dozen times per
article; owned, because nothing outside the pipeline sees a document before it is frozen
into an ``Extraction``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Extraction, Mention, Page, Penalty, Relation
from ..segment import Tokens
from .base import Candidate, Context
from .gazetteer import Hit

# The fields of a document that components may require and assign.
FIELDS = ("tokens", "hits", "context", "spans", "candidates", "kept", "mentions", "relations",
          "penalties")


@dataclass(eq=False)
class Doc:
    """One article as the stages see it."""

    article: Article
    page: Page
    tokens: Tokens | None = None
    hits: list[Hit] | None = None
    context: Context | None = None  # set by the context component, or given
    spans: list[Any] = field(default_factory=list)          # the recogniser's, labelled
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)  # by finder
    kept: list[Candidate] = field(default_factory=list)      # candidates after overlaps
    mentions: tuple[Mention, ...] = ()
    relations: dict[tuple, Relation] = field(default_factory=dict)  # by (s, p, o): first wins
    penalties: tuple[Penalty, ...] = ()
    failed: str | None = None   # what went wrong, where a component failed on it
    scratch: dict[str, Any] = field(default_factory=dict)  # what stages of one family share

    @property
    def text(self) -> str:
        return self.article.text

    def found(self, *finders: str) -> list[Candidate]:
        """The candidates of the named finders (those that ran), in that order."""
        return [c for name in finders for c in self.candidates.get(name, ())]

    def relate(self, relations) -> None:
        for rel in relations:
            if rel.subject != rel.object:
                self.relations.setdefault((rel.subject, rel.predicate, rel.object), rel)

    def extraction(self) -> Extraction:
        return Extraction(self.article, self.mentions, tuple(self.relations.values()), self.penalties)
