"""A hash table of integer keys looked up for a whole array of values at once: the
recogniser's feature values (``kg.recognise``) and the segmenter's dictionary
(``kg.segment``) are found in it."""

from __future__ import annotations

import numpy as np


class Index:
    """Where each of an array of values is among ``keys`` (distinct; ``len(keys)`` for a
    value not there): an open-addressing hash table (Fibonacci hashing, linear
    probing) at most half full, looked up for a whole array of values at once. A lookup
    reads one slot of a table that fits in the cache, where a binary search reads
    seventeen. Empty slots hold -1, so values must not be negative."""

    MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # 2**64 over the golden ratio, odd

    def __init__(self, keys: np.ndarray) -> None:
        if len(keys) and int(keys.min()) < 0:
            raise ValueError("an Index takes values of 0 and up")
        self.bits = max(4, (2 * len(keys)).bit_length())
        self.mask = (1 << self.bits) - 1
        self.missing = len(keys)
        self.slots = np.full(1 << self.bits, -1, dtype=np.int64)
        self.rows = np.zeros(1 << self.bits, dtype=np.int64)
        slot = self._slot(keys)
        pending = np.arange(len(keys))
        while len(pending):
            # Of the keys whose slot is free, the first to ask for it takes it; the rest
            # probe the next slot.
            free = self.slots[slot[pending]] == -1
            taken, first = np.unique(slot[pending[free]], return_index=True)
            placed = pending[free][first]
            self.slots[taken], self.rows[taken] = keys[placed], placed
            pending = np.setdiff1d(pending, placed, assume_unique=True)
            slot[pending] = (slot[pending] + 1) & self.mask

    def _slot(self, values: np.ndarray) -> np.ndarray:
        return ((values.astype(np.uint64) * self.MULTIPLIER) >> np.uint64(64 - self.bits)).astype(np.int64)

    def find(self, values: np.ndarray) -> np.ndarray:
        """Each value's place among the keys; a negative value (never a key) is missing,
        not taken for an empty slot."""
        slot = self._slot(values)
        found = self.slots[slot]
        rows = np.where((found == values) & (values >= 0), self.rows[slot], self.missing)
        pending = np.flatnonzero((found != values) & (found != -1))
        while len(pending):
            slot[pending] = (slot[pending] + 1) & self.mask
            at = slot[pending]
            found = self.slots[at]
            hit = found == values[pending]
            rows[pending[hit]] = self.rows[at[hit]]
            pending = pending[~hit & (found != -1)]
        return rows
