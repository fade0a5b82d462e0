"""Care occasions on the People page and the holiday region in Settings, driven as a rep
drives them, on a real demo database file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from repdesk.domain.enums import HolidayCode
from repdesk.gui.settings_dialog import SettingsDialog
from repdesk.gui.views.sheet.care_dialog import CareDialog
from repdesk.gui.views.sheet.people_page import CareBox
from repdesk.gui.views.sheet.window import SheetWindow
from repdesk.services.holiday_calendar import holiday_date
from repdesk.services.workspace import Workspace
from tests.gui.conftest import OpenSheet, OpenWindow, commit_text
from tests.gui.conftest import query as _query


def _customer_with_people(db: Path) -> str:
    rows = _query(
        db,
        "SELECT c.id FROM customers c JOIN people p ON p.customer_id = c.id "
        "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL "
        "GROUP BY c.id HAVING count(*) >= 2 ORDER BY c.id LIMIT 1",
    )
    return str(rows[0][0])


def _settled(qtbot: QtBot, box: CareBox) -> None:
    """Wait until the box shows the current person's occasions (or says there are none)."""
    qtbot.waitUntil(lambda: not (box.table.isHidden() and box.empty.isHidden()), timeout=10000)


def _care_box(qtbot: QtBot, window: SheetWindow) -> CareBox:
    window.tabs.setCurrentWidget(window.people)
    box = window.people.care
    _settled(qtbot, box)
    return box


