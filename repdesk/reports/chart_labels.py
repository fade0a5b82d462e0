"""Every word the charts print, handed in from above.

Reports cannot call Qt's tr(): repdesk/gui/chart_labels.py fills ``ChartLabels``
with the UI language's strings (context "ChartLabels"), the labels of the
stored codes it prints (the app's shared "Labels" translations) and the
seed's lead sources. The defaults are the English source texts, so
``ChartLabels()`` draws English charts without Qt (tests, the CLI). ``%1``,
``%2``... stand for values, as in Qt's own strings.

Importing this module is cheap: no matplotlib.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from repdesk.domain.enums import DifferentiationStrategy, Level, RelationshipStatus
from repdesk.domain.playbook import Text
from repdesk.reports.labels import ValueKey, fill

# The stored codes the charts print, in the English of repdesk/gui/labels.py.
ENGLISH_VALUES: dict[ValueKey, str] = {
    (Level, "high"): "High",
    (Level, "medium"): "Medium",
    (Level, "low"): "Low",
    (RelationshipStatus, "stable"): "Stable position",
    (RelationshipStatus, "developing"): "Developing",
    (RelationshipStatus, "good"): "Good relationship",
    (RelationshipStatus, "just_contacted"): "Just contacted",
    (RelationshipStatus, "limited"): "Limited contact",
    (RelationshipStatus, "withdrawing"): "Withdrawing",
    (DifferentiationStrategy, "keep_close"): "Keep in close contact",
    (DifferentiationStrategy, "maintain_or_acquire"): "Maintain or acquire",
    (DifferentiationStrategy, "develop"): "Develop",
    (DifferentiationStrategy, "acquire_or_abandon"): "Acquire or abandon",
}


@dataclass(frozen=True)
class ChartLabels:
    """The charts' texts in one language; ``language`` picks the playbook's own texts."""

    language: str = "en"
    period: str = "%1 to %2"
    week: str = "W%1"  # %1: the ISO week number
    part_week: str = "W%1*"  # a week the period cuts
    part_week_note: str = "* part of the week is outside the period"
    percent: str = "%1%"
    # 1. visits
    visits_title: str = "Visits planned and made"
    visits_planned: str = "Planned"
    visits_made: str = "Made"
    visits_axis: str = "Visits"
    visits_totals: str = "%1 planned, %2 made"
    visits_empty: str = "No visits planned or made in this period"
    # 2. grades
    grades_title: str = "Prospects by grade"
    grades_now: str = "Prospects now"
    grades_ungraded: str = "Ungraded"
    grades_moves: str = "Grade movements in the period"
    grades_from: str = "From"
    grades_to: str = "To"
    grades_new: str = "New or ungraded"
    grades_customer: str = "Customer"
    grades_no_moves: str = "No grade changed in this period"
    grades_empty: str = "No prospects and no grade changes yet"
    # 3. lead sources
    sources_title: str = "Lead sources"
    sources_found: str = "Prospects found"
    sources_closed: str = "Became customers"
    sources_none: str = "No source given"
    sources_totals: str = "%1 found, %2 became customers"
    sources_share: str = "%1 of %2 closed"
    sources_empty: str = "No prospects found in this period"
    # 4. objections
    objections_title: str = "Objections met most"
    objections_raised: str = "Times raised"
    objections_customers: str = "%1 times · %2 customers"
    objections_typed: str = "Objections typed on visits"
    objections_more: str = "%1 more objections not shown"
    objections_empty: str = "No objections met in this period"
    answers_title: str = "Agreement per answer"
    answers_rate: str = "Customers who agreed"
    answers_interval: str = "95% interval"
    answers_tally: str = "%1 of %2 agreed"
    answers_few: str = "too few to judge"
    answers_typed: str = "Answers typed on visits"
    answers_retired: str = "%1 (removed)"
    answers_empty: str = "No answer with a recorded result in this period"
    # 5. Pareto
    pareto_title: str = "80/20 rule: revenue by customer"
    pareto_customers: str = "Share of customers (biggest first)"
    pareto_revenue: str = "Share of revenue"
    pareto_mark: str = "%1 biggest (%2 of customers) bring %3"
    pareto_band: str = "%1 of sales"
    pareto_above_band: str = "above the %1 band"
    pareto_leaders: str = "Biggest customers"
    pareto_currency: str = "Annual revenue in %1, %2 customers"
    pareto_no_currency: str = "no currency given"
    pareto_others: str = "Not shown, other currencies: %1"
    pareto_empty: str = "No closed customer has an annual revenue yet"
    # 6. time by tier
    time_title: str = "Time by customer tier"
    time_vip: str = "VIP customers"
    time_ordinary: str = "Ordinary customers"
    time_possible: str = "Possible customers"
    time_customers: str = "Share of customers"
    time_spent: str = "Share of time"
    time_guide: str = "Guide (60/30/10)"
    time_hours: str = "%1 h"
    time_no_minutes: str = "No visit time recorded in this period"
    time_missing: str = "%1 visits without time recorded"
    time_empty: str = "No customers and no visit time yet"
    # 7. differentiation and segmentation
    matrix_title: str = "Differentiation matrix"
    matrix_share: str = "Our share of their purchases (%)"
    matrix_quantity: str = "Quantity they will buy soon"
    matrix_customers: str = "Customers"
    matrix_prospects: str = "Prospects"
    matrix_vip: str = "VIP"
    matrix_count: str = "%1: %2"
    matrix_unknown: str = "%1 sheets lack the share or the quantity"
    matrix_empty: str = "No sheet has both a share and an upcoming quantity yet"
    segments_title: str = "Customer segmentation"
    segments_profit: str = "Profit potential"
    segments_relationship: str = "Relationship"
    segments_vip: str = "VIP %1"
    segments_attractive: str = "Framed: attractive cells, where the VIPs are"
    segments_unknown: str = "%1 sheets lack the potential or the relationship"
    segments_empty: str = "No sheet has both a profit potential and a relationship yet"
    # The stored codes the charts print (Level, RelationshipStatus, DifferentiationStrategy).
    values: Mapping[ValueKey, str] = field(default_factory=lambda: dict(ENGLISH_VALUES))
    # The seed's lead sources by their stored (English) label; the rep's own are as typed.
    sources: Mapping[str, str] = field(default_factory=dict)

    def value(self, code: StrEnum) -> str:
        key = (type(code), code.value)
        return self.values.get(key) or ENGLISH_VALUES.get(key) or str(code.value)

    def source(self, stored: str | None) -> str:
        if not stored:
            return self.sources_none
        return self.sources.get(stored) or stored

    def text(self, words: Text | None, fallback: str) -> str:
        """A playbook text in this language (or the other's), else ``fallback``."""
        found = words.get(self.language) if words is not None else ""
        return found.strip() or fallback

    def dates(self, start: date, end: date) -> str:
        return fill(self.period, start.isoformat(), end.isoformat())

    def share(self, fraction: float) -> str:
        """A fraction as a whole percentage; below 1% with one decimal."""
        percent = fraction * 100
        number = f"{percent:.1f}" if 0 < percent < 1 else f"{percent:.0f}"
        return fill(self.percent, number)
