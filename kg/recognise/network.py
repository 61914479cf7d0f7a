"""The recogniser's second expert: a small network over the characters, convolutions
and then an LSTM.

Each character is described by embeddings of the values of a few templates (the same
feature arrays the CRF reads: the character, its bigram with the next, its jieba word,
and the small codes of its word's shape, its class, names and lexicon matches), added
after a projection to ``width`` numbers; residual convolutions of three taps, each
tap ``dilation`` characters apart, let every character see its neighbours within its
segment (three layers, dilations 1, 2 and 4: seven characters either side); then an
LSTM reads the segment from its start and another from its end, so that a character
hears of the whole segment (the far end of a long name of a body, the verb before it);
a last projection scores every label from the last layer's numbers and the two LSTMs'.
A network may instead (or as well) read a fo-pooling after the convolutions
(``Pooling``: Bradbury et al.'s quasi-recurrent networks, 2016): per character a
candidate and a forget gate from one linear layer, the state f * h + (1 - f) * z read
either way, with no product of the state per step.
One template is the character again, read through vectors learnt elsewhere and kept as
they are (``FROZEN``): Baidu LAC's, trained on far more text than ours, so that a
character our corpora rarely show still reads like the characters used as it is. The
network's scores are added to the CRF's (a product of two experts, each trained on its
own: the CRF weighs sparse features it was fitted on almost perfectly, the network
learns dense ones), and so are their transitions.

Tagging is numpy alone: a value's embedding is looked up already projected (each
template's table times its block of the projection, computed at load), and each
convolution is three matrix products, one per tap, shifted within the segments and
summed; the LSTMs and the pooling step through many segments side by side
(``_packed``: ``_lstm``, ``_pool``). ``kg train``
fits the network with PyTorch (``train_network``); a test checks this forward pass
against PyTorch's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from threadpoolctl import ThreadpoolController

from ..index import Index
from ..lexicon import char_vectors
from .features import SPARSE_TEMPLATES, lookup, positions

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
# Characters (whole segments) whose LSTMs run together, their segments side by side:
# the more segments at each step, the fewer steps' numpy calls a character pays for.
RECURRENT_BLOCK = 1 << 16
RECURRENT_GROUP = 1 << 18  # cells (steps times segments) of one group of segments side by side


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


@dataclass(frozen=True)
class Direction:
    """One direction of the recurrent layer, an LSTM's weights (gates in PyTorch's
    order: input, forget, cell, output): ``inputs`` (width, 4 units), ``hidden``
    (units, 4 units), ``bias`` (4 units)."""

    inputs: np.ndarray
    hidden: np.ndarray
    bias: np.ndarray


@dataclass(frozen=True)
class Pooling:
    """The fo-pooling read after the convolutions: ``weight`` (width, 4 units) and
    ``bias`` (4 units) give each character, from the last layer's numbers, the forward
    direction's candidate and forget gate, then the backward one's (PyTorch's
    ``train_network`` order)."""

    weight: np.ndarray
    bias: np.ndarray


class Network:
    """The network's weights, and its scores for every character of texts."""

    def __init__(self, keys: dict[str, np.ndarray], embeddings: dict[str, np.ndarray], projection: np.ndarray,
                 projection_bias: np.ndarray, layers: Sequence[Layer], output: np.ndarray,
                 output_bias: np.ndarray, transitions: np.ndarray,
                 recurrent: tuple[Direction, Direction] | None = None, pooling: Pooling | None = None) -> None:
        self.keys = keys                # per template, the sorted values it has embeddings for
        self.embeddings = embeddings    # per template, (2 + len(keys), size)
        self.projection = projection    # (sum of sizes, width), blocks in TEMPLATES order
        self.projection_bias = projection_bias
        self.layers = tuple(layers)
        self.recurrent = recurrent      # forward and backward LSTMs after the convolutions, or None
        self.pooling = pooling          # the fo-pooling after the convolutions, or None
        self.output = output            # (width [+ 2 units of the LSTMs] [+ 2 units of the pooling], labels)
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
        self.directions = tuple(_halved(d) for d in recurrent) if recurrent is not None else ()
        # The pooling's forget gates' columns halved, so that one tanh gives every gate.
        self.pool = _halved_gates(pooling) if pooling is not None else None

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
        embeddings to the scores; no block depends on another. Its matrix products run
        on one thread (``_blas``): they are small, and a second thread waiting on a busy
        core made them two to four times slower here."""
        with _blas().limit(limits=1, user_api="blas"):
            return self._scores(feats, bounds)

    def _scores(self, feats: dict[str, np.ndarray], bounds: Sequence[tuple[int, int]]) -> np.ndarray:
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
        own = self.output_weight[:self.width]  # what the last layer's numbers give the scores
        # With a recurrence, the last layer's numbers of a stretch of whole segments
        # are kept, to be read by the LSTMs and the pooling a stretch at a time.
        stretches = _coarser(cuts, RECURRENT_BLOCK)
        convolved = np.empty((int(np.diff(stretches).max()) if n else 0, self.width), dtype=DTYPE) \
            if self.directions or self.pool is not None else None
        spans = np.array(bounds, dtype=np.int64).reshape(-1, 2)
        stretch = 0
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
            np.matmul(hidden, own, out=out[a:b])
            if convolved is not None:
                while stretches[stretch + 1] < b:  # the stretch this block ends in
                    stretch += 1
                first, last = int(stretches[stretch]), int(stretches[stretch + 1])
                convolved[a - first:b - first] = hidden
                if b == last:
                    self._recur(convolved[:last - first], spans, first, out[first:last])
        out += self.output_add
        return out

    def _recur(self, convolved: np.ndarray, spans: np.ndarray, first: int, out: np.ndarray) -> None:
        """Add to ``out`` what the LSTMs and the pooling, reading the last layer's
        numbers of a stretch of whole segments from ``first``, give the scores."""
        lo, hi = np.searchsorted(spans[:, 0], (first, first + len(convolved)))
        within = spans[lo:hi] - first
        at = self.width
        for k, (weights, bias) in enumerate(self.directions):
            units = len(bias) // 4
            states = _lstm(convolved, within, weights, bias, backward=k == 1)
            out += states @ self.output_weight[at:at + units]
            at += units
        if self.pool is not None:
            weights, bias = self.pool
            gates = convolved @ weights
            gates += bias
            np.tanh(gates, out=gates)
            units = len(bias) // 4
            for k in range(2):
                candidate, forget = (gates[:, (2 * k + j) * units:(2 * k + j + 1) * units] for j in range(2))
                # the logistic function of x is (1 + tanh(x / 2)) / 2
                given = 0.5 * (1 - forget) * candidate
                forget = 0.5 * (1 + forget)
                states = _pool(forget, given, within, backward=k == 1)
                out += states @ self.output_weight[at:at + units]
                at += units

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

    def arrays(self, prefix: str = "network") -> dict[str, np.ndarray]:
        """The weights as named arrays (``prefix:...``), for the model's file (embeddings
        in half precision: they are most of the bytes; a ``FROZEN`` template's keys
        alone, its table being the package's character vectors)."""
        out = {"dilations": np.array(json.dumps([layer.dilation for layer in self.layers])),
               "projection": self.projection, "projection_bias": self.projection_bias,
               "output": self.output, "output_bias": self.output_bias, "transitions": self.transitions}
        for t in TEMPLATES:
            out[f"keys:{t}"] = self.keys[t]
            if t in FROZEN:
                out[f"given:{t}"] = np.array(_fingerprint(self.embeddings[t]))
            else:
                out[f"embeddings:{t}"] = self.embeddings[t].astype(np.float16)
        for i, layer in enumerate(self.layers):
            out[f"layer{i}:weight"] = layer.weight
            out[f"layer{i}:bias"] = layer.bias
        for name, direction in zip(("forward", "backward"), self.recurrent or (), strict=False):
            out[f"{name}:inputs"] = direction.inputs
            out[f"{name}:hidden"] = direction.hidden
            out[f"{name}:bias"] = direction.bias
        if self.pooling is not None:
            out["pooling:weight"] = self.pooling.weight
            out["pooling:bias"] = self.pooling.bias
        return {f"{prefix}:{name}": array for name, array in out.items()}

    @classmethod
    def from_arrays(cls, data, prefix: str = "network") -> Network | None:
        """The network in a model file's arrays under ``prefix``, or None where it has none."""
        def array(name: str):
            value = data[f"{prefix}:{name}"]
            if name.startswith("keys:") and value.dtype.kind == "U":
                return data[str(value)]  # the same keys as another network's: that array's name
            return value

        if f"{prefix}:dilations" not in data:
            return None
        dilations = json.loads(str(array("dilations")))
        layers = [Layer(array(f"layer{i}:weight"), array(f"layer{i}:bias"), d) for i, d in enumerate(dilations)]
        keys = {t: array(f"keys:{t}") for t in TEMPLATES}
        embeddings = {t: given(keys[t]) if t in FROZEN else array(f"embeddings:{t}") for t in TEMPLATES}
        for t in FROZEN:
            # Trained on other character vectors than the package's: its weights would
            # read numbers they were not fitted to.
            if f"{prefix}:given:{t}" in data and str(array(f"given:{t}")) != _fingerprint(embeddings[t]):
                raise OtherVectors("its network was trained on other character vectors than this package's "
                                   "(kg/lexicon/char_vectors.npz): train it again with kg train")
        recurrent = tuple(Direction(array(f"{name}:inputs"), array(f"{name}:hidden"), array(f"{name}:bias"))
                          for name in ("forward", "backward")) if f"{prefix}:forward:inputs" in data else None
        pooling = Pooling(array("pooling:weight"), array("pooling:bias")) \
            if f"{prefix}:pooling:weight" in data else None
        return cls(keys, embeddings, array("projection"), array("projection_bias"), layers,
                   array("output"), array("output_bias"), array("transitions"), recurrent, pooling)


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries (numpy's OpenBLAS), found once."""
    return ThreadpoolController()


class OtherVectors(ValueError):
    """A model file's network was trained on other character vectors than the package's."""


def _fingerprint(table: np.ndarray) -> str:
    """The sha256 of a given embedding table's numbers."""
    return hashlib.sha256(np.ascontiguousarray(table, dtype=np.float32).tobytes()).hexdigest()


def _lstm(hidden: np.ndarray, spans: np.ndarray, weights: np.ndarray, bias: np.ndarray, backward: bool) -> np.ndarray:
    """One direction of the recurrent layer over a stretch's characters: each segment
    (``spans``, counted from the stretch's start) read from its start, or from its end
    when ``backward``, from a zero state; characters of no segment get zeros.

    The segments run side by side, longest first (in groups, so that a long segment
    does not make a large grid of positions): at step t the segments longer than t are
    the first rows of the state. The weights come with the input, forget and output gates'
    numbers halved, and the input's weights above the state's (``_halved``), so that a
    step is one product and one tanh gives every gate: the logistic function of x is
    (1 + tanh(x / 2)) / 2."""
    units = len(bias) // 4
    units_in = len(weights) - units
    out = np.zeros((len(hidden), units), dtype=DTYPE)
    for size, steps in _packed(spans, backward):
        read = np.zeros((size, units_in + units), dtype=DTYPE)  # a step's inputs, then the state
        state = read[:, units_in:]
        cell = np.zeros((size, units), dtype=DTYPE)
        for rows in steps:
            k = len(rows)
            np.take(hidden, rows, axis=0, out=read[:k, :units_in])
            gates = read[:k] @ weights
            gates += bias
            np.tanh(gates, out=gates)
            gates[:, :2 * units] += 1
            gates[:, 3 * units:] += 1
            # (1 + tanh) is twice each of the three gates: the halves are taken together
            cell[:k] = 0.5 * (gates[:, units:2 * units] * cell[:k] + gates[:, :units] * gates[:, 2 * units:3 * units])
            state[:k] = 0.5 * gates[:, 3 * units:] * np.tanh(cell[:k])
            out[rows] = state[:k]
    return out


def _pool(forget: np.ndarray, given: np.ndarray, spans: np.ndarray, backward: bool) -> np.ndarray:
    """One direction of the fo-pooling over a stretch's characters, each segment read
    as ``_lstm`` reads it: per character, the state times its ``forget`` gate plus what
    it is ``given`` ((1 - forget) times its candidate)."""
    out = np.zeros_like(given)
    for size, steps in _packed(spans, backward):
        state = np.zeros((size, given.shape[1]), dtype=given.dtype)
        for rows in steps:
            now = state[:len(rows)]
            now *= forget[rows]
            now += given[rows]
            out[rows] = now
    return out


def _packed(spans: np.ndarray, backward: bool):
    """The segments' characters in the order a recurrence reads them: groups of
    segments side by side, longest first (a grid of about ``RECURRENT_GROUP`` cells
    each, so that a long segment does not make a large one), and per group its size
    and, per step t, the characters read (of the segments longer than t, the first
    rows of the group)."""
    lengths = spans[:, 1] - spans[:, 0]
    order = np.argsort(-lengths, kind="stable")
    done = 0
    while done < len(order):
        longest = int(lengths[order[done]])
        group = order[done:done + max(1, RECURRENT_GROUP // max(longest, 1))]
        done += len(group)
        steps = np.arange(longest)[:, None]
        at = (spans[group, 1] - 1 - steps) if backward else (spans[group, 0] + steps)  # (steps, segments)
        going = np.searchsorted(-lengths[group], -np.arange(longest), side="left")  # segments longer than t
        yield len(group), [at[t, :k] for t, k in enumerate(going.tolist())]


def _halved(direction: Direction) -> tuple[np.ndarray, np.ndarray]:
    """A direction's weights as ``_lstm`` reads them, float32: the input's above the
    state's, and the bias; the columns of the input, forget and output gates halved."""
    units = direction.hidden.shape[0]
    scale = np.full(4 * units, 0.5, dtype=DTYPE)
    scale[2 * units:3 * units] = 1
    weights = np.concatenate([direction.inputs, direction.hidden]).astype(DTYPE) * scale
    return np.ascontiguousarray(weights), direction.bias.astype(DTYPE) * scale


def _halved_gates(pooling: Pooling) -> tuple[np.ndarray, np.ndarray]:
    """The pooling's weights as ``_recur`` reads them, float32: the forget gates'
    columns halved."""
    units = len(pooling.bias) // 4
    scale = np.ones(4 * units, dtype=DTYPE)
    scale[units:2 * units] = scale[3 * units:] = 0.5
    return np.ascontiguousarray(pooling.weight, dtype=DTYPE) * scale, pooling.bias.astype(DTYPE) * scale


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


def _coarser(cuts: np.ndarray, size: int) -> np.ndarray:
    """Some of the ``cuts`` between blocks: where stretches of about ``size``
    characters start, each of whole blocks, and where the last ends."""
    kept = [int(cuts[0])]
    for cut in cuts[1:-1].tolist():
        if cut - kept[-1] >= size:
            kept.append(cut)
    if len(cuts) > 1:
        kept.append(int(cuts[-1]))
    return np.array(kept, dtype=np.int64)


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
