"""Every label for a stored code, translated: the one place the UI names the method's terms.

The tables hold stable codes (repdesk/domain/enums.py); people read these.
QT_TRANSLATE_NOOP marks the text for lupdate; ``label()`` translates it when shown.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from repdesk.domain import enums as e
from repdesk.gui.area_labels import area_label as area_label  # re-exported
from repdesk.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_LABEL_LIST: list[tuple[StrEnum, str]] = [
    (e.CustomerStatus.PROSPECT, QT_TRANSLATE_NOOP("Labels", "Prospect")),
    (e.CustomerStatus.CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Customer")),
    (e.ValueTier.SMALL, QT_TRANSLATE_NOOP("Labels", "Small")),
    (e.ValueTier.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Medium")),
    (e.ValueTier.LARGE, QT_TRANSLATE_NOOP("Labels", "Large")),
    (e.ValueTier.VIP, QT_TRANSLATE_NOOP("Labels", "VIP")),
    (e.ValueClass.MVC, QT_TRANSLATE_NOOP("Labels", "MVC (most valuable)")),
    (e.ValueClass.MGC, QT_TRANSLATE_NOOP("Labels", "MGC (most growable)")),
    (e.ValueClass.BZC, QT_TRANSLATE_NOOP("Labels", "BZC (below zero)")),
    (e.RelationshipType.B2C, QT_TRANSLATE_NOOP("Labels", "Consumer (B2C)")),
    (e.RelationshipType.B2B, QT_TRANSLATE_NOOP("Labels", "Business (B2B)")),
    (e.RelationshipType.DISTRIBUTOR, QT_TRANSLATE_NOOP("Labels", "Distributor / agent")),
    (e.RelationshipType.INTERNAL, QT_TRANSLATE_NOOP("Labels", "Internal")),
    (e.VisitStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (e.VisitStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (e.VisitStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (e.ObjectionTarget.PERSON, QT_TRANSLATE_NOOP("Labels", "Refusal of the person")),
    (e.ObjectionTarget.PRODUCT, QT_TRANSLATE_NOOP("Labels", "Refusal of the product")),
    (e.ObjectionTarget.REFLEX, QT_TRANSLATE_NOOP("Labels", "Reflex refusal")),
    (e.ObjectionTarget.PRICE, QT_TRANSLATE_NOOP("Labels", "Price")),
    (e.ObjectionTarget.COMPETITOR, QT_TRANSLATE_NOOP("Labels", "Competitor")),
    (e.ObjectionTarget.NO_NEED, QT_TRANSLATE_NOOP("Labels", "No need")),
    (e.ObjectionTarget.TIMING, QT_TRANSLATE_NOOP("Labels", "Timing")),
    (e.ObjectionTarget.AUTHORITY, QT_TRANSLATE_NOOP("Labels", "Authority")),
    (e.Directness.DIRECT, QT_TRANSLATE_NOOP("Labels", "Direct")),
    (e.Directness.INDIRECT, QT_TRANSLATE_NOOP("Labels", "Indirect")),
    (
        e.DissatisfactionSignal.FALLING_VOLUME,
        QT_TRANSLATE_NOOP("Labels", "Falling purchase volume"),
    ),
    (e.DissatisfactionSignal.MORE_COMPLAINTS, QT_TRANSLATE_NOOP("Labels", "More complaints")),
    (
        e.DissatisfactionSignal.CITES_COMPETITOR,
        QT_TRANSLATE_NOOP("Labels", "Keeps citing a competitor's strengths"),
    ),
    (
        e.DissatisfactionSignal.RELATIONSHIP_DECLINING,
        QT_TRANSLATE_NOOP("Labels", "Relationship going downhill"),
    ),
    (e.DissatisfactionSignal.NEW_STRATEGY, QT_TRANSLATE_NOOP("Labels", "New business strategy")),
    (e.DissatisfactionSignal.OWNERSHIP_CHANGE, QT_TRANSLATE_NOOP("Labels", "Change of ownership")),
    (e.OccasionKind.BIRTHDAY, QT_TRANSLATE_NOOP("Labels", "Birthday")),
    (e.OccasionKind.HOLIDAY, QT_TRANSLATE_NOOP("Labels", "Holiday")),
    (e.OccasionKind.CUSTOM, QT_TRANSLATE_NOOP("Labels", "Other occasion")),
    (e.HolidayCode.NEW_YEAR, QT_TRANSLATE_NOOP("Labels", "New Year's Day")),
    (e.HolidayCode.SPRING_FESTIVAL, QT_TRANSLATE_NOOP("Labels", "Spring Festival")),
    (e.HolidayCode.LANTERN, QT_TRANSLATE_NOOP("Labels", "Lantern Festival")),
    (e.HolidayCode.WOMENS_DAY, QT_TRANSLATE_NOOP("Labels", "Women's Day")),
    (e.HolidayCode.QINGMING, QT_TRANSLATE_NOOP("Labels", "Qingming Festival")),
    (e.HolidayCode.MOTHERS_DAY, QT_TRANSLATE_NOOP("Labels", "Mother's Day")),
    (e.HolidayCode.DRAGON_BOAT, QT_TRANSLATE_NOOP("Labels", "Dragon Boat Festival")),
    (e.HolidayCode.FATHERS_DAY, QT_TRANSLATE_NOOP("Labels", "Father's Day")),
    (e.HolidayCode.QIXI, QT_TRANSLATE_NOOP("Labels", "Qixi Festival")),
    (e.HolidayCode.TEACHERS_DAY, QT_TRANSLATE_NOOP("Labels", "Teachers' Day")),
    (e.HolidayCode.MID_AUTUMN, QT_TRANSLATE_NOOP("Labels", "Mid-Autumn Festival")),
    (e.HolidayCode.NATIONAL_DAY, QT_TRANSLATE_NOOP("Labels", "National Day")),
    (e.HolidayCode.DOUBLE_NINTH, QT_TRANSLATE_NOOP("Labels", "Double Ninth Festival")),
    (e.HolidayCode.CHRISTMAS, QT_TRANSLATE_NOOP("Labels", "Christmas")),
    (e.LeadSourceCode.TARGET_LIST, QT_TRANSLATE_NOOP("Labels", "Target customer list")),
    (e.LeadSourceCode.EXISTING_CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Existing customer")),
    (e.LeadSourceCode.NEWSPAPER, QT_TRANSLATE_NOOP("Labels", "Newspaper")),
    (e.LeadSourceCode.DIRECT_MAIL, QT_TRANSLATE_NOOP("Labels", "Direct mail")),
    (e.LeadSourceCode.COLD_VISIT, QT_TRANSLATE_NOOP("Labels", "Cold visit")),
    (e.LeadSourceCode.CUSTOMER_REFERRAL, QT_TRANSLATE_NOOP("Labels", "Customer referral")),
    (e.LeadSourceCode.MAILING_LIST, QT_TRANSLATE_NOOP("Labels", "Mailing list")),
    (e.LeadSourceCode.E_COMMERCE, QT_TRANSLATE_NOOP("Labels", "E-commerce")),
    (e.LeadSourceCode.YELLOW_PAGES, QT_TRANSLATE_NOOP("Labels", "Yellow pages")),
    (e.LeadSourceCode.FRIEND_REFERRAL, QT_TRANSLATE_NOOP("Labels", "Friend referral")),
    (e.LeadSourceCode.ARCHIVE, QT_TRANSLATE_NOOP("Labels", "Archive customer")),
    (e.CustomerKind.ORGANISATION, QT_TRANSLATE_NOOP("Labels", "Organisation")),
    (e.CustomerKind.CONSUMER, QT_TRANSLATE_NOOP("Labels", "Individual consumer")),
    (e.Level.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (e.Level.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Medium")),
    (e.Level.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (e.RelationshipStatus.STABLE, QT_TRANSLATE_NOOP("Labels", "Stable position")),
    (e.RelationshipStatus.DEVELOPING, QT_TRANSLATE_NOOP("Labels", "Developing")),
    (e.RelationshipStatus.GOOD, QT_TRANSLATE_NOOP("Labels", "Good relationship")),
    (e.RelationshipStatus.JUST_CONTACTED, QT_TRANSLATE_NOOP("Labels", "Just contacted")),
    (e.RelationshipStatus.LIMITED, QT_TRANSLATE_NOOP("Labels", "Limited contact")),
    (e.RelationshipStatus.WITHDRAWING, QT_TRANSLATE_NOOP("Labels", "Withdrawing")),
    (e.LoyaltyStage.WATCHING, QT_TRANSLATE_NOOP("Labels", "Watching, does not know us")),
    (e.LoyaltyStage.RANDOM, QT_TRANSLATE_NOOP("Labels", "Random purchase")),
    (e.LoyaltyStage.REPEAT, QT_TRANSLATE_NOOP("Labels", "Repeat purchase")),
    (e.LoyaltyStage.LOYAL, QT_TRANSLATE_NOOP("Labels", "Loyal purchase")),
    (
        e.DifferentiationStrategy.KEEP_CLOSE,
        QT_TRANSLATE_NOOP("Labels", "Keep in close contact"),
    ),
    (
        e.DifferentiationStrategy.MAINTAIN_OR_ACQUIRE,
        QT_TRANSLATE_NOOP("Labels", "Maintain or acquire"),
    ),
    (e.DifferentiationStrategy.DEVELOP, QT_TRANSLATE_NOOP("Labels", "Develop")),
    (
        e.DifferentiationStrategy.ACQUIRE_OR_ABANDON,
        QT_TRANSLATE_NOOP("Labels", "Acquire or abandon"),
    ),
    (e.PurchaseBy.INDIVIDUAL, QT_TRANSLATE_NOOP("Labels", "An individual buys")),
    (e.PurchaseBy.COMPANY, QT_TRANSLATE_NOOP("Labels", "The company buys")),
    (e.PurchaseChannels.SINGLE, QT_TRANSLATE_NOOP("Labels", "Single channel")),
    (e.PurchaseChannels.MULTI, QT_TRANSLATE_NOOP("Labels", "Multi-channel")),
    (e.PersonRole.BUYER, QT_TRANSLATE_NOOP("Labels", "Buyer")),
    (e.PersonRole.SECRETARY, QT_TRANSLATE_NOOP("Labels", "Secretary")),
    (e.PersonRole.DEPARTMENT_HEAD, QT_TRANSLATE_NOOP("Labels", "Department head")),
    (e.PersonRole.INFLUENCER, QT_TRANSLATE_NOOP("Labels", "Other influencer")),
    (e.PersonRole.DECISION_MANAGEMENT, QT_TRANSLATE_NOOP("Labels", "Decision management")),
    (e.PersonRole.TECHNICAL_MANAGEMENT, QT_TRANSLATE_NOOP("Labels", "Technical management")),
    (e.PersonRole.PURCHASING, QT_TRANSLATE_NOOP("Labels", "Purchasing")),
    (e.PersonRole.FINANCE, QT_TRANSLATE_NOOP("Labels", "Finance")),
    (e.PersonRole.USAGE_MANAGEMENT, QT_TRANSLATE_NOOP("Labels", "Usage management")),
    (e.PersonRole.OPERATOR, QT_TRANSLATE_NOOP("Labels", "Operator")),
    (e.Quadrant.OUTSIDER, QT_TRANSLATE_NOOP("Labels", "Outsider")),
    (e.Quadrant.SUPPLIER, QT_TRANSLATE_NOOP("Labels", "Supplier")),
    (e.Quadrant.FRIEND, QT_TRANSLATE_NOOP("Labels", "Friend")),
    (e.Quadrant.PARTNER, QT_TRANSLATE_NOOP("Labels", "Partner")),
    (e.Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (e.Gender.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (e.ClassificationField.STATUS, QT_TRANSLATE_NOOP("Labels", "Closed or prospect")),
    (e.ClassificationField.VALUE_TIER, QT_TRANSLATE_NOOP("Labels", "Value tier")),
    (e.ClassificationField.PROSPECT_GRADE, QT_TRANSLATE_NOOP("Labels", "Prospect grade")),
    (e.ClassificationField.VALUE_CLASS, QT_TRANSLATE_NOOP("Labels", "Value class")),
    (e.ChecklistKind.SALES_TOOLS, QT_TRANSLATE_NOOP("Labels", "Sales tools to bring")),
    (e.ChecklistKind.INFORMATION, QT_TRANSLATE_NOOP("Labels", "Information to gather")),
    (e.ChecklistKind.DEPARTURE_CHECKS, QT_TRANSLATE_NOOP("Labels", "Checks before leaving")),
    # The English of the printed visit report (repdesk/reports/labels.py), so both agree.
    (
        e.BuyingSignal.NAMES_ADVANTAGES,
        QT_TRANSLATE_NOOP("Labels", "Names the product's advantages"),
    ),
    (
        e.BuyingSignal.ASKS_SERVICE_DETAILS,
        QT_TRANSLATE_NOOP("Labels", "Asks about after-sales service details"),
    ),
    (e.BuyingSignal.BODY_LANGUAGE, QT_TRANSLATE_NOOP("Labels", "Changes in body language")),
    (e.BuyingSignal.STARTS_AGREEING, QT_TRANSLATE_NOOP("Labels", "Starts agreeing with you")),
    (
        e.BuyingSignal.VOLUNTEERS_INFORMATION,
        QT_TRANSLATE_NOOP("Labels", "Volunteers information"),
    ),
]
_LABELS = {(type(member), member.value): text for member, text in _LABEL_LIST}

_COLUMNS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "prospect_grade": QT_TRANSLATE_NOOP("Labels", "Grade"),
    "value_tier": QT_TRANSLATE_NOOP("Labels", "Tier"),
    "value_class": QT_TRANSLATE_NOOP("Labels", "Value class"),
    "relationship_type": QT_TRANSLATE_NOOP("Labels", "Relationship"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "lead_source": QT_TRANSLATE_NOOP("Labels", "Lead source"),
    "updated_at": QT_TRANSLATE_NOOP("Labels", "Last changed"),
    "contact_date": QT_TRANSLATE_NOOP("Labels", "First contact"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact person"),
    "appointment_at": QT_TRANSLATE_NOOP("Labels", "Appointment"),
    "visit_result": QT_TRANSLATE_NOOP("Labels", "Visit result"),
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "objective": QT_TRANSLATE_NOOP("Labels", "Objective"),
    "place": QT_TRANSLATE_NOOP("Labels", "Place"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Visit result"),
    "next_step": QT_TRANSLATE_NOOP("Labels", "Next step"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(code: StrEnum | None) -> str:
    """The translated label of a stored code; grades (A-D) stand for themselves."""
    if code is None:
        return ""
    text = _LABELS.get((type(code), code.value))
    return _tr(text) if text is not None else str(code)


def code_label(enum_cls: type[StrEnum], value: str | None) -> str:
    """Label for a raw code read from a list query ('' for NULL, the code if unknown)."""
    if value is None or value == "":
        return ""
    try:
        return label(enum_cls(value))
    except ValueError:
        return value


_SEED_SOURCES = {
    _LABELS[(e.LeadSourceCode, code.value)]: code
    for code in e.LeadSourceCode
    if (e.LeadSourceCode, code.value) in _LABELS
}


def lead_source_label(stored: str) -> str:
    """A lead source's stored label: the seed's sources are stored in English (the
    baseline migration's text) and shown translated; a source the rep named stays as typed."""
    code = _SEED_SOURCES.get(stored)
    return label(code) if code is not None else stored


def seed_lead_sources() -> tuple[str, ...]:
    """The stored (English) labels of the seed's lead sources."""
    return tuple(_SEED_SOURCES)


# The seed's STEP1 checklist lines by code, in the English the baseline migration stores.
_SEED_CHECKLIST: dict[str, str] = {
    "catalogue": QT_TRANSLATE_NOOP("Labels", "Product catalogue"),
    "success_cases": QT_TRANSLATE_NOOP("Labels", "Success cases"),
    "brochure": QT_TRANSLATE_NOOP("Labels", "Pictures and company brochure"),
    "map": QT_TRANSLATE_NOOP("Labels", "Map"),
    "business_cards": QT_TRANSLATE_NOOP("Labels", "Business cards"),
    "customer_file": QT_TRANSLATE_NOOP("Labels", "Customer file"),
    "calculator": QT_TRANSLATE_NOOP("Labels", "Calculator"),
    "pen_notebook": QT_TRANSLATE_NOOP("Labels", "Pen and notebook"),
    "price_list": QT_TRANSLATE_NOOP("Labels", "Latest price list"),
    "visit_gift": QT_TRANSLATE_NOOP("Labels", "Branded visit gift"),
    "visit_form": QT_TRANSLATE_NOOP("Labels", "Visit record form"),
    "blank_contract": QT_TRANSLATE_NOOP("Labels", "Blank contract"),
    "competing_brands": QT_TRANSLATE_NOOP("Labels", "Competing brands"),
    "competitors": QT_TRANSLATE_NOOP("Labels", "Competitors"),
    "prospect_details": QT_TRANSLATE_NOOP("Labels", "The prospect in as much detail as possible"),
    "review_key_points": QT_TRANSLATE_NOOP("Labels", "Review the key points"),
    "check_items": QT_TRANSLATE_NOOP("Labels", "Check the items to bring"),
    "clear_purpose": QT_TRANSLATE_NOOP("Labels", "Be clear on the visit's purpose"),
    "prepare_topics": QT_TRANSLATE_NOOP("Labels", "Prepare topics"),
    "contingencies": QT_TRANSLATE_NOOP("Labels", "Prepare for contingencies"),
}
_SEED_CHECKLIST_TEXTS = frozenset(_SEED_CHECKLIST.values())


def checklist_label(stored: str) -> str:
    """A checklist line's stored label: the seed's lines are stored in English (the
    baseline migration's text) and shown translated; a line the rep wrote or reworded
    stays as typed (its code survives a rewording, so the text decides, not the code)."""
    return _tr(stored) if stored in _SEED_CHECKLIST_TEXTS else stored


def seed_checklist() -> dict[str, str]:
    """The seed's checklist lines: code -> stored (English) label."""
    return dict(_SEED_CHECKLIST)


def column_label(key: str) -> str:
    return _tr(_COLUMNS[key])
