"""The customer detail sheet (客户情况明细表) as plain records, and what it still lacks.

The sheet screen, the printed form, import and export all speak these
dataclasses; only repdesk/services/customers.py turns them into rows and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from repdesk.domain.enums import (
    ClassificationField,
    CustomerKind,
    CustomerStatus,
    DifferentiationStrategy,
    DissatisfactionSignal,
    Gender,
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
from repdesk.domain.rules import differentiation_strategy

# The people the seed's form names first, then the six key-account roles.
SHEET_ROLES: tuple[PersonRole, ...] = tuple(PersonRole)


@dataclass
class PersonFacts:
    """The buyer or another important person (其他重要接待人员)."""

    name: str
    id: str | None = None  # None until saved
    title: str = ""
    title_verified: bool = False
    role: PersonRole = PersonRole.INFLUENCER
    quadrant: Quadrant = Quadrant.OUTSIDER
    personality: str = ""
    hobbies: str = ""
    interests: str = ""
    lifestyle: str = ""
    education: str = ""
    hometown: str = ""
    birthday: date | None = None
    gender: Gender | None = None
    phone: str = ""
    email: str = ""
    willing_to_try: str = ""
    decision_confidence: str = ""
    notes: str = ""
    # How we know each fact: {"hobbies": "chatted at the trade fair"}.
    fact_sources: dict[str, str] = field(default_factory=dict)


@dataclass
class CustomerFacts:
    """Items 1-12 of the seed's form, the organisation facts and the classification inputs."""

    name: str
    id: str | None = None  # None until saved
    kind: CustomerKind = CustomerKind.ORGANISATION
    relationship_type: RelationshipType = RelationshipType.B2B
    status: CustomerStatus = CustomerStatus.PROSPECT
    value_tier: ValueTier | None = None
    prospect_grade: ProspectGrade | None = None
    value_class: ValueClass | None = None
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    lead_source_id: str | None = None
    source_note: str = ""
    main_business: str = ""
    industry_history: str = ""
    employees: int | None = None
    business_scope: str = ""
    purchase_by: PurchaseBy | None = None
    purchase_channels: PurchaseChannels | None = None
    remarks: str = ""
    name_verified: bool = False
    approval_process: str = ""
    purchasing_process: str = ""
    usage_process: str = ""
    fact_sources: dict[str, str] = field(default_factory=dict)
    share_percent: float | None = None
    upcoming_quantity: float | None = None
    annual_revenue: float | None = None
    currency: str = ""
    spending_level: Level | None = None
    profit_potential: Level | None = None
    relationship_status: RelationshipStatus | None = None
    loyalty_stage: LoyaltyStage | None = None


@dataclass(frozen=True)
class SignalEntry:
    """One of the six dissatisfaction signals, open while ``resolved_on`` is None."""

    signal: DissatisfactionSignal
    raised_on: date
    note: str = ""
    resolved_on: date | None = None
    resolution_note: str = ""
    id: str | None = None

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None


@dataclass(frozen=True)
class ClassificationEntry:
    """A change of status, grade, tier or value class: when, from what, to what, and why."""

    field: ClassificationField
    old_value: str | None
    new_value: str | None
    changed_at: datetime  # UTC
    reason: str = ""


@dataclass
class CustomerSheet:
    """Everything the sheet screen shows for one customer."""

    customer: CustomerFacts
    people: list[PersonFacts] = field(default_factory=list)
    signals: list[SignalEntry] = field(default_factory=list)
    history: list[ClassificationEntry] = field(default_factory=list)
    lead_source_label: str = ""
    last_visit: date | None = None
    next_visit: datetime | None = None  # local wall-clock

    @property
    def open_signals(self) -> list[SignalEntry]:
        return [s for s in self.signals if s.is_open]

    @property
    def strategy(self) -> DifferentiationStrategy | None:
        return differentiation_strategy(
            self.customer.share_percent, self.customer.upcoming_quantity
        )

    @property
    def segment(self) -> SegmentCell | None:
        return segment_cell(self.customer.profit_potential, self.customer.relationship_status)

    def to_learn(self) -> list[LearnItem]:
        return still_to_learn(self)


# --- segmentation (客户细分) -------------------------------------------------

