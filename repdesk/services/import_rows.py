"""One row of an import file, through the column mapping, into a sheet and its problems.

Text becomes typed values by the value rules of domain/validation.py; a value
that does not parse is a Problem on its field (with the text), never a guess.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any

from repdesk.domain import enums as e
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts
from repdesk.domain.validation import (
    Problem,
    ProblemCode,
    check_customer,
    check_person,
    parse_choice,
    parse_date,
    parse_number,
    parse_yes_no,
)
from repdesk.services.sheet_columns import (
    FIRST_NAME,
    ID,
    LAST_NAME,
    LEAD_SOURCE,
    SIGNALS,
    FieldSpec,
    Kind,
    Target,
    parse_signals,
    parse_sources,
    spec,
)


class SourceKind(StrEnum):
    TABLE = "table"  # a row is a customer with its people (CSV, XLSX)
    PEOPLE = "people"  # a row is one person of a company (vCard)


@dataclass(frozen=True)
class SourceRow:
    number: int  # as a spreadsheet shows it (the header is row 1); a card's number in a .vcf
    line: int  # the line of the file it starts on (= number for XLSX)
    values: list[str]
    extra: tuple[str, ...] = ()  # non-empty values beyond the last column: a broken row


@dataclass
class SourceTable:
    """What a reader found in a file: headers and rows of text."""

    name: str  # the file's name, for reports
    headers: list[str]
    rows: list[SourceRow]
    kind: SourceKind = SourceKind.TABLE
    mapping: list[Target | None] | None = None  # set by readers whose columns are fixed
    encoding: str = ""  # what a text file was decoded as

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of a column, for the mapping step."""
        found: list[str] = []
        for row in self.rows:
            value = row.values[column].strip() if column < len(row.values) else ""
            if value:
                found.append(value)
                if len(found) == count:
                    break
        return found


@dataclass(frozen=True)
class RowProblem:
    problem: Problem
    column: str = ""  # the header of the column the value came from


@dataclass
class ParsedRow:
    sheet: CustomerSheet
    problems: list[RowProblem] = field(default_factory=list)
    slots: list[int] = field(default_factory=list)  # the contact slot of each person
    has_company: bool = True  # False: the row names no company (a consumer, a bare card)
    empty: bool = False  # no mapped column has a value: nothing to import


