"""The one place that orders the stages: read -> situate -> extract -> link.

A failure in one file or one article is reported as a Problem and the build goes on
with the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from .errors import ArticleError, InputError
from .extract.base import Context
from .extract.context import situate
from .extract.entities import EntityExtractor
from .extract.gazetteer import Gazetteer, Hit
from .extract.penalties import find_penalties
from .extract.relations import find_relations
from .lexicon.divisions import by_name
from .link import link
from .model import Article, Corpus, Entity, EntityType, Extraction, Page, Problem, Relation
from .read import expand_paths, read_page
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

    def build(self, paths: Iterable[Path], *, progress: Progress | None = None) -> Corpus:
        """Read, extract and link every page under ``paths``; one step of ``progress``
        per file, then one for linking."""
        files, problems = expand_paths(paths)
        if progress is not None:
            progress.start(len(files) + 1)
        extractions: list[Extraction] = []
        for path in files:
            if progress is not None:
                progress.step(f"reading {path.name}")
            try:
                page = read_page(path)
            except InputError as exc:
                problems.append(Problem(exc.path, exc.problem))
                continue
            done, failed = self.extract_page(page)
            extractions.extend(done)
            problems.extend(failed)
        if progress is not None:
            progress.step("linking")
        return assemble_corpus(extractions, problems)


class Progress(Protocol):
    """What a build reports as it goes: how many steps in all, then each step begun."""

    def start(self, total: int) -> None: ...

    def step(self, what: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Built:
    """What :func:`build` did: the linked corpus and the files it wrote."""

    corpus: Corpus
    written: tuple[Path, ...]


WRITE_STEPS = 2  # assembling the statements, writing the files


def build(paths: Iterable[Path], out: Path, *, formats: Iterable[str] | None = None,
          store: Path | None = None, pipeline: Pipeline | None = None,
          progress: Progress | None = None) -> Built:
    """The main job as a library call: read, extract and link the pages under ``paths``,
    assemble the graph and write the chosen ``formats`` into ``out`` (and an on-disk
    store where ``store`` is given). Nothing is written when no article could be read.
    """
    from .assemble import assemble
    from .export import DEFAULT_FORMATS, write_outputs, write_store
    from .read import ontology_quads
    from .vocab import ontology_path

    pipeline = pipeline or Pipeline()
    counted = _Counted(progress, WRITE_STEPS) if progress is not None else None
    corpus = pipeline.build(paths, progress=counted)
    if not corpus.articles:
        return Built(corpus, ())
    if counted is not None:
        counted.step("assembling")
    dump = assemble(corpus, ontology_quads(Path(str(ontology_path()))))
    if counted is not None:
        counted.step("writing")
    written = write_outputs(corpus, dump, out, formats or DEFAULT_FORMATS)
    if store is not None:
        written.append(write_store(dump, store))
    if counted is not None:
        counted.finish()
    return Built(corpus, tuple(written))


class _Counted:
    """Passes a build's steps on, adding ``extra`` steps to the total it is told."""

    def __init__(self, progress: Progress, extra: int) -> None:
        self.progress, self.extra = progress, extra

    def start(self, total: int) -> None:
        self.progress.start(total + self.extra)

    def step(self, what: str) -> None:
        self.progress.step(what)

    def finish(self) -> None:
        finish = getattr(self.progress, "finish", None)
        if finish is not None:
            finish()


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
