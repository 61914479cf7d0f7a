"""The recogniser's second expert: a small convolutional network over the characters.

Each character is described by embeddings of the values of a few templates (the same
feature arrays the CRF reads: the character, its bigram with the next, its jieba word,
and the small codes of its word's shape, its class, names and lexicon matches), added
after a projection to ``width`` numbers; residual convolutions of three taps, each
tap ``dilation`` characters apart, let every character see its neighbours within its
segment (three layers, dilations 1, 2 and 4: seven characters either side); a last
projection scores every label. One template is the character again, read through
vectors learnt elsewhere and kept as they are (``FROZEN``): Baidu LAC's, trained on far
more text than ours, so that a character our corpora rarely show still reads like
the characters used as it is. The network's scores are added to the CRF's (a product
of two experts, each trained on its own: the CRF weighs sparse features it was fitted
on almost perfectly, the network learns dense ones), and so are their transitions.

Tagging is numpy alone: a value's embedding is looked up already projected (each
template's table times its block of the projection, computed at load), and each
convolution is three matrix products, one per tap, shifted within the segments and
summed. ``kg train`` fits the network with PyTorch (``train_network``); a test
checks this forward pass against PyTorch's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..lexicon import char_vectors
from .features import SPARSE_TEMPLATES, Index, lookup, positions

# What the network reads, with each template's embedding size; a template absent from
# this table gets SMALL numbers (its values are few: codes and positions).
TEMPLATES = ("c0", "b0", "word", "w", "cls", "name", "list", "lex:place", "lex:place_short", "lex:agency",
             "lex:organization", "lex:suffix:company", "lex:suffix:organization", "lex:suffix:agency",
             "lex:suffix:subunit", "lex:title", "lex:nt", "lex:listed", "vec")
SIZES = {"c0": 48, "b0": 16, "word": 16, "vec": 128}
SMALL = 8
# The feature array a template reads, where it is not the template's own: "vec" is the
# character again, embedded by vectors learnt elsewhere (``kg.lexicon.char_vectors``).
SOURCE = {"vec": "c0"}
# Templates whose embeddings are given, not learnt: training leaves them as they are.
FROZEN = frozenset({"vec"})
# Rows of every embedding table: 0 padding (past a sentence's end in training), 1 a
# value not among the keys, then the keys in order.
PAD, UNKNOWN, FIRST = 0, 1, 2
# Templates whose value is 0 for most characters: the lexicons' matches, name lists.
MOSTLY_ZERO = SPARSE_TEMPLATES | {"list"}
DTYPE = np.float32
BLOCK = 4096  # characters whose layers run together (whole segments): their numbers fit in the cache


def rows(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each value's row of an embedding table with these sorted ``keys`` (UNKNOWN for
    a value that is not one)."""
    if not len(keys):
        return np.full(len(values), UNKNOWN, dtype=np.int64)
    at = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
    return np.where(keys[at] == values, at + FIRST, UNKNOWN)


def given(keys: np.ndarray) -> np.ndarray:
    """The embedding table of a ``FROZEN`` template for these sorted ``keys``
    (characters): each one's character vector; zeros for padding, for the unknown row
    and for a key that has none."""
    codes, vectors = char_vectors()
    table = np.zeros((len(keys) + FIRST, vectors.shape[1]), dtype=np.float32)
    at = rows(codes, keys)
    known = at != UNKNOWN
    table[FIRST:][known] = vectors[at[known] - FIRST]
    return table


@dataclass(frozen=True)
class Layer:
    """One residual convolution: ``h + relu(conv(h))``; ``weight`` is (tap, in, out)."""

    weight: np.ndarray
    bias: np.ndarray
    dilation: int