# Other spellings of a few choices, as other programs and Chinese lists write them.
_ALIASES: dict[type[StrEnum], dict[str, Any]] = {
    e.Gender: {
        "m": e.Gender.MALE,
        "mr": e.Gender.MALE,
        "mr.": e.Gender.MALE,
        "男": e.Gender.MALE,
        "先生": e.Gender.MALE,
        "f": e.Gender.FEMALE,
        "w": e.Gender.FEMALE,
        "ms": e.Gender.FEMALE,
        "ms.": e.Gender.FEMALE,
        "mrs": e.Gender.FEMALE,
        "mrs.": e.Gender.FEMALE,
        "女": e.Gender.FEMALE,
        "女士": e.Gender.FEMALE,
    },
    e.CustomerStatus: {
        "closed": e.CustomerStatus.CUSTOMER,
        "客户": e.CustomerStatus.CUSTOMER,
        "已成交": e.CustomerStatus.CUSTOMER,
        "lead": e.CustomerStatus.PROSPECT,
        "潜在客户": e.CustomerStatus.PROSPECT,
    },
    e.ValueTier: {
        "小": e.ValueTier.SMALL,
        "中": e.ValueTier.MEDIUM,
        "大": e.ValueTier.LARGE,
    },
    e.Level: {"高": e.Level.HIGH, "中": e.Level.MEDIUM, "低": e.Level.LOW},
    e.PersonRole: {
        "购买者": e.PersonRole.BUYER,
        "秘书": e.PersonRole.SECRETARY,
        "部门负责人": e.PersonRole.DEPARTMENT_HEAD,
        "其他影响者": e.PersonRole.INFLUENCER,
        "决策管理层": e.PersonRole.DECISION_MANAGEMENT,
        "技术管理": e.PersonRole.TECHNICAL_MANAGEMENT,
        "采购": e.PersonRole.PURCHASING,
        "财务": e.PersonRole.FINANCE,
        "使用管理": e.PersonRole.USAGE_MANAGEMENT,
        "操作层": e.PersonRole.OPERATOR,
    },
    e.Quadrant: {
        "局外人": e.Quadrant.OUTSIDER,
        "供应商": e.Quadrant.SUPPLIER,
        "朋友": e.Quadrant.FRIEND,
        "合作伙伴": e.Quadrant.PARTNER,
    },
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def join_name(first: str, last: str) -> str:
    """Chinese names are family name first with no space (王 + 小明 = 王小明)."""
    if _CJK.search(first + last):
        return f"{last}{first}"
    return f"{first} {last}".strip()


def join_text(target: Target, parts: Sequence[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    if target.field != "address":
        return "\n".join(parts)
    joined = parts[0]
    for part in parts[1:]:  # 广东省 + 深圳市 run on; "1 High St" + "Leeds" take a comma
        both_cjk = _CJK.match(part) and _CJK.search(joined[-1])
        joined += part if both_cjk else f", {part}"
    return joined


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _is_uuid(text: str) -> str | None:
    if _CANONICAL_UUID.fullmatch(text):
        return text  # as RepDesk writes them
    text = text.strip().removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _choice(choices: type[StrEnum], text: str) -> StrEnum | None:
    """Choices repeat down a column: each distinct text is parsed once."""
    try:
        choice: StrEnum = parse_choice(choices, text, _ALIASES.get(choices))
    except ValueError:
        return None
    return choice


_FAILURES = {
    Kind.BOOL: ProblemCode.NOT_YES_NO,
    Kind.INT: ProblemCode.NOT_A_NUMBER,
    Kind.FLOAT: ProblemCode.NOT_A_NUMBER,
    Kind.DATE: ProblemCode.NOT_A_DATE,
    Kind.CHOICE: ProblemCode.NOT_A_CHOICE,
}


@dataclass
class Layout:
    """A mapping prepared once for every row: the mapped columns and their fields."""

    columns: tuple[tuple[int, Target, bool], ...]  # index, target, joinable
    first_column: dict[Target, str]  # the header of the first column feeding each target
    company_mapped: bool  # False: no column names the company (rows are consumers)

    @classmethod
    def of(
        cls, mapping: Sequence[Target | None], headers: Sequence[str], *, people_only: bool = False
    ) -> Layout:
        columns = tuple(
            (index, target, spec(target).joinable)
            for index, target in enumerate(mapping)
            if target is not None
        )
        first: dict[Target, str] = {}
        for index, target, _ in columns:
            first.setdefault(target, headers[index] if index < len(headers) else "")
        company = not people_only and Target("name") in first
        return cls(columns, first, company)

    def ids(self, row: SourceRow, target: Target) -> str | None:
        """The RepDesk id in the first column feeding ``target`` (an id field), if valid."""
        for index, column_target, _ in self._id_columns:
            if column_target == target:
                text = row.values[index] if index < len(row.values) else ""
                return _is_uuid(text) if text.strip() else None
        return None

    def all_ids(self, row: SourceRow) -> tuple[list[str], list[str]]:
        """The RepDesk ids a row carries: the customer's, and its people's."""
        customers: list[str] = []
        people: list[str] = []
        for index, target, _ in self._id_columns:
            text = row.values[index] if index < len(row.values) else ""
            if text.strip() and (value := _is_uuid(text)) is not None:
                (customers if target.person is None else people).append(value)
        return customers, people

    @cached_property
    def _id_columns(self) -> tuple[tuple[int, Target, bool], ...]:
        return tuple(c for c in self.columns if c[1].field == ID)

    def for_display(self) -> Layout:
        """Only what the preview shows, for rows that will not be written anyway."""
        shown = {"name", "phone", "email", "city", ID, FIRST_NAME, LAST_NAME}
        columns = tuple(c for c in self.columns if c[1].field in shown and (c[1].person or 0) == 0)
        return Layout(columns, self.first_column, self.company_mapped)


class _Parser:
    """Converts one field's text; a failure becomes a problem on that field."""

    def __init__(self, columns: dict[Target, str]) -> None:
        self.problems: list[RowProblem] = []
        self._columns = columns

    def fail(self, target: Target, code: ProblemCode, value: str) -> None:
        problem = Problem(target.field, code, target.person, value)
        self.problems.append(RowProblem(problem, self._columns.get(target, "")))

    def value(self, target: Target, kind_spec: FieldSpec, text: str) -> Any:
        kind = kind_spec.kind
        if kind is Kind.TEXT:
            return text
        if kind is Kind.CHOICE:
            assert kind_spec.choices is not None
            choice = _choice(kind_spec.choices, text)
            if choice is None:
                self.fail(target, ProblemCode.NOT_A_CHOICE, text)
            return choice
        try:
            if kind is Kind.BOOL:
                return parse_yes_no(text)
            if kind is Kind.INT:
                number = parse_number(text)
                if not number.is_integer():
                    self.fail(target, ProblemCode.NOT_WHOLE, text)
                    return None
                return int(number)
            if kind is Kind.FLOAT:
                return parse_number(text)
            if kind is Kind.DATE:
                return parse_date(text)
            if kind is Kind.SOURCES:
                return parse_sources(text)
        except (ValueError, RecursionError):  # RecursionError: JSON nested a thousand deep
            self.fail(target, _FAILURES.get(kind, ProblemCode.BAD_FORMAT), text)
            return None
        return text


def _values(row: SourceRow, layout: Layout) -> dict[Target, str]:
    """Each target's text, joined where several columns feed it."""
    values: dict[Target, str] = {}
    parts: dict[Target, list[str]] = {}
    cells = row.values
    for index, target, joinable in layout.columns:
        text = cells[index].strip() if index < len(cells) else ""
        if not text:
            continue
        if target not in values:
            values[target] = text
        elif joinable:
            parts.setdefault(target, [values[target]]).append(text)
    for target, joined in parts.items():
        values[target] = join_text(target, joined)
    return values


def parse_row(row: SourceRow, layout: Layout, today: date, *, check: bool = True) -> ParsedRow:
    """The sheet a row describes, with every problem of its values (``check``).

    Without a company column (``layout.company_mapped`` False) each row is a
    consumer named after its first person."""
    values = _values(row, layout)
    if not values and not row.extra:
        return ParsedRow(CustomerSheet(CustomerFacts(name="")), empty=True)
    columns = layout.first_column
    company_mapped = layout.company_mapped
    parser = _Parser(columns)
    customer_args: dict[str, Any] = {}
    customer_id: str | None = None
    lead_source = ""
    signals: list[Any] = []
    people: dict[int, dict[str, Any]] = {}
    names: dict[int, dict[str, str]] = {}

    for target, text in values.items():
        kind_spec = spec(target)
        if target.person is None:
            if target.field == ID:
                customer_id = _is_uuid(text)
            elif target.field == LEAD_SOURCE:
                lead_source = text
            elif target.field == SIGNALS:
                try:
                    signals = parse_signals(text)
                except (ValueError, RecursionError):  # see _Parser.value
                    parser.fail(target, ProblemCode.BAD_FORMAT, text)
            else:
                value = parser.value(target, kind_spec, text)
                if value is not None:
                    customer_args[target.field] = value
            continue
        person = people.setdefault(target.person, {})
        if target.field in (FIRST_NAME, LAST_NAME):
            names.setdefault(target.person, {})[target.field] = text
        elif target.field == ID:
            person["id"] = _is_uuid(text)
        else:
            value = parser.value(target, kind_spec, text)
            if value is not None:
                person[target.field] = value

    for slot, parts in names.items():
        if not people[slot].get("name"):
            people[slot]["name"] = join_name(parts.get(FIRST_NAME, ""), parts.get(LAST_NAME, ""))
    slots = sorted(slot for slot, args in people.items() if any(v for v in args.values()))
    persons = [PersonFacts(**{"name": "", **people[slot]}) for slot in slots]

    has_company = bool(customer_args.get("name"))
    if not company_mapped and persons and not customer_args.get("name"):
        customer_args["name"] = persons[0].name
        customer_args.setdefault("kind", e.CustomerKind.CONSUMER)
        customer_args.setdefault("relationship_type", e.RelationshipType.B2C)
    customer = CustomerFacts(**{"name": "", **customer_args})
    customer.id = customer_id
    sheet = CustomerSheet(customer=customer, people=persons, lead_source_label=lead_source)
    sheet.signals = signals

    problems = parser.problems
    if not check:
        return ParsedRow(sheet, [], slots, has_company)
    if row.extra:
        problems.append(RowProblem(Problem("", ProblemCode.EXTRA_VALUES, None, row.extra[0])))
    parsed_fields = {(p.problem.field, p.problem.person) for p in problems}
    rule_problems = check_customer(customer)
    for slot, facts in zip(slots, persons, strict=True):
        rule_problems.extend(check_person(facts, slot, today))
    for problem in rule_problems:
        if (problem.field, problem.person) in parsed_fields:
            continue  # already said: the text did not parse
        target = Target(problem.field, problem.person)
        problems.append(RowProblem(problem, columns.get(target, _name_column(target, columns))))
    return ParsedRow(sheet, problems, slots, has_company)


def _name_column(target: Target, columns: dict[Target, str]) -> str:
    """A missing person's name may have been meant for first/last name columns."""
    if target.field == "name" and target.person is not None:
        for part in (FIRST_NAME, LAST_NAME):
            if Target(part, target.person) in columns:
                return columns[Target(part, target.person)]
    return ""
