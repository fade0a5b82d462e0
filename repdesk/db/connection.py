"""Raw connections to a database file, plain SQLite or encrypted with SQLCipher.

A RepDesk database is either a plain SQLite file or, when the rep turned
encryption on, an SQLCipher 4 file: every page encrypted (AES-256) with a key
derived from the rep's passphrase, nothing readable without it, not even the
header. The passphrase lives in memory while the database is open, and is
never written anywhere.

Everything that opens a file outside SQLAlchemy (the start-up peek, backups,
migrations' safety copy, the encryption switch) comes through ``connect`` here,
so a plain and an encrypted file behave the same. The sqlcipher3 module has the
standard library's sqlite3 API; it is imported only when an encrypted file is
opened (~50 ms).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any, cast

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_MULTIPLE = 512  # every SQLite and SQLCipher file is whole pages of 512 bytes or more


class Passphrase:
    """The rep's passphrase: kept out of reprs, logs and tracebacks' locals printing."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str) -> None:
        self._secret = secret

    @property
    def secret(self) -> str:
        return self._secret

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Passphrase) and other._secret == self._secret

    def __hash__(self) -> int:
        return hash(self._secret)


class WrongPassphraseError(Exception):
    """The passphrase does not open the file (or the file is not a database at all)."""


def cipher_module() -> Any:
    """sqlcipher3, imported on first need."""
    import sqlcipher3

    return sqlcipher3


def database_errors(*others: type[Exception]) -> tuple[type[Exception], ...]:
    """The DB-API error classes in play (sqlite3's, and sqlcipher3's once it is loaded),
    after ``others``: for an ``except`` clause."""
    cipher = sys.modules.get("sqlcipher3")
    found: tuple[type[Exception], ...] = (*others, sqlite3.Error)
    if cipher is not None:
        found += (cast(type[Exception], cipher.Error),)
    return found


def is_database_error(error: BaseException) -> bool:
    return isinstance(error, database_errors())


def header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is (most likely) an encrypted database: whole pages of bytes that do
    not start with SQLite's header. Any other non-SQLite file (a PDF, a spreadsheet) is
    refused as not a database without asking for a passphrase."""
    try:
        size = path.stat().st_size
        start = header(path)
    except OSError:
        return False
    return size >= PAGE_MULTIPLE and size % PAGE_MULTIPLE == 0 and start != SQLITE_HEADER


def quote(text: str) -> str:
    """An SQL string literal (PRAGMA key takes no bound parameters)."""
    if "\x00" in text:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


def key_pragmas(passphrase: Passphrase) -> list[str]:
    """What opens an SQLCipher connection: quiet about wrong keys (we say it ourselves)."""
    return ["PRAGMA cipher_log_level = NONE", f"PRAGMA key = {quote(passphrase.secret)}"]


def connect(
    path: Path, passphrase: Passphrase | None = None, *, read_only: bool = False
) -> sqlite3.Connection:
    """A DB-API connection to ``path``: sqlite3, or sqlcipher3 (same API) with the key set
    and checked. A wrong passphrase raises WrongPassphraseError, having written nothing."""
    target: str = str(path)
    if read_only:
        # With no WAL beside it, the file is all there is: ``immutable`` reads it without
        # creating -wal and -shm files (a damaged file's folder stays as it was).
        wal = Path(path).with_name(Path(path).name + "-wal")
        flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        target = f"{Path(path).resolve().as_uri()}?{flags}"
    if passphrase is None:
        return sqlite3.connect(target, uri=read_only)
    cipher = cipher_module()
    connection = cipher.connect(target, uri=read_only)
    try:
        for pragma in key_pragmas(passphrase):
            connection.execute(pragma)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError as error:
        connection.close()
        if "not a database" in str(error):
            raise WrongPassphraseError(str(path)) from error
        raise
    return cast(sqlite3.Connection, connection)


def raw(connection: Any) -> sqlite3.Connection:
    """The DB-API connection under a SQLAlchemy connection (sqlite3 or sqlcipher3)."""
    driver = connection.connection.driver_connection
    assert driver is not None
    return cast(sqlite3.Connection, driver)
