"""The recogniser's network: the numpy forward pass the tagger runs against PyTorch's,
through a model file, segment by segment."""

from __future__ import annotations

import numpy as np
import pytest

from kg.recognise.model import FULL, LIGHT, Model
from kg.recognise.network import SOURCE, TEMPLATES, rows
from kg.recognise.train_network import NetworkSettings, _Net

torch = pytest.importorskip("torch")

LABELS = ["B-PERSON", "E-PERSON", "I-PERSON", "O", "S-PERSON"]


def _random_net(keys, seed=3):
    """A network with every weight random (a trained one starts its output at zero)."""
    torch.manual_seed(seed)
    net = _Net(keys, len(LABELS), NetworkSettings(width=16, dilations=(1, 2, 4)), torch.nn)
    with torch.no_grad():
        for p in net.parameters():
            if p.requires_grad:  # the given character vectors stay as they are
                p.normal_(0, 0.5)
        for e in net.embeddings:
            e.weight[0] = 0  # padding
            e.weight.copy_(e.weight.half().float())  # as the model file keeps them
    return net.eval()


def test_numpy_forward_matches_pytorch_segment_by_segment(tmp_path):
    rng = np.random.default_rng(5)
    # bigrams and words have values far past the code points: the tagger finds them by hash
    big = {t: (1 << 40) if t in ("b0", "word") else 0 for t in TEMPLATES}
    keys = {t: np.sort(rng.choice(np.arange(1, 60), size=30, replace=False)) + big[t] for t in TEMPLATES}
    net = _random_net(keys)
    bounds = [(0, 9), (9, 10), (10, 16)]  # a segment of one character among them
    n = bounds[-1][1]
    feats = {t: rng.integers(0, 70, n) + big[t] for t in TEMPLATES}  # some values have no embedding
    model = Model(LABELS, np.zeros((5, 5)), {}, {}, networks={LIGHT: net.export(keys)})
    model.save(tmp_path / "m.npz")
    loaded = Model.load(tmp_path / "m.npz")
    got = loaded.network.scores(feats, bounds)
    for s, e in bounds:  # PyTorch sees each segment as a sentence of its own
        ids = torch.from_numpy(np.stack([rows(keys[t], feats[SOURCE.get(t, t)][s:e]) for t in TEMPLATES], axis=1)[None])
        with torch.no_grad():
            expected = net(ids, torch.ones(1, e - s))[0].numpy()
        np.testing.assert_allclose(got[s:e], expected, rtol=1e-4, atol=1e-4)
    assert np.abs(got).max() > 1  # the comparison is not of near-zero scores


def test_the_layers_give_the_same_scores_a_block_of_segments_at_a_time(monkeypatch):
    """The forward pass runs a block of whole segments at a time; blocks of any size
    give the same scores as one block (no convolution reaches across a segment)."""
    from kg.recognise import network

    rng = np.random.default_rng(7)
    keys = {t: np.sort(rng.choice(np.arange(1, 60), size=30, replace=False)) for t in TEMPLATES}
    net = _random_net(keys).export(keys)
    cuts = np.cumsum(rng.integers(1, 12, 40))
    bounds = list(zip([0, *cuts[:-1].tolist()], cuts.tolist(), strict=True))
    feats = {t: rng.integers(0, 70, int(cuts[-1])) for t in TEMPLATES}
    whole = net.scores(feats, bounds)
    for size in (1, 5, 30):
        monkeypatch.setattr(network, "BLOCK", size)
        # the same sums in another order: float32 rounding of scores in the tens
        np.testing.assert_allclose(net.scores(feats, bounds), whole, rtol=1e-5, atol=1e-4)


def test_a_model_without_a_network_loads_as_one():
    model = Model(LABELS, np.zeros((5, 5)), {"bias": np.array([1])}, {"bias": np.zeros((1, 5))})
    assert model.network is None
    scores = model.emissions({"bias": np.ones(3, dtype=np.int64)}, [(0, 3)])
    assert scores.shape == (3, 5)


