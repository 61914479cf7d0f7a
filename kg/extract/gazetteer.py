"""One Aho-Corasick automaton over every lexicon: places, body names, name endings.

A hit says what kind of word was found; the extractors decide what it means in its
context (a place before 应急管理厅 makes an agency name; 太原 inside 太原理工大学 is not
a place of its own).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import ahocorasick

from ..lexicon import jieba_words, sections, templates, words
from ..lexicon.divisions import divisions


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: str      # place | place_short | agency | organization | suffix:<type> | title | nt | listed
    data: Any


class Gazetteer:
    """All lexicon words in one automaton; ``hits(text)`` finds every occurrence."""

    def __init__(self) -> None:
        entries: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        for division in divisions():
            entries[division.name].append(("place", division))
            if division.short:
                entries[division.short].append(("place_short", division))
        for kind, name in (("agency", "agencies.tsv"), ("organization", "organizations.tsv")):
            for template, forms in templates(name):
                for form in forms:
                    entries[form].append((kind, template))
        forms = sections()
        for kind in ("company", "organization", "agency", "subunit", "program", "strategy", "industry",
                     "named_law"):
            for word in forms[kind]:
                entries[word].append((f"suffix:{kind}", word))
        for word in forms["title"] + forms["role"]:  # what stands before a name
            entries[word].append(("title", word))
        # The words the segmenter is given: the rules' lexicons. The recogniser's extra
        # lexicons below are matched too but change no word boundary.
        self.words = tuple(sorted(entries))
        for word in jieba_words("nt"):
            entries[word].append(("nt", word))
        for word in words("listed_companies.txt"):
            entries[word].append(("listed", word))
        self._automaton = ahocorasick.Automaton()
        for word, payload in entries.items():
            self._automaton.add_word(word, (len(word), tuple(payload)))
        self._automaton.make_automaton()

    def hits(self, text: str) -> list[Hit]:
        """Every lexicon word in ``text``, overlapping ones included, by position."""
        found = []
        for last, (length, payload) in self._automaton.iter(text):
            start = last + 1 - length
            for kind, data in payload:
                found.append(Hit(start, last + 1, kind, data))
        found.sort(key=lambda h: (h.start, -h.end))
        return found
