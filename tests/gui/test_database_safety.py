"""The app on a damaged file, an encrypted file, a file another RepDesk holds, and a disk
that refuses a save."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from repdesk.db.connection import Passphrase, is_encrypted
from repdesk.db.errors import StoreError, StoreProblem
from repdesk.gui.encryption_dialog import EncryptionDialog
from repdesk.gui.main_window import MainWindow
from repdesk.gui.passphrase_dialog import PassphraseDialog
from repdesk.services.encryption import convert
from repdesk.services.workspace import open_workspace
from tests.gui.conftest import OpenWindow, Questions, query

SECRET = "lost laptop 丢了"


def _names(db: Path) -> list[str]:
    return [str(r[0]) for r in query(db, "SELECT name FROM customers ORDER BY id")]


def _visible(window: MainWindow, kind: type[Any], name: str) -> Any:
    shown = [w for w in window.findChildren(kind, name) if w.isVisible()]
    return shown[0] if len(shown) == 1 else None


def _damage(db: Path) -> bytes:
    data = bytearray(db.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page
    data[middle + 100 : middle + 3000] = b"\xa5" * 2900
    db.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_is_kept_aside_and_the_newest_good_backup_restored(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, questions: Questions
) -> None:
    workspace, _ = open_workspace(demo_db)
    workspace.back_up()
    workspace.close()
    good = _names(demo_db)
    damaged = _damage(demo_db)

    questions.answer(QMessageBox.StandardButton.Yes)
    window = open_window(demo_db)  # attached: to the restored backup

    (asked,) = questions.asked
    assert asked[0] == "damagedDatabase"
    assert "is damaged" in asked[1] and "has not written anything to it" in asked[1]
    assert _names(demo_db) == good
    kept = list((demo_db.parent / "backups").glob("*-damaged.db"))
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).digest() == hashlib.sha256(damaged).digest()
    qtbot.waitUntil(lambda: _visible(window, QMessageBox, "damagedRestored") is not None)


def test_a_damaged_database_without_a_backup_is_left_as_it_is(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, questions: Questions
) -> None:
    damaged = _damage(demo_db)
    questions.answer(QMessageBox.StandardButton.Ok)
    window = open_window(demo_db, wait="none")
    qtbot.waitUntil(lambda: len(questions.asked) == 1, timeout=15000)
    assert "No good backup" in questions.asked[0][1]
    assert window.workspace is None
    assert demo_db.read_bytes() == damaged
    assert not Path(f"{demo_db}-wal").exists()


def test_an_encrypted_database_asks_for_its_passphrase_until_it_is_right(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    convert(demo_db, demo_db.parent / "backups", None, Passphrase(SECRET))
    before = demo_db.read_bytes()
    window = open_window(demo_db, wait="none")

    qtbot.waitUntil(
        lambda: _visible(window, PassphraseDialog, "passphrase") is not None, timeout=15000
    )
    dialog = _visible(window, PassphraseDialog, "passphrase")
    assert "is encrypted" in dialog.findChild(object, "passphraseMessage").text()
    assert not dialog.open_button.isEnabled()
    dialog.field.setText("not the passphrase")
    dialog.open_button.click()

    qtbot.waitUntil(
        lambda: (
            (d := _visible(window, PassphraseDialog, "passphrase")) is not None and d is not dialog
        ),
        timeout=15000,
    )
    again = _visible(window, PassphraseDialog, "passphrase")
    assert "does not open" in again.findChild(object, "passphraseMessage").text()
    assert demo_db.read_bytes() == before and window.workspace is None

    again.field.setText(SECRET)
    with qtbot.waitSignal(window.workspace_attached, timeout=20000):
        again.open_button.click()
    assert window.workspace is not None and window.workspace.store.encrypted


def test_encrypt_from_the_menu_then_the_file_needs_the_passphrase(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    names = _names(demo_db)
    window = open_window(demo_db)
    window.action_registry["encryption"].trigger()
    dialog = _visible(window, EncryptionDialog, "encryption")
    assert dialog is not None and dialog.remove_button is None
    dialog.new_field.setText("short")
    dialog.again_field.setText("short")
    dialog.apply_button.click()
    assert "at least 8 characters" in dialog.problem.text()
    dialog.new_field.setText(SECRET)
    dialog.again_field.setText(SECRET + "x")
    dialog.apply_button.click()
    assert "differ" in dialog.problem.text()
    assert not is_encrypted(demo_db)

    dialog.again_field.setText(SECRET)
    with qtbot.waitSignal(window.workspace_attached, timeout=30000):
        dialog.apply_button.click()
    assert is_encrypted(demo_db)
    assert window.workspace is not None and window.workspace.store.encrypted
    qtbot.waitUntil(lambda: _visible(window, QMessageBox, "encryptionDone") is not None)
    window.close()
    with pytest.raises(StoreError) as raised:
        open_workspace(demo_db)
    assert raised.value.problem == StoreProblem.ENCRYPTED
    workspace, _ = open_workspace(demo_db, Passphrase(SECRET))
    workspace.close()
    convert(demo_db, demo_db.parent / "backups", Passphrase(SECRET), None)
    assert _names(demo_db) == names


_SECOND_START = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from repdesk.gui.database_claim import DatabaseClaim
    app = QCoreApplication([])
    claim = DatabaseClaim(Path(sys.argv[1]))
    print("claimed" if claim.acquire() else "refused")
    """
)


