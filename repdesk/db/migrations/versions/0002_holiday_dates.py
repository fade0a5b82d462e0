"""Care holidays per region, and each customer's last contact and next step.

Revision ID: 0002_holiday_dates
Revises: 0001_baseline
Create Date: 2026-11-23

- holiday_dates: when each care holiday falls per region and year. Holiday
  care occasions (Mid-Autumn, Mother's Day...) move every year; the calendar
  library resolves them and the workspace writes the dates here, so the Today
  page's plain-SQL query (also run at start-up, before the library loads) can
  find them.
- indexes on the diary row of follow-ups and visit plans (the diary's rows).
- customers.last_contact_on / next_step_on: derived dates for the Today page's
  untouched prospects and A-grade prospects without a next step (index lookups
  instead of most of a second of aggregates at 100,000 sheets).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_holiday_dates"
down_revision: str | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REFRESH = """
UPDATE customers SET
  last_contact_on = (
    SELECT max(x) FROM (
      SELECT date(customers.created_at) AS x
      UNION ALL
      SELECT max(d.contact_date) FROM diary_entries d
      WHERE d.customer_id = customers.id AND +d.deleted_at IS NULL
      UNION ALL
      SELECT max(date(v.visited_at)) FROM visit_records v
      WHERE v.customer_id = customers.id AND +v.deleted_at IS NULL AND NOT v.is_draft)),
  next_step_on = (
    SELECT min(x) FROM (
      SELECT min(date(p.appointment_at)) AS x FROM visit_plans p
      WHERE p.customer_id = customers.id AND +p.deleted_at IS NULL
        AND +p.status = 'planned' AND +p.appointment_at IS NOT NULL
      UNION ALL
      SELECT min(f.due_date) FROM follow_ups f
      WHERE f.customer_id = customers.id AND +f.deleted_at IS NULL AND +f.done_at IS NULL))
"""


def upgrade() -> None:
    op.create_table(
        "holiday_dates",
        sa.Column("region", sa.String(length=10), nullable=False),
        sa.Column(
            "code",
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
            nullable=False,
        ),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_dates")),
        sa.UniqueConstraint(
            "region", "code", "on_date", name=op.f("uq_holiday_dates_region_code_on_date")
        ),
    )
    with op.batch_alter_table("holiday_dates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holiday_dates_on_date"), ["on_date"], unique=False)

    # The diary lists its rows with their visit and follow-up: found by index, not by scan.
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_ups_diary_entry_id"), ["diary_entry_id"], unique=False
        )
    with op.batch_alter_table("visit_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_plans_diary_entry_id"), ["diary_entry_id"], unique=False
        )

    with op.batch_alter_table("care_occasions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_care_occasions_holiday_code"), ["holiday_code"], unique=False
        )

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_contact_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("next_step_on", sa.Date(), nullable=True))
        batch_op.drop_index(batch_op.f("ix_customers_status_prospect_grade"))
        batch_op.create_index(
            "ix_customers_last_contacts",
            ["status", "last_contact_on", "deleted_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_customers_next_steps",
            ["status", "prospect_grade", "next_step_on", "deleted_at", "last_contact_on"],
            unique=False,
        )

    # The derived dates, filled once; afterwards every write keeps them (db/contact_dates.py,
    # whose statement this copies: a migration must not change when the app's code does).
    op.execute(_REFRESH)


def downgrade() -> None:
    with op.batch_alter_table("visit_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_plans_diary_entry_id"))
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_diary_entry_id"))

    with op.batch_alter_table("care_occasions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_occasions_holiday_code"))

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_next_steps")
        batch_op.drop_index("ix_customers_last_contacts")
        batch_op.create_index(
            batch_op.f("ix_customers_status_prospect_grade"),
            ["status", "prospect_grade"],
            unique=False,
        )
        batch_op.drop_column("next_step_on")
        batch_op.drop_column("last_contact_on")

    with op.batch_alter_table("holiday_dates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_dates_on_date"))

    op.drop_table("holiday_dates")
