"""The prospect diary on a real SQLite file: rows, their visits and follow-ups, all or nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.domain.diary import (
    DiaryPeriod,
    DiaryRow,
    check_row,
    parse_appointment,
    parse_day,
    period_range,
    step_period,
)
from repdesk.domain.validation import ProblemCode
from repdesk.services.diary import (
    DiaryFilter,
    InvalidRowError,
    NeedsConfirmationError,
    RowNotFoundError,
)
from repdesk.services.workspace import Workspace
from tests.conftest import pdf_text

NOW = datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()


@pytest.fixture
def workspace(empty_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(empty_db))
    ws.diary._now = lambda: NOW
    yield ws
    ws.close()


def _count(db: Path, sql: str, *params: object) -> int:
    with closing(sqlite3.connect(db)) as c:
        return int(c.execute(sql, params).fetchone()[0])


def _source(ws: Workspace, code: str) -> str:
    found = next(e.id for e in ws.lead_sources.entries() if e.code == code)
    assert found is not None
    return found


def test_periods() -> None:
    assert period_range(DiaryPeriod.DAY, TODAY) == (TODAY, TODAY)
    assert period_range(DiaryPeriod.WEEK, TODAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_range(DiaryPeriod.MONTH, date(2026, 2, 14)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    assert step_period(DiaryPeriod.MONTH, date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert step_period(DiaryPeriod.MONTH, date(2026, 12, 5), 1) == date(2027, 1, 5)
    assert step_period(DiaryPeriod.WEEK, TODAY, -1) == date(2026, 11, 16)


def test_appointment_and_due_parsing() -> None:
    assert parse_appointment("2026-11-25 10:30", TODAY) == datetime(2026, 11, 25, 10, 30)
    assert parse_appointment("+2 10:30", TODAY) == datetime(2026, 11, 25, 10, 30)
    assert parse_appointment("14点", TODAY) == datetime(2026, 11, 23, 14, 0)
    assert parse_appointment("9点半", TODAY) == datetime(2026, 11, 23, 9, 30)
    assert parse_appointment("２０２６-１１-２５ １０：３０", TODAY) == datetime(
        2026, 11, 25, 10, 30
    )
    assert parse_day("+3", TODAY) == date(2026, 11, 26)
    for bad in ("tomorrow", "25:00", "2026-13-01 10:00", "10:30 2026-11-25"):
        with pytest.raises(ValueError, match=r"."):
            parse_appointment(bad, TODAY)


def test_row_rules() -> None:
    codes = {
        (p.field, p.code)
        for p in check_row(DiaryRow(TODAY, " ", phone="call me", follow_up="phone again"))
    }
    assert codes == {
        ("company", ProblemCode.REQUIRED),
        ("phone", ProblemCode.PHONE),
        ("follow_up_due", ProblemCode.REQUIRED),
    }
    assert check_row(DiaryRow(TODAY, "ABC公司", follow_up_due=TODAY))[0].field == "follow_up"


def test_a_row_with_appointment_and_follow_up_makes_a_prospect_a_visit_and_a_follow_up(
    workspace: Workspace, empty_db: Path
) -> None:
    row = DiaryRow(
        TODAY,
        "ABC公司",
        contact="张三",
        lead_source_id=_source(workspace, "friend_referral"),
        phone="12345678",
        appointment_at=datetime(2026, 11, 24, 11, 0),
        visit_result="初步同意!",
        follow_up="邮寄更多的资料,电话联系",
        follow_up_due=date(2026, 11, 26),
        notes="母亲节送她一束鲜花!",
    )
    saved = workspace.diary.save(row)
    assert saved.created_customer_id is not None
    line = saved.line
    assert line.row.customer_id == saved.created_customer_id
    assert line.row.person_id is not None
    assert line.lead_source_code == "friend_referral"
    assert line.visit_plan_id is not None and line.follow_up_id is not None
    sheet = workspace.customers.load(saved.created_customer_id)
    assert sheet.customer.status.value == "prospect"
    assert sheet.customer.phone == "12345678"
    assert [p.name for p in sheet.people] == ["张三"]
    assert sheet.next_visit is None or sheet.next_visit == datetime(2026, 11, 24, 11, 0)
    assert _count(empty_db, "SELECT count(*) FROM visit_plans WHERE status='planned'") == 1
    assert (
        _count(
            empty_db,
            "SELECT count(*) FROM follow_ups WHERE due_date='2026-11-26' AND done_at IS NULL",
        )
        == 1
    )
    assert (
        _count(empty_db, "SELECT count(*) FROM customers WHERE next_step_on='2026-11-24'") == 1
    ), "the derived next step follows the new plan"
    assert (
        _count(empty_db, "SELECT count(*) FROM customers WHERE last_contact_on='2026-11-23'") == 1
    ), "the diary row is the prospect's last contact"

    today = workspace.today(date(2026, 11, 24))
    assert [v.customer_name for v in today.visits] == ["ABC公司"]


def test_moving_and_clearing_the_appointment_moves_and_removes_the_plan(
    workspace: Workspace, empty_db: Path
) -> None:
    saved = workspace.diary.save(
        DiaryRow(TODAY, "Acme Ltd", appointment_at=datetime(2026, 11, 25, 10, 0))
    )
    moved = workspace.diary.save(
        DiaryRow(
            TODAY,
            "Acme Ltd",
            appointment_at=datetime(2026, 11, 27, 15, 0),
            id=saved.line.id,
            customer_id=saved.line.row.customer_id,
        )
    )
    assert moved.created_customer_id is None
    assert moved.line.visit_plan_id == saved.line.visit_plan_id
    assert (
        _count(
            empty_db,
            "SELECT count(*) FROM visit_plans WHERE deleted_at IS NULL AND appointment_at LIKE ?",
            "2026-11-27 15:00%",
        )
        == 1
    )
    workspace.diary.save(
        DiaryRow(TODAY, "Acme Ltd", id=saved.line.id, customer_id=saved.line.row.customer_id)
    )
    assert _count(empty_db, "SELECT count(*) FROM visit_plans WHERE deleted_at IS NULL") == 0


def test_invalid_and_unconfirmed_rows_write_nothing(workspace: Workspace, empty_db: Path) -> None:
    with pytest.raises(InvalidRowError) as error:
        workspace.diary.save(DiaryRow(TODAY, "", phone="abc"))
    assert {p.field for p in error.value.problems} == {"company", "phone"}
    past = DiaryRow(TODAY, "Past Co", appointment_at=NOW - timedelta(days=2))
    with pytest.raises(NeedsConfirmationError):
        workspace.diary.save(past)
    for table in ("diary_entries", "visit_plans", "customers", "follow_ups"):
        assert _count(empty_db, f"SELECT count(*) FROM {table}") == 0, table
    workspace.diary.save(past, confirmed=True)
    assert _count(empty_db, "SELECT count(*) FROM visit_plans") == 1


def test_a_row_links_to_an_existing_sheet_and_its_person(workspace: Workspace) -> None:
    first = workspace.diary.save(
        DiaryRow(TODAY, "宁波新星贸易", contact="李四", appointment_at=datetime(2026, 11, 30, 9))
    )
    again = workspace.diary.save(DiaryRow(TODAY, "宁波新星贸易", contact="李四"))
    assert again.created_customer_id is None
    assert again.line.row.customer_id == first.created_customer_id
    assert again.line.row.person_id == first.line.row.person_id
    contacts = workspace.diary.contacts(first.created_customer_id or "")
    assert [c.name for c in contacts] == ["李四"]
    assert [c.name for c in workspace.diary.companies()] == ["宁波新星贸易"]


def test_make_prospect_from_a_row_without_appointment(workspace: Workspace) -> None:
    saved = workspace.diary.save(
        DiaryRow(
            TODAY,
            "X公司",
            contact="王五",
            phone="56781234",
            follow_up="寄样品",
            follow_up_due=TODAY,
        )
    )
    assert saved.line.row.customer_id is None
    customer_id = workspace.diary.make_prospect(saved.line.id)
    assert workspace.diary.make_prospect(saved.line.id) == customer_id  # once only
    line = workspace.diary.line(saved.line.id)
    assert line.row.customer_id == customer_id
    sheet = workspace.customers.load(customer_id)
    assert sheet.customer.name == "X公司" and sheet.people[0].name == "王五"
    due = workspace.today(TODAY).follow_ups
    assert [(f.customer_id, f.action) for f in due] == [(customer_id, "寄样品")]


def test_clashes_are_found_within_the_hour(workspace: Workspace) -> None:
    workspace.diary.save(DiaryRow(TODAY, "Acme Ltd", appointment_at=datetime(2026, 11, 25, 10, 0)))
    own = workspace.diary.save(
        DiaryRow(TODAY, "Beta Co", appointment_at=datetime(2026, 11, 25, 14, 0))
    )
    near = workspace.diary.clashes(datetime(2026, 11, 25, 10, 30))
    assert [c.customer_name for c in near] == ["Acme Ltd"]
    assert workspace.diary.clashes(datetime(2026, 11, 25, 11, 0)) == []
    assert workspace.diary.clashes(datetime(2026, 11, 25, 14, 0), own.line.id) == []


def test_lines_by_period_and_filters(workspace: Workspace) -> None:
    referral = _source(workspace, "customer_referral")
    for offset, name, result, follow_up in [
        (0, "Acme Ltd", "agreed in principle", "send quote"),
        (1, "Beta Co", "not now", ""),
        (-8, "Gamma Co", "初步同意", "寄样品"),
    ]:
        workspace.diary.save(
            DiaryRow(
                TODAY + timedelta(days=offset),
                name,
                lead_source_id=referral if name != "Beta Co" else None,
                visit_result=result,
                follow_up=follow_up,
                follow_up_due=TODAY if follow_up else None,
            )
        )
    first, last = period_range(DiaryPeriod.WEEK, TODAY)
    week = workspace.diary.lines(first, last)
    assert [line.row.company for line in week] == ["Acme Ltd", "Beta Co"]
    assert [
        line.row.company
        for line in workspace.diary.lines(first, last, DiaryFilter(lead_source_id=referral))
    ] == ["Acme Ltd"]
    assert [
        line.row.company for line in workspace.diary.lines(first, last, DiaryFilter(result="NOT"))
    ] == ["Beta Co"]
    month = workspace.diary.lines(*period_range(DiaryPeriod.MONTH, TODAY))
    assert len(month) == 3
    open_only = DiaryFilter(open_follow_ups=True)
    acme = week[0]
    assert acme.follow_up_id is not None
    workspace.diary.set_follow_up_done(acme.follow_up_id, True)
    assert [line.row.company for line in workspace.diary.lines(first, last, open_only)] == []
    workspace.diary.set_follow_up_done(acme.follow_up_id, False)
    assert [line.row.company for line in workspace.diary.lines(first, last, open_only)] == [
        "Acme Ltd"
    ]
    assert workspace.diary.results()[0] in {"agreed in principle", "not now", "初步同意"}


def test_delete_and_restore_take_the_plan_and_follow_up_along(
    workspace: Workspace, empty_db: Path
) -> None:
    saved = workspace.diary.save(
        DiaryRow(
            TODAY,
            "Acme Ltd",
            appointment_at=datetime(2026, 11, 25, 10, 0),
            follow_up="call",
            follow_up_due=TODAY,
        )
    )
    workspace.diary.delete(saved.line.id)
    live = "SELECT count(*) FROM {} WHERE deleted_at IS NULL"
    assert [
        _count(empty_db, live.format(t)) for t in ("diary_entries", "visit_plans", "follow_ups")
    ] == [0, 0, 0]
    with pytest.raises(RowNotFoundError):
        workspace.diary.line(saved.line.id)
    workspace.diary.restore(saved.line.id)
    assert [
        _count(empty_db, live.format(t)) for t in ("diary_entries", "visit_plans", "follow_ups")
    ] == [1, 1, 1]


def test_lead_sources_are_editable(workspace: Workspace) -> None:
    from repdesk.services.lead_sources import LeadSourceEntry, LeadSourceError

    entries = workspace.lead_sources.entries()
    assert [e.code for e in entries][:3] == ["target_list", "existing_customer", "newspaper"]
    assert len(entries) == 11
    renamed = [
        LeadSourceEntry(e.id, "Trade fair" if e.code == "newspaper" else e.label, e.code)
        for e in entries[1:]
    ]
    workspace.lead_sources.save([*renamed, LeadSourceEntry(None, "WeChat group")])
    labels = [e.label for e in workspace.lead_sources.entries()]
    assert (
        labels[0] == "Existing customer" and "Trade fair" in labels and labels[-1] == "WeChat group"
    )
    assert "Target customer list" not in labels
    with pytest.raises(LeadSourceError):
        workspace.lead_sources.save([LeadSourceEntry(None, "A"), LeadSourceEntry(None, " a ")])
    assert [e.label for e in workspace.lead_sources.entries()] == labels


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_weeks_diary_pdf_reads_back_as_stored(workspace: Workspace, tmp_path: Path) -> None:
    """Rows written through the service, printed for their week, read back with pdftotext."""
    from repdesk.domain.diary import DiaryPage
    from repdesk.reports.diary_pdf import write_diary_pdf
    from repdesk.reports.labels import DiaryLabels

    rows = [
        DiaryRow(
            TODAY,
            "ABC公司",
            "张三",
            _source(workspace, "friend_referral"),
            "12345678",
            datetime(2026, 11, 24, 11, 0),
            "初步同意!",
            "邮寄更多的资料,电话联系",
            date(2026, 11, 26),
            "母亲节送她一束鲜花!",
        ),
        DiaryRow(
            TODAY + timedelta(days=2),
            "X公司",
            "李四",
            _source(workspace, "archive"),
            "56781234",
            None,
            "国庆节活动送月饼券",
        ),
        DiaryRow(
            TODAY + timedelta(days=3),
            "Acme Ltd",
            "Jane Smith",
            None,
            "+44 20 7946 0000",
            None,
            "asked for a quote",
            "send the quote",
            date(2026, 11, 30),
        ),
    ]
    for row in rows:
        workspace.diary.save(row)
    workspace.diary.save(DiaryRow(TODAY + timedelta(days=8), "Next Week Co"))  # not this week
    first, last = period_range(DiaryPeriod.WEEK, TODAY)
    lines = workspace.diary.lines(first, last)
    page = DiaryPage("王芳", "华东一组", first, last, lines)
    path = write_diary_pdf(tmp_path / "week.pdf", page, DiaryLabels())
    text = pdf_text(path, layout=True)
    flat = "".join(text.split())
    assert "王芳" in flat and "华东一组" in flat
    for line in lines:
        row = line.row
        for value in (row.company, row.contact, row.phone, row.visit_result, row.follow_up):
            assert "".join(value.split()) in flat, value
        assert row.contact_date.isoformat() in flat
    assert "Friendreferral" in flat and "Archive" in flat
    assert "2026-11-24" in flat and "11:00" in flat  # the appointment (date, time)
    assert "NextWeekCo" not in flat


def test_a_deleted_sheet_leaves_today_and_comes_back_with_undo(workspace: Workspace) -> None:
    saved = workspace.diary.save(
        DiaryRow(
            TODAY,
            "Acme Ltd",
            appointment_at=datetime(2026, 11, 23, 15, 0),
            follow_up="call back",
            follow_up_due=TODAY,
        )
    )
    customer_id = saved.created_customer_id
    assert customer_id is not None
    before = workspace.today(TODAY)
    assert (len(before.visits), len(before.follow_ups)) == (1, 1)
    workspace.customers.delete(customer_id)
    gone = workspace.today(TODAY)
    assert (gone.visits, gone.follow_ups, gone.follow_ups_total) == ([], [], 0)
    workspace.customers.restore(customer_id)
    assert len(workspace.today(TODAY).visits) == 1
