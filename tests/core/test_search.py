"""The customer search finds exactly what a plain substring check finds, in list order."""

from __future__ import annotations

import random
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from repdesk.db.search_source import searchable_customers
from repdesk.services.search import SearchIndex, normalise


def _reference(records: list[tuple[str, str]], query: str) -> list[str]:
    """The slow, obvious answer the index must agree with."""
    q = normalise(query)
    joiners = re.compile(r"(?<=\d)[\s\-.()/+]+(?=\d)")
    digits = joiners.sub("", q)
    hits = []
    for record_id, raw in records:
        text = normalise(raw)
        if digits.isdigit():
            runs = re.findall(r"\d+", joiners.sub("", text))
            matched = any(digits in run for run in runs)
        else:
            matched = q in text
        if matched:
            hits.append(record_id)
    return hits


def _all(index: SearchIndex, query: str, page: int) -> list[str]:
    """Every match, fetched a page at a time as the list's fetchMore does."""
    found, after = [], -1
    while True:
        result = index.search(query, limit=page, after=after)
        found.extend(result.ids)
        if not result.more:
            return found
        after = result.last


@pytest.fixture(scope="module")
def book(demo_template: Path) -> tuple[list[tuple[str, str]], SearchIndex]:
    with closing(sqlite3.connect(demo_template)) as connection:
        records = list(searchable_customers(connection))
    return records, SearchIndex(records)


def test_agrees_with_a_plain_substring_check(
    book: tuple[list[tuple[str, str]], SearchIndex],
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
    for _, text in rng.sample(records, 60):
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
