"""The printed sheet's and the relationship map's texts, translated for the reports layer.

reports/ cannot call tr(), so this module fills its label records with
literal ``QCoreApplication.translate("SheetPrint", ...)`` strings (lupdate
reads them) and the shared labels of every stored code (repdesk/gui/labels.py).
The English sources are the defaults of repdesk/reports/labels.py, word for word
(tests/gui/test_print_sheet.py holds them together).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.sheet import LearnItem, LearnTopic
from repdesk.gui import labels as shared
from repdesk.gui.labels import label
from repdesk.gui.views.sheet.learn_text import learn_text
from repdesk.reports.labels import MapLabels, SheetLabels, value_labels


def lead_source_labels() -> dict[str, str]:
    """The seed's lead sources, stored under their English label, translated for print."""
    return {text: shared.lead_source_label(text) for text in shared.seed_lead_sources()}


def map_labels() -> MapLabels:
    """The relationship map's texts in the UI language."""
    return MapLabels(
        serves_organisation=QCoreApplication.translate(
            "SheetPrint", "Serves the organisation's interest"
        ),
        serves_person=QCoreApplication.translate("SheetPrint", "Serves the person's interest"),
        trust_path=QCoreApplication.translate("SheetPrint", "Path of trust"),
        empty=QCoreApplication.translate("SheetPrint", "No people recorded yet"),
        values=value_labels(label),
    )


def questions() -> dict[LearnTopic, str]:
    """The "still to learn" questions, as the sheet screen asks them; %1 is the person."""
    return {topic: learn_text(LearnItem(topic, "%1")) for topic in LearnTopic}


