"""Visit plans (STEP1 客户预服务) and visit records (销售拜访记录表)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from repdesk.db.base import Record, enum_column
from repdesk.domain.enums import ChecklistKind, VisitStatus


class ChecklistTemplateItem(Record):
    """An editable line of a preparation list; the seed's lines have a code."""

    __tablename__ = "checklist_template_items"
    __table_args__ = (Index(None, "kind", "position"),)

    kind: Mapped[ChecklistKind] = mapped_column(enum_column(ChecklistKind))
    code: Mapped[str | None] = mapped_column(String(50), unique=True, default=None)
    label: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class VisitPlan(Record):
    __tablename__ = "visit_plans"
    __table_args__ = (
        Index(None, "deleted_at", "appointment_at", "id"),
        Index(None, "customer_id"),
        Index(None, "status", "appointment_at"),
        Index(None, "diary_entry_id"),  # a diary row's visit
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    diary_entry_id: Mapped[str | None] = mapped_column(ForeignKey("diary_entries.id"), default=None)
    status: Mapped[VisitStatus] = mapped_column(
        enum_column(VisitStatus), default=VisitStatus.PLANNED
    )
    objective: Mapped[str] = mapped_column(Text, default="")
    stage_goal: Mapped[str] = mapped_column(Text, default="")  # 阶段目标
    resources: Mapped[str] = mapped_column(Text, default="")  # 资源配置
    appointment_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # 预约
    place: Mapped[str] = mapped_column(Text, default="")
    itinerary_position: Mapped[int | None] = mapped_column(Integer, default=None)  # 行程
    frequency_note: Mapped[str] = mapped_column(Text, default="")  # 频度
    documents_note: Mapped[str] = mapped_column(Text, default="")  # 文案
    appearance_checked: Mapped[bool] = mapped_column(Boolean, default=False)  # 仪容仪表


class VisitChecklistItem(Record):
    """A tick (and a note, for information to gather) on one plan's checklist."""

    __tablename__ = "visit_checklist_items"
    __table_args__ = (
        Index(None, "visit_plan_id", "kind", "position"),
        UniqueConstraint("visit_plan_id", "template_item_id"),
    )

    visit_plan_id: Mapped[str] = mapped_column(ForeignKey("visit_plans.id"))
    template_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("checklist_template_items.id"), default=None
    )
    kind: Mapped[ChecklistKind] = mapped_column(enum_column(ChecklistKind))
    label: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    ticked: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class VisitRecord(Record):
    """What happened on a visit; a draft until the rep finishes it."""

    __tablename__ = "visit_records"
    __table_args__ = (
        Index(None, "deleted_at", "visited_at"),
        Index(None, "customer_id", "visited_at"),
    )

    visit_plan_id: Mapped[str | None] = mapped_column(
        ForeignKey("visit_plans.id"), unique=True, default=None
    )
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    visited_at: Mapped[datetime] = mapped_column(DateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    buying_signals: Mapped[list[str]] = mapped_column(JSON, default=list)  # BuyingSignal codes
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_step_date: Mapped[date | None] = mapped_column(Date, default=None)
    minutes_spent: Mapped[int | None] = mapped_column(Integer, default=None)
    expenses: Mapped[float | None] = mapped_column(Float, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="")  # ISO 4217, of the expenses
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False)


class VisitPerson(Record):
    """A person met on a visit."""

    __tablename__ = "visit_people"
    __table_args__ = (
        UniqueConstraint("visit_record_id", "person_id"),  # also serves lookups by record
        Index(None, "person_id"),
    )

    visit_record_id: Mapped[str] = mapped_column(ForeignKey("visit_records.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
