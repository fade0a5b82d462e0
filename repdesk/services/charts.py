"""The numbers of every chart, read from the database (the drawing only draws them).

What counts, everywhere: live rows only (``deleted_at`` is NULL) of live
customers (a deleted sheet's plans, visits and history are left out). Visit
times (appointment_at, visited_at) are the rep's wall-clock time, compared
with the period's days as they are; bookkeeping stamps (created_at,
changed_at) are UTC, compared with the UTC instants at which the period's
first day begins and the day after its last begins on this machine.

Three charts show the book as it is now and take no period: the Pareto curve
(annual revenue is a yearly figure on the sheet), the differentiation matrix
and the segmentation grid. The time chart counts customers per tier now and
time spent in the period.

Plain calls that may take a while at 100,000 sheets: the GUI runs them on its worker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import text

from repdesk.db.connection import raw
from repdesk.db.store import Store
from repdesk.domain.charts import (
    ChartKind,
    ChartNumbers,
    ClassificationEvent,
    DifferentiationNumbers,
    GradeNumbers,
    LeadSourceNumbers,
    MatrixDot,
    ObjectionNumbers,
    ParetoCustomer,
    ParetoNumbers,
    Period,
    SegmentationNumbers,
    SourceCount,
    TimeNumbers,
    VisitNumbers,
    cumulative_shares,
    grade_moves,
    main_currency,
    objection_numbers,
    pareto_marks,
    segment_grid,
    tier_times,
    visits_by_week,
)
from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    Level,
    ProspectGrade,
    RelationshipStatus,
    ValueTier,
    VisitStatus,
)
from repdesk.domain.rules import TimeTier, differentiation_strategy, time_tier
from repdesk.services.playbook import PlaybookService

_LIVE_CUSTOMER = "customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)"
_STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite
_MOST_LEADERS = 10

_PLANNED_PER_DAY = f"""
SELECT substr(appointment_at, 1, 10), count(*) FROM visit_plans
WHERE deleted_at IS NULL AND status != :cancelled
  AND appointment_at >= :start AND appointment_at < :after AND {_LIVE_CUSTOMER}
GROUP BY 1"""
_MADE_PER_DAY = f"""
SELECT substr(visited_at, 1, 10), count(*) FROM visit_records
WHERE deleted_at IS NULL AND NOT is_draft
  AND visited_at >= :start AND visited_at < :after AND {_LIVE_CUSTOMER}
GROUP BY 1"""
_GRADES_NOW = """
SELECT prospect_grade, count(*) FROM customers
WHERE deleted_at IS NULL AND status = :prospect GROUP BY 1"""
_GRADE_EVENTS = f"""
SELECT customer_id, field, old_value, new_value, changed_at FROM classification_changes
WHERE deleted_at IS NULL AND field IN (:grade, :status)
  AND changed_at >= :start AND changed_at < :after AND {_LIVE_CUSTOMER}"""
_FOUND = """
SELECT c.lead_source_id, count(*),
  sum(c.status = :customer OR EXISTS (
    SELECT 1 FROM classification_changes h
    WHERE h.customer_id = c.id AND h.field = :status AND h.new_value = :customer
      AND h.deleted_at IS NULL))
FROM customers c
WHERE c.deleted_at IS NULL AND c.created_at >= :start AND c.created_at < :after
GROUP BY 1"""
_SOURCES = "SELECT id, label, code FROM lead_sources"
# The snapshot charts (Pareto, time by tier, matrix, grid) fold one read of the live sheets:
# at 100,000 sheets one scan costs ~0.3 s, four targeted queries ~1.2 s.
_BOOK = """
SELECT status, value_tier, annual_revenue, currency, share_percent, upcoming_quantity,
  profit_potential, relationship_status
FROM customers WHERE deleted_at IS NULL"""
_LEADERS = """
SELECT id, name, annual_revenue FROM customers
WHERE deleted_at IS NULL AND status = :customer AND annual_revenue >= 0
  AND upper(trim(coalesce(currency, ''))) = :currency
