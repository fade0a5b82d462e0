"""The first step of the call checklist: which objection the customer raised.

A type-ahead filter over the playbook's titles and "the customer says" lines
(either language, so 太贵 finds the price entry in an English UI), the
matching entries with the top one highlighted, and last "Not in the
playbook". The customer's words are prefilled from the highlighted entry (or
from what was typed in the filter) until the rep types their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.call_flow import EMPTY_PLAYBOOK, matches
from repdesk.domain.playbook import Entry, Playbook
from repdesk.gui.i18n import ui_language
from repdesk.gui.labels import label
from repdesk.gui.views.visit.call_widgets import wrapped

_MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class ObjectionPicker(QWidget):
    highlighted_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playbook = EMPTY_PLAYBOOK
        self.entries: list[Entry | None] = [None]  # the rows: matching entries, then None
        self._typed = False  # the rep wrote the customer's words: no more prefilling
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Type a few words of the objection (price, supplier, 太贵…)")
        )
        self.filter.installEventFilter(self)
        self.filter.textChanged.connect(lambda _text: self.refill())
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Objection"), self.tr("Kind")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        measure = QTimer(self.table)
        measure.setSingleShot(True)
        measure.setInterval(0)
        measure.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: measure.start())
        self.table.currentCellChanged.connect(lambda *_args: self._on_highlighted())
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.words.textEdited.connect(self._on_words_edited)
        self.no_match = wrapped(muted=True)
        form = QFormLayout()
        form.addRow(self.tr("Find"), self.filter)
        form.addRow(self.tr("The customer's words"), self.words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)

    # -- filling ----------------------------------------------------------------------
    def set_playbook(self, playbook: Playbook) -> None:
        """The playbook read anew: the highlight stays where it was, "Not in the playbook"
        included."""
        self.playbook = playbook
        self.refill(keep_last=self.highlighted() is None and self.table.currentRow() > 0)

    def reset(self) -> None:
        """Ready for the next objection: no filter, no words, the first entry highlighted."""
        self._typed = False
        self.words.clear()
        self.filter.clear()
        self.refill()
        self.table.setCurrentCell(0, 0)

    def refill(self, *, keep_last: bool = False) -> None:
        """The entries matching the filter; the highlighted one stays if it still matches,
        else the top match is highlighted (Enter takes it)."""
        kept = self.highlighted()
        query = self.filter.text()
        found = matches(self.playbook, query)
        self.entries = [*found, None]
        lang = ui_language()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            if entry is None:
                title = self.tr("Not in the playbook: go on with the customer's words")
                kind = ""
            else:
                title = f"{entry.title.get(lang)}\n“{entry.customer_says.get(lang)}”"
                kind = f"{label(entry.target)} · {label(entry.directness)}"
            first = QTableWidgetItem(title)
            if entry is None:
                font = QFont(first.font())
                font.setItalic(True)
                first.setFont(font)
            first.setToolTip(title)
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, QTableWidgetItem(kind))
        self.table.resizeRowsToContents()
        row = self.entries.index(kept) if kept in self.entries and kept is not None else 0
        if keep_last:
            row = len(self.entries) - 1
        self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        if not self.playbook.entries:
            self.no_match.setText(
                self.tr("The playbook has no entries: type the customer's words and go on.")
            )
        elif not found:
            self.no_match.setText(
                self.tr(
                    "Nothing in the playbook matches “%1”: go on in the customer's words."
                ).replace("%1", query.strip())
            )
        self.no_match.setVisible(not found)
        self._on_highlighted()

    # -- reading ----------------------------------------------------------------------
    def highlighted(self) -> Entry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, index: int) -> bool:
        """Highlight the n-th row (from 0), as the number keys do."""
        if not 0 <= index < len(self.entries):
            return False
        self.table.setCurrentCell(index, 0)
        return True

    def words_text(self) -> str:
        return self.words.text().strip()

    # -- inside -----------------------------------------------------------------------
    def _on_highlighted(self) -> None:
        if not self._typed:
            entry = self.highlighted()
            said = entry.customer_says.get(ui_language()) if entry is not None else ""
            self.words.setText(said if entry is not None else self.filter.text().strip())
        self.highlighted_changed.emit()

    def _on_words_edited(self, text: str) -> None:
        self._typed = bool(text.strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down and the page keys in the filter move the highlight in the list."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVES
        ):
            QApplication.sendEvent(self.table, event)
            return True
        return super().eventFilter(watched, event)
