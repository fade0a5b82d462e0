"""The weekly summary's numbers on a real SQLite file, each against a count by hand.

Two kinds of check: a small week written through the services (and plain SQL where a
timestamp must be placed exactly), whose every number is known in advance; and the
demo database, whose numbers are recounted here in Python from plain ``sqlite3``
rows, also after deleting a customer, a plan and a record and turning one into a draft.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from repdesk.db.store import open_store
from repdesk.domain.diary import DiaryRow
from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    DissatisfactionSignal,
    ProspectGrade,
    ValueTier,
)
from repdesk.domain.rules import TimeTier, time_tier
from repdesk.domain.sheet import CustomerFacts, CustomerSheet
from repdesk.domain.visits import ObjectionMet, VisitRecordFacts
from repdesk.domain.weekly import (
    TIME_GUIDE,
    Direction,
    WeeklySummary,
    change_direction,
)
from repdesk.domain.weeks import IsoWeek
from repdesk.services.playbook import PlaybookService
from repdesk.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

WEEK = IsoWeek(2026, 47)  # Monday 2026-11-16 to Sunday 2026-11-22
AFTER = date(2026, 11, 24)  # a Tuesday of the next week: WEEK is over


def utc_stamp(local: datetime) -> str:
    """The stored UTC stamp of a moment on the rep's (this computer's) clock."""
    return local.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def sql(db: Path, statement: str, *params: object) -> None:
    with closing(sqlite3.connect(db)) as c:
        c.execute(statement, params)
        c.commit()


def rows(db: Path, statement: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as c:
        return c.execute(statement, params).fetchall()


# --- a small week, written by hand ---------------------------------------------------


@dataclass
class Book:
    """The ids of the hand-made week's customers."""

    vip: str
    ordinary: str
    prospect: str
    closed: str  # a prospect of the week who closed in the week
    imported: str  # made as a customer in the week: not a new prospect
    early: str  # a prospect made just before the week
    gone: str  # deleted, with everything of the week on it


def _customer(ws: Workspace, name: str, **facts: Any) -> str:
    sheet = ws.customers.save(CustomerSheet(customer=CustomerFacts(name=name, **facts)))
    assert sheet.customer.id is not None
    return sheet.customer.id


def _plan(ws: Workspace, customer: str, at: datetime, objective: str = "") -> str:
    plan = ws.visits.new_plan(customer, at=at)
    saved = ws.visits.save_plan(replace(plan, objective=objective))
    assert saved.id is not None
    return saved.id


def _record(
    ws: Workspace, customer: str, at: datetime, *, finish: bool = True, **facts: Any
) -> str:
    saved = ws.visits.save_record(
        VisitRecordFacts(customer_id=customer, visited_at=at, **facts), finish=finish
    )
    assert saved.id is not None
    return saved.id


def _source(db: Path, code: str) -> str:
    return str(rows(db, "SELECT id FROM lead_sources WHERE code = ?", code)[0][0])


