"""Visit plans and records on a real SQLite file: STEP1 checklists, drafts, next steps."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.domain.diary import DiaryRow
from repdesk.domain.enums import (
    BuyingSignal,
    ChecklistKind,
    DissatisfactionSignal,
    PersonRole,
    VisitStatus,
)
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts
from repdesk.domain.validation import ProblemCode
from repdesk.domain.visits import ObjectionMet
from repdesk.services.visits import InvalidRecordError, TemplateItem
from repdesk.services.workspace import Workspace

NOW = datetime(2026, 11, 23, 8, 0)


@pytest.fixture
def workspace(empty_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(empty_db))
    ws.visits._now = lambda: NOW
    ws.diary._now = lambda: NOW
    yield ws
    ws.close()


@pytest.fixture
def customer(workspace: Workspace) -> str:
    sheet = workspace.customers.save(
        CustomerSheet(
            customer=CustomerFacts(name="深圳华信电子有限公司", address="深圳市南山区科技园 8 号"),
            people=[
                PersonFacts(name="李秀英", role=PersonRole.BUYER, hobbies="钓鱼", interests="茶道"),
                PersonFacts(name="Tom Baker", role=PersonRole.FINANCE, title="CFO"),
            ],
        )
    )
    assert sheet.customer.id is not None
    return sheet.customer.id


def _one(db: Path, sql: str, *args: object) -> object:
    with closing(sqlite3.connect(db)) as c:
        row = c.execute(sql, args).fetchone()
    return row[0] if row else None


def test_a_new_plan_carries_the_seeds_three_checklists(workspace: Workspace, customer: str) -> None:
    plan = workspace.visits.new_plan(customer, at=datetime(2026, 11, 24, 10, 0))
    kinds = [t.kind for t in plan.checklist]
    assert kinds.count(ChecklistKind.SALES_TOOLS) == 12
    assert kinds.count(ChecklistKind.INFORMATION) == 3
    assert kinds.count(ChecklistKind.DEPARTURE_CHECKS) == 5
    assert plan.checklist[0].code == "catalogue" and not any(t.ticked for t in plan.checklist)
    assert plan.place == "深圳市南山区科技园 8 号"


def test_ticks_and_notes_are_saved_per_visit(
    workspace: Workspace, customer: str, empty_db: Path
) -> None:
    plan = workspace.visits.new_plan(customer, at=datetime(2026, 11, 24, 10, 0))
    ticks = tuple(
        replace(
            t,
            ticked=t.code in {"catalogue", "price_list", "competitors"},
            note="三家在报价" if t.code == "competitors" else "",
        )
        for t in plan.checklist
    )
    saved = workspace.visits.save_plan(
        replace(plan, checklist=ticks, objective="递交报价单", stage_goal="进入短名单")
    )
    assert saved.id is not None
    again = workspace.visits.plan(saved.id)
    assert {t.code for t in again.checklist if t.ticked} == {
        "catalogue",
        "price_list",
        "competitors",
    }
    assert next(t.note for t in again.checklist if t.code == "competitors") == "三家在报价"
    assert again.objective == "递交报价单" and again.stage_goal == "进入短名单"
    # Unticking writes over the same rows: no second set.
    workspace.visits.save_plan(
        replace(again, checklist=tuple(replace(t, ticked=False) for t in again.checklist))
    )
    assert (
        _one(empty_db, "SELECT count(*) FROM visit_checklist_items WHERE deleted_at IS NULL") == 20
    )
    assert _one(empty_db, "SELECT count(*) FROM visit_checklist_items WHERE ticked") == 0
    assert _one(empty_db, "SELECT next_step_on FROM customers") == "2026-11-24"


def test_a_diary_appointment_is_a_plan_ready_to_prepare(
    workspace: Workspace, customer: str
) -> None:
    saved = workspace.diary.save(
        DiaryRow(
            date(2026, 11, 23),
            "深圳华信电子有限公司",
            "李秀英",
            appointment_at=datetime(2026, 11, 25, 14, 0),
        )
    )
    assert saved.line.visit_plan_id is not None
    plan = workspace.visits.plan(saved.line.visit_plan_id)
    assert plan.customer_id == customer and plan.diary_entry_id == saved.line.id
    assert len(plan.checklist) == 20 and not any(t.ticked for t in plan.checklist)
    assert [v.plan_id for v in workspace.visits.day(date(2026, 11, 25))] == [plan.id]


def test_the_day_plan_keeps_the_reps_order(workspace: Workspace, customer: str) -> None:
    ids: list[str] = []
    for hour in (9, 11, 15):
        plan = workspace.visits.new_plan(customer, at=datetime(2026, 11, 24, hour, 0))
        ids.append(workspace.visits.save_plan(plan).id or "")
    day = date(2026, 11, 24)
    assert [v.plan_id for v in workspace.visits.day(day)] == ids  # by time at first
    workspace.visits.reorder_day([ids[2], ids[0], ids[1]])
    assert [v.plan_id for v in workspace.visits.day(day)] == [ids[2], ids[0], ids[1]]
    assert workspace.visits.day(date(2026, 11, 25)) == []


def test_talking_points_come_from_the_sheet(workspace: Workspace, customer: str) -> None:
    workspace.customers.raise_signal(
        customer, DissatisfactionSignal.FALLING_VOLUME, date(2026, 11, 1), "订单少了三成"
    )
    plan = workspace.visits.save_plan(workspace.visits.new_plan(customer, at=NOW))
    assert plan.id is not None
    record = workspace.visits.record_for_plan(plan.id)
    workspace.visits.save_record(
        replace(
            record, objections=(ObjectionMet(customer_words="价格太高", answer_text="讲总成本"),)
        ),
        finish=True,
    )
    points = workspace.visits.talking_points(customer)
    assert next((p.name, p.hobbies) for p in points.people) == ("李秀英", "钓鱼")
    assert [s.note for s in points.open_signals] == ["订单少了三成"]
    assert points.still_to_learn, "an empty sheet has questions left"
    assert [(o.customer_words, o.answer_text) for o in points.earlier_objections] == [
        ("价格太高", "讲总成本")
    ]


def test_a_draft_survives_and_finishing_makes_the_next_step_a_follow_up(
    workspace: Workspace, customer: str, empty_db: Path
) -> None:
    plan = workspace.visits.save_plan(
        workspace.visits.new_plan(customer, at=datetime(2026, 11, 23, 10, 0))
    )
    assert plan.id is not None
    people = [p.id for p in workspace.customers.load(customer).people]
    draft = workspace.visits.save_record(
        replace(
            workspace.visits.record_for_plan(plan.id),
            summary="谈了年度框架合同 <b>&",
            people_met=tuple(p for p in people if p),
        )
    )
    assert draft.is_draft and draft.id is not None
    assert [d.id for d in workspace.visits.drafts()] == [draft.id]
    assert _one(empty_db, "SELECT count(*) FROM follow_ups") == 0

    with pytest.raises(InvalidRecordError) as error:
        workspace.visits.save_record(replace(draft, next_step="寄合同"), finish=True)
    assert [(p.field, p.code) for p in error.value.problems] == [
        ("next_step_date", ProblemCode.REQUIRED)
    ]
    assert workspace.visits.record(draft.id).is_draft, "a refused finish leaves the draft"

    done = workspace.visits.save_record(
        replace(
            draft,
            outcome="初步同意",
            buying_signals=(BuyingSignal.ASKS_SERVICE_DETAILS, BuyingSignal.STARTS_AGREEING),
            next_step="寄合同",
            next_step_date=date(2026, 11, 27),
            minutes_spent=90,
            expenses=120.5,
            currency="cny",
        ),
        finish=True,
    )
    assert not done.is_draft and workspace.visits.drafts() == []
    assert done.currency == "CNY" and done.minutes_spent == 90
    assert workspace.visits.plan(plan.id).status is VisitStatus.DONE
    assert _one(empty_db, "SELECT action || ' ' || due_date FROM follow_ups") == "寄合同 2026-11-27"
    assert _one(empty_db, "SELECT last_contact_on FROM customers") == "2026-11-23"
    assert _one(empty_db, "SELECT next_step_on FROM customers") == "2026-11-27"
    due = workspace.today(date(2026, 11, 27)).follow_ups
    assert [(f.customer_id, f.action) for f in due] == [(customer, "寄合同")]

    report = workspace.visits.report(done.id or "", "王伟", "华南一组")
    assert report.customer_name == "深圳华信电子有限公司" and report.summary.endswith("<b>&")
    assert {p.name for p in report.people} == {"李秀英", "Tom Baker"}
    assert report.buying_signals == done.buying_signals and not report.is_draft
    pack = workspace.visits.pack(date(2026, 11, 23), date(2026, 11, 29), "王伟", "华南一组")
    assert [r.record_id for r in pack.reports] == [done.id]


def test_a_plan_can_be_recorded_again_after_its_draft_was_discarded(
    workspace: Workspace, customer: str
) -> None:
    plan = workspace.visits.save_plan(
        workspace.visits.new_plan(customer, at=datetime(2026, 11, 23, 10, 0))
    )
    assert plan.id is not None
    draft = workspace.visits.save_record(
        replace(workspace.visits.record_for_plan(plan.id), summary="first try")
    )
    assert draft.id is not None
    workspace.visits.discard_draft(draft.id)
    again = workspace.visits.save_record(
        replace(workspace.visits.record_for_plan(plan.id), summary="second try")
    )
    assert again.id != draft.id and again.visit_plan_id == plan.id
    assert [d.id for d in workspace.visits.drafts()] == [again.id]


def test_checklist_templates_are_editable(workspace: Workspace, customer: str) -> None:
    items = workspace.visits.templates()
    edited = [
        replace(i, label="最新价格表（含促销）") if i.code == "price_list" else i
        for i in items
        if i.code != "calculator"
    ]
    edited.append(TemplateItem(ChecklistKind.SALES_TOOLS, "样品"))
    workspace.visits.save_templates(edited)
    labels = [t.label for t in workspace.visits.new_plan(customer).checklist]
    assert "最新价格表（含促销）" in labels and "样品" in labels and "Calculator" not in labels
    assert len(labels) == 20


def test_plans_go_to_a_calendar_file_and_come_back(
    workspace: Workspace, customer: str, empty_db: Path
) -> None:
    """Exported .ics read back by a standard parser at the right local time; re-imported it
    updates its plans, and an appointment with an unknown company makes a prospect."""
    import icalendar

    from repdesk.services.visit_calendar import plans_to_ics, read_ics

    plan = workspace.visits.save_plan(
        replace(
            workspace.visits.new_plan(customer, at=datetime(2026, 11, 24, 10, 30)),
            objective="递交报价单",
        )
    )
    visits = workspace.visits.calendar_visits(date(2026, 11, 23))
    assert [v.plan_id for v in visits] == [plan.id]
    data = plans_to_ics(visits, "Asia/Shanghai")
    event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 30, "Asia/Shanghai")
    assert "深圳华信电子有限公司" in str(event.get("SUMMARY"))

    outside = data.replace("深圳华信电子有限公司".encode(), "宁波新星贸易".encode()).replace(
        f"{plan.id}@repdesk".encode(), b"someone-else@example.com"
    )
    for file in (data, outside):
        found = read_ics(file, "Asia/Shanghai", workspace.visits.companies())
        assert found.problems == []
        workspace.visits.import_plans(found.plans)
    assert _one(empty_db, "SELECT count(*) FROM visit_plans") == 2, "one updated, one new"
    assert _one(empty_db, "SELECT count(*) FROM customers WHERE name = '宁波新星贸易'") == 1
    assert (
        _one(
            empty_db,
            "SELECT count(*) FROM visit_plans WHERE appointment_at LIKE '2026-11-24 10:30%'",
        )
        == 2
    )
