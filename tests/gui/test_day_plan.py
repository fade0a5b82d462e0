"""The Visits area's day plan: the day's visits in the rep's order, moved with the keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.diary import DiaryRow
from tests.conftest import pdf_text
from tests.gui.conftest import OpenWindow
from tests.gui.conftest import query as _query


def test_the_days_visits_are_reordered_and_opened(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    window = open_window(empty_db)
    workspace = window.workspace
    assert workspace is not None
    tomorrow = date.today() + timedelta(days=1)
    for hour, company in ((9, "Acme Ltd"), (11, "宁波新星贸易"), (15, "Blue River Trading")):
        at = datetime.combine(tomorrow, datetime.min.time()).replace(hour=hour)
        workspace.diary.save(DiaryRow(date.today(), company, appointment_at=at))

    window.show_area(Area.VISITS)
    page = window.visits_page
    assert page is not None
    plan = page.day_plan
    assert plan.empty.isVisibleTo(window), "today has no visits"
    plan.show_day(tomorrow)
    qtbot.waitUntil(lambda: plan.list.count() == 3, timeout=10000)
    texts = [plan.list.item(i).text() for i in range(3)]
    assert texts[0].startswith("09:00") and "Acme Ltd" in texts[0]
    assert "宁波新星贸易" in texts[1]

    plan.list.setFocus()
    plan.list.setCurrentRow(0)
    qtbot.keyClick(plan.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    window.runner.wait(10000)
    order = _query(
        empty_db,
        "SELECT c.name FROM visit_plans p JOIN customers c ON c.id = p.customer_id "
        "ORDER BY p.itinerary_position",
    )
    assert [r[0] for r in order] == ["宁波新星贸易", "Acme Ltd", "Blue River Trading"]
    plan.reload()
    qtbot.waitUntil(lambda: "宁波新星贸易" in plan.list.item(0).text(), timeout=10000)

    plan.list.setCurrentRow(1)
    qtbot.keyClick(plan.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.visit_windows.windows()) == 1, timeout=10000)
    (opened,) = window.visit_windows.windows()
    ((acme_plan,),) = _query(
        empty_db,
        "SELECT p.id FROM visit_plans p JOIN customers c ON c.id = p.customer_id "
        "WHERE c.name = 'Acme Ltd'",
    )
    assert acme_plan in window.visit_windows._open
    window.runner.wait(10000)
    opened.close()


def test_a_visit_is_planned_from_the_sheet_and_the_weeks_reports_export(
    open_window: OpenWindow,
    empty_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(empty_db)
    workspace = window.workspace
    assert workspace is not None
    saved = workspace.diary.save(DiaryRow(date.today(), "宁波新星贸易", contact="李四"))
    customer_id = workspace.diary.make_prospect(saved.line.id)

    window.open_customer(customer_id)
    (sheet,) = window.sheets.windows()
    qtbot.waitUntil(sheet.visit_action.isEnabled, timeout=10000)
    sheet.visit_action.trigger()
    qtbot.waitUntil(lambda: len(window.visit_windows.windows()) == 1, timeout=10000)
    (visit,) = window.visit_windows.windows()
    window.runner.wait(10000)
    visit.close()
    sheet.close()

    # A finished visit this week, then the week's pack from the day plan.
    plan = workspace.visits.save_plan(
        workspace.visits.new_plan(
            customer_id, at=datetime.combine(date.today(), datetime.min.time())
        )
    )
    assert plan.id is not None
    record = workspace.visits.record_for_plan(plan.id)
    workspace.visits.save_record(
        replace(record, summary="谈了交货期", outcome="初步同意"), finish=True
    )
    window.show_area(Area.VISITS)
    page = window.visits_page
    assert page is not None
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PDF (*.pdf)"))
    )
    page.day_plan.pack_button.click()
    qtbot.waitUntil(target.exists, timeout=20000)
    window.runner.wait(20000)
    text = "".join(pdf_text(target).split())
    assert "宁波新星贸易" in text and "谈了交货期" in text and "初步同意" in text


def test_a_new_visit_on_the_day_shown(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from repdesk.gui.views.customer_picker import VisitPicker

    window = open_window(empty_db)
    workspace = window.workspace
    assert workspace is not None
    saved = workspace.diary.save(DiaryRow(date.today(), "宁波新星贸易"))
    customer_id = workspace.diary.make_prospect(saved.line.id)
    window.show_area(Area.VISITS)
    page = window.visits_page
    assert page is not None
    day = date.today() + timedelta(days=2)
    page.day_plan.show_day(day)

    page.new_button.click()
    qtbot.waitUntil(lambda: window.findChild(VisitPicker, "visitPicker") is not None, timeout=10000)
    picker = window.findChild(VisitPicker, "visitPicker")
    assert picker is not None
    box = picker.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    picker.company.setText("Nowhere Ltd")
    ok.click()
    assert picker.isVisible() and "Choose one of your customers" in picker.problem.text()
    picker.company.setText("宁波新星贸易")
    picker.time.setText("14:30")
    ok.click()
    qtbot.waitUntil(lambda: len(window.visit_windows.windows()) == 1, timeout=10000)
    (visit,) = window.visit_windows.windows()
    qtbot.waitUntil(lambda: visit.plan is not None, timeout=10000)
    assert visit.plan is not None
    assert visit.plan.customer_id == customer_id
    assert visit.plan.appointment_at == datetime.combine(day, datetime.min.time()).replace(
        hour=14, minute=30
    )
    visit.save_action.trigger()
    qtbot.waitUntil(
        lambda: _query(empty_db, "SELECT count(*) FROM visit_plans") == [(1,)], timeout=10000
    )
    window.runner.wait(10000)
    visit.close()


def test_the_checklist_templates_are_edited_for_new_plans(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from repdesk.domain.enums import ChecklistKind
    from repdesk.gui.views.checklist_templates import ChecklistTemplatesDialog

    window = open_window(empty_db)
    workspace = window.workspace
    assert workspace is not None
    window.show_area(Area.VISITS)
    page = window.visits_page
    assert page is not None
    page.checklists_button.click()
    qtbot.waitUntil(
        lambda: window.findChild(ChecklistTemplatesDialog, "checklistTemplates") is not None,
        timeout=10000,
    )
    dialog = window.findChild(ChecklistTemplatesDialog, "checklistTemplates")
    assert dialog is not None
    tools = dialog.lists[ChecklistKind.SALES_TOOLS]
    assert tools.count() == 12 and tools.item(0).text() == "Product catalogue"
    tools.setCurrentRow(6)  # Calculator
    assert tools.currentItem().text() == "Calculator"
    tools.takeItem(6)
    dialog.add_line(ChecklistKind.SALES_TOOLS)
    tools.item(tools.count() - 1).setText("样品")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()
    window.runner.wait(10000)
    qtbot.waitUntil(
        lambda: "样品" in [t.label for t in workspace.visits.templates()], timeout=10000
    )
    labels = [t.label for t in workspace.visits.templates()]
    assert "Calculator" not in labels and "Product catalogue" in labels and len(labels) == 20
