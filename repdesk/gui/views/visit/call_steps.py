"""The pages of the call checklist, one per step of the flow, filled from a ``CallFlow``.

The objection picker; the hidden factors with the true/false hints; the FAB
answers (or the rep's own words); the closed questions; the open questions;
the persistence actions; the next step; and "on the record". The page that
owns them (CallPage) turns keys into flow moves and calls ``show`` after each.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.call_flow import CallFlow, Step
from repdesk.domain.playbook import Entry
from repdesk.gui import style
from repdesk.gui.i18n import ui_language
from repdesk.gui.views.visit.call_pick import ObjectionPicker
from repdesk.gui.views.visit.call_widgets import TickStep, wrapped


def scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    return scroll


def _column(page: QWidget) -> QVBoxLayout:
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    return column


class StepPages(QStackedWidget):
    toggled = Signal(int)  # a line of the current step was clicked, or Space pressed on it
    own_answer_edited = Signal(str)
    next_step_edited = Signal(str)
    another_requested = Signal()
    record_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = ObjectionPicker()
        self.analyse = TickStep(2)
        self.answers = TickStep(1)
        self.own_answer = QLineEdit()
        self.own_answer.setPlaceholderText(self.tr("Or the answer you gave, in your own words"))
        self.own_answer.textEdited.connect(self.own_answer_edited)
        self.answers.extra.addWidget(self.own_answer)
        self.close_step = TickStep(1)
        self.clarify = TickStep(1)
        self.persist = TickStep(1)
        self.lists: dict[Step, TickStep] = {
            Step.ANALYSE: self.analyse,
            Step.ANSWER: self.answers,
            Step.CLOSE: self.close_step,
            Step.CLARIFY: self.clarify,
            Step.PERSIST: self.persist,
        }
        for tick_step in self.lists.values():
            tick_step.toggled.connect(self.toggled)

        next_page = QWidget()
        self.next_caption = style.emphasised(wrapped())
        self.next_step = QLineEdit()
        self.next_step.setMaxLength(300)
        self.next_step.textEdited.connect(self.next_step_edited)
        note = wrapped(self.tr("Enter adds the objection to the visit record."), muted=True)
        column = _column(next_page)
        for widget in (self.next_caption, self.next_step, note):
            column.addWidget(widget)
        column.addStretch(1)

        done_page = QWidget()
        self.done_text = style.larger(wrapped())
        self.another = QPushButton(self.tr("Another objection"))
        self.another.clicked.connect(self.another_requested)
        self.to_record = QPushButton(self.tr("Show the record"))
        self.to_record.clicked.connect(self.record_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.another)
        buttons.addWidget(self.to_record)
        buttons.addStretch(1)
        column = _column(done_page)
        column.addWidget(self.done_text)
        column.addLayout(buttons)
        column.addStretch(1)

        self.pages: dict[Step, QWidget] = {Step.OBJECTION: self.picker, **self.lists}
        self.pages[Step.NEXT_STEP] = next_page
        self.pages[Step.DONE] = done_page
        for step, page in self.pages.items():
            self.addWidget(page if step == Step.OBJECTION else scrolled(page))

    def reset(self) -> None:
        """For the next objection."""
        self.picker.reset()
        self.own_answer.clear()
        self.next_step.clear()

    # -- showing ---------------------------------------------------------------------
    def show_step(self, flow: CallFlow) -> None:
        step = flow.step
        self.setCurrentIndex(list(self.pages).index(step))
        if step in self.lists:
            self._load_list(flow)
        if step == Step.NEXT_STEP:
            agreed = flow.round.agreed is True
            self.next_caption.setText(
                self.tr("The order, or the next step the customer agreed to")
                if agreed
                else self.tr("The next step: when and how you try again")
            )
            self.next_step.setPlaceholderText(
                self.tr("e.g. order of 20 units, delivery on Monday")
                if agreed
                else self.tr("e.g. call on Friday with a case study")
            )
            self.next_step.setText(flow.next_step)
        if step == Step.DONE:
            entry = flow.entry
            title = entry.title.get(ui_language()) if entry else self.tr("Not in the playbook")
            self.done_text.setText(
                self.tr(
                    "✓ Added to the visit record: %1, %n answer(s) tried.", "", len(flow.added)
                ).replace("%1", title)
            )

    def show_ticks(self, flow: CallFlow) -> None:
        page = self.lists.get(flow.step)
        if page is not None:
            page.show_ticks(flow.ticked())

    def focus_target(self, flow: CallFlow) -> QWidget | None:
        """Where the cursor goes on a step (None: on the page's own Next button)."""
        step = flow.step
        if step == Step.OBJECTION:
            return self.picker.filter
        if step == Step.NEXT_STEP:
            return self.next_step
        if step == Step.DONE:
            return self.another
        fallback = self.own_answer if step == Step.ANSWER else None
        return self.lists[step].focus_list() or fallback

    def follow(self, step: Step, index: int) -> None:
        """Move the cursor to the line a number key ticked, so Space goes on from there."""
        page = self.lists.get(step)
        for ticks in page.lists if page is not None else ():
            if ticks.first <= index < ticks.first + ticks.rowCount():
                ticks.setCurrentCell(index - ticks.first, 0)

    def _load_list(self, flow: CallFlow) -> None:
        step = flow.step
        entry = flow.entry
        page = self.lists[step]
        texts = [t.get(ui_language()) for t in flow.items(step)]
        if step == Step.ANALYSE:
            hidden = len(entry.hidden_factors) if entry is not None else 0
            page.captions[0].setText(self.tr("Hidden factors: what may lie behind it?"))
            page.captions[1].setText(self.tr("A true or a false objection? Listen for:"))
            page.empty.setText(self.tr("Not in the playbook: ask what lies behind it, then Enter."))
            page.load([texts[:hidden], texts[hidden:]])
        elif step == Step.ANSWER:
            page.captions[0].setText(
                self.tr("Answer with the matching feature, advantage and benefit: pick yours")
            )
            page.empty.setText(self.tr("No answers in the playbook for this: type yours below."))
            page.load([self._answer_texts(entry)])
            self.own_answer.setText(flow.round.own_answer)
        else:
            captions = {
                Step.CLOSE: self.tr("The customer agreed: ask a closed question for commitment"),
                Step.CLARIFY: self.tr("Not agreed: ask an open question to clarify"),
                Step.PERSIST: self.tr("The customer refused: keep going. Tick what you did"),
            }
            empties = {
                Step.CLOSE: self.tr("No closed questions in the playbook: ask for the order."),
                Step.CLARIFY: self.tr("No open questions in the playbook: ask what stops them."),
                Step.PERSIST: self.tr("No persistence actions in the playbook."),
            }
            page.captions[0].setText(captions[step])
            page.empty.setText(empties[step])
            page.load([texts])
        self.show_ticks(flow)

    def _answer_texts(self, entry: Entry | None) -> list[str]:
        lang = ui_language()
        return [
            "\n".join(
                (
                    a.label.get(lang),
                    self.tr("Feature: %1").replace("%1", a.feature.get(lang)),
                    self.tr("Advantage: %1").replace("%1", a.advantage.get(lang)),
                    self.tr("Benefit: %1").replace("%1", a.benefit.get(lang)),
                )
            )
            for a in (entry.answers if entry is not None else ())
        ]
