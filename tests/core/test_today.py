"""The Today page's data, from rows made by hand so every edge is known."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from repdesk.db import contact_dates
from repdesk.db.models import (
    CareOccasion,
    Customer,
    DiaryEntry,
    FollowUp,
    HolidayDate,
    Person,
    SignalRecord,
    VisitPlan,
    VisitRecord,
)
from repdesk.db.store import open_store
from repdesk.db.today import load_today
from repdesk.domain.enums import (
    CustomerStatus,
    DissatisfactionSignal,
    HolidayCode,
    OccasionKind,
    ProspectGrade,
    VisitStatus,
)
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
                    action="done yesterday",
                    due_date=DAY - timedelta(1),
                    done_at=at - timedelta(hours=1),
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


def test_a_follow_up_done_today_stays_listed_as_done_until_tomorrow(empty_db: Path) -> None:
    today = date.today()  # done_at is stamped now: the day must be the real one
    store = open_store(empty_db)
    with store.session() as s:
        acme = _customer("Acme Ltd")
        s.add(acme)
        s.flush()
        s.add(FollowUp(customer_id=acme.id, action="Call back", due_date=today - timedelta(2)))
    workspace = Workspace(store)
    (due,) = workspace.today(today).follow_ups
    assert not due.done and due.overdue

    workspace.diary.set_follow_up_done(due.follow_up_id, True)
    view = workspace.today(today)
    assert [(f.action, f.done) for f in view.follow_ups] == [("Call back", True)]
    assert view.follow_ups_total == 0  # no longer counted as due
    assert workspace.today(today + timedelta(days=1)).follow_ups == []  # gone tomorrow

    workspace.diary.set_follow_up_done(due.follow_up_id, False)
    view = workspace.today(today)
    assert [(f.action, f.done) for f in view.follow_ups] == [("Call back", False)]
    assert view.follow_ups_total == 1
    store.close()


def _prospect(name: str, grade: ProspectGrade | None, created: date) -> Customer:
    return Customer(
        name=name,
        sort_key=sort_key(name),
        status=CustomerStatus.PROSPECT,
        prospect_grade=grade,
        created_at=datetime.combine(created, datetime.min.time()),
    )


def test_untouched_prospects_and_a_grade_ones_without_a_next_step(empty_db: Path) -> None:
    """The lists read the derived dates (db/contact_dates.py), which the writes keep: the
    last contact is the latest of the sheet's making, a diary contact and a finished visit."""
    store = open_store(empty_db)
    with store.session() as s:

        def made(name: str, grade: ProspectGrade | None, days_ago: int) -> Customer:
            return _prospect(name, grade, DAY - timedelta(days=days_ago))

        never = made("Never Called Ltd", ProspectGrade.A, 400)
        new = made("新客户有限公司", ProspectGrade.A, 3)  # made 3 days ago: not untouched
        stale = made("陈旧贸易", ProspectGrade.B, 401)
        fresh = made("Fresh Diary Co", ProspectGrade.A, 402)
        visited = made("Visited Recently", ProspectGrade.A, 403)
        planned = made("Planned Visit Co", ProspectGrade.A, 404)
        following = made("Follow-up Open Co", ProspectGrade.A, 405)
        followed = made("Follow-up Done Co", ProspectGrade.A, 406)
        closed = Customer(
            name="Closed Customer",
            sort_key="closed customer",
            status=CustomerStatus.CUSTOMER,
            created_at=datetime.combine(DAY - timedelta(days=500), datetime.min.time()),
        )
        gone = made("Deleted Prospect", ProspectGrade.A, 500)
        gone.deleted_at = datetime.combine(DAY, datetime.min.time())
        everyone = [never, new, stale, fresh, visited, planned, following, followed, closed, gone]
        s.add_all(everyone)
        s.flush()
        s.add_all(
            [
                DiaryEntry(customer_id=stale.id, contact_date=DAY - timedelta(days=45)),
                DiaryEntry(customer_id=fresh.id, contact_date=DAY - timedelta(days=5)),
                DiaryEntry(customer_id=visited.id, contact_date=DAY - timedelta(days=90)),
                VisitRecord(
                    customer_id=visited.id,
                    visited_at=datetime.combine(DAY - timedelta(days=2), datetime.min.time()),
                ),
                # A draft record is not a contact yet.
                VisitRecord(
                    customer_id=stale.id,
                    visited_at=datetime.combine(DAY - timedelta(days=1), datetime.min.time()),
                    is_draft=True,
                ),
                VisitPlan(
                    customer_id=planned.id,
                    appointment_at=datetime.combine(DAY + timedelta(days=7), datetime.min.time()),
                ),
                FollowUp(customer_id=following.id, action="send samples", due_date=DAY),
                FollowUp(
                    customer_id=followed.id,
                    action="sent",
                    due_date=DAY,
                    done_at=datetime.combine(DAY, datetime.min.time()),
                ),
            ]
        )
        s.flush()
        contact_dates.refresh(s, [c.id for c in everyone])

    view = Workspace(store).today(DAY, untouched_days=30)
    untouched = {p.customer_name: p.last_contact for p in view.untouched}
    assert untouched == {
        "Follow-up Done Co": DAY - timedelta(days=406),  # never contacted: since it was made
        "Follow-up Open Co": DAY - timedelta(days=405),
        "Planned Visit Co": DAY - timedelta(days=404),
        "Never Called Ltd": DAY - timedelta(days=400),
        "陈旧贸易": DAY - timedelta(days=45),
    }
    contacts = [p.last_contact for p in view.untouched]
    assert contacts == sorted(contacts, key=lambda d: d or date.min)  # the oldest first
    assert view.untouched_total == 5
    assert view.untouched_days == 30
    assert {p.customer_name: p.grade for p in view.untouched}["陈旧贸易"] is ProspectGrade.B
    # A longer setting leaves out the prospect contacted 45 days ago.
    longer = Workspace(store).today(DAY, untouched_days=60)
    assert "陈旧贸易" not in {p.customer_name for p in longer.untouched}
    assert longer.untouched_total == 4

    # A-grade, with no planned visit and no open follow-up (a done one is no next step).
    assert {p.customer_name: p.last_contact for p in view.no_next_step} == {
        "Follow-up Done Co": DAY - timedelta(days=406),
        "Fresh Diary Co": DAY - timedelta(days=5),
        "Never Called Ltd": DAY - timedelta(days=400),
        "Visited Recently": DAY - timedelta(days=2),
        "新客户有限公司": DAY - timedelta(days=3),
    }
    assert view.no_next_step_total == 5
    assert all(p.grade is ProspectGrade.A for p in view.no_next_step)

    # A next step planned (and the derived date refreshed, as every write does): off the list.
    with store.session() as s:
        step = FollowUp(customer_id=fresh.id, action="phone again", due_date=DAY + timedelta(3))
        s.add(step)
        s.flush()
        contact_dates.refresh(s, [fresh.id])
        step_id = step.id
    workspace = Workspace(store)
    again = workspace.today(DAY, untouched_days=30)
    assert "Fresh Diary Co" not in {p.customer_name for p in again.no_next_step}
    assert again.no_next_step_total == 4
    # Done from Today's check box: no next step again.
    workspace.diary.set_follow_up_done(step_id, True)
    assert "Fresh Diary Co" in {p.customer_name for p in workspace.today(DAY).no_next_step}
    workspace.diary.set_follow_up_done(step_id, False)
    assert "Fresh Diary Co" not in {p.customer_name for p in workspace.today(DAY).no_next_step}
    store.close()


