"""Lexicons as data: surnames, titles, trigger words, organisation forms, divisions.

The word lists live in text files beside this module (one entry a line, ``#`` for
comments) and are read once, at import. They hold general knowledge of the field:
public lists of surnames and administrative divisions, the standard names of
government departments and legal forms, never names copied from annotated articles.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import BinaryIO, TypeVar

import numpy as np

T = TypeVar("T")
CACHE_FORMAT = "kg-jieba-1"  # what kept_from_dictionary writes; a change starts new files


def _lines(name: str) -> list[str]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [row for row in rows if row]


def words(name: str) -> tuple[str, ...]:
    """Whitespace-separated entries of a word-list file, in file order, without repeats."""
    return tuple(dict.fromkeys(w for row in _lines(name) for w in row.split()))


def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file."""
    return tuple(tuple(cell.strip() for cell in row.split("\t")) for row in _lines(name))


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    singles, compounds = set(), set()
    for row in _lines("surnames.txt"):
        for token in row.split():
            if len(token) == 2 and " " in row:
                compounds.add(token)
            else:
                singles.update(token)
    return frozenset(singles), frozenset(compounds)


SURNAMES, COMPOUND_SURNAMES = _surnames()
COUNTRIES = frozenset(words("countries.txt"))  # a country's name is no person's


@lru_cache(maxsize=1)
def sections(name: str = "forms.txt") -> dict[str, tuple[str, ...]]:
    """The ``[section]`` word lists of a forms file."""
    result: dict[str, list[str]] = {}
    current = None
    for row in _lines(name):
        if row.startswith("[") and row.endswith("]"):
            current = result.setdefault(row[1:-1], [])
        elif current is not None:
            current.extend(row.split())
    return {key: tuple(dict.fromkeys(value)) for key, value in result.items()}


def templates(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(canonical template, surface forms) rows of agencies.tsv or organizations.tsv."""
    return tuple((row[0], tuple(row[1].split())) for row in table(name) if len(row) >= 2)


@cache
def jieba_words(tag: str) -> tuple[str, ...]:
    """The words jieba's own dictionary (``jieba/dict.txt``, MIT licence) tags ``tag``:
    ``nt`` gives 4,700 names of organisations, those before the 2018 reform among them
    (卫生部, 农业部, 国土资源部)."""
    return tuple(w for w, t in dictionary_tags().items() if t == tag and len(w) > 1)


@cache
def dictionary_tags() -> dict[str, str]:
    """jieba's dictionary's word -> tag table (nr, ns, nt, v ...; the last line of a
    word decides, as in ``jieba.posseg``)."""
    def read(fh: BinaryIO) -> dict[str, str]:
        return {parts[0]: parts[2] for parts in (line.decode("utf-8").split() for line in fh) if len(parts) == 3}

    return kept_from_dictionary("tags", read, dict)


def kept_from_dictionary(name: str, read: Callable[[BinaryIO], T], kind: type) -> T:
    """``read`` of jieba's dictionary (``jieba/dict.txt``, 349,000 lines: half a second
    to read), kept on disk for the next process, as jieba keeps its own: in the
    temporary folder, under ``name`` and a digest of the dictionary's path, size and
    time, written atomically. A kept value that is not of ``kind`` is read again; one
    that cannot be written costs only the time. It is read back whole and then
    unmarshalled: ``marshal.load`` on a file reads it in small pieces, three times
    slower."""
    source = Path(str(files("jieba").joinpath("dict.txt")))
    stat = source.stat()
    key = f"{CACHE_FORMAT}\0{name}\0{source}\0{stat.st_size}\0{stat.st_mtime_ns}"
    kept = Path(tempfile.gettempdir()) / f"kg-jieba-{name}.{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"
    try:
        value = marshal.loads(kept.read_bytes())
        if isinstance(value, kind):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    with source.open("rb") as fh:
        value = read(fh)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{kept.name}.", dir=kept.parent)
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, kept)
    except OSError:
        pass
    return value


CHAR_VECTORS = "char_vectors.npz"


def char_vectors_file() -> Path:
    """The path of the character vectors (``tools/char_vectors.py`` derives them from
    Baidu LAC's embeddings, Apache-2.0; the file says its source)."""
    return Path(str(files(__package__).joinpath(CHAR_VECTORS)))


@cache
def char_vectors() -> tuple[np.ndarray, np.ndarray]:
    """(code points, sorted; a vector of 128 numbers for each, float32): how characters
    are used, learnt by Baidu LAC from billions of characters of text, so that a
    character the recogniser's training data never showed still reads like its kin."""
    with np.load(char_vectors_file()) as data:
        return data["codes"], data["vectors"].astype(np.float32)


def char_vectors_source() -> str:
    """Where the character vectors come from, as their file says (``tools/char_vectors.py``
    writes it)."""
    with np.load(char_vectors_file()) as data:
        return str(data["source"])
