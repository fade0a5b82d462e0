"""What works: the objections met most, and how often each answer led to agreement.

Counts first ("3 of 4 agreed"), then the rate with its likely range (Wilson,
95%); an answer with fewer than FEW decided tries is "too few to judge", so
one success out of one is not read as 100%. Retired entries and answers, and
what the rep typed instead of picking from the playbook, say so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.objection_stats import FEW, AnswerStats, ObjectionStats, PlaybookStats, Tally
from repdesk.gui.style import muted
from repdesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
NUMBER_COLUMNS = (1, 2, 3, 4, 5)
GREY = "#5f6368"


def _n(value: int) -> str:
    return QLocale().toString(value)


def _percent(value: float) -> str:
    return QLocale().toString(round(value * 100))


class WhatWorksPanel(QWidget):
    entry_requested = Signal(str)  # show this playbook entry

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._today = today
        self.workspace: Workspace | None = None
        self.lang = "en"
        self.stats: PlaybookStats | None = None
        self.stale = True
        self._generation = 0

        self.period = QComboBox()
        self.period.setObjectName("whatWorksPeriod")
        for key, text in (
            ("all", self.tr("All time")),
            ("30", self.tr("Last 30 days")),
            ("90", self.tr("Last 90 days")),
            ("year", self.tr("This year")),
        ):
            self.period.addItem(text, key)
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)

        self.tree = QTreeWidget()
        self.tree.setObjectName("whatWorks")
        self.tree.setColumnCount(8)
        self.tree.setHeaderLabels(
            [
                self.tr("Objection / answer"),
                self.tr("Raised"),
                self.tr("Customers"),
                self.tr("Agreed"),
                self.tr("Refused"),
                self.tr("Not recorded"),
                self.tr("Outcome"),
                self.tr("Agreement rate"),
            ]
        )
        head = self.tree.headerItem()
        head.setToolTip(1, self.tr("Times the objection came up (first round of a visit)"))
        head.setToolTip(2, self.tr("Different customers who raised it"))
        head.setToolTip(5, self.tr("Tries whose outcome the visit record does not say"))
        head.setToolTip(7, self.tr("Agreed of decided tries, with the likely range (95%)"))
        for column in NUMBER_COLUMNS:
            head.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)

        self.message = QLabel()
        self.message.setObjectName("whatWorksEmpty")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.message)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.message)
        self.note = QLabel(
            self.tr(
                "A rate is judged once at least %1 tries were decided (agreed or refused); "
                "the range is where the true rate likely lies (95%). Double-click an objection "
                "to open it in the playbook."
            ).replace("%1", str(FEW))
        )
        self.note.setWordWrap(True)
        muted(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self._show_message(self.tr("No database is open."))

    # -- loading ------------------------------------------------------------------
    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.stats = None
        self.stale = True
        self._generation += 1
        self.period.setEnabled(workspace is not None)
        if workspace is None:
            self.summary.clear()
            self._show_message(self.tr("No database is open."))

    def span(self) -> tuple[date | None, date | None]:
        today = self._today()
        key = self.period.currentData()
        if key == "30":
            return today - timedelta(days=29), today
        if key == "90":
            return today - timedelta(days=89), today
        if key == "year":
            return date(today.year, 1, 1), today
        return None, None

    def load(self) -> None:
        """Count again (on the worker)."""
        workspace = self.workspace
        if workspace is None:
            return
        self.stale = False
        since, until = self.span()
        self._generation += 1
        generation = self._generation
        if self.stats is None:
            self._show_message(self.tr("Counting…"))

        def done(stats: PlaybookStats) -> None:
            if generation == self._generation:
                self.show_stats(stats)

        self.runner.run(lambda: workspace.playbook.stats(since, until), done)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.stats is not None:
            self.show_stats(self.stats)

    # -- showing ------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_stats(self, stats: PlaybookStats) -> None:
        self.stats = stats
        self.summary.setText(
            self.tr("Finished visits: %1. With objections: %2. Objections raised: %3.")
            .replace("%1", _n(stats.visits))
            .replace("%2", _n(stats.visits_with_objections))
            .replace("%3", _n(stats.raised))
        )
        if not stats.objections:
            self._show_message(
                self.tr(
                    "No objections recorded in this period.\n"
                    "When you record a visit, note each objection the customer raised and the "
                    "answer you gave: this page then shows which answers work."
                )
            )
            return
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for objection in stats.objections:
            item = QTreeWidgetItem(self._row(self._objection_name(objection), objection.tally))
            item.setText(1, _n(objection.raised))
            item.setText(2, _n(objection.customers))
            item.setData(0, ID_ROLE, objection.objection_id if not objection.retired else None)
            for column in range(8):
                item.setFont(column, bold)
            self._style(item, objection.tally, objection.objection_id is None or objection.retired)
            self.tree.addTopLevelItem(item)
            for answer in objection.answers:
                child = QTreeWidgetItem(item, self._row(self._answer_name(answer), answer.tally))
                child.setData(0, ID_ROLE, item.data(0, ID_ROLE))
                self._style(child, answer.tally, answer.answer_id is None or answer.retired)
            item.setExpanded(True)
        self.stack.setCurrentWidget(self.tree)

    def _row(self, name: str, tally: Tally) -> list[str]:
        return [
            name,
            "",
            "",
            _n(tally.agreed),
            _n(tally.refused),
            _n(tally.unknown),
            self.outcome_text(tally),
            self.rate_text(tally),
        ]

    def _style(self, item: QTreeWidgetItem, tally: Tally, apart: bool) -> None:
        item.setToolTip(0, item.text(0))
        for column in NUMBER_COLUMNS:
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        grey = QBrush(QColor(GREY))
        if apart:
            item.setForeground(0, grey)
        if tally.few:
            item.setForeground(7, grey)
            item.setToolTip(7, self.range_tip(tally))

    def outcome_text(self, tally: Tally) -> str:
        if not tally.decided:
            return self.tr("No outcome recorded")
        return (
            self.tr("%1 of %2 agreed")
            .replace("%1", _n(tally.agreed))
            .replace("%2", _n(tally.decided))
        )

    def rate_text(self, tally: Tally) -> str:
        interval = tally.interval
        if tally.rate is None or interval is None:
            return "—"
        if tally.few:
            return self.tr("Too few to judge")
        return (
            self.tr("%1% (likely %2–%3%)")
            .replace("%1", _percent(tally.rate))
            .replace("%2", _percent(interval[0]))
            .replace("%3", _percent(interval[1]))
        )

    def range_tip(self, tally: Tally) -> str:
        interval = tally.interval
        if tally.rate is None or interval is None:
            return ""
        return (
            self.tr("%1% so far, but with so few tries it could be anything from %2% to %3%.")
            .replace("%1", _percent(tally.rate))
            .replace("%2", _percent(interval[0]))
            .replace("%3", _percent(interval[1]))
        )

    def _objection_name(self, objection: ObjectionStats) -> str:
        if objection.objection_id is None:
            return self.tr("Objections not in the playbook (typed in the visit)")
        title = objection.title.get(self.lang) if objection.title else self.tr("(unknown entry)")
        if objection.retired:
            return self.tr("%1 (deleted from the playbook)").replace("%1", title)
        return title

    def _answer_name(self, answer: AnswerStats) -> str:
        if answer.answer_id is None:
            return self.tr("Answers typed in the visit")
        name = answer.label.get(self.lang) if answer.label else self.tr("(unknown answer)")
        if answer.retired:
            return self.tr("%1 (removed from the playbook)").replace("%1", name)
        return name

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(0, ID_ROLE)
        if entry_id:
            self.entry_requested.emit(str(entry_id))
