"""The project's own errors. Each message names the file, article or query and the fix."""

from __future__ import annotations


class KgError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class InputError(KgError):
    """An input file cannot be used: missing, empty, binary, undecodable, not a page."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ArticleError(KgError):
    """One article failed in extraction; the others are still built."""

    def __init__(self, article_id: str, problem: str) -> None:
        self.article_id = article_id
        super().__init__(f"article {article_id}: {problem}")


class QueryError(KgError):
    """A SPARQL query is unknown or does not parse."""

    def __init__(self, query: str, problem: str) -> None:
        shown = " ".join(query.split())
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(f"query {shown!r}: {problem}")


class GraphError(KgError):
    """A graph file cannot be loaded."""
