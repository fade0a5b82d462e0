"""What the rep is told when a database file cannot be used: the file, the problem, what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.db.errors import StoreError, StoreProblem
from repdesk.gui.i18n import QT_TRANSLATE_NOOP

_MESSAGES = {
    StoreProblem.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "StoreMessages", "%1 is a folder, not a database file. Choose a file instead."
    ),
    StoreProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "RepDesk cannot read %1. Check the file's permissions, or open another database.",
    ),
    StoreProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "RepDesk cannot write to %1: the file or its folder is read-only. Check the "
        "permissions, or copy the file to a folder you can write to and open it there.",
    ),
    StoreProblem.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "%1 is not a RepDesk database. It has not been changed. Open another database, "
        "or choose another data folder in Settings.",
    ),
    StoreProblem.NOT_REPDESK: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "%1 is a database from another program. It has not been changed. Open another "
        "database, or choose another data folder in Settings.",
    ),
    StoreProblem.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "%1 was made by a newer version of RepDesk. Update RepDesk to open it. "
        "It has not been changed.",
    ),
    StoreProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "%1 is damaged and cannot be opened. It has not been changed. Restore a backup "
        "from the backups folder beside it, or open another database.",
    ),
    StoreProblem.LOCKED: QT_TRANSLATE_NOOP(
        "StoreMessages", "%1 is in use by another program. Close that program and try again."
    ),
    StoreProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "StoreMessages", "The disk holding %1 is full. Free some space and try again."
    ),
    StoreProblem.FOLDER: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "RepDesk cannot create %1: its folder cannot be created or written to. "
        "Choose another data folder in Settings.",
    ),
    StoreProblem.ENCRYPTED: QT_TRANSLATE_NOOP(
        "StoreMessages", "%1 is encrypted. Type its passphrase to open it."
    ),
    StoreProblem.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "That passphrase does not open %1 (or the file is not a RepDesk database). "
        "Nothing was changed. Check the passphrase and try again.",
    ),
}

# Writing during work (a save, an import, a draft): the edits stay in their window.
_WRITE_MESSAGES = {
    StoreProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "Your changes were not saved: the disk holding %1 is full. They are still in the "
        "open window. Free some space on the disk, then save again.",
    ),
    StoreProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "Your changes were not saved: %1 cannot be written to now (the file, its folder "
        "or the disk became read-only). They are still in the open window. Make the file "
        "writable again, then save again.",
    ),
    StoreProblem.LOCKED: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "Your changes were not saved: another program is holding %1. They are still in "
        "the open window. Close that program, then save again.",
    ),
    StoreProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "Your changes were not saved: SQLite reports that %1 is damaged. They are still "
        "in the open window. Copy what you typed somewhere safe, close RepDesk and "
        "start it again: it will check the file and offer the newest good backup.",
    ),
}


def store_message(error: StoreError) -> str:
    text = QCoreApplication.translate("StoreMessages", _MESSAGES[error.problem])
    return text.replace("%1", str(error.path))


def write_problem(error: BaseException) -> StoreProblem | None:
    """What kept a write from the disk (full, read-only...), for the messages below."""
    from repdesk.db.errors import classify_sqlite_error

    if isinstance(error, OSError):
        import errno

        if error.errno == errno.ENOSPC:
            return StoreProblem.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreProblem.READ_ONLY
        return None
    problem = classify_sqlite_error(error)
    return problem if problem in _WRITE_MESSAGES else None


def write_failure_message(problem: StoreProblem, path: object) -> str:
    text = QCoreApplication.translate("StoreMessages", _WRITE_MESSAGES[problem])
    return text.replace("%1", str(path))


def write_failure_title() -> str:
    return QCoreApplication.translate("StoreMessages", "Not saved")


def store_title() -> str:
    return QCoreApplication.translate("StoreMessages", "The database cannot be opened")
