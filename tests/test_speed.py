"""The standing speed bar: a whole build at least twice as fast as bare jieba.posseg
over the same text, both timed in this run (best of three), so the machine's load
cancels out."""

from benchmarks.build_vs_posseg import measure


def test_build_is_at_least_twice_as_fast_as_posseg():
    posseg, build, chars = measure(copies=5, runs=3)
    assert chars > 100_000
    assert posseg / build >= 2.0, f"posseg {posseg:.2f} s, build {build:.2f} s"