class Network:
    """The network's weights, and its scores for every character of texts."""

    def __init__(self, keys: dict[str, np.ndarray], embeddings: dict[str, np.ndarray], projection: np.ndarray,
                 projection_bias: np.ndarray, layers: Sequence[Layer], output: np.ndarray,
                 output_bias: np.ndarray, transitions: np.ndarray) -> None:
        self.keys = keys                # per template, the sorted values it has embeddings for
        self.embeddings = embeddings    # per template, (2 + len(keys), size)
        self.projection = projection    # (sum of sizes, width), blocks in TEMPLATES order
        self.projection_bias = projection_bias
        self.layers = tuple(layers)
        self.output = output            # (width, labels)
        self.output_bias = output_bias
        self.transitions = transitions  # (labels, labels): added to the CRF's where the network is read
        # Each template's embeddings already projected: a character's first hidden
        # layer is the sum of one row per template. For the templates that say nothing
        # of most characters (lexicon matches, name lists), the row of their value 0 is
        # folded into the bias and only the other characters' rows are added.
        self.projected: dict[str, np.ndarray] = {}
        bias = projection_bias.astype(DTYPE).copy()
        at = 0
        for t in TEMPLATES:
            size = embeddings[t].shape[1]
            table = embeddings[t].astype(DTYPE) @ projection[at:at + size].astype(DTYPE)
            if t in MOSTLY_ZERO:
                zero = int(rows(keys[t], np.zeros(1, dtype=np.int64))[0])
                bias += table[zero]
                table = table - table[zero]
            self.projected[t] = table
            at += size
        self.bias = bias
        # Templates whose values are small (characters, classes, codes) find their row
        # in a table indexed by the value; the rest (bigrams, words) in a hash table.
        self.dense = {t: table for t in TEMPLATES if (table := positions(keys[t], FIRST, UNKNOWN)) is not None}
        self.hashed = {t: Index(keys[t]) for t in TEMPLATES if t not in self.dense}
        # A layer's taps, each its own matrix: three products whose results are whole
        # rows (one product of the taps side by side is as many sums, but its blocks,
        # read and added with a stride, cost a sixth more of the network's time).
        self.taps = [tuple(np.ascontiguousarray(tap, dtype=DTYPE) for tap in layer.weight) for layer in self.layers]
        self.layer_bias = [layer.bias.astype(DTYPE) for layer in self.layers]
        self.output_weight = output.astype(DTYPE)
        self.output_add = output_bias.astype(DTYPE)

    @property
    def width(self) -> int:
        return self.projection.shape[1]

    def _rows(self, template: str, values: np.ndarray) -> np.ndarray:
        table = self.dense.get(template)
        if table is not None:
            return lookup(table, values, UNKNOWN)
        index = self.hashed[template]
        at = index.find(values)
        return np.where(at == index.missing, UNKNOWN, at + FIRST)

    def scores(self, feats: dict[str, np.ndarray], bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """Per character and label, the network's score; ``bounds`` are the segments
        (start, end) of the characters, which no convolution reaches across.

        The layers run a block of whole segments at a time (about ``BLOCK``
        characters), so that the block's hidden numbers stay in the cache from the
        embeddings to the scores; no block depends on another."""
        n = len(feats["c0"])
        every = {t: self._rows(t, feats[SOURCE.get(t, t)]) for t in TEMPLATES if t not in MOSTLY_ZERO}
        some = {}
        for t in TEMPLATES:
            if t in MOSTLY_ZERO:
                where = np.flatnonzero(feats[t])
                some[t] = (where, self._rows(t, feats[t][where]))
        edges = {layer.dilation: _edges(bounds, layer.dilation) for layer in self.layers}
        out = np.empty((n, len(self.output_add)), dtype=DTYPE)
        cuts = _blocks(bounds, n)
        longest = int(np.diff(cuts).max()) if n else 0
        hidden_at = np.empty((longest, self.width), dtype=DTYPE)
        buffer = np.empty_like(hidden_at)
        for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
            hidden = hidden_at[:b - a]
            hidden[:] = self.bias
            for t, at in every.items():
                hidden += np.take(self.projected[t], at[a:b], axis=0, out=buffer[:b - a])
            for t, (where, at) in some.items():
                lo, hi = np.searchsorted(where, (a, b))
                if hi > lo:
                    hidden[where[lo:hi] - a] += self.projected[t][at[lo:hi]]
            np.maximum(hidden, 0, out=hidden)
            for layer, taps, bias in zip(self.layers, self.taps, self.layer_bias, strict=True):
                self._convolve(hidden, taps, bias, layer.dilation, edges[layer.dilation], a)
            np.matmul(hidden, self.output_weight, out=out[a:b])
        out += self.output_add
        return out

    def _convolve(self, hidden: np.ndarray, taps: tuple[np.ndarray, ...], bias: np.ndarray, d: int,
                  edges: tuple[np.ndarray, np.ndarray], a: int) -> None:
        """One residual layer over a block of characters from ``a``, in place."""
        b = a + len(hidden)
        forward = hidden @ taps[0]  # what each character gives the one d after it
        conv = hidden @ taps[1]     # ... itself
        back = hidden @ taps[2]     # ... the one d before it
        # What would reach across a segment's edge is not given: the last d characters
        # of a segment give nothing forward, the first d nothing back.
        ending, opening = edges
        forward[_within(ending, a, b)] = 0
        back[_within(opening, a, b)] = 0
        conv += bias
        conv[d:] += forward[:-d]
        conv[:-d] += back[d:]
        hidden += np.maximum(conv, 0, out=conv)

    def arrays(self) -> dict[str, np.ndarray]:
        """The weights as named arrays, for the model's file (embeddings in half
        precision: they are most of the bytes; a ``FROZEN`` template's keys alone, its
        table being the package's character vectors)."""
        out = {"network:dilations": np.array(json.dumps([layer.dilation for layer in self.layers])),
               "network:projection": self.projection, "network:projection_bias": self.projection_bias,
               "network:output": self.output, "network:output_bias": self.output_bias,
               "network:transitions": self.transitions}
        for t in TEMPLATES:
            out[f"network:keys:{t}"] = self.keys[t]
            if t in FROZEN:
                out[f"network:given:{t}"] = np.array(_fingerprint(self.embeddings[t]))
            else:
                out[f"network:embeddings:{t}"] = self.embeddings[t].astype(np.float16)
        for i, layer in enumerate(self.layers):
            out[f"network:layer{i}:weight"] = layer.weight
            out[f"network:layer{i}:bias"] = layer.bias
        return out

    @classmethod
    def from_arrays(cls, data) -> Network | None:
        """The network in a model file's arrays, or None where it has none."""
        if "network:dilations" not in data:
            return None
        dilations = json.loads(str(data["network:dilations"]))
        layers = [Layer(data[f"network:layer{i}:weight"], data[f"network:layer{i}:bias"], d)
                  for i, d in enumerate(dilations)]
        keys = {t: data[f"network:keys:{t}"] for t in TEMPLATES}
        embeddings = {t: given(keys[t]) if t in FROZEN else data[f"network:embeddings:{t}"] for t in TEMPLATES}
        for t in FROZEN:
            # Trained on other character vectors than the package's: its weights would
            # read numbers they were not fitted to.
            if f"network:given:{t}" in data and str(data[f"network:given:{t}"]) != _fingerprint(embeddings[t]):
                raise OtherVectors("its network was trained on other character vectors than this package's "
                                   "(kg/lexicon/char_vectors.npz): train it again with kg train")
        return cls(keys, embeddings,
                   data["network:projection"], data["network:projection_bias"], layers,
                   data["network:output"], data["network:output_bias"], data["network:transitions"])


class OtherVectors(ValueError):
    """A model file's network was trained on other character vectors than the package's."""


def _fingerprint(table: np.ndarray) -> str:
    """The sha256 of a given embedding table's numbers."""
    return hashlib.sha256(np.ascontiguousarray(table, dtype=np.float32).tobytes()).hexdigest()


def _blocks(bounds: Sequence[tuple[int, int]], n: int) -> np.ndarray:
    """Where blocks of whole segments start, each about ``BLOCK`` characters or one
    longer segment, and ``n`` where the last ends."""
    cuts = [0]
    for start, _ in bounds:
        if start - cuts[-1] >= BLOCK:
            cuts.append(start)
    if n > cuts[-1]:
        cuts.append(n)
    return np.array(cuts, dtype=np.int64)


def _edges(bounds: Sequence[tuple[int, int]], d: int) -> tuple[np.ndarray, np.ndarray]:
    """The characters within ``d`` of their segment's end, and within ``d`` of its
    start, each sorted."""
    spans = np.array(bounds, dtype=np.int64).reshape(-1, 2)
    starts, ends = spans[:, 0], spans[:, 1]
    ending = [ends - 1 - k for k in range(d)]
    opening = [starts + k for k in range(d)]
    return (np.sort(np.concatenate([x[x >= starts] for x in ending])),
            np.sort(np.concatenate([x[x < ends] for x in opening])))


def _within(rows: np.ndarray, a: int, b: int) -> np.ndarray:
    """Of sorted ``rows``, those in ``a``..``b``, counted from ``a``."""
    lo, hi = np.searchsorted(rows, (a, b))
    return rows[lo:hi] - a
