"""Headless commands: ``repdesk demo`` and, as later issues land, reports and backups.

They need no display and no Qt, so a manager's export can run on a server.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from repdesk import __version__
from repdesk.settings import Settings

COMMANDS = ("demo",)


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
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        return _demo(args.db, args.customers, args.seed)
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
