"""The visit record (销售拜访记录表), written straight after the call.

What happened, who was there, the objections met (客户异议) and how they were
answered, the buying signals seen (成交信号), the outcome, the next step (下一步)
with its date, the time spent (花费时间) and the expenses (费用). The window
saves it as a draft while the rep types; finishing it checks the values,
marks the plan done and puts the next step on Today.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import BuyingSignal, PersonRole
from repdesk.domain.validation import Problem, ProblemCode
from repdesk.domain.visits import ObjectionMet, PersonToMeet, VisitRecordFacts
from repdesk.gui import style
from repdesk.gui.forms import FieldGroup, NoteField, NumberField, ParseError, TextField
from repdesk.gui.i18n import ui_language
from repdesk.gui.labels import code_label, label
from repdesk.gui.views.diary.entry_form import AppointmentField, DueField


class CurrencyField(TextField):
    """A three-letter code (CNY, USD, EUR), upper-cased as it is read."""

    def __init__(self, name: str) -> None:
        super().__init__(name, placeholder="CNY", max_length=3)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("MMMMMM") + 16)

    def value(self) -> str:
        text = self.edit.text().strip().upper()
        if text and not (len(text) == 3 and text.isascii() and text.isalpha()):
            raise ParseError(ProblemCode.CURRENCY)
        return text


# -- objections -----------------------------------------------------------------


@dataclass
class _ObjectionRow:
    """One objection's widgets and what was loaded into them (playbook links, id)."""

    token: int
    met: ObjectionMet
    source: QLabel  # the playbook entry and round, for a row from the call checklist
    words: QLineEdit
    answer: QLineEdit
    agreed: QComboBox
    next_step: QLineEdit
    remove: QPushButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.source, self.words, self.answer, self.agreed, self.next_step, self.remove)

    def read(self) -> ObjectionMet:
        """The loaded row as edited: its playbook links, round and ticked steps are kept."""
        return replace(
            self.met,
            customer_words=self.words.text().strip(),
            answer_text=self.answer.text().strip(),
            customer_agreed=self.agreed.currentData(),
            next_step=self.next_step.text().strip(),
        )

    @property
    def empty(self) -> bool:
        met = self.read()
        return not (met.customer_words or met.answer_text or met.next_step) and (
            met.customer_agreed is None
        )


def objection_key(met: ObjectionMet) -> tuple[object, ...]:
    """What a saved objection is recognised by when the store gives it an id: two rounds
    of one objection may share the words, the answer and the outcome, not the round."""
    return (
        met.customer_words.strip(),
        met.answer_text.strip(),
        met.customer_agreed,
        met.next_step.strip(),
        met.objection_id,
        met.answer_id,
        max(1, met.round),
        tuple(step for step in met.steps if step.strip()),
    )


def from_checklist(met: ObjectionMet) -> bool:
    """A row the call checklist wrote (a playbook entry, a later round, ticked steps)."""
    return met.objection_id is not None or met.round > 1 or bool(met.steps)