ORDER BY annual_revenue DESC, name, id LIMIT :count"""
_TIER_TIME = """
SELECT c.status, coalesce(c.value_tier = :vip, 0), coalesce(sum(r.minutes_spent), 0),
  count(*), sum(r.minutes_spent IS NULL)
FROM visit_records r JOIN customers c ON c.id = r.customer_id
WHERE r.deleted_at IS NULL AND NOT r.is_draft AND c.deleted_at IS NULL
  AND r.visited_at >= :start AND r.visited_at < :after
GROUP BY 1, 2"""


class _Sheet(NamedTuple):
    """What the snapshot charts need of one live sheet."""

    status: str
    tier: str | None
    revenue: float | None
    currency: str | None
    share: float | None
    quantity: float | None
    profit: str | None
    relationship: str | None

    @property
    def vip(self) -> bool:
        return self.status == CustomerStatus.CUSTOMER and self.tier == ValueTier.VIP


def _wall(day: date) -> str:
    """The start of a day as a stored wall-clock time (appointment_at, visited_at)."""
    return datetime.combine(day, time.min).strftime(_STAMP)


def _utc(day: date) -> str:
    """The UTC instant this machine's day begins, as a stored stamp (created_at...)."""
    began = datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)
    return began.strftime(_STAMP)


