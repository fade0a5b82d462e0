"""The Visits area: the chosen day's plan (itinerary) above the list of every visit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.day_plan import DayPlan
from repdesk.gui.views.list_page import ListPage

if TYPE_CHECKING:
    from repdesk.services.diary import Company
    from repdesk.services.workspace import Workspace


class VisitsAreaPage(QWidget):
    plan_requested = Signal(str)  # open this visit's plan (and record)
    new_plan_requested = Signal(str, object)  # a customer id and the appointment (datetime)

    def __init__(
        self,
        runner: TaskRunner,
        visits: ListPage,
        rep: Callable[[], tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workspace: Workspace | None = None
        self.day_plan = DayPlan(runner, rep)
        self.visits = visits
        self.day_plan.plan_requested.connect(self.plan_requested)
        self.day_plan.order_changed.connect(lambda: self.visits.refresh())
        visits.activated.connect(self.plan_requested)
        self.new_button = QPushButton(self.tr("New visit…"))
        self.new_button.setToolTip(self.tr("Plan a visit to one of your customers on this day"))
        self.new_button.clicked.connect(self.new_visit)
        self.checklists_button = QPushButton(self.tr("Visit checklists…"))
        self.checklists_button.setToolTip(
            self.tr("The STEP1 lists every new visit plan starts from")
        )
        self.checklists_button.clicked.connect(self.edit_checklists)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.checklists_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.day_plan)
        layout.addWidget(visits, 1)

    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.new_button.setEnabled(workspace is not None)
        self.checklists_button.setEnabled(workspace is not None)
        self.day_plan.attach(workspace)

    def refresh(self) -> None:
        self.day_plan.reload()

    def new_visit(self) -> None:
        """Ask for the customer (completion from the sheets) and a time on the day shown."""
        workspace = self.workspace
        if workspace is None:
            return
        day = self.day_plan.day

        def ask(companies: list[Company]) -> None:
            from repdesk.gui.views.customer_picker import VisitPicker

            picker = VisitPicker(companies, day, self)

            def accepted() -> None:
                chosen = picker.chosen()
                if chosen is not None:
                    company, at = chosen
                    self.new_plan_requested.emit(company.customer_id, at)

            picker.accepted.connect(accepted)
            picker.open()

        self.runner.run(workspace.diary.companies, ask)

    def edit_checklists(self) -> None:
        from repdesk.gui.views.checklist_templates import edit_checklist_templates

        if self.workspace is not None:
            edit_checklist_templates(self, self.runner, self.workspace, lambda: None)
