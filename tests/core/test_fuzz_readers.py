"""Every reader of outside files, fuzzed (issue 8, "Bad input").

Customer files (CSV, XLSX, vCard) and their import plan, calendar files and
playbook files get structure-aware damaged documents (fuzz_strategies.py) and
plain random bytes. For each, whatever the bytes:

1. the reader returns, or raises its own documented error and nothing else;
2. a problem names where it is: the row and field (customer rows), the
   event and property (calendars), the path (playbooks);
3. it ends quickly: a deadline per example, a hard limit against a hang;
4. an import into a real SQLite file is all or nothing: when it stops half
   way (a problem, a cancel, a failure put in on purpose) every table holds
   exactly what it held before.

A fixed budget for CI (derandomized, the same examples every run); for a longer
run with fresh examples each time, e.g.::

    REPDESK_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/core/test_fuzz_readers.py \
        -p no:pytest-qt -q
"""

from __future__ import annotations

import json
import re
import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from repdesk.domain.playbook import PlaybookError, PlaybookProblem, Reason, playbook_to_json
from repdesk.domain.sheet import CustomerFacts, CustomerSheet
from repdesk.domain.validation import ProblemCode
from repdesk.domain.visits import VisitPlanFacts
from repdesk.reports.interchange.errors import FileReadError, ReadProblem
from repdesk.reports.interchange.files import read_source
from repdesk.services.customer_import import (
    ImportPlan,
    PlanHasProblemsError,
    RowStatus,
    SourceKind,
    SourceTable,
    apply_plan,
    plan_import,
)
from repdesk.services.customers import CancelledError
from repdesk.services.playbook import PlaybookService, default_playbook, read_playbook_file
from repdesk.services.sheet_columns import CUSTOMER_FIELDS, NAME_PARTS, PERSON_FIELDS
from repdesk.services.visit_calendar import (
    IcsError,
    IcsImport,
    ImportedPlan,
    read_ics,
)
from repdesk.services.workspace import Workspace, open_workspace
from tests.core import fuzz_strategies as fs
from tests.core.fuzz_strategies import fuzz, hard_limit

# --- the budget ------------------------------------------------------------------------

TODAY = date(2026, 11, 18)
ZONE = "Asia/Shanghai"


