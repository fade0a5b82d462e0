"""Edit the lead sources: rename, reorder, add, remove (rows that use one keep it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui.labels import lead_source_label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.widgets.lists import move_current_row
from repdesk.services.lead_sources import LeadSourceEntry, LeadSourceError

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

_ENTRY = Qt.ItemDataRole.UserRole


class LeadSourcesDialog(QDialog):
    def __init__(self, entries: list[LeadSourceEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadSourcesDialog")
        self.setWindowTitle(self.tr("Lead sources"))
        hint = QLabel(
            self.tr(
                "Double-click a source to rename it. Removing one keeps it on the rows "
                "and sheets that already name it."
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        for entry in entries:
            self._add_item(entry)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_source)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_source)
        up = QPushButton(self.tr("Move up"))
        up.clicked.connect(lambda: self.move_source(-1))
        down = QPushButton(self.tr("Move down"))
        down.clicked.connect(lambda: self.move_source(1))
        side = QVBoxLayout()
        for button in (add, remove, up, down):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c5221f")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(420, 420)

    def _add_item(self, entry: LeadSourceEntry) -> QListWidgetItem:
        item = QListWidgetItem(lead_source_label(entry.label))
        item.setData(_ENTRY, entry)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add_source(self) -> None:
        item = self._add_item(LeadSourceEntry(None, self.tr("New source")))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_source(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_source(self, delta: int) -> None:
        move_current_row(self.list, delta)

    def entries(self) -> list[LeadSourceEntry]:
        """The list as shown; a seed source left as it was keeps its stored (translated) text."""
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            entry: LeadSourceEntry = item.data(_ENTRY)
            text = item.text().strip()
            label = entry.label if text == lead_source_label(entry.label) else text
            result.append(LeadSourceEntry(entry.id, label, entry.code))
        return result

    def show_error(self, error: LeadSourceError) -> None:
        if error.reason == "empty":
            text = self.tr("A lead source needs a name.")
        else:
            text = self.tr("%1 is in the list twice.").replace("%1", error.label)
        self.problem.setText(text)
        self.problem.show()


def edit_lead_sources(
    parent: QWidget, runner: TaskRunner, workspace: Workspace, saved: Callable[[], None]
) -> None:
    """Open the dialog on the current list; save on OK (kept open with the reason if refused)."""

    def show(entries: list[LeadSourceEntry]) -> None:
        dialog = LeadSourcesDialog(entries, parent)

        def accept() -> None:
            chosen = dialog.entries()

            def failed(error: BaseException) -> None:
                if isinstance(error, LeadSourceError):
                    dialog.show_error(error)
                else:
                    runner.error.emit(error)

            def done(_result: object) -> None:
                QDialog.accept(dialog)
                saved()

            runner.run(lambda: workspace.lead_sources.save(chosen), done, failed)

        dialog.accept = accept  # type: ignore[method-assign]
        dialog.open()

    runner.run(workspace.lead_sources.entries, show)
