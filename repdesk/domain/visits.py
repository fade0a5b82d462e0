"""Visit plans (STEP1 客户预服务) and visit records (销售拜访记录表): what they hold.

A plan prepares one call: objective, stage goal, resources, the appointment
and its place in the day's itinerary, and the three STEP1 checklists (sales
tools to bring, information to gather, checks before leaving) ticked per
visit. After the call the plan becomes a record: what happened, objections
met, buying signals seen, outcome, next step with a date, time and expenses.
A visit report prints one record; a pack prints a week of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from repdesk.domain.enums import BuyingSignal, ChecklistKind, VisitStatus
from repdesk.domain.playbook import Text
from repdesk.domain.sheet import LearnItem, SignalEntry
from repdesk.domain.validation import Problem, ProblemCode

MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class ChecklistTick:
    """One line of a plan's checklist. ``code`` names a seed line (translated label)."""

    kind: ChecklistKind
    label: str
    ticked: bool = False
    note: str = ""  # information to gather: what was found out
    code: str | None = None
    template_item_id: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class VisitPlanFacts:
    customer_id: str
    appointment_at: datetime | None = None  # the rep's local wall-clock time
    place: str = ""
    objective: str = ""
    stage_goal: str = ""  # 阶段目标
    resources: str = ""  # 资源配置
    frequency_note: str = ""  # 频度
    documents_note: str = ""  # 文案
    appearance_checked: bool = False  # 仪容仪表
    itinerary_position: int | None = None  # 行程: order within the day
    status: VisitStatus = VisitStatus.PLANNED
    checklist: tuple[ChecklistTick, ...] = ()
    diary_entry_id: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class ObjectionMet:
    """An objection raised on the visit and how it went (the playbook's, or typed)."""

    customer_words: str = ""
    answer_text: str = ""
    customer_agreed: bool | None = None
    next_step: str = ""
    objection_id: str | None = None
    answer_id: str | None = None
    objection_title: Text | None = None  # the playbook entry's title, for reports
    id: str | None = None
    round: int = 1  # 2, 3... when the rep answered the same objection again
    steps: tuple[str, ...] = ()  # what the rep ticked in the call checklist, in order


@dataclass(frozen=True)
class VisitRecordFacts:
    customer_id: str
    visited_at: datetime
    summary: str = ""  # what happened
    outcome: str = ""
    buying_signals: tuple[BuyingSignal, ...] = ()
    next_step: str = ""
    next_step_date: date | None = None  # becomes a follow-up on Today
    minutes_spent: int | None = None
    expenses: float | None = None
    currency: str = ""
    people_met: tuple[str, ...] = ()  # person ids
    objections: tuple[ObjectionMet, ...] = ()
    is_draft: bool = True
    visit_plan_id: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class PersonMet:
    name: str
    title: str = ""
    role: str = ""  # PersonRole value


@dataclass(frozen=True)
class VisitReport:
    """Everything the one-page visit report prints, texts as the rep typed them."""

    rep_name: str
    team: str
    customer_name: str
    visited_at: datetime
    place: str = ""
    people: tuple[PersonMet, ...] = ()
    objective: str = ""
    summary: str = ""
    outcome: str = ""
    objections: tuple[ObjectionMet, ...] = ()
    buying_signals: tuple[BuyingSignal, ...] = ()
    next_step: str = ""
    next_step_date: date | None = None
    minutes_spent: int | None = None
    expenses: float | None = None
    currency: str = ""
    is_draft: bool = False
    record_id: str = ""


@dataclass(frozen=True)
class ReportPack:
    """A week's visit reports in one PDF, with a contents page."""

    rep_name: str
    team: str
    first: date
    last: date
    reports: list[VisitReport] = field(default_factory=list)


def check_record(record: VisitRecordFacts) -> list[Problem]:
    """The value rules of a record; ``field`` names a VisitRecordFacts attribute."""
    problems: list[Problem] = []
    if record.next_step.strip() and record.next_step_date is None:
        problems.append(Problem("next_step_date", ProblemCode.REQUIRED))
    if record.next_step_date is not None and not record.next_step.strip():
        problems.append(Problem("next_step", ProblemCode.REQUIRED))
    if record.minutes_spent is not None:
        if record.minutes_spent < 0:
            problems.append(Problem("minutes_spent", ProblemCode.NEGATIVE))
        elif record.minutes_spent > MAX_MINUTES:
            problems.append(Problem("minutes_spent", ProblemCode.TOO_LARGE))
    if record.expenses is not None and record.expenses < 0:
        problems.append(Problem("expenses", ProblemCode.NEGATIVE))
    return problems


@dataclass(frozen=True)
class PersonToMeet:
    person_id: str
    name: str
    title: str = ""
    role: str = ""
    hobbies: str = ""
    interests: str = ""


@dataclass(frozen=True)
class EarlierObjection:
    visited_at: datetime
    customer_words: str
    title: Text | None = None  # the playbook entry, when one was picked
    answer_text: str = ""
    customer_agreed: bool | None = None
    next_step: str = ""
    round: int = 1  # 2, 3...: the same objection answered again
    answer_label: Text | None = None  # the playbook answer, when one was picked


@dataclass(frozen=True)
class TalkingPoints:
    """What the customer sheet says to bring up: drawn fresh for each visit."""

    people: tuple[PersonToMeet, ...] = ()
    still_to_learn: tuple[LearnItem, ...] = ()
    open_signals: tuple[SignalEntry, ...] = ()
    earlier_objections: tuple[EarlierObjection, ...] = ()


@dataclass(frozen=True)
class DayVisit:
    """A line of the day plan (itinerary)."""

    plan_id: str
    customer_id: str
    customer_name: str
    appointment_at: datetime | None
    place: str
    objective: str
    position: int | None
    status: VisitStatus
    address: str = ""


def itinerary_order(visits: list[DayVisit]) -> list[DayVisit]:
    """The rep's order where set (drag and drop), else by time; unplaced ones after."""

    def key(v: DayVisit) -> tuple[int, int, datetime]:
        placed = v.position is not None
        return (0 if placed else 1, v.position or 0, v.appointment_at or datetime.max)

    return sorted(visits, key=key)
