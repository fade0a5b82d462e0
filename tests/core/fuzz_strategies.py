"""Hypothesis strategies for the fuzz tests of every reader of outside files
(test_fuzz_readers.py): structure-aware documents (a CSV, an XLSX, vCards, an
iCalendar file, a playbook) built from parts real files have, then damaged the
ways files are damaged (odd cells, broken lines, cut off, bytes flipped), and
plain random bytes. Sizes are bounded so that one example reads in well under
a second."""

from __future__ import annotations

import io
import json
import os
import signal
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from repdesk.services.sheet_columns import customer_targets, export_header, person_targets

DATA = Path(__file__).resolve().parents[1] / "data"

# --- bytes: how files get damaged --------------------------------------------------

ODD_BYTES = (
    b"\x00",
    b"\xff",
    b"\xfe\xff",
    b"\xef\xbb\xbf",  # a BOM in the middle
    b"\xc3",  # half a UTF-8 character
    b"\x81\x30",  # half a GB18030 four-byte character
    "价格".encode("gbk"),
    "价格".encode(),
    b'"',
    b"'",
    b"\r",
    b"\n",
    b"\r\n",
    b"\t",
    b";",
    b",",
    b":",
    b"=",
    b"\\",
)


@st.composite
def mutated(
    draw: st.DrawFn,
    data: bytes,
    max_mutations: int = 4,
    *,
    at_least: int = 0,
    odd: Sequence[bytes] = ODD_BYTES,
) -> bytes:
    """``data`` with a few bytes flipped, ranges cut, repeated or ``odd`` bytes put in,
    maybe cut off."""
    buffer = bytearray(data)
    for _ in range(draw(st.integers(at_least, max_mutations))):
        if not buffer:
            break
        at = draw(st.integers(0, len(buffer) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "duplicate", "truncate"]))
        if action == "flip":
            buffer[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del buffer[at : at + draw(st.integers(1, 64))]
        elif action == "insert":
            buffer[at:at] = draw(st.sampled_from(odd) | st.binary(min_size=1, max_size=8))
        elif action == "duplicate":
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 256))]
        else:
            del buffer[at:]
    return bytes(buffer)


def encoded(text: str, encoding: str) -> bytes:
    """Text as a file: one encoding, or UTF-8 and GBK mixed line by line ("mixed")."""
    if encoding == "mixed":
        lines = text.split("\n")
        return b"\n".join(
            line.encode("utf-8" if n % 2 else "gb18030") for n, line in enumerate(lines)
        )
    return text.encode(encoding, errors="replace")


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "mixed", "latin-1"])

# Text without lone surrogates (no file can hold one), any other character allowed.
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


# --- spreadsheet cells ---------------------------------------------------------------

CUSTOMER_HEADERS = [export_header(t) for t in customer_targets()]
PERSON_HEADERS = [export_header(t) for slot in (0, 1) for t in person_targets(slot)]
FOREIGN_HEADERS = [
    "Company",
    "Account Name",
    "Name",
    "公司名称",
    "Contact",
    "联系人",
    "First Name",
    "Last Name",
    "姓",
    "名",
    "Phone",
    "Mobile",
    "手机",
    "Email",
    "E-mail",
    "Birthday",
    "Gender",
    "Address",
    "Street",
    "City",
    "Zip",
    "Notes",
    "Description",
    "Lead Source",
    "Employees",
    "Title",
    "",
    " ",
    "Unknown column",
]
HEADERS = st.sampled_from(FOREIGN_HEADERS + CUSTOMER_HEADERS + PERSON_HEADERS) | ANY_TEXT

