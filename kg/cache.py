"""Each file's extraction kept between builds, so that a build of a corpus with one page
changed or added extracts only that page (``kg build --cache DIR``).

An entry is keyed by the file's bytes and its key in the build (its article ids), under
a folder named by the pipeline's version: a digest of the package's code, its lexicons
and model, and the stages that run. A change to any of them starts a new folder (the old
ones are removed), so nothing stale is ever read. Entries are pickles of the project's
own values, written atomically; the folder is the user's own, as the outputs are.
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import KgError

if TYPE_CHECKING:
    from .pipeline import FileResult, Pipeline

FORMAT = b"kg-cache-1"


@lru_cache(maxsize=1)
def _package_digest() -> str:
    """The code, lexicons and model that ship in the package."""
    root = Path(str(files("kg")))
    digest = hashlib.sha256(FORMAT)
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (
                ".py", ".txt", ".tsv", ".csv", ".npz", ".json"):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def version(pipeline: Pipeline) -> str:
    """The pipeline's version: the package, its stages and the model it runs."""
    digest = hashlib.sha256(_package_digest().encode())
    digest.update("\0".join(pipeline.names).encode())
    model = pipeline.model
    digest.update(b"no model" if model is None else repr(sorted((t, len(k)) for t, k in model.keys.items())).encode())
    if model is not None:
        digest.update(model.table.tobytes()[:1 << 20])
        if model.network is not None:  # the same CRF read with its network is another model
            digest.update(model.network.output.tobytes())
    return digest.hexdigest()[:20]


class Cache:
    """The folder of one pipeline version's entries."""

    def __init__(self, folder: Path, pipeline: Pipeline) -> None:
        if folder.exists() and not folder.is_dir():
            raise KgError(f"{folder}: is a file; --cache takes a folder")
        self.folder = folder / version(pipeline)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for old in folder.iterdir():  # other versions' entries are never read again
                if old.is_dir() and old != self.folder:
                    shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            raise KgError(f"{folder}: cannot keep the cache here: {exc.strerror or exc}") from None

    @staticmethod
    def key(path: Path, key: str) -> str:
        digest = hashlib.sha256(key.encode() + b"\0")
        try:
            with path.open("rb") as fh:  # a block at a time: a file may be large
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            digest.update(b"unreadable")
        return digest.hexdigest()

    def get(self, key: str) -> FileResult | None:
        path = self.folder / f"{key}.pickle"
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
            return None

    def put(self, key: str, result: FileResult) -> None:
        from .export import write_bytes

        try:
            write_bytes(self.folder / f"{key}.pickle", pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a cache that cannot be written costs only time
