"""File > Export everything… and File > Import an archive…: the whole book, the playbook
and the settings in one portable file (services/archive.py), to move to another laptop
or to keep somewhere safe.

Export: choose the file, choose whether to seal it with a passphrase (on by default
when the database itself is encrypted), then it is written on the worker with
progress; the file appears only when whole. Import: choose the archive, give its
passphrase if sealed, see what it holds, choose where the new database goes (never over
an existing one), then it is built on the worker and opened if the rep wants.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui import style
from repdesk.gui.format import fmt_datetime
from repdesk.gui.passphrase_dialog import secret_field, show_toggle
from repdesk.services.encryption import MIN_LENGTH, PassphraseProblem, passphrase_problem

if TYPE_CHECKING:
    from repdesk.gui.main_window import MainWindow
    from repdesk.services.archive import ArchiveError, ArchiveInfo, ArchiveSummary, ImportSummary

SUFFIX = ".repdesk-archive"


class SealDialog(QDialog):
    """Seal the archive with a passphrase, or not."""

    chosen = Signal(object)  # the passphrase (str) or None

    def __init__(self, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealArchive")
        self.setWindowTitle(self.tr("Export everything"))
        intro = QLabel(
            self.tr(
                "The archive holds every customer, visit, diary row, the playbook and your "
                "settings. Anyone who has the file can read it unless it is sealed with a "
                "passphrase."
            )
        )
        intro.setWordWrap(True)
        self.seal = QCheckBox(self.tr("Seal it with a passphrase"))
        self.seal.setObjectName("sealBox")
        self.seal.setChecked(encrypted)
        self.new_field = secret_field(self, "archivePassphrase")
        self.new_field.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_LENGTH))
        )
        self.again_field = secret_field(self, "archivePassphraseAgain")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.new_field)
        form.addRow(self.tr("Repeat it:"), self.again_field)
        self.problem = QLabel()
        self.problem.setObjectName("sealProblem")
        self.problem.setWordWrap(True)
        style.error(self.problem)
        self.problem.hide()
        note = QLabel(
            self.tr(
                "The passphrase is not kept anywhere: without it, the archive cannot be opened."
            )
        )
        note.setWordWrap(True)
        style.muted(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        fields = [self.new_field, self.again_field]
        toggle = show_toggle(self, fields, self.tr("Show what I type"))
        for widget in (*fields, toggle, note):
            self.seal.toggled.connect(widget.setEnabled)
            widget.setEnabled(encrypted)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.seal)
        layout.addLayout(form)
        layout.addWidget(toggle)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _accept(self) -> None:
        if not self.seal.isChecked():
            self.accept()
            self.chosen.emit(None)
            return
        secret, again = self.new_field.text(), self.again_field.text()
        problem = passphrase_problem(secret, again)
        if problem == PassphraseProblem.TOO_SHORT:
            text = self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)
            )
        elif problem == PassphraseProblem.NUL:
            text = self.tr("The passphrase has a character it cannot hold.")
        elif problem == PassphraseProblem.MISMATCH:
            text = self.tr("The two passphrases differ. Type it again.")
        else:
            self.new_field.clear()
            self.again_field.clear()
            self.accept()
            self.chosen.emit(secret)
            return
        self.problem.setText(text)
        self.problem.show()


def _box(window: QWidget, name: str, title: str, text: str, icon: QMessageBox.Icon) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _size(size: int) -> str:
    from repdesk.gui.backups_dialog import size_text

    return size_text(size)


# -- export -------------------------------------------------------------------------
def export_everything(window: MainWindow) -> None:
    workspace = window.workspace
    if workspace is None:
        return
    suggested = window.db_path.parent / f"repdesk-{date.today():%Y-%m-%d}{SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ArchiveFiles", "Export everything"),
        str(suggested),
        QCoreApplication.translate("ArchiveFiles", "RepDesk archive (*.repdesk-archive)"),
    )
    if not name:
        return
    out = Path(name)
    if out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    dialog = SealDialog(workspace.store.encrypted, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda passphrase: _export(window, out, passphrase))
    dialog.open()


def _export(window: MainWindow, out: Path, passphrase: str | None) -> None:
    workspace = window.workspace
    if workspace is None:
        return
    store, settings = workspace.store, asdict(window.settings)
    window.statusBar().showMessage(
        QCoreApplication.translate("ArchiveFiles", "Exporting everything to %1…").replace(
            "%1", out.name
        )
    )

    def work(progress: Any, cancelled: Any) -> ArchiveSummary:
        from repdesk.services.archive import export_archive

        return export_archive(store, settings, out, passphrase, progress, cancelled)

    def done(summary: ArchiveSummary) -> None:
        text = (
            QCoreApplication.translate("ArchiveFiles", "Everything is in %1 (%2 rows, %3).")
            .replace("%1", str(summary.path))
            .replace("%2", f"{summary.total_rows:,}")
            .replace("%3", _size(summary.bytes))
        )
        if summary.sealed:
            text += " " + QCoreApplication.translate(
                "ArchiveFiles", "It is sealed: it opens only with its passphrase."
            )
        window.statusBar().showMessage(
            QCoreApplication.translate("ArchiveFiles", "Export finished."), 8000
        )
        _box(
            window,
            "archiveExported",
            QCoreApplication.translate("ArchiveFiles", "Export everything"),
            text,
            QMessageBox.Icon.Information,
        )

    window.runner.run_with_progress(work, done, lambda error: _failed(window, error, out))


# -- import -------------------------------------------------------------------------
def import_archive(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ArchiveFiles", "Import an archive"),
        str(window.db_path.parent),
        QCoreApplication.translate(
            "ArchiveFiles", "RepDesk archive (*.repdesk-archive);;All files (*)"
        ),
    )
    if name:
        _read(window, Path(name), None)


def _read(window: MainWindow, path: Path, passphrase: str | None) -> None:
    def work() -> ArchiveInfo:
        from repdesk.services.archive import read_archive_manifest

        return read_archive_manifest(path, passphrase)

    window.runner.run(
        work,
        lambda info: _preview(window, info, passphrase),
        lambda error: _read_failed(window, error, path),
    )


def _read_failed(window: MainWindow, error: BaseException, path: Path) -> None:
    from repdesk.services.archive import ArchiveError, ArchiveProblem

    if isinstance(error, ArchiveError) and error.kind in (
        ArchiveProblem.NEEDS_PASSPHRASE,
        ArchiveProblem.WRONG_PASSPHRASE,
    ):
        _ask_passphrase(window, path, wrong=error.kind is ArchiveProblem.WRONG_PASSPHRASE)
        return
    _failed(window, error, path)


def _ask_passphrase(window: MainWindow, path: Path, *, wrong: bool) -> None:
    from repdesk.gui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(path, wrong, window)
    dialog.setObjectName("archivePassphrase")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda passphrase: _read(window, path, passphrase.secret))
    dialog.open()


def _preview(window: MainWindow, info: ArchiveInfo, passphrase: str | None) -> None:
    text = (
        QCoreApplication.translate(
            "ArchiveFiles",
            "%1 was made %2 by RepDesk %3. It holds %4 customers (%5 rows in all), the "
            "playbook and the settings. It becomes a new database: choose where, next.",
        )
        .replace("%1", info.path.name)
        .replace("%2", fmt_datetime(info.created_at.astimezone().replace(tzinfo=None)))
        .replace("%3", info.app_version)
        .replace("%4", f"{info.customers:,}")
        .replace("%5", f"{info.total_rows:,}")
    )
    if info.older_schema:
        text += " " + QCoreApplication.translate(
            "ArchiveFiles", "It comes from an earlier RepDesk and is upgraded on the way."
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ArchiveFiles", "Import an archive"),
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("archivePreview")
    take = QCheckBox(
        QCoreApplication.translate(
            "ArchiveFiles", "Also use its settings (name, team, language, region)"
        )
    )
    box.setCheckBox(take)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return
    suggested = window.db_path.parent / f"repdesk-from-archive-{date.today():%Y-%m-%d}.db"
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ArchiveFiles", "The new database"),
        str(suggested),
        QCoreApplication.translate("ArchiveFiles", "RepDesk database (*.db)"),
    )
    if not name:
        return
    target = Path(name)
    if target.exists() and target.stat().st_size > 0:
        _box(
            window,
            "archiveTargetExists",
            QCoreApplication.translate("ArchiveFiles", "Import an archive"),
            QCoreApplication.translate(
                "ArchiveFiles",
                "%1 already exists. An archive always becomes a new database: choose a new "
                "file name. Nothing was changed.",
            ).replace("%1", str(target)),
            QMessageBox.Icon.Warning,
        )
        return
    _import(window, info.path, target, passphrase, take_settings=take.isChecked())


def _import(
    window: MainWindow, path: Path, target: Path, passphrase: str | None, *, take_settings: bool
) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("ArchiveFiles", "Importing %1…").replace("%1", path.name)
    )

    def work(progress: Any, cancelled: Any) -> ImportSummary:
        from repdesk.services.archive import import_archive as build

        return build(path, target, passphrase, progress, cancelled)

    def done(summary: ImportSummary) -> None:
        if take_settings:
            window.settings.take(dict(summary.settings))
            window._save_settings()
        window.statusBar().showMessage(
            QCoreApplication.translate("ArchiveFiles", "Import finished."), 8000
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ArchiveFiles", "Import an archive"),
            QCoreApplication.translate("ArchiveFiles", "%1 is ready with %2 rows. Open it now?")
            .replace("%1", str(summary.path))
            .replace("%2", f"{summary.total_rows:,}"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            window,
        )
        box.setObjectName("archiveImported")
        if box.exec() == QMessageBox.StandardButton.Open:
            window.open_database(summary.path)

    window.runner.run_with_progress(work, done, lambda error: _failed(window, error, path))


# -- problems -----------------------------------------------------------------------
def _failed(window: MainWindow, error: BaseException, path: Path) -> None:
    from repdesk.services.archive import ArchiveError

    if not isinstance(error, ArchiveError):
        window.runner.error.emit(error)
        return
    window.statusBar().clearMessage()
    _box(
        window,
        "archiveProblem",
        QCoreApplication.translate("ArchiveFiles", "Archive"),
        archive_problem_text(error, path),
        QMessageBox.Icon.Warning,
    )


def archive_problem_text(error: ArchiveError, path: Path) -> str:
    """What went wrong, where (file, table, line, field), in the rep's language."""
    from repdesk.services.archive import ArchiveProblem

    kind = error.kind
    texts = {
        ArchiveProblem.NOT_AN_ARCHIVE: QCoreApplication.translate(
            "ArchiveFiles", "%1 is not a RepDesk archive. Nothing was changed."
        ),
        ArchiveProblem.DAMAGED: QCoreApplication.translate(
            "ArchiveFiles",
            "%1 is damaged (its checksums do not match). Nothing was changed. Use another "
            "copy of the archive.",
        ),
        ArchiveProblem.NEWER_FORMAT: QCoreApplication.translate(
            "ArchiveFiles",
            "%1 was made by a newer RepDesk. Update RepDesk to import it. Nothing was changed.",
        ),
        ArchiveProblem.NEWER_SCHEMA: QCoreApplication.translate(
            "ArchiveFiles",
            "%1 was made by a newer RepDesk. Update RepDesk to import it. Nothing was changed.",
        ),
        ArchiveProblem.UNSUPPORTED: QCoreApplication.translate(
            "ArchiveFiles",
            "%1 is sealed in a way this installation cannot open. Update RepDesk and try "
            "again. Nothing was changed.",
        ),
        ArchiveProblem.TOO_BIG: QCoreApplication.translate(
            "ArchiveFiles",
            "%1 holds more than any RepDesk book could (a damaged or hostile file). "
            "Nothing was changed.",
        ),
        ArchiveProblem.BAD_ROW: QCoreApplication.translate(
            "ArchiveFiles",
            "%1 has a value RepDesk cannot take: table %2, line %3, field %4. No database "
            "was made.",
        ),
        ArchiveProblem.TARGET_EXISTS: QCoreApplication.translate(
            "ArchiveFiles",
            "The new database's file already exists. Choose a new file name. Nothing was changed.",
        ),
        ArchiveProblem.CANNOT_READ: QCoreApplication.translate(
            "ArchiveFiles", "%1 cannot be read. Check the file and its permissions."
        ),
        ArchiveProblem.CANNOT_WRITE: QCoreApplication.translate(
            "ArchiveFiles",
            "The file cannot be written there (the folder is read-only or missing). Choose "
            "another folder. Nothing was left half-written.",
        ),
        ArchiveProblem.DISK_FULL: QCoreApplication.translate(
            "ArchiveFiles",
            "The disk is full. Free some space, or choose another disk. Nothing was left "
            "half-written.",
        ),
        ArchiveProblem.DATABASE: QCoreApplication.translate(
            "ArchiveFiles", "The database could not be read or written: %5"
        ),
        ArchiveProblem.CANCELLED: QCoreApplication.translate(
            "ArchiveFiles", "Cancelled. Nothing was written."
        ),
        ArchiveProblem.NEEDS_PASSPHRASE: QCoreApplication.translate(
            "ArchiveFiles", "%1 is sealed: it needs its passphrase."
        ),
        ArchiveProblem.WRONG_PASSPHRASE: QCoreApplication.translate(
            "ArchiveFiles", "That passphrase does not open %1. Nothing was changed."
        ),
    }
    return (
        texts[kind]
        .replace("%1", str(error.path or path))
        .replace("%2", error.table or "?")
        .replace("%3", str(error.line or "?"))
        .replace("%4", error.field or "?")
        .replace("%5", error.detail or str(error))
    )