def build_week(ws: Workspace, db: Path, names: dict[str, str] | None = None) -> Book:
    """The hand-made week (see the expectations in test_a_hand_made_week). ``names``
    renames customers (key: the Book field), for the spreadsheet's tests."""
    names = names or {}
    vip = _customer(
        ws,
        names.get("vip", "深圳华信电子有限公司"),
        status=CustomerStatus.CUSTOMER,
        value_tier=ValueTier.VIP,
        address="深圳市南山区科技园 8 号",
    )
    ordinary = _customer(
        ws,
        names.get("ordinary", "Northwind Trading Ltd"),
        status=CustomerStatus.CUSTOMER,
        value_tier=ValueTier.LARGE,
    )
    prospect = _customer(
        ws,
        names.get("prospect", "青岛铭泰信息技术集团有限公司"),
        prospect_grade=ProspectGrade.B,
        lead_source_id=_source(db, "cold_visit"),
    )
    closed = _customer(
        ws, names.get("closed", "Evergreen Gate Chemicals"), prospect_grade=ProspectGrade.C
    )
    imported = _customer(
        ws, "老客户导入有限公司", status=CustomerStatus.CUSTOMER, value_tier=ValueTier.SMALL
    )
    early = _customer(ws, "上周的目标客户", prospect_grade=ProspectGrade.D)
    gone = _customer(ws, "Deleted Company Ltd", prospect_grade=ProspectGrade.A)
    # Whatever the clock says today, the sheets and their first grades are old...
    sql(db, "UPDATE customers SET created_at = '2026-01-05 09:00:00.000000'")
    sql(db, "UPDATE classification_changes SET changed_at = '2026-01-05 09:00:00.000000'")
    # ...but these were made in the week (the first just after Monday began, here).
    for customer, local in (
        (prospect, datetime(2026, 11, 16, 0, 30)),
        (closed, datetime(2026, 11, 17, 10, 0)),
        (imported, datetime(2026, 11, 18, 10, 0)),
        (gone, datetime(2026, 11, 18, 11, 0)),
        (early, datetime(2026, 11, 15, 23, 30)),
    ):
        sql(db, "UPDATE customers SET created_at = ? WHERE id = ?", utc_stamp(local), customer)

    # Grade and tier changes of the week, written by the sheet, then dated.
    def change(customer: str, local: datetime, reason: str, **facts: Any) -> None:
        ((last,),) = rows(db, "SELECT coalesce(max(rowid), 0) FROM classification_changes")
        sheet = ws.customers.load(customer)
        ws.customers.save(replace(sheet, customer=replace(sheet.customer, **facts)), reason)
        sql(
            db,
            "UPDATE classification_changes SET changed_at = ? WHERE rowid > ?",
            utc_stamp(local),
            last,
        )

    change(prospect, datetime(2026, 11, 19, 15, 0), "签了试用协议", prospect_grade=ProspectGrade.A)
    change(
        closed,
        datetime(2026, 11, 20, 11, 0),
        "first order",
        status=CustomerStatus.CUSTOMER,
        prospect_grade=None,
        value_tier=ValueTier.SMALL,
    )
    change(
        ordinary,
        datetime(2026, 11, 21, 9, 0),
        "部分业务转给了竞争对手",
        value_tier=ValueTier.MEDIUM,
    )
    change(gone, datetime(2026, 11, 19, 9, 0), "gone", prospect_grade=ProspectGrade.B)
    # One deleted in the week, one just after it: neither counts.
    for local, deleted in (
        (datetime(2026, 11, 18, 9, 0), "2026-11-18 10:00:00.000000"),
        (datetime(2026, 11, 23, 0, 30), None),
    ):
        sql(
            db,
            "INSERT INTO classification_changes (id, created_at, updated_at, deleted_at, "
            "customer_id, field, old_value, new_value, changed_at, reason) VALUES "
            "(lower(hex(randomblob(16))), ?, ?, ?, ?, 'value_tier', 'large', 'vip', ?, '')",
            utc_stamp(local),
            utc_stamp(local),
            deleted,
            vip,
            utc_stamp(local),
        )

    # Plans of the week.
    p_vip = _plan(ws, vip, datetime(2026, 11, 16, 9, 0), "递交报价单")
    p_ordinary = _plan(ws, ordinary, datetime(2026, 11, 17, 14, 0))
    _plan(ws, prospect, datetime(2026, 11, 18, 10, 0))  # not visited
    ws.visits.cancel_plan(_plan(ws, prospect, datetime(2026, 11, 19, 10, 0)))
    deleted_plan = _plan(ws, vip, datetime(2026, 11, 20, 11, 0))
    sql(
        db,
        "UPDATE visit_plans SET deleted_at = '2026-11-19 08:00:00.000000' WHERE id = ?",
        deleted_plan,
    )
    p_draft = _plan(ws, ordinary, datetime(2026, 11, 17, 16, 0))
    p_gone = _plan(ws, gone, datetime(2026, 11, 18, 15, 0))

    # Visits made: two from plans, two without; the rest must not count.
    _record(
        ws,
        vip,
        datetime(2026, 11, 16, 9, 5),
        visit_plan_id=p_vip,
        minutes_spent=90,
        expenses=120.5,
        currency="cny",
        outcome="同意试用",
        next_step="寄送报价单",
        next_step_date=date(2026, 11, 18),
        objections=(ObjectionMet(customer_words="价格太高", customer_agreed=True),),
    )
    _record(
        ws,
        ordinary,
        datetime(2026, 11, 17, 14, 10),
        visit_plan_id=p_ordinary,
        minutes_spent=60,
        expenses=30.0,
        currency="GBP",
    )
    _record(ws, prospect, datetime(2026, 11, 21, 10, 0), minutes_spent=30)  # a Saturday
    _record(ws, ordinary, datetime(2026, 11, 22, 23, 59), minutes_spent=15, expenses=10.0)
    _record(
        ws,
        ordinary,
        datetime(2026, 11, 17, 16, 0),
        visit_plan_id=p_draft,
        finish=False,
        minutes_spent=500,
        objections=(ObjectionMet(customer_words="draft"),),
    )
    _record(ws, gone, datetime(2026, 11, 18, 15, 0), visit_plan_id=p_gone, minutes_spent=700)
    deleted_record = _record(ws, vip, datetime(2026, 11, 19, 9, 0), minutes_spent=800)
    sql(
        db,
        "UPDATE visit_records SET deleted_at = '2026-11-19 12:00:00.000000' WHERE id = ?",
        deleted_record,
    )
    _record(ws, vip, datetime(2026, 11, 15, 23, 30), minutes_spent=900)  # the week before
    _record(ws, vip, datetime(2026, 11, 23, 0, 0), minutes_spent=1000)  # the week after

    # Next week's plan.
    _plan(ws, vip, datetime(2026, 11, 24, 9, 0), "讨论年度合同")
    _plan(ws, prospect, datetime(2026, 11, 23, 14, 0), "Demo of the new line")
    ws.visits.cancel_plan(_plan(ws, prospect, datetime(2026, 11, 25, 9, 0)))
    _plan(ws, gone, datetime(2026, 11, 24, 10, 0))

    # Follow-ups: the record's next step (due Wednesday, open) and these.
    ws.diary.save(
        DiaryRow(
            date(2026, 11, 16), "未建档公司", follow_up="寄资料", follow_up_due=date(2026, 11, 19)
        )
    )
    for customer, action, due, done in (
        (vip, "回电确认", "2026-11-17", datetime(2026, 11, 17, 15, 0)),
        (ordinary, "send the samples", "2026-11-21", datetime(2026, 11, 22, 23, 30)),
        (ordinary, "late but done", "2026-11-20", datetime(2026, 11, 23, 0, 30)),
        (prospect, "not due yet", "2026-11-25", None),
        (prospect, "due on Sunday", "2026-11-22", None),
        (vip, "done the week before", "2026-11-10", datetime(2026, 11, 12, 10, 0)),
        (gone, "of a deleted customer", "2026-11-10", None),
        (vip, "deleted", "2026-11-10", "deleted"),
    ):
        done_at = utc_stamp(done) if isinstance(done, datetime) else None
        deleted_at = "2026-11-11 00:00:00.000000" if done == "deleted" else None
        sql(
            db,
            "INSERT INTO follow_ups (id, created_at, updated_at, deleted_at, customer_id, action, "
            "due_date, done_at) VALUES (lower(hex(randomblob(16))), '2026-11-01 00:00:00.000000', "
            "'2026-11-01 00:00:00.000000', ?, ?, ?, ?, ?)",
            deleted_at,
            customer,
            action,
            due,
            done_at,
        )

    # Dissatisfaction signals.
    def signal(customer: str, raised: date, resolved: date | None = None) -> None:
        ws.customers.raise_signal(
            customer, DissatisfactionSignal.MORE_COMPLAINTS, raised, "投诉增加"
        )
        if resolved is not None:
            (signal_id,) = rows(
                db,
                "SELECT id FROM dissatisfaction_signals WHERE customer_id = ? AND raised_on = ?",
                customer,
                raised.isoformat(),
            )[0]
            ws.customers.resolve_signal(signal_id, resolved, "上门道歉")

    signal(vip, date(2026, 11, 17))
    signal(ordinary, date(2026, 11, 1), date(2026, 11, 20))
    signal(prospect, date(2026, 11, 18), date(2026, 11, 21))
    signal(gone, date(2026, 11, 18))
    signal(vip, date(2026, 11, 1))
    signal(ordinary, date(2026, 11, 23))

    ws.customers.delete(gone)
    return Book(vip, ordinary, prospect, closed, imported, early, gone)


