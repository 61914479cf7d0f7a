"""Lexicons as data: surnames, titles, trigger words, organisation forms, divisions.

The word lists live in text files beside this module (one entry a line, ``#`` for
comments) and are read once, at import. They hold general knowledge of the field:
public lists of surnames and administrative divisions, the standard names of
government departments and legal forms, never names copied from annotated articles.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files


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
    found = []
    with files("jieba").joinpath("dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] == tag and len(parts[0]) > 1:
                found.append(parts[0])
    return tuple(found)
