"""The Trash dialog, driven for real on the demo database: restore, delete for good and
empty the trash, each purge only after its question is answered yes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from repdesk.gui.tasks import TaskRunner
from repdesk.gui.trash_dialog import KIND, NAME, TrashDialog
from repdesk.services.trash import TrashChange, TrashKind
from repdesk.services.workspace import Workspace
from tests.gui.conftest import OpenWindow, Questions, query

Ok = QMessageBox.StandardButton.Ok
Cancel = QMessageBox.StandardButton.Cancel


def _customers(db: Path, n: int) -> list[tuple[str, str]]:
    rows = query(db, "SELECT id, name FROM customers ORDER BY sort_key, id LIMIT ?", n)
    return [(str(i), str(name)) for i, name in rows]


def _open(
    workspace: Workspace, runner: TaskRunner, window: QMainWindow, qtbot: QtBot
) -> TrashDialog:
    dialog = TrashDialog(workspace, runner, window)
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        dialog.show()  # the list is read on the worker
    return dialog


def _texts(dialog: TrashDialog, column: int) -> list[str]:
    table = dialog.table
    return [
        table.item(row, column).text()  # type: ignore[union-attr]
        for row in range(table.rowCount())
        if not table.isRowHidden(row)
    ]


def _select(dialog: TrashDialog, *rows: int) -> None:
    dialog.table.clearSelection()
    model = dialog.table.selectionModel()
    for row in rows:
        model.select(
            dialog.table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_an_empty_trash_says_so(
    workspace: Workspace, runner: TaskRunner, window: QMainWindow, qtbot: QtBot
) -> None:
    dialog = _open(workspace, runner, window, qtbot)
    assert dialog.windowTitle() == "Trash"
    assert dialog.empty.isVisible() and dialog.empty.text() == "The trash is empty."
    assert not dialog.table.isVisible()
    assert not dialog.empty_button.isEnabled() and not dialog.restore_button.isEnabled()


def test_restore_brings_a_customer_back_and_tells_the_window(
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
    qtbot: QtBot,
    demo_db: Path,
) -> None:
    (first, first_name), (second, second_name) = _customers(demo_db, 2)
    workspace.customers.delete(first)
    workspace.customers.delete(second)
    dialog = _open(workspace, runner, window, qtbot)
    assert _texts(dialog, KIND) == ["Customer sheet", "Customer sheet"]
    assert _texts(dialog, NAME) == [second_name, first_name]  # newest deletion first
    assert not dialog.restore_button.isEnabled()

    _select(dialog, 1)
    assert dialog.restore_button.isEnabled() and dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=10000) as told:
        dialog.restore_button.click()
    change = told.args[0] if told.args else None
    assert isinstance(change, TrashChange)
    assert change.customer_ids == (first,) and change.kinds == {TrashKind.CUSTOMER}
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        pass
    assert _texts(dialog, NAME) == [second_name]
    assert dialog.status.text() == "Restored 1 item(s)."
    assert query(demo_db, "SELECT deleted_at FROM customers WHERE id = ?", first) == [(None,)]
    assert workspace.customers.load(first).customer.name == first_name


def test_empty_trash_asks_first_and_no_keeps_everything(
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
    qtbot: QtBot,
    demo_db: Path,
    questions: Questions,
) -> None:
    (customer, name), *_ = _customers(demo_db, 1)
    visits = query(demo_db, "SELECT count(*) FROM visit_records WHERE customer_id = ?", customer)
    assert visits[0][0]  # a customer with a history, to go with it
    workspace.customers.delete(customer)
    first, last = _diary_period(demo_db)
    row = workspace.diary.lines(first, last)[0].row
    assert row.id is not None
    workspace.diary.delete(row.id)
    dialog = _open(workspace, runner, window, qtbot)
    assert dialog.table.rowCount() == 2

    asked = questions.answer(Cancel)
    dialog.empty_button.click()
    assert asked[0][0] == "confirmEmpty"
    assert "Delete all 2 item(s) in the trash for good?" in asked[0][1]
    assert "This cannot be undone." in asked[0][1]
    assert "A customer sheet goes with everything on it" in asked[0][1]
    runner.wait(10000)
    qtbot.wait(50)
    assert dialog.table.rowCount() == 2 and dialog.status.text() == ""
    assert query(demo_db, "SELECT name FROM customers WHERE id = ?", customer) == [(name,)]

    questions.answer(Ok)
    with qtbot.waitSignal(dialog.changed, timeout=10000) as told:
        dialog.empty_button.click()
    assert isinstance(told.args[0], TrashChange) and len(told.args[0].done) == 2
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        pass
    assert dialog.empty.isVisible() and dialog.empty.text() == "The trash is empty."
    assert dialog.status.text() == "Deleted 2 item(s) for good."
    assert not dialog.empty_button.isEnabled()
    assert query(demo_db, "SELECT count(*) FROM customers WHERE id = ?", customer) == [(0,)]
    assert query(demo_db, "SELECT count(*) FROM diary_entries WHERE id = ?", row.id) == [(0,)]
    for table in ("people", "visit_plans", "visit_records", "follow_ups", "diary_entries"):
        left = query(demo_db, f"SELECT count(*) FROM {table} WHERE customer_id = ?", customer)
        assert left == [(0,)], table
    assert query(demo_db, "PRAGMA foreign_key_check") == []


def _diary_period(db: Path) -> tuple[date, date]:
    first, last = query(db, "SELECT min(contact_date), max(contact_date) FROM diary_entries")[0]
    return date.fromisoformat(str(first)), date.fromisoformat(str(last))


def test_delete_for_good_takes_the_chosen_rows_only_and_keeps_visit_history(
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
    qtbot: QtBot,
    demo_db: Path,
    questions: Questions,
) -> None:
    entries = workspace.playbook.playbook().entries
    met = {str(r[0]) for r in query(demo_db, "SELECT DISTINCT objection_id FROM visit_objections")}
    used = next(e for e in entries if e.id in met)
    (customer, name), *_ = _customers(demo_db, 1)
    assert used.id is not None
    workspace.playbook.delete_entry(used.id)
    workspace.customers.delete(customer)
    dialog = _open(workspace, runner, window, qtbot)
    assert _texts(dialog, KIND) == ["Customer sheet", "Playbook entry"]
    assert _texts(dialog, NAME) == [name, used.title.en]
    tip = dialog.table.item(1, NAME).toolTip()  # type: ignore[union-attr]
    assert used.title.zh in tip and "kept when the trash is emptied" in tip

    # The search filters the list; what it hides is not chosen.
    dialog.search.setText(used.title.en[:6])
    assert _texts(dialog, NAME) == [used.title.en]
    dialog.table.selectAll()
    assert [i.kind for i in dialog.selected()] == [TrashKind.OBJECTION]
    dialog.search.setText("nothing like this")
    assert dialog.empty.text() == "Nothing in the trash matches the search."
    dialog.search.clear()

    _select(dialog, 1)  # the entry only
    asked = questions.answer(Cancel, Ok)
    dialog.delete_button.click()
    assert dialog.table.rowCount() == 2
    with qtbot.waitSignal(dialog.changed, timeout=10000) as told:
        dialog.delete_button.click()
    assert [q[0] for q in asked] == ["confirmPurge", "confirmPurge"]
    assert "Delete 1 item(s) for good?" in asked[0][1]
    assert "past visit records refer to" in asked[0][1]
    change = told.args[0]
    assert isinstance(change, TrashChange) and change.done == () and len(change.kept) == 1
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        pass
    assert "Kept 1 item(s): past visit records refer to them." in dialog.status.text()
    assert query(demo_db, "SELECT count(*) FROM objections WHERE id = ?", used.id) == [(1,)]
    assert dialog.table.rowCount() == 2

    _select(dialog, 0)  # the customer, with the Delete key
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    questions.answer(Ok)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        pass
    assert _texts(dialog, NAME) == [used.title.en]
    assert query(demo_db, "SELECT count(*) FROM customers WHERE id = ?", customer) == [(0,)]
    assert query(demo_db, "PRAGMA foreign_key_check") == []


def test_the_dialog_stays_open_while_a_purge_runs(
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
    qtbot: QtBot,
    demo_db: Path,
    questions: Questions,
) -> None:
    (customer, _), *_ = _customers(demo_db, 1)
    workspace.customers.delete(customer)
    dialog = _open(workspace, runner, window, qtbot)
    questions.answer(Ok)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.empty_button.click()
        assert not dialog.close_button.isEnabled()
        dialog.reject()  # Esc
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=10000)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_file_trash_restores_into_the_windows_lists(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    """File > Trash… from the main window: a restored sheet is back in the Customers list."""
    from repdesk.domain.areas import Area

    window = open_window(demo_db)
    assert window.workspace is not None
    (customer_id, name), *_ = _customers(demo_db, 1)
    window.workspace.customers.delete(customer_id)
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    page.refresh()
    qtbot.waitUntil(lambda: page.has_loaded and page.model.rowCount() == 299, timeout=15000)

    window.action_registry["trash"].trigger()
    (dialog,) = [d for d in window.findChildren(TrashDialog, "trash") if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=15000)
    row = next(r for r in range(dialog.table.rowCount()) if _texts(dialog, NAME)[r] == name)
    _select(dialog, row)
    with qtbot.waitSignal(dialog.changed, timeout=15000):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=15000)
    assert query(demo_db, "SELECT deleted_at FROM customers WHERE id = ?", customer_id) == [(None,)]
    dialog.close()
