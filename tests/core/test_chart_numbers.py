"""The numbers of every chart: small hand-made books with known answers, and the demo
database counted again by hand with plain sqlite3 and Python."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.domain.charts import (
    ChartKind,
    ClassificationEvent,
    GradeMove,
    GradeNumbers,
    ParetoNumbers,
    Period,
    VisitNumbers,
    cumulative_shares,
    grade_moves,
    main_currency,
    pareto_marks,
    visits_by_week,
)
from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    DifferentiationStrategy,
    Level,
    ProspectGrade,
    RelationshipStatus,
    ValueTier,
    VisitStatus,
)
from repdesk.domain.objection_stats import Tally
from repdesk.domain.rules import TimeTier, differentiation_strategy
from repdesk.domain.sheet import CustomerFacts, CustomerSheet
from repdesk.domain.visits import ObjectionMet, VisitRecordFacts
from repdesk.domain.weeks import IsoWeek
from repdesk.services.lead_sources import LeadSourceEntry
from repdesk.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

WEEK = IsoWeek(2026, 47)  # Monday 16 to Sunday 22 November 2026
NOW = datetime(2026, 11, 23, 8, 0)
G = ClassificationField.PROSPECT_GRADE
S = ClassificationField.STATUS


@pytest.fixture
def workspace(empty_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(empty_db))
    ws.visits._now = lambda: NOW
    yield ws
    ws.close()


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(demo_db))
    yield ws
    ws.close()


def _sheet(ws: Workspace, name: str, **facts: object) -> str:
    saved = ws.customers.save(CustomerSheet(customer=CustomerFacts(name=name, **facts)))  # type: ignore[arg-type]
    assert saved.customer.id is not None
    return saved.customer.id


def _execute(db: Path, sql: str, *args: object) -> None:
    """Change rows behind the services' back; times as SQLAlchemy stores them."""
    values = [f"{a:%Y-%m-%d %H:%M:%S.%f}" if isinstance(a, datetime) else a for a in args]
    with closing(sqlite3.connect(db)) as c:
        c.execute(sql, values)
        c.commit()


def _rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as c:
        return c.execute(sql, args).fetchall()


def _record(ws: Workspace, customer: str, at: datetime, **facts: object) -> str:
    saved = ws.visits.save_record(
        VisitRecordFacts(customer_id=customer, visited_at=at, **facts),  # type: ignore[arg-type]
        finish=True,
    )
    assert saved.id is not None
    return saved.id


def _utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


# --- the period -------------------------------------------------------------------------


def test_a_period_knows_its_days_and_weeks() -> None:
    period = Period(date(2026, 11, 20), date(2026, 12, 1))
    assert period.days == 12
    assert [str(w) for w in period.weeks()] == ["2026-W47", "2026-W48", "2026-W49"]
    assert date(2026, 12, 1) in period and date(2026, 12, 2) not in period
    assert Period.week(WEEK) == Period(date(2026, 11, 16), date(2026, 11, 22))
    assert Period.weeks_ending(WEEK, 4).start == date(2026, 10, 26)
    with pytest.raises(ValueError, match="ends on or after"):
        Period(date(2026, 11, 2), date(2026, 11, 1))


# --- 1. visits planned against made ---------------------------------------------------


def test_visits_by_week_cuts_the_weeks_at_the_period() -> None:
    period = Period(date(2026, 11, 20), date(2026, 11, 24))  # Friday to the next Tuesday
    day = date(2026, 11, 19)  # Thursday: outside
    weeks = visits_by_week(
        period,
        {day: 5, date(2026, 11, 20): 2, date(2026, 11, 24): 1},
        {date(2026, 11, 22): 3, date(2026, 11, 25): 9},
    )
    assert [(str(w.week), w.planned, w.made, w.partial) for w in weeks] == [
        ("2026-W47", 2, 3, True),
        ("2026-W48", 1, 0, True),
    ]
    assert weeks[0].first == date(2026, 11, 20) and weeks[1].last == date(2026, 11, 24)


