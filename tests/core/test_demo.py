"""Demo data (services/demo.py) against real SQLite files: shape, determinism, integrity."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections import Counter
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from repdesk.db import models
from repdesk.db.store import open_store
from repdesk.domain.enums import BuyingSignal, HolidayCode
from repdesk.services.collation import sort_key
from repdesk.services.demo import DemoCounts, DemoError, fill_demo
from repdesk.services.holiday_calendar import holiday_date

TODAY = date(2026, 11, 25)  # a Wednesday
FILLED = (
    "customers", "people", "diary_entries", "visit_plans", "visit_checklist_items",
    "visit_records", "visit_people", "visit_objections", "follow_ups", "care_occasions",
    "dissatisfaction_signals", "classification_changes",
)  # fmt: skip
HAN = re.compile(r"[\u4e00-\u9fff]")


def _fill(folder: Path, customers: int, seed: int = 1, today: date = TODAY) -> Path:
    path = folder / f"demo-{customers}-{seed}-{today}.db"
    store = open_store(path)
    try:
        fill_demo(store, customers, seed, today=today)
    finally:
        store.close()
    return path


def _rows(path: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, args).fetchall()


def _one(path: Path, sql: str, *args: object) -> Any:
    return _rows(path, sql, *args)[0][0]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fill(tmp_path_factory.mktemp("demo"), 300)


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fill(tmp_path_factory.mktemp("demo"), 3000)


# --- what gets written -------------------------------------------------------


def test_every_table_gets_rows_and_the_counts_say_so(tmp_path: Path) -> None:
    store = open_store(tmp_path / "counted.db")
    try:
        fractions: list[float] = []
        counts = fill_demo(store, 300, today=TODAY, progress=fractions.append)
    finally:
        store.close()
    assert isinstance(counts, DemoCounts)
    assert set(counts.rows) == set(FILLED)
    for table in FILLED:
        in_file = _one(tmp_path / "counted.db", f"SELECT count(*) FROM {table}")
        assert counts.rows[table] == in_file > 0, table
    assert counts.rows["customers"] == 300
    assert counts.total == sum(counts.rows.values())
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_rows_read_back_through_the_orm(small: Path) -> None:
    """Enum codes, dates, datetimes and JSON are stored the way SQLAlchemy reads them."""
    store = open_store(small)
    try:
        with store.reading() as session:
            for model in (
                models.Customer, models.Person, models.DiaryEntry, models.VisitPlan,
                models.VisitChecklistItem, models.VisitRecord, models.VisitPerson,
                models.VisitObjection, models.FollowUp, models.CareOccasion,
                models.SignalRecord, models.ClassificationChange,
            ):  # fmt: skip
                rows = session.scalars(select(model)).all()
                assert rows, model.__tablename__
                for row in rows:
                    assert isinstance(row.created_at, datetime)
                    assert row.created_at <= row.updated_at
                    assert row.updated_at < datetime.combine(TODAY, datetime.min.time())
                    assert row.deleted_at is None
                    assert uuid.UUID(row.id).version == 4
            records = session.scalars(select(models.VisitRecord)).all()
            codes = {signal.value for signal in BuyingSignal}
            assert all(set(r.buying_signals) <= codes for r in records)
            assert any(r.buying_signals for r in records)
            people = session.scalars(select(models.Person)).all()
            assert any(p.fact_sources for p in people)
            assert all(isinstance(p.fact_sources, dict) for p in people)
    finally:
        store.close()


def test_foreign_keys_hold_and_the_connection_is_put_back(tmp_path: Path) -> None:
    path = tmp_path / "fk.db"
    store = open_store(path)
    try:
        with store.engine.connect() as conn:
            before = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
            ).all()
        fill_demo(store, 300, today=TODAY)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            after = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
            ).all()
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        assert after == before  # the indexes dropped for the load are all back, unchanged
    finally:
        store.close()


# --- determinism -------------------------------------------------------------


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every filled table, with references to the seed rows shown by their codes.

    The lead sources and checklist lines are made by the migration, with random
    ids, so two files differ there; everything the demo writes must not.
    """
    codes = dict(_rows(path, "SELECT id, code FROM lead_sources"))
    codes.update(_rows(path, "SELECT id, code FROM checklist_template_items"))
    contents = {}
    for table in FILLED:
        rows = _rows(path, f"SELECT * FROM {table} ORDER BY rowid")
        contents[table] = [tuple(codes.get(v, v) for v in row) for row in rows]
    return contents


def test_same_seed_same_bytes_and_another_seed_differs(tmp_path: Path, small: Path) -> None:
    again = _fill(tmp_path, 300)
    other = _fill(tmp_path, 300, seed=2)
    first = _contents(small)
    assert _contents(again) == first
    different = _contents(other)
    for table in ("customers", "people", "visit_records", "follow_ups"):
        assert different[table] != first[table], table
    ids = "SELECT id FROM customers"
    assert not set(_rows(small, ids)) & set(_rows(other, ids))


