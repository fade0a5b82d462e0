"""The charts' words in the UI language, for the reports layer (which cannot call tr()).

Literal ``QCoreApplication.translate("ChartLabels", ...)`` strings (lupdate reads
them), the English sources being the defaults of repdesk/reports/chart_labels.py
word for word; the stored codes the charts print (profit potential, relationship
status, differentiation strategy) take the app's shared labels
(repdesk/gui/labels.py), and the seed's lead sources their translated names.
Build it on the GUI thread, then hand it to the worker that draws.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.gui import labels as shared
from repdesk.gui.i18n import ui_language
from repdesk.reports.chart_labels import ENGLISH_VALUES, ChartLabels


def chart_labels() -> ChartLabels:
    """Every word the charts print, in the UI language."""
    values = {key: shared.code_label(key[0], key[1]) for key in ENGLISH_VALUES}
    return ChartLabels(
        language=ui_language(),
        period=QCoreApplication.translate("ChartLabels", "%1 to %2"),
        week=QCoreApplication.translate("ChartLabels", "W%1"),
        part_week=QCoreApplication.translate("ChartLabels", "W%1*"),
        part_week_note=QCoreApplication.translate(
            "ChartLabels", "* part of the week is outside the period"
        ),
        percent=QCoreApplication.translate("ChartLabels", "%1%"),
        visits_title=QCoreApplication.translate("ChartLabels", "Visits planned and made"),
        visits_planned=QCoreApplication.translate("ChartLabels", "Planned"),
        visits_made=QCoreApplication.translate("ChartLabels", "Made"),
        visits_axis=QCoreApplication.translate("ChartLabels", "Visits"),
        visits_totals=QCoreApplication.translate("ChartLabels", "%1 planned, %2 made"),
        visits_empty=QCoreApplication.translate(
            "ChartLabels", "No visits planned or made in this period"
        ),
        grades_title=QCoreApplication.translate("ChartLabels", "Prospects by grade"),
        grades_now=QCoreApplication.translate("ChartLabels", "Prospects now"),
        grades_ungraded=QCoreApplication.translate("ChartLabels", "Ungraded"),
        grades_moves=QCoreApplication.translate("ChartLabels", "Grade movements in the period"),
        grades_from=QCoreApplication.translate("ChartLabels", "From"),
        grades_to=QCoreApplication.translate("ChartLabels", "To"),
        grades_new=QCoreApplication.translate("ChartLabels", "New or ungraded"),
        grades_customer=QCoreApplication.translate("ChartLabels", "Customer"),
        grades_no_moves=QCoreApplication.translate(
            "ChartLabels", "No grade changed in this period"
        ),
        grades_empty=QCoreApplication.translate(
            "ChartLabels", "No prospects and no grade changes yet"
        ),
        sources_title=QCoreApplication.translate("ChartLabels", "Lead sources"),
        sources_found=QCoreApplication.translate("ChartLabels", "Prospects found"),
        sources_closed=QCoreApplication.translate("ChartLabels", "Became customers"),
        sources_none=QCoreApplication.translate("ChartLabels", "No source given"),
        sources_totals=QCoreApplication.translate("ChartLabels", "%1 found, %2 became customers"),
        sources_share=QCoreApplication.translate("ChartLabels", "%1 of %2 closed"),
        sources_empty=QCoreApplication.translate(
            "ChartLabels", "No prospects found in this period"
        ),
        objections_title=QCoreApplication.translate("ChartLabels", "Objections met most"),
        objections_raised=QCoreApplication.translate("ChartLabels", "Times raised"),
        objections_customers=QCoreApplication.translate("ChartLabels", "%1 times · %2 customers"),
        objections_typed=QCoreApplication.translate("ChartLabels", "Objections typed on visits"),
        objections_more=QCoreApplication.translate("ChartLabels", "%1 more objections not shown"),
        objections_empty=QCoreApplication.translate(
            "ChartLabels", "No objections met in this period"
        ),
        answers_title=QCoreApplication.translate("ChartLabels", "Agreement per answer"),
        answers_rate=QCoreApplication.translate("ChartLabels", "Customers who agreed"),
        answers_interval=QCoreApplication.translate("ChartLabels", "95% interval"),
        answers_tally=QCoreApplication.translate("ChartLabels", "%1 of %2 agreed"),
        answers_few=QCoreApplication.translate("ChartLabels", "too few to judge"),
        answers_typed=QCoreApplication.translate("ChartLabels", "Answers typed on visits"),
        answers_retired=QCoreApplication.translate("ChartLabels", "%1 (removed)"),
        answers_empty=QCoreApplication.translate(
            "ChartLabels", "No answer with a recorded result in this period"
        ),
        pareto_title=QCoreApplication.translate("ChartLabels", "80/20 rule: revenue by customer"),
        pareto_customers=QCoreApplication.translate(
            "ChartLabels", "Share of customers (biggest first)"
        ),
        pareto_revenue=QCoreApplication.translate("ChartLabels", "Share of revenue"),
        pareto_mark=QCoreApplication.translate(
            "ChartLabels", "%1 biggest (%2 of customers) bring %3"
        ),
        pareto_band=QCoreApplication.translate("ChartLabels", "%1 of sales"),
        pareto_above_band=QCoreApplication.translate("ChartLabels", "above the %1 band"),
        pareto_leaders=QCoreApplication.translate("ChartLabels", "Biggest customers"),
        pareto_currency=QCoreApplication.translate(
            "ChartLabels", "Annual revenue in %1, %2 customers"
        ),
        pareto_no_currency=QCoreApplication.translate("ChartLabels", "no currency given"),
        pareto_others=QCoreApplication.translate("ChartLabels", "Not shown, other currencies: %1"),
        pareto_empty=QCoreApplication.translate(
            "ChartLabels", "No closed customer has an annual revenue yet"
        ),
        time_title=QCoreApplication.translate("ChartLabels", "Time by customer tier"),
        time_vip=QCoreApplication.translate("ChartLabels", "VIP customers"),
        time_ordinary=QCoreApplication.translate("ChartLabels", "Ordinary customers"),
        time_possible=QCoreApplication.translate("ChartLabels", "Possible customers"),
        time_customers=QCoreApplication.translate("ChartLabels", "Share of customers"),
        time_spent=QCoreApplication.translate("ChartLabels", "Share of time"),
        time_guide=QCoreApplication.translate("ChartLabels", "Guide (60/30/10)"),
        time_hours=QCoreApplication.translate("ChartLabels", "%1 h"),
        time_no_minutes=QCoreApplication.translate(
            "ChartLabels", "No visit time recorded in this period"
        ),
        time_missing=QCoreApplication.translate("ChartLabels", "%1 visits without time recorded"),
        time_empty=QCoreApplication.translate("ChartLabels", "No customers and no visit time yet"),
        matrix_title=QCoreApplication.translate("ChartLabels", "Differentiation matrix"),
        matrix_share=QCoreApplication.translate("ChartLabels", "Our share of their purchases (%)"),
        matrix_quantity=QCoreApplication.translate("ChartLabels", "Quantity they will buy soon"),
        matrix_customers=QCoreApplication.translate("ChartLabels", "Customers"),
        matrix_prospects=QCoreApplication.translate("ChartLabels", "Prospects"),
        matrix_vip=QCoreApplication.translate("ChartLabels", "VIP"),
        matrix_count=QCoreApplication.translate("ChartLabels", "%1: %2"),
        matrix_unknown=QCoreApplication.translate(
            "ChartLabels", "%1 sheets lack the share or the quantity"
        ),
        matrix_empty=QCoreApplication.translate(
            "ChartLabels", "No sheet has both a share and an upcoming quantity yet"
        ),
        segments_title=QCoreApplication.translate("ChartLabels", "Customer segmentation"),
        segments_profit=QCoreApplication.translate("ChartLabels", "Profit potential"),
        segments_relationship=QCoreApplication.translate("ChartLabels", "Relationship"),
        segments_vip=QCoreApplication.translate("ChartLabels", "VIP %1"),
        segments_attractive=QCoreApplication.translate(
            "ChartLabels", "Framed: attractive cells, where the VIPs are"
        ),
        segments_unknown=QCoreApplication.translate(
            "ChartLabels", "%1 sheets lack the potential or the relationship"
        ),
        segments_empty=QCoreApplication.translate(
            "ChartLabels", "No sheet has both a profit potential and a relationship yet"
        ),
        values=values,
        sources={text: shared.lead_source_label(text) for text in shared.seed_lead_sources()},
    )
