"""The trash on a real SQLite file: every kind deleted, listed, restored whole, purged
for good without orphans, and the visit history kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

import pytest

from repdesk.db.base import Base
from repdesk.domain.care import CareOccasionFacts
from repdesk.domain.diary import DiaryRow
from repdesk.domain.enums import (
    CustomerStatus,
    DissatisfactionSignal,
    OccasionKind,
    PersonRole,
    ProspectGrade,
)
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts
from repdesk.domain.visits import ObjectionMet
from repdesk.services.trash import (
    PURGE_RULES,
    Purge,
    TrashItem,
    TrashKind,
    TrashService,
    purged_tables,
)
from repdesk.services.workspace import Workspace, open_workspace

NOW = datetime(2026, 11, 23, 8, 0)
TODAY = NOW.date()


@pytest.fixture
def workspace(empty_db: Path) -> Iterator[Workspace]:
    ws, _ = open_workspace(empty_db)  # with the default playbook, as the app opens it
    ws.visits._now = lambda: NOW
    ws.diary._now = lambda: NOW
    ws.customers._today = lambda: TODAY
    yield ws
    ws.close()


@pytest.fixture
def trash(workspace: Workspace) -> TrashService:
    return TrashService(workspace.store)


def _rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as c:
        return c.execute(sql, args).fetchall()


def _one(db: Path, sql: str, *args: object) -> object:
    rows = _rows(db, sql, *args)
    return rows[0][0] if rows else None


def _count(db: Path, sql: str, *args: object) -> int:
    with closing(sqlite3.connect(db)) as c:
        return int(c.execute(sql, args).fetchone()[0])


def _fk_problems(db: Path) -> list[tuple[object, ...]]:
    return _rows(db, "PRAGMA foreign_key_check")


@dataclass
class Sheet:
    id: str
    people: dict[str, str]  # name -> id


def _sheet(ws: Workspace, name: str, *people: str) -> Sheet:
    saved = ws.customers.save(
        CustomerSheet(
            customer=CustomerFacts(
                name=name, status=CustomerStatus.PROSPECT, prospect_grade=ProspectGrade.B
            ),
            people=[
                PersonFacts(name=p, role=PersonRole.BUYER if i == 0 else PersonRole.FINANCE)
                for i, p in enumerate(people)
            ],
        ),
        reason="first call",
    )
    assert saved.customer.id is not None
    return Sheet(saved.customer.id, {p.name: p.id or "" for p in saved.people})


def _remove_person(ws: Workspace, customer_id: str, name: str) -> None:
    sheet = ws.customers.load(customer_id)
    ws.customers.save(replace(sheet, people=[p for p in sheet.people if p.name != name]))


def _entry_id(ws: Workspace, index: int = 0) -> tuple[str, str]:
    """A default playbook entry's id and its first answer's id."""
    entry = ws.playbook.playbook().entries[index]
    assert entry.id is not None and entry.answers[0].id is not None
    return entry.id, entry.answers[0].id


def _finished_visit(
    ws: Workspace, sheet: Sheet, *, met: tuple[str, ...] = (), entry: tuple[str, str] | None = None
) -> tuple[str, str]:
    """A planned visit with a finished record (people met, an objection, a next step)."""
    plan = ws.visits.save_plan(
        replace(ws.visits.new_plan(sheet.id, at=datetime(2026, 11, 20, 10, 0)), objective="报价")
    )
    assert plan.id is not None
    record = replace(
        ws.visits.record_for_plan(plan.id),
        summary="谈了价格",
        people_met=met,
        objections=(
            (
                ObjectionMet(
                    customer_words="太贵了",
                    answer_text="按年度算更便宜",
                    customer_agreed=True,
                    objection_id=entry[0],
                    answer_id=entry[1],
                ),
            )
            if entry
            else ()
        ),
        next_step="寄样品",
        next_step_date=date(2026, 11, 30),
    )
    saved = ws.visits.save_record(record, finish=True)
    assert saved.id is not None
    return plan.id, saved.id


def _diary_row(ws: Workspace, company: str, **values: object) -> str:
    row = DiaryRow(contact_date=date(2026, 11, 21), company=company, **values)  # type: ignore[arg-type]
    saved = ws.diary.save(row, confirmed=True)
    assert saved.line.row.id is not None
    return saved.line.row.id


def _keys(items: list[TrashItem]) -> list[tuple[TrashKind, str]]:
    return [item.key for item in items]


# --- listing ---------------------------------------------------------------------------


def test_every_kind_is_listed_newest_deletion_first_with_its_labels(
    workspace: Workspace, trash: TrashService
) -> None:
    ws = workspace
    assert trash.items() == []
    gone = _sheet(ws, "深圳华信电子有限公司", "王建国")
    live = _sheet(ws, "Acme Trading", "Tom Baker", "李秀英")
    entry_id, _ = _entry_id(ws)
    diary_id = _diary_row(ws, "上海明光贸易", contact="陈静")
    # A diary row whose appointment is cleared: its plan is deleted on its own.
    with_plan = _diary_row(ws, "Acme Trading", appointment_at=datetime(2026, 11, 25, 9, 30))
    plan_id = ws.diary.line(with_plan).visit_plan_id
    assert plan_id is not None
    draft_plan = ws.visits.save_plan(ws.visits.new_plan(live.id, at=datetime(2026, 11, 24, 15)))
    assert draft_plan.id is not None
    draft = ws.visits.save_record(
        replace(ws.visits.record_for_plan(draft_plan.id), summary="half written")
    )
    assert draft.id is not None

    ws.customers.delete(gone.id)
    _remove_person(ws, live.id, "李秀英")
    ws.diary.delete(diary_id)
    ws.diary.save(replace(ws.diary.line(with_plan).row, appointment_at=None))
    ws.visits.discard_draft(draft.id)
    ws.playbook.delete_entry(entry_id)

    items = trash.items()
    assert _keys(items) == [
        (TrashKind.OBJECTION, entry_id),
        (TrashKind.VISIT_RECORD, draft.id),
        (TrashKind.VISIT_PLAN, plan_id),
        (TrashKind.DIARY_ENTRY, diary_id),
        (TrashKind.PERSON, live.people["李秀英"]),
        (TrashKind.CUSTOMER, gone.id),
    ]
    entry, record, plan, row, person, customer = items
    assert entry.title is not None and entry.title.en and entry.title.zh
    assert entry.name == "" and entry.customer_id is None
    assert (record.name, record.on, record.customer_id) == (
        "Acme Trading",
        datetime(2026, 11, 24, 15),
        live.id,
    )
    assert (plan.name, plan.on) == ("Acme Trading", datetime(2026, 11, 25, 9, 30))
    assert (row.name, row.contact, row.on, row.customer_id) == (
        "上海明光贸易",
        "陈静",
        date(2026, 11, 21),
        None,
    )
    assert (person.name, person.company, person.customer_id) == ("李秀英", "Acme Trading", live.id)
    assert (customer.name, customer.customer_id) == ("深圳华信电子有限公司", gone.id)
    assert all(a.deleted_at >= b.deleted_at for a, b in pairwise(items))
    # What was deleted together with a diary row is part of it, not an item of its own.
    diary_plan = _diary_row(ws, "Beta", appointment_at=datetime(2026, 11, 26, 9, 0))
    ws.diary.delete(diary_plan)
    assert _keys(trash.items())[0] == (TrashKind.DIARY_ENTRY, diary_plan)
    assert len(trash.items()) == len(items) + 1


def test_a_deleted_sheets_rows_are_part_of_it_and_restore_brings_back_only_its_own(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    sheet = _sheet(ws, "深圳华信电子有限公司", "王建国", "李秀英")
    _remove_person(ws, sheet.id, "李秀英")  # deleted on its own, earlier
    row = _diary_row(ws, "深圳华信电子有限公司", contact="王建国")
    ws.diary.delete(row)
    ws.customers.delete(sheet.id)

    items = trash.items()
    assert _keys(items) == [(TrashKind.CUSTOMER, sheet.id)]  # the rest goes with the sheet

    change = trash.restore(items)
    assert _keys(list(change.done)) == [(TrashKind.CUSTOMER, sheet.id)]
    assert change.customer_ids == (sheet.id,)
    assert [p.name for p in ws.customers.load(sheet.id).people] == ["王建国"]
    # What had been deleted before the sheet stays deleted, now listed on its own.
    assert set(_keys(trash.items())) == {
        (TrashKind.PERSON, sheet.people["李秀英"]),
        (TrashKind.DIARY_ENTRY, row),
    }
    assert _one(empty_db, "SELECT deleted_at FROM people WHERE id = ?", sheet.people["李秀英"])


def test_each_kind_is_restored_with_what_was_deleted_with_it(
    workspace: Workspace, trash: TrashService
) -> None:
    ws = workspace
    sheet = _sheet(ws, "Acme Trading", "Tom Baker", "李秀英")
    entry_id, _ = _entry_id(ws, 1)
    row = _diary_row(
        ws,
        "Acme Trading",
        appointment_at=datetime(2026, 11, 25, 9, 30),
        follow_up="寄资料",
        follow_up_due=date(2026, 11, 24),
    )
    line = ws.diary.line(row)
    assert line.visit_plan_id and line.follow_up_id
    plan = ws.visits.save_plan(ws.visits.new_plan(sheet.id, at=datetime(2026, 11, 27, 14)))
    assert plan.id is not None
    draft = ws.visits.save_record(replace(ws.visits.record_for_plan(plan.id), summary="draft"))
    assert draft.id is not None
    ws.diary.delete(row)
    ws.visits.discard_draft(draft.id)
    _remove_person(ws, sheet.id, "李秀英")
    ws.playbook.delete_entry(entry_id)
    assert len(trash.items()) == 4

    change = trash.restore(trash.items())
    assert change.kinds == {
        TrashKind.DIARY_ENTRY,
        TrashKind.VISIT_RECORD,
        TrashKind.PERSON,
        TrashKind.OBJECTION,
    }
    assert trash.items() == []
    again = ws.diary.line(row)  # with its plan and follow-up, deleted with it
    assert (again.visit_plan_id, again.follow_up_id) == (line.visit_plan_id, line.follow_up_id)
    assert [d.id for d in ws.visits.drafts()] == [draft.id]
    assert {p.name for p in ws.customers.load(sheet.id).people} == {"Tom Baker", "李秀英"}
    assert entry_id in {e.id for e in ws.playbook.playbook().entries}
    # Restoring something no longer in the trash does nothing.
    assert trash.restore(change.done).done == ()


def test_a_visit_plan_deleted_on_its_own_comes_back(
    workspace: Workspace, trash: TrashService
) -> None:
    ws = workspace
    _sheet(ws, "Acme Trading", "Tom Baker")
    row = _diary_row(ws, "Acme Trading", appointment_at=datetime(2026, 11, 25, 9, 30))
    plan_id = ws.diary.line(row).visit_plan_id
    assert plan_id is not None
    ws.diary.save(replace(ws.diary.line(row).row, appointment_at=None))
    (item,) = trash.items()
    assert item.key == (TrashKind.VISIT_PLAN, plan_id)
    trash.restore([item])
    assert ws.visits.plan(plan_id).appointment_at == datetime(2026, 11, 25, 9, 30)
    assert [v.plan_id for v in ws.visits.day(date(2026, 11, 25))] == [plan_id]


# --- emptying ------------------------------------------------------------------------


def _customer_rows(db: Path, sheet: Sheet, plans: list[str], records: list[str]) -> dict[str, int]:
    """Every row of the database that belongs to the sheet, by table."""
    people = list(sheet.people.values())
    marks = ",".join("?" * len(people))
    checks = {
        "customers": ("SELECT count(*) FROM customers WHERE id = ?", [sheet.id]),
        "people": ("SELECT count(*) FROM people WHERE customer_id = ?", [sheet.id]),
        "signals": (
            "SELECT count(*) FROM dissatisfaction_signals WHERE customer_id = ?",
            [sheet.id],
        ),
        "history": (
            "SELECT count(*) FROM classification_changes WHERE customer_id = ?",
            [sheet.id],
        ),
        "diary": ("SELECT count(*) FROM diary_entries WHERE customer_id = ?", [sheet.id]),
        "follow_ups": ("SELECT count(*) FROM follow_ups WHERE customer_id = ?", [sheet.id]),
        "plans": ("SELECT count(*) FROM visit_plans WHERE customer_id = ?", [sheet.id]),
        "records": ("SELECT count(*) FROM visit_records WHERE customer_id = ?", [sheet.id]),
        "care": (f"SELECT count(*) FROM care_occasions WHERE person_id IN ({marks})", people),
        "met": (f"SELECT count(*) FROM visit_people WHERE person_id IN ({marks})", people),
        "diary_people": (
            f"SELECT count(*) FROM diary_entries WHERE person_id IN ({marks})",
            people,
        ),
    }
    if plans:
        checks["checklists"] = (
            f"SELECT count(*) FROM visit_checklist_items WHERE visit_plan_id IN "
            f"({','.join('?' * len(plans))})",
            plans,
        )
    if records:
        ids = ",".join("?" * len(records))
        checks["objections"] = (
            f"SELECT count(*) FROM visit_objections WHERE visit_record_id IN ({ids})",
            records,
        )
        checks["record_follow_ups"] = (
            f"SELECT count(*) FROM follow_ups WHERE visit_record_id IN ({ids})",
            records,
        )
    return {name: _count(db, sql, *args) for name, (sql, args) in checks.items()}


def test_a_purged_customer_leaves_nothing_behind(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    entry = _entry_id(ws)
    gone = _sheet(ws, "深圳华信电子有限公司", "王建国", "李秀英", "陈静")
    other = _sheet(ws, "Acme Trading", "Tom Baker")
    ws.care.save(
        CareOccasionFacts(
            person_id=gone.people["王建国"], kind=OccasionKind.BIRTHDAY, month=5, day=4
        )
    )
    ws.customers.raise_signal(gone.id, DissatisfactionSignal.MORE_COMPLAINTS, TODAY, "交货慢")
    plan, record = _finished_visit(
        ws, gone, met=(gone.people["王建国"], gone.people["李秀英"]), entry=entry
    )
    open_plan = ws.visits.save_plan(ws.visits.new_plan(gone.id, at=datetime(2026, 12, 1, 9)))
    assert open_plan.id is not None
    kept_row = _diary_row(
        ws,
        "深圳华信电子有限公司",
        contact="王建国",
        appointment_at=datetime(2026, 11, 28, 10),
        follow_up="打电话",
        follow_up_due=date(2026, 11, 26),
    )
    deleted_row = _diary_row(ws, "深圳华信电子有限公司", contact="陈静")
    ws.diary.delete(deleted_row)  # in the trash already, under the sheet
    _remove_person(ws, gone.id, "陈静")
    # The other customer's rows, which must all stay.
    _finished_visit(ws, other, met=(other.people["Tom Baker"],), entry=entry)
    _diary_row(ws, "Acme Trading", contact="Tom Baker")
    other_before = _customer_rows(empty_db, other, [], [])

    plans = [plan, open_plan.id, *(ws.diary.line(kept_row).visit_plan_id or "",)]
    before = _customer_rows(empty_db, gone, plans, [record])
    assert all(before.values()), before  # every kind of row is there to be purged
    ws.customers.delete(gone.id)
    (item,) = trash.items()
    change = trash.empty([item])

    assert change.done == (item,) and change.kept == ()
    after = _customer_rows(empty_db, gone, plans, [record])
    assert not any(after.values()), after
    assert _customer_rows(empty_db, other, [], []) == other_before
    assert _fk_problems(empty_db) == []
    assert trash.items() == []
    # The playbook entry met on the purged visits is untouched.
    assert entry[0] in {e.id for e in ws.playbook.playbook().entries}


def test_emptying_the_whole_trash_purges_every_kind_in_one_go(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    gone = _sheet(ws, "深圳华信电子有限公司", "王建国")
    live = _sheet(ws, "Acme Trading", "Tom Baker", "李秀英")
    entry = _entry_id(ws, 2)
    _finished_visit(ws, gone, met=(gone.people["王建国"],), entry=entry)
    row = _diary_row(ws, "上海明光贸易", follow_up="寄资料", follow_up_due=date(2026, 11, 24))
    plan = ws.visits.save_plan(ws.visits.new_plan(live.id, at=datetime(2026, 11, 27, 14)))
    assert plan.id is not None
    draft = ws.visits.save_record(replace(ws.visits.record_for_plan(plan.id), summary="x"))
    assert draft.id is not None
    ws.customers.delete(gone.id)
    ws.diary.delete(row)
    ws.visits.discard_draft(draft.id)
    _remove_person(ws, live.id, "李秀英")
    ws.playbook.delete_entry(entry[0])
    listed = trash.items()
    assert len(listed) == 5

    change = trash.empty()
    assert set(change.done) == set(listed) and change.kept == ()
    assert trash.items() == []
    assert _fk_problems(empty_db) == []
    assert _one(empty_db, "SELECT count(*) FROM objections WHERE id = ?", entry[0]) == 0
    assert (
        _one(empty_db, "SELECT count(*) FROM objection_answers WHERE objection_id = ?", entry[0])
        == 0
    )
    assert _one(empty_db, "SELECT count(*) FROM diary_entries WHERE id = ?", row) == 0
    assert _one(empty_db, "SELECT count(*) FROM follow_ups WHERE diary_entry_id = ?", row) == 0
    assert _one(empty_db, "SELECT count(*) FROM visit_records WHERE id = ?", draft.id) == 0
    # The discarded draft no longer holds the plan: the visit can be recorded again.
    assert ws.visits.save_record(ws.visits.record_for_plan(plan.id)).id is not None
    assert {p.name for p in ws.customers.load(live.id).people} == {"Tom Baker"}


def test_a_playbook_entry_met_on_visits_stays_until_those_visits_go(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    sheet = _sheet(ws, "深圳华信电子有限公司", "王建国")
    entry = _entry_id(ws)
    unused = _entry_id(ws, 1)
    _, record = _finished_visit(ws, sheet, entry=entry)
    ws.playbook.delete_entry(entry[0])
    ws.playbook.delete_entry(unused[0])
    items = {i.id: i for i in trash.items()}
    assert items[entry[0]].used_by_visits == 1 and items[entry[0]].kept_for_history
    assert items[unused[0]].used_by_visits == 0

    change = trash.empty()
    assert [i.id for i in change.kept] == [entry[0]]
    assert [i.id for i in change.done] == [unused[0]]
    assert _keys(trash.items()) == [(TrashKind.OBJECTION, entry[0])]
    (met,) = ws.visits.record(record).objections  # the visit's history, whole
    assert (met.objection_id, met.answer_id, met.customer_words) == (*entry, "太贵了")
    assert met.objection_title is not None
    # Once the customer (with its visits) goes for good, so can the entry: in one call.
    ws.customers.delete(sheet.id)
    change = trash.empty()
    assert change.kept == () and len(change.done) == 2
    assert _one(empty_db, "SELECT count(*) FROM objections WHERE id = ?", entry[0]) == 0
    assert _fk_problems(empty_db) == []


def test_an_objection_removed_from_a_record_does_not_hold_its_entry(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    sheet = _sheet(ws, "Acme Trading", "Tom Baker")
    entry = _entry_id(ws)
    _, record_id = _finished_visit(ws, sheet, entry=entry)
    record = ws.visits.record(record_id)
    ws.visits.save_record(replace(record, objections=()), finish=True)  # soft-deletes the row
    ws.playbook.delete_entry(entry[0])
    assert trash.empty().kept == ()
    assert _rows(
        empty_db,
        "SELECT objection_id, answer_id, customer_words, deleted_at IS NOT NULL "
        "FROM visit_objections WHERE visit_record_id = ?",
        record_id,
    ) == [(None, None, "太贵了", 1)]
    assert _fk_problems(empty_db) == []


def test_a_person_met_on_a_visit_is_kept_and_one_never_met_goes_with_their_occasions(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    sheet = _sheet(ws, "深圳华信电子有限公司", "王建国", "李秀英", "陈静")
    _finished_visit(ws, sheet, met=(sheet.people["李秀英"],))
    never_met = sheet.people["陈静"]
    ws.care.save(CareOccasionFacts(person_id=never_met, kind=OccasionKind.BIRTHDAY, month=3, day=8))
    row = _diary_row(ws, "深圳华信电子有限公司", contact="陈静")
    assert ws.diary.line(row).row.person_id == never_met
    _remove_person(ws, sheet.id, "李秀英")
    _remove_person(ws, sheet.id, "陈静")
    items = {i.name: i for i in trash.items()}
    assert items["李秀英"].used_by_visits == 1 and items["陈静"].used_by_visits == 0

    change = trash.empty(list(items.values()))
    assert [i.name for i in change.kept] == ["李秀英"]
    assert [i.name for i in change.done] == ["陈静"]
    assert _one(empty_db, "SELECT count(*) FROM people WHERE id = ?", never_met) == 0
    assert _one(empty_db, "SELECT count(*) FROM care_occasions WHERE person_id = ?", never_met) == 0
    # The diary row keeps its contact as typed, no longer linked.
    assert ws.diary.line(row).row.contact == "陈静"
    assert ws.diary.line(row).row.person_id is None
    assert _fk_problems(empty_db) == []


def test_purging_a_diary_row_keeps_its_visited_plan(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    sheet = _sheet(ws, "Acme Trading", "Tom Baker")
    row = _diary_row(ws, "Acme Trading", appointment_at=datetime(2026, 11, 20, 9, 30))
    plan_id = ws.diary.line(row).visit_plan_id
    assert plan_id is not None
    record = replace(ws.visits.record_for_plan(plan_id), summary="done")
    ws.visits.save_record(record, finish=True)  # a visited plan is history
    ws.diary.delete(row)
    trash.empty()
    assert _one(empty_db, "SELECT count(*) FROM diary_entries WHERE id = ?", row) == 0
    assert _rows(
        empty_db, "SELECT diary_entry_id, deleted_at FROM visit_plans WHERE id = ?", plan_id
    ) == [(None, None)]
    assert ws.visits.plan(plan_id).customer_id == sheet.id
    assert _fk_problems(empty_db) == []


def test_emptying_touches_only_what_is_still_in_the_trash(
    workspace: Workspace, trash: TrashService, empty_db: Path
) -> None:
    ws = workspace
    a = _sheet(ws, "深圳华信电子有限公司", "王建国")
    b = _sheet(ws, "Acme Trading", "Tom Baker")
    ws.customers.delete(a.id)
    ws.customers.delete(b.id)
    shown = trash.items()  # what a dialog shows
    ws.customers.restore(a.id)  # Edit > Undo delete, meanwhile
    change = trash.empty(shown)
    assert [i.id for i in change.done] == [b.id]
    assert ws.customers.load(a.id).customer.name == "深圳华信电子有限公司"
    assert _one(empty_db, "SELECT count(*) FROM customers WHERE id = ?", b.id) == 0


def test_a_failed_purge_writes_nothing(
    workspace: Workspace, trash: TrashService, empty_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = workspace
    a = _sheet(ws, "深圳华信电子有限公司", "王建国")
    _finished_visit(ws, a)
    ws.customers.delete(a.id)
    row = _diary_row(ws, "上海明光贸易")
    ws.diary.delete(row)
    from repdesk.services import trash as module

    real = module._purge

    def failing(session: object, table: object, ids: object) -> int:
        if getattr(table, "name", "") == "diary_entries" and ids == [row]:
            raise RuntimeError("disk full")
        return real(session, table, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "_purge", failing)
    with pytest.raises(RuntimeError):
        trash.empty()
    assert len(trash.items()) == 2
    assert _one(empty_db, "SELECT count(*) FROM visit_records WHERE customer_id = ?", a.id) == 1


# --- the rules themselves ----------------------------------------------------------


def test_every_foreign_key_into_a_purged_table_has_a_rule() -> None:
    tables = purged_tables()
    assert {"customers", "people", "visit_records", "objection_answers"} <= tables
    missing = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name in tables:
                rule = PURGE_RULES.get((table.name, key.parent.name))
                if rule is None:
                    missing.append(f"{table.name}.{key.parent.name}")
                elif rule is not Purge.DELETE:
                    assert key.parent.nullable, f"{table.name}.{key.parent.name} cannot be NULL"
    assert missing == []
    known = {(t.name, k.parent.name) for t in Base.metadata.sorted_tables for k in t.foreign_keys}
    assert set(PURGE_RULES) <= known  # no rule for a column that is gone
