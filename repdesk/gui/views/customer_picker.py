"""Pick a customer by typing part of its name (completion from the sheets), and a time.

Used by the day plan's New visit…: the visit is for one of the rep's sheets,
at a time on the day shown.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.diary import parse_appointment
from repdesk.gui.format import fmt_date
from repdesk.services.diary import Company


class VisitPicker(QDialog):
    def __init__(self, companies: list[Company], day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitPicker")
        self.setWindowTitle(self.tr("New visit"))
        self._day = day
        self._by_name = {c.name.casefold(): c for c in companies}
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Type part of the company's name"))
        model = QStringListModel([c.name for c in companies], self)
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.company.setCompleter(completer)
        self.time = QLineEdit("09:00")
        self.time.setToolTip(
            self.tr("A time on %1, or a date and time").replace("%1", fmt_date(day))
        )
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c5221f")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.company)
        form.addRow(self.tr("Appointment"), self.time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def chosen(self) -> tuple[Company, datetime] | None:
        company = self._by_name.get(self.company.text().strip().casefold())
        try:
            at = parse_appointment(self.time.text(), self._day)
        except ValueError:
            return None
        return (company, at) if company is not None else None

    def accept(self) -> None:
        if self._by_name.get(self.company.text().strip().casefold()) is None:
            self._show(self.tr("Choose one of your customers (make a sheet first for a new one)."))
            self.company.setFocus()
            return
        if self.chosen() is None:
            self._show(self.tr("Not a time: write 10:30, or 2026-11-25 10:30."))
            self.time.setFocus()
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
