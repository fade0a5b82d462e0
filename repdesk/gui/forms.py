"""Form fields that know their value, whether it parses, and where to show a problem.

Picard's option pages in small: a form ``load()``s a record, ``check()``s it
into problems shown beside the fields, and is dirty while any field differs
from what was loaded (typing a value back clears it). Parsing problems
(``12a`` in a number) and the domain's value rules (domain/validation.py)
both end up as one line of red text under the field, in the rep's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.validation import Problem, ProblemCode, parse_date, parse_number
from repdesk.gui.labels import label
from repdesk.gui.problem_text import problem_text

E = TypeVar("E", bound=StrEnum)
F = TypeVar("F", bound="Field")


class ParseError(ValueError):
    def __init__(self, code: ProblemCode) -> None:
        super().__init__(code.value)
        self.code = code


class Field(QObject):
    """One editable value: a widget, how to read and write it, and a problem line."""

    edited = Signal()

    def __init__(self, name: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.name = name
        self.widget = widget
        self.error = QLabel()
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c5221f"))
        self.error.setPalette(palette)
        self.error.hide()
        self._loaded: Any = None

    def value(self) -> Any:
        """The typed value; raises ParseError if the text is not one."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def raw(self) -> Any:
        """What the widget shows, for dirty checks (no parsing)."""
        return self.value()

    def load(self, value: Any) -> None:
        self.set_value(value)
        self._loaded = self.raw()
        self.show_problem(None)

    @property
    def dirty(self) -> bool:
        return bool(self.raw() != self._loaded)

    def show_problem(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        if text:
            self.widget.setToolTip(text)
        else:
            self.widget.setToolTip("")

    def container(self) -> QWidget:
        """The widget with its problem line below it, for a form layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.widget)
        layout.addWidget(self.error)
        return box


class _LineField(Field):
    def __init__(self, name: str, *, placeholder: str = "", max_length: int = 0) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        super().__init__(name, edit)
        self.edit = edit
        edit.textEdited.connect(self.edited)

    def raw(self) -> str:
        return self.edit.text()


class TextField(_LineField):
    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class NoteField(Field):
    """Several lines of free text."""

    def __init__(self, name: str, *, lines: int = 3, placeholder: str = "") -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        height = edit.fontMetrics().lineSpacing() * lines + 12
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        super().__init__(name, edit)
        self.edit = edit
        edit.textChanged.connect(self.edited)

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def raw(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class NumberField(_LineField):
    """A number typed as text, so a wrong one is shown with its reason, never silently dropped."""

    def __init__(self, name: str, *, whole: bool = False, placeholder: str = "") -> None:
        super().__init__(name, placeholder=placeholder, max_length=30)
        self.whole = whole

    def value(self) -> float | int | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            number = parse_number(text)
        except ValueError:
            raise ParseError(ProblemCode.NOT_A_NUMBER) from None
        if self.whole:
            if number != int(number):
                raise ParseError(ProblemCode.NOT_WHOLE)
            return int(number)
        return number

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.clear()
        elif self.whole:
            self.edit.setText(str(int(value)))
        else:
            self.edit.setText(f"{value:g}")


class DateField(_LineField):
    def __init__(self, name: str) -> None:
        super().__init__(name, placeholder="YYYY-MM-DD", max_length=12)

    def value(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise ParseError(ProblemCode.NOT_A_DATE) from None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else "")


class ChoiceField(Field, Generic[E]):
    """One of an enum's values, or none ("—") when ``optional``."""

    def __init__(
        self,
        name: str,
        enum_cls: type[E],
        *,
        optional: bool = True,
        text: Callable[[E], str] = label,
    ) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if optional:
            combo.addItem("—", None)
        for member in enum_cls:
            combo.addItem(text(member), member.value)
        super().__init__(name, combo)
        self.combo = combo
        self.enum_cls = enum_cls
        combo.currentIndexChanged.connect(self.edited)

    def value(self) -> E | None:
        data = self.combo.currentData()
        return None if data is None else self.enum_cls(data)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(None if value is None else str(value))
        self.combo.setCurrentIndex(max(index, 0))


class LookupField(Field):
    """One of a list of (id, label) pairs loaded at run time, or none."""

    def __init__(self, name: str) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem("—", None)
        super().__init__(name, combo)
        self.combo = combo
        combo.currentIndexChanged.connect(self.edited)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("—", None)
        for key, text in choices:
            self.combo.addItem(text, key)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))


class CheckField(Field):
    def __init__(self, name: str, text: str) -> None:
        box = QCheckBox(text)
        super().__init__(name, box)
        self.box = box
        box.toggled.connect(self.edited)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class FieldGroup(QObject):
    """The fields of one record: load, read (with parse problems), show problems, dirty."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}

    def add(self, field: F) -> F:
        self.fields[field.name] = field
        field.edited.connect(self.edited)
        return field

    def add_row(self, layout: QFormLayout, text: str, field: F) -> F:
        self.add(field)
        layout.addRow(text, field.container())
        return field

    def load(self, values: dict[str, Any]) -> None:
        for name, field in self.fields.items():
            field.blockSignals(True)
            try:
                field.load(values.get(name))
            finally:
                field.blockSignals(False)

    def read(self, person: int | None = None) -> tuple[dict[str, Any], list[Problem]]:
        """Every field's value, and a problem for each that does not parse."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, field in self.fields.items():
            try:
                values[name] = field.value()
            except ParseError as error:
                problems.append(Problem(name, error.code, person, str(field.raw())))
        return values, problems

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, field in self.fields.items():
            texts = by_field.get(name)
            field.show_problem(" ".join(texts) if texts else None)

    @property
    def dirty(self) -> bool:
        return any(field.dirty for field in self.fields.values())