@pytest.fixture
def workspace(empty_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(empty_db))
    yield ws
    ws.close()


def test_a_hand_made_week(workspace: Workspace, empty_db: Path) -> None:
    book = build_week(workspace, empty_db)
    summary = workspace.weekly.summary(WEEK, today=AFTER)
    assert summary.week == WEEK and summary.complete and summary.as_of == date(2026, 11, 22)

    # Visits: 4 planned (a cancelled, a deleted plan and a deleted customer's are not),
    # 2 of them made; 4 made, 2 without a plan (the draft, the deleted record and the
    # deleted customer's are not; nor the visits just before and after the week).
    visits = summary.visits
    assert (visits.planned, visits.made, visits.planned_and_made) == (4, 4, 2)
    assert (visits.made_without_plan, visits.cancelled) == (2, 1)
    assert visits.made_rate == 0.5
    assert [(d.day.day, d.planned, d.made) for d in visits.days] == [
        (16, 1, 1),
        (17, 2, 1),
        (18, 1, 0),
        (19, 0, 0),
        (20, 0, 0),
        (21, 0, 1),
        (22, 0, 1),
    ]
    assert [v.customer_id for v in summary.visits_made] == [
        book.vip,
        book.ordinary,
        book.prospect,
        book.ordinary,
    ]
    first = summary.visits_made[0]
    assert first.tier is TimeTier.VIP and first.from_plan and first.currency == "CNY"
    assert first.outcome == "同意试用" and first.visited_at == datetime(2026, 11, 16, 9, 5)

    # Time by tier now: VIP 90, ordinary 60 + 15, prospects 30.
    assert [(t.tier, t.visits, t.minutes) for t in summary.time] == [
        (TimeTier.VIP, 1, 90),
        (TimeTier.ORDINARY, 2, 75),
        (TimeTier.POSSIBLE, 1, 30),
    ]
    assert summary.minutes == 195
    assert [t.share for t in summary.time] == pytest.approx([90 / 195, 75 / 195, 30 / 195])
    assert [t.guide for t in summary.time] == [0.6, 0.3, 0.1]
    assert [(e.tier, e.currency, e.visits, e.amount) for e in summary.expenses] == [
        (TimeTier.VIP, "CNY", 1, 120.5),
        (TimeTier.ORDINARY, "", 1, 10.0),
        (TimeTier.ORDINARY, "GBP", 1, 30.0),
    ]
    assert summary.expense_totals() == {"": 10.0, "CNY": 120.5, "GBP": 30.0}

    # New prospects: the one made at 00:30 on Monday and the one that closed; not the
    # one made at 23:30 the Sunday before, the imported customer or the deleted sheet.
    assert [p.customer_id for p in summary.new_prospects] == [book.prospect, book.closed]
    assert summary.new_prospects[0].created_on == date(2026, 11, 16)
    assert summary.new_prospects[0].grade is ProspectGrade.A
    assert [(p.closed, p.grade) for p in summary.new_prospects[1:]] == [(True, None)]
    assert [(s.code, s.label, s.prospects, s.became_customers) for s in summary.sources] == [
        ("cold_visit", "Cold visit", 1, 0),
        (None, "", 1, 1),
    ]
    assert (summary.new_prospect_count, summary.became_customers) == (2, 1)

    # Changes: B -> A, the closing (status, grade cleared, tier set), large -> medium.
    # (The closing's three rows share one moment: their order among themselves is free.)
    assert sorted(
        (
            (c.changed_on.day, c.customer_id, c.field.value, c.old, c.new, c.direction)
            for c in summary.changes
        ),
        key=repr,
    ) == sorted(
        [
            (19, book.prospect, "prospect_grade", "B", "A", Direction.UP),
            (20, book.closed, "status", "prospect", "customer", Direction.UP),
            (20, book.closed, "value_tier", None, "small", Direction.SET),
            (20, book.closed, "prospect_grade", "C", None, Direction.CLEARED),
            (21, book.ordinary, "value_tier", "large", "medium", Direction.DOWN),
        ],
        key=repr,
    )
    assert (summary.moves(Direction.UP), summary.moves(Direction.DOWN)) == (2, 1)
    assert summary.changes[0].reason == "签了试用协议"

    # Signals: raised 2, resolved 2 (one both), open at the end 2.
    signals = summary.signals
    assert (signals.raised, signals.resolved, signals.open_at_end) == (2, 2, 2)
    assert [(e.raised_on.day, e.raised, e.resolved) for e in signals.events] == [
        (1, False, True),
        (17, True, False),
        (18, True, True),
    ]

    # Follow-ups: done in the week by the local clock; overdue at its end.
    done = summary.follow_ups.done
    assert [f.action for f in done] == ["回电确认", "send the samples"]
    assert [f.done_on for f in done] == [date(2026, 11, 17), date(2026, 11, 22)]
    overdue = summary.follow_ups.overdue
    assert [(f.action, f.due.day) for f in overdue] == [
        ("寄送报价单", 18),
        ("寄资料", 19),
        ("late but done", 20),
        ("due on Sunday", 22),
    ]
    assert overdue[1].customer == "未建档公司" and overdue[1].customer_id is None
    assert summary.overdue_on == date(2026, 11, 23)

    # Objections: the finished record's; the draft's does not count.
    assert summary.objections.raised == 1 and summary.objections.visits == 4

    # Next week: in time order, without the cancelled plan and the deleted customer's.
    assert [(p.appointment_at, p.customer_id) for p in summary.next_week] == [
        (datetime(2026, 11, 23, 14, 0), book.prospect),
        (datetime(2026, 11, 24, 9, 0), book.vip),
    ]
    assert summary.next_week[1].objective == "讨论年度合同"
    assert summary.next_week[1].place == "深圳市南山区科技园 8 号"


