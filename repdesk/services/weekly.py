"""The manager's weekly summary (issue 7, domain.md section 7): one ISO week's numbers.

``WeeklyService(store).summary(week)`` reads them with a handful of indexed
queries on the store's own SQLite connection (a few milliseconds on a rep's
year, well under 0.5 s on 100,000 sheets); the reports layer turns them into
the spreadsheet and the PDF, the GUI shows them.

Rules every number follows (the docstring of ``summary`` says the rest):

- Deleted rows never count (``deleted_at`` set), nor any row of a deleted
  customer. Rows of a customer brought back count again.
- A visit is *made* when its record is finished: draft records never count.
- A cancelled plan is not a planned visit (it is counted apart).
- Times agreed with customers (``appointment_at``, ``visited_at``) are the
  rep's wall-clock time and are compared with the week's days as they are.
  Bookkeeping stamps (``created_at``, ``changed_at``, ``done_at``) are UTC:
  the week's bounds are turned into UTC with the computer's time zone, as the
  Today page does, and the dates shown are the rep's local dates.
- Tiers are the customer's standing now (status and value tier), not at the
  time of the visit.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

from repdesk.db.connection import raw
from repdesk.db.store import Store
from repdesk.domain.charts import ChartKind, ChartNumbers, Period
from repdesk.domain.enums import (
    ClassificationField,
    DissatisfactionSignal,
    ProspectGrade,
    ValueTier,
)
from repdesk.domain.rules import TimeTier, time_tier
from repdesk.domain.weekly import (
    TREND_WEEKS,
    WEEKLY_CHARTS,
    ClassificationMove,
    DayVisits,
    FollowUpCounts,
    FollowUpItem,
    NewProspect,
    PlannedVisit,
    SignalCounts,
    SignalEvent,
    SourceCount,
    TierExpense,
    TierTime,
    VisitCounts,
    VisitMade,
    WeeklySummary,
)
from repdesk.domain.weeks import IsoWeek
from repdesk.services.charts import ChartService
from repdesk.services.playbook import PlaybookService

_FAR_FUTURE = "9999-12-31"

# Plans with an appointment in [?, ?): live plans of live customers, whether a finished
# record was made from them (visit_records.visit_plan_id is unique, so indexed).
_PLANS = """
SELECT vp.status, substr(vp.appointment_at, 1, 10),
       EXISTS (SELECT 1 FROM visit_records r
               WHERE r.visit_plan_id = vp.id AND r.deleted_at IS NULL AND NOT r.is_draft)
FROM visit_plans vp JOIN customers c ON c.id = vp.customer_id
WHERE vp.deleted_at IS NULL AND c.deleted_at IS NULL
  AND vp.appointment_at >= ? AND vp.appointment_at < ?
"""

# Finished records visited in [?, ?) of live customers, in time order.
_RECORDS = """
SELECT r.id, r.visited_at, r.customer_id, c.name, c.status, c.value_tier,
       r.visit_plan_id IS NOT NULL, r.minutes_spent, r.expenses, r.currency, r.outcome
FROM visit_records r JOIN customers c ON c.id = r.customer_id
WHERE r.deleted_at IS NULL AND NOT r.is_draft AND c.deleted_at IS NULL
  AND r.visited_at >= ? AND r.visited_at < ?
ORDER BY r.visited_at, c.sort_key, r.id
"""

# Sheets made in [?, ?) (UTC) that are prospects, or were prospects and closed since.
_NEW_PROSPECTS = """
SELECT c.id, c.name, c.created_at, ls.code, coalesce(ls.label, ''), c.prospect_grade,
       c.status = 'customer'
FROM customers c LEFT JOIN lead_sources ls ON ls.id = c.lead_source_id
WHERE c.deleted_at IS NULL AND c.created_at >= ? AND c.created_at < ?
  AND (c.status = 'prospect' OR EXISTS (
        SELECT 1 FROM classification_changes h
        WHERE h.customer_id = c.id AND h.deleted_at IS NULL AND h.field = 'status'
          AND h.old_value = 'prospect' AND h.new_value = 'customer'))
ORDER BY c.created_at, c.sort_key, c.id
"""

_CHANGES = """
SELECT h.changed_at, h.customer_id, c.name, h.field, h.old_value, h.new_value, h.reason
FROM classification_changes h JOIN customers c ON c.id = h.customer_id
WHERE h.deleted_at IS NULL AND c.deleted_at IS NULL AND h.changed_at >= ? AND h.changed_at < ?
ORDER BY h.changed_at, c.sort_key, h.id
"""

_SIGNALS = """
SELECT s.id, s.customer_id, c.name, s.signal, s.raised_on, s.note, s.resolved_on,
       s.resolution_note