def _stamp(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


class ChartService:
    """The numbers of each chart (repdesk/domain/charts.py says what each record holds)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._playbook = PlaybookService(store)

    def numbers(self, kind: ChartKind, period: Period) -> ChartNumbers:
        """One chart's numbers; the snapshot charts ignore ``period``."""
        if kind is ChartKind.VISITS:
            return self.visits(period)
        if kind is ChartKind.GRADES:
            return self.grades(period)
        if kind is ChartKind.LEAD_SOURCES:
            return self.lead_sources(period)
        if kind in (ChartKind.OBJECTIONS, ChartKind.ANSWERS):
            return self.objections(period)
        if kind is ChartKind.PARETO:
            return self.pareto()
        if kind is ChartKind.TIME_BY_TIER:
            return self.time_by_tier(period)
        if kind is ChartKind.DIFFERENTIATION:
            return self.differentiation()
        return self.segmentation()

    def all(
        self, period: Period, periods: Mapping[ChartKind, Period] | None = None
    ) -> dict[ChartKind, ChartNumbers]:
        """Every chart's numbers for ``period``, or for the chart's own period in
        ``periods`` (e.g. the visits of the 13 weeks ending with a weekly summary's
        week). The objection charts share their numbers (the OBJECTIONS period), the
        snapshot charts one read of the sheets."""

        def of(kind: ChartKind) -> Period:
            return (periods or {}).get(kind, period)

        book = self._book()
        objections = self.objections(of(ChartKind.OBJECTIONS))
        return {
            ChartKind.VISITS: self.visits(of(ChartKind.VISITS)),
            ChartKind.GRADES: self.grades(of(ChartKind.GRADES)),
            ChartKind.LEAD_SOURCES: self.lead_sources(of(ChartKind.LEAD_SOURCES)),
            ChartKind.OBJECTIONS: objections,
            ChartKind.ANSWERS: objections,
            ChartKind.PARETO: self._pareto(book, None),
            ChartKind.TIME_BY_TIER: self._time_by_tier(book, of(ChartKind.TIME_BY_TIER)),
            ChartKind.DIFFERENTIATION: self._differentiation(book),
            ChartKind.SEGMENTATION: self._segmentation(book),
        }

    def _book(self) -> list[_Sheet]:
        """The live sheets, straight from the driver (100,000 rows: SQLAlchemy's rows
        would add a third)."""
        with self.store.engine.connect() as connection:
            return list(map(_Sheet._make, raw(connection).execute(_BOOK)))

    def _rows(self, sql: str, **params: Any) -> list[Any]:
        with self.store.reading() as session:
            return list(session.execute(text(sql), params))

    # --- 1 -------------------------------------------------------------------------------

    def visits(self, period: Period) -> VisitNumbers:
        """Planned: visit plans whose appointment falls in the period, whatever became of
        them (planned or done) except cancelled; a plan without an appointment date is not
        counted. Made: finished visit records (not drafts) visited in the period, with or
        without a plan. Deleted plans and records, and those of deleted customers, do not
        count."""
        bounds = {"start": _wall(period.start), "after": _wall(period.end + timedelta(days=1))}
        planned = self._rows(_PLANNED_PER_DAY, cancelled=VisitStatus.CANCELLED.value, **bounds)
        made = self._rows(_MADE_PER_DAY, **bounds)
        return VisitNumbers(
            period,
            visits_by_week(
                period,
                {date.fromisoformat(day): int(n) for day, n in planned},
                {date.fromisoformat(day): int(n) for day, n in made},
            ),
        )

    # --- 2 -------------------------------------------------------------------------------

    def grades(self, period: Period) -> GradeNumbers:
        """Live prospects per grade now, and the net grade movement of each prospect whose
        grade or status changed in the period (domain.charts.grade_moves says exactly)."""
        by_grade = dict.fromkeys(ProspectGrade, 0)
        ungraded = 0
        for grade, n in self._rows(_GRADES_NOW, prospect=CustomerStatus.PROSPECT.value):
            if grade in by_grade:
                by_grade[ProspectGrade(grade)] += int(n)
            else:
                ungraded += int(n)
        events = [
            ClassificationEvent(customer_id, ClassificationField(field), old, new, _stamp(at))
            for customer_id, field, old, new, at in self._rows(
                _GRADE_EVENTS,
                grade=ClassificationField.PROSPECT_GRADE.value,
                status=ClassificationField.STATUS.value,
                start=_utc(period.start),
                after=_utc(period.end + timedelta(days=1)),
            )
        ]
        return GradeNumbers(period, tuple(by_grade.items()), ungraded, grade_moves(events))

    # --- 3 -------------------------------------------------------------------------------

    def lead_sources(self, period: Period) -> LeadSourceNumbers:
        """Sheets created in the period (found: as a prospect, or straight as a customer),
        per lead source, and how many of them are customers: closed now, or closed at any
        time since (a status change to customer, even if reopened later). A sheet without
        a source counts under "no source"; a removed source keeps its label."""
        found = self._rows(
            _FOUND,
            customer=CustomerStatus.CUSTOMER.value,
            status=ClassificationField.STATUS.value,
            start=_utc(period.start),
            after=_utc(period.end + timedelta(days=1)),
        )
        sources = {row[0]: (row[1], row[2]) for row in self._rows(_SOURCES)}
        counts = []
        for source_id, n, closed in found:
            label, code = sources.get(source_id, ("", None))
            counts.append(SourceCount(source_id, label, code, int(n), int(closed or 0)))
        counts.sort(key=lambda s: (-s.found, s.source_id is None, -s.became_customers, s.label))
        return LeadSourceNumbers(period, tuple(counts))

    # --- 4 -------------------------------------------------------------------------------

    def objections(self, period: Period, *, top: int = 8, answered: int = 4) -> ObjectionNumbers:
        """The playbook's statistics (services/playbook.py, PlaybookService.stats) for the
        period: the most raised objections, and the answers of the first few."""
        stats = self._playbook.stats(period.start, period.end)
        return objection_numbers(stats, period, top=top, answered=answered)

    # --- 5 -------------------------------------------------------------------------------

    def pareto(self, currency: str | None = None) -> ParetoNumbers:
        """Closed live customers' annual revenue (zero counts, unknown or negative does
        not), in one currency: ``currency``, or by default the currency of most customers.
        Revenues in other currencies are never converted or added: they are listed with
        their number of customers in ``other_currencies``. A sheet without a currency
        counts under '' (currencies compared trimmed and in capitals)."""
        return self._pareto(self._book(), currency)

    def _pareto(self, book: list[_Sheet], currency: str | None) -> ParetoNumbers:
        by_currency: dict[str, list[float]] = {}
        for sheet in book:
            revenue = sheet.revenue
            if sheet.status == CustomerStatus.CUSTOMER and revenue is not None and revenue >= 0:
                code = (sheet.currency or "").strip().upper()
                by_currency.setdefault(code, []).append(float(revenue))
        totals = {c: (len(values), sum(values)) for c, values in by_currency.items()}
        chosen = main_currency(totals) if currency is None else currency.strip().upper()
        revenues = tuple(sorted(by_currency.get(chosen, []), reverse=True))
        cumulative = cumulative_shares(revenues)
        marks = pareto_marks(cumulative)
        leaders = self._rows(
            _LEADERS,
            customer=CustomerStatus.CUSTOMER.value,
            currency=chosen,
            count=min(marks[0].customers, _MOST_LEADERS) if marks else 0,
        )
        others = sorted(
            ((c, n) for c, (n, _) in totals.items() if c != chosen), key=lambda i: (-i[1], i[0])
        )
        return ParetoNumbers(
            chosen,
            revenues,
            cumulative,
            marks,
            tuple(ParetoCustomer(str(i), str(name), float(r)) for i, name, r in leaders),
            tuple(others),
        )

    # --- 6 -------------------------------------------------------------------------------

    def time_by_tier(self, period: Period) -> TimeNumbers:
        """Live sheets per tier now (VIP: closed customers of value tier VIP; ordinary:
        the other closed customers, of any tier or none; possible: prospects), and the
        minutes recorded on finished visits (not drafts) in the period, by the tier the
        customer is in now. A visit without minutes counts as a visit, adds no time, and
        is counted in ``visits_without_minutes``."""
        return self._time_by_tier(self._book(), period)

    def _time_by_tier(self, book: list[_Sheet], period: Period) -> TimeNumbers:
        sheets = Counter(time_tier(sheet.status, vip=sheet.vip) for sheet in book)
        minutes: Counter[TimeTier] = Counter()
        visits: Counter[TimeTier] = Counter()
        missing = 0
        for status, vip, spent, n, without in self._rows(
            _TIER_TIME,
            vip="vip",
            start=_wall(period.start),
            after=_wall(period.end + timedelta(days=1)),
        ):
            tier = time_tier(status, vip=bool(vip))
            minutes[tier] += int(spent)
            visits[tier] += int(n)
            missing += int(without or 0)
        return tier_times(period, sheets, minutes, visits, missing)

    # --- 7 -------------------------------------------------------------------------------

    def differentiation(self) -> DifferentiationNumbers:
        """Every live sheet (customers and prospects) with both its share of purchases and
        its upcoming quantity, placed by the rule of domain/rules.py."""
        return self._differentiation(self._book())

    def _differentiation(self, book: list[_Sheet]) -> DifferentiationNumbers:
        dots = []
        for sheet in book:
            if sheet.share is None or sheet.quantity is None:
                continue
            strategy = differentiation_strategy(sheet.share, sheet.quantity)
            assert strategy is not None  # both facts are known
            customer = sheet.status == CustomerStatus.CUSTOMER
            dots.append(
                MatrixDot(float(sheet.share), float(sheet.quantity), strategy, customer, sheet.vip)
            )
        return DifferentiationNumbers(tuple(dots), len(book) - len(dots))

    def segmentation(self) -> SegmentationNumbers:
        """Live sheets (customers and prospects) per profit potential x relationship
        status, and the VIP customers among them; sheets lacking either are ``unknown``."""
        return self._segmentation(self._book())

    def _segmentation(self, book: list[_Sheet]) -> SegmentationNumbers:
        found = Counter((sheet.profit, sheet.relationship, sheet.vip) for sheet in book)
        counts: dict[tuple[Level, RelationshipStatus], tuple[int, int]] = {}
        levels, statuses = {m.value for m in Level}, {m.value for m in RelationshipStatus}
        for (profit, relationship, vip), n in found.items():
            if profit in levels and relationship in statuses:
                cell = (Level(profit), RelationshipStatus(relationship))
                sheets, vips = counts.get(cell, (0, 0))
                counts[cell] = (sheets + n, vips + (n if vip else 0))
        return segment_grid(counts, len(book) - sum(n for n, _ in counts.values()))
