"""Why the list's derived columns are queries, not stored copies: both measured on 100,000.

The four derived values (strategy, at risk, last visit, next visit) could be
denormalised onto ``customers`` and kept current by the services, or computed
from the visits and signals tables. This benchmark does both on the same data
(a copy of the demo database with the stored columns added and filled), for
each use the list has of them, and prints the figures beside each other:

- a page of 60 rows, as the list fetches it while painting;
- the whole book's values, read once by the worker for the in-memory filters;
- answering a filter and a sort in SQL (had the list no in-memory book);
- answering them from the in-memory book (what the list does).

Run: .venv/bin/pytest tests/perf -m perf -s -k test_derived
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from repdesk.db.customer_list import _SHEETS, compile_raw, read_book
from repdesk.services.customer_book import CustomerBook, CustomerFilter, LastVisit

DENORMALISE = """
ALTER TABLE customers ADD COLUMN last_visit_at DATETIME;
ALTER TABLE customers ADD COLUMN next_visit_at DATETIME;
ALTER TABLE customers ADD COLUMN open_signals INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET
  last_visit_at = (SELECT max(r.visited_at) FROM visit_records r
                   WHERE r.customer_id = customers.id AND r.deleted_at IS NULL),
  next_visit_at = (SELECT min(p.appointment_at) FROM visit_plans p
                   WHERE p.customer_id = customers.id AND p.deleted_at IS NULL
                     AND p.status = 'planned' AND p.appointment_at >= date('now')),
  open_signals = (SELECT count(*) FROM dissatisfaction_signals s
                  WHERE s.customer_id = customers.id AND s.deleted_at IS NULL
                    AND s.resolved_on IS NULL);
CREATE INDEX ix_customers_last_visit ON customers (deleted_at, last_visit_at, id);
CREATE INDEX ix_customers_next_visit ON customers (deleted_at, next_visit_at, id);
CREATE INDEX ix_customers_open_signals ON customers (deleted_at, open_signals, id);
ANALYZE;
"""

PAGE_QUERIED = """
SELECT c.id, c.name,
  (SELECT max(r.visited_at) FROM visit_records r
   WHERE r.customer_id = c.id AND r.deleted_at IS NULL),
  (SELECT min(p.appointment_at) FROM visit_plans p WHERE p.customer_id = c.id
   AND p.deleted_at IS NULL AND p.status = 'planned' AND p.appointment_at >= date('now')),
  EXISTS (SELECT 1 FROM dissatisfaction_signals s WHERE s.customer_id = c.id
          AND s.deleted_at IS NULL AND s.resolved_on IS NULL),
  c.share_percent, c.upcoming_quantity
FROM customers c WHERE c.id IN ({marks})
"""
PAGE_STORED = """
SELECT c.id, c.name, c.last_visit_at, c.next_visit_at, c.open_signals,
  c.share_percent, c.upcoming_quantity
FROM customers c WHERE c.id IN ({marks})
"""
NOT_VISITED_QUERIED = """
SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM visit_records r WHERE r.customer_id = c.id AND r.deleted_at IS NULL
  AND r.visited_at >= date('now', '-90 days')) ORDER BY c.sort_key, c.id
"""
NOT_VISITED_STORED = """
SELECT id FROM customers WHERE deleted_at IS NULL
AND (last_visit_at IS NULL OR last_visit_at < date('now', '-90 days')) ORDER BY sort_key, id
"""
SORT_QUERIED = """
SELECT c.id FROM customers c WHERE c.deleted_at IS NULL ORDER BY (
  SELECT max(r.visited_at) FROM visit_records r
  WHERE r.customer_id = c.id AND r.deleted_at IS NULL), c.id
"""
SORT_STORED = "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY last_visit_at, id"


def _median(action: Callable[[], Any], rounds: int = 5) -> float:
    action()  # warm the cache
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@pytest.fixture(scope="module")
def stored_db(big_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    path = tmp_path_factory.mktemp("denormalised") / "stored.db"
    shutil.copyfile(big_db, path)
    with closing(sqlite3.connect(path)) as connection:
        started = time.perf_counter()
        connection.executescript(DENORMALISE)
        connection.commit()
        fill = time.perf_counter() - started
    return path, fill


def test_derived_columns_queried_or_stored(
    benchmark: Any, big_db: Path, stored_db: tuple[Path, float]
) -> None:
    stored_path, fill = stored_db
    figures: dict[str, tuple[float, float]] = {}
    with (
        closing(sqlite3.connect(big_db)) as queried,
        closing(sqlite3.connect(stored_path)) as stored,
    ):
        ids = [r[0] for r in queried.execute("SELECT id FROM customers WHERE deleted_at IS NULL")]
        rng = random.Random(2)
        pages = [rng.sample(ids, 60) for _ in range(40)]
        marks = ",".join("?" * 60)

        def page_of(connection: sqlite3.Connection, sql: str) -> Callable[[], None]:
            def run() -> None:
                for page in pages:
                    connection.execute(sql.format(marks=marks), page).fetchall()

            return run

        figures["a page of 60 rows"] = (
            _median(page_of(queried, PAGE_QUERIED)) / len(pages),
            _median(page_of(stored, PAGE_STORED)) / len(pages),
        )
        today = date.today()

        def whole_queried() -> None:
            read_book(queried, today)

        sheets, params = compile_raw(_SHEETS)
        with_stored = sheets.replace(
            "\nFROM customers",
            ", customers.last_visit_at, customers.next_visit_at, customers.open_signals"
            "\nFROM customers",
        )
        assert with_stored != sheets

        def whole_stored() -> None:  # the same read and columns, the three values stored
            rows = stored.execute(with_stored, params).fetchall()
            columns = [list(column) for column in zip(*rows, strict=True)]
            shared: dict[Any, Any] = {}
            for column in columns[3:5]:
                column[:] = [shared.setdefault(v, v) for v in column]

        figures["the whole book, read once"] = (_median(whole_queried, 3), _median(whole_stored, 3))
        figures["SQL filter: not visited in 90 days"] = (
            _median(lambda: queried.execute(NOT_VISITED_QUERIED).fetchall(), 3),
            _median(lambda: stored.execute(NOT_VISITED_STORED).fetchall(), 3),
        )
        figures["SQL sort: by last visit"] = (
            _median(lambda: queried.execute(SORT_QUERIED).fetchall(), 3),
            _median(lambda: stored.execute(SORT_STORED).fetchall(), 3),
        )
        book = CustomerBook(read_book(queried, today), [])
    not_visited = CustomerFilter(last_visit=LastVisit.NOT_90)
    in_memory = {
        "in memory: not visited in 90 days": _median(lambda: book.ordered(not_visited)),
        "in memory: sort by last visit (cached)": _median(lambda: book.ordered(sort="last_visit")),
    }

    def first_sort_by_last_visit() -> None:
        book._orders.clear()
        book.ordered(sort="last_visit")

    first_sort = _median(first_sort_by_last_visit)

    benchmark.group = "derived columns, 100,000 customers"
    benchmark.pedantic(lambda: None, rounds=1)
    print(f"\nfilling the stored columns for 100,000 customers: {fill:.2f} s")
    print(f"{'':40} {'queried':>10} {'stored':>10}")
    for name, (queried_time, stored_time) in figures.items():
        print(f"{name:40} {queried_time * 1000:8.1f} ms {stored_time * 1000:8.1f} ms")
    for name, elapsed in in_memory.items():
        print(f"{name:40} {elapsed * 1000:8.1f} ms")
    print(f"{'in memory: sort by last visit (first)':40} {first_sort * 1000:8.1f} ms")
