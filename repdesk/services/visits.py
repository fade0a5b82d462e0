"""Visit plans and records: prepare a call, tick its checklists, record it, report it.

Every write keeps the customer's derived dates (db/contact_dates.py) in the
same transaction: a plan is a next step, a finished record a contact. A
record is a draft while the rep writes it (saved as they go, so a crash gives
it back); finishing it marks the plan done and turns its next step into a
follow-up on Today.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:  # the calendar library costs ~70 ms: loaded when a calendar is used
    from repdesk.services.visit_calendar import CalendarVisit, ImportedPlan

from repdesk.db import contact_dates
from repdesk.db.base import utcnow
from repdesk.db.models import (
    ChecklistTemplateItem,
    Customer,
    FollowUp,
    Objection,
    Person,
    VisitChecklistItem,
    VisitObjection,
    VisitPerson,
    VisitPlan,
    VisitRecord,
)
from repdesk.db.store import Store
from repdesk.domain.enums import BuyingSignal, ChecklistKind, VisitStatus
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, still_to_learn
from repdesk.domain.validation import Problem
from repdesk.domain.visits import (
    ChecklistTick,
    DayVisit,
    ObjectionMet,
    PersonMet,
    PersonToMeet,
    ReportPack,
    TalkingPoints,
    VisitPlanFacts,
    VisitRecordFacts,
    VisitReport,
    check_record,
    itinerary_order,
)
from repdesk.services.customers import CustomerService, SheetNotFoundError
from repdesk.services.playbook import PlaybookService, text_of

_KINDS = (ChecklistKind.SALES_TOOLS, ChecklistKind.INFORMATION, ChecklistKind.DEPARTURE_CHECKS)


class InvalidRecordError(ValueError):
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code.value}" for p in problems))
        self.problems = list(problems)


class VisitNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class TemplateItem:
    """A line of a preparation list the rep can edit and reuse."""

    kind: ChecklistKind
    label: str
    code: str | None = None
    id: str | None = None


class VisitService:
    def __init__(
        self,
        store: Store,
        customers: CustomerService,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.store = store
        self.customers = customers
        self._now = now

    # --- checklist templates -----------------------------------------------------

    def templates(self) -> list[TemplateItem]:
        with self.store.reading() as session:
            rows = session.scalars(
                select(ChecklistTemplateItem)
                .where(ChecklistTemplateItem.deleted_at.is_(None))
                .order_by(ChecklistTemplateItem.kind, ChecklistTemplateItem.position)
            )
            items = [TemplateItem(r.kind, r.label, r.code, r.id) for r in rows]
        return sorted(items, key=lambda i: _KINDS.index(i.kind))

    def save_templates(self, items: Sequence[TemplateItem]) -> None:
        """The lists as the rep left them, in order: edited, added; missing ones removed."""
        with self.store.session() as session:
            live = {
                r.id: r
                for r in session.scalars(
                    select(ChecklistTemplateItem).where(ChecklistTemplateItem.deleted_at.is_(None))
                )
            }
            kept = {i.id for i in items if i.id}
            for item_id, row in live.items():
                if item_id not in kept:
                    row.deleted_at = utcnow()
            positions: dict[ChecklistKind, int] = {}
            for item in items:
                if not item.label.strip():
                    continue
                found = live.get(item.id) if item.id else None
                row = found or ChecklistTemplateItem(kind=item.kind)
                if found is None:
                    session.add(row)
                row.kind = item.kind
                row.label = item.label.strip()
                row.position = positions.get(item.kind, 0)
                positions[item.kind] = row.position + 1

    # --- plans ---------------------------------------------------------------------

    def new_plan(
        self,
        customer_id: str,
        *,
        at: datetime | None = None,
        diary_entry_id: str | None = None,
    ) -> VisitPlanFacts:
        """An unsaved plan with the current checklist templates, nothing ticked."""
        checklist = tuple(
            ChecklistTick(t.kind, t.label, code=t.code, template_item_id=t.id)
            for t in self.templates()
        )
        place = ""
        with self.store.reading() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.deleted_at is not None:
                raise SheetNotFoundError(customer_id)
            place = customer.address
        return VisitPlanFacts(
            customer_id=customer_id,
            appointment_at=at,
            place=place,
            checklist=checklist,
            diary_entry_id=diary_entry_id,
        )

    def plan(self, plan_id: str) -> VisitPlanFacts:
        with self.store.reading() as session:
            row = session.get(VisitPlan, plan_id)
            if row is None or row.deleted_at is not None:
                raise VisitNotFoundError(plan_id)
            ticks = session.scalars(
                select(VisitChecklistItem)
                .where(
                    VisitChecklistItem.visit_plan_id == plan_id,
                    VisitChecklistItem.deleted_at.is_(None),
                )
                .order_by(VisitChecklistItem.kind, VisitChecklistItem.position)
            ).all()
            codes = {
                r.id: r.code
                for r in session.scalars(select(ChecklistTemplateItem))
                if r.code is not None
            }
            checklist = sorted(
                (
                    ChecklistTick(
                        t.kind,
                        t.label,
                        t.ticked,
                        t.note,
                        codes.get(t.template_item_id or ""),
                        t.template_item_id,
                        t.id,
                    )
                    for t in ticks
                ),
                key=lambda t: _KINDS.index(t.kind),
            )
            if not checklist:  # a plan made elsewhere (the diary): the templates, unticked
                checklist = [
                    ChecklistTick(t.kind, t.label, code=t.code, template_item_id=t.id)
                    for t in self.templates()
                ]
            return VisitPlanFacts(
                id=row.id,
                customer_id=row.customer_id,
                appointment_at=row.appointment_at,
                place=row.place,
                objective=row.objective,
                stage_goal=row.stage_goal,
                resources=row.resources,
                frequency_note=row.frequency_note,
                documents_note=row.documents_note,
                appearance_checked=row.appearance_checked,
                itinerary_position=row.itinerary_position,
                status=row.status,
                checklist=tuple(checklist),
                diary_entry_id=row.diary_entry_id,
            )

    def save_plan(self, plan: VisitPlanFacts) -> VisitPlanFacts:
        """Insert or update the plan with its ticks, in one transaction."""
        with self.store.session() as session:
            customer = session.get(Customer, plan.customer_id)
            if customer is None or customer.deleted_at is not None:
                raise SheetNotFoundError(plan.customer_id)
            row = session.get(VisitPlan, plan.id) if plan.id else None
            if plan.id and (row is None or row.deleted_at is not None):
                raise VisitNotFoundError(plan.id)
            before = row.customer_id if row is not None else None
            if row is None:
                row = VisitPlan(customer_id=plan.customer_id)
                session.add(row)
            row.customer_id = plan.customer_id
            row.diary_entry_id = plan.diary_entry_id
            row.status = plan.status
            row.appointment_at = plan.appointment_at
            row.place = plan.place.strip()
            row.objective = plan.objective.strip()
            row.stage_goal = plan.stage_goal.strip()
            row.resources = plan.resources.strip()
            row.frequency_note = plan.frequency_note.strip()
            row.documents_note = plan.documents_note.strip()
            row.appearance_checked = plan.appearance_checked
            row.itinerary_position = plan.itinerary_position
            session.flush()
            _write_ticks(session, row.id, plan.checklist)
            session.flush()
            contact_dates.refresh(session, [before, row.customer_id])
            plan_id = row.id
        return self.plan(plan_id)

    def cancel_plan(self, plan_id: str) -> None:
        self._set_status(plan_id, VisitStatus.CANCELLED)

    def _set_status(self, plan_id: str, status: VisitStatus) -> None:
        with self.store.session() as session:
            row = session.get(VisitPlan, plan_id)
            if row is None:
                raise VisitNotFoundError(plan_id)
            row.status = status
            session.flush()
            contact_dates.refresh(session, [row.customer_id])

    # --- the day plan ----------------------------------------------------------------

    def day(self, day: date) -> list[DayVisit]:
        """The day's visits (planned and done) in itinerary order."""
        start = datetime.combine(day, time.min)
        with self.store.reading() as session:
            rows = session.execute(
                select(VisitPlan, Customer.name, Customer.address)
                .join(Customer, Customer.id == VisitPlan.customer_id)
                .where(
                    VisitPlan.deleted_at.is_(None),
                    VisitPlan.status != VisitStatus.CANCELLED,
                    VisitPlan.appointment_at >= start,
                    VisitPlan.appointment_at < start + timedelta(days=1),
                )
            ).all()
            visits = [
                DayVisit(
                    plan_id=p.id,
                    customer_id=p.customer_id,
                    customer_name=name,
                    appointment_at=p.appointment_at,
                    place=p.place,
                    objective=p.objective,
                    position=p.itinerary_position,
                    status=p.status,
                    address=address,
                )
                for p, name, address in rows
            ]
        return itinerary_order(visits)

    def reorder_day(self, plan_ids: Sequence[str]) -> None:
        """The itinerary as the rep dragged it: positions 1..n in this order."""
        with self.store.session() as session:
            for position, plan_id in enumerate(plan_ids, start=1):
                row = session.get(VisitPlan, plan_id)
                if row is None or row.deleted_at is not None:
                    raise VisitNotFoundError(plan_id)
                row.itinerary_position = position

    # --- talking points --------------------------------------------------------------

    def talking_points(self, customer_id: str) -> TalkingPoints:
        sheet = self.customers.load(customer_id)
        people = tuple(
            PersonToMeet(p.id or "", p.name, p.title, p.role.value, p.hobbies, p.interests)
            for p in sheet.people
        )
        earlier = PlaybookService(self.store).objections_met(customer_id, limit=20)
        return TalkingPoints(
            people=people,
            still_to_learn=tuple(still_to_learn(sheet)),
            open_signals=tuple(sheet.open_signals),
            earlier_objections=earlier,
        )

    # --- records ---------------------------------------------------------------------

    def record_for_plan(self, plan_id: str) -> VisitRecordFacts:
        """The plan's record (a draft being written, or the finished one), or a new draft."""
        with self.store.reading() as session:
            record_id = session.scalar(
                select(VisitRecord.id).where(
                    VisitRecord.visit_plan_id == plan_id, VisitRecord.deleted_at.is_(None)
                )
            )
            plan = session.get(VisitPlan, plan_id)
            if plan is None or plan.deleted_at is not None:
                raise VisitNotFoundError(plan_id)
            if record_id is None:
                return VisitRecordFacts(
                    customer_id=plan.customer_id,
                    visited_at=plan.appointment_at or self._now().replace(second=0, microsecond=0),
                    visit_plan_id=plan_id,
                )
        return self.record(record_id)

    def record(self, record_id: str) -> VisitRecordFacts:
        with self.store.reading() as session:
            row = session.get(VisitRecord, record_id)
            if row is None or row.deleted_at is not None:
                raise VisitNotFoundError(record_id)
            people = tuple(
                session.scalars(
                    select(VisitPerson.person_id).where(
                        VisitPerson.visit_record_id == record_id,
                        VisitPerson.deleted_at.is_(None),
                    )
                )
            )
            objections = tuple(
                ObjectionMet(
                    customer_words=o.customer_words,
                    answer_text=o.answer_text,
                    customer_agreed=o.customer_agreed,
                    next_step=o.next_step,
                    objection_id=o.objection_id,
                    answer_id=o.answer_id,
                    objection_title=text_of(title) if title is not None else None,
                    id=o.id,
                    round=o.round or 1,
                    steps=tuple(str(step) for step in o.steps or ()),
                )
                for o, title in session.execute(
                    select(VisitObjection, Objection.title)
                    .outerjoin(Objection, Objection.id == VisitObjection.objection_id)
                    .where(
                        VisitObjection.visit_record_id == record_id,
                        VisitObjection.deleted_at.is_(None),
                    )
                    .order_by(VisitObjection.created_at, VisitObjection.round, VisitObjection.id)
                )
            )
            return VisitRecordFacts(
                id=row.id,
                customer_id=row.customer_id,
                visited_at=row.visited_at,
                summary=row.summary,
                outcome=row.outcome,
                buying_signals=tuple(BuyingSignal(s) for s in row.buying_signals or ()),
                next_step=row.next_step,
                next_step_date=row.next_step_date,
                minutes_spent=row.minutes_spent,
                expenses=row.expenses,
                currency=row.currency,
                people_met=people,
                objections=objections,
                is_draft=row.is_draft,
                visit_plan_id=row.visit_plan_id,
            )

    def drafts(self) -> list[VisitRecordFacts]:
        """Records left unfinished (a crash, a closed laptop): offered back on the next start."""
        with self.store.reading() as session:
            ids = session.scalars(
                select(VisitRecord.id)
                .where(VisitRecord.is_draft.is_(True), VisitRecord.deleted_at.is_(None))
                .order_by(VisitRecord.updated_at.desc())
            ).all()
        return [self.record(i) for i in ids]

    def save_record(self, record: VisitRecordFacts, *, finish: bool = False) -> VisitRecordFacts:
        """Keep a draft as it is, or finish it: then the value rules apply, the plan is done,
        and the next step becomes a follow-up. One transaction either way."""
        record = replace(record, is_draft=not finish)
        if finish and (problems := check_record(record)):
            raise InvalidRecordError(problems)
        with self.store.session() as session:
            customer = session.get(Customer, record.customer_id)
            if customer is None:
                raise SheetNotFoundError(record.customer_id)
            row = session.get(VisitRecord, record.id) if record.id else None
            if record.id and (row is None or row.deleted_at is not None):
                raise VisitNotFoundError(record.id)
            if row is None:
                if record.visit_plan_id:
                    # A discarded draft of this plan (in the trash) lets go of it: one
                    # record per plan, and the new one is the plan's record now.
                    for discarded in session.scalars(
                        select(VisitRecord).where(
                            VisitRecord.visit_plan_id == record.visit_plan_id,
                            VisitRecord.deleted_at.is_not(None),
                        )
                    ):
                        discarded.visit_plan_id = None
                    session.flush()
                row = VisitRecord(
                    customer_id=record.customer_id,
                    visit_plan_id=record.visit_plan_id,
                    visited_at=record.visited_at,
                )
                session.add(row)
            row.customer_id = record.customer_id
            row.visit_plan_id = record.visit_plan_id
            row.visited_at = record.visited_at
            row.summary = record.summary
            row.outcome = record.outcome
            row.buying_signals = [s.value for s in record.buying_signals]
            row.next_step = record.next_step.strip()
            row.next_step_date = record.next_step_date
            row.minutes_spent = record.minutes_spent
            row.expenses = record.expenses
            row.currency = record.currency.strip().upper()
            row.is_draft = record.is_draft
            session.flush()
            _write_people(session, row.id, record.people_met)
            _write_objections(session, row.id, record.objections)
            if finish:
                _write_next_step(session, row)
                if record.visit_plan_id:
                    plan = session.get(VisitPlan, record.visit_plan_id)
                    if plan is not None:
                        plan.status = VisitStatus.DONE
            session.flush()
            contact_dates.refresh(session, [record.customer_id])
            record_id = row.id
        return self.record(record_id)

    def discard_draft(self, record_id: str) -> None:
        with self.store.session() as session:
            row = session.get(VisitRecord, record_id)
            if row is None or not row.is_draft:
                raise VisitNotFoundError(record_id)
            row.deleted_at = utcnow()

    # --- calendars -------------------------------------------------------------------

    def calendar_visits(self, since: date) -> list[CalendarVisit]:
        """Planned visits with a time from ``since`` on, as calendar events."""
        from repdesk.services.visit_calendar import CalendarVisit

        with self.store.reading() as session:
            rows = session.execute(
                select(VisitPlan, Customer.name)
                .join(Customer, Customer.id == VisitPlan.customer_id)
                .where(
                    VisitPlan.deleted_at.is_(None),
                    VisitPlan.status == VisitStatus.PLANNED,
                    VisitPlan.appointment_at >= datetime.combine(since, time.min),
                )
                .order_by(VisitPlan.appointment_at)
            ).all()
            return [
                CalendarVisit(
                    plan_id=p.id,
                    customer_name=name,
                    appointment_at=p.appointment_at,
                    place=p.place,
                    objective=p.objective,
                    stage_goal=p.stage_goal,
                )
                for p, name in rows
                if p.appointment_at is not None
            ]

    def companies(self) -> dict[str, str]:
        """Live sheets by name key, for matching a calendar event's company."""
        from repdesk.services.visit_calendar import name_key

        with self.store.reading() as session:
            rows = session.execute(
                select(Customer.id, Customer.name)
                .where(Customer.deleted_at.is_(None))
                .order_by(Customer.created_at)
            )
            found: dict[str, str] = {}
            for customer_id, name in rows:
                found.setdefault(name_key(name), customer_id)
            return found

    def import_plans(self, plans: Sequence[ImportedPlan]) -> list[str]:
        """Plans from a calendar file, all or none: an event exported by RepDesk updates
        its plan; a company without a sheet becomes a prospect. Returns the plan ids."""
        from repdesk.services.visit_calendar import name_key

        saved: list[str] = []
        with self.store.session() as session:
            made: dict[str, str] = {}
            for imported in plans:
                customer_id = imported.customer_id
                if customer_id is None:
                    key = name_key(imported.company)
                    if key not in made:
                        made[key] = self.customers.write_new(
                            session,
                            CustomerSheet(customer=CustomerFacts(name=imported.company.strip())),
                            reason="calendar",
                        )
                    customer_id = made[key]
                row = session.get(VisitPlan, imported.plan_id) if imported.plan_id else None
                if row is None or row.deleted_at is not None:
                    row = VisitPlan(customer_id=customer_id)
                    session.add(row)
                facts = imported.facts(customer_id)
                row.customer_id = customer_id
                row.appointment_at = facts.appointment_at
                row.place = facts.place or row.place
                row.objective = facts.objective or row.objective
                row.stage_goal = facts.stage_goal or row.stage_goal
                row.status = VisitStatus.PLANNED
                session.flush()
                saved.append(row.id)
            session.flush()
            touched = session.scalars(select(VisitPlan.customer_id).where(VisitPlan.id.in_(saved)))
            contact_dates.refresh(session, list(touched))
        return saved

    # --- reports ---------------------------------------------------------------------

    def report(self, record_id: str, rep_name: str = "", team: str = "") -> VisitReport:
        record = self.record(record_id)
        with self.store.reading() as session:
            customer = session.get(Customer, record.customer_id)
            plan = session.get(VisitPlan, record.visit_plan_id) if record.visit_plan_id else None
            people = []
            for person_id in record.people_met:
                person = session.get(Person, person_id)
                if person is not None:
                    people.append(PersonMet(person.name, person.title, person.role.value))
        return VisitReport(
            rep_name=rep_name,
            team=team,
            customer_name=customer.name if customer else "",
            visited_at=record.visited_at,
            place=plan.place if plan else "",
            people=tuple(people),
            objective=plan.objective if plan else "",
            summary=record.summary,
            outcome=record.outcome,
            objections=record.objections,
            buying_signals=record.buying_signals,
            next_step=record.next_step,
            next_step_date=record.next_step_date,
            minutes_spent=record.minutes_spent,
            expenses=record.expenses,
            currency=record.currency,
            is_draft=record.is_draft,
            record_id=record.id or "",
        )

    def newest_record_id(self) -> str | None:
        """The finished record visited last, None when there is none."""
        with self.store.reading() as session:
            return session.scalars(
                select(VisitRecord.id)
                .where(VisitRecord.deleted_at.is_(None), VisitRecord.is_draft.is_(False))
                .order_by(VisitRecord.visited_at.desc(), VisitRecord.id.desc())
                .limit(1)
            ).first()

    def pack(self, first: date, last: date, rep_name: str = "", team: str = "") -> ReportPack:
        """The finished records visited from ``first`` to ``last``, oldest first."""
        with self.store.reading() as session:
            ids = session.scalars(
                select(VisitRecord.id)
                .where(
                    VisitRecord.deleted_at.is_(None),
                    VisitRecord.is_draft.is_(False),
                    VisitRecord.visited_at >= datetime.combine(first, time.min),
                    VisitRecord.visited_at < datetime.combine(last + timedelta(days=1), time.min),
                )
                .order_by(VisitRecord.visited_at, VisitRecord.id)
            ).all()
        return ReportPack(
            rep_name, team, first, last, [self.report(i, rep_name, team) for i in ids]
        )


