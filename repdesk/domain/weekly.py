"""The manager's weekly summary of one rep (domain.md section 7): one ISO week's numbers.

Plain records, one per table of the summary; repdesk/services/weekly.py fills
them (and says exactly what each number counts), repdesk/reports/weekly_tables.py
turns them into titled tables for the spreadsheet and the PDF.

Two rules of the method live here: which tier a customer's time counts for
(VIP / ordinary closed customers / prospects, against the seed's 60 / 30 / 10
guide), and whether a grade or tier change is a move up or down.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from repdesk.domain.charts import ChartKind
from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    DissatisfactionSignal,
    ProspectGrade,
    ValueClass,
    ValueTier,
)
from repdesk.domain.objection_stats import PlaybookStats
from repdesk.domain.rules import TIER_GUIDE, TimeTier
from repdesk.domain.weeks import IsoWeek

# The share of the rep's time each tier should get (domain/rules.py has the rule).
TIME_GUIDE: Mapping[TimeTier, float] = MappingProxyType(
    {tier: time for tier, (_customers, time) in TIER_GUIDE.items()}
)


class Direction(StrEnum):
    """Which way a classification moved."""

    UP = "up"  # a better grade, a bigger tier, a better value class, or closed
    DOWN = "down"
    SET = "set"  # first given (no value before)
    CLEARED = "cleared"  # taken away (a prospect's grade when it closes)
    CHANGED = "changed"  # a value this version does not know how to rank


# Best first, for each field that has an order.
_RANKS: dict[ClassificationField, tuple[str, ...]] = {
    ClassificationField.PROSPECT_GRADE: tuple(g.value for g in ProspectGrade),
    ClassificationField.VALUE_TIER: tuple(
        t.value for t in (ValueTier.VIP, ValueTier.LARGE, ValueTier.MEDIUM, ValueTier.SMALL)
    ),
    ClassificationField.VALUE_CLASS: tuple(
        c.value for c in (ValueClass.MVC, ValueClass.MGC, ValueClass.BZC)
    ),
    ClassificationField.STATUS: (CustomerStatus.CUSTOMER.value, CustomerStatus.PROSPECT.value),
}


def change_direction(field: ClassificationField, old: str | None, new: str | None) -> Direction:
    """Up or down (A is the best grade, VIP the biggest tier, closing is up), set or cleared."""
    if not old:
        return Direction.SET
    if not new:
        return Direction.CLEARED
    ranks = _RANKS.get(field, ())
    if old not in ranks or new not in ranks or old == new:
        return Direction.CHANGED
    return Direction.UP if ranks.index(new) < ranks.index(old) else Direction.DOWN


@dataclass(frozen=True)
class DayVisits:
    """One day of the week: visits planned for it and visits made on it."""

    day: date
    planned: int
    made: int


@dataclass(frozen=True)
class VisitCounts:
    """Visits planned against visits made (see WeeklyService.summary for what counts)."""

    planned: int  # plans with an appointment in the week, not cancelled
    made: int  # finished visit records of the week
    planned_and_made: int  # of ``planned``: those with a finished record
    made_without_plan: int  # of ``made``: records not made from a plan
    cancelled: int  # plans of the week called off
    days: tuple[DayVisits, ...]  # Monday to Sunday

    @property
    def made_rate(self) -> float | None:
        """Share of the planned visits that were made, or None when none was planned."""
        return self.planned_and_made / self.planned if self.planned else None


@dataclass(frozen=True)
class VisitMade:
    """A finished visit of the week, with the tier its time counts for."""

    record_id: str
    visited_at: datetime  # the rep's wall-clock time
    customer_id: str
    customer: str
    tier: TimeTier
    from_plan: bool
    minutes: int | None
    expenses: float | None
    currency: str  # ISO 4217, "" when the rep gave none
    outcome: str


@dataclass(frozen=True)
class SourceCount:
    """New prospects of the week from one lead source."""

    code: str | None  # a LeadSourceCode value; None for the rep's own sources and no source
    label: str  # the stored label ("" when the prospect has no source)
    prospects: int
    became_customers: int  # of those, closed since


@dataclass(frozen=True)
class NewProspect:
    """A sheet made in the week for a prospect (it may have closed since)."""

    customer_id: str
    customer: str
    created_on: date  # the rep's local date
    source_code: str | None
    source_label: str
    grade: ProspectGrade | None
    closed: bool  # a customer now


@dataclass(frozen=True)
class ClassificationMove:
    """A grade, tier, status or value class change recorded in the week."""

    changed_on: date  # the rep's local date
    customer_id: str
    customer: str
    field: ClassificationField
    old: str | None
    new: str | None
    reason: str

    @property
    def direction(self) -> Direction:
        return change_direction(self.field, self.old, self.new)


@dataclass(frozen=True)
class SignalEvent:
    """A dissatisfaction signal raised or resolved (or both) in the week."""

    signal_id: str
    customer_id: str
    customer: str
    signal: DissatisfactionSignal
    raised_on: date
    note: str
    resolved_on: date | None  # as stored now: may be after the week
    resolution_note: str
    raised: bool  # raised in the week
    resolved: bool  # resolved in the week


@dataclass(frozen=True)
class SignalCounts:
    raised: int
    resolved: int
    open_at_end: int  # raised by ``as_of`` and not resolved by then
    events: tuple[SignalEvent, ...]  # by date raised


@dataclass(frozen=True)
class FollowUpItem:
    follow_up_id: str
    customer_id: str | None  # None: a diary row's company without a sheet yet
    customer: str
    action: str
    due: date
    done_on: date | None  # the rep's local date; None while open


@dataclass(frozen=True)
class FollowUpCounts:
    done: tuple[FollowUpItem, ...]  # done in the week, by date done
    overdue: tuple[FollowUpItem, ...]  # still open at the week's end although due, oldest first


@dataclass(frozen=True)
class TierTime:
    """The week's visit time on one tier, against the guide."""

    tier: TimeTier
    visits: int
    minutes: int  # visits without minutes count 0
    share: float | None  # of all minutes in the week; None when no minutes at all

    @property
    def guide(self) -> float:
        return TIME_GUIDE[self.tier]


