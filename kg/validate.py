"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SH


@dataclass(frozen=True, slots=True)
class Violation:
    """One failed constraint: on what, along which property, and why."""

    focus: str
    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]
    checked: int  # triples in the graph

    def text(self) -> str:
        """A report a person reads: one line per violation, then a verdict."""
        lines = [f"✗ {v.focus}: {v.path}: {v.message}" for v in self.violations]
        verdict = (f"conforms: {self.checked} triples checked against the shapes"
                   if self.conforms else f"does not conform: {len(self.violations)} violations")
        return "\n".join(lines + [verdict])


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(data=files("kg").joinpath("ontology", "shapes.ttl").read_text(encoding="utf-8"),
                         format="turtle")


def _name(graph: Graph, node) -> str:
    label = graph.value(node, RDFS.label)
    return f"{label} <{node}>" if label is not None else f"<{node}>"


def _short(graph: Graph, term) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    return str(term)


def validate(graph: Graph) -> Report:
    """Check ``graph`` (with its ontology, for class hierarchies) against the shapes."""
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes(), inference="none",
                                            allow_warnings=True)
    violations = []
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(_name(graph, focus), _short(graph, path) if path else "-",
                                    str(message)))
    return Report(bool(conforms), tuple(sorted(violations, key=lambda v: (v.focus, v.path))), len(graph))
