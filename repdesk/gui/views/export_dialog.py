"""Export the filtered customer list (CSV or XLSX, every field) or its people (vCard).

``export_customers`` and ``export_people`` ask for a file, then show a small
dialog that writes it on the TaskRunner's worker with a progress bar and a
Cancel button (a cancelled export leaves no half-written file).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui.style import emphasised
from repdesk.gui.tasks import TaskHandle, TaskRunner
from repdesk.services.customers import CancelledError
from repdesk.services.workspace import Workspace


class ExportKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD3 = "vcard3"
    VCARD4 = "vcard4"

    @property
    def suffix(self) -> str:
        return {"csv": ".csv", "xlsx": ".xlsx"}.get(self.value, ".vcf")


def kind_for(path: Path, vcard_version: str = "3.0") -> ExportKind:
    suffix = path.suffix.casefold()
    if suffix in (".vcf", ".vcard"):
        return ExportKind.VCARD4 if vcard_version == "4.0" else ExportKind.VCARD3
    return ExportKind.XLSX if suffix in (".xlsx", ".xlsm") else ExportKind.CSV


class ExportDialog(QDialog):
    """Writes one file in the background; says how many rows or cards it wrote."""

    finished_export = Signal(object)  # the count written, or the exception

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        ids: Sequence[str],
        path: Path,
        kind: ExportKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.ids = list(ids)
        self.path = path
        self.kind = kind
        self.count: int | None = None
        self.error: BaseException | None = None
        self._handle: TaskHandle | None = None
        people = kind in (ExportKind.VCARD3, ExportKind.VCARD4)
        self.setWindowTitle(self.tr("Export people") if people else self.tr("Export customers"))
        self.message = emphasised(QLabel())
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.button = QPushButton(self.tr("Cancel"))
        self.button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    def start(self) -> None:
        from repdesk.reports.interchange.files import export_customers, export_people

        store, ids, path = self.workspace.store, self.ids, self.path
        if self.kind in (ExportKind.VCARD3, ExportKind.VCARD4):
            version = "4.0" if self.kind is ExportKind.VCARD4 else "3.0"
            text = self.tr("Writing the people of %1 customers to %2…")

            def work(progress: Any, cancelled: Any) -> int:
                return export_people(
                    store, ids, path, version=version, progress=progress, cancelled=cancelled
                )
        else:
            text = self.tr("Writing %1 customers to %2…")

            def work(progress: Any, cancelled: Any) -> int:
                return export_customers(store, ids, path, progress=progress, cancelled=cancelled)

        self.message.setText(text.replace("%1", str(len(ids))).replace("%2", str(path)))
        self.runner.progress.connect(self._on_progress)
        self._handle = self.runner.run_with_progress(work, self._done, self._failed)

    def _on_progress(self, fraction: float) -> None:
        self.bar.setValue(round(fraction * 1000))

    def _over(self) -> None:
        self._handle = None
        self.runner.progress.disconnect(self._on_progress)
        self.button.setText(self.tr("Close"))

    def _done(self, count: int) -> None:
        self._over()
        self.count = count
        self.bar.setValue(1000)
        if self.kind in (ExportKind.VCARD3, ExportKind.VCARD4):
            text = self.tr("Wrote %1 people to %2.")
        else:
            text = self.tr("Wrote %1 customers to %2.")
        self.message.setText(text.replace("%1", str(count)).replace("%2", str(self.path)))
        self.finished_export.emit(count)

    def _failed(self, error: BaseException) -> None:
        self._over()
        self.error = error
        self.bar.hide()
        if isinstance(error, CancelledError):
            self.message.setText(self.tr("The export was cancelled. No file was written."))
        elif isinstance(error, OSError):
            self.message.setText(
                self.tr("RepDesk could not write %1: %2")
                .replace("%1", str(self.path))
                .replace("%2", error.strerror or str(error))
            )
        else:
            raise error
        self.finished_export.emit(error)

    @property
    def running(self) -> bool:
        return self._handle is not None

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()  # the dialog stays to say so
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._handle is not None:
            self._handle.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _ask_path(
    parent: QWidget | None, title: str, default: str, filters: list[str]
) -> tuple[Path, int] | None:
    name, chosen = QFileDialog.getSaveFileName(parent, title, default, ";;".join(filters))
    if not name:
        return None
    return Path(name), filters.index(chosen) if chosen in filters else 0


def _show(
    workspace: Workspace,
    runner: TaskRunner,
    ids: Sequence[str],
    path: Path,
    kind: ExportKind,
    parent: QWidget | None,
) -> ExportDialog:
    if path.suffix.casefold() != kind.suffix:
        path = path.with_name(path.name + kind.suffix)
    dialog = ExportDialog(workspace, runner, ids, path, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog


def export_customers(
    workspace: Workspace,
    runner: TaskRunner,
    ids: Sequence[str],
    parent: QWidget | None = None,
    path: Path | None = None,
) -> ExportDialog | None:
    """Ask where (Excel or CSV, by the file type chosen) and export ``ids`` in that order.

    Returns the progress dialog, or None if the rep cancelled the file choice."""
    filters = [
        QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"),
        QCoreApplication.translate("ExportDialog", "CSV, UTF-8 (*.csv)"),
    ]
    if path is None:
        default = f"customers-{date.today().isoformat()}.xlsx"
        title = QCoreApplication.translate("ExportDialog", "Export customers")
        chosen = _ask_path(parent, title, default, filters)
        if chosen is None:
            return None
        path, index = chosen
        if path.suffix.casefold() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if index == 0 else ".csv"))
    elif path.suffix.casefold() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + ".xlsx")  # the file dialog's default too
    kind = kind_for(path)
    return _show(workspace, runner, ids, path, kind, parent)


def export_people(
    workspace: Workspace,
    runner: TaskRunner,
    ids: Sequence[str],
    parent: QWidget | None = None,
    path: Path | None = None,
    version: str = "3.0",
) -> ExportDialog | None:
    """Ask where (vCard 3.0 or 4.0) and export the people of the customers ``ids``."""
    filters = [
        QCoreApplication.translate("ExportDialog", "vCard 3.0, for most phones and mail (*.vcf)"),
        QCoreApplication.translate("ExportDialog", "vCard 4.0 (*.vcf)"),
    ]
    if path is None:
        default = f"people-{date.today().isoformat()}.vcf"
        title = QCoreApplication.translate("ExportDialog", "Export people")
        chosen = _ask_path(parent, title, default, filters)
        if chosen is None:
            return None
        path, index = chosen
        version = "4.0" if index == 1 else "3.0"
    return _show(workspace, runner, ids, path, kind_for(path.with_suffix(".vcf"), version), parent)
