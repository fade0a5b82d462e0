"""File > Trash…: what the rep deleted, newest first; restore it, or delete it for good
after a question that says how many and that it cannot be undone.

The list, the restore and the purge run on the worker (services/trash.py holds
the rules); ``changed`` tells the main window what came back or went, so its
lists follow. While a restore or a purge runs the dialog stays open, so that
``changed`` always reaches the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui import style
from repdesk.gui.format import fmt_date, fmt_datetime
from repdesk.gui.i18n import ui_language
from repdesk.gui.tasks import TaskRunner
from repdesk.services.trash import TrashChange, TrashItem, TrashKind

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

KIND, NAME, DELETED = range(3)


class TrashDialog(QDialog):
    listed = Signal()  # the list shows the trash as it is now
    changed = Signal(object)  # a TrashChange: what came back, or went for good

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trash")
        self.setWindowTitle(self.tr("Trash"))
        self.workspace = workspace
        self.runner = runner
        self.trash = workspace.trash
        self.items: list[TrashItem] = []
        self._busy = False
        intro = QLabel(
            self.tr(
                "What you delete waits here: customer sheets, people, diary rows, visits "
                "and playbook entries. Restore brings an item back with what was deleted "
                "with it; deleting for good cannot be undone."
            )
        )
        intro.setWordWrap(True)
        style.muted(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the trash"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Deleted")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DELETED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QAction(self.table)
        delete_key.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_selected)
        self.table.addAction(delete_key)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        style.muted(self.empty)
        self.status = QLabel()
        self.status.setWordWrap(True)
        style.muted(self.status)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(
            self.tr("Bring the chosen items back, with what was deleted with them")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen items for good (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.empty_button.setToolTip(self.tr("Delete everything in the trash for good"))
        self.empty_button.clicked.connect(self.empty_trash)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self._show_empty()
        self._update_buttons()
        self.refresh()

    # -- what the rows say ---------------------------------------------------------
    def kind_text(self, kind: TrashKind) -> str:
        if kind is TrashKind.CUSTOMER:
            return self.tr("Customer sheet")
        if kind is TrashKind.PERSON:
            return self.tr("Person")
        if kind is TrashKind.DIARY_ENTRY:
            return self.tr("Diary row")
        if kind is TrashKind.VISIT_PLAN:
            return self.tr("Visit plan")
        if kind is TrashKind.VISIT_RECORD:
            return self.tr("Visit record")
        return self.tr("Playbook entry")

    def name_text(self, item: TrashItem) -> str:
        if item.kind is TrashKind.OBJECTION:
            return item.title.get(ui_language()) if item.title is not None else ""
        if item.kind is TrashKind.CUSTOMER:
            return item.name
        if item.kind is TrashKind.PERSON:
            return self.tr("%1 (%2)").replace("%1", item.name).replace("%2", item.company)
        company = item.name or self.tr("(no company)")
        when = item.on
        if item.kind is TrashKind.DIARY_ENTRY:
            if item.contact and item.contact.casefold() != company.casefold():
                company = self.tr("%1 (%2)").replace("%1", company).replace("%2", item.contact)
            return (
                self.tr("%1, first contact on %2").replace("%1", company).replace("%2", _when(when))
            )
        if item.kind is TrashKind.VISIT_PLAN:
            if when is None:
                return self.tr("%1, visit plan without a date").replace("%1", company)
            return (
                self.tr("%1, visit planned for %2")
                .replace("%1", company)
                .replace("%2", _when(when))
            )
        return self.tr("%1, visit record of %2").replace("%1", company).replace("%2", _when(when))

    def tooltip(self, item: TrashItem) -> str:
        lines: list[str] = []
        if item.title is not None:
            lines.extend(t for t in (item.title.en, item.title.zh) if t.strip())
        else:
            lines.append(self.name_text(item))
        if item.kept_for_history:
            lines.append(
                self.tr(
                    "Met on %n visit(s): kept when the trash is emptied, for the visit history.",
                    "",
                    item.used_by_visits,
                )
            )
        return "\n".join(dict.fromkeys(lines))

    # -- the list --------------------------------------------------------------------
    def refresh(self) -> None:
        trash = self.trash
        self.runner.run(trash.items, self._show, self._failed)

    def _show(self, items: list[TrashItem]) -> None:
        if not shiboken6.isValid(self):
            return
        self.items = items
        self.table.clearSelection()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            tip = self.tooltip(item)
            deleted = item.deleted_at.replace(tzinfo=UTC).astimezone()  # stored as UTC
            for column, text in (
                (KIND, self.kind_text(item.kind)),
                (NAME, self.name_text(item)),
                (DELETED, fmt_datetime(deleted)),
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                self.table.setItem(row, column, cell)
        self._filter()
        self._update_buttons()
        self.listed.emit()

    def _filter(self) -> None:
        needle = self.search.text().strip().casefold()
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (KIND, NAME, DELETED)]
            words = " ".join(c.text() + " " + c.toolTip() for c in cells[:2] if c is not None)
            self.table.setRowHidden(row, bool(needle) and needle not in words.casefold())
        self._show_empty()
        self._update_buttons()

    def _show_empty(self) -> None:
        shown = any(not self.table.isRowHidden(r) for r in range(self.table.rowCount()))
        if not self.items:
            self.empty.setText(self.tr("The trash is empty."))
        elif not shown:
            self.empty.setText(self.tr("Nothing in the trash matches the search."))
        self.table.setVisible(shown)
        self.empty.setVisible(not shown)

    def selected(self) -> list[TrashItem]:
        rows = sorted(
            index.row()
            for index in self.table.selectionModel().selectedRows()
            if not self.table.isRowHidden(index.row())
        )
        return [self.items[row] for row in rows if row < len(self.items)]

    def _update_buttons(self) -> None:
        chosen = not self._busy and bool(self.selected())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(not self._busy and bool(self.items))
        self.close_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.search.setEnabled(not busy)
        self._update_buttons()

    # -- restoring and deleting for good ---------------------------------------------
    def restore_selected(self) -> None:
        items = self.selected()
        if not items or self._busy:
            return
        trash = self.trash
        self._set_busy(True)

        def failed(error: BaseException) -> None:
            # Each item is restored in a transaction of its own: some may be back.
            if shiboken6.isValid(self):
                self.changed.emit(TrashChange(done=tuple(items)))
            self._write_failed(error)

        self.runner.run(lambda: trash.restore(items), self._restored, failed)

    def _restored(self, change: TrashChange) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.status.setText(self.tr("Restored %n item(s).", "", len(change.done)))
        self.changed.emit(change)
        self.refresh()

    def delete_selected(self) -> None:
        items = self.selected()
        if not items or self._busy or not self._confirm(items, everything=False):
            return
        self._purge(items)

    def empty_trash(self) -> None:
        # What the rep was asked about, not what the trash holds by the time it runs.
        items = list(self.items)
        if not items or self._busy or not self._confirm(items, everything=True):
            return
        self._purge(items)

    def _purge(self, items: Sequence[TrashItem]) -> None:
        trash = self.trash
        self._set_busy(True)
        self.runner.run(lambda: trash.empty(items), self._purged, self._write_failed)

    def _purged(self, change: TrashChange) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        text = self.tr("Deleted %n item(s) for good.", "", len(change.done))
        if change.kept:
            text += " " + self.tr(
                "Kept %n item(s): past visit records refer to them.", "", len(change.kept)
            )
        self.status.setText(text)
        self.changed.emit(change)
        self.refresh()

    def _confirm(self, items: Sequence[TrashItem], *, everything: bool) -> bool:
        count = len(items)
        if everything:
            title = self.tr("Empty trash")
            text = self.tr("Delete all %n item(s) in the trash for good?", "", count)
            action = self.tr("Empty trash")
        else:
            title = self.tr("Delete for good")
            text = self.tr("Delete %n item(s) for good?", "", count)
            action = self.tr("Delete for good")
        notes = [self.tr("This cannot be undone.")]
        if any(item.kind is TrashKind.CUSTOMER for item in items):
            notes.append(
                self.tr(
                    "A customer sheet goes with everything on it: its people, diary rows, "
                    "visit plans and visit records."
                )
            )
        kept = sum(1 for item in items if item.kept_for_history)
        if kept:
            notes.append(
                self.tr(
                    "%n item(s) that past visit records refer to may stay in the trash, "
                    "to keep the visit history.",
                    "",
                    kept,
                )
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            text + "\n\n" + "\n\n".join(notes),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmEmpty" if everything else "confirmPurge")
        box.button(QMessageBox.StandardButton.Ok).setText(action)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Trash"),
            self.tr("The trash could not be read or changed: %1").replace("%1", str(error)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("trashProblem")
        box.open()

    def _write_failed(self, error: BaseException) -> None:
        """Say so, and show the trash as it now is."""
        self._failed(error)
        if shiboken6.isValid(self):
            self.refresh()

    # -- closing: not while a restore or a purge is on its way -----------------------
    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


def _when(value: date | datetime | None) -> str:
    return fmt_datetime(value) if isinstance(value, datetime) else fmt_date(value)
