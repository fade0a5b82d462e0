"""The customer search finds exactly what a plain substring check finds, in list order."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest

from repdesk.db.search_source import searchable_customers
from repdesk.services.search import SearchIndex, Subset, normalise


def _reference(records: Sequence[Sequence[str]], query: str) -> list[str]:
    """The slow, obvious answer the index must agree with."""
    q = normalise(query)
    joiners = re.compile(r"(?<=\d)[\s\-.()/+]+(?=\d)")
    digits = joiners.sub("", q)
    hits = []
    for record_id, raw, *_ in records:
        text = normalise(raw)
        if digits.isdigit():
            runs = re.findall(r"\d+", joiners.sub("", text))
            matched = any(digits in run for run in runs)
        else:
            matched = q in text
        if matched:
            hits.append(record_id)
    return hits


def _all(index: SearchIndex, query: str, page: int, within: Subset | None = None) -> list[str]:
    """Every match, fetched a page at a time as the list's fetchMore does."""
    found: list[str] = []
    after = None
    while True:
        result = index.search(query, limit=page, after=after, within=within)
        found.extend(result.ids)
        if not result.more:
            return found
        after = result.last


@pytest.fixture(scope="module")
def book(demo_template: Path) -> tuple[list[tuple[str, str, str]], SearchIndex]:
    with closing(sqlite3.connect(demo_template)) as connection:
        records = list(searchable_customers(connection))
    return records, SearchIndex(records)


def test_agrees_with_a_plain_substring_check(
    book: tuple[list[tuple[str, str, str]], SearchIndex],
) -> None:
    records, index = book
    rng = random.Random(11)
    queries = [
        "华信",
        "有限",
        "华",
        "公司",
        "ltd",
        "LTD",
        "a",
        "zz",
        "88",
        "8000",
        "0755",
        ".",
        "号 ",
    ]
    for _, text, _key in rng.sample(records, 60):
        for length in (1, 2, 3, 5):
            start = rng.randrange(max(1, len(text) - length))
            queries.append(text[start : start + length].replace("\x00", " "))  # typeable
    for query in queries:
        expected = _reference(records, query)
        assert _all(index, query, page=10_000) == expected, query
        assert _all(index, query, page=7) == expected, f"{query!r} paged"


def test_a_chinese_name_fragment_finds_the_company() -> None:
    index = SearchIndex([("1", "深圳华信电子有限公司\x00王芳\x00138 0013 8000"), ("2", "Acme Ltd")])
    assert index.search("华信").ids == ["1"]
    assert index.search("王").ids == ["1"]
    assert index.search("acme").ids == ["2"]
    assert index.search("ＡＣＭＥ").ids == ["2"]  # full-width, as some Chinese IMEs type


@pytest.mark.parametrize("query", ["8000", "0013 8000", "00138000", "138-0013", "13800138000"])
def test_phone_numbers_match_however_they_are_typed(query: str) -> None:
    index = SearchIndex([("1", "王芳\x00138 0013 8000"), ("2", "0755-8612 3456")])
    assert index.search(query).ids == ["1"]


def test_fields_and_records_do_not_run_together() -> None:
    index = SearchIndex([("1", "Acme\x00Ltd"), ("2", "12 High St\x0034 Low Rd"), ("3", "88")])
    assert index.search("acme ltd").ids == []
    assert index.search("1234").ids == []
    assert index.search("88\x00").ids == index.search("88").ids == ["3"]
    assert index.search("\x00").ids == ["1", "2", "3"]  # nothing typed: everything


def test_pages_say_when_there_is_more() -> None:
    index = SearchIndex((str(i), f"客户{i}") for i in range(25))
    first = index.search("客", limit=10)
    assert (len(first.ids), first.more) == (10, True)
    second = index.search("客", limit=10, after=first.last)
    assert second.ids[0] == "10"
    assert index.search("", limit=30).ids == [str(i) for i in range(25)]
    assert index.search("没有").ids == []