@contextmanager
def reading() -> Iterator[None]:
    """A hard limit, and the libraries' warnings about odd files ignored (the suite makes
    warnings errors; what is fuzzed here is the exceptions a reader raises)."""
    with hard_limit(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


# --- a database, snapshot whole ---------------------------------------------------------


def snapshot(db: Path) -> dict[str, tuple[int, int]]:
    """Every table's row count and a hash of its rows, as another program sees the file."""
    with closing(sqlite3.connect(db)) as connection:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found: dict[str, tuple[int, int]] = {}
        for name in names:
            rows = connection.execute(f'SELECT * FROM "{name}"').fetchall()
            found[name] = (len(rows), hash(frozenset(map(repr, rows))))
        return found


def counts(shot: dict[str, tuple[int, int]]) -> dict[str, int]:
    return {name: count for name, (count, _) in shot.items()}


@pytest.fixture
def workspace(empty_db: Path) -> Iterator[Workspace]:
    opened, _ = open_workspace(empty_db)
    yield opened
    opened.close()


class InjectedError(Exception):
    """A failure put in on purpose half way through a write."""


# --- customer files: the readers ----------------------------------------------------------

_FIELDS = set(CUSTOMER_FIELDS) | set(PERSON_FIELDS) | set(NAME_PARTS)


def check_table(table: SourceTable) -> None:
    """What the import needs of a table: each row as wide as the headers, numbered from
    the header's row down, in file order."""
    assert table.rows is not None
    width = len(table.headers)
    numbers = [row.number for row in table.rows]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    for row in table.rows:
        assert row.number >= 1 and row.line >= 1
        assert len(row.values) == width
        assert all(isinstance(v, str) for v in row.values)
        assert all(isinstance(v, str) and v.strip() for v in row.extra)
    if table.mapping is not None:
        assert len(table.mapping) == width


def read_customer_file(path: Path) -> SourceTable | FileReadError:
    """The reader's answer: a table, or the one documented error (naming the file)."""
    try:
        with reading():
            table = read_source(path)
    except FileReadError as error:
        failed = error
    else:
        check_table(table)
        return table
    assert failed.path == path
    assert isinstance(failed.problem, ReadProblem)
    assert failed.line is None or failed.line >= 1  # where the file broke, when known
    return failed


@fuzz(200)
@given(data=fs.csv_files())
@example(data=fs.SNIFFER_TRAP)  # 20 s in csv.Sniffer
def test_csv_files_read_or_say_why(tmp_path: Path, data: bytes) -> None:
    result = read_customer_file(_write(tmp_path, "contacts.csv", data))
    if isinstance(result, FileReadError) and result.problem is ReadProblem.DAMAGED:
        assert result.line is not None  # a CSV breaks on a line


@fuzz(120)
@given(data=fs.xlsx_files())
@example(data=fs.DAMAGED_THEME)  # zlib.error
@example(data=fs.HUGE_DIMENSION)  # hours padding empty cells
@example(data=fs.FAR_ROW)  # as many empty rows
def test_xlsx_files_read_or_say_why(tmp_path: Path, data: bytes) -> None:
    read_customer_file(_write(tmp_path, "contacts.xlsx", data))


@fuzz(200)
@given(data=fs.vcard_files() | st.sampled_from(fs.seed_vcards()).flatmap(fs.mutated))
def test_vcards_read_or_say_why(tmp_path: Path, data: bytes) -> None:
    result = read_customer_file(_write(tmp_path, "people.vcf", data))
    if isinstance(result, SourceTable):
        assert result.kind is SourceKind.PEOPLE


@fuzz(100)
@given(
    suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".vcf", ".xls"]),
    data=st.binary(max_size=4_096) | st.binary(max_size=2_048).map(lambda b: b"PK\x03\x04" + b),
)
def test_random_bytes_in_any_customer_file(tmp_path: Path, suffix: str, data: bytes) -> None:
    read_customer_file(_write(tmp_path, "random" + suffix, data))


# --- customer files: the plan and the write -----------------------------------------------


def check_plan(plan: ImportPlan) -> None:
    """Every invalid row says why, each problem naming its field (and the column it came
    from); only a value beyond the last column has no field."""
    headers = set(plan.table.headers)
    for row in plan.rows:
        assert row.source.number >= 1
        if row.status is RowStatus.INVALID:
            assert row.problems
        for found in row.problems:
            problem = found.problem
            if problem.code is ProblemCode.EXTRA_VALUES:
                assert problem.field == "" and row.source.extra
                continue
            assert problem.field in _FIELDS, problem
            assert problem.person is None or problem.person >= 0
            if problem.code is ProblemCode.REQUIRED:
                assert found.column == "" or found.column in headers
            else:
                assert found.column in headers, found


CUSTOMER_FILES = st.one_of(
    st.tuples(st.just("in.csv"), fs.csv_files()),
    st.tuples(st.just("in.xlsx"), fs.xlsx_files()),
    st.tuples(st.just("in.vcf"), fs.vcard_files()),
)


@pytest.fixture
def book(workspace: Workspace) -> Workspace:
    """Two customers the files' vCards and rows may meet again."""
    for name in ("深圳华信电子有限公司", "Tyne Park Media Ltd"):
        workspace.customers.save(CustomerSheet(customer=CustomerFacts(name=name)))
    return workspace


