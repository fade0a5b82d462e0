"""The Today page's queries: indexed, bounded whatever the book's size, and stdlib-only.

They run on a plain ``sqlite3`` connection: at start-up on a read-only one
opened before SQLAlchemy has loaded (db/peek.py), later on the workspace's
own (SQLAlchemy's raw DBAPI connection). One implementation for both, so the
first screen needs no ORM. Values are stored as SQLAlchemy writes them on
SQLite: dates ``YYYY-MM-DD``, datetimes ``YYYY-MM-DD HH:MM:SS.ffffff``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from repdesk.domain.dates import days_ahead, next_yearly
from repdesk.domain.enums import (
    DissatisfactionSignal,
    HolidayCode,
    OccasionKind,
    ProspectGrade,
    VisitStatus,
)
from repdesk.domain.today import (
    CareReminder,
    DueFollowUp,
    OpenSignal,
    PlannedVisit,
    QuietProspect,
    TodayView,
)

CARE_DAYS = 14
LIST_LIMIT = 200

_VISITS = """
SELECT vp.id, vp.customer_id, c.name, vp.appointment_at, vp.objective, vp.place
FROM visit_plans vp JOIN customers c ON c.id = vp.customer_id
WHERE vp.deleted_at IS NULL AND c.deleted_at IS NULL AND vp.status = ?
  AND vp.appointment_at >= ? AND vp.appointment_at < ?
ORDER BY vp.appointment_at, c.sort_key
"""

# A follow-up from a diary row whose company has no sheet yet is named by that row.
_DUE_FROM = (
    "FROM follow_ups f LEFT JOIN customers c ON c.id = f.customer_id "
    "LEFT JOIN diary_entries d ON d.id = f.diary_entry_id "
    "WHERE f.deleted_at IS NULL AND f.due_date <= ? AND c.deleted_at IS NULL "
)
_DUE = _DUE_FROM + "AND f.done_at IS NULL"
_FOLLOW_UPS = f"""
SELECT f.id, f.customer_id, coalesce(c.name, d.company_name), f.action, f.due_date,
       0, f.diary_entry_id
{_DUE} ORDER BY f.due_date, c.sort_key LIMIT {LIST_LIMIT}
"""
_FOLLOW_UPS_COUNT = f"SELECT count(*) {_DUE}"
# Done since the start of the day (a UTC stamp): still shown, struck through, to undo.
_DONE_TODAY = f"""
SELECT f.id, f.customer_id, coalesce(c.name, d.company_name), f.action, f.due_date,
       1, f.diary_entry_id
{_DUE_FROM} AND f.done_at >= ? ORDER BY f.due_date, c.sort_key LIMIT {LIST_LIMIT}
"""

_CARE = """
SELECT o.id, o.person_id, p.name, c.name, o.kind, o.label, o.month, o.day, o.on_date, o.gesture,
       c.id, NULL
FROM care_occasions o
JOIN people p ON p.id = o.person_id
LEFT JOIN customers c ON c.id = p.customer_id
WHERE o.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL
  AND o.holiday_code IS NULL
  AND ((o.recurring AND (o.month, o.day) IN (VALUES {pairs}))
       OR (o.month IS NULL AND o.on_date BETWEEN ? AND ?))
"""
# Holidays move every year: their dates in the rep's region come from holiday_dates.
_HOLIDAY_CARE = """
SELECT o.id, o.person_id, p.name, c.name, o.kind, o.label, NULL, NULL, h.on_date, o.gesture,
       c.id, o.holiday_code
FROM holiday_dates h
JOIN care_occasions o ON o.holiday_code = h.code
JOIN people p ON p.id = o.person_id
LEFT JOIN customers c ON c.id = p.customer_id
WHERE h.region = ? AND h.on_date BETWEEN ? AND ? AND h.deleted_at IS NULL
  AND o.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL
"""

# Prospects: not touched (sheet made, diary contact, visit) since the cut-off, oldest first;
# A-grade ones with no planned visit or open follow-up, the most recently touched first.
# Both read ix_customers_last_contacts / ix_customers_next_steps in order and count from
# the index alone (db/contact_dates.py keeps the two dates).
_UNTOUCHED_WHERE = """
FROM customers c
WHERE c.status = 'prospect' AND c.last_contact_on < ? AND c.deleted_at IS NULL
"""
_UNTOUCHED = f"""
SELECT c.id, c.name, c.prospect_grade, c.last_contact_on {_UNTOUCHED_WHERE}
ORDER BY c.last_contact_on LIMIT {LIST_LIMIT}
"""
_UNTOUCHED_COUNT = f"SELECT count(*) {_UNTOUCHED_WHERE}"
_NO_NEXT_STEP_WHERE = """
FROM customers c
WHERE c.status = 'prospect' AND c.prospect_grade = 'A' AND c.next_step_on IS NULL
  AND c.deleted_at IS NULL
