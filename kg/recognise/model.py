"""The trained recogniser as numpy arrays: a linear-chain CRF decoded by Viterbi.

A model file (``.npz``) holds, per feature template, the sorted values the model has
weights for and a matrix of those weights (one row per value, one column per label,
in single precision),
the label-to-label transition weights and the label names. Tagging looks every
character's values up (a dense table for small values, a hash table for the rest),
sums the rows of one single-precision table into emission scores and runs Viterbi over
all segments of many texts at once, step by step across the batch, searching only the
moves the label scheme allows (a mention opens with B or S, goes on with I, closes with
E): python-crfsuite's decision wherever that is well-formed (tested), at numpy speed.
A file may also hold networks (``network.Network``), second experts: a light one
(convolutions alone) and a full one (convolutions, then LSTMs). A model reads at most
one of them, whose scores and transitions are added to the CRF's; ``alone`` reads none.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..index import Index
from .features import SPARSE_TEMPLATES, features, features_many, lookup, positions, segment_bounds
from .network import Network, OtherVectors

MODEL = "recogniser.npz"
CARD = "recogniser.json"
# The networks a model file may hold beside its CRF, by name.
LIGHT = "light"  # convolutions alone: read by default (kg build)
FULL = "full"    # convolutions, then an LSTM either way: more accurate, slower (kg build --network)
# The prefix of each one's arrays in the file: the full network's is that of the files
# written before there was a light one, which stay readable.
PREFIX = {LIGHT: "light", FULL: "network"}


@dataclass(frozen=True, slots=True)
class Tagged:
    """A stretch the recogniser labelled, with its confidence."""

    start: int
    end: int
    label: str
    confidence: float = 1.0


class Model:
    """Weights by template; ``tag`` labels every character of a text.

    A model trained with per-corpus copies of some templates (``features.VIEW_TEMPLATES``,
    named ``corpus|template``) is read through a view: ``None`` for the shared weights
    alone, or a corpus's name for the shared weights with that corpus's copies added.
    The file names the view the pipeline reads it through; ``through`` picks another."""

    def __init__(self, labels: Sequence[str], transitions: np.ndarray,
                 keys: dict[str, np.ndarray], weights: dict[str, np.ndarray], view: str | None = None,
                 networks: Mapping[str, Network] | None = None, reads: str | None = None) -> None:
        self.labels = tuple(labels)
        self.networks = dict(networks or {})  # by name (``LIGHT``, ``FULL``): what ``save`` writes
        if reads is not None and reads not in self.networks:
            raise ValueError(f"the model has no {reads} network")
        self.reads = reads
        # The second expert, whose scores and transitions are added to ours, or None.
        self.network = self.networks[reads] if reads is not None else None
        self.transitions = transitions.astype(DTYPE)
        self.keys = keys  # as trained and saved, every view's copies included
        self.weights = weights
        self.views = tuple(sorted({t.partition("|")[0] for t in keys if "|" in t}))
        if view is not None and view not in self.views:
            raise ValueError(f"the model has no view {view!r} (its views: {', '.join(self.views) or 'none'})")
        self.view = view
        self.outside = self.labels.index("O")
        self.moves = Moves.of(self.labels)
        self.outside_at = int(np.flatnonzero(self.moves.order == self.outside)[0])  # O's place in Viterbi's order
        self.prefixes = np.array([label[0] for label in self.labels])  # B, I, E, S or O
        self.kinds = np.array([label[2:] for label in self.labels])     # AGENCY, ...; "" for O
        both = self.transitions if self.network is None else \
            self.transitions + self.network.transitions.astype(DTYPE)
        self.ordered = both[np.ix_(self.moves.order, self.moves.order)]  # in Viterbi's order
        # What tagging reads: per template, its values and weights through the view.
        self.lookup: dict[str, np.ndarray] = {}
        rows: dict[str, np.ndarray] = {}
        own = {k.partition("|")[2] for k in keys if view is not None and k.startswith(f"{view}|")}
        for t in sorted({k for k in keys if "|" not in k} | own):
            self.lookup[t], rows[t] = _through(keys, weights, t, view, len(self.labels))
        # Every template's weights in one table, each block followed by a zero row for
        # values the model has no weight for: a character's score for a label is the sum
        # of one row per template.
        self.offsets: dict[str, int] = {}
        blocks, at = [], 0
        for t in self.lookup:
            self.offsets[t] = at
            blocks += [rows[t].astype(DTYPE), np.zeros((1, len(labels)), dtype=DTYPE)]
            at += len(rows[t]) + 1
        self.table = np.vstack(blocks) if blocks else np.zeros((0, len(labels)), dtype=DTYPE)
        # Templates whose values are small (characters of the Basic Multilingual Plane,
        # classes, lexicon positions) are looked up in a dense table, the rest (n-grams,
        # words) in a hash table.
        self.dense: dict[str, np.ndarray] = {}
        self.hashed: dict[str, Index] = {}
        for t, k in self.lookup.items():
            table = positions(k, 0, len(k))
            if table is not None:
                self.dense[t] = table
            else:
                self.hashed[t] = Index(k)

    def through(self, view: str | None) -> Model:
        """The same weights read through another view."""
        return Model(self.labels, self.transitions, self.keys, self.weights, view, self.networks, self.reads)

    def reading(self, network: str | None) -> Model:
        """The same weights with another of its networks read (None: the CRF alone)."""
        return Model(self.labels, self.transitions, self.keys, self.weights, self.view, self.networks, network)

    def alone(self) -> Model:
        """The CRF alone, without a network."""
        return self.reading(None)

    @classmethod
    def load(cls, path: Path, network: str | None = LIGHT) -> Model:
        """The model in a file, reading its ``network`` (``LIGHT`` or ``FULL``) where the
        file has it; with None, or where it has not, its CRF alone. The other network's
        arrays are not read. A file that is not such a model raises ``InputError``."""
        try:
            with np.load(path, allow_pickle=False) as data:
                labels = json.loads(str(data["labels"]))
                keys, weights = {}, {}
                for t in json.loads(str(data["templates"])):
                    keys[t] = data[f"keys:{t}"]
                    weights[t] = data[f"weights:{t}"]
                view = json.loads(str(data["view"])) if "view" in data.files else None
                found = Network.from_arrays(data, PREFIX[network]) if network is not None else None
                networks = {network: found} if found is not None else {}
                return cls(labels, data["transitions"], keys, weights, view, networks, network if networks else None)
        except OtherVectors as exc:
            raise InputError(str(path), str(exc)) from exc
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise InputError(str(path), "not a recogniser model written by kg train") from exc

    def save(self, path: Path) -> None:
        arrays = {"labels": np.array(json.dumps(self.labels)),
                  "templates": np.array(json.dumps(sorted(self.keys))),
                  "transitions": self.transitions,
                  "view": np.array(json.dumps(self.view))}
        for t in sorted(self.keys):
            arrays[f"keys:{t}"] = self.keys[t]
            arrays[f"weights:{t}"] = self.weights[t].astype(DTYPE)  # as the tagger reads them
        # Networks trained on the same sentences have the same keys: the second one's
        # name the array of the first that holds them (half a megabyte each).
        first: dict[str, str] = {}
        for name, network in sorted(self.networks.items()):
            for key, array in network.arrays(PREFIX[name]).items():
                template = key.partition(":keys:")[2]
                if template and template in first and np.array_equal(arrays[first[template]], array):
                    array = np.array(first[template])
                elif template:
                    first[template] = key
                arrays[key] = array
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)

    def emissions(self, feats: dict[str, np.ndarray], bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """Per character and label, the sum of the weights of its features, plus the
        network's score where there is one (``bounds``: the characters' segments)."""
        n = len(feats["bias"])
        scores = np.zeros((n, len(self.labels)), dtype=DTYPE)
        # Each template's row of the table for every character (the zero row for a value
        # without weights); a template that says nothing of most characters (a lexicon's
        # matches) only where it says something.
        rows: list[tuple[np.ndarray | None, np.ndarray]] = []
        for t, keys in self.lookup.items():
            values = feats[t]
            where = np.flatnonzero(values) if t in SPARSE_TEMPLATES else None
            if where is not None:
                values = values[where]
            table = self.dense.get(t)
            if table is not None:
                at = lookup(table, values, len(keys))
            else:
                at = self.hashed[t].find(values)
            if where is None:
                at[values == 0] = len(keys)
            rows.append((where, at + self.offsets[t]))
        # Summed a block of characters at a time, so that the block's scores stay in the
        # cache while every template's rows are added to them (in the same order for
        # every character, so the sums do not depend on the block size).
        buffer = np.empty((min(n, SUM_BLOCK), len(self.labels)), dtype=DTYPE)
        for start in range(0, n, SUM_BLOCK):
            stop = min(n, start + SUM_BLOCK)
            block = scores[start:stop]
            for where, at in rows:
                if where is None:
                    block += np.take(self.table, at[start:stop], axis=0, out=buffer[:stop - start])
                else:
                    lo, hi = np.searchsorted(where, (start, stop))
                    if hi > lo:
                        block[where[lo:hi] - start] += self.table[at[lo:hi]]
        if self.network is not None:
            scores += self.network.scores(feats, bounds)
        return scores

    def decode(self, scores: np.ndarray, bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """The best label of every character: each segment decoded on its own."""
        return self.decode_many([(scores, bounds)])[0]

    def decode_many(self, texts: Sequence[tuple[np.ndarray, Sequence[tuple[int, int]]]],
                    confidence: list[np.ndarray] | None = None) -> list[np.ndarray]:
        """``decode`` for many texts at once (``_decode`` of all their characters). Where
        ``confidence`` is a list, it gets per text the probability of each chosen label."""
        if not texts:
            return []
        cuts = np.cumsum([len(scores) for scores, _ in texts])[:-1]
        labels, probs = self._decode(np.concatenate([scores for scores, _ in texts]),
                                     end_to_end([bounds for _, bounds in texts], cuts), confidence is not None)
        return _apart(labels, probs, cuts, confidence)

    def _decode(self, scores: np.ndarray, segments: Sequence[tuple[int, int]],
                confident: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
        """The best label of every character of ``scores``, each segment (start, end)
        decoded on its own, and with ``confident`` the probability of each (1 outside a
        segment with a mention). The segments, longest first, go through Viterbi packed
        (``Packed``) a batch at a time, so each step of the loop serves hundreds of them."""
        best = np.full(len(scores), self.outside_at, dtype=np.int64)  # in Viterbi's order of labels
        probs = np.ones(len(scores), dtype=DTYPE) if confident else None
        kept = sorted(((s, e - s) for s, e in segments if e > s), key=lambda x: -x[1])
        for i in range(0, len(kept), BATCH):
            starts, lengths = (np.array(x, dtype=np.int64) for x in zip(*kept[i:i + BATCH], strict=True))
            packed = Packed.of(starts, lengths)
            best[packed.at] = viterbi(self._packed_scores(scores, packed), packed, self.ordered, self.moves)
            if probs is None:
                continue
            # Confidence where there is something to be confident of: segments with a mention.
            labelled = np.zeros(len(lengths), dtype=bool)
            labelled[packed.segment[best[packed.at] != self.outside_at]] = True
            if not labelled.any():
                continue
            some = Packed.of(starts[labelled], lengths[labelled])
            chosen = best[some.at]
            probs[some.at] = marginals(self._packed_scores(scores, some), some, self.ordered)[
                np.arange(len(chosen)), chosen]
        return self.moves.order[best], probs

    def _packed_scores(self, scores: np.ndarray, packed: Packed) -> np.ndarray:
        """The rows of ``scores`` that ``packed`` holds, labels in Viterbi's order."""
        return np.take(scores, packed.at, axis=0)[:, self.moves.order]

    def tag_many(self, items: Sequence[tuple[str, object, object]]) -> list[list[Tagged]]:
        """Mentions in each of many (text, tokens, hits), decoded together, each with its
        confidence: the least probability of the labels it is made of."""
        if not items:
            return []
        labels, probs, cuts = self._labelled(items, [segment_bounds(text) for text, _, _ in items], True)
        return self._mentions(labels, probs, cuts)

    def label_many(self, items: Sequence[tuple[str, object, object]], bounds: Sequence[Sequence[tuple[int, int]]],
                   confidence: list[np.ndarray] | None = None) -> list[np.ndarray]:
        """The label numbers of each of many (text, tokens, hits), each cut into its
        ``bounds``; ``confidence`` as for ``decode_many``."""
        return _apart(*self._labelled(items, bounds, confidence is not None), confidence)

    def _labelled(self, items: Sequence[tuple[str, object, object]], bounds: Sequence[Sequence[tuple[int, int]]],
                  confident: bool) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """``_decode`` of the texts of many (text, tokens, hits) laid one after another,
        and where each text after the first starts. Features and their lookup are
        computed for all the texts at once: numpy's cost per call, not per character,
        dominates short texts."""
        cuts = np.cumsum([len(text) for text, _, _ in items])[:-1]
        segments = end_to_end(bounds, cuts)
        return (*self._decode(self.emissions(features_many(items, bounds), segments), segments, confident), cuts)

    def _mentions(self, labels: np.ndarray, probs: np.ndarray, cuts: np.ndarray) -> list[list[Tagged]]:
        """The mentions of texts laid one after another (text i + 1 from ``cuts[i]``),
        from their label numbers as decoded (well-formed paths: a mention opens with B
        or S and every I or E goes on with one), each with the least of its labels'
        ``probs``; per text, at its own offsets."""
        prefix = self.prefixes[labels]
        going = (prefix == "I") | (prefix == "E")
        opens = np.flatnonzero((prefix != "O") & ~going)
        closes = np.flatnonzero((prefix != "O") & ~np.append(going[1:], False)) + 1
        least = np.minimum.reduceat(np.append(probs, 1), np.stack([opens, closes], axis=1).reshape(-1))[::2]
        owner = np.searchsorted(cuts, opens, side="right")
        first = np.concatenate([[0], cuts])[owner]
        found: list[list[Tagged]] = [[] for _ in range(len(cuts) + 1)]
        for text, start, end, kind, confidence in zip(owner.tolist(), (opens - first).tolist(),
                                                       (closes - first).tolist(), self.kinds[labels[opens]].tolist(),
                                                       least.tolist(), strict=True):
            found[text].append(Tagged(start, end, kind, confidence))
        return found

    def tag(self, text: str, tokens, hits) -> list[str]:
        bounds = segment_bounds(text)
        feats = features(text, tokens, hits, bounds)
        return [self.labels[i] for i in self.decode(self.emissions(feats, bounds), bounds)]

    def spans(self, text: str, tokens, hits) -> list[Tagged]:
        return self.tag_many([(text, tokens, hits)])[0]