@fuzz(150, deadline_ms=4_000)
@given(file=CUSTOMER_FILES, cancel_after=st.none() | st.integers(0, 2), duplicates=st.booleans())
@example(file=("in.csv", fs.SHARED_SIGNAL), cancel_after=None, duplicates=False)  # IntegrityError
@example(file=("in.csv", fs.DEEP_JSON), cancel_after=None, duplicates=False)  # RecursionError
def test_a_customer_import_writes_all_or_nothing(
    book: Workspace,
    tmp_path: Path,
    file: tuple[str, bytes],
    cancel_after: int | None,
    duplicates: bool,
) -> None:
    name, data = file
    table = read_customer_file(_write(tmp_path, name, data))
    if isinstance(table, FileReadError):
        return
    db = book.store.path
    with reading():
        plan = plan_import(book.store, table, today=TODAY)
    check_plan(plan)
    plan.include_duplicates(duplicates)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return cancel_after is not None and asked > cancel_after

    before = snapshot(db)
    try:
        with reading():
            result = apply_plan(book.customers, plan, cancelled=cancelled)
    except PlanHasProblemsError:
        assert plan.invalid
        assert snapshot(db) == before
        return
    except CancelledError:
        assert cancel_after is not None
        assert snapshot(db) == before
        return
    assert not plan.invalid
    grown = {name: n - counts(before)[name] for name, n in counts(snapshot(db)).items()}
    assert grown["customers"] == result.customers == len(result.customer_ids)
    if plan.table.kind is SourceKind.TABLE:  # every row chosen, each a customer
        assert result.customers == len(plan.to_write)
    assert grown["people"] == result.people


# --- calendar files ---------------------------------------------------------------------

COMPANIES = {"华东精密机械有限公司": "c-huadong", "tyne park media": "c-tyne"}


def read_calendar(data: bytes, companies: dict[str, str]) -> IcsImport | IcsError:
    try:
        with reading():
            result = read_ics(data, ZONE, companies)
    except IcsError as error:
        return error
    assert result.events >= 0
    indexes = [p.event_index for p in result.plans] + [p.event_index for p in result.problems]
    assert len(indexes) == len(set(indexes))  # each event once, as a plan or a problem
    for plan in result.plans:
        assert 1 <= plan.event_index <= result.events
        assert plan.appointment_at.tzinfo is None
        assert plan.company.strip()
        assert plan.minutes is None or plan.minutes >= 0
    for problem in result.problems:
        assert 1 <= problem.event_index <= result.events
        assert problem.field  # DTSTART, RRULE, STATUS, SUMMARY... or VEVENT for all of it
    return result


@fuzz(300)
@given(data=fs.ics_files() | st.binary(max_size=4_096))
def test_calendar_files_read_or_say_why(data: bytes) -> None:
    read_calendar(data, COMPANIES)


@dataclass(frozen=True)
class _FailingPlan(ImportedPlan):
    """An event that breaks the write when its turn comes."""

    def facts(self, customer_id: str | None = None, *, plan_id: str | None = None) -> Any:
        raise InjectedError(self.event_index)


def _failing(plan: ImportedPlan) -> ImportedPlan:
    return _FailingPlan(**{f.name: getattr(plan, f.name) for f in fields(plan)})


@pytest.fixture
def calendar_book(workspace: Workspace) -> tuple[Workspace, str]:
    """A customer the files' events may name, with a plan an export's UID may update."""
    sheet = workspace.customers.save(CustomerSheet(customer=CustomerFacts(name="Tyne Park Media")))
    customer = sheet.customer.id
    assert customer is not None
    plan = workspace.visits.save_plan(
        VisitPlanFacts(customer_id=customer, appointment_at=datetime(2026, 11, 20, 9, 0))
    )
    assert plan.id is not None
    return workspace, plan.id


_OWN_PLAN = b"0b6f0c1e-7d5a-4b8e-9f00-000000000001"  # the UID fuzz_strategies writes


@fuzz(100, deadline_ms=4_000)
@given(data=fs.ics_files(), fail_at=st.none() | st.integers(0, 4))
def test_a_calendar_import_writes_all_or_nothing(
    calendar_book: tuple[Workspace, str], data: bytes, fail_at: int | None
) -> None:
    workspace, plan_id = calendar_book
    db = workspace.store.path
    result = read_calendar(data.replace(_OWN_PLAN, plan_id.encode()), workspace.visits.companies())
    if isinstance(result, IcsError):
        return
    plans = list(result.plans)
    if fail_at is not None and plans:
        index = min(fail_at, len(plans) - 1)
        plans[index] = _failing(plans[index])
    before = snapshot(db)
    try:
        with reading():
            saved = workspace.visits.import_plans(plans)
    except InjectedError:
        assert snapshot(db) == before
        return
    assert fail_at is None or not plans
    after = counts(snapshot(db))
    assert len(saved) == len(plans)
    assert after["visit_plans"] - counts(before)["visit_plans"] <= len(plans)


