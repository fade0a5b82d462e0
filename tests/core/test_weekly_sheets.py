"""The weekly summary's workbook and CSV files, opened as a manager's spreadsheet would.

openpyxl reads the XLSX back: one sheet per table with its title, typed cells, totals
equal to the database's, text that never runs as a formula, Chinese intact. The CSV
files are read back as bytes and through csv_io.
"""

from __future__ import annotations

import ast
import csv
import io
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from repdesk.db.store import open_store
from repdesk.domain.weeks import IsoWeek
from repdesk.reports import weekly_sheets
from repdesk.reports.interchange.csv_io import _escape as csv_escape
from repdesk.reports.interchange.csv_io import read_csv
from repdesk.reports.weekly_labels import WeeklyLabels, english_values, english_weekdays
from repdesk.reports.weekly_sheets import sheet_names, write_weekly_files
from repdesk.reports.weekly_tables import TABLE_KEYS, Ratio, Table, weekly_tables
from repdesk.services.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.core.test_weekly_service import AFTER, WEEK, build_week

ROOT = Path(__file__).resolve().parents[2]
LAST_WEEK = IsoWeek.of(DEMO_TODAY).previous()

ENGLISH_SHEETS = [
    "Summary",
    "Visits by day",
    "Visits made",
    "Prospects by source",
    "New prospects",
    "Grade and tier changes",
    "Signals",
    "Objections",
    "Answers",
    "Follow-ups done",
    "Follow-ups overdue",
    "Time by tier",
    "Expenses",
    "Next week",
]


def _rows(db: Path, statement: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as c:
        return c.execute(statement, params).fetchall()


def _data(sheet: Worksheet) -> list[tuple[Any, ...]]:
    """Row 3 on: the rows and totals (row 1 is the title, row 2 the header)."""
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=3)]


def _cells(sheet: Worksheet, first: int, last: int) -> list[list[Any]]:
    """Rows ``first``..``last`` as cells (their values typed loosely, as a spreadsheet's)."""
    return [list(row) for row in sheet.iter_rows(min_row=first, max_row=last)]


def _week_sql(week: IsoWeek) -> tuple[str, str]:
    return week.monday.isoformat(), (week.sunday + timedelta(days=1)).isoformat()


_MADE = (
    "FROM visit_records r JOIN customers c ON c.id = r.customer_id "
    "WHERE r.deleted_at IS NULL AND NOT r.is_draft AND c.deleted_at IS NULL "
    "AND r.visited_at >= ? AND r.visited_at < ?"
)


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(demo_db))
    yield ws
    ws.close()


@pytest.fixture
def book(empty_db: Path) -> Iterator[Workspace]:
    ws = Workspace(open_store(empty_db))
    yield ws
    ws.close()


def test_one_sheet_per_table_with_its_title(demo: Workspace, tmp_path: Path) -> None:
    summary = demo.weekly.summary(LAST_WEEK, today=DEMO_TODAY)
    written = write_weekly_files(summary, tmp_path / "out", csv=True, pdf=False)
    stem = f"weekly-{LAST_WEEK}"
    assert written[0] == tmp_path / "out" / f"{stem}.xlsx"
    assert [p.name for p in written[1:]] == [f"{stem}-{key}.csv" for key in TABLE_KEYS]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in written)

    tables = weekly_tables(summary, WeeklyLabels())
    workbook = load_workbook(written[0])
    assert workbook.sheetnames == ENGLISH_SHEETS
    assert workbook.properties.title == f"Weekly summary {LAST_WEEK}"
    for table, sheet in zip(tables, workbook.worksheets, strict=True):
        assert sheet["A1"].value == table.title
        assert [c.value for c in sheet[2]] == table.headers
        assert sheet.freeze_panes == "A3"
        assert all(sheet[2][i].font.b for i in range(len(table.headers)))
        assert len(_data(sheet)) == len(table.rows) + len(table.totals) + (
            0 if table.rows or not table.empty else 1
        )
    assert workbook["Summary"]["A1"].value == (
        f"Weekly summary {LAST_WEEK} ({LAST_WEEK.monday} – {LAST_WEEK.sunday})"
    )
    widths = workbook["Visits made"].column_dimensions
    assert widths["C"].width >= 30 and widths["B"].width >= 8