FROM dissatisfaction_signals s JOIN customers c ON c.id = s.customer_id
WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL
  AND (s.raised_on BETWEEN :first AND :last OR s.resolved_on BETWEEN :first AND :last)
ORDER BY s.raised_on, c.sort_key, s.id
"""

_SIGNALS_OPEN = """
SELECT count(*)
FROM dissatisfaction_signals s JOIN customers c ON c.id = s.customer_id
WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL
  AND s.raised_on <= :day AND (s.resolved_on IS NULL OR s.resolved_on > :day)
"""

# A follow-up from a diary row whose company has no sheet yet is named by that row.
_FOLLOW_UPS_FROM = """
SELECT f.id, f.customer_id, coalesce(c.name, d.company_name, ''), f.action, f.due_date,
       f.done_at
FROM follow_ups f LEFT JOIN customers c ON c.id = f.customer_id
LEFT JOIN diary_entries d ON d.id = f.diary_entry_id
WHERE f.deleted_at IS NULL AND c.deleted_at IS NULL
"""
_FOLLOW_UPS_DONE = (
    _FOLLOW_UPS_FROM + "AND f.done_at >= ? AND f.done_at < ? ORDER BY f.done_at, f.id"
)
# Two index ranges on (done_at, due_date): still open, and done only after the cut.
_FOLLOW_UPS_OVERDUE = f"""
{_FOLLOW_UPS_FROM} AND f.done_at IS NULL AND f.due_date < :due_before
UNION ALL
{_FOLLOW_UPS_FROM} AND f.done_at >= :done_after AND f.due_date < :due_before
"""

_NEXT_WEEK = """
SELECT vp.id, vp.appointment_at, vp.customer_id, c.name, vp.place, vp.objective
FROM visit_plans vp JOIN customers c ON c.id = vp.customer_id
WHERE vp.deleted_at IS NULL AND c.deleted_at IS NULL AND vp.status != 'cancelled'
  AND vp.appointment_at >= ? AND vp.appointment_at < ?
ORDER BY vp.appointment_at, coalesce(vp.itinerary_position, 999999), c.sort_key, vp.id
"""


def _stamp(moment: datetime) -> str:
    """A datetime as SQLAlchemy stores it on SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _utc_start(day: date) -> str:
    """The start of the rep's local ``day`` as a stored UTC stamp."""
    return _stamp(datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None))