# --- playbook files -----------------------------------------------------------------------

_SEED = playbook_to_json(default_playbook())


_STEP = r'(?:\w+|"[^.\[\]]*")(?:\[\d+\])?'
_PATH = re.compile(rf"(?:{_STEP}(?:\.{_STEP})*)?")


def _is_path(text: str) -> bool:
    """entries[3].answers[0].benefit.zh, tips[2], an unknown key quoted: entries[0]."",
    or "" (the whole file)."""
    return _PATH.fullmatch(text) is not None


def read_playbook(path: Path) -> Any:
    try:
        with reading():
            return read_playbook_file(path)
    except PlaybookError as error:
        failed = error
    assert failed.problems
    for problem in failed.problems:
        assert isinstance(problem, PlaybookProblem) and isinstance(problem.reason, Reason)
        assert _is_path(problem.path), problem
    return failed


def _related(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


@fuzz(200)
@given(document=fs.playbook_documents(_SEED))
@example(document=(json.dumps({**_SEED, "": 1, "a.b": 2}), ("",)))  # a path ending in "."
def test_playbook_files_read_or_say_where(
    tmp_path: Path, document: tuple[str, fs.Path_ | None]
) -> None:
    text, where = document
    result = read_playbook(_write(tmp_path, "team.json", text.encode("utf-8", "surrogatepass")))
    if isinstance(result, PlaybookError) and where is not None:
        place = fs.path_text(where)
        reasons = {p.reason for p in result.problems}
        if Reason.NOT_JSON in reasons or Reason.NOT_UTF8 in reasons or Reason.TOO_LARGE in reasons:
            return
        # The problem is where the file was changed (or around it: the list that holds
        # it, a key it lacks); a code may clash with another entry's anywhere.
        assert any(
            _related(p.path, place) or p.reason is Reason.DUPLICATE_CODE for p in result.problems
        ), (place, result.problems)


@fuzz(100)
@given(
    data=st.binary(max_size=4_096)
    | fs.playbook_documents(_SEED).flatmap(
        lambda d: fs.mutated(d[0].encode("utf-8", "surrogatepass"), 6)
    )
)
def test_random_and_damaged_bytes_in_a_playbook_file(tmp_path: Path, data: bytes) -> None:
    read_playbook(_write(tmp_path, "team.json", data))


@fuzz(100, deadline_ms=4_000)
@given(document=fs.playbook_documents(_SEED), fail_at=st.none() | st.integers(0, 6))
@example(  # half a character, accepted, then refused by SQLite on write
    document=(json.dumps({**_SEED, "opener": {"en": "\ud800", "zh": ""}}), ("opener", "en")),
    fail_at=None,
)
def test_a_playbook_import_writes_all_or_nothing(
    workspace: Workspace,
    tmp_path: Path,
    document: tuple[str, fs.Path_ | None],
    fail_at: int | None,
) -> None:
    text, _ = document
    result = read_playbook(_write(tmp_path, "team.json", text.encode("utf-8", "surrogatepass")))
    if isinstance(result, PlaybookError):
        return
    service = workspace.playbook
    db = workspace.store.path
    original = PlaybookService._write_answers
    calls = 0

    def write_answers(*args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if fail_at is not None and calls > fail_at:
            raise InjectedError(calls)
        original(*args, **kwargs)

    before = snapshot(db)
    with reading():
        preview = service.preview_import(result)
    assert snapshot(db) == before  # a preview writes nothing
    try:
        with (
            reading(),
            patch.object(PlaybookService, "_write_answers", staticmethod(write_answers)),
        ):
            summary = service.import_playbook(result)
    except InjectedError:
        assert snapshot(db) == before
        return
    assert summary == preview
    # What was imported can be shared again, and reads back the same.
    again = read_playbook(_write(tmp_path, "again.json", service.export_bytes()))
    assert again == service.playbook()
    assert json.loads(service.export_bytes())["version"] == 1
