"""What the Today page shows: plain records, filled by the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from repdesk.domain.enums import DissatisfactionSignal, HolidayCode, OccasionKind, ProspectGrade


@dataclass(frozen=True)
class PlannedVisit:
    plan_id: str
    customer_id: str
    customer_name: str
    at: datetime
    objective: str
    place: str


@dataclass(frozen=True)
class DueFollowUp:
    follow_up_id: str
    customer_id: str | None
    customer_name: str
    action: str
    due: date
    overdue: bool
    done: bool = False  # done today: kept on the page so the rep can undo it
    diary_entry_id: str | None = None  # where it was written, when in the diary


@dataclass(frozen=True)
class CareReminder:
    occasion_id: str
    person_id: str
    person_name: str
    customer_name: str
    kind: OccasionKind
    label: str
    on: date
    gesture: str
    customer_id: str | None = None
    holiday: HolidayCode | None = None


@dataclass(frozen=True)
class OpenSignal:
    signal_id: str
    customer_id: str
    customer_name: str
    signal: DissatisfactionSignal
    raised_on: date
    note: str


@dataclass(frozen=True)
class QuietProspect:
    """A prospect not touched for the set number of days, or an A-grade one with no next step."""

    customer_id: str
    customer_name: str
    grade: ProspectGrade | None
    last_contact: date | None


@dataclass(frozen=True)
class TodayView:
    day: date
    visits: list[PlannedVisit] = field(default_factory=list)
    follow_ups: list[DueFollowUp] = field(default_factory=list)
    follow_ups_total: int = 0
    care: list[CareReminder] = field(default_factory=list)
    signals: list[OpenSignal] = field(default_factory=list)
    signals_total: int = 0
    untouched: list[QuietProspect] = field(default_factory=list)
    untouched_total: int = 0
    untouched_days: int = 30
    no_next_step: list[QuietProspect] = field(default_factory=list)
    no_next_step_total: int = 0

    @property
    def is_empty(self) -> bool:
        return not (
            self.visits
            or self.follow_ups
            or self.care
            or self.signals
            or self.untouched
            or self.no_next_step
        )
