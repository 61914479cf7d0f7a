"""Features of every character of a text, as integer arrays: one array per template.

The same arrays feed training (``kg train`` turns each non-zero value into a string
attribute ``template=value`` for python-crfsuite) and tagging (the tagger looks each
value up in the model's sorted keys), so the two cannot disagree.

What a character is described by, in a window of two either side:
- the characters themselves, their bigrams and the trigram centred on it;
- character classes (Chinese, digit, Chinese numeral, Latin, punctuation, space);
- the jieba word it sits in: its position in the word (B/M/E/S), the word's length and
  jieba's dictionary tag (nr, ns, nt ...); the word itself and its neighbours;
- lexicon matches: its position (B/I/E/S) in the longest match of each gazetteer kind
  (divisions, body and organisation names and their endings, titles, jieba's ``nt``
  organisation names, listed-company short names);
- whether it is a surname (single or compound) and how common it and the next two
  characters are in given names;
- its place in a run of personal names printed with no separator between them (a list
  of names, 丁一兵王二林张三...): a run of Chinese characters that divides whole into
  three or more names, each a surname and one or two given-name characters.

Values are 0 where a template says nothing; padding beyond a segment's edges is 1
(before) and 2 (after), never a character (code points 1 and 2 do not occur in text).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain
from typing import TYPE_CHECKING

import numpy as np

from ..lexicon import COMPOUND_SURNAMES, SURNAMES, words

if TYPE_CHECKING:
    from ..extract.gazetteer import Hit
    from ..segment import Tokens

BEFORE, AFTER = 1, 2
BMP = 0x10000
# Lexicon kinds whose matches are features, in a fixed order (the model stores names).
LEXICON_KINDS = ("place", "place_short", "agency", "organization", "suffix:company",
                 "suffix:organization", "suffix:agency", "suffix:subunit", "title", "nt", "listed")
# Templates that say nothing (0) of most characters: a lexicon's matches.
SPARSE_TEMPLATES = frozenset(f"lex:{k}" for k in LEXICON_KINDS)
CHAR_TEMPLATES = ("c-2", "c-1", "c0", "c+1", "c+2")
BIGRAM_TEMPLATES = ("b-2", "b-1", "b0", "b+1")  # b-1 is c-1 c0, b0 is c0 c+1
TEMPLATES = (("bias",) + CHAR_TEMPLATES + BIGRAM_TEMPLATES + ("t0", "cls", "w", "w-1", "w+1", "word", "word-1",
                                                              "word+1", "name", "list")
             + tuple(f"lex:{k}" for k in LEXICON_KINDS))
# Templates that also get a copy per training corpus ("msra|c0"): where the corpora
# disagree on what to label (MSRA's bare 委员会 is an organisation, CLUENER's 警方 a body
# of government), the copies take the disagreement and the shared weights keep what
# they agree on (feature augmentation, Daume III 2007). A model is read through one
# view: the shared weights alone, or with one corpus's copies added.
VIEW_TEMPLATES = ("bias", "c0", "b-1", "b0", "w", "word") + tuple(f"lex:{k}" for k in LEXICON_KINDS)
COMMON_GIVEN = 400  # the first this many given-name characters count as common
# Characters that do not stand in given names though the given-name list has them: the
# commonest function words, which otherwise let ordinary phrases divide into "names".
NOT_GIVEN = frozenset("的了是着过们个这那在都就也把被从向对和与及或而但等到说将要会能可已又还"
                      "再很最更所其之以因此并于为")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{6,}")


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per code point of the Basic Multilingual Plane: character class, surname mark
    (1 single, 2 first of a compound, 3 second of one) and given-name rank (1 common,
    2 seen)."""
    cls = np.full(BMP, 7, dtype=np.int64)
    cls[0x3400:0xA000] = 1
    cls[0xF900:0xFB00] = 1
    cls[ord("0"):ord("9") + 1] = 2
    cls[0xFF10:0xFF1A] = 2
    for ch in "〇零一二三四五六七八九十百千万亿两":
        cls[ord(ch)] = 3
    for lo, hi in (("A", "Z"), ("a", "z")):
        cls[ord(lo):ord(hi) + 1] = 4
    cls[0xFF21:0xFF3B] = 4
    cls[0xFF41:0xFF5B] = 4
    for ch in "。，、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]<>-/%":
        cls[ord(ch)] = 5
    for ch in " \t\n\r\u3000":
        cls[ord(ch)] = 6
    surname = np.zeros(BMP, dtype=np.int64)
    for ch in SURNAMES:
        surname[ord(ch)] = 1
    for pair in COMPOUND_SURNAMES:
        surname[ord(pair[0])] = 2
        surname[ord(pair[1])] = max(surname[ord(pair[1])], 3)
    given = np.zeros(BMP, dtype=np.int64)
    chars = "".join(words("given_chars.txt"))
    for rank, ch in enumerate(chars):
        if ord(ch) < BMP and given[ord(ch)] == 0:
            given[ord(ch)] = 1 if rank < COMMON_GIVEN else 2
    return cls, surname, given


def codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def lookup(table: np.ndarray, values: np.ndarray, missing: int = 0) -> np.ndarray:
    """Each value's entry in a table of BMP entries (``missing`` for a value outside it)."""
    inside = (values >= 0) & (values < BMP)
    return np.where(inside, table[np.where(inside, values, 0)], missing)


def positions(keys: np.ndarray, first: int, missing: int) -> np.ndarray | None:
    """A table for ``lookup`` giving each of the sorted ``keys`` its place, counted from
    ``first``, and any other value ``missing``; None where a key is not below BMP (code
    points, classes and lexicon positions are; n-grams and words are not)."""
    if not len(keys) or int(keys.min()) < 0 or int(keys.max()) >= BMP:
        return None
    table = np.full(BMP, missing, dtype=np.int64)
    table[keys] = np.arange(first, first + len(keys))
    return table


class _Words(dict):
    """Per word, its dictionary tag's code and its identity (CRC-32 of the word, plus
    one) in one number: ``code << IDENTITY | identity``. Computed on first sight and
    remembered, up to a bound: the same words recur page after page."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table  # the dictionary's word -> tag

    def __missing__(self, word: str) -> int:
        info = (_tag_code(self.table.get(word, "")) << IDENTITY) | (zlib.crc32(word.encode("utf-8")) + 1)
        if len(self) < 500_000:
            self[word] = info
        return info


IDENTITY = 33  # bits of a word's identity in ``_Words``
# One ``_Words`` per tag table (one per dictionary).
_WORDS: dict[int, _Words] = {}


def _words(table: dict[str, str]) -> _Words:
    known = _WORDS.get(id(table))  # (a table stays alive while its _Words holds it)
    if known is None:
        known = _WORDS[id(table)] = _Words(table)
    return known


def _tag_code(tag: str) -> int:
    """A jieba tag (at most three ASCII letters) as a number; 0 for none."""
    return int.from_bytes(tag.encode("ascii", "replace")[:3].ljust(3, b"\0"), "big")


class Window:
    """Shifts within segments: the value ``k`` places away, or padding past an edge."""

    def __init__(self, n: int, bounds: Sequence[tuple[int, int]]) -> None:
        self.n = n
        self.first = np.zeros(n, dtype=np.int64)
        self.stop = np.zeros(n, dtype=np.int64)
        for s, e in bounds:
            self.first[s:e] = s
            self.stop[s:e] = e
        self.index = np.arange(n, dtype=np.int64)

    def shift(self, values: np.ndarray, k: int, pad: int | None = None) -> np.ndarray:
        """Values ``k`` places on; past an edge ``pad`` (by default BEFORE or AFTER)."""
        if k == 0:
            return values
        at = self.index + k
        inside = (at >= self.first) & (at < self.stop)
        if pad is None:
            pad = BEFORE if k < 0 else AFTER
        return np.where(inside, values[np.clip(at, 0, max(self.n - 1, 0))], pad)


def _word_codes(n: int, cut: Sequence[Tokens], win: Window) -> tuple[np.ndarray, ...]:
    """Per character of texts ``n`` characters in all, laid one after another and ``cut``
    into these tokens (which cover each text): its word's shape (position in the word
    B1 M2 E3 S4, the word's length up to 7 and its dictionary tag, packed into one
    number), and the identity (CRC-32 of the word, plus one) of its word, the word
    before and the word after, within the segment."""
    codes = np.zeros(n, dtype=np.int64)
    count = sum(len(tokens.spans) for tokens in cut)
    if not count:
        return codes, codes, codes, codes
    lengths = np.fromiter(map(len, chain.from_iterable(tokens.tags.words for tokens in cut)), dtype=np.int64,
                          count=count)
    ends = np.cumsum(lengths)
    if ends[-1] != n:
        raise ValueError(f"the tokens cover {ends[-1]} characters of {n}")
    starts = ends - lengths
    known = np.fromiter(chain.from_iterable(map(_words(tokens.tags.table).__getitem__, tokens.tags.words)
                                            for tokens in cut), dtype=np.int64, count=count)
    tags, ids = known >> IDENTITY, known & ((1 << IDENTITY) - 1)
    word = np.repeat(np.arange(count), lengths)
    offset = np.arange(len(word)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    chars = starts[word] + offset
    length = lengths[word]
    pos = np.where(length == 1, 4, np.where(offset == 0, 1, np.where(offset == length - 1, 3, 2)))
    codes[chars] = (pos << 28) | (np.minimum(length, 7) << 24) | tags[word]
    own = np.zeros(n, dtype=np.int64)
    own[chars] = ids[word]
    index = np.zeros(n, dtype=np.int64)
    index[chars] = word
    before = np.where((index > 0) & (starts[np.maximum(index - 1, 0)] >= win.first),
                      ids[np.maximum(index - 1, 0)], BEFORE)
    last = count - 1
    after = np.where((index < last) & (ends[np.minimum(index + 1, last)] <= win.stop),
                     ids[np.minimum(index + 1, last)], AFTER)
    return codes, own, before, after


def _lexicon_codes(n: int, hits: Sequence[tuple[int, int, str]]) -> dict[str, np.ndarray]:
    """Per lexicon kind: each character's position (B1 I2 E3 S4) in the longest match
    (start, end, kind) of that kind over it."""
    codes = {kind: np.zeros(n, dtype=np.int64) for kind in LEXICON_KINDS}
    for start, end, kind in sorted(hits, key=lambda h: h[1] - h[0]):  # longer matches overwrite
        arr = codes.get(kind)
        if arr is None or end > n:
            continue
        if end - start == 1:
            arr[start] = 4
        else:
            arr[start] = 1
            arr[start + 1:end - 1] = 2
            arr[end - 1] = 3
    return codes


def _name_runs(texts: Sequence[str]) -> np.ndarray:
    """Per character of ``texts`` laid one after another: where a run of Chinese
    characters within one text divides whole into three or more names, its place in its
    name (B1 I2 E3) plus four times the run's size (1: three names, 2: four or five, 3:
    more); 0 elsewhere. A name is a surname (single or compound) and one or two
    characters seen in given names; at most one name in four may open with a character
    that is not a surname (刀, 热 ...). Of the divisions, the one with the commonest
    given-name characters and the fewest such openings."""
    text = "".join(texts)
    codes = np.zeros(len(text), dtype=np.int64)
    single, weight = _name_tables()
    cps = codepoints(text)
    at = np.where(cps < BMP, cps, 0)
    surnames = np.concatenate([[0], np.cumsum(single[at])])  # how many surnames before each character
    weights = weight[at]
    first = 0
    for own in texts:
        for run in _HAN_RUN.finditer(own):
            a, b = first + run.start(), first + run.end()
            if (surnames[b] - surnames[a]) * 4 < b - a:
                continue  # names are at most four characters, most opening with a surname
            names = _divide(text[a:b], weights[a:b].tolist())
            if names is None:
                continue
            band = 1 if len(names) == 3 else 2 if len(names) <= 5 else 3
            for i, j in names:
                codes[a + i] = 4 * band + 1
                codes[a + i + 1:a + j - 1] = 4 * band + 2
                codes[a + j - 1] = 4 * band + 3
        first += len(own)
    return codes


@lru_cache(maxsize=1)
def _name_tables() -> tuple[np.ndarray, np.ndarray]:
    """Per code point of the Basic Multilingual Plane: whether it is a (single)
    surname, and its weight as a character of a given name for ``_divide``."""
    single = np.zeros(BMP, dtype=np.int64)
    single[[ord(ch) for ch in SURNAMES if ord(ch) < BMP]] = 1
    weight = (3 - _tables()[2]) % 3  # common 2, seen 1, none 0
    weight[[ord(ch) for ch in NOT_GIVEN]] = 0
    return single, weight


def _divide(chars: str, weight: list[int]) -> list[tuple[int, int]] | None:
    """The best division of ``chars`` into names (start, end), by the weight of their
    given-name characters (common 2, seen 1, none 0: not a name), a name opening with
    a character that is no surname costing 4; None where there is none of three or more
    names or where more than one in four opens so."""
    size = len(chars)
    # best[j]: (score, strange openings, start of the last name) of the best division of chars[:j]
    best: list[tuple[int, int, int] | None] = [None] * (size + 1)
    best[0] = (0, 0, 0)
    for i in range(size):
        if best[i] is None:
            continue
        heads = [(1, 0)] if chars[i] in SURNAMES else [(1, 1)]
        if chars[i:i + 2] in COMPOUND_SURNAMES:
            heads.append((2, 0))
        for head, strange in heads:
            for j in (i + head + 1, i + head + 2):
                if j > size or not all(weight[i + head:j]):
                    continue
                score = best[i][0] + sum(weight[i + head:j]) - 4 * strange
                if best[j] is None or score > best[j][0]:
                    best[j] = (score, best[i][1] + strange, i)
    last = best[size]
    if last is None:
        return None
    names, j = [], size
    while j:
        i = best[j][2]
        names.append((i, j))
        j = i
    if len(names) < 3 or last[1] * 4 > len(names):
        return None
    return names


# Where a segment ends: after a sentence's end, or, past the length limit, after a clause's.
_SENTENCE_END = re.compile("[。！？!?\n]")
_CLAUSE_END = re.compile("[；;，,]")


def segment_bounds(text: str, limit: int = 200) -> list[tuple[int, int]]:
    """The text cut after sentence ends (。！？ and line breaks), and where a stretch
    runs past ``limit`` characters, after its first ；or ，from there on; each cut is a
    segment the tagger decodes on its own."""
    bounds, start = [], 0
    for end in (*(m.start() for m in _SENTENCE_END.finditer(text)), len(text)):
        while end - start > limit and (clause := _CLAUSE_END.search(text, start + limit, end)):
            bounds.append((start, clause.start() + 1))
            start = clause.start() + 1
        if end > start or end < len(text):
            bounds.append((start, min(end + 1, len(text))))
        start = end + 1
    return bounds


def features(text: str, tokens: Tokens, hits: Sequence[Hit],
             bounds: Sequence[tuple[int, int]] | None = None) -> dict[str, np.ndarray]:
    """Every template's value for every character of ``text``."""
    return features_many([(text, tokens, hits)], [segment_bounds(text) if bounds is None else bounds])


