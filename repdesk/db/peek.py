"""Looking at a database file with the standard library only, before SQLAlchemy loads.

Used first thing at every start: a file that cannot be a RepDesk database is
refused here without a byte written, and a file already at the current schema
can show Today while the rest of the store is still loading.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from repdesk.db.errors import StoreError, StoreProblem, classify_sqlite_error
from repdesk.db.revisions import HEAD
from repdesk.domain.today import TodayView

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> bool:
    """Raise StoreError if ``path`` cannot be a RepDesk database; True if it exists."""
    if path.exists():
        if not path.is_file():
            raise StoreError(StoreProblem.NOT_A_FILE, path)
        if not os.access(path, os.R_OK):
            raise StoreError(StoreProblem.UNREADABLE, path)
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise StoreError(StoreProblem.UNREADABLE, path, str(error)) from error
        if header and header != SQLITE_HEADER:
            raise StoreError(StoreProblem.NOT_SQLITE, path)
        # WAL mode writes -wal and -shm files beside the database: the folder must be writable.
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StoreError(StoreProblem.READ_ONLY, path)
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(StoreProblem.FOLDER, path, str(error)) from error
    if not os.access(path.parent, os.W_OK):
        raise StoreError(StoreProblem.FOLDER, path)
    return False


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def schema_revision(path: Path) -> tuple[str | None, bool]:
    """(Alembic revision, whether it has any other table), read without writing a byte."""
    try:
        with closing(read_only(path)) as connection:
            names = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as error:
        problem = classify_sqlite_error(error) or StoreProblem.CORRUPT
        raise StoreError(problem, path, str(error)) from error
    return revision, bool(names - {"alembic_version"})


def peek_today(
    path: Path, day: date, *, region: str = "CN", untouched_days: int = 30
) -> TodayView | None:
    """Today's data straight from a file already at the current schema; None otherwise.

    Never raises: whatever is wrong with the file, the full open reports it.
    """
    from repdesk.db.today import load_today

    try:
        if not check_file(path) or path.stat().st_size == 0:
            return None
        if schema_revision(path)[0] != HEAD:
            return None
        with closing(read_only(path)) as connection:
            return load_today(connection, day, region=region, untouched_days=untouched_days)
    except (StoreError, sqlite3.Error, OSError):
        return None
