"""Importing customers: map the columns, plan row by row, then write all or nothing.

1. ``recognise(headers)`` guesses a sheet field for each column (the rep may
   change any of them).
2. ``plan_import(store, table, mapping)`` parses every row into a sheet and
   says what it is: NEW; DUPLICATE (its RepDesk id is already in the book, or
   the same company name after normalisation, or the same phone digits, in the
   book or in an earlier row of the same file); INVALID, with each field's
   problem. Re-importing our own export finds every row already present.
3. ``apply_plan(customers, plan)`` writes the NEW rows (and the duplicates the
   rep chose) in one transaction. A plan with any INVALID row writes nothing.

vCard files are planned person by person: a card joins the customer with its
RepDesk customer id or company name, else a new customer (one per company).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from repdesk.db.models import Customer, Person, SignalRecord
from repdesk.db.store import Store
from repdesk.domain.sheet import CustomerSheet, PersonFacts
from repdesk.services.customers import CancelledError, CustomerService
from repdesk.services.import_headers import recognise
from repdesk.services.import_rows import (
    Layout,
    RowProblem,
    SourceKind,
    SourceRow,
    SourceTable,
    parse_row,
)
from repdesk.services.sheet_columns import ID, Target

__all__ = [
    "Duplicate",
    "ImportPlan",
    "ImportResult",
    "Match",
    "PlanHasProblemsError",
    "PlannedRow",
    "RowProblem",
    "RowStatus",
    "SourceKind",
    "SourceRow",
    "SourceTable",
    "apply_plan",
    "company_key",
    "phone_key",
    "plan_import",
    "recognise",
]

_CHUNK = 900  # ids per IN (...) query, under SQLite's variable limit


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


class Match(StrEnum):
    SAME_ID = "same_id"  # this very record is already in the book (our own export)
    SAME_NAME = "same_name"  # the same company name, after normalisation
    SAME_PHONE = "same_phone"  # the same phone digits
    SAME_PERSON = "same_person"  # vCard: the same person id, or name at the same customer


@dataclass(frozen=True)
class Duplicate:
    match: Match
    name: str  # the customer (or person) it matches
    row: int | None = None  # an earlier row of the same file; None: already in the book


@dataclass
class PlannedRow:
    source: SourceRow
    status: RowStatus
    sheet: CustomerSheet
    problems: list[RowProblem] = field(default_factory=list)
    duplicate: Duplicate | None = None
    include: bool = False  # written by apply_plan
    attach_to: str | None = None  # vCard: the existing customer the person joins
    attach_name: str = ""
    group: str = ""  # vCard: cards with one new customer share this key

    @property
    def can_include(self) -> bool:
        """A likely duplicate the rep may import anyway (the same record never)."""
        return (
            self.status is RowStatus.DUPLICATE
            and self.duplicate is not None
            and self.duplicate.match not in (Match.SAME_ID, Match.SAME_PERSON)
        )


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: list[Target | None]
    rows: list[PlannedRow]

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def invalid(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status is RowStatus.INVALID]

    @property
    def to_write(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.include]

    def include_duplicates(self, include: bool) -> None:
        for row in self.rows:
            if row.can_include:
                row.include = include


@dataclass(frozen=True)
class ImportResult:
    customers: int  # new customers
    people: int  # people written, on new and on existing customers
    skipped: int  # duplicates left out
    customer_ids: list[str]


class PlanHasProblemsError(ValueError):
    """The file has invalid rows: nothing was written (see ``plan.invalid``)."""


# --- normalisation ----------------------------------------------------------------

_LEGAL_WORDS = frozenset(
    {
        "co",
        "company",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "llc",
        "llp",
        "plc",
        "gmbh",
    }
)
_LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "公司")
_WORDS = re.compile(r"\w+")


def company_key(name: str) -> str:
    """A company name as compared: width- and case-folded, no punctuation or legal form
    ("Tyne Park Media Ltd." = "TYNE PARK MEDIA"; 华信电子有限公司 = 华信电子)."""
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name)
    words = _WORDS.findall(name.casefold())
    while len(words) > 1 and words[-1] in _LEGAL_WORDS:
        words.pop()
    key = "".join(words).replace("_", "")
    for suffix in _LEGAL_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


_EXTENSION = re.compile(r"(?i)ext|x|转|分机")
_NOT_DIGITS = re.compile(r"\D+")
_MIN_PHONE_KEY = 7
_SEPARATORS = str.maketrans("", "", " +-.()/\u00a0")


def phone_key(text: str) -> str:
    """The digits that identify a phone: no extension, no leading zeros ('' if too short).
    Two phones match when one key ends the other: +86 138 0013 8000 = 13800138000."""
    if not text:
        return ""
    digits = text.translate(_SEPARATORS)
    if not (digits.isascii() and digits.isdigit()):  # an extension, full-width digits...
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
        digits = _NOT_DIGITS.sub("", _EXTENSION.split(text, 1)[0])
    digits = digits.lstrip("0")
    return digits if len(digits) >= _MIN_PHONE_KEY else ""


class _Phones:
    """Phone keys by their last seven digits, for suffix matching."""

    def __init__(self) -> None:
        self._buckets: dict[str, list[tuple[str, str, int | None]]] = {}

    def add(self, key: str, name: str, row: int | None = None) -> None:
        if key:
            self._buckets.setdefault(key[-_MIN_PHONE_KEY:], []).append((key, name, row))

    def find(self, key: str) -> tuple[str, int | None] | None:
        if not key:
            return None
        for other, name, row in self._buckets.get(key[-_MIN_PHONE_KEY:], ()):
            if other.endswith(key) or key.endswith(other):
                return name, row
        return None


@dataclass
class _Book:
    """What the store already holds, as the duplicate checks need it."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (id, name)
    phones: _Phones = field(default_factory=_Phones)  # customers' and people's
    people_phones: _Phones = field(default_factory=_Phones)  # people's only
    people_names: set[tuple[str, str]] = field(default_factory=set)  # (customer id, name key)
    live_customers: dict[str, str] = field(default_factory=dict)  # id -> name, of file ids
    any_customers: set[str] = field(default_factory=set)  # of file ids, deleted ones too
    live_people: dict[str, str] = field(default_factory=dict)  # id -> name, of file ids
    any_people: set[str] = field(default_factory=set)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _read_book(
    store: Store, customer_ids: Sequence[str], person_ids: Sequence[str], *, people_mode: bool
) -> _Book:
    book = _Book()
    with store.engine.connect() as connection:
        names: dict[str, str] = {}
        for customer_id, name, phone in connection.execute(
            select(Customer.id, Customer.name, Customer.phone).where(Customer.deleted_at.is_(None))
        ).all():
            names[customer_id] = name
            book.names.setdefault(company_key(name), (customer_id, name))
            book.phones.add(phone_key(phone), name)
        for customer_id, name, phone in connection.execute(
            select(Person.customer_id, Person.name, Person.phone).where(Person.deleted_at.is_(None))
        ).all():
            company = names.get(customer_id)
            if company is None:
                continue
            if people_mode:
                book.people_phones.add(phone_key(phone), name)
                book.people_names.add((customer_id, company_key(name)))
            else:
                book.phones.add(phone_key(phone), company)
        for chunk in _chunks(customer_ids):
            for customer_id, name, deleted in connection.execute(
                select(Customer.id, Customer.name, Customer.deleted_at).where(
                    Customer.id.in_(chunk)
                )
            ):
                book.any_customers.add(customer_id)
                if deleted is None:
                    book.live_customers[customer_id] = name
        for chunk in _chunks(person_ids):
            for person_id, name, deleted, customer_id in connection.execute(
                select(Person.id, Person.name, Person.deleted_at, Person.customer_id).where(
                    Person.id.in_(chunk)
                )
            ):
                book.any_people.add(person_id)
                if deleted is None and customer_id in names:
                    book.live_people[person_id] = name
    return book


