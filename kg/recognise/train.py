"""Train the recogniser on the public corpora: ``kg train`` (python-crfsuite, PyTorch).

    kg train ../shared/corpora -o kg/models

reads the training parts (``corpora.parts``), computes the features of every sentence
once with the pipeline's own segmenter and gazetteer, trains a linear-chain CRF with
python-crfsuite (L-BFGS, L1 and L2) and converts it to the numpy model the tagger
loads, then trains two networks on the same features, each on its own (``train_network``:
a light one of convolutions alone, which the build reads by default, and a full one with
LSTMs after them; ``--crf`` takes an earlier model's CRF instead of training one),
scores the CRF alone and with each network on every held-out part, and writes the model
and its card (data files with checksums, sizes, features, settings, seed, scores).
"""

from __future__ import annotations

import hashlib
import json
import random
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ..lexicon import CHAR_VECTORS, char_vectors_file, char_vectors_source
from .corpora import Part, Sentence, governments_joined, parts, read_silver, unannotated
from .evaluate import BATCH, batched, model_pairs
from .features import TEMPLATES, attributes, features, features_many
from .model import CARD, FULL, LIGHT, MODEL, Model
from .network import TEMPLATES as NETWORK_TEMPLATES
from .network import Network
from .score import Score, score
from .train_network import NetworkSettings, encode, fit_network, vocabulary

SILVER = "silver"  # the name of the training part read from ``Settings.silver``


@dataclass(frozen=True)
class Settings:
    """What a training run is told; written to the card."""

    iterations: int = 200
    c1: float = 0.05         # L1: drops weak features, keeps the model small
    c2: float = 0.05         # L2
    min_freq: int = 2        # features seen fewer times are not used
    limit: int | None = None  # sentences per training part (a slice, for CI)
    seed: int = 13
    parts: tuple[str, ...] = field(default=())  # training parts to use; () for all
    # Parts the CRF sees more than once, or not at all (the network's:
    # ``NetworkSettings.repeat``): CLUENER's news of companies and bodies weighs against
    # MSRA's six times larger 1998 text (chosen on the tuning parts); the silver
    # sentences are the network's alone: a CRF trained on them as well did no better on
    # the tuning parts (the README has the figures).
    repeat: tuple[tuple[str, int], ...] = (("cluener-train", 2), (SILVER, 0))
    scheme: str = "BIOES"     # or "BIO": fewer labels, a faster tagger
    # Per-corpus copies of features.VIEW_TEMPLATES, and the view the saved model is read
    # through (None: the shared weights only). Off for the shipped model: each corpus's
    # view scores best on that corpus, but on the tuning parts of the others no view, nor
    # their mean, reached the model trained without copies (the README has the figures).
    views: bool = False
    view: str | None = None
    # The second experts, each trained on the same sentences after the CRF, on its own;
    # None for none. The full network (kg build --network) and the light one the build
    # reads by default: convolutions alone, 32 wide (chosen on the tuning parts against 64
    # wide, by a rule fixed before: its tuning sum within 0.005 of the wider one's, the
    # seeds no worse, its cost under an eighth of the build's; the README has the
    # figures). A fo-pooling after its convolutions (``kg train --pooling 32``) did
    # better on unseen text but cost the seed pages (the README has the figures).
    network: NetworkSettings | None = NetworkSettings()
    light: NetworkSettings | None = NetworkSettings(width=32, recurrent=0)
    crf: str | None = None  # a model file whose CRF is taken as it is (only the network trained)
    # Sentences labelled by another tagger (``corpora.read_silver``), a training part of
    # their own (``SILVER``); None for the annotated corpora alone.
    silver: str | None = None


def view_of(part: str) -> str:
    """The corpus a part comes from, the name of its view: People's Daily 1998 is
    MSRA's source."""
    corpus = part.partition("-")[0]
    return "msra" if corpus == "pd" else corpus


