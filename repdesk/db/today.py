"""The Today page's queries: each is indexed and bounded, whatever the book's size."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import Engine, and_, func, or_, select, tuple_

from repdesk.db.models import CareOccasion, Customer, FollowUp, Person, SignalRecord, VisitPlan
from repdesk.domain.dates import days_ahead, next_yearly
from repdesk.domain.enums import VisitStatus
from repdesk.domain.today import CareReminder, DueFollowUp, OpenSignal, PlannedVisit, TodayView

CARE_DAYS = 14
LIST_LIMIT = 200


def _month_days(window: list[date]) -> list[tuple[int, int]]:
    pairs = [(d.month, d.day) for d in window]
    # A 29 February occasion is kept on the 28th in common years.
    if (2, 28) in pairs and (2, 29) not in pairs:
        pairs.append((2, 29))
    return pairs


def _falls_on(month: int | None, day_: int | None, on_date: date | None, today: date) -> date:
    if month and day_:
        return next_yearly(month, day_, today)
    assert on_date is not None
    return on_date


def load_today(engine: Engine, day: date) -> TodayView:
    start = datetime.combine(day, time.min)
    with engine.connect() as c:
        visits = [
            PlannedVisit(r.id, r.customer_id, r.name, r.appointment_at, r.objective, r.place)
            for r in c.execute(
                select(
                    VisitPlan.id,
                    VisitPlan.customer_id,
                    Customer.name,
                    VisitPlan.appointment_at,
                    VisitPlan.objective,
                    VisitPlan.place,
                )
                .join(Customer, Customer.id == VisitPlan.customer_id)
                .where(
                    VisitPlan.deleted_at.is_(None),
                    VisitPlan.status == VisitStatus.PLANNED,
                    VisitPlan.appointment_at >= start,
                    VisitPlan.appointment_at < start + timedelta(days=1),
                )
                .order_by(VisitPlan.appointment_at, Customer.sort_key)
            )
        ]

        due = and_(
            FollowUp.deleted_at.is_(None), FollowUp.done_at.is_(None), FollowUp.due_date <= day
        )
        follow_ups = [
            DueFollowUp(r.id, r.customer_id, r.name or "", r.action, r.due_date, r.due_date < day)
            for r in c.execute(
                select(
                    FollowUp.id,
                    FollowUp.customer_id,
                    Customer.name,
                    FollowUp.action,
                    FollowUp.due_date,
                )
                .outerjoin(Customer, Customer.id == FollowUp.customer_id)
                .where(due)
                .order_by(FollowUp.due_date, Customer.sort_key)
                .limit(LIST_LIMIT)
            )
        ]
        follow_ups_total = c.execute(select(func.count(FollowUp.id)).where(due)).scalar_one()

        window = days_ahead(day, CARE_DAYS)
        care_rows = c.execute(
            select(
                CareOccasion.id,
                CareOccasion.person_id,
                Person.name,
                Customer.name,
                CareOccasion.kind,
                CareOccasion.label,
                CareOccasion.month,
                CareOccasion.day,
                CareOccasion.on_date,
                CareOccasion.gesture,
            )
            .join(Person, Person.id == CareOccasion.person_id)
            .outerjoin(Customer, Customer.id == Person.customer_id)
            .where(
                CareOccasion.deleted_at.is_(None),
                Person.deleted_at.is_(None),
                or_(
                    and_(
                        CareOccasion.recurring.is_(True),
                        tuple_(CareOccasion.month, CareOccasion.day).in_(_month_days(window)),
                    ),
                    and_(
                        CareOccasion.month.is_(None),
                        CareOccasion.on_date.between(window[0], window[-1]),
                    ),
                ),
            )
        )
        care = sorted(
            (
                CareReminder(
                    r[0], r[1], r[2], r[3] or "", r[4], r[5], _falls_on(r[6], r[7], r[8], day), r[9]
                )
                for r in care_rows
            ),
            key=lambda reminder: (reminder.on, reminder.person_name),
        )

        open_signal = and_(SignalRecord.deleted_at.is_(None), SignalRecord.resolved_on.is_(None))
        signals = [
            OpenSignal(r.id, r.customer_id, r.name, r.signal, r.raised_on, r.note)
            for r in c.execute(
                select(
                    SignalRecord.id,
                    SignalRecord.customer_id,
                    Customer.name,
                    SignalRecord.signal,
                    SignalRecord.raised_on,
                    SignalRecord.note,
                )
                .join(Customer, Customer.id == SignalRecord.customer_id)
                .where(open_signal, Customer.deleted_at.is_(None))
                .order_by(SignalRecord.raised_on.desc(), Customer.sort_key)
                .limit(LIST_LIMIT)
            )
        ]
        signals_total = c.execute(
            select(func.count(SignalRecord.id))
            .join(Customer, Customer.id == SignalRecord.customer_id)
            .where(open_signal, Customer.deleted_at.is_(None))
        ).scalar_one()

    return TodayView(
        day=day,
        visits=visits,
        follow_ups=follow_ups,
        follow_ups_total=follow_ups_total,
        care=care,
        signals=signals,
        signals_total=signals_total,
    )
