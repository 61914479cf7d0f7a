"""Segmentation: one owned jieba Tokenizer, the lexicons' words added to it, cutting
with jieba's dictionary and HMM in loops of its own (the same words, faster): one text
in a plain loop (``Tokenizer.words``), or many at once with the routes through all their
blocks found side by side in numpy (``Tokenizer.words_many``, as the build cuts a page).

The tokens' edges are what the extractors use as word boundaries: a lexicon match or a
name must start and end on one. Only ``jieba.cut``-speed tokenisation is done, once per
article; no part-of-speech tagging (five times slower) is needed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import as_file, files
from itertools import accumulate
from math import log

import jieba
import numpy as np
from jieba import finalseg

from .index import Index
from .lexicon import dictionary_tags, kept_from_dictionary

logging.getLogger("jieba").setLevel(logging.WARNING)  # its start-up chatter on stderr


# jieba's own split of a text into blocks it cuts by dictionary (runs of Chinese, Latin
# letters, digits and a few joiners) and the rest, which it cuts at whitespace.
_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SPACE = re.compile("(\r\n|\\s)")


class Tokenizer(jieba.Tokenizer):
    """jieba's tokenizer, with ``words`` to cut a text in one plain loop: the words
    ``jieba.Tokenizer.cut(text, HMM=True)`` gives (tested against it on the corpora), at
    about twice its speed. jieba's cut nests three generators per word and looks every
    dictionary word up twice (once for the graph of words, once for the route through it);
    here each is looked up once and the route is kept in two lists."""

    def initialize(self, dictionary: str | None = None) -> None:
        """jieba's own dictionary's prefix dictionary, kept on disk by
        ``kept_from_dictionary`` (read back in a third of the time jieba takes to read
        its own cache); any other dictionary as jieba loads it."""
        if dictionary is not None or self.dictionary != jieba.DEFAULT_DICT:
            super().initialize(dictionary)
        elif not self.initialized:
            self.FREQ, self.total = kept_from_dictionary("prefixes", jieba.Tokenizer.gen_pfdict, tuple)
            self.initialized = True

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        super().add_word(word, freq, tag)
        self._arrays: _Dictionary | bool | None = None  # the dictionary changed: ``words_many`` reads it again

    def words(self, text: str) -> list[str]:
        self.check_initialized()
        out: list[str] = []
        for block in _BLOCK.split(text):
            if not block:
                continue
            if _BLOCK.match(block):
                self._cut_block(block, out)
            else:
                _cut_rest(block, out)
        return out

    def arrays(self) -> _Dictionary | None:
        """The dictionary as ``words_many`` reads it, built on first use (about half a
        second); None where two of its words share a key (then the plain loop cuts)."""
        self.check_initialized()
        if getattr(self, "_arrays", None) is None:
            try:
                self._arrays = _Dictionary.of(self.FREQ, self.total)
            except ValueError:
                self._arrays = False
        return self._arrays or None

    def words_many(self, texts: Sequence[str]) -> list[list[str]]:
        """``words`` of each of many texts, the same words: the routes through all their
        dictionary blocks are found side by side in numpy (``_routes``), not a character
        at a time; where many texts are cut together (a page's articles), in two thirds
        of the time."""
        arrays = self.arrays()
        if arrays is None:
            return [self.words(text) for text in texts]
        blocks: list[str] = []
        plans: list[list[int | list[str]]] = []  # per text, its blocks (by number) and the rest's words
        for text in texts:
            plan: list[int | list[str]] = []
            for block in _BLOCK.split(text):
                if not block:
                    continue
                if _BLOCK.match(block):
                    plan.append(len(blocks))
                    blocks.append(block)
                else:
                    plan.append(_cut_rest(block, []))
            plans.append(plan)
        last, starts = _routes(arrays, blocks)
        found = []
        for plan in plans:
            out: list[str] = []
            for item in plan:
                if isinstance(item, list):
                    out.extend(item)
                else:
                    at = int(starts[item])
                    self._walk(blocks[item], last[at:at + len(blocks[item])], at, out)
            found.append(out)
        return found

    def _cut_block(self, block: str, out: list[str]) -> None:
        get = self.FREQ.get
        n = len(block)
        # From the end back: at each position, the dictionary words that start there
        # (a word's prefixes are in FREQ with frequency 0, so the scan stops where no
        # longer word can start) and the likeliest last character of the word there,
        # jieba's max over (score, end): on a tie the longer word. A character no word
        # starts at stands alone, with frequency 1.
        logtotal = log(self.total)
        score = [0.0] * (n + 1)
        last = list(range(n + 1))
        for k in range(n - 1, -1, -1):
            best = None
            i, f = k, get(block[k])
            while f is not None:
                if f:
                    s = log(f) - logtotal + score[i + 1]
                    if best is None or s >= best:
                        best, last[k] = s, i
                i += 1
                if i >= n:
                    break
                f = get(block[k:i + 1])
            score[k] = score[k + 1] - logtotal if best is None else best
        self._walk(block, last, 0, out)

    def _walk(self, block: str, last: Sequence[int], at: int, out: list[str]) -> None:
        """The words of ``block`` along its route (``last``: at each character, the
        last character of the word there, counted from ``at``). Words of one character
        in a row are a stretch jieba's HMM cuts again, unless the stretch is a
        dictionary word."""
        n = len(block)
        x, alone = 0, -1
        while x < n:
            y = last[x] - at + 1
            if y - x == 1:
                if alone < 0:
                    alone = x
            else:
                if alone >= 0:
                    self._alone(block[alone:x], out)
                    alone = -1
                out.append(block[x:y])
            x = y
        if alone >= 0:
            self._alone(block[alone:], out)

    def _alone(self, stretch: str, out: list[str]) -> None:
        if len(stretch) == 1:
            out.append(stretch)
        elif not self.FREQ.get(stretch):
            hmm_cut(stretch, out)
        else:
            out.extend(stretch)


def _cut_rest(piece: str, out: list[str]) -> list[str]:
    """What jieba does with text outside its dictionary blocks: whitespace kept as it
    is, every other character a word of its own."""
    for part in _SPACE.split(piece):
        if _SPACE.match(part):
            out.append(part)
        else:
            out.extend(part)
    return out


# A string's key among the dictionary's (``_Dictionary``): a polynomial hash of its code
# points (each plus one) mod 2**64, its top bit dropped. Two of the dictionary's 500,000
# words and prefixes sharing one is refused when the arrays are made; a stretch of text
# that is none of them sharing one with one of them, about once in 10**13 lookups, would
# cut there as if it were that word.
_BASE = np.uint64(0x100000001B3)
_KEY = np.uint64((1 << 63) - 1)


def _extend(keys: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """The keys of strings one character longer (``chars``: the code points added)."""
    return keys * _BASE + chars + np.uint64(1)


@dataclass(frozen=True)
class _Dictionary:
    """jieba's prefix dictionary as arrays: where each word and prefix is among them
    (``index``, by key) and its cost, the log of its frequency's share (NaN for a prefix
    that is no word: frequency 0), as jieba computes it."""

    index: Index
    costs: np.ndarray  # per entry, then NaN for a string that is none
    logtotal: float

    @classmethod
    def of(cls, freq: dict[str, int], total: int) -> _Dictionary:
        words = list(freq)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        keys = np.zeros(len(words), dtype=np.uint64)
        for length in np.unique(lengths).tolist():
            which = np.flatnonzero(lengths == length)
            chars = np.frombuffer("".join(words[i] for i in which).encode("utf-32-le"), dtype=np.uint32)
            chars = chars.astype(np.uint64).reshape(len(which), length)
            at = np.zeros(len(which), dtype=np.uint64)
            for j in range(length):
                at = _extend(at, chars[:, j])
            keys[which] = at
        keys = (keys & _KEY).astype(np.int64)
        if len(np.unique(keys)) != len(keys):
            raise ValueError("two of the dictionary's words share a key")
        logtotal = log(total)
        costs = np.array([log(f) - logtotal if f else np.nan for f in freq.values()] + [np.nan])
        return cls(Index(keys), costs, logtotal)


def _routes(words: _Dictionary, blocks: Sequence[str]) -> tuple[list[int], np.ndarray]:
    """jieba's route through each of ``blocks`` (runs of characters it cuts by its
    dictionary), all side by side: per character of the blocks laid one after another
    with one character between them (``starts``: where each block is), the last
    character of the word that starts there. From each block's end back, the word whose
    cost plus the route after it is greatest (on a tie the longer word, as jieba's max
    over (score, end) picks); a character no word starts at stands alone, as a word of
    frequency 1. The same sums in the same order as jieba's, so the same routes."""
    if not blocks:
        return [], np.zeros(0, dtype=np.int64)
    lengths = np.fromiter(map(len, blocks), dtype=np.int64, count=len(blocks))
    chars = np.frombuffer(("\0".join(blocks) + "\0").encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(chars)
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    ends = starts + lengths
    # The words at each character: strings one character longer each round, as long
    # as they are words or prefixes of one ("\0" between blocks is neither).
    at = np.ones(n, dtype=bool)
    at[ends] = False
    at = np.flatnonzero(at)
    keys = np.zeros(len(at), dtype=np.uint64)
    found = []
    length = 0
    while len(at):
        length += 1
        keys = _extend(keys, chars[at + length - 1])
        entry = words.index.find((keys & _KEY).astype(np.int64))
        cost = words.costs[entry]
        word = ~np.isnan(cost)
        found.append((at[word], length, cost[word]))
        going = (entry != words.index.missing) & (at + length < n)
        at, keys = at[going], keys[going]
    costs = np.full((n, length), -np.inf)
    for where, size, cost in found:
        costs[where, size - 1] = cost
    route = np.zeros(n + length + 1)
    last = np.arange(n)
    order = np.argsort(-lengths, kind="stable")
    tails, sizes = ends[order] - 1, lengths[order]
    sizes_list = sizes.tolist()
    after = np.arange(1, length + 1)
    live = len(order)
    for t in range(sizes_list[0]):
        while live and sizes_list[live - 1] <= t:
            live -= 1  # blocks are longest first: those still going are a prefix
        here = tails[:live] - t
        scores = costs[here] + route[here[:, None] + after]
        longest = length - 1 - scores[:, ::-1].argmax(axis=1)  # the longer word on a tie
        best = scores[np.arange(live), longest]
        alone = np.isneginf(best)
        route[here] = np.where(alone, route[here + 1] - words.logtotal, best)
        last[here] = np.where(alone, here, here + longest)
    return last.tolist(), starts


# jieba's HMM (finalseg): its blocks of Chinese characters, cut by Viterbi over the
# states B, M, E, S; the rest split into runs of letters and digits and what is between.
_HAN = re.compile("([\u4E00-\u9FD5]+)")
_SKIP = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")


def hmm_cut(text: str, out: list[str]) -> None:
    """``finalseg.cut(text)``'s words appended to ``out`` (tested against it)."""
    for block in _HAN.split(text):
        if not block:
            continue
        if not _HAN.match(block):
            out.extend(x for x in _SKIP.split(block) if x)
            continue
        for word in _viterbi_words(block):
            if word in finalseg.Force_Split_Words:
                out.extend(word)
            else:
                out.append(word)


def _viterbi_words(block: str) -> list[str]:
    """finalseg's Viterbi over one block of Chinese characters, unrolled: each state
    has two states it may come from, and of two equal scores jieba's ``max`` over
    (score, state) keeps the later state's letter, as here; sums are in its order."""
    low = finalseg.MIN_FLOAT
    start, move, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    eb, em, ee, es = (emit[y].get for y in "BMES")
    bm, be = move["B"]["M"], move["B"]["E"]
    mm, me = move["M"]["M"], move["M"]["E"]
    eb_, es_ = move["E"]["B"], move["E"]["S"]
    sb, ss = move["S"]["B"], move["S"]["S"]
    c = block[0]
    b = start["B"] + eb(c, low)
    m = start["M"] + em(c, low)
    e = start["E"] + ee(c, low)
    s = start["S"] + es(c, low)
    back: list[tuple[str, str, str, str]] = []  # per position after the first: (B, M, E, S)'s previous state
    for c in block[1:]:
        pb, pm, pe, ps = eb(c, low), em(c, low), ee(c, low), es(c, low)
        from_b, from_m = b + be + pe, m + me + pe
        ne, fe = (from_b, "B") if from_b > from_m else (from_m, "M")
        from_b, from_m = b + bm + pm, m + mm + pm
        nm, fm = (from_b, "B") if from_b > from_m else (from_m, "M")
        from_e, from_s = e + eb_ + pb, s + sb + pb
        nb, fb = (from_e, "E") if from_e > from_s else (from_s, "S")
        from_e, from_s = e + es_ + ps, s + ss + ps
        ns, fs = (from_e, "E") if from_e > from_s else (from_s, "S")
        b, m, e, s = nb, nm, ne, ns
        back.append((fb, fm, fe, fs))
    state = "S" if s >= e else "E"
    states = [state]
    for prev in reversed(back):
        state = prev["BMES".index(state)]
        states.append(state)
    states.reverse()
    words: list[str] = []
    begin = after = 0
    for i, state in enumerate(states):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(block[begin:i + 1])
            after = i + 1
        elif state == "S":
            words.append(block[i])
            after = i + 1
    if after < len(block):
        words.append(block[after:])
    return words


class Tags:
    """jieba's dictionary tag of each token ("" when unknown), looked up on demand: the
    rules ask about a few tokens of an article, not all of them."""

    __slots__ = ("_words", "_table")

    def __init__(self, words: list[str], table: dict[str, str]) -> None:
        self._words, self._table = words, table

    def __getitem__(self, i: int) -> str:
        return self._table.get(self._words[i], "")

    @property
    def words(self) -> list[str]:
        """The tokens' words, as cut."""
        return self._words

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
        self.tokenizer = Tokenizer()
        self.tokenizer.initialize()
        # Only the tag table of jieba's dictionary is used (a lookup per token); tagging
        # text with the POS tokenizer would be five times slower than cutting it.
        self._tags: dict[str, str] = dictionary_tags()
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
        return self._tokens(self.tokenizer.words(text))

    def prepare(self) -> None:
        """Build now what cutting many texts reads (``Tokenizer.arrays``): a process does
        so before it forks workers, which then share it rather than each building it."""
        self.tokenizer.arrays()

    def many(self, texts: Sequence[str]) -> list[Tokens]:
        """The tokens of each of many texts, cut together (``Tokenizer.words_many``)."""
        return [self._tokens(words) for words in self.tokenizer.words_many(texts)]

    def _tokens(self, words: list[str]) -> Tokens:
        ends = list(accumulate(map(len, words)))
        starts = [0, *ends[:-1]] if words else []
        spans = tuple(zip(starts, ends, strict=True))
        edges = frozenset(starts + ends)
        return Tokens(spans, Tags(words, self._tags), edges)
