"""The visit window, driven as a rep drives it, on a real demo database file.

A plan comes from a diary appointment (as the rep makes one); what the window
writes is read back with the standard library's sqlite3, behind its back.
Dates are relative to the real today: "+3" is three days from ``date.today()``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from repdesk.domain.diary import DiaryRow
from repdesk.domain.enums import BuyingSignal, ChecklistKind
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.visit.window import PlanSource, VisitWindow
from repdesk.gui.views.visits_windows import VisitWindows
from repdesk.services.workspace import Workspace
from tests.gui.conftest import commit_text
from tests.gui.conftest import query as _query

Key = Qt.Key
OpenVisit = Callable[[PlanSource], VisitWindow]
Answer = QMessageBox.StandardButton


# --- set-up ----------------------------------------------------------------------------


@pytest.fixture
def visit_failures() -> list[BaseException]:
    return []


@pytest.fixture
def visit_runner(qapp: QApplication, visit_failures: list[BaseException]) -> TaskRunner:
    runner = TaskRunner()
    runner.error.connect(visit_failures.append)
    return runner


@pytest.fixture
def open_visit(
    qtbot: QtBot,
    workspace: Workspace,
    visit_runner: TaskRunner,
    visit_failures: list[BaseException],
) -> Iterator[OpenVisit]:
    """Visit windows on the demo database with their own worker, closed without asking.

    Not qtbot.addWidget: pytest-qt closes its widgets before this fixture's teardown,
    and a plan with unsaved edits would ask (modally) whether to save them."""
    windows: list[VisitWindow] = []

    def start(plan: PlanSource) -> VisitWindow:
        window = VisitWindow(workspace, visit_runner, plan, rep=lambda: ("王伟", "华南一组"))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.failed.connect(visit_failures.append)
        with qtbot.waitSignal(window.loaded, timeout=10000):
            window.show()
        windows.append(window)
        return window

    yield start
    visit_runner.wait(10000)
    for window in windows:
        if not shiboken6.isValid(window):  # a "crashed" one, deleted without closing
            continue
        window.plan = None  # no unsaved-changes question while tearing down
        window.autosave.stop()
        window.close()
        window.deleteLater()
    visit_runner.wait(10000)
    QApplication.processEvents()
    assert not visit_failures, f"visit window tasks failed: {visit_failures!r}"


def _customer_with_people(db: Path) -> tuple[str, str, str]:
    """A prospect with at least two people: its id, name and first person's name."""
    customer_id, name = _query(
        db,
        "SELECT c.id, c.name FROM customers c JOIN people p ON p.customer_id = c.id "
        "WHERE c.status = 'prospect' AND c.deleted_at IS NULL AND p.deleted_at IS NULL "
        "GROUP BY c.id HAVING count(*) >= 2 ORDER BY c.id LIMIT 1",
    )[0]
    (person,) = _query(
        db,
        "SELECT name FROM people WHERE customer_id = ? AND deleted_at IS NULL "
        "ORDER BY name LIMIT 1",
        customer_id,
    )[0]
    return str(customer_id), str(name), str(person)


APPOINTMENT = datetime.combine(date.today() + timedelta(days=1), datetime.min.time()).replace(
    hour=10, minute=30
)


def _diary_plan(workspace: Workspace, db: Path) -> tuple[str, str]:
    """The rep books a visit in the diary; the plan it makes, and its customer."""
    customer_id, company, person = _customer_with_people(db)
    saved = workspace.diary.save(
        DiaryRow(date.today(), company, person, appointment_at=APPOINTMENT)
    )
    plan_id = saved.line.visit_plan_id
    assert plan_id is not None
    (owner,) = _query(db, "SELECT customer_id FROM visit_plans WHERE id = ?", plan_id)[0]
    assert owner == customer_id
    return plan_id, customer_id


