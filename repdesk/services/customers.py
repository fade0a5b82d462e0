"""Customer sheets: load one, save one, create many (imports), signals and grade history.

The only module that turns domain.sheet records into rows and back. Every
write checks the sheet first (domain.validation) and raises InvalidSheetError
with the problems, so nothing invalid reaches the file; a save is one
transaction, so nothing is half-written either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from repdesk.db.base import new_id, utcnow
from repdesk.db.models import (
    ClassificationChange,
    Customer,
    LeadSource,
    Person,
    SignalRecord,
    VisitPlan,
    VisitRecord,
)
from repdesk.db.store import Store
from repdesk.domain.enums import ClassificationField, DissatisfactionSignal, VisitStatus
from repdesk.domain.sheet import (
    SHEET_ROLES,
    ClassificationEntry,
    CustomerFacts,
    CustomerSheet,
    PersonFacts,
    SignalEntry,
)
from repdesk.domain.validation import Problem, check_person, check_sheet
from repdesk.services.collation import sort_key

_CUSTOMER_FIELDS = tuple(f.name for f in fields(CustomerFacts) if f.name != "id")
_PERSON_FIELDS = tuple(f.name for f in fields(PersonFacts) if f.name != "id")
_TRACKED = (
    (ClassificationField.STATUS, "status"),
    (ClassificationField.VALUE_TIER, "value_tier"),
    (ClassificationField.PROSPECT_GRADE, "prospect_grade"),
    (ClassificationField.VALUE_CLASS, "value_class"),
)


class InvalidSheetError(ValueError):
    """The sheet was not written: these are the reasons."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s): " + ", ".join(p.field for p in problems))
        self.problems = list(problems)


class SheetNotFoundError(LookupError):
    pass


def _code(value: Any) -> str | None:
    return None if value is None else str(value)


def _facts_from_row(row: Customer) -> CustomerFacts:
    values = {name: getattr(row, name) for name in _CUSTOMER_FIELDS}
    values["fact_sources"] = dict(row.fact_sources or {})
    return CustomerFacts(id=row.id, **values)


def _person_from_row(row: Person) -> PersonFacts:
    values = {name: getattr(row, name) for name in _PERSON_FIELDS}
    values["fact_sources"] = dict(row.fact_sources or {})
    return PersonFacts(id=row.id, **values)


def _role_order(person: PersonFacts) -> int:
    return SHEET_ROLES.index(person.role)