def _apart(labels: np.ndarray, probs: np.ndarray | None, cuts: np.ndarray,
           confidence: list[np.ndarray] | None) -> list[np.ndarray]:
    """The labels of texts laid one after another, text by text (text i + 1 from
    ``cuts[i]``); their ``probs`` likewise added to ``confidence`` where it is a list."""
    if confidence is not None:
        confidence.extend(np.split(probs, cuts))
    return np.split(labels, cuts)


def end_to_end(bounds: Sequence[Sequence[tuple[int, int]]], cuts: np.ndarray) -> list[tuple[int, int]]:
    """The segments of texts laid one after another, where text i + 1 starts at
    ``cuts[i]``: each text's ``bounds`` moved to where it starts."""
    return [(s + at, e + at) for at, own in zip([0, *cuts.tolist()], bounds, strict=True) for s, e in own]


def _through(keys: dict[str, np.ndarray], weights: dict[str, np.ndarray], template: str,
             view: str | None, n_labels: int) -> tuple[np.ndarray, np.ndarray]:
    """A template's values and weights through a view: the shared ones, plus the view's
    copy where it has one (values of either, weights summed)."""
    shared = keys.get(template, np.zeros(0, dtype=np.int64))
    rows = weights.get(template, np.zeros((0, n_labels)))
    copy = f"{view}|{template}"
    if view is None or copy not in keys:
        return shared, rows
    values = np.union1d(shared, keys[copy])
    summed = np.zeros((len(values), rows.shape[1]), dtype=rows.dtype)
    summed[np.searchsorted(values, shared)] += rows
    summed[np.searchsorted(values, keys[copy])] += weights[copy]
    return values, summed


