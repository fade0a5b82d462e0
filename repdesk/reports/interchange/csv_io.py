"""CSV in and out, with the standard library's csv module.

Reading: any of the encodings Excel saves (see text.py); comma, semicolon or
tab, found by csv.Sniffer and checked against the header line. Writing:
UTF-8 with a BOM (so Excel shows Chinese), commas, CRLF, Excel's quoting.

Excel runs a cell that starts with = + - @ as a formula; a text cell that
would run is written with a leading apostrophe, which reading strips again.
Phone numbers (+44 20 ...) and signed numbers are left alone: they cannot
call anything.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from repdesk.reports.interchange.errors import FileReadError, ReadProblem, read_bytes
from repdesk.reports.interchange.text import decode
from repdesk.services.import_rows import SourceRow, SourceTable
from repdesk.services.sheet_columns import Cell, cell_text

DELIMITERS = ",;\t"
# csv.Sniffer's quote patterns take time quadratic in the sample: 64 KB of `,"x` took
# 20 s, 4 KB take 0.3 s at worst, and hold the header and dozens of rows of a real file.
_SAMPLE = 4 * 1024
_HARMLESS = re.compile(r"[+\-]?[\d\s.,()/+\-]*")
_ESCAPED = re.compile(r"'(?=[=+\-@\t\r'])")
_RISKY = frozenset("=+-@\t\r'")


def _delimiter(text: str) -> str:
    sample = text[:_SAMPLE]
    if len(text) > _SAMPLE and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # whole lines only
    first = sample.split("\n", 1)[0]
    try:
        found: str | None = csv.Sniffer().sniff(sample, DELIMITERS).delimiter
    except csv.Error:
        found = None
    if found is None or found not in first:
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        found = best if counts[best] else ","
    return found


def read_csv(path: Path) -> SourceTable:
    """Headers and rows of text; each row keeps its spreadsheet row and file line."""
    text, encoding = decode(read_bytes(path), path)
    if not text.strip():
        raise FileReadError(path, ReadProblem.EMPTY)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    line = 1
    try:
        for number, record in enumerate(reader, start=1):
            start, line = line, reader.line_num + 1
            values = [v[1:] if v[:1] == "'" and _ESCAPED.match(v) else v for v in record]
            if headers is None:
                if not any(v.strip() for v in values):
                    continue  # blank lines above the header
                headers = [v.strip() for v in values]
                continue
            if not any(v.strip() for v in values):
                continue
            width = len(headers)
            extra = tuple(v for v in values[width:] if v.strip())
            values = (values + [""] * width)[:width]
            rows.append(SourceRow(number, start, values, extra))
    except csv.Error as error:
        detail = f"line {reader.line_num}: {error}"
        raise FileReadError(path, ReadProblem.DAMAGED, detail, line=reader.line_num) from error
    if headers is None:
        raise FileReadError(path, ReadProblem.EMPTY)
    return SourceTable(path.name, headers, rows, encoding=encoding)


def _escape(value: str) -> str:
    if not value or value[0] not in _RISKY:
        return value
    runs = value[0] in "=@\t\r" or bool(_ESCAPED.match(value))  # '= itself survives too
    if value[0] in "+-" and not _HARMLESS.fullmatch(value):
        runs = True
    return "'" + value if runs else value


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if type(value) is str:  # most cells: only a risky first character costs more
        return _escape(value) if value and value[0] in _RISKY else value
    return _escape(cell_text(value))


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write the file (UTF-8 with BOM) through a temporary beside it; returns the row count.

    If ``rows`` raises (a cancel), the old file, if any, is left as it was."""
    temporary = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([_escape(h) for h in headers])
            for row in rows:
                writer.writerow([_text(value) for value in row])
                count += 1
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count
