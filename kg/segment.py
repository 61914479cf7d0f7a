"""Segmentation: one owned jieba Tokenizer, the lexicons' words added to it.

The tokens' edges are what the extractors use as word boundaries: a lexicon match or a
name must start and end on one. Only ``jieba.cut``-speed tokenisation is done, once per
article; no part-of-speech tagging (five times slower) is needed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import as_file, files

import jieba
import jieba.posseg

logging.getLogger("jieba").setLevel(logging.WARNING)  # its start-up chatter on stderr


class Tags:
    """jieba's dictionary tag of each token ("" when unknown), looked up on demand: the
    rules ask about a few tokens of an article, not all of them."""

    __slots__ = ("_words", "_table")

    def __init__(self, words: list[str], table: dict[str, str]) -> None:
        self._words, self._table = words, table

    def __getitem__(self, i: int) -> str:
        return self._table.get(self._words[i], "")

    def of(self, word: str) -> str:
        """The tag of any word."""
        return self._table.get(word, "")

    @property
    def table(self) -> dict[str, str]:
        """The dictionary's word -> tag table these tags are read from."""
        return self._table


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of one text as (start, end) pairs, their dictionary tags, their edges."""

    spans: tuple[tuple[int, int], ...]
    tags: Tags
    edges: frozenset[int]


class Segmenter:
    """Cut text into words with a tokenizer of its own (never jieba's global one)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        # Only the tag table of jieba's dictionary is used (a lookup per token); tagging
        # text with the POS tokenizer would be five times slower than cutting it.
        self._tags: dict[str, str] = jieba.posseg.POSTokenizer(self.tokenizer).word_tag_tab
        with as_file(files("kg.lexicon").joinpath("userdict.txt")) as path:
            self.tokenizer.load_userdict(str(path))
        for word in words:
            if len(word) > 1:
                self.tokenizer.add_word(word, freq=max(self.frequency(word), 10))

    def frequency(self, word: str) -> int:
        """How common a word is in jieba's dictionary (0 when unknown)."""
        return self.tokenizer.FREQ.get(word, 0)

    def tag(self, word: str) -> str:
        """jieba's dictionary tag of a word (v, n, nr ...), "" when it has none."""
        return self._tags.get(word, "")

    def __call__(self, text: str) -> Tokens:
        words = list(self.tokenizer.tokenize(text, HMM=True))
        spans = tuple((s, e) for _, s, e in words)
        edges = frozenset(x for span in spans for x in span)
        return Tokens(spans, Tags([w for w, _, _ in words], self._tags), edges)
