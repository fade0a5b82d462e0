"""What a sheet may hold: one place for the value rules of forms and imports.

Each check returns Problems: which field (and which person, if any) and a
code; the GUI turns codes into translated sentences, so the same rule speaks
the rep's language on the sheet, in the import preview and in a report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from repdesk.domain.enums import CustomerStatus
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts

EARLIEST_BIRTHDAY = date(1900, 1, 1)
PHONE_MIN_DIGITS = 5
PHONE_MAX_DIGITS = 20
MAX_EMPLOYEES = 10_000_000

E = TypeVar("E", bound=StrEnum)


class ProblemCode(StrEnum):
    REQUIRED = "required"  # must not be empty
    PHONE = "phone"  # not a phone number
    EMAIL = "email"  # not an e-mail address
    NOT_A_NUMBER = "not_a_number"
    NOT_WHOLE = "not_whole"  # a count with a fraction
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    PERCENT = "percent"  # outside 0-100
    NOT_A_DATE = "not_a_date"
    FUTURE_DATE = "future_date"
    TOO_OLD = "too_old"  # before 1900
    CURRENCY = "currency"  # not three letters (ISO 4217)
    GRADE_FOR_CUSTOMER = "grade_for_customer"  # A-D grades are for prospects
    TIER_FOR_PROSPECT = "tier_for_prospect"  # value tiers are for closed customers
    # Imports: a value a form's widget could never produce.
    NOT_A_CHOICE = "not_a_choice"  # not one of the field's choices (a code or its name)
    NOT_YES_NO = "not_yes_no"  # a yes/no field holding something else
    BAD_FORMAT = "bad_format"  # a structured column (fact sources, signals) that does not parse
    EXTRA_VALUES = "extra_values"  # a row with more values than the file has columns


@dataclass(frozen=True)
class Problem:
    field: str  # an attribute of CustomerFacts or PersonFacts
    code: ProblemCode
    person: int | None = None  # index into CustomerSheet.people, for a person's field
    value: str = ""  # the offending input, for messages and import reports


# Digits with the separators people write: spaces, dashes, dots, brackets, a
# leading +, and an extension ("ext 12", "x12", "转12").
_PHONE = re.compile(r"^\+?[\d\s\-.()/]+((ext\.?|x|转|分机)\s*\d{1,6})?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def phone_problem(text: str) -> ProblemCode | None:
    text = text.strip()
    if not text:
        return None
    digits = sum(ch.isdigit() for ch in re.split(r"(?i)ext|x|转|分机", text)[0])
    if not _PHONE.match(text) or not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        return ProblemCode.PHONE
    return None


def email_problem(text: str) -> ProblemCode | None:
    text = text.strip()
    if text and not _EMAIL.match(text):
        return ProblemCode.EMAIL
    return None


def parse_number(text: str) -> float:
    """A number as people type it: spaces, thousands commas, full-width digits allowed.

    Raises ValueError."""
    cleaned = text.strip().translate(FULL_WIDTH).replace(",", "").replace(" ", "")
    if not cleaned:
        raise ValueError(text)
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")


def parse_date(text: str) -> date:
    """ISO dates, with / or . as separators and single-digit parts (2026/3/7). Raises ValueError."""
    cleaned = text.strip().translate(FULL_WIDTH)
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", cleaned)
    if not match:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return date(year, month, day)


_YES = frozenset({"yes", "y", "true", "t", "1", "x", "✓", "√", "是", "对", "有"})
_NO = frozenset({"no", "n", "false", "f", "0", "否", "不", "无"})


def parse_yes_no(text: str) -> bool:
    """Yes/no as spreadsheets write it (TRUE, yes, 1, 是...). Raises ValueError."""
    cleaned = text.strip().translate(FULL_WIDTH).casefold()
    if cleaned in _YES:
        return True
    if cleaned in _NO:
        return False
    raise ValueError(text)


def parse_choice(enum_cls: type[E], text: str, aliases: Mapping[str, E] | None = None) -> E:
    """A stored code by its code or its name, any case (``Decision management`` too);
    ``aliases`` adds other spellings (casefolded keys). Raises ValueError."""
    cleaned = text.strip().casefold()
    key = re.sub(r"[\s\-]+", "_", cleaned)
    for member in enum_cls:
        if key in (member.value.casefold(), member.name.casefold()):
            return member
    if aliases and cleaned in aliases:
        return aliases[cleaned]
    raise ValueError(text)


def check_customer(customer: CustomerFacts) -> list[Problem]:
    problems: list[Problem] = []
    if not customer.name.strip():
        problems.append(Problem("name", ProblemCode.REQUIRED))
    if code := phone_problem(customer.phone):
        problems.append(Problem("phone", code, value=customer.phone))
    if code := email_problem(customer.email):
        problems.append(Problem("email", code, value=customer.email))
    if customer.employees is not None:
        if customer.employees < 0:
            problems.append(
                Problem("employees", ProblemCode.NEGATIVE, value=str(customer.employees))
            )
        elif customer.employees > MAX_EMPLOYEES:
            problems.append(
                Problem("employees", ProblemCode.TOO_LARGE, value=str(customer.employees))
            )
    if customer.share_percent is not None and not 0 <= customer.share_percent <= 100:
        problems.append(
            Problem("share_percent", ProblemCode.PERCENT, value=f"{customer.share_percent:g}")
        )
    for name in ("upcoming_quantity", "annual_revenue"):
        value = getattr(customer, name)
        if value is not None and value < 0:
            problems.append(Problem(name, ProblemCode.NEGATIVE, value=f"{value:g}"))
    if customer.currency and not _CURRENCY.match(customer.currency):
        problems.append(Problem("currency", ProblemCode.CURRENCY, value=customer.currency))
    if customer.status is CustomerStatus.CUSTOMER and customer.prospect_grade is not None:
        problems.append(Problem("prospect_grade", ProblemCode.GRADE_FOR_CUSTOMER))
    if customer.status is CustomerStatus.PROSPECT and customer.value_tier is not None:
        problems.append(Problem("value_tier", ProblemCode.TIER_FOR_PROSPECT))
    return problems


def check_person(person: PersonFacts, index: int | None, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if not person.name.strip():
        problems.append(Problem("name", ProblemCode.REQUIRED, index))
    if code := phone_problem(person.phone):
        problems.append(Problem("phone", code, index, person.phone))
    if code := email_problem(person.email):
        problems.append(Problem("email", code, index, person.email))
    if person.birthday is not None:
        if person.birthday > today:
            problems.append(
                Problem("birthday", ProblemCode.FUTURE_DATE, index, person.birthday.isoformat())
            )
        elif person.birthday < EARLIEST_BIRTHDAY:
            problems.append(
                Problem("birthday", ProblemCode.TOO_OLD, index, person.birthday.isoformat())
            )
    return problems


def check_sheet(sheet: CustomerSheet, today: date) -> list[Problem]:
    """Every problem of a sheet; an empty list means it may be saved."""
    problems = check_customer(sheet.customer)
    for index, person in enumerate(sheet.people):
        problems.extend(check_person(person, index, today))
    return problems
