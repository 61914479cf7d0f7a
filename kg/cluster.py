"""`kg build --scheduler ADDRESS`: the pages extracted on a Dask cluster.

Extraction is per page and embarrassingly parallel, and it is nearly all of a build's
work; linking, assembling and writing stay where ``kg build`` runs. The build reads each
batch of files itself (so the workers need no access to them) and submits it to the
cluster's scheduler; each worker builds the pipeline once (the same components, the
shipped model or the one the build uses) and returns the batch's extractions, which come
back in submission order: the graph is the one a build on one machine writes.

Dask's ``distributed`` rather than Ray: a pure-Python package installed with pip, plain
functions and pickled values, a scheduler address to connect to, and a ``LocalCluster``
for tests; Ray brings a large runtime and an object store this work does not need.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import KgError
from .read import Source, sources_of

if TYPE_CHECKING:
    from .pipeline import FileResult, Pipeline

CONNECT_SECONDS = 20
TASKS_PER_WORKER = 4  # batches in flight per worker: the rest wait on disk, not in memory


@dataclass(frozen=True)
class Recipe:
    """What a worker needs to build the same pipeline: its components and its model,
    and a key for the pipeline it builds from them (computed once, where it is made)."""

    names: tuple[str, ...]
    model: object  # "shipped", None, or a Model
    key: str

    @classmethod
    def of(cls, names: tuple[str, ...], model: object) -> Recipe:
        return cls(names, model, hashlib.sha1(pickle.dumps((names, model))).hexdigest())


_BUILT: dict[str, Pipeline] = {}  # on a worker: the pipelines it has built, by recipe


def _extract(recipe: Recipe, sources: list[Source]) -> list[FileResult]:
    from .pipeline import Pipeline

    pipeline = _BUILT.get(recipe.key)
    if pipeline is None:
        pipeline = _BUILT[recipe.key] = Pipeline(recipe.model, stages=recipe.names)
    return pipeline.extract_sources(sources)


def extract_on_cluster(pipeline: Pipeline, batches: Sequence[Sequence[tuple[Path, str]]],
                       address: str) -> Iterator[list[FileResult]]:
    """Each batch's results, in batch order, from the workers of the Dask scheduler at
    ``address``."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError("kg build --scheduler needs Dask: pip install 'kg[cluster]'") from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgError(f"{address}: cannot reach the Dask scheduler: {exc}") from None
    with client:
        workers = len(client.scheduler_info().get("workers", {}))
        if not workers:
            raise KgError(f"{address}: the Dask scheduler has no workers")
        recipe = client.scatter(pipeline.recipe(), broadcast=True)
        pending: deque = deque()
        for batch in batches:
            owners, sources = zip(*sources_of(batch), strict=True) if batch else ((), ())
            pending.append((client.submit(_extract, recipe, list(sources), pure=False), owners, len(batch)))
            if len(pending) >= TASKS_PER_WORKER * workers:
                yield _merged(pending.popleft())
        while pending:
            yield _merged(pending.popleft())


def _merged(task) -> list[FileResult]:
    from .pipeline import merge_parts

    future, owners, files = task
    return merge_parts(future.result(), list(owners), files)
