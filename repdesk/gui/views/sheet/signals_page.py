"""The six dissatisfaction signals: raised with a date and a note, later resolved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import DissatisfactionSignal
from repdesk.domain.sheet import SignalEntry
from repdesk.gui import style
from repdesk.gui.format import fmt_date
from repdesk.gui.labels import label


class SignalDialog(QDialog):
    """Raise a signal (choose which) or resolve one (``signal`` given)."""

    def __init__(self, parent: QWidget | None, signal: DissatisfactionSignal | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise a signal") if signal is None else self.tr("Resolve"))
        self.which = QComboBox()
        for member in DissatisfactionSignal:
            self.which.addItem(label(member), member.value)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        form = QFormLayout(self)
        if signal is None:
            form.addRow(self.tr("Signal"), self.which)
            form.addRow(self.tr("Noticed on"), self.on)
            form.addRow(self.tr("What happened"), self.note)
        else:
            form.addRow(self.tr("Signal"), QLabel(label(signal)))
            form.addRow(self.tr("Resolved on"), self.on)
            form.addRow(self.tr("How it was resolved"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def signal(self) -> DissatisfactionSignal:
        return DissatisfactionSignal(self.which.currentData())

    def day(self) -> date:
        qdate = self.on.date()
        return date(qdate.year(), qdate.month(), qdate.day())


class SignalsPage(QWidget):
    raise_requested = Signal(object, object, str)  # DissatisfactionSignal, date, note
    resolve_requested = Signal(str, object, str)  # signal id, date, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[SignalEntry] = []
        intro = QLabel(
            self.tr(
                "Six signals tell a customer is unhappy. Raise one when you notice it; "
                "the customer is flagged as at risk until every signal is resolved."
            )
        )
        intro.setWordWrap(True)
        style.muted(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Signal"),
                self.tr("Noticed"),
                self.tr("Note"),
                self.tr("Resolved"),
                self.tr("Resolution"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("No signals raised. Good."))
        style.muted(self.empty)
        self.raise_button = QPushButton(self.tr("Raise a signal…"))
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.raise_button.clicked.connect(self._raise)
        self.resolve_button.clicked.connect(self._resolve)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.raise_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.set_saved(False)

    def set_saved(self, saved: bool) -> None:
        """Signals belong to a saved sheet: a new one must be saved first."""
        self.raise_button.setEnabled(saved)
        self.raise_button.setToolTip("" if saved else self.tr("Save the new sheet first."))
        self._update_buttons()

    def load(self, entries: list[SignalEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                label(entry.signal),
                fmt_date(entry.raised_on),
                entry.note,
                fmt_date(entry.resolved_on) if entry.resolved_on else self.tr("open"),
                entry.resolution_note,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if entry.is_open:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._update_buttons()

    def _selected(self) -> SignalEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        entry = self._selected()
        self.resolve_button.setEnabled(entry is not None and entry.is_open)

    def _raise(self) -> None:
        dialog = SignalDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.raise_requested.emit(dialog.signal(), dialog.day(), dialog.note.text().strip())

    def _resolve(self) -> None:
        entry = self._selected()
        if entry is None or entry.id is None:
            return
        dialog = SignalDialog(self, entry.signal)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.resolve_requested.emit(entry.id, dialog.day(), dialog.note.text().strip())
