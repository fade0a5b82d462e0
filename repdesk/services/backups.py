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

import os
import re
import shutil
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from repdesk.db.connection import (
    Passphrase,
    WrongPassphraseError,
    connect,
    database_errors,
    is_encrypted,
)
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
    """A backup that cannot be used: ``problem`` is "missing", "damaged" or "passphrase"
    (encrypted with a passphrase other than the one given)."""

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


def back_up(
    database: Path,
    backup_dir: Path,
    reason: str = MANUAL,
    passphrase: Passphrase | None = None,
) -> Backup:
    """A consistent copy of the (possibly open, WAL) database, checked after writing.

    An encrypted database's backup is encrypted with the same passphrase."""
    passphrase = passphrase if is_encrypted(database) else None
    path = backup_file(database, backup_dir, reason, passphrase)
    try:
        check(path, passphrase)
    except BackupError:
        path.unlink(missing_ok=True)  # a copy of a damaged file is no backup
        raise
    return next(b for b in backups(database, backup_dir) if b.path == path)


def daily_backup(
    database: Path,
    backup_dir: Path,
    today: date | None = None,
    keep: int = DEFAULT_KEEP,
    passphrase: Passphrase | None = None,
) -> Backup | None:
    """The day's backup, unless one (of any reason) was made today; then rotate."""
    today = today or date.today()
    if any(b.made_at.date() == today for b in backups(database, backup_dir)):
        return None
    made = back_up(database, backup_dir, DAILY, passphrase)
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


def check(path: Path, passphrase: Passphrase | None = None) -> None:
    """BackupError unless ``path`` is a database that passes the quick check (an encrypted
    one opened with ``passphrase``)."""
    if not path.is_file():
        raise BackupError(path, "missing")
    encrypted = is_encrypted(path)
    if encrypted and passphrase is None:
        raise BackupError(path, "passphrase", "encrypted")
    try:
        with closing(
            connect(path, passphrase if encrypted else None, read_only=True)
        ) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()
    except WrongPassphraseError as error:
        raise BackupError(path, "passphrase") from error
    except database_errors() as error:
        raise BackupError(path, "damaged", str(error)) from error
    if result is None or result[0] != "ok":
        raise BackupError(path, "damaged", str(result[0] if result else "no answer"))


def newest_good(
    database: Path, backup_dir: Path, passphrase: Passphrase | None = None
) -> Backup | None:
    """The newest backup that passes the quick check (what a damaged database is offered)."""
    for backup in backups(database, backup_dir):
        try:
            check(backup.path, passphrase)
        except BackupError:
            continue
        return backup
    return None


def restore(
    backup: Path,
    database: Path,
    backup_dir: Path,
    passphrase: Passphrase | None = None,
    *,
    damaged: bool = False,
) -> Path:
    """Replace the (closed) database with ``backup``. The current file is kept first: as
    a ``before-restore`` backup, or, when it is itself damaged, moved aside whole as
    ``<stem>-<stamp>-damaged.db`` (with its -wal and -shm). Nothing changes if the
    backup is damaged. Returns where the replaced file was kept.

    The backup is copied whole (a backup is one standalone file), so an encrypted backup
    restores as an encrypted database: it then opens with the passphrase it was made with.
    ``damaged``: the current file failed its check; it is moved aside without being
    opened (opening a WAL database for writing could checkpoint into it).
    """
    check(backup, passphrase)
    kept: Path | None = None
    if database.exists() and damaged:
        kept = set_aside(database, backup_dir)
    elif database.exists():
        try:
            kept = back_up(database, backup_dir, BEFORE_RESTORE, passphrase).path
        except database_errors(BackupError, WrongPassphraseError):
            kept = set_aside(database, backup_dir)
    partial = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup, partial)
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    # The old file's WAL belongs to the old file (kept above): it must not replay onto this.
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    partial.replace(database)
    return kept if kept is not None else backup


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
