"""Every text the printed sheet, the relationship map, the diary and the visit report show,
handed in from above.

Reports cannot call Qt's tr(), so the GUI fills these records with translated
strings (repdesk/gui/sheet_labels.py, repdesk/gui/diary_labels.py,
repdesk/gui/visit_report_labels.py). The defaults are the English source texts,
so ``SheetLabels()`` prints an English sheet, ``DiaryLabels()`` an English diary
and ``VisitReportLabels()`` an English visit report without Qt (tests, the CLI).
``%1`` and ``%2`` stand for the values, as in Qt's own strings.

Importing this module is cheap: no reportlab, no matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from repdesk.domain.enums import (
    BuyingSignal,
    ClassificationField,
    CustomerStatus,
    DifferentiationStrategy,
    DissatisfactionSignal,
    LeadSourceCode,
    Level,
    LoyaltyStage,
    PersonRole,
    ProspectGrade,
    PurchaseBy,
    PurchaseChannels,
    Quadrant,
    RelationshipStatus,
    RelationshipType,
    ValueClass,
    ValueTier,
)
from repdesk.domain.sheet import LearnTopic

# Every enum whose values the sheet or the map prints: the GUI labels each value.
PRINTED_ENUMS: tuple[type[StrEnum], ...] = (
    RelationshipType,
    CustomerStatus,
    ValueTier,
    ProspectGrade,
    ValueClass,
    Level,
    RelationshipStatus,
    LoyaltyStage,
    DifferentiationStrategy,
    PurchaseBy,
    PurchaseChannels,
    PersonRole,
    Quadrant,
    DissatisfactionSignal,
    ClassificationField,
)

# StrEnum members hash as their text ("medium" is a Level and a ValueTier), so the
# labels are keyed by (enum class, value), like repdesk/gui/labels.py.
ValueKey = tuple[type[StrEnum], str]


def value_labels(label: Callable[[StrEnum], str]) -> dict[ValueKey, str]:
    """The label of every printed enum value, from one labelling function."""
    return {(enum, member.value): label(member) for enum in PRINTED_ENUMS for member in enum}


def fill(text: str, *values: str) -> str:
    """Qt's ``arg()``: ``%1``, ``%2``... replaced in one pass (a value may contain ``%2``)."""
    result: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%" and index + 1 < len(text) and text[index + 1].isdigit():
            number = int(text[index + 1])
            if 1 <= number <= len(values):
                result.append(values[number - 1])
                index += 2
                continue
        result.append(char)
        index += 1
    return "".join(result)


def _humanise(code: StrEnum) -> str:
    """A readable stand-in when no label came in: 'keep_close' -> 'Keep close', 'vip' -> 'VIP'."""
    text = str(code.value).replace("_", " ")
    if len(text) <= 3:
        return text.upper()
    return text[0].upper() + text[1:]


def _lookup(values: Mapping[ValueKey, str], code: StrEnum | None) -> str:
    if code is None:
        return ""
    return values.get((type(code), code.value)) or _humanise(code)


@dataclass(frozen=True)
class MapLabels:
    """The relationship map: its axes, the four quadrants (with the roles) and the trust path."""

    serves_organisation: str = "Serves the organisation's interest"
    serves_person: str = "Serves the person's interest"
    trust_path: str = "Path of trust"
    empty: str = "No people recorded yet"
    values: Mapping[ValueKey, str] = field(default_factory=dict)

    def value(self, code: StrEnum | None) -> str:
        return _lookup(self.values, code)


# The same sentences as the sheet screen's (repdesk/gui/views/sheet/learn_text.py).
_ENGLISH_QUESTIONS: dict[LearnTopic, str] = {
    LearnTopic.COMPANY_NAME: "What is the company's correct, full name? (ask reception)",
    LearnTopic.BUYER: "Who makes the purchase?",
    LearnTopic.TITLE: "What is %1's correct title? (ask colleagues by phone)",
    LearnTopic.WILLING_TO_TRY: "Is %1 willing to try something new? (visit)",
    LearnTopic.DECISION_CONFIDENCE: "Is %1 confident in deciding? (visit)",
    LearnTopic.HOBBIES: "What are %1's hobbies? (chat, observe, ask others)",
    LearnTopic.INTERESTS: "What interests %1?",
    LearnTopic.LIFESTYLE: "What is %1's lifestyle?",
    LearnTopic.EDUCATION: "What is %1's education?",
    LearnTopic.HOMETOWN: "Where did %1 grow up?",
    LearnTopic.APPROVAL_PROCESS: "How does a deal get approved?",
    LearnTopic.PURCHASING_PROCESS: "How does purchasing run?",
    LearnTopic.USAGE_PROCESS: "Who uses what we sell, and how?",
}


