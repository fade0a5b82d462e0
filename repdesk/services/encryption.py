"""Encryption at rest: turning it on or off for a database, or changing its passphrase.

The database must be closed. Each file is converted the same way: SQLCipher's
``sqlcipher_export`` writes the whole database into a new file beside it, keyed
with the new passphrase (or with none, to remove encryption); the new file is
checked (quick check, and every table's row count against the old one) and only
then renamed over the old one. A failure at any step leaves the old file as it
was and no half-written file under its name.

The backups beside the database are converted too, so that no readable copy stays
on the laptop when encryption is turned on. A backup that does not open with the
current passphrase (one made under an older passphrase) is left as it is and
reported. A damaged database kept aside is never touched.

Turning encryption on does not scrub the disk blocks the plain file occupied:
on SSDs and journaling file systems no program can. README says so, and advises
the operating system's disk encryption as well.
"""

from __future__ import annotations

import os
from contextlib import closing
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from repdesk.db.connection import (
    Passphrase,
    WrongPassphraseError,
    cipher_module,
    connect,
    is_encrypted,
    key_pragmas,
)
from repdesk.services.backups import backups

MIN_LENGTH = 8


class PassphraseProblem(StrEnum):
    TOO_SHORT = "too_short"
    NUL = "nul"
    MISMATCH = "mismatch"


def passphrase_problem(text: str, again: str | None = None) -> PassphraseProblem | None:
    """What is wrong with a new passphrase (and its repetition), or None."""
    if "\x00" in text:
        return PassphraseProblem.NUL
    if len(text) < MIN_LENGTH:
        return PassphraseProblem.TOO_SHORT
    if again is not None and again != text:
        return PassphraseProblem.MISMATCH
    return None


class ConversionError(Exception):
    """The converted copy did not match the original; the original is unchanged."""


@dataclass
class Converted:
    database: Path
    backups: int = 0  # backups converted with it
    left: list[Path] = field(default_factory=list)  # backups under another passphrase


def convert(
    database: Path,
    backup_dir: Path,
    current: Passphrase | None,
    new: Passphrase | None,
) -> Converted:
    """Re-key the closed ``database`` (and its backups) from ``current`` to ``new``.

    ``current`` None: the file is plain; ``new`` None: encryption is removed. A wrong
    ``current`` raises WrongPassphraseError with nothing changed.
    """
    if new is not None and passphrase_problem(new.secret) is not None:
        raise ValueError("the new passphrase is not acceptable")
    convert_file(database, current if is_encrypted(database) else None, new)
    result = Converted(database)
    for backup in backups(database, backup_dir):
        key = current if is_encrypted(backup.path) else None
        if is_encrypted(backup.path) and key is None:
            result.left.append(backup.path)
            continue
        try:
            convert_file(backup.path, key, new)
        except WrongPassphraseError:
            result.left.append(backup.path)
        else:
            result.backups += 1
    return result


def _table_counts(connection: Any) -> dict[str, int]:
    execute = connection.execute
    names = [
        row[0]
        for row in execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def convert_file(path: Path, current: Passphrase | None, new: Passphrase | None) -> None:
    """Write ``path`` anew under ``new``, check it, then put it in place of ``path``."""
    cipher = cipher_module()
    partial = path.with_name(path.name + ".converting")
    partial.unlink(missing_ok=True)
    try:
        with closing(cipher.connect(str(path))) as source:
            if current is not None:
                for pragma in key_pragmas(current):
                    source.execute(pragma)
            try:
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except cipher.DatabaseError as error:
                if "not a database" in str(error):
                    raise WrongPassphraseError(str(path)) from error
                raise
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL's pages too
            counts = _table_counts(source)
            user_version = int(source.execute("PRAGMA user_version").fetchone()[0])
            source.execute(
                "ATTACH DATABASE ? AS converted KEY ?",
                (str(partial), new.secret if new is not None else ""),
            )
            source.execute("SELECT sqlcipher_export('converted')")
            source.execute(f"PRAGMA converted.user_version = {user_version}")
            source.execute("DETACH DATABASE converted")
        with closing(connect(partial, new)) as check:
            verdict = check.execute("PRAGMA quick_check").fetchone()
            if verdict is None or verdict[0] != "ok" or _table_counts(check) != counts:
                raise ConversionError(f"{path}: the converted copy does not match")
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):  # checkpointed above: nothing left in them
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
