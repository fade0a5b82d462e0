"""Export everything to one portable archive, and import it into a new database.

An archive is a ZIP file (named ``*.repdesk-archive``: a file manager offers no
"extract here" for it, RepDesk's open dialog finds it by its own name, and a
sealed one, which is not a ZIP, does not pretend to be one; a plain one still
opens with any unzip tool for a look inside). Its members:

``manifest.json``
    ``format`` "repdesk-archive", ``format_version`` 1, ``app_version``,
    ``schema_revision`` (the Alembic revision of the database it came from),
    ``created_at`` (UTC, ISO 8601), ``tables`` {name: row count} in insert order,
    ``members`` {member name: {"sha256": hex, "bytes": size}} for every other member.
``settings.json``
    the rep's settings, without machine paths (the data folder).
``tables/<name>.jsonl``
    one JSON object per line per row, ``{"column": value, ...}``, in rowid order,
    for every table of the schema (alembic_version aside: the manifest carries the
    revision). Values by column type (archive_rows.py): text and enum codes as strings, integers,
    floats (``"Infinity"``/``"-Infinity"`` as strings), booleans as true/false,
    dates ``YYYY-MM-DD``, date-times ``YYYY-MM-DDTHH:MM:SS.ffffff`` (naive: the
    database's rules on UTC and local wall-clock time apply), JSON columns as JSON,
    binary as base64, SQL NULL as null. UTF-8, Chinese as it is (no \\u escapes).

A value whose stored form is not exactly what RepDesk writes for that typed value
(the demo filler's JSON with \\u escapes, say) is carried verbatim instead, under
the row's ``"$raw"`` object (``{"column": stored value}``; a blob as
``{"base64": ...}``, an infinite float as ``{"float": "Infinity"}``), so a round
trip gives back the database byte for byte.

With a passphrase the whole ZIP is sealed (archive_seal.py: AES-256-GCM in 1 MiB
chunks, key from Argon2id or scrypt).

Export reads the database in one read transaction (a consistent snapshot), streams
table by table, and writes ``<name>.part``, synced, then renamed: a failure or a
cancel leaves no archive under the final name. Import checks the manifest, the
limits (a "zip bomb" is refused), every member's SHA-256 and every value against
its column's type, builds the new database beside its name (``<name>.part``) at
the archive's schema revision, inserts all rows in one transaction, upgrades it to
this release's schema when the archive is older, and renames it into place: any
problem leaves no file. ArchiveError's ``kind`` says what went wrong (the GUI
translates by kind); ``str()`` is an English sentence for the command line.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import json
import os
import re
import time
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from sqlalchemy.exc import SQLAlchemyError

from repdesk import __version__
from repdesk.db import revisions
from repdesk.db.errors import StoreError, StoreProblem, classify_sqlite_error
from repdesk.db.models import Base
from repdesk.db.store import Store, make_engine, open_store
from repdesk.services.archive_rows import (
    NAME,
    RowError,
    TableSpec,
    reflected_metadata,
    strict_json,
    table_specs,
)
from repdesk.settings import MACHINE_SETTINGS

FORMAT = "repdesk-archive"
FORMAT_VERSION = 1
SUFFIX = ".repdesk-archive"
MANIFEST = "manifest.json"
SETTINGS = "settings.json"
TABLES_DIR = "tables/"
# Settings that name places on one machine: meaningless on another laptop.

_BATCH = 2000  # rows per fetch, per executemany, per progress report and cancel check

_SHA256 = re.compile(r"[0-9a-f]{64}\Z", re.ASCII)

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ArchiveProblem(StrEnum):
    NOT_AN_ARCHIVE = "not_an_archive"
    NEEDS_PASSPHRASE = "needs_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    DAMAGED = "damaged"
    NEWER_FORMAT = "newer_format"
    NEWER_SCHEMA = "newer_schema"
    UNSUPPORTED = "unsupported"
    TOO_BIG = "too_big"
    BAD_ROW = "bad_row"
    TARGET_EXISTS = "target_exists"
    CANNOT_READ = "cannot_read"
    CANNOT_WRITE = "cannot_write"
    DISK_FULL = "disk_full"
    DATABASE = "database"
    CANCELLED = "cancelled"


class ArchiveError(Exception):
    """What went wrong, where: ``kind``, the file (``path``), and as far as known the
    ``member``, ``table``, ``line`` (1-based, in the table's member) and ``field``."""

    def __init__(
        self,
        kind: ArchiveProblem,
        message: str,
        *,
        path: Path | None = None,
        member: str | None = None,
        table: str | None = None,
        line: int | None = None,
        field: str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.member = member
        self.table = table
        self.line = line
        self.field = field
        self.detail = detail


@dataclass(frozen=True)
class ArchiveLimits:
    """What an import or a preview reads at most (against a hostile or broken file)."""

    max_members: int = 256
    max_total_bytes: int = 32 << 30  # uncompressed, all members together
    max_ratio: int = 200  # uncompressed/compressed, for members above ratio_from bytes
    ratio_from: int = 1 << 20
    max_small_member: int = 1 << 20  # manifest.json, settings.json
    max_line: int = 64 << 20  # one row


DEFAULT_LIMITS = ArchiveLimits()


@dataclass(frozen=True)
class ArchiveSummary:
    """What export_archive wrote."""

    path: Path
    bytes: int
    sealed: bool
    schema_revision: str
    created_at: datetime
    tables: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class ArchiveInfo:
    """An archive's manifest and settings, for a preview before importing."""

    path: Path
    sealed: bool
    file_bytes: int
    format_version: int
    app_version: str
    schema_revision: str
    created_at: datetime  # aware, UTC
    tables: dict[str, int]
    settings: dict[str, Any]

    @property
    def total_rows(self) -> int:
        return sum(self.tables.values())

    @property
    def customers(self) -> int:
        return self.tables.get("customers", 0)

    @property
    def older_schema(self) -> bool:
        """Made by an earlier release: the import upgrades it."""
        return self.schema_revision != revisions.HEAD


@dataclass(frozen=True)
class ImportSummary:
    """What import_archive made. ``settings`` are the archive's, for the caller to apply."""

    path: Path
    info: ArchiveInfo
    tables: dict[str, int]
    settings: dict[str, Any]
    migrated_from: str | None
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.tables.values())


def _member(table: str) -> str:
    return f"{TABLES_DIR}{table}.jsonl"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _specs_for(revision: str, engine: Any) -> list[TableSpec]:
    """This release's models at HEAD; an older revision's tables as the file has them."""
    if revision == revisions.HEAD:
        return table_specs(Base.metadata)
    return table_specs(reflected_metadata(engine))


# --------------------------------------------------------------------------------------
# Export


def _clean_settings(settings: Mapping[str, Any]) -> bytes:
    cleaned = {k: v for k, v in settings.items() if k not in MACHINE_SETTINGS}
    return json.dumps(cleaned, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8")


def _zip_info(name: str, created: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=created.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def export_archive(
    store: Store,
    settings: Mapping[str, Any],
    out_path: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    kdf: tuple[int, tuple[int, int, int]] | None = None,
) -> ArchiveSummary:
    """Write every row of ``store``, and ``settings``, to the archive ``out_path``.

    Sealed with ``passphrase`` when one is given. ``kdf`` overrides the key derivation
    (tests use a cheap one). Raises ArchiveError (CANNOT_WRITE, DISK_FULL, DATABASE,
    BAD_ROW, CANCELLED); the file is then not there (an existing one is left as it was).
    """
    started = time.perf_counter()
    out = Path(out_path).expanduser()
    part = out.with_name(out.name + ".part")
    if passphrase is not None and not passphrase:
        raise ValueError("an empty passphrase seals nothing")
    if passphrase is not None:
        passphrase.encode("utf-8")  # UnicodeEncodeError (a ValueError) for a lone surrogate
    if _same_file(out, store.path):
        raise ArchiveError(
            ArchiveProblem.CANNOT_WRITE,
            f"{out} is the database itself: choose another file for the archive.",
            path=out,
            detail="the database itself",
        )
    settings_bytes = _clean_settings(settings)
    created = datetime.now(UTC).replace(microsecond=0)
    db_errors = _db_errors(store)
    raw = store.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        cursor = connection.cursor()
        try:
            cursor.execute("BEGIN")  # one snapshot for every table, however long this takes
            revision = _revision(cursor)
            specs = _specs_for(revision, store.engine)
            _check_columns(cursor, specs, store.path)
            counts = {
                s.name: int(cursor.execute(f"SELECT count(*) FROM {_quote(s.name)}").fetchone()[0])
                for s in specs
            }
        except (db_errors, SQLAlchemyError) as error:
            raise _database_error(store.path, error) from error
        written = _write_file(
            part,
            out,
            passphrase,
            kdf,
            lambda zf: _write_members(
                zf,
                cursor,
                specs,
                counts,
                settings_bytes,
                revision,
                created,
                progress,
                cancelled,
                store.path,
                db_errors,
            ),
        )
    finally:
        with suppress(Exception):
            raw.driver_connection.rollback()  # type: ignore[union-attr]
        raw.close()
    if progress is not None:
        progress(1.0)
    return ArchiveSummary(
        path=out,
        bytes=out.stat().st_size,
        sealed=passphrase is not None,
        schema_revision=revision,
        created_at=created,
        tables=written,
        seconds=time.perf_counter() - started,
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and a.samefile(b))
    except OSError:
        return False


def _db_errors(store: Store) -> type[Exception]:
    """The DB-API's error class (sqlite3's, or SQLCipher's for an encrypted store)."""
    return cast(type[Exception], store.engine.dialect.loaded_dbapi.Error)


def _integrity_error(store: Store) -> type[Exception]:
    return cast(type[Exception], store.engine.dialect.loaded_dbapi.IntegrityError)


def _database_error(path: Path, error: BaseException) -> ArchiveError:
    return ArchiveError(
        ArchiveProblem.DATABASE,
        f"The database {path} could not be read ({error}). Nothing was written.",
        path=path,
        detail=str(error),
    )


def _revision(cursor: Any) -> str:
    row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or not isinstance(row[0], str):
        raise ArchiveError(
            ArchiveProblem.DATABASE, "The database has no schema revision.", detail="no revision"
        )
    return row[0]


def _check_columns(cursor: Any, specs: Sequence[TableSpec], path: Path) -> None:
    """The file's tables have exactly the columns the specs name: nothing left out."""
    for spec in specs:
        found = [row[1] for row in cursor.execute(f"PRAGMA table_info({_quote(spec.name)})")]
        if set(found) != set(spec.names):
            detail = f"table {spec.name} has columns {sorted(found)}, expected {list(spec.names)}"
            raise ArchiveError(
                ArchiveProblem.DATABASE,
                f"The database {path} does not have the tables this release knows ({detail}). "
                "Nothing was written.",
                path=path,
                table=spec.name,
                detail=detail,
            )


def _write_file(
    part: Path,
    out: Path,
    passphrase: str | None,
    kdf: tuple[int, tuple[int, int, int]] | None,
    fill: Callable[[zipfile.ZipFile], dict[str, int]],
) -> dict[str, int]:
    """``fill`` a ZIP (sealed or not) in ``part``, sync it, rename it to ``out``."""
    try:
        with ExitStack() as stack:
            handle = stack.enter_context(part.open("wb"))
            target: Any = handle
            sealer = None
            if passphrase is not None:
                from repdesk.services.archive_seal import SealingWriter

                sealer = SealingWriter(handle, passphrase, kdf)
                target = sealer
            zf = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
            try:
                written = fill(zf)
            except BaseException:
                # Left unfinished (its file is deleted): no end records, now or when the
                # ZipFile is collected (its __del__ would write them to a closed file).
                zf.fp = None
                raise
            zf.close()
            if sealer is not None:
                sealer.close()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, out)
    except BaseException as error:
        with suppress(OSError):
            part.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _write_error(out, error) from error
        raise
    _sync_folder(out.parent)
    return written


def _write_error(path: Path, error: OSError) -> ArchiveError:
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ArchiveError(
            ArchiveProblem.DISK_FULL,
            f"The disk is full: {path} could not be written. Free some space and try "
            "again; nothing was written.",
            path=path,
            detail=reason,
        )
    return ArchiveError(
        ArchiveProblem.CANNOT_WRITE,
        f"{path} cannot be written ({reason}). Choose another folder; nothing was written.",
        path=path,
        detail=reason,
    )


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class _MemberWriter:
    """Writes the ZIP's members on one worker thread, in the order given, while the
    caller reads and encodes the next rows: deflate, SHA-256, encryption and the file
    writes release the GIL, so the two overlap. At most ``depth`` writes wait."""

    def __init__(self, zf: zipfile.ZipFile, created: datetime, depth: int = 4) -> None:
        self._zf = zf
        self._created = created
        self._depth = depth
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="repdesk-archive")
        self._pending: deque[Future[None]] = deque()
        self._stream: IO[bytes] | None = None
        self._name = ""
        self._sha = hashlib.sha256()
        self._size = 0
        self.members: dict[str, dict[str, Any]] = {}

    def _submit(self, fn: Callable[..., None], *args: Any) -> None:
        self._pending.append(self._pool.submit(fn, *args))
        while len(self._pending) > self._depth:
            self._pending.popleft().result()  # a failed write raises here

    def begin(self, name: str) -> None:
        self._submit(self._begin, name)

    def write(self, data: bytes) -> None:
        self._submit(self._write, data)

    def end(self) -> None:
        self._submit(self._end)

    def finish(self) -> None:
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._pool.shutdown(wait=True)

    def abort(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()
        if self._stream is not None:
            with suppress(Exception):
                self._stream.close()

    # On the worker thread:

    def _begin(self, name: str) -> None:
        info = _zip_info(name, self._created)
        self._stream = self._zf.open(info, "w", force_zip64=True)
        self._name = name
        self._sha = hashlib.sha256()
        self._size = 0

    def _write(self, data: bytes) -> None:
        assert self._stream is not None
        self._sha.update(data)
        self._size += len(data)
        self._stream.write(data)

    def _end(self) -> None:
        assert self._stream is not None
        self._stream.close()
        self._stream = None
        self.members[self._name] = {"sha256": self._sha.hexdigest(), "bytes": self._size}


def _write_members(
    zf: zipfile.ZipFile,
    cursor: Any,
    specs: Sequence[TableSpec],
    counts: Mapping[str, int],
    settings_bytes: bytes,
    revision: str,
    created: datetime,
    progress: Progress | None,
    cancelled: Cancelled | None,
    db_path: Path,
    db_errors: type[Exception],
) -> dict[str, int]:
    writer = _MemberWriter(zf, created)
    collecting = gc.isenabled()
    gc.disable()  # a million short-lived tuples: no point in looking for cycles among them
    try:
        written = _write_tables(
            writer, cursor, specs, counts, settings_bytes, progress, cancelled, db_path, db_errors
        )
        writer.finish()
    except BaseException:
        writer.abort()
        raise
    finally:
        if collecting:
            gc.enable()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": revision,
        "created_at": created.isoformat().replace("+00:00", "Z"),
        "tables": written,
        "members": writer.members,
    }
    with zf.open(_zip_info(MANIFEST, created), "w") as stream:
        stream.write(json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    return written


def _write_tables(
    writer: _MemberWriter,
    cursor: Any,
    specs: Sequence[TableSpec],
    counts: Mapping[str, int],
    settings_bytes: bytes,
    progress: Progress | None,
    cancelled: Cancelled | None,
    db_path: Path,
    db_errors: type[Exception],
) -> dict[str, int]:
    writer.begin(SETTINGS)
    writer.write(settings_bytes)
    writer.end()
    total = max(1, sum(counts.values()))
    done = 0
    written: dict[str, int] = {}
    for spec in specs:
        rows = 0
        writer.begin(_member(spec.name))
        try:
            cursor.execute(
                f"SELECT {', '.join(map(_quote, spec.names))} FROM {_quote(spec.name)} "
                "ORDER BY rowid"
            )
            while True:
                if cancelled is not None and cancelled():
                    raise _cancelled("export")
                batch = cursor.fetchmany(_BATCH)
                if not batch:
                    break
                writer.write(spec.encode_rows(batch))
                rows += len(batch)
                done += len(batch)
                if progress is not None:
                    progress(min(0.99, done / total))
        except db_errors as error:
            raise _database_error(db_path, error) from error
        writer.end()
        written[spec.name] = rows
    return written


def _cancelled(what: str) -> ArchiveError:
    return ArchiveError(ArchiveProblem.CANCELLED, f"The {what} was cancelled; nothing was written.")


# --------------------------------------------------------------------------------------
# Reading: the envelope, the ZIP, the manifest


@dataclass
class _Manifest:
    info: ArchiveInfo
    members: dict[str, tuple[str, int]]  # name -> (sha256, bytes)


@dataclass
class _Zip:
    path: Path
    zf: zipfile.ZipFile
    limits: ArchiveLimits
    infos: dict[str, zipfile.ZipInfo]


@dataclass
class _Opened(_Zip):
    manifest: _Manifest


def _damaged(path: Path, member: str | None, detail: str) -> ArchiveError:
    where = f" (member {member}: {detail})" if member else f" ({detail})"
    return ArchiveError(
        ArchiveProblem.DAMAGED,
        f"The archive {path} is damaged{where}. Nothing was imported; use another copy.",
        path=path,
        member=member,
        detail=detail,
    )


def _not_archive(path: Path, detail: str) -> ArchiveError:
    return ArchiveError(
        ArchiveProblem.NOT_AN_ARCHIVE,
        f"{path} is not a RepDesk archive ({detail}).",
        path=path,
        detail=detail,
    )


def _too_big(path: Path, detail: str, member: str | None = None) -> ArchiveError:
    return ArchiveError(
        ArchiveProblem.TOO_BIG,
        f"The archive {path} is too big to read safely ({detail}). Nothing was imported.",
        path=path,
        member=member,
        detail=detail,
    )


@contextmanager
def _open_archive(path: Path, passphrase: str | None, limits: ArchiveLimits) -> Iterator[_Opened]:
    from repdesk.services import archive_seal as seal

    path = Path(path).expanduser()
    with ExitStack() as stack:
        try:
            handle = stack.enter_context(path.open("rb"))
            head = handle.read(len(seal.MAGIC))
            handle.seek(0)
        except OSError as error:
            reason = error.strerror or str(error)
            raise ArchiveError(
                ArchiveProblem.CANNOT_READ,
                f"The archive {path} cannot be read ({reason}).",
                path=path,
                detail=reason,
            ) from error
        sealed = seal.is_sealed(head)
        source: BinaryIO = handle
        file_bytes = os.fstat(handle.fileno()).st_size
        if sealed:
            if passphrase is None:
                raise ArchiveError(
                    ArchiveProblem.NEEDS_PASSPHRASE,
                    f"The archive {path} is sealed with a passphrase: give it to open it.",
                    path=path,
                )
            source = cast(BinaryIO, _unseal(path, handle, passphrase))
        elif not head.startswith(b"PK"):
            raise _not_archive(path, "neither a ZIP file nor a sealed archive")
        try:
            zf = stack.enter_context(zipfile.ZipFile(source))
            infos = zf.infolist()
        except ArchiveError:
            raise
        except seal.SealDamagedError as error:
            raise _damaged(path, None, str(error)) from error
        except Exception as error:  # zipfile raises many kinds on a broken directory
            if not sealed and not head.startswith(b"PK\x03\x04"):
                raise _not_archive(path, "not a readable ZIP file") from error
            raise _damaged(path, None, f"the ZIP directory cannot be read: {error}") from error
        archive = _Zip(path, zf, limits, _directory(path, infos, limits))
        manifest = _read_manifest(archive, sealed, file_bytes)
        yield _Opened(path, zf, limits, archive.infos, manifest)


def _unseal(path: Path, handle: BinaryIO, passphrase: str) -> Any:
    from repdesk.services import archive_seal as seal

    try:
        return seal.SealedReader(handle, passphrase)
    except seal.WrongPassphraseError as error:
        raise ArchiveError(
            ArchiveProblem.WRONG_PASSPHRASE,
            f"The passphrase does not open the archive {path}. Check it and try again; "
            "nothing was changed.",
            path=path,
        ) from error
    except seal.UnsupportedSealError as error:
        raise ArchiveError(
            ArchiveProblem.UNSUPPORTED,
            f"The archive {path} is sealed in a way this RepDesk cannot open ({error}). "
            "Update RepDesk.",
            path=path,
            detail=str(error),
        ) from error
    except seal.SealError as error:
        raise _damaged(path, None, str(error)) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise ArchiveError(
            ArchiveProblem.CANNOT_READ,
            f"The archive {path} cannot be read ({reason}).",
            path=path,
            detail=reason,
        ) from error


def _directory(
    path: Path, infos: list[zipfile.ZipInfo], limits: ArchiveLimits
) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once the ZIP's directory is within the limits."""
    if len(infos) > limits.max_members:
        raise _too_big(path, f"{len(infos)} members, at most {limits.max_members} expected")
    found: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in found:
            raise _damaged(path, name, "the member is there twice")
        found[name] = info
        if info.flag_bits & 0x1:
            raise _damaged(path, name, "the member is encrypted the ZIP way")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(path, name, f"unknown compression {info.compress_type}")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _too_big(path, f"more than {limits.max_total_bytes:,} bytes unpacked")
        if info.file_size > limits.ratio_from and info.file_size > limits.max_ratio * max(
            1, info.compress_size
        ):
            raise _too_big(
                path,
                f"{name} unpacks {info.compress_size:,} bytes to {info.file_size:,}",
                member=name,
            )
    return found


def _read_small(opened: _Zip, name: str) -> bytes:
    info = opened.infos.get(name)
    if info is None:
        raise _damaged(opened.path, name, "the member is missing")
    if info.file_size > opened.limits.max_small_member:
        raise _too_big(opened.path, f"{name} has {info.file_size:,} bytes", member=name)
    with _member_errors(opened, name), opened.zf.open(info) as stream:
        data = stream.read(opened.limits.max_small_member + 1)
    if len(data) > opened.limits.max_small_member:  # pragma: no cover - zipfile stops first
        raise _too_big(opened.path, f"{name} is larger than it says", member=name)
    return data


@contextmanager
def _member_errors(opened: _Zip, name: str) -> Iterator[None]:
    """Whatever zipfile, zlib or the envelope raise on a broken member: DAMAGED."""
    from repdesk.services.archive_seal import SealError

    try:
        yield
    except ArchiveError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OverflowError,
        SealError,
        OSError,
    ) as error:
        raise _damaged(opened.path, name, str(error) or type(error).__name__) from error


def _read_manifest(opened: _Zip, sealed: bool, file_bytes: int) -> _Manifest:
    path = opened.path
    if MANIFEST not in opened.infos:
        raise _not_archive(path, "it has no manifest.json")
    data = _read_small(opened, MANIFEST)
    try:
        raw = strict_json(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _damaged(path, MANIFEST, f"not valid JSON: {error}") from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _not_archive(path, "its manifest is not a RepDesk archive's")
    version = raw.get("format_version")
    if type(version) is not int or version < 1:
        raise _damaged(path, MANIFEST, "format_version is not a number from 1")
    if version > FORMAT_VERSION:
        raise ArchiveError(
            ArchiveProblem.NEWER_FORMAT,
            f"The archive {path} was made by a newer RepDesk (archive format {version}). "
            "Update RepDesk to import it.",
            path=path,
            detail=f"format {version}",
        )

    def bad(what: str) -> ArchiveError:
        return _damaged(path, MANIFEST, what)

    app_version = raw.get("app_version")
    revision = raw.get("schema_revision")
    created_text = raw.get("created_at")
    tables = raw.get("tables")
    members = raw.get("members")
    if not isinstance(app_version, str) or len(app_version) > 100:
        raise bad("app_version is not text")
    if not isinstance(revision, str) or not revision or len(revision) > 200:
        raise bad("schema_revision is not text")
    if not isinstance(created_text, str):
        raise bad("created_at is not text")
    try:
        created = datetime.fromisoformat(created_text.replace("Z", "+00:00"))
    except ValueError as error:
        raise bad(f"created_at is not a date and time: {created_text[:40]!r}") from error
    created = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
    if not isinstance(tables, dict) or not isinstance(members, dict):
        raise bad("tables and members are not objects")
    counts: dict[str, int] = {}
    for name, count in tables.items():
        if not NAME.match(name) or type(count) is not int or count < 0:
            raise bad(f"the entry of table {name[:40]!r} is wrong")
        counts[name] = count
    checks: dict[str, tuple[str, int]] = {}
    for name, entry in members.items():
        if not isinstance(entry, dict):
            raise bad(f"the entry of member {name[:60]!r} is not an object")
        sha, size = entry.get("sha256"), entry.get("bytes")
        if not isinstance(sha, str) or not _SHA256.match(sha) or type(size) is not int:
            raise bad(f"the entry of member {name[:60]!r} is wrong")
        checks[name] = (sha, size)
    needed = [SETTINGS, *(_member(name) for name in counts)]
    for name in needed:
        if name not in checks:
            raise bad(f"{name} is not listed")
    for name, (_, size) in checks.items():
        info = opened.infos.get(name)
        if info is None:
            raise _damaged(path, name, "the member is missing")
        if info.file_size != size:
            raise _damaged(path, name, f"{info.file_size:,} bytes, the manifest says {size:,}")
    if revision not in revisions.KNOWN:
        raise ArchiveError(
            ArchiveProblem.NEWER_SCHEMA,
            f"The archive {path} holds a database from a newer RepDesk (schema {revision}). "
            "Update RepDesk to import it.",
            path=path,
            detail=revision,
        )
    settings = _read_settings(opened, checks[SETTINGS])
    archive_info = ArchiveInfo(
        path=path,
        sealed=sealed,
        file_bytes=file_bytes,
        format_version=version,
        app_version=app_version,
        schema_revision=revision,
        created_at=created,
        tables=counts,
        settings=settings,
    )
    return _Manifest(archive_info, checks)


def _read_settings(opened: _Zip, check: tuple[str, int]) -> dict[str, Any]:
    data = _read_small(opened, SETTINGS)
    if hashlib.sha256(data).hexdigest() != check[0]:
        raise _damaged(opened.path, SETTINGS, "its checksum does not match")
    try:
        settings = strict_json(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _damaged(opened.path, SETTINGS, f"not valid JSON: {error}") from error
    if not isinstance(settings, dict):
        raise _damaged(opened.path, SETTINGS, "not a JSON object")
    return settings


class _MemberLines:
    """A table member's lines, streamed; its SHA-256 checked at the end (``verify``)."""

    def __init__(self, opened: _Opened, name: str) -> None:
        self.opened = opened
        self.name = name
        self.expected = opened.manifest.members[name]
        self.sha = hashlib.sha256()
        self.size = 0
        self.line = 0
        self._stream: IO[bytes] | None = None
        self._done = False

    def __enter__(self) -> _MemberLines:
        with _member_errors(self.opened, self.name):
            self._stream = self.opened.zf.open(self.opened.infos[self.name])
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            with suppress(Exception):
                self._stream.close()

    def _read(self) -> bytes:
        assert self._stream is not None
        with _member_errors(self.opened, self.name):
            chunk = self._stream.read(1 << 20)
        self.sha.update(chunk)
        self.size += len(chunk)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        limit = self.opened.limits.max_line
        pending = b""
        while True:
            chunk = self._read()
            if not chunk:
                break
            parts = (pending + chunk).split(b"\n")
            pending = parts.pop()
            for part in parts:
                self.line += 1
                if len(part) > limit:
                    raise self._too_long()
                yield part
            if len(pending) > limit:
                self.line += 1
                raise self._too_long()
        if pending:
            self.line += 1
            yield pending
        self._done = True
        self._check()

    def _too_long(self) -> ArchiveError:
        limit = self.opened.limits.max_line
        return _too_big(
            self.opened.path,
            f"line {self.line} of {self.name} is longer than {limit:,} bytes",
            member=self.name,
        )

    def _check(self) -> None:
        sha, size = self.expected
        if self.size != size or self.sha.hexdigest() != sha:
            raise _damaged(self.opened.path, self.name, "its checksum does not match")

    def verify(self) -> None:
        """Read to the end and check the checksum (a damaged member beats a bad row)."""
        if self._done:
            return
        while self._read():
            pass
        self._done = True
        self._check()


def read_archive_manifest(
    path: Path,
    passphrase: str | None = None,
    *,
    verify: bool = True,
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> ArchiveInfo:
    """The archive's manifest and settings, for a preview (created, app version, counts).

    With ``verify`` (the default) every member is read and its SHA-256 checked, so a
    damaged archive is known before an import starts; without, only the manifest and the
    settings are read (fast). Raises ArchiveError: NOT_AN_ARCHIVE, NEEDS_PASSPHRASE,
    WRONG_PASSPHRASE, DAMAGED, NEWER_FORMAT, NEWER_SCHEMA, UNSUPPORTED, TOO_BIG,
    CANNOT_READ.
    """
    with _open_archive(path, passphrase, limits) as opened:
        if verify:
            for name in opened.manifest.members:
                if name != SETTINGS:
                    with _MemberLines(opened, name) as lines:
                        lines.verify()
        return opened.manifest.info


# --------------------------------------------------------------------------------------
# Import


def _bad_row(
    opened: _Opened, table: str, line: int | None, field: str | None, detail: str
) -> ArchiveError:
    where = f"table {table}"
    if line is not None:
        where += f", line {line}"
    if field is not None:
        where += f", field {field}"
    return ArchiveError(
        ArchiveProblem.BAD_ROW,
        f"The archive {opened.path} has a wrong value in {where}: {detail}. Nothing was imported.",
        path=opened.path,
        member=_member(table),
        table=table,
        line=line,
        field=field,
        detail=detail,
    )


def _parse_row(opened: _Opened, spec: TableSpec, line: int, data: bytes) -> tuple[Any, ...]:
    try:
        return spec.decode_line(data)
    except RowError as error:
        raise _bad_row(opened, spec.name, line, error.field, error.detail) from error


def import_archive(
    path: Path,
    target_db_path: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> ImportSummary:
    """Make a new database at ``target_db_path`` holding every row of the archive.

    The target must not exist (or be an empty file). The archive's settings come back in
    the summary, for the caller to apply. Raises ArchiveError (the kinds of
    read_archive_manifest, and BAD_ROW, TARGET_EXISTS, CANNOT_WRITE, DISK_FULL, DATABASE,
    CANCELLED); then no file is left at the target.
    """
    started = time.perf_counter()
    target = Path(target_db_path).expanduser()
    _check_target(target)
    with _open_archive(path, passphrase, limits) as opened:
        info = opened.manifest.info
        part = target.with_name(target.name + ".part")
        _remove_database(part)
        try:
            tables = _build(opened, part, progress, cancelled)
            os.replace(part, target)
        except BaseException as error:
            _remove_database(part)
            if isinstance(error, OSError):
                raise _write_error(target, error) from error
            if isinstance(error, StoreError | SQLAlchemyError):
                raise ArchiveError(
                    ArchiveProblem.DATABASE,
                    f"The database {target} could not be made ({error}). Nothing was written.",
                    path=target,
                    detail=str(error),
                ) from error
            raise
    _sync_folder(target.parent)
    if progress is not None:
        progress(1.0)
    return ImportSummary(
        path=target,
        info=info,
        tables=tables,
        settings=dict(info.settings),
        migrated_from=None if info.schema_revision == revisions.HEAD else info.schema_revision,
        seconds=time.perf_counter() - started,
    )


def _check_target(target: Path) -> None:
    if target.exists() and (not target.is_file() or target.stat().st_size > 0):
        raise ArchiveError(
            ArchiveProblem.TARGET_EXISTS,
            f"{target} already exists and is not empty: choose a new file to import into.",
            path=target,
        )
    if not target.parent.is_dir():
        raise ArchiveError(
            ArchiveProblem.CANNOT_WRITE,
            f"{target} cannot be written (its folder does not exist). Nothing was written.",
            path=target,
            detail="no such folder",
        )


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _build(
    opened: _Opened, part: Path, progress: Progress | None, cancelled: Cancelled | None
) -> dict[str, int]:
    """The new database in ``part``: created at the archive's revision, filled in one
    transaction, brought to HEAD, analysed, closed as one standalone file."""
    revision = opened.manifest.info.schema_revision
    if revision == revisions.HEAD:
        store = open_store(part)
    else:
        from alembic import command

        from repdesk.db.migrate import alembic_config

        store = Store(path=part, engine=make_engine(part), backup_dir=part.parent / "backups")
        try:
            with store.engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
        except BaseException:
            store.engine.dispose()
            raise
    try:
        specs = _specs_for(revision, store.engine)
        _check_tables(opened, specs)
        counts = _fill(opened, store, specs, progress, cancelled)
        if revision != revisions.HEAD:
            from repdesk.db import migrate

            migrate.upgrade(store.engine)
        store.analyze()
        # One standalone file, as a backup is; the store turns WAL back on when it opens
        # it. On the driver's connection: the mode cannot change inside a transaction,
        # which SQLAlchemy's connections may begin before any statement.
        raw = store.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            raw.close()
    except BaseException:
        store.engine.dispose()
        raise
    store.close()
    _sync_file(part)  # written without syncs: durable before it gets its name
    return counts


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_tables(opened: _Opened, specs: Sequence[TableSpec]) -> None:
    expected = {s.name for s in specs}
    found = set(opened.manifest.info.tables)
    if found != expected:
        missing = sorted(expected - found)
        extra = sorted(found - expected)
        detail = "; ".join(
            part
            for part in (
                f"tables missing: {', '.join(missing)}" if missing else "",
                f"unknown tables: {', '.join(extra)}" if extra else "",
            )
            if part
        )
        raise _damaged(opened.path, MANIFEST, detail)


def _fill(
    opened: _Opened,
    store: Store,
    specs: Sequence[TableSpec],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> dict[str, int]:
    """Every row into the new file, in one transaction.

    The file is new and nobody else has it open, so it is written as a bulk load: the
    journal in memory (the transaction still rolls back, a savepoint too) instead of the
    write-ahead log, which would write every page twice; no sync until the end (the file
    only gets its name once it is complete and synced); a large page cache; each table's
    plain indexes dropped and built again after its rows (sorted keys build an index
    much faster than random UUIDs); foreign keys checked once at the end, naming the
    first wrong reference; the garbage collector paused while a million tuples live.
    """
    db_errors = _db_errors(store)
    integrity = _integrity_error(store)
    raw = store.engine.raw_connection()
    collecting = gc.isenabled()
    gc.disable()
    try:
        connection = raw.driver_connection
        assert connection is not None
        cursor = connection.cursor()
        for pragma in (
            "foreign_keys=OFF",
            "journal_mode=MEMORY",
            "synchronous=OFF",
            f"cache_size=-{_IMPORT_CACHE_KIB}",
        ):
            cursor.execute(f"PRAGMA {pragma}").fetchall()
        cursor.execute("BEGIN IMMEDIATE")
        # The new file holds the rows its migrations seed (lead sources, checklist
        # lines): the archive's own rows replace them.
        for spec in reversed(specs):
            cursor.execute(f"DELETE FROM {_quote(spec.name)}")
        total = max(1, opened.manifest.info.total_rows)
        counts: dict[str, int] = {}
        for spec in specs:
            indexes = _drop_indexes(cursor, spec.name)
            counts[spec.name] = _fill_table(
                opened, cursor, spec, integrity, progress, cancelled, sum(counts.values()), total
            )
            for create in indexes:
                cursor.execute(create)
            if cancelled is not None and cancelled():
                raise _cancelled("import")
        _check_references(opened, cursor, specs)
        connection.commit()
        cursor.execute("PRAGMA foreign_keys=ON")
    except db_errors as error:
        raise _target_error(store.path, error) from error
    finally:
        if collecting:
            gc.enable()
        with suppress(Exception):
            raw.driver_connection.rollback()  # type: ignore[union-attr]
        raw.invalidate()  # never back to the pool with these settings
    return counts


_IMPORT_CACHE_KIB = 256 * 1024


def _target_error(path: Path, error: BaseException) -> ArchiveError:
    if classify_sqlite_error(error) is StoreProblem.DISK_FULL:
        return ArchiveError(
            ArchiveProblem.DISK_FULL,
            f"The disk is full: {path} could not be written. Free some space and try "
            "again; nothing was written.",
            path=path,
            detail=str(error),
        )
    return ArchiveError(
        ArchiveProblem.DATABASE,
        f"The new database could not be written ({error}). Nothing was imported.",
        path=path,
        detail=str(error),
    )


def _drop_indexes(cursor: Any, table: str) -> list[str]:
    """Drop the table's plain indexes (not the unique ones: they check each row as it
    goes in); their CREATE statements, to build them again."""
    found = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    creates = []
    for name, sql in found:
        if not re.match(r"\s*CREATE\s+INDEX\b", sql, re.IGNORECASE):
            continue
        cursor.execute(f"DROP INDEX {_quote(name)}")
        creates.append(sql)
    return creates


def _fill_table(
    opened: _Opened,
    cursor: Any,
    spec: TableSpec,
    integrity_error: type[Exception],
    progress: Progress | None,
    cancelled: Cancelled | None,
    done: int,
    total: int,
) -> int:
    sql = (
        f"INSERT INTO {_quote(spec.name)} ({', '.join(map(_quote, spec.names))}) "
        f"VALUES ({', '.join('?' * len(spec.columns))})"
    )
    rows = 0
    with _MemberLines(opened, _member(spec.name)) as lines:
        batch: list[tuple[Any, ...]] = []
        try:
            for data in lines:
                batch.append(_parse_row(opened, spec, lines.line, data))
                if len(batch) >= _BATCH:
                    _insert(opened, cursor, spec, sql, batch, rows + 1, integrity_error)
                    rows += len(batch)
                    batch = []
                    if cancelled is not None and cancelled():
                        raise _cancelled("import")
                    if progress is not None:
                        progress(min(0.9, 0.9 * (done + rows) / total))
            if batch:
                _insert(opened, cursor, spec, sql, batch, rows + 1, integrity_error)
                rows += len(batch)
        except ArchiveError as error:
            if error.kind in (ArchiveProblem.BAD_ROW, ArchiveProblem.TOO_BIG):
                lines.verify()  # a damaged member explains a bad row: say so
            raise
    expected = opened.manifest.info.tables[spec.name]
    if rows != expected:
        raise _damaged(
            opened.path, _member(spec.name), f"{rows:,} rows, the manifest says {expected:,}"
        )
    return rows


def _check_references(opened: _Opened, cursor: Any, specs: Sequence[TableSpec]) -> None:
    """The first row whose foreign key points at nothing, as a BAD_ROW naming it."""
    for spec in specs:
        problem = cursor.execute(f"PRAGMA foreign_key_check({_quote(spec.name)})").fetchone()
        if problem is None:
            continue
        _, rowid, parent, fkid = problem
        column = None
        for row in cursor.execute(f"PRAGMA foreign_key_list({_quote(spec.name)})"):
            if row[0] == fkid:
                column = row[3]
        line = cursor.execute(
            f"SELECT count(*) FROM {_quote(spec.name)} WHERE rowid <= ?", (rowid,)
        ).fetchone()[0]
        raise _bad_row(
            opened, spec.name, line, column, f"refers to a row of {parent} that is not there"
        )


def _insert(
    opened: _Opened,
    cursor: Any,
    spec: TableSpec,
    sql: str,
    batch: list[tuple[Any, ...]],
    first_line: int,
    integrity_error: type[Exception],
) -> None:
    """Insert a batch; a constraint it breaks (a unique key, a value that must be there)
    is found row by row and named (nothing of the batch stays)."""
    cursor.execute("SAVEPOINT archive_rows")
    try:
        cursor.executemany(sql, batch)
    except integrity_error:
        cursor.execute("ROLLBACK TO archive_rows")
        cursor.execute("RELEASE archive_rows")
        for n, row in enumerate(batch):
            try:
                cursor.execute(sql, row)
            except integrity_error as error:
                field_name, detail = _constraint(str(error))
                raise _bad_row(opened, spec.name, first_line + n, field_name, detail) from error
        raise  # pragma: no cover - the batch failed, so one of its rows does
    cursor.execute("RELEASE archive_rows")


def _constraint(message: str) -> tuple[str | None, str]:
    """The column a failed constraint is about, and what to tell the rep."""
    match = re.search(r"constraint failed: ([^,]+)", message)
    first = match.group(1).strip() if match else ""
    column = first.split(".", 1)[1] if "." in first else None
    if message.startswith("UNIQUE"):
        return column, "the same value is in another row already (it must be unique)"
    if message.startswith("NOT NULL"):
        return column, "null, and it must have a value"
    return column, message
