"""The Visits area: the chosen day's plan (itinerary) above the list of every visit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.day_plan import DayPlan
from repdesk.gui.views.list_page import ListPage

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace


class VisitsAreaPage(QWidget):
    plan_requested = Signal(str)  # open this visit's plan (and record)

    def __init__(
        self,
        runner: TaskRunner,
        visits: ListPage,
        rep: Callable[[], tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.day_plan = DayPlan(runner, rep)
        self.visits = visits
        self.day_plan.plan_requested.connect(self.plan_requested)
        self.day_plan.order_changed.connect(lambda: self.visits.refresh())
        visits.activated.connect(self.plan_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_plan)
        layout.addWidget(visits, 1)

    def attach(self, workspace: Workspace | None) -> None:
        self.day_plan.attach(workspace)

    def refresh(self) -> None:
        self.day_plan.reload()
