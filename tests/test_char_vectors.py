"""The character vectors the recogniser's network reads (``kg.lexicon.char_vectors``)."""

from __future__ import annotations

import hashlib

import numpy as np

from kg.lexicon import SURNAMES, char_vectors, char_vectors_file


def _vector(char: str) -> np.ndarray:
    codes, vectors = char_vectors()
    at = int(np.searchsorted(codes, ord(char)))
    assert codes[at] == ord(char), f"{char} has no vector"
    return vectors[at]


def _cosine(a: str, b: str) -> float:
    x, y = _vector(a), _vector(b)
    return float(x @ y / np.linalg.norm(x) / np.linalg.norm(y))


def test_the_table_is_sorted_by_code_point_and_covers_common_text():
    codes, vectors = char_vectors()
    assert (np.diff(codes) > 0).all()  # the network finds a character by binary search
    assert vectors.shape == (len(codes), 128) and vectors.dtype == np.float32
    assert np.isfinite(vectors).all()
    for char in "省市县局厅委员会公司集团有限责任法条例罚款万元张王李赵0A，":
        _vector(char)
    missing = [s for s in SURNAMES if not (codes == ord(s)).any()]
    assert len(missing) <= len(SURNAMES) // 50, missing


def test_characters_used_alike_lie_near_each_other():
    assert _cosine("省", "市") > _cosine("省", "吃")
    assert _cosine("张", "李") > _cosine("张", "厅")
    assert _cosine("厅", "局") > _cosine("厅", "跑")
    assert _cosine("一", "二") > _cosine("一", "局")


def test_a_form_lac_folds_before_lookup_reads_as_the_form_it_folds_into():
    """LAC looks 沈 up as 渖 (its q2b table); the table is read without folding, so 沈
    carries 渖's vector."""
    np.testing.assert_array_equal(_vector("沈"), _vector("渖"))


def test_the_shipped_network_was_trained_on_these_vectors():
    """The model keeps only the vectors' keys and reads the vectors from the package: a
    table regenerated without retraining would change the network's input unnoticed."""
    from kg.recognise.model import card

    written = card()["pretrained"]
    assert written["file"] == char_vectors_file().name
    assert written["sha256"] == hashlib.sha256(char_vectors_file().read_bytes()).hexdigest(), (
        "char_vectors.npz differs from the one the shipped network was trained on: retrain it (kg train --crf)"
    )
