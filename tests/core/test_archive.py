"""The "export everything" archive (issue 8): a round trip loses nothing, and a broken,
hostile or foreign file is refused with nothing written.

Every comparison reads both files with plain sqlite3, row by row and column by
column, so a value that changes its stored form (a date's text, a JSON column's
spacing, a float's last bit) fails the test.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from repdesk import __version__
from repdesk.db import revisions
from repdesk.db.base import Base
from repdesk.db.models import (
    CareOccasion,
    Customer,
    DiaryEntry,
    HolidayDate,
    LeadSource,
    Objection,
    Person,
    PlaybookGuide,
    VisitRecord,
)
from repdesk.db.store import Store, make_engine, open_store
from repdesk.domain.enums import (
    CustomerStatus,
    HolidayCode,
    OccasionKind,
    ProspectGrade,
    ValueTier,
)
from repdesk.services import archive_rows, archive_seal
from repdesk.services.archive import (
    MANIFEST,
    SETTINGS,
    SUFFIX,
    ArchiveError,
    ArchiveLimits,
    ArchiveProblem,
    export_archive,
    import_archive,
    read_archive_manifest,
)
from repdesk.settings import Settings

# A cheap key derivation for the tests that are not about it (the default takes ~0.2 s).
CHEAP_KDF = (archive_seal.KDF_SCRYPT, (1 << 10, 8, 1))

SETTINGS_GIVEN = {
    **asdict(Settings()),
    "rep_name": "王小明",
    "team": "华东区 East",
    "language": "zh_CN",
    "data_folder": "/home/wang/RepDesk",
    "region": "HK",
    "stale_prospect_days": 21,
}


# --- helpers ---------------------------------------------------------------------------


def table_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]


def dump(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table (alembic_version too): its columns, and its rows by primary key."""
    found = {}
    with closing(sqlite3.connect(path)) as connection:
        for table in table_names(path):
            info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]] or ["rowid"]
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY {", ".join(key)}')
            columns = [d[0] for d in cursor.description]
            found[table] = (columns, cursor.fetchall())
    return found


def assert_same_rows(source: Path, target: Path) -> None:
    expected, actual = dump(source), dump(target)
    assert sorted(actual) == sorted(expected)
    for table, (columns, rows) in expected.items():
        got_columns, got_rows = actual[table]
        assert got_columns == columns, table
        assert len(got_rows) == len(rows), table
        for want, got in zip(rows, got_rows, strict=True):
            for name, a, b in zip(columns, want, got, strict=True):
                # type() too: 1 and 1.0, or text and blob, compare equal in Python.
                assert (type(b), b) == (type(a), a), f"{table}.{name} of {want[0]!r}"