BATCH = 2048
SUM_BLOCK = 4096  # characters whose emission scores are summed together
# Single precision: half the memory traffic of crfsuite's doubles; the scores differ from
# crfsuite's by about 1e-6 and the decisions are the same (tested).
DTYPE = np.float32
TINY = 1e-30  # where every path through a step underflows, its probabilities are 0


@dataclass(frozen=True)
class Packed:
    """Segments laid out step by step, as PyTorch's ``PackedSequence``: the first
    character of every segment, then the second of every segment that has one, and so
    on. Segments are longest first, so those still going at a step are a prefix of them
    and a step's characters are one stretch of rows: numpy's calls at each step read
    and write contiguous memory, and no row is padding."""

    at: np.ndarray       # per row, the character it holds
    segment: np.ndarray  # per row, its segment (0 the longest)
    steps: np.ndarray    # per step, its first row; then the number of rows
    lengths: np.ndarray  # per segment, longest first

    @classmethod
    def of(cls, starts: np.ndarray, lengths: np.ndarray) -> Packed:
        """Segments starting at ``starts``, ``lengths`` long (longest first, none empty).

        >>> p = Packed.of(np.array([10, 0, 5]), np.array([3, 2, 1]))
        >>> p.at.tolist(), p.segment.tolist(), p.steps.tolist()
        ([10, 0, 5, 11, 1, 12], [0, 1, 2, 0, 1, 0], [0, 3, 5, 6])
        """
        longest = int(lengths[0]) if len(lengths) else 0
        # At step t, the segments longer than t.
        going = len(lengths) - np.cumsum(np.bincount(lengths, minlength=longest + 1))[:longest]
        steps = np.concatenate([[0], np.cumsum(going)])
        segment = np.arange(steps[-1]) - np.repeat(steps[:-1], going)
        at = starts[segment] + np.repeat(np.arange(longest), going)
        return cls(at, segment, steps, lengths)

    def rows(self, t: int) -> slice:
        """The rows of step ``t``."""
        return slice(int(self.steps[t]), int(self.steps[t + 1]))


