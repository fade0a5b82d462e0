"""What the Today page shows: plain records, filled by the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from repdesk.domain.enums import DissatisfactionSignal, OccasionKind


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


@dataclass(frozen=True)
class OpenSignal:
    signal_id: str
    customer_id: str
    customer_name: str
    signal: DissatisfactionSignal
    raised_on: date
    note: str


@dataclass(frozen=True)
class TodayView:
    day: date
    visits: list[PlannedVisit] = field(default_factory=list)
    follow_ups: list[DueFollowUp] = field(default_factory=list)
    follow_ups_total: int = 0
    care: list[CareReminder] = field(default_factory=list)
    signals: list[OpenSignal] = field(default_factory=list)
    signals_total: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.visits or self.follow_ups or self.care or self.signals)
