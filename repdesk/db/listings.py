"""The lists of the six areas, each a Listing over the method's tables."""

from __future__ import annotations

from sqlalchemy import Engine, and_, case, func, literal, select
from sqlalchemy.orm import aliased

from repdesk.db.listing import ListColumn, Listing
from repdesk.db.models import (
    Customer,
    DiaryEntry,
    LeadSource,
    Objection,
    ObjectionAnswer,
    Person,
    VisitObjection,
    VisitPlan,
    VisitRecord,
)

_TIER_ORDER = case(
    {"small": 1, "medium": 2, "large": 3, "vip": 4}, value=Customer.value_tier, else_=0
)


def customers(engine: Engine) -> Listing:
    source = Customer.__table__.outerjoin(
        LeadSource.__table__, LeadSource.id == Customer.lead_source_id
    )
    return Listing(
        engine,
        id_column=Customer.id,
        source=source,
        where=[Customer.deleted_at.is_(None)],
        default_sort="name",
        columns=[
            ListColumn("name", Customer.name, sort=Customer.sort_key),
            ListColumn("status", Customer.status),
            ListColumn("prospect_grade", Customer.prospect_grade),
            ListColumn("value_tier", Customer.value_tier, sort=_TIER_ORDER),
            ListColumn("value_class", Customer.value_class),
            ListColumn("relationship_type", Customer.relationship_type),
            ListColumn("city", Customer.city),
            ListColumn("phone", Customer.phone),
            ListColumn("lead_source", LeadSource.code),
            ListColumn("lead_source_label", LeadSource.label, sortable=False),
            ListColumn("updated_at", Customer.updated_at),
        ],
    )


def diary(engine: Engine) -> Listing:
    person = aliased(Person)
    source = (
        DiaryEntry.__table__.outerjoin(Customer.__table__, Customer.id == DiaryEntry.customer_id)
        .outerjoin(person, person.id == DiaryEntry.person_id)
        .outerjoin(LeadSource.__table__, LeadSource.id == DiaryEntry.lead_source_id)
    )
    company = func.coalesce(Customer.name, DiaryEntry.company_name)
    contact = func.coalesce(person.name, DiaryEntry.contact_name)
    return Listing(
        engine,
        id_column=DiaryEntry.id,
        source=source,
        where=[DiaryEntry.deleted_at.is_(None)],
        default_sort="contact_date",
        default_descending=True,
        columns=[
            ListColumn("contact_date", DiaryEntry.contact_date),
            ListColumn("company", company, sort=func.coalesce(Customer.sort_key, company)),
            ListColumn("contact", contact, sort=func.coalesce(person.sort_key, contact)),
            ListColumn("lead_source", LeadSource.code),
            ListColumn("lead_source_label", LeadSource.label, sortable=False),
            ListColumn("phone", DiaryEntry.phone),
            ListColumn("appointment_at", DiaryEntry.appointment_at),
            ListColumn("visit_result", DiaryEntry.visit_result),
        ],
    )


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


def objections(engine: Engine) -> Listing:
    answers = (
        select(func.count(ObjectionAnswer.id))
        .where(ObjectionAnswer.objection_id == Objection.id, ObjectionAnswer.deleted_at.is_(None))
        .scalar_subquery()
    )
    met = (
        select(func.count(VisitObjection.id))
        .where(VisitObjection.objection_id == Objection.id, VisitObjection.deleted_at.is_(None))
        .scalar_subquery()
    )
    agreed = (
        select(func.count(VisitObjection.id))
        .where(
            VisitObjection.objection_id == Objection.id,
            VisitObjection.deleted_at.is_(None),
            VisitObjection.customer_agreed.is_(True),
        )
        .scalar_subquery()
    )
    return Listing(
        engine,
        id_column=Objection.id,
        source=Objection.__table__,
        where=[Objection.deleted_at.is_(None)],
        default_sort="target",
        columns=[
            ListColumn("title", Objection.title),
            ListColumn("target", Objection.target, sort=Objection.position),
            ListColumn("directness", Objection.directness),
            ListColumn("answers", answers),
            ListColumn("times_met", met),
            ListColumn("times_agreed", agreed),
        ],
    )