class CustomerService:
    """One open store's customer sheets. Plain calls: the GUI runs them on its worker."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    # --- reading ---------------------------------------------------------------

    def load(self, customer_id: str) -> CustomerSheet:
        with self.store.reading() as session:
            row = session.get(Customer, customer_id)
            if row is None or row.deleted_at is not None:
                raise SheetNotFoundError(customer_id)
            people = session.scalars(
                select(Person)
                .where(Person.customer_id == customer_id, Person.deleted_at.is_(None))
                .order_by(Person.sort_key, Person.id)
            ).all()
            signals = session.scalars(
                select(SignalRecord)
                .where(SignalRecord.customer_id == customer_id, SignalRecord.deleted_at.is_(None))
                .order_by(SignalRecord.raised_on.desc(), SignalRecord.id)
            ).all()
            history = session.scalars(
                select(ClassificationChange)
                .where(ClassificationChange.customer_id == customer_id)
                .order_by(ClassificationChange.changed_at.desc(), ClassificationChange.id)
            ).all()
            label = ""
            if row.lead_source_id:
                source = session.get(LeadSource, row.lead_source_id)
                label = source.label if source else ""
            last_visit = session.scalar(
                select(func.max(VisitRecord.visited_at)).where(
                    VisitRecord.customer_id == customer_id, VisitRecord.deleted_at.is_(None)
                )
            )
            next_visit = session.scalar(
                select(func.min(VisitPlan.appointment_at)).where(
                    VisitPlan.customer_id == customer_id,
                    VisitPlan.deleted_at.is_(None),
                    VisitPlan.status == VisitStatus.PLANNED,
                    VisitPlan.appointment_at >= datetime.combine(self._today(), time()),
                )
            )
            people_facts = sorted((_person_from_row(p) for p in people), key=_role_order)
            return CustomerSheet(
                customer=_facts_from_row(row),
                people=people_facts,
                signals=[
                    SignalEntry(
                        id=s.id,
                        signal=s.signal,
                        raised_on=s.raised_on,
                        note=s.note,
                        resolved_on=s.resolved_on,
                        resolution_note=s.resolution_note,
                    )
                    for s in signals
                ],
                history=[
                    ClassificationEntry(h.field, h.old_value, h.new_value, h.changed_at, h.reason)
                    for h in history
                ],
                lead_source_label=label,
                last_visit=last_visit.date() if last_visit is not None else None,
                next_visit=next_visit,
            )

    def lead_sources(self) -> list[tuple[str, str]]:
        """(id, label) of every lead source, in the seed's order then the rep's own."""
        with self.store.reading() as session:
            rows = session.execute(
                select(LeadSource.id, LeadSource.label)
                .where(LeadSource.deleted_at.is_(None))
                .order_by(LeadSource.position, LeadSource.label)
            ).all()
            return [(row.id, row.label) for row in rows]

    # --- writing ---------------------------------------------------------------

    def save(self, sheet: CustomerSheet, reason: str = "") -> CustomerSheet:
        """Write the sheet's facts and people (signals have their own calls).

        A change of status, grade, tier or value class is kept in the history
        with ``reason``. Returns the sheet as stored (new ids filled in).
        Raises InvalidSheetError and writes nothing if any value is invalid.
        """
        problems = check_sheet(sheet, self._today())
        if problems:
            raise InvalidSheetError(problems)
        with self.store.session() as session:
            customer_id = self._write(session, sheet, reason)
        return self.load(customer_id)

    def create_many(
        self,
        sheets: Iterable[CustomerSheet],
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        total: int | None = None,
        reason: str = "",
    ) -> list[str]:
        """Create new sheets in ONE transaction: all of them, or (on a problem or cancel) none.

        Raises InvalidSheetError (nothing written) or CancelledError (rolled back).
        """
        today = self._today()
        created: list[str] = []
        with self.store.session() as session:
            for index, sheet in enumerate(sheets):
                problems = check_sheet(sheet, today)
                if problems:
                    raise InvalidSheetError(problems)
                if cancelled is not None and cancelled():
                    raise CancelledError(index)
                sheet.customer.id = None
                for person in sheet.people:
                    person.id = None
                created.append(self._write(session, sheet, reason))
                if index % 200 == 0:
                    session.flush()
                    if progress is not None and total:
                        progress(min(index / total, 1.0))
        if progress is not None:
            progress(1.0)
        return created

    def import_records(
        self,
        sheets: Sequence[CustomerSheet],
        people: Sequence[tuple[str, PersonFacts]] = (),
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        reason: str = "",
    ) -> list[str]:
        """An import in ONE transaction: new sheets (with their people and signals) and
        people for existing customers (``(customer id, person)``). All, or none.

        Unlike ``create_many``, ids set on the records are kept (an export read back
        keeps its RepDesk ids; the caller checks they are free); None gets a new one.
        A sheet's ``lead_source_label`` without a ``lead_source_id`` names a lead source
        by code or label, created if the book has none such. Returns the new
        customers' ids. Raises InvalidSheetError (nothing written), SheetNotFoundError
        (a customer to add people to is gone) or CancelledError (rolled back).
        """
        today = self._today()
        for sheet in sheets:
            if problems := check_sheet(sheet, today):
                raise InvalidSheetError(problems)
        for index, (_, person) in enumerate(people):
            if problems := check_person(person, index, today):
                raise InvalidSheetError(problems)
        total = len(sheets) + len(people)
        created: list[str] = []
        with self.store.session() as session:
            sources = _LeadSources(session)
            for start in range(0, len(sheets), _BATCH):
                if cancelled is not None and cancelled():
                    raise CancelledError(start)
                if progress is not None and total:
                    progress(start / total)
                batch = sheets[start : start + _BATCH]
                for sheet in batch:
                    label = sheet.lead_source_label
                    if sheet.customer.lead_source_id is None and label.strip():
                        sheet.customer.lead_source_id = sources.find(label)
                created.extend(_insert_new(session, batch, reason))
            for index, (customer_id, person) in enumerate(people, start=len(sheets)):
                if index % _BATCH == 0:
                    if cancelled is not None and cancelled():
                        raise CancelledError(index)
                    if progress is not None and total:
                        progress(index / total)
                owner = session.get(Customer, customer_id)
                if owner is None or owner.deleted_at is not None:
                    raise SheetNotFoundError(customer_id)
                session.add(_new_person(customer_id, person))
            if cancelled is not None and cancelled():
                raise CancelledError(total)
        if progress is not None:
            progress(1.0)
        return created

    def write_new(self, session: Session, sheet: CustomerSheet, reason: str = "") -> str:
        """A new sheet inside another service's transaction (a diary row's prospect).

        Raises InvalidSheetError before writing anything.
        """
        if problems := check_sheet(sheet, self._today()):
            raise InvalidSheetError(problems)
        sheet.customer.id = None
        for person in sheet.people:
            person.id = None
        customer_id = self._write(session, sheet, reason)
        session.flush()
        return customer_id

    def delete(self, customer_id: str) -> None:
        """Soft delete: the sheet leaves the lists and can be brought back."""
        with self.store.session() as session:
            row = session.get(Customer, customer_id)
            if row is None:
                raise SheetNotFoundError(customer_id)
            row.deleted_at = utcnow()

    def restore(self, customer_id: str) -> None:
        with self.store.session() as session:
            row = session.get(Customer, customer_id)
            if row is None:
                raise SheetNotFoundError(customer_id)
            row.deleted_at = None

    def raise_signal(
        self, customer_id: str, signal: DissatisfactionSignal, on: date, note: str = ""
    ) -> None:
        with self.store.session() as session:
            if session.get(Customer, customer_id) is None:
                raise SheetNotFoundError(customer_id)
            session.add(
                SignalRecord(customer_id=customer_id, signal=signal, raised_on=on, note=note)
            )

    def resolve_signal(self, signal_id: str, on: date, note: str = "") -> None:
        with self.store.session() as session:
            row = session.get(SignalRecord, signal_id)
            if row is None:
                raise SheetNotFoundError(signal_id)
            row.resolved_on = on
            row.resolution_note = note

    # --- the one place rows are written ---------------------------------------

    def _write(self, session: Session, sheet: CustomerSheet, reason: str) -> str:
        facts = sheet.customer
        row = session.get(Customer, facts.id) if facts.id else None
        now = utcnow()
        created = row is None
        if row is None:
            row = Customer(id=facts.id or new_id(), name=facts.name)
            session.add(row)
            previous: dict[str, str | None] = {name: None for _, name in _TRACKED}
        else:
            previous = {name: _code(getattr(row, name)) for _, name in _TRACKED}
        for name in _CUSTOMER_FIELDS:
            value = getattr(facts, name)
            if isinstance(value, str) and name not in ("fact_sources",):
                value = value.strip()
            setattr(row, name, value)
        row.fact_sources = dict(facts.fact_sources)
        row.sort_key = sort_key(row.name)
        if created:
            # The models have no relationships, so SQLAlchemy does not know to insert
            # the customer before the rows that refer to it: insert it now.
            session.flush()
        for field_code, name in _TRACKED:
            new = _code(getattr(facts, name))
            if new != previous[name] and not (previous[name] is None and new is None):
                session.add(
                    ClassificationChange(
                        customer_id=row.id,
                        field=field_code,
                        old_value=previous[name],
                        new_value=new,
                        changed_at=now,
                        reason=reason.strip(),
                    )
                )
        self._write_people(session, row.id, sheet.people, now)
        return row.id

    def _write_people(
        self, session: Session, customer_id: str, people: list[PersonFacts], now: Any
    ) -> None:
        existing = {
            p.id: p
            for p in session.scalars(
                select(Person).where(Person.customer_id == customer_id, Person.deleted_at.is_(None))
            )
        }
        kept: set[str] = set()
        for person in people:
            row = existing.get(person.id) if person.id else None
            if row is None:
                row = _new_person(customer_id, person)
                session.add(row)
            else:
                _fill_person(row, person)
            kept.add(row.id)
        for person_id, row in existing.items():
            if person_id not in kept:
                row.deleted_at = now


def _new_person(customer_id: str, person: PersonFacts) -> Person:
    row = Person(id=person.id or new_id(), customer_id=customer_id, name=person.name)
    _fill_person(row, person)
    return row


def _fill_person(row: Person, person: PersonFacts) -> None:
    for name in _PERSON_FIELDS:
        value = getattr(person, name)
        if isinstance(value, str):
            value = value.strip()
        setattr(row, name, value)
    row.fact_sources = dict(person.fact_sources)
    row.sort_key = sort_key(row.name)


_BATCH = 500


def _stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _insert_new(session: Session, sheets: Sequence[CustomerSheet], reason: str) -> list[str]:
    """New sheets as bulk INSERTs (an import of 100,000 in seconds, not minutes): the same
    values, history and people ``_write`` would give them, and their signals."""
    now = utcnow()
    customers: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    signals: list[dict[str, Any]] = []
    stamps = {"created_at": now, "updated_at": now}
    for sheet in sheets:
        facts = sheet.customer
        customer_id = facts.id or new_id()
        row = {name: _stripped(getattr(facts, name)) for name in _CUSTOMER_FIELDS}
        row.update(
            id=customer_id, fact_sources=dict(facts.fact_sources), sort_key=sort_key(row["name"])
        )
        customers.append(row | stamps)
        for field_code, name in _TRACKED:
            value = _code(getattr(facts, name))
            if value is not None:
                history.append(
                    {
                        "id": new_id(),
                        "customer_id": customer_id,
                        "field": field_code,
                        "old_value": None,
                        "new_value": value,
                        "changed_at": now,
                        "reason": reason.strip(),
                    }
                    | stamps
                )
        for person in sheet.people:
            values = {name: _stripped(getattr(person, name)) for name in _PERSON_FIELDS}
            values.update(
                id=person.id or new_id(),
                customer_id=customer_id,
                fact_sources=dict(person.fact_sources),
                sort_key=sort_key(values["name"]),
            )
            people.append(values | stamps)
        for signal in sheet.signals:
            signals.append(
                {
                    "id": signal.id or new_id(),
                    "customer_id": customer_id,
                    "signal": signal.signal,
                    "raised_on": signal.raised_on,
                    "note": signal.note.strip(),
                    "resolved_on": signal.resolved_on,
                    "resolution_note": signal.resolution_note.strip(),
                }
                | stamps
            )
    connection = session.connection()
    tables: list[tuple[Any, list[dict[str, Any]]]] = [
        (Customer.__table__, customers),
        (ClassificationChange.__table__, history),
        (Person.__table__, people),
        (SignalRecord.__table__, signals),
    ]
    for table, rows in tables:
        if rows:  # Core executemany: one statement, every row
            connection.execute(insert(table), rows)
    return [row["id"] for row in customers]


class _LeadSources:
    """Lead sources by code or label (any case) for an import; unknown ones are added."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, str] = {}
        self._next = 0
        for row in session.scalars(select(LeadSource).where(LeadSource.deleted_at.is_(None))):
            self._ids.setdefault(row.label.strip().casefold(), row.id)
            if row.code is not None:
                self._ids[row.code.value] = row.id
            self._next = max(self._next, row.position + 1)

    def find(self, text: str) -> str:
        key = text.strip().casefold()
        if key not in self._ids:
            row = LeadSource(id=new_id(), label=text.strip(), position=self._next)
            self._session.add(row)
            self._session.flush()  # before the customers that refer to it
            self._ids[key] = row.id
            self._next += 1
        return self._ids[key]


class CancelledError(Exception):
    """The rep cancelled a long write; it was rolled back."""

    def __init__(self, done: int) -> None:
        super().__init__(f"cancelled after {done} records; nothing was written")
        self.done = done
