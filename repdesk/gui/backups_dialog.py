"""File > Backups…: the database's backups with their date, kind and size; a backup
now; restore in two clicks (choose, confirm), the current file kept first.

The list and the backup are made on the worker; restoring is the main window's
(it closes the open database first, then reopens it: MainWindow.restore_backup).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui import style
from repdesk.gui.tasks import TaskRunner
from repdesk.services.backups import BEFORE_RESTORE, DAILY, MANUAL, Backup

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB"


class BackupsDialog(QDialog):
    listed = Signal()  # the list shows the backups as they are now

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        keep: int,
        restore: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self.setWindowTitle(self.tr("Backups"))
        self.workspace = workspace
        self.runner = runner
        self.keep = keep
        self._restore = restore
        self.backups: list[Backup] = []
        where = QLabel(
            self.tr(
                "Backups of %1 are kept in %2. RepDesk makes one on the first start of "
                "each day and before every upgrade of the file; the newest %3 of each "
                "kind are kept."
            )
            .replace("%1", workspace.store.path.name)
            .replace("%2", str(workspace.store.backup_dir))
            .replace("%3", str(keep))
        )
        where.setWordWrap(True)
        style.muted(where)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(self.tr("No backups yet."))
        style.muted(self.empty)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(
            self.tr(
                "Replace the open database with the chosen backup (the current file is kept first)"
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(620, 420)
        self._update_buttons()
        self.refresh()

    def reason_text(self, reason: str) -> str:
        if reason == DAILY:
            return self.tr("Daily, at the first start")
        if reason == MANUAL:
            return self.tr("Made by hand")
        if reason == BEFORE_RESTORE:
            return self.tr("Before a restore")
        return self.tr("Before an upgrade of the file")

    def refresh(self) -> None:
        workspace = self.workspace
        self.runner.run(workspace.backups, self._show, self._failed)

    def _show(self, backups: list[Backup]) -> None:
        if not shiboken6.isValid(self):
            return
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            cells = (
                backup.made_at.strftime("%Y-%m-%d %H:%M"),
                self.reason_text(backup.reason),
                size_text(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        if backups:
            self.table.selectRow(0)
        self._update_buttons()
        self.listed.emit()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows and rows[0].row() < len(self.backups) else None

    def back_up(self) -> None:
        workspace, keep = self.workspace, self.keep
        self.back_up_button.setEnabled(False)

        def done(_made: Backup) -> None:
            if shiboken6.isValid(self):
                self.back_up_button.setEnabled(True)
                self.refresh()

        self.runner.run(lambda: workspace.back_up(keep), done, self._failed)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the open database with the backup of %1?\n\nThe database as it "
                "is now is kept as a backup first, so this can be undone."
            ).replace("%1", backup.made_at.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRestore")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Restore"))
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        self.accept()
        self._restore(backup.path)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.back_up_button.setEnabled(True)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Backups"),
            self.tr("The backup could not be made or read: %1").replace("%1", str(error)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("backupProblem")
        box.open()
