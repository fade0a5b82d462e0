"""The buyer and the other important people, each with their facts and how we know them,
and the care occasions (关怀) of the selected person."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.care import CareOccasionFacts
from repdesk.domain.enums import Gender, HolidayCode, OccasionKind, PersonRole, Quadrant
from repdesk.domain.sheet import PersonFacts
from repdesk.domain.validation import Problem
from repdesk.gui import style
from repdesk.gui.format import fmt_date
from repdesk.gui.forms import (
    CheckField,
    ChoiceField,
    DateField,
    FieldGroup,
    NoteField,
    TextField,
)
from repdesk.gui.labels import label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.sheet.care_dialog import CareDialog, describe

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

_FACTS = tuple(f.name for f in fields(PersonFacts) if f.name not in ("id", "fact_sources"))


class PersonForm(QScrollArea):
    """One person: who they are, then each personal fact beside where it came from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.group = FieldGroup(self)
        self.sources = FieldGroup(self)
        self.person: PersonFacts = PersonFacts(name="")
        g = self.group

        who = QGroupBox(self.tr("Person"))
        form = QFormLayout(who)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = g.add_row(form, self.tr("Name"), TextField("name", max_length=200))
        self.role = g.add_row(
            form, self.tr("Role"), ChoiceField("role", PersonRole, optional=False)
        )
        g.add_row(
            form,
            self.tr("Our relationship"),
            ChoiceField("quadrant", Quadrant, optional=False),
        )
        g.add_row(form, self.tr("Gender"), ChoiceField("gender", Gender))
        g.add_row(form, self.tr("Phone"), TextField("phone", max_length=50))
        g.add_row(form, self.tr("E-mail"), TextField("email", max_length=200))

        facts = QGroupBox(self.tr("What we know, and how we know it"))
        grid = QGridLayout(facts)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        heading = QLabel(self.tr("How we know"))
        style.muted(heading)
        grid.addWidget(heading, 0, 2)
        rows: list[tuple[str, str, Any]] = [
            ("title", self.tr("Title"), TextField("title", max_length=200)),
            ("title_verified", "", CheckField("title_verified", self.tr("title verified"))),
            ("personality", self.tr("Personality"), NoteField("personality", lines=2)),
            ("hobbies", self.tr("Hobbies"), NoteField("hobbies", lines=2)),
            ("interests", self.tr("Interests"), NoteField("interests", lines=2)),
            ("lifestyle", self.tr("Lifestyle"), NoteField("lifestyle", lines=2)),
            ("education", self.tr("Education"), TextField("education", max_length=200)),
            ("hometown", self.tr("Hometown"), TextField("hometown", max_length=200)),
            ("birthday", self.tr("Birthday"), DateField("birthday")),
            (
                "willing_to_try",
                self.tr("Willing to try something new?"),
                NoteField("willing_to_try", lines=2),
            ),
            (
                "decision_confidence",
                self.tr("Confident in deciding?"),
                NoteField("decision_confidence", lines=2),
            ),
            ("notes", self.tr("Notes"), NoteField("notes", lines=3)),
        ]
        for row, (name, text, field) in enumerate(rows, start=1):
            g.add(field)
            if text:
                grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(field.container(), row, 1)
            if name not in ("title_verified", "notes"):
                source = TextField(name, placeholder=self.tr("source"))
                self.sources.add(source)
                grid.addWidget(source.container(), row, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(who)
        layout.addWidget(facts)
        layout.addStretch(1)
        self.setWidget(body)

    def load(self, person: PersonFacts) -> None:
        self.person = person
        self.group.load({name: getattr(person, name) for name in _FACTS})
        self.sources.load(dict(person.fact_sources))

    def read(self, index: int) -> tuple[PersonFacts, list[Problem]]:
        values, problems = self.group.read(index)
        sources, _ = self.sources.read(index)
        kept = {k: v for k, v in values.items() if not any(p.field == k for p in problems)}
        facts = replace(
            self.person,
            **kept,
            fact_sources={k: v for k, v in sources.items() if v},
        )
        return facts, problems

    @property
    def dirty(self) -> bool:
        return self.group.dirty or self.sources.dirty


class PeoplePage(QWidget):
    """A list of the people on the left, the selected one's form on the right."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forms: list[PersonForm] = []
        self._loaded_ids: list[str | None] = []
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr("No people yet. Add the buyer first: who buys, and who else has a say.")
        )
        self.empty.setWordWrap(True)
        style.muted(style.larger(self.empty))
        self.stack.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add person"))
        self.remove_button = QPushButton(self.tr("Remove person…"))
        self.add_button.clicked.connect(lambda: self.add_person())
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._show)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        self.care = CareBox()
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.stack)
        right.addWidget(self.care)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([440, 240])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def load(self, people: list[PersonFacts]) -> None:
        for form in self.forms:
            self.stack.removeWidget(form)
            form.deleteLater()
        self.forms = []
        self.list.clear()
        for person in people:
            self._append(person)
        self._loaded_ids = [p.id for p in people]
        if self.forms:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _append(self, person: PersonFacts) -> PersonForm:
        form = PersonForm()
        form.load(person)
        form.group.edited.connect(self.edited)
        form.sources.edited.connect(self.edited)
        form.name.edited.connect(lambda f=form: self._retitle(f))
        form.role.edited.connect(lambda f=form: self._retitle(f))
        self.forms.append(form)
        self.stack.addWidget(form)
        item = QListWidgetItem()
        self.list.addItem(item)
        self._retitle(form)
        return form

    def _retitle(self, form: PersonForm) -> None:
        index = self.forms.index(form)
        name = form.name.raw().strip() or self.tr("(no name yet)")
        role = form.role.value()
        self.list.item(index).setText(f"{name}\n{label(role)}")

    def add_person(self, role: PersonRole = PersonRole.INFLUENCER) -> PersonForm:
        if not any(form.role.value() is PersonRole.BUYER for form in self.forms):
            role = PersonRole.BUYER
        form = self._append(PersonFacts(name="", role=role))
        form.group.fields["role"].set_value(role)
        self.list.setCurrentRow(len(self.forms) - 1)
        form.name.widget.setFocus()
        self._update_buttons()
        self.edited.emit()
        return form

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        form = self.forms[row]
        name = form.name.raw().strip()
        if name or form.person.id is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Remove person"),
                self.tr(
                    "Remove %1 from this sheet? It is removed when you save the sheet."
                ).replace("%1", name or self.tr("this person")),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.forms.pop(row)
        self.list.takeItem(row)
        self.stack.removeWidget(form)
        form.deleteLater()
        self._update_buttons()
        self.edited.emit()

    def _show(self, row: int) -> None:
        form = self.forms[row] if 0 <= row < len(self.forms) else None
        self.stack.setCurrentWidget(form or self.empty)
        self.care.show_person(form)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.forms))
        if not self.forms:
            self.stack.setCurrentWidget(self.empty)
            self.care.show_person(None)

    def read(self) -> tuple[list[PersonFacts], list[Problem]]:
        people: list[PersonFacts] = []
        problems: list[Problem] = []
        for index, form in enumerate(self.forms):
            person, found = form.read(index)
            people.append(person)
            problems.extend(found)
        return people, problems

    def show_problems(self, problems: list[Problem]) -> None:
        for index, form in enumerate(self.forms):
            own = [p for p in problems if p.person == index]
            form.group.show_problems(own)
        first = next((p.person for p in problems if p.person is not None), None)
        if first is not None:
            self.list.setCurrentRow(first)

    @property
    def dirty(self) -> bool:
        if [f.person.id for f in self.forms] != self._loaded_ids:
            return True
        return any(form.dirty for form in self.forms)


class CareBox(QGroupBox):
    """The selected person's care occasions: the next date of each, and what to do then.

    Written straight to the database on the worker, one occasion at a time, never
    with the sheet's unsaved edits (which stay as they are). A person not saved
    yet has none: the box says to save the sheet first. The workspace and the
    runner are the sheet window's (``attach`` sets them; otherwise the box finds
    them on its window).
    """

    loaded = Signal()  # the table shows the current person's occasions
    changed = Signal()  # an occasion was saved or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Care occasions"))
        self.workspace: Workspace | None = None
        self.runner: TaskRunner | None = None
        self.form: PersonForm | None = None
        self.person_id: str | None = None
        self.entries: list[tuple[CareOccasionFacts, date | None]] = []
        self.dialog: CareDialog | None = None
        self._request = 0

        self.hint = QLabel(self.tr("Save the sheet to add care occasions for this person."))
        self.hint.setWordWrap(True)
        style.muted(self.hint)
        self.empty = QLabel(
            self.tr(
                "No care occasions yet. Add their birthday, the holidays they keep, "
                "and the days that matter to them."
            )
        )
        self.empty.setWordWrap(True)
        style.muted(self.empty)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Occasion"), self.tr("Next date"), self.tr("Gesture")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 3 * rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room while the table is hidden: texts stay on top
        layout.addLayout(buttons)
        self.show_person(None)

    # -- where the work goes ---------------------------------------------------
    def attach(self, workspace: Workspace, runner: TaskRunner) -> None:
        self.workspace = workspace
        self.runner = runner

    def _services(self) -> tuple[Workspace, TaskRunner] | None:
        if self.workspace is not None and self.runner is not None:
            return self.workspace, self.runner
        return None

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _failed(self, error: BaseException) -> None:
        """An error nobody here can explain: the application's error report takes it."""
        services = self._services() if self._alive() else None
        if services is not None:
            services[1].error.emit(error)

    # -- showing ---------------------------------------------------------------
    def show_person(self, form: PersonForm | None) -> None:
        """The person whose occasions to show (None: nobody selected)."""
        self.form = form
        person_id = form.person.id if form is not None else None
        saved = person_id is not None
        self.hint.setVisible(form is not None and not saved)
        if person_id != self.person_id or not saved:
            self.entries = []
            self.table.setRowCount(0)
        self.person_id = person_id
        self.table.setVisible(saved and bool(self.entries))
        self.empty.setVisible(False)
        self._update_buttons()
        if saved:
            self.reload()

    def reload(self) -> None:
        services = self._services()
        person_id = self.person_id
        if person_id is None or services is None:
            return
        workspace, runner = services
        care = workspace.care
        self._request += 1
        request = self._request

        def work() -> list[tuple[CareOccasionFacts, date | None]]:
            return care.upcoming(person_id, workspace.region)

        def done(entries: list[tuple[CareOccasionFacts, date | None]]) -> None:
            if self._alive() and request == self._request:
                self._fill(entries)

        runner.run(work, done, self._failed)

    def _fill(self, entries: list[tuple[CareOccasionFacts, date | None]]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        soon = date.today() + timedelta(days=14)
        for row, (occasion, on) in enumerate(entries):
            values = (describe(occasion), self._when(occasion, on), occasion.gesture)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if on is not None and on <= soon:  # within the Today page's care window
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._update_buttons()
        self.loaded.emit()

    def _when(self, occasion: CareOccasionFacts, on: date | None) -> str:
        if on is not None:
            day_name = QLocale().dayName(on.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{fmt_date(on)} {day_name}"
        if occasion.on_date is not None:
            return self.tr("%1 (passed)").replace("%1", fmt_date(occasion.on_date))
        return "—"

    def selected(self) -> CareOccasionFacts | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()][0] if rows else None

    def _update_buttons(self) -> None:
        ready = self.person_id is not None and self._services() is not None
        self.add_button.setEnabled(ready)
        chosen = ready and self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- adding, editing, removing --------------------------------------------
    def add(self) -> CareDialog | None:
        return self._open(None)

    def edit_selected(self) -> CareDialog | None:
        occasion = self.selected()
        return self._open(occasion) if occasion is not None else None

    def _open(self, occasion: CareOccasionFacts | None) -> CareDialog | None:
        form, person_id = self.form, self.person_id
        if form is None or person_id is None or self._services() is None:
            return None
        gender = form.group.fields["gender"].value()
        dialog = CareDialog(
            self,
            person_id,
            form.name.raw().strip() or form.person.name,
            occasion=occasion,
            gender=gender if isinstance(gender, Gender) else None,
            birthday=form.person.birthday,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda facts, d=dialog: self._save(d, facts))
        dialog.holiday_chosen.connect(lambda code, d=dialog: self._preview(d, code))
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()
        if occasion is not None and occasion.kind is OccasionKind.HOLIDAY:
            dialog.holiday_chosen.emit(occasion.holiday_code)
        return dialog

    def _forget(self, dialog: CareDialog) -> None:
        if self._alive() and self.dialog is dialog:
            self.dialog = None

    def _preview(self, dialog: CareDialog, code: HolidayCode) -> None:
        services = self._services()
        if services is None:
            return
        workspace, runner = services
        care = workspace.care

        def done(on: date | None) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_next_holiday(code, on)

        runner.run(lambda: care.next_holiday(code, workspace.region), done, self._failed)

    def _save(self, dialog: CareDialog, occasion: CareOccasionFacts) -> None:
        services = self._services()
        if services is None:
            return
        workspace, runner = services
        care = workspace.care

        def done(_stored: CareOccasionFacts) -> None:
            if shiboken6.isValid(dialog):
                dialog.saving = False
                dialog.accept()
            if self._alive():
                self.changed.emit()
                self.reload()

        def failed(error: BaseException) -> None:
            from repdesk.services.care import CareNotFoundError, InvalidOccasionError

            if not shiboken6.isValid(dialog):
                self._failed(error)
            elif isinstance(error, InvalidOccasionError):
                dialog.refused(error.problems)
            elif isinstance(error, CareNotFoundError):
                dialog.show_error(
                    self.tr(
                        "Not saved: this person or occasion is no longer in the database "
                        "(removed in another window?)."
                    )
                )
            else:
                dialog.show_error(self.tr("Not saved: %1").replace("%1", str(error)))
                self._failed(error)

        runner.run(lambda: care.save(occasion), done, failed)

    def remove_selected(self) -> None:
        occasion = self.selected()
        services = self._services()
        if occasion is None or occasion.id is None or services is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove care occasion"),
            self.tr("Remove “%1” from this person's care occasions?").replace(
                "%1", describe(occasion)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace, runner = services
        care = workspace.care
        occasion_id = occasion.id

        def done(_result: object) -> None:
            if self._alive():
                self.changed.emit()
                self.reload()

        runner.run(lambda: care.delete(occasion_id), done, self._failed)