def test_a_holiday_occasion_falls_on_the_regions_date(empty_db: Path) -> None:
    store = open_store(empty_db)
    with store.session() as s:
        huaxin = _customer("深圳华信电子有限公司")
        s.add(huaxin)
        s.flush()
        wang = Person(customer_id=huaxin.id, name="王芳", sort_key=sort_key("王芳"))
        s.add(wang)
        s.flush()
        s.add(
            CareOccasion(
                person_id=wang.id,
                kind=OccasionKind.HOLIDAY,
                holiday_code=HolidayCode.MID_AUTUMN,
                gesture="送月饼券",
            )
        )
        s.add_all(
            [
                HolidayDate(region="CN", code=HolidayCode.MID_AUTUMN, on_date=date(2026, 9, 25)),
                # Another region's date for the same holiday is not the rep's.
                HolidayDate(region="XX", code=HolidayCode.MID_AUTUMN, on_date=date(2026, 9, 21)),
            ]
        )
        customer_id, person_id = huaxin.id, wang.id

    with closing(sqlite3.connect(empty_db)) as connection:
        view = load_today(connection, date(2026, 9, 20), region="CN")
        (reminder,) = view.care
        assert reminder.on == date(2026, 9, 25)
        assert reminder.holiday is HolidayCode.MID_AUTUMN
        assert reminder.kind is OccasionKind.HOLIDAY
        assert (reminder.person_id, reminder.customer_id) == (person_id, customer_id)
        assert (reminder.person_name, reminder.customer_name) == ("王芳", "深圳华信电子有限公司")
        assert reminder.gesture == "送月饼券"
        # The 14 days are today and the 13 after it; a day passed is no reminder.
        assert load_today(connection, date(2026, 9, 26), region="CN").care == []
        assert load_today(connection, date(2026, 9, 11), region="CN").care == []
        assert [c.on for c in load_today(connection, date(2026, 9, 12), region="CN").care] == [
            date(2026, 9, 25)
        ]
        assert [c.on for c in load_today(connection, date(2026, 9, 25), region="CN").care] == [
            date(2026, 9, 25)
        ]
    store.close()
