"""Classification by the method, the computed strategy and segment, and the grade history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    Level,
    LoyaltyStage,
    ProspectGrade,
    RelationshipStatus,
    RelationshipType,
    ValueClass,
    ValueTier,
)
from repdesk.domain.rules import differentiation_strategy
from repdesk.domain.sheet import ClassificationEntry, segment_cell
from repdesk.gui import style
from repdesk.gui.format import fmt_datetime
from repdesk.gui.forms import ChoiceField, FieldGroup, NumberField, ParseError, TextField
from repdesk.gui.labels import code_label, label

_FIELD_ENUMS = {
    ClassificationField.STATUS: CustomerStatus,
    ClassificationField.VALUE_TIER: ValueTier,
    ClassificationField.PROSPECT_GRADE: ProspectGrade,
    ClassificationField.VALUE_CLASS: ValueClass,
}


def _form(box: QGroupBox) -> QFormLayout:
    layout = QFormLayout(box)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return layout


class ClassificationForm(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.group = FieldGroup(self)
        g = self.group

        grading = QGroupBox(self.tr("Classification"))
        form = _form(grading)
        g.add_row(
            form,
            self.tr("Relationship to us"),
            ChoiceField("relationship_type", RelationshipType, optional=False),
        )
        self.status = g.add_row(
            form,
            self.tr("Closed or prospect"),
            ChoiceField("status", CustomerStatus, optional=False),
        )
        self.tier = g.add_row(
            form, self.tr("Value tier (closed)"), ChoiceField("value_tier", ValueTier)
        )
        self.grade = g.add_row(
            form, self.tr("Grade A-D (prospect)"), ChoiceField("prospect_grade", ProspectGrade)
        )
        g.add_row(form, self.tr("Value to us"), ChoiceField("value_class", ValueClass))
        g.add_row(form, self.tr("Loyalty stage"), ChoiceField("loyalty_stage", LoyaltyStage))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Kept in the history when a grade or tier changes"))
        form.addRow(self.tr("Reason for a change"), self.reason)

        inputs = QGroupBox(self.tr("Differentiation and segmentation"))
        form = _form(inputs)
        self.share = g.add_row(
            form, self.tr("Our share of their purchases (%)"), NumberField("share_percent")
        )
        self.quantity = g.add_row(
            form, self.tr("Quantity they will buy soon"), NumberField("upcoming_quantity")
        )
        self.strategy = QLabel()
        style.emphasised(self.strategy)
        form.addRow(self.tr("Differentiation strategy"), self.strategy)
        g.add_row(form, self.tr("Spending"), ChoiceField("spending_level", Level))
        self.profit = g.add_row(
            form, self.tr("Profit potential"), ChoiceField("profit_potential", Level)
        )
        self.relationship = g.add_row(
            form,
            self.tr("Relationship status"),
            ChoiceField("relationship_status", RelationshipStatus),
        )
        self.segment = QLabel()
        self.segment.setWordWrap(True)
        style.emphasised(self.segment)
        form.addRow(self.tr("Segment"), self.segment)
        g.add_row(form, self.tr("Our annual revenue from them"), NumberField("annual_revenue"))
        g.add_row(
            form,
            self.tr("Currency (ISO code)"),
            TextField("currency", placeholder="CNY", max_length=3),
        )

        history_box = QGroupBox(self.tr("Grade and tier history"))
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Change"), self.tr("Reason")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.no_history = QLabel(self.tr("No changes recorded yet."))
        style.muted(self.no_history)
        box = QVBoxLayout(history_box)
        box.addWidget(self.history)
        box.addWidget(self.no_history)

        left = QVBoxLayout()
        left.addWidget(grading)
        left.addWidget(history_box, 1)
        right = QVBoxLayout()
        right.addWidget(inputs)
        right.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.setWidget(body)

        g.edited.connect(self.update_computed)

    def load_history(self, history: list[ClassificationEntry]) -> None:
        self.history.setRowCount(len(history))
        for row, entry in enumerate(history):
            enum_cls = _FIELD_ENUMS[entry.field]
            change = (
                self.tr("%1 → %2")
                .replace("%1", code_label(enum_cls, entry.old_value) or "—")
                .replace("%2", code_label(enum_cls, entry.new_value) or "—")
            )
            for column, text in enumerate(
                (fmt_datetime(entry.changed_at), label(entry.field), change, entry.reason)
            ):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.setVisible(bool(history))
        self.no_history.setVisible(not history)

    def update_computed(self) -> None:
        """The strategy and segment follow the inputs as the rep types."""
        try:
            share = self.share.value()
            quantity = self.quantity.value()
        except ParseError:
            share = quantity = None
        strategy = differentiation_strategy(share, quantity)
        self.strategy.setText(
            label(strategy) if strategy else self.tr("Needs our share and the coming quantity")
        )
        cell = segment_cell(self.profit.value(), self.relationship.value())
        if cell is None:
            self.segment.setText(self.tr("Needs profit potential and relationship status"))
        else:
            text = (
                self.tr("%1 potential, %2")
                .replace("%1", label(cell.profit))
                .replace("%2", label(cell.relationship))
            )
            if cell.attractive:
                text += " · " + self.tr("attractive: where the VIPs are")
            self.segment.setText(text)
        closed = self.status.value() is CustomerStatus.CUSTOMER
        self.tier.widget.setEnabled(closed or self.tier.value() is not None)
        self.grade.widget.setEnabled(not closed or self.grade.value() is not None)
