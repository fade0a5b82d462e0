"""The entry row: one contact of the seed's form, typed with the keyboard alone.

Tab walks the columns in the seed's order, Enter in any field saves the row
and leaves the cursor in Company for the next one (the date stays), Esc
clears it (or ends an edit). Company and contact complete from the sheets;
picking a known company fills its phone and lead source when still empty.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.diary import Clash, DiaryRow, parse_appointment, parse_day
from repdesk.domain.validation import Problem, ProblemCode
from repdesk.gui.format import fmt_datetime
from repdesk.gui.forms import (
    DateField,
    FieldGroup,
    LookupField,
    ParseError,
    TextField,
    _LineField,
)
from repdesk.services.diary import Company, Contact


class AppointmentField(_LineField):
    """约定时间: ``2026-11-25 10:30``, ``+2 10:30`` or ``10:30`` (today)."""

    def __init__(self, name: str, today: Any) -> None:
        super().__init__(name, placeholder="2026-11-25 10:30", max_length=24)
        self._today = today

    def value(self) -> datetime | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_appointment(text, self._today())
        except ValueError:
            raise ParseError(ProblemCode.NOT_A_DATE) from None

    def set_value(self, value: Any) -> None:
        self.edit.setText(fmt_datetime(value) if isinstance(value, datetime) else "")


class DueField(_LineField):
    """A follow-up's due date: a date, or ``+3`` for three days from today."""

    def __init__(self, name: str, today: Any) -> None:
        super().__init__(name, placeholder="+3", max_length=12)
        self._today = today

    def value(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_day(text, self._today())
        except ValueError:
            raise ParseError(ProblemCode.NOT_A_DATE) from None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else "")


