"""Precision, recall and F1 of mentions: exact spans with their type, per type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

ORG = ("AGENCY", "COMPANY", "ORGANIZATION")


@dataclass(frozen=True, slots=True)
class Score:
    gold: int
    system: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def coarse(label: str) -> str:
    """AGENCY, COMPANY and ORGANIZATION are one ORG, as in MSRA's own scheme."""
    return "ORG" if label in ORG else label


def score(pairs: Iterable[tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]], *,
          merge_orgs: bool = False) -> dict[str, Score]:
    """Per type, and ``all``: (gold, system) span sets of each sentence compared."""
    gold, system, correct = Counter(), Counter(), Counter()
    for g, s in pairs:
        if merge_orgs:
            g = {(a, b, coarse(t)) for a, b, t in g}
            s = {(a, b, coarse(t)) for a, b, t in s}
        for *_, t in g:
            gold[t] += 1
        for *_, t in s:
            system[t] += 1
        for *_, t in g & s:
            correct[t] += 1
    result = {t: Score(gold[t], system[t], correct[t]) for t in sorted(set(gold) | set(system))}
    result["all"] = Score(sum(gold.values()), sum(system.values()), sum(correct.values()))
    return result


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'type':14} {'gold':>6} {'system':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for t, s in scores.items():
        lines.append(f"{t:14} {s.gold:6d} {s.system:6d} {s.correct:6d} "
                     f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    return "\n".join(lines)
