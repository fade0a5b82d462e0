"""XLSX in and out with openpyxl: read-only and write-only modes, so 100,000 rows stream.

Reading takes the first worksheet; its first non-blank row is the header.
Cells become text by the same rule as CSV cells (sheet_columns.cell_text):
whole numbers without ".0", dates as ISO, booleans as yes/no; blank rows are
skipped and trailing ones dropped. Writing keeps numbers, dates and yes/no as
typed cells and every text as text, so Excel never reads a name as a formula.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from repdesk.reports.interchange.errors import FileReadError, ReadProblem
from repdesk.services.import_rows import SourceRow, SourceTable
from repdesk.services.sheet_columns import Cell, cell_text

_MAX_TEXT = 32767  # Excel's limit for one cell


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return cell_text(value)


def read_xlsx(path: Path) -> SourceTable:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise FileReadError(path, ReadProblem.DAMAGED, str(error)) from error
    except OSError as error:
        raise FileReadError(path, ReadProblem.UNREADABLE, str(error)) from error
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise FileReadError(path, ReadProblem.EMPTY)
        headers: list[str] | None = None
        rows: list[SourceRow] = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = [_text(value) for value in cells]
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
    finally:
        book.close()
    if headers is None:
        raise FileReadError(path, ReadProblem.EMPTY)
    return SourceTable(path.name, headers, rows)


def _cell(sheet: Any, value: Cell) -> Any:
    if value == "":
        return None  # reads back as "" all the same, and costs no XML
    if type(value) is str:
        value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_TEXT]
        if value.startswith("="):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # text, not a formula
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
        cell = WriteOnlyCell(sheet, value=header)
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
