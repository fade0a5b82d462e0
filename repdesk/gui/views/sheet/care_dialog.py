"""Add or edit one care occasion (关怀) of a person: which day, and what the rep will do.

The dialog only reads and checks the occasion (domain.care); it does not
write. ``submitted`` hands a valid occasion to the People page, which saves
it on the worker and then calls ``accept()`` or ``show_problems()``: the
dialog stays open until the occasion is stored, and a refused one keeps what
the rep typed, with the reason beside the field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.care import CareOccasionFacts, check_occasion
from repdesk.domain.enums import Gender, HolidayCode, OccasionKind
from repdesk.domain.validation import Problem, ProblemCode
from repdesk.gui import style
from repdesk.gui.format import fmt_date
from repdesk.gui.forms import ChoiceField, DateField, Field, ParseError, TextField
from repdesk.gui.labels import label
from repdesk.gui.problem_text import problem_text


class MonthDayField(Field):
    """A yearly date: a month and a day, each possibly not chosen yet ("—")."""

    def __init__(self, name: str) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.month = QComboBox()
        self.month.addItem("—", None)
        locale = QLocale()
        for month in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(month), month)
        self.day = QSpinBox()
        self.day.setRange(0, 31)
        self.day.setSpecialValueText("—")  # 0: no day chosen yet
        row.addWidget(self.month)
        row.addWidget(self.day)
        row.addStretch(1)
        super().__init__(name, box)
        self.month.currentIndexChanged.connect(self.edited)
        self.day.valueChanged.connect(self.edited)

    def value(self) -> tuple[int | None, int | None]:
        month = self.month.currentData()
        day = self.day.value()
        return (None if month is None else int(month)), (day or None)

    def set_value(self, value: Any) -> None:
        month, day = value if value else (None, None)
        self.month.setCurrentIndex(max(self.month.findData(month), 0))
        self.day.setValue(day or 0)


class CareDialog(QDialog):
    """One occasion: a birthday, a holiday, or a date of the rep's own; its name and gesture."""

    submitted = Signal(object)  # a valid CareOccasionFacts, to be saved
    holiday_chosen = Signal(object)  # a HolidayCode, to show when it falls next

    def __init__(
        self,
        parent: QWidget | None,
        person_id: str,
        person_name: str,
        *,
        occasion: CareOccasionFacts | None = None,
        gender: Gender | None = None,
        birthday: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("careDialog")
        self.person_id = person_id
        self.occasion = occasion
        self.saving = False
        self._tried = False  # after a refused OK, "cannot be empty" shows too
        who = person_name or self.tr("this person")
        title = (
            self.tr("Add a care occasion for %1")
            if occasion is None
            else self.tr("Edit a care occasion of %1")
        )
        self.setWindowTitle(title.replace("%1", who))

        self.birthday_choice = QRadioButton(self.tr("Birthday"))
        self.holiday_choice = QRadioButton(self.tr("Holiday"))
        self.custom_choice = QRadioButton(self.tr("A date of your own"))
        self.kinds = QButtonGroup(self)
        for button, kind in (
            (self.birthday_choice, OccasionKind.BIRTHDAY),
            (self.holiday_choice, OccasionKind.HOLIDAY),
            (self.custom_choice, OccasionKind.CUSTOM),
        ):
            button.setProperty("kind", kind.value)
            self.kinds.addButton(button)
        self.holiday = ChoiceField("holiday_code", HolidayCode)
        self.holiday_note = QLabel()
        style.muted(self.holiday_note)
        self.month_day = MonthDayField("month_day")
        self.recurring = QCheckBox(self.tr("Every year"))
        self.on_date = DateField("on_date")
        self.label = TextField("label", max_length=200)
        self.gesture = TextField("gesture", max_length=500)
        if gender is Gender.FEMALE:
            example = self.tr("e.g. send her flowers")
        elif gender is Gender.MALE:
            example = self.tr("e.g. send him a box of good tea")
        else:
            example = self.tr("e.g. flowers, a card, mooncake vouchers")
        self.gesture.edit.setPlaceholderText(example)
        self.general = QLabel()  # a problem that belongs to no field
        self.general.setWordWrap(True)
        palette = self.general.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c5221f"))
        self.general.setPalette(palette)
        self.general.hide()

        kind_box = QWidget()
        kind_grid = QGridLayout(kind_box)
        kind_grid.setContentsMargins(0, 0, 0, 0)
        kind_grid.addWidget(self.birthday_choice, 0, 0)
        kind_grid.addWidget(self.holiday_choice, 1, 0)
        holiday_column = QVBoxLayout()
        holiday_column.setSpacing(2)
        holiday_column.addWidget(self.holiday.container())
        holiday_column.addWidget(self.holiday_note)
        kind_grid.addLayout(holiday_column, 1, 1)
        kind_grid.addWidget(self.custom_choice, 2, 0)
        kind_grid.setColumnStretch(1, 1)

        # The date's widgets side by side, their problem lines below them across the row.
        self.date_box = QWidget()
        date_column = QVBoxLayout(self.date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(2)
        date_row = QHBoxLayout()
        date_row.addWidget(self.month_day.widget)
        date_row.addWidget(self.on_date.widget)
        date_row.addWidget(self.recurring)
        date_row.addStretch(1)
        date_column.addLayout(date_row)
        date_column.addWidget(self.month_day.error)
        date_column.addWidget(self.on_date.error)
        self.on_date.edit.setMaximumWidth(
            self.on_date.edit.fontMetrics().horizontalAdvance("8") * 14
        )

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Occasion:"), kind_box)
        self.form.addRow(self.tr("Date:"), self.date_box)
        self.form.addRow(self.tr("Name:"), self.label.container())
        self.form.addRow(self.tr("Gesture:"), self.gesture.container())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Remember the days that matter to them. A holiday's date comes from "
                "the calendar of the region in Settings, every year."
            )
        )
        intro.setWordWrap(True)
        style.muted(intro)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with problems
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._load(occasion, birthday)
        self.kinds.buttonToggled.connect(self._on_kind_toggled)
        self.holiday.edited.connect(self._on_holiday)
        self.holiday.combo.activated.connect(lambda _index: self.holiday_choice.setChecked(True))
        self.recurring.toggled.connect(lambda _on: self._on_kind())
        for field in (self.holiday, self.month_day, self.on_date, self.label):
            field.edited.connect(self._recheck)
        self._on_kind()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # -- reading and writing the form ---------------------------------------
    def _load(self, occasion: CareOccasionFacts | None, birthday: date | None) -> None:
        if occasion is None:
            self.birthday_choice.setChecked(True)
            self.recurring.setChecked(True)
            if birthday is not None:
                self.month_day.load((birthday.month, birthday.day))
            return
        {
            OccasionKind.BIRTHDAY: self.birthday_choice,
            OccasionKind.HOLIDAY: self.holiday_choice,
            OccasionKind.CUSTOM: self.custom_choice,
        }[occasion.kind].setChecked(True)
        self.holiday.load(occasion.holiday_code)
        self.month_day.load((occasion.month, occasion.day))
        self.on_date.load(occasion.on_date)
        self.recurring.setChecked(occasion.recurring)
        self.label.load(occasion.label)
        self.gesture.load(occasion.gesture)

    def kind(self) -> OccasionKind:
        button = self.kinds.checkedButton()
        return OccasionKind(button.property("kind")) if button else OccasionKind.BIRTHDAY

    def read(self) -> tuple[CareOccasionFacts, list[Problem]]:
        """The occasion as the form has it, and every problem (unparsed dates too)."""
        problems: list[Problem] = []
        on_date: date | None = None
        try:
            on_date = self.on_date.value()
        except ParseError as error:
            problems.append(Problem("on_date", error.code, value=self.on_date.raw()))
        month, day = self.month_day.value()
        facts = CareOccasionFacts(
            id=self.occasion.id if self.occasion else None,
            person_id=self.person_id,
            kind=self.kind(),
            label=self.label.value(),
            holiday_code=self.holiday.value(),
            month=month,
            day=day,
            on_date=on_date,
            recurring=self.recurring.isChecked(),
            gesture=self.gesture.value(),
        )
        unparsed = {p.field for p in problems}
        problems += [p for p in check_occasion(facts) if p.field not in unparsed]
        return facts, problems

    def _on_kind_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._on_kind()

    def _on_kind(self) -> None:
        kind = self.kind()
        holiday = kind is OccasionKind.HOLIDAY
        custom = kind is OccasionKind.CUSTOM
        self.holiday_note.setVisible(holiday and bool(self.holiday_note.text()))
        self.date_box.setVisible(not holiday)
        self.form.setRowVisible(self.date_box, not holiday)
        self.recurring.setVisible(custom)
        once = custom and not self.recurring.isChecked()
        self.month_day.widget.setVisible(not once)
        self.month_day.error.setVisible(not once and bool(self.month_day.error.text()))
        self.on_date.widget.setVisible(once)
        self.on_date.error.setVisible(once and bool(self.on_date.error.text()))
        placeholder = {
            OccasionKind.BIRTHDAY: label(OccasionKind.BIRTHDAY),
            OccasionKind.HOLIDAY: label(self.holiday.value()) or self.tr("(the holiday's name)"),
            OccasionKind.CUSTOM: self.tr("e.g. company anniversary, new branch opening"),
        }[kind]
        self.label.edit.setPlaceholderText(placeholder)
        if holiday:
            self._on_holiday()
        self._recheck()

    def _on_holiday(self) -> None:
        code = self.holiday.value()
        self.holiday_note.clear()
        self.holiday_note.hide()
        if self.kind() is OccasionKind.HOLIDAY:
            self.label.edit.setPlaceholderText(label(code) or self.tr("(the holiday's name)"))
            if code is not None:
                self.holiday_chosen.emit(code)

    def show_next_holiday(self, code: HolidayCode, on: date | None) -> None:
        """When the chosen holiday falls next (the page works it out on the worker)."""
        if code is not self.holiday.value() or self.kind() is not OccasionKind.HOLIDAY:
            return
        if on is None:
            text = self.tr("Its date is not known for this year.")
        else:
            day_name = QLocale().dayName(on.isoweekday())
            text = self.tr("Next: %1 (%2)").replace("%1", fmt_date(on)).replace("%2", day_name)
        self.holiday_note.setText(text)
        self.holiday_note.show()

    # -- problems ------------------------------------------------------------
    def _recheck(self) -> None:
        _facts, problems = self.read()
        if not self._tried:
            problems = [p for p in problems if p.code is not ProblemCode.REQUIRED]
        self.show_problems(problems)

    def _text(self, problem: Problem) -> str:
        if problem.field in ("month", "day") and problem.code is ProblemCode.NOT_A_DATE:
            return self.tr("There is no such day in that month.")
        if problem.field in ("month", "day") and problem.code is ProblemCode.REQUIRED:
            return self.tr("Choose the month and the day.")
        if problem.field == "holiday_code":
            return self.tr("Choose the holiday.")
        if problem.field == "on_date" and problem.code is ProblemCode.REQUIRED:
            return self.tr("Write the date (YYYY-MM-DD).")
        if problem.field == "label" and problem.code is ProblemCode.REQUIRED:
            return self.tr("Name the occasion.")
        if problem.field == "person_id":
            return self.tr("Save the sheet first: this person is not stored yet.")
        return problem_text(problem)

    def show_problems(self, problems: list[Problem]) -> None:
        fields: dict[str, Field] = {
            "holiday_code": self.holiday,
            "month": self.month_day,
            "day": self.month_day,
            "on_date": self.on_date,
            "label": self.label,
            "gesture": self.gesture,
        }
        texts: dict[Field, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            field = fields.get(problem.field)
            text = self._text(problem)
            if field is None:
                general.append(text)
            elif text not in texts.setdefault(field, []):
                texts[field].append(text)
        for field in dict.fromkeys(fields.values()):
            found = texts.get(field)
            field.show_problem(" ".join(found) if found else None)
        self.general.setText(" ".join(general))
        self.general.setVisible(bool(general))
        self._on_visibility()

    def show_error(self, text: str) -> None:
        """A refusal that is no field's (the person was removed meanwhile...)."""
        self.saving = False
        self.ok_button.setEnabled(True)
        self.general.setText(text)
        self.general.show()

    def _on_visibility(self) -> None:
        kind = self.kind()
        once = kind is OccasionKind.CUSTOM and not self.recurring.isChecked()
        if not once:
            self.on_date.error.hide()
        if once or kind is OccasionKind.HOLIDAY:
            self.month_day.error.hide()

    # -- OK ------------------------------------------------------------------
    def submit(self) -> None:
        """OK: refused with the reasons beside the fields, or handed on to be saved."""
        if self.saving:
            return
        self._tried = True
        facts, problems = self.read()
        self.show_problems(problems)
        if problems:
            return
        self.saving = True
        self.ok_button.setEnabled(False)
        self.submitted.emit(facts)

    def refused(self, problems: list[Problem]) -> None:
        """The store said no (the same rules, checked again): show why, keep the input."""
        self.saving = False
        self.ok_button.setEnabled(True)
        self.show_problems(problems)

    def reject(self) -> None:
        if self.saving:  # the write is under way: wait for it
            return
        super().reject()


def describe(occasion: CareOccasionFacts) -> str:
    """How the occasion reads in a list: its name, or its holiday's or kind's label."""
    if occasion.label:
        return occasion.label
    if occasion.kind is OccasionKind.HOLIDAY:
        return label(occasion.holiday_code)
    if occasion.kind is OccasionKind.BIRTHDAY:
        return label(OccasionKind.BIRTHDAY)
    return QCoreApplication.translate("CareDialog", "(no name)")