_CLOSE_RELATIONSHIPS = frozenset(
    {RelationshipStatus.STABLE, RelationshipStatus.GOOD, RelationshipStatus.DEVELOPING}
)


@dataclass(frozen=True)
class SegmentCell:
    """A cell of the profit potential x relationship status grid."""

    profit: Level
    relationship: RelationshipStatus

    @property
    def attractive(self) -> bool:
        """Where the VIPs are: high potential and a relationship that holds or grows."""
        return self.profit is Level.HIGH and self.relationship in _CLOSE_RELATIONSHIPS


def segment_cell(
    profit: Level | None, relationship: RelationshipStatus | None
) -> SegmentCell | None:
    if profit is None or relationship is None:
        return None
    return SegmentCell(profit, relationship)


# --- still to learn (收集有关目标客户组织的信息) ------------------------------


class LearnTopic(StrEnum):
    """A fact of the information-gathering table that is still empty."""

    COMPANY_NAME = "company_name"  # 正确的公司名称 (ask reception)
    BUYER = "buyer"  # who buys at all
    TITLE = "title"  # 正确的头衔 (phone others)
    WILLING_TO_TRY = "willing_to_try"  # 是否愿意尝试 (visit)
    DECISION_CONFIDENCE = "decision_confidence"  # 决策是否自信 (visit)
    HOBBIES = "hobbies"  # 爱好 (chat, observe)
    INTERESTS = "interests"  # 兴趣
    LIFESTYLE = "lifestyle"  # 生活方式
    EDUCATION = "education"  # 教育
    HOMETOWN = "hometown"  # 成长背景
    APPROVAL_PROCESS = "approval_process"  # 审批
    PURCHASING_PROCESS = "purchasing_process"  # 采购
    USAGE_PROCESS = "usage_process"  # 使用


@dataclass(frozen=True)
class LearnItem:
    """A question for the next visit; ``person`` names whom it is about, if anyone."""

    topic: LearnTopic
    person: str = ""


_PERSON_TOPICS: tuple[tuple[LearnTopic, str], ...] = (
    (LearnTopic.WILLING_TO_TRY, "willing_to_try"),
    (LearnTopic.DECISION_CONFIDENCE, "decision_confidence"),
    (LearnTopic.HOBBIES, "hobbies"),
    (LearnTopic.INTERESTS, "interests"),
    (LearnTopic.LIFESTYLE, "lifestyle"),
    (LearnTopic.EDUCATION, "education"),
    (LearnTopic.HOMETOWN, "hometown"),
)

# Whose personal facts matter: the buyer and the key-account deciders. Everybody
# else (a secretary, an operator) is asked about only once the rep has a title.
_DECIDING_ROLES = frozenset(
    {
        PersonRole.BUYER,
        PersonRole.DEPARTMENT_HEAD,
        PersonRole.DECISION_MANAGEMENT,
        PersonRole.TECHNICAL_MANAGEMENT,
        PersonRole.PURCHASING,
        PersonRole.FINANCE,
        PersonRole.USAGE_MANAGEMENT,
    }
)


def still_to_learn(sheet: CustomerSheet) -> list[LearnItem]:
    """The empty facts, in the order a rep would ask: the company, then each decider."""
    customer = sheet.customer
    items: list[LearnItem] = []
    if not customer.name_verified:
        items.append(LearnItem(LearnTopic.COMPANY_NAME))
    if not any(p.role is PersonRole.BUYER for p in sheet.people):
        items.append(LearnItem(LearnTopic.BUYER))
    for person in sheet.people:
        if not person.title or not person.title_verified:
            items.append(LearnItem(LearnTopic.TITLE, person.name))
        if person.role not in _DECIDING_ROLES:
            continue
        for topic, attribute in _PERSON_TOPICS:
            if not str(getattr(person, attribute)).strip():
                items.append(LearnItem(topic, person.name))
    for topic, value in (
        (LearnTopic.APPROVAL_PROCESS, customer.approval_process),
        (LearnTopic.PURCHASING_PROCESS, customer.purchasing_process),
        (LearnTopic.USAGE_PROCESS, customer.usage_process),
    ):
        if not value.strip():
            items.append(LearnItem(topic))
    return items