@dataclass(frozen=True)
class SheetLabels:
    """The printed customer detail sheet (客户情况明细表): headings, field names, values."""

    title: str = "Customer detail sheet"
    column_number: str = "No."
    column_item: str = "Item"
    column_details: str = "Details"
    # Items 1-12 of the seed's form, and its remarks.
    name: str = "Customer name"
    address: str = "Address"
    phone: str = "Phone"
    email: str = "Email"
    website: str = "Website"
    buyer: str = "Buyer"
    source: str = "Source of this target customer"
    other_people: str = "Other important people"
    main_business: str = "Main business"
    industry_history: str = "History and standing in its industry"
    employees: str = "Number of employees"
    business_scope: str = "Business scope"
    purchase_by: str = "Does an individual or the company buy"
    purchase_channels: str = "Single-channel or multi-channel purchasing"
    remarks: str = "Other remarks"
    name_verified: str = "verified"
    fact_source: str = "How we know: %1"
    # A person's facts.
    person_title: str = "Title"
    person_quadrant: str = "Our relationship: %1"
    personality: str = "Personality"
    hobbies: str = "Hobbies"
    interests: str = "Interests"
    lifestyle: str = "Lifestyle"
    education: str = "Education"
    hometown: str = "Grew up in"
    birthday: str = "Birthday"
    person_phone: str = "Phone"
    person_email: str = "Email"
    willing_to_try: str = "Willing to try"
    decision_confidence: str = "Confident in deciding"
    notes: str = "Notes"
    title_verified: str = "title verified"
    # How a deal runs (审批、采购、使用).
    processes: str = "If a deal is agreed: approval, purchasing, use"
    approval_process: str = "Approval"
    purchasing_process: str = "Purchasing"
    usage_process: str = "Use"
    # Classification by the method.
    classification: str = "Classification"
    relationship_type: str = "Relationship to us"
    status: str = "Closed or prospect"
    value_tier: str = "Value tier"
    prospect_grade: str = "Prospect grade"
    value_class: str = "Value class"
    loyalty_stage: str = "Loyalty stage"
    spending_level: str = "Spending power"
    share: str = "Our share of its purchases"
    share_value: str = "%1 %"
    upcoming_quantity: str = "Quantity it will buy soon"
    strategy: str = "Differentiation strategy"
    segment: str = "Segment"
    segment_value: str = "%1 profit potential · %2"
    attractive: str = "an attractive cell"
    last_visit: str = "Last visit"
    next_visit: str = "Next visit"
    # The other sections.
    open_signals: str = "Open dissatisfaction signals"
    signal: str = "Signal"
    raised_on: str = "Raised on"
    note: str = "Note"
    no_open_signals: str = "None open."
    history: str = "Grade and tier history"
    changed_on: str = "Date"
    changed_field: str = "What changed"
    old_value: str = "From"
    new_value: str = "To"
    reason: str = "Reason"
    no_history: str = "No changes recorded."
    to_learn: str = "Still to learn: questions for the next visit"
    question: str = "Question"
    answer: str = "Answer"
    nothing_to_learn: str = "Nothing left to learn from the information table."
    relationship_map: str = "Relationship map"
    # Every page's footer.
    printed_on: str = "Printed %1"
    page_of: str = "Page %1 of %2"
    questions: Mapping[LearnTopic, str] = field(default_factory=lambda: dict(_ENGLISH_QUESTIONS))
    values: Mapping[ValueKey, str] = field(default_factory=dict)
    # Lead sources are stored as text; the seed's own are stored in English.
    lead_sources: Mapping[str, str] = field(default_factory=dict)
    map: MapLabels = field(default_factory=MapLabels)

    def value(self, code: StrEnum | None) -> str:
        """The label of a stored code ('' for None, a readable code if no label came in)."""
        return _lookup(self.values, code)

    def question_for(self, topic: LearnTopic, person: str) -> str:
        text = self.questions.get(topic) or _ENGLISH_QUESTIONS[topic]
        return fill(text, person)

    def lead_source(self, stored: str) -> str:
        return self.lead_sources.get(stored, stored)