class ObjectionsEditor(QWidget):
    """A small table of line edits: the customer's words, the answer, agreed?, next step."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_ObjectionRow] = []
        self._next_token = 0
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(4, 2)
        self.headers = [
            QLabel(self.tr("Objection")),
            QLabel(self.tr("The customer's words")),
            QLabel(self.tr("Answer used")),
            QLabel(self.tr("Agreed")),
            QLabel(self.tr("Next step")),
        ]
        for column, header in enumerate(self.headers):
            style.emphasised(header)
            self.grid.addWidget(header, 0, column)
        self.empty = QLabel(
            self.tr("No objections recorded. Add each one the customer raised, and your answer.")
        )
        self.empty.setWordWrap(True)
        style.muted(self.empty)
        self.add_button = QPushButton(self.tr("Add objection"))
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_empty()

    def load(self, objections: tuple[ObjectionMet, ...]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for met in objections:
            self.add_row(met, announce=False)
        self._update_empty()

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.words.setFocus()

    def add_row(self, met: ObjectionMet | None = None, *, announce: bool = True) -> _ObjectionRow:
        met = met or ObjectionMet()
        title = met.objection_title.get(ui_language()) if met.objection_title else ""
        words = QLineEdit(met.customer_words or title)
        words.setPlaceholderText(self.tr("e.g. Your price is too high"))
        answer = QLineEdit(met.answer_text)
        answer.setPlaceholderText(self.tr("How you answered"))
        agreed = QComboBox()
        agreed.addItem(self.tr("Not known"), None)
        agreed.addItem(self.tr("Yes"), True)
        agreed.addItem(self.tr("No"), False)
        agreed.setCurrentIndex({None: 0, True: 1, False: 2}[met.customer_agreed])
        next_step = QLineEdit(met.next_step)
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this objection from the record"))
        source = QLabel(self._source_text(met))
        source.setWordWrap(True)
        source.setToolTip(self._source_tip(met))
        style.muted(source)
        row = _ObjectionRow(self._next_token, met, source, words, answer, agreed, next_step, remove)
        for edit in (words, answer, next_step):
            edit.setCursorPosition(0)  # a long answer shows its start, not its end
        self._next_token += 1
        index = len(self.rows) + 1
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index, column)
        for edit in (words, answer, next_step):
            edit.textEdited.connect(lambda _text: self.edited.emit())
        agreed.currentIndexChanged.connect(lambda _index: self.edited.emit())
        remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        self.rows.append(row)
        self._update_empty()
        if announce:
            self.edited.emit()
        return row

    def _source_text(self, met: ObjectionMet) -> str:
        """For a row from the call checklist: the entry's title, and the round after the
        first ("Price: 'Too expensive' · round 2")."""
        if not from_checklist(met):
            return ""
        if met.objection_title is not None:
            title = met.objection_title.get(ui_language())
        else:
            title = self.tr("Not in the playbook")
        if met.round > 1:
            return self.tr("%1 · round %2").replace("%1", title).replace("%2", str(met.round))
        return title

    def _source_tip(self, met: ObjectionMet) -> str:
        if not from_checklist(met):
            return ""
        lines = [self.tr("From the call checklist, round %1.").replace("%1", str(met.round))]
        if met.steps:
            lines.append(self.tr("Ticked:"))
            lines += [f"• {step}" for step in met.steps]
        return "\n".join(lines)

    def remove_row(self, row: _ObjectionRow) -> None:
        position = self.rows.index(row)
        self._drop(row)
        # Re-lay the rows below so the grid has no hole.
        for index, later in enumerate(self.rows[position:], start=position + 1):
            for column, widget in enumerate(later.widgets()):
                self.grid.addWidget(widget, index, column)
        self._update_empty()
        if self.rows:
            self.rows[min(position, len(self.rows) - 1)].words.setFocus()
        else:
            self.add_button.setFocus()
        self.edited.emit()

    def _drop(self, row: _ObjectionRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _update_empty(self) -> None:
        sourced = any(row.source.text() for row in self.rows)
        for header in self.headers:
            header.setVisible(bool(self.rows))
        self.headers[0].setVisible(sourced)  # the Objection column: rows from the checklist
        self.grid.setColumnStretch(0, 2 if sourced else 0)  # hidden, it takes no room
        for row in self.rows:
            row.source.setVisible(sourced)
        self.empty.setVisible(not self.rows)

    def read(self) -> list[tuple[int, ObjectionMet]]:
        """The filled rows with their tokens, in order (an empty row is not an objection)."""
        return [(row.token, row.read()) for row in self.rows if not row.empty]

    def assign_ids(self, ids: dict[int, str]) -> None:
        """The store's ids of rows saved for the first time, so the next save updates them."""
        for row in self.rows:
            if row.token in ids and row.met.id is None:
                row.met = replace(row.met, id=ids[row.token])


# -- the page -------------------------------------------------------------------