FIXED_UUID = "0b6f0c1e-7d5a-4b8e-9f00-00000000fa11"
SIGNAL = '{{"signal": "falling_volume", "raised_on": "2026-01-02", "id": "{}"}}'
VALID_CELLS = [
    "Acme Ltd",
    "Tyne Park Media Ltd.",
    "深圳华信电子有限公司",
    "王小明",
    "Anna Barker",
    "+86 138 0013 8000",
    "0755-2345 6789 转 12",
    "+44 20 7946 0000",
    "wang@example.cn",
    "2026-03-07",
    "1990/1/2",
    "1980年5月6日",
    "12",
    "1,200",
    "12.5",
    "yes",
    "no",
    "A",
    "prospect",
    "customer",
    "male",
    "女",
    "buyer",
    "采购",
    "friend",
    "high",
    "CNY",
    "Trade show",
    "cold_visit",
    FIXED_UUID,
    f"urn:uuid:{FIXED_UUID}",
    '{"phone": "card"}',
    "[" + SIGNAL.format("sig-1") + "]",
    "[" + SIGNAL.format(FIXED_UUID) + "]",
]
ODD_CELLS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "=SUM(A1:A2)",
    "=cmd|' /C calc'!A0",
    "'=1+1",
    "+1",
    "-",
    "@x",
    '"',
    '""',
    'a"b',
    '"a""b"',
    "\r",
    "\n",
    "\r\n",
    "\t",
    "a,b;c\td",
    "1e400",
    "-1e400",
    "nan",
    "inf",
    "1_000",
    "１２",
    "1e30",
    "99999999999999999999",
    "-0",
    "2026-02-30",
    "0000-01-01",
    "9999-12-31",
    "99999-01-01",
    "2100-01-01",
    "1800-01-01",
    "[]",
    "{}",
    "[1, 2]",
    '[{"signal": "nope"}]',
    '[{"signal": "falling_volume", "raised_on": 5}]',
    '[{"signal": ["falling_volume"], "raised_on": "2026-01-01"}]',
    "[null]",
    '{"a": 1}',
    '{"a": "x", "b": null}',
    FIXED_UUID.upper(),
    "{" + FIXED_UUID + "}",
    "not-a-uuid",
    "\ufeff",
    "\u200b",
    "\ufffd",
    "\U0001f600",
]


@st.composite
def huge_cell(draw: st.DrawFn) -> str:
    """A cell over the CSV reader's field limit, or a deep JSON nest, or just long."""
    size = draw(st.sampled_from([2_000, 40_000, 140_000]))
    kind = draw(st.sampled_from(["x", "[", "{", '"', "中", "[{", ',"x', ";'y"]))
    return kind * (size // len(kind))


CELLS: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(VALID_CELLS),
    st.uuids().map(str),  # a RepDesk id: new to the book, kept by the import
    st.sampled_from(ODD_CELLS),
    ANY_TEXT,
    huge_cell(),
    st.builds(lambda a, b: a + b, st.sampled_from(VALID_CELLS), st.sampled_from(ODD_CELLS)),
)


