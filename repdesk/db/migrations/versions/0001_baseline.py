"""Baseline: tables for the whole sales method, and the seed's default lists.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-22

The default lead sources (客户线索的探询) and the STEP1 preparation lists are
data, frozen here with stable codes: a later release renames their labels in
the GUI's translation, never by editing this file. Their ids derive from the
codes (uuid5), so every RepDesk database has the same ids for them and two
reps' books can be merged without two "Cold visit" sources.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

_SEED_NAMESPACE = uuid.UUID("6f1c2a4e-3b5d-4c7e-9a8b-2d4f6e8a0c1e")  # RepDesk's seed rows


def _seed_id(kind: str, code: str) -> str:
    return str(uuid.uuid5(_SEED_NAMESPACE, f"{kind}:{code}"))


_LEAD_SOURCES = [
    ("target_list", "Target customer list"),
    ("existing_customer", "Existing customer"),
    ("newspaper", "Newspaper"),
    ("direct_mail", "Direct mail"),
    ("cold_visit", "Cold visit"),
    ("customer_referral", "Customer referral"),
    ("mailing_list", "Mailing list"),
    ("e_commerce", "E-commerce"),
    ("yellow_pages", "Yellow pages"),
    ("friend_referral", "Friend referral"),
    ("archive", "Archive customer"),
]

_CHECKLISTS = [
    ("sales_tools", "catalogue", "Product catalogue"),
    ("sales_tools", "success_cases", "Success cases"),
    ("sales_tools", "brochure", "Pictures and company brochure"),
    ("sales_tools", "map", "Map"),
    ("sales_tools", "business_cards", "Business cards"),
    ("sales_tools", "customer_file", "Customer file"),
    ("sales_tools", "calculator", "Calculator"),
    ("sales_tools", "pen_notebook", "Pen and notebook"),
    ("sales_tools", "price_list", "Latest price list"),
    ("sales_tools", "visit_gift", "Branded visit gift"),
    ("sales_tools", "visit_form", "Visit record form"),
    ("sales_tools", "blank_contract", "Blank contract"),
    ("information", "competing_brands", "Competing brands"),
    ("information", "competitors", "Competitors"),
    ("information", "prospect_details", "The prospect in as much detail as possible"),
    ("departure_checks", "review_key_points", "Review the key points"),
    ("departure_checks", "check_items", "Check the items to bring"),
    ("departure_checks", "clear_purpose", "Be clear on the visit's purpose"),
    ("departure_checks", "prepare_topics", "Prepare topics"),
    ("departure_checks", "contingencies", "Prepare for contingencies"),
]

revision: str = "0001_baseline"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checklist_template_items",
        sa.Column(
            "kind",
            sa.Enum(
                "sales_tools",
                "information",
                "departure_checks",
                name="checklistkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=50), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_items")),
        sa.UniqueConstraint("code", name=op.f("uq_checklist_template_items_code")),
    )
    with op.batch_alter_table("checklist_template_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_template_items_kind_position"),
            ["kind", "position"],
            unique=False,
        )

    op.create_table(
        "lead_sources",
        sa.Column(
            "code",
            sa.Enum(
                "target_list",
                "existing_customer",
                "newspaper",
                "direct_mail",
                "cold_visit",
                "customer_referral",
                "mailing_list",
                "e_commerce",
                "yellow_pages",
                "friend_referral",
                "archive",
                name="leadsourcecode",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_sources")),
        sa.UniqueConstraint("code", name=op.f("uq_lead_sources_code")),
    )
    op.create_table(
        "objections",
        sa.Column("code", sa.String(length=80), nullable=True),
        sa.Column(
            "target",
            sa.Enum(
                "person",
                "product",
                "reflex",
                "price",
                "competitor",
                "no_need",
                "timing",
                "authority",
                name="objectiontarget",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "directness",
            sa.Enum("indirect", "direct", name="directness", native_enum=False),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("customer_says", sa.Text(), nullable=False),
        sa.Column("true_or_false_hints", sa.Text(), nullable=False),
        sa.Column("hidden_factors", sa.Text(), nullable=False),
        sa.Column("revive_sentence", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objections")),
        sa.UniqueConstraint("code", name=op.f("uq_objections_code")),
    )
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objections_target_position"), ["target", "position"], unique=False
        )

    op.create_table(
        "customers",
        sa.Column(
            "kind",
            sa.Enum("consumer", "organisation", name="customerkind", native_enum=False),
            nullable=False,
        ),
        sa.Column(
            "relationship_type",
            sa.Enum(
                "b2c", "b2b", "distributor", "internal", name="relationshiptype", native_enum=False
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("prospect", "customer", name="customerstatus", native_enum=False),
            nullable=False,
        ),
        sa.Column(
            "value_tier",
            sa.Enum("small", "medium", "large", "vip", name="valuetier", native_enum=False),
            nullable=True,
        ),
        sa.Column(
            "prospect_grade",
            sa.Enum("A", "B", "C", "D", name="prospectgrade", native_enum=False),
            nullable=True,
        ),
        sa.Column(
            "value_class",
            sa.Enum("mvc", "mgc", "bzc", name="valueclass", native_enum=False),
            nullable=True,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("lead_source_id", sa.String(length=36), nullable=True),
        sa.Column("source_note", sa.Text(), nullable=False),
        sa.Column("main_business", sa.Text(), nullable=False),
        sa.Column("industry_history", sa.Text(), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("business_scope", sa.Text(), nullable=False),
        sa.Column(
            "purchase_by",
            sa.Enum("individual", "company", name="purchaseby", native_enum=False),
            nullable=True,
        ),
        sa.Column(
            "purchase_channels",
            sa.Enum("single", "multi", name="purchasechannels", native_enum=False),
            nullable=True,
        ),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("name_verified", sa.Boolean(), nullable=False),
        sa.Column("approval_process", sa.Text(), nullable=False),
        sa.Column("purchasing_process", sa.Text(), nullable=False),
        sa.Column("usage_process", sa.Text(), nullable=False),
        sa.Column("fact_sources", sa.JSON(), nullable=False),
        sa.Column("share_percent", sa.Float(), nullable=True),
        sa.Column("upcoming_quantity", sa.Float(), nullable=True),
        sa.Column("annual_revenue", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "spending_level",
            sa.Enum("high", "medium", "low", name="level", native_enum=False),
            nullable=True,
        ),
        sa.Column(
            "profit_potential",
            sa.Enum("high", "medium", "low", name="level", native_enum=False),
            nullable=True,
        ),
        sa.Column(
            "relationship_status",
            sa.Enum(
                "stable",
                "developing",
                "good",
                "just_contacted",
                "limited",
                "withdrawing",
                name="relationshipstatus",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column(
            "loyalty_stage",
            sa.Enum(
                "watching", "random", "repeat", "loyal", name="loyaltystage", native_enum=False
            ),
            nullable=True,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_source_id"],
            ["lead_sources.id"],
            name=op.f("fk_customers_lead_source_id_lead_sources"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customers_deleted_at_sort_key_id"),
            ["deleted_at", "sort_key", "id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_customers_lead_source_id"), ["lead_source_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customers_status_prospect_grade"),
            ["status", "prospect_grade"],
            unique=False,
        )

    op.create_table(
        "objection_answers",
        sa.Column("objection_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("feature", sa.Text(), nullable=False),
        sa.Column("advantage", sa.Text(), nullable=False),
        sa.Column("benefit", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_objection_answers_objection_id_objections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_answers")),
    )
    with op.batch_alter_table("objection_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objection_answers_objection_id_position"),
            ["objection_id", "position"],
            unique=False,
        )

    op.create_table(
        "objection_questions",
        sa.Column("objection_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "situation",
                "problem",
                "implication",
                "open",
                "closed",
                name="questionkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_objection_questions_objection_id_objections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_questions")),
    )
    with op.batch_alter_table("objection_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objection_questions_objection_id_position"),
            ["objection_id", "position"],
            unique=False,
        )

    op.create_table(
        "classification_changes",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column(
            "field",
            sa.Enum(
                "status",
                "value_tier",
                "prospect_grade",
                "value_class",
                name="classificationfield",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("old_value", sa.String(length=50), nullable=True),
        sa.Column("new_value", sa.String(length=50), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_classification_changes_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classification_changes")),
    )
    with op.batch_alter_table("classification_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_classification_changes_changed_at"), ["changed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_classification_changes_customer_id_changed_at"),
            ["customer_id", "changed_at"],
            unique=False,
        )

    op.create_table(
        "dissatisfaction_signals",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column(
            "signal",
            sa.Enum(
                "falling_volume",
                "more_complaints",
                "cites_competitor",
                "relationship_declining",
                "new_strategy",
                "ownership_change",
                name="dissatisfactionsignal",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_dissatisfaction_signals_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dissatisfaction_signals")),
    )
    with op.batch_alter_table("dissatisfaction_signals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dissatisfaction_signals_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dissatisfaction_signals_resolved_on_raised_on"),
            ["resolved_on", "raised_on"],
            unique=False,
        )

    op.create_table(
        "people",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_verified", sa.Boolean(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "buyer",
                "secretary",
                "department_head",
                "influencer",
                "decision_management",
                "technical_management",
                "purchasing",
                "finance",
                "usage_management",
                "operator",
                name="personrole",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "quadrant",
            sa.Enum(
                "outsider", "supplier", "friend", "partner", name="quadrant", native_enum=False
            ),
            nullable=False,
        ),
        sa.Column("personality", sa.Text(), nullable=False),
        sa.Column("hobbies", sa.Text(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("lifestyle", sa.Text(), nullable=False),
        sa.Column("education", sa.String(length=200), nullable=False),
        sa.Column("hometown", sa.String(length=200), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column(
            "gender", sa.Enum("female", "male", name="gender", native_enum=False), nullable=True
        ),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("willing_to_try", sa.Text(), nullable=False),
        sa.Column("decision_confidence", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("fact_sources", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_people_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_deleted_at_sort_key_id"),
            ["deleted_at", "sort_key", "id"],
            unique=False,
        )

    op.create_table(
        "care_occasions",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("birthday", "holiday", "custom", name="occasionkind", native_enum=False),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column(
            "holiday_code",
            sa.Enum(
                "new_year",
                "spring_festival",
                "lantern",
                "womens_day",
                "qingming",
                "mothers_day",
                "dragon_boat",
                "fathers_day",
                "qixi",
                "teachers_day",
                "mid_autumn",
                "national_day",
                "double_ninth",
                "christmas",
                name="holidaycode",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("recurring", sa.Boolean(), nullable=False),
        sa.Column("gesture", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_care_occasions_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_occasions")),
    )
    with op.batch_alter_table("care_occasions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_care_occasions_month_day"), ["month", "day"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_care_occasions_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "diary_entries",
        sa.Column("contact_date", sa.Date(), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("lead_source_id", sa.String(length=36), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("appointment_at", sa.DateTime(), nullable=True),
        sa.Column("visit_result", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_diary_entries_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["lead_source_id"],
            ["lead_sources.id"],
            name=op.f("fk_diary_entries_lead_source_id_lead_sources"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_diary_entries_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_entries")),
    )
    with op.batch_alter_table("diary_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_diary_entries_appointment_at"), ["appointment_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_diary_entries_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_diary_entries_deleted_at_contact_date_id"),
            ["deleted_at", "contact_date", "id"],
            unique=False,
        )

    op.create_table(
        "visit_plans",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("diary_entry_id", sa.String(length=36), nullable=True),
        sa.Column(
            "status",
            sa.Enum("planned", "done", "cancelled", name="visitstatus", native_enum=False),
            nullable=False,
        ),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("stage_goal", sa.Text(), nullable=False),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("appointment_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("itinerary_position", sa.Integer(), nullable=True),
        sa.Column("frequency_note", sa.Text(), nullable=False),
        sa.Column("documents_note", sa.Text(), nullable=False),
        sa.Column("appearance_checked", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visit_plans_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["diary_entry_id"],
            ["diary_entries.id"],
            name=op.f("fk_visit_plans_diary_entry_id_diary_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_plans")),
    )
    with op.batch_alter_table("visit_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_plans_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_visit_plans_deleted_at_appointment_at_id"),
            ["deleted_at", "appointment_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_visit_plans_status_appointment_at"),
            ["status", "appointment_at"],
            unique=False,
        )

    op.create_table(
        "visit_checklist_items",
        sa.Column("visit_plan_id", sa.String(length=36), nullable=False),
        sa.Column("template_item_id", sa.String(length=36), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "sales_tools",
                "information",
                "departure_checks",
                name="checklistkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ticked", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["template_item_id"],
            ["checklist_template_items.id"],
            name=op.f("fk_visit_checklist_items_template_item_id_checklist_template_items"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_plan_id"],
            ["visit_plans.id"],
            name=op.f("fk_visit_checklist_items_visit_plan_id_visit_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_checklist_items")),
        sa.UniqueConstraint(
            "visit_plan_id",
            "template_item_id",
            name=op.f("uq_visit_checklist_items_visit_plan_id_template_item_id"),
        ),
    )
    with op.batch_alter_table("visit_checklist_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_checklist_items_visit_plan_id_kind_position"),
            ["visit_plan_id", "kind", "position"],
            unique=False,
        )

    op.create_table(
        "visit_records",
        sa.Column("visit_plan_id", sa.String(length=36), nullable=True),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("visited_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("buying_signals", sa.JSON(), nullable=False),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("next_step_date", sa.Date(), nullable=True),
        sa.Column("minutes_spent", sa.Integer(), nullable=True),
        sa.Column("expenses", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("is_draft", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visit_records_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["visit_plan_id"],
            ["visit_plans.id"],
            name=op.f("fk_visit_records_visit_plan_id_visit_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_records")),
        sa.UniqueConstraint("visit_plan_id", name=op.f("uq_visit_records_visit_plan_id")),
    )
    with op.batch_alter_table("visit_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_records_customer_id_visited_at"),
            ["customer_id", "visited_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_visit_records_deleted_at_visited_at"),
            ["deleted_at", "visited_at"],
            unique=False,
        )

    op.create_table(
        "follow_ups",
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("diary_entry_id", sa.String(length=36), nullable=True),
        sa.Column("visit_record_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_follow_ups_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["diary_entry_id"],
            ["diary_entries.id"],
            name=op.f("fk_follow_ups_diary_entry_id_diary_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_record_id"],
            ["visit_records.id"],
            name=op.f("fk_follow_ups_visit_record_id_visit_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_ups_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_ups_done_at_due_date"), ["done_at", "due_date"], unique=False
        )

    op.create_table(
        "visit_objections",
        sa.Column("visit_record_id", sa.String(length=36), nullable=False),
        sa.Column("objection_id", sa.String(length=36), nullable=True),
        sa.Column("answer_id", sa.String(length=36), nullable=True),
        sa.Column("customer_words", sa.Text(), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("customer_agreed", sa.Boolean(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["objection_answers.id"],
            name=op.f("fk_visit_objections_answer_id_objection_answers"),
        ),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_visit_objections_objection_id_objections"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_record_id"],
            ["visit_records.id"],
            name=op.f("fk_visit_objections_visit_record_id_visit_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_objections")),
    )
    with op.batch_alter_table("visit_objections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_objections_objection_id"), ["objection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_visit_objections_visit_record_id"), ["visit_record_id"], unique=False
        )

    op.create_table(
        "visit_people",
        sa.Column("visit_record_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_visit_people_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["visit_record_id"],
            ["visit_records.id"],
            name=op.f("fk_visit_people_visit_record_id_visit_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_people")),
        sa.UniqueConstraint(
            "visit_record_id", "person_id", name=op.f("uq_visit_people_visit_record_id_person_id")
        ),
    )
    with op.batch_alter_table("visit_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_people_person_id"), ["person_id"], unique=False)
    now = datetime.now(UTC).replace(tzinfo=None)
    lead_sources = sa.table(
        "lead_sources",
        *(sa.column(n) for n in ("id", "code", "label", "position", "created_at", "updated_at")),
    )
    op.bulk_insert(
        lead_sources,
        [
            {
                "id": _seed_id("lead_source", code),
                "code": code,
                "label": label,
                "position": i,
                "created_at": now,
                "updated_at": now,
            }
            for i, (code, label) in enumerate(_LEAD_SOURCES)
        ],
    )
    template = sa.table(
        "checklist_template_items",
        *(
            sa.column(n)
            for n in ("id", "kind", "code", "label", "position", "created_at", "updated_at")
        ),
    )
    op.bulk_insert(
        template,
        [
            {
                "id": _seed_id("checklist", code),
                "kind": kind,
                "code": code,
                "label": label,
                "position": i,
                "created_at": now,
                "updated_at": now,
            }
            for i, (kind, code, label) in enumerate(_CHECKLISTS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("visit_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_people_person_id"))

    op.drop_table("visit_people")
    with op.batch_alter_table("visit_objections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_objections_visit_record_id"))
        batch_op.drop_index(batch_op.f("ix_visit_objections_objection_id"))

    op.drop_table("visit_objections")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_done_at_due_date"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_customer_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("visit_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_records_deleted_at_visited_at"))
        batch_op.drop_index(batch_op.f("ix_visit_records_customer_id_visited_at"))

    op.drop_table("visit_records")
    with op.batch_alter_table("visit_checklist_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_checklist_items_visit_plan_id_kind_position"))

    op.drop_table("visit_checklist_items")
    with op.batch_alter_table("visit_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_plans_status_appointment_at"))
        batch_op.drop_index(batch_op.f("ix_visit_plans_deleted_at_appointment_at_id"))
        batch_op.drop_index(batch_op.f("ix_visit_plans_customer_id"))

    op.drop_table("visit_plans")
    with op.batch_alter_table("diary_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diary_entries_deleted_at_contact_date_id"))
        batch_op.drop_index(batch_op.f("ix_diary_entries_customer_id"))
        batch_op.drop_index(batch_op.f("ix_diary_entries_appointment_at"))

    op.drop_table("diary_entries")
    with op.batch_alter_table("care_occasions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_occasions_person_id"))
        batch_op.drop_index(batch_op.f("ix_care_occasions_month_day"))

    op.drop_table("care_occasions")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_deleted_at_sort_key_id"))
        batch_op.drop_index(batch_op.f("ix_people_customer_id"))

    op.drop_table("people")
    with op.batch_alter_table("dissatisfaction_signals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dissatisfaction_signals_resolved_on_raised_on"))
        batch_op.drop_index(batch_op.f("ix_dissatisfaction_signals_customer_id"))

    op.drop_table("dissatisfaction_signals")
    with op.batch_alter_table("classification_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_classification_changes_customer_id_changed_at"))
        batch_op.drop_index(batch_op.f("ix_classification_changes_changed_at"))

    op.drop_table("classification_changes")
    with op.batch_alter_table("objection_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_questions_objection_id_position"))

    op.drop_table("objection_questions")
    with op.batch_alter_table("objection_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_answers_objection_id_position"))

    op.drop_table("objection_answers")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_status_prospect_grade"))
        batch_op.drop_index(batch_op.f("ix_customers_lead_source_id"))
        batch_op.drop_index(batch_op.f("ix_customers_deleted_at_sort_key_id"))

    op.drop_table("customers")
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objections_target_position"))

    op.drop_table("objections")
    op.drop_table("lead_sources")
    with op.batch_alter_table("checklist_template_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_items_kind_position"))

    op.drop_table("checklist_template_items")