# --- rows <-> records ------------------------------------------------------------


def _write_ticks(session: Session, plan_id: str, ticks: Sequence[ChecklistTick]) -> None:
    existing = {
        r.id: r
        for r in session.scalars(
            select(VisitChecklistItem).where(VisitChecklistItem.visit_plan_id == plan_id)
        )
    }
    kept: set[str] = set()
    positions: dict[ChecklistKind, int] = {}
    for tick in ticks:
        row = existing.get(tick.id) if tick.id else None
        if row is None:
            row = next(
                (
                    r
                    for r in existing.values()
                    if tick.template_item_id and r.template_item_id == tick.template_item_id
                ),
                None,
            )
        if row is None:
            row = VisitChecklistItem(
                visit_plan_id=plan_id, template_item_id=tick.template_item_id, kind=tick.kind
            )
            session.add(row)
            session.flush()
        row.kind = tick.kind
        row.label = tick.label
        row.ticked = tick.ticked
        row.note = tick.note.strip()
        row.deleted_at = None
        row.position = positions.get(tick.kind, 0)
        positions[tick.kind] = row.position + 1
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept and row.deleted_at is None:
            row.deleted_at = utcnow()


def _write_people(session: Session, record_id: str, people: Sequence[str]) -> None:
    existing = {
        r.person_id: r
        for r in session.scalars(
            select(VisitPerson).where(VisitPerson.visit_record_id == record_id)
        )
    }
    wanted = set(people)
    for person_id, row in existing.items():
        row.deleted_at = None if person_id in wanted else (row.deleted_at or utcnow())
    for person_id in people:
        if person_id not in existing:
            session.add(VisitPerson(visit_record_id=record_id, person_id=person_id))