def test_a_week_with_three_plans_and_two_visits(workspace: Workspace, empty_db: Path) -> None:
    ws = workspace
    customer = _sheet(ws, "深圳华信电子有限公司")
    gone = _sheet(ws, "Gone Ltd")
    monday = datetime(2026, 11, 16, 9, 30)
    plans = [
        ws.visits.save_plan(ws.visits.new_plan(customer, at=monday + timedelta(days=d)))
        for d in (0, 1, 2)
    ]
    cancelled = ws.visits.save_plan(ws.visits.new_plan(customer, at=monday))
    ws.visits.cancel_plan(cancelled.id or "")
    ws.visits.save_plan(ws.visits.new_plan(customer, at=None))  # no date: not counted
    ws.visits.save_plan(ws.visits.new_plan(customer, at=monday + timedelta(days=7)))
    ws.visits.save_plan(ws.visits.new_plan(gone, at=monday))
    deleted_plan = ws.visits.save_plan(ws.visits.new_plan(customer, at=monday))
    _execute(empty_db, "UPDATE visit_plans SET deleted_at = ? WHERE id = ?", NOW, deleted_plan.id)
    # Made: one from the first plan (which becomes done), one without a plan.
    first = ws.visits.record_for_plan(plans[0].id or "")
    ws.visits.save_record(first, finish=True)
    _record(ws, customer, datetime(2026, 11, 20, 15, 0))
    ws.visits.save_record(  # a draft: not made yet
        VisitRecordFacts(customer_id=customer, visited_at=datetime(2026, 11, 21, 10, 0))
    )
    _record(ws, gone, datetime(2026, 11, 17, 11, 0))
    deleted = _record(ws, customer, datetime(2026, 11, 18, 11, 0))
    _execute(empty_db, "UPDATE visit_records SET deleted_at = ? WHERE id = ?", NOW, deleted)
    _record(ws, customer, datetime(2026, 11, 23, 0, 0))  # Monday after: the next week
    ws.customers.delete(gone)
    assert ws.visits.plan(plans[0].id or "").status is VisitStatus.DONE

    numbers = ws.charts.visits(Period.weeks_ending(WEEK.next(), 2))
    assert [(str(w.week), w.planned, w.made) for w in numbers.weeks] == [
        ("2026-W47", 3, 2),
        ("2026-W48", 1, 1),
    ]
    assert (numbers.planned, numbers.made, numbers.is_empty) == (4, 3, False)
    one = ws.charts.visits(Period(date(2026, 11, 17), date(2026, 11, 17)))
    assert (one.planned, one.made) == (1, 0)  # the Tuesday only


# --- 2. grades ----------------------------------------------------------------------------


def _event(
    customer: str, field: ClassificationField, old: str | None, new: str | None, day: int
) -> ClassificationEvent:
    return ClassificationEvent(customer, field, old, new, datetime(2026, 11, day, 12, 0))


def test_grade_moves_are_each_prospects_net_movement() -> None:
    events = [
        _event("up", G, "C", "B", 16),
        _event("up", G, "B", "A", 18),  # C -> A, once
        _event("back", G, "B", "A", 16),
        _event("back", G, "A", "B", 17),  # ends where it started: no move
        _event("new", S, None, "prospect", 17),
        _event("new", G, None, "C", 17),  # first graded in the period
        _event("closed", G, "B", None, 19),
        _event("closed", S, "prospect", "customer", 19),  # B -> customer
        _event("reopened", S, "customer", "prospect", 18),
        _event("reopened", G, None, "D", 18),  # a customer at the start: left out
        _event("cleared", G, "D", None, 20),  # grade cleared, still a prospect: left out
        _event("direct", S, None, "customer", 20),  # created as a customer: left out
        _event("down", G, "A", "C", 21),
        _event("down2", G, "B", "C", 21),
        _event("down3", G, "B", "C", 22),
        _event("tier", ClassificationField.VALUE_TIER, None, "vip", 22),  # not a grade
    ]
    moves = grade_moves(events)
    assert moves == (
        GradeMove(None, ProspectGrade.C, 1),
        GradeMove(ProspectGrade.A, ProspectGrade.C, 1),
        GradeMove(ProspectGrade.B, ProspectGrade.C, 2),
        GradeMove(ProspectGrade.B, None, 1),
        GradeMove(ProspectGrade.C, ProspectGrade.A, 1),
    )
    assert [m.upward for m in moves] == [False, False, False, True, True]
    assert moves[0].is_new and moves[3].became_customer