def test_numbers_are_numbers_and_dates_are_dates(
    demo: Workspace, demo_db: Path, tmp_path: Path
) -> None:
    summary = demo.weekly.summary(LAST_WEEK, today=DEMO_TODAY)
    path = write_weekly_files(summary, tmp_path / "out")[0]
    workbook = load_workbook(path)
    made = workbook["Visits made"]
    data = _cells(made, 3, 2 + summary.visits.made)
    assert len(data) == summary.visits.made > 5
    for row in data:
        assert row[0].is_date and row[0].number_format == "yyyy-mm-dd"
        assert LAST_WEEK.monday <= row[0].value.date() <= LAST_WEEK.sunday
        assert row[1].data_type == "s" and len(row[1].value) == 5  # "09:30"
        assert row[5].data_type == "n" and isinstance(row[5].value, int)
        if row[6].value is not None:
            assert row[6].data_type == "n" and row[6].number_format == "#,##0.00"
    by_day = workbook["Visits by day"]
    assert [r[0].value.date() for r in _cells(by_day, 3, 9)] == LAST_WEEK.days()
    time_sheet = workbook["Time by tier"]
    shares = [r[4] for r in _cells(time_sheet, 3, 5)]
    assert all(c.data_type == "n" and c.number_format == "0.0%" for c in shares)
    assert sum(c.value for c in shares) == pytest.approx(1.0)

    # The summary's key numbers are numbers too.
    items = {r[0]: r[1] for r in _data(workbook["Summary"])}
    assert items["Visits made"] == summary.visits.made
    assert items["First day"] == datetime.combine(LAST_WEEK.monday, datetime.min.time())
    assert items["Share of time: VIP customers"] == pytest.approx(summary.time[0].share)
    assert "Week in progress: numbers as of" not in items


def test_totals_equal_the_databases(demo: Workspace, demo_db: Path, tmp_path: Path) -> None:
    summary = demo.weekly.summary(LAST_WEEK, today=DEMO_TODAY)
    workbook = load_workbook(write_weekly_files(summary, tmp_path / "out")[0])
    first, end = _week_sql(LAST_WEEK)
    ((count, minutes),) = _rows(
        demo_db, f"SELECT count(*), sum(r.minutes_spent) {_MADE}", first, end
    )
    # Time by tier: the three tiers' minutes, and the total row, are the week's minutes.
    time_rows = _data(workbook["Time by tier"])
    assert sum(r[2] for r in time_rows[:3]) == minutes == time_rows[3][2]
    assert sum(r[1] for r in time_rows[:3]) == count == time_rows[3][1]
    assert time_rows[3][0] == "Total"
    # Visits made: one row per visit, the total row's minutes.
    made_rows = _data(workbook["Visits made"])
    assert len(made_rows) == count + 1 and made_rows[-1][5] == minutes
    # Expenses: each currency's total row is the database's sum.
    expected: dict[str, float] = dict(
        _rows(
            demo_db,
            f"SELECT upper(r.currency), sum(r.expenses) {_MADE} AND r.expenses IS NOT NULL "
            "GROUP BY upper(r.currency)",
            first,
            end,
        )
    )
    totals = {r[1]: r[3] for r in _data(workbook["Expenses"]) if r[0] == "All tiers"}
    assert expected and totals == pytest.approx(expected)
    tier_rows = [r for r in _data(workbook["Expenses"]) if r[0] != "All tiers"]
    assert sum(r[3] for r in tier_rows) == pytest.approx(sum(expected.values()))
    # Visits by day: the total row.
    by_day = _data(workbook["Visits by day"])
    assert by_day[-1][2:] == (summary.visits.planned, count)


def _every_cell(path: Path) -> Iterator[Any]:
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            yield from row


RISKY = {
    "vip": '=HYPERLINK("http://example.com/x","Click me")',
    "ordinary": "+1 555 0100",
    "prospect": "@SUM(A1)",
    "closed": "-2",
}


def test_text_never_runs_as_a_formula(book: Workspace, empty_db: Path, tmp_path: Path) -> None:
    build_week(book, empty_db, names=RISKY)
    summary = book.weekly.summary(WEEK, today=AFTER)
    written = write_weekly_files(summary, tmp_path / "out", csv=True, pdf=False)

    seen: dict[str, int] = {}
    for cell in _every_cell(written[0]):
        if cell.value in RISKY.values():
            assert cell.data_type == "s", (cell.coordinate, cell.value)
            seen[cell.value] = seen.get(cell.value, 0) + 1
    assert set(seen) == set(RISKY.values())
    # No cell of the workbook is a formula at all.
    assert all(cell.data_type != "f" for cell in _every_cell(written[0]))

    made_csv = next(p for p in written if p.name.endswith("-visits-made.csv"))
    raw = list(csv.reader(io.StringIO(made_csv.read_text(encoding="utf-8-sig"))))
    customers = [row[2] for row in raw[1:-1]]
    assert customers == [csv_escape(RISKY[k]) for k in ("vip", "ordinary", "prospect", "ordinary")]
    assert customers[0] == "'" + RISKY["vip"] and customers[2] == "'@SUM(A1)"
    assert customers[1] == "+1 555 0100"  # a phone number cannot call anything: as typed
    prospects_csv = next(p for p in written if p.name.endswith("-new-prospects.csv"))
    assert [r.values[1] for r in read_csv(prospects_csv).rows] == [RISKY["prospect"], "-2"]
    raw_prospects = list(csv.reader(io.StringIO(prospects_csv.read_text(encoding="utf-8-sig"))))
    assert [row[1] for row in raw_prospects[1:]] == ["'@SUM(A1)", "-2"]  # a number: as typed
    # Read back through csv_io, the names are exactly as typed.
    assert [r.values[2] for r in read_csv(made_csv).rows][:4] == [
        RISKY["vip"],
        RISKY["ordinary"],
        RISKY["prospect"],
        RISKY["ordinary"],
    ]


