"""kg: knowledge graphs from Chinese government newspaper pages.

The pipeline reads pages into articles, finds entities, relations and penalties, links
them to canonical names and assembles an RDF graph with provenance:
read -> normalise -> segment -> extract -> link -> assemble -> export/view.
"""

__version__ = "0.1.0"