def test_a_second_repdesk_on_the_same_file_is_refused_and_the_first_comes_forward(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    first = open_window(demo_db)
    assert first.claim is not None
    # Another process, as a second start of the app would be.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(first.claim.come_forward, timeout=15000):
        child = subprocess.Popen(
            [sys.executable, "-c", _SECOND_START, str(demo_db)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)
    out, _ = child.communicate(timeout=30)
    assert out.strip() == "refused"

    # A second window of this process on the same file: refused, with a reason.
    second = open_window(demo_db, wait="none")
    qtbot.waitUntil(lambda: _visible(second, QMessageBox, "databaseClaimed") is not None)
    assert second.workspace is None
    assert (
        "already open in another RepDesk window"
        in _visible(second, QMessageBox, "databaseClaimed").text()
    )
    second.close()

    # Once the first window closes, the file is free again.
    first.close()
    after = subprocess.run(
        [sys.executable, "-c", _SECOND_START, str(demo_db)],
        capture_output=True,
        env=env,
        text=True,
        timeout=60,
        check=True,
    )
    assert after.stdout.strip() == "claimed"


@pytest.mark.parametrize(
    ("pragma", "words"),
    [
        ("PRAGMA max_page_count = {pages}", "the disk holding"),  # SQLite's "disk is full"
        ("PRAGMA query_only = ON", "cannot be written to now"),  # "readonly database"
    ],
)
def test_a_save_the_disk_refuses_says_why_and_keeps_the_typing(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, pragma: str, words: str
) -> None:
    window = open_window(demo_db)
    assert window.workspace is not None
    engine = window.workspace.store.engine
    with closing(sqlite3.connect(demo_db)) as plain:
        pages = plain.execute("PRAGMA page_count").fetchone()[0]
        customer_id = str(plain.execute("SELECT id FROM customers LIMIT 1").fetchone()[0])

    # One listener for the whole test (adding or removing one while the worker checks a
    # connection out is not thread-safe): each checkout sets the disk's mood of the moment.
    mood = {"pragmas": [pragma.format(pages=pages)]}

    def on_checkout(connection: Any, _record: Any, _proxy: Any) -> None:
        for statement in mood["pragmas"]:
            connection.execute(statement)

    window.open_customer(customer_id)
    (sheet,) = window.sheets.windows()
    qtbot.waitUntil(lambda: sheet.sheet is not None, timeout=10000)
    remark = "远" * 20000  # pages more than the file may grow by
    remarks = sheet.company.group.fields["remarks"].widget
    assert isinstance(remarks, QPlainTextEdit)
    remarks.setPlainText(remark)
    assert sheet.dirty

    event.listen(engine, "checkout", on_checkout)
    sheet.save()
    qtbot.waitUntil(lambda: _visible(window, QMessageBox, "writeFailed") is not None)
    box = _visible(window, QMessageBox, "writeFailed")
    assert words in box.text() and "still in the open window" in box.text()
    box.close()
    assert sheet.isVisible() and sheet.dirty
    assert remarks.toPlainText() == remark

    mood["pragmas"] = ["PRAGMA max_page_count = 1073741823", "PRAGMA query_only = OFF"]
    with qtbot.waitSignal(sheet.saved, timeout=10000):
        sheet.save()
    (saved,) = query(demo_db, "SELECT remarks FROM customers WHERE id = ?", customer_id)[0]
    assert saved == remark
    sheet.close()