def bioes(sentence: Sentence, scheme: str = "BIOES") -> list[str]:
    """Each character's label: B, I, E (S for one character) of a mention's type, or O;
    with ``scheme="BIO"`` only B and I."""
    labels = ["O"] * len(sentence.text)
    for start, end, kind in sentence.spans:
        if any(label != "O" for label in labels[start:end]):
            continue  # nested or overlapping mentions: keep the first
        if end - start == 1:
            labels[start] = f"S-{kind}"
        else:
            labels[start] = f"B-{kind}"
            labels[start + 1:end - 1] = [f"I-{kind}"] * (end - start - 2)
            labels[end - 1] = f"E-{kind}"
    if scheme == "BIO":
        labels = [("B" if x[0] == "S" else "I" if x[0] == "E" else x[0]) + x[1:] for x in labels]
    return labels


class Featurizer:
    """The pipeline's segmenter and gazetteer, to describe sentences as the tagger will."""

    def __init__(self) -> None:
        from ..extract.gazetteer import Gazetteer
        from ..segment import Segmenter

        self.gazetteer = Gazetteer()
        self.segmenter = Segmenter(self.gazetteer.words)

    def __call__(self, text: str) -> dict[str, np.ndarray]:
        return features(text, self.segmenter(text), self.gazetteer.hits(text), [(0, len(text))])

    def many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The features of many texts, each whole, one after another."""
        return features_many([(text, *self.context(text)) for text in texts], [[(0, len(text))] for text in texts])

    def context(self, text: str):
        return self.segmenter(text), self.gazetteer.hits(text)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def to_numpy(crfsuite_model: Path) -> Model:
    """The trained crfsuite model as the tagger's arrays."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    labels = sorted(info.labels)
    index = {label: i for i, label in enumerate(labels)}
    transitions = np.zeros((len(labels), len(labels)))
    for (a, b), w in info.transitions.items():
        transitions[index[a], index[b]] = w
    by_template: dict[str, dict[int, np.ndarray]] = {}
    for (attribute, label), w in info.state_features.items():
        template, _, value = attribute.rpartition("=")
        rows = by_template.setdefault(template, {})
        row = rows.setdefault(int(value), np.zeros(len(labels)))
        row[index[label]] = w
    keys, weights = {}, {}
    for template, rows in by_template.items():
        values = np.array(sorted(rows), dtype=np.int64)
        keys[template] = values
        weights[template] = np.array([rows[v] for v in values.tolist()])
    tagger.close()
    return Model(labels, transitions, keys, weights)


def evaluate(model: Model, featurize: Featurizer, held_out: Sequence[Part]) -> dict[str, dict]:
    """Scores on each held-out part: fine types, and coarse (one ORG) for MSRA and
    People's Daily, whose own scheme has only ORG. Each sentence is tagged as ``kg
    evaluate --what model`` tags it (cut into the tagger's segments), so the card's
    figures are the ones ``kg evaluate`` gives."""
    result = {}
    for part in held_out:
        pairs = list(model_pairs(model, featurize, part.sentences))
        result[part.name] = {"fine": _plain(score(pairs))}
        if part.name.startswith(("msra", "pd")):  # their own scheme has only ORG
            result[part.name]["coarse"] = _plain(score(pairs, merge_orgs=True))
    return result


def evaluate_views(model: Model, featurize: Featurizer, held_out: Sequence[Part]) -> dict[str, dict]:
    """``evaluate`` through each held-out part's own corpus view."""
    return {part.name: evaluate(model.through(view_of(part.name)), featurize, [part])[part.name]
            for part in held_out if view_of(part.name) in model.views}


def _plain(scores: dict[str, Score]) -> dict[str, dict]:
    return {t: {"gold": s.gold, "system": s.system, "correct": s.correct, "precision": round(s.precision, 4),
                "recall": round(s.recall, 4), "f1": round(s.f1, 4)} for t, s in scores.items()}


@dataclass
class Prepared:
    """A training part as both learners read it: its sentences' features one after
    another, each sentence's labels, and how many times the CRF sees it."""

    name: str
    sentences: list[Sentence]
    feats: dict[str, np.ndarray]
    offsets: np.ndarray
    labels: list[list[str]]
    times: int