def test_grades_now_and_moves_from_the_sheets(workspace: Workspace, empty_db: Path) -> None:
    ws = workspace
    a = _sheet(ws, "甲公司", prospect_grade=ProspectGrade.B)
    b = _sheet(ws, "乙公司", prospect_grade=ProspectGrade.C)
    _sheet(ws, "丙公司")  # ungraded prospect
    gone = _sheet(ws, "Gone Ltd", prospect_grade=ProspectGrade.A)
    # Everything so far happened the week before.
    _execute(empty_db, "UPDATE classification_changes SET changed_at = ?", datetime(2026, 11, 10))
    sheet = ws.customers.load(a)
    ws.customers.save(
        replace(sheet, customer=replace(sheet.customer, prospect_grade=ProspectGrade.A))
    )
    sheet = ws.customers.load(b)
    closed = replace(
        sheet.customer,
        status=CustomerStatus.CUSTOMER,
        prospect_grade=None,
        value_tier=ValueTier.SMALL,
    )
    ws.customers.save(replace(sheet, customer=closed))
    sheet = ws.customers.load(gone)
    ws.customers.save(
        replace(sheet, customer=replace(sheet.customer, prospect_grade=ProspectGrade.D))
    )
    ws.customers.delete(gone)
    _execute(
        empty_db,
        "UPDATE classification_changes SET changed_at = ? WHERE changed_at > ?",
        datetime(2026, 11, 18, 9),
        datetime(2026, 11, 11),
    )
    numbers = ws.charts.grades(Period.week(WEEK))
    assert numbers.now == (
        (ProspectGrade.A, 1),
        (ProspectGrade.B, 0),
        (ProspectGrade.C, 0),
        (ProspectGrade.D, 0),
    )
    assert numbers.ungraded == 1 and numbers.prospects == 2
    assert numbers.moves == (
        GradeMove(ProspectGrade.B, ProspectGrade.A, 1),
        GradeMove(ProspectGrade.C, None, 1),
    )
    before = ws.charts.grades(Period.week(WEEK.previous()))  # the sheets were created
    assert before.move(None, ProspectGrade.B) == 1 and before.move(None, ProspectGrade.C) == 1
    assert before.move(None, ProspectGrade.A) == 0  # the deleted sheet's history does not count


# --- 3. lead sources ----------------------------------------------------------------------


def test_lead_sources_count_new_sheets_and_the_customers_among_them(
    workspace: Workspace, empty_db: Path
) -> None:
    ws = workspace
    ws.lead_sources.save([*ws.lead_sources.entries(), LeadSourceEntry(None, "展会")])
    sources = {label: id_ for id_, label in ws.customers.lead_sources()}
    cold, fair = sources["Cold visit"], sources["展会"]
    one = _sheet(ws, "One", lead_source_id=cold)
    _sheet(ws, "Two", lead_source_id=cold)
    _sheet(ws, "Three", lead_source_id=cold, status=CustomerStatus.CUSTOMER)
    _sheet(ws, "Four", lead_source_id=fair)
    _sheet(ws, "Five")
    gone = _sheet(ws, "Gone", lead_source_id=fair)
    ws.customers.delete(gone)
    sheet = ws.customers.load(one)  # closes, then is reopened: it did become a customer
    ws.customers.save(
        replace(sheet, customer=replace(sheet.customer, status=CustomerStatus.CUSTOMER))
    )
    sheet = ws.customers.load(one)
    ws.customers.save(
        replace(sheet, customer=replace(sheet.customer, status=CustomerStatus.PROSPECT))
    )
    old = _sheet(ws, "Old", lead_source_id=fair)
    _execute(
        empty_db, "UPDATE customers SET created_at = ? WHERE id = ?", datetime(2025, 1, 1, 12), old
    )

    today = date.today()
    numbers = ws.charts.lead_sources(Period(today - timedelta(days=1), today))
    assert [(s.label, s.code, s.found, s.became_customers) for s in numbers.sources] == [
        ("Cold visit", "cold_visit", 3, 2),
        ("展会", None, 1, 0),
        ("", None, 1, 0),  # no source: last of its count
    ]
    assert numbers.sources[2].source_id is None
    assert (numbers.found, numbers.became_customers) == (5, 2)
    assert numbers.sources[0].rate == pytest.approx(2 / 3)
    assert ws.charts.lead_sources(Period(date(2025, 1, 1), date(2025, 1, 1))).found == 1


