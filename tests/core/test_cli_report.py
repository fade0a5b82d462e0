"""``repdesk report weekly`` as a manager's script runs it: a real process, no display.

Every run here has no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM: the command
line must not need a screen, in English or in Chinese.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from repdesk.domain.weeks import IsoWeek
from repdesk.reports.weekly_tables import TABLE_KEYS
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
WEEK = IsoWeek.of(DEMO_TODAY).previous()  # 2026-W46: complete whatever today is


def _env(config: Path) -> dict[str, str]:
    env = {**os.environ, "REPDESK_CONFIG_DIR": str(config)}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)  # the command line needs no display
    return env


def _repdesk(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "repdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(config),
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def _rows(db: Path, statement: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as c:
        return c.execute(statement, params).fetchall()


def _made(db: Path, week: IsoWeek) -> int:
    ((count,),) = _rows(
        db,
        "SELECT count(*) FROM visit_records r JOIN customers c ON c.id = r.customer_id "
        "WHERE r.deleted_at IS NULL AND NOT r.is_draft AND c.deleted_at IS NULL "
        "AND r.visited_at >= ? AND r.visited_at < ?",
        week.monday.isoformat(),
        (week.sunday + timedelta(days=1)).isoformat(),
    )
    return int(count)


def _items(path: Path) -> dict[Any, Any]:
    """The Summary sheet's Item -> Value (row 3 on)."""
    sheet = load_workbook(path).worksheets[0]
    return {row[0]: row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}


