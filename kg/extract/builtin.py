"""Importing this module registers every built-in extraction component."""

from . import (  # noqa: F401 (imported for their registrations)
    bodies,
    context,
    documents,
    entities,
    penalties,
    people,
    places,
    recognised,
    relations,
    words,
)
