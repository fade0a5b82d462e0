"""The prospect diary page, typed as a rep types it, on a real database file.

Everything the page writes is read back with the standard library's sqlite3,
not through the application. Appointments are relative to the real today
(Today shows ``date.today()``); where "now" matters, the diary service's
clock is set to the start of today so that no appointment later today is in
the past, whatever time the suite runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.diary import DiaryPeriod
from repdesk.gui.main_window import MainWindow
from repdesk.gui.views.diary.model import DONE_COLUMN
from repdesk.gui.views.diary.page import DiaryAreaPage
from tests.gui.conftest import OpenWindow, Questions, commit_text
from tests.gui.conftest import query as _query

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


# --- reading the file back ---------------------------------------------------------------


def _count(db: Path, table: str, where: str = "deleted_at IS NULL") -> int:
    value = _query(db, f"SELECT count(*) FROM {table} WHERE {where}")[0][0]
    assert isinstance(value, int)
    return value


def _counts(db: Path) -> dict[str, int]:
    return {
        table: _count(db, table)
        for table in ("diary_entries", "visit_plans", "follow_ups", "customers")
    }


# --- driving the window ----------------------------------------------------------------


class Diary:
    """The window on the Diary page, and the keys a rep presses."""

    def __init__(self, window: MainWindow, page: DiaryAreaPage, db: Path, qtbot: QtBot) -> None:
        self.window, self.page, self.db, self.qtbot = window, page, db, qtbot

    def settle(self) -> None:
        """Wait until the worker has delivered every result (and what those started)."""
        self.qtbot.waitUntil(lambda: not self.window.runner.busy, timeout=15000)

    def focus(self) -> QWidget:
        # Keys go where a real keyboard sends them: to an open popup (a completer's
        # list), otherwise to the focus widget.
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        if isinstance(self.focus(), QComboBox):
            # A list picks by the letters typed within the keyboard interval; a rep takes
            # longer than that between two rows' lead sources, the test has to wait.
            self.qtbot.wait(QApplication.keyboardInputInterval() + 50)
        if text.isascii():
            for char in text:
                self.qtbot.keyClick(self.focus(), char)
                self._flush()
        else:
            commit_text(self.focus(), text)  # Chinese comes from the input method
            self._flush()

    @staticmethod
    def _flush() -> None:
        # The offscreen platform activates a completion list as it opens; handled now, Qt
        # ignores it (the list is a popup), as a desktop does. Left for later, it would
        # activate the list after it closed and leave the window with no focus widget.
        QApplication.processEvents()

    def key(self, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self._flush()

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Key.Key_Tab)

    def tab_to(self, widget: QWidget, back: bool = True) -> None:
        """Shift+Tab (or Tab) until ``widget`` has the focus, as a rep walks the page."""
        for _ in range(40):
            if QApplication.focusWidget() is widget:
                return
            if back:
                self.key(Key.Key_Backtab, SHIFT)
            else:
                self.key(Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget!r}")

    def enter_row(self, *cells: str) -> None:
        """Type one row from Company on: a cell per column, "" to Tab past it, then Enter.

        The columns after Company: contact, lead source (its first letters pick it),
        phone, appointment, visit result, follow-up action, due, notes.
        """
        assert self.focus() is self.page.form.company.edit
        for index, text in enumerate(cells):
            if index:
                self.tab()
            if text:
                self.type(text)
        self.key(Key.Key_Return)
        self.settle()
        assert not self.page.form.dirty, "the row was not saved"
        assert QApplication.focusWidget() is self.page.form.company.edit
        saved = self.page.selected_line()  # the new row, selected in its period
        assert saved is not None and saved.row.company == cells[0]

    def to_table(self) -> None:
        self.tab_to(self.page.table)

    def select_row(self, company: str) -> None:
        """Move the table's current row to ``company``'s with the arrow keys."""
        self.to_table()
        companies = [line.row.company for line in self.page.model.lines]
        target = companies.index(company)
        self.key(Key.Key_Home, CTRL)
        for _ in range(target):
            self.key(Key.Key_Down)
        line = self.page.selected_line()
        assert line is not None and line.row.company == company

    def line(self, company: str) -> int:
        return [line.row.company for line in self.page.model.lines].index(company)


@pytest.fixture
def diary_on(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, questions: Questions
) -> Iterator[Callable[[Path], Diary]]:
    opened: list[Diary] = []

    def start(db: Path) -> Diary:
        window = open_window(db)
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.keyClick(window, Key.Key_3, CTRL)  # Prospect diary
        page = window.diary_page
        assert page is not None and window.current_area() is Area.DIARY
        assert window.workspace is not None
        # No appointment later today is "in the past", whatever time the suite runs.
        midnight = datetime.combine(date.today(), time.min)
        monkeypatch.setattr(window.workspace.diary, "_now", lambda: midnight)
        diary = Diary(window, page, db, qtbot)
        diary.settle()
        opened.append(diary)
        return diary

    yield start
    for diary in opened:
        diary.window.runner.wait(15000)


@pytest.fixture
def diary(diary_on: Callable[[Path], Diary], empty_db: Path) -> Diary:
    return diary_on(empty_db)


def _top(form: QWidget, widget: QWidget) -> int:
    return widget.mapTo(form, widget.rect().topLeft()).y()


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


# --- the acceptance check ---------------------------------------------------------------


def test_a_new_rep_logs_ten_contacts_with_the_keyboard_only(diary: Diary) -> None:
    """Ten contacts typed with keyClicks, Tab and Enter; one row becomes a prospect sheet;
    an appointment appears in Visits and on Today on its day."""
    page, db, today = diary.page, diary.db, date.today()
    assert page.empty.isVisible()
    assert "No contacts in this period" in page.empty.text()
    # Ctrl+3 leaves the cursor in the sidebar; Tab walks on to the entry row.
    diary.tab_to(page.form.company.edit, back=False)
    assert page.form.contact_date.edit.text() == today.isoformat()

    # Cells: company, contact, lead source, phone, appointment, result, follow-up, due, notes.
    diary.enter_row("Acme Trading", "John Smith", "Cold", "020 1234 5678", "23:30",
                    "agreed in principle", "mail the brochure", "+3")  # fmt: skip
    diary.enter_row("华信电子", "王伟", "Fri", "13800138000", "", "初步同意", "电话联系", "+1")
    diary.enter_row("Blue River Ltd", "Mary Jones", "Yel", "", "+2 10:00", "wants a demo")
    diary.enter_row("Northwind", "", "", "", "", "not interested")
    diary.enter_row("明达科技", "李娜", "New", "0755 8888 1234", "", "", "寄样品", _day(5),
                    "母亲节送她一束鲜花")  # fmt: skip
    diary.enter_row("Contoso", "Ann Lee", "Dir", "", "", "call back in spring")
    diary.enter_row("Fabrikam", "Tom Hill", "E-c", "", "+3 15:00", "", "bring samples", "+2")
    diary.enter_row("长城贸易", "赵强", "Arch", "", "", "初步同意")
    # A second contact at a known company: its name completes from the sheet the first
    # appointment made, and picking it fills the phone and lead source in.
    completer = page.form.company.edit.completer()
    popup = completer.popup() if completer is not None else None
    assert popup is not None
    diary.type("Acme")
    diary.qtbot.waitUntil(popup.isVisible, timeout=5000)
    diary.key(Key.Key_Down)
    diary.key(Key.Key_Return)  # picks "Acme Trading" from the list
    assert page.form.company.edit.text() == "Acme Trading"
    assert page.form.phone.edit.text() == "020 1234 5678"
    assert page.form.lead_source.combo.currentText() == "Cold visit"
    diary.settle()  # its people, for the contact column
    diary.tab()
    diary.type("Sue")
    diary.tab(4)  # lead source, phone, appointment: already right or empty
    diary.type("quote next week")
    diary.key(Key.Key_Return)
    diary.settle()
    assert not page.form.dirty and QApplication.focusWidget() is page.form.company.edit
    diary.enter_row("Tailspin Toys", "Raj Patel", "Cust", "", "", "agreed in principle")

    assert page.model.rowCount() == 10
    assert "10 contact(s)" in page.count.text()
    assert not page.empty.isVisible()
    # Every column on screen, the follow-up's and the done box's too (long texts elided).
    table = page.table
    widths = [table.columnWidth(c) for c in range(page.model.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
    assert table.horizontalScrollBar().maximum() == 0
    # The appointment's box shows a whole date and time.
    edit = page.form.appointment.edit
    assert edit.width() > edit.fontMetrics().horizontalAdvance("2026-11-25 10:30") + 8
    assert _count(db, "diary_entries") == 10
    assert _query(db, "SELECT count(DISTINCT contact_date) FROM diary_entries") == [(1,)]
    # Appointments became planned visits; each new company with one, a prospect sheet.
    assert _count(db, "visit_plans") == 3
    assert _count(db, "customers") == 3
    assert _count(db, "follow_ups") == 4
    assert _query(db, "SELECT due_date FROM follow_ups WHERE action = 'mail the brochure'") == [
        ((today + timedelta(days=3)).isoformat(),)
    ]
    assert _query(
        db,
        "SELECT d.phone, l.code, d.notes FROM diary_entries d "
        "JOIN lead_sources l ON l.id = d.lead_source_id WHERE d.company_name = '明达科技'",
    ) == [("0755 8888 1234", "newspaper", "母亲节送她一束鲜花")]
    # The second Acme row is linked to the Acme sheet, not a sheet of its own.
    acme = _query(db, "SELECT id FROM customers WHERE name = 'Acme Trading'")
    assert len(acme) == 1
    assert _query(db, "SELECT count(*) FROM diary_entries WHERE customer_id = ?", acme[0][0]) == [
        (2,)
    ]

    # One row becomes a prospect sheet: to the table, down to 华信电子, Ctrl+Shift+P.
    diary.select_row("华信电子")
    diary.key(Key.Key_P, CTRL | SHIFT)
    diary.settle()
    assert _count(db, "customers") == 4
    made = _query(
        db,
        "SELECT c.status, c.phone, p.name, f.customer_id = c.id FROM customers c "
        "JOIN diary_entries d ON d.customer_id = c.id "
        "JOIN people p ON p.id = d.person_id "
        "JOIN follow_ups f ON f.diary_entry_id = d.id WHERE c.name = '华信电子'",
    )
    assert made == [("prospect", "13800138000", "王伟", 1)]
    sheets = diary.window.sheets.windows()
    assert len(sheets) == 1  # the new sheet opened for the rep to fill in
    diary.qtbot.waitUntil(lambda: sheets[0].title.text() == "华信电子", timeout=10000)
    line = page.model.lines[diary.line("华信电子")]
    assert line.row.customer_id is not None
    assert page.model.index(diary.line("华信电子"), 1).data(Qt.ItemDataRole.FontRole).underline()
    sheets[0].close()
    diary.window.activateWindow()  # as the window manager does when the sheet closes
    diary.qtbot.waitUntil(lambda: QApplication.activeWindow() is diary.window)

    # The appointment at 23:30 is a visit today: on Today, and in Visits.
    diary.qtbot.waitUntil(
        lambda: diary.window.today_page.visits.tree.topLevelItemCount() == 1, timeout=10000
    )
    item = diary.window.today_page.visits.tree.topLevelItem(0)
    assert item is not None and (item.text(0), item.text(1)) == ("23:30", "Acme Trading")
    diary.key(Key.Key_4, CTRL)
    visits = diary.window.list_page(Area.VISITS)
    diary.qtbot.waitUntil(lambda: visits.has_loaded and visits.model.rowCount() == 3)
    shown = {
        (visits.model.index(r, 0).data(), visits.model.index(r, 1).data())
        for r in range(visits.model.rowCount())
    }
    in_two_days = (today + timedelta(days=2)).isoformat()
    assert any(c == "Blue River Ltd" and in_two_days in str(at) for at, c in shown), shown
    # ... and on Today on its own day, two days from now.
    assert diary.window.workspace is not None
    workspace = diary.window.workspace
    days: list[object] = []
    diary.window.runner.run(lambda: workspace.today(today + timedelta(days=2)), days.append)
    diary.settle()
    assert [v.customer_name for v in days[0].visits] == ["Blue River Ltd"]  # type: ignore[attr-defined]
    diary.key(Key.Key_3, CTRL)


# --- what the entry row guards against ----------------------------------------------------


def test_an_empty_company_is_shown_beside_the_field_and_nothing_is_written(
    diary: Diary,
) -> None:
    page, form = diary.page, diary.page.form
    diary.tab_to(form.company.edit, back=False)
    diary.tab()
    diary.type("Li Lei")
    diary.tab(4)
    diary.type("agreed in principle")
    diary.key(Key.Key_Return)
    diary.settle()
    assert form.company.error.isVisible()
    assert form.company.error.text() == "This cannot be empty."
    # Beside the field: in the company's own cell, right under its box.
    assert form.company.error.parentWidget() is form.company.edit.parentWidget()
    assert form.company.error.geometry().top() >= form.company.edit.geometry().bottom()
    assert QApplication.focusWidget() is form.company.edit  # the cursor goes where to fix
    # The problem line does not push the company's box out of line with its neighbours'.
    tops = {_top(form, field.edit) for field in (form.contact_date, form.company, form.phone)}
    assert len(tops) == 1, tops
    assert not form.contact.error.isVisible()
    assert form.visit_result.edit.text() == "agreed in principle"  # the typing is kept
    assert _counts(diary.db) == dict.fromkeys(_counts(diary.db), 0)
    assert _count(diary.db, "diary_entries", "1") == 0

    # A follow-up needs its due date (and a wrong date says so), then it saves.
    diary.type("Han Mei Ltd")
    diary.tab(6)
    diary.type("send the price list")
    diary.tab()
    diary.type("next week")
    diary.key(Key.Key_Return)
    diary.settle()
    assert not form.company.error.isVisible()
    assert form.follow_up_due.error.isVisible()
    assert _count(diary.db, "diary_entries", "1") == 0
    diary.key(Key.Key_A, CTRL)
    diary.type("+3")
    diary.key(Key.Key_Return)
    diary.settle()
    assert not form.follow_up_due.error.isVisible()
    assert _query(
        diary.db,
        "SELECT d.company_name, d.contact_name, d.visit_result, f.action, f.due_date "
        "FROM diary_entries d JOIN follow_ups f ON f.diary_entry_id = d.id",
    ) == [
        (
            "Han Mei Ltd",
            "Li Lei",
            "agreed in principle",
            "send the price list",
            (date.today() + timedelta(days=3)).isoformat(),
        )
    ]
    assert page.model.rowCount() == 1


def test_esc_clears_the_entry_row(diary: Diary) -> None:
    form = diary.page.form
    diary.tab_to(form.company.edit, back=False)
    diary.type("Half typed")
    diary.tab()
    diary.type("Someone")
    assert form.dirty
    diary.key(Key.Key_Escape)
    assert not form.dirty
    assert form.company.edit.text() == "" and form.contact.edit.text() == ""
    assert QApplication.focusWidget() is form.company.edit
    assert _count(diary.db, "diary_entries", "1") == 0


def test_a_past_appointment_asks_first(diary: Diary, questions: Questions) -> None:
    form, db = diary.page.form, diary.db
    yesterday = _day(-1)
    diary.tab_to(form.company.edit, back=False)
    diary.type("Old Appointment Co")
    diary.tab(4)
    diary.type(f"{yesterday} 10:00")
    asked = questions.answer(QMessageBox.StandardButton.Cancel)
    diary.key(Key.Key_Return)
    diary.settle()
    assert [name for name, _ in asked] == ["pastAppointment"]
    assert f"{yesterday} 10:00" in asked[0][1] and "in the past" in asked[0][1]
    # Cancel: nothing written, the typing kept, the cursor on the appointment to correct it.
    assert _counts(db) == dict.fromkeys(_counts(db), 0)
    assert form.company.edit.text() == "Old Appointment Co"
    assert QApplication.focusWidget() is form.appointment.edit

    questions.answer(QMessageBox.StandardButton.Save)
    diary.key(Key.Key_Return)
    diary.settle()
    assert len(asked) == 2 and asked[1][0] == "pastAppointment"
    assert _counts(db) == {"diary_entries": 1, "visit_plans": 1, "follow_ups": 0, "customers": 1}
    assert _query(db, "SELECT appointment_at FROM visit_plans") == [
        (f"{yesterday} 10:00:00.000000",)
    ]
    assert not form.dirty
    # An appointment later today is not in the past: no question.
    diary.type("Later Today Co")
    diary.tab(4)
    diary.type("23:45")
    diary.key(Key.Key_Return)
    diary.settle()
    assert len(asked) == 2
    assert _count(db, "visit_plans") == 2


def test_a_clash_is_shown_under_the_fields(diary: Diary) -> None:
    form, db = diary.page.form, diary.db
    diary.tab_to(form.company.edit, back=False)
    diary.enter_row("First Visit Co", "", "", "", "+2 10:00")
    diary.type("Second Visit Co")
    diary.tab(4)
    diary.type("+2 10:30")
    diary.qtbot.waitUntil(lambda: form.clash.isVisible(), timeout=5000)
    at = f"{_day(2)} 10:00"
    assert form.clash.text() == f"Close to another appointment: {at} First Visit Co"
    # Under the fields, above the buttons.
    below = form.clash.mapTo(form, form.clash.rect().topLeft()).y()
    assert below > form.appointment.edit.mapTo(form, form.appointment.edit.rect().bottomLeft()).y()
    assert below < form.save_button.mapTo(form, form.save_button.rect().topLeft()).y()
    # An hour apart is no clash.
    diary.key(Key.Key_A, CTRL)
    diary.type("+2 11:00")
    diary.qtbot.waitUntil(lambda: not form.clash.isVisible(), timeout=5000)
    # A clash warns, it does not forbid: the rep may mean it.
    diary.key(Key.Key_A, CTRL)
    diary.type("+2 10:45")
    diary.qtbot.waitUntil(lambda: form.clash.isVisible(), timeout=5000)
    diary.key(Key.Key_Return)
    diary.settle()
    assert not form.clash.isVisible()
    assert _count(db, "visit_plans") == 2
    # Editing a row: its own appointment is no clash with itself.
    diary.select_row("Second Visit Co")
    diary.key(Key.Key_Return)
    assert form.editing is not None and form.company.edit.text() == "Second Visit Co"
    diary.tab(4)
    diary.key(Key.Key_A, CTRL)
    diary.type("+2 10:15")  # 15 minutes from First Visit Co, 30 from its own 10:45
    diary.qtbot.waitUntil(lambda: form.clash.isVisible(), timeout=5000)
    assert form.clash.text() == f"Close to another appointment: {at} First Visit Co"
    diary.key(Key.Key_A, CTRL)
    diary.type("+2 11:30")  # 90 minutes from First Visit Co, 45 from its own 10:45
    diary.qtbot.waitUntil(lambda: not diary.page._clash_timer.isActive(), timeout=3000)
    diary.settle()
    assert not form.clash.isVisible()
    diary.key(Key.Key_Escape)


# --- the table ------------------------------------------------------------------------------


def test_a_follow_up_is_marked_done_in_the_table(diary: Diary) -> None:
    page, db = diary.page, diary.db
    diary.tab_to(page.form.company.edit, back=False)
    diary.enter_row("Done Co", "", "", "", "", "", "phone again", "+3")
    diary.enter_row("No Follow-up Co")
    diary.select_row("Done Co")
    row = diary.line("Done Co")
    assert page.model.index(row, DONE_COLUMN).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    diary.key(Key.Key_D, CTRL)
    diary.settle()
    assert _query(db, "SELECT done_at IS NOT NULL FROM follow_ups") == [(1,)]
    assert (
        page.model.index(diary.line("Done Co"), DONE_COLUMN).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert page.selected_line() is not None and page.selected_line().row.company == "Done Co"  # type: ignore[union-attr]
    # Open follow-ups only: the done one is gone.
    page.open_only.setChecked(True)
    diary.settle()
    assert page.model.rowCount() == 0
    page.open_only.setChecked(False)
    diary.settle()
    diary.select_row("Done Co")
    diary.key(Key.Key_D, CTRL)  # and back
    diary.settle()
    assert _query(db, "SELECT done_at IS NULL FROM follow_ups") == [(1,)]
    # A row without a follow-up has nothing to tick.
    diary.select_row("No Follow-up Co")
    diary.key(Key.Key_D, CTRL)
    diary.settle()
    assert (
        page.model.index(diary.line("No Follow-up Co"), DONE_COLUMN).data(
            Qt.ItemDataRole.CheckStateRole
        )
        is None
    )
    assert _count(db, "follow_ups") == 1


def test_delete_and_ctrl_z_bring_the_row_back(diary: Diary) -> None:
    page, db = diary.page, diary.db
    diary.tab_to(page.form.company.edit, back=False)
    diary.enter_row("Keep Co")
    diary.enter_row("Gone Co", "Ann", "", "", "+1 09:00", "", "call", "+2")
    before = _counts(db)
    assert before == {"diary_entries": 2, "visit_plans": 1, "follow_ups": 1, "customers": 1}
    diary.select_row("Gone Co")
    diary.key(Key.Key_Delete)
    diary.settle()
    assert [line.row.company for line in page.model.lines] == ["Keep Co"]
    # Soft-deleted with what it led to; the prospect sheet stays.
    assert _counts(db) == {"diary_entries": 1, "visit_plans": 0, "follow_ups": 0, "customers": 1}
    assert "Ctrl+Z" in diary.window.statusBar().currentMessage()
    diary.key(Key.Key_Z, CTRL)
    diary.settle()
    assert _counts(db) == before
    assert [line.row.company for line in page.model.lines] == ["Keep Co", "Gone Co"]
    line = page.selected_line()
    assert line is not None and line.row.company == "Gone Co"
    assert line.visit_plan_id is not None and line.follow_up_id is not None
    assert not page.undo_action.isEnabled()

    # Ctrl+Z is also Edit > Undo delete (of a customer sheet): in the diary's table, after
    # a row was deleted, it brings the row back and leaves the customer alone.
    window_undo = diary.window.action_registry["undo_delete"]
    window_undo.setEnabled(True)  # as after deleting a customer from its sheet
    undone: list[bool] = []
    window_undo.triggered.connect(lambda: undone.append(True))
    diary.key(Key.Key_Delete)
    diary.settle()
    assert _count(db, "diary_entries") == 1
    diary.key(Key.Key_Z, CTRL)
    diary.settle()
    assert _counts(db) == before
    assert not undone
    window_undo.setEnabled(False)


def _enter_dated(diary: Diary, day: date, *cells: str) -> None:
    """Shift+Tab back to First contact, type its date over today's, Tab on, then the row."""
    diary.key(Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is diary.page.form.contact_date.edit
    diary.key(Key.Key_A, CTRL)
    diary.type(day.isoformat())
    diary.tab()
    diary.enter_row(*cells)


def test_day_week_and_month_with_the_arrows_and_filters(diary: Diary) -> None:
    page = diary.page
    wednesday = date(2026, 11, 18)  # a fixed week: Monday 16 to Sunday 22 November
    diary.tab_to(page.form.company.edit, back=False)
    _enter_dated(diary, wednesday, "Wednesday Co", "", "Cold", "", "", "agreed in principle")
    # The row moves the page to its week; the next row keeps the date.
    assert page.form.contact_date.edit.text() == "2026-11-18"
    diary.enter_row("Same Day Co", "", "Fri", "", "", "not interested", "call", "2026-11-25")
    _enter_dated(diary, date(2026, 11, 16), "Monday Co", "", "Cold", "", "", "Agreed, with a quote")
    _enter_dated(diary, date(2026, 11, 10), "Last Week Co", "", "", "", "", "agreed")
    _enter_dated(diary, date(2026, 10, 30), "October Co")
    diary.key(Key.Key_Escape)

    def shown() -> list[str]:
        return [line.row.company for line in page.model.lines]

    def click(text: str) -> None:
        button = next(b for b in page.period_buttons.buttons() if b.text() == text)
        diary.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        diary.settle()

    # Saving October Co moved the page to its week.
    assert page.period is DiaryPeriod.WEEK and shown() == ["October Co"]
    page.show_day(wednesday)
    diary.settle()
    assert shown() == ["Monday Co", "Wednesday Co", "Same Day Co"]
    assert page.period_label.text() == "2026-11-16 – 2026-11-22  (week 2026-W47)"
    assert "3 contact(s)" in page.count.text()
    click("Day")
    assert shown() == ["Wednesday Co", "Same Day Co"]
    assert page.period_label.text() == "2026-11-18"
    diary.qtbot.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    diary.settle()
    assert shown() == [] and page.empty.isVisible() and page.period_label.text() == "2026-11-17"
    click("Month")
    assert shown() == ["Last Week Co", "Monday Co", "Wednesday Co", "Same Day Co"]
    assert page.period_label.text() == "2026-11-01 – 2026-11-30"
    diary.to_table()
    diary.key(Key.Key_Left, ALT)  # the previous month, from the keyboard
    diary.settle()
    assert shown() == ["October Co"]
    diary.key(Key.Key_Right, ALT)
    diary.settle()
    assert len(shown()) == 4
    assert not page.empty.isVisible()

    # Filters: a lead source, a result's words, open follow-ups only.
    page.source_filter.setCurrentIndex(page.source_filter.findText("Cold visit"))
    diary.settle()
    assert shown() == ["Monday Co", "Wednesday Co"]
    page.result_filter.setFocus()
    diary.type("AGREED")
    diary.qtbot.waitUntil(lambda: shown() == ["Monday Co", "Wednesday Co"], timeout=3000)
    diary.key(Key.Key_A, CTRL)
    diary.type("quote")
    diary.qtbot.waitUntil(lambda: shown() == ["Monday Co"], timeout=3000)
    page.source_filter.setCurrentIndex(0)
    diary.settle()
    assert shown() == ["Monday Co"]
    page.result_filter.clear()
    diary.qtbot.waitUntil(lambda: len(shown()) == 4, timeout=3000)
    page.open_only.setChecked(True)
    diary.settle()
    assert shown() == ["Same Day Co"]
    page.open_only.setChecked(False)
    diary.settle()
    # The printed page follows what is shown.
    click("Week")
    page.show_day(wednesday)
    diary.settle()
    printed = page.printed_page()()
    assert (printed.first, printed.last) == (date(2026, 11, 16), date(2026, 11, 22))
    assert [line.row.company for line in printed.lines] == shown()


def test_unsaved_typing_is_kept_when_editing_another_row(
    diary: Diary, questions: Questions
) -> None:
    form, db = diary.page.form, diary.db
    diary.tab_to(form.company.edit, back=False)
    diary.enter_row("Alpha Co", "", "", "", "", "first result")
    diary.enter_row("Beta Co", "", "", "", "", "second result")
    diary.type("Unsaved Co")
    asked = questions.answer(QMessageBox.StandardButton.Cancel)
    diary.select_row("Alpha Co")
    diary.key(Key.Key_Return)  # edit the row: the typing would be lost
    assert [name for name, _ in asked] == ["unsavedDiaryRow"]
    assert form.company.edit.text() == "Unsaved Co" and form.editing is None
    assert _count(db, "diary_entries") == 2

    questions.answer(QMessageBox.StandardButton.Discard)
    diary.key(Key.Key_Return)
    assert len(asked) == 2
    assert form.editing is not None and form.company.edit.text() == "Alpha Co"
    assert QApplication.focusWidget() is form.company.edit
    assert _query(db, "SELECT count(*) FROM diary_entries WHERE company_name = 'Unsaved Co'") == [
        (0,)
    ]

    # Change Alpha's result, then ask for Beta: Save writes Alpha, and Beta is in the row.
    diary.tab(5)
    diary.key(Key.Key_A, CTRL)
    diary.type("changed result")
    questions.answer(QMessageBox.StandardButton.Save)
    diary.select_row("Beta Co")
    diary.key(Key.Key_Return)
    diary.settle()
    assert len(asked) == 3
    assert _query(db, "SELECT visit_result FROM diary_entries WHERE company_name = 'Alpha Co'") == [
        ("changed result",)
    ]
    assert form.editing is not None and form.editing.company == "Beta Co"
    assert form.company.edit.text() == "Beta Co"
    assert form.visit_result.edit.text() == "second result"
    assert form.isEnabled()
    # Enter saves the edit in place (no new row), Esc ends an edit.
    diary.tab_to(form.visit_result.edit, back=False)
    diary.key(Key.Key_A, CTRL)
    diary.type("second, changed")
    diary.key(Key.Key_Return)
    diary.settle()
    assert _count(db, "diary_entries") == 2
    assert _query(db, "SELECT visit_result FROM diary_entries WHERE company_name = 'Beta Co'") == [
        ("second, changed",)
    ]
    assert form.editing is None and not form.dirty


def test_removing_an_appointment_takes_the_visit_off_today(diary: Diary) -> None:
    page, form, db = diary.page, diary.page.form, diary.db
    diary.tab_to(form.company.edit, back=False)
    diary.enter_row("Moved Co", "", "", "", "23:40")
    today = diary.window.today_page.visits.tree
    diary.qtbot.waitUntil(lambda: today.topLevelItemCount() == 1, timeout=5000)
    diary.select_row("Moved Co")
    diary.key(Key.Key_Return)
    diary.tab(4)
    diary.key(Key.Key_A, CTRL)
    diary.key(Key.Key_Delete)
    diary.key(Key.Key_Return)
    diary.settle()
    assert _count(db, "visit_plans") == 0
    diary.qtbot.waitUntil(lambda: today.topLevelItemCount() == 0, timeout=5000)
    assert page.model.lines[0].visit_plan_id is None


def test_ctrl_shift_o_opens_the_sheet_of_a_linked_row(
    diary_on: Callable[[Path], Diary], demo_db: Path
) -> None:
    """Company completes from the demo's sheets; the row links to the sheet; Ctrl+Shift+O opens it
    (Ctrl+O is File > Open database)."""
    diary = diary_on(demo_db)
    form = diary.page.form
    customer_id, name, phone, people = _query(
        demo_db,
        "SELECT c.id, c.name, c.phone, count(p.id) FROM customers c "
        "JOIN people p ON p.customer_id = c.id AND p.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL AND c.phone != '' AND c.name NOT GLOB '*[^ -~]*' "
        "GROUP BY c.id ORDER BY c.name LIMIT 1",
    )[0]
    diary.tab_to(form.company.edit, back=False)
    diary.type(str(name))
    diary.tab()
    assert form.phone.edit.text() == phone  # filled from the sheet
    diary.settle()
    contacts = form.contact.edit.completer()
    assert contacts is not None and contacts.model().rowCount() == people  # its people
    diary.tab(4)
    diary.type("asked for a quote")
    diary.key(Key.Key_Return)
    diary.settle()
    linked = _query(
        demo_db, "SELECT customer_id FROM diary_entries WHERE visit_result = 'asked for a quote'"
    )
    assert linked == [(customer_id,)]
    diary.select_row(str(name))
    diary.key(Key.Key_O, CTRL | SHIFT)
    diary.settle()
    sheets = diary.window.sheets.windows()
    assert len(sheets) == 1
    diary.qtbot.waitUntil(lambda: sheets[0].title.text() == name, timeout=10000)
    sheets[0].close()
