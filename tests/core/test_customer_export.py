"""Export, then import: nothing lost, nothing duplicated (CSV, XLSX, vCard 3.0 and 4.0)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from repdesk.reports.interchange.files import export_customers, export_people, read_source
from repdesk.services.customer_export import customer_table
from repdesk.services.customer_import import Match, RowStatus, apply_plan, plan_import
from repdesk.services.customers import CancelledError
from repdesk.services.workspace import Workspace, open_workspace


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    workspace, _ = open_workspace(demo_db)
    yield workspace
    workspace.close()


@pytest.fixture
def empty(empty_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A second, empty book beside the demo one (empty_db would share its file name)."""
    path = tmp_path / "other.db"
    shutil.copyfile(empty_template, path)
    workspace, _ = open_workspace(path)
    yield workspace
    workspace.close()


def _ids(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        rows = connection.execute(
            "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY sort_key, id"
        ).fetchall()
    return [row[0] for row in rows]


def _counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as connection:
        return {
            table: connection.execute(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            ).fetchone()[0]
            for table in ("customers", "people", "dissatisfaction_signals")
        }


def _everything(workspace: Workspace, customer_id: str) -> dict[str, Any]:
    """Every field of a sheet the rep can edit, people and signals included."""
    sheet = workspace.customers.load(customer_id)
    return {
        "customer": asdict(sheet.customer) | {"lead_source_id": None},
        "lead_source": sheet.lead_source_label,
        "people": [asdict(person) for person in sheet.people],
        "signals": [asdict(signal) for signal in sheet.signals],
    }


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_customers_round_trip_through_a_file(
    demo: Workspace, empty: Workspace, tmp_path: Path, suffix: str
) -> None:
    ids = _ids(demo.store.path)
    path = tmp_path / f"customers{suffix}"
    assert export_customers(demo.store, ids, path) == len(ids)
    table = read_source(path)
    assert table.headers[0] == "RepDesk id"
    assert any(header.startswith("Contact 2 ") for header in table.headers)

    # Back into the same book: every row is already there, nothing is written.
    before = _counts(demo.store.path)
    again = plan_import(demo.store, table)
    assert again.count(RowStatus.DUPLICATE) == len(ids)
    assert {row.duplicate.match for row in again.rows if row.duplicate} == {Match.SAME_ID}
    again.include_duplicates(True)  # even asked to, the same records are never copied
    assert again.to_write == []
    assert _counts(demo.store.path) == before

    # Into another book: everything arrives, every field equal.
    plan = plan_import(empty.store, table)
    assert plan.count(RowStatus.NEW) == len(ids), [r.problems for r in plan.invalid][:3]
    result = apply_plan(empty.customers, plan)
    assert result.customers == len(ids)
    assert _counts(empty.store.path) == before
    assert _ids(empty.store.path) == ids
    for customer_id in ids:
        assert _everything(empty, customer_id) == _everything(demo, customer_id)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_people_round_trip_through_vcards(
    demo: Workspace, empty: Workspace, tmp_path: Path, version: str
) -> None:
    ids = _ids(demo.store.path)
    path = tmp_path / "people.vcf"
    people = _counts(demo.store.path)["people"]
    assert export_people(demo.store, ids, path, version=version) == people

    table = read_source(path)
    again = plan_import(demo.store, table)
    assert again.count(RowStatus.DUPLICATE) == people  # all already there

    plan = plan_import(empty.store, table)
    assert plan.count(RowStatus.NEW) == people, [r.problems for r in plan.invalid][:3]
    apply_plan(empty.customers, plan)
    for customer_id in ids:
        original = demo.customers.load(customer_id)
        if not original.people:
            continue
        copy = empty.customers.load(customer_id)  # the customer keeps its id too
        assert copy.customer.name == original.customer.name
        assert copy.customer.kind == original.customer.kind
        assert [asdict(p) for p in copy.people] == [asdict(p) for p in original.people]


def test_export_follows_the_given_order_and_leaves_out_deleted(demo: Workspace) -> None:
    ids = _ids(demo.store.path)[:5]
    wanted = [ids[3], ids[0], ids[4], ids[1]]
    demo.customers.delete(ids[4])
    table = customer_table(demo.store, wanted)
    rows = list(table.rows)
    assert [row[0] for row in rows] == [ids[3], ids[0], ids[1]]
    assert all(len(row) == len(table.headers) for row in rows)


def test_a_cancelled_export_leaves_no_file(demo: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CancelledError):
        export_customers(
            demo.store, _ids(demo.store.path), folder / "c.csv", cancelled=lambda: True
        )
    assert list(folder.iterdir()) == []
