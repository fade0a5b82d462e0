"""The main window's data-safety conversations, kept out of main_window.py.

- an encrypted database: ask for its passphrase (again, after a wrong one);
- a damaged database: say so, offer the newest backup that passes its check, and
  restore it with the damaged file kept aside, never written to;
- a database another RepDesk window holds: say so (that window was asked to come
  forward);
- File > Encryption…: turn encryption on or off, or change the passphrase;
- a write that the disk refused (full, read-only): say so; the edits stay in their
  window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from repdesk.db.connection import Passphrase
from repdesk.db.errors import StoreError, StoreProblem
from repdesk.db.store import default_backup_dir
from repdesk.gui.format import fmt_datetime

if TYPE_CHECKING:
    from repdesk.gui.main_window import MainWindow
    from repdesk.services.backups import Backup
    from repdesk.services.encryption import Converted

log = logging.getLogger(__name__)


def _box(
    window: MainWindow,
    name: str,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


# -- opening ------------------------------------------------------------------------
def handle_open_failure(
    window: MainWindow, error: StoreError, passphrase: Passphrase | None
) -> bool:
    """Take up a failed open that the rep can act on here; False for the others."""
    if error.problem in (StoreProblem.ENCRYPTED, StoreProblem.WRONG_PASSPHRASE):
        ask_passphrase(window, error.path, wrong=error.problem == StoreProblem.WRONG_PASSPHRASE)
        return True
    if error.problem == StoreProblem.CORRUPT:
        offer_good_backup(window, error, passphrase)
        return True
    return False


def ask_passphrase(window: MainWindow, path: Path, *, wrong: bool) -> None:
    from repdesk.gui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(path, wrong, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda passphrase: window.open_database(path, passphrase))
    dialog.open()


def offer_good_backup(window: MainWindow, error: StoreError, passphrase: Passphrase | None) -> None:
    """A damaged file: find the newest good backup on the worker, then offer it."""
    from repdesk.services.backups import newest_good

    path = error.path
    folder = default_backup_dir(path)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "DatabaseSafety", "The database is damaged: looking for a good backup…"
        )
    )
    window.runner.run(
        lambda: newest_good(path, folder, passphrase),
        lambda backup: _offer(window, error, backup, passphrase),
    )


def _offer(
    window: MainWindow, error: StoreError, backup: Backup | None, passphrase: Passphrase | None
) -> None:
    path = error.path
    text = QCoreApplication.translate(
        "DatabaseSafety",
        "%1 is damaged: SQLite's check of the file found a problem. RepDesk has not "
        "written anything to it.",
    ).replace("%1", str(path))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("DatabaseSafety", "The database is damaged"),
        text,
        parent=window,
    )
    box.setObjectName("damagedDatabase")
    if error.detail:
        box.setDetailedText(error.detail)
    if backup is None:
        box.setText(
            text
            + "\n\n"
            + QCoreApplication.translate(
                "DatabaseSafety",
                "No good backup of it was found in %1. Open another database, or ask for "
                "help with the damaged file: keep it as it is.",
            ).replace("%1", str(default_backup_dir(path)))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return
    box.setText(
        text
        + "\n\n"
        + QCoreApplication.translate(
            "DatabaseSafety",
            "Restore the newest good backup, made %1? The damaged file is kept aside in "
            "the backups folder, as it is.",
        ).replace("%1", fmt_datetime(backup.made_at))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("DatabaseSafety", "Restore the backup")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("DatabaseSafety", "Not now")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return
    restore_damaged(window, path, backup, passphrase)


def restore_damaged(
    window: MainWindow, path: Path, backup: Backup, passphrase: Passphrase | None
) -> None:
    from repdesk.services.backups import restore

    folder = default_backup_dir(path)
    window.statusBar().showMessage(
        QCoreApplication.translate("DatabaseSafety", "Restoring the backup…")
    )

    def work() -> Path:
        return restore(backup.path, path, folder, passphrase, damaged=True)

    def done(kept: Path) -> None:
        log.warning("restored %s from %s; the damaged file is kept as %s", path, backup.path, kept)
        window.open_database(path, passphrase)
        window.backup_restored.emit()
        _box(
            window,
            "damagedRestored",
            QCoreApplication.translate("DatabaseSafety", "Backup restored"),
            QCoreApplication.translate(
                "DatabaseSafety",
                "The backup made %1 is now the database. The damaged file is kept as %2. "
                "Anything entered after the backup was made needs entering again.",
            )
            .replace("%1", fmt_datetime(backup.made_at))
            .replace("%2", str(kept)),
            QMessageBox.Icon.Information,
        ).open()

    def failed(problem: BaseException) -> None:
        _box(
            window,
            "restoreProblem",
            QCoreApplication.translate("DatabaseSafety", "Restore a backup"),
            QCoreApplication.translate(
                "DatabaseSafety", "The backup was not restored: %1. The files are as they were."
            ).replace("%1", str(problem)),
        ).open()

    window.runner.run(work, done, failed)


def say_claimed(window: MainWindow, path: Path) -> None:
    """Another RepDesk window has ``path`` open: it was asked to come forward."""
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "DatabaseSafety", "%1 is open in another RepDesk window."
        ).replace("%1", path.name)
    )
    _box(
        window,
        "databaseClaimed",
        QCoreApplication.translate("DatabaseSafety", "Already open"),
        QCoreApplication.translate(
            "DatabaseSafety",
            "%1 is already open in another RepDesk window, which has been brought forward. "
            "Work there, or open another database here: two windows on one file would "
            "overwrite each other's changes.",
        ).replace("%1", str(path)),
        QMessageBox.Icon.Information,
    ).open()


def come_forward(window: MainWindow) -> None:
    """Another RepDesk asked for this window (it tried to open this database)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


