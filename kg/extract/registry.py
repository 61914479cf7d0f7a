"""Extraction components by name, each saying what it requires and what it assigns.

A component is registered once, where it is written::

    @component("people", requires=("tokens", "hits"), assigns=("candidates:people",))
    def people(shared: Shared) -> Callable[[Doc], None]:
        ...

The factory is called once per pipeline with the shared resources (segmenter,
gazetteer, recogniser model) and returns what runs on each document; ``batch=True``
components get the documents of a whole page at once instead (the recogniser decodes a
page in one go, the context is a property of the page). A component may also *use* a
field it can do without (bodies use the places found, where the places finder runs).
The stage order is one list, ``kg.pipeline.STAGES``; ``check_order`` refuses, at
start-up, an order in which a component requires a field that no earlier component
assigns, or uses one that a later component assigns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import KgError
from .doc import FIELDS, Doc


@dataclass(frozen=True)
class Shared:
    """What components share, built once per pipeline."""

    segmenter: Any
    gazetteer: Any
    model: Any = None   # the recogniser, or None when none is loaded
    stages: frozenset[str] = frozenset()  # the names of the stages this pipeline runs


@dataclass(frozen=True)
class Spec:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    factory: Callable[[Shared], Callable]
    batch: bool
    doc: str
    uses: tuple[str, ...] = ()


REGISTRY: dict[str, Spec] = {}


def component(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (),
              uses: Iterable[str] = (), batch: bool = False):
    """Register a component factory under ``name``."""
    def register(factory: Callable[[Shared], Callable]) -> Callable[[Shared], Callable]:
        for field_name in (*requires, *assigns, *uses):
            if field_name.split(":")[0] not in FIELDS:
                raise ValueError(f"component {name}: {field_name!r} is no field of a document")
        REGISTRY[name] = Spec(name, tuple(requires), tuple(assigns), factory, batch,
                              (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else "",
                              tuple(uses))
        return factory
    return register


class Component:
    """A component made for one pipeline: runs over the documents of a page."""

    def __init__(self, spec: Spec, shared: Shared) -> None:
        self.spec = spec
        self.run = spec.factory(shared)

    @property
    def name(self) -> str:
        return self.spec.name

    def pipe(self, docs: Sequence[Doc]) -> None:
        """Run on every document that has not failed; a failure marks its document."""
        live = [d for d in docs if d.failed is None]
        if self.spec.batch:
            try:
                self.run(live)
                return
            except Exception:  # noqa: BLE001 (retried one by one to find the bad document)
                pass
            for doc in live:
                self._guarded(lambda d: self.run([d]), doc)
        else:
            for doc in live:
                self._guarded(self.run, doc)

    def _guarded(self, run: Callable[[Doc], None], doc: Doc) -> None:
        try:
            run(doc)
        except Exception as exc:  # one bad article must not sink the page
            doc.failed = f"{self.name}: {type(exc).__name__}: {exc}"


def check_order(names: Sequence[str]) -> None:
    """Refuse an unknown component, or one whose requirements no earlier one assigns."""
    available: set[str] = set()
    for name in names:
        spec = REGISTRY.get(name)
        if spec is None:
            raise KgError(f"no extraction component named {name!r}; known: {', '.join(REGISTRY)}")
        for need in spec.requires:
            if not _satisfied(need, available):
                givers = [s.name for s in REGISTRY.values() if need in s.assigns or
                          any(a.startswith(need + ":") for a in s.assigns)]
                raise KgError(f"component {name} requires {need}, which "
                              + (f"{' or '.join(givers)} assigns: keep it before {name}" if givers
                                 else "no component assigns"))
        for later in names[names.index(name) + 1:]:
            other = REGISTRY.get(later)
            if other is not None and any(_satisfied(u, set(other.assigns)) for u in spec.uses):
                raise KgError(f"component {name} uses what {later} assigns: keep {later} before {name}")
        available.update(spec.assigns)
        available.update(a.split(":")[0] for a in spec.assigns)


def _satisfied(need: str, available: set[str]) -> bool:
    return need in available
