"""The customer sheet window, driven as a rep drives it, on a real demo database file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.enums import DissatisfactionSignal, ProspectGrade
from repdesk.gui.forms import Field
from repdesk.gui.views.sheet.window import SheetWindow
from tests.gui.conftest import OpenSheet, OpenWindow, commit_text
from tests.gui.conftest import query as _query


def _prospect_with_people(db: Path) -> str:
    rows = _query(
        db,
        "SELECT c.id FROM customers c JOIN people p ON p.customer_id = c.id "
        "WHERE c.status = 'prospect' AND c.deleted_at IS NULL "
        "GROUP BY c.id HAVING count(*) >= 2 ORDER BY c.id LIMIT 1",
    )
    return str(rows[0][0])


def _type(field: Field, text: str) -> None:
    """Replace a field's text as a rep would (select all, type)."""
    widget = field.widget
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.del_()
        if text.isascii():
            for ch in text:
                QApplication.sendEvent(widget, _key(ch))
        else:
            commit_text(widget, text)
        return
    assert isinstance(widget, QPlainTextEdit)
    widget.selectAll()
    commit_text(widget, text)


def _key(ch: str) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)


def _save(qtbot: QtBot, window: SheetWindow) -> None:
    with qtbot.waitSignal(window.saved, timeout=10000):
        assert window.save()


def test_sheet_shows_every_item_of_the_seed_form(open_sheet: OpenSheet, demo_db: Path) -> None:
    customer_id = _prospect_with_people(demo_db)
    window = open_sheet(customer_id)
    (name, phone, employees) = _query(
        demo_db, "SELECT name, phone, employees FROM customers WHERE id = ?", customer_id
    )[0]
    fields = window.company.group.fields
    assert fields["name"].raw() == name
    assert fields["phone"].raw() == phone
    assert fields["employees"].raw() == ("" if employees is None else str(employees))
    for item in (
        "address",
        "lead_source_id",
        "main_business",
        "industry_history",
        "employees",
        "business_scope",
        "purchase_by",
        "purchase_channels",
        "remarks",
        "approval_process",
        "purchasing_process",
        "usage_process",
    ):
        assert item in fields, item
    people = _query(
        demo_db,
        "SELECT name FROM people WHERE customer_id = ? AND deleted_at IS NULL",
        customer_id,
    )
    assert sorted(f.name.raw() for f in window.people.forms) == sorted(str(p[0]) for p in people)
    assert window.title.text() == name
    assert not window.isWindowModified()
    # The overview asks for what is still unknown.
    assert window.overview.learn.count() == len(window.sheet.to_learn())  # type: ignore[union-attr]


def test_invalid_values_are_shown_beside_the_field_and_nothing_is_written(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot
) -> None:
    customer_id = _prospect_with_people(demo_db)
    before = _query(demo_db, "SELECT * FROM customers WHERE id = ?", customer_id)
    window = open_sheet(customer_id)
    fields = window.company.group.fields
    _type(fields["phone"], "call me")
    _type(fields["employees"], "12a")
    _type(window.classification.share, "140")
    _type(window.people.forms[0].group.fields["birthday"], "2026-13-40")
    assert window.isWindowModified()

    assert window.save() is False
    assert fields["phone"].error.isVisibleTo(window)
    assert "phone" in fields["phone"].error.text()
    assert "number" in fields["employees"].error.text()
    assert window.people.forms[0].group.fields["birthday"].error.text()
    # Share is checked by the domain's rule once everything parses.
    assert window.problems.isVisibleTo(window)
    qtbot.wait(100)
    assert _query(demo_db, "SELECT * FROM customers WHERE id = ?", customer_id) == before

    _type(fields["employees"], "120")
    _type(window.people.forms[0].group.fields["birthday"], "1980-05-06")
    _type(fields["phone"], "+86 755 8888 1234")
    assert window.save() is False  # the share of 140 % is still wrong
    assert "0 to 100" in window.classification.share.error.text()
    assert _query(demo_db, "SELECT * FROM customers WHERE id = ?", customer_id) == before

    _type(window.classification.share, "40")
    _save(qtbot, window)
    row = _query(
        demo_db, "SELECT phone, employees, share_percent FROM customers WHERE id = ?", customer_id
    )[0]
    assert row == ("+86 755 8888 1234", 120, 40.0)
    assert not window.isWindowModified()
    assert not window.problems.isVisibleTo(window)


def test_a_grade_change_is_kept_in_the_history_with_its_reason(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot
) -> None:
    customer_id = _prospect_with_people(demo_db)
    window = open_sheet(customer_id)
    grade = window.classification.grade
    old = grade.value()
    new = ProspectGrade.A if old is not ProspectGrade.A else ProspectGrade.B
    grade.set_value(new)
    grade.edited.emit()
    _type_reason = window.classification.reason
    _type_reason.setText("asked for a quote")
    _save(qtbot, window)
    history = _query(
        demo_db,
        "SELECT old_value, new_value, reason FROM classification_changes "
        "WHERE customer_id = ? AND field = 'prospect_grade' ORDER BY changed_at DESC LIMIT 1",
        customer_id,
    )
    assert history == [(old.value if old else None, new.value, "asked for a quote")]
    shown = window.classification.history
    reason = shown.item(0, 3)
    assert reason is not None and reason.text() == "asked for a quote"
    assert window.classification.reason.text() == ""


