"""The weekly summary's files: an XLSX workbook, CSV files on request (the PDF joins here).

``write_weekly_files`` is the one call the command line (and the Reports page)
makes: it builds the tables once (repdesk/reports/weekly_tables.py) and writes

- ``weekly-2026-W47.xlsx``: a Summary sheet with the key numbers, then one
  sheet per table; each has its title in row 1, a bold header in row 2 that
  stays in view (frozen) with a filter, typed cells (numbers, dates and
  percentages Excel and LibreOffice can sum and sort), column widths that fit
  Chinese as well as English, and total rows in bold;
- with ``csv=True``, ``weekly-2026-W47-<table>.csv``, one per table: UTF-8
  with a BOM so Excel shows Chinese, the header then the rows and totals.

Text never runs as a formula: the XLSX cells are typed as text (openpyxl
would write ``=...`` as a formula and ``#N/A`` as an error:
repdesk/reports/interchange/xlsx_io.py's cell rule prevents it), the CSV cells
get csv_io's apostrophe before ``=``, ``@``, a tab, a carriage return and any
``+``/``-`` that is not a plain number (each writer's one rule, used here too).

Every file is written beside its final name and renamed only when all of
them are complete, so a failure (a full disk, a cancel) leaves no half-written
file and no partial set. openpyxl is imported on the first call, not at start.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from repdesk.domain.charts import ChartKind, ChartNumbers
from repdesk.domain.weekly import WeeklySummary
from repdesk.domain.weeks import IsoWeek
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.labels import fill
from repdesk.reports.weekly_labels import WeeklyLabels
from repdesk.reports.weekly_tables import Ratio, Row, Table, Value, cell_text, weekly_tables

INT_FORMAT = "#,##0"
FLOAT_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"

_SHEET_NAME_LIMIT = 31  # Excel's
_BAD_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_MAX_WIDTH = 60


def weekly_stem(week: IsoWeek) -> str:
    """The files' common name: ``weekly-2026-W47``."""
    return f"weekly-{week}"


class _Staging:
    """Files written beside their final names, renamed together at the end."""

    def __init__(self) -> None:
        self.pairs: list[tuple[Path, Path]] = []

    def add(self, final: Path) -> Path:
        """Where to write the file that will become ``final``."""
        partial = final.with_name(f".{final.name}.part")
        self.pairs.append((partial, final))
        return partial

    def commit(self) -> list[Path]:
        for partial, final in self.pairs:
            os.replace(partial, final)
        return [final for _, final in self.pairs]

    def discard(self) -> None:
        for partial, _ in self.pairs:
            partial.unlink(missing_ok=True)


@contextmanager
def _staged() -> Iterator[_Staging]:
    staging = _Staging()
    try:
        yield staging
        staging.commit()
    finally:
        staging.discard()  # after a commit, nothing is left to remove


def write_weekly_files(
    summary: WeeklySummary,
    out_dir: Path,
    labels: WeeklyLabels | None = None,
    *,
    csv: bool = False,
    pdf: bool = True,
    chart_numbers: Mapping[ChartKind, ChartNumbers] | None = None,
    chart_labels: ChartLabels | None = None,
    rep_name: str = "",
    team: str = "",
) -> list[Path]:
    """Write the week's PDF (with the charts of ``chart_numbers``, when given) and
    workbook, and CSV files on request, into ``out_dir``, made if missing.

    ``rep_name`` and ``team`` (the settings') head the Summary.
    Returns the paths written: the workbook, the CSV files, the PDF. Raises OSError when the folder
    cannot be made or written; then no file of this call is left behind (files
    of an earlier run with the same names stay as they were).
    """
    labels = labels or WeeklyLabels()
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = weekly_tables(summary, labels, rep_name=rep_name, team=team)
    stem = weekly_stem(summary.week)
    title = fill(labels.file_title, str(summary.week))
    with _staged() as staging:
        write_workbook(tables, staging.add(out_dir / f"{stem}.xlsx"), title=title)
        if csv:
            for table in tables:
                write_table_csv(table, staging.add(out_dir / f"{stem}-{table.key}.csv"))
        if pdf:
            from repdesk.reports.weekly_report import weekly_pdf

            data = weekly_pdf(
                summary,
                labels,
                chart_numbers or {},
                chart_labels or ChartLabels(language=labels.language),
                rep_name=rep_name,
                team=team,
                tables=tables,
            )
            staging.add(out_dir / f"{stem}.pdf").write_bytes(data)
    return [final for _, final in staging.pairs]