def test_chinese_labels_and_data_survive(book: Workspace, empty_db: Path, tmp_path: Path) -> None:
    build_week(book, empty_db)
    summary = book.weekly.summary(WEEK, today=AFTER)
    labels = WeeklyLabels(
        language="zh_CN",
        title="每周总结",
        week_range="%1（%2 至 %3）",
        summary_sheet="概要",
        item="项目",
        key_made="完成拜访",
        made_title="完成拜访",
        made_sheet="完成拜访",
        column_customer="客户",
        column_tier="客户级别",
        tier_vip="VIP 客户",
        total="合计",
        weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    )
    written = write_weekly_files(
        summary, tmp_path / "周报", labels, csv=True, rep_name="王小明", team="华东一组"
    )
    workbook = load_workbook(written[0])
    assert workbook.sheetnames[:3] == ["概要", "Visits by day", "完成拜访"]
    cover = workbook["概要"]
    assert cover["A1"].value == "每周总结 2026-W47（2026-11-16 至 2026-11-22）"
    items = {r[0]: r[1] for r in _data(cover)}
    assert items["Sales rep"] == "王小明" and items["Team"] == "华东一组"
    assert items["完成拜访"] == 4
    made = workbook["完成拜访"]
    assert made["C2"].value == "客户" and made["D2"].value == "客户级别"
    assert made["C3"].value == "深圳华信电子有限公司" and made["D3"].value == "VIP 客户"
    assert [r[1].value for r in workbook["Visits by day"].iter_rows(min_row=3, max_row=4)] == [
        "星期一",
        "星期二",
    ]
    # The CSV: UTF-8 with a BOM, so Excel shows the Chinese.
    made_csv = next(p for p in written if p.name.endswith("-visits-made.csv"))
    data = made_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "深圳华信电子有限公司" in text and "客户级别" in text and "合计" in text
    signals_csv = next(p for p in written if p.name.endswith("-signals.csv"))
    assert "投诉增加" in signals_csv.read_text(encoding="utf-8-sig")


def test_a_week_in_progress_says_so(book: Workspace, empty_db: Path, tmp_path: Path) -> None:
    build_week(book, empty_db)
    summary = book.weekly.summary(WEEK, today=date(2026, 11, 20))
    workbook = load_workbook(write_weekly_files(summary, tmp_path / "out")[0])
    items = {r[0]: r[1] for r in _data(workbook["Summary"])}
    assert items["Week in progress: numbers as of"] == datetime(2026, 11, 20)


def test_an_empty_week_still_opens(book: Workspace, tmp_path: Path) -> None:
    summary = book.weekly.summary(WEEK, today=AFTER)
    workbook = load_workbook(write_weekly_files(summary, tmp_path / "out", csv=True)[0])
    assert workbook.sheetnames == ENGLISH_SHEETS
    assert [r[0] for r in _data(workbook["Visits made"])] == ["No visits made this week."]
    assert workbook["Visits made"]["A3"].font.i
    assert [r[0] for r in _data(workbook["Next week"])] == ["No visits planned for next week yet."]
    time_rows = _data(workbook["Time by tier"])
    assert [r[2] for r in time_rows] == [0, 0, 0, 0] and time_rows[0][4] is None
    assert (tmp_path / "out" / f"weekly-{WEEK}-visits-made.csv").read_bytes() == (
        b"\xef\xbb\xbfDate,Time,Customer,Tier,From a plan,Minutes,Expenses,Currency,Outcome\r\n"
    )


