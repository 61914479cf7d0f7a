"""The first stages: the article's words (jieba) and its lexicon matches (one automaton)."""

from __future__ import annotations

from .doc import Doc
from .registry import Shared, component


@component("tokens", assigns=("tokens",))
def tokens(shared: Shared):
    """Cut the text into words with the pipeline's own jieba tokenizer."""
    def run(doc: Doc) -> None:
        doc.tokens = shared.segmenter(doc.text)
    return run


@component("lexicon", assigns=("hits",))
def lexicon(shared: Shared):
    """Every lexicon word in the text: divisions, body names and endings, titles ..."""
    def run(doc: Doc) -> None:
        doc.hits = shared.gazetteer.hits(doc.text)
    return run