def test_the_changes_are_in_time_order(workspace: Workspace, empty_db: Path) -> None:
    build_week(workspace, empty_db)
    changes = workspace.weekly.summary(WEEK, today=AFTER).changes
    assert [c.changed_on for c in changes] == sorted(c.changed_on for c in changes)
    assert len(changes) == 5


def test_a_week_in_progress_is_counted_as_of_today(workspace: Workspace, empty_db: Path) -> None:
    build_week(workspace, empty_db)
    today = date(2026, 11, 20)  # Friday
    summary = workspace.weekly.summary(WEEK, today=today)
    assert not summary.complete and summary.as_of == today and summary.overdue_on == today
    # Overdue now as Today shows it: due before today and still open.
    assert [f.action for f in summary.follow_ups.overdue] == ["寄送报价单", "寄资料"]
    # Open as of today (Friday): resolved on Saturday is still open on Friday.
    assert summary.signals.open_at_end == 3
    # Visits are what the file holds: planned for the week, made so far (and after).
    assert summary.visits.planned == 4


def test_an_empty_book_gives_zeros_and_the_three_tiers(workspace: Workspace) -> None:
    summary = workspace.weekly.summary(WEEK, today=AFTER)
    assert summary.visits.planned == summary.visits.made == 0
    assert summary.visits.made_rate is None
    assert [d.day for d in summary.visits.days] == WEEK.days()
    assert [(t.tier, t.minutes, t.share) for t in summary.time] == [
        (TimeTier.VIP, 0, None),
        (TimeTier.ORDINARY, 0, None),
        (TimeTier.POSSIBLE, 0, None),
    ]
    assert summary.expenses == () and summary.sources == () and summary.next_week == ()
    assert summary.objections.raised == 0 and summary.signals.open_at_end == 0


