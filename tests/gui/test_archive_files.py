"""File > Export everything… then File > Import an archive… on "another laptop": the
sealed archive asks for its passphrase, shows what it holds, becomes a new database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from repdesk.gui.archive_files import SealDialog
from repdesk.gui.main_window import MainWindow
from repdesk.gui.passphrase_dialog import PassphraseDialog
from tests.gui.conftest import OpenWindow, Questions, query

SECRET = "archive passphrase 档案"


def _visible(window: MainWindow, kind: type[Any], name: str) -> Any:
    shown = [w for w in window.findChildren(kind, name) if w.isVisible()]
    return shown[0] if len(shown) == 1 else None


def _rows(db: Path) -> list[tuple[object, ...]]:
    return query(db, "SELECT id, name, remarks, status, updated_at FROM customers ORDER BY id")


def test_export_everything_sealed_then_import_it_as_a_new_database(
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
    questions: Questions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = tmp_path / "moving" / "book"  # the suffix is added
    archive.parent.mkdir()
    window = open_window(demo_db)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(archive), ""))
    window.action_registry["export_archive"].trigger()
    dialog = _visible(window, SealDialog, "sealArchive")
    assert dialog is not None and not dialog.seal.isChecked()  # a plain book: off
    dialog.seal.setChecked(True)
    dialog.new_field.setText(SECRET)
    dialog.again_field.setText(SECRET + "!")
    dialog.save_button.click()
    assert "differ" in dialog.problem.text()
    dialog.again_field.setText(SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: _visible(window, QMessageBox, "archiveExported") is not None, timeout=30000
    )
    written = archive.with_name("book.repdesk-archive")
    assert written.read_bytes().startswith(b"REPDESK-SEALED")
    assert SECRET.encode() not in written.read_bytes()
    _visible(window, QMessageBox, "archiveExported").close()

    # On the other laptop: the archive, a passphrase, a preview, a new database.
    new_db = tmp_path / "other-laptop" / "repdesk.db"
    new_db.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new_db), ""))
    window.action_registry["import_archive"].trigger()
    qtbot.waitUntil(
        lambda: _visible(window, PassphraseDialog, "archivePassphrase") is not None, timeout=15000
    )
    asking = _visible(window, PassphraseDialog, "archivePassphrase")
    asking.field.setText("wrong passphrase")
    asking.open_button.click()
    qtbot.waitUntil(
        lambda: (
            (d := _visible(window, PassphraseDialog, "archivePassphrase")) is not None
            and d is not asking
        ),
        timeout=15000,
    )
    again = _visible(window, PassphraseDialog, "archivePassphrase")
    assert "does not open" in again.findChild(object, "passphraseMessage").text()
    assert not new_db.exists()

    questions.answer(QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Open)
    again.field.setText(SECRET)
    with qtbot.waitSignal(window.workspace_attached, timeout=60000):
        again.open_button.click()
    preview, opened = questions.asked
    assert preview[0] == "archivePreview" and "300 customers" in preview[1]
    assert opened[0] == "archiveImported"
    assert window.workspace is not None and window.workspace.store.path == new_db
    assert _rows(new_db) == _rows(demo_db)


def test_a_damaged_archive_is_refused_with_its_reason(
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    bad = tmp_path / "not-an-archive.repdesk-archive"
    bad.write_bytes(b"%PDF-1.7 not an archive at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.action_registry["import_archive"].trigger()
    qtbot.waitUntil(
        lambda: _visible(window, QMessageBox, "archiveProblem") is not None, timeout=15000
    )
    text = _visible(window, QMessageBox, "archiveProblem").text()
    assert "is not a RepDesk archive" in text and str(bad) in text
