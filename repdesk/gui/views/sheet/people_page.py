"""The buyer and the other important people, each with their facts and how we know them."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import Gender, PersonRole, Quadrant
from repdesk.domain.sheet import PersonFacts
from repdesk.domain.validation import Problem
from repdesk.gui import style
from repdesk.gui.forms import (
    CheckField,
    ChoiceField,
    DateField,
    FieldGroup,
    NoteField,
    TextField,
)
from repdesk.gui.labels import label

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
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
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
        self.stack.setCurrentWidget(self.forms[row] if 0 <= row < len(self.forms) else self.empty)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.forms))
        if not self.forms:
            self.stack.setCurrentWidget(self.empty)

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
