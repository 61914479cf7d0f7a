"""The first stages: the article's words (jieba) and its lexicon matches (one automaton)."""

from __future__ import annotations

from .doc import Doc
from .registry import Shared, component


@component("tokens", assigns=("tokens",), batch=True)
def tokens(shared: Shared):
    """Cut the text into words with the pipeline's own jieba tokenizer, a page's
    articles together."""
    def run(docs: list[Doc]) -> None:
        for doc, cut in zip(docs, shared.segmenter.many([d.text for d in docs]), strict=True):
            doc.tokens = cut
    return run


@component("lexicon", assigns=("hits",))
def lexicon(shared: Shared):
    """Every lexicon word in the text: divisions, body names and endings, titles ..."""
    def run(doc: Doc) -> None:
        doc.hits = shared.gazetteer.hits(doc.text)
    return run
