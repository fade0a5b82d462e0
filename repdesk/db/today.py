"""The Today page's queries: indexed, bounded whatever the book's size, and stdlib-only.

They run on a plain ``sqlite3`` connection: at start-up on a read-only one
opened before SQLAlchemy has loaded (db/peek.py), later on the workspace's
own (SQLAlchemy's raw DBAPI connection). One implementation for both, so the
first screen needs no ORM. Values are stored as SQLAlchemy writes them on
SQLite: dates ``YYYY-MM-DD``, datetimes ``YYYY-MM-DD HH:MM:SS.ffffff``.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

from repdesk.domain.dates import days_ahead, next_yearly
from repdesk.domain.enums import DissatisfactionSignal, OccasionKind, VisitStatus
from repdesk.domain.today import CareReminder, DueFollowUp, OpenSignal, PlannedVisit, TodayView

CARE_DAYS = 14
LIST_LIMIT = 200

_VISITS = """
SELECT vp.id, vp.customer_id, c.name, vp.appointment_at, vp.objective, vp.place
FROM visit_plans vp JOIN customers c ON c.id = vp.customer_id
WHERE vp.deleted_at IS NULL AND vp.status = ?
  AND vp.appointment_at >= ? AND vp.appointment_at < ?
ORDER BY vp.appointment_at, c.sort_key
"""

# A follow-up from a diary row whose company has no sheet yet is named by that row.
_DUE = (
    "FROM follow_ups f LEFT JOIN customers c ON c.id = f.customer_id "
    "LEFT JOIN diary_entries d ON d.id = f.diary_entry_id "
    "WHERE f.deleted_at IS NULL AND f.done_at IS NULL AND f.due_date <= ?"
)
_FOLLOW_UPS = f"""
SELECT f.id, f.customer_id, coalesce(c.name, d.company_name), f.action, f.due_date {_DUE}
ORDER BY f.due_date, c.sort_key LIMIT {LIST_LIMIT}
"""
_FOLLOW_UPS_COUNT = f"SELECT count(*) {_DUE}"

_CARE = """
SELECT o.id, o.person_id, p.name, c.name, o.kind, o.label, o.month, o.day, o.on_date, o.gesture
FROM care_occasions o
JOIN people p ON p.id = o.person_id
LEFT JOIN customers c ON c.id = p.customer_id
WHERE o.deleted_at IS NULL AND p.deleted_at IS NULL
  AND ((o.recurring AND (o.month, o.day) IN (VALUES {pairs}))
       OR (o.month IS NULL AND o.on_date BETWEEN ? AND ?))
"""

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


def load_today(connection: sqlite3.Connection, day: date) -> TodayView:
    start = datetime.combine(day, time.min)
    visits = [
        PlannedVisit(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5])
        for r in connection.execute(
            _VISITS, (VisitStatus.PLANNED.value, _stamp(start), _stamp(start + timedelta(days=1)))
        )
    ]

    today = day.isoformat()
    follow_ups = [
        DueFollowUp(r[0], r[1], r[2] or "", r[3], date.fromisoformat(r[4]), r[4] < today)
        for r in connection.execute(_FOLLOW_UPS, (today,))
    ]
    (follow_ups_total,) = connection.execute(_FOLLOW_UPS_COUNT, (today,)).fetchone()

    window = days_ahead(day, CARE_DAYS)
    pairs = _month_days(window)
    query = _CARE.format(pairs=", ".join("(?, ?)" for _ in pairs))
    params = [n for pair in pairs for n in pair] + [window[0].isoformat(), window[-1].isoformat()]
    care = sorted(
        (
            CareReminder(
                r[0],
                r[1],
                r[2],
                r[3] or "",
                OccasionKind(r[4]),
                r[5],
                _falls_on(r[6], r[7], r[8], day),
                r[9],
            )
            for r in connection.execute(query, params)
        ),
        key=lambda reminder: (reminder.on, reminder.person_name),
    )

    signals = [
        OpenSignal(r[0], r[1], r[2], DissatisfactionSignal(r[3]), date.fromisoformat(r[4]), r[5])
        for r in connection.execute(_SIGNALS)
    ]
    (signals_total,) = connection.execute(_SIGNALS_COUNT).fetchone()

    return TodayView(
        day=day,
        visits=visits,
        follow_ups=follow_ups,
        follow_ups_total=follow_ups_total,
        care=care,
        signals=signals,
        signals_total=signals_total,
    )
