"""The pieces of the call checklist: numbered lines to tick, a step of them, the
breadcrumb of the flow, and a box that wraps its text."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui import style

ACCENT = "#1a73e8"
DONE = "#188038"
LATER = "#80868b"


def wrapped(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if muted:
        style.muted(label)
    return label


class TickList(QTableWidget):
    """Numbered lines with a check box each. A click anywhere on a line, or Space on the
    current line, asks to tick it (``toggled`` with the line's number in its step, from 0);
    the owner decides and shows the ticks back. Text wraps; the list is as tall as its
    lines, so the page scrolls, not the list."""

    toggled = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        self.first = 0  # the number of this list's first line in its step, from 0
        self.horizontalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        numbers = self.verticalHeader()
        numbers.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda index: self.toggled.emit(self.first + index.row()))
        self._measure = QTimer(self)
        self._measure.setSingleShot(True)
        self._measure.setInterval(0)
        self._measure.timeout.connect(self._fit)
        self.horizontalHeader().sectionResized.connect(lambda *_args: self._measure.start())

    def load(self, texts: Sequence[str], first: int = 0) -> None:
        self.first = first
        self.setRowCount(len(texts))
        self.setVerticalHeaderLabels([str(first + n + 1) for n in range(len(texts))])
        for row, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(text)
            self.setItem(row, 0, item)
        if texts:
            self.setCurrentCell(0, 0)
            if not self.hasFocus():
                self.clearSelection()
        self._fit()

    def show_ticks(self, ticked: frozenset[int]) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None:
                on = self.first + row in ticked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def is_ticked(self, row: int) -> bool:
        item = self.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def texts(self) -> list[str]:
        return [(self.item(r, 0) or QTableWidgetItem()).text() for r in range(self.rowCount())]

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The cursor line is marked while the list has the focus only: in a step of two
        lists, one line looks current, and a ticked line never looks like a selection."""
        super().focusInEvent(event)
        if self.currentRow() >= 0:
            self.selectRow(self.currentRow())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.clearSelection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentRow() >= 0:
            self.toggled.emit(self.first + self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit(self) -> None:
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth())


class TickStep(QWidget):
    """One step of the flow: a caption, one or more lists numbered on from each other, and
    what to say when the step has nothing to tick."""

    toggled = Signal(int)

    def __init__(self, groups: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captions: list[QLabel] = []
        self.lists: list[TickList] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for _ in range(groups):
            caption = style.emphasised(wrapped())
            ticks = TickList()
            ticks.toggled.connect(self.toggled)
            layout.addWidget(caption)
            layout.addWidget(ticks)
            self.captions.append(caption)
            self.lists.append(ticks)
        self.empty = wrapped(muted=True)
        layout.addWidget(self.empty)
        self.extra = QVBoxLayout()  # room for a step's own fields below the lists
        layout.addLayout(self.extra)
        layout.addStretch(1)

    def load(self, groups: Sequence[Sequence[str]]) -> None:
        first = 0
        for caption, ticks, texts in zip(self.captions, self.lists, groups, strict=True):
            ticks.load(texts, first)
            first += len(texts)
            caption.setVisible(bool(texts))
            ticks.setVisible(bool(texts))
        self.empty.setVisible(first == 0)

    def show_ticks(self, ticked: frozenset[int]) -> None:
        for ticks in self.lists:
            ticks.show_ticks(ticked)

    def focus_list(self) -> QWidget | None:
        """The first list with lines, to put the cursor in; None if there is none."""
        return next((t for t in self.lists if t.rowCount()), None)


def breadcrumb(names: Sequence[str], current: int) -> str:
    """The steps as rich text: the ones done ticked, the current one marked, the rest grey."""
    parts = []
    for index, name in enumerate(names):
        text = html.escape(name).replace(" ", "&nbsp;")  # lines break between steps only
        if index < current:
            parts.append(f'<span style="color:{DONE}">✓ {text}</span>')
        elif index == current:
            parts.append(
                f'<span style="background-color:{ACCENT}; color:white; font-weight:600">'
                f"&nbsp;{index + 1}&nbsp;{text}&nbsp;</span>"
            )
        else:
            parts.append(f'<span style="color:{LATER}">{index + 1} {text}</span>')
    return f'&nbsp;<span style="color:{LATER}">›</span>&nbsp;'.join(parts)


class Banner(QFrame):
    """A pale box with a caption and a larger text: the revive sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fef7e0"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#202124"))
        self.setPalette(palette)
        self.caption = style.emphasised(wrapped())
        self.text = style.larger(wrapped(), 1.2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
