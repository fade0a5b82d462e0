"""The archive reader, fuzzed (issue 8, "Bad input"; the other readers are in
test_fuzz_readers.py).

Archives damaged the ways files are (bytes flipped, cut, repeated), manifests
edited into every odd shape, rows with wrong, missing, extra or garbled fields,
sealed archives with their bytes mutated, and plain random bytes. Whatever the
bytes:

1. read_archive_manifest and import_archive answer, or raise ArchiveError and
   nothing else;
2. a bad row names its table, line and field;
3. an example ends quickly: a deadline each, a hard limit against a hang;
4. an import that fails leaves no file at the target (no .part, -wal or -journal
   either); one that succeeds leaves a database that passes SQLite's checks.

And any value a column can hold goes to a line and back unchanged.

A fixed budget for CI (derandomized, the same examples every run); for a longer
run with fresh examples each time, e.g.::

    REPDESK_FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/core/test_fuzz_archive.py \\
        -p no:pytest-qt -q
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from repdesk.db.models import Customer, Person
from repdesk.db.store import open_store
from repdesk.services import archive_rows, archive_seal
from repdesk.services.archive import (
    MANIFEST,
    ArchiveError,
    ArchiveProblem,
    export_archive,
    import_archive,
    read_archive_manifest,
)
from repdesk.services.playbook import PlaybookService
from tests.core.fuzz_strategies import fuzz, hard_limit
from tests.core.fuzz_strategies import mutated as shared_mutated

# --- the budget ------------------------------------------------------------------------

CHEAP_KDF = (archive_seal.KDF_SCRYPT, (1 << 10, 8, 1))


# --- the archives that get damaged ---------------------------------------------------------


@cache
def folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="repdesk-fuzz-archive-"))


@cache
def source_db() -> Path:
    """A new database (its seeded rows) and a few rows with Chinese, NULLs, a soft
    delete and a stored form that travels verbatim: small, so an import is quick."""
    path = folder() / "source.db"
    store = open_store(path)
    try:
        PlaybookService(store).ensure_default()
        with store.session() as session:
            customer = Customer(
                name="上海鑫达 “Xinda”",
                address="浦东\n新区",
                employees=12,
                share_percent=12.5,
                fact_sources={"name": "问过前台"},
                deleted_at=datetime(2026, 11, 1, 8, 0),
            )
            session.add(customer)
            session.flush()
            session.add(Person(customer_id=customer.id, name="李娜", birthday=date(1980, 2, 29)))
            session.add(Customer(name="Acme", remarks=""))
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE people SET fact_sources = '{\"a\":1}'")
        connection.commit()
    return path


def _export(name: str, passphrase: str | None) -> bytes:
    out = folder() / name
    store = open_store(source_db())
    try:
        export_archive(store, {"rep_name": "王", "region": "CN"}, out, passphrase, kdf=CHEAP_KDF)
    finally:
        store.close()
    return out.read_bytes()


@cache
def plain() -> bytes:
    return _export("plain.repdesk-archive", None)


@cache
def sealed() -> bytes:
    return _export("sealed.repdesk-archive", "pw")


def unzip(data: bytes) -> dict[str, bytes]:
    path = folder() / "unzip.zip"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def rezip(found: dict[str, bytes], *, fix_checksums: bool) -> bytes:
    """The members as a ZIP; with fix_checksums, the manifest made to fit the members
    (when it still parses as an object with an object of members)."""
    if fix_checksums:
        try:
            manifest = json.loads(found[MANIFEST])
            for name, content in found.items():
                if name != MANIFEST and isinstance(manifest.get("members"), dict):
                    manifest["members"][name] = {
                        "sha256": hashlib.sha256(content).hexdigest(),
                        "bytes": len(content),
                    }
                    table = name.removeprefix("tables/").removesuffix(".jsonl")
                    if name.startswith("tables/") and isinstance(manifest.get("tables"), dict):
                        manifest["tables"][table] = content.count(b"\n")
            found = {**found, MANIFEST: json.dumps(manifest, ensure_ascii=False).encode()}
        except (ValueError, AttributeError, TypeError, KeyError):
            pass
    path = folder() / "rezip.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in found.items():
            zf.writestr(name, content)
    return path.read_bytes()


# --- what every answer must be ---------------------------------------------------------------


def leftovers(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p.name.startswith(target.name))


def check_reader(
    data: bytes, passphrase: str | None = None, *, same_rows: bool = False
) -> ArchiveError | None:
    """Preview, then import, ``data``: an answer or an ArchiveError, never anything else,
    never a file left behind by a failed import. With ``same_rows``, an import that
    succeeds must hold exactly the source's rows."""
    work = Path(tempfile.mkdtemp(dir=folder()))
    archive = work / "fuzzed.repdesk-archive"
    archive.write_bytes(data)
    target = work / "target.db"
    try:
        with hard_limit():
            preview = answer(lambda: read_archive_manifest(archive, passphrase))
            imported = answer(lambda: import_archive(archive, target, passphrase))
        for error in (preview, imported):
            if error is not None:
                assert isinstance(error.kind, ArchiveProblem)
                assert str(error)
        if imported is not None:
            assert leftovers(target) == [], str(imported)
            if imported.kind is ArchiveProblem.BAD_ROW:
                assert imported.table and imported.line and imported.line >= 1, str(imported)
            return imported
        assert leftovers(target) == ["target.db"]
        with closing(sqlite3.connect(target)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        if same_rows:
            assert rows(target) == rows(source_db())
        return None
    finally:
        for file in work.iterdir():
            file.unlink()
        work.rmdir()


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(db)) as connection:
        names = [
            n
            for (n,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names
        }


def answer(call: Callable[[], object]) -> ArchiveError | None:
    """None, or the ArchiveError ``call`` raised (anything else fails the test)."""
    try:
        call()
    except ArchiveError as error:
        return error
    return None


# --- damage ---------------------------------------------------------------------------------

ODD_BYTES = (b"\x00", b"\xff", b"\n", b"\r\n", b'"', b"\\", b"{", b"}", b"PK\x03\x04", b"\xe4\xb8")


def mutated(data: bytes, max_mutations: int = 4) -> st.SearchStrategy[bytes]:
    """The shared mutation, at least once, with the bytes that matter to a ZIP and JSON."""
    return shared_mutated(data, max_mutations, at_least=1, odd=ODD_BYTES)


JSON_KEYS = st.text(max_size=8)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(1 << 70), max_value=1 << 70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["", "2026-11-23", "2026-11-23T10:30:00.000000", "Infinity", "prospect"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(data=st.data())
@fuzz(examples=25, deadline_ms=3_000)
def test_damaged_archive_bytes(data: st.DataObject) -> None:
    check_reader(data.draw(mutated(plain())), same_rows=True)


@given(data=st.data())
@fuzz(examples=10, deadline_ms=3_000)
def test_flipped_bits(data: st.DataObject) -> None:
    """Bits flipped in place (offsets kept): the damage is met in a member's data, most
    often once the new database is being filled. A flip in a byte no reader looks at (a
    ZIP header's version or time) may pass: then the rows are the source's, exactly."""
    damaged = bytearray(plain())
    for at in data.draw(st.lists(st.integers(0, len(damaged) - 1), min_size=1, max_size=3)):
        damaged[at] ^= 1 << data.draw(st.integers(0, 7))
    check_reader(bytes(damaged), same_rows=True)


@given(data=st.data())
@fuzz(examples=10, deadline_ms=3_000)
def test_damaged_sealed_archives(data: st.DataObject) -> None:
    damaged = data.draw(mutated(sealed(), max_mutations=2))
    error = check_reader(damaged, data.draw(st.sampled_from(["pw", "pw", "wrong"])))
    assert error is not None or damaged == sealed()


@given(noise=st.binary(max_size=400) | st.sampled_from([b"", b"PK\x05\x06" + bytes(18)]))
@fuzz(examples=15, deadline_ms=3_000)
def test_random_bytes(noise: bytes) -> None:
    error = check_reader(noise)
    assert error is not None
    assert error.kind in (
        ArchiveProblem.NOT_AN_ARCHIVE,
        ArchiveProblem.DAMAGED,
        ArchiveProblem.NEEDS_PASSPHRASE,
    )


@st.composite
def edited_manifest(draw: st.DrawFn) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(unzip(plain())[MANIFEST])
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(["top", "tables", "members", "member"]))
        if where == "top":
            key = draw(st.sampled_from([*manifest, "extra"]))
            if draw(st.booleans()):
                manifest.pop(key, None)
            else:
                manifest[key] = draw(JSON_VALUES)
        elif where in ("tables", "members") and isinstance(manifest.get(where), dict):
            inner = manifest[where]
            key = draw(st.sampled_from([*inner, "lost_table", "tables/x.jsonl"]))
            if draw(st.booleans()):
                inner.pop(key, None)
            else:
                inner[key] = draw(JSON_VALUES)
        elif isinstance(manifest.get("members"), dict) and manifest["members"]:
            entry = manifest["members"][draw(st.sampled_from(sorted(manifest["members"])))]
            if isinstance(entry, dict):
                entry[draw(st.sampled_from(["sha256", "bytes", "other"]))] = draw(JSON_VALUES)
    return manifest


@given(manifest=edited_manifest(), as_text=st.booleans())
@fuzz(examples=20, deadline_ms=3_000)
def test_edited_manifests(manifest: dict[str, Any], as_text: bool) -> None:
    found = unzip(plain())
    text = json.dumps(manifest, ensure_ascii=False)
    found[MANIFEST] = text.encode() if as_text else text.encode()[: len(text) // 2]
    check_reader(rezip(found, fix_checksums=False))


TABLES = ("customers", "people", "lead_sources", "objections", "playbook_guides")


@st.composite
def edited_row(draw: st.DrawFn) -> tuple[dict[str, bytes], str, int]:
    found = unzip(plain())
    table = draw(st.sampled_from(TABLES))
    name = f"tables/{table}.jsonl"
    lines = found[name].split(b"\n")[:-1]
    assert lines, table
    n = draw(st.integers(0, len(lines) - 1))
    action = draw(st.sampled_from(["value", "drop", "add", "garble", "text", "raw", "blank"]))
    if action in ("value", "drop", "add", "raw"):
        record = json.loads(lines[n])
        field = draw(st.sampled_from(sorted(record)))
        if action == "value":
            record[field] = draw(JSON_VALUES)
        elif action == "drop":
            record.pop(field)
        elif action == "add":
            record[draw(st.text(min_size=1, max_size=10))] = draw(JSON_VALUES)
        else:
            record["$raw"] = {field: draw(JSON_VALUES)}
        lines[n] = json.dumps(record, ensure_ascii=draw(st.booleans())).encode()
    elif action == "garble":
        lines[n] = draw(mutated(lines[n], max_mutations=3)).replace(b"\n", b" ")
    elif action == "text":
        lines[n] = draw(st.binary(max_size=40)).replace(b"\n", b" ")
    else:
        lines[n] = b""
    found[name] = b"\n".join([*lines, b""])
    return found, table, n + 1


@given(edit=edited_row(), fix=st.booleans())
@fuzz(examples=20, deadline_ms=3_000)
def test_edited_rows(edit: tuple[dict[str, bytes], str, int], fix: bool) -> None:
    found, table, line = edit
    error = check_reader(rezip(found, fix_checksums=fix))
    if error is not None and error.kind is ArchiveProblem.BAD_ROW:
        # The row that was edited (or, for a broken reference, the row that points at it).
        assert (error.table, error.line) == (table, line) or "refers to" in error.detail, str(error)
    if not fix and found[f"tables/{table}.jsonl"] != unzip(plain())[f"tables/{table}.jsonl"]:
        assert error is not None and error.kind is ArchiveProblem.DAMAGED, error


# --- every value there is ---------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)  # no lone surrogates
JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
STORED: dict[str, st.SearchStrategy[Any]] = {
    "text": TEXT,
    "enum": st.sampled_from(["prospect", "customer"]),
    "int": st.integers(min_value=archive_rows.INT64[0], max_value=archive_rows.INT64[1]),
    "float": st.floats(allow_nan=False),
    "bool": st.sampled_from([0, 1]),
    "date": st.dates(min_value=date(1, 1, 1)).map(lambda d: f"{d.year:04d}-{d:%m-%d}"),
    "datetime": st.datetimes().map(archive_rows.stored_datetime),
    "json": st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
        max_leaves=8,
    ).map(lambda v: archive_rows.STORE_JSON.encode(v)),
    "bytes": st.binary(max_size=20),
    "any": TEXT | st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1),
}
# What SQLite may hand back for any column, whatever its declared type.
ANYTHING = (
    st.none()
    | TEXT
    | st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)
    | st.floats(allow_nan=False)
    | st.binary(max_size=10)
)
KINDS = sorted(STORED)


