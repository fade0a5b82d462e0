"""The weekly summary's texts, translated for the reports layer.

reports/ cannot call tr(), so this module fills WeeklyLabels with literal
``QCoreApplication.translate("WeeklyLabels", ...)`` strings (lupdate reads them),
the method's value names from the shared labels (repdesk/gui/labels.py), and the
UI language for the playbook's two-language texts. The English sources are the
defaults of repdesk/reports/weekly_labels.py, word for word
(tests/core/test_weekly_sheets.py holds them together).

The command line has no window but may want Chinese: ``weekly_labels_for`` loads
the translations into a QCoreApplication (QtCore only: no display, no event loop).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.enums import LeadSourceCode
from repdesk.gui.i18n import install_translators, ui_language
from repdesk.gui.labels import label
from repdesk.reports.labels import value_labels
from repdesk.reports.weekly_labels import WeeklyLabels

_app: QCoreApplication | None = None  # the command line's, kept alive with its translators


def lead_source_labels() -> dict[str, str]:
    """Every LeadSourceCode value's label in the UI language, as the diary screen shows it."""
    return {code.value: label(code) for code in LeadSourceCode}


def weekdays() -> tuple[str, ...]:
    """Monday to Sunday in the UI language."""
    return (
        QCoreApplication.translate("WeeklyLabels", "Monday"),
        QCoreApplication.translate("WeeklyLabels", "Tuesday"),
        QCoreApplication.translate("WeeklyLabels", "Wednesday"),
        QCoreApplication.translate("WeeklyLabels", "Thursday"),
        QCoreApplication.translate("WeeklyLabels", "Friday"),
        QCoreApplication.translate("WeeklyLabels", "Saturday"),
        QCoreApplication.translate("WeeklyLabels", "Sunday"),
    )


