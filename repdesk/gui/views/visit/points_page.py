"""Talking points (回忆重点): what the customer sheet says to bring up on this call.

Read-only, drawn fresh from the sheet on the worker: the people to meet and
what they care about, the questions still open, the customer's open
dissatisfaction signals, and the objections met on earlier visits.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import PersonRole
from repdesk.domain.visits import EarlierObjection, TalkingPoints
from repdesk.gui import style
from repdesk.gui.format import fmt_date
from repdesk.gui.i18n import ui_language
from repdesk.gui.labels import code_label, label
from repdesk.gui.views.sheet.learn_text import learn_text


def _table(headers: Sequence[str], stretch: Sequence[int]) -> QTableWidget:
    """A read-only table; the ``stretch`` columns share the width (their text wraps), the
    others fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else (QHeaderView.ResizeMode.ResizeToContents)
        )
        header.setSectionResizeMode(column, mode)
    # Wrapped text needs its rows re-measured whenever the columns change width: once, after
    # every column has its new width (the stretched ones change one by one).
    measure = QTimer(table)
    measure.setSingleShot(True)
    measure.setInterval(0)
    measure.timeout.connect(table.resizeRowsToContents)
    header.sectionResized.connect(lambda *_args: measure.start())
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeRowsToContents()


def _fit_rows(table: QTableWidget, most: int) -> None:
    """As tall as its rows, up to ``most`` of them (then it scrolls)."""
    shown = max(min(table.rowCount(), most), 1)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(shown)) + 2
    table.setMaximumHeight(height)


def _muted(text: str) -> QLabel:
    empty = QLabel(text)
    empty.setWordWrap(True)
    empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    style.muted(empty)
    return empty


class PointsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        people_box = QGroupBox(self.tr("People to meet"))
        self.people = _table(
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Role"),
                self.tr("Hobbies"),
                self.tr("Interests"),
            ],
            stretch=(3, 4),
        )
        self.no_people = _muted(
            self.tr("No people on the customer's sheet yet: find out who buys and who decides.")
        )
        column = QVBoxLayout(people_box)
        column.addWidget(self.people)
        column.addWidget(self.no_people)

        learn_box = QGroupBox(self.tr("Still to learn"))
        self.learn = QListWidget()
        self.learn.setWordWrap(True)
        self.learn.setAlternatingRowColors(True)
        self.nothing_to_learn = _muted(self.tr("Every fact of the sheet is known."))
        column = QVBoxLayout(learn_box)
        column.addWidget(self.learn)
        column.addWidget(self.nothing_to_learn)

        signals_box = QGroupBox(self.tr("Open dissatisfaction signals"))
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        self.signals.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(signals_box).addWidget(self.signals)

        earlier_box = QGroupBox(self.tr("Objections met before"))
        self.earlier = _table(
            [
                self.tr("Visit"),
                self.tr("The customer's words"),
                self.tr("Answer used"),
                self.tr("Agreed"),
            ],
            stretch=(1, 2),
        )
        self.no_earlier = _muted(self.tr("No objections recorded on earlier visits."))
        column = QVBoxLayout(earlier_box)
        column.addWidget(self.earlier)
        column.addWidget(self.no_earlier)

        self.loading = _muted(self.tr("Reading the customer's sheet…"))
        self.loading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        left = QVBoxLayout()
        left.addWidget(people_box)
        left.addWidget(earlier_box, 1)
        right = QVBoxLayout()
        right.addWidget(signals_box)
        right.addWidget(learn_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading)
        layout.addLayout(columns, 1)

    def load(self, points: TalkingPoints) -> None:
        self.loading.hide()
        _fill(
            self.people,
            [
                (
                    p.name,
                    p.title,
                    code_label(PersonRole, p.role),
                    p.hobbies,
                    p.interests,
                )
                for p in points.people
            ],
        )
        _fit_rows(self.people, 8)
        self.people.setVisible(bool(points.people))
        self.no_people.setVisible(not points.people)

        self.learn.clear()
        for item in points.still_to_learn:
            self.learn.addItem(learn_text(item))
        self.learn.setVisible(bool(points.still_to_learn))
        self.nothing_to_learn.setVisible(not points.still_to_learn)

        if points.open_signals:
            self.signals.setText(
                "\n".join(
                    f"⚠ {label(s.signal)} ({fmt_date(s.raised_on)})"
                    + (f": {s.note}" if s.note else "")
                    for s in points.open_signals
                )
            )
            style.emphasised(self.signals)
        else:
            self.signals.setText(self.tr("None: no sign of dissatisfaction on record."))
            style.regular(self.signals)
            style.muted(self.signals)

        agreed = {True: self.tr("Yes"), False: self.tr("No"), None: "—"}
        _fill(
            self.earlier,
            [
                (
                    fmt_date(o.visited_at),
                    _objection_said(o),
                    o.answer_text,
                    agreed[o.customer_agreed],
                )
                for o in points.earlier_objections
            ],
        )
        self.earlier.setVisible(bool(points.earlier_objections))
        self.no_earlier.setVisible(not points.earlier_objections)


def _objection_said(met: EarlierObjection) -> str:
    """The playbook entry's title and the customer's words, as far as known."""
    title = met.title.get(ui_language()) if met.title is not None else ""
    words = met.customer_words.strip()
    if title and words and words != title:
        return f"{title}: {words}"
    return words or title
