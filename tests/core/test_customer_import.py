"""Importing customers: column recognition, the row-by-row plan, and the all-or-nothing write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from repdesk.domain.enums import CustomerKind, PersonRole
from repdesk.domain.validation import ProblemCode
from repdesk.reports.interchange.files import read_source
from repdesk.services.customer_import import (
    Match,
    PlanHasProblemsError,
    RowStatus,
    SourceRow,
    SourceTable,
    apply_plan,
    company_key,
    phone_key,
    plan_import,
    recognise,
)
from repdesk.services.customers import CancelledError
from repdesk.services.sheet_columns import FIRST_NAME, LAST_NAME, LEAD_SOURCE, Target
from repdesk.services.workspace import Workspace, open_workspace

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def empty(empty_db: Path) -> Iterator[Workspace]:
    workspace, _ = open_workspace(empty_db)
    yield workspace
    workspace.close()


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    workspace, _ = open_workspace(demo_db)
    yield workspace
    workspace.close()


def _count(db: Path, table: str = "customers") -> int:
    with closing(sqlite3.connect(db)) as connection:
        (count,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(count)


def _table(headers: list[str], *rows: list[str]) -> SourceTable:
    source = [SourceRow(n, n, values) for n, values in enumerate(rows, start=2)]
    return SourceTable("test.csv", headers, source)


# --- recognising columns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (  # Salesforce contacts
            ["Account Name", "First Name", "Last Name", "Title", "Phone", "Mobile", "Email"],
            [
                Target("name"),
                Target(FIRST_NAME, 0),
                Target(LAST_NAME, 0),
                Target("title", 0),
                Target("phone"),
                Target("phone", 0),
                Target("email", 0),
            ],
        ),
        (  # HubSpot
            ["Company Name", "Phone Number", "Street Address", "City", "Website URL"],
            [Target("name"), Target("phone"), Target("address"), Target("city"), None],
        ),
        (  # Zoho / Dynamics
            ["Account Name", "Mailing Street", "Mailing City", "Full Name", "E-mail", "Fax"],
            [
                Target("name"),
                Target("address"),
                Target("city"),
                Target("name", 0),
                Target("email", 0),
                None,
            ],
        ),
        (  # Dynamics addresses
            ["Company Name", "Address 1: Street 1", "Address 1: City", "Business Phone"],
            [Target("name"), Target("address"), Target("city"), Target("phone")],
        ),
        (  # a Chinese list
            ["公司名称", "联系人", "电话", "手机", "地址", "城市", "备注", "邮箱"],
            [
                Target("name"),
                Target("name", 0),
                Target("phone"),
                Target("phone", 0),
                Target("address"),
                Target("city"),
                Target("remarks"),
                Target("email", 0),
            ],
        ),
        (  # full-width and spacing do not matter
            ["客户名称", "ＥＭＡＩＬ", " Contact  Person "],
            [Target("name"), Target("email", 0), Target("name", 0)],
        ),
        (["Name", "Phone"], [Target("name"), Target("phone")]),  # an accounts list
        (["Company", "Name"], [Target("name"), Target("name", 0)]),  # a contacts list
        (["Email", "Email 2"], [Target("email", 0), None]),  # one column per plain field
        (["Notes", "Description"], [Target("remarks"), Target("remarks")]),  # text joins
        (  # our own export, any contact slot
            ["RepDesk id", "Customer name", "Contact 3 Hobbies", "Contact 12 RepDesk id"],
            [Target("id"), Target("name"), Target("hobbies", 2), Target("id", 11)],
        ),
    ],
)
def test_common_crm_headers_are_recognised(
    headers: list[str], expected: list[Target | None]
) -> None:
    assert recognise(headers) == expected


def test_company_names_and_phones_are_compared_normalised() -> None:
    assert company_key("Tyne Park Media Ltd.") == company_key("TYNE PARK MEDIA")
    assert company_key("深圳华信电子有限公司") == company_key("深圳华信电子")
    assert company_key("Ａｃｍｅ Co., Ltd") == company_key("acme")
    assert company_key("Costco") != company_key("Cost")
    assert phone_key("+86 138 0013 8000") == "8613800138000"
    assert phone_key("0755-2345 6789 转 12") == "75523456789"
    assert phone_key("１３８００１３８０００") == "13800138000"
    assert phone_key("12345") == ""  # too short to tell


# --- the plan -----------------------------------------------------------------------


def test_a_gbk_salesforce_export_previews_row_by_row(empty: Workspace) -> None:
    table = read_source(DATA / "salesforce_contacts_gbk.csv")
    plan = plan_import(empty.store, table)
    assert [row.status for row in plan.rows] == [
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
    ]
    first = plan.rows[0].sheet
    assert first.customer.name == "深圳华信电子有限公司"
    assert first.customer.phone == "0755-2345 6789"
    assert first.customer.city == "深圳"
    assert first.customer.address == "南山区科技园南区8栋广东省, 518057"
    assert first.customer.remarks == "年底有一批设备更新，预算约50万"
    assert first.lead_source_label == "Trade show"
    (person,) = first.people
    assert (person.name, person.title, person.phone) == ("王小明", "采购经理", "138 0013 8000")
    assert person.email == "wangxm@huaxin-sz.cn"
    duplicate = plan.rows[3].duplicate
    assert duplicate is not None
    assert (duplicate.match, duplicate.row) == (Match.SAME_NAME, 2)  # 深圳华信电子 = row 2's
    assert duplicate.name == "深圳华信电子有限公司"
    assert not plan.rows[3].include

    result = apply_plan(empty.customers, plan)
    assert (result.customers, result.people, result.skipped) == (4, 4, 1)
    sheet = empty.customers.load(result.customer_ids[0])
    assert sheet.people[0].name == "王小明"
    assert sheet.lead_source_label == "Trade show"  # a new lead source, by its label


def test_chinese_headers_and_semicolons_import(empty: Workspace) -> None:
    for name in ("chinese_headers_gbk.csv", "excel_semicolon.csv", "hubspot_contacts_utf8_bom.csv"):
        plan = plan_import(empty.store, read_source(DATA / name))
        assert {row.status for row in plan.rows} == {RowStatus.NEW}, name
        apply_plan(empty.customers, plan)
    assert _count(empty.store.path) == 8
    plan = plan_import(empty.store, read_source(DATA / "chinese_headers_gbk.csv"))
    assert plan.rows[0].sheet.people[0].phone == "137 2222 3333"
    assert {row.status for row in plan.rows} == {RowStatus.DUPLICATE}  # already imported


def test_duplicates_of_the_book_are_found_by_name_and_by_phone(demo: Workspace) -> None:
    with closing(sqlite3.connect(demo.store.path)) as connection:
        (name,), (phone,) = (
            connection.execute("SELECT name FROM customers ORDER BY id LIMIT 1").fetchone(),
            connection.execute(
                "SELECT phone FROM people WHERE phone LIKE '1%' ORDER BY id LIMIT 1"
            ).fetchone(),
        )
    table = _table(
        ["Company", "Contact", "Mobile"],
        [name.upper() + " ", "Somebody", ""],
        ["Brand New Trading Co", "Another", phone.replace(" ", "")],
        ["Really New Ltd", "Third", "+1 555 0100"],
    )
    plan = plan_import(demo.store, table)
    assert [row.status for row in plan.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
    ]
    assert plan.rows[0].duplicate is not None
    assert plan.rows[0].duplicate.match is Match.SAME_NAME
    assert plan.rows[0].duplicate.row is None  # it is in the book, not the file
    assert plan.rows[1].duplicate is not None
    assert plan.rows[1].duplicate.match is Match.SAME_PHONE
    before = _count(demo.store.path)
    assert len(plan.to_write) == 1  # duplicates are skipped by default
    plan.include_duplicates(True)  # the rep said: import them too
    assert apply_plan(demo.customers, plan).customers == 3
    assert _count(demo.store.path) == before + 3


def test_a_file_with_broken_rows_reports_each_and_writes_nothing(empty: Workspace) -> None:
    plan = plan_import(empty.store, read_source(DATA / "broken_rows.csv"))
    assert [(row.source.number, row.status) for row in plan.rows] == [
        (2, RowStatus.NEW),
        (3, RowStatus.INVALID),
        (4, RowStatus.INVALID),
        (5, RowStatus.INVALID),
        (6, RowStatus.INVALID),
    ]
    report = {
        (row.source.number, p.column, p.problem.field, p.problem.person, p.problem.code)
        for row in plan.invalid
        for p in row.problems
    }
    assert (3, "Phone", "phone", None, ProblemCode.PHONE) in report
    assert (4, "Company", "name", None, ProblemCode.REQUIRED) in report
    assert (5, "Email", "email", 0, ProblemCode.EMAIL) in report
    assert (5, "Birthday", "birthday", 0, ProblemCode.NOT_A_DATE) in report
    assert (5, "Employees", "employees", None, ProblemCode.NOT_A_NUMBER) in report
    assert (6, "", "", None, ProblemCode.EXTRA_VALUES) in report
    bad_mail = next(p.problem for p in plan.rows[3].problems if p.problem.field == "email")
    assert bad_mail.value == "carol at example"
    with pytest.raises(PlanHasProblemsError):
        apply_plan(empty.customers, plan)
    assert _count(empty.store.path) == 0


def test_values_are_checked_by_the_sheet_rules(empty: Workspace) -> None:
    table = _table(
        ["Company", "Customer status", "Customer prospect grade", "Customer employees"],
        ["Closed Ltd", "customer", "A", "12.5"],
        ["Prospect Ltd", "潜在客户", "b", "1,200"],
        ["Odd Ltd", "maybe", "", "-3"],
    )
    plan = plan_import(empty.store, table)
    codes = [[p.problem.code for p in row.problems] for row in plan.rows]
    assert codes == [
        [ProblemCode.NOT_WHOLE, ProblemCode.GRADE_FOR_CUSTOMER],
        [],
        [ProblemCode.NOT_A_CHOICE, ProblemCode.NEGATIVE],
    ]
    assert plan.rows[1].sheet.customer.employees == 1200


def test_the_rep_can_change_the_mapping(empty: Workspace) -> None:
    table = _table(["Company", "Phone"], ["Acme", "call reception"])
    assert plan_import(empty.store, table).rows[0].status is RowStatus.INVALID
    plan = plan_import(empty.store, table, [Target("name"), Target("remarks")])
    assert plan.rows[0].status is RowStatus.NEW
    assert plan.rows[0].sheet.customer.remarks == "call reception"


def test_a_list_of_people_only_becomes_consumers(empty: Workspace) -> None:
    table = _table(["First Name", "Last Name", "Mobile"], ["小明", "王", "138 0013 8000"])
    (row,) = plan_import(empty.store, table).rows
    assert row.sheet.customer.name == "王小明"
    assert row.sheet.customer.kind is CustomerKind.CONSUMER


def test_cancel_rolls_the_whole_import_back(empty: Workspace) -> None:
    rows = [[f"Company {n}", f"+44 20 7946 {n:04d}"] for n in range(1200)]
    plan = plan_import(empty.store, _table(["Company", "Phone"], *rows))
    assert len(plan.to_write) == 1200
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after two batches were written

    with pytest.raises(CancelledError):
        apply_plan(empty.customers, plan, cancelled=cancelled)
    assert _count(empty.store.path) == 0
    assert _count(empty.store.path, "classification_changes") == 0
    fractions: list[float] = []
    apply_plan(empty.customers, plan, progress=fractions.append)
    assert _count(empty.store.path) == 1200
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


# --- vCards -------------------------------------------------------------------------


def test_vcards_join_customers_by_company_and_create_the_rest(empty: Workspace) -> None:
    plan = plan_import(empty.store, read_source(DATA / "salesforce_contacts_gbk.csv"))
    apply_plan(empty.customers, plan)
    before = _count(empty.store.path)
    cards = plan_import(empty.store, read_source(DATA / "people_v3.vcf"))
    assert [row.status for row in cards.rows] == [
        RowStatus.DUPLICATE,  # 王小明 is at 深圳华信电子有限公司 already
        RowStatus.NEW,
        RowStatus.NEW,
    ]
    assert cards.rows[0].duplicate is not None
    assert cards.rows[0].duplicate.match is Match.SAME_PERSON
    result = apply_plan(empty.customers, cards)
    assert (result.customers, result.people) == (2, 2)  # Tyne Park, and Sam Lee himself
    assert _count(empty.store.path) == before + 2

    v4 = plan_import(empty.store, read_source(DATA / "people_v4.vcf"))
    chen = v4.rows[1]
    assert chen.attach_to is not None  # 杭州西子茶业 is in the book: 陈丽 joins it
    assert chen.attach_name == "杭州西子茶业股份有限公司"
    assert chen.status is RowStatus.DUPLICATE  # ...where she already is, by name
    simon = v4.rows[0]
    assert simon.status is RowStatus.NEW
    assert simon.sheet.people[0].id == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert simon.sheet.people[0].role is PersonRole.INFLUENCER
    apply_plan(empty.customers, v4)
    again = plan_import(empty.store, read_source(DATA / "people_v4.vcf"))
    assert again.rows[0].duplicate is not None
    assert again.rows[0].duplicate.match is Match.SAME_PERSON  # its UID is ours now


def test_people_for_an_existing_customer_are_added_to_it(empty: Workspace) -> None:
    apply_plan(empty.customers, plan_import(empty.store, _table(["Company"], ["Viagenie Inc."])))
    plan = plan_import(empty.store, read_source(DATA / "people_v4.vcf"))
    simon = plan.rows[0]
    assert simon.attach_name == "Viagenie Inc."
    result = apply_plan(empty.customers, plan)
    assert result.customers == 1  # only 杭州西子茶业 is new
    assert simon.attach_to is not None
    sheet = empty.customers.load(simon.attach_to)
    assert [p.name for p in sheet.people] == ["Simon Perreault"]


def test_rows_with_nothing_to_import_are_left_out(empty: Workspace) -> None:
    table = _table(["Company", "Other"], ["", "something"], ["Acme", ""])
    plan = plan_import(empty.store, table, [Target("name"), None])
    assert [row.source.number for row in plan.rows] == [3]
    only_source = plan_import(empty.store, _table([LEAD_SOURCE], ["Web"]), [Target(LEAD_SOURCE)])
    assert only_source.rows[0].status is RowStatus.INVALID  # something, but no name