# -- encryption ---------------------------------------------------------------------
def show_encryption(window: MainWindow) -> None:
    from repdesk.gui.encryption_dialog import EncryptionDialog

    workspace = window.workspace
    if workspace is None:
        return
    store = workspace.store
    dialog = EncryptionDialog(store.path, store.passphrase, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.convert_requested.connect(lambda current, new: convert(window, current, new))
    dialog.open()


def convert(window: MainWindow, current: Passphrase | None, new: Passphrase | None) -> None:
    """Close the database (asking about unsaved edits), convert it and its backups on
    the worker, then open it again with the new passphrase."""
    workspace = window.workspace
    if workspace is None or not window.keep_edits():
        return
    if not window.close_sheets() or not window.close_visits():
        return
    path, folder = workspace.store.path, workspace.store.backup_dir
    window.housekeeping.wait()  # not while the day's backup is copying the file
    window.detach()
    window.statusBar().showMessage(
        QCoreApplication.translate("DatabaseSafety", "Encrypting the database and its backups…")
        if new is not None
        else QCoreApplication.translate("DatabaseSafety", "Removing the encryption…")
    )

    def work() -> Converted:
        from repdesk.services.encryption import convert as convert_files

        return convert_files(path, folder, current, new)

    def done(result: Converted) -> None:
        window.open_database(path, new)
        if new is None:
            text = QCoreApplication.translate(
                "DatabaseSafety", "%1 is no longer encrypted, nor are its %2 backups."
            )
        elif current is None:
            text = QCoreApplication.translate(
                "DatabaseSafety", "%1 is now encrypted, and so are its %2 backups."
            )
        else:
            text = QCoreApplication.translate(
                "DatabaseSafety", "The passphrase of %1 and of its %2 backups is changed."
            )
        text = text.replace("%1", path.name).replace("%2", str(result.backups))
        if result.left:
            text += " " + QCoreApplication.translate(
                "DatabaseSafety",
                "%1 older backups were made with another passphrase and are as they were.",
            ).replace("%1", str(len(result.left)))
        _box(
            window,
            "encryptionDone",
            QCoreApplication.translate("DatabaseSafety", "Encryption"),
            text,
            QMessageBox.Icon.Information,
        ).open()

    def failed(error: BaseException) -> None:
        log.error("encryption change failed", exc_info=error)
        window.open_database(path, current)  # the file is as it was
        _box(
            window,
            "encryptionProblem",
            QCoreApplication.translate("DatabaseSafety", "Encryption"),
            QCoreApplication.translate("DatabaseSafety", "Nothing was changed: %1").replace(
                "%1", str(error)
            ),
        ).open()

    window.runner.run(work, done, failed)


# -- writes the disk refused ----------------------------------------------------------
def say_write_failed(window: MainWindow, problem: StoreProblem) -> None:
    """One box at a time (an autosave may fail again while the first is read)."""
    from repdesk.gui.store_messages import write_failure_message, write_failure_title

    if window.findChild(QMessageBox, "writeFailed") is not None:
        return
    window.statusBar().showMessage(write_failure_title())
    _box(
        window, "writeFailed", write_failure_title(), write_failure_message(problem, window.db_path)
    ).open()