def test_the_method_rules() -> None:
    assert time_tier("customer", vip=True) is TimeTier.VIP
    assert time_tier("customer", vip=False) is TimeTier.ORDINARY
    assert time_tier("customer", vip=False) is TimeTier.ORDINARY
    assert time_tier("prospect", vip=False) is TimeTier.POSSIBLE
    assert sum(TIME_GUIDE.values()) == pytest.approx(1.0)
    grade, tier = ClassificationField.PROSPECT_GRADE, ClassificationField.VALUE_TIER
    assert change_direction(grade, "B", "A") is Direction.UP
    assert change_direction(grade, "A", "D") is Direction.DOWN
    assert change_direction(tier, "small", "vip") is Direction.UP
    assert change_direction(tier, "vip", "large") is Direction.DOWN
    assert change_direction(ClassificationField.STATUS, "customer", "prospect") is Direction.DOWN
    assert change_direction(ClassificationField.VALUE_CLASS, "bzc", "mvc") is Direction.UP
    assert change_direction(grade, None, "C") is Direction.SET
    assert change_direction(grade, "C", None) is Direction.CLEARED
    assert change_direction(grade, "C", "Z") is Direction.CHANGED


# --- the demo database, counted by hand ----------------------------------------------


def _bounds(week: IsoWeek) -> tuple[str, str]:
    after = week.sunday + timedelta(days=1)
    return (
        utc_stamp(datetime.combine(week.monday, time.min)),
        utc_stamp(datetime.combine(after, time.min)),
    )