class RecordPage(QWidget):
    edited = Signal()
    save_draft_requested = Signal()
    finish_requested = Signal()

    def __init__(self, today: Any = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._people_met: tuple[str, ...] = ()
        self.group = FieldGroup(self)
        g = self.group

        call = QGroupBox(self.tr("The call"))
        call_form = QFormLayout(call)
        self.visited_at = g.add_row(
            call_form, self.tr("Visited at"), AppointmentField("visited_at", today)
        )
        self.visited_at.edit.setToolTip(
            self.tr("A date and time, +2 10:30 for two days from today, or 10:30 for today")
        )
        self.people = QListWidget()
        self.people.setObjectName("people-met")
        self.people.itemChanged.connect(self._on_person_changed)
        self.no_people = QLabel(self.tr("No people on the customer's sheet yet."))
        style.muted(self.no_people)
        people_box = QWidget()
        people_column = QVBoxLayout(people_box)
        people_column.setContentsMargins(0, 0, 0, 0)
        people_column.addWidget(self.people)
        people_column.addWidget(self.no_people)
        call_form.addRow(self.tr("People met"), people_box)
        self.summary = g.add_row(call_form, self.tr("What happened"), NoteField("summary", lines=5))
        self.summary.edit.setPlaceholderText(
            self.tr("What was said and shown, what the customer needs, what you agreed")
        )
        self.outcome = g.add_row(call_form, self.tr("Outcome"), NoteField("outcome", lines=2))
        self.outcome.edit.setPlaceholderText(self.tr("e.g. agreed to a trial order"))

        signals_box = QGroupBox(self.tr("Buying signals seen"))
        signals_column = QVBoxLayout(signals_box)
        self.signals: dict[BuyingSignal, QCheckBox] = {}
        for signal in BuyingSignal:
            box = QCheckBox(label(signal))
            box.toggled.connect(self._on_signal_toggled)
            self.signals[signal] = box
            signals_column.addWidget(box)

        next_box = QGroupBox(self.tr("Next step"))
        next_form = QFormLayout(next_box)
        self.next_step = g.add_row(
            next_form, self.tr("Action"), TextField("next_step", max_length=300)
        )
        self.next_step.edit.setPlaceholderText(self.tr("e.g. send the revised quote"))
        self.next_step_date = g.add_row(next_form, self.tr("By"), DueField("next_step_date", today))
        self.next_step_date.edit.setToolTip(self.tr("A date, or +3 for three days from today"))
        next_hint = QLabel(self.tr("Finishing the record puts it on Today as a follow-up."))
        next_hint.setWordWrap(True)
        style.muted(next_hint)
        next_form.addRow(next_hint)

        cost_box = QGroupBox(self.tr("Time and expenses"))
        cost_form = QFormLayout(cost_box)
        self.minutes = g.add_row(
            cost_form,
            self.tr("Time spent (minutes)"),
            NumberField("minutes_spent", whole=True, placeholder="45"),
        )
        self.expenses = g.add(NumberField("expenses", placeholder="0"))
        self.currency = g.add(CurrencyField("currency"))
        money = QWidget()
        money_row = QHBoxLayout(money)
        money_row.setContentsMargins(0, 0, 0, 0)
        money_row.addWidget(self.expenses.container(), 1)
        money_row.addWidget(self.currency.container())
        cost_form.addRow(self.tr("Expenses"), money)

        objections_box = QGroupBox(self.tr("Objections met"))
        self.objections = ObjectionsEditor()
        QVBoxLayout(objections_box).addWidget(self.objections)

        right = QVBoxLayout()
        right.addWidget(signals_box)
        right.addWidget(next_box)
        right.addWidget(cost_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(call, 3)
        columns.addLayout(right, 2)
        body = QWidget()
        body_column = QVBoxLayout(body)
        body_column.addLayout(columns)
        body_column.addWidget(objections_box)
        body_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background, not a grey box
        body.setAutoFillBackground(False)

        self.saved_state = QLabel()
        style.muted(self.saved_state)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        style.emphasised(self.problems)
        palette = self.problems.palette()
        palette.setColor(self.problems.foregroundRole(), Qt.GlobalColor.darkRed)
        self.problems.setPalette(palette)
        self.problems.hide()
        self.save_draft_button = QPushButton(self.tr("Save draft"))
        self.save_draft_button.setToolTip(
            self.tr("Keep the record as it is; it is also saved by itself as you type.")
        )
        self.finish_button = QPushButton(self.tr("Finish record"))
        self.finish_button.setToolTip(
            self.tr(
                "Check the record, mark the visit done and put the next step on Today "
                "as a follow-up."
            )
        )
        self.save_draft_button.clicked.connect(self.save_draft_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.saved_state, 1)
        bar.addWidget(self.save_draft_button)
        bar.addWidget(self.finish_button)

        self.blocked = QLabel(
            self.tr(
                "Save the plan first (Ctrl+S): the record of the call belongs to it. "
                "Write it here after the visit; it is kept as a draft as you type."
            )
        )
        self.blocked.setWordWrap(True)
        self.blocked.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        style.muted(self.blocked)
        self.blocked.hide()

        bar_box = QWidget()
        bar_box.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blocked, 1)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(bar_box)
        self.content = (scroll, bar_box)

        g.edited.connect(self._changed)
        self.objections.edited.connect(self._changed)

    # -- loading -------------------------------------------------------------
    def set_available(self, available: bool) -> None:
        """A record belongs to a saved plan; a new plan shows why the page is empty."""
        for widget in self.content:
            widget.setVisible(available)
        self.blocked.setVisible(not available)

    def load(self, record: VisitRecordFacts, people: tuple[PersonToMeet, ...]) -> None:
        self._loading = True
        try:
            self.group.load(
                {
                    "visited_at": record.visited_at,
                    "summary": record.summary,
                    "outcome": record.outcome,
                    "next_step": record.next_step,
                    "next_step_date": record.next_step_date,
                    "minutes_spent": record.minutes_spent,
                    "expenses": record.expenses,
                    "currency": record.currency,
                }
            )
            self._people_met = record.people_met
            self.people.clear()
            for person in people:
                role = code_label(PersonRole, person.role)
                text = person.name + (f" · {person.title}" if person.title else "")
                text += f" ({role})" if role else ""
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.person_id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                met = person.person_id in record.people_met
                item.setCheckState(Qt.CheckState.Checked if met else Qt.CheckState.Unchecked)
                self.people.addItem(item)
            rows = max(min(len(people), 6), 1)
            row_height = max(self.people.sizeHintForRow(0), self.people.fontMetrics().height() + 6)
            self.people.setFixedHeight(rows * row_height + 2 * self.people.frameWidth() + 4)
            self.people.setVisible(bool(people))
            self.no_people.setVisible(not people)
            for signal, box in self.signals.items():
                box.blockSignals(True)
                box.setChecked(signal in record.buying_signals)
                box.blockSignals(False)
            self.objections.load(record.objections)
            self.show_problems([])
        finally:
            self._loading = False

    def set_finished(self, finished: bool) -> None:
        """A finished record is saved on request (checked again), not as a draft."""
        self.save_draft_button.setVisible(not finished)
        self.finish_button.setText(self.tr("Save record") if finished else self.tr("Finish record"))

    # -- reading -------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_person_changed(self, _item: QListWidgetItem) -> None:
        self._changed()

    def _on_signal_toggled(self, _checked: bool) -> None:
        self._changed()

    def collect(self, base: VisitRecordFacts) -> tuple[VisitRecordFacts, list[Problem], list[int]]:
        """The record as typed, the values that do not parse (they keep ``base``'s value),
        and the token of each objection in the record's order."""
        values, problems = self.group.read()
        if "visited_at" in values and values["visited_at"] is None:
            problems.append(Problem("visited_at", ProblemCode.REQUIRED))
            del values["visited_at"]
        unparsed = {p.field for p in problems}
        kept = {k: v for k, v in values.items() if k not in unparsed}
        listed = set()
        people: list[str] = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            person_id = str(item.data(Qt.ItemDataRole.UserRole))
            listed.add(person_id)
            if item.checkState() == Qt.CheckState.Checked:
                people.append(person_id)
        # Someone met then removed from the sheet stays on the record.
        people += [p for p in self._people_met if p not in listed]
        signals = tuple(s for s, box in self.signals.items() if box.isChecked())
        rows = self.objections.read()
        record = replace(
            base,
            **kept,
            people_met=tuple(people),
            buying_signals=signals,
            objections=tuple(met for _token, met in rows),
        )
        return record, problems, [token for token, _met in rows]

    def show_problems(self, problems: list[Problem], *, focus: bool = False) -> None:
        """Each problem under its field; ``focus`` moves the cursor to the first (not while
        a draft is saved as the rep types elsewhere)."""
        self.group.show_problems(problems)
        if not problems:
            self.problems.hide()
            return
        self.problems.setText(
            self.tr(
                "%n value(s) to correct before the record can be finished "
                "(shown beside each field).",
                "",
                len(problems),
            )
        )
        self.problems.show()
        field = self.group.fields.get(problems[0].field)
        if focus and field is not None:
            field.widget.setFocus()

    def set_saved_state(self, text: str) -> None:
        self.saved_state.setText(text)