@given(data=st.data())
@fuzz(examples=150, deadline_ms=1_000)
def test_any_stored_value_goes_to_a_line_and_back(data: st.DataObject) -> None:
    kinds = data.draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=6))
    columns = tuple(
        archive_rows.ColumnSpec(
            f"c{i}", kind, nullable=True, choices=frozenset({"prospect", "customer"})
        )
        for i, kind in enumerate(kinds)
    )
    table = archive_rows.TableSpec("t", columns)
    rows = [
        tuple(data.draw(STORED[kind] | ANYTHING) for kind in kinds)
        for _ in range(data.draw(st.integers(1, 3)))
    ]
    lines = table.encode_rows(rows).split(b"\n")
    assert lines[-1] == b"" and len(lines) == len(rows) + 1
    for row, line in zip(rows, lines, strict=False):
        json.loads(line)  # plain JSON that any reader takes
        back = table.decode_line(line)
        for want, got in zip(row, back, strict=True):
            if isinstance(want, float) and math.isnan(want):  # pragma: no cover - no NaN drawn
                continue
            assert (type(got), got) == (type(want), want), line


@given(text=st.text(alphabet="0123456789-: .T+Z", min_size=20, max_size=30))
@fuzz(examples=200, deadline_ms=1_000)
def test_the_quick_date_time_checks_are_the_patterns(text: str) -> None:
    pattern = bool(archive_rows._DATETIME_STORED.match(text)) and archive_rows._real_day(text)
    assert (archive_rows._datetime_line(text) is not None) == pattern
    archived = bool(archive_rows._DATETIME_ARCHIVED.match(text)) and archive_rows._real_day(text)
    assert (archive_rows._datetime_stored(text) is not None) == archived
    if pattern:
        datetime.fromisoformat(text)
