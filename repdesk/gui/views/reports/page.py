"""The Reports area: the method's numbers as charts, and the weekly summary for managers.

The page opens at once: every chart is read and drawn on the worker and fills in
when it is ready (charts_tab.py); the weekly summary is made on request
(weekly_tab.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from repdesk.domain.areas import Area
from repdesk.gui import style
from repdesk.gui.labels import area_label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.reports.charts_tab import ChartsTab
from repdesk.gui.views.reports.weekly_tab import WeeklyTab

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace


class ReportsPage(QWidget):
    failed = Signal(object)
    status = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        rep: Callable[[], tuple[str, str]] = lambda: ("", ""),
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        heading = QLabel(area_label(Area.REPORTS))
        style.heading(heading)
        self.charts = ChartsTab(runner, today)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.weekly = WeeklyTab(runner, rep, today)
        self.tabs.addTab(self.weekly, self.tr("Weekly summary"))
        for tab in (self.charts, self.weekly):
            tab.failed.connect(self.failed.emit)
            tab.status.connect(self.status.emit)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def attach(self, workspace: Workspace | None) -> None:
        self.charts.attach(workspace)
        self.weekly.attach(workspace)

    def refresh(self) -> None:
        self.charts.refresh()
        self.weekly.load()
