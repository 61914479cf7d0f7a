"""Shared fixtures: one pipeline (its tokenizer takes seconds to load) and one build of
the seed pages for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract.base import Context
from kg.lexicon.divisions import by_code
from kg.model import Article
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def shanxi() -> Context:
    """An article set in Shanxi, in a Taiyuan paper."""
    codes = by_code()
    return Context(province=codes["140000000000"], city=codes["140100000000"])


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kg build seeds -o OUT`, run once in-process; returns OUT."""
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def corpus(pipeline: Pipeline):
    return pipeline.build([SEEDS])


def article(text: str, *, id: str = "test-01", title: str = "") -> Article:
    """An article built directly, for unit tests of the extractors."""
    return Article(id=id, source="test.txt", index=1, title=title or text[:10], text=text)