# --- 4. objections ------------------------------------------------------------------------


def test_objection_numbers_are_the_playbooks_most_raised(workspace: Workspace) -> None:
    ws = workspace
    ws.playbook.ensure_default()
    entries = ws.playbook.playbook().entries
    first, second = entries[0], entries[1]
    answer = first.answers[0]
    customer = _sheet(ws, "华信")
    for day, agreed in ((16, True), (17, False), (18, None)):
        _record(
            ws,
            customer,
            datetime(2026, 11, day, 10),
            objections=(
                ObjectionMet(objection_id=first.id, answer_id=answer.id, customer_agreed=agreed),
            ),
        )
    _record(
        ws,
        customer,
        datetime(2026, 11, 19, 10),
        objections=(ObjectionMet(objection_id=second.id, customer_words="太贵了"),),
    )
    _record(
        ws, customer, datetime(2026, 11, 25, 10), objections=(ObjectionMet(objection_id=second.id),)
    )
    numbers = ws.charts.objections(Period.week(WEEK))
    assert [(o.objection_id, o.raised, o.customers) for o in numbers.objections] == [
        (first.id, 3, 1),
        (second.id, 1, 1),
    ]
    assert numbers.objections[0].title == first.title
    # Only answers with a recorded result, and the one agreed of two decided.
    assert [(a.answer_id, a.tally) for a in numbers.answers] == [(answer.id, Tally(1, 1, 1))]
    assert numbers.answers[0].tally.few and numbers.answers[0].label == answer.label
    assert (numbers.visits, numbers.visits_with_objections, numbers.more_objections) == (4, 4, 0)
    top_one = ws.charts.objections(Period.week(WEEK), top=1)
    assert len(top_one.objections) == 1 and top_one.more_objections == 1


# --- 5. Pareto ----------------------------------------------------------------------------


def test_pareto_marks_the_smallest_top_groups() -> None:
    revenues = [12.0, 11.0, 10.0, 9.0, 9.0, 9.0, 8.0, 8.0, 8.0, 8.0, 8.0]  # 100 in all
    cumulative = cumulative_shares(revenues)
    assert cumulative[:4] == pytest.approx((0.12, 0.23, 0.33, 0.42))
    marks = pareto_marks(cumulative)
    assert [(m.target, m.customers, round(m.revenue_share, 2), m.in_band) for m in marks] == [
        (0.10, 1, 0.12, True),
        (0.40, 4, 0.42, True),
        (0.80, 9, 0.84, True),
    ]
    assert marks[0].customer_share == pytest.approx(1 / 11)
    heavy = pareto_marks(cumulative_shares([30.0, 25.0, 15.0, 10.0, 8.0, 7.0, 5.0]))
    assert [(m.customers, m.in_band) for m in heavy] == [(1, False), (2, False), (4, True)]
    assert cumulative_shares([0.0, 0.0]) == () and pareto_marks(()) == ()
    assert main_currency({"GBP": (2, 900.0), "CNY": (2, 1000.0), "EUR": (1, 9e9)}) == "CNY"
    assert main_currency({}) == ""


