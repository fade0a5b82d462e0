"""The day plan (行程): one day's visits in the rep's order, reordered by drag and drop.

Above the Visits list: the chosen day's visits with time, company, place and
objective. Dragging a visit (or Ctrl+Up/Down) sets the itinerary order, saved
at once on the worker; Enter opens the visit's plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import VisitStatus
from repdesk.domain.visits import DayVisit
from repdesk.gui.format import fmt_date, fmt_time
from repdesk.gui.style import emphasised, muted
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.widgets.lists import move_current_row

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

_PLAN = Qt.ItemDataRole.UserRole


class _DayList(QListWidget):
    """A list whose rows move by drag and drop; ``moved`` after each drop."""

    moved = Signal()

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.moved.emit()


class DayPlan(QWidget):
    plan_requested = Signal(str)  # open this plan
    order_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        rep: Callable[[], tuple[str, str]] = lambda: ("", ""),
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._rep = rep  # the rep's name and team (Settings), for the printed reports
        self._today = today
        self.workspace: Workspace | None = None
        self.day = today()
        self.visits: list[DayVisit] = []
        self._generation = 0

        self.title = QLabel()
        emphasised(self.title)
        previous = QToolButton()
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous day"))
        previous.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        following = QToolButton()
        following.setText("▶")
        following.setToolTip(self.tr("Next day"))
        following.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        today_button = QToolButton()
        today_button.setText(self.tr("Today"))
        today_button.clicked.connect(lambda: self.show_day(self._today()))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(previous)
        top.addWidget(following)
        top.addWidget(today_button)
        top.addStretch(1)
        self.pack_button = QPushButton(self.tr("The week's visit reports (PDF)…"))
        self.pack_button.setToolTip(
            self.tr("Every finished visit record of this day's week, with a contents page.")
        )
        self.pack_button.clicked.connect(self.export_week_pack)
        top.addWidget(self.pack_button)
        self.print_button = QPushButton(self.tr("Print itinerary…"))
        self.print_button.setToolTip(
            self.tr("This day's visits in your order, with times and addresses.")
        )
        self.print_button.clicked.connect(self.print_itinerary)
        top.addWidget(self.print_button)
        self.export_button = QPushButton(self.tr("Export itinerary…"))
        self.export_button.setToolTip(self.tr("Save this day's itinerary as a PDF."))
        self.export_button.clicked.connect(self.export_itinerary)
        top.addWidget(self.export_button)

        self.list = _DayList()
        self.list.setObjectName("dayPlan")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(
            self.tr("Drag a visit, or Ctrl+Up / Ctrl+Down, to set the order; Enter opens it.")
        )
        self.list.moved.connect(self._save_order)
        self.list.itemActivated.connect(self._on_activated)
        self.empty = QLabel(self.tr("No visits planned for this day."))
        muted(self.empty)
        up = QAction(self)
        up.setShortcut(QKeySequence("Ctrl+Up"))
        up.triggered.connect(lambda: self.move_current(-1))
        down = QAction(self)
        down.setShortcut(QKeySequence("Ctrl+Down"))
        down.triggered.connect(lambda: self.move_current(1))
        for action in (up, down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self._show_title()

    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.pack_button.setEnabled(workspace is not None)
        self.print_button.setEnabled(workspace is not None)
        self.export_button.setEnabled(workspace is not None)
        self.reload()

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    def _show_title(self) -> None:
        self.title.setText(self.tr("Day plan for %1").replace("%1", fmt_date(self.day)))

    def reload(self) -> None:
        self._show_title()
        workspace = self.workspace
        if workspace is None:
            self._fill([])
            return
        self._generation += 1
        generation, day = self._generation, self.day

        def done(visits: list[DayVisit]) -> None:
            if generation == self._generation:
                self._fill(visits)

        self.runner.run(lambda: workspace.visits.day(day), done)

    def _fill(self, visits: list[DayVisit]) -> None:
        self.visits = visits
        self.list.clear()
        for visit in visits:
            item = QListWidgetItem(self._text(visit))
            item.setData(_PLAN, visit.plan_id)
            item.setToolTip(self._text(visit))
            self.list.addItem(item)
        self.list.setVisible(bool(visits))
        self.empty.setVisible(not visits)
        rows = min(max(len(visits), 1), 6)
        self.list.setFixedHeight(rows * (self.list.fontMetrics().height() + 8) + 8)

    def _text(self, visit: DayVisit) -> str:
        when = fmt_time(visit.appointment_at) if visit.appointment_at else "--:--"
        where = visit.place or visit.address
        parts = [when, visit.customer_name]
        if where:
            parts.append(where)
        if visit.objective:
            parts.append(visit.objective)
        text = "   ".join(parts)
        if visit.status is VisitStatus.DONE:
            text += "   " + self.tr("(visited)")
        return text

    def order(self) -> list[str]:
        return [str(self.list.item(i).data(_PLAN)) for i in range(self.list.count())]

    def move_current(self, delta: int) -> None:
        if move_current_row(self.list, delta):
            self._save_order()

    def _save_order(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        order = self.order()

        def done(_result: object) -> None:
            self.order_changed.emit()

        self.runner.run(lambda: workspace.visits.reorder_day(order), done)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.plan_requested.emit(str(item.data(_PLAN)))

    def export_week_pack(self) -> None:
        """The ISO week of the day shown: its finished visit records as one PDF pack."""
        from repdesk.gui.print_visit import export_report_pack, pack_file_name

        workspace = self.workspace
        if workspace is None:
            return
        first = self.day - timedelta(days=self.day.weekday())
        last = first + timedelta(days=6)
        rep, team = self._rep()
        export_report_pack(
            self,
            self.runner,
            lambda: workspace.visits.pack(first, last, rep, team),
            pack_file_name(first, last),
        )

    def shown_visits(self) -> list[DayVisit]:
        """The day's visits in the list's order (as dragged, before the next reload)."""
        by_plan = {visit.plan_id: visit for visit in self.visits}
        return [by_plan[plan] for plan in self.order() if plan in by_plan]

    def print_itinerary(self) -> None:
        """The day's visits as a printed itinerary (print preview)."""
        from repdesk.gui.print_itinerary import print_itinerary

        if self.workspace is not None:
            print_itinerary(self, self.runner, self.day, self.shown_visits(), self._rep())

    def export_itinerary(self) -> None:
        """The day's visits as an itinerary PDF, saved where the rep chooses."""
        from repdesk.gui.print_itinerary import export_itinerary

        if self.workspace is not None:
            export_itinerary(self, self.runner, self.day, self.shown_visits(), self._rep())