def features_many(items: Sequence[tuple[str, Tokens, Sequence[Hit]]],
                  bounds: Sequence[Sequence[tuple[int, int]]]) -> dict[str, np.ndarray]:
    """``features`` of many (text, tokens, hits), each cut into its ``bounds``, as one
    array per template: the texts' characters one after another. Each value is what
    the text alone gives (nothing reaches across a segment's edge); computed at once,
    numpy's cost per call is paid once rather than per text."""
    offsets = [0, *accumulate(len(text) for text, _, _ in items)]
    text = "".join(text for text, _, _ in items)
    n = len(text)
    cls_table, surname_table, given_table = _tables()
    cps = codepoints(text)
    win = Window(n, [(s + at, e + at) for at, cuts in zip(offsets, bounds, strict=False) for s, e in cuts])
    c = {k: win.shift(cps, k) for k in (-2, -1, 0, 1, 2)}
    out: dict[str, np.ndarray] = {"bias": np.ones(n, dtype=np.int64)}
    for name, k in zip(CHAR_TEMPLATES, (-2, -1, 0, 1, 2), strict=True):
        out[name] = c[k]
    for name, k in zip(BIGRAM_TEMPLATES, (-2, -1, 0, 1), strict=True):
        out[name] = (c[k] << 21) | c[k + 1]
    out["t0"] = (((c[-1] << 21) | c[0]) << 21) | c[1]
    cls = lookup(cls_table, cps)
    out["cls"] = (win.shift(cls, -1, 0) << 8) | (cls << 4) | win.shift(cls, 1, 0)
    word, own, before, after = _word_codes(n, [tokens for _, tokens, _ in items], win)
    out["w"] = word
    out["w-1"] = win.shift(word, -1, 0)
    out["w+1"] = win.shift(word, 1, 0)
    out["word"], out["word-1"], out["word+1"] = own, before, after
    surname = lookup(surname_table, cps)
    given = lookup(given_table, cps)
    g1, g2 = win.shift(given, 1, 0), win.shift(given, 2, 0)
    out["name"] = np.where((surname > 0) | (given > 0), (surname << 8) | (given << 4) | (g1 << 2) | g2, 0)
    placed = [(h.start + at, h.end + at, h.kind) for at, (own_text, _, hits) in zip(offsets, items, strict=False)
              for h in hits if h.end <= len(own_text)]
    out["list"] = _name_runs([own_text for own_text, _, _ in items])
    for kind, arr in _lexicon_codes(n, placed).items():
        out[f"lex:{kind}"] = arr
    return out


def attributes(feats: dict[str, np.ndarray], start: int, end: int, view: str | None = None) -> list[list[str]]:
    """python-crfsuite's form of characters ``start``..``end``: per character, the
    ``template=value`` strings of its non-zero values; with ``view``, also the
    ``view|template=value`` copies of the ``VIEW_TEMPLATES``."""
    columns = [(name, feats[name][start:end].tolist()) for name in TEMPLATES]
    if view is not None:
        columns += [(f"{view}|{name}", feats[name][start:end].tolist()) for name in VIEW_TEMPLATES]
    rows: list[list[str]] = [[] for _ in range(end - start)]
    for name, values in columns:
        for row, value in zip(rows, values, strict=True):
            if value:
                row.append(f"{name}={value}")
    return rows