@dataclass(frozen=True)
class TierExpense:
    """The week's visit expenses on one tier in one currency."""

    tier: TimeTier
    currency: str  # "" when the rep gave none
    visits: int  # visits with an amount (0 included) in this currency
    amount: float


@dataclass(frozen=True)
class PlannedVisit:
    """A visit planned for next week."""

    plan_id: str
    appointment_at: datetime  # the rep's wall-clock time
    customer_id: str
    customer: str
    place: str
    objective: str


@dataclass(frozen=True)
class WeeklySummary:
    """Everything the manager's weekly summary shows for one rep and one ISO week."""

    week: IsoWeek
    as_of: date  # the last day covered: the week's Sunday, or ``today`` while the week runs
    complete: bool  # the week is over: its numbers change only if the past is edited
    visits: VisitCounts
    visits_made: tuple[VisitMade, ...]  # in time order
    sources: tuple[SourceCount, ...]  # most prospects first
    new_prospects: tuple[NewProspect, ...]  # by date made
    changes: tuple[ClassificationMove, ...]  # in time order
    signals: SignalCounts
    objections: PlaybookStats
    follow_ups: FollowUpCounts
    time: tuple[TierTime, ...]  # VIP, ordinary, prospects: always the three
    expenses: tuple[TierExpense, ...]  # by tier, then currency
    next_week: tuple[PlannedVisit, ...]  # in time order

    @property
    def overdue_on(self) -> date:
        """The day the overdue follow-ups are judged on: the Monday after a week that is
        over (due by Sunday, not done by then), else ``today`` (due before it, not done)."""
        return self.as_of + timedelta(days=1) if self.complete else self.as_of

    @property
    def new_prospect_count(self) -> int:
        return sum(s.prospects for s in self.sources)

    @property
    def became_customers(self) -> int:
        return sum(s.became_customers for s in self.sources)

    @property
    def minutes(self) -> int:
        return sum(t.minutes for t in self.time)

    def expense_totals(self) -> dict[str, float]:
        """Total expenses per currency ("" for amounts with no currency), currencies sorted."""
        totals: dict[str, float] = {}
        for item in sorted(self.expenses, key=lambda e: e.currency):
            totals[item.currency] = totals.get(item.currency, 0.0) + item.amount
        return totals

    def moves(self, direction: Direction) -> int:
        """How many of the week's classification changes went this way."""
        return sum(1 for change in self.changes if change.direction is direction)


# The weekly PDF's charts, in its order: the week's activity, then the book.
WEEKLY_CHARTS = (
    ChartKind.VISITS,
    ChartKind.TIME_BY_TIER,
    ChartKind.GRADES,
    ChartKind.LEAD_SOURCES,
    ChartKind.OBJECTIONS,
    ChartKind.ANSWERS,
    ChartKind.PARETO,
    ChartKind.DIFFERENTIATION,
    ChartKind.SEGMENTATION,
)
TREND_WEEKS = 13  # the visits chart shows the quarter ending with the week