def test_a_new_sheet_with_chinese_name_and_a_buyer(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_sheet(None)
    assert window.windowTitle().startswith("New customer")
    assert window.save() is False  # no name
    assert window.company.name.error.text()
    _type(window.company.name, "深圳华信电子有限公司")
    form = window.people.add_person()
    _type(form.name, "王建国")
    _type(form.group.fields["hobbies"], "围棋")
    _type(form.sources.fields["hobbies"], "展会上聊到")
    _save(qtbot, window)
    assert window.customer_id is not None
    rows = _query(
        demo_db,
        "SELECT c.name, c.sort_key, p.name, p.role, p.hobbies, p.fact_sources "
        "FROM customers c JOIN people p ON p.customer_id = c.id WHERE c.id = ?",
        window.customer_id,
    )
    assert len(rows) == 1
    name, sort_key, person, role, hobbies, sources = rows[0]
    assert (name, person, role, hobbies) == ("深圳华信电子有限公司", "王建国", "buyer", "围棋")
    assert str(sort_key).startswith("shen zhen")
    assert json.loads(str(sources)) == {"hobbies": "展会上聊到"}
    assert "展会上聊到" in str(sources)  # readable in the file, not \u-escaped
    assert window.signals.raise_button.isEnabled()


def test_unsaved_changes_are_never_thrown_away_silently(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id = _prospect_with_people(demo_db)
    window = open_sheet(customer_id)
    _type(window.company.group.fields["remarks"], "wants delivery before Spring Festival")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def ask(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert window.close() is False
    assert window.isVisible() and window.isWindowModified() and asked

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(window.saved, timeout=10000):
        window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    remarks = _query(demo_db, "SELECT remarks FROM customers WHERE id = ?", customer_id)
    assert remarks == [("wants delivery before Spring Festival",)]

    # Typing a value back to what was loaded is not a change.
    again = open_sheet(customer_id)
    field = again.company.group.fields["city"]
    loaded = field.raw()
    _type(field, "Elsewhere")
    assert again.isWindowModified()
    _type(field, loaded)
    assert not again.dirty


def test_signals_are_raised_and_resolved_and_flag_the_customer(
    open_sheet: OpenSheet, demo_db: Path, qtbot: QtBot
) -> None:
    customer_id = _prospect_with_people(demo_db)
    _query(demo_db, "SELECT 1")
    window = open_sheet(customer_id)
    _type(window.company.group.fields["remarks"], "unsaved note")
    with qtbot.waitSignal(window.saved, timeout=10000):
        window.signals.raise_requested.emit(
            DissatisfactionSignal.CITES_COMPETITOR, date(2026, 11, 20), "keeps praising Acme"
        )
    assert "At risk" in window.badges.text()
    assert "keeps praising Acme" in window.overview.signals.text()
    # The unsaved remark survived the signal's own write.
    assert window.company.group.fields["remarks"].raw() == "unsaved note"
    opened = [e for e in window.signals.entries if e.is_open]
    assert opened and opened[0].id
    with qtbot.waitSignal(window.saved, timeout=10000):
        window.signals.resolve_requested.emit(opened[0].id, date(2026, 11, 21), "visited")
    rows = _query(
        demo_db,
        "SELECT signal, resolved_on, resolution_note FROM dissatisfaction_signals "
        "WHERE customer_id = ? AND note = 'keeps praising Acme'",
        customer_id,
    )
    assert rows == [("cites_competitor", "2026-11-21", "visited")]
    if not any(e.is_open for e in window.signals.entries):
        assert "At risk" not in window.badges.text()


def test_the_list_opens_a_sheet_and_shows_its_saved_changes(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_db)
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    qtbot.waitUntil(lambda: page.has_loaded and page.model.rowCount() > 0, timeout=15000)
    table = page.table
    first = page.model.index(0, 0)
    name = first.data()
    table.setCurrentIndex(first)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    sheets = window.sheets.windows()
    assert len(sheets) == 1
    sheet = sheets[0]
    qtbot.waitUntil(lambda: sheet.sheet is not None, timeout=10000)
    assert sheet.title.text() == name
    # The same customer again raises the open window rather than a second one.
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.sheets.windows() == [sheet]

    _type(sheet.company.name, name + " 新名")
    # Closing the main window with an unsaved sheet asks first, and Cancel keeps both open.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert sheet.isVisible() and window.isVisible()

    with qtbot.waitSignal(sheet.saved, timeout=10000):
        sheet.save()
    name_column = 0
    qtbot.waitUntil(
        lambda: any(
            page.model.index(r, name_column).data() == name + " 新名"
            for r in range(min(page.model.rowCount(), 200))
        ),
        timeout=10000,
    )
    sheet.close()


def test_delete_from_the_sheet_and_undo(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_db)
    customer_id = _prospect_with_people(demo_db)
    window.open_customer(customer_id)
    (sheet,) = window.sheets.windows()
    qtbot.waitUntil(lambda: sheet.sheet is not None, timeout=10000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    sheet.delete_action.trigger()
    assert _query(demo_db, "SELECT deleted_at FROM customers WHERE id = ?", customer_id) == [
        (None,)
    ]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    undo = window.action_registry["undo_delete"]
    assert not undo.isEnabled()
    sheet.delete_action.trigger()
    qtbot.waitUntil(undo.isEnabled, timeout=10000)
    assert window.sheets.windows() == []
    (deleted_at,) = _query(demo_db, "SELECT deleted_at FROM customers WHERE id = ?", customer_id)[0]
    assert deleted_at is not None
    undo.trigger()
    qtbot.waitUntil(
        lambda: (
            _query(demo_db, "SELECT deleted_at FROM customers WHERE id = ?", customer_id)
            == [(None,)]
        ),
        timeout=10000,
    )
    assert not undo.isEnabled()
