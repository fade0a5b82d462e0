"""The Customers list's filters, sorts and derived columns agree with the sheets themselves.

The reference is brute force: every demo sheet loaded by the sheet service
(the same facts the sheet window shows), filtered and sorted in plain Python.
"""

from __future__ import annotations

import itertools
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from repdesk.db.listings import CustomerListing
from repdesk.db.store import Store, open_store
from repdesk.domain.enums import (
    CustomerStatus,
    DifferentiationStrategy,
    DissatisfactionSignal,
    ProspectGrade,
    RelationshipType,
    ValueClass,
    ValueTier,
)
from repdesk.domain.rules import differentiation_strategy
from repdesk.domain.sheet import CustomerSheet
from repdesk.services.collation import sort_key
from repdesk.services.customer_book import (
    NO_FILTER,
    CustomerBook,
    CustomerFilter,
    LastVisit,
    NextVisit,
)
from repdesk.services.customers import CustomerService
from tests.conftest import DEMO_TODAY

CODED_ENUMS: dict[str, type[StrEnum]] = {
    "status": CustomerStatus,
    "relationship_type": RelationshipType,
    "value_tier": ValueTier,
    "prospect_grade": ProspectGrade,
    "value_class": ValueClass,
    "strategy": DifferentiationStrategy,
}


@dataclass(frozen=True)
class Truth:
    """One sheet as the sheet service loads it."""

    id: str
    sort_key: str
    sheet: CustomerSheet

    def get(self, field: str) -> Any:
        c = self.sheet.customer
        if field == "strategy":
            return differentiation_strategy(c.share_percent, c.upcoming_quantity)
        if field == "at_risk":
            return bool(self.sheet.open_signals)
        if field == "lead_source_id":
            return c.lead_source_id
        return getattr(c, field)


def _load_truth(store: Store) -> list[Truth]:
    service = CustomerService(store, today=lambda: DEMO_TODAY)
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT id, sort_key FROM customers WHERE deleted_at IS NULL"
        ).all()
    truth = [Truth(r[0], r[1], service.load(r[0])) for r in rows]
    return sorted(truth, key=lambda t: (t.sort_key, t.id))