def english_questions() -> dict[LearnTopic, str]:
    """The source texts of the questions (the GUI translates the same sentences)."""
    return dict(_ENGLISH_QUESTIONS)


def every_label_text(labels: SheetLabels) -> Iterable[tuple[str, str]]:
    """(field, text) of every plain string of ``labels`` and its map: for checks."""
    for name, text in vars(labels).items():
        if isinstance(text, str):
            yield name, text
    for name, text in vars(labels.map).items():
        if isinstance(text, str):
            yield f"map.{name}", text


# The seed's lead sources (客户线索的探询) in English, as repdesk/gui/labels.py names them.
_ENGLISH_LEAD_SOURCES: dict[str, str] = {
    LeadSourceCode.TARGET_LIST.value: "Target customer list",
    LeadSourceCode.EXISTING_CUSTOMER.value: "Existing customer",
    LeadSourceCode.NEWSPAPER.value: "Newspaper",
    LeadSourceCode.DIRECT_MAIL.value: "Direct mail",
    LeadSourceCode.COLD_VISIT.value: "Cold visit",
    LeadSourceCode.CUSTOMER_REFERRAL.value: "Customer referral",
    LeadSourceCode.MAILING_LIST.value: "Mailing list",
    LeadSourceCode.E_COMMERCE.value: "E-commerce",
    LeadSourceCode.YELLOW_PAGES.value: "Yellow pages",
    LeadSourceCode.FRIEND_REFERRAL.value: "Friend referral",
    LeadSourceCode.ARCHIVE.value: "Archive customer",
}


def english_lead_sources() -> dict[str, str]:
    """The English label of every LeadSourceCode value (the defaults of DiaryLabels)."""
    return dict(_ENGLISH_LEAD_SOURCES)


@dataclass(frozen=True)
class DiaryLabels:
    """The printed prospect diary (目标客户探询的个人日记): header, the seed's columns, marks.

    ``lead_sources`` maps a LeadSourceCode value to its label; a source the rep
    named (no code) prints as typed.
    """

    title: str = "Prospect diary"
    # The seed's header: 姓名, 团队, 日期.
    rep_name: str = "Name"
    team: str = "Team"
    period: str = "Date"
    period_range: str = "%1 – %2"
    # The seed's columns, in its order.
    first_contact: str = "First contact"
    company: str = "Company"
    contact: str = "Contact person"
    lead_source_column: str = "Lead source"
    phone: str = "Phone"
    appointment: str = "Appointment"
    visit_result: str = "Visit result"
    follow_up: str = "Follow-up action"
    # Inside the cells.
    note: str = "Note: %1"
    due: str = "Due %1"
    done: str = "Done"
    empty: str = "No contacts in this period"
    # Every page's footer.
    printed_on: str = "Printed %1"
    page_of: str = "Page %1 of %2"
    lead_sources: Mapping[str, str] = field(default_factory=english_lead_sources)

    def lead_source(self, code: str | None, own: str = "") -> str:
        """The label of a lead source code; the rep's own label when there is no code."""
        if code:
            known = self.lead_sources.get(code) or _ENGLISH_LEAD_SOURCES.get(code)
            if known:
                return known
            return own or code.replace("_", " ")
        return own

    def period_text(self, first: date, last: date) -> str:
        """The header's date: the day, or "first – last" of a week or month."""
        if first == last:
            return first.isoformat()
        return fill(self.period_range, first.isoformat(), last.isoformat())


# The five buying signals (成交的信号) in English: the defaults of VisitReportLabels.
_ENGLISH_BUYING_SIGNALS: dict[str, str] = {
    BuyingSignal.NAMES_ADVANTAGES.value: "Names the product's advantages",
    BuyingSignal.ASKS_SERVICE_DETAILS.value: "Asks about after-sales service details",
    BuyingSignal.BODY_LANGUAGE.value: "Changes in body language",
    BuyingSignal.STARTS_AGREEING.value: "Starts agreeing with you",
    BuyingSignal.VOLUNTEERS_INFORMATION.value: "Volunteers information",
}

# The roles of the people met, as repdesk/gui/labels.py names them in English.
_ENGLISH_ROLES: dict[str, str] = {
    PersonRole.BUYER.value: "Buyer",
    PersonRole.SECRETARY.value: "Secretary",
    PersonRole.DEPARTMENT_HEAD.value: "Department head",
    PersonRole.INFLUENCER.value: "Other influencer",
    PersonRole.DECISION_MANAGEMENT.value: "Decision management",
    PersonRole.TECHNICAL_MANAGEMENT.value: "Technical management",
    PersonRole.PURCHASING.value: "Purchasing",
    PersonRole.FINANCE.value: "Finance",
    PersonRole.USAGE_MANAGEMENT.value: "Usage management",
    PersonRole.OPERATOR.value: "Operator",
}


