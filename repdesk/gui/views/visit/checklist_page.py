"""The three STEP1 lists (客户预服务) as check boxes: sales tools, information, checks.

Each list is a small table the keyboard drives: the arrow keys move, Space
ticks the line under the cursor; the information list has a note per line
(what was found out; typing starts it, Enter ends it). The ticks belong to
the plan and are saved with it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import ChecklistKind
from repdesk.domain.visits import ChecklistTick
from repdesk.gui import style
from repdesk.gui.labels import checklist_label, label

KINDS = (ChecklistKind.SALES_TOOLS, ChecklistKind.INFORMATION, ChecklistKind.DEPARTURE_CHECKS)

_CHECKED = Qt.CheckState.Checked


class ChecklistList(QTableWidget):
    """One list: a check box per line; with ``notes``, a second column to write in."""

    edited = Signal()

    def __init__(self, notes: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 2 if notes else 1, parent)
        self.notes = notes
        self._ticks: list[ChecklistTick] = []
        self._loading = False
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move inside it
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        if notes:
            self.setHorizontalHeaderLabels([self.tr("Line"), self.tr("What you found out")])
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            self.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        else:
            header.setVisible(False)
            header.setStretchLastSection(True)
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemChanged.connect(self._on_item_changed)

    def load(self, ticks: list[ChecklistTick]) -> None:
        self._loading = True
        try:
            self._ticks = list(ticks)
            self.setRowCount(len(ticks))
            for row, tick in enumerate(ticks):
                item = QTableWidgetItem(checklist_label(tick.label))
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(_CHECKED if tick.ticked else Qt.CheckState.Unchecked)
                self.setItem(row, 0, item)
                if self.notes:
                    note = QTableWidgetItem(tick.note)
                    note.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsEditable
                    )
                    note.setToolTip(self.tr("Type to write what you found out; Enter keeps it."))
                    self.setItem(row, 1, note)
            if ticks and self.currentRow() < 0:
                self.setCurrentCell(0, 0)
            if not self.hasFocus():
                self.clearSelection()
        finally:
            self._loading = False
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every line: the lists are short, a scroll bar would hide some."""
        self.resizeRowsToContents()
        height = 2 * self.frameWidth()
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(max(height, 2 * self.frameWidth() + 8))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        current = self.currentIndex()
        if current.isValid():
            self.setCurrentIndex(current)  # shows the cursor's line again

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.state() != QAbstractItemView.State.EditingState:
            self.clearSelection()  # only the list with the cursor shows a highlighted line

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def ticks(self) -> list[ChecklistTick]:
        result = []
        for row, tick in enumerate(self._ticks):
            item = self.item(row, 0)
            ticked = item is not None and item.checkState() == _CHECKED
            note = tick.note
            if self.notes:
                cell = self.item(row, 1)
                note = cell.text() if cell is not None else ""
            result.append(replace(tick, ticked=ticked, note=note))
        return result

    def counts(self) -> tuple[int, int]:
        ticks = self.ticks()
        return sum(t.ticked for t in ticks), len(ticks)


class ChecklistPage(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: tuple[tuple[bool, str], ...] = ()
        intro = QLabel(
            self.tr(
                "Tick what is ready before you leave. Space ticks the line under the cursor, "
                "the arrow keys move, Tab goes to the next list. The ticks are saved with "
                "the plan (Ctrl+S)."
            )
        )
        intro.setWordWrap(True)
        style.muted(intro)
        self.lists: dict[ChecklistKind, ChecklistList] = {}
        self.counts: dict[ChecklistKind, QLabel] = {}
        self.empties: dict[ChecklistKind, QLabel] = {}
        boxes: dict[ChecklistKind, QGroupBox] = {}
        for kind in KINDS:
            box = QGroupBox(label(kind))
            checklist = ChecklistList(notes=kind is ChecklistKind.INFORMATION)
            checklist.setObjectName(f"checklist-{kind.value}")
            checklist.edited.connect(self._on_edited)
            count = QLabel()
            style.emphasised(count)
            empty = QLabel(self.tr("No lines in this list."))
            style.muted(empty)
            empty.hide()
            column = QVBoxLayout(box)
            column.addWidget(count)
            column.addWidget(checklist)
            column.addWidget(empty)
            column.addStretch(1)
            self.lists[kind] = checklist
            self.counts[kind] = count
            self.empties[kind] = empty
            boxes[kind] = box

        right = QVBoxLayout()
        right.addWidget(boxes[ChecklistKind.INFORMATION])
        right.addWidget(boxes[ChecklistKind.DEPARTURE_CHECKS])
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(boxes[ChecklistKind.SALES_TOOLS])
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

    def load(self, ticks: tuple[ChecklistTick, ...]) -> None:
        for kind, checklist in self.lists.items():
            lines = [t for t in ticks if t.kind is kind]
            checklist.load(lines)
            checklist.setVisible(bool(lines))
            self.empties[kind].setVisible(not lines)
        self._loaded = self._state()
        self._update_counts()

    def ticks(self) -> tuple[ChecklistTick, ...]:
        return tuple(t for kind in KINDS for t in self.lists[kind].ticks())

    def _state(self) -> tuple[tuple[bool, str], ...]:
        return tuple((t.ticked, t.note.strip()) for t in self.ticks())

    @property
    def dirty(self) -> bool:
        return self._state() != self._loaded

    def _on_edited(self) -> None:
        self._update_counts()
        self.edited.emit()

    def _update_counts(self) -> None:
        for kind, checklist in self.lists.items():
            done, total = checklist.counts()
            self.counts[kind].setText(
                self.tr("%1 of %2 ready").replace("%1", str(done)).replace("%2", str(total))
            )
            self.counts[kind].setVisible(total > 0)

    def summary(self) -> tuple[int, int]:
        """Ticked and total lines of all three lists (the tab's title shows them)."""
        ticks = self.ticks()
        return sum(t.ticked for t in ticks), len(ticks)
