"""The day plan printed as an itinerary: exported through the GUI helper and from the
day plan's button, read back from the PDF it writes."""

from __future__ import annotations

import shutil
from dataclasses import fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.diary import DiaryRow
from repdesk.domain.enums import VisitStatus
from repdesk.domain.visits import DayVisit
from repdesk.gui import print_itinerary as printing
from repdesk.gui.tasks import TaskRunner
from repdesk.reports.labels import ItineraryLabels
from tests.conftest import pdf_text
from tests.gui.conftest import OpenWindow

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

DAY = date(2026, 11, 23)
HOSTILE = '<b>&amp; "quotes" > <'


def _visits() -> list[DayVisit]:
    def at(hour: int) -> datetime:
        return datetime(2026, 11, 23, hour, 0)

    return [
        DayVisit(
            "b", "cb", "宁波新星贸易", at(15), "", "谈交货期", 0, VisitStatus.DONE, "宁波市鄞州区"
        ),
        DayVisit(
            "a", "ca", "Acme Ltd", at(9), "Hall 3", HOSTILE, 1, VisitStatus.PLANNED, "1 Main St"
        ),
    ]


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path, offered: list[str]) -> None:
    def choose(*args: Any) -> tuple[str, str]:
        offered.append(args[2])
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


def test_the_english_labels_are_the_reports_defaults(qapp: QApplication) -> None:
    built, defaults = printing.itinerary_labels(), ItineraryLabels()
    for field in fields(ItineraryLabels):
        assert getattr(built, field.name) == getattr(defaults, field.name), field.name


@needs_poppler
def test_export_writes_the_itinerary_and_says_so(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    visits = _visits()
    target = tmp_path / "行程"
    offered: list[str] = []
    _choose(monkeypatch, target, offered)
    printing.export_itinerary(window, runner, DAY, visits, ("王伟", "华南一组"))
    visits.clear()  # the screen moves on: the worker prints what was asked for

    written = target.with_name("行程.pdf")  # the suffix is added
    qtbot.waitUntil(lambda: str(written) in window.statusBar().currentMessage(), timeout=30000)
    assert offered[0].endswith("itinerary-2026-11-23.pdf")
    lines = pdf_text(written).splitlines()
    text = "\n".join(lines)
    for value in ("Itinerary", "王伟", "华南一组", "2026-11-23", "Hall 3", HOSTILE, "Page 1 of 1"):
        assert value in text, value
    first = next(i for i, line in enumerate(lines) if "宁波新星贸易" in line)
    second = next(i for i, line in enumerate(lines) if "Acme Ltd" in line)
    assert lines[first].startswith("1. 15:00 宁波新星贸易 宁波市鄞州区")
    assert lines[second].startswith("2. 09:00 Acme Ltd Hall 3")
    assert "1 Main St" not in text  # the place wins over the address
    assert text.count("✓") == 1
    assert not list(tmp_path.glob("*.part"))


def test_print_opens_the_preview(qtbot: QtBot, runner: TaskRunner, window: QMainWindow) -> None:
    printing.print_itinerary(window, runner, DAY, _visits(), ("Wang Wei", ""))

    def preview() -> QPrintPreviewDialog | None:
        found = window.findChild(QPrintPreviewDialog, "itineraryPrintPreview")
        return found if isinstance(found, QPrintPreviewDialog) else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=30000)
    dialog = preview()
    assert dialog is not None
    assert dialog.windowTitle() == "Print the itinerary"
    dialog.close()


@needs_poppler
def test_the_day_plan_exports_its_itinerary_in_the_order_shown(
    open_window: OpenWindow,
    empty_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(empty_db)
    workspace = window.workspace
    assert workspace is not None
    tomorrow = date.today() + timedelta(days=1)
    for hour, company in ((9, "Acme Ltd"), (11, "宁波新星贸易")):
        at = datetime.combine(tomorrow, datetime.min.time()).replace(hour=hour)
        workspace.diary.save(DiaryRow(date.today(), company, appointment_at=at))
    window.show_area(Area.VISITS)
    page = window.visits_page
    assert page is not None
    plan = page.day_plan
    assert plan.print_button.isEnabled() and plan.export_button.isEnabled()
    plan.show_day(tomorrow)
    qtbot.waitUntil(lambda: plan.list.count() == 2, timeout=10000)
    plan.list.setCurrentRow(0)
    plan.move_current(1)  # the rep puts the 11:00 visit first
    window.runner.wait(10000)

    target = tmp_path / "day.pdf"
    offered: list[str] = []
    _choose(monkeypatch, target, offered)
    plan.export_button.click()
    qtbot.waitUntil(target.exists, timeout=20000)
    window.runner.wait(20000)
    assert offered[0].endswith(f"itinerary-{tomorrow.isoformat()}.pdf")
    lines = pdf_text(target).splitlines()
    assert any(line.startswith("1. 11:00 宁波新星贸易") for line in lines), lines
    assert any(line.startswith("2. 09:00 Acme Ltd") for line in lines), lines