def test_the_weekly_workbook_in_english(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports" / "week"
    result = _repdesk(
        "report", "weekly", "--week", str(WEEK), "--out", str(out), "--db", str(demo_db),
        "--lang", "en", config=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    workbook = out / f"weekly-{WEEK}.xlsx"
    assert str(workbook) in result.stdout and str(WEEK) in result.stdout
    assert sorted(p.name for p in out.iterdir()) == [f"weekly-{WEEK}.pdf", workbook.name]
    book = load_workbook(workbook)
    assert book.sheetnames[0] == "Summary" and len(book.sheetnames) == len(TABLE_KEYS)
    items = _items(workbook)
    assert items["Week"] == str(WEEK)
    assert items["Visits made"] == _made(demo_db, WEEK) > 5
    changed = {
        row[2] for row in book["Grade and tier changes"].iter_rows(min_row=3, values_only=True)
    }
    assert changed and changed <= {
        "Prospect grade",
        "Value tier",
        "Closed or prospect",
        "Value class",
    }


def test_csv_files_on_request(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _repdesk(
        "report", "weekly", "--week", str(WEEK), "--out", str(out), "--db", str(demo_db),
        "--csv", config=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    expected = [f"weekly-{WEEK}.xlsx", f"weekly-{WEEK}.pdf"]
    expected += [f"weekly-{WEEK}-{key}.csv" for key in TABLE_KEYS]
    assert names == sorted(expected)
    assert all(name in result.stdout for name in expected)
    summary_csv = (out / f"weekly-{WEEK}-summary.csv").read_bytes()
    assert summary_csv.startswith(b"\xef\xbb\xbfItem,Value,Guide\r\n")


def test_english_needs_no_qt_at_all(demo_db: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from repdesk.cli import main\n"
        f"code = main(['report', 'weekly', '--week', '{WEEK}', '--out', {str(tmp_path / 'o')!r},"
        f" '--db', {str(demo_db)!r}, '--lang', 'en'])\n"
        "print(code, 'PySide6' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip().splitlines()[-1] == "0 False"


def _objection_titles_zh(db: Path) -> set[str]:
    return {json.loads(title)["zh"] for (title,) in _rows(db, "SELECT title FROM objections")}


def test_chinese_without_a_display(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "周报"
    result = _repdesk(
        "report", "weekly", "--week", str(WEEK), "--out", str(out), "--db", str(demo_db),
        "--lang", "zh_CN", config=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warning about a missing display or platform
    book = load_workbook(out / f"weekly-{WEEK}.xlsx")
    # The method's names come from the shared translations (context "Labels")...
    changes = book.worksheets[5]
    fields = {row[2] for row in changes.iter_rows(min_row=3, values_only=True)}
    assert "潜在客户等级" in fields or "价值等级" in fields
    # ...and the playbook's objections are in Chinese.
    objections = book.worksheets[7]
    titles = [row[0] for row in objections.iter_rows(min_row=3, values_only=True)]
    assert titles and set(titles) <= _objection_titles_zh(demo_db)
    # Customers' Chinese names are intact.
    made = book.worksheets[2]
    names = {row[2] for row in made.iter_rows(min_row=3, values_only=True)}
    assert any(isinstance(n, str) and "有限公司" in n for n in names)


def test_the_settings_choose_the_database_and_the_language(demo_db: Path, tmp_path: Path) -> None:
    data = tmp_path / "我的数据"
    data.mkdir()
    shutil.copyfile(demo_db, data / "repdesk.db")
    settings = {"data_folder": str(data), "language": "zh_CN", "rep_name": "王小明"}
    (tmp_path / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    result = _repdesk(
        "report", "weekly", "--week", str(WEEK), "--out", str(tmp_path / "o"), config=tmp_path
    )
    assert result.returncode == 0, result.stderr
    items = _items(tmp_path / "o" / f"weekly-{WEEK}.xlsx")
    assert "王小明" in items.values()
    objections = load_workbook(tmp_path / "o" / f"weekly-{WEEK}.xlsx").worksheets[7]
    titles = [row[0] for row in objections.iter_rows(min_row=3, values_only=True)]
    assert titles and set(titles) <= _objection_titles_zh(demo_db)


def test_the_default_week_is_the_last_complete_one(demo_db: Path, tmp_path: Path) -> None:
    before = IsoWeek.of(date.today()).previous()
    result = _repdesk(
        "report", "weekly", "--out", str(tmp_path / "o"), "--db", str(demo_db), config=tmp_path
    )
    assert result.returncode == 0, result.stderr
    after = IsoWeek.of(date.today()).previous()  # the same, unless midnight passed on Sunday
    written = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert written in (
        [f"weekly-{before}.pdf", f"weekly-{before}.xlsx"],
        [f"weekly-{after}.pdf", f"weekly-{after}.xlsx"],
    )
    help_text = _repdesk("report", "weekly", "--help", config=tmp_path).stdout
    assert "the last complete week" in " ".join(help_text.split())


@pytest.mark.parametrize(
    ("week", "message"),
    [("2026-W54", "year 2026 has no week 54"), ("2026-47", "is not an ISO week like 2026-W47")],
)
def test_a_bad_week_says_so_in_one_line(
    demo_db: Path, tmp_path: Path, week: str, message: str
) -> None:
    out = tmp_path / "o"
    result = _repdesk(
        "report", "weekly", "--week", week, "--out", str(out), "--db", str(demo_db), config=tmp_path
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert week in result.stderr and message in result.stderr
    assert not out.exists()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    out = tmp_path / "o"
    result = _repdesk("report", "weekly", "--out", str(out), "--db", str(bad), config=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(bad) in result.stderr and "not a RepDesk database" in result.stderr
    assert bad.read_text(encoding="utf-8") == "hello" and not out.exists()


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    result = _repdesk(
        "report", "weekly", "--out", str(tmp_path / "o"), "--db", str(missing), config=tmp_path
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(missing) in result.stderr and "no database" in result.stderr
    assert not missing.exists()


@pytest.mark.parametrize("below", [False, True])
def test_an_output_folder_it_cannot_write(demo_db: Path, tmp_path: Path, below: bool) -> None:
    place = tmp_path / "work"
    place.mkdir()
    blocker = place / "a file"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "week" if below else blocker
    result = _repdesk(
        "report", "weekly", "--week", str(WEEK), "--out", str(out), "--db", str(demo_db),
        config=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot write" in result.stderr and str(out) in result.stderr
    assert blocker.read_text(encoding="utf-8") == "x"
    assert [p.name for p in place.iterdir()] == ["a file"]


def test_the_folder_is_required(tmp_path: Path) -> None:
    result = _repdesk("report", "weekly", config=tmp_path)
    assert result.returncode == 2 and "--out" in result.stderr
    result = _repdesk("report", config=tmp_path)
    assert result.returncode == 2 and "weekly" in result.stderr
