"""The Reports page: charts that fill in without blocking, exports, the weekly summary."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.charts import ChartKind
from repdesk.domain.weeks import IsoWeek
from repdesk.gui.main_window import MainWindow
from repdesk.gui.views.reports.charts_tab import ORDER
from repdesk.gui.views.reports.page import ReportsPage
from tests import conftest
from tests.gui.conftest import OpenWindow


def _reports(window: MainWindow) -> ReportsPage:
    window.show_area(Area.REPORTS)
    page = window.reports_page
    assert page is not None
    return page


def _all_drawn(qtbot: QtBot, page: ReportsPage) -> set[ChartKind]:
    drawn: set[ChartKind] = set()
    page.charts.chart_drawn.connect(drawn.add)
    qtbot.waitUntil(lambda: drawn >= set(ORDER), timeout=60000)
    return drawn


def test_every_chart_fills_in_off_the_gui_thread(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from repdesk.reports import charts

    threads: list[str] = []
    real = charts.draw_chart

    def watched(*args: Any, **kwargs: Any) -> None:
        threads.append(threading.current_thread().name)
        real(*args, **kwargs)

    monkeypatch.setattr(charts, "draw_chart", watched)
    window = open_window(demo_db)
    page = _reports(window)
    # The page is there at once; its charts are still being read and drawn.
    assert page.isVisible() and page.charts.cards[ChartKind.VISITS].state.text() != ""
    _all_drawn(qtbot, page)
    for kind, card in page.charts.cards.items():
        pixmap = card.image.pixmap()
        assert not pixmap.isNull() and pixmap.width() > 200, kind
        assert card.export.isEnabled() and card.state.text() == ""
    assert threads and threading.main_thread().name not in threads


def test_a_chart_exports_to_png_and_svg(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(demo_db)
    page = _reports(window)
    _all_drawn(qtbot, page)
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml")):
        path = tmp_path / f"pareto{suffix}"
        with qtbot.waitSignal(page.charts.status, timeout=30000):
            page.charts.save_chart(ChartKind.PARETO, path)
        assert path.read_bytes().startswith(magic)
    assert "80/20" in (tmp_path / "pareto.svg").read_text(encoding="utf-8")


def test_changing_the_period_draws_again(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_db)
    page = _reports(window)
    _all_drawn(qtbot, page)
    before = page.charts.numbers[ChartKind.VISITS]
    page.charts.period.setCurrentIndex(0)  # the last 4 weeks
    _all_drawn(qtbot, page)
    after = page.charts.numbers[ChartKind.VISITS]
    assert after != before
    assert page.charts.current_period().days == 28


def _made(db: Path, week: IsoWeek) -> int:
    with closing(sqlite3.connect(db)) as c:
        (count,) = c.execute(
            "SELECT count(*) FROM visit_records r JOIN customers c ON c.id = r.customer_id "
            "WHERE NOT r.is_draft AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
            "AND date(r.visited_at) BETWEEN ? AND ?",
            (week.monday.isoformat(), week.sunday.isoformat()),
        ).fetchone()
    return int(count)


def test_the_weekly_summary_shows_its_numbers_and_writes_its_files(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(demo_db)
    page = _reports(window)
    weekly = page.weekly
    page.tabs.setCurrentWidget(weekly)
    qtbot.waitUntil(lambda: weekly.export_button.isEnabled(), timeout=30000)
    week = weekly.current_week()
    assert week == IsoWeek.of(date.today()).previous()
    shown = {
        weekly.numbers.item(row, 0).text(): weekly.numbers.item(row, 1).text()  # type: ignore[union-attr]
        for row in range(weekly.numbers.rowCount())
    }
    assert shown["Visits made"] == str(_made(demo_db, week))
    weekly.csv.setChecked(True)
    with qtbot.waitSignal(weekly.files_written, timeout=60000) as written:
        weekly.write_files(tmp_path)
    names = sorted(path.name for path in written.args[0])
    assert f"weekly-{week}.pdf" in names and f"weekly-{week}.xlsx" in names
    assert any(name.endswith("-summary.csv") for name in names)
    book = load_workbook(tmp_path / f"weekly-{week}.xlsx")
    assert book.sheetnames[0] == "Summary"
    text = conftest.pdf_text(tmp_path / f"weekly-{week}.pdf")
    assert "Weekly summary" in text and str(week) in text


def test_an_empty_book_draws_every_chart_with_its_message(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    window = open_window(empty_db)
    page = _reports(window)
    _all_drawn(qtbot, page)
    for kind, card in page.charts.cards.items():
        assert not card.image.pixmap().isNull(), kind
    qtbot.waitUntil(lambda: page.weekly.export_button.isEnabled(), timeout=30000)


def test_a_folder_that_cannot_be_written_says_so_and_writes_nothing(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(demo_db)
    page = _reports(window)
    weekly = page.weekly
    qtbot.waitUntil(lambda: weekly.export_button.isEnabled(), timeout=30000)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")

    def box() -> QMessageBox | None:
        found = weekly.findChild(QMessageBox, "weeklyPrintError")
        return found if isinstance(found, QMessageBox) and found.isVisible() else None

    weekly.write_files(blocker / "week")
    qtbot.waitUntil(lambda: box() is not None, timeout=60000)
    shown = box()
    assert shown is not None and str(blocker / "week") in shown.text()
    shown.close()
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]


def test_the_preview_shows_every_page_of_the_weekly_pdf(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window = open_window(demo_db)
    weekly = _reports(window).weekly
    qtbot.waitUntil(lambda: weekly.preview_button.isEnabled(), timeout=30000)
    weekly.preview_button.click()

    def dialog() -> QPrintPreviewDialog | None:
        found = weekly.findChild(QPrintPreviewDialog, "weeklyPrintPreview")
        return found if isinstance(found, QPrintPreviewDialog) else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=60000)
    shown = dialog()
    assert shown is not None and shown.windowTitle() == "Weekly summary"
    pages = shown.findChild(QPrintPreviewWidget)
    assert isinstance(pages, QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 5, timeout=30000)
    shown.close()