def hand_count(db: Path, week: IsoWeek, today: date) -> dict[str, Any]:
    """The summary's numbers from whole tables read with plain sqlite3, filtered in Python."""
    monday, sunday = week.monday, week.sunday
    utc_first, utc_end = _bounds(week)
    customers = {
        r[0]: r
        for r in rows(
            db,
            "SELECT id, status, value_tier, deleted_at, created_at, lead_source_id FROM customers",
        )
    }
    live = {cid for cid, r in customers.items() if r[3] is None}

    def in_week(stamp: str | None) -> bool:
        return stamp is not None and monday <= date.fromisoformat(stamp[:10]) <= sunday

    plans = rows(db, "SELECT id, customer_id, status, appointment_at, deleted_at FROM visit_plans")
    records = rows(
        db,
        "SELECT id, customer_id, visit_plan_id, visited_at, is_draft, deleted_at, minutes_spent, "
        "expenses, currency FROM visit_records",
    )
    finished = [r for r in records if r[5] is None and not r[4] and r[1] in live]
    made = [r for r in finished if in_week(r[3])]
    made_plans = {r[2] for r in finished if r[2]}
    week_plans = [p for p in plans if p[4] is None and p[1] in live and in_week(p[3])]
    planned = [p for p in week_plans if p[2] != "cancelled"]

    minutes: Counter[TimeTier] = Counter()
    expenses: dict[str, float] = defaultdict(float)
    for r in made:
        tier = time_tier(customers[r[1]][1], vip=customers[r[1]][2] == "vip")
        minutes[tier] += r[6] or 0
        if r[7] is not None:
            expenses[(r[8] or "").upper()] += r[7]

    status_changes = {
        r[0]
        for r in rows(
            db,
            "SELECT customer_id FROM classification_changes WHERE deleted_at IS NULL "
            "AND field = 'status' AND old_value = 'prospect' AND new_value = 'customer'",
        )
    }
    new_prospects = [
        cid
        for cid, r in customers.items()
        if cid in live
        and utc_first <= r[4] < utc_end
        and (r[1] == "prospect" or cid in status_changes)
    ]
    changes = [
        r
        for r in rows(db, "SELECT customer_id, changed_at, deleted_at FROM classification_changes")
        if r[2] is None and r[0] in live and utc_first <= r[1] < utc_end
    ]
    signals = [
        r
        for r in rows(
            db,
            "SELECT customer_id, raised_on, resolved_on, deleted_at FROM dissatisfaction_signals",
        )
        if r[3] is None and r[0] in live
    ]
    follow_ups = [
        r
        for r in rows(db, "SELECT customer_id, due_date, done_at, deleted_at FROM follow_ups")
        if r[3] is None and (r[0] is None or r[0] in live)
    ]
    complete = today > sunday
    if complete:
        overdue = [
            f
            for f in follow_ups
            if f[1] <= sunday.isoformat() and (f[2] is None or f[2] >= utc_end)
        ]
    else:
        overdue = [f for f in follow_ups if f[1] < today.isoformat() and f[2] is None]
    as_of = sunday if complete else today
    next_week = week.next()
    objections = rows(
        db,
        "SELECT vo.round, vo.deleted_at, r.id FROM visit_objections vo "
        "JOIN visit_records r ON r.id = vo.visit_record_id",
    )
    made_ids = {r[0] for r in made}
    return {
        "planned": len(planned),
        "cancelled": len(week_plans) - len(planned),
        "planned_and_made": sum(1 for p in planned if p[0] in made_plans),
        "made": len(made),
        "made_without_plan": sum(1 for r in made if r[2] is None),
        "planned_by_day": Counter(date.fromisoformat(p[3][:10]) for p in planned),
        "made_by_day": Counter(date.fromisoformat(r[3][:10]) for r in made),
        "minutes": dict(minutes),
        "expenses": dict(expenses),
        "new_prospects": len(new_prospects),
        "changes": len(changes),
        "raised": sum(1 for s in signals if in_week(s[1])),
        "resolved": sum(1 for s in signals if in_week(s[2])),
        "open": sum(
            1
            for s in signals
            if s[1] <= as_of.isoformat() and (s[2] is None or s[2] > as_of.isoformat())
        ),
        "done": sum(1 for f in follow_ups if f[2] is not None and utc_first <= f[2] < utc_end),
        "overdue": len(overdue),
        "next_week": sum(
            1
            for p in plans
            if p[4] is None
            and p[1] in live
            and p[2] != "cancelled"
            and p[3]
            and next_week.monday <= date.fromisoformat(p[3][:10]) <= next_week.sunday
        ),
        "objections": sum(1 for o in objections if o[0] == 1 and o[1] is None and o[2] in made_ids),
    }