def _write_objections(session: Session, record_id: str, objections: Sequence[ObjectionMet]) -> None:
    existing = {
        r.id: r
        for r in session.scalars(
            select(VisitObjection).where(
                VisitObjection.visit_record_id == record_id, VisitObjection.deleted_at.is_(None)
            )
        )
    }
    kept: set[str] = set()
    for met in objections:
        row = existing.get(met.id) if met.id else None
        if row is None:
            row = VisitObjection(visit_record_id=record_id)
            session.add(row)
        row.objection_id = met.objection_id
        row.answer_id = met.answer_id
        row.customer_words = met.customer_words.strip()
        row.answer_text = met.answer_text.strip()
        row.customer_agreed = met.customer_agreed
        row.next_step = met.next_step.strip()
        row.round = max(1, met.round)
        row.steps = [step for step in met.steps if step.strip()]
        if row.id:
            kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept:
            row.deleted_at = utcnow()


def _write_next_step(session: Session, record: VisitRecord) -> None:
    """The record's next step as its one follow-up (made, changed, or removed)."""
    follow_up = session.scalar(
        select(FollowUp).where(FollowUp.visit_record_id == record.id, FollowUp.deleted_at.is_(None))
    )
    if not record.next_step or record.next_step_date is None:
        if follow_up is not None:
            follow_up.deleted_at = utcnow()
        return
    if follow_up is None:
        follow_up = FollowUp(
            visit_record_id=record.id, action=record.next_step, due_date=record.next_step_date
        )
        session.add(follow_up)
    follow_up.customer_id = record.customer_id
    follow_up.action = record.next_step
    follow_up.due_date = record.next_step_date
