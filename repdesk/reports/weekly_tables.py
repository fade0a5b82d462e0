"""The weekly summary as titled tables of typed cells: one model for every output.

``weekly_tables(summary, labels)`` gives the Summary table (the key numbers)
first, then one table per part of the summary. A cell is text, an int, a
float, a date, a Ratio (a share, printed as a percentage) or None (blank);
the XLSX writer keeps the types (repdesk/reports/weekly_sheets.py), the CSV
writer prints them, and the PDF can lay the same tables out. Every text comes
from WeeklyLabels, so the tables follow the language they were made in.

Pure Python: no openpyxl, no reportlab.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from repdesk.domain.enums import DissatisfactionSignal, ProspectGrade
from repdesk.domain.objection_stats import Tally
from repdesk.domain.playbook import Text
from repdesk.domain.weekly import TIME_GUIDE, Direction, WeeklySummary
from repdesk.reports.labels import fill
from repdesk.reports.weekly_labels import WeeklyLabels


@dataclass(frozen=True)
class Ratio:
    """A share as a fraction (0.25 is 25 %): a percentage cell in a spreadsheet."""

    value: float

    def percent_text(self, decimals: int = 1) -> str:
        return f"{self.value * 100:.{decimals}f}%"


Value = str | int | float | date | Ratio | None
Row = tuple[Value, ...]


def cell_text(value: Value, *, percent_decimals: int = 0) -> str:
    """A typed cell as the PDF and the screen print it (and a spreadsheet's width guess)."""
    if value is None:
        return ""
    if isinstance(value, Ratio):
        return value.percent_text(percent_decimals)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 12  # characters: a hint for spreadsheets and PDFs


@dataclass(frozen=True)
class Table:
    """One titled table: a header row, typed rows, and total rows (bold, below)."""

    key: str  # stable and English ("visits-made"): file names and lookups
    title: str  # the heading, in the labels' language
    sheet: str  # a short name for a worksheet tab
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    totals: tuple[Row, ...] = ()
    empty: str = ""  # what to say when there are no rows

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


# The tables in their order; the keys name the CSV files (weekly-2026-W47-<key>.csv).
TABLE_KEYS = (
    "summary",
    "visits-by-day",
    "visits-made",
    "prospects-by-source",
    "new-prospects",
    "classification-changes",
    "signals",
    "objections",
    "answers",
    "follow-ups-done",
    "follow-ups-overdue",
    "time-by-tier",
    "expenses-by-tier",
    "next-week",
)


def weekly_tables(
    summary: WeeklySummary, labels: WeeklyLabels, *, rep_name: str = "", team: str = ""
) -> list[Table]:
    """Every table of the summary, the Summary first, in TABLE_KEYS order."""
    return [
        summary_table(summary, labels, rep_name=rep_name, team=team),
        _by_day(summary, labels),
        _visits_made(summary, labels),
        _sources(summary, labels),
        _new_prospects(summary, labels),
        _changes(summary, labels),
        _signals(summary, labels),
        _objections(summary, labels),
        _answers(summary, labels),
        _follow_ups_done(summary, labels),
        _follow_ups_overdue(summary, labels),
        _time(summary, labels),
        _expenses(summary, labels),
        _next_week(summary, labels),
    ]


def _ratio(value: float | None) -> Ratio | None:
    return Ratio(value) if value is not None else None


def _money(value: float) -> float:
    return round(value, 2)


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _columns(*specs: tuple[str, int]) -> tuple[Column, ...]:
    return tuple(Column(header, width) for header, width in specs)


def summary_table(
    summary: WeeklySummary, labels: WeeklyLabels, *, rep_name: str = "", team: str = ""
) -> Table:
    """The key numbers, one per row (Item, Value, Guide): the workbook's first sheet and
    the PDF's cover. The rep's name and team head it when given."""
    week = summary.week
    visits = summary.visits
    signals = summary.signals
    stats = summary.objections
    tried = Tally()
    for objection in stats.objections:
        tried = tried + objection.tally
    rows: list[Row] = []
    if rep_name.strip():
        rows.append((labels.rep_name, rep_name.strip(), None))
    if team.strip():
        rows.append((labels.team, team.strip(), None))
    rows += [
        (labels.week, str(week), None),
        (labels.first_day, week.monday, None),
        (labels.last_day, week.sunday, None),
    ]
    if not summary.complete:
        rows.append((labels.in_progress, summary.as_of, None))
    rows += [
        (labels.key_planned, visits.planned, None),
        (labels.key_made, visits.made, None),
        (labels.key_planned_and_made, visits.planned_and_made, None),
        (labels.key_made_rate, _ratio(visits.made_rate), None),
        (labels.key_without_plan, visits.made_without_plan, None),
        (labels.key_cancelled, visits.cancelled, None),
        (labels.key_new_prospects, summary.new_prospect_count, None),
        (labels.key_became_customers, summary.became_customers, None),
        (labels.key_changes, len(summary.changes), None),
        (labels.key_moves_up, summary.moves(Direction.UP), None),
        (labels.key_moves_down, summary.moves(Direction.DOWN), None),
        (labels.key_signals_raised, signals.raised, None),
        (labels.key_signals_resolved, signals.resolved, None),
        (labels.key_signals_open, signals.open_at_end, None),
        (labels.key_objections, stats.raised, None),
        (labels.key_answers_tried, tried.tried, None),
        (labels.key_answers_agreed, tried.agreed, None),
        (labels.key_follow_ups_done, len(summary.follow_ups.done), None),
        (labels.key_follow_ups_overdue, len(summary.follow_ups.overdue), None),
        (labels.key_hours, round(summary.minutes / 60, 2), None),
    ]
    for share in summary.time:
        rows.append(
            (
                fill(labels.key_share, labels.tier(share.tier)),
                _ratio(share.share),
                Ratio(share.guide),
            )
        )
    for currency, amount in summary.expense_totals().items():
        rows.append(
            (fill(labels.key_expenses, currency or labels.no_currency), _money(amount), None)
        )
    rows.append((labels.key_next_week, len(summary.next_week), None))
    return Table(
        key="summary",
        title=f"{labels.title} {labels.week_text(str(week), week.monday, week.sunday)}",
        sheet=labels.summary_sheet,
        columns=_columns((labels.item, 40), (labels.value, 14), (labels.guide, 10)),
        rows=tuple(rows),
    )


def _by_day(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    days = summary.visits.days
    return Table(
        key="visits-by-day",
        title=labels.by_day_title,
        sheet=labels.by_day_sheet,
        columns=_columns(
            (labels.column_date, 12),
            (labels.column_day, 12),
            (labels.column_planned, 10),
            (labels.column_made, 10),
        ),
        rows=tuple((d.day, labels.weekday(d.day), d.planned, d.made) for d in days),
        totals=((labels.total, None, sum(d.planned for d in days), sum(d.made for d in days)),),
    )


def _visits_made(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    made = summary.visits_made
    rows = tuple(
        (
            v.visited_at.date(),
            _clock(v.visited_at),
            v.customer,
            labels.tier(v.tier),
            labels.yes_no(v.from_plan),
            v.minutes,
            _money(v.expenses) if v.expenses is not None else None,
            v.currency or None,
            v.outcome,
        )
        for v in made
    )
    return Table(
        key="visits-made",
        title=labels.made_title,
        sheet=labels.made_sheet,
        columns=_columns(
            (labels.column_date, 12),
            (labels.column_time, 8),
            (labels.column_customer, 30),
            (labels.column_tier, 16),
            (labels.column_from_plan, 10),
            (labels.column_minutes, 9),
            (labels.column_expenses, 10),
            (labels.column_currency, 9),
            (labels.column_outcome, 40),
        ),
        rows=rows,
        totals=(
            (
                labels.total,
                None,
                None,
                None,
                None,
                sum(v.minutes or 0 for v in made),
                None,
                None,
                None,
            ),
        )
        if made
        else (),
        empty=labels.no_visits_made,
    )


def _sources(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    sources = summary.sources
    return Table(
        key="prospects-by-source",
        title=labels.sources_title,
        sheet=labels.sources_sheet,
        columns=_columns(
            (labels.column_source, 26),
            (labels.column_prospects, 14),
            (labels.column_became_customers, 16),
        ),
        rows=tuple(
            (labels.lead_source(s.code, s.label), s.prospects, s.became_customers) for s in sources
        ),
        totals=((labels.total, summary.new_prospect_count, summary.became_customers),)
        if sources
        else (),
        empty=labels.no_prospects,
    )


def _new_prospects(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    return Table(
        key="new-prospects",
        title=labels.prospects_title,
        sheet=labels.prospects_sheet,
        columns=_columns(
            (labels.column_created, 12),
            (labels.column_customer, 30),
            (labels.column_source, 24),
            (labels.column_grade, 8),
            (labels.column_closed, 12),
        ),
        rows=tuple(
            (
                p.created_on,
                p.customer,
                labels.lead_source(p.source_code, p.source_label),
                labels.code(ProspectGrade, p.grade.value if p.grade else None),
                labels.yes_no(p.closed),
            )
            for p in summary.new_prospects
        ),
        empty=labels.no_prospects,
    )


def _changes(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    return Table(
        key="classification-changes",
        title=labels.changes_title,
        sheet=labels.changes_sheet,
        columns=_columns(
            (labels.column_date, 12),
            (labels.column_customer, 30),
            (labels.column_field, 18),
            (labels.column_from, 14),
            (labels.column_to, 14),
            (labels.column_direction, 10),
            (labels.column_reason, 36),
        ),
        rows=tuple(
            (
                c.changed_on,
                c.customer,
                labels.code(type(c.field), c.field.value),
                labels.field_value(c.field, c.old),
                labels.field_value(c.field, c.new),
                labels.direction(c.direction),
                c.reason,
            )
            for c in summary.changes
        ),
        empty=labels.no_changes,
    )


def _signals(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    return Table(
        key="signals",
        title=labels.signals_title,
        sheet=labels.signals_sheet,
        columns=_columns(
            (labels.column_customer, 30),
            (labels.column_signal, 28),
            (labels.column_raised_on, 12),
            (labels.column_note, 36),
            (labels.column_resolved_on, 12),
            (labels.column_resolution, 36),
        ),
        rows=tuple(
            (
                e.customer,
                labels.code(DissatisfactionSignal, e.signal.value),
                e.raised_on,
                e.note,
                e.resolved_on,
                e.resolution_note,
            )
            for e in summary.signals.events
        ),
        empty=labels.no_signals,
    )


def _text(text: Text | None, labels: WeeklyLabels, missing: str, retired: bool) -> str:
    words = text.get(labels.language) if text is not None else missing
    return fill(labels.retired, words) if retired else words


def _tally_cells(tally: Tally) -> Row:
    return (tally.tried, tally.agreed, tally.refused, tally.unknown, _ratio(tally.rate))


def _objections(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    stats = summary.objections
    return Table(
        key="objections",
        title=labels.objections_title,
        sheet=labels.objections_sheet,
        columns=_columns(
            (labels.column_objection, 36),
            (labels.column_raised, 12),
            (labels.column_customers, 10),
            (labels.column_tried, 8),
            (labels.column_agreed, 8),
            (labels.column_refused, 8),
            (labels.column_unknown, 12),
            (labels.column_rate, 14),
        ),
        rows=tuple(
            (
                _text(o.title, labels, labels.own_objection, o.retired),
                o.raised,
                o.customers,
                *_tally_cells(o.tally),
            )
            for o in stats.objections
        ),
        empty=labels.no_objections,
    )


def _answers(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    return Table(
        key="answers",
        title=labels.answers_title,
        sheet=labels.answers_sheet,
        columns=_columns(
            (labels.column_objection, 30),
            (labels.column_answer, 30),
            (labels.column_tried, 8),
            (labels.column_agreed, 8),
            (labels.column_refused, 8),
            (labels.column_unknown, 12),
            (labels.column_rate, 14),
            (labels.column_judgement, 18),
        ),
        rows=tuple(
            (
                _text(o.title, labels, labels.own_objection, o.retired),
                _text(a.label, labels, labels.own_answer, a.retired),
                *_tally_cells(a.tally),
                labels.too_few if a.tally.few else "",
            )
            for o, a in summary.objections.answers()
        ),
        empty=labels.no_objections,
    )


def _follow_ups_done(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    return Table(
        key="follow-ups-done",
        title=labels.done_title,
        sheet=labels.done_sheet,
        columns=_columns(
            (labels.column_customer, 30),
            (labels.column_action, 40),
            (labels.column_due, 12),
            (labels.column_done_on, 12),
        ),
        rows=tuple((f.customer, f.action, f.due, f.done_on) for f in summary.follow_ups.done),
        empty=labels.no_done,
    )


def _follow_ups_overdue(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    judged = summary.overdue_on
    return Table(
        key="follow-ups-overdue",
        title=labels.overdue_title,
        sheet=labels.overdue_sheet,
        columns=_columns(
            (labels.column_customer, 30),
            (labels.column_action, 40),
            (labels.column_due, 12),
            (labels.column_days_overdue, 12),
        ),
        rows=tuple(
            (f.customer, f.action, f.due, (judged - f.due).days) for f in summary.follow_ups.overdue
        ),
        empty=labels.no_overdue,
    )


def _time(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    time = summary.time
    minutes = summary.minutes
    return Table(
        key="time-by-tier",
        title=labels.time_title,
        sheet=labels.time_sheet,
        columns=_columns(
            (labels.column_tier, 20),
            (labels.column_visits, 8),
            (labels.column_minutes, 10),
            (labels.column_hours, 8),
            (labels.column_share, 14),
            (labels.column_guide, 8),
        ),
        rows=tuple(
            (
                labels.tier(t.tier),
                t.visits,
                t.minutes,
                round(t.minutes / 60, 2),
                _ratio(t.share),
                Ratio(t.guide),
            )
            for t in time
        ),
        totals=(
            (
                labels.total,
                sum(t.visits for t in time),
                minutes,
                round(minutes / 60, 2),
                Ratio(1.0) if minutes else None,
                Ratio(round(sum(TIME_GUIDE.values()), 6)),
            ),
        ),
    )


def _expenses(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    expenses = summary.expenses
    totals: list[Row] = []
    for currency in sorted({e.currency for e in expenses}):
        same = [e for e in expenses if e.currency == currency]
        totals.append(
            (
                labels.all_tiers,
                currency or labels.no_currency,
                sum(e.visits for e in same),
                _money(sum(e.amount for e in same)),
            )
        )
    return Table(
        key="expenses-by-tier",
        title=labels.expenses_title,
        sheet=labels.expenses_sheet,
        columns=_columns(
            (labels.column_tier, 20),
            (labels.column_currency, 12),
            (labels.column_visits, 8),
            (labels.column_amount, 12),
        ),
        rows=tuple(
            (labels.tier(e.tier), e.currency or labels.no_currency, e.visits, _money(e.amount))
            for e in expenses
        ),
        totals=tuple(totals),
        empty=labels.no_expenses,
    )


def _next_week(summary: WeeklySummary, labels: WeeklyLabels) -> Table:
    return Table(
        key="next-week",
        title=fill(labels.next_week_title, str(summary.week.next())),
        sheet=labels.next_week_sheet,
        columns=_columns(
            (labels.column_date, 12),
            (labels.column_day, 12),
            (labels.column_time, 8),
            (labels.column_customer, 30),
            (labels.column_place, 36),
            (labels.column_objective, 36),
        ),
        rows=tuple(
            (
                p.appointment_at.date(),
                labels.weekday(p.appointment_at.date()),
                _clock(p.appointment_at),
                p.customer,
                p.place,
                p.objective,
            )
            for p in summary.next_week
        ),
        empty=labels.no_next_week,
    )


def table_by_key(tables: Sequence[Table], key: str) -> Table:
    """The table with this key (KeyError if there is none)."""
    for table in tables:
        if table.key == key:
            return table
    raise KeyError(key)