def assert_matches(summary: WeeklySummary, expected: dict[str, Any]) -> None:
    visits = summary.visits
    assert visits.planned == expected["planned"]
    assert visits.cancelled == expected["cancelled"]
    assert visits.planned_and_made == expected["planned_and_made"]
    assert visits.made == expected["made"]
    assert visits.made_without_plan == expected["made_without_plan"]
    assert {d.day: d.planned for d in visits.days if d.planned} == expected["planned_by_day"]
    assert {d.day: d.made for d in visits.days if d.made} == expected["made_by_day"]
    assert {t.tier: t.minutes for t in summary.time if t.minutes} == expected["minutes"]
    assert summary.expense_totals() == pytest.approx(expected["expenses"])
    assert summary.new_prospect_count == expected["new_prospects"]
    assert len(summary.changes) == expected["changes"]
    signals = summary.signals
    assert (signals.raised, signals.resolved, signals.open_at_end) == (
        expected["raised"],
        expected["resolved"],
        expected["open"],
    )
    assert len(summary.follow_ups.done) == expected["done"]
    assert len(summary.follow_ups.overdue) == expected["overdue"]
    assert len(summary.next_week) == expected["next_week"]
    assert summary.objections.raised == expected["objections"]


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(demo_db))
    yield ws
    ws.close()