def _local_day(stored: str) -> date:
    """The rep's local date of a stored UTC stamp."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone().date()


def _grade(code: str | None) -> ProspectGrade | None:
    try:
        return ProspectGrade(code) if code else None
    except ValueError:
        return None


class WeeklyService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with self.store.engine.connect() as connection:
            yield raw(connection)

    def chart_numbers(self, week: IsoWeek) -> dict[ChartKind, ChartNumbers]:
        """The numbers of the weekly PDF's charts: visits over the 13 weeks ending with
        ``week`` (the trend), the snapshot charts as the book is now, the rest ``week``."""
        trend = {ChartKind.VISITS: Period.weeks_ending(week, TREND_WEEKS)}
        found = ChartService(self.store).all(Period.week(week), trend)
        return {kind: found[kind] for kind in WEEKLY_CHARTS}

    def summary(self, week: IsoWeek, today: date | None = None) -> WeeklySummary:
        """Everything the manager's summary shows for ``week`` (Monday to Sunday).

        ``today`` (default: the computer's date) decides whether the week is over:
        ``as_of`` is the week's Sunday once it is, else ``today``.

        What each number counts (deleted rows and deleted customers never count):

        - visits planned: plans with an appointment in the week, not cancelled
          (planned or done); cancelled: the week's cancelled plans; planned and made:
          planned ones with a finished record (whatever that record's date); made:
          finished (not draft) records visited in the week; made without a plan:
          of those, records not made from a plan. Per day: planned by appointment
          date, made by visit date.
        - new prospects: sheets created in the week (their ``created_at``) whose
          status is prospect, or who closed since (a status change prospect ->
          customer is on record); sheets created directly as customers (an import of
          the rep's existing book) are not prospects. By lead source (code and stored
          label; no source is its own group); became customers: of those, closed now.
        - changes: every grade, tier, status and value class change recorded in the
          week (``changed_at``), first settings (no old value) included.
        - signals: raised in the week (``raised_on``) and resolved in the week
          (``resolved_on``); one signal may be both. Open at the end: raised by
          ``as_of`` and not resolved by then.
        - objections: PlaybookService.stats for the week's visit dates (finished
          records of live customers).
        - follow-ups done: ``done_at`` in the week. Overdue at the end of a week
          that is over: due by its Sunday and not done before the next Monday (done
          later still counts: it was overdue then). While the week runs: due before
          ``today`` and not done, as Today shows them.
        - time by tier: minutes of the week's finished visits (no minutes count 0) by
          the customer's tier now; the share is of all those minutes. Expenses: of the
          same visits, summed per tier and currency (no amount: not counted).
        - next week: plans (not cancelled) with an appointment in the next ISO week,
          in time order (then the day plan's order).
        """
        today = today or date.today()
        monday, sunday = week.monday, week.sunday
        after = sunday + timedelta(days=1)
        complete = today > sunday
        as_of = sunday if complete else today
        first, end = monday.isoformat(), after.isoformat()
        utc_first, utc_end = _utc_start(monday), _utc_start(after)
        with self._connection() as connection:
            planned, planned_and_made, cancelled = self._plans(connection, first, end)
            made = tuple(self._visits_made(connection, first, end))
            prospects = tuple(self._new_prospects(connection, utc_first, utc_end))
            changes = tuple(self._changes(connection, utc_first, utc_end))
            signals = self._signals(connection, monday, sunday, as_of)
            if complete:
                overdue_params = {"due_before": end, "done_after": utc_end}
            else:
                overdue_params = {"due_before": today.isoformat(), "done_after": _FAR_FUTURE}
            follow_ups = FollowUpCounts(
                done=tuple(
                    self._follow_up(row)
                    for row in connection.execute(_FOLLOW_UPS_DONE, (utc_first, utc_end))
                ),
                overdue=tuple(
                    sorted(
                        (
                            self._follow_up(row)
                            for row in connection.execute(_FOLLOW_UPS_OVERDUE, overdue_params)
                        ),
                        key=lambda f: (f.due, f.customer, f.follow_up_id),
                    )
                ),
            )
            next_monday = week.next().monday
            next_week = tuple(
                PlannedVisit(
                    plan_id=row[0],
                    appointment_at=datetime.fromisoformat(row[1]),
                    customer_id=row[2],
                    customer=row[3],
                    place=row[4] or "",
                    objective=row[5] or "",
                )
                for row in connection.execute(
                    _NEXT_WEEK,
                    (next_monday.isoformat(), (next_monday + timedelta(days=7)).isoformat()),
                )
            )
        made_on = Counter(v.visited_at.date() for v in made)
        visits = VisitCounts(
            planned=sum(planned.values()),
            made=len(made),
            planned_and_made=planned_and_made,
            made_without_plan=sum(1 for v in made if not v.from_plan),
            cancelled=cancelled,
            days=tuple(
                DayVisits(day, planned[day.isoformat()], made_on[day]) for day in week.days()
            ),
        )
        return WeeklySummary(
            week=week,
            as_of=as_of,
            complete=complete,
            visits=visits,
            visits_made=made,
            sources=_sources(prospects),
            new_prospects=prospects,
            changes=changes,
            signals=signals,
            objections=PlaybookService(self.store).stats(since=monday, until=sunday),
            follow_ups=follow_ups,
            time=_time_by_tier(made),
            expenses=_expenses_by_tier(made),
            next_week=next_week,
        )

    # --- one query each ------------------------------------------------------------

    @staticmethod
    def _plans(
        connection: sqlite3.Connection, first: str, end: str
    ) -> tuple[Counter[str], int, int]:
        """The week's plans: planned per day (ISO date), how many of them were made, and
        how many were cancelled."""
        planned: Counter[str] = Counter()
        planned_and_made = cancelled = 0
        for status, day, made in connection.execute(_PLANS, (first, end)):
            if status == "cancelled":
                cancelled += 1
                continue
            planned[day] += 1
            planned_and_made += bool(made)
        return planned, planned_and_made, cancelled

    @staticmethod
    def _visits_made(connection: sqlite3.Connection, first: str, end: str) -> Iterator[VisitMade]:
        for row in connection.execute(_RECORDS, (first, end)):
            yield VisitMade(
                record_id=row[0],
                visited_at=datetime.fromisoformat(row[1]),
                customer_id=row[2],
                customer=row[3],
                tier=time_tier(row[4], vip=row[5] == ValueTier.VIP.value),
                from_plan=bool(row[6]),
                minutes=row[7],
                expenses=row[8],
                currency=(row[9] or "").strip().upper(),
                outcome=row[10] or "",
            )

    @staticmethod
    def _new_prospects(
        connection: sqlite3.Connection, utc_first: str, utc_end: str
    ) -> Iterator[NewProspect]:
        for row in connection.execute(_NEW_PROSPECTS, (utc_first, utc_end)):
            yield NewProspect(
                customer_id=row[0],
                customer=row[1],
                created_on=_local_day(row[2]),
                source_code=row[3],
                source_label=row[4],
                grade=_grade(row[5]),
                closed=bool(row[6]),
            )

    @staticmethod
    def _changes(
        connection: sqlite3.Connection, utc_first: str, utc_end: str
    ) -> Iterator[ClassificationMove]:
        for row in connection.execute(_CHANGES, (utc_first, utc_end)):
            try:
                field = ClassificationField(row[3])
            except ValueError:  # a field a newer version tracks: not this summary's
                continue
            yield ClassificationMove(
                changed_on=_local_day(row[0]),
                customer_id=row[1],
                customer=row[2],
                field=field,
                old=row[4],
                new=row[5],
                reason=row[6] or "",
            )

    @staticmethod
    def _signals(
        connection: sqlite3.Connection, monday: date, sunday: date, as_of: date
    ) -> SignalCounts:
        first, last = monday.isoformat(), sunday.isoformat()
        events: list[SignalEvent] = []
        for row in connection.execute(_SIGNALS, {"first": first, "last": last}):
            try:
                signal = DissatisfactionSignal(row[3])
            except ValueError:
                continue
            raised_on = date.fromisoformat(row[4])
            resolved_on = date.fromisoformat(row[6]) if row[6] else None
            events.append(
                SignalEvent(
                    signal_id=row[0],
                    customer_id=row[1],
                    customer=row[2],
                    signal=signal,
                    raised_on=raised_on,
                    note=row[5] or "",
                    resolved_on=resolved_on,
                    resolution_note=row[7] or "",
                    raised=monday <= raised_on <= sunday,
                    resolved=resolved_on is not None and monday <= resolved_on <= sunday,
                )
            )
        (open_at_end,) = connection.execute(_SIGNALS_OPEN, {"day": as_of.isoformat()}).fetchone()
        return SignalCounts(
            raised=sum(1 for e in events if e.raised),
            resolved=sum(1 for e in events if e.resolved),
            open_at_end=int(open_at_end),
            events=tuple(events),
        )

    @staticmethod
    def _follow_up(row: tuple[str, str | None, str, str, str, str | None]) -> FollowUpItem:
        return FollowUpItem(
            follow_up_id=row[0],
            customer_id=row[1],
            customer=row[2],
            action=row[3],
            due=date.fromisoformat(row[4]),
            done_on=_local_day(row[5]) if row[5] else None,
        )


def _sources(prospects: tuple[NewProspect, ...]) -> tuple[SourceCount, ...]:
    counts: dict[tuple[str | None, str], list[int]] = {}
    for p in prospects:
        slot = counts.setdefault((p.source_code, p.source_label), [0, 0])
        slot[0] += 1
        slot[1] += p.closed
    found = [SourceCount(code, label, n, closed) for (code, label), (n, closed) in counts.items()]
    found.sort(key=lambda s: (-s.prospects, not s.label, s.label))
    return tuple(found)


def _time_by_tier(made: tuple[VisitMade, ...]) -> tuple[TierTime, ...]:
    visits: dict[TimeTier, int] = defaultdict(int)
    minutes: dict[TimeTier, int] = defaultdict(int)
    for v in made:
        visits[v.tier] += 1
        minutes[v.tier] += v.minutes or 0
    total = sum(minutes.values())
    return tuple(
        TierTime(tier, visits[tier], minutes[tier], minutes[tier] / total if total else None)
        for tier in TimeTier
    )


def _expenses_by_tier(made: tuple[VisitMade, ...]) -> tuple[TierExpense, ...]:
    sums: dict[tuple[TimeTier, str], list[float]] = {}
    for v in made:
        if v.expenses is None:
            continue
        slot = sums.setdefault((v.tier, v.currency), [0, 0.0])
        slot[0] += 1
        slot[1] += v.expenses
    order = list(TimeTier)
    return tuple(
        TierExpense(tier, currency, int(n), amount)
        for (tier, currency), (n, amount) in sorted(
            sums.items(), key=lambda item: (order.index(item[0][0]), item[0][1])
        )
    )
