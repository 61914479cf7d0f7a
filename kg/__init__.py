"""kg: knowledge graphs from Chinese government newspaper pages.

The pipeline reads pages into articles, finds entities, relations and penalties with
named components (rules and a trained recogniser), links them to canonical names and
assembles an RDF graph with provenance:
read -> normalise -> extract -> link -> assemble -> export/view.

``kg.build(paths, out, formats=...)`` is the main job as a library call (the CLI's
``kg build`` calls it).
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "build":  # imported on first use: the pipeline loads jieba and the model
        from .pipeline import build
        return build
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