def test_five_customers_with_known_revenues(workspace: Workspace, empty_db: Path) -> None:
    ws = workspace
    closed = {"status": CustomerStatus.CUSTOMER, "currency": "CNY"}
    for name, revenue in (("甲", 25.0), ("乙", 40.0), ("丙", 8.0), ("丁", 15.0), ("戊", 12.0)):
        _sheet(ws, name, annual_revenue=revenue, **closed)
    odd = _sheet(ws, "Lower case", annual_revenue=0.0, **closed)
    _execute(empty_db, "UPDATE customers SET currency = ' cny' WHERE id = ?", odd)  # an old row
    _sheet(ws, "London", annual_revenue=1000.0, status=CustomerStatus.CUSTOMER, currency="GBP")
    _sheet(ws, "Prospect", annual_revenue=999.0, currency="CNY")
    _sheet(ws, "Unknown", annual_revenue=None, **closed)
    ws.customers.delete(_sheet(ws, "Gone", annual_revenue=500.0, **closed))

    numbers = ws.charts.pareto()
    assert numbers.currency == "CNY" and numbers.customers == 6
    assert numbers.revenues == (40.0, 25.0, 15.0, 12.0, 8.0, 0.0)
    assert numbers.cumulative == pytest.approx((0.40, 0.65, 0.80, 0.92, 1.0, 1.0))
    assert [(m.customers, round(m.revenue_share, 9), m.in_band) for m in numbers.marks] == [
        (1, 0.40, False),  # one customer already brings 40%: above the 10-20% band
        (1, 0.40, True),
        (3, 0.80, True),
    ]
    assert [p.name for p in numbers.leaders] == ["乙"]
    assert numbers.other_currencies == (("GBP", 1),)
    pounds = ws.charts.pareto("gbp")
    assert (pounds.currency, pounds.revenues, pounds.other_currencies) == (
        "GBP",
        (1000.0,),
        (("CNY", 6),),
    )
    assert ws.charts.pareto("EUR").is_empty


# --- 6. time by tier ----------------------------------------------------------------------


def test_time_by_tier_against_the_guide(workspace: Workspace) -> None:
    ws = workspace
    vip = _sheet(ws, "VIP", status=CustomerStatus.CUSTOMER, value_tier=ValueTier.VIP)
    large = _sheet(ws, "Large", status=CustomerStatus.CUSTOMER, value_tier=ValueTier.LARGE)
    _sheet(ws, "No tier", status=CustomerStatus.CUSTOMER)
    prospects = [_sheet(ws, f"P{i}") for i in range(3)]
    day = datetime(2026, 11, 17, 10)
    _record(ws, vip, day, minutes_spent=120)
    _record(ws, large, day, minutes_spent=60)
    _record(ws, large, day + timedelta(days=1), minutes_spent=30)
    _record(ws, prospects[0], day, minutes_spent=30)
    _record(ws, prospects[1], day)  # no minutes
    _record(ws, vip, day + timedelta(days=7), minutes_spent=600)  # the next week
    ws.visits.save_record(VisitRecordFacts(customer_id=vip, visited_at=day, minutes_spent=500))

    numbers = ws.charts.time_by_tier(Period.week(WEEK))
    rows = {t.tier: (t.customers, t.minutes, t.visits) for t in numbers.tiers}
    assert rows == {
        TimeTier.VIP: (1, 120, 1),
        TimeTier.ORDINARY: (2, 90, 2),
        TimeTier.POSSIBLE: (3, 30, 2),
    }
    shares = [(t.customer_share, t.time_share) for t in numbers.tiers]
    assert shares == [
        pytest.approx((1 / 6, 0.5)),
        pytest.approx((2 / 6, 0.375)),
        pytest.approx((3 / 6, 0.125)),
    ]
    assert [t.guide for t in numbers.tiers] == [(0.10, 0.60), (0.30, 0.30), (0.60, 0.10)]
    assert numbers.visits_without_minutes == 1 and numbers.minutes == 240
    quiet = ws.charts.time_by_tier(Period(date(2026, 1, 1), date(2026, 1, 7)))
    assert not quiet.is_empty and all(t.time_share is None for t in quiet.tiers)


# --- 7. differentiation and segmentation --------------------------------------------------