def test_a_failure_leaves_no_file_behind(
    book: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = book.weekly.summary(WEEK, today=AFTER)
    out = tmp_path / "out"
    out.mkdir()
    old = out / f"weekly-{WEEK}.xlsx"
    old.write_bytes(b"last week's run")
    calls: list[Table] = []
    real = weekly_sheets.write_table_csv

    def failing(table: Table, path: Path) -> None:
        calls.append(table)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(table, path)

    monkeypatch.setattr(weekly_sheets, "write_table_csv", failing)
    with pytest.raises(OSError, match="No space"):
        write_weekly_files(summary, out, csv=True)
    assert [p.name for p in out.iterdir()] == [old.name]
    assert old.read_bytes() == b"last week's run"


def test_an_unwritable_folder_raises_oserror(book: Workspace, tmp_path: Path) -> None:
    summary = book.weekly.summary(WEEK, today=AFTER)
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_weekly_files(summary, blocker)
    with pytest.raises(NotADirectoryError):
        write_weekly_files(summary, blocker / "below")
    assert blocker.read_text(encoding="utf-8") == "x"


def _table(sheet: str, key: str = "t") -> Table:
    return Table(key=key, title="", sheet=sheet, columns=(), rows=())


def test_sheet_names_are_what_excel_allows() -> None:
    names = sheet_names(
        [
            _table("Visits [made]: a/b?"),
            _table("x" * 40),
            _table("X" * 40),
            _table("'quoted'"),
            _table("", key="fallback"),
            _table("概要"),
        ]
    )
    assert names[0] == "Visits  made   a b"
    assert names[1] == "x" * 31 and names[2] == "X" * 27 + " (2)"
    assert names[3] == "quoted" and names[4] == "fallback" and names[5] == "概要"
    assert all(len(n) <= 31 for n in names)


def test_csv_cells() -> None:
    assert weekly_sheets.csv_value(Ratio(0.5833333)) == "58.3%"
    assert weekly_sheets.csv_value(0.1 + 0.2) == 0.3
    assert weekly_sheets.csv_value(date(2026, 11, 16)) == date(2026, 11, 16)
    assert weekly_sheets.display_width("深圳 ab") == 7


# --- the GUI's translated labels hold the same English -------------------------------


def _gui_calls() -> tuple[dict[str, str], list[str]]:
    """repdesk/gui/weekly_labels.py read as text (no Qt here): the keyword -> source text
    of its WeeklyLabels(...) call, and the weekdays it translates."""
    tree = ast.parse((ROOT / "repdesk" / "gui" / "weekly_labels.py").read_text(encoding="utf-8"))
    keywords: dict[str, str] = {}
    weekdays: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "WeeklyLabels":
            for keyword in node.keywords:
                value = keyword.value
                if isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "translate":
                    assert isinstance(value.args[0], ast.Constant)
                    assert value.args[0].value == "WeeklyLabels"
                    assert isinstance(value.args[1], ast.Constant)
                    assert keyword.arg is not None
                    keywords[keyword.arg] = str(value.args[1].value)
        if isinstance(node, ast.FunctionDef) and node.name == "weekdays":
            weekdays = [
                str(call.args[1].value)
                for call in ast.walk(node)
                if isinstance(call, ast.Call) and isinstance(call.args[1], ast.Constant)
            ]
    return keywords, weekdays


def test_the_gui_translates_every_label_from_the_same_english() -> None:
    keywords, weekdays = _gui_calls()
    defaults = WeeklyLabels()
    texts = {
        f.name: getattr(defaults, f.name)
        for f in fields(WeeklyLabels)
        if isinstance(getattr(defaults, f.name), str) and f.name != "language"
    }
    assert keywords == texts
    assert tuple(weekdays) == english_weekdays() == defaults.weekdays


def test_the_english_value_names_are_the_guis() -> None:
    """WeeklyLabels' English defaults for statuses, tiers, fields and signals are the
    words of repdesk/gui/labels.py (read as text: no Qt here)."""
    tree = ast.parse((ROOT / "repdesk" / "gui" / "labels.py").read_text(encoding="utf-8"))
    gui: dict[tuple[str, str], str] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Tuple)
            and len(node.elts) == 2
            and isinstance(node.elts[0], ast.Attribute)
            and isinstance(node.elts[0].value, ast.Attribute)
            and isinstance(node.elts[1], ast.Call)
            and isinstance(node.elts[1].args[1], ast.Constant)
        ):
            member = node.elts[0]
            assert isinstance(member.value, ast.Attribute)
            gui[(member.value.attr, member.attr)] = str(node.elts[1].args[1].value)
    ours = english_values()
    assert ours
    for (enum_cls, code), text in ours.items():
        assert gui[(enum_cls.__name__, enum_cls(code).name)] == text, (enum_cls, code)