def prepare(training: Sequence[Part], featurize: Featurizer, settings: Settings, log=print) -> list[Prepared]:
    """Each training part's sentences (a sample of ``settings.limit``), described as
    the tagger describes them and labelled."""
    rng = random.Random(settings.seed)
    prepared = []
    for part in training:
        sentences = list(part.sentences)
        if settings.limit is not None and len(sentences) > settings.limit:
            sentences = rng.sample(sentences, settings.limit)
        columns = [featurize.many([s.text for s in chunk]) for chunk in batched(sentences, BATCH)]
        feats = {t: np.concatenate([c[t] for c in columns]) if columns else np.zeros(0, dtype=np.int64)
                 for t in TEMPLATES}
        offsets = np.concatenate([[0], np.cumsum([len(s.text) for s in sentences])]).astype(np.int64)
        prepared.append(Prepared(part.name, sentences, feats, offsets,
                                 [bioes(s, settings.scheme) for s in sentences],
                                 dict(settings.repeat).get(part.name, 1)))
        log(f"{part.name}: {len(sentences)} sentences")
    return prepared


def fit(prepared: Sequence[Prepared], settings: Settings, path: Path, log=print) -> None:
    """Train a crfsuite model on the prepared parts into ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for part in prepared:
        if not part.times:
            continue
        view = view_of(part.name) if settings.views else None
        for i, labels in enumerate(part.labels):
            xseq = attributes(part.feats, int(part.offsets[i]), int(part.offsets[i + 1]), view)
            for _ in range(part.times):
                trainer.append(xseq, labels)
    trainer.set_params({"c1": settings.c1, "c2": settings.c2, "max_iterations": settings.iterations,
                        "feature.minfreq": settings.min_freq, "feature.possible_transitions": True})
    log(f"training the CRF ({settings.iterations} iterations) ...")
    trainer.train(str(path))


def network_for(model: Model, prepared: Sequence[Prepared], settings: NetworkSettings, log=print) -> Network:
    """A network for the model's labels trained on the prepared parts, each seen as many
    times as ``settings.repeat`` says: a second expert for its CRF (their transitions summed)."""
    keys = vocabulary([part.feats for part in prepared], settings)
    data = [(encode(keys, part.feats, _label_numbers(model, part, settings), np.diff(part.offsets)),
             dict(settings.repeat).get(part.name, 1)) for part in prepared]
    return fit_network(data, keys, len(model.labels), settings, log)


def _label_numbers(model: Model, part: Prepared, settings: NetworkSettings) -> np.ndarray:
    """The part's labels as numbers, one after another, as the network reads them: with
    ``settings.msra`` "joined", an MSRA sentence's places with their government's word
    after them joined into agencies (``corpora.governments_joined``) and the stretches
    its scheme leaves undecided unknown (-1; ``corpora.unannotated``)."""
    index = {label: i for i, label in enumerate(model.labels)}
    if settings.msra != "joined" or view_of(part.name) != "msra":
        return np.array([index[x] for labels in part.labels for x in labels], dtype=np.int64)
    scheme = "BIOES" if any(label.startswith("E-") for label in model.labels) else "BIO"
    numbers = []
    for sentence in part.sentences:
        joined = governments_joined(sentence)
        labels = np.array([index[x] for x in bioes(joined, scheme)], dtype=np.int64)
        for start, end in unannotated(joined):
            labels[start:end] = -1
        numbers.append(labels)
    return np.concatenate(numbers) if numbers else np.zeros(0, dtype=np.int64)


def train(corpora: Path, out: Path, settings: Settings = Settings(), log=print) -> dict:
    """Train, convert, score and write ``out/recogniser.npz`` and its card."""
    started = time.perf_counter()
    featurize = Featurizer()
    everything = list(parts(corpora))
    training = [p for p in everything
                if not p.held_out and not p.tune and (not settings.parts or p.name in settings.parts)]
    held_out = [p for p in everything if p.held_out]
    if settings.silver is not None:
        training.append(Part(SILVER, tuple(read_silver(Path(settings.silver))), False))
    # The CRF of an earlier model, read before the hours of training that need it.
    earlier = Model.load(Path(settings.crf), network=None) if settings.crf is not None else None
    prepared = prepare(training, featurize, settings, log)
    used = {p.name: {"sentences": len(p.sentences), "characters": int(p.offsets[-1]), "times": p.times}
            for p in prepared}
    networks = {name: s for name, s in ((LIGHT, settings.light), (FULL, settings.network)) if s is not None}
    for name, entry in used.items():  # the networks' own repeats
        for network, s in networks.items():
            entry[f"{network}_network_times"] = dict(s.repeat).get(name, 1)
    crf_sha = _sha256(Path(settings.crf)) if settings.crf else None
    if earlier is not None:
        log(f"the CRF of {settings.crf}, trained before (not trained again)")
        model = earlier
    else:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "model.crfsuite"
            fit(prepared, settings, raw, log)
            model = to_numpy(raw).through(settings.view)
    trained = {}
    for name, s in networks.items():
        log(f"the {name} network:")
        trained[name] = network_for(model, prepared, s, log)
    del prepared
    Model(model.labels, model.transitions, model.keys, model.weights, model.view, trained).save(out / MODEL)
    log("scoring the held-out parts ...")
    # Each read back from the file, as the tagger reads it (embeddings in half precision).
    crf = Model.load(out / MODEL, network=None)
    scores = evaluate(crf, featurize, held_out)
    with_network = {name: evaluate(Model.load(out / MODEL, network=name), featurize, held_out) for name in trained}
    own_view = evaluate_views(crf, featurize, held_out)
    files = {}
    for name in ("boson.jsonl", "cluener_train.json", "msra_test.txt", "msra_train.txt", "peoples_daily_dev.txt",
                 "peoples_daily_test.txt"):
        path = corpora / name
        files[name] = {"sha256": _sha256(path), "bytes": path.stat().st_size}
    if settings.silver is not None:
        path = Path(settings.silver)
        files[path.name] = {"sha256": _sha256(path), "bytes": path.stat().st_size}
    card = {
        "model": MODEL,
        "what": f"character-level linear-chain CRF over {settings.scheme} labels of AGENCY, COMPANY, "
                "ORGANIZATION, PERSON, PLACE; trained with python-crfsuite, decoded in numpy"
                + (f"; its scores summed with those of one of its networks ({', '.join(sorted(trained))}: "
                   "light, convolutions alone, read by default; full, convolutions and then an LSTM either way, "
                   "read by kg build --network) over character, bigram, word and lexicon embeddings and "
                   "pretrained character vectors, each trained on its own with PyTorch"
                   if trained else ""),
        "network_templates": list(NETWORK_TEMPLATES) if trained else [],
        "pretrained": {"file": CHAR_VECTORS, "sha256": _sha256(char_vectors_file()), "source": char_vectors_source()}
        if trained else None,
        "labels": list(model.labels),
        "templates": list(TEMPLATES),
        "features": sum(len(k) for k in model.keys.values()),
        "settings": json.loads(json.dumps(asdict(settings))),  # tuples as lists
        "data": files,
        "training": used,
        "held_out": {p.name: {"sentences": len(p.sentences)} for p in held_out},
        "split": "MSRA: official test held out; People's Daily (dev and test): only the 9% of sentences that are "
                 "not in MSRA's training part, held out, none trained on; CLUENER train: every "
                 "10th line held out (index % 10 == 9); Boson: every 5th document held out (index % 5 == 4). "
                 "Kept for tuning the fusion, not trained on: CLUENER index % 10 == 8, Boson index % 5 == 3. "
                 "CLUENER's dev split and the Sogou samples are never read. MSRA, People's Daily and "
                 "Boson org_name are subtyped by their ending (corpora.org_type). "
                 + ("Silver labels: the network (not the CRF) is also trained on the sentences of "
                    f"{Path(settings.silver).name}, labelled by a tagger (tools/silver.py), none sharing 15 "
                    "characters with a held-out or tuning part." if settings.silver else "No silver labels."),
        "view": model.view,
        "views": list(model.views),
        "scores": scores,  # the CRF alone
        "scores_with_light": with_network.get(LIGHT, {}),  # the CRF and the light network, as kg build reads it
        "scores_with_network": with_network.get(FULL, {}),  # the CRF and the full network (kg build --network)
        "crf_from": {"file": Path(settings.crf).name, "sha256": crf_sha} if settings.crf else None,
        "scores_own_view": own_view,
        "seconds": round(time.perf_counter() - started),
        "model_bytes": (out / MODEL).stat().st_size,
    }
    (out / CARD).write_text(json.dumps(card, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                            encoding="utf-8")
    return card
