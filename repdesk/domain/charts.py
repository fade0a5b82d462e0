"""The numbers behind every chart of the Reports page and the weekly summary.

Each chart has a stable id (``ChartKind``) and one frozen record of numbers,
made by repdesk/services/charts.py from the database and drawn by
repdesk/reports/charts.py, which never computes anything. The rules that turn
rows into numbers, where they are more than a count, are plain functions here:
the visits of each ISO week, a prospect's net grade movement, the Pareto
marks, the customer tiers of the 60/30/10 guide.

Periods are days of the rep's calendar, both ends included.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    DifferentiationStrategy,
    Level,
    ProspectGrade,
    RelationshipStatus,
)
from repdesk.domain.objection_stats import PlaybookStats, Tally
from repdesk.domain.playbook import Text
from repdesk.domain.rules import HIGH_SHARE_PERCENT, LARGE_UPCOMING_QUANTITY, TIER_GUIDE, TimeTier
from repdesk.domain.sheet import SegmentCell
from repdesk.domain.weeks import IsoWeek


class ChartKind(StrEnum):
    """Every chart, by a stable id (settings, file names, the weekly PDF's order)."""

    VISITS = "visits"  # visits planned against made, per ISO week
    GRADES = "grades"  # prospects by grade now, and grade movements in the period
    LEAD_SOURCES = "lead_sources"  # prospects found per source, and how many closed
    OBJECTIONS = "objections"  # objections met most
    ANSWERS = "answers"  # agreement rate per answer, with counts
    PARETO = "pareto"  # 八二开规则: cumulative share of revenue by customer
    TIME_BY_TIER = "time_by_tier"  # the rep's time by tier against 60/30/10
    DIFFERENTIATION = "differentiation"  # 差别化: share x upcoming quantity
    SEGMENTATION = "segmentation"  # 客户细分: profit potential x relationship


@dataclass(frozen=True, order=True)
class Period:
    """Days ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period ends on or after it starts: {self.start} > {self.end}")

    @classmethod
    def week(cls, week: IsoWeek) -> Period:
        return cls(week.monday, week.sunday)

    @classmethod
    def weeks_ending(cls, week: IsoWeek, count: int) -> Period:
        """``count`` whole ISO weeks, the last one ``week``."""
        return cls(week.monday - timedelta(weeks=max(count, 1) - 1), week.sunday)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def weeks(self) -> list[IsoWeek]:
        """The ISO weeks the period touches, in order."""
        weeks, monday = [], IsoWeek.of(self.start).monday
        while monday <= self.end:
            weeks.append(IsoWeek.of(monday))
            monday += timedelta(days=7)
        return weeks


# --- 1. visits planned against made -----------------------------------------------------


@dataclass(frozen=True)
class WeekVisits:
    week: IsoWeek
    first: date  # the week's days inside the period: a partial week at either end
    last: date
    planned: int
    made: int

    @property
    def partial(self) -> bool:
        return (self.last - self.first).days < 6


@dataclass(frozen=True)
class VisitNumbers:
    period: Period
    weeks: tuple[WeekVisits, ...]
    kind = ChartKind.VISITS

    @property
    def planned(self) -> int:
        return sum(w.planned for w in self.weeks)

    @property
    def made(self) -> int:
        return sum(w.made for w in self.weeks)

    @property
    def is_empty(self) -> bool:
        return self.planned == 0 and self.made == 0


def visits_by_week(
    period: Period, planned: Mapping[date, int], made: Mapping[date, int]
) -> tuple[WeekVisits, ...]:
    """Per-day counts summed per ISO week; days outside the period are left out."""
    rows = []
    for week in period.weeks():
        first, last = max(week.monday, period.start), min(week.sunday, period.end)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        rows.append(
            WeekVisits(
                week,
                first,
                last,
                sum(planned.get(day, 0) for day in days),
                sum(made.get(day, 0) for day in days),
            )
        )
    return tuple(rows)


# --- 2. prospects by grade, and their movements -----------------------------------------


@dataclass(frozen=True)
class ClassificationEvent:
    """One row of the grade and tier history (classification_changes)."""

    customer_id: str
    field: ClassificationField
    old_value: str | None
    new_value: str | None
    at: datetime


@dataclass(frozen=True, order=True)
class GradeMove:
    """Prospects that went from one grade to another over a period, net.

    ``source`` None: not graded when the period began (new, or ungraded before).
    ``target`` None: became a customer (status prospect -> customer).
    """

    source: ProspectGrade | None
    target: ProspectGrade | None
    count: int

    @property
    def became_customer(self) -> bool:
        return self.target is None

    @property
    def is_new(self) -> bool:
        return self.source is None

    @property
    def upward(self) -> bool:
        """Towards closing: a better grade (A is the best), or a customer."""
        if self.target is None:
            return True
        return self.source is not None and self.target.value < self.source.value


@dataclass(frozen=True)
class GradeNumbers:
    period: Period
    now: tuple[tuple[ProspectGrade, int], ...]  # live prospects per grade, A to D
    ungraded: int  # live prospects without a grade
    moves: tuple[GradeMove, ...]
    kind = ChartKind.GRADES

    @property
    def prospects(self) -> int:
        return sum(n for _, n in self.now) + self.ungraded

    def move(self, source: ProspectGrade | None, target: ProspectGrade | None) -> int:
        return next((m.count for m in self.moves if (m.source, m.target) == (source, target)), 0)

    @property
    def is_empty(self) -> bool:
        return self.prospects == 0 and not self.moves


def _grade(value: str | None) -> ProspectGrade | None:
    try:
        return ProspectGrade(value) if value else None
    except ValueError:
        return None


def grade_moves(events: Iterable[ClassificationEvent]) -> tuple[GradeMove, ...]:
    """Each customer's net movement over the events of a period, counted.

    Per customer, in time order: from the grade before their first grade change
    (None: not graded yet) to the grade after their last one, or to "customer"
    when the period saw them close (a status change prospect -> customer, and
    their last status change leaves them a customer). Left out: a customer at
    the period's start (their first status change starts from customer), a
    grade cleared without closing, a sheet created as a customer, and a
    prospect who ends where they started (B -> A -> B).
    """
    per_customer: dict[str, list[ClassificationEvent]] = defaultdict(list)
    for event in events:
        if event.field in (ClassificationField.PROSPECT_GRADE, ClassificationField.STATUS):
            per_customer[event.customer_id].append(event)
    counts: Counter[tuple[ProspectGrade | None, ProspectGrade | None]] = Counter()
    for history in per_customer.values():
        history.sort(key=lambda e: e.at)
        grades = [e for e in history if e.field is ClassificationField.PROSPECT_GRADE]
        statuses = [e for e in history if e.field is ClassificationField.STATUS]
        if statuses and statuses[0].old_value == CustomerStatus.CUSTOMER:
            continue
        closed = bool(statuses) and statuses[-1].new_value == CustomerStatus.CUSTOMER
        closed = closed and any(s.old_value == CustomerStatus.PROSPECT for s in statuses)
        source = _grade(grades[0].old_value) if grades else None
        if closed:
            counts[(source, None)] += 1
            continue
        target = _grade(grades[-1].new_value) if grades else None
        if target is not None and target != source:
            counts[(source, target)] += 1
    order = {None: -1} | {g: i for i, g in enumerate(ProspectGrade)}
    moves = sorted(
        counts.items(),
        key=lambda item: (order[item[0][0]], item[0][1] is None, order[item[0][1]]),
    )
    return tuple(GradeMove(source, target, n) for (source, target), n in moves)


# --- 3. lead sources --------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCount:
    source_id: str | None  # None: no source given on the sheet
    label: str  # as stored: the seed's sources in English (translated for display)
    code: str | None  # the seed's code, None for the rep's own sources
    found: int
    became_customers: int

    @property
    def rate(self) -> float | None:
        return self.became_customers / self.found if self.found else None


@dataclass(frozen=True)
class LeadSourceNumbers:
    period: Period
    sources: tuple[SourceCount, ...]  # most found first
    kind = ChartKind.LEAD_SOURCES

    @property
    def found(self) -> int:
        return sum(s.found for s in self.sources)

    @property
    def became_customers(self) -> int:
        return sum(s.became_customers for s in self.sources)

    @property
    def is_empty(self) -> bool:
        return self.found == 0


# --- 4. objections and answers ----------------------------------------------------------


@dataclass(frozen=True)
class ObjectionBar:
    objection_id: str | None  # None: objections typed on visits, not in the playbook
    title: Text | None
    raised: int  # times raised (round 1)
    customers: int  # different customers who raised it
    tally: Tally  # every answer tried to it


@dataclass(frozen=True)
class AnswerBar:
    objection_id: str | None
    objection_title: Text | None
    answer_id: str | None  # None: answers typed on visits, not from the playbook
    label: Text | None
    tally: Tally  # "agreed of decided", its Wilson interval, too few to judge
    retired: bool = False


@dataclass(frozen=True)
class ObjectionNumbers:
    """Both objection charts (ChartKind.OBJECTIONS and ChartKind.ANSWERS) draw these."""

    period: Period
    objections: tuple[ObjectionBar, ...]  # the most raised first
    more_objections: int  # raised in the period but not in the chart
    answers: tuple[AnswerBar, ...]  # of the first objections, grouped, best first
    visits: int  # finished visits in the period
    visits_with_objections: int
    kind = ChartKind.OBJECTIONS

    @property
    def is_empty(self) -> bool:
        return not self.objections

    @property
    def has_answers(self) -> bool:
        return bool(self.answers)


def objection_numbers(
    stats: PlaybookStats,
    period: Period,
    *,
    top: int = 8,
    answered: int = 4,
    per_objection: int = 4,
) -> ObjectionNumbers:
    """The ``top`` most raised objections, and for the first ``answered`` of them up to
    ``per_objection`` answers with a recorded result (agreed or refused), best first."""
    raised = sorted(
        (o for o in stats.objections if o.raised > 0),
        key=lambda o: (-o.raised, o.objection_id is None, -o.tally.tried),
    )
    shown = raised[:top]
    answers = [
        AnswerBar(o.objection_id, o.title, a.answer_id, a.label, a.tally, a.retired)
        for o in shown[:answered]
        for a in [a for a in o.answers if a.tally.decided > 0][:per_objection]
    ]
    return ObjectionNumbers(
        period,
        tuple(ObjectionBar(o.objection_id, o.title, o.raised, o.customers, o.tally) for o in shown),
        len(raised) - len(shown),
        tuple(answers),
        stats.visits,
        stats.visits_with_objections,
    )


# --- 5. Pareto (八二开规则) -------------------------------------------------------------

# The groups the seed names: the customers bringing 10-20% of sales, the group
# bringing 40-50%, and the classic 80%. (target, upper end of the seed's band).
PARETO_TARGETS: tuple[tuple[float, float | None], ...] = ((0.10, 0.20), (0.40, 0.50), (0.80, None))


@dataclass(frozen=True)
class ParetoMark:
    """The smallest group of top customers whose revenue reaches ``target`` of the total."""

    target: float
    band_top: float | None  # the seed's band ends here (10-20%, 40-50%)
    customers: int  # how many top customers
    customer_share: float  # of all customers in the chart
    revenue_share: float  # what they bring (>= target)

    @property
    def in_band(self) -> bool:
        return self.band_top is None or self.revenue_share <= self.band_top + 1e-9


@dataclass(frozen=True)
class ParetoCustomer:
    customer_id: str
    name: str
    revenue: float


@dataclass(frozen=True)
class ParetoNumbers:
    currency: str  # the one drawn: most customers ('' when none was given)
    revenues: tuple[float, ...]  # biggest first
    cumulative: tuple[float, ...]  # share of the total after each customer
    marks: tuple[ParetoMark, ...]
    leaders: tuple[ParetoCustomer, ...]  # the first mark's customers (at most ten)
    other_currencies: tuple[tuple[str, int], ...] = ()  # (currency, customers) not drawn
    kind = ChartKind.PARETO

    @property
    def customers(self) -> int:
        return len(self.revenues)

    @property
    def total(self) -> float:
        return sum(self.revenues)

    @property
    def is_empty(self) -> bool:
        return self.total <= 0


def cumulative_shares(revenues: Sequence[float]) -> tuple[float, ...]:
    """Running share of the total, biggest first (``revenues`` sorted that way)."""
    total = sum(revenues)
    if total <= 0:
        return ()
    running, shares = 0.0, []
    for revenue in revenues:
        running += revenue
        shares.append(min(1.0, running / total))
    return tuple(shares)


def pareto_marks(
    cumulative: Sequence[float],
    targets: Sequence[tuple[float, float | None]] = PARETO_TARGETS,
) -> tuple[ParetoMark, ...]:
    """For each target, the fewest top customers whose cumulative share reaches it."""
    marks, n = [], len(cumulative)
    for target, band_top in targets:
        k = next((i + 1 for i, share in enumerate(cumulative) if share >= target - 1e-9), 0)
        if k:
            marks.append(ParetoMark(target, band_top, k, k / n, cumulative[k - 1]))
    return tuple(marks)


def main_currency(totals: Mapping[str, tuple[int, float]]) -> str:
    """The currency of most customers (then the bigger total, then the code)."""
    if not totals:
        return ""
    return min(totals, key=lambda c: (-totals[c][0], -totals[c][1], c))


# --- 6. time by tier against the 60/30/10 guide -----------------------------------------


@dataclass(frozen=True)
class TierTime:
    tier: TimeTier
    customers: int  # live sheets in the tier now
    minutes: int  # recorded on their finished visits in the period
    visits: int  # finished visits in the period, with or without minutes
    customer_share: float
    time_share: float | None  # None when no minutes were recorded at all

    @property
    def guide(self) -> tuple[float, float]:
        return TIER_GUIDE[self.tier]


@dataclass(frozen=True)
class TimeNumbers:
    period: Period
    tiers: tuple[TierTime, ...]  # VIP, ordinary, possible
    visits_without_minutes: int
    kind = ChartKind.TIME_BY_TIER

    @property
    def minutes(self) -> int:
        return sum(t.minutes for t in self.tiers)

    @property
    def is_empty(self) -> bool:
        return sum(t.customers for t in self.tiers) == 0 and self.minutes == 0


def tier_times(
    period: Period,
    customers: Mapping[TimeTier, int],
    minutes: Mapping[TimeTier, int],
    visits: Mapping[TimeTier, int],
    visits_without_minutes: int,
) -> TimeNumbers:
    people, spent = sum(customers.values()), sum(minutes.values())
    tiers = tuple(
        TierTime(
            tier,
            customers.get(tier, 0),
            minutes.get(tier, 0),
            visits.get(tier, 0),
            customers.get(tier, 0) / people if people else 0.0,
            minutes.get(tier, 0) / spent if spent else None,
        )
        for tier in TimeTier
    )
    return TimeNumbers(period, tiers, visits_without_minutes)


# --- 7. differentiation matrix and segmentation grid ------------------------------------


class MatrixDot(NamedTuple):
    """One sheet in the matrix (a named tuple: 60,000 of them at 100,000 sheets are made
    three times faster than frozen dataclasses)."""

    share_percent: float
    upcoming_quantity: float
    strategy: DifferentiationStrategy
    customer: bool  # closed (else a prospect)
    vip: bool


@dataclass(frozen=True)
class DifferentiationNumbers:
    dots: tuple[MatrixDot, ...]
    unknown: int  # live sheets lacking the share or the quantity
    high_share: float = HIGH_SHARE_PERCENT
    large_quantity: float = LARGE_UPCOMING_QUANTITY
    kind = ChartKind.DIFFERENTIATION

    def count(self, strategy: DifferentiationStrategy) -> int:
        return sum(1 for dot in self.dots if dot.strategy is strategy)

    @property
    def is_empty(self) -> bool:
        return not self.dots


@dataclass(frozen=True)
class SegmentCount:
    cell: SegmentCell
    sheets: int
    vips: int


PROFIT_ROWS: tuple[Level, ...] = (Level.HIGH, Level.MEDIUM, Level.LOW)
RELATIONSHIP_COLUMNS: tuple[RelationshipStatus, ...] = tuple(RelationshipStatus)


@dataclass(frozen=True)
class SegmentationNumbers:
    cells: tuple[SegmentCount, ...]  # every cell, rows high..low, columns as RelationshipStatus
    unknown: int  # live sheets lacking the potential or the relationship
    kind = ChartKind.SEGMENTATION

    def cell(self, profit: Level, relationship: RelationshipStatus) -> SegmentCount:
        wanted = SegmentCell(profit, relationship)
        return next((c for c in self.cells if c.cell == wanted), SegmentCount(wanted, 0, 0))

    @property
    def sheets(self) -> int:
        return sum(c.sheets for c in self.cells)

    @property
    def is_empty(self) -> bool:
        return self.sheets == 0


def segment_grid(
    counts: Mapping[tuple[Level, RelationshipStatus], tuple[int, int]], unknown: int
) -> SegmentationNumbers:
    """Every cell of the grid, zeros included, from (sheets, VIPs) per cell."""
    cells = tuple(
        SegmentCount(SegmentCell(profit, relationship), *counts.get((profit, relationship), (0, 0)))
        for profit in PROFIT_ROWS
        for relationship in RELATIONSHIP_COLUMNS
    )
    return SegmentationNumbers(cells, unknown)


ChartNumbers = (
    VisitNumbers
    | GradeNumbers
    | LeadSourceNumbers
    | ObjectionNumbers
    | ParetoNumbers
    | TimeNumbers
    | DifferentiationNumbers
    | SegmentationNumbers
)