# --- planning ---------------------------------------------------------------------


class _Planner:
    def __init__(self, table: SourceTable, mapping: Sequence[Target | None], book: _Book) -> None:
        self.table = table
        self.mapping = mapping
        self.book = book
        self.names: dict[str, tuple[str, int]] = {}  # this file's companies
        self.phones = _Phones()  # this file's phones (people's only, for vCards)
        self.names_without_id: dict[str, tuple[str, int]] = {}  # of rows with no RepDesk id
        self.phones_without_id = _Phones()
        self.customer_ids: dict[str, int] = {}  # this file's RepDesk ids -> row
        self.person_ids: dict[str, int] = {}
        self.signal_ids: set[str] = set()  # of the signals that keep theirs
        self.groups: dict[str, str] = {}  # vCard: company key -> group
        self.people_names: set[tuple[str, str]] = set()  # vCard: (group or id, name key)

    def _ids_free(self, sheet: CustomerSheet, number: int) -> None:
        """Keep the file's ids only where nothing in the book or the file has them."""
        facts = sheet.customer
        if facts.id is not None:
            if facts.id in self.book.any_customers or facts.id in self.customer_ids:
                facts.id = None
            else:
                self.customer_ids[facts.id] = number
        if facts.id is None:  # a new customer: its signals get new ids too
            sheet.signals = [replace(signal, id=None) for signal in sheet.signals]
        for index, signal in enumerate(sheet.signals):
            if signal.id is not None:
                if signal.id in self.signal_ids:  # an edited file: two rows, one signal
                    sheet.signals[index] = replace(signal, id=None)
                else:
                    self.signal_ids.add(signal.id)
        for person in sheet.people:
            if person.id is not None:
                if person.id in self.book.any_people or person.id in self.person_ids:
                    person.id = None
                else:
                    self.person_ids[person.id] = number

    def table_row(self, planned: PlannedRow) -> None:
        sheet, number = planned.sheet, planned.source.number
        facts = sheet.customer
        if facts.id is not None and facts.id in self.book.live_customers:
            planned.duplicate = Duplicate(Match.SAME_ID, self.book.live_customers[facts.id])
        elif facts.id is not None and facts.id in self.customer_ids:
            planned.duplicate = Duplicate(Match.SAME_ID, facts.name, self.customer_ids[facts.id])
        key = company_key(facts.name)
        phones = [phone_key(p) for p in (facts.phone, *(p.phone for p in sheet.people))]
        # Two rows that both carry a RepDesk id are two records of one book: never the same.
        names, file_phones = (
            (self.names_without_id, self.phones_without_id)
            if facts.id is not None
            else (self.names, self.phones)
        )
        if planned.duplicate is None and key:
            if key in self.book.names:
                planned.duplicate = Duplicate(Match.SAME_NAME, self.book.names[key][1])
            elif key in names:
                name, row = names[key]
                planned.duplicate = Duplicate(Match.SAME_NAME, name, row)
        for phone in phones:
            if planned.duplicate is not None:
                break
            found = self.book.phones.find(phone)
            if found is not None:
                planned.duplicate = Duplicate(Match.SAME_PHONE, found[0])
            elif (earlier := file_phones.find(phone)) is not None:
                planned.duplicate = Duplicate(Match.SAME_PHONE, earlier[0], earlier[1])
        indexes = [(self.names, self.phones)]
        if facts.id is None:
            indexes.append((self.names_without_id, self.phones_without_id))
        for name_index, phone_index in indexes:
            if key:
                name_index.setdefault(key, (facts.name, number))
            for phone in phones:
                phone_index.add(phone, facts.name, number)
        self._ids_free(sheet, number)

    def card_row(self, planned: PlannedRow, has_company: bool) -> None:
        sheet, number = planned.sheet, planned.source.number
        facts = sheet.customer
        person = sheet.people[0]
        # Which customer the person belongs to: ours by id, ours by name, or a new one.
        if facts.id is not None and facts.id in self.book.live_customers:
            planned.attach_to = facts.id
            planned.attach_name = self.book.live_customers[facts.id]
        elif has_company and company_key(facts.name) in self.book.names:
            planned.attach_to, planned.attach_name = self.book.names[company_key(facts.name)]
        else:  # one new customer per RepDesk customer id, else per company name
            if facts.id is not None:
                key = f"id:{facts.id}"
            else:
                key = f"name:{company_key(facts.name)}" if has_company else f"row:{number}"
            planned.group = self.groups.setdefault(key, f"{number}")
        owner = planned.attach_to or f"new:{planned.group}"
        name_key = (owner, company_key(person.name))
        phone = phone_key(person.phone)
        if person.id is not None and person.id in self.book.live_people:
            planned.duplicate = Duplicate(Match.SAME_PERSON, self.book.live_people[person.id])
        elif person.id is not None and person.id in self.person_ids:
            planned.duplicate = Duplicate(
                Match.SAME_PERSON, person.name, self.person_ids[person.id]
            )
        elif planned.attach_to and (planned.attach_to, name_key[1]) in self.book.people_names:
            planned.duplicate = Duplicate(Match.SAME_PERSON, person.name)
        elif name_key in self.people_names:
            planned.duplicate = Duplicate(Match.SAME_PERSON, person.name, number)
        elif (found := self.book.people_phones.find(phone)) is not None:
            planned.duplicate = Duplicate(Match.SAME_PHONE, found[0])
        elif (earlier := self.phones.find(phone)) is not None:
            planned.duplicate = Duplicate(Match.SAME_PHONE, earlier[0], earlier[1])
        self.people_names.add(name_key)
        self.phones.add(phone, person.name, number)
        if planned.group and facts.id is not None and facts.id in self.customer_ids:
            facts.id = None  # the group's first card gave the new customer its id
        self._ids_free(sheet, number)