def marginals(scores: np.ndarray, packed: Packed, transitions: np.ndarray) -> np.ndarray:
    """P(label at row) for emission ``scores`` laid out by ``packed``, by forward-backward
    in probability space, each step rescaled so nothing overflows (the per-step scales
    cancel in the marginals); the steps are matrix products."""
    with np.errstate(over="ignore", under="ignore", divide="ignore", invalid="ignore"):
        return np.nan_to_num(_forward_backward(scores, packed, transitions), nan=0.0, posinf=0.0, neginf=0.0)


def _forward_backward(scores: np.ndarray, packed: Packed, transitions: np.ndarray) -> np.ndarray:
    move = np.exp(transitions - transitions.max())
    emit = np.exp(scores - scores.max(axis=1, keepdims=True))
    alpha = np.empty_like(scores)
    first = packed.rows(0)
    alpha[first] = emit[first] / np.maximum(emit[first].sum(axis=1, keepdims=True), TINY)
    for t in range(1, len(packed.steps) - 1):
        here, before = packed.rows(t), int(packed.steps[t - 1])
        step = (alpha[before:before + here.stop - here.start] @ move) * emit[here]
        alpha[here] = step / np.maximum(step.sum(axis=1, keepdims=True), TINY)
    beta = np.empty_like(scores)
    beta[packed.steps[packed.lengths - 1] + np.arange(len(packed.lengths))] = 1.0  # each segment's last row
    for t in range(len(packed.steps) - 3, -1, -1):
        after, here = packed.rows(t + 1), int(packed.steps[t])
        step = (emit[after] * beta[after]) @ move.T
        beta[here:here + after.stop - after.start] = step / np.maximum(step.sum(axis=1, keepdims=True), TINY)
    joint = alpha * beta
    return joint / np.maximum(joint.sum(axis=1, keepdims=True), TINY)


