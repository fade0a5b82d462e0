"""Store failures a rep can act on, each naming the file and what to do.

The GUI turns ``kind`` into a translated message (gui/store_messages.py);
``str(error)`` is the English text for the command line and the log.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class StoreProblem(StrEnum):
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    READ_ONLY = "read_only"
    NOT_SQLITE = "not_sqlite"
    NOT_REPDESK = "not_repdesk"
    NEWER_VERSION = "newer_version"
    CORRUPT = "corrupt"
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    FOLDER = "folder"
    ENCRYPTED = "encrypted"  # needs its passphrase
    WRONG_PASSPHRASE = "wrong_passphrase"


_ADVICE = {
    StoreProblem.NOT_A_FILE: "is not a file. Choose a database file instead.",
    StoreProblem.UNREADABLE: "cannot be read. Check its permissions, or choose another file.",
    StoreProblem.READ_ONLY: (
        "cannot be written (the file or its folder is read-only). "
        "Check the permissions, or copy it to a folder you can write to."
    ),
    StoreProblem.NOT_SQLITE: (
        "is not a RepDesk database (it is not an SQLite file). "
        "It was left untouched; choose another file or data folder."
    ),
    StoreProblem.NOT_REPDESK: (
        "is an SQLite database from another program. "
        "It was left untouched; choose another file or data folder."
    ),
    StoreProblem.NEWER_VERSION: (
        "was made by a newer RepDesk. Update RepDesk to open it; it was left untouched."
    ),
    StoreProblem.CORRUPT: (
        "is damaged. It was left untouched; restore a backup or choose another file."
    ),
    StoreProblem.LOCKED: "is in use by another program. Close it and try again.",
    StoreProblem.DISK_FULL: "cannot grow: the disk is full. Free some space and try again.",
    StoreProblem.FOLDER: "cannot be created (its folder cannot be made or written).",
    StoreProblem.ENCRYPTED: "is encrypted. Give its passphrase to open it.",
    StoreProblem.WRONG_PASSPHRASE: (
        "does not open with this passphrase (or is not a RepDesk database). It was left untouched."
    ),
}


class StoreError(Exception):
    def __init__(self, problem: StoreProblem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        text = f"The database {path} {_ADVICE[problem]}"
        if detail:
            text += f" ({detail})"
        super().__init__(text)


def classify_sqlite_error(error: BaseException) -> StoreProblem | None:
    """Map an SQLite error (raw, or wrapped by SQLAlchemy as ``.orig``) to a problem, or None.

    Standard library only, so the start-up check can use it before SQLAlchemy loads.
    """
    from repdesk.db.connection import is_database_error

    original = getattr(error, "orig", error)
    if not is_database_error(original):
        return None
    text = str(original).lower()
    if "file is not a database" in text:
        return StoreProblem.NOT_SQLITE
    if "malformed" in text or "corrupt" in text:
        return StoreProblem.CORRUPT
    if "readonly" in text or "read-only" in text:
        return StoreProblem.READ_ONLY
    if "locked" in text or "busy" in text:
        return StoreProblem.LOCKED
    if "disk is full" in text or "database or disk is full" in text:
        return StoreProblem.DISK_FULL
    if "unable to open" in text:
        return StoreProblem.UNREADABLE
    return None