@pytest.mark.parametrize(
    ("week", "today"),
    [
        (IsoWeek.of(DEMO_TODAY).previous(), DEMO_TODAY),  # the last complete week
        (IsoWeek.of(DEMO_TODAY), DEMO_TODAY),  # the week in progress
        (IsoWeek.of(DEMO_TODAY).previous().previous(), DEMO_TODAY),
    ],
)
def test_the_demo_matches_a_count_by_hand(
    demo: Workspace, demo_db: Path, week: IsoWeek, today: date
) -> None:
    summary = demo.weekly.summary(week, today=today)
    expected = hand_count(demo_db, week, today)
    assert_matches(summary, expected)
    assert expected["made"] > 5 or week == IsoWeek.of(DEMO_TODAY)  # a week worth checking
    assert summary.objections == PlaybookService(demo.store).stats(week.monday, week.sunday)


def test_deleted_rows_and_drafts_leave_the_demo_counts(demo: Workspace, demo_db: Path) -> None:
    week = IsoWeek.of(DEMO_TODAY).previous()
    before = demo.weekly.summary(week, today=DEMO_TODAY)
    first, end = week.monday.isoformat(), (week.sunday + timedelta(days=1)).isoformat()
    made = rows(
        demo_db,
        "SELECT id, customer_id, visit_plan_id, minutes_spent FROM visit_records "
        "WHERE deleted_at IS NULL AND NOT is_draft AND visited_at >= ? AND visited_at < ? "
        "ORDER BY visited_at",
        first,
        end,
    )
    assert len(made) >= 4
    # A customer deleted, a record deleted, one made a draft, one plan cancelled.
    demo.customers.delete(made[0][1])
    sql(
        demo_db,
        "UPDATE visit_records SET deleted_at = '2026-11-17 00:00:00' WHERE id = ?",
        made[1][0],
    )
    sql(demo_db, "UPDATE visit_records SET is_draft = 1 WHERE id = ?", made[2][0])
    if made[3][2]:
        demo.visits.cancel_plan(made[3][2])
    after = demo.weekly.summary(week, today=DEMO_TODAY)
    assert_matches(after, hand_count(demo_db, week, DEMO_TODAY))
    assert after.visits.made < before.visits.made
    assert after.minutes < before.minutes
    demo.customers.restore(made[0][1])
    again = demo.weekly.summary(week, today=DEMO_TODAY)
    assert again.visits.made == after.visits.made + sum(
        1 for r in made if r[1] == made[0][1] and r[0] not in (made[1][0], made[2][0])
    )


def test_time_by_tier_adds_up_to_the_weeks_minutes(demo: Workspace, demo_db: Path) -> None:
    week = IsoWeek.of(DEMO_TODAY).previous()
    summary = demo.weekly.summary(week, today=DEMO_TODAY)
    first, end = week.monday.isoformat(), (week.sunday + timedelta(days=1)).isoformat()
    ((total,),) = rows(
        demo_db,
        "SELECT sum(r.minutes_spent) FROM visit_records r JOIN customers c ON c.id = r.customer_id "
        "WHERE r.deleted_at IS NULL AND NOT r.is_draft AND c.deleted_at IS NULL "
        "AND r.visited_at >= ? AND r.visited_at < ?",
        first,
        end,
    )
    assert summary.minutes == total > 0
    assert sum(t.share or 0 for t in summary.time) == pytest.approx(1.0)
    assert sum(v.minutes or 0 for v in summary.visits_made) == total