class DiaryEntryForm(QWidget):
    submitted = Signal(object)  # DiaryRow
    cancelled = Signal()
    company_chosen = Signal(str)  # customer id: the page loads its contacts
    appointment_changed = Signal()

    def __init__(self, today: Any = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.editing: DiaryRow | None = None
        self._companies: dict[str, Company] = {}
        self._contacts: dict[str, Contact] = {}
        self.group = FieldGroup(self)
        g = self.group
        self.contact_date = g.add(DateField("contact_date"))
        self.company = g.add(TextField("company", max_length=200))
        self.contact = g.add(TextField("contact", max_length=200))
        self.lead_source = g.add(LookupField("lead_source_id"))
        self.phone = g.add(TextField("phone", max_length=50))
        self.appointment = g.add(AppointmentField("appointment_at", today))
        self.visit_result = g.add(TextField("visit_result"))
        self.follow_up = g.add(TextField("follow_up"))
        self.follow_up_due = g.add(DueField("follow_up_due", today))
        self.notes = g.add(TextField("notes"))

        self.company.edit.setPlaceholderText(self.tr("Company (completes from your sheets)"))
        self.contact.edit.setPlaceholderText(self.tr("Name"))
        self.visit_result.edit.setPlaceholderText(self.tr("e.g. agreed in principle"))
        self.follow_up.edit.setPlaceholderText(self.tr("e.g. mail more material, phone again"))
        self.notes.edit.setPlaceholderText(self.tr("e.g. Mother's Day: send her flowers"))
        self.follow_up_due.edit.setToolTip(self.tr("A date, or +3 for three days from today"))
        self.appointment.edit.setToolTip(
            self.tr("A date and time, +2 10:30 for two days from today, or 10:30 for today")
        )

        self._company_model = QStringListModel(self)
        completer = QCompleter(self._company_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_company_picked)
        self.company.edit.setCompleter(completer)
        self.company.edit.editingFinished.connect(self._on_company_left)

        self._contact_model = QStringListModel(self)
        contact_completer = QCompleter(self._contact_model, self)
        contact_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        contact_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        contact_completer.activated.connect(self._on_contact_picked)
        self.contact.edit.setCompleter(contact_completer)

        self._result_model = QStringListModel(self)
        result_completer = QCompleter(self._result_model, self)
        result_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        result_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.visit_result.edit.setCompleter(result_completer)

        self.appointment.edit.textEdited.connect(lambda _text: self.appointment_changed.emit())
        self.clash = QLabel()
        self.clash.setWordWrap(True)
        palette = self.clash.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#9a5b00"))
        self.clash.setPalette(palette)
        self.clash.hide()

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        # Twelve equal columns, each box two or four wide, the two lines' boxes in line:
        # two are wide enough for an appointment (2026-11-25 10:30).
        first = [
            (self.tr("First contact"), self.contact_date, 2),
            (self.tr("Company"), self.company, 4),
            (self.tr("Contact person"), self.contact, 2),
            (self.tr("Lead source"), self.lead_source, 2),
            (self.tr("Phone"), self.phone, 2),
        ]
        second = [
            (self.tr("Appointment"), self.appointment, 2),
            (self.tr("Visit result"), self.visit_result, 4),
            (self.tr("Follow-up action"), self.follow_up, 2),
            (self.tr("Due"), self.follow_up_due, 2),
            (self.tr("Notes (care, gifts)"), self.notes, 2),
        ]
        for line, fields in ((0, first), (2, second)):
            column = 0
            for text, field, span in fields:
                caption = QLabel(text)
                caption.setBuddy(field.widget)
                grid.addWidget(caption, line, column, 1, span)
                # At the top of its cell: a problem line under one field must not
                # push that field's box out of line with its neighbours'.
                grid.addWidget(
                    field.container(), line + 1, column, 1, span, Qt.AlignmentFlag.AlignTop
                )
                column += span
        for column in range(12):
            grid.setColumnStretch(column, 1)

        self.save_button = QPushButton(self.tr("Add to diary"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Clear"))
        self.cancel_button.clicked.connect(self.cancel)
        self.state = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.clash)
        layout.addLayout(buttons)
        self.setTabOrder(self.notes.widget, self.save_button)
        # Enter in a text field saves. Through returnPressed, not keyPressEvent: while a
        # completion list is open, QCompleter hands the key to the line edit directly
        # and it never reaches this widget (Enter only closed the list, nothing saved).
        for field in self.group.fields.values():
            if isinstance(field, _LineField):
                field.edit.returnPressed.connect(lambda edit=field.edit: self._on_return(edit))
        self.clear()

    # -- choices ---------------------------------------------------------------
    def set_companies(self, companies: list[Company]) -> None:
        self._companies = {c.name.casefold(): c for c in companies}
        self._company_model.setStringList([c.name for c in companies])

    def set_contacts(self, contacts: list[Contact]) -> None:
        self._contacts = {c.name.casefold(): c for c in contacts}
        self._contact_model.setStringList([c.name for c in contacts])

    def set_results(self, results: list[str]) -> None:
        self._result_model.setStringList(results)

    def set_lead_sources(self, sources: list[tuple[str, str]]) -> None:
        self.lead_source.set_choices(sources)

    def known_company(self) -> Company | None:
        return self._companies.get(self.company.edit.text().strip().casefold())

    def _on_company_picked(self, _text: str) -> None:
        self._on_company_left()

    def _on_company_left(self) -> None:
        company = self.known_company()
        if company is None:
            self.set_contacts([])
            return
        if not self.phone.edit.text().strip() and company.phone:
            self.phone.edit.setText(company.phone)
        if self.lead_source.value() is None and company.lead_source_id:
            self.lead_source.set_value(company.lead_source_id)
        self.company_chosen.emit(company.customer_id)

    def _on_contact_picked(self, text: str) -> None:
        contact = self._contacts.get(text.strip().casefold())
        if contact is not None and contact.phone:
            self.phone.edit.setText(contact.phone)

    # -- editing ---------------------------------------------------------------
    def clear(self, keep_date: date | None = None) -> None:
        """An empty row for the next contact, dated ``keep_date`` (default today)."""
        self.editing = None
        self.group.load({"contact_date": keep_date or self._today()})
        self.set_contacts([])
        self.show_clashes([])
        self.save_button.setText(self.tr("Add to diary"))
        self.cancel_button.setText(self.tr("Clear"))
        self.state.setText("")

    def edit_row(self, row: DiaryRow) -> None:
        self.editing = row
        self.group.load(
            {
                "contact_date": row.contact_date,
                "company": row.company,
                "contact": row.contact,
                "lead_source_id": row.lead_source_id,
                "phone": row.phone,
                "appointment_at": row.appointment_at,
                "visit_result": row.visit_result,
                "follow_up": row.follow_up,
                "follow_up_due": row.follow_up_due,
                "notes": row.notes,
            }
        )
        self.show_clashes([])
        self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.setText(self.tr("Cancel edit"))
        self.state.setText(self.tr("Editing the row of %1").replace("%1", row.company))
        self.company.edit.setFocus()

    @property
    def dirty(self) -> bool:
        return self.group.dirty

    def read(self) -> tuple[DiaryRow | None, list[Problem]]:
        """The row typed, or the problems (parse and value rules) to show."""
        from repdesk.domain.diary import check_row

        values, problems = self.group.read()
        if values.get("contact_date") is None and not any(
            p.field == "contact_date" for p in problems
        ):
            problems.append(Problem("contact_date", ProblemCode.REQUIRED))
        if problems:
            return None, problems
        row = DiaryRow(
            contact_date=values["contact_date"],
            company=values["company"],
            contact=values["contact"],
            lead_source_id=values["lead_source_id"],
            phone=values["phone"],
            appointment_at=values["appointment_at"],
            visit_result=values["visit_result"],
            follow_up=values["follow_up"],
            follow_up_due=values["follow_up_due"],
            notes=values["notes"],
        )
        if self.editing is not None:
            row = replace(
                row,
                id=self.editing.id,
                customer_id=self.editing.customer_id,
                person_id=self.editing.person_id,
            )
        problems = check_row(row)
        return (None, problems) if problems else (row, [])

    def appointment_value(self) -> datetime | None:
        """The appointment typed so far, None while empty or not yet a date and time."""
        try:
            value: datetime | None = self.appointment.value()
        except ParseError:
            return None
        return value

    def show_problems(self, problems: list[Problem]) -> None:
        self.group.show_problems(problems)
        for field in self.group.fields.values():
            if any(p.field == field.name for p in problems):
                field.widget.setFocus()
                break

    def show_clashes(self, clashes: list[Clash]) -> None:
        if not clashes:
            self.clash.hide()
            self.clash.setText("")
            return
        text = "; ".join(f"{fmt_datetime(c.at)} {c.customer_name}" for c in clashes)
        self.clash.setText(self.tr("Close to another appointment: %1").replace("%1", text))
        self.clash.show()

    def submit(self) -> None:
        row, problems = self.read()
        self.show_problems(problems)
        if row is not None:
            self.submitted.emit(row)

    def cancel(self) -> None:
        keep = None
        if self.editing is None:
            try:
                keep = self.contact_date.value()
            except ParseError:
                keep = None
        self.clear(keep)
        self.cancelled.emit()
        self.company.edit.setFocus()

    def _on_return(self, edit: QLineEdit) -> None:
        completer = edit.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # Enter picks the completion chosen with the arrow keys
        self.submit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not isinstance(self.focusWidget(), QLineEdit):  # the lead source list
                self.submit()
            return  # a line edit's Enter went through returnPressed
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