def _ok(qtbot: QtBot, dialog: CareDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click a radio button on its indicator, as a rep does."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def _rows(box: CareBox) -> list[list[str]]:
    rows = []
    for row in range(box.table.rowCount()):
        items = [box.table.item(row, column) for column in range(box.table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def test_a_mid_autumn_occasion_is_added_edited_and_removed(
    open_sheet: OpenSheet,
    demo_db: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_id = _customer_with_people(demo_db)
    window = open_sheet(customer_id)
    # An unsaved edit of the sheet, which the care occasions must leave alone.
    remarks = window.company.group.fields["remarks"]
    remarks.widget.setFocus()
    commit_text(remarks.widget, "未保存的备注")
    assert window.dirty
    box = _care_box(qtbot, window)
    person = window.people.forms[window.people.list.currentRow()].person
    assert person.id is not None
    before = len(box.entries)
    assert box.hint.isHidden() and box.add_button.isEnabled()

    # Add: a holiday, Mid-Autumn, with the gesture typed in Chinese.
    added = box.add()
    assert added is not None and added.isVisible()
    dialog = added
    _choose(qtbot, dialog.holiday_choice)
    assert dialog.holiday_choice.isChecked()
    combo = dialog.holiday.combo
    combo.setCurrentIndex(combo.findData(HolidayCode.MID_AUTUMN.value))
    dialog.gesture.edit.setFocus()
    commit_text(dialog.gesture.edit, "中秋送月饼券")
    expected = holiday_date(HolidayCode.MID_AUTUMN, date.today().year, "CN")
    assert expected is not None
    if expected < date.today():
        expected = holiday_date(HolidayCode.MID_AUTUMN, date.today().year + 1, "CN")
        assert expected is not None
    # The dialog says when it falls next (worked out on the worker).
    qtbot.waitUntil(lambda: expected.isoformat() in dialog.holiday_note.text(), timeout=10000)
    with qtbot.waitSignal(box.loaded, timeout=10000):
        _ok(qtbot, dialog)
    assert box.dialog is None  # closed (and deleted)

    stored = _query(
        demo_db,
        "SELECT id, kind, holiday_code, month, day, on_date, recurring, gesture "
        "FROM care_occasions WHERE person_id = ? AND deleted_at IS NULL AND gesture = ?",
        person.id,
        "中秋送月饼券",
    )
    assert len(stored) == 1
    occasion_id = stored[0][0]
    assert stored[0][1:] == ("holiday", "mid_autumn", None, None, None, 1, "中秋送月饼券")
    assert len(box.entries) == before + 1
    row = next(r for r in _rows(box) if r[2] == "中秋送月饼券")
    assert row[0] == "Mid-Autumn Festival"
    assert row[1].startswith(expected.isoformat())
    # The unsaved remark is still there, still unsaved.
    assert remarks.raw() == "未保存的备注"
    assert window.dirty
    assert _query(demo_db, "SELECT remarks FROM customers WHERE id = ?", customer_id) != [
        ("未保存的备注",)
    ]

    # Edit: the same occasion, a new gesture.
    box.table.selectRow(next(i for i, (o, _) in enumerate(box.entries) if o.id == occasion_id))
    assert box.edit_button.isEnabled()
    editing = box.edit_selected()
    assert editing is not None
    assert editing.holiday_choice.isChecked()
    assert editing.holiday.value() is HolidayCode.MID_AUTUMN
    assert editing.gesture.raw() == "中秋送月饼券"
    editing.gesture.edit.selectAll()
    commit_text(editing.gesture.edit, "送月饼和好茶")
    with qtbot.waitSignal(box.loaded, timeout=10000):
        _ok(qtbot, editing)
    assert _query(
        demo_db,
        "SELECT gesture, holiday_code FROM care_occasions WHERE id = ?",
        occasion_id,
    ) == [("送月饼和好茶", "mid_autumn")]
    assert len(box.entries) == before + 1

    # Remove: asked first; "No" keeps it, "Yes" removes it (softly).
    box.table.selectRow(next(i for i, (o, _) in enumerate(box.entries) if o.id == occasion_id))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    box.remove_button.click()
    assert len(box.entries) == before + 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(box.loaded, timeout=10000):
        box.remove_button.click()
    assert all(o.id != occasion_id for o, _ in box.entries)
    assert _query(
        demo_db, "SELECT deleted_at IS NOT NULL FROM care_occasions WHERE id = ?", occasion_id
    ) == [(1,)]
    assert remarks.raw() == "未保存的备注" and window.dirty


def test_invalid_input_is_refused_with_the_reason_beside_the_field(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_sheet(_customer_with_people(demo_db))
    box = _care_box(qtbot, window)
    person_id = window.people.forms[window.people.list.currentRow()].person.id
    count = _query(demo_db, "SELECT count(*) FROM care_occasions")

    dialog = box.add()
    assert dialog is not None
    # A date of one's own on 30 February, with no name.
    _choose(qtbot, dialog.custom_choice)
    dialog.month_day.month.setCurrentIndex(dialog.month_day.month.findData(2))
    dialog.month_day.day.setValue(30)
    assert dialog.month_day.error.text() == "There is no such day in that month."  # at once
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # refused
    assert dialog.month_day.error.isVisible()
    assert dialog.label.error.isVisible() and dialog.label.error.text() == "Name the occasion."
    assert _query(demo_db, "SELECT count(*) FROM care_occasions") == count

    # A holiday with none chosen.
    _choose(qtbot, dialog.holiday_choice)
    dialog.holiday.combo.setCurrentIndex(0)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.holiday.error.text() == "Choose the holiday."

    # A one-off date that is no date.
    _choose(qtbot, dialog.custom_choice)
    dialog.recurring.setChecked(False)
    dialog.on_date.edit.setFocus()
    dialog.on_date.edit.setText("2027-13-01")
    dialog.on_date.edited.emit()
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "YYYY-MM-DD" in dialog.on_date.error.text() and dialog.on_date.error.isVisible()
    assert not dialog.month_day.error.isVisible()  # the yearly date is not in use
    assert _query(demo_db, "SELECT count(*) FROM care_occasions") == count

    # Corrected, it is saved.
    dialog.on_date.edit.setText("2027-05-06")
    dialog.label.edit.setFocus()
    commit_text(dialog.label.edit, "新店开业")
    with qtbot.waitSignal(box.loaded, timeout=10000):
        _ok(qtbot, dialog)
    assert _query(
        demo_db,
        "SELECT kind, label, month, day, on_date, recurring FROM care_occasions "
        "WHERE person_id = ? AND label = '新店开业'",
        person_id,
    ) == [("custom", "新店开业", None, None, "2027-05-06", 0)]


def test_a_person_not_saved_yet_gets_a_hint(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_sheet(_customer_with_people(demo_db))
    box = _care_box(qtbot, window)
    window.people.add_person()
    assert box.person_id is None
    assert not box.hint.isHidden()
    assert "Save the sheet to add care occasions" in box.hint.text()
    assert not box.add_button.isEnabled() and box.table.isHidden()
    assert box.add() is None
    # Back on a saved person, the box works again.
    window.people.list.setCurrentRow(0)
    _settled(qtbot, box)
    assert box.hint.isHidden() and box.add_button.isEnabled()


def test_the_region_decides_mothers_day(
    open_sheet: OpenSheet, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    workspace.region = "GB"  # as the main window sets it from Settings
    window = open_sheet(_customer_with_people(demo_db))
    box = _care_box(qtbot, window)
    dialog = box.add()
    assert dialog is not None
    _choose(qtbot, dialog.holiday_choice)
    dialog.holiday.combo.setCurrentIndex(dialog.holiday.combo.findData("mothers_day"))
    today = date.today()
    expected = holiday_date(HolidayCode.MOTHERS_DAY, today.year, "GB")
    if expected is None or expected < today:
        expected = holiday_date(HolidayCode.MOTHERS_DAY, today.year + 1, "GB")
    assert expected is not None and expected.month == 3  # Mothering Sunday
    qtbot.waitUntil(lambda: expected.isoformat() in dialog.holiday_note.text(), timeout=10000)
    dialog.reject()


def test_settings_region_and_stale_days_round_trip(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    from repdesk.settings import Settings, config_dir

    window = open_window(demo_db)
    window.action_registry["settings"].trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    assert dialog.region.currentData() == "CN"
    assert dialog.stale_days.value() == 30
    texts = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert "United Kingdom (GB)" in texts and "Mainland China (CN)" in texts
    dialog.region.setCurrentIndex(dialog.region.findData("GB"))
    dialog.stale_days.setValue(45)
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() in ("OK", "&OK"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert (saved["region"], saved["stale_prospect_days"]) == ("GB", 45)
    assert (Settings.load().region, Settings.load().stale_prospect_days) == ("GB", 45)
    assert window.workspace is not None and window.workspace.region == "GB"

    # Opened again, it shows what was saved.
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog, "settingsDialog") is None)
    window.action_registry["settings"].trigger()
    again = window.findChild(SettingsDialog, "settingsDialog")
    assert again is not None
    assert again.region.currentText() == "United Kingdom (GB)"
    assert again.stale_days.value() == 45
    assert again.stale_days.minimum() == 1 and again.stale_days.maximum() == 365
    again.reject()


def test_a_region_outside_the_list_is_kept(qtbot: QtBot) -> None:
    from repdesk.settings import Settings

    dialog = SettingsDialog(Settings(region="JP", stale_prospect_days=400, rep_name="王伟"))
    qtbot.addWidget(dialog)
    assert dialog.region.currentData() == "JP"
    assert dialog.region.currentText() == "Japan (JP)"
    assert dialog.stale_days.value() == 365  # clamped to the range
    result = dialog.result_settings()
    assert (result.region, result.stale_prospect_days, result.rep_name) == ("JP", 365, "王伟")
