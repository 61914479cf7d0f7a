"""Extractors, one module per kind of fact: entities, relations, penalties."""
