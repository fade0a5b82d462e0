"""Exporting customers: every field of each sheet, streamed in the order given.

One row per customer: the RepDesk id, the customer's facts, its lead source
(code, or the rep's own label) and its signals, then each person in the
sheet's order in "Contact n ..." columns, as many as the busiest customer
needs. The headers are sheet_columns.export_header's, which the import
recognises exactly, so export -> import loses nothing, and a re-import into
the same book finds every row already present.

Rows are read with Core selects in chunks of ids and turned into cells
straight from the result tuples (no ORM objects, no dataclasses per row), so
100,000 customers stream in seconds; ``people_cards`` does the same for vCards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, func, null, select, type_coerce

from repdesk.db.models import Customer, LeadSource, Person, SignalRecord
from repdesk.db.store import Store
from repdesk.domain.sheet import SHEET_ROLES, PersonFacts, SignalEntry
from repdesk.services.customers import CancelledError
from repdesk.services.sheet_columns import (
    ID,
    LEAD_SOURCE,
    PERSON_FIELDS,
    SIGNALS,
    Cell,
    Kind,
    Target,
    customer_targets,
    export_header,
    person_targets,
    signals_text,
    spec,
)

CHUNK = 500
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


@dataclass
class ExportTable:
    headers: list[str]
    rows: Iterator[list[Cell]]  # streamed: read while the file is written
    count: int  # rows to come


@dataclass(frozen=True)
class PersonCard:
    """One person for a vCard: the facts and the customer they belong to."""

    person: PersonFacts
    company: str
    customer_id: str
    customer_kind: str = ""


# --- values straight from result tuples --------------------------------------------


def _plain(value: Any) -> Cell:
    return value  # type: ignore[no-any-return]


def _sources(value: Any) -> Cell:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def _converter(kind: Kind) -> Callable[[Any], Cell]:
    return _sources if kind is Kind.SOURCES else _plain


_CUSTOMER_TARGETS = customer_targets()


# The customer's columns in export order; the lead source and the signals are
# filled in from their own queries (the signals' slot selects NULL).
def _column(table: Any, target: Target) -> ColumnElement[Any]:
    """A field's column; choices as their stored codes (no enum round trip)."""
    if target.field == SIGNALS:
        return null().label("signals")
    column = table.c["lead_source_id" if target.field == LEAD_SOURCE else target.field]
    if spec(target).kind is Kind.CHOICE:
        return type_coerce(column, String()).label(target.field)
    return column  # type: ignore[no-any-return]


_CUSTOMER_SELECT = [_column(Customer.__table__, t) for t in _CUSTOMER_TARGETS]
_CUSTOMER_CONVERT = [_converter(spec(t).kind) for t in _CUSTOMER_TARGETS]
_LEAD_SOURCE_AT = [t.field for t in _CUSTOMER_TARGETS].index(LEAD_SOURCE)
_SIGNALS_AT = [t.field for t in _CUSTOMER_TARGETS].index(SIGNALS)

_PERSON_TARGETS = person_targets(0)
_PERSON_NAMES = [t.field for t in _PERSON_TARGETS]
_PERSON_SELECT = [_column(Person.__table__, t) for t in _PERSON_TARGETS]
_PERSON_CONVERT = [_converter(spec(t).kind) for t in _PERSON_TARGETS]
_PERSON_CHOICES: list[tuple[str, type[StrEnum]]] = [
    (t.field, choices) for t in _PERSON_TARGETS if (choices := spec(t).choices) is not None
]
_ROLE_AT = _PERSON_NAMES.index("role")
_ROLE_ORDER = {role.value: index for index, role in enumerate(SHEET_ROLES)}
_EMPTY_PERSON: list[Cell] = [None] * len(_PERSON_TARGETS)

assert set(_PERSON_NAMES) == set(PERSON_FIELDS)
assert _PERSON_NAMES[0] == ID


@dataclass
class _Chunk:
    customers: list[Any]  # result rows in _CUSTOMER_SELECT order, in the order asked
    people: dict[str, list[Any]]  # customer id -> rows in _PERSON_SELECT order, sheet order
    signals: dict[str, list[SignalEntry]]


def _lead_sources(connection: Connection) -> dict[str, str]:
    """Lead source id -> its code (a seeded source) or the rep's own label."""
    rows = connection.execute(select(LeadSource.id, LeadSource.code, LeadSource.label))
    return {row.id: row.code.value if row.code is not None else row.label for row in rows}


