"""The four list areas: which columns each shows and how each says it is empty."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from repdesk.domain.areas import Area
from repdesk.domain.enums import (
    CustomerStatus,
    DifferentiationStrategy,
    LeadSourceCode,
    RelationshipType,
    ValueClass,
    ValueTier,
    VisitStatus,
)
from repdesk.gui.format import fmt_date, fmt_datetime
from repdesk.gui.labels import area_label, code_label, column_label
from repdesk.gui.models.lazy_table import ColumnView, Row
from repdesk.gui.views.list_page import ListSpec


def _col(
    key: str, text: Callable[[Row], str], width: int = 120, *, right: bool = False
) -> ColumnView:
    return ColumnView(key, lambda: column_label(key), text, right, width)


def _plain(key: str, width: int = 120) -> ColumnView:
    return _col(key, lambda row: str(row[key] or ""), width)


def _coded(key: str, enum_cls: type[StrEnum], width: int = 120) -> ColumnView:
    return _col(key, lambda row: code_label(enum_cls, row[key]), width)


def _lead_source(row: Row) -> str:
    # The seed's sources show in the UI language; a rep's own sources by their label.
    if row["lead_source"]:
        return code_label(LeadSourceCode, row["lead_source"])
    return str(row["lead_source_label"] or "")


def _no_database() -> str:
    return QCoreApplication.translate(
        "Areas", "No database is open. Use File > Open database… to open or create one."
    )


def _loading() -> str:
    return QCoreApplication.translate("Areas", "Loading…")


def _at_risk(row: Row) -> str:
    return QCoreApplication.translate("Areas", "At risk") if row["at_risk"] else ""


def customers_spec() -> ListSpec:
    return ListSpec(
        columns=[
            _plain("name", 300),
            _coded("status", CustomerStatus, 90),
            _plain("prospect_grade", 90),
            _coded("value_tier", ValueTier, 80),
            _coded("value_class", ValueClass, 170),
            ColumnView(
                "strategy",
                lambda: QCoreApplication.translate("Areas", "Strategy"),
                lambda row: code_label(DifferentiationStrategy, row["strategy"]),
                width=160,
            ),
            ColumnView(
                "at_risk",
                lambda: QCoreApplication.translate("Areas", "At risk"),
                _at_risk,
                width=70,
                warning=True,
            ),
            ColumnView(
                "last_visit",
                lambda: QCoreApplication.translate("Areas", "Last visit"),
                lambda row: fmt_date(row["last_visit"]),
                width=95,
            ),
            ColumnView(
                "next_visit",
                lambda: QCoreApplication.translate("Areas", "Next visit"),
                lambda row: fmt_datetime(row["next_visit"]),
                width=140,
            ),
            _coded("relationship_type", RelationshipType, 130),
            _plain("city", 100),
            _plain("phone", 140),
            _col("lead_source", _lead_source, 130),
            _col("updated_at", lambda row: fmt_date(row["updated_at"]), 100),
        ],
        customer_filters=True,
        title=lambda: area_label(Area.CUSTOMERS),
        count_text=lambda n: QCoreApplication.translate(
            "Areas", "Customers and prospects: %n", None, n
        ),
        empty_text=lambda: QCoreApplication.translate(
            "Areas",
            "No customers yet.\nCustomer detail sheets you create, or import, will be listed here.",
        ),
        no_database_text=_no_database,
        loading_text=_loading,
        search_placeholder=lambda: QCoreApplication.translate(
            "Areas", "Search names, phones, addresses, hobbies and remarks…"
        ),
        matches_text=_matches,
        no_match_text=lambda text: QCoreApplication.translate(
            "Areas", "No customer or person matches “%1”."
        ).replace("%1", text),
    )


def _matches(count: int, more: bool) -> str:
    if more:
        return QCoreApplication.translate("Areas", "Matches: more than %n", None, count)
    return QCoreApplication.translate("Areas", "Matches: %n", None, count)


def visits_spec() -> ListSpec:
    return ListSpec(
        columns=[
            _col("appointment_at", lambda row: fmt_datetime(row["appointment_at"]), 140),
            _plain("customer", 280),
            _coded("status", VisitStatus, 80),
            _plain("objective", 260),
            _plain("place", 240),
            _plain("outcome", 240),
            _plain("next_step", 240),
        ],
        title=lambda: area_label(Area.VISITS),
        count_text=lambda n: QCoreApplication.translate("Areas", "Visits: %n", None, n),
        empty_text=lambda: QCoreApplication.translate(
            "Areas",
            "No visits planned or recorded yet.\n"
            "Visit plans and visit records will be listed here.",
        ),
        no_database_text=_no_database,
        loading_text=_loading,
    )


SPECS: dict[Area, Callable[[], ListSpec]] = {
    Area.CUSTOMERS: customers_spec,
    Area.VISITS: visits_spec,
}
