"""The prospect diary: rows written whole, with the visit plan and follow-up they lead to.

One row of the seed's form can become three records: the diary entry, a
planned visit (its appointment time, 约定时间) and a follow-up (its 后续活动 with
a due date). ``save`` writes all of them in one transaction, or nothing: a
diary row is never half-stored. A row whose company has no sheet yet and
gets an appointment becomes a prospect sheet in the same transaction, since a
visit belongs to a customer; ``make_prospect`` does the same on request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from repdesk.db import contact_dates
from repdesk.db.base import utcnow
from repdesk.db.models import (
    Customer,
    DiaryEntry,
    FollowUp,
    LeadSource,
    Person,
    VisitPlan,
    VisitRecord,
)
from repdesk.db.store import Store
from repdesk.domain.diary import (
    CLASH_MINUTES,
    Clash,
    DiaryLine,
    DiaryRow,
    appointment_in_past,
    check_row,
    clashes,
    normalised,
)
from repdesk.domain.enums import CustomerStatus, PersonRole, VisitStatus
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts
from repdesk.domain.validation import Problem
from repdesk.services.collation import sort_key
from repdesk.services.customers import CustomerService


class InvalidRowError(ValueError):
    """The row breaks a value rule; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code.value}" for p in problems))
        self.problems = list(problems)


class NeedsConfirmationError(ValueError):
    """The row is valid but the rep must confirm first (an appointment in the past)."""


class RowNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class DiaryFilter:
    lead_source_id: str | None = None
    result: str = ""  # rows whose visit result contains this text (any case)
    open_follow_ups: bool = False  # only rows with a follow-up not yet done


@dataclass(frozen=True)
class SavedRow:
    line: DiaryLine
    created_customer_id: str | None = None  # a prospect sheet made for the row's appointment


@dataclass(frozen=True)
class Contact:
    """A person of a sheet, offered when the rep types the contact column."""

    person_id: str
    name: str
    phone: str


@dataclass(frozen=True)
class Company:
    customer_id: str
    name: str
    phone: str
    lead_source_id: str | None