def weekly_labels() -> WeeklyLabels:
    """Every text of the weekly summary in the UI language (the translators installed now)."""
    return WeeklyLabels(
        language=ui_language(),
        title=QCoreApplication.translate("WeeklyLabels", "Weekly summary"),
        charts_title=QCoreApplication.translate("WeeklyLabels", "Charts"),
        tables_title=QCoreApplication.translate("WeeklyLabels", "The week in detail"),
        guide_note=QCoreApplication.translate("WeeklyLabels", "guide %1"),
        item_value=QCoreApplication.translate("WeeklyLabels", "%1: %2"),
        no_rows=QCoreApplication.translate("WeeklyLabels", "Nothing this week."),
        printed_on=QCoreApplication.translate("WeeklyLabels", "Printed %1"),
        page_of=QCoreApplication.translate("WeeklyLabels", "Page %1 of %2"),
        rep_name=QCoreApplication.translate("WeeklyLabels", "Sales rep"),
        team=QCoreApplication.translate("WeeklyLabels", "Team"),
        week_range=QCoreApplication.translate("WeeklyLabels", "%1 (%2 – %3)"),
        file_title=QCoreApplication.translate("WeeklyLabels", "Weekly summary %1"),
        summary_sheet=QCoreApplication.translate("WeeklyLabels", "Summary"),
        item=QCoreApplication.translate("WeeklyLabels", "Item"),
        value=QCoreApplication.translate("WeeklyLabels", "Value"),
        guide=QCoreApplication.translate("WeeklyLabels", "Guide"),
        week=QCoreApplication.translate("WeeklyLabels", "Week"),
        first_day=QCoreApplication.translate("WeeklyLabels", "First day"),
        last_day=QCoreApplication.translate("WeeklyLabels", "Last day"),
        in_progress=QCoreApplication.translate("WeeklyLabels", "Week in progress: numbers as of"),
        key_planned=QCoreApplication.translate("WeeklyLabels", "Visits planned"),
        key_made=QCoreApplication.translate("WeeklyLabels", "Visits made"),
        key_planned_and_made=QCoreApplication.translate("WeeklyLabels", "Planned visits made"),
        key_made_rate=QCoreApplication.translate("WeeklyLabels", "Share of planned visits made"),
        key_without_plan=QCoreApplication.translate("WeeklyLabels", "Visits made without a plan"),
        key_cancelled=QCoreApplication.translate("WeeklyLabels", "Planned visits cancelled"),
        key_new_prospects=QCoreApplication.translate("WeeklyLabels", "New prospects"),
        key_became_customers=QCoreApplication.translate(
            "WeeklyLabels", "New prospects who became customers"
        ),
        key_changes=QCoreApplication.translate("WeeklyLabels", "Grade and tier changes"),
        key_moves_up=QCoreApplication.translate("WeeklyLabels", "Moves up"),
        key_moves_down=QCoreApplication.translate("WeeklyLabels", "Moves down"),
        key_signals_raised=QCoreApplication.translate(
            "WeeklyLabels", "Dissatisfaction signals raised"
        ),
        key_signals_resolved=QCoreApplication.translate(
            "WeeklyLabels", "Dissatisfaction signals resolved"
        ),
        key_signals_open=QCoreApplication.translate(
            "WeeklyLabels", "Dissatisfaction signals open at the end"
        ),
        key_objections=QCoreApplication.translate("WeeklyLabels", "Objections met"),
        key_answers_tried=QCoreApplication.translate("WeeklyLabels", "Answers tried"),
        key_answers_agreed=QCoreApplication.translate(
            "WeeklyLabels", "Answers the customer agreed to"
        ),
        key_follow_ups_done=QCoreApplication.translate("WeeklyLabels", "Follow-ups done"),
        key_follow_ups_overdue=QCoreApplication.translate(
            "WeeklyLabels", "Follow-ups overdue at the end"
        ),
        key_hours=QCoreApplication.translate("WeeklyLabels", "Hours on visits"),
        key_share=QCoreApplication.translate("WeeklyLabels", "Share of time: %1"),
        key_expenses=QCoreApplication.translate("WeeklyLabels", "Expenses (%1)"),
        key_next_week=QCoreApplication.translate("WeeklyLabels", "Visits planned for next week"),
        by_day_title=QCoreApplication.translate(
            "WeeklyLabels", "Visits planned and made, day by day"
        ),
        by_day_sheet=QCoreApplication.translate("WeeklyLabels", "Visits by day"),
        made_title=QCoreApplication.translate("WeeklyLabels", "Visits made"),
        made_sheet=QCoreApplication.translate("WeeklyLabels", "Visits made"),
        sources_title=QCoreApplication.translate("WeeklyLabels", "New prospects by lead source"),
        sources_sheet=QCoreApplication.translate("WeeklyLabels", "Prospects by source"),
        prospects_title=QCoreApplication.translate("WeeklyLabels", "New prospects"),
        prospects_sheet=QCoreApplication.translate("WeeklyLabels", "New prospects"),
        changes_title=QCoreApplication.translate("WeeklyLabels", "Grade and tier changes"),
        changes_sheet=QCoreApplication.translate("WeeklyLabels", "Grade and tier changes"),
        signals_title=QCoreApplication.translate(
            "WeeklyLabels", "Dissatisfaction signals raised and resolved"
        ),
        signals_sheet=QCoreApplication.translate("WeeklyLabels", "Signals"),
        objections_title=QCoreApplication.translate("WeeklyLabels", "Objections met"),
        objections_sheet=QCoreApplication.translate("WeeklyLabels", "Objections"),
        answers_title=QCoreApplication.translate(
            "WeeklyLabels", "What worked: answers, best first"
        ),
        answers_sheet=QCoreApplication.translate("WeeklyLabels", "Answers"),
        done_title=QCoreApplication.translate("WeeklyLabels", "Follow-ups done"),
        done_sheet=QCoreApplication.translate("WeeklyLabels", "Follow-ups done"),
        overdue_title=QCoreApplication.translate(
            "WeeklyLabels", "Follow-ups overdue at the end of the week"
        ),
        overdue_sheet=QCoreApplication.translate("WeeklyLabels", "Follow-ups overdue"),
        time_title=QCoreApplication.translate(
            "WeeklyLabels", "Time by customer tier, against the 60 / 30 / 10 guide"
        ),
        time_sheet=QCoreApplication.translate("WeeklyLabels", "Time by tier"),
        expenses_title=QCoreApplication.translate("WeeklyLabels", "Expenses by customer tier"),
        expenses_sheet=QCoreApplication.translate("WeeklyLabels", "Expenses"),
        next_week_title=QCoreApplication.translate("WeeklyLabels", "Next week's plan: %1"),
        next_week_sheet=QCoreApplication.translate("WeeklyLabels", "Next week"),
        column_date=QCoreApplication.translate("WeeklyLabels", "Date"),
        column_day=QCoreApplication.translate("WeeklyLabels", "Day"),
        column_time=QCoreApplication.translate("WeeklyLabels", "Time"),
        column_customer=QCoreApplication.translate("WeeklyLabels", "Customer"),
        column_planned=QCoreApplication.translate("WeeklyLabels", "Planned"),
        column_made=QCoreApplication.translate("WeeklyLabels", "Made"),
        column_tier=QCoreApplication.translate("WeeklyLabels", "Tier"),
        column_from_plan=QCoreApplication.translate("WeeklyLabels", "From a plan"),
        column_minutes=QCoreApplication.translate("WeeklyLabels", "Minutes"),
        column_hours=QCoreApplication.translate("WeeklyLabels", "Hours"),
        column_expenses=QCoreApplication.translate("WeeklyLabels", "Expenses"),
        column_currency=QCoreApplication.translate("WeeklyLabels", "Currency"),
        column_outcome=QCoreApplication.translate("WeeklyLabels", "Outcome"),
        column_source=QCoreApplication.translate("WeeklyLabels", "Lead source"),
        column_prospects=QCoreApplication.translate("WeeklyLabels", "New prospects"),
        column_became_customers=QCoreApplication.translate("WeeklyLabels", "Became customers"),
        column_created=QCoreApplication.translate("WeeklyLabels", "Sheet made"),
        column_grade=QCoreApplication.translate("WeeklyLabels", "Grade"),
        column_closed=QCoreApplication.translate("WeeklyLabels", "Customer now"),
        column_field=QCoreApplication.translate("WeeklyLabels", "What changed"),
        column_from=QCoreApplication.translate("WeeklyLabels", "From"),
        column_to=QCoreApplication.translate("WeeklyLabels", "To"),
        column_direction=QCoreApplication.translate("WeeklyLabels", "Direction"),
        column_reason=QCoreApplication.translate("WeeklyLabels", "Reason"),
        column_signal=QCoreApplication.translate("WeeklyLabels", "Signal"),
        column_raised_on=QCoreApplication.translate("WeeklyLabels", "Raised on"),
        column_note=QCoreApplication.translate("WeeklyLabels", "Note"),
        column_resolved_on=QCoreApplication.translate("WeeklyLabels", "Resolved on"),
        column_resolution=QCoreApplication.translate("WeeklyLabels", "Resolution"),
        column_objection=QCoreApplication.translate("WeeklyLabels", "Objection"),
        column_raised=QCoreApplication.translate("WeeklyLabels", "Times raised"),
        column_customers=QCoreApplication.translate("WeeklyLabels", "Customers"),
        column_answer=QCoreApplication.translate("WeeklyLabels", "Answer"),
        column_tried=QCoreApplication.translate("WeeklyLabels", "Tried"),
        column_agreed=QCoreApplication.translate("WeeklyLabels", "Agreed"),
        column_refused=QCoreApplication.translate("WeeklyLabels", "Refused"),
        column_unknown=QCoreApplication.translate("WeeklyLabels", "Not recorded"),
        column_rate=QCoreApplication.translate("WeeklyLabels", "Agreement rate"),
        column_judgement=QCoreApplication.translate("WeeklyLabels", "Judgement"),
        column_action=QCoreApplication.translate("WeeklyLabels", "Action"),
        column_due=QCoreApplication.translate("WeeklyLabels", "Due"),
        column_done_on=QCoreApplication.translate("WeeklyLabels", "Done on"),
        column_days_overdue=QCoreApplication.translate("WeeklyLabels", "Days overdue"),
        column_visits=QCoreApplication.translate("WeeklyLabels", "Visits"),
        column_share=QCoreApplication.translate("WeeklyLabels", "Share of time"),
        column_guide=QCoreApplication.translate("WeeklyLabels", "Guide"),
        column_amount=QCoreApplication.translate("WeeklyLabels", "Amount"),
        column_place=QCoreApplication.translate("WeeklyLabels", "Place"),
        column_objective=QCoreApplication.translate("WeeklyLabels", "Objective"),
        yes=QCoreApplication.translate("WeeklyLabels", "Yes"),
        no=QCoreApplication.translate("WeeklyLabels", "No"),
        total=QCoreApplication.translate("WeeklyLabels", "Total"),
        all_tiers=QCoreApplication.translate("WeeklyLabels", "All tiers"),
        no_source=QCoreApplication.translate("WeeklyLabels", "No lead source"),
        no_currency=QCoreApplication.translate("WeeklyLabels", "No currency"),
        own_objection=QCoreApplication.translate("WeeklyLabels", "Not in the playbook"),
        own_answer=QCoreApplication.translate("WeeklyLabels", "The rep's own words"),
        retired=QCoreApplication.translate("WeeklyLabels", "%1 (removed from the playbook)"),
        too_few=QCoreApplication.translate("WeeklyLabels", "Too few to judge"),
        tier_vip=QCoreApplication.translate("WeeklyLabels", "VIP customers"),
        tier_ordinary=QCoreApplication.translate("WeeklyLabels", "Ordinary customers"),
        tier_prospect=QCoreApplication.translate("WeeklyLabels", "Prospects"),
        direction_up=QCoreApplication.translate("WeeklyLabels", "Up"),
        direction_down=QCoreApplication.translate("WeeklyLabels", "Down"),
        direction_set=QCoreApplication.translate("WeeklyLabels", "First set"),
        direction_cleared=QCoreApplication.translate("WeeklyLabels", "Cleared"),
        direction_changed=QCoreApplication.translate("WeeklyLabels", "Changed"),
        no_visits_made=QCoreApplication.translate("WeeklyLabels", "No visits made this week."),
        no_prospects=QCoreApplication.translate("WeeklyLabels", "No new prospects this week."),
        no_changes=QCoreApplication.translate(
            "WeeklyLabels", "No grade or tier changes this week."
        ),
        no_signals=QCoreApplication.translate(
            "WeeklyLabels", "No dissatisfaction signals raised or resolved this week."
        ),
        no_objections=QCoreApplication.translate("WeeklyLabels", "No objections met this week."),
        no_done=QCoreApplication.translate("WeeklyLabels", "No follow-ups done this week."),
        no_overdue=QCoreApplication.translate("WeeklyLabels", "No follow-ups overdue."),
        no_expenses=QCoreApplication.translate("WeeklyLabels", "No expenses recorded this week."),
        no_next_week=QCoreApplication.translate(
            "WeeklyLabels", "No visits planned for next week yet."
        ),
        weekdays=weekdays(),
        values=value_labels(label),
        lead_sources=lead_source_labels(),
    )


def weekly_labels_for(language: str) -> WeeklyLabels:
    """The labels in ``language`` ("en" or "zh_CN") for a process without a window (the
    command line): makes a QCoreApplication if there is none and installs the language's
    translators on it. Not for the GUI, whose translators follow the settings."""
    global _app
    app = QCoreApplication.instance()
    if app is None:
        app = _app = QCoreApplication(["repdesk"])
    install_translators(app, language)
    return weekly_labels()
