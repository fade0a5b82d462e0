"""Headless commands: ``repdesk demo``, ``repdesk report weekly``, ``repdesk archive``
(export everything to one portable file, import it on another laptop) and, as later
issues land, backups.

They need no display and no Qt event loop, so a manager's export can run on a
server. Chinese report texts come from the Qt translation files: only then is
QtCore loaded (repdesk/gui/weekly_labels.py), still without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from repdesk import __version__
from repdesk.settings import Settings

if TYPE_CHECKING:
    from repdesk.db.store import Store
    from repdesk.reports.chart_labels import ChartLabels
    from repdesk.reports.weekly_labels import WeeklyLabels

COMMANDS = ("demo", "report", "archive", "paths")
REPORT_LANGUAGES = ("en", "zh_CN")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="repdesk", description="RepDesk command line.")
    parser.add_argument("--version", action="version", version=f"RepDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser(
        "demo",
        help="fill an empty database with realistic demo data",
        description="Fill an empty database with realistic, deterministic demo data "
        "(English and Chinese) for every table.",
    )
    demo.add_argument("--customers", type=int, default=300, help="how many customers (300)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (1): same seed, same data")
    demo.add_argument("--db", type=Path, help="database file (default: the settings' one)")

    report = sub.add_parser(
        "report",
        help="write a report for the manager",
        description="Write a report for the manager, without a window.",
    )
    reports = report.add_subparsers(dest="report", required=True)
    weekly = reports.add_parser(
        "weekly",
        help="the weekly summary as a PDF with charts and an XLSX workbook (and CSV files)",
        description="Write the weekly summary of one ISO week (Monday to Sunday): visits "
        "planned and made, new prospects by source, grade and tier changes, dissatisfaction "
        "signals, objections and what worked, follow-ups done and overdue, time and "
        "expenses by tier, next week's plan. Writes DIR/weekly-YYYY-Www.pdf (a cover "
        "with the key numbers, the charts, the tables), DIR/weekly-YYYY-Www.xlsx (one "
        "sheet per table) and, with --csv, one CSV file per table; prints what it wrote.",
    )
    weekly.add_argument(
        "--week",
        metavar="YYYY-Www",
        help="the ISO week, e.g. 2026-W47 (default: the last complete week, the "
        "Monday-to-Sunday week before the current one)",
    )
    weekly.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="folder for the files (made if missing)",
    )
    weekly.add_argument(
        "--db", type=Path, metavar="FILE", help="database file (default: the settings' one)"
    )
    weekly.add_argument(
        "--csv", action="store_true", help="also write one CSV file per table (UTF-8 with BOM)"
    )
    _db_passphrase_option(weekly)
    weekly.add_argument(
        "--lang",
        choices=REPORT_LANGUAGES,
        help="language of the headings (default: the settings' language; 'system' "
        "there follows LC_ALL / LC_MESSAGES / LANG)",
    )
    _archive_parser(sub)
    sub.add_parser(
        "paths",
        help="where RepDesk keeps the database, its backups, the settings and the log",
        description="Print where RepDesk keeps the database, its backups, the settings and "
        "the log. An installed app and a pip-installed one use the same places, so a rep "
        "can switch between them and find the same data.",
    )
    return parser


def _db_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ask-db-passphrase",
        action="store_true",
        help="the database is encrypted: ask for its passphrase at a prompt (not shown)",
    )


def _open_store(command: str, path: Path, ask: bool) -> Store | None:
    """The store at ``path``, its passphrase asked for if ``ask``; None (said why) if not."""
    from repdesk.db.connection import Passphrase
    from repdesk.db.errors import StoreError, StoreProblem
    from repdesk.db.store import open_store

    passphrase = None
    if ask:
        import getpass

        passphrase = Passphrase(getpass.getpass(f"Passphrase of {path}: "))
    try:
        return open_store(path, passphrase=passphrase)
    except StoreError as error:
        hint = " (--ask-db-passphrase)" if error.problem is StoreProblem.ENCRYPTED else ""
        print(f"{command}: {error}{hint}", file=sys.stderr)
        return None


def _passphrase_options(parser: argparse.ArgumentParser, verb: str) -> None:
    # Never the passphrase itself as an argument: it would be kept in the shell's history
    # and shown to every user by ps.
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=f"{verb} with the passphrase in file F (its first line; - reads standard input)",
    )
    group.add_argument(
        "--ask-passphrase",
        action="store_true",
        help=f"{verb} with a passphrase typed at a prompt (not shown)",
    )


def _archive_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    archive = sub.add_parser(
        "archive",
        help="export everything to one portable archive, or import one",
        description="Export every record, the playbook and the settings to one portable "
        "archive file (a ZIP, optionally sealed with a passphrase), or import an archive "
        "into a new database, on this laptop or another.",
    )
    actions = archive.add_subparsers(dest="action", required=True)
    export = actions.add_parser(
        "export",
        allow_abbrev=False,  # no --passphrase taken for --passphrase-file
        help="write everything to an archive",
        description="Write every row of the database and the settings (without the data "
        "folder) to FILE (.repdesk-archive). With a passphrase, the archive is sealed "
        "(AES-256-GCM). The file appears only when it is complete.",
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the archive")
    export.add_argument(
        "--db", type=Path, metavar="FILE", help="database file (default: the settings' one)"
    )
    _db_passphrase_option(export)
    _passphrase_options(export, "seal it")
    imp = actions.add_parser(
        "import",
        allow_abbrev=False,  # no --passphrase taken for --passphrase-file
        help="make a new database from an archive",
        description="Make a new database at --db holding everything in the archive FILE "
        "(checked first: checksums, every value). --db must not exist yet. An archive from "
        "an earlier RepDesk is upgraded. Nothing is left at --db if anything is wrong.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the archive")
    imp.add_argument(
        "--db", type=Path, required=True, metavar="NEW.db", help="the new database file"
    )
    imp.add_argument(
        "--apply-settings",
        action="store_true",
        help="also take the archive's settings (name, team, language, region...) as this "
        "laptop's (the data folder stays as it is)",
    )
    _passphrase_options(imp, "open it")
    info = actions.add_parser(
        "info",
        allow_abbrev=False,  # no --passphrase taken for --passphrase-file
        help="show what an archive holds",
        description="Check an archive (every member's checksum) and show when and by which "
        "RepDesk it was made, and how many rows of each table it holds.",
    )
    info.add_argument("file", type=Path, metavar="FILE", help="the archive")
    _passphrase_options(info, "open it")


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        return _demo(args.db, args.customers, args.seed)
    if args.command == "report" and args.report == "weekly":
        return _weekly(
            args.week,
            args.out,
            args.db,
            csv=args.csv,
            lang=args.lang,
            ask_db_passphrase=args.ask_db_passphrase,
        )
    if args.command == "archive":
        return _archive(args)
    if args.command == "paths":
        return _paths()
    return 2  # pragma: no cover - argparse rejects unknown commands


def _paths() -> int:
    from repdesk.db.store import default_backup_dir
    from repdesk.settings import LOG_NAME, SETTINGS_NAME, config_dir, log_dir

    database = Settings.load().database_path
    for name, path in (
        ("database", database),
        ("backups", default_backup_dir(database)),
        ("settings", config_dir() / SETTINGS_NAME),
        ("log", log_dir() / LOG_NAME),
    ):
        print(f"{name}: {path}")
    return 0


def _demo(db: Path | None, customers: int, seed: int) -> int:
    from repdesk.db.errors import StoreError
    from repdesk.services.demo import DemoError
    from repdesk.services.workspace import Workspace, open_workspace

    if customers < 1:
        print("repdesk demo: --customers must be at least 1", file=sys.stderr)
        return 2
    path = db or Settings.load().database_path
    started = time.perf_counter()
    try:
        workspace: Workspace = open_workspace(path)[0]
    except StoreError as error:
        print(f"repdesk demo: {error}", file=sys.stderr)
        return 2
    try:
        counts = workspace.fill_demo(customers, seed)
    except DemoError as error:
        print(f"repdesk demo: {error}", file=sys.stderr)
        return 2
    finally:
        workspace.close()
    seconds = time.perf_counter() - started
    total = sum(counts.values())
    print(f"Demo data written to {path} in {seconds:.1f} s: {total:,} rows")
    for table, n in sorted(counts.items()):
        print(f"  {table:<26} {n:>10,}")
    return 0


def _system_language() -> str:
    """zh_CN when the environment's locale is Chinese, else en (as the GUI's 'system')."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def _report_labels(language: str) -> tuple[WeeklyLabels, ChartLabels]:
    """The summary's and the charts' words: English from the defaults (no Qt at all);
    another language from its .qm file (QtCore only, no display)."""
    from repdesk.reports.chart_labels import ChartLabels
    from repdesk.reports.weekly_labels import WeeklyLabels

    if language == "en":
        return WeeklyLabels(), ChartLabels()
    from repdesk.gui.chart_labels import chart_labels
    from repdesk.gui.weekly_labels import weekly_labels_for

    labels = weekly_labels_for(language)  # installs the language's translators first
    return labels, chart_labels()


