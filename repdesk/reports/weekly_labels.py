"""Every text of the manager's weekly summary (spreadsheet, CSV files, PDF), handed in from above.

Reports cannot call Qt's tr(), so repdesk/gui/weekly_labels.py fills WeeklyLabels
with translated strings; the defaults are the English source texts, so
``WeeklyLabels()`` makes an English summary without Qt (tests, the command line).
``%1``, ``%2``... stand for the values, as in Qt's own strings (``fill``).

Sheet names are short (a worksheet tab holds 31 characters); titles are the
headings above each table. Importing this module is cheap: no openpyxl, no
reportlab.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    DissatisfactionSignal,
    ProspectGrade,
    ValueClass,
    ValueTier,
)
from repdesk.domain.rules import TimeTier
from repdesk.domain.weekly import Direction
from repdesk.reports.labels import ValueKey, english_lead_sources, fill

_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The values a weekly table names, by the field that holds them.
_FIELD_ENUMS: dict[ClassificationField, type[StrEnum]] = {
    ClassificationField.STATUS: CustomerStatus,
    ClassificationField.VALUE_TIER: ValueTier,
    ClassificationField.PROSPECT_GRADE: ProspectGrade,
    ClassificationField.VALUE_CLASS: ValueClass,
}


# The English names of the values the tables print, as repdesk/gui/labels.py gives them
# (tests/core/test_weekly_sheets.py holds the two together): the defaults of ``values``.
_ENGLISH_VALUES: dict[ValueKey, str] = {
    (CustomerStatus, CustomerStatus.PROSPECT.value): "Prospect",
    (CustomerStatus, CustomerStatus.CUSTOMER.value): "Customer",
    (ValueTier, ValueTier.SMALL.value): "Small",
    (ValueTier, ValueTier.MEDIUM.value): "Medium",
    (ValueTier, ValueTier.LARGE.value): "Large",
    (ValueTier, ValueTier.VIP.value): "VIP",
    (ValueClass, ValueClass.MVC.value): "MVC (most valuable)",
    (ValueClass, ValueClass.MGC.value): "MGC (most growable)",
    (ValueClass, ValueClass.BZC.value): "BZC (below zero)",
    (ClassificationField, ClassificationField.STATUS.value): "Closed or prospect",
    (ClassificationField, ClassificationField.VALUE_TIER.value): "Value tier",
    (ClassificationField, ClassificationField.PROSPECT_GRADE.value): "Prospect grade",
    (ClassificationField, ClassificationField.VALUE_CLASS.value): "Value class",
    (DissatisfactionSignal, DissatisfactionSignal.FALLING_VOLUME.value): "Falling purchase volume",
    (DissatisfactionSignal, DissatisfactionSignal.MORE_COMPLAINTS.value): "More complaints",
    (
        DissatisfactionSignal,
        DissatisfactionSignal.CITES_COMPETITOR.value,
    ): "Keeps citing a competitor's strengths",
    (
        DissatisfactionSignal,
        DissatisfactionSignal.RELATIONSHIP_DECLINING.value,
    ): "Relationship going downhill",
    (DissatisfactionSignal, DissatisfactionSignal.NEW_STRATEGY.value): "New business strategy",
    (DissatisfactionSignal, DissatisfactionSignal.OWNERSHIP_CHANGE.value): "Change of ownership",
}


def english_values() -> dict[ValueKey, str]:
    """The English names of the values the weekly tables print (WeeklyLabels' defaults)."""
    return dict(_ENGLISH_VALUES)


def _humanise(code: str) -> str:
    """A readable stand-in when no label came in: 'keep_close' -> 'Keep close', 'vip' -> 'VIP'."""
    text = code.replace("_", " ")
    if len(text) <= 3:
        return text.upper()
    return text[0].upper() + text[1:]


@dataclass(frozen=True)
class WeeklyLabels:
    """The weekly summary's headings, columns, sheet names and value names.

    ``language`` picks the playbook's two-language texts (objection titles,
    answers). ``values`` maps (enum class, code) to a label, as SheetLabels does
    (repdesk/reports/labels.py ``value_labels``), English by default; ``lead_sources``
    maps a LeadSourceCode value to its label (a source the rep named prints as stored).
    """

    language: str = "en"
    # The document.
    title: str = "Weekly summary"
    # The PDF: its sections, the guide under a key number, the page furniture.
    charts_title: str = "Charts"
    tables_title: str = "The week in detail"
    guide_note: str = "guide %1"
    item_value: str = "%1: %2"  # Sales rep: Wang Wei
    no_rows: str = "Nothing this week."
    printed_on: str = "Printed %1"
    page_of: str = "Page %1 of %2"
    week_range: str = "%1 (%2 – %3)"  # 2026-W47 (2026-11-16 – 2026-11-22)
    file_title: str = "Weekly summary %1"
    # The Summary sheet: the key numbers.
    summary_sheet: str = "Summary"
    item: str = "Item"
    value: str = "Value"
    guide: str = "Guide"
    rep_name: str = "Sales rep"
    team: str = "Team"
    week: str = "Week"
    first_day: str = "First day"
    last_day: str = "Last day"
    in_progress: str = "Week in progress: numbers as of"
    key_planned: str = "Visits planned"
    key_made: str = "Visits made"
    key_planned_and_made: str = "Planned visits made"
    key_made_rate: str = "Share of planned visits made"
    key_without_plan: str = "Visits made without a plan"
    key_cancelled: str = "Planned visits cancelled"
    key_new_prospects: str = "New prospects"
    key_became_customers: str = "New prospects who became customers"
    key_changes: str = "Grade and tier changes"
    key_moves_up: str = "Moves up"
    key_moves_down: str = "Moves down"
    key_signals_raised: str = "Dissatisfaction signals raised"
    key_signals_resolved: str = "Dissatisfaction signals resolved"
    key_signals_open: str = "Dissatisfaction signals open at the end"
    key_objections: str = "Objections met"
    key_answers_tried: str = "Answers tried"
    key_answers_agreed: str = "Answers the customer agreed to"
    key_follow_ups_done: str = "Follow-ups done"
    key_follow_ups_overdue: str = "Follow-ups overdue at the end"
    key_hours: str = "Hours on visits"
    key_share: str = "Share of time: %1"
    key_expenses: str = "Expenses (%1)"
    key_next_week: str = "Visits planned for next week"
    # The tables: a heading each, and a short sheet name.
    by_day_title: str = "Visits planned and made, day by day"
    by_day_sheet: str = "Visits by day"
    made_title: str = "Visits made"
    made_sheet: str = "Visits made"
    sources_title: str = "New prospects by lead source"
    sources_sheet: str = "Prospects by source"
    prospects_title: str = "New prospects"
    prospects_sheet: str = "New prospects"
    changes_title: str = "Grade and tier changes"
    changes_sheet: str = "Grade and tier changes"
    signals_title: str = "Dissatisfaction signals raised and resolved"
    signals_sheet: str = "Signals"
    objections_title: str = "Objections met"
    objections_sheet: str = "Objections"
    answers_title: str = "What worked: answers, best first"
    answers_sheet: str = "Answers"
    done_title: str = "Follow-ups done"
    done_sheet: str = "Follow-ups done"
    overdue_title: str = "Follow-ups overdue at the end of the week"
    overdue_sheet: str = "Follow-ups overdue"
    time_title: str = "Time by customer tier, against the 60 / 30 / 10 guide"
    time_sheet: str = "Time by tier"
    expenses_title: str = "Expenses by customer tier"
    expenses_sheet: str = "Expenses"
    next_week_title: str = "Next week's plan: %1"
    next_week_sheet: str = "Next week"
    # Columns.
    column_date: str = "Date"
    column_day: str = "Day"
    column_time: str = "Time"
    column_customer: str = "Customer"
    column_planned: str = "Planned"
    column_made: str = "Made"
    column_tier: str = "Tier"
    column_from_plan: str = "From a plan"
    column_minutes: str = "Minutes"
    column_hours: str = "Hours"
    column_expenses: str = "Expenses"
    column_currency: str = "Currency"
    column_outcome: str = "Outcome"
    column_source: str = "Lead source"
    column_prospects: str = "New prospects"
    column_became_customers: str = "Became customers"
    column_created: str = "Sheet made"
    column_grade: str = "Grade"
    column_closed: str = "Customer now"
    column_field: str = "What changed"
    column_from: str = "From"
    column_to: str = "To"
    column_direction: str = "Direction"
    column_reason: str = "Reason"
    column_signal: str = "Signal"
    column_raised_on: str = "Raised on"
    column_note: str = "Note"
    column_resolved_on: str = "Resolved on"
    column_resolution: str = "Resolution"
    column_objection: str = "Objection"
    column_raised: str = "Times raised"
    column_customers: str = "Customers"
    column_answer: str = "Answer"
    column_tried: str = "Tried"
    column_agreed: str = "Agreed"
    column_refused: str = "Refused"
    column_unknown: str = "Not recorded"
    column_rate: str = "Agreement rate"
    column_judgement: str = "Judgement"
    column_action: str = "Action"
    column_due: str = "Due"
    column_done_on: str = "Done on"
    column_days_overdue: str = "Days overdue"
    column_visits: str = "Visits"
    column_share: str = "Share of time"
    column_guide: str = "Guide"
    column_amount: str = "Amount"
    column_place: str = "Place"
    column_objective: str = "Objective"
    # Inside the cells.
    yes: str = "Yes"
    no: str = "No"
    total: str = "Total"
    all_tiers: str = "All tiers"
    no_source: str = "No lead source"
    no_currency: str = "No currency"
    own_objection: str = "Not in the playbook"
    own_answer: str = "The rep's own words"
    retired: str = "%1 (removed from the playbook)"
    too_few: str = "Too few to judge"
    tier_vip: str = "VIP customers"
    tier_ordinary: str = "Ordinary customers"
    tier_prospect: str = "Prospects"
    direction_up: str = "Up"
    direction_down: str = "Down"
    direction_set: str = "First set"
    direction_cleared: str = "Cleared"
    direction_changed: str = "Changed"
    # When a table has no rows.
    no_visits_made: str = "No visits made this week."
    no_prospects: str = "No new prospects this week."
    no_changes: str = "No grade or tier changes this week."
    no_signals: str = "No dissatisfaction signals raised or resolved this week."
    no_objections: str = "No objections met this week."
    no_done: str = "No follow-ups done this week."
    no_overdue: str = "No follow-ups overdue."
    no_expenses: str = "No expenses recorded this week."
    no_next_week: str = "No visits planned for next week yet."
    weekdays: tuple[str, ...] = _ENGLISH_WEEKDAYS
    values: Mapping[ValueKey, str] = field(default_factory=english_values)
    lead_sources: Mapping[str, str] = field(default_factory=english_lead_sources)

    def code(self, enum_cls: type[StrEnum], code: str | None) -> str:
        """The label of a stored code ('' for none; grades stand for themselves)."""
        if not code:
            return ""
        if enum_cls is ProspectGrade:
            return code
        return (
            self.values.get((enum_cls, code))
            or _ENGLISH_VALUES.get((enum_cls, code))
            or _humanise(code)
        )

    def field_value(self, changed: ClassificationField, code: str | None) -> str:
        """A classification value as the sheet names it (a status, tier, grade or class)."""
        return self.code(_FIELD_ENUMS[changed], code)

    def tier(self, tier: TimeTier) -> str:
        return {
            TimeTier.VIP: self.tier_vip,
            TimeTier.ORDINARY: self.tier_ordinary,
            TimeTier.POSSIBLE: self.tier_prospect,
        }[tier]

    def direction(self, direction: Direction) -> str:
        return {
            Direction.UP: self.direction_up,
            Direction.DOWN: self.direction_down,
            Direction.SET: self.direction_set,
            Direction.CLEARED: self.direction_cleared,
            Direction.CHANGED: self.direction_changed,
        }[direction]

    def lead_source(self, code: str | None, stored: str) -> str:
        """A lead source's label: the seed's by code, the rep's own as stored."""
        if code:
            return self.lead_sources.get(code) or stored or _humanise(code)
        return stored or self.no_source

    def weekday(self, day: date) -> str:
        names = self.weekdays if len(self.weekdays) == 7 else _ENGLISH_WEEKDAYS
        return names[day.weekday()]

    def yes_no(self, value: bool) -> str:
        return self.yes if value else self.no

    def week_text(self, week: str, first: date, last: date) -> str:
        return fill(self.week_range, week, first.isoformat(), last.isoformat())


def english_weekdays() -> tuple[str, ...]:
    """Monday to Sunday in English (the defaults of WeeklyLabels.weekdays)."""
    return _ENGLISH_WEEKDAYS
