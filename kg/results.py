"""What a build extracted, kept on disk rather than in memory.

Each article's extraction (the article, its mentions, relations and penalties) is held
as it comes until the articles' text passes ``SPOOL_CHARS``; from there on, every one is
pickled into a temporary file (as ``tempfile.SpooledTemporaryFile`` does with bytes), and
what stays in memory is a line per article (where its record is, its id, page and title).
Linking reads the records once, in order, and keeps only what it links (one entry per
name, not per mention); the dumps read them again an article at a time. So the memory a
build needs grows with the names a corpus holds, not with its mentions and texts, and a
small corpus pays no pickling.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import IO, NamedTuple

from .model import Article, Extraction

# Article text held in memory before the extractions go to disk: about 10 MB of objects
# (a few hundred pages; 10,000 news articles are 2.9M characters).
SPOOL_CHARS = 1_000_000


class _Record(NamedTuple):
    place: int        # the file's place in the build (a cached file is added first)
    seq: int          # then the order it was added in
    offset: int       # in the file; while held in memory, the index in the held list
    size: int
    article_id: str
    source: str
    title: str


class Extractions:
    """The extractions of a build in the order of its files. Past ``spool`` characters
    of article text they are pickled into an unnamed temporary file (removed with this
    object) and read back with ``os.pread``, so that a forked process reads them too
    without moving the parent's position."""

    def __init__(self, extractions: Iterable[Extraction] = (), spool: int | None = None) -> None:
        self._spool = SPOOL_CHARS if spool is None else spool
        self._held: list[Extraction] | None = []  # None once the extractions are on disk
        self._chars = 0
        self._file: IO[bytes] | None = None
        self._end = 0
        self._records: list[_Record] = []
        self._ordered: list[_Record] | None = []
        self._by_id: dict[str, list[_Record]] | None = None
        for x in extractions:
            self.add(0, x)

    def add(self, place: int, extraction: Extraction) -> None:
        """Keep one article's extraction, as the file at ``place`` in the build gave it."""
        if self._held is None:
            self._records.append(self._write(place, len(self._records), extraction))
        else:
            self._held.append(extraction)
            article = extraction.article
            self._records.append(_Record(place, len(self._records), len(self._held) - 1, 0,
                                         article.id, article.source, article.title))
            self._chars += len(article.text)
            if self._chars > self._spool:
                self._to_disk()
        self._ordered = self._by_id = None

    @property
    def on_disk(self) -> bool:
        return self._held is None

    def __len__(self) -> int:
        return len(self._records)

    def __bool__(self) -> bool:
        return bool(self._records)

    def __eq__(self, other: object) -> bool:
        """The same extractions in the same order (two builds of the same pages)."""
        if not isinstance(other, Extractions):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __iter__(self) -> Iterator[Extraction]:
        """Every extraction, in the order of the files and, within a file, of its articles."""
        return (self._read(r) for r in self._order())

    def articles(self) -> Iterator[Article]:
        return (x.article for x in self)

    def ids(self) -> list[str]:
        """The article ids, in order (an id read from two folders twice)."""
        return [r.article_id for r in self._order()]

    def titles(self) -> dict[str, str]:
        """Each article id's title (of an id read twice, the last article's)."""
        return {r.article_id: r.title for r in self._order()}

    def sources(self) -> set[str]:
        """The pages (file names) the articles come from."""
        return {r.source for r in self._records}

    def of(self, article_id: str) -> list[Extraction]:
        """The extractions of the articles with this id, in order."""
        if self._by_id is None:
            by_id: dict[str, list[_Record]] = defaultdict(list)
            for r in self._order():
                by_id[r.article_id].append(r)
            self._by_id = dict(by_id)
        return [self._read(r) for r in self._by_id.get(article_id, ())]

    def _order(self) -> list[_Record]:
        if self._ordered is None:
            self._ordered = sorted(self._records)
        return self._ordered

    def _to_disk(self) -> None:
        held, self._held = self._held or [], None
        self._records = [self._write(r.place, r.seq, held[r.offset]) for r in self._records]

    def _write(self, place: int, seq: int, extraction: Extraction) -> _Record:
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="kg-extractions-")
        data = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        written = os.pwrite(self._file.fileno(), data, self._end)
        if written != len(data):
            raise OSError(f"short write to the build's temporary file ({written} of {len(data)} bytes)")
        article = extraction.article
        record = _Record(place, seq, self._end, len(data), article.id, article.source, article.title)
        self._end += len(data)
        return record

    def _read(self, record: _Record) -> Extraction:
        if self._held is not None:
            return self._held[record.offset]
        assert self._file is not None
        return pickle.loads(os.pread(self._file.fileno(), record.size, record.offset))