def _queries(records: Sequence[Sequence[str]], rng: random.Random, n: int) -> list[str]:
    queries = ["华", "有限", "a", "ltd", "88", "0755", ""]
    for _, text, *_ in rng.sample(list(records), min(n, len(records))):
        for length in (1, 2, 4):
            start = rng.randrange(max(1, len(text) - length))
            queries.append(text[start : start + length].replace("\x00", " "))
    return queries


def test_updates_and_removals_keep_matches_in_book_order(
    book: tuple[list[tuple[str, str, str]], SearchIndex],
) -> None:
    """Sheets saved, renamed, created and deleted after the build: the index answers as a
    fresh index of the changed book would, in the same order, page after page."""
    records, _ = book
    index = SearchIndex(records)  # its own: this test changes it
    rng = random.Random(5)
    current = {r[0]: r for r in records}
    changed = rng.sample(records, 40)
    for number, (record_id, text, key) in enumerate(changed[:15]):  # edited in place
        current[record_id] = (record_id, f"{text}\x00edited{number}", key)
    for record_id, text, _ in changed[15:25]:  # renamed: moves in the order
        current[record_id] = (record_id, f"Renamed {text}", rng.choice(records)[2] + " x")
    for record_id, _, _ in changed[25:]:
        del current[record_id]
    for number in range(12):  # new sheets, some sharing a sort key with existing ones
        key = rng.choice(records)[2] if number % 2 else f"new {number}"
        current[f"new-{number}"] = (f"new-{number}", f"新客户{number}\x00138 0000 {number:04}", key)
    for record_id, _, _ in changed[:25]:
        index.update(record_id, current[record_id][1], current[record_id][2])
    for record_id, _, _ in changed[25:]:
        index.remove(record_id)
    index.remove("no-such-id")
    for number in range(12):
        index.update(f"new-{number}", *current[f"new-{number}"][1:])
    index.update("new-3", current["new-3"][1], current["new-3"][2])  # saved twice

    expected_book = sorted(current.values(), key=lambda r: (r[2], r[0]))
    assert len(index) == len(expected_book)
    for query in [*_queries(expected_book, rng, 15), "edited", "新客户", "0000", "renamed"]:
        expected = _reference(expected_book, query)
        assert _all(index, query, page=10_000) == expected, query
        assert _all(index, query, page=3) == expected, f"{query!r} paged"


def test_a_subset_limits_the_matches(
    book: tuple[list[tuple[str, str, str]], SearchIndex],
) -> None:
    records, _ = book
    index = SearchIndex(records)
    rng = random.Random(9)
    index.update("new-1", "华信新公司\x00138 1111 2222", records[5][2])
    every = [*records, ("new-1", "华信新公司\x00138 1111 2222", records[5][2])]
    for share in (0.02, 0.3, 0.9):  # a narrow filter takes another path than a wide one
        chosen = {r[0] for r in every if rng.random() < share} | {"new-1"}
        within = index.subset(chosen)
        in_book = sorted((r for r in every if r[0] in chosen), key=lambda r: (r[2], r[0]))
        for query in [*_queries(in_book, rng, 10), "华信", "2222", "a", "e"]:
            expected = _reference(in_book, query)
            assert _all(index, query, page=10_000, within=within) == expected, (share, query)
            assert _all(index, query, page=4, within=within) == expected, (share, query)


def test_a_subset_by_positions_equals_one_by_ids(
    book: tuple[list[tuple[str, str, str]], SearchIndex],
) -> None:
    records, _ = book
    index = SearchIndex(records)
    ids = [r[0] for r in records]
    assert index.in_order_of(ids)
    assert not index.in_order_of(ids[::-1])
    positions = list(range(0, len(ids), 3))
    by_positions = index.subset_in_order(positions)
    by_ids = index.subset([ids[p] for p in positions])
    assert list(by_positions.positions) == list(by_ids.positions)
    assert by_positions.mask == by_ids.mask
    for query in ("华", "a", "88", "有限公司"):
        assert index.search(query, within=by_positions) == index.search(query, within=by_ids)
    index.update(ids[0], "changed", records[0][2])
    assert not index.in_order_of(ids)  # changed since built: positions no longer line up
