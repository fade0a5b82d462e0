"""The Today page, driven as a rep drives it: on a real demo database file, and on views
made by hand for the edges (a follow-up with no sheet, a holiday, a long list)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QStyle, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from repdesk.domain.areas import Area
from repdesk.domain.enums import (
    DissatisfactionSignal,
    HolidayCode,
    OccasionKind,
    ProspectGrade,
)
from repdesk.domain.today import (
    CareReminder,
    DueFollowUp,
    OpenSignal,
    PlannedVisit,
    QuietProspect,
    TodayView,
)
from repdesk.gui.main_window import MainWindow
from repdesk.gui.settings_dialog import SettingsDialog
from repdesk.gui.views.sheet.window import SheetWindow
from repdesk.gui.views.today import TodayPage, _Panel
from tests.gui.conftest import OpenWindow
from tests.gui.conftest import query as _query

DAY = date(2026, 9, 20)


def _item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(row)
    assert item is not None, row
    return item


def _double_click(qtbot: QtBot, tree: QTreeWidget, row: int) -> None:
    """A double-click on a row's text. QTest's double-click alone sends no press first, and
    item views only activate the row pressed: a click, then the double-click, as a mouse does."""
    item = _item(tree, row)
    tree.scrollToItem(item)
    point = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _click_check_box(qtbot: QtBot, tree: QTreeWidget, row: int) -> None:
    """A click on the row's check box, where the style draws it (left of the first column)."""
    item = _item(tree, row)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, tree)
    point = QPoint(rect.left() + margin + width // 2, rect.center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _row_of(panel: _Panel, record_id: str) -> int:
    return panel.ids.index(record_id)


@pytest.fixture
def sheets(qtbot: QtBot) -> Iterator[list[SheetWindow]]:
    """Sheet windows a test opened: closed here if the test left one open, never by qtbot
    (pytest-qt closes its widgets first, and a sheet may ask whether to save)."""
    opened: list[SheetWindow] = []
    yield opened
    for sheet in opened:
        if isValid(sheet):  # closing the main window closes (and deletes) its sheets
            sheet.sheet = None  # no unsaved-changes question while tearing down
            sheet.close()


def _opened_sheet(qtbot: QtBot, window: MainWindow, opened: list[SheetWindow]) -> SheetWindow:
    qtbot.waitUntil(lambda: len(window.sheets.windows()) == 1, timeout=5000)
    (sheet,) = window.sheets.windows()
    opened.append(sheet)
    qtbot.waitUntil(lambda: sheet.sheet is not None, timeout=10000)
    return sheet


# -- on the demo database ----------------------------------------------------------------


def test_one_click_marks_a_follow_up_done_and_another_undoes_it(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_db)
    panel = window.today_page.follow_ups
    today = date.today().isoformat()
    due_sql = (
        "SELECT count(*) FROM follow_ups WHERE deleted_at IS NULL AND done_at IS NULL "
        "AND due_date <= ?"
    )
    (due,) = _query(demo_db, due_sql, today)[0]
    assert isinstance(due, int) and due > 0
    assert panel.title().startswith(f"Follow-ups due ({due})")
    assert panel.tree.topLevelItemCount() == min(due, 200)
    follow_up_id = panel.ids[0]
    first = _item(panel.tree, 0)
    assert first.checkState(0) == Qt.CheckState.Unchecked
    assert not first.font(0).strikeOut()

    with qtbot.waitSignal(window.today_loaded, timeout=10000):
        _click_check_box(qtbot, panel.tree, 0)
    (done_at,) = _query(demo_db, "SELECT done_at FROM follow_ups WHERE id = ?", follow_up_id)[0]
    assert done_at is not None
    assert panel.title().startswith(f"Follow-ups due ({due - 1})")
    assert "1 done today" in panel.title()
    row = _row_of(panel, follow_up_id)  # still listed, to undo
    item = _item(panel.tree, row)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert all(item.font(c).strikeOut() for c in range(panel.tree.columnCount()))

    with qtbot.waitSignal(window.today_loaded, timeout=10000):
        _click_check_box(qtbot, panel.tree, row)
    assert _query(demo_db, "SELECT done_at FROM follow_ups WHERE id = ?", follow_up_id) == [(None,)]
    assert panel.title().startswith(f"Follow-ups due ({due})")
    assert "done today" not in panel.title()
    item = _item(panel.tree, _row_of(panel, follow_up_id))
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert not item.font(0).strikeOut()


def test_a_signal_opens_its_customers_sheet_on_double_click(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, sheets: list[SheetWindow]
) -> None:
    window = open_window(demo_db)
    panel = window.today_page.signals
    assert panel.tree.topLevelItemCount() > 0
    ((customer_id, name),) = _query(
        demo_db,
        "SELECT c.id, c.name FROM dissatisfaction_signals s JOIN customers c "
        "ON c.id = s.customer_id WHERE s.id = ?",
        panel.ids[0],
    )
    _double_click(qtbot, panel.tree, 0)
    sheet = _opened_sheet(qtbot, window, sheets)
    assert sheet.customer_id == customer_id
    assert sheet.title.text() == name
    sheet.close()
    assert window.sheets.windows() == []


def test_a_prospect_opens_its_sheet_by_double_click_or_enter(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, sheets: list[SheetWindow]
) -> None:
    window = open_window(demo_db)
    panel = window.today_page.no_next_step
    assert panel.tree.topLevelItemCount() > 0
    _double_click(qtbot, panel.tree, 0)
    sheet = _opened_sheet(qtbot, window, sheets)
    assert sheet.customer_id == panel.ids[0]
    assert sheet.title.text() == _item(panel.tree, 0).text(0)
    sheet.close()
    assert window.sheets.windows() == []

    untouched = window.today_page.untouched
    tree = untouched.tree
    last = tree.topLevelItemCount() - 1
    tree.setCurrentItem(_item(tree, last))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    sheet = _opened_sheet(qtbot, window, sheets)
    assert sheet.customer_id == untouched.ids[last]
    sheet.close()
    assert window.sheets.windows() == []


def _untouched_ids(db: Path, day: date, days: int) -> set[str]:
    """Prospects not touched in ``days`` days: no sheet made, diary contact or finished visit
    since then (db/contact_dates.py), worked out here in Python from the source tables."""
    cutoff = day - timedelta(days=days)
    last: dict[str, date] = {}
    touches = (
        _query(
            db,
            "SELECT id, created_at FROM customers WHERE status = 'prospect' AND deleted_at IS NULL",
        )
        + _query(
            db,
            "SELECT customer_id, contact_date FROM diary_entries "
            "WHERE deleted_at IS NULL AND customer_id IS NOT NULL",
        )
        + _query(
            db,
            "SELECT customer_id, visited_at FROM visit_records "
            "WHERE deleted_at IS NULL AND NOT is_draft",
        )
    )
    for customer_id, when in touches:
        on = date.fromisoformat(str(when)[:10])
        last[str(customer_id)] = max(on, last.get(str(customer_id), on))
    prospects = {
        str(r[0])
        for r in _query(
            db, "SELECT id FROM customers WHERE status = 'prospect' AND deleted_at IS NULL"
        )
    }
    return {i for i in prospects if last[i] < cutoff}


def _no_next_step_ids(db: Path) -> set[str]:
    """A-grade prospects with no planned visit and no open follow-up."""
    a_grade = {
        str(r[0])
        for r in _query(
            db,
            "SELECT id FROM customers WHERE status = 'prospect' AND prospect_grade = 'A' "
            "AND deleted_at IS NULL",
        )
    }
    planned = {
        str(r[0])
        for r in _query(
            db,
            "SELECT customer_id FROM visit_plans WHERE deleted_at IS NULL "
            "AND status = 'planned' AND appointment_at IS NOT NULL",
        )
    }
    following = {
        str(r[0])
        for r in _query(
            db,
            "SELECT customer_id FROM follow_ups WHERE deleted_at IS NULL AND done_at IS NULL "
            "AND customer_id IS NOT NULL",
        )
    }
    return a_grade - planned - following


def _check_listed(panel: _Panel, expected: set[str]) -> None:
    assert panel.tree.topLevelItemCount() == min(len(expected), 200)
    assert set(panel.ids) <= expected
    if len(expected) <= 200:
        assert set(panel.ids) == expected


def test_the_prospect_lists_hold_what_the_database_holds(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_db)
    page = window.today_page
    today = date.today()

    untouched = _untouched_ids(demo_db, today, 30)
    assert untouched, "the demo book has prospects not touched for 30 days"
    assert page.untouched.title() == f"Prospects not touched for 30 days ({len(untouched)})"
    _check_listed(page.untouched, untouched)
    grades = {_item(page.untouched.tree, r).text(1) for r in range(len(page.untouched.ids))}
    assert grades <= {"A", "B", "C", "D", ""}
    last_contact = [_item(page.untouched.tree, r).text(2) for r in range(len(page.untouched.ids))]
    assert all(
        text == "Never" or text < (today - timedelta(30)).isoformat() for text in last_contact
    )

    no_next_step = _no_next_step_ids(demo_db)
    assert no_next_step, "the demo book has A-grade prospects with nothing planned"
    assert page.no_next_step.title() == (
        f"A-grade prospects without a next step ({len(no_next_step)})"
    )
    _check_listed(page.no_next_step, no_next_step)
    assert {_item(page.no_next_step.tree, r).text(1) for r in range(len(no_next_step))} == {"A"}

    # Another number of days in Settings: Today follows it at once.
    window.action_registry["settings"].trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    dialog.stale_days.setValue(90)
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() in ("OK", "&OK"))
    with qtbot.waitSignal(window.today_loaded, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    longer = _untouched_ids(demo_db, today, 90)
    assert page.untouched.title() == f"Prospects not touched for 90 days ({len(longer)})"
    _check_listed(page.untouched, longer)


def test_an_empty_database_says_so_in_every_list(open_window: OpenWindow, empty_db: Path) -> None:
    window = open_window(empty_db)
    page = window.today_page
    expected = {
        "visits": "No visits planned for today.",
        "follow_ups": "No follow-ups due. Well done.",
        "care": "No birthdays or holidays to prepare for in the next 14 days.",
        "signals": "No open dissatisfaction signals.",
        "untouched": "No prospect has gone 30 days without a contact.",
        "no_next_step": "No A-grade prospect is without a next step.",
    }
    for name, text in expected.items():
        panel: _Panel = getattr(page, name)
        assert panel.empty.text() == text, name
        assert panel.empty.isVisibleTo(window) and not panel.tree.isVisibleTo(window), name
        assert "(0)" in panel.title(), name
        assert not panel.more.isVisibleTo(window), name


def test_visits_and_diary_rows_are_shown_in_their_areas(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_db)
    ((plan_id,),) = _query(
        demo_db, "SELECT id FROM visit_plans WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1"
    )
    window.today_page.visit_requested.emit(str(plan_id))
    assert window.current_area() == Area.VISITS
    visits = window.list_page(Area.VISITS)
    qtbot.waitUntil(lambda: visits.current_id() == plan_id, timeout=10000)

    window.show_area(Area.TODAY)
    ((entry_id, contact_date),) = _query(
        demo_db,
        "SELECT id, contact_date FROM diary_entries WHERE deleted_at IS NULL "
        "ORDER BY contact_date LIMIT 1",
    )
    window.today_page.diary_entry_requested.emit(str(entry_id))
    assert window.current_area() == Area.DIARY
    diary = window.diary_page
    assert diary is not None
    qtbot.waitUntil(
        lambda: (line := diary.selected_line()) is not None and line.id == entry_id,
        timeout=10000,
    )
    first, last = diary.span()
    assert first <= date.fromisoformat(str(contact_date)) <= last


# -- on views made by hand -----------------------------------------------------------------


def _view() -> TodayView:
    at = datetime.combine(DAY, datetime.min.time())
    return TodayView(
        day=DAY,
        visits=[
            PlannedVisit("plan-1", "cust-1", "深圳华信电子有限公司", at.replace(hour=9), "初访", "")
        ],
        follow_ups=[
            DueFollowUp(
                "fu-1", None, "宁波新星贸易", "寄样品", DAY - timedelta(2), True, False, "row-1"
            ),
            DueFollowUp("fu-2", "cust-2", "Acme Ltd", "call", DAY, False, True),
        ],
        follow_ups_total=1,
        care=[
            CareReminder(
                "occ-1",
                "person-1",
                "王芳",
                "深圳华信电子有限公司",
                OccasionKind.HOLIDAY,
                "",
                date(2026, 9, 25),
                "送月饼券",
                "cust-1",
                HolidayCode.MID_AUTUMN,
            )
        ],
        signals=[
            OpenSignal("sig-1", "cust-2", "Acme Ltd", DissatisfactionSignal.NEW_STRATEGY, DAY, "")
        ],
        signals_total=1,
        untouched=[
            QuietProspect(f"p-{i}", f"Prospect {i}", ProspectGrade.C, None) for i in range(3)
        ],
        untouched_total=250,
        untouched_days=45,
        no_next_step=[
            QuietProspect("p-a", "A Prospect " + "very long name " * 20, ProspectGrade.A, DAY)
        ],
        no_next_step_total=1,
    )


@pytest.fixture
def page(qtbot: QtBot) -> TodayPage:
    page = TodayPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show_view(_view())
    page.show()
    qtbot.waitExposed(page)
    return page


def _activate(qtbot: QtBot, panel: _Panel, row: int) -> None:
    tree = panel.tree
    tree.setCurrentItem(_item(tree, row))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_every_row_says_where_it_is_handled(page: TodayPage, qtbot: QtBot) -> None:
    opened: list[tuple[str, str]] = []
    page.customer_requested.connect(lambda i: opened.append(("customer", i)))
    page.visit_requested.connect(lambda i: opened.append(("visit", i)))
    page.diary_entry_requested.connect(lambda i: opened.append(("diary", i)))

    _activate(qtbot, page.visits, 0)
    assert opened == [("visit", "plan-1"), ("customer", "cust-1")]  # the sheet comes last
    opened.clear()
    _activate(qtbot, page.follow_ups, 0)  # from a diary row with no sheet yet
    _activate(qtbot, page.follow_ups, 1)
    _activate(qtbot, page.care, 0)
    _activate(qtbot, page.signals, 0)
    _activate(qtbot, page.untouched, 2)
    _activate(qtbot, page.no_next_step, 0)
    assert opened == [
        ("diary", "row-1"),
        ("customer", "cust-2"),
        ("customer", "cust-1"),
        ("customer", "cust-2"),
        ("customer", "p-2"),
        ("customer", "p-a"),
    ]
    for panel in page.panels.all():
        assert "Double-click" in panel.tree.toolTip()
        assert "Double-click" in _item(panel.tree, 0).toolTip(0)


def test_what_each_list_shows(page: TodayPage, qtbot: QtBot) -> None:
    care = _item(page.care.tree, 0)
    assert [care.text(c) for c in range(4)] == [
        "2026-09-25",
        "王芳 · 深圳华信电子有限公司",
        "Mid-Autumn Festival",
        "送月饼券",
    ]
    assert page.untouched.title() == "Prospects not touched for 45 days (250)"
    assert _item(page.untouched.tree, 0).text(2) == "Never"
    assert page.untouched.more.isVisible()
    assert page.untouched.more.text() == "The first 3 are listed."
    assert _item(page.no_next_step.tree, 0).text(2) == DAY.isoformat()
    assert not page.no_next_step.more.isVisible()

    title = page.follow_ups.title()
    assert title == "Follow-ups due (1), 1 overdue, 1 done today"
    done = _item(page.follow_ups.tree, 1)
    assert done.checkState(0) == Qt.CheckState.Checked and done.font(1).strikeOut()

    # Long texts are elided to fit: no list scrolls sideways.
    for panel in page.panels.all():
        tree = panel.tree
        if tree.isVisible():
            widths = sum(tree.columnWidth(c) for c in range(tree.columnCount()))
            assert widths <= tree.viewport().width() + 1, panel.title()
            assert not tree.horizontalScrollBar().isVisible()


def test_ticking_a_follow_up_says_so_once(page: TodayPage, qtbot: QtBot) -> None:
    toggled: list[tuple[str, bool]] = []
    page.follow_up_toggled.connect(lambda i, d: toggled.append((i, d)))
    tree = page.follow_ups.tree
    _click_check_box(qtbot, tree, 0)
    assert toggled == [("fu-1", True)]
    assert _item(tree, 0).font(2).strikeOut()  # at once, before the database answers
    _click_check_box(qtbot, tree, 1)
    assert toggled == [("fu-1", True), ("fu-2", False)]
    assert not _item(tree, 1).font(2).strikeOut()
    # A reload (the same rows) fires nothing by itself.
    page.show_view(_view())
    assert len(toggled) == 2