def _weekly(
    week_text: str | None,
    out: Path,
    db: Path | None,
    *,
    csv: bool,
    lang: str | None,
    today: date | None = None,
    ask_db_passphrase: bool = False,
) -> int:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from repdesk.domain.weeks import IsoWeek
    from repdesk.reports.weekly_sheets import write_weekly_files
    from repdesk.services.workspace import Workspace

    command = "repdesk report weekly"
    today = today or date.today()
    try:
        week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(today).previous()
    except ValueError as error:
        print(f"{command}: --week {error}", file=sys.stderr)
        return 2
    settings = Settings.load()
    path = (db or settings.database_path).expanduser()
    if not path.exists():
        print(f"{command}: there is no database at {path}", file=sys.stderr)
        return 2
    language = lang or (
        settings.language if settings.language in REPORT_LANGUAGES else _system_language()
    )
    store = _open_store(command, path, ask_db_passphrase)
    if store is None:
        return 2
    try:
        weekly = Workspace(store).weekly
        summary = weekly.summary(week, today)
        chart_numbers = weekly.chart_numbers(week)
    except (SQLAlchemyError, sqlite3.Error) as error:
        print(f"{command}: the database {path} could not be read ({error})", file=sys.stderr)
        return 2
    finally:
        store.close()
    labels, chart_labels = _report_labels(language)
    try:
        written = write_weekly_files(
            summary,
            out,
            labels,
            csv=csv,
            chart_numbers=chart_numbers,
            chart_labels=chart_labels,
            rep_name=settings.rep_name,
            team=settings.team,
        )
    except OSError as error:
        reason = error.strerror or str(error)
        if error.filename and Path(error.filename).parent != out:
            reason += f" ({error.filename})"  # not one of the report's files: say which
        print(f"{command}: cannot write to {out}: {reason}", file=sys.stderr)
        return 2
    print(f"Weekly summary {week} ({week.monday} to {week.sunday}) written:")
    for file in written:
        print(f"  {file}")
    return 0


