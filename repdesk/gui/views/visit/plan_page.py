"""The plan of one call (行动方案): what it is for, and when and where it happens.

The seed's action plan: the stage goal (阶段目标), the resources it takes (资源配置)
and the visit details (频度/行程/预约/文案), with the appearance check (仪容仪表).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.validation import Problem
from repdesk.domain.visits import VisitPlanFacts
from repdesk.gui import style
from repdesk.gui.forms import CheckField, FieldGroup, NoteField, TextField
from repdesk.gui.labels import label
from repdesk.gui.views.diary.entry_form import AppointmentField

# The plan's fields the form edits (VisitPlanFacts attribute names).
FIELDS = (
    "appointment_at",
    "place",
    "objective",
    "stage_goal",
    "resources",
    "frequency_note",
    "documents_note",
    "appearance_checked",
)


class PlanPage(QWidget):
    edited = Signal()

    def __init__(self, today: Any = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = FieldGroup(self)
        g = self.group

        aims = QGroupBox(self.tr("Action plan"))
        aims_form = QFormLayout(aims)
        self.objective = g.add_row(
            aims_form, self.tr("Purpose of the visit"), NoteField("objective", lines=2)
        )
        self.stage_goal = g.add_row(
            aims_form, self.tr("Stage goal"), NoteField("stage_goal", lines=2)
        )
        self.resources = g.add_row(aims_form, self.tr("Resources"), NoteField("resources", lines=2))
        self.objective.edit.setPlaceholderText(
            self.tr("What this call must achieve, e.g. present the quote to the buyer")
        )
        self.stage_goal.edit.setPlaceholderText(
            self.tr("Where this customer should be after it, e.g. on the short list")
        )
        self.resources.edit.setPlaceholderText(
            self.tr("Who and what it takes: an engineer, samples, a demonstration…")
        )

        details = QGroupBox(self.tr("Visit details"))
        details_form = QFormLayout(details)
        self.appointment = g.add_row(
            details_form, self.tr("Appointment"), AppointmentField("appointment_at", today)
        )
        self.appointment.edit.setToolTip(
            self.tr("A date and time, +2 10:30 for two days from today, or 10:30 for today")
        )
        self.place = g.add_row(details_form, self.tr("Place"), TextField("place", max_length=300))
        self.frequency = g.add_row(
            details_form, self.tr("Frequency"), TextField("frequency_note", max_length=200)
        )
        self.frequency.edit.setPlaceholderText(self.tr("e.g. every two weeks until the order"))
        self.itinerary = QLabel()
        style.muted(self.itinerary)
        details_form.addRow(self.tr("Itinerary"), self.itinerary)
        self.documents = g.add_row(
            details_form, self.tr("Documents"), TextField("documents_note", max_length=300)
        )
        self.documents.edit.setPlaceholderText(self.tr("e.g. quote, draft contract, case study"))
        self.status = QLabel()
        details_form.addRow(self.tr("Status"), self.status)

        before = QGroupBox(self.tr("Before leaving"))
        before_column = QVBoxLayout(before)
        self.appearance = g.add(
            CheckField("appearance_checked", self.tr("Appearance checked: dress and grooming"))
        )
        before_column.addWidget(self.appearance.container())
        hint = QLabel(self.tr("The lists of what to bring and check are on the Checklists tab."))
        hint.setWordWrap(True)
        style.muted(hint)
        before_column.addWidget(hint)

        right = QVBoxLayout()
        right.addWidget(details)
        right.addWidget(before)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(aims)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        g.edited.connect(self.edited)

    def load(self, plan: VisitPlanFacts) -> None:
        self.group.load({name: getattr(plan, name) for name in FIELDS})
        self.show_state(plan)

    def show_state(self, plan: VisitPlanFacts) -> None:
        """The parts the rep does not type here: the place in the day, the status."""
        if plan.itinerary_position is not None:
            self.itinerary.setText(
                self.tr("Stop %1 of the day's round").replace("%1", str(plan.itinerary_position))
            )
        else:
            self.itinerary.setText(self.tr("In time order (drag to reorder the day in Visits)"))
        self.status.setText(label(plan.status))

    def collect(self, plan: VisitPlanFacts) -> tuple[VisitPlanFacts | None, list[Problem]]:
        values, problems = self.group.read()
        if problems:
            return None, problems
        return replace(plan, **values), []

    def show_problems(self, problems: list[Problem]) -> None:
        self.group.show_problems(problems)

    @property
    def dirty(self) -> bool:
        return self.group.dirty
