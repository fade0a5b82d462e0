"""The weekly summary's PDF, read back with pdftotext and looked at page by page."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.domain.weekly import WEEKLY_CHARTS
from repdesk.domain.weeks import IsoWeek
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.weekly_labels import WeeklyLabels
from repdesk.reports.weekly_report import weekly_pdf
from repdesk.services.workspace import Workspace
from tests import conftest
from tests.conftest import DEMO_TODAY

LAST_WEEK = IsoWeek.of(DEMO_TODAY).previous()


def _pages(path: Path) -> list[str]:
    return conftest.pdf_text(path, layout=True).split("\f")[:-1]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _made(db: Path, week: IsoWeek) -> int:
    with closing(sqlite3.connect(db)) as c:
        (count,) = c.execute(
            "SELECT count(*) FROM visit_records r JOIN customers c ON c.id = r.customer_id "
            "WHERE NOT r.is_draft AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
            "AND r.visited_at >= ? AND r.visited_at < ?",
            (f"{week.monday} 00:00:00", f"{week.sunday} 23:59:59.999999"),
        ).fetchone()
    return int(count)


def _tile(cover: str, label: str) -> str:
    """The number shown above ``label`` on the cover (the laid-out text's tile)."""
    lines = cover.splitlines()
    row = next(
        i for i, line in enumerate(lines) if re.search(rf"(^|\s{{2}}){label}(\s{{2}}|$)", line)
    )
    centre = lines[row].index(label) + len(label) // 2
    above = next(line for line in reversed(lines[:row]) if line.strip())
    for match in re.finditer(r"\S+", above):
        if match.start() - 12 <= centre <= match.end() + 12:
            return match.group()
    raise AssertionError(f"no value above {label!r}")


def _planned(db: Path, week: IsoWeek) -> int:
    with closing(sqlite3.connect(db)) as c:
        (count,) = c.execute(
            "SELECT count(*) FROM visit_plans p JOIN customers c ON c.id = p.customer_id "
            "WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.status != 'cancelled' "
            "AND p.appointment_at >= ? AND p.appointment_at < ?",
            (f"{week.monday} 00:00:00", f"{week.sunday} 23:59:59.999999"),
        ).fetchone()
    return int(count)


def _build(db: Path, week: IsoWeek, labels: WeeklyLabels, charts: ChartLabels) -> bytes:
    store = open_store(db)
    try:
        weekly = Workspace(store).weekly
        summary = weekly.summary(week, DEMO_TODAY)
        numbers = weekly.chart_numbers(week)
    finally:
        store.close()
    assert set(numbers) == set(WEEKLY_CHARTS)
    return weekly_pdf(summary, labels, numbers, charts, rep_name="Wang Wei", team="South")


def test_cover_charts_and_tables_read_back(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "week.pdf"
    path.write_bytes(_build(demo_db, LAST_WEEK, WeeklyLabels(), ChartLabels()))
    pages = _pages(path)
    assert len(pages) >= 5
    cover = pages[0]
    monday, sunday = LAST_WEEK.monday.isoformat(), LAST_WEEK.sunday.isoformat()
    assert "Weekly summary" in cover and f"{LAST_WEEK} ({monday} – {sunday})" in cover
    assert "Wang Wei" in cover and "South" in cover
    made = _made(demo_db, LAST_WEEK)
    assert made > 3
    assert _tile(cover, "Visits made") == str(made)
    assert _tile(cover, "Visits planned") == str(_planned(demo_db, LAST_WEEK))
    assert "Charts" in pages[1]
    body = "\n".join(pages[2:])
    for title in ("Visits made", "New prospects by lead source", "Next week's plan"):
        assert title in body
    # Every page has the footer: the print date and "page n of N".
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    # The week's customers are in the table of visits made, Chinese names included.
    with closing(sqlite3.connect(demo_db)) as c:
        names = [
            str(r[0])
            for r in c.execute(
                "SELECT c.name FROM visit_records r JOIN customers c ON c.id = r.customer_id "
                "WHERE NOT r.is_draft AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
                "AND r.visited_at >= ? AND r.visited_at < ?",
                (f"{LAST_WEEK.monday} 00:00:00", f"{LAST_WEEK.sunday} 23:59:59.999999"),
            )
        ]
    squeezed = _squeezed(conftest.pdf_text(path))
    assert any(re.search(r"[\u4e00-\u9fff]", name) for name in names)
    for name in names:
        assert _squeezed(name) in squeezed, name


def test_chinese_labels_print_and_search(demo_db: Path, tmp_path: Path) -> None:
    labels = replace(
        WeeklyLabels(language="zh_CN"),
        title="周报",
        charts_title="图表",
        tables_title="本周明细",
        made_title="已完成的拜访",
        page_of="第 %1 页，共 %2 页",
    )
    path = tmp_path / "zh.pdf"
    path.write_bytes(_build(demo_db, LAST_WEEK, labels, ChartLabels(language="zh_CN")))
    pages = _pages(path)
    assert "周报" in pages[0] and "图表" in pages[1]
    assert "本周明细" in "".join(pages) and "已完成的拜访" in "".join(pages)
    assert f"第 {len(pages)} 页，共 {len(pages)} 页" in pages[-1]


def test_an_empty_week_still_makes_a_whole_report(empty_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    labels = WeeklyLabels()
    path.write_bytes(_build(empty_db, IsoWeek(2026, 46), labels, ChartLabels()))
    text = conftest.pdf_text(path)
    assert "Weekly summary" in text and "Charts" in text
    assert "Page 1 of" in text
    # Each empty table says so instead of printing an empty grid.
    assert text.count(labels.no_rows) + text.count("No ") >= 5


@pytest.mark.parametrize("week", [IsoWeek(2026, 1), LAST_WEEK])
def test_the_pdf_pages_are_a4_portrait(demo_db: Path, tmp_path: Path, week: IsoWeek) -> None:
    import subprocess

    path = tmp_path / f"{week}.pdf"
    path.write_bytes(_build(demo_db, week, WeeklyLabels(), ChartLabels()))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info.stdout), info.stdout
    assert "Title:" in info.stdout and f"{week}" in info.stdout
