"""The baseline migration builds exactly the ORM's schema, with the data rules applied."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, insert, inspect, text
from sqlalchemy.exc import IntegrityError

from repdesk.db import migrate
from repdesk.db.models import Base, Person
from repdesk.db.store import open_store

EXPECTED_TABLES = {
    "customers",
    "people",
    "lead_sources",
    "dissatisfaction_signals",
    "classification_changes",
    "diary_entries",
    "follow_ups",
    "care_occasions",
    "holiday_dates",
    "visit_plans",
    "visit_checklist_items",
    "checklist_template_items",
    "visit_records",
    "visit_people",
    "objections",
    "objection_answers",
    "playbook_guides",
    "visit_objections",
}


def test_migrating_an_empty_database_matches_the_orm(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fresh.db")
    with store.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
        tables = set(inspect(connection).get_table_names())
    store.close()
    assert diff == []
    assert tables - {"alembic_version"} == EXPECTED_TABLES


def test_every_table_has_uuid_keys_timestamps_and_soft_delete(empty_db: Path) -> None:
    engine = create_engine(f"sqlite:///{empty_db}")
    inspector = inspect(engine)
    for table in EXPECTED_TABLES:
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        assert inspector.get_pk_constraint(table)["constrained_columns"] == ["id"], table
        assert str(columns["id"]["type"]) == "VARCHAR(36)", table
        for name in ("created_at", "updated_at", "deleted_at"):
            assert name in columns, (table, name)
        assert columns["deleted_at"]["nullable"], table
    engine.dispose()


def test_foreign_keys_and_wal_are_on(empty_db: Path) -> None:
    store = open_store(empty_db)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        # A person pointing at no customer is refused by the database itself.
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            connection.execute(
                insert(Person).values(customer_id="no-such-customer", name="x", fact_sources={})
            )
    store.close()


def test_the_seeds_default_lists_are_loaded(empty_db: Path) -> None:
    with closing(sqlite3.connect(empty_db)) as connection:
        sources = [
            r[0] for r in connection.execute("SELECT code FROM lead_sources ORDER BY position")
        ]
        kinds = dict(
            connection.execute(
                "SELECT kind, count(*) FROM checklist_template_items GROUP BY kind"
            ).fetchall()
        )
    assert sources[:3] == ["target_list", "existing_customer", "newspaper"]
    assert len(sources) == 11
    assert kinds == {"sales_tools": 12, "information": 3, "departure_checks": 5}


def test_the_known_revisions_match_the_migrations_folder() -> None:
    from alembic.script import ScriptDirectory

    from repdesk.db import revisions

    script = ScriptDirectory.from_config(migrate.alembic_config())
    in_order = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert list(revisions.KNOWN) == in_order
    assert script.get_current_head() == revisions.HEAD


def test_the_database_is_at_the_head_revision(empty_db: Path) -> None:
    with closing(sqlite3.connect(empty_db)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    from repdesk.db import revisions

    assert revision == revisions.HEAD


def test_the_seeds_rows_have_the_same_ids_in_every_database(tmp_path: Path) -> None:
    def ids(path: Path) -> list[tuple[str, str]]:
        open_store(path).close()
        with closing(sqlite3.connect(path)) as connection:
            return connection.execute(
                "SELECT id, code FROM lead_sources UNION ALL "
                "SELECT id, code FROM checklist_template_items ORDER BY code"
            ).fetchall()

    first, second = ids(tmp_path / "a.db"), ids(tmp_path / "b.db")
    assert first == second
    assert len(first) == 31
