"""Holiday dates: when each care holiday falls per region and year (a cache of the calendar).

Revision ID: 0002_holiday_dates
Revises: 0001_baseline
Create Date: 2026-11-23

Holiday care occasions (Mid-Autumn, Mother's Day...) move every year; the
calendar library resolves them and the workspace writes the dates here, so
the Today page's plain-SQL query (also run at start-up, before the library
loads) can find them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_holiday_dates"
down_revision: str | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


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


def downgrade() -> None:
    with op.batch_alter_table("holiday_dates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_dates_on_date"))

    op.drop_table("holiday_dates")
