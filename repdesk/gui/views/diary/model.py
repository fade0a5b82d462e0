"""The period's diary rows as a table, in the seed's column order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from repdesk.domain.diary import DiaryLine
from repdesk.gui.format import fmt_date, fmt_datetime
from repdesk.gui.labels import label as enum_label
from repdesk.gui.labels import lead_source_label

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "contact_date",
    "company",
    "contact",
    "lead_source",
    "phone",
    "appointment_at",
    "visit_result",
    "follow_up",
    "follow_up_due",
    "follow_up_done",
)
DONE_COLUMN = COLUMNS.index("follow_up_done")


def header_text(key: str) -> str:
    return {
        "contact_date": QCoreApplication.translate("DiaryTable", "First contact"),
        "company": QCoreApplication.translate("DiaryTable", "Company"),
        "contact": QCoreApplication.translate("DiaryTable", "Contact person"),
        "lead_source": QCoreApplication.translate("DiaryTable", "Lead source"),
        "phone": QCoreApplication.translate("DiaryTable", "Phone"),
        "appointment_at": QCoreApplication.translate("DiaryTable", "Appointment"),
        "visit_result": QCoreApplication.translate("DiaryTable", "Visit result"),
        "follow_up": QCoreApplication.translate("DiaryTable", "Follow-up action"),
        "follow_up_due": QCoreApplication.translate("DiaryTable", "Due"),
        "follow_up_done": QCoreApplication.translate("DiaryTable", "Done"),
    }[key]


def source_text(line: DiaryLine) -> str:
    if line.lead_source_code:
        from repdesk.domain.enums import LeadSourceCode

        return enum_label(LeadSourceCode(line.lead_source_code))
    return lead_source_label(line.lead_source_label)


class DiaryTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[DiaryLine] = []

    def set_lines(self, lines: list[DiaryLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def row_of(self, entry_id: str) -> int:
        for row, line in enumerate(self.lines):
            if line.id == entry_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE_COLUMN and self.lines[index.row()].follow_up_id:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and key == "follow_up_done":
            if not line.follow_up_id:
                return None
            return Qt.CheckState.Checked if line.follow_up_done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(line, key)
            if role == Qt.ItemDataRole.ToolTipRole and key == "company" and line.row.notes:
                return f"{text}\n{line.row.notes}"
            return text
        if role == Qt.ItemDataRole.FontRole and key == "company" and line.row.customer_id:
            font = QFont()
            font.setUnderline(True)  # a sheet exists: Enter on the row's menu opens it
            return font
        return None

    @staticmethod
    def _text(line: DiaryLine, key: str) -> str:
        row = line.row
        if key == "contact_date":
            return fmt_date(row.contact_date)
        if key == "lead_source":
            return source_text(line)
        if key == "appointment_at":
            return fmt_datetime(row.appointment_at)
        if key == "follow_up_due":
            return fmt_date(row.follow_up_due)
        if key == "follow_up_done":
            return ""
        value = getattr(row, key)
        return "" if value is None else str(value)
