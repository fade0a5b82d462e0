"""XLSX in and out with openpyxl: read-only and write-only modes, so 100,000 rows stream.

Reading takes the first worksheet; its first non-blank row is the header.
Cells become text by the same rule as CSV cells (sheet_columns.cell_text):
whole numbers without ".0", dates as ISO, booleans as yes/no; blank rows are
skipped and trailing ones dropped. Writing keeps numbers, dates and yes/no as
typed cells and every text as text, so Excel never reads a name as a formula.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from repdesk.reports.interchange.errors import FileReadError, ReadProblem
from repdesk.services.import_rows import SourceRow, SourceTable
from repdesk.services.sheet_columns import Cell, cell_text

_MAX_TEXT = 32767  # Excel's limit for one cell
MAX_ROWS = 1_048_576  # Excel's last row


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return cell_text(value)


def _damaged(path: Path, error: Exception) -> FileReadError:
    return FileReadError(path, ReadProblem.DAMAGED, f"{type(error).__name__}: {error}"[:500])


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[Any, ...]]:
    """The rows openpyxl reads, numbered from 1; a failure of the library is the file's."""
    rows = sheet.iter_rows(values_only=True)
    number = 0
    while True:
        try:
            cells = next(rows, None)
        except Exception as error:  # untrusted input into a library: anything can break
            raise _damaged(path, error) from error
        if cells is None:
            return
        number += 1
        if number > MAX_ROWS:  # a row numbered beyond Excel's last: openpyxl pads up to it
            raise FileReadError(path, ReadProblem.DAMAGED, f"more than {MAX_ROWS} rows")
        yield cells


def read_xlsx(path: Path) -> SourceTable:
    try:
        handle = path.open("rb")
    except OSError as error:
        raise FileReadError(path, ReadProblem.UNREADABLE, str(error)) from error
    with handle:
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # a damaged zip or XML fails anywhere in the library
            raise _damaged(path, error) from error
        try:
            return _read_sheet(path, book)
        finally:
            book.close()


def _read_sheet(path: Path, book: Any) -> SourceTable:
    sheet = book.worksheets[0] if book.worksheets else None
    if sheet is None:
        raise FileReadError(path, ReadProblem.EMPTY)
    # The size the file declares is not to be trusted: "A1:XFD1048576" in a file of two
    # kilobytes would make a billion empty cells. Each row is as long as its last cell.
    sheet.reset_dimensions()
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    for number, cells in enumerate(_sheet_rows(path, sheet), start=1):
        if not cells or cells.count(None) == len(cells):
            continue  # a blank row, or one missing from the file
        values = ["" if value is None else _text(value) for value in cells]
        if not any(v.strip() for v in values):
            continue
        if headers is None:
            while values and not values[-1].strip():
                values.pop()
            headers = [v.strip() for v in values]
            continue
        width = len(headers)
        extra = tuple(v for v in values[width:] if v.strip())
        rows.append(SourceRow(number, number, (values + [""] * width)[:width], extra))
    if headers is None:
        raise FileReadError(path, ReadProblem.EMPTY)
    return SourceTable(path.name, headers, rows)


def _cell(sheet: Any, value: Cell) -> Any:
    """A value as written: text always a text cell (data type "s"), whatever it starts
    with. openpyxl would write "=..." as a formula and "#N/A" as an error; "+", "-",
    "@", a tab or a carriage return in front are text to it already. Excel never runs
    a text cell, so the rep's text needs no apostrophe and reads back as typed (less
    the control characters XML cannot hold)."""
    if value == "":
        return None  # reads back as "" all the same, and costs no XML
    if type(value) is str:
        value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_TEXT]
        if value.startswith("=") or value in ERROR_CODES:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # text, not a formula or an error
            return cell
    return value


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    title: str = "Customers",
    widths: Sequence[int] | None = None,
) -> int:
    """Write one sheet through a temporary beside ``path``; returns the row count."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    for index, header in enumerate(headers, start=1):
        width = widths[index - 1] if widths else min(max(len(header) + 2, 12), 40)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        made = _cell(sheet, header)  # a header is text by the same rule
        cell = made if isinstance(made, SheetCell) else WriteOnlyCell(sheet, value=made)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        end = len(row)
        while end and (row[end - 1] is None or row[end - 1] == ""):
            end -= 1  # empty trailing cells (unused contact slots) cost time and nothing else
        sheet.append([_cell(sheet, value) for value in row[:end]])
        count += 1
    temporary = path.with_name(f".{path.name}.part")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count