"""
_NO_NEXT_STEP = f"""
SELECT c.id, c.name, c.prospect_grade, c.last_contact_on {_NO_NEXT_STEP_WHERE}
ORDER BY c.last_contact_on DESC LIMIT {LIST_LIMIT}
"""
_NO_NEXT_STEP_COUNT = f"SELECT count(*) {_NO_NEXT_STEP_WHERE}"

_OPEN = (
    "FROM dissatisfaction_signals s JOIN customers c ON c.id = s.customer_id "
    "WHERE s.deleted_at IS NULL AND s.resolved_on IS NULL AND c.deleted_at IS NULL"
)
_SIGNALS = f"""
SELECT s.id, s.customer_id, c.name, s.signal, s.raised_on, s.note {_OPEN}
ORDER BY s.raised_on DESC, c.sort_key LIMIT {LIST_LIMIT}
"""
_SIGNALS_COUNT = f"SELECT count(*) {_OPEN}"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _month_days(window: list[date]) -> list[tuple[int, int]]:
    pairs = [(d.month, d.day) for d in window]
    # A 29 February occasion is kept on the 28th in common years.
    if (2, 28) in pairs and (2, 29) not in pairs:
        pairs.append((2, 29))
    return pairs


def _falls_on(month: int | None, day_: int | None, on_date: str | None, today: date) -> date:
    if month and day_:
        return next_yearly(month, day_, today)
    assert on_date is not None
    return date.fromisoformat(on_date)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _prospects(rows: Iterable[tuple[str, str, str | None, str | None]]) -> list[QuietProspect]:
    return [
        QuietProspect(r[0], r[1], ProspectGrade(r[2]) if r[2] else None, _date(r[3])) for r in rows
    ]


def _care_row(r: tuple[Any, ...], day: date) -> CareReminder:
    return CareReminder(
        r[0],
        r[1],
        r[2],
        r[3] or "",
        OccasionKind(r[4]),
        r[5],
        _falls_on(r[6], r[7], r[8], day),
        r[9],
        r[10],
        HolidayCode(r[11]) if r[11] else None,
    )


def load_today(
    connection: sqlite3.Connection,
    day: date,
    *,
    region: str = "CN",
    untouched_days: int = 30,
    day_began_utc: datetime | None = None,
) -> TodayView:
    """Everything the Today page shows for ``day``.

    ``day_began_utc`` is the start of the rep's day as a UTC stamp (done_at is
    UTC): follow-ups done since then stay on the page, to undo.
    """
    start = datetime.combine(day, time.min)
    visits = [
        PlannedVisit(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5])
        for r in connection.execute(
            _VISITS, (VisitStatus.PLANNED.value, _stamp(start), _stamp(start + timedelta(days=1)))
        )
    ]

    today = day.isoformat()
    began = _stamp(day_began_utc or start)
    follow_ups = sorted(
        (
            DueFollowUp(
                r[0],
                r[1],
                r[2] or "",
                r[3],
                date.fromisoformat(r[4]),
                r[4] < today,
                bool(r[5]),
                r[6],
            )
            for r in [
                *connection.execute(_FOLLOW_UPS, (today,)),
                *connection.execute(_DONE_TODAY, (today, began)),
            ]
        ),
        key=lambda f: f.due,
    )
    (follow_ups_total,) = connection.execute(_FOLLOW_UPS_COUNT, (today,)).fetchone()

    window = days_ahead(day, CARE_DAYS)
    pairs = _month_days(window)
    query = _CARE.format(pairs=", ".join("(?, ?)" for _ in pairs))
    params = [n for pair in pairs for n in pair] + [window[0].isoformat(), window[-1].isoformat()]
    holiday_params = (region, window[0].isoformat(), window[-1].isoformat())
    care = sorted(
        (
            _care_row(r, day)
            for r in [
                *connection.execute(query, params),
                *connection.execute(_HOLIDAY_CARE, holiday_params),
            ]
        ),
        key=lambda reminder: (reminder.on, reminder.person_name),
    )

    signals = [
        OpenSignal(r[0], r[1], r[2], DissatisfactionSignal(r[3]), date.fromisoformat(r[4]), r[5])
        for r in connection.execute(_SIGNALS)
    ]
    (signals_total,) = connection.execute(_SIGNALS_COUNT).fetchone()

    cutoff = day - timedelta(days=untouched_days)
    untouched_params = (cutoff.isoformat(),)
    untouched = _prospects(connection.execute(_UNTOUCHED, untouched_params))
    (untouched_total,) = connection.execute(_UNTOUCHED_COUNT, untouched_params).fetchone()
    no_next_step = _prospects(connection.execute(_NO_NEXT_STEP))
    (no_next_step_total,) = connection.execute(_NO_NEXT_STEP_COUNT).fetchone()

    return TodayView(
        day=day,
        visits=visits,
        follow_ups=follow_ups,
        follow_ups_total=follow_ups_total,
        care=care,
        signals=signals,
        signals_total=signals_total,
        untouched=untouched,
        untouched_total=untouched_total,
        untouched_days=untouched_days,
        no_next_step=no_next_step,
        no_next_step_total=no_next_step_total,
    )
