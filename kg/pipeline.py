"""The one place that orders the stages: read -> extract (named components) -> link.

``STAGES`` is the extraction's stage list; each name is a component registered where it
is written (``kg.extract.registry``). A failure in one file or one article is reported
as a Problem and the build goes on with the rest.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .cache import Cache
from .errors import ArticleError, InputError, KgError
from .extract import builtin  # noqa: F401 (registers the components)
from .extract.base import Context
from .extract.doc import Doc
from .extract.gazetteer import Gazetteer
from .extract.registry import REGISTRY, Component, Shared, check_order
from .link import assemble_corpus
from .model import Article, Corpus, Extraction, Page, Problem
from .read import Source, expand_paths, page_keys, page_of, sources_of
from .recognise.model import FULL, LIGHT, Model, shipped
from .results import Extractions
from .segment import Segmenter

STAGES = (
    "tokens", "lexicon", "context",            # words, lexicon matches, province and city
    "recogniser",                              # the trained model's labelled spans
    "places", "bodies", "people", "documents", "reports",   # rule finders: candidates
    "overlaps", "recognised", "aliases", "mentions",        # settle candidates, fuse, mention
    "issued", "organized", "works", "located",              # relation families
    "penalties",
)


# Pages are extracted in groups of about this many characters: the recogniser decodes a
# group at once, which costs far less per character than page by page.
GROUP_CHARS = 100_000

# What turns text into mentions at all: kept with ``only`` unless disabled by name.
CORE = frozenset({"tokens", "lexicon", "context", "overlaps", "mentions"})


def stage_names(disable: Iterable[str] = (), only: Iterable[str] | None = None,
                stages: Sequence[str] = STAGES) -> list[str]:
    """The stages to run, in the order of ``stages``: all but ``disable``; or, with
    ``only``, those, the core stages and whatever earlier stages they require."""
    order = tuple(stages)
    off, chosen = set(disable), (set(only) if only is not None else None)
    unknown = (off | (chosen or set())) - set(order)
    if unknown:
        raise KgError(f"no extraction component named {', '.join(sorted(unknown))}; "
                      f"known: {', '.join(order)}")
    if chosen is not None:
        chosen |= CORE
        for name in reversed(order):  # later stages pull in what they need, transitively
            if name not in chosen:
                continue
            before = order[:order.index(name)]
            for need in REGISTRY[name].requires:
                if not any(_gives(giver, need) for giver in before if giver in chosen):
                    chosen |= {giver for giver in before if _gives(giver, need)}
    names = [n for n in order if n not in off and (chosen is None or n in chosen)]
    check_order(names)
    return names


def _gives(name: str, need: str) -> bool:
    return any(a == need or a.split(":")[0] == need for a in REGISTRY[name].assigns)


NETWORK = "shipped+network"  # the shipped model read with its full network (kg build --network)


class Pipeline:
    """Built once (lexicons, automaton, tokenizer, model), then run on any number of pages.
    ``model``: "shipped" (the recogniser's CRF and its light network), NETWORK (the CRF
    and its full network: more accurate on unseen text, slower), None (rules only) or a
    Model."""

    def __init__(self, model: Model | None | str = "shipped", *, disable: Iterable[str] = (),
                 only: Iterable[str] | None = None, stages: Sequence[str] = STAGES) -> None:
        self.gazetteer = Gazetteer()
        self.segmenter = Segmenter(self.gazetteer.words)
        self.model = shipped(FULL if model == NETWORK else LIGHT) if model in ("shipped", NETWORK) else model
        self._model_asked = model
        names = stage_names(disable, only, stages)
        shared = Shared(self.segmenter, self.gazetteer, self.model, frozenset(names))
        self.components = [Component(REGISTRY[name], shared) for name in names]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def recipe(self):
        """What another process needs to build this pipeline (a cluster's worker)."""
        from .cluster import Recipe

        return Recipe.of(tuple(self.names), self._model_asked)

    def run(self, docs: Sequence[Doc]) -> None:
        for component in self.components:
            component.pipe(docs)

    def extract_page(self, page: Page) -> tuple[list[Extraction], list[Problem]]:
        return self.extract_pages([page])

    def extract_pages(self, pages: Sequence[Page]) -> tuple[list[Extraction], list[Problem]]:
        """Several pages' articles through the components together (a batch component,
        the recogniser, decodes them all at once); each article keeps its own page."""
        done: list[Extraction] = []
        problems: list[Problem] = []
        for found, failed in self._extract_each(pages):
            done.extend(found)
            problems.extend(failed)
        return done, problems

    def _extract_each(self, pages: Sequence[Page]) -> list[FileResult]:
        """``extract_pages``, page by page: each page's extractions and failed articles."""
        docs = [(i, Doc(article, page)) for i, page in enumerate(pages) for article in page.articles]
        self.run([doc for _, doc in docs])
        results: list[FileResult] = [([], []) for _ in pages]
        for i, doc in docs:
            if doc.failed is None:
                results[i][0].append(doc.extraction())
            else:
                results[i][1].append(Problem(doc.article.id, str(ArticleError(doc.article.id, doc.failed))))
        return results

    def extract_article(self, article: Article, context: Context | None = None) -> Extraction:
        """One article on its own, in ``context`` (else in the context of a page of one)."""
        doc = Doc(article, Page(article.source, (article,)), context=context)
        self.run([doc])
        if doc.failed is not None:
            raise KgError(str(ArticleError(article.id, doc.failed)))
        return doc.extraction()

    def build(self, paths: Iterable[Path], *, progress: Progress | None = None, jobs: int = 1,
              cache: Cache | None = None, scheduler: str | None = None) -> Corpus:
        """Read, extract and link every page under ``paths``; one step of ``progress``
        per file, then one for linking. With ``jobs`` above 1 (and enough files to pay
        for it), files are extracted in that many worker processes, each a copy of this
        pipeline; with ``scheduler``, by the workers of that Dask cluster; with a
        ``cache``, a file extracted by an earlier build of the same pipeline is taken
        from it. The result is the same, file for file, either way."""
        files, problems = expand_paths(paths)
        keys = page_keys(files)
        if progress is not None:
            progress.start(len(files) + 1)
        # What each file gave goes to disk as it comes (a cached file's first), kept in
        # the order of the files; only the problems stay here.
        extractions = Extractions()
        failed: dict[Path, list[Problem]] = {}

        def keep(f: Path, result: FileResult) -> None:
            for x in result[0]:
                extractions.add(place[f], x)
            failed[f] = result[1]

        place = {f: i for i, f in enumerate(files)}
        digests = {f: cache.key(f, keys[f]) for f in files} if cache is not None else {}
        for f in files:
            if cache is not None and (kept := cache.get(digests[f])) is not None:
                keep(f, kept)
                if progress is not None:
                    progress.step(f"reading {f.name} (unchanged)")
        todo = [f for f in files if f not in failed]
        batches = _batches(todo)
        parallel = scheduler is not None or (jobs > 1 and len(batches) > 1)
        if scheduler is not None:
            from .cluster import extract_on_cluster

            done = extract_on_cluster(self, [[(f, keys[f]) for f in batch] for batch in batches], scheduler)
        elif parallel:
            done = _in_workers(self, [[(f, keys[f]) for f in batch] for batch in batches], jobs)
        else:
            each = (lambda path: progress.step(f"reading {path.name}")) if progress is not None else None
            done = (self.extract_files([(f, keys[f]) for f in batch], each) for batch in batches)
        for batch, found in zip(batches, done, strict=True):
            for f, result in zip(batch, found, strict=True):
                keep(f, result)
                if cache is not None:
                    cache.put(digests[f], result)
                if parallel and progress is not None:
                    progress.step(f"reading {f.name}")
        problems += [p for f in files for p in failed[f]]
        if progress is not None:
            progress.step("linking")
        return assemble_corpus(extractions, problems)

    def extract_files(self, files: Sequence[tuple[Path, str]], each: Callable[[Path], None] | None = None
                      ) -> list[FileResult]:
        """Read and extract files (each with its key), the pages grouped for the recogniser;
        per file, its extractions and problems. ``each`` is told of every file as it is read."""
        owners: list[int] = []  # per source, the file it comes from

        def told() -> Iterator[tuple[Path, str]]:
            for path, key in files:
                if each is not None:
                    each(path)
                yield path, key

        def sources() -> Iterator[Source]:
            for owner, source in sources_of(told()):
                owners.append(owner)
                yield source

        return merge_parts(self.extract_sources(sources()), owners, len(files))

    def extract_sources(self, sources: Iterable[Source]) -> list[FileResult]:
        """``extract_files`` for files already read (as a worker of a cluster gets them)."""
        results: list[FileResult] = []
        waiting: list[tuple[int, Page]] = []  # pages read, extracted together once they hold enough text
        held = 0  # characters of the waiting pages

        def extract() -> None:
            nonlocal held
            for (i, _), (found, failed) in zip(waiting, self._extract_each([p for _, p in waiting]), strict=True):
                results[i][0].extend(found)
                results[i][1].extend(failed)
            waiting.clear()
            held = 0

        for i, source in enumerate(sources):
            results.append(([], []))
            try:
                page = page_of(source)
            except InputError as exc:
                results[i][1].append(Problem(exc.path, exc.problem))
                continue
            results[i][1].extend(page.problems)
            waiting.append((i, page))
            held += sum(len(a.text) for a in page.articles)
            if held >= GROUP_CHARS:
                extract()
        if waiting:
            extract()
        return results


# One file's extractions and problems.
FileResult = tuple[list[Extraction], list[Problem]]


def merge_parts(results: list[FileResult], owners: list[int], files: int) -> list[FileResult]:
    """Per file, the results of its sources (a large .jsonl file gives several), in order."""
    merged: list[FileResult] = [([], []) for _ in range(files)]
    for (found, failed), owner in zip(results, owners, strict=True):
        merged[owner][0].extend(found)
        merged[owner][1].extend(failed)
    return merged
# The files a worker takes at a time, by size rather than number, so that short pages are
# decoded together too: about 50,000 characters of Chinese (three bytes each in UTF-8).
# 10,000 short news pages: 12% less time than 16 files a task; tasks of twice or four
# times the size were no faster, and the workers finish together.
TASK_BYTES = 150_000


def _batches(files: list[Path]) -> list[list[Path]]:
    """``files`` in order, cut into batches of at least ``TASK_BYTES`` (the last may be
    smaller; a file that cannot be read counts for nothing here and is named later)."""
    batches: list[list[Path]] = []
    batch: list[Path] = []
    size = 0
    for f in files:
        batch.append(f)
        try:
            size += f.stat().st_size
        except OSError:
            pass
        if size >= TASK_BYTES:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)
    return batches