def plan_import(
    store: Store,
    table: SourceTable,
    mapping: Sequence[Target | None] | None = None,
    *,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Every row's sheet and status; reads the store, writes nothing."""
    mapping = list(mapping if mapping is not None else table.mapping or recognise(table.headers))
    day = today or date.today()
    people_mode = table.kind is SourceKind.PEOPLE
    layout = Layout.of(mapping, table.headers, people_only=people_mode)
    customer_ids: list[str] = []
    person_ids: list[str] = []
    for row in table.rows:
        customers, people = layout.all_ids(row)
        customer_ids += customers
        person_ids += people
    book = _read_book(store, customer_ids, person_ids, people_mode=people_mode)
    planner = _Planner(table, mapping, book)
    # A row already in the book (its RepDesk id) is skipped whatever it holds: it is
    # read only for the preview, which keeps re-importing our own export fast.
    present, present_in = (
        (Target(ID, 0), book.live_people) if people_mode else (Target(ID), book.live_customers)
    )
    match = Match.SAME_PERSON if people_mode else Match.SAME_ID
    display = layout.for_display()
    rows: list[PlannedRow] = []
    total = len(table.rows)
    for index, source in enumerate(table.rows):
        if index % 500 == 0:
            if cancelled is not None and cancelled():
                raise CancelledError(index)
            if progress is not None and total:
                progress(index / total)
        known = layout.ids(source, present)
        if known is not None and known in present_in:
            sheet = parse_row(source, display, day, check=False).sheet
            duplicate = Duplicate(match, present_in[known])
            rows.append(PlannedRow(source, RowStatus.DUPLICATE, sheet, duplicate=duplicate))
            continue
        result = parse_row(source, layout, day)
        if result.empty or (people_mode and not result.sheet.people):
            continue  # nothing this row could create
        planned = PlannedRow(source, RowStatus.NEW, result.sheet, result.problems)
        if people_mode:
            planner.card_row(planned, result.has_company)
        else:
            planner.table_row(planned)
        if planned.problems:
            planned.status = RowStatus.INVALID
        elif planned.duplicate is not None:
            planned.status = RowStatus.DUPLICATE
        planned.include = planned.status is RowStatus.NEW
        rows.append(planned)
    _free_signal_ids(store, rows, planner.signal_ids)
    if progress is not None:
        progress(1.0)
    return ImportPlan(table, mapping, rows)


def _free_signal_ids(store: Store, rows: Sequence[PlannedRow], ids: set[str]) -> None:
    """Signals keep their ids only where the book has none such (the file may have been
    edited: a signal copied to another customer's row)."""
    if not ids:
        return
    taken: set[str] = set()
    with store.engine.connect() as connection:
        for chunk in _chunks(sorted(ids)):
            taken.update(
                connection.scalars(select(SignalRecord.id).where(SignalRecord.id.in_(chunk)))
            )
    if not taken:
        return
    for row in rows:
        signals = row.sheet.signals
        if any(signal.id in taken for signal in signals):
            row.sheet.signals = [
                replace(signal, id=None) if signal.id in taken else signal for signal in signals
            ]


# --- writing ----------------------------------------------------------------------


def apply_plan(
    customers: CustomerService,
    plan: ImportPlan,
    *,
    reason: str = "",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the included rows in one transaction: all of them or, on cancel, none.

    Raises PlanHasProblemsError (nothing written) while any row is invalid, and
    CancelledError (rolled back) when ``cancelled()`` turns true."""
    if plan.invalid:
        raise PlanHasProblemsError(f"{len(plan.invalid)} invalid row(s) in {plan.table.name}")
    rows = plan.to_write
    sheets: list[CustomerSheet] = []
    extra: list[tuple[str, PersonFacts]] = []
    groups: dict[str, CustomerSheet] = {}
    for row in rows:
        if plan.table.kind is SourceKind.TABLE:
            sheets.append(row.sheet)
        elif row.attach_to is not None:
            extra.extend((row.attach_to, person) for person in row.sheet.people)
        elif row.group in groups:
            groups[row.group].people.extend(row.sheet.people)
        else:
            groups[row.group] = row.sheet
            sheets.append(row.sheet)
    written = customers.import_records(
        sheets, extra, reason=reason, progress=progress, cancelled=cancelled
    )
    return ImportResult(
        customers=len(written),
        people=sum(len(s.people) for s in sheets) + len(extra),
        skipped=plan.count(RowStatus.DUPLICATE) - sum(1 for r in rows if r.can_include),
        customer_ids=written,
    )
