"""Fit the recogniser's network (``network.Network``) with PyTorch, for ``kg train``.

The network is trained on its own, on the same sentences as the CRF, with a CRF's
loss over its scores (its own transitions; the forward algorithm, batch by batch):
Adam, dropout on the embeddings and between layers, the step size shrinking each
epoch. Sentences go in batches of similar length, shuffled with the seed; PyTorch
runs on one thread, so the same data and seed give the same weights.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..lexicon import char_vectors
from .network import FIRST, FROZEN, PAD, SIZES, SMALL, SOURCE, TEMPLATES, Direction, Layer, Network, Pooling, given
from .network import rows as rows_of


@dataclass(frozen=True)
class NetworkSettings:
    """What the network's training is told; written to the card."""

    width: int = 64
    dilations: tuple[int, ...] = (1, 2, 4)
    # Units of each direction of an LSTM read after the convolutions (the whole
    # segment, either way), its numbers beside the last layer's; 0 for none (chosen
    # on the tuning parts among none, 32 and 64; 96 did no better for twice the cost).
    recurrent: int = 64
    # Units of each direction of a recurrence read after the convolutions (and the
    # LSTM) that has no product of its state per step: fo-pooling, as in Bradbury et
    # al.'s quasi-recurrent networks (2016). From one linear layer over the last
    # layer's numbers, per character a candidate z (tanh) and a forget gate f
    # (logistic); the state h = f * h + (1 - f) * z, read from the segment's start and
    # from its end. 0 for none.
    pooling: int = 0
    epochs: int = 12
    learning_rate: float = 1e-3
    decay: float = 0.8        # the step size is multiplied by this after each epoch
    batch: int = 32           # sentences per step
    dropout: float = 0.2
    min_count: int = 10       # bigrams and words seen fewer times share the unknown row
    seed: int = 13
    # Training parts the network sees more than once (the CRF's: ``Settings.repeat``):
    # CLUENER's news of companies and bodies six times and Boson's twice, against MSRA's
    # 1998 text, 6.7 times larger than CLUENER's (chosen on the tuning parts among
    # CLUENER twice, three times with Boson twice, four times, four with Boson twice,
    # six times, and six with Boson twice).
    repeat: tuple[tuple[str, int], ...] = (("cluener-train", 6), ("boson-train", 2))
    # How MSRA's sentences are read: "as labelled", or "joined": places with their
    # government's word after them made agencies and the stretches MSRA's scheme
    # leaves undecided unknown (``train._label_numbers``; chosen on the tuning parts).
    msra: Literal["joined", "as labelled"] = "joined"


@dataclass
class Encoded:
    """Sentences as the network's inputs: per character the row of each template's
    embedding, and its label; ``offsets`` bound the sentences."""

    rows: np.ndarray      # (characters, templates)
    labels: np.ndarray    # (characters,): -1 where the label is unknown
    offsets: np.ndarray   # (sentences + 1,)


def vocabulary(columns: Sequence[dict[str, np.ndarray]], settings: NetworkSettings) -> dict[str, np.ndarray]:
    """Per template, the values given an embedding: every value seen, but bigrams and
    words seen fewer than ``min_count`` times (characters: twice); for a template whose
    embeddings are given (``FROZEN``), every character they give."""
    keys = {}
    for t in TEMPLATES:
        if t in FROZEN:
            keys[t] = char_vectors()[0]
            continue
        values, counts = np.unique(np.concatenate([c[t] for c in columns]), return_counts=True)
        least = {"c0": 2, "b0": settings.min_count, "word": settings.min_count}.get(t, 1)
        keys[t] = values[counts >= least]
    return keys


def encode(keys: dict[str, np.ndarray], feats: dict[str, np.ndarray], labels: np.ndarray,
           lengths: Sequence[int]) -> Encoded:
    rows = np.stack([rows_of(keys[t], feats[SOURCE.get(t, t)]) for t in TEMPLATES], axis=1)
    return Encoded(rows, labels, np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64))


