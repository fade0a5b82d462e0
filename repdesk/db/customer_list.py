"""What the Customers list shows and filters on beyond the sheet's own columns.

Four values are derived from other tables or from a rule, each defined once
here as SQL and used two ways: per row (correlated subqueries, for the page of
rows the list shows: ~1 ms for 60 rows on 100,000 sheets) and for the whole
book at once (one grouped query each, for the in-memory filters and sorts of
services/customer_book.py).

- differentiation strategy (差别化): a CASE built from the thresholds in
  domain/rules.py, so the rule has one place;
- at risk: an open dissatisfaction signal (not resolved, not deleted);
- last visit: the latest visit record (not deleted; drafts count, as on the sheet);
- next visit: the earliest planned visit from today on (as on the sheet).

Why not denormalised columns on ``customers``: measured on the 100,000-customer
demo (see the issue 3 report), reading these for the whole book costs about
the same either way (the wide customers table dominates), a page of rows costs
1.1 ms against 0.5 ms, and sorting or filtering happens in memory, not in SQL.
Stored copies would have to follow every write to visits and signals, and
"next visit" changes with the date alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.dialects import sqlite

from repdesk.db.listing import ColumnLike
from repdesk.db.models import Customer, LeadSource, SignalRecord, VisitPlan, VisitRecord
from repdesk.domain.enums import (
    CustomerStatus,
    DifferentiationStrategy,
    ProspectGrade,
    RelationshipType,
    ValueClass,
    ValueTier,
    VisitStatus,
)
from repdesk.domain.rules import HIGH_SHARE_PERCENT, LARGE_UPCOMING_QUANTITY

# "Today" as ISO text: appointment_at is stored as 'YYYY-MM-DD HH:MM:SS.ffffff', so
# '2026-11-22' sorts before every moment of that day. Given when the query runs.
TODAY = "today"


def strategy_of(share: ColumnLike, quantity: ColumnLike) -> ColumnElement[Any]:
    """The 差别化 matrix of rules.differentiation_strategy, as SQL (NULL until both are known)."""
    high = share >= HIGH_SHARE_PERCENT
    large = quantity >= LARGE_UPCOMING_QUANTITY
    return case(
        (or_(share.is_(None), quantity.is_(None)), None),
        (and_(high, large), DifferentiationStrategy.KEEP_CLOSE.value),
        (high, DifferentiationStrategy.MAINTAIN_OR_ACQUIRE.value),
        (large, DifferentiationStrategy.DEVELOP.value),
        else_=DifferentiationStrategy.ACQUIRE_OR_ABANDON.value,
    )


STRATEGY = strategy_of(Customer.share_percent, Customer.upcoming_quantity)

_LIVE_VISIT = VisitRecord.deleted_at.is_(None)
_OPEN_SIGNAL = and_(SignalRecord.deleted_at.is_(None), SignalRecord.resolved_on.is_(None))


def _upcoming_plan() -> ColumnElement[bool]:
    return and_(
        VisitPlan.deleted_at.is_(None),
        VisitPlan.status == VisitStatus.PLANNED.value,
        VisitPlan.appointment_at >= bindparam(TODAY, type_=String),
    )


# Per row: correlated to the customer of the row.
LAST_VISIT = (
    select(func.max(VisitRecord.visited_at))
    .where(VisitRecord.customer_id == Customer.id, _LIVE_VISIT)
    .scalar_subquery()
)
NEXT_VISIT = (
    select(func.min(VisitPlan.appointment_at))
    .where(VisitPlan.customer_id == Customer.id, _upcoming_plan())
    .scalar_subquery()
)
AT_RISK = exists().where(SignalRecord.customer_id == Customer.id, _OPEN_SIGNAL)

# The book's coded columns, packed into one integer per sheet (one Python int to make,
# not six strings: reading 100,000 sheets is mostly the making of Python values).
# Each field is 3 bits: 0 unknown, 1.. the enum's members in their declared order.
CODED_FIELDS: tuple[tuple[str, type[StrEnum]], ...] = (
    ("status", CustomerStatus),
    ("relationship_type", RelationshipType),
    ("value_tier", ValueTier),
    ("prospect_grade", ProspectGrade),
    ("value_class", ValueClass),
    ("strategy", DifferentiationStrategy),
)
FIELD_BITS = 3
_CODED_SOURCES: dict[str, ColumnLike] = {
    "status": Customer.status,
    "relationship_type": Customer.relationship_type,
    "value_tier": Customer.value_tier,
    "prospect_grade": Customer.prospect_grade,
    "value_class": Customer.value_class,
    "strategy": STRATEGY,
}


def _packed() -> ColumnElement[int]:
    total: ColumnElement[int] | None = None
    for place, (name, enum_cls) in enumerate(CODED_FIELDS):
        assert len(enum_cls) < 1 << FIELD_BITS
        number = {member.value: index for index, member in enumerate(enum_cls, start=1)}
        part = case(number, value=_CODED_SOURCES[name], else_=0) * (1 << (FIELD_BITS * place))
        total = part if total is None else total + part
    assert total is not None
    return total


def _minutes(moment: ColumnLike) -> ColumnElement[int]:
    """Minutes since 1970 of a stored time (an int is cheaper to hold than ISO text)."""
    return cast(func.strftime("%s", moment), Integer) // 60


_SHEETS = (
    select(
        Customer.id,
        Customer.sort_key,
        _packed(),
        Customer.lead_source_id,
        Customer.city,
        Customer.phone,
        _minutes(Customer.updated_at),
    )
    .where(Customer.deleted_at.is_(None))
    .order_by(Customer.sort_key, Customer.id)
)
# For the whole book. Every live visit, the latest kept per customer in Python: 2.5x
# faster than GROUP BY, which walks the (customer_id, visited_at) index and looks up
# each row for deleted_at. The others: one row per customer that has any.
_VISITS = select(VisitRecord.customer_id, _minutes(VisitRecord.visited_at)).where(_LIVE_VISIT)
_NEXT_VISITS = (
    select(VisitPlan.customer_id, _minutes(func.min(VisitPlan.appointment_at)))
    .where(_upcoming_plan())
    .group_by(VisitPlan.customer_id)
)
_AT_RISK = select(SignalRecord.customer_id).where(_OPEN_SIGNAL).distinct()

_LEAD_SOURCES = (
    select(LeadSource.id, LeadSource.code, LeadSource.label)
    .where(LeadSource.deleted_at.is_(None))
    .order_by(LeadSource.position, LeadSource.label, LeadSource.id)
)


@dataclass
class BookColumns:
    """Sheets as the list filters and sorts them, one list per column, in name order.

    ``codes`` packs CODED_FIELDS; times are minutes since 1970 (None: none).
    """

    ids: list[str] = field(default_factory=list)
    sort_keys: list[str] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)
    lead_sources: list[str | None] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    last_visits: list[int | None] = field(default_factory=list)
    next_visits: list[int | None] = field(default_factory=list)
    at_risk: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class LeadSourceChoice:
    id: str
    code: str | None  # the seed's sources have one; a rep's own do not
    label: str


def compile_raw(query: Select[*tuple[Any, ...]], **params: Any) -> tuple[str, tuple[Any, ...]]:
    """A Core query as SQLite SQL with positional parameters, for a plain sqlite3 connection."""
    compiled = query.compile(dialect=_DIALECT)
    state = compiled.construct_expanded_state(params or None)
    return state.statement, tuple(state.positional_parameters)


_DIALECT = sqlite.dialect(paramstyle="qmark")


def read_book(
    connection: sqlite3.Connection, today: date, ids: Sequence[str] | None = None
) -> BookColumns:
    """Every live sheet (``ids`` None), or these ones, in the list's name order.

    About 0.5 s for 100,000 sheets, most of it making Python values: run on the worker.
    """
    day = today.isoformat()
    sheets: list[tuple[Any, ...]] = []
    last: dict[str, int] = {}
    upcoming: dict[str, int] = {}
    at_risk: set[str] = set()
    wanted = list(ids) if ids is not None else None
    parts = [None] if wanted is None else [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    for part in parts:
        queries = [_SHEETS, _VISITS, _NEXT_VISITS, _AT_RISK]
        if part is not None:
            queries = [
                _SHEETS.where(Customer.id.in_(part)),
                _VISITS.where(VisitRecord.customer_id.in_(part)),
                _NEXT_VISITS.where(VisitPlan.customer_id.in_(part)),
                _AT_RISK.where(SignalRecord.customer_id.in_(part)),
            ]
        sheets_q, last_q, next_q, risk_q = queries
        sheets.extend(connection.execute(*compile_raw(sheets_q)))
        for customer_id, moment in connection.execute(*compile_raw(last_q)):
            if moment > last.get(customer_id, -1):
                last[customer_id] = moment
        upcoming.update(connection.execute(*compile_raw(next_q, **{TODAY: day})))
        at_risk.update(row[0] for row in connection.execute(*compile_raw(risk_q)))
    if len(parts) > 1:
        sheets.sort(key=lambda row: (row[1], row[0]))
    book = BookColumns()
    if not sheets:
        return book
    columns = list(zip(*sheets, strict=True))
    book.ids = list(columns[0])
    book.sort_keys = list(columns[1])
    book.codes = list(columns[2])
    shared: dict[Any, Any] = {}  # one string object per distinct value: ~10 MB less
    book.lead_sources = [shared.setdefault(v, v) for v in columns[3]]
    book.cities = [shared.setdefault(v, v) for v in columns[4]]
    book.phones = list(columns[5])
    book.updated = list(columns[6])
    book.last_visits = [last.get(i) for i in book.ids]
    book.next_visits = [upcoming.get(i) for i in book.ids]
    book.at_risk = [i in at_risk for i in book.ids] if at_risk else [False] * len(book.ids)
    return book


def read_lead_sources(connection: sqlite3.Connection) -> list[LeadSourceChoice]:
    """Every live lead source in the seed's order, then the rep's own by label."""
    return [LeadSourceChoice(*row) for row in connection.execute(*compile_raw(_LEAD_SOURCES))]