class _PassphraseError(Exception):
    pass


def _read_passphrase(file: Path | None, ask: bool, *, confirm: bool) -> str | None:
    """The passphrase from a file (its first line) or a prompt; None when neither is asked."""
    if file is not None:
        try:
            text = sys.stdin.readline() if str(file) == "-" else file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise _PassphraseError(f"cannot read the passphrase file {file}: {reason}") from None
        lines = text.splitlines()
        secret = lines[0] if lines else ""
        if not secret:
            raise _PassphraseError(f"the passphrase file {file} is empty")
        return secret
    if not ask:
        return None
    import getpass

    secret = getpass.getpass("Passphrase: ")
    if not secret:
        raise _PassphraseError("the passphrase is empty")
    if confirm and getpass.getpass("The passphrase again: ") != secret:
        raise _PassphraseError("the two passphrases differ")
    return secret


def _archive(args: argparse.Namespace) -> int:
    from repdesk.services.archive import ArchiveError, ArchiveProblem

    command = f"repdesk archive {args.action}"
    try:
        passphrase = _read_passphrase(
            args.passphrase_file, args.ask_passphrase, confirm=args.action == "export"
        )
    except _PassphraseError as problem:
        print(f"{command}: {problem}", file=sys.stderr)
        return 2
    try:
        if args.action == "export":
            return _archive_export(args.out, args.db, passphrase, args.ask_db_passphrase)
        if args.action == "import":
            return _archive_import(args.file, args.db, passphrase, apply=args.apply_settings)
        return _archive_info(args.file, passphrase)
    except ArchiveError as error:
        message = str(error)
        if error.kind is ArchiveProblem.NEEDS_PASSPHRASE:
            message += " (--ask-passphrase or --passphrase-file F)"
        print(f"{command}: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{command}: interrupted; nothing was written", file=sys.stderr)
        return 2


def _archive_export(
    out: Path, db: Path | None, passphrase: str | None, ask_db_passphrase: bool = False
) -> int:
    from dataclasses import asdict

    from repdesk.services.archive import export_archive

    command = "repdesk archive export"
    settings = Settings.load()
    path = (db or settings.database_path).expanduser()
    if not path.exists():
        print(f"{command}: there is no database at {path}", file=sys.stderr)
        return 2
    store = _open_store(command, path, ask_db_passphrase)
    if store is None:
        return 2
    try:
        summary = export_archive(store, asdict(settings), out, passphrase)
    finally:
        store.close()
    sealed = ", sealed with the passphrase" if summary.sealed else ""
    print(
        f"Archive written to {summary.path}{sealed}: {summary.total_rows:,} rows, "
        f"{summary.bytes:,} bytes, in {summary.seconds:.1f} s"
    )
    return 0


def _archive_import(file: Path, db: Path, passphrase: str | None, *, apply: bool) -> int:
    from repdesk.services.archive import import_archive

    summary = import_archive(file, db, passphrase)
    info = summary.info
    print(
        f"Database {summary.path} made from {file} (RepDesk {info.app_version}, "
        f"{info.created_at:%Y-%m-%d %H:%M} UTC): {summary.total_rows:,} rows "
        f"in {summary.seconds:.1f} s"
    )
    if summary.migrated_from:
        print(f"  upgraded from schema {summary.migrated_from}")
    if apply:
        current = Settings.load()
        current.take(dict(summary.settings))
        saved = current.save()
        print(f"  the archive's settings are this laptop's now ({saved})")
    print(f"  open it with: repdesk --db {summary.path}")
    return 0


def _archive_info(file: Path, passphrase: str | None) -> int:
    from repdesk.services.archive import read_archive_manifest

    info = read_archive_manifest(file, passphrase)
    sealed = "sealed, " if info.sealed else ""
    print(
        f"{info.path}: RepDesk archive ({sealed}format {info.format_version}), made "
        f"{info.created_at:%Y-%m-%d %H:%M} UTC by RepDesk {info.app_version}, "
        f"schema {info.schema_revision}; every checksum is right"
    )
    for table, n in info.tables.items():
        print(f"  {table:<26} {n:>10,}")
    return 0
