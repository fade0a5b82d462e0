"""The import preview: one line per row of the file, what it will become and why.

A table model over the plan (100,000 rows cost nothing until shown): the
row's number in the file, its status with a reason beside it, and the values
a rep recognises a customer by. A likely duplicate has a check box: ticked,
it is imported anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from repdesk.domain.validation import Problem
from repdesk.gui.problem_text import problem_text
from repdesk.gui.views.interchange_labels import problem_field_label
from repdesk.services.customer_import import (
    Duplicate,
    ImportPlan,
    Match,
    PlannedRow,
    RowProblem,
    RowStatus,
)

Index = QModelIndex | QPersistentModelIndex

ROW, STATUS, CUSTOMER, CONTACT, PHONE, EMAIL, CITY, DETAILS = range(8)

_COLOURS = {
    RowStatus.NEW: QColor("#1e7e34"),
    RowStatus.DUPLICATE: QColor("#a15c00"),
    RowStatus.INVALID: QColor("#c5221f"),
}


def status_text(status: RowStatus) -> str:
    return {
        RowStatus.NEW: QCoreApplication.translate("ImportPreview", "New"),
        RowStatus.DUPLICATE: QCoreApplication.translate("ImportPreview", "Likely duplicate"),
        RowStatus.INVALID: QCoreApplication.translate("ImportPreview", "Invalid"),
    }[status]


def duplicate_text(duplicate: Duplicate) -> str:
    """Why a row looks like one the book (or the file) already has."""
    if duplicate.row is not None:
        text = {
            Match.SAME_ID: QCoreApplication.translate(
                "ImportPreview", "The same record as row %1 (%2)."
            ),
            Match.SAME_NAME: QCoreApplication.translate(
                "ImportPreview", "Same company name as row %1 (%2)."
            ),
            Match.SAME_PHONE: QCoreApplication.translate(
                "ImportPreview", "Same phone number as row %1 (%2)."
            ),
            Match.SAME_PERSON: QCoreApplication.translate(
                "ImportPreview", "The same person as row %1 (%2)."
            ),
        }[duplicate.match]
        return text.replace("%1", str(duplicate.row)).replace("%2", duplicate.name)
    text = {
        Match.SAME_ID: QCoreApplication.translate(
            "ImportPreview", "Already in RepDesk: %1 (the same record)."
        ),
        Match.SAME_NAME: QCoreApplication.translate(
            "ImportPreview", "A customer with this name is already in RepDesk: %1."
        ),
        Match.SAME_PHONE: QCoreApplication.translate(
            "ImportPreview", "This phone number is already in RepDesk, at %1."
        ),
        Match.SAME_PERSON: QCoreApplication.translate(
            "ImportPreview", "Already in RepDesk: %1 (the same person)."
        ),
    }[duplicate.match]
    return text.replace("%1", duplicate.name)


def problem_line(problem: Problem, column: str = "") -> str:
    """``Phone (column “Tel”): Not a phone number… “abc”``"""
    field = problem_field_label(problem.field, problem.person)
    reason = problem_text(problem)
    if problem.value:
        reason = (
            QCoreApplication.translate("ImportPreview", "%1 “%2”")
            .replace("%1", reason)
            .replace("%2", problem.value)
        )
    if not field:
        return reason
    if column:
        field = (
            QCoreApplication.translate("ImportPreview", "%1 (column “%2”)")
            .replace("%1", field)
            .replace("%2", column)
        )
    return f"{field}: {reason}"


def details(row: PlannedRow) -> str:
    if row.status is RowStatus.INVALID:
        return "; ".join(problem_line(p.problem, p.column) for p in row.problems)
    if row.duplicate is not None:
        return duplicate_text(row.duplicate)
    if row.attach_to is not None:
        return QCoreApplication.translate("ImportPreview", "Added to %1.").replace(
            "%1", row.attach_name
        )
    return ""


def report_lines(plan: ImportPlan) -> list[tuple[PlannedRow, RowProblem]]:
    """The row-by-row report: one line per problem, in file order."""
    return [(row, problem) for row in plan.invalid for problem in row.problems]


class PreviewModel(QAbstractTableModel):
    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rows = plan.rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Customer"),
            self.tr("Contact"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("City"),
            self.tr("Details"),
        ][section]

    def _value(self, row: PlannedRow, column: int) -> str:
        customer = row.sheet.customer
        person = row.sheet.people[0] if row.sheet.people else None
        if column == ROW:
            return str(row.source.number)
        if column == STATUS:
            return status_text(row.status)
        if column == DETAILS:
            return details(row)
        if column == CUSTOMER:
            return row.attach_name or customer.name
        if column == CONTACT:
            more = len(row.sheet.people) - 1
            name = person.name if person else ""
            return f"{name} (+{more})" if more > 0 else name
        if column == PHONE:
            return customer.phone or (person.phone if person else "")
        if column == EMAIL:
            return (person.email if person else "") or customer.email
        return customer.city

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._value(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if column == DETAILS and text else None
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QBrush(_COLOURS[row.status])
        if role == Qt.ItemDataRole.CheckStateRole and column == STATUS and row.can_include:
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return row.status.value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATUS and self.rows[index.row()].can_include:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if not row.can_include:
            return False
        row.include = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def include_duplicates(self, include: bool) -> None:
        self.plan.include_duplicates(include)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, STATUS),
                self.index(len(self.rows) - 1, STATUS),
                [Qt.ItemDataRole.CheckStateRole],
            )


class ReportModel(QAbstractTableModel):
    """The row-by-row report of an invalid file: one line per problem."""

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = report_lines(plan)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Field"),
            self.tr("Problem"),
            self.tr("Value"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row, problem = self.lines[index.row()]
        return [
            str(row.source.number),
            problem.column,
            problem_field_label(problem.problem.field, problem.problem.person),
            problem_text(problem.problem),
            problem.problem.value.replace("\n", " "),
        ][index.column()]