def test_the_matrix_uses_the_rule_of_the_sheet(workspace: Workspace) -> None:
    ws = workspace
    closed = {"status": CustomerStatus.CUSTOMER}
    _sheet(ws, "Edge", share_percent=50.0, upcoming_quantity=100.0, **closed)
    _sheet(ws, "VIP", share_percent=80.0, upcoming_quantity=5.0, value_tier=ValueTier.VIP, **closed)
    _sheet(ws, "Develop", share_percent=0.0, upcoming_quantity=300.0)
    _sheet(ws, "Small", share_percent=49.9, upcoming_quantity=99.9)
    _sheet(ws, "No quantity", share_percent=10.0)
    ws.customers.delete(_sheet(ws, "Gone", share_percent=90.0, upcoming_quantity=900.0))

    numbers = ws.charts.differentiation()
    assert {(d.share_percent, d.strategy, d.customer, d.vip) for d in numbers.dots} == {
        (50.0, DifferentiationStrategy.KEEP_CLOSE, True, False),
        (80.0, DifferentiationStrategy.MAINTAIN_OR_ACQUIRE, True, True),
        (0.0, DifferentiationStrategy.DEVELOP, False, False),
        (49.9, DifferentiationStrategy.ACQUIRE_OR_ABANDON, False, False),
    }
    assert numbers.unknown == 1
    assert all(numbers.count(s) == 1 for s in DifferentiationStrategy)
    assert (numbers.high_share, numbers.large_quantity) == (50.0, 100.0)


def test_the_segmentation_grid_counts_every_cell(workspace: Workspace) -> None:
    ws = workspace
    vip = {"status": CustomerStatus.CUSTOMER, "value_tier": ValueTier.VIP}
    high, stable = Level.HIGH, RelationshipStatus.STABLE
    _sheet(ws, "A", profit_potential=high, relationship_status=stable, **vip)
    _sheet(ws, "B", profit_potential=high, relationship_status=stable)
    _sheet(
        ws,
        "C",
        profit_potential=Level.LOW,
        relationship_status=RelationshipStatus.WITHDRAWING,
        **vip,
    )
    _sheet(ws, "D", profit_potential=high)

    numbers = ws.charts.segmentation()
    assert len(numbers.cells) == 18 and numbers.sheets == 3 and numbers.unknown == 1
    top = numbers.cell(high, stable)
    assert (top.sheets, top.vips, top.cell.attractive) == (2, 1, True)
    low = numbers.cell(Level.LOW, RelationshipStatus.WITHDRAWING)
    assert (low.sheets, low.vips, low.cell.attractive) == (1, 1, False)
    assert numbers.cell(Level.MEDIUM, RelationshipStatus.GOOD).sheets == 0
    assert [c.cell.profit for c in numbers.cells[:6]] == [high] * 6


# --- every chart, empty --------------------------------------------------------------------


def test_every_chart_of_an_empty_book_is_empty(workspace: Workspace) -> None:
    found = workspace.charts.all(Period.week(WEEK))
    assert set(found) == set(ChartKind)
    assert all(numbers.is_empty for numbers in found.values())
    assert found[ChartKind.ANSWERS] is found[ChartKind.OBJECTIONS]
    trend = Period.weeks_ending(WEEK, 13)
    mixed = workspace.charts.all(Period.week(WEEK), {ChartKind.VISITS: trend})
    visits, grades = mixed[ChartKind.VISITS], mixed[ChartKind.GRADES]
    assert isinstance(visits, VisitNumbers) and isinstance(grades, GradeNumbers)
    assert (visits.period, len(visits.weeks), grades.period) == (trend, 13, Period.week(WEEK))
    pareto = found[ChartKind.PARETO]
    assert isinstance(pareto, ParetoNumbers)
    assert pareto.currency == "" and pareto.marks == () and pareto.leaders == ()


# --- the demo database, counted again by hand -----------------------------------------------

DEMO_PERIOD = Period.weeks_ending(IsoWeek.of(DEMO_TODAY), 8)


def _live_customers(db: Path) -> dict[str, tuple[object, ...]]:
    """id -> (status, tier, grade, source, created, revenue, currency, share, quantity,
    potential, relationship)."""
    return {
        str(r[0]): r[1:]
        for r in _rows(
            db,
            "SELECT id, status, value_tier, prospect_grade, lead_source_id, created_at, "
            "annual_revenue, currency, share_percent, upcoming_quantity, profit_potential, "
            "relationship_status FROM customers WHERE deleted_at IS NULL",
        )
    }


def _day(stamp: object) -> date:
    return datetime.fromisoformat(str(stamp)).date()