def test_today_moves_the_dates_not_the_story(tmp_path: Path, small: Path) -> None:
    later = _fill(tmp_path, 300, today=TODAY + timedelta(days=7))
    names = "SELECT name FROM customers ORDER BY rowid"
    assert _rows(later, names) == _rows(small, names)
    first = _rows(small, "SELECT min(contact_date) FROM diary_entries")[0][0]
    moved = _rows(later, "SELECT min(contact_date) FROM diary_entries")[0][0]
    assert date.fromisoformat(str(moved)) > date.fromisoformat(str(first))


# --- what the data looks like ------------------------------------------------


def test_classification_is_consistent(small: Path) -> None:
    rows = _rows(
        small,
        "SELECT id, status, prospect_grade, value_tier, share_percent, annual_revenue, kind, "
        "relationship_type, loyalty_stage FROM customers",
    )
    statuses = Counter(r[1] for r in rows)
    assert statuses["prospect"] > statuses["customer"] > 0
    for _, status, grade, tier, share, revenue, kind, relationship, _loyalty in rows:
        if status == "prospect":
            assert grade in {"A", "B", "C", "D"}
            assert tier is None
            assert revenue is None
        else:
            assert tier in {"small", "medium", "large", "vip"}
            assert grade is None
            assert revenue is not None
            assert revenue > 0
        assert share is None or 0 <= float(share) <= 100
        assert (kind == "consumer") == (relationship == "b2c")
    tiers = Counter(r[3] for r in rows if r[3])
    assert tiers["vip"] < tiers["large"] < tiers["small"]
    # The history ends at the sheet's current values.
    current = {r[0]: {"prospect_grade": r[2], "value_tier": r[3]} for r in rows}
    last: dict[tuple[object, object], object] = {}
    for customer_id, field, new in _rows(
        small,
        "SELECT customer_id, field, new_value FROM classification_changes "
        "ORDER BY changed_at, rowid",
    ):
        last[customer_id, field] = new
    assert any(field == "prospect_grade" for _, field in last)
    for (customer_id, field), new in last.items():
        if field in ("prospect_grade", "value_tier"):
            assert current[customer_id][field] == new