def _passes(t: Truth, f: CustomerFilter) -> bool:
    for field in (
        "status",
        "relationship_type",
        "value_tier",
        "prospect_grade",
        "value_class",
        "strategy",
        "lead_source_id",
    ):
        wanted = getattr(f, field)
        if wanted is not None and t.get(field) != wanted:
            return False
    if f.at_risk is not None and t.get("at_risk") != f.at_risk:
        return False
    last, upcoming = t.sheet.last_visit, t.sheet.next_visit
    if f.last_visit is not None:
        back = {"within_7": 7, "within_30": 30, "not_30": 30, "not_90": 90, "never": 0}
        cut = DEMO_TODAY - timedelta(days=back[f.last_visit])
        ok = {
            LastVisit.WITHIN_7: last is not None and last >= cut,
            LastVisit.WITHIN_30: last is not None and last >= cut,
            LastVisit.NOT_30: last is None or last < cut,
            LastVisit.NOT_90: last is None or last < cut,
            LastVisit.NEVER: last is None,
        }[f.last_visit]
        if not ok:
            return False
    if f.next_visit is not None:
        if f.next_visit == NextVisit.NONE:
            return upcoming is None
        days = 7 if f.next_visit == NextVisit.WITHIN_7 else 30
        end = datetime.combine(DEMO_TODAY + timedelta(days=days + 1), time.min)
        return upcoming is not None and upcoming < end
    return True


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("book") / "demo.db"
    shutil.copyfile(demo_template, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def truth(demo: Store) -> list[Truth]:
    return _load_truth(demo)


def _book(store: Store) -> tuple[CustomerListing, CustomerBook]:
    listing = CustomerListing(store.engine, today=lambda: DEMO_TODAY)
    return listing, CustomerBook(listing.book(), listing.lead_sources(), listing.today)


def _filters(lead_sources: list[str]) -> list[CustomerFilter]:
    """Each criterion alone with every value, then random combinations."""
    values: dict[str, list[Any]] = {
        "status": list(CustomerStatus),
        "relationship_type": list(RelationshipType),
        "value_tier": list(ValueTier),
        "prospect_grade": list(ProspectGrade),
        "value_class": list(ValueClass),
        "strategy": list(DifferentiationStrategy),
        "at_risk": [True, False],
        "lead_source_id": lead_sources,
        "last_visit": list(LastVisit),
        "next_visit": list(NextVisit),
    }
    filters = [NO_FILTER]
    for field, options in values.items():
        filters += [CustomerFilter(**{field: option}) for option in options]
    rng = random.Random(4)
    for _ in range(150):
        fields = rng.sample(sorted(values), rng.randint(2, 4))
        filters.append(CustomerFilter(**{f: rng.choice(values[f]) for f in fields}))
    return filters


def test_every_filter_agrees_with_the_sheets(demo: Store, truth: list[Truth]) -> None:
    _, book = _book(demo)
    assert book.ids == [t.id for t in truth]
    seen_nonempty = 0
    for f in _filters([s.id for s in book.lead_sources]):
        expected = [t.id for t in truth if _passes(t, f)]
        assert book.ordered(f) == expected, f
        seen_nonempty += bool(expected) and len(expected) < len(truth)
    assert seen_nonempty > 40  # the demo data exercises the filters


def test_the_demo_has_something_for_each_filter(truth: list[Truth]) -> None:
    """Otherwise the test above would prove little."""
    assert any(t.get("at_risk") for t in truth)
    assert any(t.sheet.next_visit for t in truth)
    assert any(t.sheet.last_visit is None for t in truth)
    assert {t.get("strategy") for t in truth} >= set(DifferentiationStrategy)


def _expected_order(
    truth: list[Truth], value: Callable[[Truth], Any], descending: bool
) -> list[str]:
    known = [t for t in truth if value(t) is not None]
    known.sort(key=value, reverse=descending)  # stable: ties stay in name order
    return [t.id for t in known] + [t.id for t in truth if value(t) is None]


def _member_order(field: str) -> Callable[[Truth], Any]:
    def value(t: Truth) -> Any:
        code = t.get(field)
        members: list[Any] = list(CODED_ENUMS[field])
        return None if code is None else members.index(code)

    return value


def test_every_column_sorts_as_the_sheets_say(demo: Store, truth: list[Truth]) -> None:
    _, book = _book(demo)
    positions = {s.id: n for n, s in enumerate(book.lead_sources)}
    rules: dict[str, Callable[[Truth], Any]] = {
        "status": _member_order("status"),
        "relationship_type": _member_order("relationship_type"),
        "value_tier": _member_order("value_tier"),
        "prospect_grade": _member_order("prospect_grade"),
        "value_class": _member_order("value_class"),
        "strategy": _member_order("strategy"),
        "at_risk": lambda t: 0 if t.get("at_risk") else None,
        "last_visit": lambda t: t.sheet.last_visit,
        "next_visit": lambda t: t.sheet.next_visit,
        "city": lambda t: sort_key(t.sheet.customer.city) or None,
        "phone": lambda t: t.sheet.customer.phone or None,
        "lead_source": lambda t: positions.get(t.sheet.customer.lead_source_id or ""),
    }
    for (column, value), descending in itertools.product(rules.items(), (False, True)):
        got = book.ordered(NO_FILTER, column, descending)
        if column == "last_visit":  # the sheet keeps only the date: compare dates
            by_id = {t.id: t.sheet.last_visit for t in truth}
            want = _expected_order(truth, value, descending)
            assert [by_id[i] for i in got] == [by_id[i] for i in want], column
            continue
        assert got == _expected_order(truth, value, descending), (column, descending)
    assert book.ordered(NO_FILTER, "name", True) == [t.id for t in reversed(truth)]
    some = CustomerFilter(status=CustomerStatus.CUSTOMER)
    narrow = CustomerFilter(at_risk=True)
    for f in (some, narrow):  # a filter with a sort: both the bulk and the few-rows path
        expected = [i for i in book.ordered(NO_FILTER, "phone") if i in set(book.ordered(f))]
        assert book.ordered(f, "phone") == expected


def test_the_list_shows_the_same_derived_values(demo: Store, truth: list[Truth]) -> None:
    """The page's columns (SQL per row) say what the sheets say: one definition each."""
    listing, _ = _book(demo)
    rows = listing.rows([t.id for t in truth])
    keys = listing.keys
    for t in truth:
        row = dict(zip(keys, rows[t.id], strict=True))
        strategy = t.get("strategy")
        assert row["strategy"] == (strategy.value if strategy else None), t.id
        assert bool(row["at_risk"]) == t.get("at_risk"), t.id
        last = t.sheet.last_visit
        assert (row["last_visit"] or "")[:10] == (last.isoformat() if last else ""), t.id
        upcoming = t.sheet.next_visit
        expected = upcoming.strftime("%Y-%m-%d %H:%M") if upcoming else ""
        assert (row["next_visit"] or "")[:16] == expected, t.id


def test_sql_sorts_of_the_derived_columns_run(demo: Store) -> None:
    """Before the book loads, the list can still be sorted by its new columns in SQL."""
    listing, book = _book(demo)
    for key in ("strategy", "at_risk", "last_visit", "next_visit"):
        assert sorted(listing.ids(key)) == sorted(book.ids)
    for key, descending in (("name", False), ("city", True), ("next_visit", False)):
        everything = listing.ids(key, descending)
        assert listing.ids(key, descending, limit=7) == everything[:7]  # the first screenful


def test_changes_update_the_book_like_a_fresh_read(
    demo_db: Path,
) -> None:
    """A saved, a renamed, a deleted and new sheets; a signal raised: the book updated with
    only those sheets equals a book read afresh, for every filter and sort."""
    store = open_store(demo_db)
    listing, book = _book(store)
    service = CustomerService(store, today=lambda: DEMO_TODAY)
    rng = random.Random(2)
    ids = rng.sample(book.ids, 6)
    saved = service.load(ids[0])
    saved.customer.share_percent, saved.customer.upcoming_quantity = 80.0, 500.0
    saved.customer.status = CustomerStatus.CUSTOMER
    saved.customer.value_tier = ValueTier.VIP
    service.save(saved)
    renamed = service.load(ids[1])
    renamed.customer.name = "Aardvark Renamed Ltd"
    service.save(renamed)
    service.delete(ids[2])
    service.raise_signal(ids[3], DissatisfactionSignal.MORE_COMPLAINTS, DEMO_TODAY)
    fresh_sheets = [service.load(ids[4]) for _ in range(3)]
    for n, sheet in enumerate(fresh_sheets):
        sheet.customer.name = f"新公司{n}"
    created = service.create_many(fresh_sheets)
    changed = [*ids[:4], *created]

    book.update(listing.book(changed), [i for i in changed if i == ids[2]])
    fresh = CustomerBook(listing.book(), listing.lead_sources(), listing.today)
    assert book.ids == fresh.ids
    assert book.ids[0] == ids[1]  # "aardvark" moved to the top
    for f in _filters([s.id for s in fresh.lead_sources])[:60]:
        for sort in ("name", "strategy", "last_visit", "city"):
            assert book.ordered(f, sort) == fresh.ordered(f, sort), (f, sort)

    # An import: many at once take the merging path.
    many = [service.load(i) for i in rng.sample(fresh.ids, 80)]
    for n, sheet in enumerate(many):
        sheet.customer.name = f"Imported {n:03}"
    imported = service.create_many(many)
    book.update(listing.book(imported))
    fresh = CustomerBook(listing.book(), listing.lead_sources(), listing.today)
    assert book.ids == fresh.ids
    assert book.ordered(CustomerFilter(at_risk=True), "phone") == fresh.ordered(
        CustomerFilter(at_risk=True), "phone"
    )
    store.close()


def test_an_empty_book(empty_db: Path) -> None:
    store = open_store(empty_db)
    _, book = _book(store)
    assert len(book) == 0
    assert book.ordered(CustomerFilter(at_risk=True), "city") == []
    assert len(book.lead_sources) == 11
    store.close()
