"""Which objections come up most, and which answers lead to agreement.

Counts, not only rates: an answer that worked once out of once is 1 of 1, and
its rate is shown with the Wilson score interval (95%), whose lower bound is
what the answers are ranked by. An answer with fewer than FEW decided tries is
marked as too few to judge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from repdesk.domain.playbook import Text

FEW = 5  # decided tries below which a rate is shown as "too few to judge"
_Z = 1.959964  # 95% two-sided


@dataclass(frozen=True)
class Tally:
    """How the tries of an answer (or of every answer to an objection) went."""

    agreed: int = 0
    refused: int = 0
    unknown: int = 0  # the rep did not record whether the customer agreed

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.agreed + other.agreed, self.refused + other.refused, self.unknown + other.unknown
        )

    @property
    def tried(self) -> int:
        return self.agreed + self.refused + self.unknown

    @property
    def decided(self) -> int:
        return self.agreed + self.refused

    @property
    def rate(self) -> float | None:
        """Agreed / decided, or None when nothing was decided."""
        return self.agreed / self.decided if self.decided else None

    @property
    def interval(self) -> tuple[float, float] | None:
        """The Wilson score interval of the rate (95%), or None when nothing was decided."""
        n = self.decided
        if not n:
            return None
        p = self.agreed / n
        z2 = _Z * _Z
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = _Z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
        return max(0.0, centre - half), min(1.0, centre + half)

    @property
    def few(self) -> bool:
        return self.decided < FEW


@dataclass(frozen=True)
class AnswerStats:
    answer_id: str | None  # None: answers the rep typed, not from the playbook
    label: Text | None
    tally: Tally
    retired: bool = False  # the answer was removed from the playbook since


@dataclass(frozen=True)
class ObjectionStats:
    objection_id: str | None  # None: objections not in the playbook
    title: Text | None
    raised: int  # times the objection was raised (round 1)
    customers: int  # different customers who raised it
    tally: Tally  # every answer tried to it, every round
    answers: tuple[AnswerStats, ...]  # best first (Wilson lower bound, then tries)
    retired: bool = False  # the entry was deleted from the playbook since


@dataclass(frozen=True)
class PlaybookStats:
    objections: tuple[ObjectionStats, ...]  # most raised first
    visits: int  # finished visits in the period
    visits_with_objections: int
    since: date | None = None
    until: date | None = None  # inclusive

    @property
    def raised(self) -> int:
        return sum(o.raised for o in self.objections)

    def answers(self) -> list[tuple[ObjectionStats, AnswerStats]]:
        """Every answer with its objection, best first across the playbook."""
        pairs = [(o, a) for o in self.objections for a in o.answers]
        pairs.sort(key=lambda pair: answer_rank(pair[1].tally))
        return pairs


def answer_rank(tally: Tally) -> tuple[float, int]:
    """Sort key, best first: the Wilson lower bound, then the most decided tries."""
    interval = tally.interval
    return (-(interval[0] if interval else -1.0), -tally.decided)