# --- XLSX ------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: Chinese (wide) characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def column_widths(table: Table) -> list[int]:
    """Each column's width in characters: its hint, widened to fit the header, the cells
    and the totals (at most 60)."""
    widths = []
    for index, column in enumerate(table.columns):
        longest = display_width(column.header)
        for row in (*table.rows, *table.totals):
            if index < len(row):
                longest = max(longest, display_width(cell_text(row[index], percent_decimals=1)))
        widths.append(min(max(column.width, longest + 2), _MAX_WIDTH))
    return widths


def sheet_names(tables: Sequence[Table]) -> list[str]:
    """Each table's sheet name as Excel allows it: no ``[]:*?/\\``, at most 31
    characters, unique whatever the case."""
    taken: set[str] = set()
    names = []
    for table in tables:
        base = _BAD_SHEET_CHARACTERS.sub(" ", table.sheet).strip().strip("'")
        base = (base or table.key)[:_SHEET_NAME_LIMIT]
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[: _SHEET_NAME_LIMIT - len(suffix)] + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


class _Cells:
    """Typed, formatted write-only cells for one sheet."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import Cell

        from repdesk.reports.interchange.xlsx_io import _cell as text_cell

        self._sheet = sheet
        self._new = WriteOnlyCell
        self._cell_class = Cell
        self._text = text_cell

    def make(self, value: Value, font: Any = None) -> Any:
        if isinstance(value, str):
            made = self._text(self._sheet, value)  # stripped of what XML cannot hold; "=" text
            cell = made if isinstance(made, self._cell_class) else self._new(self._sheet, made)
        elif isinstance(value, Ratio):
            cell = self._new(self._sheet, value.value)
            cell.number_format = PERCENT_FORMAT
        elif isinstance(value, date):
            cell = self._new(self._sheet, datetime.combine(value, time.min))
            cell.number_format = DATE_FORMAT
        else:
            cell = self._new(self._sheet, value)
            if isinstance(value, int):
                cell.number_format = INT_FORMAT
            elif isinstance(value, float):
                cell.number_format = FLOAT_FORMAT
        if font is not None:
            cell.font = font
        return cell


def write_workbook(tables: Sequence[Table], path: Path, *, title: str = "") -> None:
    """One sheet per table, in order, saved to ``path`` (the caller renames it into place)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    if title:
        book.properties.title = title
    book.properties.creator = "RepDesk"
    title_font = Font(bold=True, size=13)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DCE3EA")
    total_font = Font(bold=True)
    empty_font = Font(italic=True, color="66707A")
    for table, name in zip(tables, sheet_names(tables), strict=True):
        sheet = book.create_sheet(name)
        make = _Cells(sheet).make
        for index, width in enumerate(column_widths(table), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A3"
        last_column = get_column_letter(max(len(table.columns), 1))
        last_row = 2 + len(table.rows)
        if table.rows:
            sheet.auto_filter.ref = f"A2:{last_column}{last_row}"
        sheet.append([make(table.title, title_font)])
        headers = []
        for header in table.headers:
            cell = make(header, header_font)
            cell.fill = header_fill
            headers.append(cell)
        sheet.append(headers)
        for row in table.rows:
            sheet.append(_trimmed([make(value) for value in row], row))
        for row in table.totals:
            sheet.append([make(value, total_font) for value in row])
        if not table.rows and table.empty:
            sheet.append([make(table.empty, empty_font)])
    book.save(path)


def _trimmed(cells: list[Any], row: Row) -> list[Any]:
    """Blank trailing cells cost XML and show nothing."""
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return cells[:end]


# --- CSV -------------------------------------------------------------------------------


def csv_value(value: Value) -> str | int | float | date | None:
    """A cell as the CSV writer takes it: a share as "58.3%" (Excel reads it back as a
    percentage), money and hours to the cent, the rest as it is."""
    if isinstance(value, Ratio):
        return value.percent_text()
    if isinstance(value, float):
        return round(value, 2)
    return value


def write_table_csv(table: Table, path: Path) -> None:
    """The table's header, rows and totals as CSV (csv_io: UTF-8 with BOM, no formulas)."""
    from repdesk.reports.interchange.csv_io import write_csv

    rows = [[csv_value(value) for value in row] for row in (*table.rows, *table.totals)]
    write_csv(path, table.headers, rows)
