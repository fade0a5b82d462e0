"""The sheet service and the method's sheet rules, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from repdesk.db.store import Store, open_store
from repdesk.domain.enums import (
    CustomerStatus,
    DissatisfactionSignal,
    Level,
    PersonRole,
    ProspectGrade,
    RelationshipStatus,
    ValueTier,
)
from repdesk.domain.sheet import (
    CustomerFacts,
    CustomerSheet,
    LearnItem,
    LearnTopic,
    PersonFacts,
    segment_cell,
    still_to_learn,
)
from repdesk.domain.validation import (
    ProblemCode,
    check_sheet,
    email_problem,
    parse_date,
    parse_number,
    phone_problem,
)
from repdesk.services.customers import (
    CancelledError,
    CustomerService,
    InvalidSheetError,
    SheetNotFoundError,
)

TODAY = date(2026, 11, 18)


@pytest.fixture
def store(empty_db: Path) -> Iterator[Store]:
    store = open_store(empty_db)
    yield store
    store.close()


def _count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute(sql).fetchone()[0])


def _sheet(name: str = "深圳华信电子有限公司", **facts: object) -> CustomerSheet:
    return CustomerSheet(
        customer=CustomerFacts(name=name, **facts),  # type: ignore[arg-type]
        people=[PersonFacts(name="王建国", role=PersonRole.BUYER, title="采购经理")],
    )


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("138 0013 8000", True),
        ("+86 (755) 8888-1234", True),
        ("0755-88881234 转 12", True),
        ("+44 117 266 9347 ext 4", True),
        ("call me", False),
        ("123", False),
        ("12345678901234567890123", False),
        ("", True),
    ],
)
def test_phone_rule(text: str, ok: bool) -> None:
    assert (phone_problem(text) is None) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [("li@huaxin.cn", True), ("a.b@c.co.uk", True), ("li@huaxin", False), ("li huaxin.cn", False)],
)
def test_email_rule(text: str, ok: bool) -> None:
    assert (email_problem(text) is None) is ok


def test_numbers_and_dates_as_people_type_them() -> None:
    assert parse_number("１２,３４５.５") == 12345.5
    assert parse_date("2026/3/7") == date(2026, 3, 7)
    assert parse_date("2026年3月7日") == date(2026, 3, 7)
    for bad in ("12a", "", "nan"):
        with pytest.raises(ValueError):  # noqa: PT011
            parse_number(bad)
    with pytest.raises(ValueError):  # noqa: PT011
        parse_date("2026-13-01")


def test_check_sheet_finds_every_problem_with_its_field_and_person() -> None:
    sheet = _sheet(
        "",
        phone="call me",
        share_percent=140.0,
        employees=-3,
        currency="yuan",
        status=CustomerStatus.CUSTOMER,
        prospect_grade=ProspectGrade.A,
    )
    sheet.people[0].email = "wang@"
    sheet.people[0].birthday = date(2030, 1, 1)
    found = {(p.field, p.code, p.person) for p in check_sheet(sheet, TODAY)}
    assert found == {
        ("name", ProblemCode.REQUIRED, None),
        ("phone", ProblemCode.PHONE, None),
        ("share_percent", ProblemCode.PERCENT, None),
        ("employees", ProblemCode.NEGATIVE, None),
        ("currency", ProblemCode.CURRENCY, None),
        ("prospect_grade", ProblemCode.GRADE_FOR_CUSTOMER, None),
        ("email", ProblemCode.EMAIL, 0),
        ("birthday", ProblemCode.FUTURE_DATE, 0),
    }


def test_still_to_learn_asks_about_what_is_empty() -> None:
    sheet = _sheet()
    items = still_to_learn(sheet)
    assert LearnItem(LearnTopic.COMPANY_NAME) in items
    assert LearnItem(LearnTopic.TITLE, "王建国") in items  # a title, but not verified
    assert LearnItem(LearnTopic.HOBBIES, "王建国") in items
    assert LearnItem(LearnTopic.APPROVAL_PROCESS) in items
    assert LearnItem(LearnTopic.BUYER) not in items
    sheet.customer.name_verified = True
    sheet.people[0].hobbies = "围棋"
    sheet.people[0].title_verified = True
    sheet.people.append(PersonFacts(name="李秘书", role=PersonRole.SECRETARY, title="秘书"))
    items = still_to_learn(sheet)
    assert LearnItem(LearnTopic.COMPANY_NAME) not in items
    assert LearnItem(LearnTopic.HOBBIES, "王建国") not in items
    # A secretary's personal facts are not what decides a sale: only the title is asked.
    assert not [i for i in items if i.person == "李秘书" and i.topic is not LearnTopic.TITLE]


def test_segment_cell_marks_where_the_vips_are() -> None:
    assert segment_cell(Level.HIGH, RelationshipStatus.STABLE).attractive  # type: ignore[union-attr]
    assert not segment_cell(Level.HIGH, RelationshipStatus.WITHDRAWING).attractive  # type: ignore[union-attr]
    assert not segment_cell(Level.LOW, RelationshipStatus.STABLE).attractive  # type: ignore[union-attr]
    assert segment_cell(None, RelationshipStatus.STABLE) is None


def test_save_and_load_round_trip_with_history(store: Store, empty_db: Path) -> None:
    service = CustomerService(store, today=lambda: TODAY)
    sheet = _sheet(prospect_grade=ProspectGrade.C, share_percent=60.0, upcoming_quantity=500.0)
    sheet.people[0].fact_sources = {"hobbies": "展会上聊到"}
    saved = service.save(sheet, "first contact")
    assert saved.customer.id is not None and saved.people[0].id is not None
    assert saved.customer.name == "深圳华信电子有限公司"
    assert saved.people[0].fact_sources == {"hobbies": "展会上聊到"}
    assert saved.strategy is not None and saved.strategy.value == "keep_close"
    assert {(h.field.value, h.old_value, h.new_value, h.reason) for h in saved.history} == {
        ("prospect_grade", None, "C", "first contact"),
        ("status", None, "prospect", "first contact"),
    }

    saved.customer.status = CustomerStatus.CUSTOMER
    saved.customer.prospect_grade = None
    saved.customer.value_tier = ValueTier.VIP
    saved.people.pop()
    again = service.save(saved, "signed the annual contract")
    changes = {(h.field.value, h.old_value, h.new_value, h.reason) for h in again.history}
    assert ("status", "prospect", "customer", "signed the annual contract") in changes
    assert ("value_tier", None, "vip", "signed the annual contract") in changes
    assert ("prospect_grade", "C", None, "signed the annual contract") in changes
    assert again.people == []  # removed from the sheet: soft-deleted in the file
    assert _count(empty_db, "SELECT count(*) FROM people WHERE deleted_at IS NOT NULL") == 1


def test_an_invalid_sheet_writes_nothing(store: Store, empty_db: Path) -> None:
    service = CustomerService(store, today=lambda: TODAY)
    with pytest.raises(InvalidSheetError) as raised:
        service.save(_sheet(phone="call me"))
    assert [p.field for p in raised.value.problems] == ["phone"]
    assert _count(empty_db, "SELECT count(*) FROM customers") == 0


def test_create_many_is_all_or_nothing(store: Store, empty_db: Path) -> None:
    service = CustomerService(store, today=lambda: TODAY)
    good = [_sheet(f"客户{i}") for i in range(5)]
    with pytest.raises(InvalidSheetError):
        service.create_many([*good, _sheet("bad", email="nope")])
    assert _count(empty_db, "SELECT count(*) FROM customers") == 0
    calls = iter(range(100))
    with pytest.raises(CancelledError):
        service.create_many(
            [_sheet(f"客户{i}") for i in range(5)], cancelled=lambda: next(calls) > 2
        )
    assert _count(empty_db, "SELECT count(*) FROM customers") == 0
    fractions: list[float] = []
    ids = service.create_many(good, progress=fractions.append, total=len(good))
    assert len(ids) == 5 and fractions[-1] == 1.0
    assert _count(empty_db, "SELECT count(*) FROM people") == 5


def test_signals_open_and_resolve(store: Store) -> None:
    service = CustomerService(store, today=lambda: TODAY)
    customer_id = service.save(_sheet()).customer.id
    assert customer_id is not None
    service.raise_signal(customer_id, DissatisfactionSignal.MORE_COMPLAINTS, TODAY, "3 this week")
    sheet = service.load(customer_id)
    assert [s.signal for s in sheet.open_signals] == [DissatisfactionSignal.MORE_COMPLAINTS]
    signal_id = sheet.signals[0].id
    assert signal_id is not None
    service.resolve_signal(signal_id, TODAY, "replaced the batch")
    assert service.load(customer_id).open_signals == []


def test_delete_is_soft_and_can_be_undone(store: Store) -> None:
    service = CustomerService(store, today=lambda: TODAY)
    customer_id = service.save(_sheet()).customer.id
    assert customer_id is not None
    service.delete(customer_id)
    with pytest.raises(SheetNotFoundError):
        service.load(customer_id)
    service.restore(customer_id)
    assert service.load(customer_id).customer.name == "深圳华信电子有限公司"