def test_a_file_holds_both_networks_and_a_model_reads_the_one_asked_for(tmp_path):
    """Saved with a light and a full network, a file gives each one by name, the light one
    by default, and its CRF alone with none; a file written before there was a light
    network (only the full one) is read as its CRF alone unless the full one is asked for."""
    rng = np.random.default_rng(3)
    keys = {t: np.sort(rng.choice(np.arange(1, 60), size=30, replace=False)) for t in TEMPLATES}
    light, full = (_random_net(keys, seed).export(keys) for seed in (1, 2))
    crf = (LABELS, np.zeros((5, 5)), {"bias": np.array([1])}, {"bias": np.zeros((1, 5))})
    Model(*crf, networks={LIGHT: light, FULL: full}).save(tmp_path / "both.npz")
    Model(*crf, networks={FULL: full}).save(tmp_path / "old.npz")
    feats = {t: rng.integers(0, 70, 12) for t in TEMPLATES} | {"bias": np.ones(12, dtype=np.int64)}
    bounds = [(0, 12)]
    for path, default in (("both.npz", light), ("old.npz", None)):
        read = {name: Model.load(tmp_path / path, network=name) for name in (LIGHT, FULL, None)}
        assert set(read[LIGHT].networks) <= {LIGHT} and set(read[FULL].networks) == {FULL}
        assert read[None].network is None and Model.load(tmp_path / path).reads == read[LIGHT].reads
        np.testing.assert_array_equal(read[FULL].emissions(feats, bounds), full.scores(feats, bounds))
        if default is None:
            assert read[LIGHT].network is None
        else:
            np.testing.assert_array_equal(read[LIGHT].emissions(feats, bounds), default.scores(feats, bounds))
    assert not np.allclose(light.scores(feats, bounds), full.scores(feats, bounds))


