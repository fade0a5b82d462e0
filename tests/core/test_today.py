"""The Today page's data, from rows made by hand so every edge is known."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from repdesk.db.models import (
    CareOccasion,
    Customer,
    DiaryEntry,
    FollowUp,
    Person,
    SignalRecord,
    VisitPlan,
)
from repdesk.db.store import open_store
from repdesk.domain.enums import DissatisfactionSignal, OccasionKind, VisitStatus
from repdesk.services.collation import sort_key
from repdesk.services.workspace import Workspace

DAY = date(2026, 12, 24)


def _customer(name: str) -> Customer:
    return Customer(name=name, sort_key=sort_key(name))


def test_today_collects_visits_follow_ups_care_and_signals(empty_db: Path) -> None:
    store = open_store(empty_db)
    with store.session() as s:
        huaxin, acme = _customer("深圳华信电子有限公司"), _customer("Acme Ltd")
        s.add_all([huaxin, acme])
        s.flush()
        wang = Person(customer_id=huaxin.id, name="王芳", sort_key=sort_key("王芳"))
        leap = Person(customer_id=acme.id, name="Leap Day", sort_key="leap day")
        s.add_all([wang, leap])
        s.flush()
        at = datetime.combine(DAY, datetime.min.time())
        s.add_all(
            [
                VisitPlan(
                    customer_id=acme.id, appointment_at=at.replace(hour=14), objective="Demo"
                ),
                VisitPlan(
                    customer_id=huaxin.id, appointment_at=at.replace(hour=9), objective="初访"
                ),
                VisitPlan(customer_id=huaxin.id, appointment_at=at + timedelta(days=1)),  # tomorrow
                VisitPlan(
                    customer_id=acme.id,
                    appointment_at=at.replace(hour=11),
                    status=VisitStatus.CANCELLED,
                ),
                VisitPlan(customer_id=acme.id, appointment_at=at.replace(hour=12), deleted_at=at),
            ]
        )
        s.add_all(
            [
                FollowUp(customer_id=huaxin.id, action="寄更多资料,再打电话", due_date=DAY),
                FollowUp(
                    customer_id=acme.id, action="Send the price list", due_date=DAY - timedelta(3)
                ),
                FollowUp(
                    customer_id=acme.id,
                    action="done already",
                    due_date=DAY - timedelta(1),
                    done_at=at,
                ),
                FollowUp(customer_id=acme.id, action="not yet due", due_date=DAY + timedelta(1)),
            ]
        )
        # A diary contact whose company has no sheet yet: its follow-up is named by the row.
        row = DiaryEntry(contact_date=DAY - timedelta(9), company_name="宁波新星贸易")
        s.add(row)
        s.flush()
        s.add(FollowUp(diary_entry_id=row.id, action="寄样品", due_date=DAY - timedelta(1)))
        s.add_all(
            [
                # 3 January falls in the 14 days from 24 December: the window crosses the year.
                CareOccasion(
                    person_id=wang.id,
                    kind=OccasionKind.BIRTHDAY,
                    month=1,
                    day=3,
                    gesture="送她一束鲜花",
                ),
                CareOccasion(
                    person_id=wang.id,
                    kind=OccasionKind.CUSTOM,
                    label="Contract anniversary",
                    on_date=DAY + timedelta(days=2),
                    recurring=False,
                ),
                CareOccasion(
                    person_id=wang.id, kind=OccasionKind.CUSTOM, label="too far", month=1, day=8
                ),
                CareOccasion(person_id=leap.id, kind=OccasionKind.BIRTHDAY, month=2, day=29),
            ]
        )
        s.add_all(
            [
                SignalRecord(
                    customer_id=acme.id,
                    signal=DissatisfactionSignal.CITES_COMPETITOR,
                    raised_on=DAY - timedelta(5),
                    note="keeps naming Initech",
                ),
                SignalRecord(
                    customer_id=huaxin.id,
                    signal=DissatisfactionSignal.FALLING_VOLUME,
                    raised_on=DAY - timedelta(50),
                    resolved_on=DAY - timedelta(20),
                ),
            ]
        )

    view = Workspace(store).today(DAY)
    assert [(v.customer_name, v.at.hour) for v in view.visits] == [
        ("深圳华信电子有限公司", 9),
        ("Acme Ltd", 14),
    ]
    assert [(f.customer_name, f.action, f.overdue) for f in view.follow_ups] == [
        ("Acme Ltd", "Send the price list", True),
        ("宁波新星贸易", "寄样品", True),
        ("深圳华信电子有限公司", "寄更多资料,再打电话", False),
    ]
    assert view.follow_ups_total == 3
    assert [(c.on, c.gesture or c.label) for c in view.care] == [
        (DAY + timedelta(days=2), "Contract anniversary"),
        (date(2027, 1, 3), "送她一束鲜花"),
    ]
    assert [(s.customer_name, s.signal) for s in view.signals] == [
        ("Acme Ltd", DissatisfactionSignal.CITES_COMPETITOR)
    ]
    assert view.signals_total == 1

    # In a common year a 29 February birthday is remembered on the 28th.
    feb = Workspace(store).today(date(2027, 2, 20))
    assert [(c.person_name, c.on) for c in feb.care] == [("Leap Day", date(2027, 2, 28))]
    store.close()


def test_an_empty_book_has_an_empty_today(empty_db: Path) -> None:
    store = open_store(empty_db)
    view = Workspace(store).today(DAY)
    store.close()
    assert view.is_empty
    assert view.follow_ups_total == view.signals_total == 0
