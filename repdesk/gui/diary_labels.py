"""The printed prospect diary's texts, translated for the reports layer.

reports/ cannot call tr(), so this module fills DiaryLabels with literal
``QCoreApplication.translate("DiaryLabels", ...)`` strings (lupdate reads them)
and the lead sources' shared labels (repdesk/gui/labels.py). The English
sources are the defaults of repdesk/reports/labels.py, word for word
(tests/gui/test_print_diary.py holds them together).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.enums import LeadSourceCode
from repdesk.gui.labels import label
from repdesk.reports.labels import DiaryLabels


def lead_source_labels() -> dict[str, str]:
    """Every LeadSourceCode value's label in the UI language, as the diary screen shows it.

    The same words as ``labels.lead_source_label()`` gives for the seed's sources
    stored under their English names.
    """
    return {code.value: label(code) for code in LeadSourceCode}


def diary_labels() -> DiaryLabels:
    """Every text of the printed diary in the UI language: build it on the GUI thread."""
    return DiaryLabels(
        title=QCoreApplication.translate("DiaryLabels", "Prospect diary"),
        rep_name=QCoreApplication.translate("DiaryLabels", "Name"),
        team=QCoreApplication.translate("DiaryLabels", "Team"),
        period=QCoreApplication.translate("DiaryLabels", "Date"),
        period_range=QCoreApplication.translate("DiaryLabels", "%1 – %2"),
        first_contact=QCoreApplication.translate("DiaryLabels", "First contact"),
        company=QCoreApplication.translate("DiaryLabels", "Company"),
        contact=QCoreApplication.translate("DiaryLabels", "Contact person"),
        lead_source_column=QCoreApplication.translate("DiaryLabels", "Lead source"),
        phone=QCoreApplication.translate("DiaryLabels", "Phone"),
        appointment=QCoreApplication.translate("DiaryLabels", "Appointment"),
        visit_result=QCoreApplication.translate("DiaryLabels", "Visit result"),
        follow_up=QCoreApplication.translate("DiaryLabels", "Follow-up action"),
        note=QCoreApplication.translate("DiaryLabels", "Note: %1"),
        due=QCoreApplication.translate("DiaryLabels", "Due %1"),
        done=QCoreApplication.translate("DiaryLabels", "Done"),
        empty=QCoreApplication.translate("DiaryLabels", "No contacts in this period"),
        printed_on=QCoreApplication.translate("DiaryLabels", "Printed %1"),
        page_of=QCoreApplication.translate("DiaryLabels", "Page %1 of %2"),
        lead_sources=lead_source_labels(),
    )
