"""What works (the playbook's numbers) and a customer's objections on 100,000 customers.

- ``PlaybookService.stats()``: objections raised and every answer's agreement,
  over every finished visit, against its two statements run with plain sqlite3
  (rows fetched, nothing counted), interleaved round by round;
- ``objections_met(customer)``: the customer sheet's Objections tab and the
  talking points, for customers picked at random, against the same join in sqlite3.

The issue names no target; the numbers feed the charts issue, whose weekly
summary has 3 s for everything.

Run: .venv/bin/pytest tests/perf -m perf -s -k test_playbook_stats
(or ``REPDESK_BENCH_DB=/tmp/demo100k.db`` to reuse a database made earlier).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from repdesk.services.playbook import STATS_ROWS, STATS_VISITS
from tests.perf.conftest import summary

ROUNDS = 15

_WHERE = (
    "r.deleted_at IS NULL AND NOT r.is_draft AND r.customer_id NOT IN "
    "(SELECT id FROM customers WHERE deleted_at IS NOT NULL)"
)
RAW_STATS = (STATS_ROWS + _WHERE, STATS_VISITS + _WHERE)
RAW_MET = (
    "SELECT r.visited_at, vo.customer_words, o.title, vo.answer_text, vo.customer_agreed, "
    "vo.next_step, vo.round, a.label FROM visit_records r "
    "JOIN visit_objections vo ON vo.visit_record_id = r.id "
    "LEFT JOIN objections o ON o.id = vo.objection_id "
    "LEFT JOIN objection_answers a ON a.id = vo.answer_id "
    "WHERE r.customer_id = ? AND r.deleted_at IS NULL AND NOT r.is_draft "
    "AND vo.deleted_at IS NULL ORDER BY r.visited_at DESC LIMIT 50"
)


def test_playbook_stats(benchmark: Any, big_db: Path) -> None:
    from repdesk.services.workspace import open_workspace

    workspace, _ = open_workspace(big_db)
    raw_times: list[float] = []
    app_times: list[float] = []
    try:
        with closing(sqlite3.connect(big_db)) as connection:
            rows = len(connection.execute(RAW_STATS[0]).fetchall())
            for sql in RAW_STATS:  # both warm
                connection.execute(sql).fetchall()
            stats = workspace.playbook.stats()

            def one_round() -> None:
                started = time.perf_counter()
                for sql in RAW_STATS:
                    connection.execute(sql).fetchall()
                raw_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                workspace.playbook.stats()
                app_times.append(time.perf_counter() - started)

            benchmark.group = "Playbook numbers, 100,000 customers"
            benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    finally:
        workspace.close()
    raw, app = statistics.median(raw_times), statistics.median(app_times)
    print(
        f"\nWhat works over {rows:,} objection rows, {stats.visits:,} visits: "
        f"stats() {summary(app_times)}; raw sqlite3, its statements {summary(raw_times)} "
        f"({app / raw:.2f}x)"
    )
    assert stats.raised > 10_000


def test_objections_met(benchmark: Any, big_db: Path) -> None:
    from repdesk.services.workspace import open_workspace

    with closing(sqlite3.connect(big_db)) as connection:
        customers = [
            str(r[0])
            for r in connection.execute(
                "SELECT DISTINCT r.customer_id FROM visit_objections vo "
                "JOIN visit_records r ON r.id = vo.visit_record_id"
            )
        ]
    picks = random.Random(6).sample(customers, ROUNDS + 1)
    workspace, _ = open_workspace(big_db)
    raw_times: list[float] = []
    app_times: list[float] = []
    try:
        with closing(sqlite3.connect(big_db)) as connection:
            connection.execute(RAW_MET, (picks[-1],)).fetchall()
            workspace.playbook.objections_met(picks[-1])
            turn = iter(picks)

            def one_round() -> None:
                customer = next(turn)
                started = time.perf_counter()
                connection.execute(RAW_MET, (customer,)).fetchall()
                raw_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                workspace.playbook.objections_met(customer)
                app_times.append(time.perf_counter() - started)

            benchmark.group = "Playbook numbers, 100,000 customers"
            benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    finally:
        workspace.close()
    raw, app = statistics.median(raw_times), statistics.median(app_times)
    print(
        f"\nA customer's objections met: objections_met() {summary(app_times)}; "
        f"raw sqlite3 {summary(raw_times)} ({app / raw:.2f}x)"
    )