def test_revenue_has_a_long_tail(larger: Path) -> None:
    revenue = sorted(
        (float(r[0]) for r in _rows(larger, "SELECT annual_revenue FROM customers "
                                      "WHERE annual_revenue IS NOT NULL")),
        reverse=True,
    )  # fmt: skip
    top_fifth = sum(revenue[: len(revenue) // 5])
    assert 0.55 < top_fifth / sum(revenue) < 0.95


def test_chinese_and_english_sheets_with_sort_keys(small: Path) -> None:
    customers = _rows(small, "SELECT name, sort_key, address, phone, kind FROM customers")
    chinese = [c for c in customers if HAN.search(str(c[0]))]
    english = [c for c in customers if not HAN.search(str(c[0]))]
    assert 0.6 < len(chinese) / len(customers) < 0.8
    assert 0.2 < len(english) / len(customers) < 0.4
    assert any(str(c[0]).endswith("有限公司") for c in chinese)
    assert any(re.search(r"(省|市).+(区|镇|街道).+号", str(c[2])) for c in chinese)
    assert any(re.fullmatch(r"1\d\d \d{4} \d{4}", str(c[3])) for c in customers)
    assert any(re.fullmatch(r"0\d{2,3}-\d{4} \d{4}", str(c[3])) for c in customers)
    assert any(str(c[3]).startswith("+44 ") for c in english)
    assert any(re.search(r"(Ltd|Limited|plc|LLP|& Co)$", str(c[0])) for c in english)
    consumers = [c for c in customers if c[4] == "consumer"]
    assert 0 < len(consumers) < len(customers) * 0.25
    for name, key, *_ in customers:
        assert key == sort_key(str(name))
    for name, key in _rows(small, "SELECT name, sort_key FROM people"):
        assert key == sort_key(str(name))


def test_people_around_each_customer(small: Path) -> None:
    per_customer = _rows(
        small,
        "SELECT c.kind, c.name, count(p.id), sum(p.role = 'buyer'), "
        "group_concat(p.name, '|') FROM customers c JOIN people p ON p.customer_id = c.id "
        "GROUP BY c.id",
    )
    assert len(per_customer) == 300
    for kind, name, count, buyers, names in per_customer:
        assert 1 <= int(count) <= 4
        assert buyers == 1
        if kind == "consumer":
            assert names == name  # a consumer's sheet is about that person
    roles = {r[0] for r in _rows(small, "SELECT DISTINCT role FROM people")}
    assert {"buyer", "decision_management", "technical_management", "purchasing",
            "finance", "usage_management", "operator"} <= roles  # fmt: skip
    quadrants = {r[0] for r in _rows(small, "SELECT DISTINCT quadrant FROM people")}
    assert quadrants == {"outsider", "supplier", "friend", "partner"}
    filled = _one(small, "SELECT count(*) FROM people WHERE hobbies != '' AND birthday IS NOT NULL")
    assert filled > 0


def test_the_seed_examples_are_there(larger: Path) -> None:
    results = {r[0] for r in _rows(larger, "SELECT DISTINCT visit_result FROM diary_entries")}
    assert {"初步同意", "agreed in principle"} <= results
    actions = {r[0] for r in _rows(larger, "SELECT DISTINCT action FROM follow_ups")}
    assert {"寄更多资料，再打电话", "mail more material, phone again"} <= actions
    codes = {r[0] for r in _rows(larger, "SELECT DISTINCT holiday_code FROM care_occasions")}
    assert codes - {None} <= {"mothers_day", "national_day", "mid_autumn", "spring_festival",
                              "christmas"}  # fmt: skip
    gestures = {r[0] for r in _rows(larger, "SELECT DISTINCT gesture FROM care_occasions")}
    assert {"母亲节送她一束鲜花", "国庆节活动送月饼券"} <= gestures
    sources = {r[0] for r in _rows(larger, "SELECT DISTINCT fact_sources FROM people")}
    assert '{"title": "asked reception"}' in sources


def test_playbook_and_objections_met(small: Path) -> None:
    """The visits meet the default playbook (loaded before the fill), in the customer's
    language; refusals are sometimes answered again (round 2)."""
    objections = _rows(small, "SELECT id, target, title FROM objections")
    assert len(objections) == 13
    assert {"person", "product", "reflex", "price", "competitor"} <= {o[1] for o in objections}
    met = _rows(
        small,
        "SELECT vo.customer_words, vo.round, vo.customer_agreed, vo.answer_id, vo.objection_id, "
        "c.name FROM visit_objections vo JOIN visit_records r ON r.id = vo.visit_record_id "
        "JOIN customers c ON c.id = r.customer_id",
    )
    assert {row[2] for row in met} == {0, 1, None}
    assert {row[1] for row in met} >= {1, 2}
    assert any(row[3] is None for row in met) and any(row[4] is None for row in met)
    for words, *_rest, name in met:
        assert bool(HAN.search(words)) == bool(HAN.search(name)), (words, name)


def test_history_lies_behind_today_and_plans_ahead(small: Path) -> None:
    day = TODAY.isoformat()
    assert _one(small, "SELECT max(visited_at) FROM visit_records") < day
    assert _one(small, "SELECT min(visited_at) FROM visit_records") >= str(
        TODAY - timedelta(days=731)
    )
    assert _one(small, "SELECT max(contact_date) FROM diary_entries") < day
    ahead = str(TODAY + timedelta(days=31))
    assert _one(small, "SELECT max(appointment_at) FROM visit_plans") < ahead
    overdue_plans = (
        "SELECT count(*) FROM visit_plans WHERE status = 'planned' AND appointment_at < ?"
    )
    assert _one(small, overdue_plans, day) == 0
    template = _one(small, "SELECT count(*) FROM checklist_template_items")
    per_plan = _rows(small, "SELECT count(*) FROM visit_checklist_items GROUP BY visit_plan_id")
    assert {r[0] for r in per_plan} == {template}


# --- the Today page ----------------------------------------------------------


def _next_yearly(month: int, day: int, start: date) -> date:
    upcoming = date(start.year, month, day)
    return upcoming if upcoming >= start else date(start.year + 1, month, day)


def _care_in_window(path: Path, today: date, days: int = 14) -> int:
    """Care reminders on days 0..13, holidays included as a calendar would place them."""
    last = today + timedelta(days=days - 1)
    shown = 0
    for month, day, on_date, code in _rows(
        path, "SELECT month, day, on_date, holiday_code FROM care_occasions"
    ):
        if month is not None:
            shown += _next_yearly(int(month), int(day), today) <= last
        elif on_date is not None:
            shown += today <= date.fromisoformat(str(on_date)) <= last
        else:
            for year in (today.year, today.year + 1):
                on = holiday_date(HolidayCode(str(code)), year, "CN")
                shown += on is not None and today <= on <= last
    return shown


def _check_today_shape(path: Path, today: date, customers: int) -> None:
    day = today.isoformat()
    visits = _rows(
        path,
        "SELECT appointment_at, itinerary_position FROM visit_plans "
        "WHERE status = 'planned' AND date(appointment_at) = ? ORDER BY appointment_at",
        day,
    )
    assert 3 <= len(visits) <= 6
    assert [r[1] for r in visits] == list(range(1, len(visits) + 1))
    assert all("08:00" <= str(r[0])[11:16] <= "18:00" for r in visits)
    per_day = Counter(
        str(r[0])[:10]
        for r in _rows(path, "SELECT appointment_at FROM visit_plans WHERE appointment_at > ?",
                       str(today + timedelta(days=1)))
    )  # fmt: skip
    assert per_day
    assert max(per_day.values()) <= 6
    assert len(per_day) >= 15  # most working days of the next month
    due_today = _one(
        path, "SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_date = ?", day
    )
    assert 1 <= due_today <= 10
    overdue = _one(
        path, "SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_date < ?", day
    )
    assert 10 <= overdue <= 40
    done = _one(path, "SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL")
    assert done > overdue
    assert 1 <= _care_in_window(path, today) <= 10
    flagged = _one(
        path, "SELECT count(DISTINCT customer_id) FROM dissatisfaction_signals "
        "WHERE resolved_on IS NULL"
    )  # fmt: skip
    assert 1 <= flagged <= max(3, customers * 0.02)
    resolved = _one(
        path, "SELECT count(*) FROM dissatisfaction_signals WHERE resolved_on IS NOT NULL"
    )
    assert resolved > 0


@pytest.mark.parametrize("fixture", ["small", "larger"])
def test_today_looks_like_one_reps_day_whatever_the_size(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    path = request.getfixturevalue(fixture)
    _check_today_shape(path, TODAY, 300 if fixture == "small" else 3000)


@pytest.mark.parametrize(
    "today",
    [
        date(2026, 11, 28),  # a Saturday
        date(2026, 12, 20),  # Christmas inside the care window
        date(2027, 2, 1),  # the Spring Festival close
        date(2027, 9, 12),  # Mid-Autumn then National Day
        date(2026, 2, 27),  # 29 February is near in a leap year
    ],
)
def test_today_shape_holds_on_any_day(tmp_path: Path, today: date) -> None:
    _check_today_shape(_fill(tmp_path, 300, today=today), today, 300)


# --- refusing and cancelling -------------------------------------------------


def test_refuses_a_database_that_has_customers(tmp_path: Path) -> None:
    path = _fill(tmp_path, 5)
    store = open_store(path)
    try:
        with pytest.raises(DemoError, match=r"empty database.*5 customers"):
            fill_demo(store, 300, today=TODAY)
    finally:
        store.close()
    assert _one(path, "SELECT count(*) FROM customers") == 5


def test_refuses_other_data_too(tmp_path: Path) -> None:
    store = open_store(tmp_path / "diary.db")
    try:
        with store.session() as session:
            session.add(models.DiaryEntry(contact_date=TODAY, company_name="Acme"))
        with pytest.raises(DemoError, match="empty database"):
            fill_demo(store, 10, today=TODAY)
    finally:
        store.close()


def test_needs_at_least_one_customer(tmp_path: Path) -> None:
    store = open_store(tmp_path / "none.db")
    try:
        with pytest.raises(ValueError, match="at least one"):
            fill_demo(store, 0)
        counts = fill_demo(store, 1, today=TODAY)
        assert counts.rows["customers"] == 1
    finally:
        store.close()


@pytest.mark.parametrize("after_calls", [1, 40])
def test_cancel_rolls_everything_back(tmp_path: Path, after_calls: int) -> None:
    path = tmp_path / "cancelled.db"
    store = open_store(path)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    try:
        with pytest.raises(DemoError, match="cancelled"):
            fill_demo(store, 300, today=TODAY, cancelled=cancelled)
        with store.engine.connect() as conn:
            for table in FILLED:
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 0
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        fill_demo(store, 300, today=TODAY)  # the database is as good as new
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 300


def test_demo_codes_are_the_enums_codes(tmp_path: Path) -> None:
    """Raw inserts skip the ORM's enum check: every stored code must still be known."""
    from repdesk.domain.enums import Gender, HolidayCode

    store = open_store(tmp_path / "codes.db")
    fill_demo(store, 400, seed=5, today=date(2026, 9, 20))
    store.close()
    with closing(sqlite3.connect(tmp_path / "codes.db")) as connection:
        holidays = {
            r[0] for r in connection.execute("SELECT DISTINCT holiday_code FROM care_occasions")
        }
        genders = {r[0] for r in connection.execute("SELECT DISTINCT gender FROM people")}
        currencies = {r[0] for r in connection.execute("SELECT DISTINCT currency FROM customers")}
    assert holidays - {None} <= {h.value for h in HolidayCode}
    assert holidays - {None}
    assert genders == {g.value for g in Gender}
    assert currencies == {"CNY", "GBP"}
