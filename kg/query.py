"""Named and ad-hoc SPARQL over a graph. Values go in through ``initBindings``.

Named queries live in ``ontology/queries/*.rq``; the first comment line of each reads
``# name: what it answers``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import Graph, Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.sparql import CompValue

from .assemble import PREFIXES as _DUMP_PREFIXES
from .errors import QueryError
from .vocab import KG

_UPDATE = re.compile(r"^\s*(?:PREFIX[^\n]*\n\s*|#[^\n]*\n\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    text: str
    needs: tuple[str, ...] = ()  # variables to bind (a "# needs: name" line)


@dataclass(frozen=True, slots=True)
class Table:
    """A result: column names and rows of plain strings ('' for unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The shipped queries by name."""
    found = {}
    for entry in sorted(files("kg").joinpath("ontology", "queries").iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("# ").strip()
        name, _, description = first.partition(":")
        needs = next((tuple(line.split(":", 1)[1].split()) for line in text.splitlines()
                      if line.startswith("# needs:")), ())
        found[name.strip()] = NamedQuery(name.strip(), description.strip(), text, needs)
    return found


# The prefixes a query may use without declaring them: the dumps' own (kg, kgid, rdfs ...).
PREFIXES = dict(_DUMP_PREFIXES)
SERVICE_REFUSED = ("SERVICE asks another endpoint over the network; refused (kg query --allow-service "
                   "permits it where you trust the endpoint)")


def calls_out(text: str) -> bool:
    """Whether a query holds a SERVICE pattern, by its parse (not by searching the text);
    a query rdflib cannot parse counts as calling out if it says SERVICE at all."""
    try:
        tree = parseQuery(text)
    except Exception:  # noqa: BLE001 (another engine's dialect: judge by the word)
        return re.search(r"\bSERVICE\b", text, re.IGNORECASE) is not None
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return False


def resolve(query: str) -> str:
    """A named query's text, or ``query`` itself when it is SPARQL."""
    named = named_queries()
    if query in named:
        return named[query].text
    if re.fullmatch(r"[A-Za-z][\w-]*", query.strip()):
        raise QueryError(query, f"no such named query; known: {', '.join(sorted(named))}")
    return query


def run(graph: Graph, query: str, *, bindings: dict[str, str] | None = None,
        update: bool = False, allow_service: bool = False) -> Table:
    """Run a SELECT, ASK or CONSTRUCT query; an update only when ``update`` is given; a
    federated one (SERVICE) only when ``allow_service`` is."""
    text = resolve(query)
    if not allow_service and calls_out(text):
        raise QueryError(query, SERVICE_REFUSED)
    if _UPDATE.match(text):
        if not update:
            raise QueryError(query, "this is an update; queries are read-only unless --update is given")
        try:
            graph.update(text, initNs={"kg": KG._NS})
        except (ParseException, Exception) as exc:
            raise QueryError(query, f"does not parse: {_short(exc)}") from None
        return Table(("updated",), (("ok",),))
    try:
        prepared = prepareQuery(text, initNs={"kg": KG._NS})
    except ParseException as exc:
        raise QueryError(query, f"does not parse: {_short(exc)}") from None
    except Exception as exc:
        raise QueryError(query, f"cannot be prepared: {_short(exc)}") from None
    init = {k: Literal(v) for k, v in (bindings or {}).items()}
    try:
        result = graph.query(prepared, initBindings=init)
    except Exception as exc:
        raise QueryError(query, f"failed: {_short(exc)}") from None
    if result.type == "ASK":
        return Table(("ask",), ((str(bool(result.askAnswer)).lower(),),))
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        return Table(("subject", "predicate", "object"),
                     tuple(tuple(str(x) for x in t) for t in sorted(result.graph)))
    columns = tuple(str(v) for v in result.vars)
    rows = tuple(tuple("" if row[i] is None else str(row[i]) for i in range(len(columns)))
                 for row in result)
    return Table(columns, rows)


def run_store(store: ox.Store, query: str, *, bindings: dict[str, str] | None = None,
              allow_service: bool = False) -> Table:
    """Run a SELECT, ASK or CONSTRUCT query with pyoxigraph (a store on disk, or a dump
    loaded in memory: what ``kg query`` does for both); updates are refused, and SERVICE
    unless ``allow_service``; a named query's needed bindings are asked for, and a binding
    of a variable the query lacks refused. Same Table as ``run`` gives with rdflib."""
    text = resolve(query)
    if not allow_service and calls_out(text):
        raise QueryError(query, SERVICE_REFUSED)
    if _UPDATE.match(text):
        raise QueryError(query, "this is an update; kg query is read-only (change the pages and build again)")
    named = named_queries().get(query)
    missing = [n for n in (named.needs if named else ()) if n not in (bindings or {})]
    if missing:
        raise QueryError(query, "needs " + " ".join(f"--bind {n}=VALUE" for n in missing))
    text = _bind(text, bindings or {})
    try:
        result = store.query(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(query, f"does not parse: {_short(exc)}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(query, f"failed: {_short(exc)}") from None
    if isinstance(result, ox.QueryBoolean):
        return Table(("ask",), ((str(bool(result)).lower(),),))
    if isinstance(result, ox.QueryTriples):
        rows = sorted(tuple(t.value if hasattr(t, "value") else str(t) for t in (x.subject, x.predicate, x.object))
                      for x in result)
        return Table(("subject", "predicate", "object"), tuple(rows))
    columns = tuple(v.value for v in result.variables)
    rows = tuple(tuple("" if s[c] is None else s[c].value for c in columns) for s in result)
    return Table(columns, rows)


def _bind(text: str, bindings: dict[str, str]) -> str:
    """Put each bound value into the query as an RDF literal that pyoxigraph itself
    serialises (quotes and backslashes escaped, so a value cannot change the query's
    shape). pyoxigraph's own ``substitutions`` reach only variables the top level
    projects, not those a subquery filters on (entity.rq)."""
    for name, value in bindings.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(text, f"{name!r} is not a variable name")
        if not re.search(rf"[?$]{name}\b", text):
            raise QueryError(text, f"--bind {name}: the query has no variable ?{name}")
        text = re.sub(rf"[?$]{name}\b", lambda _, value=value: str(ox.Literal(value)), text)
    return text


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def format_table(table: Table, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps([dict(zip(table.columns, row, strict=True)) for row in table.rows],
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        return buf.getvalue().rstrip("\n")
    widths = [max([_width(c)] + [_width(r[i]) for r in table.rows]) for i, c in enumerate(table.columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(table.columns, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)) for row in table.rows]
    lines.append(f"({len(table.rows)} rows)")
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