@st.composite
def tables(
    draw: st.DrawFn, max_rows: int = 8, cells: st.SearchStrategy[str] = CELLS
) -> tuple[list[str], list[list[str]]]:
    """Headers and ragged rows of text; now and then ten thousand columns."""
    headers = draw(st.lists(HEADERS, min_size=0, max_size=10))
    rows = draw(
        st.lists(
            st.lists(cells, max_size=len(headers) + 3),
            max_size=max_rows,
        )
    )
    if draw(st.integers(0, 19)) == 0:  # very wide
        width = 10_000
        headers = headers + [f"C{n}" for n in range(width)]
        rows = [row + ["v"] * (width // 2) for row in rows[:3]]
    return headers, rows


ID_POOL = [
    FIXED_UUID,
    "7d1c2a3b-0000-4000-8000-000000000001",
    "7d1c2a3b-0000-4000-8000-000000000002",
]
ids = st.sampled_from(ID_POOL) | st.uuids().map(str)
_SIGNAL_ENTRY = st.fixed_dictionaries(
    {
        "signal": st.sampled_from(["falling_volume", "more_complaints"]),
        "raised_on": st.sampled_from(["2026-01-02", "2026-01-03"]),
        "id": st.sampled_from(["S1", "S2", FIXED_UUID]),
    },
    optional={
        "note": ANY_TEXT,
        "resolved_on": st.sampled_from(["2026-02-01", "2025-01-01"]) | st.none(),
    },
)
_BROKEN_ENTRY = st.fixed_dictionaries(
    {"signal": st.sampled_from(["nope", ""]), "raised_on": st.sampled_from(["2026-13-01", ""])},
    optional={"id": st.sampled_from(["", None, 5])},
)
signal_entries = st.integers(0, 4).flatmap(lambda n: _SIGNAL_ENTRY if n else _BROKEN_ENTRY)
fact_sources = st.dictionaries(ANY_TEXT, ANY_TEXT | st.integers(), max_size=3)


def own_cells(header: str, clean: bool) -> st.SearchStrategy[str]:
    """Values of the kind a column of our own export holds; unless ``clean``, now and then
    any other value."""
    key = header.casefold()
    if key.endswith("repdesk id"):
        own = ids
    elif key.endswith("signals"):
        entries = _SIGNAL_ENTRY if clean else signal_entries
        own = st.lists(entries, min_size=1, max_size=3).map(json.dumps)
    elif key.endswith("fact sources"):
        own = fact_sources.map(json.dumps)
    elif key.endswith("name"):
        own = st.integers(0, 10**9).map(lambda n: f"Name {n:x}")  # new to the book
    elif clean:  # free text: anything goes
        own = st.sampled_from(VALID_CELLS[:4]) | ANY_TEXT.filter(str.strip)
    else:  # left empty mostly, so that whole rows are valid now and then
        own = st.sampled_from(["", "", "", *VALID_CELLS])
    return own if clean else st.integers(0, 7).flatmap(lambda n: own if n else CELLS)


_CLEAN_HEADERS = ["Customer city", "Customer remarks", "Customer address"]


@st.composite
def own_tables(draw: st.DrawFn, max_rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """A file in our own export's columns: ids, signals and fact sources as we write them,
    so that rows meet the book and each other by id. A clean one has only valid rows (and
    so gets written), ids and signal ids shared between rows and with the book."""
    clean = draw(st.booleans())
    first = ["RepDesk id", "Customer name", "Customer signals"]
    others = st.sampled_from(_CLEAN_HEADERS if clean else CUSTOMER_HEADERS + PERSON_HEADERS)
    headers = first + draw(st.lists(others, max_size=4, unique=True))
    row = st.tuples(*(own_cells(h, clean) for h in headers)).map(list)
    return headers, draw(st.lists(row, min_size=1, max_size=max_rows))


def _quote(cell: str, delimiter: str, style: str) -> str:
    if style == "never":
        return cell
    if style == "always" or any(c in cell for c in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV as spreadsheets write it, with odd cells, in some encoding, maybe damaged."""
    headers, rows = draw(tables() | own_tables())
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    style = draw(st.sampled_from(["minimal", "always", "never"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    lines = [delimiter.join(_quote(c, delimiter, style) for c in row) for row in [headers, *rows]]
    if draw(st.booleans()):
        lines.insert(0, "")  # blank lines above the header
    text = newline.join(lines) + draw(st.sampled_from(["", newline]))
    data = encoded(text, draw(ENCODINGS))
    return draw(mutated(data)) if draw(st.booleans()) else data


# --- XLSX ------------------------------------------------------------------------------

TYPED_CELLS: st.SearchStrategy[Any] = st.one_of(
    CELLS.map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s)[:32767]),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1)),
    st.none(),
)


def workbook_bytes(headers: Sequence[Any], rows: Sequence[Sequence[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return _rezip(buffer.getvalue(), {})  # the same bytes every time, for hypothesis


_STAMP = (2026, 11, 18, 0, 0, 0)
_CORE = (
    b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'
)


SHEET = "xl/worksheets/sheet1.xml"
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@st.composite
def sheet_xml(draw: st.DrawFn) -> bytes:
    """A worksheet as a hostile program might write it: rows and cells numbered
    anyhow, far away or out of order, cells of every type with values that are not."""
    dimension = draw(st.sampled_from(["A1", "A1:B2", "A1:XFD1048576", "A1:ZZZ99999999", "junk"]))
    row_numbers = st.sampled_from(
        ["1", "2", "3", "1048576", "1048577", "99999999", "2000000000", "0", "-1", "x"]
    )
    columns = st.sampled_from(["A", "B", "Z", "AA", "XFD", "ZZZ", "AAAA", "1", ""])
    types = st.sampled_from(["", "s", "n", "b", "str", "inlineStr", "e", "d", "bogus"])
    styles = st.sampled_from(["", "0", "1", "2", "999", "-1"])
    values = st.sampled_from(
        ["0", "1", "42", "-1", "1e308", "1e20", "nan", "abc", "", "99999", "2026-01-01", "T"]
    )
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        number = draw(row_numbers)
        cells = []
        for _ in range(draw(st.integers(0, 5))):
            ref = draw(columns) + (number if draw(st.booleans()) else draw(row_numbers))
            kind, style, value = draw(types), draw(styles), draw(values)
            attrs = (
                f' r="{ref}"'
                + (f' t="{kind}"' if kind else "")
                + (f' s="{style}"' if style else "")
            )
            body = f"<is><t>{value}</t></is>" if kind == "inlineStr" else f"<v>{value}</v>"
            cells.append(f"<c{attrs}>{body}</c>")
        rows.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    text = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><dimension ref="{dimension}"/>'
        f"<sheetData>{''.join(rows)}</sheetData></worksheet>"
    )
    return text.encode()


def _rezip(original: bytes, replace: dict[str, bytes | None]) -> bytes:
    """The zip with some members replaced (None: left out), every member dated the same
    and the document's properties (its creation time) fixed."""
    replace = {"docProps/core.xml": _CORE, **replace}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            name = info.filename
            content = replace[name] if name in replace else source.read(name)
            if content is None:
                continue
            member = zipfile.ZipInfo(info.filename, _STAMP)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, content)
    return out.getvalue()


@st.composite
def xlsx_files(draw: st.DrawFn) -> bytes:
    """A real workbook (openpyxl), then damaged: its bytes, one member's bytes, a member
    left out, or a hostile worksheet in place of the real one."""
    if draw(st.booleans()):
        headers = draw(
            st.lists(HEADERS.map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s)), max_size=8)
        )
        rows: list[list[Any]] = draw(
            st.lists(st.lists(TYPED_CELLS, max_size=len(headers) + 2), max_size=6)
        )
    else:
        headers, texts = draw(own_tables(max_rows=6))
        rows = [[ILLEGAL_CHARACTERS_RE.sub("", cell)[:32767] for cell in row] for row in texts]
    data = workbook_bytes(headers, rows)
    how = draw(st.sampled_from(["none", "bytes", "member", "drop", "sheet", "truncate"]))
    if how == "bytes":
        return draw(mutated(data, 8))
    if how == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        member = draw(st.sampled_from(sorted(archive.namelist())))
    if how == "drop":
        return _rezip(data, {member: None})
    if how == "sheet":
        return _rezip(data, {SHEET: draw(sheet_xml())})
    if how == "member":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read(member)
        return _rezip(data, {member: draw(mutated(content, 6))})
    return data


# --- vCards ------------------------------------------------------------------------------

VCARD_LINES = [
    "VERSION:3.0",
    "VERSION:4.0",
    "VERSION:2.1",
    "VERSION:x",
    "FN:王小明",
    "FN:Anna Barker",
    "FN:",
    "N:王;小明;;;",
    "N:Barker;Anna;;Ms.;",
    "N:;;;;",
    "N:a;b;c;d;e;f;g",
    "ORG:深圳华信电子有限公司;采购部",
    "ORG:Tyne Park Media Ltd",
    "ORG:",
    "ORG:;;;",
    "TITLE:采购经理",
    "ROLE:buyer",
    "ROLE:Chief Everything",
    "TEL;TYPE=CELL:138 0013 8000",
    "TEL;TYPE=WORK,VOICE:0755-2345 6789",
    "TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100;ext=12",
    "TEL:call reception",
    "TEL;TYPE=:",
    "TEL;;;:",
    'TEL;TYPE="cell:123',
    "TEL;TYPE=cell,pref,:+44 7442 437429",
    "EMAIL;TYPE=INTERNET:wangxm@huaxin-sz.cn",
    "EMAIL;TYPE=INTERNET,PREF:anna@example.org",
    "EMAIL:not an address",
    "BDAY:1980-05-06",
    "BDAY:19800506",
    "BDAY:--0506",
    "BDAY:2999-01-01",
    "BDAY:1800-01-01",
    "BDAY:1980-13-45",
    "BDAY;VALUE=text:circa 1980",
    "BDAY:T",
    "GENDER:M",
    "GENDER:F;woman",
    "GENDER:;",
    "X-REPDESK-GENDER:female",
    "X-REPDESK-GENDER:robot",
    f"X-REPDESK-CUSTOMER-ID:{FIXED_UUID}",
    "X-REPDESK-CUSTOMER-ID:not-a-uuid",
    "X-REPDESK-CUSTOMER-KIND:consumer",
    "X-REPDESK-CUSTOMER-KIND:alien",
    f"UID:{FIXED_UUID}",
    f"UID:urn:uuid:{FIXED_UUID}",
    "UID:",
    "X-REPDESK-QUADRANT:friend",
    "X-REPDESK-QUADRANT:enemy",
    "X-REPDESK-TITLE-VERIFIED:maybe",
    "X-REPDESK-DECISION-CONFIDENCE:high",
    "X-REPDESK-FACT-SOURCES:{not json",
    'X-REPDESK-FACT-SOURCES:{"phone": 1}',
    "NOTE:喜欢钓鱼\\, 周末常去深圳湾\\n第二行",
    "NOTE:trailing backslash\\",
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E4=B8=AD=E6=96=87",
    "NOTE;ENCODING=QUOTED-PRINTABLE:=E4=B8=X",
    "NOTE;ENCODING=QUOTED-PRINTABLE:soft break=",
    "NOTE;CHARSET=GBK:中文",
    "NOTE;CHARSET=no-such-charset:x",
    "PHOTO;ENCODING=b;TYPE=JPEG:!!!not base64!!!",
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRg==",
    "PHOTO;ENCODING=b:abc",
    "KEY;ENCODING=b:====",
    "ADR;TYPE=WORK:;;南山区科技园南区8栋;深圳;广东省;518057;中国",
    "ADR:;;;;;;",
    "ADR:a;b",
    "URL:https://tynepark.co.uk",
    "REV:not a date",
    "CATEGORIES:a,b,,c",
    "item1.TEL:+1 555 0100",
    "item1.X-ABLabel:_$!<Mobile>!$_",
    ";:",
    ":",
    ":value only",
    "NOCOLON",
    "=",
    "X-EMPTY;",
    "A;B=C=D;E:f",
    "X-;:",
    " continuation of the line before",
    "\tcontinued with a tab",
    "BEGIN:VCARD",
    "END:VCARD",
    "BEGIN:VCALENDAR",
    "END:VCALENDAR",
    "BEGIN:",
    "END:",
    "BEGIN:VCARD:extra",
    "NOTE:" + "长" * 3000,
    "NOTE:" + "x" * 70_000,
    "X-" + "A" * 5_000 + ":v",
    "NOTE;" + ";".join(f"P{n}=v" for n in range(500)) + ":many params",
]


@st.composite
def vcard_files(draw: st.DrawFn) -> bytes:
    """Cards of standard and odd lines, folded or broken anyhow, in some encoding."""
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        body = draw(st.lists(st.sampled_from(VCARD_LINES) | ANY_TEXT, max_size=12))
        begin = draw(st.sampled_from(["BEGIN:VCARD", "begin:vcard", "BEGIN:VCARD ", ""]))
        end = draw(st.sampled_from(["END:VCARD", "end:VCARD", ""]))
        lines += [begin, *body, end]
    if draw(st.booleans()):  # fold some lines at a byte that may split a character
        width = draw(st.integers(1, 75))
        lines = [
            "\r\n ".join(line[i : i + width] for i in range(0, len(line), width)) or line
            for line in lines
        ]
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    data = encoded(newline.join(lines) + newline, draw(ENCODINGS))
    return draw(mutated(data)) if draw(st.booleans()) else data


def seed_vcards() -> list[bytes]:
    return [(DATA / name).read_bytes() for name in ("people_v3.vcf", "people_v4.vcf")]


# --- iCalendar -------------------------------------------------------------------------

ICS_EVENT_LINES = [
    "DTSTART:20261125T103000",
    "DTSTART:20261125T103000Z",
    "DTSTART;VALUE=DATE:20261125",
    "DTSTART;TZID=Asia/Shanghai:20261125T103000",
    "DTSTART;TZID=China Standard Time:20261125T103000",
    'DTSTART;TZID="GMT Standard Time":20261125T103000',
    "DTSTART;TZID=Nowhere/Else:20261125T103000",
    "DTSTART;TZID=Evil:20261125T103000",
    "DTSTART;TZID=:20261125T103000",
    "DTSTART;TZID=/etc/passwd:20261125T103000",
    "DTSTART:99991231T230000Z",
    "DTSTART:00010101T000000Z",
    "DTSTART:00000000T000000",
    "DTSTART:20261325T103000",
    "DTSTART:2026-11-25",
    "DTSTART:tomorrow",
    "DTSTART:",
    "DTSTART;VALUE=DATE:20261125T103000",
    "DTSTART;VALUE=PERIOD:20261125T103000Z/PT1H",
    "DTSTART;VALUE=TIME:103000",
    "DTSTART;VALUE=DURATION:PT1H",
    "DTEND:20261125T113000",
    "DTEND:20261124T113000",
    "DTEND;VALUE=DATE:20261126",
    "DTEND:junk",
    "DURATION:PT90M",
    "DURATION:-PT1H",
    "DURATION:P99999999W",
    "DURATION:junk",
    "RRULE:FREQ=WEEKLY;COUNT=4",
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=YEARLY;BYMONTH=13",
    "RRULE:junk",
    "RRULE:",
    "RDATE:20261201T103000",
    "EXRULE:FREQ=DAILY",
    "RECURRENCE-ID:20261125T103000",
    "STATUS:CANCELLED",
    "STATUS:CONFIRMED",
    "SUMMARY:Visit: Tyne Park Media",
    "SUMMARY:拜访：华东精密机械有限公司",
    "SUMMARY:",
    "SUMMARY;LANGUAGE=zh-cn:拜访：华信电子",
    "SUMMARY:" + "x" * 20_000,
    "LOCATION:上海市浦东新区张江路88号",
    "LOCATION:",
    "DESCRIPTION:Objective: demo\\nStage goal: trial\\nPeople: Ann\\, Bo",
    "DESCRIPTION:拜访目标：介绍\\n拜访对象：王经理、李工",
    "DESCRIPTION:" + "\\n" * 2_000,
    "UID:0b6f0c1e-7d5a-4b8e-9f00-000000000001@repdesk",
    "UID:@repdesk",
    "UID:" + FIXED_UUID + "@repdesk",
    "UID:plain-uid",
    "X-ALT-DESC:" + "y" * 30_000,
    'ATTENDEE;CN="unterminated:mailto:a@b',
    'DTSTART;X-PARAM="a;b":20261125T103000',
    ";:",
    ":",
    "NOCOLON",
    " folded continuation",
    "BEGIN:VALARM",
    "TRIGGER:-PT15M",
    "END:VALARM",
]
ICS_ZONES = [
    "BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE",
    "BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+9999\r\nTZOFFSETTO:junk\r\nEND:STANDARD\r\nEND:VTIMEZONE",
    "BEGIN:VTIMEZONE\r\nTZID:Evil\r\nEND:VTIMEZONE",
    "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
    "DTSTART:16011028T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:-0000\r\nEND:STANDARD\r\nEND:VTIMEZONE",
    "BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:DAYLIGHT\r\nDTSTART:99991231T000000\r\n"
    "RDATE:00010101T000000\r\nTZOFFSETFROM:+2400\r\nTZOFFSETTO:-2400\r\nEND:DAYLIGHT\r\n"
    "END:VTIMEZONE",
]


@st.composite
def ics_files(draw: st.DrawFn) -> bytes:
    """Calendars of VEVENTs with broken starts, zones, rules and huge lines; or a real
    calendar with lines shuffled, dropped, doubled; in some encoding, maybe damaged."""
    if draw(st.booleans()):
        seed = draw(st.sampled_from(seed_calendars()))
        lines = seed.decode("utf-8").splitlines()
        for _ in range(draw(st.integers(0, 6))):
            at = draw(st.integers(0, len(lines)))
            action = draw(st.sampled_from(["drop", "double", "insert", "cut"]))
            if action == "drop" and at < len(lines):
                del lines[at]
            elif action == "double" and at < len(lines):
                lines.insert(at, lines[at])
            elif action == "insert":
                lines.insert(at, draw(st.sampled_from(ICS_EVENT_LINES)))
            else:
                del lines[at:]
    else:
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["METHOD:PUBLISH", "METHOD:CANCEL", "METHOD:"])))
        lines += draw(st.lists(st.sampled_from(ICS_ZONES), max_size=2))
        for n in range(draw(st.integers(0, 5))):
            lines.append("BEGIN:VEVENT")
            lines.append(f"UID:e{n}@test")
            lines += draw(st.lists(st.sampled_from(ICS_EVENT_LINES) | ANY_TEXT, max_size=8))
            if draw(st.integers(0, 9)):
                lines.append("END:VEVENT")
        if draw(st.integers(0, 9)):
            lines.append("END:VCALENDAR")
    newline = draw(st.sampled_from(["\r\n", "\n"]))
    data = encoded(newline.join(lines) + newline, draw(ENCODINGS))
    return draw(mutated(data)) if draw(st.booleans()) else data


