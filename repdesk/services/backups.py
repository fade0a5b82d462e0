"""Backups of the rep's database: made with SQLite's online backup API, listed,
rotated, checked and restored.

Backups live in ``backups/`` beside the database (the store's ``backup_dir``), one
file each, named ``<stem>-<YYYYmmdd-HHMMSS>-<reason>[-n].db`` (repdesk/db/migrate.py
``backup_file`` writes them): the name says when and why, so the list needs no
index that could itself be lost. Reasons:

- ``before-<revision>``: made before a schema migration (the store does it);
- ``daily``: the first start of each day;
- ``manual``: on demand;
- ``before-restore``: the current file, kept before a restore replaces it.

Rotation keeps the newest ``keep`` backups made automatically (daily) and every
other one up to ``keep`` per reason, and never removes the only copy from before a
migration: a rep who opens a database with a new release can always go back.

Restoring works on closed files: the caller closes its store first, then reopens.
A backup that fails SQLite's quick check is never restored.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from repdesk.db.migrate import backup_file

DEFAULT_KEEP = 14  # of each reason: two weeks of daily backups
DAILY, MANUAL, BEFORE_RESTORE, DAMAGED = "daily", "manual", "before-restore", "damaged"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9_.-]+?)(?:-\d+)?$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # local time, from the file's name
    reason: str  # daily, manual, before-restore, before-<revision>
    size: int  # bytes

    @property
    def before_migration(self) -> bool:
        return self.reason.startswith("before-") and self.reason != BEFORE_RESTORE


class BackupError(Exception):
    """A backup that cannot be used: ``problem`` is "missing" or "damaged"."""

    def __init__(self, path: Path, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {problem}{f' ({detail})' if detail else ''}")
        self.path = path
        self.problem = problem
        self.detail = detail


def backups(database: Path, backup_dir: Path) -> list[Backup]:
    """The database's backups in ``backup_dir``, newest first (other files are ignored)."""
    if not backup_dir.is_dir():
        return []
    found: list[Backup] = []
    for path in backup_dir.glob("*.db"):
        match = _NAME.match(path.stem)
        if match is None or match["stem"] != database.stem or match["reason"] == DAMAGED:
            continue  # another file, or a damaged database kept aside (not a backup)
        try:
            made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, made_at, match["reason"], size))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def back_up(database: Path, backup_dir: Path, reason: str = MANUAL) -> Backup:
    """A consistent copy of the (possibly open, WAL) database, checked after writing."""
    path = backup_file(database, backup_dir, reason)
    check(path)
    return next(b for b in backups(database, backup_dir) if b.path == path)


def daily_backup(
    database: Path, backup_dir: Path, today: date | None = None, keep: int = DEFAULT_KEEP
) -> Backup | None:
    """The day's backup, unless one (of any reason) was made today; then rotate."""
    today = today or date.today()
    if any(b.made_at.date() == today for b in backups(database, backup_dir)):
        return None
    made = back_up(database, backup_dir, DAILY)
    rotate(database, backup_dir, keep)
    return made


def rotate(database: Path, backup_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Remove all but the newest ``keep`` backups of each reason; the newest backup from
    before a migration always stays. Returns what was removed."""
    keep = max(keep, 1)
    by_reason: dict[str, list[Backup]] = defaultdict(list)
    for backup in backups(database, backup_dir):
        by_reason["migration" if backup.before_migration else backup.reason].append(backup)
    removed: list[Path] = []
    for group in by_reason.values():
        for backup in group[keep:]:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def check(path: Path) -> None:
    """BackupError unless ``path`` is an SQLite database that passes the quick check."""
    if not path.is_file():
        raise BackupError(path, "missing")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as error:
        raise BackupError(path, "damaged", str(error)) from error
    if result is None or result[0] != "ok":
        raise BackupError(path, "damaged", str(result[0] if result else "no answer"))


def restore(backup: Path, database: Path, backup_dir: Path) -> Path:
    """Replace the (closed) database with ``backup``. The current file is kept first: as
    a ``before-restore`` backup, or, when it is itself damaged, moved aside whole as
    ``<stem>-<stamp>-damaged.db`` (with its -wal and -shm). Nothing changes if the
    backup is damaged. Returns where the replaced file was kept."""
    check(backup)
    try:
        kept = back_up(database, backup_dir, BEFORE_RESTORE).path
    except (BackupError, sqlite3.Error):
        kept = set_aside(database, backup_dir)
    with closing(sqlite3.connect(backup)) as source, closing(sqlite3.connect(database)) as target:
        source.backup(target)
    return kept


def set_aside(database: Path, backup_dir: Path) -> Path:
    """Move a damaged database (and its WAL companions) into ``backup_dir``, untouched."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{database.stem}-{stamp}-{DAMAGED}.db"
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    if database.exists():
        database.replace(target)
    return target
