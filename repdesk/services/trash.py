"""The trash: what the rep deleted, brought back whole or deleted for good.

Deleting in RepDesk is a soft delete (``deleted_at``, see db/base.py). This
service lists those deletions, newest first, restores them, and purges them
(hard deletes, with every row that belongs to them) when the rep empties the
trash. Nothing is purged by itself, however old.

What is listed: the top-level deletions only, one item for each thing the rep
deleted.

- Customer sheets. A sheet stands for everything that belongs to it: rows of a
  deleted customer (its people, diary rows, visit plans and records) are not
  listed on their own while the sheet is in the trash. Restoring the sheet
  brings back what was deleted with it (CustomerService.restore, the one place
  for that rule); a row deleted on its own before the sheet stays deleted, and
  is listed on its own once the sheet is back.
- People deleted from a live sheet (name and company), with the visits that
  met them counted (``used_by_visits``).
- Diary rows (company, contact and first-contact date). A row's follow-up and
  open visit plan deleted with it come back with it (DiaryService.restore).
- Visit plans deleted on their own (the appointment cleared from its diary
  row), and visit records (discarded drafts), with customer and date.
- Playbook entries (title in both languages), with the visits that met them
  counted.

Restoring undoes the deletion: each kind through the service that owns its
rule (customers, diary, playbook), or here for the rows no other service
restores (people, plans, records), each with the rows deleted at the same
moment as it. Every item is restored in a transaction of its own, so a
failure leaves every item either back whole or still in the trash.

Emptying (``empty``) hard-deletes the chosen items in ONE transaction, with
their children, following ``PURGE_RULES``: one rule for every foreign key that
points at a purged table, so no row is orphaned (PRAGMA foreign_keys is on in
every connection, so SQLite would refuse an orphan anyway, and the tests run
PRAGMA foreign_key_check). A customer goes with all of its rows: people (and
their care occasions), signals, grade history, diary rows, follow-ups, visit
plans with their checklists, visit records with the people met, objections
and next steps.

The rep's visit history is kept: a person or a playbook entry that a visit
record still refers to (a person met, an objection raised on a visit, live or
in the trash) is not purged but stays in the trash, restorable, and is
reported as kept. A visit record names the playbook entry it met and the
people it met only by those links, so purging them would blank the record's
history (the "What works" numbers too). Once the visit records go (their
customer purged, in the same call or later), the person or entry can go.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Table, delete, distinct, func, or_, select, update
from sqlalchemy.orm import Session

from repdesk.db import contact_dates
from repdesk.db.base import Base, Record
from repdesk.db.models import (
    CareOccasion,
    Customer,
    DiaryEntry,
    FollowUp,
    Objection,
    ObjectionAnswer,
    Person,
    VisitChecklistItem,
    VisitObjection,
    VisitPerson,
    VisitPlan,
    VisitRecord,
)
from repdesk.db.store import Store
from repdesk.domain.playbook import Text
from repdesk.services.customers import CustomerService
from repdesk.services.diary import DiaryService
from repdesk.services.playbook import PlaybookService, text_of


class TrashKind(StrEnum):
    CUSTOMER = "customer"
    PERSON = "person"
    DIARY_ENTRY = "diary_entry"
    VISIT_PLAN = "visit_plan"
    VISIT_RECORD = "visit_record"
    OBJECTION = "objection"


_ORDER = tuple(TrashKind)  # ties between items deleted at the same moment

_MODELS: dict[TrashKind, type[Record]] = {
    TrashKind.CUSTOMER: Customer,
    TrashKind.PERSON: Person,
    TrashKind.DIARY_ENTRY: DiaryEntry,
    TrashKind.VISIT_PLAN: VisitPlan,
    TrashKind.VISIT_RECORD: VisitRecord,
    TrashKind.OBJECTION: Objection,
}

TrashKey = tuple[TrashKind, str]


@dataclass(frozen=True)
class TrashItem:
    """One deletion. Which label fields are filled depends on ``kind``."""

    kind: TrashKind
    id: str
    deleted_at: datetime  # UTC, naive, as stored (db/base.py)
    name: str = ""  # the customer's or person's name; a diary row's, plan's, record's company
    company: str = ""  # a person's customer
    contact: str = ""  # a diary row's contact person
    on: date | datetime | None = None  # diary: first contact; plan: appointment; record: visit
    title: Text | None = None  # a playbook entry's title, in both languages
    customer_id: str | None = None  # the sheet it belongs to, if any
    used_by_visits: int = 0  # visit records that refer to it (people, playbook entries)

    @property
    def key(self) -> TrashKey:
        return (self.kind, self.id)

    @property
    def kept_for_history(self) -> bool:
        """Emptying the trash keeps it: visit records refer to it (see the module's notes)."""
        return self.used_by_visits > 0


@dataclass(frozen=True)
class TrashChange:
    """What a restore or a purge did: ``done`` came back (or went for good); ``kept``
    stayed in the trash because visit records refer to it (a purge only)."""

    done: tuple[TrashItem, ...] = ()
    kept: tuple[TrashItem, ...] = ()

    @property
    def kinds(self) -> frozenset[TrashKind]:
        return frozenset(item.kind for item in self.done)

    @property
    def customer_ids(self) -> tuple[str, ...]:
        """The sheets whose data changed (the lists and Today show them again)."""
        return tuple(dict.fromkeys(i.customer_id for i in self.done if i.customer_id))


# --- purging ----------------------------------------------------------------------


class Purge(StrEnum):
    """What a purge does to a row that points at a purged row."""

    DELETE = "delete"  # the row belongs to it: purged too (and what belongs to that row)
    UNLINK = "unlink"  # the row is kept, its link set to NULL (its own text stays)
    DELETE_DEAD = "delete dead"  # soft-deleted rows purged too; live ones kept, unlinked


# One rule for every foreign key that points at a table a purge deletes from.
# tests/core/test_trash.py fails if a foreign key reaching a purged table has none.
PURGE_RULES: dict[tuple[str, str], Purge] = {
    # A customer's rows.
    ("people", "customer_id"): Purge.DELETE,
    ("dissatisfaction_signals", "customer_id"): Purge.DELETE,
    ("classification_changes", "customer_id"): Purge.DELETE,
    ("diary_entries", "customer_id"): Purge.DELETE,
    ("follow_ups", "customer_id"): Purge.DELETE,
    ("visit_plans", "customer_id"): Purge.DELETE,
    ("visit_records", "customer_id"): Purge.DELETE,
    # A person's. A diary row keeps the contact's name as typed.
    ("care_occasions", "person_id"): Purge.DELETE,
    ("visit_people", "person_id"): Purge.DELETE,  # live ones keep the person (see empty)
    ("diary_entries", "person_id"): Purge.UNLINK,
    # A diary row's: what was deleted goes with it; a live plan (visited: history) stays.
    ("follow_ups", "diary_entry_id"): Purge.DELETE_DEAD,
    ("visit_plans", "diary_entry_id"): Purge.DELETE_DEAD,
    # A visit plan's and a visit record's.
    ("visit_checklist_items", "visit_plan_id"): Purge.DELETE,
    ("visit_records", "visit_plan_id"): Purge.DELETE_DEAD,
    ("follow_ups", "visit_record_id"): Purge.DELETE,
    ("visit_people", "visit_record_id"): Purge.DELETE,
    ("visit_objections", "visit_record_id"): Purge.DELETE,
    # A playbook entry's answers. Visit objections that point at it keep it (see empty);
    # only rows removed from a record while it was edited (soft-deleted) are unlinked.
    ("objection_answers", "objection_id"): Purge.DELETE,
    ("visit_objections", "objection_id"): Purge.UNLINK,
    ("visit_objections", "answer_id"): Purge.UNLINK,
}

_CHUNK = 500  # ids per statement, well under SQLite's limit on bound parameters


def _references() -> dict[str, list[tuple[Table, Column[Any]]]]:
    """For each table, the (table, column) pairs whose foreign keys point at it."""
    found: dict[str, list[tuple[Table, Column[Any]]]] = {}
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            column = key.parent
            assert isinstance(column, Column)
            found.setdefault(key.column.table.name, []).append((table, column))
    return found


_REFERENCES = _references()


def purged_tables() -> set[str]:
    """Every table a purge may delete from: the trash's kinds and, through the DELETE
    rules, what belongs to them."""
    tables = {model.__tablename__ for model in _MODELS.values()}
    pending = list(tables)
    while pending:
        for child, column in _REFERENCES.get(pending.pop(), ()):
            rule = PURGE_RULES.get((child.name, column.name))
            if rule is not Purge.UNLINK and child.name not in tables:
                tables.add(child.name)
                pending.append(child.name)
    return tables


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _purge(session: Session, table: Table, ids: Sequence[str]) -> int:
    """Hard-delete these rows of ``table`` and, first, what points at them (PURGE_RULES)."""
    purged = 0
    for chunk in _chunks(ids):
        for child, column in _REFERENCES.get(table.name, ()):
            rule = PURGE_RULES[(child.name, column.name)]
            pointing = column.in_(chunk)
            if rule is not Purge.DELETE:
                unlink = update(child).where(pointing)
                if rule is Purge.DELETE_DEAD:
                    unlink = unlink.where(child.c.deleted_at.is_(None))
                session.execute(unlink.values({column.name: None}))
                if rule is Purge.UNLINK:
                    continue
            children = list(session.scalars(select(child.c.id).where(pointing)))
            if children:
                _purge(session, child, children)
        result = session.execute(delete(table).where(table.c.id.in_(chunk)))
        purged += int(getattr(result, "rowcount", 0) or 0)
    return purged


def _table(kind: TrashKind) -> Table:
    table = _MODELS[kind].__table__
    assert isinstance(table, Table)
    return table


def _people_in_use(session: Session, ids: Collection[str]) -> set[str]:
    """The people among ``ids`` that a visit record (live or in the trash) says were met."""
    used: set[str] = set()
    for chunk in _chunks(list(ids)):
        used.update(
            session.scalars(
                select(VisitPerson.person_id)
                .distinct()
                .where(VisitPerson.person_id.in_(chunk), VisitPerson.deleted_at.is_(None))
            )
        )
    return used


def _entries_in_use(session: Session, ids: Collection[str]) -> set[str]:
    """The playbook entries among ``ids`` that a visit record met (the entry or an answer)."""
    used: set[str] = set()
    for chunk in _chunks(list(ids)):
        used.update(
            session.scalars(
                select(VisitObjection.objection_id)
                .distinct()
                .where(VisitObjection.objection_id.in_(chunk), VisitObjection.deleted_at.is_(None))
            )
        )
        used.update(
            session.scalars(
                select(ObjectionAnswer.objection_id)
                .distinct()
                .join(VisitObjection, VisitObjection.answer_id == ObjectionAnswer.id)
                .where(ObjectionAnswer.objection_id.in_(chunk), VisitObjection.deleted_at.is_(None))
            )
        )
    return used


# --- listing ----------------------------------------------------------------------


def _listed(session: Session) -> list[TrashItem]:
    live_customer = Customer.deleted_at.is_(None)
    items: list[TrashItem] = [
        TrashItem(TrashKind.CUSTOMER, r.id, r.deleted_at, name=r.name, customer_id=r.id)
        for r in session.execute(
            select(Customer.id, Customer.name, Customer.deleted_at).where(
                Customer.deleted_at.is_not(None)
            )
        )
    ]
    met = (
        select(func.count(distinct(VisitPerson.visit_record_id)))
        .where(VisitPerson.person_id == Person.id, VisitPerson.deleted_at.is_(None))
        .correlate(Person)
        .scalar_subquery()
    )
    items.extend(
        TrashItem(
            TrashKind.PERSON,
            r.id,
            r.deleted_at,
            name=r.name,
            company=r.company,
            customer_id=r.customer_id,
            used_by_visits=r.met,
        )
        for r in session.execute(
            select(
                Person.id,
                Person.name,
                Customer.name.label("company"),
                Person.customer_id,
                Person.deleted_at,
                met.label("met"),
            )
            .join(Customer, Customer.id == Person.customer_id)
            .where(Person.deleted_at.is_not(None), live_customer)
        )
    )
    items.extend(
        TrashItem(
            TrashKind.DIARY_ENTRY,
            r.id,
            r.deleted_at,
            name=r.company,
            contact=r.contact_name,
            on=r.contact_date,
            customer_id=r.customer_id,
        )
        for r in session.execute(
            select(
                DiaryEntry.id,
                func.coalesce(Customer.name, DiaryEntry.company_name).label("company"),
                DiaryEntry.contact_name,
                DiaryEntry.contact_date,
                DiaryEntry.customer_id,
                DiaryEntry.deleted_at,
            )
            .outerjoin(Customer, Customer.id == DiaryEntry.customer_id)
            .where(DiaryEntry.deleted_at.is_not(None), live_customer)
        )
    )
    items.extend(
        TrashItem(
            TrashKind.VISIT_PLAN,
            r.id,
            r.deleted_at,
            name=r.name,
            on=r.appointment_at,
            customer_id=r.customer_id,
        )
        for r in session.execute(
            select(
                VisitPlan.id,
                Customer.name,
                VisitPlan.customer_id,
                VisitPlan.appointment_at,
                VisitPlan.deleted_at,
            )
            .join(Customer, Customer.id == VisitPlan.customer_id)
            .outerjoin(DiaryEntry, DiaryEntry.id == VisitPlan.diary_entry_id)
            # A plan deleted with its diary row (or under a deleted one) goes with the row.
            .where(
                VisitPlan.deleted_at.is_not(None), live_customer, DiaryEntry.deleted_at.is_(None)
            )
        )
    )
    items.extend(
        TrashItem(
            TrashKind.VISIT_RECORD,
            r.id,
            r.deleted_at,
            name=r.name,
            on=r.visited_at,
            customer_id=r.customer_id,
        )
        for r in session.execute(
            select(
                VisitRecord.id,
                Customer.name,
                VisitRecord.customer_id,
                VisitRecord.visited_at,
                VisitRecord.deleted_at,
            )
            .join(Customer, Customer.id == VisitRecord.customer_id)
            .outerjoin(VisitPlan, VisitPlan.id == VisitRecord.visit_plan_id)
            .where(
                VisitRecord.deleted_at.is_not(None), live_customer, VisitPlan.deleted_at.is_(None)
            )
        )
    )
    raised = (
        select(func.count(distinct(VisitObjection.visit_record_id)))
        .outerjoin(ObjectionAnswer, ObjectionAnswer.id == VisitObjection.answer_id)
        .where(
            VisitObjection.deleted_at.is_(None),
            or_(
                VisitObjection.objection_id == Objection.id,
                ObjectionAnswer.objection_id == Objection.id,
            ),
        )
        .correlate(Objection)
        .scalar_subquery()
    )
    items.extend(
        TrashItem(
            TrashKind.OBJECTION,
            r.id,
            r.deleted_at,
            title=text_of(r.title),
            used_by_visits=r.raised,
        )
        for r in session.execute(
            select(
                Objection.id, Objection.title, Objection.deleted_at, raised.label("raised")
            ).where(Objection.deleted_at.is_not(None))
        )
    )
    items.sort(key=lambda i: (_ORDER.index(i.kind), i.name.casefold(), i.id))
    items.sort(key=lambda i: i.deleted_at, reverse=True)  # stable: the ties keep that order
    return items


# --- restoring the rows no other service restores -----------------------------------

# The rows deleted at the same moment as one of these come back with it.
_DELETED_WITH: dict[TrashKind, tuple[tuple[type[Record], Any], ...]] = {
    TrashKind.PERSON: ((CareOccasion, CareOccasion.person_id),),
    TrashKind.VISIT_PLAN: (
        (VisitChecklistItem, VisitChecklistItem.visit_plan_id),
        (VisitRecord, VisitRecord.visit_plan_id),
    ),
    TrashKind.VISIT_RECORD: (
        (FollowUp, FollowUp.visit_record_id),
        (VisitPerson, VisitPerson.visit_record_id),
        (VisitObjection, VisitObjection.visit_record_id),
    ),
}


def _restore_row(session: Session, kind: TrashKind, row_id: str) -> None:
    row = session.get(_MODELS[kind], row_id)
    if row is None or row.deleted_at is None:
        return
    stamp, row.deleted_at = row.deleted_at, None
    for model, column in _DELETED_WITH.get(kind, ()):
        session.execute(
            update(model).where(column == row_id, model.deleted_at == stamp).values(deleted_at=None)
        )


class TrashService:
    """One open store's trash. Plain calls: the GUI runs them on its worker."""

    def __init__(
        self,
        store: Store,
        *,
        customers: CustomerService | None = None,
        diary: DiaryService | None = None,
        playbook: PlaybookService | None = None,
    ) -> None:
        self.store = store
        self.customers = customers or CustomerService(store)
        self.diary = diary or DiaryService(store, self.customers)
        self.playbook = playbook or PlaybookService(store)

    def items(self) -> list[TrashItem]:
        """What the trash holds, newest deletion first (see the module's notes)."""
        with self.store.reading() as session:
            return _listed(session)

    def restore(self, items: Iterable[TrashItem]) -> TrashChange:
        """Bring these back, each with what was deleted with it. Items no longer in the
        trash (restored or purged meanwhile) are passed over."""
        wanted = {item.key for item in items}
        chosen = [item for item in self.items() if item.key in wanted]
        rows: list[TrashItem] = []
        for item in chosen:
            if item.kind is TrashKind.CUSTOMER:
                self.customers.restore(item.id)
            elif item.kind is TrashKind.DIARY_ENTRY:
                self.diary.restore(item.id)
            elif item.kind is TrashKind.OBJECTION:
                self.playbook.restore_entry(item.id)
            else:
                rows.append(item)
        for item in rows:
            with self.store.session() as session:
                _restore_row(session, item.kind, item.id)
                if item.kind is not TrashKind.PERSON:
                    session.flush()
                    contact_dates.refresh(session, [item.customer_id])
        return TrashChange(done=tuple(chosen))

    def empty(self, items: Iterable[TrashItem] | None = None) -> TrashChange:
        """Delete for good these items (None: everything in the trash) with all that
        belongs to them, in one transaction. Only rows still in the trash are touched.

        People and playbook entries that visit records refer to are kept in the
        trash (TrashChange.kept): the rep's visit history names them. Visit records
        purged in the same call (a customer's) no longer count.
        """
        with self.store.session() as session:
            listed = _listed(session)
            if items is None:
                chosen = listed
            else:
                wanted = {item.key for item in items}
                chosen = [item for item in listed if item.key in wanted]
            ids: dict[TrashKind, list[str]] = {kind: [] for kind in TrashKind}
            for item in chosen:
                ids[item.kind].append(item.id)
            for kind in (
                TrashKind.CUSTOMER,
                TrashKind.DIARY_ENTRY,
                TrashKind.VISIT_PLAN,
                TrashKind.VISIT_RECORD,
            ):
                _purge(session, _table(kind), ids[kind])
            # Last, once the visit records purged above no longer count.
            used = _people_in_use(session, ids[TrashKind.PERSON])
            used |= _entries_in_use(session, ids[TrashKind.OBJECTION])
            for kind in (TrashKind.PERSON, TrashKind.OBJECTION):
                _purge(session, _table(kind), [i for i in ids[kind] if i not in used])
        held = {i.key for i in chosen if i.kind in _KEEPABLE and i.id in used}
        return TrashChange(
            done=tuple(i for i in chosen if i.key not in held),
            kept=tuple(i for i in chosen if i.key in held),
        )


_KEEPABLE = frozenset({TrashKind.PERSON, TrashKind.OBJECTION})