@dataclass(frozen=True)
class Moves:
    """Which label may follow which, for a B/I/E/S/O scheme: a mention opens (O, B-x, S-x)
    only after one has closed (O, E-x, S-x; with no E labels, after any label), and goes on
    (I-x, E-x) only from its own B-x or I-x. Viterbi searches these moves alone, reading
    the labels in an order of its own where each kind of move is one block: every B-x,
    O, every S-x, every E-x, every I-x (the kinds in one order)."""

    order: np.ndarray  # at each place of Viterbi's order, the label's index in the model's
    opens: slice       # O, B-x, S-x: what may open a mention, or stay outside
    closers: slice     # O, E-x, S-x (every label when there are no E labels)
    inside: slice      # E-x then I-x (I-x alone without E): what goes on with a mention
    begun: slice       # the B-x, kind by kind
    going: slice       # the I-x, kind by kind
    kinds: int

    @classmethod
    def of(cls, labels: Sequence[str]) -> Moves:
        def block(prefix: str) -> list[str]:
            return sorted(label[2:] for label in labels if label.startswith(prefix))

        kinds = block("B-")
        ends, singles = block("E-"), block("S-")
        if "O" not in labels or block("I-") != kinds or ends not in ([], kinds) or \
                len(labels) != 1 + len(kinds) * (2 + bool(ends)) + len(singles) or not set(singles) <= set(kinds):
            raise ValueError(f"not a B/I/E/S/O label set: {list(labels)}")
        index = {label: i for i, label in enumerate(labels)}
        names = ([f"B-{k}" for k in kinds] + ["O"] + [f"S-{k}" for k in singles]
                 + [f"E-{k}" for k in ends] + [f"I-{k}" for k in kinds])
        k, outside = len(kinds), len(kinds)
        inside = outside + 1 + len(singles)
        return cls(np.array([index[name] for name in names], dtype=np.int64),
                   opens=slice(0, inside), closers=slice(outside, len(names) - k) if ends else slice(0, len(names)),
                   inside=slice(inside, len(names)), begun=slice(0, k), going=slice(len(names) - k, len(names)),
                   kinds=k)


