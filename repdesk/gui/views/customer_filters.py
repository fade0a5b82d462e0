"""The Customers list's filter bar: one small drop-down per criterion, and Clear.

Each button names its criterion ("Tier") until a value is picked, then shows
it ("Tier: VIP") pressed. Picking emits ``changed`` with the whole filter; the
page answers from its in-memory book (services/customer_book.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QLayout, QLayoutItem, QMenu, QSizePolicy, QToolButton, QWidget

from repdesk.domain.enums import (
    CustomerStatus,
    DifferentiationStrategy,
    LeadSourceCode,
    ProspectGrade,
    RelationshipType,
    ValueClass,
    ValueTier,
)
from repdesk.gui.labels import code_label
from repdesk.services.customer_book import NO_FILTER, CustomerFilter, LastVisit, NextVisit

if TYPE_CHECKING:
    from repdesk.db.customer_list import LeadSourceChoice

_ELIDE_AT = 220  # pixels of a picked value's text


class FlowLayout(QLayout):
    """Left to right, wrapping onto another line when the width runs out (Qt's example),
    so the bar never widens the window, in either language, however many are picked."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


def _last_visit_label(value: LastVisit) -> str:
    return {
        LastVisit.WITHIN_7: QCoreApplication.translate("CustomerFilters", "In the last 7 days"),
        LastVisit.WITHIN_30: QCoreApplication.translate("CustomerFilters", "In the last 30 days"),
        LastVisit.NOT_30: QCoreApplication.translate("CustomerFilters", "Not in 30 days"),
        LastVisit.NOT_90: QCoreApplication.translate("CustomerFilters", "Not in 90 days"),
        LastVisit.NEVER: QCoreApplication.translate("CustomerFilters", "Never visited"),
    }[value]


def _next_visit_label(value: NextVisit) -> str:
    return {
        NextVisit.WITHIN_7: QCoreApplication.translate("CustomerFilters", "Within 7 days"),
        NextVisit.WITHIN_30: QCoreApplication.translate("CustomerFilters", "Within 30 days"),
        NextVisit.NONE: QCoreApplication.translate("CustomerFilters", "None planned"),
    }[value]


def _grade_label(value: ProspectGrade) -> str:
    return QCoreApplication.translate("CustomerFilters", "Grade %1").replace("%1", value.value)


class _Choice(QToolButton):
    """A criterion: its name, a menu of values and "Any"."""

    picked = Signal()

    def __init__(self, field: str, title: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._title = title
        self.value: Any = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setObjectName(f"filter_{field}")
        self._menu = QMenu(self)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.setMenu(self._menu)
        self.set_options([])

    def set_options(self, options: Sequence[tuple[Any, str]]) -> None:
        """(value, label) pairs; the current value stays picked if it is still offered."""
        self._menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        self._add(None, QCoreApplication.translate("CustomerFilters", "Any"))
        self._menu.addSeparator()
        for value, text in options:
            self._add(value, text)
        if all(value != self.value for value, _ in options):
            self.value = None
        self._show()

    def _add(self, value: Any, text: str) -> None:
        action = QAction(text, self._menu)
        action.setCheckable(True)
        action.setData(value)
        action.triggered.connect(lambda _checked=False, v=value: self._pick(v))
        self._group.addAction(action)
        self._menu.addAction(action)

    def _pick(self, value: Any) -> None:
        self.set_value(value)
        self.picked.emit()

    def set_value(self, value: Any) -> None:
        self.value = value
        self._show()

    def sizeHint(self) -> QSize:
        """Room for the menu arrow, which the style draws over the text's corner."""
        size = super().sizeHint()
        return QSize(size.width() + 10, size.height())

    def nextCheckState(self) -> None:
        """A click opens the menu; only picking a value changes the pressed look."""
        self.setChecked(self.value is not None)

    def _show(self) -> None:
        chosen = None
        for action in self._group.actions():
            if action.data() == self.value:
                action.setChecked(True)
                chosen = action
        title = self._title()
        if self.value is None or chosen is None:
            self.setText(title)
            self.setToolTip("")
            self.setChecked(False)
            _embolden(self, False)
            return
        text = QCoreApplication.translate("CustomerFilters", "%1: %2")
        full = text.replace("%1", title).replace("%2", chosen.text())
        self.setText(self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, _ELIDE_AT))
        self.setToolTip(full)
        self.setChecked(True)  # picked: pressed and bold, to stand out in the row
        _embolden(self, True)


def _embolden(button: QToolButton, bold: bool) -> None:
    font = QFont(button.font())
    if font.bold() != bold:
        font.setBold(bold)
        button.setFont(font)


def _coded(enum_cls: type[StrEnum]) -> list[tuple[Any, str]]:
    return [(member, code_label(enum_cls, member.value)) for member in enum_cls]


class CustomerFilterBar(QWidget):
    """Emits ``changed(CustomerFilter)`` whenever the rep picks or clears a criterion."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lead_sources: list[LeadSourceChoice] = []
        specs: list[tuple[str, Callable[[], str], list[tuple[Any, str]]]] = [
            (
                "status",
                lambda: QCoreApplication.translate("CustomerFilters", "Status"),
                _coded(CustomerStatus),
            ),
            (
                "relationship_type",
                lambda: QCoreApplication.translate("CustomerFilters", "Relationship"),
                _coded(RelationshipType),
            ),
            (
                "value_tier",
                lambda: QCoreApplication.translate("CustomerFilters", "Tier"),
                _coded(ValueTier),
            ),
            (
                "prospect_grade",
                lambda: QCoreApplication.translate("CustomerFilters", "Grade"),
                [(g, _grade_label(g)) for g in ProspectGrade],
            ),
            (
                "value_class",
                lambda: QCoreApplication.translate("CustomerFilters", "Value class"),
                _coded(ValueClass),
            ),
            (
                "strategy",
                lambda: QCoreApplication.translate("CustomerFilters", "Strategy"),
                _coded(DifferentiationStrategy),
            ),
            (
                "lead_source_id",
                lambda: QCoreApplication.translate("CustomerFilters", "Lead source"),
                [],
            ),
            (
                "last_visit",
                lambda: QCoreApplication.translate("CustomerFilters", "Last visit"),
                [(v, _last_visit_label(v)) for v in LastVisit],
            ),
            (
                "next_visit",
                lambda: QCoreApplication.translate("CustomerFilters", "Next visit"),
                [(v, _next_visit_label(v)) for v in NextVisit],
            ),
        ]
        self.at_risk = QToolButton(self)
        self.at_risk.setObjectName("filter_at_risk")
        self.at_risk.setText(QCoreApplication.translate("CustomerFilters", "At risk only"))
        self.at_risk.setToolTip(
            QCoreApplication.translate(
                "CustomerFilters", "Only customers with an open dissatisfaction signal"
            )
        )
        self.at_risk.setCheckable(True)
        self.at_risk.toggled.connect(self._emit)
        self.at_risk.toggled.connect(lambda on: _embolden(self.at_risk, on))
        self.choices: dict[str, _Choice] = {}
        layout = FlowLayout(self)
        for field, title, options in specs:
            if field == "lead_source_id":  # the classification first, then the flag
                layout.addWidget(self.at_risk)
            choice = _Choice(field, title, self)
            choice.set_options(options)
            choice.picked.connect(self._emit)
            self.choices[field] = choice
            layout.addWidget(choice)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("filter_clear")
        self.clear_button.setText(QCoreApplication.translate("CustomerFilters", "Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        layout.addWidget(self.clear_button)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def filter(self) -> CustomerFilter:
        values = {field: choice.value for field, choice in self.choices.items()}
        return CustomerFilter(at_risk=True if self.at_risk.isChecked() else None, **values)

    def set_lead_sources(self, sources: Sequence[LeadSourceChoice]) -> None:
        """The sources to offer (the seed's in the UI language, a rep's own by their label)."""
        self.choices["lead_source_id"].set_options(
            [(s.id, code_label(LeadSourceCode, s.code) if s.code else s.label) for s in sources]
        )

    def set_filter(self, wanted: CustomerFilter) -> None:
        """Show this filter (no ``changed``)."""
        for field, choice in self.choices.items():
            choice.set_value(getattr(wanted, field))
        self.at_risk.blockSignals(True)
        self.at_risk.setChecked(bool(wanted.at_risk))
        self.at_risk.blockSignals(False)
        _embolden(self.at_risk, bool(wanted.at_risk))
        self.clear_button.setEnabled(wanted != NO_FILTER)

    def clear(self) -> None:
        if self.filter != NO_FILTER:
            self.set_filter(NO_FILTER)
            self.changed.emit(NO_FILTER)

    def _emit(self) -> None:
        wanted = self.filter
        self.clear_button.setEnabled(wanted != NO_FILTER)
        self.changed.emit(wanted)