def english_buying_signals() -> dict[str, str]:
    """The English label of every BuyingSignal value (the defaults of VisitReportLabels)."""
    return dict(_ENGLISH_BUYING_SIGNALS)


def english_roles() -> dict[str, str]:
    """The English label of every PersonRole value (the defaults of VisitReportLabels)."""
    return dict(_ENGLISH_ROLES)


@dataclass(frozen=True)
class VisitReportLabels:
    """The printed visit report (销售拜访记录表) and a week's pack of them.

    ``buying_signals`` maps a BuyingSignal value to its label, ``roles`` a
    PersonRole value to its label; a role the rep typed (no code) prints as typed.
    """

    title: str = "Visit report"
    draft: str = "DRAFT"
    language: str = "en"  # for the playbook's two-language texts (objection titles)
    # The header.
    customer: str = "Customer"
    rep_name: str = "Sales rep"
    team: str = "Team"
    visited_at: str = "Date and time"
    place: str = "Place"
    # The people met (拜访对象).
    people: str = "People met"
    person_name: str = "Name"
    person_title: str = "Title"
    person_role: str = "Role"
    no_people: str = "No one recorded."
    # What the visit was for and how it went.
    objective: str = "Objective"
    summary: str = "What happened"
    outcome: str = "Outcome"
    # Objections met (客户异议) and the answers used (应对).
    objections: str = "Objections and answers"
    objection: str = "Objection"
    answer: str = "Our answer"
    agreed: str = "Agreed"
    agreed_yes: str = "Yes"
    agreed_no: str = "No"
    agreed_open: str = "Open"
    objection_next_step: str = "Then: %1"
    objection_round: str = "%1 (answered again, round %2)"  # a retry with another answer
    no_objections: str = "No objections recorded."
    # Buying signals (成交信号), the five as a tick list.
    signals: str = "Buying signals"
    # What comes next, and what the visit cost.
    next_step: str = "Next step"
    next_step_date: str = "Due"
    time_spent: str = "Time spent"
    minutes: str = "%1 min"
    expenses: str = "Expenses"
    # The signature lines (签名).
    rep_signature: str = "Sales rep's signature"
    manager_signature: str = "Manager's signature"
    signed_on: str = "Date"
    # A week's pack: its contents page.
    pack_title: str = "Visit reports"
    period: str = "Period"
    period_range: str = "%1 – %2"
    contents: str = "Contents"
    column_number: str = "No."
    column_date: str = "Date"
    column_customer: str = "Customer"
    column_outcome: str = "Outcome"
    column_page: str = "Page"
    no_reports: str = "No visit reports in this period."
    # Every page's footer.
    printed_on: str = "Printed %1"
    page_of: str = "Page %1 of %2"
    buying_signals: Mapping[str, str] = field(default_factory=english_buying_signals)
    roles: Mapping[str, str] = field(default_factory=english_roles)

    def signal(self, code: BuyingSignal) -> str:
        """The label of a buying signal (English if none came in for it)."""
        return self.buying_signals.get(code.value) or _ENGLISH_BUYING_SIGNALS[code.value]

    def role(self, stored: str) -> str:
        """The label of a person's role code; a role the rep typed prints as typed."""
        if not stored:
            return ""
        return self.roles.get(stored) or _ENGLISH_ROLES.get(stored) or stored

    def period_text(self, first: date, last: date) -> str:
        """The pack's period: the day, or "first – last"."""
        if first == last:
            return first.isoformat()
        return fill(self.period_range, first.isoformat(), last.isoformat())


@dataclass(frozen=True)
class ItineraryLabels:
    """The printed day plan (行程): the day's visits in the rep's order."""

    title: str = "Itinerary"
    # The header.
    rep_name: str = "Name"
    team: str = "Team"
    day: str = "Date"
    # The table's columns.
    column_number: str = "No."
    time: str = "Time"
    company: str = "Company"
    address: str = "Address"
    objective: str = "Objective"
    visited: str = "Visited"
    empty: str = "No visits planned for this day."
    # Every page's footer.
    printed_on: str = "Printed %1"
    page_of: str = "Page %1 of %2"