def test_demo_visits_by_hand(demo: Workspace, demo_db: Path) -> None:
    live = _live_customers(demo_db)
    planned: Counter[str] = Counter()
    for at, status, customer in _rows(
        demo_db,
        "SELECT appointment_at, status, customer_id FROM visit_plans WHERE deleted_at IS NULL",
    ):
        if (
            at is not None
            and status != "cancelled"
            and customer in live
            and _day(at) in DEMO_PERIOD
        ):
            planned[str(IsoWeek.of(_day(at)))] += 1
    made: Counter[str] = Counter()
    for at, draft, customer in _rows(
        demo_db,
        "SELECT visited_at, is_draft, customer_id FROM visit_records WHERE deleted_at IS NULL",
    ):
        if not draft and customer in live and _day(at) in DEMO_PERIOD:
            made[str(IsoWeek.of(_day(at)))] += 1
    numbers = demo.charts.visits(DEMO_PERIOD)
    assert len(numbers.weeks) == 8
    assert {str(w.week): w.planned for w in numbers.weeks if w.planned} == dict(planned)
    assert {str(w.week): w.made for w in numbers.weeks if w.made} == dict(made)
    assert numbers.made > 20 and numbers.planned > 20


def test_demo_grades_by_hand(demo: Workspace, demo_db: Path) -> None:
    live = _live_customers(demo_db)
    now = Counter(c[2] for c in live.values() if c[0] == "prospect")
    numbers = demo.charts.grades(DEMO_PERIOD)
    assert dict(numbers.now) == {g: now[g.value] for g in ProspectGrade}
    assert numbers.ungraded == now[None]
    # Net moves again, in SQL: each customer's first old grade and last new grade in the period.
    start, after = _utc(DEMO_PERIOD.start), _utc(DEMO_PERIOD.end + timedelta(days=1))
    history: dict[str, list[tuple[str, str, object, object]]] = defaultdict(list)
    for customer, field, old, new, at in _rows(
        demo_db,
        "SELECT customer_id, field, old_value, new_value, changed_at FROM classification_changes "
        "WHERE deleted_at IS NULL AND field IN ('prospect_grade', 'status') "
        "AND changed_at >= ? AND changed_at < ? ORDER BY changed_at",
        str(start),
        str(after),
    ):
        if customer in live:
            history[str(customer)].append((str(at), str(field), old, new))
    expected: Counter[tuple[object, object]] = Counter()
    for changes in history.values():
        grades = [c for c in changes if c[1] == "prospect_grade"]
        statuses = [c for c in changes if c[1] == "status"]
        if statuses and statuses[-1][3] == "customer" and statuses[0][2] == "prospect":
            expected[(grades[0][2] if grades else None, "customer")] += 1
        elif grades and grades[-1][3] is not None and grades[-1][3] != grades[0][2]:
            expected[(grades[0][2], grades[-1][3])] += 1
    got = {
        (m.source.value if m.source else None, m.target.value if m.target else "customer"): m.count
        for m in numbers.moves
    }
    assert got == dict(expected)
    assert sum(got.values()) > 5


def test_demo_lead_sources_by_hand(demo: Workspace, demo_db: Path) -> None:
    live = _live_customers(demo_db)
    closed_ever = {
        str(r[0])
        for r in _rows(
            demo_db,
            "SELECT customer_id FROM classification_changes WHERE field = 'status' "
            "AND new_value = 'customer' AND deleted_at IS NULL",
        )
    }
    period = Period(DEMO_TODAY - timedelta(days=400), DEMO_TODAY)
    start, after = _utc(period.start), _utc(period.end + timedelta(days=1))
    found: Counter[object] = Counter()
    closed: Counter[object] = Counter()
    for customer, c in live.items():
        if start <= datetime.fromisoformat(str(c[4])) < after:
            found[c[3]] += 1
            closed[c[3]] += c[0] == "customer" or customer in closed_ever
    labels = {str(i): str(t) for i, t in _rows(demo_db, "SELECT id, label FROM lead_sources")}
    numbers = demo.charts.lead_sources(period)
    assert {s.source_id: (s.found, s.became_customers) for s in numbers.sources} == {
        source: (found[source], closed[source]) for source in found
    }
    assert all(s.label == labels.get(s.source_id or "", "") for s in numbers.sources)
    assert [s.found for s in numbers.sources] == sorted(
        (s.found for s in numbers.sources), reverse=True
    )
    assert numbers.became_customers > 0


