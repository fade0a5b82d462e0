"""File > Backups…: the first start of the day makes one; one by hand; restore in two clicks."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from repdesk.gui.backups_dialog import BackupsDialog
from repdesk.gui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


def _names(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as c:
        return [str(r[0]) for r in c.execute("SELECT name FROM customers ORDER BY id")]


def _dialog(window: MainWindow, qtbot: QtBot) -> BackupsDialog:
    window.action_registry["backups"].trigger()
    shown = [d for d in window.findChildren(BackupsDialog, "backups") if d.isVisible()]
    assert len(shown) == 1  # a closed one is deleted later: not that one
    found = shown[0]
    with qtbot.waitSignal(found.listed, timeout=10000):
        pass  # read on the worker
    return found


def test_daily_backup_back_up_now_and_restore(
    open_window: OpenWindow,
    demo_db: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = demo_db.parent / "backups"
    window = open_window(demo_db)
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.glob("*-daily.db")), timeout=20000)
    original = _names(demo_db)

    dialog = _dialog(window, qtbot)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Daily, at the first start"  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.listed, timeout=20000):
        dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20000)
    assert dialog.table.item(0, 1).text() == "Made by hand"  # type: ignore[union-attr]
    dialog.close()

    # The rep changes the book, then goes back to the morning's backup.
    with closing(sqlite3.connect(demo_db)) as c, c:
        c.execute("UPDATE customers SET name = 'Changed by mistake'")
    assert set(_names(demo_db)) == {"Changed by mistake"}
    dialog = _dialog(window, qtbot)
    dialog.table.selectRow(1)  # the daily one
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.objectName())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignal(window.backup_restored, timeout=30000):
        dialog.restore_button.click()
    with qtbot.waitSignal(window.workspace_attached, timeout=30000):
        pass
    assert asked == ["confirmRestore"]
    assert _names(demo_db) == original
    kept = list(folder.glob("*-before-restore.db"))
    assert len(kept) == 1 and set(_names(kept[0])) == {"Changed by mistake"}


def test_cancelling_the_question_restores_nothing(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = demo_db.parent / "backups"
    window = open_window(demo_db)
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.glob("*-daily.db")), timeout=20000)
    with closing(sqlite3.connect(demo_db)) as c, c:
        c.execute("UPDATE customers SET remarks = 'kept'")
    before = demo_db.stat().st_mtime_ns, _names(demo_db)
    dialog = _dialog(window, qtbot)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Cancel.value)
    )
    dialog.restore_button.click()
    assert dialog.isVisible() and window.workspace is not None
    assert (demo_db.stat().st_mtime_ns, _names(demo_db)) == before
    assert not list(folder.glob("*-before-restore.db"))
