"""Extraction as named components over one document per article (see ``registry``):
the finders of entities, the recogniser and its fusion with them, the relation families
and penalties. Importing this package registers every built-in component."""

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