def test_demo_objections_are_the_playbooks(demo: Workspace) -> None:
    stats = demo.playbook.stats(DEMO_PERIOD.start, DEMO_PERIOD.end)
    numbers = demo.charts.objections(DEMO_PERIOD)
    raised = sorted((o.raised for o in stats.objections if o.raised), reverse=True)
    assert [o.raised for o in numbers.objections] == raised[:8]
    assert numbers.more_objections == len(raised) - len(numbers.objections)
    assert numbers.visits == stats.visits
    assert all(a.tally.decided > 0 for a in numbers.answers)


def test_demo_pareto_by_hand(demo: Workspace, demo_db: Path) -> None:
    by_currency: dict[str, list[float]] = defaultdict(list)
    for c in _live_customers(demo_db).values():
        if c[0] == "customer" and c[5] is not None and float(c[5]) >= 0:  # type: ignore[arg-type]
            by_currency[str(c[6]).strip().upper()].append(float(c[5]))  # type: ignore[arg-type]
    main = max(by_currency, key=lambda code: (len(by_currency[code]), sum(by_currency[code])))
    revenues = sorted(by_currency[main], reverse=True)
    total, running, reach = sum(revenues), 0.0, {}
    for count, revenue in enumerate(revenues, 1):
        running += revenue
        for target in (0.1, 0.4, 0.8):
            if running / total >= target and target not in reach:
                reach[target] = count
    numbers = demo.charts.pareto()
    assert numbers.currency == main and list(numbers.revenues) == revenues
    assert [m.customers for m in numbers.marks] == [reach[0.1], reach[0.4], reach[0.8]]
    assert dict(numbers.other_currencies) == {
        code: len(values) for code, values in by_currency.items() if code != main
    }
    assert numbers.marks[2].customer_share < 0.5  # the demo's long tail


def test_demo_time_by_tier_by_hand(demo: Workspace, demo_db: Path) -> None:
    live = _live_customers(demo_db)

    def tier(customer: str) -> TimeTier:
        status, value_tier = live[customer][0], live[customer][1]
        if status != "customer":
            return TimeTier.POSSIBLE
        return TimeTier.VIP if value_tier == "vip" else TimeTier.ORDINARY

    sheets = Counter(tier(c) for c in live)
    minutes: Counter[TimeTier] = Counter()
    for customer, spent, at, draft in _rows(
        demo_db,
        "SELECT customer_id, minutes_spent, visited_at, is_draft FROM visit_records "
        "WHERE deleted_at IS NULL",
    ):
        if customer in live and not draft and _day(at) in DEMO_PERIOD:
            minutes[tier(str(customer))] += int(spent or 0)  # type: ignore[call-overload]
    numbers = demo.charts.time_by_tier(DEMO_PERIOD)
    assert {t.tier: (t.customers, t.minutes) for t in numbers.tiers} == {
        t: (sheets[t], minutes[t]) for t in TimeTier
    }
    assert sum(t.time_share or 0 for t in numbers.tiers) == pytest.approx(1.0)


def test_demo_matrix_and_grid_by_hand(demo: Workspace, demo_db: Path) -> None:
    live = _live_customers(demo_db)
    strategies: Counter[object] = Counter()
    cells: Counter[tuple[object, object]] = Counter()
    for c in live.values():
        if c[7] is not None and c[8] is not None:
            strategies[differentiation_strategy(float(c[7]), float(c[8]))] += 1  # type: ignore[arg-type]
        if c[9] is not None and c[10] is not None:
            cells[(c[9], c[10])] += 1
    matrix = demo.charts.differentiation()
    assert {s: matrix.count(s) for s in DifferentiationStrategy} == {
        s: strategies[s] for s in DifferentiationStrategy
    }
    assert matrix.unknown == len(live) - sum(strategies.values())
    grid = demo.charts.segmentation()
    assert {
        (c.cell.profit.value, c.cell.relationship.value): c.sheets for c in grid.cells if c.sheets
    } == dict(cells)
    assert grid.unknown == len(live) - sum(cells.values())
    vips = sum(1 for c in live.values() if c[0] == "customer" and c[1] == "vip" and c[9] and c[10])
    assert sum(c.vips for c in grid.cells) == vips > 0
