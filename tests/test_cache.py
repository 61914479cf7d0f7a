"""Incremental builds: with --cache, a build extracts only the files that changed or
were added, and writes what a build from scratch writes."""

from __future__ import annotations

import pytest

from kg.cache import Cache
from kg.errors import KgError
from kg.pipeline import Pipeline, build
from tests.conftest import SEEDS


@pytest.fixture
def watched(monkeypatch):
    """The sources of every page the pipeline extracts."""
    seen: list[str] = []
    original = Pipeline._extract_each

    def spy(self, pages):
        seen.extend(p.source for p in pages)
        return original(self, pages)

    monkeypatch.setattr(Pipeline, "_extract_each", spy)
    return seen


def test_only_what_changed_is_extracted(tmp_path, pipeline, watched):
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in sorted(SEEDS.glob("*.txt")):
        (pages / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    cache = tmp_path / "cache"
    build([pages], tmp_path / "first", formats=("ttl",), pipeline=pipeline, cache=cache)
    assert len(watched) == 5
    watched.clear()
    build([pages], tmp_path / "again", formats=("ttl",), pipeline=pipeline, cache=cache)
    assert watched == []  # nothing extracted
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == (tmp_path / "first" / "graph.ttl").read_bytes()
    changed = pages / "001_8e2f6d24ccc070f4.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n本报讯 太原市公安局近日召开会议。\n", encoding="utf-8")
    (pages / "new.txt").write_text((SEEDS / "004_e34eac57d2895c48.txt").read_text(encoding="utf-8"), encoding="utf-8")
    build([pages], tmp_path / "changed", formats=("ttl",), pipeline=pipeline, cache=cache)
    assert sorted(watched) == ["001_8e2f6d24ccc070f4.txt", "new.txt"]
    build([pages], tmp_path / "scratch", formats=("ttl",), pipeline=pipeline)  # no cache at all
    assert (tmp_path / "changed" / "graph.ttl").read_bytes() == (tmp_path / "scratch" / "graph.ttl").read_bytes()


def test_another_pipeline_does_not_read_the_cache(tmp_path, pipeline, watched):
    cache = tmp_path / "cache"
    page = SEEDS / "000_0c49425b2632829b.txt"
    build([page], tmp_path / "a", formats=("ttl",), pipeline=pipeline, cache=cache)
    first = {p.name for p in cache.iterdir()}
    watched.clear()
    build([page], tmp_path / "b", formats=("ttl",), pipeline=Pipeline(disable=["people"]), cache=cache)
    assert watched == [page.name]  # extracted anew
    assert {p.name for p in cache.iterdir()}.isdisjoint(first)  # and the old version's entries gone


def test_a_cache_that_is_a_file_is_one_error(tmp_path, pipeline):
    (tmp_path / "cache").write_text("x")
    with pytest.raises(KgError, match="is a file"):
        Cache(tmp_path / "cache", pipeline)
