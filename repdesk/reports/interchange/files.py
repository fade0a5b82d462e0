"""Which reader or writer a file's name calls for; what the GUI's workers run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from repdesk.db.store import Store
from repdesk.reports.interchange.csv_io import read_csv, write_csv
from repdesk.reports.interchange.errors import FileReadError, ReadProblem
from repdesk.reports.interchange.vcard_io import read_vcards, write_vcards
from repdesk.reports.interchange.xlsx_io import read_xlsx, write_xlsx
from repdesk.services.customer_export import customer_table, people_cards
from repdesk.services.import_rows import SourceTable

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")
_UNSUPPORTED = (".xls", ".numbers", ".ods", ".xlsb")

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


def read_source(path: Path) -> SourceTable:
    """Read a CSV, XLSX or vCard file for import. Raises FileReadError."""
    suffix = path.suffix.casefold()
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path)
    if suffix in VCARD_SUFFIXES:
        return read_vcards(path)
    if suffix in _UNSUPPORTED:
        raise FileReadError(path, ReadProblem.UNSUPPORTED, suffix)
    return read_csv(path)


def export_customers(
    store: Store,
    ids: Sequence[str],
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Every field of the customers ``ids`` to an .xlsx or (any other name) a CSV file."""
    table = customer_table(store, ids, progress=progress, cancelled=cancelled)
    if path.suffix.casefold() in XLSX_SUFFIXES:
        return write_xlsx(path, table.headers, table.rows)
    return write_csv(path, table.headers, table.rows)


def export_people(
    store: Store,
    ids: Sequence[str],
    path: Path,
    *,
    version: str = "3.0",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """The people of the customers ``ids`` as vCards (3.0 or 4.0); returns how many."""
    cards = people_cards(store, ids, progress=progress, cancelled=cancelled)
    return write_vcards(path, cards, version)


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """A small table (an import report) as CSV, or XLSX by the file's name."""
    if path.suffix.casefold() in XLSX_SUFFIXES:
        return write_xlsx(path, headers, rows, title="Report")
    return write_csv(path, headers, rows)
