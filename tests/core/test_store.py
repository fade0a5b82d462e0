"""Bad database files: a clear problem naming the file, and the file never written."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from repdesk.db.errors import StoreError, StoreProblem
from repdesk.db.migrate import backup_file
from repdesk.db.store import open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _expect(path: Path, problem: StoreProblem) -> StoreError:
    before = _digest(path) if path.is_file() else None
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert caught.value.problem == problem
    assert str(path) in str(caught.value)
    if before is not None:
        assert _digest(path) == before, "the file was changed"
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0, "something was written to it"
    return caught.value


def test_a_new_file_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "repdesk.db"
    store = open_store(path)
    store.close()
    assert path.is_file()
    assert store.migrated_from is None


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("客户名单\nnot a database\n", encoding="utf-8")
    error = _expect(path, StoreProblem.NOT_SQLITE)
    assert "not a RepDesk database" in str(error)


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
        connection.commit()
    _expect(path, StoreProblem.NOT_REPDESK)


def test_a_database_from_a_newer_release_is_refused_untouched(empty_db: Path) -> None:
    with closing(sqlite3.connect(empty_db)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    _expect(empty_db, StoreProblem.NEWER_VERSION)


def test_a_damaged_database_is_refused_untouched(empty_db: Path) -> None:
    data = bytearray(empty_db.read_bytes())
    data[100:4096] = os.urandom(3996)  # the header survives, the schema page does not
    empty_db.write_bytes(bytes(data))
    error = _expect(empty_db, StoreProblem.CORRUPT)
    assert "damaged" in str(error)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "repdesk.db"
    folder.mkdir()
    _expect(folder, StoreProblem.NOT_A_FILE)


def test_a_read_only_file_is_refused_untouched(empty_db: Path) -> None:
    """Root may write any file, so as root the file is made immutable instead."""
    if os.geteuid() != 0:
        empty_db.chmod(0o444)
        _expect(empty_db, StoreProblem.READ_ONLY)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: no way to make a file read-only")
    subprocess.run(["chattr", "+i", str(empty_db)], check=True)
    try:
        _expect(empty_db, StoreProblem.READ_ONLY)
    finally:
        subprocess.run(["chattr", "-i", str(empty_db)], check=True)


def test_reopening_keeps_data_and_does_not_migrate_again(demo_db: Path) -> None:
    store = open_store(demo_db)
    assert store.migrated_from is None
    assert store.backups_made == []
    store.close()


def test_a_backup_is_a_complete_copy(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_file(demo_db, tmp_path / "backups", "before-test")
    with closing(sqlite3.connect(demo_db)) as a, closing(sqlite3.connect(copy)) as b:
        for table in ("customers", "people", "visit_records"):
            query = f"SELECT count(*) FROM {table}"
            assert a.execute(query).fetchone() == b.execute(query).fetchone()
        assert b.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    shutil.rmtree(tmp_path / "backups")


def test_a_migration_is_preceded_by_a_backup(demo_db: Path) -> None:
    """A database made by the first release (schema 0001) is migrated, after a backup."""
    from alembic import command
    from sqlalchemy import create_engine

    from repdesk.db import migrate, revisions

    engine = create_engine(f"sqlite:///{demo_db}")
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0001_baseline")
    engine.dispose()
    with closing(sqlite3.connect(demo_db)) as old:
        customers = old.execute("SELECT count(*) FROM customers").fetchone()[0]
        assert "holiday_dates" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    store = open_store(demo_db)
    store.close()
    assert store.migrated_from == "0001_baseline"
    (backup,) = store.backups_made
    assert backup.parent == demo_db.parent / "backups"
    assert f"before-{revisions.HEAD}" in backup.name
    with closing(sqlite3.connect(demo_db)) as migrated:
        assert migrated.execute("SELECT count(*) FROM holiday_dates").fetchone() == (0,)
        assert migrated.execute("SELECT count(*) FROM customers").fetchone() == (customers,)
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT count(*) FROM customers").fetchone() == (customers,)
