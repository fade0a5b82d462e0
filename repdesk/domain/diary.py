"""The prospect diary (目标客户探询的个人日记): its rows, periods and value rules.

A row is what the rep types on the seed's form: first contact date, company,
contact person, lead source, phone, appointment time, visit result and the
follow-up action (后续活动) with its due date. The store turns an appointment
into a planned visit and a follow-up action into a follow-up; this module
only says what a row is and what it may hold.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from repdesk.domain.validation import (
    FULL_WIDTH,
    Problem,
    ProblemCode,
    parse_date,
    phone_problem,
)

# Two appointments closer than this are shown as a clash (a visit with travel takes an hour).
CLASH_MINUTES = 60


class DiaryPeriod(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def period_range(period: DiaryPeriod, day: date) -> tuple[date, date]:
    """First and last day of the day, ISO week (Monday first) or month holding ``day``."""
    if period is DiaryPeriod.DAY:
        return day, day
    if period is DiaryPeriod.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def step_period(period: DiaryPeriod, day: date, steps: int) -> date:
    """The day ``steps`` periods before (negative) or after ``day``."""
    if period is DiaryPeriod.DAY:
        return day + timedelta(days=steps)
    if period is DiaryPeriod.WEEK:
        return day + timedelta(weeks=steps)
    month = day.month - 1 + steps
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class DiaryRow:
    """One contact as the rep enters it. ``id`` is None until stored."""

    contact_date: date
    company: str
    contact: str = ""
    lead_source_id: str | None = None
    phone: str = ""
    appointment_at: datetime | None = None
    visit_result: str = ""
    follow_up: str = ""  # 后续活动
    follow_up_due: date | None = None
    notes: str = ""
    id: str | None = None
    customer_id: str | None = None  # the sheet the company is, when it has one
    person_id: str | None = None  # the person on that sheet the contact is


@dataclass(frozen=True)
class DiaryLine:
    """A stored row as the diary shows and prints it, with what it led to."""

    row: DiaryRow
    lead_source_code: str | None = None  # LeadSourceCode value, for the translated label
    lead_source_label: str = ""  # the rep's own label (sources without a code)
    visit_plan_id: str | None = None
    follow_up_id: str | None = None
    follow_up_done: bool = False

    @property
    def id(self) -> str:
        assert self.row.id is not None
        return self.row.id


@dataclass(frozen=True)
class DiaryPage:
    """What the diary prints for a period: the seed's header and its rows in date order."""

    rep_name: str
    team: str
    first: date
    last: date
    lines: list[DiaryLine] = field(default_factory=list)


@dataclass(frozen=True)
class Clash:
    """Another planned visit too close to a row's appointment."""

    visit_plan_id: str
    customer_name: str
    at: datetime


def normalised(row: DiaryRow) -> DiaryRow:
    """Surrounding spaces stripped from every text."""
    return replace(
        row,
        company=row.company.strip(),
        contact=row.contact.strip(),
        phone=row.phone.strip(),
        visit_result=row.visit_result.strip(),
        follow_up=row.follow_up.strip(),
        notes=row.notes.strip(),
    )


def check_row(row: DiaryRow) -> list[Problem]:
    """The value rules of a diary row; ``field`` names a DiaryRow attribute."""
    problems: list[Problem] = []
    if not row.company.strip():
        problems.append(Problem("company", ProblemCode.REQUIRED))
    code = phone_problem(row.phone)
    if code:
        problems.append(Problem("phone", code, value=row.phone))
    if row.follow_up.strip() and row.follow_up_due is None:
        problems.append(Problem("follow_up_due", ProblemCode.REQUIRED))
    if row.follow_up_due is not None and not row.follow_up.strip():
        problems.append(Problem("follow_up", ProblemCode.REQUIRED))
    return problems


def appointment_in_past(row: DiaryRow, now: datetime) -> bool:
    """An appointment before now asks the rep to confirm (it may be a typo for next year)."""
    return row.appointment_at is not None and row.appointment_at < now


def clashes(at: datetime, others: list[Clash]) -> list[Clash]:
    """The other appointments within CLASH_MINUTES of ``at``, nearest first."""
    window = timedelta(minutes=CLASH_MINUTES)
    near = [c for c in others if abs(c.at - at) < window]
    return sorted(near, key=lambda c: abs(c.at - at))


_TIME = re.compile(r"(\d{1,2})[:：.](\d{2})|(\d{1,2})点(半)?")
_RELATIVE = re.compile(r"\+(\d{1,3})")


def _time_of(text: str) -> time:
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise ValueError(text)
    if match.group(1) is not None:
        return time(int(match.group(1)), int(match.group(2)))
    return time(int(match.group(3)), 30 if match.group(4) else 0)


def parse_day(text: str, today: date) -> date:
    """A date as ``parse_date`` reads it, or ``+N`` days from today. Raises ValueError."""
    cleaned = text.strip().translate(FULL_WIDTH)
    if match := _RELATIVE.fullmatch(cleaned):
        return today + timedelta(days=int(match.group(1)))
    return parse_date(cleaned)


def parse_appointment(text: str, today: date) -> datetime:
    """``2026-11-25 10:30``, ``+2 10:30`` (in two days) or ``10:30`` (today). Raises ValueError.

    The seed writes the time alone (上午11点); a rep logging a call usually agrees
    a day too, so a date may precede the time. ``14点``, ``9点半`` work as well.
    """
    cleaned = " ".join(text.strip().translate(FULL_WIDTH).split())
    if " " in cleaned:
        day_text, time_text = cleaned.rsplit(" ", 1)
        return datetime.combine(parse_day(day_text, today), _time_of(time_text))
    return datetime.combine(today, _time_of(cleaned))