def viterbi(scores: np.ndarray, packed: Packed, transitions: np.ndarray, moves: Moves) -> np.ndarray:
    """Best well-formed paths of segments whose emission ``scores`` (rows, labels) are
    laid out by ``packed``: per row, its label. Labels (and ``transitions``) are in
    ``moves.order``; crfsuite's model: state and transition scores only, no start or
    end weights. A path python-crfsuite finds is found too whenever it is well-formed
    (tested); moves the label scheme forbids are not searched, and each kind of move is
    a block of labels, so each step is a few slices of the step's rows."""
    k = moves.kinds
    repeat = (moves.inside.stop - moves.inside.start) // max(k, 1)  # E and I blocks, or I alone
    # Per opening label, the score of coming from each closing one.
    to_open = np.ascontiguousarray(transitions[moves.closers, moves.opens].T)[None]
    # Per inside label (block by block, kind by kind), from its kind's B and its kind's I.
    kind = np.tile(np.arange(k), repeat)
    inner = np.arange(moves.inside.start, moves.inside.stop)
    from_begun = transitions[moves.begun.start + kind, inner].reshape(repeat, k)[None]
    from_going = transitions[moves.going.start + kind, inner].reshape(repeat, k)[None]
    first_closer = moves.closers.start
    begun_at = (moves.begun.start + kind).reshape(repeat, k).astype(np.int8)
    went = np.int8(moves.going.start - moves.begun.start)
    # Per segment, each label's best score at the segment's latest step (kept past its end).
    score = scores[packed.rows(0)].copy()
    # Segments start outside a mention: the first label opens one or is O.
    score[:, moves.inside] = -np.inf
    back = np.zeros(scores.shape, dtype=np.int8)  # per row and label, the best label at the step before
    steps = len(packed.steps) - 1
    for t in range(1, steps):
        here = packed.rows(t)
        live = here.stop - here.start  # segments are longest first: the live ones are a prefix
        prev, now = score[:live], scores[here]
        cand = prev[:, None, moves.closers] + to_open
        arg = cand.argmax(axis=2)
        best_open = np.take_along_axis(cand, arg[:, :, None], axis=2)[:, :, 0]
        begun = prev[:, None, moves.begun] + from_begun
        going = prev[:, None, moves.going] + from_going
        stay = going > begun  # on a tie the B, as a dense argmax over label order picks
        inside = np.where(stay, going, begun).reshape(live, -1)
        back[here, moves.opens] = arg + first_closer
        back[here, moves.inside] = (begun_at + stay * went).reshape(live, -1)
        score[:live, moves.opens] = best_open + now[:, moves.opens]
        score[:live, moves.inside] = inside + now[:, moves.inside]
    # ... and end closed: the last label is O or closes a mention.
    score[:, :moves.closers.start] = score[:, moves.closers.stop:] = -np.inf
    path = np.zeros(len(scores), dtype=np.int64)
    current = score.argmax(axis=1)
    for t in range(steps - 1, -1, -1):
        here = packed.rows(t)
        live = here.stop - here.start
        path[here] = current[:live]
        if t > 0:
            current[:live] = back[np.arange(here.start, here.stop), current[:live]]
    return path


