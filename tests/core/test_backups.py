"""Backups of a real database file: made live, listed, rotated, checked, restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.services import backups as bk


def _count(db: Path, table: str = "customers") -> int:
    with closing(sqlite3.connect(db)) as c:
        return int(c.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _rename(db: Path, rows: int) -> None:
    with closing(sqlite3.connect(db)) as c, c:
        c.execute("UPDATE customers SET name = 'Changed' WHERE rowid <= ?", (rows,))


def _names(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as c:
        return [str(r[0]) for r in c.execute("SELECT name FROM customers ORDER BY id")]


def test_a_backup_of_an_open_database_is_whole_and_checked(demo_db: Path, tmp_path: Path) -> None:
    store = open_store(demo_db)  # open, in WAL mode, while it is copied
    try:
        with store.session() as session:
            session.connection().exec_driver_sql("UPDATE customers SET remarks = 'in the WAL'")
        made = bk.back_up(demo_db, tmp_path / "backups")
    finally:
        store.close()
    assert made.reason == bk.MANUAL and made.size == made.path.stat().st_size > 0
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]  # no .part left
    (made.path.parent / "repdesk-20261123-080000-daily.db.part").write_bytes(b"half a copy")
    assert [b.path for b in bk.backups(demo_db, made.path.parent)] == [made.path]
    assert _count(made.path) == _count(demo_db) > 0
    with closing(sqlite3.connect(made.path)) as c:
        query = "SELECT count(*) FROM customers WHERE remarks = 'in the WAL'"
        assert c.execute(query).fetchone()[0] == _count(demo_db)
    bk.check(made.path)


def test_the_list_is_newest_first_and_ignores_other_files(empty_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in (
        "repdesk-20261120-090000-daily.db",
        "repdesk-20261121-090000-before-0003_bilingual_playbook.db",
        "repdesk-20261121-090000-manual-2.db",
        "repdesk-20261122-100000-damaged.db",  # kept aside, not a backup
        "other-20261122-090000-daily.db",  # another database's
        "repdesk-notes.txt",
        "repdesk-yesterday-daily.db",
    ):
        shutil.copy(empty_db, folder / name)
    listed = bk.backups(empty_db, folder)
    assert [(b.made_at, b.reason) for b in listed] == [
        (datetime(2026, 11, 21, 9, 0), "manual"),
        (datetime(2026, 11, 21, 9, 0), "before-0003_bilingual_playbook"),
        (datetime(2026, 11, 20, 9, 0), "daily"),
    ]
    assert listed[1].before_migration and not listed[0].before_migration
    assert bk.backups(empty_db, tmp_path / "none") == []


def test_one_daily_backup_a_day_and_rotation_keeps_each_reason(
    empty_db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 11):
        shutil.copy(empty_db, folder / f"repdesk-202611{day:02d}-080000-daily.db")
    shutil.copy(empty_db, folder / "repdesk-20261001-080000-before-0002_holiday_dates.db")
    shutil.copy(empty_db, folder / "repdesk-20261002-080000-manual.db")
    made = bk.daily_backup(empty_db, folder, today=date.today(), keep=3)
    assert made is not None and made.reason == bk.DAILY
    assert bk.daily_backup(empty_db, folder, today=date.today(), keep=3) is None
    kept = bk.backups(empty_db, folder)
    daily = [b for b in kept if b.reason == bk.DAILY]
    assert daily[0].path == made.path and len(daily) == 3
    assert any(b.before_migration for b in kept)  # the only one from before a migration
    assert [b.reason for b in kept].count(bk.MANUAL) == 1


def test_restore_brings_the_data_back_and_keeps_the_current_file(
    demo_db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    before = _names(demo_db)
    good = bk.back_up(demo_db, folder)
    _rename(demo_db, 5)
    changed = _names(demo_db)
    assert changed != before
    kept = bk.restore(good.path, demo_db, folder)
    assert _names(demo_db) == before
    assert _names(kept) == changed and "before-restore" in kept.name
    with closing(sqlite3.connect(demo_db)) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_damaged_backup_is_never_restored(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    bad = bk.back_up(demo_db, folder).path
    data = bytearray(bad.read_bytes())
    data[4096 : 4096 * 3] = os.urandom(4096 * 2)  # pages of the schema and the first table
    bad.write_bytes(bytes(data))
    before = demo_db.read_bytes()
    with pytest.raises(bk.BackupError) as caught:
        bk.restore(bad, demo_db, folder)
    assert caught.value.problem == "damaged"
    assert demo_db.read_bytes() == before
    assert [b.reason for b in bk.backups(demo_db, folder)] == [bk.MANUAL]  # nothing new
    with pytest.raises(bk.BackupError) as missing:
        bk.check(folder / "gone.db")
    assert missing.value.problem == "missing"


def test_a_damaged_database_is_set_aside_whole_and_replaced(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = bk.back_up(demo_db, folder)
    expected = _names(demo_db)
    damaged = bytes(4096) + os.urandom(200_000)  # not a database any more
    demo_db.write_bytes(damaged)
    kept = bk.restore(good.path, demo_db, folder)
    assert kept.name.endswith("-damaged.db") and kept.read_bytes() == damaged
    assert _names(demo_db) == expected
    assert all(b.reason != "damaged" for b in bk.backups(demo_db, folder))
