"""The customer detail sheet (客户情况明细表), its people, signals and grade history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from repdesk.db.base import Record, enum_column
from repdesk.domain.enums import (
    ClassificationField,
    CustomerKind,
    CustomerStatus,
    DissatisfactionSignal,
    Gender,
    LeadSourceCode,
    Level,
    LoyaltyStage,
    PersonRole,
    ProspectGrade,
    PurchaseBy,
    PurchaseChannels,
    Quadrant,
    RelationshipStatus,
    RelationshipType,
    ValueClass,
    ValueTier,
)


class LeadSource(Record):
    """客户线索的探询: the seed's sources (with a code) plus the rep's own (code NULL)."""

    __tablename__ = "lead_sources"

    code: Mapped[LeadSourceCode | None] = mapped_column(
        enum_column(LeadSourceCode), unique=True, default=None
    )
    label: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Customer(Record):
    """One sheet. Items 1-12 of the seed's form are marked in the comments."""

    __tablename__ = "customers"
    __table_args__ = (
        Index(None, "deleted_at", "sort_key", "id"),  # covers the list's default order
        # Today's prospect lists: counted from these indexes alone, read in their order.
        Index(
            "ix_customers_next_steps",
            "status",
            "prospect_grade",
            "next_step_on",
            "deleted_at",
            "last_contact_on",
        ),
        Index("ix_customers_last_contacts", "status", "last_contact_on", "deleted_at"),
        Index(None, "lead_source_id"),
    )

    kind: Mapped[CustomerKind] = mapped_column(
        enum_column(CustomerKind), default=CustomerKind.ORGANISATION
    )
    relationship_type: Mapped[RelationshipType] = mapped_column(
        enum_column(RelationshipType), default=RelationshipType.B2B
    )
    status: Mapped[CustomerStatus] = mapped_column(
        enum_column(CustomerStatus), default=CustomerStatus.PROSPECT
    )
    value_tier: Mapped[ValueTier | None] = mapped_column(enum_column(ValueTier), default=None)
    prospect_grade: Mapped[ProspectGrade | None] = mapped_column(
        enum_column(ProspectGrade), default=None
    )
    value_class: Mapped[ValueClass | None] = mapped_column(enum_column(ValueClass), default=None)
    # Derived, kept by db/contact_dates.py whenever a diary row, visit or follow-up is
    # written, so Today finds untouched prospects and hot ones without a next step by index.
    last_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    next_step_on: Mapped[date | None] = mapped_column(Date, default=None)

    name: Mapped[str] = mapped_column(String(200))  # 1 客户名称
    sort_key: Mapped[str] = mapped_column(String(400), default="")  # pinyin / casefolded
    address: Mapped[str] = mapped_column(Text, default="")  # 2 地址
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")  # 3 电话
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    lead_source_id: Mapped[str | None] = mapped_column(
        ForeignKey("lead_sources.id"), default=None
    )  # 5 目标客户的来源
    source_note: Mapped[str] = mapped_column(Text, default="")
    main_business: Mapped[str] = mapped_column(Text, default="")  # 7 主营业务
    industry_history: Mapped[str] = mapped_column(Text, default="")  # 8 历史和地位
    employees: Mapped[int | None] = mapped_column(Integer, default=None)  # 9 职员人数
    business_scope: Mapped[str] = mapped_column(Text, default="")  # 10 业务范围
    purchase_by: Mapped[PurchaseBy | None] = mapped_column(
        enum_column(PurchaseBy), default=None
    )  # 11
    purchase_channels: Mapped[PurchaseChannels | None] = mapped_column(
        enum_column(PurchaseChannels), default=None
    )  # 12
    remarks: Mapped[str] = mapped_column(Text, default="")  # 其他备注

    # Information to gather about the organisation (收集有关目标客户组织的信息).
    name_verified: Mapped[bool] = mapped_column(default=False)
    approval_process: Mapped[str] = mapped_column(Text, default="")  # 审批
    purchasing_process: Mapped[str] = mapped_column(Text, default="")  # 采购
    usage_process: Mapped[str] = mapped_column(Text, default="")  # 使用
    # How we know each fact: {"field name": "source note"}.
    fact_sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    # Classification inputs (domain.md section 3).
    share_percent: Mapped[float | None] = mapped_column(Float, default=None)  # 占有率
    upcoming_quantity: Mapped[float | None] = mapped_column(Float, default=None)  # rep's units
    annual_revenue: Mapped[float | None] = mapped_column(Float, default=None)  # ours from them
    currency: Mapped[str] = mapped_column(String(3), default="")  # ISO 4217, of the revenue
    spending_level: Mapped[Level | None] = mapped_column(enum_column(Level), default=None)
    profit_potential: Mapped[Level | None] = mapped_column(enum_column(Level), default=None)
    relationship_status: Mapped[RelationshipStatus | None] = mapped_column(
        enum_column(RelationshipStatus), default=None
    )
    loyalty_stage: Mapped[LoyaltyStage | None] = mapped_column(
        enum_column(LoyaltyStage), default=None
    )


class Person(Record):
    """The buyer and the other important people (其他重要接待人员)."""

    __tablename__ = "people"
    __table_args__ = (Index(None, "customer_id"), Index(None, "deleted_at", "sort_key", "id"))

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    name: Mapped[str] = mapped_column(String(200))
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    title: Mapped[str] = mapped_column(String(200), default="")  # 头衔
    title_verified: Mapped[bool] = mapped_column(default=False)
    role: Mapped[PersonRole] = mapped_column(enum_column(PersonRole), default=PersonRole.INFLUENCER)
    quadrant: Mapped[Quadrant] = mapped_column(enum_column(Quadrant), default=Quadrant.OUTSIDER)
    personality: Mapped[str] = mapped_column(Text, default="")  # 个性
    hobbies: Mapped[str] = mapped_column(Text, default="")  # 爱好
    interests: Mapped[str] = mapped_column(Text, default="")  # 兴趣
    lifestyle: Mapped[str] = mapped_column(Text, default="")
    education: Mapped[str] = mapped_column(String(200), default="")
    hometown: Mapped[str] = mapped_column(String(200), default="")
    birthday: Mapped[date | None] = mapped_column(Date, default=None)
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender), default=None)
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    willing_to_try: Mapped[str] = mapped_column(Text, default="")  # 是否愿意尝试
    decision_confidence: Mapped[str] = mapped_column(Text, default="")  # 决策是否自信
    notes: Mapped[str] = mapped_column(Text, default="")
    fact_sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SignalRecord(Record):
    """One of the six dissatisfaction signals raised on a customer, open until resolved."""

    __tablename__ = "dissatisfaction_signals"
    __table_args__ = (Index(None, "customer_id"), Index(None, "resolved_on", "raised_on"))

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    signal: Mapped[DissatisfactionSignal] = mapped_column(enum_column(DissatisfactionSignal))
    raised_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date, default=None)
    resolution_note: Mapped[str] = mapped_column(Text, default="")


class ClassificationChange(Record):
    """Grade and tier history: old value, new value, when and why."""

    __tablename__ = "classification_changes"
    __table_args__ = (Index(None, "customer_id", "changed_at"), Index(None, "changed_at"))

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    field: Mapped[ClassificationField] = mapped_column(enum_column(ClassificationField))
    old_value: Mapped[str | None] = mapped_column(String(50), default=None)
    new_value: Mapped[str | None] = mapped_column(String(50), default=None)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