def _read_chunk(connection: Connection, ids: Sequence[str]) -> _Chunk:
    found = {
        row[0]: row
        for row in connection.execute(
            select(*_CUSTOMER_SELECT).where(Customer.id.in_(ids), Customer.deleted_at.is_(None))
        ).all()
    }
    people: dict[str, list[Any]] = {}
    for row in connection.execute(
        select(Person.customer_id, *_PERSON_SELECT)
        .where(Person.customer_id.in_(ids), Person.deleted_at.is_(None))
        .order_by(Person.customer_id, Person.sort_key, Person.id)
    ).all():
        people.setdefault(row[0], []).append(row[1:])
    for rows in people.values():
        rows.sort(key=lambda r: _ROLE_ORDER[r[_ROLE_AT]])  # stable: name order within a role
    signals: dict[str, list[SignalEntry]] = {}
    for record in connection.execute(
        select(
            SignalRecord.customer_id,
            SignalRecord.signal,
            SignalRecord.raised_on,
            SignalRecord.note,
            SignalRecord.resolved_on,
            SignalRecord.resolution_note,
            SignalRecord.id,
        )
        .where(SignalRecord.customer_id.in_(ids), SignalRecord.deleted_at.is_(None))
        .order_by(SignalRecord.customer_id, SignalRecord.raised_on, SignalRecord.id)
    ):
        signals.setdefault(record.customer_id, []).append(
            SignalEntry(
                record.signal,
                record.raised_on,
                record.note,
                record.resolved_on,
                record.resolution_note,
                record.id,
            )
        )
    customers = [found[i] for i in ids if i in found]  # deleted ones are left out
    return _Chunk(customers, people, signals)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _stream(
    store: Store, ids: Sequence[str], progress: Progress | None, cancelled: Cancelled | None
) -> Iterator[tuple[_Chunk, dict[str, str]]]:
    done = 0
    with store.engine.connect() as connection:
        sources = _lead_sources(connection)
        for chunk in _chunks(ids):
            if cancelled is not None and cancelled():
                raise CancelledError(done)
            yield _read_chunk(connection, chunk), sources
            done += len(chunk)
            if progress is not None and ids:
                progress(done / len(ids))


def _most_people(store: Store, ids: Sequence[str]) -> int:
    most = 0
    with store.engine.connect() as connection:
        for chunk in _chunks(ids):
            counts = (
                select(func.count().label("n"))
                .where(Person.customer_id.in_(chunk), Person.deleted_at.is_(None))
                .group_by(Person.customer_id)
                .subquery()
            )
            most = max(most, connection.scalar(select(func.max(counts.c.n))) or 0)
    return most


def customer_table(
    store: Store,
    ids: Sequence[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportTable:
    """The customers ``ids`` (in that order; deleted ones left out) as headers and rows."""
    ids = list(dict.fromkeys(ids))
    slots = _most_people(store, ids)
    targets: list[Target] = list(_CUSTOMER_TARGETS)
    for slot in range(slots):
        targets.extend(person_targets(slot))
    headers = [export_header(target) for target in targets]
    customer_convert = list(enumerate(_CUSTOMER_CONVERT))
    person_convert = list(enumerate(_PERSON_CONVERT))

    def rows() -> Iterator[list[Cell]]:
        for chunk, sources in _stream(store, ids, progress, cancelled):
            for customer in chunk.customers:
                cells = [convert(customer[i]) for i, convert in customer_convert]
                cells[_LEAD_SOURCE_AT] = sources.get(customer[_LEAD_SOURCE_AT] or "", "")
                cells[_SIGNALS_AT] = signals_text(chunk.signals.get(customer[0], []))
                people = chunk.people.get(customer[0], [])
                for person in people:
                    cells.extend([convert(person[i]) for i, convert in person_convert])
                for _ in range(slots - len(people)):
                    cells.extend(_EMPTY_PERSON)
                yield cells

    return ExportTable(headers, rows(), len(ids))


def people_cards(
    store: Store,
    ids: Sequence[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[PersonCard]:
    """The people of the customers ``ids``, customer by customer, each with its company."""
    kind_at = [t.field for t in _CUSTOMER_TARGETS].index("kind")
    name_at = [t.field for t in _CUSTOMER_TARGETS].index("name")
    for chunk, _sources in _stream(store, list(dict.fromkeys(ids)), progress, cancelled):
        for customer in chunk.customers:
            for row in chunk.people.get(customer[0], []):
                values = dict(zip(_PERSON_NAMES, row, strict=True))
                values["fact_sources"] = dict(values["fact_sources"] or {})
                for name, choices in _PERSON_CHOICES:
                    if values[name] is not None:
                        values[name] = choices(values[name])
                yield PersonCard(
                    PersonFacts(**values), customer[name_at], customer[0], customer[kind_at] or ""
                )
