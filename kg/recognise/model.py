"""The trained recogniser as numpy arrays: a linear-chain CRF decoded by Viterbi.

A model file (``.npz``) holds, per feature template, the sorted values the model has
weights for and a matrix of those weights (one row per value, one column per label),
the label-to-label transition weights and the label names. Tagging looks every
character's values up with ``searchsorted``, sums the rows into emission scores and
runs Viterbi over all segments of a text at once, step by step across the batch: the
same decision python-crfsuite's tagger makes (tested), at numpy speed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import numpy as np

from .features import features, segment_bounds

MODEL = "recogniser.npz"
CARD = "recogniser.json"


@dataclass(frozen=True, slots=True)
class Tagged:
    """A stretch the recogniser labelled, with its confidence."""

    start: int
    end: int
    label: str
    confidence: float = 1.0


class Model:
    """Weights by template; ``tag`` labels every character of a text."""

    def __init__(self, labels: Sequence[str], transitions: np.ndarray,
                 keys: dict[str, np.ndarray], weights: dict[str, np.ndarray]) -> None:
        self.labels = tuple(labels)
        self.transitions = transitions
        self.keys = keys
        # One extra zero row per template for values the model has no weight for.
        self.weights = {t: np.vstack([w, np.zeros((1, len(labels)), dtype=w.dtype)])
                        for t, w in weights.items()}
        self.outside = self.labels.index("O")
        # Templates whose values are small (characters of the Basic Multilingual Plane,
        # classes, lexicon positions) are looked up in a dense table, not by search.
        self.tables: dict[str, np.ndarray] = {}
        for t, k in keys.items():
            if len(k) and int(k.max()) < DENSE:
                table = np.full(DENSE, len(k), dtype=np.int64)
                table[k] = np.arange(len(k))
                self.tables[t] = table

    @classmethod
    def load(cls, path: Path) -> Model:
        with np.load(path, allow_pickle=False) as data:
            labels = json.loads(str(data["labels"]))
            keys, weights = {}, {}
            for t in json.loads(str(data["templates"])):
                keys[t] = data[f"keys:{t}"]
                weights[t] = data[f"weights:{t}"].astype(DTYPE)
            return cls(labels, data["transitions"].astype(DTYPE), keys, weights)

    def save(self, path: Path) -> None:
        arrays = {"labels": np.array(json.dumps(self.labels)),
                  "templates": np.array(json.dumps(sorted(self.keys))),
                  "transitions": self.transitions}
        for t in sorted(self.keys):
            arrays[f"keys:{t}"] = self.keys[t]
            arrays[f"weights:{t}"] = self.weights[t][:-1]
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)

    def emissions(self, feats: dict[str, np.ndarray]) -> np.ndarray:
        """Per character and label, the sum of the weights of its features."""
        n = len(feats["bias"])
        scores = np.zeros((n, len(self.labels)), dtype=DTYPE)
        for t, keys in self.keys.items():
            values = feats[t]
            table = self.tables.get(t)
            if table is not None:
                rows = table[np.where(values < DENSE, values, 0)]
                rows = np.where((values < DENSE) & (values != 0), rows, len(keys))
            else:
                at = np.searchsorted(keys, values)
                known = at < len(keys)
                known[known] = keys[at[known]] == values[known]
                rows = np.where(known & (values != 0), at, len(keys))
            scores += self.weights[t][rows]
        return scores

    def decode(self, scores: np.ndarray, bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """The best label of every character: each segment decoded on its own."""
        return self.decode_many([(scores, bounds)])[0]

    def decode_many(self, texts: Sequence[tuple[np.ndarray, Sequence[tuple[int, int]]]],
                    confidence: list[np.ndarray] | None = None) -> list[np.ndarray]:
        """``decode`` for many texts at once: their segments, longest first, go through
        Viterbi in batches, so each step of the loop serves hundreds of segments. Where
        ``confidence`` is a list, it gets per text the probability of each chosen label."""
        out = [np.full(len(scores), self.outside, dtype=np.int64) for scores, _ in texts]
        if confidence is not None:
            confidence.extend(np.ones(len(scores)) for scores, _ in texts)
        segments = [(e - s, t, s, e) for t, (_, bounds) in enumerate(texts) for s, e in bounds if e > s]
        segments.sort(key=lambda x: -x[0])
        for i in range(0, len(segments), BATCH):
            chunk = segments[i:i + BATCH]
            lengths = np.array([x[0] for x in chunk])
            batch = np.zeros((len(chunk), int(lengths[0]), len(self.labels)), dtype=DTYPE)
            for row, (n, t, s, e) in enumerate(chunk):
                batch[row, :n] = texts[t][0][s:e]
            best = viterbi(batch, lengths, self.transitions)
            for row, (n, t, s, e) in enumerate(chunk):
                out[t][s:e] = best[row, :n]
            if confidence is None:
                continue
            # Confidence where there is something to be confident of: segments with a mention.
            rows = [row for row in range(len(chunk)) if (best[row, :lengths[row]] != self.outside).any()]
            if not rows:
                continue
            probs = marginals(batch[rows], lengths[rows], self.transitions)
            for k, row in enumerate(rows):
                n, t, s, e = chunk[row]
                confidence[t][s:e] = probs[k, np.arange(n), best[row, :n]]
        return out

    def tag_many(self, items: Sequence[tuple[str, object, object]]) -> list[list[Tagged]]:
        """Mentions in each of many (text, tokens, hits), decoded together, each with its
        confidence: the least probability of the labels it is made of."""
        if not items:
            return []
        bounds = [segment_bounds(text) for text, _, _ in items]
        feats = [features(text, tokens, hits, b) for (text, tokens, hits), b in zip(items, bounds, strict=True)]
        # One lookup for all the texts: numpy's cost per call, not per character, dominates
        # short articles.
        scores = self.emissions({t: np.concatenate([f[t] for f in feats]) for t in feats[0]})
        cuts = np.cumsum([len(text) for text, _, _ in items])[:-1]
        prepared = list(zip(np.split(scores, cuts), bounds, strict=True))
        confidence: list[np.ndarray] = []
        found = []
        for labels, probs in zip(self.decode_many(prepared, confidence), confidence, strict=True):
            found.append([Tagged(x.start, x.end, x.label, float(probs[x.start:x.end].min()))
                          for x in spans_of([self.labels[i] for i in labels])])
        return found

    def tag(self, text: str, tokens, hits) -> list[str]:
        bounds = segment_bounds(text)
        feats = features(text, tokens, hits, bounds)
        return [self.labels[i] for i in self.decode(self.emissions(feats), bounds)]

    def spans(self, text: str, tokens, hits) -> list[Tagged]:
        return self.tag_many([(text, tokens, hits)])[0]


BATCH = 512
DENSE = 1 << 16
DTYPE = np.float64  # as crfsuite sums: the tagger decides exactly as it does (tested)
TINY = 1e-300  # where every path through a step underflows, its probabilities are 0


def marginals(batch: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """P(label at position) for a batch laid out as for ``viterbi`` (longest first), by
    forward-backward in probability space, each step rescaled so nothing overflows
    (the per-step scales cancel in the marginals); the steps are matrix products."""
    with np.errstate(over="ignore", under="ignore", divide="ignore", invalid="ignore"):
        probs = _forward_backward(batch, lengths, transitions)
    return np.nan_to_num(probs, nan=0.0, posinf=0.0, neginf=0.0)


def _forward_backward(batch: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    segments, longest, n_labels = batch.shape
    emit = np.exp(batch - batch.max(axis=2, keepdims=True))
    move = np.exp(transitions - transitions.max())
    alpha = np.empty_like(emit)
    alpha[:, 0] = emit[:, 0] / np.maximum(emit[:, 0].sum(axis=1, keepdims=True), TINY)
    live = segments
    for t in range(1, longest):
        while live and lengths[live - 1] <= t:
            live -= 1
        step = (alpha[:live, t - 1] @ move) * emit[:live, t]
        alpha[:live, t] = step / np.maximum(step.sum(axis=1, keepdims=True), TINY)
    beta = np.ones_like(emit)
    live = 0
    for t in range(longest - 2, -1, -1):
        while live < segments and lengths[live] > t + 1:
            live += 1
        step = (emit[:live, t + 1] * beta[:live, t + 1]) @ move.T
        beta[:live, t] = step / np.maximum(step.sum(axis=1, keepdims=True), TINY)
    joint = alpha * beta
    return joint / np.maximum(joint.sum(axis=2, keepdims=True), TINY)


def viterbi(batch: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best paths of a batch of emission matrices (segments, positions, labels), segment
    ``i`` being ``lengths[i]`` long, longest first; crfsuite's model: state and transition
    scores only, no start or end weights."""
    segments, longest, n_labels = batch.shape
    score = batch[:, 0, :].copy()
    back = np.zeros((segments, longest, n_labels), dtype=np.int64)
    live = segments
    for t in range(1, longest):
        while live and lengths[live - 1] <= t:
            live -= 1  # segments are longest first: the live ones are a prefix
        cand = score[:live, :, None] + transitions[None, :, :]
        arg = cand.argmax(axis=1)
        back[:live, t, :] = arg
        score[:live] = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0, :] + batch[:live, t, :]
    path = np.zeros((segments, longest), dtype=np.int64)
    current = score.argmax(axis=1)
    rows = np.arange(segments)
    live = 0
    for t in range(longest - 1, -1, -1):
        while live < segments and lengths[live] > t:
            live += 1
        path[:live, t] = current[:live]
        if t > 0:
            current[:live] = back[rows[:live], t, current[:live]]
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


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model that ships in the package, loaded once per process; None if absent."""
    resource = files("kg").joinpath("models", MODEL)
    if not resource.is_file():
        return None
    with as_file(resource) as path:
        return Model.load(path)


def card() -> dict:
    """The shipped model's card: data, features, seed, scores."""
    return json.loads(files("kg").joinpath("models", CARD).read_text(encoding="utf-8"))
