"""The seed's form items 1-12 and the organisation facts to gather, as one form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import CustomerKind, PurchaseBy, PurchaseChannels
from repdesk.gui.forms import (
    CheckField,
    ChoiceField,
    FieldGroup,
    LookupField,
    NoteField,
    NumberField,
    TextField,
)

# Facts whose source ("how we know") the form keeps beside them.
SOURCED = ("name", "approval_process", "purchasing_process", "usage_process")


def _form(box: QGroupBox) -> QFormLayout:
    layout = QFormLayout(box)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return layout


class CompanyForm(QScrollArea):
    """Company facts: the list of fields is the seed's, in its order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.group = FieldGroup(self)
        self.sources = FieldGroup(self)
        g = self.group

        identity = QGroupBox(self.tr("1-3. Name, address, phone"))
        form = _form(identity)
        self.name = g.add_row(form, self.tr("Customer name"), TextField("name", max_length=200))
        g.add_row(form, self.tr("Name checked"), CheckField("name_verified", self.tr("verified")))
        self.sources.add_row(
            form,
            self.tr("How the name was checked"),
            TextField("name", placeholder=self.tr("e.g. asked reception")),
        )
        g.add_row(form, self.tr("Kind"), ChoiceField("kind", CustomerKind, optional=False))
        g.add_row(form, self.tr("Address"), NoteField("address", lines=2))
        g.add_row(form, self.tr("City"), TextField("city", max_length=100))
        g.add_row(form, self.tr("Phone"), TextField("phone", max_length=50))
        g.add_row(form, self.tr("E-mail"), TextField("email", max_length=200))
        g.add_row(form, self.tr("Website"), TextField("website", max_length=200))

        source = QGroupBox(self.tr("5. Source of this customer"))
        form = _form(source)
        self.lead_source = g.add_row(form, self.tr("Lead source"), LookupField("lead_source_id"))
        g.add_row(form, self.tr("Source details"), NoteField("source_note", lines=2))

        business = QGroupBox(self.tr("7-12. Business"))
        form = _form(business)
        g.add_row(form, self.tr("Main business"), NoteField("main_business"))
        g.add_row(
            form, self.tr("History and standing in its industry"), NoteField("industry_history")
        )
        g.add_row(form, self.tr("Employees"), NumberField("employees", whole=True))
        g.add_row(form, self.tr("Business scope"), NoteField("business_scope"))
        g.add_row(form, self.tr("Who buys"), ChoiceField("purchase_by", PurchaseBy))
        g.add_row(
            form, self.tr("Purchasing channels"), ChoiceField("purchase_channels", PurchaseChannels)
        )

        processes = QGroupBox(self.tr("How a deal runs: approval, purchasing, use"))
        form = _form(processes)
        for name, text in (
            ("approval_process", self.tr("Approval")),
            ("purchasing_process", self.tr("Purchasing")),
            ("usage_process", self.tr("Use")),
        ):
            g.add_row(form, text, NoteField(name, lines=2))
            self.sources.add_row(
                form, self.tr("How we know"), TextField(name, placeholder=self.tr("source"))
            )

        remarks = QGroupBox(self.tr("Remarks"))
        form = _form(remarks)
        g.add_row(form, self.tr("Other remarks"), NoteField("remarks", lines=4))

        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(source)
        left.addWidget(remarks)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(business)
        right.addWidget(processes)
        right.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.setWidget(body)

    def load(self, values: dict[str, Any], sources: dict[str, str]) -> None:
        self.group.load(values)
        self.sources.load(sources)

    @property
    def dirty(self) -> bool:
        return self.group.dirty or self.sources.dirty
