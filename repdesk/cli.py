"""Headless commands: ``repdesk demo``, ``repdesk report weekly`` and, as later issues
land, backups.

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
    from repdesk.reports.chart_labels import ChartLabels
    from repdesk.reports.weekly_labels import WeeklyLabels

COMMANDS = ("demo", "report")
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
    weekly.add_argument(
        "--lang",
        choices=REPORT_LANGUAGES,
        help="language of the headings (default: the settings' language; 'system' "
        "there follows LC_ALL / LC_MESSAGES / LANG)",
    )
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        return _demo(args.db, args.customers, args.seed)
    if args.command == "report" and args.report == "weekly":
        return _weekly(args.week, args.out, args.db, csv=args.csv, lang=args.lang)
    return 2  # pragma: no cover - argparse rejects unknown commands


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
) -> int:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from repdesk.db.errors import StoreError
    from repdesk.db.store import open_store
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
    try:
        store = open_store(path)
    except StoreError as error:
        print(f"{command}: {error}", file=sys.stderr)
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
        print(f"{command}: cannot write to {out}: {reason}", file=sys.stderr)
        return 2
    print(f"Weekly summary {week} ({week.monday} to {week.sunday}) written:")
    for file in written:
        print(f"  {file}")
    return 0
