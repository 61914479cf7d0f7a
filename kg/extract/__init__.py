"""Extraction as named components over one document per article (see ``registry``):
the finders of entities, the recogniser and its fusion with them, the relation families
and penalties. ``builtin`` registers every built-in component."""