def test_the_build_reads_the_light_network_unless_asked_for_the_full_one(tmp_path):
    """``kg extract`` reads the CRF and the light network; with ``--network`` the CRF and
    the full network, which find the same clear names in a made-up report."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.pipeline import NETWORK, Pipeline

    assert Pipeline().model.reads == LIGHT and Pipeline().model.network.recurrent is None
    assert Pipeline(NETWORK).model.reads == FULL and Pipeline(NETWORK).model.network.recurrent is not None
    page = tmp_path / "page.txt"
    page.write_text("记者从临汾市应急管理局获悉，该局局长王建华近日带队检查了华丰化工有限公司的安全生产工作。\n",
                    encoding="utf-8")
    for args in ([], ["--network"]):
        result = CliRunner().invoke(main, ["extract", str(page), *args])
        assert result.exit_code == 0, result.output
        assert '"text": "王建华"' in result.output and '"text": "华丰化工有限公司"' in result.output


def test_training_the_network_twice_gives_the_same_weights():
    from kg.recognise.train_network import encode, fit_network, vocabulary

    rng = np.random.default_rng(9)
    lengths = [7, 12, 5, 9] * 10
    n = sum(lengths)
    feats = {t: rng.integers(0, 40, n) for t in TEMPLATES}
    labels = rng.integers(0, len(LABELS), n)
    settings = NetworkSettings(width=8, epochs=2, batch=4)
    keys = vocabulary([feats], settings)
    data = [(encode(keys, feats, labels, lengths), 1)]
    one, two = (fit_network(data, keys, len(LABELS), settings, log=lambda _: None) for _ in range(2))
    for name, value in one.arrays().items():
        np.testing.assert_array_equal(value, two.arrays()[name], err_msg=name)


def _loss(scores, labels, transitions):
    from kg.recognise.train_network import _crf_loss

    mask = torch.ones(labels.shape)
    return float(_crf_loss(scores, labels, mask, transitions, torch))


def test_an_unknown_label_is_summed_over_not_read_as_one():
    torch.manual_seed(5)
    scores, transitions = torch.randn(1, 6, len(LABELS)), torch.randn(len(LABELS), len(LABELS))
    labels = torch.tensor([[3, 0, 2, 1, 3, 3]])
    # With every label known, the loss is the gold path's negative log-likelihood.
    gold = float(scores[0, torch.arange(6), labels[0]].sum() + transitions[labels[0, :-1], labels[0, 1:]].sum())
    alpha = scores[0, 0]
    for t in range(1, 6):
        alpha = torch.logsumexp(alpha[:, None] + transitions, 0) + scores[0, t]
    assert _loss(scores, labels, transitions) == pytest.approx(float(torch.logsumexp(alpha, 0)) - gold, rel=1e-5)
    # A character whose label is unknown: the probability of every labelling that agrees
    # with the rest, the sum of the probabilities with each label put in its place.
    unknown = labels.clone()
    unknown[0, 4] = -1
    each = [np.exp(-_loss(scores, torch.where(unknown < 0, k, unknown), transitions)) for k in range(len(LABELS))]
    assert np.exp(-_loss(scores, unknown, transitions)) == pytest.approx(sum(each), rel=1e-4)
    # Nothing known: nothing to learn.
    assert _loss(scores, torch.full_like(labels, -1), transitions) == pytest.approx(0, abs=1e-4)


def test_a_model_file_that_is_not_one_or_reads_other_vectors_gets_a_one_line_error(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg import lexicon
    from kg.cli import main
    from kg.recognise import network

    corpus = tmp_path / "mine.bio"
    corpus.write_text("王 B-PER\n明 I-PER\n来 O\n", encoding="utf-8")
    junk = tmp_path / "junk.npz"
    junk.write_text("not a model\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--what", "model", "--model", str(junk)])
    assert result.exit_code == 1
    assert result.output.strip() == f"kg: {junk}: not a recogniser model written by kg train"

    keys = {t: np.arange(0x4e00, 0x4e20) for t in TEMPLATES}  # characters, some with vectors
    path = tmp_path / "m.npz"
    Model(LABELS, np.zeros((5, 5)), {}, {}, networks={FULL: _random_net(keys).export(keys)}).save(path)
    assert Model.load(path, network=FULL).network is not None
    codes, vectors = lexicon.char_vectors()
    monkeypatch.setattr(network, "char_vectors", lambda: (codes, vectors * 2))  # the vectors made again, otherwise
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--what", "model", "--network", "--model", str(path)])
    assert result.exit_code == 1
    assert "trained on other character vectors than this package's" in result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1


@pytest.mark.parametrize(("recurrent", "pooling"), [(6, 0), (0, 5), (6, 5)], ids=["lstm", "pooling", "both"])
def test_the_recurrent_layer_matches_pytorch_segment_by_segment(tmp_path, monkeypatch, recurrent, pooling):
    """With an LSTM or a fo-pooling (or both) after the convolutions, the numpy pass
    reads each segment either way from its own start and end, as PyTorch reads each
    sentence, whatever the blocks."""
    from kg.recognise import network

    rng = np.random.default_rng(11)
    keys = {t: np.sort(rng.choice(np.arange(1, 60), size=30, replace=False)) for t in TEMPLATES}
    torch.manual_seed(4)
    net = _Net(keys, len(LABELS), NetworkSettings(width=16, dilations=(1, 2), recurrent=recurrent, pooling=pooling),
               torch.nn)
    with torch.no_grad():
        for p in net.parameters():
            if p.requires_grad:
                p.normal_(0, 0.5)
        for e in net.embeddings:
            e.weight[0] = 0
            e.weight.copy_(e.weight.half().float())
    net.eval()
    cuts = np.cumsum(rng.integers(1, 15, 12))
    bounds = list(zip([0, *cuts[:-1].tolist()], cuts.tolist(), strict=True))
    feats = {t: rng.integers(0, 70, int(cuts[-1])) for t in TEMPLATES}
    Model(LABELS, np.zeros((5, 5)), {}, {}, networks={FULL: net.export(keys)}).save(tmp_path / "m.npz")
    loaded = Model.load(tmp_path / "m.npz", network=FULL).network
    assert (loaded.recurrent is not None, loaded.pooling is not None) == (recurrent > 0, pooling > 0)
    got = loaded.scores(feats, bounds)
    for s, e in bounds:
        ids = torch.from_numpy(np.stack([rows(keys[t], feats[SOURCE.get(t, t)][s:e]) for t in TEMPLATES], axis=1)[None])
        with torch.no_grad():
            expected = net(ids, torch.ones(1, e - s))[0].numpy()
        np.testing.assert_allclose(got[s:e], expected, rtol=1e-4, atol=1e-4)
    # a batch of sentences of unequal lengths, padded, gives each its own scores
    s, e = bounds[0]
    s2, e2 = bounds[1]
    longest = max(e - s, e2 - s2)
    ids = np.zeros((2, longest, len(TEMPLATES)), dtype=np.int64)
    mask = np.zeros((2, longest), dtype=np.float32)
    for i, (a, b) in enumerate(((s, e), (s2, e2))):
        ids[i, :b - a] = np.stack([rows(keys[t], feats[SOURCE.get(t, t)][a:b]) for t in TEMPLATES], axis=1)
        mask[i, :b - a] = 1
    with torch.no_grad():
        padded = net(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
    np.testing.assert_allclose(padded[0, :e - s], got[s:e], rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(padded[1, :e2 - s2], got[s2:e2], rtol=1e-4, atol=1e-4)
    assert np.abs(got).max() > 1
    # blocks, stretches read together and groups of segments side by side of any size
    for block, stretch, group in ((1, 1, 1), (20, 40, 30), (20, 1000, 7)):
        monkeypatch.setattr(network, "BLOCK", block)
        monkeypatch.setattr(network, "RECURRENT_BLOCK", stretch)
        monkeypatch.setattr(network, "RECURRENT_GROUP", group)
        np.testing.assert_allclose(loaded.scores(feats, bounds), got, rtol=1e-5, atol=1e-4)
