"""Edit the STEP1 checklists every new visit plan starts from: reword, add, remove, reorder.

Three lists, as the seed has them: sales tools to bring, information to
gather, checks before leaving. A seed line left as it was keeps its stored
text, so it goes on showing in the rep's language; plans already made keep
their own lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import ChecklistKind
from repdesk.gui.labels import checklist_label, label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.widgets.lists import move_current_row
from repdesk.services.visits import TemplateItem

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

_ITEM = Qt.ItemDataRole.UserRole
_KINDS = (ChecklistKind.SALES_TOOLS, ChecklistKind.INFORMATION, ChecklistKind.DEPARTURE_CHECKS)


class ChecklistTemplatesDialog(QDialog):
    def __init__(self, items: list[TemplateItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistTemplates")
        self.setWindowTitle(self.tr("Visit checklists"))
        hint = QLabel(
            self.tr(
                "Every new visit plan starts from these lists. Double-click a line to "
                "reword it; plans already made keep their own lines."
            )
        )
        hint.setWordWrap(True)
        self.lists: dict[ChecklistKind, QListWidget] = {}
        grid = QGridLayout()
        for column, kind in enumerate(_KINDS):
            box = QGroupBox(label(kind))
            widget = QListWidget()
            widget.setObjectName(f"checklist-{kind.value}")
            for item in items:
                if item.kind is kind:
                    self._add(widget, item)
            add = QPushButton(self.tr("Add"))
            add.clicked.connect(lambda _c=False, k=kind: self.add_line(k))
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda _c=False, w=widget: self._remove(w))
            up = QPushButton(self.tr("Move up"))
            up.clicked.connect(lambda _c=False, w=widget: move_current_row(w, -1))
            down = QPushButton(self.tr("Move down"))
            down.clicked.connect(lambda _c=False, w=widget: move_current_row(w, 1))
            column_layout = QVBoxLayout(box)
            column_layout.addWidget(widget, 1)
            for button in (add, remove, up, down):
                column_layout.addWidget(button)
            grid.addWidget(box, 0, column)
            self.lists[kind] = widget
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)

    @staticmethod
    def _add(widget: QListWidget, item: TemplateItem) -> QListWidgetItem:
        row = QListWidgetItem(checklist_label(item.label))
        row.setData(_ITEM, item)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        widget.addItem(row)
        return row

    @staticmethod
    def _remove(widget: QListWidget) -> None:
        if widget.currentRow() >= 0:
            widget.takeItem(widget.currentRow())

    def add_line(self, kind: ChecklistKind) -> None:
        widget = self.lists[kind]
        row = self._add(widget, TemplateItem(kind, self.tr("New line")))
        widget.setCurrentItem(row)
        widget.editItem(row)

    def items(self) -> list[TemplateItem]:
        """The lists as shown; a seed line left as it was keeps its stored (translated) text."""
        result: list[TemplateItem] = []
        for kind, widget in self.lists.items():
            for index in range(widget.count()):
                row = widget.item(index)
                item: TemplateItem = row.data(_ITEM)
                text = row.text().strip()
                if not text:
                    continue
                stored = item.label if text == checklist_label(item.label) else text
                result.append(TemplateItem(kind, stored, item.code, item.id))
        return result


def edit_checklist_templates(
    parent: QWidget, runner: TaskRunner, workspace: Workspace, saved: Callable[[], None]
) -> None:
    def show(items: list[TemplateItem]) -> None:
        dialog = ChecklistTemplatesDialog(items, parent)

        def accepted() -> None:
            chosen = dialog.items()
            runner.run(lambda: workspace.visits.save_templates(chosen), lambda _r: saved())

        dialog.accepted.connect(accepted)
        dialog.open()

    runner.run(workspace.visits.templates, show)
