"""Every table of the method. Importing this package registers them all on Base.metadata."""

from repdesk.db.base import Base, Record
from repdesk.db.models.customers import (
    ClassificationChange,
    Customer,
    LeadSource,
    Person,
    SignalRecord,
)
from repdesk.db.models.diary import CareOccasion, DiaryEntry, FollowUp, HolidayDate
from repdesk.db.models.objections import (
    Objection,
    ObjectionAnswer,
    PlaybookGuide,
    VisitObjection,
)
from repdesk.db.models.visits import (
    ChecklistTemplateItem,
    VisitChecklistItem,
    VisitPerson,
    VisitPlan,
    VisitRecord,
)

__all__ = [
    "Base",
    "CareOccasion",
    "ChecklistTemplateItem",
    "ClassificationChange",
    "Customer",
    "DiaryEntry",
    "FollowUp",
    "HolidayDate",
    "LeadSource",
    "Objection",
    "ObjectionAnswer",
    "Person",
    "PlaybookGuide",
    "Record",
    "SignalRecord",
    "VisitChecklistItem",
    "VisitObjection",
    "VisitPerson",
    "VisitPlan",
    "VisitRecord",
]
