"""The sheet's fields by name, as the import mapping, preview and report show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.gui.i18n import QT_TRANSLATE_NOOP
from repdesk.services.sheet_columns import FIRST_NAME, ID, LAST_NAME, LEAD_SOURCE, SIGNALS, Target

CONTEXT = "ImportFields"

_CUSTOMER: dict[str, str] = {
    ID: QT_TRANSLATE_NOOP("ImportFields", "RepDesk id"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Customer name"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind (organisation or consumer)"),
    "relationship_type": QT_TRANSLATE_NOOP("ImportFields", "Relationship to us"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Closed or prospect"),
    "value_tier": QT_TRANSLATE_NOOP("ImportFields", "Value tier"),
    "prospect_grade": QT_TRANSLATE_NOOP("ImportFields", "Prospect grade"),
    "value_class": QT_TRANSLATE_NOOP("ImportFields", "Value class"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "website": QT_TRANSLATE_NOOP("ImportFields", "Website"),
    LEAD_SOURCE: QT_TRANSLATE_NOOP("ImportFields", "Lead source"),
    "source_note": QT_TRANSLATE_NOOP("ImportFields", "Source details"),
    "main_business": QT_TRANSLATE_NOOP("ImportFields", "Main business"),
    "industry_history": QT_TRANSLATE_NOOP("ImportFields", "History and standing in its industry"),
    "employees": QT_TRANSLATE_NOOP("ImportFields", "Employees"),
    "business_scope": QT_TRANSLATE_NOOP("ImportFields", "Business scope"),
    "purchase_by": QT_TRANSLATE_NOOP("ImportFields", "Who buys"),
    "purchase_channels": QT_TRANSLATE_NOOP("ImportFields", "Purchasing channels"),
    "remarks": QT_TRANSLATE_NOOP("ImportFields", "Remarks"),
    "name_verified": QT_TRANSLATE_NOOP("ImportFields", "Name checked"),
    "approval_process": QT_TRANSLATE_NOOP("ImportFields", "Approval process"),
    "purchasing_process": QT_TRANSLATE_NOOP("ImportFields", "Purchasing process"),
    "usage_process": QT_TRANSLATE_NOOP("ImportFields", "Use process"),
    "fact_sources": QT_TRANSLATE_NOOP("ImportFields", "How we know (sources)"),
    "share_percent": QT_TRANSLATE_NOOP("ImportFields", "Our share of their purchases (%)"),
    "upcoming_quantity": QT_TRANSLATE_NOOP("ImportFields", "Quantity they will buy soon"),
    "annual_revenue": QT_TRANSLATE_NOOP("ImportFields", "Our annual revenue from them"),
    "currency": QT_TRANSLATE_NOOP("ImportFields", "Currency"),
    "spending_level": QT_TRANSLATE_NOOP("ImportFields", "Spending"),
    "profit_potential": QT_TRANSLATE_NOOP("ImportFields", "Profit potential"),
    "relationship_status": QT_TRANSLATE_NOOP("ImportFields", "Relationship status"),
    "loyalty_stage": QT_TRANSLATE_NOOP("ImportFields", "Loyalty stage"),
    SIGNALS: QT_TRANSLATE_NOOP("ImportFields", "Dissatisfaction signals"),
}

_PERSON: dict[str, str] = {
    ID: QT_TRANSLATE_NOOP("ImportFields", "RepDesk id"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    FIRST_NAME: QT_TRANSLATE_NOOP("ImportFields", "First (given) name"),
    LAST_NAME: QT_TRANSLATE_NOOP("ImportFields", "Last (family) name"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "title_verified": QT_TRANSLATE_NOOP("ImportFields", "Title checked"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "Role"),
    "quadrant": QT_TRANSLATE_NOOP("ImportFields", "Our relationship"),
    "personality": QT_TRANSLATE_NOOP("ImportFields", "Personality"),
    "hobbies": QT_TRANSLATE_NOOP("ImportFields", "Hobbies"),
    "interests": QT_TRANSLATE_NOOP("ImportFields", "Interests"),
    "lifestyle": QT_TRANSLATE_NOOP("ImportFields", "Lifestyle"),
    "education": QT_TRANSLATE_NOOP("ImportFields", "Education"),
    "hometown": QT_TRANSLATE_NOOP("ImportFields", "Hometown"),
    "birthday": QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Mobile / phone"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "willing_to_try": QT_TRANSLATE_NOOP("ImportFields", "Willing to try"),
    "decision_confidence": QT_TRANSLATE_NOOP("ImportFields", "Confident in deciding"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "fact_sources": QT_TRANSLATE_NOOP("ImportFields", "How we know (sources)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(target: Target) -> str:
    """``Phone`` for the customer's, ``Contact: Mobile / phone`` for the first person's,
    ``Contact 2: ...`` for the second's."""
    if target.person is None:
        return _tr(_CUSTOMER.get(target.field, target.field))
    text = _tr(_PERSON.get(target.field, target.field))
    if target.person == 0:
        return QCoreApplication.translate("ImportFields", "Contact: %1").replace("%1", text)
    return (
        QCoreApplication.translate("ImportFields", "Contact %1: %2")
        .replace("%1", str(target.person + 1))
        .replace("%2", text)
    )


def problem_field_label(field: str, person: int | None) -> str:
    """The field a Problem names ("" for a problem of the whole row)."""
    return field_label(Target(field, person)) if field else ""