def no_files_like(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def rewrite(
    source: Path,
    target: Path,
    changes: Mapping[str, bytes | Callable[[bytes], bytes] | None],
    *,
    fix_checksums: bool = True,
    manifest: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """A copy of a plain archive with members replaced (None: dropped), the manifest's
    checksums made to fit (or not) and the manifest edited."""
    import hashlib

    found = members(source)
    for name, change in changes.items():
        if change is None:
            found.pop(name, None)
        elif callable(change):
            found[name] = change(found[name])
        else:
            found[name] = change
    data = json.loads(found[MANIFEST])
    if fix_checksums:
        for name in changes:
            if name in found and name != MANIFEST:
                data["members"][name] = {
                    "sha256": hashlib.sha256(found[name]).hexdigest(),
                    "bytes": len(found[name]),
                }
    if manifest is not None:
        manifest(data)
    if MANIFEST not in changes:
        found[MANIFEST] = json.dumps(data).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in found.items():
            zf.writestr(name, content)
    return target


def edit_line(table: str, line: int, edit: Callable[[dict[str, Any]], None]) -> Any:
    def change(content: bytes) -> bytes:
        lines = content.split(b"\n")
        record = json.loads(lines[line - 1])
        edit(record)
        lines[line - 1] = json.dumps(record, ensure_ascii=False).encode()
        return b"\n".join(lines)

    return {f"tables/{table}.jsonl": change}


@pytest.fixture
def rich_db(demo_db: Path) -> Path:
    """The 300-customer demo, plus what the demo never writes: Chinese with every odd
    character, NULLs, soft-deleted rows, a draft, playbook edits, odd stored forms."""
    store = open_store(demo_db)
    try:
        with store.session() as session:
            source = LeadSource(label="朋友介绍 (referral) «友»", position=99)
            session.add(source)
            session.flush()
            customer = Customer(
                name="上海鑫达贸易有限公司 “鑫达”",
                sort_key="shang hai xin da",
                address='浦东新区\n世纪大道 100 号\t"A" 座 \\ 12F 😀',
                remarks="备注：\u2028行分隔符、零宽\u200b空格、\x01控制字符",
                status=CustomerStatus.PROSPECT,
                prospect_grade=ProspectGrade.A,
                value_tier=None,
                employees=0,
                share_percent=0.1 + 0.2,  # 0.30000000000000004: every bit must survive
                annual_revenue=1e300,
                upcoming_quantity=-0.0,
                lead_source_id=source.id,
                fact_sources={"name": "问过前台", "nested": {"list": [1, 2.5, None, True]}},
                deleted_at=datetime(2026, 11, 1, 8, 0, 0, 123456),  # in the bin
            )
            session.add(customer)
            session.flush()
            person = Person(
                customer_id=customer.id,
                name="李娜",
                birthday=date(1980, 2, 29),
                fact_sources={},
                notes="",
            )
            session.add(person)
            session.flush()
            session.add(
                CareOccasion(
                    person_id=person.id,
                    kind=OccasionKind.HOLIDAY,
                    holiday_code=HolidayCode.MID_AUTUMN,
                    gesture="送她一盒月饼",
                )
            )
            session.add(
                HolidayDate(region="CN", code=HolidayCode.MID_AUTUMN, on_date=date(2026, 9, 25))
            )
            session.add(
                DiaryEntry(
                    contact_date=date(2026, 11, 20),
                    company_name="无名公司",
                    appointment_at=datetime(2026, 11, 25, 10, 30, 0, 999999),
                )
            )
            session.add(
                VisitRecord(
                    customer_id=customer.id,
                    visited_at=datetime(2026, 11, 18, 9, 30),
                    summary="草稿：还没写完",
                    buying_signals=["asks_price"],
                    expenses=12.34,
                    minutes_spent=None,
                    is_draft=True,
                )
            )
            objection = session.query(Objection).order_by(Objection.position).first()
            assert objection is not None
            objection.title = {"en": "Edited by the rep", "zh": "销售员改过的标题"}
            objection.hidden_factors = [*objection.hidden_factors, {"en": "", "zh": "新的"}]
            guide = session.query(PlaybookGuide).one()
            guide.tips = [{"en": "Smile", "zh": "微笑"}]
            tier = session.query(Customer).filter(Customer.status == CustomerStatus.CUSTOMER)
            first = tier.order_by(Customer.id).first()
            assert first is not None
            first.value_tier = ValueTier.VIP
    finally:
        store.close()
    # Stored forms RepDesk itself never writes: they travel verbatim ("$raw").
    with closing(sqlite3.connect(demo_db)) as connection:
        ids = [r[0] for r in connection.execute("SELECT id FROM people ORDER BY id LIMIT 4")]
        connection.execute("UPDATE people SET fact_sources = '{\"a\":1}' WHERE id = ?", ids[:1])
        connection.execute("UPDATE people SET fact_sources = 'null' WHERE id = ?", ids[1:2])
        connection.execute("UPDATE people SET notes = X'00FF10' WHERE id = ?", ids[2:3])
        connection.execute(
            "UPDATE people SET created_at = '2026-01-02 03:04:05' WHERE id = ?", ids[3:4]
        )
        connection.execute(
            "UPDATE customers SET employees = 'about 12', share_percent = 'n/a' "
            "WHERE rowid = (SELECT min(rowid) FROM customers)"
        )
        connection.execute(
            "UPDATE customers SET annual_revenue = 9e999 "
            "WHERE rowid = (SELECT max(rowid) FROM customers WHERE deleted_at IS NULL)"
        )
        connection.commit()
    return demo_db


def export(db: Path, out: Path, passphrase: str | None = None, **kwargs: Any) -> Any:
    store = open_store(db)
    try:
        return export_archive(store, SETTINGS_GIVEN, out, passphrase, **kwargs)
    finally:
        store.close()


@pytest.fixture
def archive(rich_db: Path, tmp_path: Path) -> Path:
    out = tmp_path / f"all{SUFFIX}"
    export(rich_db, out)
    return out


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """An archive of a new database (its seeded rows and the playbook), for the tests of
    damage: quick to import."""
    folder = tmp_path_factory.mktemp("small")
    db = shutil.copyfile(empty_template, folder / "small.db")
    out = folder / f"small{SUFFIX}"
    export(db, out)
    return out


def expect_error(kind: ArchiveProblem, call: Callable[[], Any]) -> ArchiveError:
    with pytest.raises(ArchiveError) as caught:
        call()
    assert caught.value.kind is kind, str(caught.value)
    return caught.value


# --- the round trip --------------------------------------------------------------------


def test_a_round_trip_keeps_every_row_of_every_table(
    rich_db: Path, archive: Path, tmp_path: Path
) -> None:
    target = tmp_path / "laptop2" / "repdesk.db"
    target.parent.mkdir()
    progress: list[float] = []
    summary = import_archive(archive, target, progress=progress.append)

    assert_same_rows(rich_db, target)
    assert set(table_names(target)) == {t.name for t in Base.metadata.sorted_tables} | {
        "alembic_version"
    }
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert no_files_like(target.parent, "repdesk.db") == ["repdesk.db"]  # no -wal, no .part
    assert summary.settings == {k: v for k, v in SETTINGS_GIVEN.items() if k != "data_folder"}
    assert summary.migrated_from is None
    assert summary.tables["customers"] == 301
    assert progress == sorted(progress) and progress[-1] == 1.0
    # The new file opens as any database does, at the current schema, without a backup.
    store = open_store(target)
    assert store.migrated_from is None and store.backups_made == []
    store.close()


def test_the_archive_is_a_zip_anyone_can_read(archive: Path, rich_db: Path) -> None:
    found = members(archive)
    manifest = json.loads(found[MANIFEST])
    assert manifest["format"] == "repdesk-archive"
    assert manifest["format_version"] == 1
    assert manifest["app_version"] == __version__
    assert manifest["schema_revision"] == revisions.HEAD
    assert manifest["created_at"].endswith("Z")
    archived = {t.name for t in Base.metadata.sorted_tables}
    assert set(manifest["tables"]) == archived  # every table, alembic_version aside
    assert set(found) == {MANIFEST, SETTINGS, *(f"tables/{t}.jsonl" for t in archived)}
    import hashlib

    for name, check in manifest["members"].items():
        assert check == {
            "sha256": hashlib.sha256(found[name]).hexdigest(),
            "bytes": len(found[name]),
        }
    with closing(sqlite3.connect(rich_db)) as connection:
        for table, count in manifest["tables"].items():
            assert connection.execute(f'SELECT count(*) FROM "{table}"').fetchone() == (count,)
            assert found[f"tables/{table}.jsonl"].count(b"\n") == count

    settings = json.loads(found[SETTINGS])
    assert "data_folder" not in settings and settings["rep_name"] == "王小明"
    customers = found["tables/customers.jsonl"].decode("utf-8")
    assert "上海鑫达贸易有限公司" in customers and "\\u4e0a" not in customers  # Chinese as it is
    rows = [json.loads(line) for line in customers.split("\n")[:-1]]
    ours = next(r for r in rows if r["name"].startswith("上海鑫达"))
    assert ours["fact_sources"] == {"name": "问过前台", "nested": {"list": [1, 2.5, None, True]}}
    assert ours["deleted_at"] == "2026-11-01T08:00:00.123456"
    assert ours["share_percent"] == 0.30000000000000004
    assert ours["value_tier"] is None and ours["employees"] == 0
    assert ours["name_verified"] is False
    odd = rows[0]  # its employees and share are text in the file: carried verbatim
    assert odd["$raw"]["employees"] == "about 12" and "employees" not in odd
    assert any(r.get("annual_revenue") == "Infinity" for r in rows)
    people = [json.loads(line) for line in found["tables/people.jsonl"].split(b"\n")[:-1]]
    assert any(p.get("$raw", {}).get("notes") == {"base64": "AP8Q"} for p in people)


def test_a_sealed_round_trip(rich_db: Path, tmp_path: Path) -> None:
    out = tmp_path / f"sealed{SUFFIX}"
    summary = export(rich_db, out, "正确 horse battery staple")  # the default key derivation
    assert summary.sealed
    data = out.read_bytes()
    assert data.startswith(b"REPDESK-SEALED")
    assert b"PK\x03\x04" not in data[:200] and "上海鑫达".encode() not in data
    assert b"horse" not in data

    expect_error(ArchiveProblem.NEEDS_PASSPHRASE, lambda: read_archive_manifest(out))
    info = read_archive_manifest(out, "正确 horse battery staple")
    assert info.sealed and info.customers == 301 and info.settings["team"] == "华东区 East"

    target = tmp_path / "new.db"
    import_archive(out, target, "正确 horse battery staple")
    assert_same_rows(rich_db, target)


def test_a_wrong_passphrase_changes_nothing(small_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "sealed.repdesk-archive"
    export(
        shutil.copyfile(small_archive.with_name("small.db"), tmp_path / "s.db"),
        out,
        "right",
        kdf=CHEAP_KDF,
    )
    before = out.read_bytes()
    target = tmp_path / "new.db"
    error = expect_error(
        ArchiveProblem.WRONG_PASSPHRASE, lambda: import_archive(out, target, "wrong")
    )
    assert "passphrase" in str(error)
    expect_error(ArchiveProblem.WRONG_PASSPHRASE, lambda: read_archive_manifest(out, "Right"))
    assert not target.exists() and no_files_like(tmp_path, "new.db") == []
    assert out.read_bytes() == before
    assert read_archive_manifest(out, "right").sealed


def test_the_passphrase_is_written_nowhere(small_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "sealed.repdesk-archive"
    secret = "a-passphrase-to-look-for"
    export(small_archive.with_name("small.db"), out, secret, kdf=CHEAP_KDF)
    target = tmp_path / "new.db"
    import_archive(out, target, secret)
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert secret.encode() not in file.read_bytes(), file


def test_a_truncated_archive_is_damaged(archive: Path, tmp_path: Path) -> None:
    data = archive.read_bytes()
    for cut in (len(data) // 2, len(data) - 10):
        short = tmp_path / "short.repdesk-archive"
        short.write_bytes(data[:cut])
        target = tmp_path / "new.db"
        expect_error(ArchiveProblem.DAMAGED, lambda: import_archive(short, target))  # noqa: B023
        assert no_files_like(tmp_path, "new.db") == []


def test_a_truncated_sealed_archive_is_damaged(small_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "sealed.repdesk-archive"
    export(small_archive.with_name("small.db"), out, "pw", kdf=CHEAP_KDF)
    data = out.read_bytes()
    for cut in (len(data) - 1, len(data) - 16, archive_seal.HEADER_SIZE + 20, 30):
        short = tmp_path / "short.repdesk-archive"
        short.write_bytes(data[:cut])
        expect_error(ArchiveProblem.DAMAGED, lambda: read_archive_manifest(short, "pw"))  # noqa: B023


def test_a_sealed_archive_cut_at_a_chunk_boundary_is_damaged(tmp_path: Path) -> None:
    plain = os.urandom(3 * 4096 + 10)
    sealed = io.BytesIO()
    writer = archive_seal.SealingWriter(sealed, "pw", CHEAP_KDF, chunk_size=4096)
    writer.write(plain)
    writer.close()
    data = sealed.getvalue()
    stride = 4096 + archive_seal.TAG
    reader = archive_seal.SealedReader(io.BytesIO(data), "pw")
    assert reader.read() == plain
    for cut in (archive_seal.HEADER_SIZE + stride, archive_seal.HEADER_SIZE + 3 * stride):
        with pytest.raises(archive_seal.SealDamagedError):
            archive_seal.SealedReader(io.BytesIO(data[:cut]), "pw")
    # Two chunks swapped: each fails its check where it lands.
    body = bytearray(data)
    first = archive_seal.HEADER_SIZE
    body[first : first + stride], body[first + stride : first + 2 * stride] = (
        body[first + stride : first + 2 * stride],
        body[first : first + stride],
    )
    with pytest.raises(archive_seal.SealDamagedError):
        archive_seal.SealedReader(io.BytesIO(bytes(body)), "pw").read()


def test_a_flipped_bit_names_the_damaged_member(archive: Path, tmp_path: Path) -> None:
    name = "tables/customers.jsonl"
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(name)
    data = bytearray(archive.read_bytes())
    local = info.header_offset
    start = (
        local
        + 30
        + int.from_bytes(data[local + 26 : local + 28], "little")
        + int.from_bytes(data[local + 28 : local + 30], "little")
    )
    data[start + info.compress_size // 2] ^= 0x10
    broken = tmp_path / "flipped.repdesk-archive"
    broken.write_bytes(bytes(data))
    target = tmp_path / "new.db"

    error = expect_error(ArchiveProblem.DAMAGED, lambda: import_archive(broken, target))
    assert error.member == name and name in str(error)
    assert no_files_like(tmp_path, "new.db") == []
    error = expect_error(ArchiveProblem.DAMAGED, lambda: read_archive_manifest(broken))
    assert error.member == name


def test_a_changed_line_with_the_old_checksum_is_damaged(
    small_archive: Path, tmp_path: Path
) -> None:
    changed = rewrite(
        small_archive,
        tmp_path / "x.repdesk-archive",
        edit_line("lead_sources", 2, lambda r: r.update(label="Hacked")),
        fix_checksums=False,
    )
    error = expect_error(ArchiveProblem.DAMAGED, lambda: import_archive(changed, tmp_path / "n.db"))
    assert error.member == "tables/lead_sources.jsonl"
    assert no_files_like(tmp_path, "n.db") == []


def test_a_sealed_flipped_bit_is_damaged(small_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "sealed.repdesk-archive"
    export(small_archive.with_name("small.db"), out, "pw", kdf=CHEAP_KDF)
    data = bytearray(out.read_bytes())
    data[archive_seal.HEADER_SIZE + 100] ^= 1
    out.write_bytes(bytes(data))
    expect_error(ArchiveProblem.DAMAGED, lambda: import_archive(out, tmp_path / "n.db", "pw"))
    assert no_files_like(tmp_path, "n.db") == []


def test_a_zip_bomb_is_refused(small_archive: Path, tmp_path: Path) -> None:
    bomb = rewrite(
        small_archive,
        tmp_path / "bomb.repdesk-archive",
        {"tables/lead_sources.jsonl": b" " * (16 << 20)},  # 16 MiB of spaces: ~16 KiB packed
    )
    error = expect_error(ArchiveProblem.TOO_BIG, lambda: import_archive(bomb, tmp_path / "n.db"))
    assert error.member == "tables/lead_sources.jsonl"
    expect_error(ArchiveProblem.TOO_BIG, lambda: read_archive_manifest(bomb))
    assert no_files_like(tmp_path, "n.db") == []

    crowd = rewrite(
        small_archive,
        tmp_path / "crowd.repdesk-archive",
        {f"extra/{n}.txt": b"" for n in range(300)},
    )
    expect_error(ArchiveProblem.TOO_BIG, lambda: read_archive_manifest(crowd))

    total = expect_error(
        ArchiveProblem.TOO_BIG,
        lambda: read_archive_manifest(small_archive, limits=ArchiveLimits(max_total_bytes=1000)),
    )
    assert "1,000 bytes" in str(total)


def test_a_line_longer_than_the_limit_is_refused(small_archive: Path, tmp_path: Path) -> None:
    error = expect_error(
        ArchiveProblem.TOO_BIG,
        lambda: import_archive(
            small_archive, tmp_path / "n.db", limits=ArchiveLimits(max_line=200)
        ),
    )
    assert error.member is not None and error.member.startswith("tables/")
    assert no_files_like(tmp_path, "n.db") == []


@pytest.mark.parametrize(
    ("table", "line", "edit", "field", "says"),
    [
        ("customers", 5, lambda r: r.update(employees="many"), "employees", "whole number"),
        ("customers", 7, lambda r: r.update(status="lost"), "status", "not one of"),
        ("customers", 9, lambda r: r.update(name=None), "name", "must have a value"),
        ("customers", 11, lambda r: r.update(nickname="x"), "nickname", "no such column"),
        ("customers", 12, lambda r: r.pop("name"), "name", "missing"),
        ("people", 3, lambda r: r.update(birthday="1980-02-30"), "birthday", "calendar"),
        ("people", 4, lambda r: r.update(title_verified=1), "title_verified", "true or false"),
        (
            "diary_entries",
            2,
            lambda r: r.update(created_at="2026-11-20T10:00:00+08:00"),
            "created_at",
            "time zone",
        ),
        ("visit_records", 6, lambda r: r.update(expenses="12.5"), "expenses", "a number"),
        (
            "people",
            8,
            lambda r: r.update(customer_id="no-such-customer"),
            "customer_id",
            "customers",
        ),
        ("people", 10, lambda r: r.update(id=None), "id", "must have a value"),
    ],
)
def test_a_wrong_value_names_table_line_and_field(
    demo_db: Path,
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
    table: str,
    line: int,
    edit: Callable[[dict[str, Any]], None],
    field: str,
    says: str,
) -> None:
    source = _demo_archive(demo_db, tmp_path_factory)
    bad = rewrite(source, tmp_path / "bad.repdesk-archive", edit_line(table, line, edit))
    target = tmp_path / "new.db"
    error = expect_error(ArchiveProblem.BAD_ROW, lambda: import_archive(bad, target))
    assert (error.table, error.line, error.field) == (table, line, field), str(error)
    assert says in str(error)
    assert f"table {table}, line {line}, field {field}" in str(error)
    assert no_files_like(tmp_path, "new.db") == []


_DEMO_ARCHIVE: list[Path] = []


def _demo_archive(demo_db: Path, factory: pytest.TempPathFactory) -> Path:
    if not _DEMO_ARCHIVE:
        out = factory.mktemp("demo-archive") / f"demo{SUFFIX}"
        export(demo_db, out)
        _DEMO_ARCHIVE.append(out)
    return _DEMO_ARCHIVE[0]


def test_a_duplicate_key_names_its_line(small_archive: Path, tmp_path: Path) -> None:
    def twice(content: bytes) -> bytes:
        lines = content.split(b"\n")
        again = json.loads(lines[0])
        again["code"] = None  # only the id is the same
        return b"\n".join([*lines[:-1], json.dumps(again).encode(), b""])

    bad = rewrite(
        small_archive,
        tmp_path / "dup.repdesk-archive",
        {"tables/lead_sources.jsonl": twice},
        manifest=lambda m: m["tables"].update(lead_sources=m["tables"]["lead_sources"] + 1),
    )
    error = expect_error(ArchiveProblem.BAD_ROW, lambda: import_archive(bad, tmp_path / "n.db"))
    lines = members(small_archive)["tables/lead_sources.jsonl"].count(b"\n")
    assert (error.table, error.line, error.field) == ("lead_sources", lines + 1, "id")
    assert "unique" in str(error)


def test_a_missing_nullable_field_takes_its_default(small_archive: Path, tmp_path: Path) -> None:
    def drop(record: dict[str, Any]) -> None:
        record.pop("deleted_at")  # nullable: NULL
        record.pop("position")  # NOT NULL with a default: 0

    edited = rewrite(
        small_archive, tmp_path / "e.repdesk-archive", edit_line("lead_sources", 3, drop)
    )
    target = tmp_path / "n.db"
    import_archive(edited, target)
    record = json.loads(members(small_archive)["tables/lead_sources.jsonl"].split(b"\n")[2])
    with closing(sqlite3.connect(target)) as connection:
        row = connection.execute(
            "SELECT deleted_at, position, label FROM lead_sources WHERE id = ?", (record["id"],)
        ).fetchone()
    assert row == (None, 0, record["label"])


def test_a_row_count_that_differs_from_the_manifest_is_damaged(
    small_archive: Path, tmp_path: Path
) -> None:
    bad = rewrite(
        small_archive,
        tmp_path / "c.repdesk-archive",
        {},
        manifest=lambda m: m["tables"].update(lead_sources=3),
    )
    error = expect_error(ArchiveProblem.DAMAGED, lambda: import_archive(bad, tmp_path / "n.db"))
    assert error.member == "tables/lead_sources.jsonl"


def test_cancelling_an_import_leaves_no_file(rich_db: Path, archive: Path, tmp_path: Path) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    target = tmp_path / "new.db"
    error = expect_error(
        ArchiveProblem.CANCELLED, lambda: import_archive(archive, target, cancelled=cancelled)
    )
    assert "nothing was written" in str(error)
    assert no_files_like(tmp_path, "new.db") == []


def test_cancelling_an_export_leaves_no_file(rich_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.repdesk-archive"
    out.write_bytes(b"an older archive")
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    expect_error(ArchiveProblem.CANCELLED, lambda: export(rich_db, out, cancelled=cancelled))
    assert out.read_bytes() == b"an older archive"  # the old one stays as it was
    assert no_files_like(tmp_path, "all.repdesk-archive") == ["all.repdesk-archive"]


def test_exporting_to_a_read_only_folder_says_so(
    rich_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root: permissions do not bind; refuse as the folder would
        real_open = Path.open

        def refusing(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if self.parent == folder and "w" in mode:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, mode, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refusing)
    try:
        error = expect_error(
            ArchiveProblem.CANNOT_WRITE, lambda: export(rich_db, folder / "all.repdesk-archive")
        )
        assert "Permission denied" in str(error) and str(folder) in str(error)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_the_archive_never_replaces_the_database(small_archive: Path) -> None:
    db = small_archive.with_name("small.db")
    before = db.read_bytes()
    expect_error(ArchiveProblem.CANNOT_WRITE, lambda: export(db, db))
    assert db.read_bytes() == before


def test_a_full_disk_while_exporting_leaves_nothing(
    rich_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "all.repdesk-archive"
    error = expect_error(ArchiveProblem.DISK_FULL, lambda: export(rich_db, out))
    assert "disk is full" in str(error)
    assert no_files_like(tmp_path, "all.repdesk-archive") == []


def test_the_export_reads_one_snapshot(rich_db: Path, tmp_path: Path) -> None:
    """A write while the export runs (the GUI's worker saving a sheet) is not half in it."""
    with closing(sqlite3.connect(rich_db)) as connection:
        first_id, first_name = connection.execute(
            "SELECT id, name FROM customers ORDER BY rowid LIMIT 1"
        ).fetchone()
        visits = connection.execute("SELECT count(*) FROM visit_people").fetchone()[0]
    written: list[bool] = []

    def write_meanwhile(_fraction: float) -> None:
        if written:
            return
        with closing(sqlite3.connect(rich_db, timeout=5)) as other:
            other.execute(
                "UPDATE customers SET name = 'changed meanwhile' WHERE id = ?", (first_id,)
            )
            other.execute(
                "DELETE FROM visit_people WHERE rowid = (SELECT min(rowid) FROM visit_people)"
            )
            other.commit()
        written.append(True)

    out = tmp_path / "all.repdesk-archive"
    export(rich_db, out, progress=write_meanwhile)
    assert written
    found = members(out)
    assert json.loads(found[MANIFEST])["tables"]["visit_people"] == visits
    first = json.loads(found["tables/customers.jsonl"].split(b"\n")[0])
    assert first["id"] == first_id and first["name"] == first_name


def test_an_existing_database_is_never_overwritten(
    small_archive: Path, demo_db: Path, tmp_path: Path
) -> None:
    before = demo_db.read_bytes()
    error = expect_error(
        ArchiveProblem.TARGET_EXISTS, lambda: import_archive(small_archive, demo_db)
    )
    assert str(demo_db) in str(error)
    assert demo_db.read_bytes() == before
    empty = tmp_path / "empty.db"
    empty.touch()  # an empty file is no database yet: it is taken
    import_archive(small_archive, empty)
    assert empty.stat().st_size > 0
    expect_error(
        ArchiveProblem.CANNOT_WRITE,
        lambda: import_archive(small_archive, tmp_path / "no" / "such" / "folder.db"),
    )


def test_what_is_not_an_archive(tmp_path: Path, small_archive: Path) -> None:
    text = tmp_path / "notes.repdesk-archive"
    text.write_text("hello", encoding="utf-8")
    expect_error(ArchiveProblem.NOT_AN_ARCHIVE, lambda: read_archive_manifest(text))
    empty = tmp_path / "empty.repdesk-archive"
    empty.touch()
    expect_error(ArchiveProblem.NOT_AN_ARCHIVE, lambda: read_archive_manifest(empty))
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("readme.txt", "an ordinary zip")
    expect_error(ArchiveProblem.NOT_AN_ARCHIVE, lambda: read_archive_manifest(other))
    foreign = rewrite(
        small_archive, tmp_path / "f.zip", {}, manifest=lambda m: m.update(format="x")
    )
    expect_error(ArchiveProblem.NOT_AN_ARCHIVE, lambda: import_archive(foreign, tmp_path / "n.db"))
    expect_error(ArchiveProblem.CANNOT_READ, lambda: read_archive_manifest(tmp_path / "missing"))
    expect_error(ArchiveProblem.CANNOT_READ, lambda: read_archive_manifest(tmp_path))
    assert no_files_like(tmp_path, "n.db") == []


def test_archives_from_a_newer_repdesk_are_refused(small_archive: Path, tmp_path: Path) -> None:
    newer = rewrite(
        small_archive, tmp_path / "v2.zip", {}, manifest=lambda m: m.update(format_version=2)
    )
    error = expect_error(
        ArchiveProblem.NEWER_FORMAT, lambda: import_archive(newer, tmp_path / "n.db")
    )
    assert "newer RepDesk" in str(error)
    future = rewrite(
        small_archive,
        tmp_path / "future.zip",
        {},
        manifest=lambda m: m.update(schema_revision="0099_from_the_future"),
    )
    error = expect_error(
        ArchiveProblem.NEWER_SCHEMA, lambda: import_archive(future, tmp_path / "n.db")
    )
    assert "0099_from_the_future" in str(error)
    assert no_files_like(tmp_path, "n.db") == []


def test_an_archive_from_an_older_schema_is_upgraded(demo_db: Path, tmp_path: Path) -> None:
    """An archive an earlier release made (schema 0002): built at its revision, filled,
    then migrated as that release's database would be; the same rows either way."""
    from alembic import command

    from repdesk.db.migrate import alembic_config

    older = "0002_holiday_dates"
    engine = make_engine(demo_db)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), older)
    old_store = Store(path=demo_db, engine=engine, backup_dir=tmp_path / "backups")
    out = tmp_path / "old.repdesk-archive"
    try:
        summary = export_archive(old_store, {"rep_name": "x"}, out)
    finally:
        engine.dispose()
    assert summary.schema_revision == older
    assert "objection_questions" in summary.tables and "playbook_guides" not in summary.tables
    info = read_archive_manifest(out)
    assert info.older_schema

    target = tmp_path / "new.db"
    imported = import_archive(out, target)
    assert imported.migrated_from == older

    upgraded = shutil.copyfile(demo_db, tmp_path / "upgraded.db")
    open_store(upgraded, backup_dir=tmp_path / "backups").close()
    assert_same_rows(upgraded, target)
    with closing(sqlite3.connect(target)) as connection:
        title = connection.execute("SELECT title FROM objections LIMIT 1").fetchone()[0]
    assert set(json.loads(title)) == {"en", "zh"}


def test_an_empty_database_round_trips(empty_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.repdesk-archive"
    export(empty_db, out)
    target = tmp_path / "new.db"
    summary = import_archive(out, target)
    assert summary.tables["customers"] == 0
    assert_same_rows(empty_db, target)


# --- the values, one by one ------------------------------------------------------------


def test_the_stored_forms_are_sqlalchemys() -> None:
    """The importer writes dates and times as SQLAlchemy's SQLite dialect does, and JSON
    as the store's serializer does: what RepDesk reads back is what it wrote."""
    from sqlalchemy import JSON, DateTime

    engine = make_engine(Path(":memory:"))
    dialect = engine.dialect
    moment = datetime(987, 6, 5, 4, 3, 2, 1)
    bind = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert bind is not None
    assert archive_rows.stored_datetime(moment) == bind(moment)
    json_bind = JSON().dialect_impl(dialect).bind_processor(dialect)
    assert json_bind is not None
    value = {"名": ["一", 2, 3.5, None, True], "e": {}}
    assert archive_rows.STORE_JSON.encode(value) == json_bind(value)
    engine.dispose()


@pytest.mark.parametrize(
    ("kind", "stored"),
    [
        ("text", "中文\n\t\"'\\ \x00 😀"),
        ("int", -(1 << 63)),
        ("float", 5e-324),
        ("float", -0.0),
        ("float", float("inf")),
        ("bool", 1),
        ("date", "2024-02-29"),
        ("datetime", "0001-01-01 00:00:00.000000"),
        ("json", '{"a": [1, 2.0, "三"], "b": {}}'),
        ("json", "[]"),
        ("bytes", b"\x00\xff"),
        ("any", "12.50"),
    ],
)
def test_each_kind_round_trips(kind: str, stored: Any) -> None:
    column = archive_rows.ColumnSpec("c", kind, nullable=True)
    archived = column.to_archive(stored)
    assert archived is not archive_rows.RAW
    back = column.from_archive(json.loads(json.dumps(archived, ensure_ascii=False)))
    assert (type(back), back) == (type(stored), stored)
    table = archive_rows.TableSpec("t", (column,))
    line = table.encode_rows([(stored,)]).rstrip(b"\n")
    decoded = table.decode_line(line)[0]
    assert (type(decoded), decoded) == (type(stored), stored)


@pytest.mark.parametrize(
    ("kind", "stored"),
    [
        ("int", "about 12"),
        ("bool", 2),
        ("date", "2026-02-30"),
        ("date", "2026-1-5"),
        ("datetime", "2026-11-23 10:30:00"),
        ("datetime", "2026-11-23T10:30:00.000000"),
        ("json", '{"a":1}'),
        ("json", "null"),
        ("json", "not json"),
        ("text", b"\x00"),
        ("float", 3),
    ],
)
def test_odd_stored_forms_travel_verbatim(kind: str, stored: Any) -> None:
    column = archive_rows.ColumnSpec("c", kind, nullable=False)
    assert column.to_archive(stored) is archive_rows.RAW
    table = archive_rows.TableSpec("t", (column,))
    line = table.encode_rows([(stored,)]).rstrip(b"\n")
    assert b'"$raw"' in line
    decoded = table.decode_line(line)[0]
    assert (type(decoded), decoded) == (type(stored), stored)
