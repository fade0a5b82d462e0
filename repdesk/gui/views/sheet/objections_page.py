"""The objections this customer raised on earlier visits (客户异议), and how they went.

Read-only: objections are recorded on the visit (its Record tab or the call
checklist). Read on the worker each time the tab is shown, so a visit recorded
while the sheet is open shows up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.visits import EarlierObjection
from repdesk.gui import style
from repdesk.gui.format import fmt_date
from repdesk.gui.i18n import ui_language


class ObjectionsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Visit"),
                self.tr("Objection"),
                self.tr("The customer said"),
                self.tr("Our answer"),
                self.tr("Agreed"),
                self.tr("Next step"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No objections recorded on this customer's visits yet.\n"
                "Objections are recorded on a visit: in its Record tab, or with the call "
                "checklist during the visit."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        style.muted(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.load(())

    def load(self, met: Sequence[EarlierObjection]) -> None:
        lang = ui_language()
        agreed_text = {True: self.tr("Yes"), False: self.tr("No"), None: "—"}
        self.table.setRowCount(len(met))
        for row, o in enumerate(met):
            title = o.title.get(lang) if o.title is not None else self.tr("Not in the playbook")
            if o.round > 1:
                title = self.tr("%1 (answered again, round %2)").replace("%1", title)
                title = title.replace("%2", str(o.round))
            answer = o.answer_text
            if o.answer_label is not None:
                label = o.answer_label.get(lang)
                answer = (
                    self.tr("%1: %2").replace("%1", label).replace("%2", answer)
                    if answer
                    else label
                )
            cells = (
                fmt_date(o.visited_at),
                title,
                o.customer_words,
                answer,
                agreed_text[o.customer_agreed],
                o.next_step,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        raised = [o for o in met if o.round == 1]
        visits = len({o.visited_at for o in met})
        agreed = sum(1 for o in met if o.customer_agreed is True)
        decided = sum(1 for o in met if o.customer_agreed is not None)
        self.summary.setText(
            self.tr("Objections raised: %1 · on visits: %2 · answers agreed to: %3 of %4")
            .replace("%1", str(len(raised)))
            .replace("%2", str(visits))
            .replace("%3", str(agreed))
            .replace("%4", str(decided))
        )
        self.summary.setVisible(bool(met))
        self.table.setVisible(bool(met))
        self.empty.setVisible(not met)
