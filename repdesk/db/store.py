"""Opening the database file: checks first, then pragmas, then migrations.

Nothing here writes to a file it has not recognised as an empty file or a
RepDesk database: an unreadable, read-only, foreign or damaged file raises
StoreError and stays exactly as it was.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from repdesk.db import revisions
from repdesk.db.errors import StoreError, StoreProblem, classify_sqlite_error
from repdesk.db.peek import check_file, schema_revision

log = logging.getLogger(__name__)


@dataclass
class Store:
    """An open database: the engine, a session factory, and where backups go."""

    path: Path
    engine: Engine
    backup_dir: Path
    migrated_from: str | None = None
    backups_made: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (never commits)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    def analyze(self) -> None:
        """Planner statistics after a bulk write (Today's queries: 200 ms without, 25 with)."""
        with self.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        """Let SQLite refresh its planner statistics (its advice for every close), then close."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except DBAPIError as error:  # a read-only or busy file must still close
            log.warning("PRAGMA optimize failed on %s: %s", self.path, error)
        self.engine.dispose()


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    # JSON columns keep Chinese readable in the file (and to SQLite's LIKE), not as \u escapes.
    engine = create_engine(
        f"sqlite:///{path}", json_serializer=lambda value: json.dumps(value, ensure_ascii=False)
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_store(path: Path, backup_dir: Path | None = None) -> Store:
    """Open (creating and migrating as needed) the database at ``path``."""
    path = Path(path).expanduser()
    backup_dir = backup_dir or path.parent / "backups"
    existed = check_file(path)
    revision: str | None = None
    if existed and path.stat().st_size > 0:
        revision, has_tables = schema_revision(path)
        if revision is None and has_tables:
            raise StoreError(StoreProblem.NOT_REPDESK, path)
        if revision is not None and revision not in revisions.KNOWN:
            raise StoreError(StoreProblem.NEWER_VERSION, path, f"schema {revision}")

    store = Store(path=path, engine=make_engine(path), backup_dir=backup_dir)
    try:
        head = revisions.HEAD
        if revision != head:
            from repdesk.db import migrate  # Alembic loads only when there is work for it

            if revision is not None:
                store.backups_made.append(migrate.backup_file(path, backup_dir, f"before-{head}"))
                log.info("backed up %s before migrating from %s", path, revision)
            migrate.upgrade(store.engine)
            store.migrated_from = revision
    except DBAPIError as error:
        store.engine.dispose()
        problem = classify_sqlite_error(error) or StoreProblem.CORRUPT
        raise StoreError(problem, path, str(error.orig)) from error
    except sqlite3.Error as error:
        store.engine.dispose()
        problem = classify_sqlite_error(error) or StoreProblem.CORRUPT
        raise StoreError(problem, path, str(error)) from error
    return store