class DiaryService:
    """Plain calls on one open store; the GUI runs them on its worker."""

    def __init__(
        self,
        store: Store,
        customers: CustomerService,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.store = store
        self.customers = customers
        self._now = now

    # --- reading ---------------------------------------------------------------

    def lines(self, first: date, last: date, where: DiaryFilter | None = None) -> list[DiaryLine]:
        """The period's rows (by first contact date), oldest first, as the form lists them."""
        where = where or DiaryFilter()
        with self.store.reading() as session:
            query = _lines_query().where(
                DiaryEntry.deleted_at.is_(None),
                DiaryEntry.contact_date >= first,
                DiaryEntry.contact_date <= last,
            )
            if where.lead_source_id:
                query = query.where(DiaryEntry.lead_source_id == where.lead_source_id)
            if where.open_follow_ups:
                query = query.where(FollowUp.id.is_not(None), FollowUp.done_at.is_(None))
            query = query.order_by(DiaryEntry.contact_date, DiaryEntry.created_at, DiaryEntry.id)
            lines = [_line(r) for r in session.execute(query)]
        if where.result.strip():
            needle = where.result.strip().casefold()
            lines = [line for line in lines if needle in line.row.visit_result.casefold()]
        return lines

    def line(self, entry_id: str) -> DiaryLine:
        with self.store.reading() as session:
            row = session.execute(_lines_query().where(DiaryEntry.id == entry_id)).first()
            if row is None or row.DiaryEntry.deleted_at is not None:
                raise RowNotFoundError(entry_id)
            return _line(row)

    def companies(self) -> list[Company]:
        """Every live sheet, for completing the company column (in the list's order)."""
        with self.store.reading() as session:
            rows = session.execute(
                select(Customer.id, Customer.name, Customer.phone, Customer.lead_source_id)
                .where(Customer.deleted_at.is_(None))
                .order_by(Customer.sort_key, Customer.id)
            )
            return [Company(r.id, r.name, r.phone, r.lead_source_id) for r in rows]

    def contacts(self, customer_id: str) -> list[Contact]:
        with self.store.reading() as session:
            rows = session.execute(
                select(Person.id, Person.name, Person.phone)
                .where(Person.customer_id == customer_id, Person.deleted_at.is_(None))
                .order_by(Person.sort_key, Person.id)
            )
            return [Contact(r.id, r.name, r.phone) for r in rows]

    def results(self, limit: int = 200) -> list[str]:
        """The visit results written most often, for the result column's completion."""
        with self.store.reading() as session:
            rows = session.execute(
                select(DiaryEntry.visit_result, func.count())
                .where(DiaryEntry.deleted_at.is_(None), DiaryEntry.visit_result != "")
                .group_by(DiaryEntry.visit_result)
                .order_by(func.count().desc(), DiaryEntry.visit_result)
                .limit(limit)
            )
            return [r[0] for r in rows]

    def clashes(self, at: datetime, entry_id: str | None = None) -> list[Clash]:
        """Planned visits within CLASH_MINUTES of ``at``, other than this row's own."""
        window = timedelta(minutes=CLASH_MINUTES)
        with self.store.reading() as session:
            query = (
                select(VisitPlan.id, Customer.name, VisitPlan.appointment_at)
                .join(Customer, Customer.id == VisitPlan.customer_id)
                .where(
                    VisitPlan.deleted_at.is_(None),
                    VisitPlan.status == VisitStatus.PLANNED,
                    VisitPlan.appointment_at > at - window,
                    VisitPlan.appointment_at < at + window,
                )
            )
            if entry_id is not None:
                query = query.where(
                    or_(VisitPlan.diary_entry_id.is_(None), VisitPlan.diary_entry_id != entry_id)
                )
            others = [Clash(r[0], r[1], r[2]) for r in session.execute(query) if r[2] is not None]
        return clashes(at, others)

    # --- writing ---------------------------------------------------------------

    def save(self, row: DiaryRow, *, confirmed: bool = False) -> SavedRow:
        """Store a new or changed row with its visit plan and follow-up, all or nothing.

        Raises InvalidRowError (nothing written), NeedsConfirmationError for a new
        or moved appointment in the past unless ``confirmed``, RowNotFoundError.
        """
        row = normalised(row)
        if problems := check_row(row):
            raise InvalidRowError(problems)
        with self.store.session() as session:
            entry = session.get(DiaryEntry, row.id) if row.id else None
            if row.id and (entry is None or entry.deleted_at is not None):
                raise RowNotFoundError(row.id)
            before = entry.customer_id if entry is not None else None
            moved = entry is None or entry.appointment_at != row.appointment_at
            if moved and not confirmed and appointment_in_past(row, self._now()):
                raise NeedsConfirmationError("appointment in the past")
            row = _linked(session, row)
            created: str | None = None
            if row.appointment_at is not None and row.customer_id is None:
                created, person_id = self._new_prospect(session, row)
                row = replace(row, customer_id=created, person_id=person_id)
            if entry is None:
                entry = DiaryEntry(contact_date=row.contact_date)
                session.add(entry)
            _fill_entry(entry, row)
            session.flush()
            _write_plan(session, entry)
            _write_follow_up(session, entry, row)
            session.flush()
            contact_dates.refresh(session, [before, entry.customer_id])
            entry_id = entry.id
        return SavedRow(self.line(entry_id), created)

    def make_prospect(self, entry_id: str) -> str:
        """A prospect sheet from the row's facts; the row (its plan, follow-up) then link to it.

        A row already linked to a sheet returns that sheet's id.
        """
        with self.store.session() as session:
            entry = session.get(DiaryEntry, entry_id)
            if entry is None or entry.deleted_at is not None:
                raise RowNotFoundError(entry_id)
            if entry.customer_id is not None:
                return entry.customer_id
            row = _row(entry)
            customer_id, person_id = self._new_prospect(session, row)
            entry.customer_id, entry.person_id = customer_id, person_id
            for follow_up in session.scalars(
                select(FollowUp).where(FollowUp.diary_entry_id == entry.id)
            ):
                follow_up.customer_id = customer_id
            session.flush()
            contact_dates.refresh(session, [customer_id])
            return customer_id

    def set_follow_up_done(self, follow_up_id: str, done: bool) -> None:
        with self.store.session() as session:
            follow_up = session.get(FollowUp, follow_up_id)
            if follow_up is None or follow_up.deleted_at is not None:
                raise RowNotFoundError(follow_up_id)
            follow_up.done_at = utcnow() if done else None
            session.flush()
            contact_dates.refresh(session, [follow_up.customer_id])

    def delete(self, entry_id: str) -> None:
        """Soft delete the row with its follow-up and its visit plan if not yet visited."""
        stamp = utcnow()
        with self.store.session() as session:
            entry = session.get(DiaryEntry, entry_id)
            if entry is None:
                raise RowNotFoundError(entry_id)
            entry.deleted_at = stamp
            for follow_up in session.scalars(
                select(FollowUp).where(
                    FollowUp.diary_entry_id == entry_id, FollowUp.deleted_at.is_(None)
                )
            ):
                follow_up.deleted_at = stamp
            for plan in _open_plans(session, entry_id):
                plan.deleted_at = stamp
            session.flush()
            contact_dates.refresh(session, [entry.customer_id])

    def restore(self, entry_id: str) -> None:
        """Bring back a deleted row and what was deleted with it."""
        with self.store.session() as session:
            entry = session.get(DiaryEntry, entry_id)
            if entry is None:
                raise RowNotFoundError(entry_id)
            stamp = entry.deleted_at
            entry.deleted_at = None
            if stamp is None:
                return
            for follow_up in session.scalars(
                select(FollowUp).where(
                    FollowUp.diary_entry_id == entry_id, FollowUp.deleted_at == stamp
                )
            ):
                follow_up.deleted_at = None
            for plan in session.scalars(
                select(VisitPlan).where(
                    VisitPlan.diary_entry_id == entry_id, VisitPlan.deleted_at == stamp
                )
            ):
                plan.deleted_at = None
            session.flush()
            contact_dates.refresh(session, [entry.customer_id])

    def _new_prospect(self, session: Session, row: DiaryRow) -> tuple[str, str | None]:
        people = []
        if row.contact:
            people.append(PersonFacts(name=row.contact, role=PersonRole.BUYER, phone=row.phone))
        sheet = CustomerSheet(
            customer=CustomerFacts(
                name=row.company,
                status=CustomerStatus.PROSPECT,
                phone=row.phone,
                lead_source_id=row.lead_source_id,
            ),
            people=people,
        )
        customer_id = self.customers.write_new(session, sheet, reason="diary")
        person_id = session.scalar(
            select(Person.id).where(Person.customer_id == customer_id).limit(1)
        )
        return customer_id, person_id


# --- rows <-> records ------------------------------------------------------------


def _lines_query() -> Select[Any, *tuple[Any, ...]]:
    person = aliased(Person)
    plan = aliased(VisitPlan)
    return (
        select(
            DiaryEntry,
            func.coalesce(Customer.name, DiaryEntry.company_name).label("company"),
            func.coalesce(person.name, DiaryEntry.contact_name).label("contact"),
            LeadSource.code.label("source_code"),
            LeadSource.label.label("source_label"),
            plan.id.label("plan_id"),
            FollowUp.id.label("follow_up_id"),
            FollowUp.action.label("follow_up"),
            FollowUp.due_date.label("follow_up_due"),
            FollowUp.done_at.label("follow_up_done"),
        )
        .outerjoin(Customer, Customer.id == DiaryEntry.customer_id)
        .outerjoin(person, person.id == DiaryEntry.person_id)
        .outerjoin(LeadSource, LeadSource.id == DiaryEntry.lead_source_id)
        .outerjoin(  # the row's open visit: one at most (a visited one is history)
            plan,
            and_(
                plan.diary_entry_id == DiaryEntry.id,
                plan.deleted_at.is_(None),
                plan.status == VisitStatus.PLANNED,
            ),
        )
        .outerjoin(
            FollowUp,
            and_(FollowUp.diary_entry_id == DiaryEntry.id, FollowUp.deleted_at.is_(None)),
        )
    )


def _line(r: Row[Any]) -> DiaryLine:
    entry: DiaryEntry = r.DiaryEntry
    row = replace(
        _row(entry),
        company=r.company or "",
        contact=r.contact or "",
        follow_up=r.follow_up or "",
        follow_up_due=r.follow_up_due,
    )
    return DiaryLine(
        row=row,
        lead_source_code=r.source_code.value if r.source_code is not None else None,
        lead_source_label=r.source_label or "",
        visit_plan_id=r.plan_id,
        follow_up_id=r.follow_up_id,
        follow_up_done=r.follow_up_done is not None,
    )


def _row(entry: DiaryEntry) -> DiaryRow:
    return DiaryRow(
        id=entry.id,
        contact_date=entry.contact_date,
        company=entry.company_name,
        contact=entry.contact_name,
        lead_source_id=entry.lead_source_id,
        phone=entry.phone,
        appointment_at=entry.appointment_at,
        visit_result=entry.visit_result,
        notes=entry.notes,
        customer_id=entry.customer_id,
        person_id=entry.person_id,
    )


def _linked(session: Session, row: DiaryRow) -> DiaryRow:
    """Link the row to the sheet its company names, and to that sheet's person it names."""
    customer_id = row.customer_id
    if customer_id is not None:
        linked = session.get(Customer, customer_id)
        if (
            linked is None
            or linked.deleted_at is not None
            or (linked.name.casefold() != row.company.casefold())
        ):
            customer_id = None  # the rep typed another company over a linked one
    if customer_id is None:
        customer_id = session.scalar(
            select(Customer.id)
            .where(
                Customer.deleted_at.is_(None),
                Customer.sort_key == sort_key(row.company),
                func.lower(Customer.name) == row.company.lower(),
            )
            .order_by(Customer.created_at)
            .limit(1)
        )
    person_id = None
    if customer_id is not None and row.contact:
        person_id = session.scalar(
            select(Person.id)
            .where(
                Person.customer_id == customer_id,
                Person.deleted_at.is_(None),
                func.lower(Person.name) == row.contact.lower(),
            )
            .limit(1)
        )
    return replace(row, customer_id=customer_id, person_id=person_id)


def _fill_entry(entry: DiaryEntry, row: DiaryRow) -> None:
    entry.contact_date = row.contact_date
    entry.company_name = row.company
    entry.contact_name = row.contact
    entry.customer_id = row.customer_id
    entry.person_id = row.person_id
    entry.lead_source_id = row.lead_source_id
    entry.phone = row.phone
    entry.appointment_at = row.appointment_at
    entry.visit_result = row.visit_result
    entry.notes = row.notes


def _open_plans(session: Session, entry_id: str) -> list[VisitPlan]:
    """The row's live plans that have no record yet (a visited plan is history)."""
    recorded = select(VisitRecord.visit_plan_id).where(
        VisitRecord.visit_plan_id.is_not(None), VisitRecord.deleted_at.is_(None)
    )
    return list(
        session.scalars(
            select(VisitPlan).where(
                VisitPlan.diary_entry_id == entry_id,
                VisitPlan.deleted_at.is_(None),
                VisitPlan.status == VisitStatus.PLANNED,
                VisitPlan.id.not_in(recorded),
            )
        )
    )


def _write_plan(session: Session, entry: DiaryEntry) -> None:
    """The appointment as a planned visit: made, moved, or (appointment cleared) removed."""
    plans = _open_plans(session, entry.id)
    if entry.appointment_at is None:
        for plan in plans:
            plan.deleted_at = utcnow()
        return
    assert entry.customer_id is not None
    if plans:
        plan = plans[0]
    else:
        plan = VisitPlan(customer_id=entry.customer_id, diary_entry_id=entry.id)
        session.add(plan)
    plan.customer_id = entry.customer_id
    plan.appointment_at = entry.appointment_at


def _write_follow_up(session: Session, entry: DiaryEntry, row: DiaryRow) -> None:
    follow_up = session.scalar(
        select(FollowUp).where(FollowUp.diary_entry_id == entry.id, FollowUp.deleted_at.is_(None))
    )
    if not row.follow_up:
        if follow_up is not None:
            follow_up.deleted_at = utcnow()
        return
    assert row.follow_up_due is not None
    if follow_up is None:
        follow_up = FollowUp(
            diary_entry_id=entry.id, action=row.follow_up, due_date=row.follow_up_due
        )
        session.add(follow_up)
    follow_up.customer_id = entry.customer_id
    follow_up.action = row.follow_up
    follow_up.due_date = row.follow_up_due
