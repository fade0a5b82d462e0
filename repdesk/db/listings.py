"""The lists of the six areas, each a Listing over the method's tables."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Engine, and_, case, func, literal

from repdesk.db import customer_list
from repdesk.db.connection import raw
from repdesk.db.customer_list import BookColumns, LeadSourceChoice
from repdesk.db.listing import ListColumn, Listing
from repdesk.db.models import (
    Customer,
    LeadSource,
    VisitPlan,
    VisitRecord,
)
from repdesk.db.search_source import searchable_customers

_TIER_ORDER = case(
    {"small": 1, "medium": 2, "large": 3, "vip": 4}, value=Customer.value_tier, else_=0
)


class CustomerListing(Listing):
    """The Customers list, which also feeds its in-memory filters and the search index."""

    def __init__(self, engine: Engine, today: Callable[[], date] = date.today) -> None:
        self.today = today
        source = Customer.__table__.outerjoin(
            LeadSource.__table__, LeadSource.id == Customer.lead_source_id
        )
        super().__init__(
            engine,
            id_column=Customer.id,
            source=source,
            where=[Customer.deleted_at.is_(None)],
            default_sort="name",
            params=lambda: {customer_list.TODAY: self.today().isoformat()},
            columns=[
                ListColumn("name", Customer.name, sort=Customer.sort_key),
                ListColumn("status", Customer.status),
                ListColumn("prospect_grade", Customer.prospect_grade),
                ListColumn("value_tier", Customer.value_tier, sort=_TIER_ORDER),
                ListColumn("value_class", Customer.value_class),
                ListColumn("relationship_type", Customer.relationship_type),
                ListColumn("strategy", customer_list.STRATEGY),
                ListColumn("at_risk", customer_list.AT_RISK),
                ListColumn("last_visit", customer_list.LAST_VISIT),
                ListColumn("next_visit", customer_list.NEXT_VISIT),
                ListColumn("city", Customer.city),
                ListColumn("phone", Customer.phone),
                ListColumn("lead_source", LeadSource.code),
                ListColumn("lead_source_label", LeadSource.label, sortable=False),
                ListColumn("updated_at", Customer.updated_at),
            ],
        )

    @contextmanager
    def _driver(self) -> Iterator[sqlite3.Connection]:
        with self._engine.connect() as connection:
            yield raw(connection)

    def book(self, ids: Sequence[str] | None = None) -> BookColumns:
        """What the filters and sorts need of every live sheet, or of these (worker: ~0.5 s)."""
        with self._driver() as raw:
            return customer_list.read_book(raw, self.today(), ids)

    def lead_sources(self) -> list[LeadSourceChoice]:
        with self._driver() as raw:
            return customer_list.read_lead_sources(raw)

    def search_records(self, ids: Sequence[str]) -> list[tuple[str, str, str]]:
        """(id, searchable text, sort key) of the live sheets among ``ids``."""
        with self._driver() as raw:
            return list(searchable_customers(raw, ids))


def customers(engine: Engine, today: Callable[[], date] = date.today) -> CustomerListing:
    return CustomerListing(engine, today)


def visits(engine: Engine) -> Listing:
    """Visit plans with their record when one exists (a record always has a plan or none)."""
    source = VisitPlan.__table__.join(
        Customer.__table__, Customer.id == VisitPlan.customer_id
    ).outerjoin(
        VisitRecord.__table__,
        and_(VisitRecord.visit_plan_id == VisitPlan.id, VisitRecord.deleted_at.is_(None)),
    )
    return Listing(
        engine,
        id_column=VisitPlan.id,
        source=source,
        where=[VisitPlan.deleted_at.is_(None)],
        default_sort="appointment_at",
        default_descending=True,
        columns=[
            ListColumn("appointment_at", VisitPlan.appointment_at),
            ListColumn("customer", Customer.name, sort=Customer.sort_key),
            ListColumn("status", VisitPlan.status),
            ListColumn("objective", VisitPlan.objective),
            ListColumn("place", VisitPlan.place),
            ListColumn("outcome", func.coalesce(VisitRecord.outcome, literal(""))),
            ListColumn("next_step", func.coalesce(VisitRecord.next_step, literal(""))),
        ],
    )
