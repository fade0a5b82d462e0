"""The four list areas: which columns each shows and how each says it is empty."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from repdesk.domain.areas import Area
from repdesk.domain.enums import (
    CustomerStatus,
    Directness,
    LeadSourceCode,
    ObjectionTarget,
    RelationshipType,
    ValueClass,
    ValueTier,
    VisitStatus,
)
from repdesk.gui.format import fmt_date, fmt_datetime, fmt_int
from repdesk.gui.labels import area_label, code_label, column_label
from repdesk.gui.models.lazy_table import ColumnView, Row
from repdesk.gui.views.list_page import ListSpec

CONTEXT = "Areas"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def _col(key: str, text: Callable[[Row], str], *, right: bool = False) -> ColumnView:
    return ColumnView(key, lambda: column_label(key), text, right)


def _plain(key: str) -> ColumnView:
    return _col(key, lambda row: str(row[key] or ""))


def _coded(key: str, enum_cls: type[StrEnum]) -> ColumnView:
    return _col(key, lambda row: code_label(enum_cls, row[key]))


def _lead_source(row: Row) -> str:
    # The seed's sources show in the UI language; a rep's own sources by their label.
    if row["lead_source"]:
        return code_label(LeadSourceCode, row["lead_source"])
    return str(row["lead_source_label"] or "")


def _no_database() -> str:
    return _tr("No database is open. Use File > Open database… to open or create one.")


def _loading() -> str:
    return _tr("Loading…")


def customers_spec() -> ListSpec:
    return ListSpec(
        columns=[
            _plain("name"),
            _coded("status", CustomerStatus),
            _plain("prospect_grade"),
            _coded("value_tier", ValueTier),
            _coded("value_class", ValueClass),
            _coded("relationship_type", RelationshipType),
            _plain("city"),
            _plain("phone"),
            _col("lead_source", _lead_source),
            _col("updated_at", lambda row: fmt_date(row["updated_at"])),
        ],
        title=lambda: area_label(Area.CUSTOMERS),
        count_text=lambda n: _tr("%n customer(s) and prospect(s)", n),
        empty_text=lambda: _tr(
            "No customers yet.\nCustomer detail sheets you create, or import, will be listed here."
        ),
        no_database_text=_no_database,
        loading_text=_loading,
    )


def diary_spec() -> ListSpec:
    return ListSpec(
        columns=[
            _col("contact_date", lambda row: fmt_date(row["contact_date"])),
            _plain("company"),
            _plain("contact"),
            _col("lead_source", _lead_source),
            _plain("phone"),
            _col("appointment_at", lambda row: fmt_datetime(row["appointment_at"])),
            _plain("visit_result"),
        ],
        title=lambda: area_label(Area.DIARY),
        count_text=lambda n: _tr("%n diary row(s)", n),
        empty_text=lambda: _tr(
            "The prospect diary is empty.\nEvery prospecting contact you log will be listed here."
        ),
        no_database_text=_no_database,
        loading_text=_loading,
    )


def visits_spec() -> ListSpec:
    return ListSpec(
        columns=[
            _col("appointment_at", lambda row: fmt_datetime(row["appointment_at"])),
            _plain("customer"),
            _coded("status", VisitStatus),
            _plain("objective"),
            _plain("place"),
            _plain("outcome"),
            _plain("next_step"),
        ],
        title=lambda: area_label(Area.VISITS),
        count_text=lambda n: _tr("%n visit(s)", n),
        empty_text=lambda: _tr(
            "No visits planned or recorded yet.\nVisit plans and visit records will be listed here."
        ),
        no_database_text=_no_database,
        loading_text=_loading,
    )


def objections_spec() -> ListSpec:
    return ListSpec(
        columns=[
            _plain("title"),
            _coded("target", ObjectionTarget),
            _coded("directness", Directness),
            _col("answers", lambda row: fmt_int(row["answers"]), right=True),
            _col("times_met", lambda row: fmt_int(row["times_met"]), right=True),
            _col("times_agreed", lambda row: fmt_int(row["times_agreed"]), right=True),
        ],
        title=lambda: area_label(Area.OBJECTIONS),
        count_text=lambda n: _tr("%n objection(s) in the playbook", n),
        empty_text=lambda: _tr(
            "The objection playbook is empty.\n"
            "Objections, their answers and how often they worked will be listed here."
        ),
        no_database_text=_no_database,
        loading_text=_loading,
    )


SPECS: dict[Area, Callable[[], ListSpec]] = {
    Area.CUSTOMERS: customers_spec,
    Area.DIARY: diary_spec,
    Area.VISITS: visits_spec,
    Area.OBJECTIONS: objections_spec,
}
