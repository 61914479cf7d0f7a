"""The one place that orders the stages: read -> situate -> extract -> link.

A failure in one file or one article is reported as a Problem and the build goes on
with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from .errors import ArticleError
from .extract.base import Context
from .extract.context import situate
from .extract.entities import EntityExtractor
from .extract.gazetteer import Gazetteer, Hit
from .extract.penalties import find_penalties
from .extract.relations import find_relations
from .link import link
from .lexicon.divisions import by_name
from .model import Article, Corpus, Entity, EntityType, Extraction, Page, Problem, Relation
from .read import read_pages
from .segment import Segmenter


class Pipeline:
    """Built once (lexicons, automaton, tokenizer), then run on any number of pages."""

    def __init__(self) -> None:
        self.gazetteer = Gazetteer()
        self.segmenter = Segmenter(self.gazetteer.words)
        self.entities = EntityExtractor(self.segmenter, self.gazetteer)

    def extract_page(self, page: Page) -> tuple[list[Extraction], list[Problem]]:
        hits = {a.id: self.gazetteer.hits(a.text) for a in page.articles}
        contexts = situate(page, hits, self.gazetteer)
        done, problems = [], []
        for article in page.articles:
            try:
                done.append(self.extract_article(article, contexts[article.id], hits[article.id]))
            except Exception as exc:  # one bad article must not sink the page
                err = ArticleError(article.id, f"{type(exc).__name__}: {exc}")
                problems.append(Problem(article.id, str(err)))
        return done, problems

    def extract_article(self, article: Article, context: Context,
                        hits: list[Hit] | None = None) -> Extraction:
        mentions = self.entities(article, context, hits)
        return Extraction(article, mentions, find_relations(article, mentions, context),
                          find_penalties(article, mentions))

    def build(self, paths: Iterable[Path], *,
              progress: Callable[[Iterable[Page]], Iterable[Page]] | None = None) -> Corpus:
        """Read, extract and link every page under ``paths``."""
        pages, problems = read_pages(paths)
        extractions: list[Extraction] = []
        for page in (progress(pages) if progress else pages):
            done, failed = self.extract_page(page)
            extractions.extend(done)
            problems.extend(failed)
        return assemble_corpus(extractions, problems)


def _implied_places(extractions: list[Extraction], known: set[tuple[str, str]]) -> tuple[Entity, ...]:
    """Places a relation leads to that no article names on their own: the province of a
    city in a provincial paper (宁波市 locatedIn 浙江省 where 浙江 stands only in a title),
    the city of 来自我市的. They come from the division table, with no mention."""
    names = sorted({r.object[1] for x in extractions for r in x.relations
                    if r.object[0] == EntityType.PLACE.value and r.object not in known})
    table = by_name()
    return tuple(Entity(EntityType.PLACE, name, (), (), table[name].level, table[name].code)
                 for name in names if name in table)


def assemble_corpus(extractions: list[Extraction], problems: list[Problem]) -> Corpus:
    """Link the mentions of every article and point relations and penalties at the
    linked entities; a relation whose end is no entity is left out."""
    entities = link(m for x in extractions for m in x.mentions)
    entities += _implied_places(extractions, {e.key for e in entities})
    keys = {(m.type.value, m.canonical): e.key for e in entities for m in e.mentions}
    keys.update({e.key: e.key for e in entities})
    relations: dict[tuple, Relation] = {}
    for x in extractions:
        for r in x.relations:
            s, o = keys.get(r.subject), keys.get(r.object)
            if s and o and s != o:
                moved = replace(r, subject=s, object=o)
                relations.setdefault((s, r.predicate, o, r.article_id), moved)
    penalties = []
    for x in extractions:
        for p in x.penalties:
            party = keys.get(p.party)
            if party is None:
                continue
            penalties.append(replace(p, party=party, authority=keys.get(p.authority)))
    return Corpus(
        articles=tuple(x.article for x in extractions),
        entities=entities,
        relations=tuple(relations.values()),
        penalties=tuple(penalties),
        problems=tuple(problems),
    )