def spans_of(labels: Sequence[str]) -> list[Tagged]:
    """Mentions from BIOES labels; a stretch that is not closed properly still counts
    from its B (or stray I/E) to where it stops.

    >>> [(x.start, x.end, x.label) for x in spans_of(["B-PERSON", "E-PERSON", "O", "S-PLACE", "B-AGENCY", "I-AGENCY"])]
    [(0, 2, 'PERSON'), (3, 4, 'PLACE'), (4, 6, 'AGENCY')]
    """
    found: list[Tagged] = []
    start, kind = None, None
    for i, label in enumerate(list(labels) + ["O"]):
        prefix, _, name = label.partition("-")
        if start is not None and (prefix in ("O", "B", "S") or name != kind):
            found.append(Tagged(start, i, kind))
            start, kind = None, None
        if prefix == "S":
            found.append(Tagged(i, i + 1, name))
        elif prefix in ("B", "I", "E") and start is None:
            start, kind = i, name
        if prefix == "E" and start is not None:
            found.append(Tagged(start, i + 1, kind))
            start, kind = None, None
    return found


@lru_cache(maxsize=3)
def shipped(network: str | None = LIGHT) -> Model | None:
    """The model that ships in the package, loaded once per process, reading its
    ``network`` where it has it (``Model.load``); None where the package has no model."""
    resource = files("kg").joinpath("models", MODEL)
    if not resource.is_file():
        return None
    with as_file(resource) as path:
        return Model.load(path, network=network)


def card() -> dict:
    """The shipped model's card: data, features, seed, scores."""
    return json.loads(files("kg").joinpath("models", CARD).read_text(encoding="utf-8"))