def fit_network(data: Sequence[tuple[Encoded, int]], keys: dict[str, np.ndarray], n_labels: int,
                settings: NetworkSettings, log: Callable[[str], None] = print) -> Network:
    """Train on ``data`` (encoded sentences, times each is seen)."""
    import torch
    from torch import nn

    torch.manual_seed(settings.seed)
    torch.set_num_threads(1)
    rng = np.random.default_rng(settings.seed)
    net = _Net(keys, n_labels, settings, nn)
    optimiser = torch.optim.Adam(net.parameters(), lr=settings.learning_rate)
    for epoch in range(settings.epochs):
        for group in optimiser.param_groups:
            group["lr"] = settings.learning_rate * settings.decay ** epoch
        batches = [b for encoded, times in data for b in _batches(encoded, settings.batch, rng, times)]
        total = 0.0
        for k in rng.permutation(len(batches)).tolist():
            rows, labels, mask = (torch.from_numpy(x) for x in _padded(*batches[k]))
            loss = _crf_loss(net(rows, mask), labels, mask, net.transitions, torch) / len(rows)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            total += float(loss.detach())
        log(f"network, epoch {epoch + 1}/{settings.epochs}: loss {total / max(len(batches), 1):.3f}")
    return net.export(keys)


def _batches(encoded: Encoded, size: int, rng: np.random.Generator, times: int):
    """The sentences, ``times`` over, shuffled, then cut into batches of similar length
    (sorted by length within runs of 50 batches)."""
    lengths = np.diff(encoded.offsets)
    order = np.tile(np.arange(len(lengths)), times)
    order = order[rng.permutation(len(order))]
    run = size * 50
    order = np.concatenate([chunk[np.argsort(lengths[chunk], kind="stable")]
                            for chunk in np.array_split(order, max(1, -(-len(order) // run)))]) if len(order) else order
    return [(encoded, order[i:i + size]) for i in range(0, len(order), size)]


def _padded(encoded: Encoded, sentences: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    starts, ends = encoded.offsets[sentences], encoded.offsets[sentences + 1]
    longest = int((ends - starts).max())
    rows = np.full((len(sentences), longest, encoded.rows.shape[1]), PAD, dtype=np.int64)
    labels = np.zeros((len(sentences), longest), dtype=np.int64)
    mask = np.zeros((len(sentences), longest), dtype=np.float32)
    for i, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        rows[i, :e - s] = encoded.rows[s:e]
        labels[i, :e - s] = encoded.labels[s:e]
        mask[i, :e - s] = 1
    return rows, labels, mask


def _crf_loss(scores, labels, mask, transitions, torch):
    """The batch's negative log-likelihood under a linear-chain CRF (no start or end
    weights, as crfsuite's). Where some labels are unknown (-1), the gold score is the
    log-sum over every path that agrees with the known ones (a forward pass with the
    other labels shut out), so those characters teach nothing either way."""
    if bool((labels < 0).any()):
        allowed = (labels[..., None] < 0) | (labels[..., None] == torch.arange(scores.shape[2]))
        shut = torch.where(allowed, 0.0, -1e4)
        both = _forward(torch.cat([scores, scores + shut]), torch.cat([mask, mask]), transitions, torch)
        every, agreeing = both.split(len(scores))
        return (every - agreeing).sum()
    gold = (scores.gather(2, labels[..., None])[..., 0] * mask).sum(1)
    gold = gold + (transitions[labels[:, :-1], labels[:, 1:]] * mask[:, 1:]).sum(1)
    return (_forward(scores, mask, transitions, torch) - gold).sum()


def _forward(scores, mask, transitions, torch):
    """Per sentence, the log-sum of the scores of every path (the forward algorithm)."""
    alpha = scores[:, 0]
    for t in range(1, scores.shape[1]):
        step = torch.logsumexp(alpha[:, :, None] + transitions[None], 1) + scores[:, t]
        alpha = torch.where(mask[:, t, None] > 0, step, alpha)
    return torch.logsumexp(alpha, 1)


def _Net(keys: dict[str, np.ndarray], n_labels: int, settings: NetworkSettings, nn):
    """The network as a torch module (built here so that torch is imported only to train)."""
    import torch

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            sizes = [SIZES.get(t, SMALL) for t in TEMPLATES]
            self.embeddings = nn.ModuleList([_pretrained(keys[t], nn) if t in FROZEN
                                             else nn.Embedding(len(keys[t]) + FIRST, size, padding_idx=PAD)
                                             for t, size in zip(TEMPLATES, sizes, strict=True)])
            self.projection = nn.Linear(sum(sizes), settings.width)
            self.layers = nn.ModuleList([nn.Conv1d(settings.width, settings.width, 3, dilation=d, padding=d)
                                         for d in settings.dilations])
            units = settings.recurrent
            self.recurrent = nn.LSTM(settings.width, units, batch_first=True, bidirectional=True) if units else None
            self.pooling = nn.Linear(settings.width, 4 * settings.pooling) if settings.pooling else None
            self.output = nn.Linear(settings.width + 2 * units + 2 * settings.pooling, n_labels)
            self.drop = nn.Dropout(settings.dropout)
            self.transitions = nn.Parameter(torch.zeros(n_labels, n_labels))
            nn.init.zeros_(self.output.weight)
            nn.init.zeros_(self.output.bias)

        def forward(self, rows, mask):
            x = torch.cat([e(rows[..., i]) for i, e in enumerate(self.embeddings)], -1)
            hidden = (torch.relu(self.projection(self.drop(x))) * mask[..., None]).transpose(1, 2)
            for layer in self.layers:
                hidden = (hidden + torch.relu(layer(self.drop(hidden)))) * mask[:, None, :]
            hidden = hidden.transpose(1, 2)
            read = [hidden]  # what the output layer reads: the last layer's numbers, then the recurrences'
            if self.recurrent is not None:
                lengths = mask.sum(1).long().cpu()
                packed = nn.utils.rnn.pack_padded_sequence(self.drop(hidden), lengths, batch_first=True,
                                                           enforce_sorted=False)
                read.append(nn.utils.rnn.pad_packed_sequence(self.recurrent(packed)[0], batch_first=True,
                                                             total_length=hidden.shape[1])[0])
            if self.pooling is not None:
                read.extend(self._pooled(hidden, mask))
            return self.output(self.drop(torch.cat(read, -1)))

        def _pooled(self, hidden, mask):
            """The fo-pooling's states, from each sentence's start and from its end."""
            z_forward, f_forward, z_backward, f_backward = self.pooling(self.drop(hidden)).chunk(4, -1)
            out = []
            for z, f, steps in ((z_forward, f_forward, range(hidden.shape[1])),
                                (z_backward, f_backward, range(hidden.shape[1] - 1, -1, -1))):
                f = torch.sigmoid(f)
                given = (1 - f) * torch.tanh(z)
                state = hidden.new_zeros(hidden.shape[0], f.shape[2])
                states = [state] * hidden.shape[1]
                for t in steps:  # past a sentence's end the state stays 0
                    state = (f[:, t] * state + given[:, t]) * mask[:, t, None]
                    states[t] = state
                out.append(torch.stack(states, 1))
            return out

        def export(self, keys: dict[str, np.ndarray]) -> Network:
            def array(p):
                return p.detach().numpy().astype(np.float32)

            return Network(dict(keys), {t: array(e.weight) for t, e in zip(TEMPLATES, self.embeddings, strict=True)},
                           array(self.projection.weight).T.copy(), array(self.projection.bias),
                           [Layer(array(layer.weight).transpose(2, 1, 0).copy(), array(layer.bias), layer.dilation[0])
                            for layer in self.layers],
                           array(self.output.weight).T.copy(), array(self.output.bias),
                           self.transitions.detach().numpy().astype(np.float64),
                           self._directions(array),
                           Pooling(array(self.pooling.weight).T.copy(), array(self.pooling.bias))
                           if self.pooling is not None else None)

        def _directions(self, array):
            if self.recurrent is None:
                return None
            lstm = self.recurrent
            return tuple(Direction(array(getattr(lstm, f"weight_ih_l0{end}")).T.copy(),
                                   array(getattr(lstm, f"weight_hh_l0{end}")).T.copy(),
                                   array(getattr(lstm, f"bias_ih_l0{end}")) + array(getattr(lstm, f"bias_hh_l0{end}")))
                         for end in ("", "_reverse"))

    return Net()


def _pretrained(keys: np.ndarray, nn):
    """A frozen embedding of ``keys`` (characters) by the package's character vectors."""
    import torch

    return nn.Embedding.from_pretrained(torch.from_numpy(given(keys)), freeze=True, padding_idx=PAD)
