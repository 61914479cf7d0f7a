"""The standing speed bar: a whole build against bare jieba.posseg over the same text,
both timed in this run, interleaved and best of three, so that the machine's load
cancels out. Marked slow: `pytest` leaves it out, `.ci/run` runs it with a margin
(KG_SPEED_BAR, default 1.5, the project's bar)."""

import os

import pytest

from benchmarks.build_vs_posseg import measure

BAR = float(os.environ.get("KG_SPEED_BAR", "1.5"))


@pytest.mark.slow
def test_build_is_faster_than_posseg():
    posseg, build, chars = measure(copies=5, runs=3)
    assert chars > 100_000
    assert posseg / build >= BAR, f"posseg {posseg:.2f} s, build {build:.2f} s"
