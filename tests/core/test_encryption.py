"""Encryption at rest: nothing readable without the passphrase; a wrong one changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from repdesk.db.connection import Passphrase, WrongPassphraseError, connect, is_encrypted
from repdesk.db.errors import StoreError, StoreProblem
from repdesk.services import encryption
from repdesk.services.backups import backups, check, restore
from repdesk.services.encryption import (
    ConversionError,
    PassphraseProblem,
    convert,
    passphrase_problem,
)
from repdesk.services.workspace import open_workspace

SECRET = Passphrase("correct horse 马")


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the folder (backups included) with its content's hash."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _names(connection: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in connection.execute("SELECT name FROM customers ORDER BY id")]


def _encrypted_demo(demo_db: Path) -> tuple[list[str], Path]:
    with closing(sqlite3.connect(demo_db)) as plain:
        names = _names(plain)
    workspace, _ = open_workspace(demo_db)
    workspace.back_up()
    workspace.close()
    folder = demo_db.parent / "backups"
    result = convert(demo_db, folder, None, SECRET)
    assert result.backups == 1 and result.left == []
    return names, folder


def test_an_encrypted_book_and_its_backups_hold_no_readable_text(demo_db: Path) -> None:
    names, folder = _encrypted_demo(demo_db)
    chinese = next(name for name in names if any("\u4e00" <= ch <= "\u9fff" for ch in name))
    files = [demo_db, *(b.path for b in backups(demo_db, folder))]
    assert len(files) == 2
    for path in files:
        data = path.read_bytes()
        assert is_encrypted(path)
        assert b"SQLite format 3" not in data
        assert chinese.encode() not in data
        assert b"CREATE TABLE" not in data
    with closing(connect(demo_db, SECRET)) as connection:
        assert _names(connection) == names
    # A backup made while encrypted is encrypted with the same passphrase.
    workspace, _ = open_workspace(demo_db, SECRET)
    made = workspace.back_up()
    workspace.close()
    assert is_encrypted(made.path)
    check(made.path, SECRET)
    assert chinese.encode() not in made.path.read_bytes()


def test_a_wrong_or_missing_passphrase_says_so_and_changes_nothing(demo_db: Path) -> None:
    _encrypted_demo(demo_db)
    before = _fingerprint(demo_db.parent)
    with pytest.raises(StoreError) as missing:
        open_workspace(demo_db)
    assert missing.value.problem == StoreProblem.ENCRYPTED
    with pytest.raises(StoreError) as wrong:
        open_workspace(demo_db, Passphrase("correct horse"))
    assert wrong.value.problem == StoreProblem.WRONG_PASSPHRASE
    with pytest.raises(WrongPassphraseError):
        convert(demo_db, demo_db.parent / "backups", Passphrase("not it at all"), None)
    assert _fingerprint(demo_db.parent) == before


def test_the_right_passphrase_opens_migrates_and_works(demo_db: Path) -> None:
    names, _ = _encrypted_demo(demo_db)
    workspace, empty = open_workspace(demo_db, SECRET)
    try:
        assert not empty and workspace.store.encrypted
        assert workspace.today().day is not None
        index = workspace.search_index()
        assert len(index) == len(names)
    finally:
        workspace.close()
    assert "correct horse" not in repr(workspace.store)


def test_change_the_passphrase_then_remove_encryption(demo_db: Path) -> None:
    names, folder = _encrypted_demo(demo_db)
    other = Passphrase("another passphrase")
    result = convert(demo_db, folder, SECRET, other)
    assert result.backups == 1
    with pytest.raises(WrongPassphraseError):
        connect(demo_db, SECRET)
    with closing(connect(demo_db, other)) as connection:
        assert _names(connection) == names
    convert(demo_db, folder, other, None)
    assert not is_encrypted(demo_db)
    with closing(sqlite3.connect(demo_db)) as plain:
        assert _names(plain) == names
    check(backups(demo_db, folder)[0].path)  # the backup is plain again too
    workspace, _ = open_workspace(demo_db)
    workspace.close()


def test_a_conversion_that_does_not_match_leaves_the_file_as_it_was(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _fingerprint(demo_db.parent)
    counts = encryption._table_counts
    calls = {"n": 0}

    def miscount(connection: object) -> dict[str, int]:
        calls["n"] += 1
        found = counts(connection)
        if calls["n"] == 2:  # the converted copy: one row short
            found["customers"] -= 1
        return found

    monkeypatch.setattr(encryption, "_table_counts", miscount)
    with pytest.raises(ConversionError):
        convert(demo_db, demo_db.parent / "backups", None, SECRET)
    assert _fingerprint(demo_db.parent) == before
    assert not list(demo_db.parent.glob("*.converting"))


def test_an_encrypted_backup_restores_with_its_passphrase(demo_db: Path) -> None:
    names, folder = _encrypted_demo(demo_db)
    backup = backups(demo_db, folder)[0]
    with closing(connect(demo_db, SECRET)) as connection, connection:
        connection.execute("UPDATE customers SET name = 'changed'")
    restore(backup.path, demo_db, folder, SECRET)
    with closing(connect(demo_db, SECRET)) as connection:
        assert _names(connection) == names


def test_passphrase_rules() -> None:
    assert passphrase_problem("short") == PassphraseProblem.TOO_SHORT
    assert passphrase_problem("long enough", "long enougH") == PassphraseProblem.MISMATCH
    assert passphrase_problem("with\x00nul!") == PassphraseProblem.NUL
    assert passphrase_problem("客户情况明细表很长", "客户情况明细表很长") is None


def test_a_quote_in_the_passphrase_is_just_a_character(empty_db: Path) -> None:
    tricky = Passphrase('it\'s "quoted"; DROP')
    convert(empty_db, empty_db.parent / "backups", None, tricky)
    workspace, _ = open_workspace(empty_db, tricky)
    workspace.close()


def test_a_damaged_file_is_refused_on_open_and_not_written(demo_db: Path) -> None:
    data = bytearray(demo_db.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page
    data[middle + 100 : middle + 3000] = b"\xa5" * 2900  # garbage in a b-tree page
    demo_db.write_bytes(bytes(data))
    before = _fingerprint(demo_db.parent)
    with pytest.raises(StoreError) as raised:
        open_workspace(demo_db)
    assert raised.value.problem == StoreProblem.CORRUPT
    assert _fingerprint(demo_db.parent) == before  # no -wal, no backup, not a byte