_SEED_CALENDARS: list[bytes] = []


def seed_calendars() -> list[bytes]:
    if not _SEED_CALENDARS:
        names = ("outlook", "google", "apple")
        _SEED_CALENDARS.extend((DATA / f"{n}_appointments.ics").read_bytes() for n in names)
    return _SEED_CALENDARS


# --- playbooks -------------------------------------------------------------------------

JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | ANY_TEXT
    | st.sampled_from(["", " ", "price_too_high", "person", "direct", "Bad Code!", "x" * 5_000]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["en", "zh", "code", "x", ""]) | ANY_TEXT, children, max_size=4
        )
    ),
    max_leaves=12,
)
# Text the JSON module writes but no UTF-8 file can hold as characters: \ud800 escapes.
RAW_JSON = [
    '"\\ud800"',
    '"\\udfff x"',
    '"\\u0000"',
    "1e400",
    "-1e400",
    "1" * 5_000,
    "[" * 100_000,
    '{"a":' * 50_000,
    "NaN",
    "Infinity",
    '"' + "长" * 5_000 + '"',
    "{}",
    "[]",
    "null",
]

Path_ = tuple[str | int, ...]


def _paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def path_text(path: Path_) -> str:
    """A path as PlaybookProblem writes it: entries[3].answers[0].benefit.zh."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _replace_at(document: Any, path: Path_, new: Callable[[Any], Any]) -> Any:
    if not path:
        return new(document)
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = new(parent[path[-1]])
    return document


@st.composite
def playbook_documents(draw: st.DrawFn, seed: dict[str, Any]) -> tuple[str, Path_ | None]:
    """The JSON text of a playbook with one part replaced by a value of the wrong type,
    a deep nest, a huge string, a removed or an unknown key; and where (None when the
    text itself was damaged)."""
    document = json.loads(json.dumps(seed))
    entries = document["entries"]
    del entries[draw(st.integers(1, len(entries))) :]  # fewer entries: faster examples
    paths = _paths(document)
    path = draw(st.sampled_from(paths))
    action = draw(st.sampled_from(["value", "raw", "delete", "add", "long", "many"]))
    marker = "\x00RAW\x00"
    raw = ""
    if action == "value" or (action in ("delete", "add") and not path):
        document = _replace_at(document, path, lambda _: draw(JSON_VALUES))
    elif action == "raw":
        raw = draw(st.sampled_from(RAW_JSON))
        document = _replace_at(document, path, lambda _: marker)
    elif action == "delete":
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        del parent[path[-1]]
    elif action == "add":
        key = draw(st.sampled_from(["extra", "en", "code", "", "entries"]))
        document = _replace_at(
            document, path, lambda v: {**v, key: draw(JSON_VALUES)} if isinstance(v, dict) else v
        )
    elif action == "long":
        size = draw(st.sampled_from([4_001, 100_000]))
        document = _replace_at(document, path, lambda v: "字" * size if isinstance(v, str) else v)
    else:
        count = draw(st.sampled_from([51, 501, 2_000]))
        document = _replace_at(document, path, lambda v: v * count if isinstance(v, list) else [v])
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    if raw:
        text = text.replace(json.dumps(marker), raw)
    return text, path


# --- the inputs that found bugs, kept as explicit examples ------------------------------


def workbook_with_sheet(sheet_data: str, dimension: str = "A1") -> bytes:
    """A real workbook whose worksheet is replaced by ``sheet_data`` (<row> elements)."""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><dimension ref="{dimension}"/>'
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    return _rezip(workbook_bytes(["Company"], [["Acme"]]), {SHEET: xml.encode()})


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


# openpyxl padded every row to the declared size: a billion empty cells from 2 KB.
HUGE_DIMENSION = workbook_with_sheet(
    f'<row r="1">{_inline("A1", "Company")}</row><row r="3">{_inline("A3", "Acme")}</row>',
    dimension="A1:XFD1048576",
)
# ...and every row missing up to a row numbered far beyond Excel's last.
FAR_ROW = workbook_with_sheet(
    f'<row r="1">{_inline("A1", "Company")}</row>'
    f'<row r="2000000000">{_inline("A2000000000", "Acme")}</row>'
)


def damaged_member(data: bytes, name: str) -> bytes:
    """The zip with bytes in the middle of one member's compressed data flipped: the
    directory is whole, inflating the member fails (zlib.error, a bad CRC)."""
    buffer = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    for at in range(middle, middle + 8):
        buffer[at] ^= 0x5A
    return bytes(buffer)


DAMAGED_THEME = damaged_member(workbook_bytes(["Company"], [["Acme"]]), "xl/theme/theme1.xml")


def csv_bytes(*rows: Sequence[str]) -> bytes:
    return "\r\n".join(",".join(_quote(c, ",", "minimal") for c in row) for row in rows).encode()


# Two new customers (their own RepDesk ids) holding one signal: a UNIQUE failure at write.
SHARED_SIGNAL = csv_bytes(
    ["RepDesk id", "Customer name", "Customer signals"],
    [ID_POOL[1], "Shared A", "[" + SIGNAL.format("S1") + "]"],
    [ID_POOL[2], "Shared B", "[" + SIGNAL.format("S1") + "]"],
)
# JSON nested deeper than the interpreter's recursion limit, in the JSON columns.
DEEP_JSON = csv_bytes(
    ["Customer name", "Customer signals", "Customer fact sources"],
    ["Deep A", "[" * 5_000, '{"a":' * 5_000],
)
# csv.Sniffer's quote patterns, quadratic in the sample: 20 s for this file.
SNIFFER_TRAP = b'Company,Notes\r\nAcme,"' + b',"x' * 20_000 + b"\r\n"


# --- the budget every fuzz test runs with -------------------------------------------

_RAISED = int(os.environ.get("REPDESK_FUZZ_EXAMPLES", "0") or 0)
HARD_LIMIT = 30.0  # seconds for one example: beyond, it hangs (the deadline is the goal)

F = TypeVar("F", bound=Callable[..., Any])


def fuzz(examples: int, deadline_ms: int = 2_000) -> Callable[[F], F]:
    """The settings of one fuzz test: ``examples`` in CI (REPDESK_FUZZ_EXAMPLES raises
    it, with fresh random examples each run), a deadline per example, and no example
    database (no .hypothesis folder in the repository)."""
    return settings(
        max_examples=_RAISED or examples,
        deadline=timedelta(milliseconds=deadline_ms),
        derandomize=not _RAISED,
        database=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


class HangError(Exception):
    pass


@contextmanager
def hard_limit(seconds: float = HARD_LIMIT) -> Iterator[None]:
    """Turn a hang into a failure (the deadline only judges an example that ends)."""
    if not hasattr(signal, "setitimer"):  # Windows: the deadline alone
        yield
        return

    def alarm(_signum: int, _frame: FrameType | None) -> None:
        raise HangError(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