_WORKER: Pipeline | None = None  # the pipeline a forked worker inherits


def _work(files: list[tuple[Path, str]]) -> list[FileResult]:
    assert _WORKER is not None
    return _WORKER.extract_files(files)


def _in_workers(pipeline: Pipeline, tasks: list[list[tuple[Path, str]]], jobs: int):
    """Each task's (extractions, problems), in task order, from ``jobs`` forked workers
    that share the built pipeline (no second start-up)."""
    global _WORKER
    context = mp.get_context("fork")
    pipeline.segmenter.prepare()  # built once here, and shared by the forked workers
    _WORKER = pipeline
    try:
        with context.Pool(jobs) as pool:
            yield from pool.imap(_work, tasks)
    finally:
        _WORKER = None


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
# Objects made between two runs of Python's cycle collector while a build runs (700
# by default): a build makes millions of small objects that live on (tuples of spans,
# mentions, statements), so at the default the collector ran 349 times over the
# benchmark's pages and freed 482 objects in all, taking 5% of the build (0.14 s of
# 2.5 s); with this, once, and the build's peak memory was the same.
COLLECT_AFTER = 50_000


@contextmanager
def fewer_collections(after: int = COLLECT_AFTER) -> Iterator[None]:
    """Run Python's cycle collector less often inside the block (once ``after``
    objects were made, not 700), as it was before afterwards. The setting is the
    process's: two builds at once in threads of one process would share it."""
    before = gc.get_threshold()
    gc.set_threshold(max(after, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@fewer_collections()
def build(paths: Iterable[Path], out: Path, *, formats: Iterable[str] | None = None,
          store: Path | None = None, pipeline: Pipeline | None = None,
          progress: Progress | None = None, jobs: int = 1, cache: Path | None = None,
          scheduler: str | None = None) -> Built:
    """The main job as a library call: read, extract and link the pages under ``paths``,
    assemble the graph and write the chosen ``formats`` into ``out`` (and an on-disk
    store where ``store`` is given), extracting in ``jobs`` processes (or on the Dask
    cluster whose scheduler is at ``scheduler``) and keeping each file's extraction in
    the folder ``cache`` for the next build. Nothing is written when no article could
    be read.
    """
    from .assemble import assemble
    from .export import DEFAULT_FORMATS, Publication, check_store, write_store
    from .load import ontology_quads
    from .vocab import ontology_path

    # Where the outputs go is checked before any work is done.
    publication = Publication(out)
    try:
        if store is not None:
            check_store(store)
        pipeline = pipeline or Pipeline()
        counted = _Counted(progress, WRITE_STEPS) if progress is not None else None
        corpus = pipeline.build(paths, progress=counted, jobs=jobs, scheduler=scheduler,
                                cache=Cache(cache, pipeline) if cache is not None else None)
        if not corpus.extractions:
            return Built(corpus, ())
        if counted is not None:
            counted.step("assembling")
        dump = assemble(corpus, ontology_quads(Path(str(ontology_path()))))
        if counted is not None:
            counted.step("writing")
        written = publication.publish(corpus, dump, formats or DEFAULT_FORMATS, jobs=jobs)
    finally:
        publication.discard()
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
