"""The recogniser's second expert: a small convolutional network over the characters.

Each character is described by embeddings of the values of a few templates (the same
feature arrays the CRF reads: the character, its bigram with the next, its jieba word,
and the small codes of its word's shape, its class, names and lexicon matches), added
after a projection to ``width`` numbers; residual convolutions of three taps, each
tap ``dilation`` characters apart, let every character see its neighbours within its
segment (two layers, dilations 1 and 2: three characters either side); a last
projection scores every label. The network's scores are added to the CRF's (a product
of two experts, each trained on its own: the CRF weighs sparse features it was fitted
on almost perfectly, the network learns dense ones), and so are their transitions.

Tagging is numpy alone: a value's embedding is looked up already projected (each
template's table times its block of the projection, computed at load), and each
convolution is one matrix product whose three blocks are shifted within the segments
and summed. ``kg train`` fits the network with PyTorch (``train_network``); a test
checks this forward pass against PyTorch's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .features import SPARSE_TEMPLATES, Window, lookup, positions

# What the network reads, with each template's embedding size; a template absent from
# this table gets SMALL numbers (its values are few: codes and positions).
TEMPLATES = ("c0", "b0", "word", "w", "cls", "name", "list", "lex:place", "lex:place_short", "lex:agency",
             "lex:organization", "lex:suffix:company", "lex:suffix:organization", "lex:suffix:agency",
             "lex:suffix:subunit", "lex:title", "lex:nt", "lex:listed")
SIZES = {"c0": 48, "b0": 16, "word": 16}
SMALL = 8
# Rows of every embedding table: 0 padding (past a sentence's end in training), 1 a
# value not among the keys, then the keys in order.
PAD, UNKNOWN, FIRST = 0, 1, 2
# Templates whose value is 0 for most characters: the lexicons' matches, name lists.
MOSTLY_ZERO = SPARSE_TEMPLATES | {"list"}
DTYPE = np.float32


def rows(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each value's row of an embedding table with these sorted ``keys`` (UNKNOWN for
    a value that is not one)."""
    if not len(keys):
        return np.full(len(values), UNKNOWN, dtype=np.int64)
    at = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
    return np.where(keys[at] == values, at + FIRST, UNKNOWN)


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
        # in a table indexed by the value; the rest by binary search.
        self.dense = {t: table for t in TEMPLATES if (table := positions(keys[t], FIRST, UNKNOWN)) is not None}
        # A layer's taps side by side: one product gives every tap's contribution.
        self.stacked = [np.concatenate(list(layer.weight.astype(DTYPE)), axis=1) for layer in self.layers]

    @property
    def width(self) -> int:
        return self.projection.shape[1]

    def _rows(self, template: str, values: np.ndarray) -> np.ndarray:
        table = self.dense.get(template)
        if table is None:
            return rows(self.keys[template], values)
        return lookup(table, values, UNKNOWN)

    def scores(self, feats: dict[str, np.ndarray], bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """Per character and label, the network's score; ``bounds`` are the segments
        (start, end) of the characters, which no convolution reaches across."""
        n, w = len(feats["c0"]), self.width
        hidden = np.broadcast_to(self.bias, (n, w)).copy()
        buffer = np.empty((n, w), dtype=DTYPE)
        for t in TEMPLATES:
            values = feats[t]
            if t in MOSTLY_ZERO:
                where = np.flatnonzero(values)
                hidden[where] += self.projected[t][self._rows(t, values[where])]
            else:
                hidden += np.take(self.projected[t], self._rows(t, values), axis=0, out=buffer)
        np.maximum(hidden, 0, out=hidden)
        win = Window(n, bounds)
        for layer, stacked in zip(self.layers, self.stacked, strict=True):
            d = layer.dilation
            taps = hidden @ stacked  # (n, 3 * width): what each character gives the one d before, itself, d after
            # What would reach across a segment's edge is not given: the last d
            # characters of a segment give nothing forward, the first d nothing back.
            taps[win.index + d >= win.stop, :w] = 0
            taps[win.index - d < win.first, 2 * w:] = 0
            conv = taps[:, w:2 * w] + layer.bias.astype(DTYPE)
            conv[d:] += taps[:-d, :w]
            conv[:-d] += taps[d:, 2 * w:]
            hidden += np.maximum(conv, 0, out=conv)
        return hidden @ self.output.astype(DTYPE) + self.output_bias.astype(DTYPE)

    def arrays(self) -> dict[str, np.ndarray]:
        """The weights as named arrays, for the model's file (embeddings in half
        precision: they are most of the bytes)."""
        out = {"network:dilations": np.array(json.dumps([layer.dilation for layer in self.layers])),
               "network:projection": self.projection, "network:projection_bias": self.projection_bias,
               "network:output": self.output, "network:output_bias": self.output_bias,
               "network:transitions": self.transitions}
        for t in TEMPLATES:
            out[f"network:keys:{t}"] = self.keys[t]
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
        return cls({t: data[f"network:keys:{t}"] for t in TEMPLATES},
                   {t: data[f"network:embeddings:{t}"] for t in TEMPLATES},
                   data["network:projection"], data["network:projection_bias"], layers,
                   data["network:output"], data["network:output_bias"], data["network:transitions"])
