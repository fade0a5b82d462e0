"""The printed visit report's texts, translated for the reports layer.

reports/ cannot call tr(), so this module fills VisitReportLabels with literal
``QCoreApplication.translate("VisitReportLabels", ...)`` strings (lupdate reads
them), and the buying signals' and the roles' shared labels (repdesk/gui/labels.py),
so the report names them as the screens do. The English sources are the
defaults of repdesk/reports/labels.py, word for word
(tests/gui/test_print_visit.py holds them together).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.enums import BuyingSignal, PersonRole
from repdesk.gui.i18n import ui_language
from repdesk.gui.labels import label
from repdesk.reports.labels import VisitReportLabels


def buying_signal_labels() -> dict[str, str]:
    """Every BuyingSignal value's label in the UI language, as the visit record shows it."""
    return {signal.value: label(signal) for signal in BuyingSignal}


def role_labels() -> dict[str, str]:
    """Every PersonRole value's label in the UI language, as the sheet shows it."""
    return {role.value: label(role) for role in PersonRole}


def visit_report_labels() -> VisitReportLabels:
    """Every text of the printed visit report in the UI language: build it on the GUI thread."""
    return VisitReportLabels(
        language=ui_language(),
        title=QCoreApplication.translate("VisitReportLabels", "Visit report"),
        draft=QCoreApplication.translate("VisitReportLabels", "DRAFT"),
        customer=QCoreApplication.translate("VisitReportLabels", "Customer"),
        rep_name=QCoreApplication.translate("VisitReportLabels", "Sales rep"),
        team=QCoreApplication.translate("VisitReportLabels", "Team"),
        visited_at=QCoreApplication.translate("VisitReportLabels", "Date and time"),
        place=QCoreApplication.translate("VisitReportLabels", "Place"),
        people=QCoreApplication.translate("VisitReportLabels", "People met"),
        person_name=QCoreApplication.translate("VisitReportLabels", "Name"),
        person_title=QCoreApplication.translate("VisitReportLabels", "Title"),
        person_role=QCoreApplication.translate("VisitReportLabels", "Role"),
        no_people=QCoreApplication.translate("VisitReportLabels", "No one recorded."),
        objective=QCoreApplication.translate("VisitReportLabels", "Objective"),
        summary=QCoreApplication.translate("VisitReportLabels", "What happened"),
        outcome=QCoreApplication.translate("VisitReportLabels", "Outcome"),
        objections=QCoreApplication.translate("VisitReportLabels", "Objections and answers"),
        objection=QCoreApplication.translate("VisitReportLabels", "Objection"),
        answer=QCoreApplication.translate("VisitReportLabels", "Our answer"),
        agreed=QCoreApplication.translate("VisitReportLabels", "Agreed"),
        agreed_yes=QCoreApplication.translate("VisitReportLabels", "Yes"),
        agreed_no=QCoreApplication.translate("VisitReportLabels", "No"),
        agreed_open=QCoreApplication.translate("VisitReportLabels", "Open"),
        objection_next_step=QCoreApplication.translate("VisitReportLabels", "Then: %1"),
        objection_round=QCoreApplication.translate(
            "VisitReportLabels", "%1 (answered again, round %2)"
        ),
        no_objections=QCoreApplication.translate("VisitReportLabels", "No objections recorded."),
        signals=QCoreApplication.translate("VisitReportLabels", "Buying signals"),
        next_step=QCoreApplication.translate("VisitReportLabels", "Next step"),
        next_step_date=QCoreApplication.translate("VisitReportLabels", "Due"),
        time_spent=QCoreApplication.translate("VisitReportLabels", "Time spent"),
        minutes=QCoreApplication.translate("VisitReportLabels", "%1 min"),
        expenses=QCoreApplication.translate("VisitReportLabels", "Expenses"),
        rep_signature=QCoreApplication.translate("VisitReportLabels", "Sales rep's signature"),
        manager_signature=QCoreApplication.translate("VisitReportLabels", "Manager's signature"),
        signed_on=QCoreApplication.translate("VisitReportLabels", "Date"),
        pack_title=QCoreApplication.translate("VisitReportLabels", "Visit reports"),
        period=QCoreApplication.translate("VisitReportLabels", "Period"),
        period_range=QCoreApplication.translate("VisitReportLabels", "%1 – %2"),
        contents=QCoreApplication.translate("VisitReportLabels", "Contents"),
        column_number=QCoreApplication.translate("VisitReportLabels", "No."),
        column_date=QCoreApplication.translate("VisitReportLabels", "Date"),
        column_customer=QCoreApplication.translate("VisitReportLabels", "Customer"),
        column_outcome=QCoreApplication.translate("VisitReportLabels", "Outcome"),
        column_page=QCoreApplication.translate("VisitReportLabels", "Page"),
        no_reports=QCoreApplication.translate(
            "VisitReportLabels", "No visit reports in this period."
        ),
        printed_on=QCoreApplication.translate("VisitReportLabels", "Printed %1"),
        page_of=QCoreApplication.translate("VisitReportLabels", "Page %1 of %2"),
        buying_signals=buying_signal_labels(),
        roles=role_labels(),
    )