def sheet_labels() -> SheetLabels:
    """Every text of the printed sheet in the UI language: build it on the GUI thread."""
    return SheetLabels(
        title=QCoreApplication.translate("SheetPrint", "Customer detail sheet"),
        column_number=QCoreApplication.translate("SheetPrint", "No."),
        column_item=QCoreApplication.translate("SheetPrint", "Item"),
        column_details=QCoreApplication.translate("SheetPrint", "Details"),
        name=QCoreApplication.translate("SheetPrint", "Customer name"),
        address=QCoreApplication.translate("SheetPrint", "Address"),
        phone=QCoreApplication.translate("SheetPrint", "Phone"),
        email=QCoreApplication.translate("SheetPrint", "Email"),
        website=QCoreApplication.translate("SheetPrint", "Website"),
        buyer=QCoreApplication.translate("SheetPrint", "Buyer"),
        source=QCoreApplication.translate("SheetPrint", "Source of this target customer"),
        other_people=QCoreApplication.translate("SheetPrint", "Other important people"),
        main_business=QCoreApplication.translate("SheetPrint", "Main business"),
        industry_history=QCoreApplication.translate(
            "SheetPrint", "History and standing in its industry"
        ),
        employees=QCoreApplication.translate("SheetPrint", "Number of employees"),
        business_scope=QCoreApplication.translate("SheetPrint", "Business scope"),
        purchase_by=QCoreApplication.translate(
            "SheetPrint", "Does an individual or the company buy"
        ),
        purchase_channels=QCoreApplication.translate(
            "SheetPrint", "Single-channel or multi-channel purchasing"
        ),
        remarks=QCoreApplication.translate("SheetPrint", "Other remarks"),
        name_verified=QCoreApplication.translate("SheetPrint", "verified"),
        fact_source=QCoreApplication.translate("SheetPrint", "How we know: %1"),
        person_title=QCoreApplication.translate("SheetPrint", "Title"),
        person_quadrant=QCoreApplication.translate("SheetPrint", "Our relationship: %1"),
        personality=QCoreApplication.translate("SheetPrint", "Personality"),
        hobbies=QCoreApplication.translate("SheetPrint", "Hobbies"),
        interests=QCoreApplication.translate("SheetPrint", "Interests"),
        lifestyle=QCoreApplication.translate("SheetPrint", "Lifestyle"),
        education=QCoreApplication.translate("SheetPrint", "Education"),
        hometown=QCoreApplication.translate("SheetPrint", "Grew up in"),
        birthday=QCoreApplication.translate("SheetPrint", "Birthday"),
        person_phone=QCoreApplication.translate("SheetPrint", "Phone"),
        person_email=QCoreApplication.translate("SheetPrint", "Email"),
        willing_to_try=QCoreApplication.translate("SheetPrint", "Willing to try"),
        decision_confidence=QCoreApplication.translate("SheetPrint", "Confident in deciding"),
        notes=QCoreApplication.translate("SheetPrint", "Notes"),
        title_verified=QCoreApplication.translate("SheetPrint", "title verified"),
        processes=QCoreApplication.translate(
            "SheetPrint", "If a deal is agreed: approval, purchasing, use"
        ),
        approval_process=QCoreApplication.translate("SheetPrint", "Approval"),
        purchasing_process=QCoreApplication.translate("SheetPrint", "Purchasing"),
        usage_process=QCoreApplication.translate("SheetPrint", "Use"),
        classification=QCoreApplication.translate("SheetPrint", "Classification"),
        relationship_type=QCoreApplication.translate("SheetPrint", "Relationship to us"),
        status=QCoreApplication.translate("SheetPrint", "Closed or prospect"),
        value_tier=QCoreApplication.translate("SheetPrint", "Value tier"),
        prospect_grade=QCoreApplication.translate("SheetPrint", "Prospect grade"),
        value_class=QCoreApplication.translate("SheetPrint", "Value class"),
        loyalty_stage=QCoreApplication.translate("SheetPrint", "Loyalty stage"),
        spending_level=QCoreApplication.translate("SheetPrint", "Spending power"),
        share=QCoreApplication.translate("SheetPrint", "Our share of its purchases"),
        share_value=QCoreApplication.translate("SheetPrint", "%1 %"),
        upcoming_quantity=QCoreApplication.translate("SheetPrint", "Quantity it will buy soon"),
        strategy=QCoreApplication.translate("SheetPrint", "Differentiation strategy"),
        segment=QCoreApplication.translate("SheetPrint", "Segment"),
        segment_value=QCoreApplication.translate("SheetPrint", "%1 profit potential · %2"),
        attractive=QCoreApplication.translate("SheetPrint", "an attractive cell"),
        last_visit=QCoreApplication.translate("SheetPrint", "Last visit"),
        next_visit=QCoreApplication.translate("SheetPrint", "Next visit"),
        open_signals=QCoreApplication.translate("SheetPrint", "Open dissatisfaction signals"),
        signal=QCoreApplication.translate("SheetPrint", "Signal"),
        raised_on=QCoreApplication.translate("SheetPrint", "Raised on"),
        note=QCoreApplication.translate("SheetPrint", "Note"),
        no_open_signals=QCoreApplication.translate("SheetPrint", "None open."),
        history=QCoreApplication.translate("SheetPrint", "Grade and tier history"),
        changed_on=QCoreApplication.translate("SheetPrint", "Date"),
        changed_field=QCoreApplication.translate("SheetPrint", "What changed"),
        old_value=QCoreApplication.translate("SheetPrint", "From"),
        new_value=QCoreApplication.translate("SheetPrint", "To"),
        reason=QCoreApplication.translate("SheetPrint", "Reason"),
        no_history=QCoreApplication.translate("SheetPrint", "No changes recorded."),
        to_learn=QCoreApplication.translate(
            "SheetPrint", "Still to learn: questions for the next visit"
        ),
        question=QCoreApplication.translate("SheetPrint", "Question"),
        answer=QCoreApplication.translate("SheetPrint", "Answer"),
        nothing_to_learn=QCoreApplication.translate(
            "SheetPrint", "Nothing left to learn from the information table."
        ),
        relationship_map=QCoreApplication.translate("SheetPrint", "Relationship map"),
        printed_on=QCoreApplication.translate("SheetPrint", "Printed %1"),
        page_of=QCoreApplication.translate("SheetPrint", "Page %1 of %2"),
        questions=questions(),
        values=value_labels(label),
        lead_sources=lead_source_labels(),
        map=map_labels(),
    )
