"""During the call (拜访中): the objection flow as a checklist the keyboard drives.

The objection raised -> the hidden factors -> the FAB answer -> did the customer
agree? Yes: a closed question, then the next step (the order). No: an open
question, then another answer (round 2, 3...) or, on a refusal, the
persistence actions, then the next step. ``CallFlow`` (repdesk.domain.call_flow)
keeps the state; this page shows it and sends the finished rounds to the
record (``objections_met``), whose draft autosave writes them.

Keys, while the page has the focus: 1-9 tick the n-th line of the step, Space
the selected one, Enter goes on, Y / N answer "did the customer agree?",
Backspace or Alt+Left go back. A text field keeps the keys it types with
(digits, letters, Backspace); Enter and Alt+Left still work there.

The playbook is read on the worker when the tab is first shown and again after
the window was shown anew (the rep may have edited it meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from repdesk.domain.call_flow import CallFlow, Step
from repdesk.domain.playbook import Playbook
from repdesk.domain.visits import ObjectionMet
from repdesk.gui import style
from repdesk.gui.i18n import ui_language
from repdesk.gui.labels import label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.visit.call_steps import StepPages, scrolled
from repdesk.gui.views.visit.call_widgets import Banner, breadcrumb, wrapped


class CallPage(QWidget):
    objections_met = Signal(object)  # tuple[ObjectionMet, ...]: one row per answer tried
    show_record = Signal()
    loaded = Signal()  # the playbook was read
    failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, read: Callable[[], Playbook], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._read = read
        self.flow = CallFlow(lang=ui_language())
        self.playbook: Playbook | None = None
        self._stale = True
        self._loading = False
        self._again = False
        self.read_only = True  # until a draft record is there to write into

        self.notice = style.emphasised(wrapped())
        self.stepper = QLabel()
        self.stepper.setTextFormat(Qt.TextFormat.RichText)
        self.stepper.setWordWrap(True)
        self.round_badge = style.emphasised(QLabel())
        self.heading = style.larger(style.emphasised(wrapped()), 1.15)
        self.said = wrapped(muted=True)
        self.revive = Banner()
        self.revive.caption.setText(self.tr("One sentence to revive the talk"))

        self.message = style.emphasised(wrapped())
        self.pages = StepPages()
        self.picker = self.pages.picker
        self.pages.toggled.connect(self._toggle)
        self.pages.own_answer_edited.connect(lambda text: self.flow.set_own_answer(text))
        self.pages.next_step_edited.connect(self._on_next_step)
        self.pages.another_requested.connect(self.go_next)
        self.pages.record_requested.connect(self.show_record)
        self.picker.highlighted_changed.connect(lambda: self.message.clear())

        self.question = style.emphasised(QLabel())
        self.yes = QPushButton()
        self.yes.clicked.connect(lambda: self.decide(True))
        self.no = QPushButton()
        self.no.clicked.connect(lambda: self.decide(False))
        self.decision = QWidget()
        decision_row = QHBoxLayout(self.decision)
        decision_row.setContentsMargins(0, 0, 0, 0)
        decision_row.addWidget(self.question)
        decision_row.addWidget(self.yes)
        decision_row.addWidget(self.no)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.go_next)
        self.keys = wrapped(muted=True)
        nav = QHBoxLayout()  # the action bar: back, then yes / no or next
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.decision)
        nav.addWidget(self.next_button)

        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.round_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.work = QWidget()
        work_column = QVBoxLayout(self.work)
        work_column.setContentsMargins(0, 0, 0, 0)
        work_column.addWidget(self.stepper)
        work_column.addLayout(heading_row)
        work_column.addWidget(self.said)
        work_column.addWidget(self.revive)
        work_column.addWidget(self.pages, 1)
        work_column.addWidget(self.message)
        work_column.addLayout(nav)
        work_column.addWidget(self.keys)

        self.opener = wrapped(self.tr("Reading the playbook…"))
        self.tips = wrapped()
        opener_box = QGroupBox(self.tr("20-second opener"))
        QVBoxLayout(opener_box).addWidget(self.opener)
        tips_box = QGroupBox(self.tr("Four tips for handling refusals"))
        QVBoxLayout(tips_box).addWidget(self.tips)
        guide = QWidget()
        guide_column = QVBoxLayout(guide)
        guide_column.setContentsMargins(0, 0, 0, 0)
        guide_column.addWidget(opener_box)
        guide_column.addWidget(tips_box)
        guide_column.addStretch(1)
        self.guide = scrolled(guide)
        self.guide.setFixedWidth(300)

        columns = QHBoxLayout()
        columns.addWidget(self.work, 1)
        columns.addWidget(self.guide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)

        for number in range(1, 10):
            self._key(str(number), partial(self.tick, number - 1))
        self._key("Y", partial(self.decide, True))
        self._key("N", partial(self.decide, False))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._key(QKeySequence(key), self.go_next)
        self._key(QKeySequence(Qt.Key.Key_Backspace), self.go_back)
        self._key("Alt+Left", self.go_back)

        self.set_record_state(available=False, finished=False)
        self._show()

    def _key(self, key: str | QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- the window tells ------------------------------------------------------------
    def set_record_state(self, *, available: bool, finished: bool) -> None:
        """Ticks go into a draft record: none yet (the plan is not saved), or a finished
        one, leave the checklist to read only."""
        self.read_only = not available or finished
        if not available:
            self.notice.setText(
                self.tr("Save the plan first (Ctrl+S): what you tick here goes into its record.")
            )
        elif finished:
            self.notice.setText(
                self.tr(
                    "The record of this visit is finished: the checklist is read-only. "
                    "Change the objections on the Record tab."
                )
            )
        self.notice.setVisible(self.read_only)
        self.work.setEnabled(not self.read_only)
        self._focus()  # e.g. the plan was just saved with this tab in front

    def shown(self) -> None:
        """The tab is shown: read the playbook if it is not read or may have changed."""
        if self._stale:
            self.refresh()
        self._focus()

    def mark_stale(self) -> None:
        self._stale = True

    def take_unfinished(self) -> tuple[ObjectionMet, ...]:
        """An objection under way (picked, not yet on the record), as rows for the record,
        and the checklist back at its start: the window keeps them when it closes or the
        record is finished, so nothing ticked is lost. The customer's answer to the last
        try stays "not recorded" unless Y or N was pressed."""
        flow = self.flow
        if self.read_only or flow.step in (Step.OBJECTION, Step.DONE):
            return ()
        self._sync()
        # A try begun but not yet answered is no try: the objection itself still counts.
        rows = tuple(m for m in flow.rows() if m.round == 1 or m.answer_id or m.answer_text)
        flow.restart()
        self.pages.reset()
        self._show()
        return rows

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        self.runner.run(self._read, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, playbook: Playbook) -> None:
        if not shiboken6.isValid(self):  # the window went while the worker read
            return
        self._loading = False
        self.playbook = playbook
        self.flow.playbook = playbook
        lang = ui_language()
        opener = playbook.opener.get(lang)
        self.opener.setText(opener or self.tr("No opener in the playbook."))
        tips = [f"{n}. {tip.get(lang)}" for n, tip in enumerate(playbook.tips, 1)]
        self.tips.setText("\n\n".join(tips) or self.tr("No tips in the playbook."))
        self.picker.set_playbook(playbook)
        if self.flow.step == Step.PERSIST:
            self._show()
        self.loaded.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _on_load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self._stale = True  # try again next time the tab is shown
        self.opener.setText(self.tr("The playbook could not be read."))
        self.failed.emit(error)

    # -- what the rep does -----------------------------------------------------------
    def tick(self, index: int) -> None:
        """A number key: the n-th line of the step (from 0); on the first, the n-th entry."""
        if self.read_only:
            return
        if self.flow.step == Step.OBJECTION:
            self.picker.select(index)
            return
        self._toggle(index)
        self.pages.follow(self.flow.step, index)

    def _toggle(self, index: int) -> None:
        if not self.read_only and self.flow.toggle(index):
            self.message.clear()
            self.pages.show_ticks(self.flow)

    def _sync(self) -> None:
        """The text fields as typed (an input method's commit says nothing of an edit)."""
        if self.flow.step == Step.ANSWER:
            self.flow.set_own_answer(self.pages.own_answer.text())
        elif self.flow.step == Step.NEXT_STEP:
            self.flow.next_step = self.pages.next_step.text()

    def decide(self, yes: bool) -> None:
        if self.read_only or self.flow.step not in (Step.ANSWER, Step.CLARIFY):
            return
        self._sync()
        if not self.flow.decide(yes):
            count = str(max(len(self.flow.items()), 1))
            self.message.setText(
                self.tr("Tick the answer you gave (1–%1) or type it, then Y or N.").replace(
                    "%1", count
                )
            )
            return
        self._show()

    def go_next(self) -> None:
        if self.read_only:
            return
        self._sync()
        flow = self.flow
        if flow.step == Step.OBJECTION:
            flow.choose(self.picker.highlighted(), self.picker.words_text())
            if not flow.next():
                self.message.setText(self.tr("Type the customer's words, then press Enter."))
                self.picker.words.setFocus()
                return
        elif flow.step == Step.ANSWER:
            self.message.setText(self.tr("Did the customer agree? Press Y or N."))
            return
        elif flow.step == Step.DONE:
            flow.next()
            self.pages.reset()
        else:
            finishing = flow.step == Step.NEXT_STEP
            flow.next()
            if finishing:
                self.objections_met.emit(flow.added)
        self._show()

    def go_back(self) -> None:
        if not self.read_only and self.flow.back():
            self._show()

    def _on_next_step(self, text: str) -> None:
        self.flow.next_step = text

    # -- showing ---------------------------------------------------------------------
    def _step_names(self) -> dict[Step | None, str]:
        return {
            Step.OBJECTION: self.tr("Objection"),
            Step.ANALYSE: self.tr("Hidden factors"),
            Step.ANSWER: self.tr("FAB answer"),
            None: self.tr("Closed or open question"),
            Step.CLOSE: self.tr("Closed question"),
            Step.CLARIFY: self.tr("Open question"),
            Step.PERSIST: self.tr("Persistence actions"),
            Step.NEXT_STEP: self.tr("Next step"),
            Step.DONE: self.tr("On the record"),
        }

    def _show(self) -> None:
        flow = self.flow
        step = flow.step
        lang = ui_language()
        path: list[Step | None] = list(flow.path())
        if Step.CLOSE not in path and Step.CLARIFY not in path:
            path.insert(path.index(Step.NEXT_STEP), None)  # the branch still to come
        names = self._step_names()
        self.stepper.setText(breadcrumb([names[s] for s in path], path.index(step)))
        number = flow.round.number
        self.round_badge.setText(self.tr("Round %1").replace("%1", str(number)))
        self.round_badge.setVisible(step != Step.OBJECTION and len(flow.rounds) > 1)
        entry = flow.entry
        early = step == Step.OBJECTION
        if entry is not None:
            kind = f"{label(entry.target)} · {label(entry.directness)}"
            self.heading.setText(f"{entry.title.get(lang)}  ({kind})")
        else:
            self.heading.setText(self.tr("Not in the playbook"))
        self.heading.setVisible(not early)
        self.said.setText(f"“{flow.customer_words}”" if flow.customer_words else "")
        self.said.setVisible(not early and bool(flow.customer_words))
        self.revive.text.setText(entry.revive_sentence.get(lang) if entry is not None else "")
        self.revive.setVisible(entry is not None and step not in (Step.OBJECTION, Step.DONE))
        self.pages.show_step(flow)
        self._show_decision()
        self.message.clear()
        self.back_button.setEnabled(flow.can_go_back)
        self.back_button.setVisible(step != Step.DONE)
        self.next_button.setVisible(step not in (Step.ANSWER, Step.CLARIFY, Step.DONE))
        self.next_button.setText(
            self.tr("Add to the record") if step == Step.NEXT_STEP else self.tr("Next")
        )
        self.keys.setText(self._keys_hint(step))
        self._focus()

    def _show_decision(self) -> None:
        step = self.flow.step
        self.decision.setVisible(step in (Step.ANSWER, Step.CLARIFY))
        if step == Step.ANSWER:
            self.question.setText(self.tr("Did the customer agree?"))
            self.yes.setText(self.tr("Yes (Y)"))
            self.no.setText(self.tr("No (N)"))
        elif step == Step.CLARIFY:
            self.question.setText(self.tr("Did the customer tell you more?"))
            again = str(self.flow.round.number + 1)
            self.yes.setText(self.tr("Yes: answer again, round %1 (Y)").replace("%1", again))
            self.no.setText(self.tr("No, refused: persistence actions (N)"))

    def _keys_hint(self, step: Step) -> str:
        back = self.tr("Backspace or Alt+← back")
        if step == Step.OBJECTION:
            return self.tr("Keys: type to find · ↑↓ or 1–9 choose · Enter next")
        if step == Step.ANSWER:
            text = self.tr("Keys: 1–9 pick the answer · Y / N did the customer agree? · %1")
        elif step == Step.CLARIFY:
            text = self.tr("Keys: 1–9 or Space tick · Y or Enter answer again · N refused · %1")
        elif step == Step.NEXT_STEP:
            return self.tr("Keys: Enter adds it to the record · Alt+← back")
        elif step == Step.DONE:
            return self.tr("Keys: Enter another objection")
        else:
            text = self.tr("Keys: 1–9 or Space tick · Enter next · %1")
        return text.replace("%1", back)

    def _focus(self) -> None:
        if not self.isVisible() or self.read_only:
            return
        target = self.pages.focus_target(self.flow) or self.next_button
        target.setFocus()