def _type(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        commit_text(edit, text)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _one(db: Path, sql: str, *args: object) -> Any:
    rows = _query(db, sql, *args)
    assert len(rows) == 1, rows
    return rows[0][0] if len(rows[0]) == 1 else rows[0]


def _answer(monkeypatch: pytest.MonkeyPatch, button: Answer, asked: list[str]) -> None:
    def exec_(box: QMessageBox) -> Answer:
        asked.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", exec_)


# --- the plan and its checklists ----------------------------------------------------------


def test_a_diary_appointment_opens_as_a_plan_titled_with_company_and_time(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path
) -> None:
    plan_id, customer_id = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    (name,) = _query(demo_db, "SELECT name FROM customers WHERE id = ?", customer_id)[0]
    assert window.title.text() == name
    assert APPOINTMENT.strftime("%Y-%m-%d %H:%M") in window.subtitle.text()
    assert APPOINTMENT.strftime("%Y-%m-%d %H:%M") in window.windowTitle()
    assert window.plan_page.appointment.raw() == APPOINTMENT.strftime("%Y-%m-%d %H:%M")
    assert not window.isWindowModified()
    # The seed's three lists, nothing ticked yet; the seed's lines in the UI language.
    lists = window.checklists.lists
    assert [lists[k].rowCount() for k in ChecklistKind] == [12, 3, 5]
    assert _cell(lists[ChecklistKind.SALES_TOOLS], 0, 0).text() == "Product catalogue"
    assert window.checklists.counts[ChecklistKind.SALES_TOOLS].text() == "0 of 12 ready"
    # Talking points: the sheet's people with their hobbies, read on the worker.
    people = _query(
        demo_db,
        "SELECT name FROM people WHERE customer_id = ? AND deleted_at IS NULL",
        customer_id,
    )
    shown = {_cell(window.points_page.people, r, 0).text() for r in range(len(people))}
    assert shown == {str(p[0]) for p in people}
    # The record waits for the call: people met are the sheet's people, none ticked.
    assert window.record_page.people.count() == len(people)
    assert window.tabs.currentWidget() is window.plan_page


def test_ticks_made_with_the_keyboard_are_saved_with_the_plan(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id, _ = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    window.tabs.setCurrentWidget(window.checklists)
    tools = window.checklists.lists[ChecklistKind.SALES_TOOLS]
    tools.setFocus()
    tools.setCurrentCell(0, 0)
    QTest.keyClick(tools, Key.Key_Space)  # Product catalogue
    QTest.keyClick(tools, Key.Key_Down)
    QTest.keyClick(tools, Key.Key_Down)
    QTest.keyClick(tools, Key.Key_Space)  # Pictures and company brochure
    QTest.keyClick(tools, Key.Key_Down)
    QTest.keyClick(tools, Key.Key_Space)
    QTest.keyClick(tools, Key.Key_Space)  # Map: ticked, then unticked again
    assert window.checklists.counts[ChecklistKind.SALES_TOOLS].text() == "2 of 12 ready"
    checks = window.checklists.lists[ChecklistKind.DEPARTURE_CHECKS]
    checks.setCurrentCell(2, 0)
    QTest.keyClick(checks, Key.Key_Space)  # Be clear on the visit's purpose
    info = window.checklists.lists[ChecklistKind.INFORMATION]
    info.setCurrentCell(1, 0)
    QTest.keyClick(info, Key.Key_Space)  # Competitors, with what was found out
    _cell(info, 1, 1).setText("三家在报价")
    assert window.isWindowModified()
    assert "4/20" in window.tabs.tabText(window.tabs.indexOf(window.checklists))

    with qtbot.waitSignal(window.plan_saved, timeout=10000):
        QTest.keySequence(window, "Ctrl+S")
    ticked = _query(
        demo_db,
        "SELECT label, note FROM visit_checklist_items "
        "WHERE visit_plan_id = ? AND ticked AND deleted_at IS NULL ORDER BY label",
        plan_id,
    )
    assert ticked == [
        ("Be clear on the visit's purpose", ""),
        ("Competitors", "三家在报价"),
        ("Pictures and company brochure", ""),
        ("Product catalogue", ""),
    ]
    assert not window.isWindowModified()
    # Saving again writes over the same lines: still one set of 20.
    with qtbot.waitSignal(window.plan_saved, timeout=10000):
        window.save()
    lines = (
        "SELECT count(*) FROM visit_checklist_items WHERE visit_plan_id = ? AND deleted_at IS NULL"
    )
    assert _one(demo_db, lines, plan_id) == 20

    window.close()
    again = open_visit(plan_id)
    kept = {t.label for t in again.checklists.ticks() if t.ticked}
    assert kept == {
        "Product catalogue",
        "Pictures and company brochure",
        "Be clear on the visit's purpose",
        "Competitors",
    }
    assert again.checklists.counts[ChecklistKind.SALES_TOOLS].text() == "2 of 12 ready"
    info = again.checklists.lists[ChecklistKind.INFORMATION]
    assert _cell(info, 1, 1).text() == "三家在报价"


def test_a_new_plan_is_one_window_once_saved(
    qtbot: QtBot,
    workspace: Workspace,
    visit_runner: TaskRunner,
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_id, _, _ = _customer_with_people(demo_db)
    parent = QWidget()
    qtbot.addWidget(parent)
    windows = VisitWindows(visit_runner, parent)
    changed: list[str] = []
    windows.changed.connect(changed.append)
    window = windows.new_plan(workspace, customer_id, at=APPOINTMENT)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: window.plan is not None, timeout=10000)
    assert window.badges.text() == "New plan"
    assert not window.record_page.blocked.isHidden()  # "save the plan first"
    _type(window.plan_page.stage_goal.edit, "进入短名单")
    with qtbot.waitSignal(window.plan_saved, timeout=10000) as saved:
        window.save()
    plan_id = saved.args[0]
    assert changed == [customer_id]
    assert _one(demo_db, "SELECT stage_goal FROM visit_plans WHERE id = ?", plan_id) == "进入短名单"
    assert window.record_page.blocked.isHidden()
    assert windows.open_plan(workspace, plan_id) is window
    asked: list[str] = []
    _answer(monkeypatch, Answer.Cancel, asked)
    assert windows.close_all()
    assert not asked and windows.windows() == []
    window.deleteLater()


def test_a_window_closed_while_loading_goes_once_the_worker_is_done(
    qtbot: QtBot,
    workspace: Workspace,
    visit_runner: TaskRunner,
    visit_failures: list[BaseException],
    demo_db: Path,
) -> None:
    plan_id, _ = _diary_plan(workspace, demo_db)
    window = VisitWindow(workspace, visit_runner, plan_id)  # deleted on close, as in use
    window.failed.connect(visit_failures.append)
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    window.show()
    assert window.close()
    assert shiboken6.isValid(window) and not window.isVisible()  # the reading is still out
    qtbot.waitUntil(lambda: bool(gone), timeout=10000)


def test_unsaved_plan_edits_ask_on_close(
    open_visit: OpenVisit,
    workspace: Workspace,
    demo_db: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan_id, _ = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    commit_text(window.plan_page.objective.edit, "递交报价单")
    assert window.isWindowModified()
    asked: list[str] = []

    _answer(monkeypatch, Answer.Cancel, asked)
    assert window.close() is False
    assert window.isVisible() and asked

    _answer(monkeypatch, Answer.Discard, asked)
    assert window.close() is True
    assert _one(demo_db, "SELECT objective FROM visit_plans WHERE id = ?", plan_id) == ""

    window = open_visit(plan_id)
    commit_text(window.plan_page.objective.edit, "递交报价单")
    _answer(monkeypatch, Answer.Save, asked)
    with qtbot.waitSignal(window.plan_saved, timeout=10000):
        assert window.close() is True
    assert _one(demo_db, "SELECT objective FROM visit_plans WHERE id = ?", plan_id) == "递交报价单"
    assert len(asked) == 3

    # A plan value that does not parse keeps the window open, the problem beside it.
    window = open_visit(plan_id)
    _type(window.plan_page.appointment.edit, "next Tuesday")
    assert window.close() is False
    assert window.plan_page.appointment.error.isVisibleTo(window)
    assert "date" in window.plan_page.appointment.error.text()


# --- the record ------------------------------------------------------------------------------


def test_a_finished_record_is_stored_with_its_follow_up_and_the_plan_is_done(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id, customer_id = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    window.tabs.setCurrentWidget(window.record_page)
    page = window.record_page
    commit_text(page.summary.edit, "客户对报价满意，要求下周送样品。")
    first = page.people.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    page.signals[BuyingSignal.ASKS_SERVICE_DETAILS].setFocus()
    QTest.keyClick(page.signals[BuyingSignal.ASKS_SERVICE_DETAILS], Key.Key_Space)
    page.signals[BuyingSignal.STARTS_AGREEING].click()
    page.objections.add_button.click()
    row = page.objections.rows[0]
    commit_text(row.words, "你们的价格太高了")
    commit_text(row.answer, "算一算三年的维护成本")
    row.agreed.setCurrentIndex(row.agreed.findText("Yes"))
    _type(row.next_step, "send the cost sheet")
    _type(page.outcome.edit, "Trial order agreed")
    _type(page.next_step.edit, "Deliver samples")
    _type(page.next_step_date.edit, "+3")
    _type(page.minutes.edit, "45")
    _type(page.expenses.edit, "120.5")

    with qtbot.waitSignal(window.record_saved, timeout=10000) as saved:
        page.finish_button.click()
    record_id, finished = saved.args
    assert finished
    row_ = _one(
        demo_db,
        "SELECT is_draft, summary, outcome, buying_signals, next_step, next_step_date, "
        "minutes_spent, expenses, currency FROM visit_records WHERE visit_plan_id = ? "
        "AND deleted_at IS NULL",
        plan_id,
    )
    due = date.today() + timedelta(days=3)
    assert row_[:3] == (0, "客户对报价满意，要求下周送样品。", "Trial order agreed")
    assert set(json.loads(row_[3])) == {"asks_service_details", "starts_agreeing"}
    assert row_[4:] == ("Deliver samples", due.isoformat(), 45, 120.5, "CNY")
    assert _one(
        demo_db,
        "SELECT customer_words, answer_text, customer_agreed, next_step FROM visit_objections "
        "WHERE visit_record_id = ? AND deleted_at IS NULL",
        record_id,
    ) == ("你们的价格太高了", "算一算三年的维护成本", 1, "send the cost sheet")
    assert _one(
        demo_db,
        "SELECT action, due_date, customer_id FROM follow_ups "
        "WHERE visit_record_id = ? AND deleted_at IS NULL",
        record_id,
    ) == ("Deliver samples", due.isoformat(), customer_id)
    assert _one(demo_db, "SELECT status FROM visit_plans WHERE id = ?", plan_id) == "done"
    person = first.data(Qt.ItemDataRole.UserRole)
    assert (
        _one(demo_db, "SELECT person_id FROM visit_people WHERE visit_record_id = ?", record_id)
        == person
    )
    # The window says so: the plan is done, the record no longer a draft.
    assert window.plan_page.status.text() == "Done"
    assert not page.save_draft_button.isVisibleTo(window)
    assert page.finish_button.text() == "Save record"
    assert "Draft" not in window.draft_state.text()
    assert record_id not in {d.id for d in workspace.visits.drafts()}


def test_the_draft_is_saved_as_the_rep_types_and_comes_back_after_a_crash(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id, _ = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    page = window.record_page
    typed = time.monotonic()
    commit_text(page.summary.edit, "见了采购部李经理，谈了交货期")
    page.objections.add_button.click()
    commit_text(page.objections.rows[0].words, "交货太慢")
    records = "SELECT count(*) FROM visit_records WHERE visit_plan_id = ?"
    assert _one(demo_db, records, plan_id) == 0  # not on every keystroke

    with qtbot.waitSignal(window.record_saved, timeout=6000) as saved:
        pass
    waited = time.monotonic() - typed
    assert waited >= 1.5, waited  # about two seconds after the last edit
    record_id, finished = saved.args
    assert not finished
    assert window.draft_state.text().startswith("Draft saved ")
    assert page.saved_state.text() == window.draft_state.text()

    # Typing on saves again, into the same record and the same objection row.
    _type(page.objections.rows[0].words, "交货太慢，要两周")
    with qtbot.waitSignal(window.record_saved, timeout=6000):
        pass
    assert _one(demo_db, records, plan_id) == 1
    live = (
        "SELECT customer_words FROM visit_objections "
        "WHERE visit_record_id = ? AND deleted_at IS NULL"
    )
    assert _query(demo_db, live, record_id) == [("交货太慢，要两周",)]

    # The laptop dies: the window goes without being closed.
    window.hide()
    window.deleteLater()
    QApplication.processEvents()
    drafts = {d.id: d.summary for d in workspace.visits.drafts()}
    assert drafts[record_id] == "见了采购部李经理，谈了交货期"

    again = open_visit(plan_id)
    assert again.tabs.currentWidget() is again.record_page
    assert again.record_page.summary.raw() == "见了采购部李经理，谈了交货期"
    assert again.record_page.objections.rows[0].words.text() == "交货太慢，要两周"
    assert "Record draft" in again.badges.text()
    assert again.draft_state.text() == "Draft kept from before: go on where you left off."


def test_closing_saves_the_draft_without_asking(
    open_visit: OpenVisit,
    workspace: Workspace,
    demo_db: Path,
    qtbot: QtBot,
    visit_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan_id, _ = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    commit_text(window.record_page.summary.edit, "客户不在，留下了名片")
    asked: list[str] = []
    _answer(monkeypatch, Answer.Cancel, asked)
    assert window.close() is True
    assert not asked
    visit_runner.wait(10000)
    summary = "SELECT summary, is_draft FROM visit_records WHERE visit_plan_id = ?"
    assert _one(demo_db, summary, plan_id) == ("客户不在，留下了名片", 1)


def test_an_invalid_record_is_not_finished_and_shows_why_beside_the_field(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id, _ = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    page = window.record_page
    commit_text(page.summary.edit, "谈得不错")
    _type(page.next_step.edit, "Phone the buyer")
    _type(page.minutes.edit, "forty")

    assert window.finish_record() is False
    assert page.next_step_date.error.isVisibleTo(window)
    assert page.next_step_date.error.text() == "This cannot be empty."
    assert page.minutes.error.text() == "Must be a whole number." or "number" in (
        page.minutes.error.text()
    )
    assert page.problems.isVisibleTo(window)
    assert window.tabs.currentWidget() is page
    qtbot.wait(50)
    follow_ups = (
        "SELECT count(*) FROM follow_ups f JOIN visit_records r ON r.id = f.visit_record_id "
        "WHERE r.visit_plan_id = ?"
    )
    assert _one(demo_db, follow_ups, plan_id) == 0
    assert _one(demo_db, "SELECT status FROM visit_plans WHERE id = ?", plan_id) == "planned"
    finished = "SELECT count(*) FROM visit_records WHERE visit_plan_id = ? AND NOT is_draft"
    assert _one(demo_db, finished, plan_id) == 0

    # Corrected, it finishes; the problems go.
    _type(page.next_step_date.edit, "+3")
    _type(page.minutes.edit, "40")
    with qtbot.waitSignal(window.record_saved, timeout=10000) as saved:
        assert window.finish_record()
    assert saved.args[1] is True
    assert not page.next_step_date.error.isVisibleTo(window)
    assert not page.problems.isVisibleTo(window)
    assert _one(demo_db, follow_ups, plan_id) == 1


def test_print_and_export_read_the_stored_record_on_the_worker(
    open_visit: OpenVisit,
    workspace: Workspace,
    demo_db: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import repdesk.gui.print_visit as print_visit

    plan_id, _ = _diary_plan(workspace, demo_db)
    window = open_visit(plan_id)
    calls: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        print_visit, "print_visit_report", lambda parent, tasks, data: calls.append(("print", data))
    )
    monkeypatch.setattr(
        print_visit,
        "export_visit_report",
        lambda parent, tasks, data, name="": calls.append((name, data)),
    )
    commit_text(window.record_page.summary.edit, "演示了新产品")
    window.print_action.trigger()  # the draft is saved first, then printed
    qtbot.waitUntil(lambda: bool(calls), timeout=10000)
    kind, read = calls[0]
    assert kind == "print"
    report = read()
    assert report.summary == "演示了新产品" and report.is_draft
    assert (report.rep_name, report.team) == ("王伟", "华南一组")

    window.pdf_action.trigger()  # nothing new to save: straight away
    assert len(calls) == 2
    name, read = calls[1]
    assert name.startswith(f"visit-{APPOINTMENT:%Y-%m-%d}-") and name.endswith(".pdf")
    assert read().customer_name == window.customer_name
