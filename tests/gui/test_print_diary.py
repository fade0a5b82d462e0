"""Exporting and printing the prospect diary from the GUI, read back from the PDF it writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from repdesk.domain.diary import DiaryLine, DiaryPage, DiaryRow
from repdesk.domain.enums import LeadSourceCode
from repdesk.gui import print_diary as printing
from repdesk.gui.diary_labels import diary_labels
from repdesk.gui.labels import label, lead_source_label, seed_lead_sources
from repdesk.gui.tasks import TaskRunner
from repdesk.reports.labels import DiaryLabels
from tests.conftest import pdf_text
from tests.gui.conftest import print_failure_box

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

HOSTILE = '<b>&amp; "quotes" > <'


def _page() -> DiaryPage:
    return DiaryPage(
        "王伟",
        "华南一组",
        date(2026, 11, 16),
        date(2026, 11, 22),
        [
            DiaryLine(
                DiaryRow(
                    date(2026, 11, 16),
                    "ABC公司",
                    "张三",
                    phone="12345678",
                    appointment_at=datetime(2026, 11, 16, 11, 0),
                    visit_result="初步同意!",
                    follow_up="邮寄更多的资料,电话联系",
                    follow_up_due=date(2026, 11, 20),
                    notes="母亲节送她一束鲜花!",
                    id="abc",
                ),
                lead_source_code=LeadSourceCode.FRIEND_REFERRAL.value,
                follow_up_done=True,
            ),
            DiaryLine(
                DiaryRow(
                    date(2026, 11, 18),
                    "X公司",
                    "李四",
                    phone="56781234",
                    notes="国庆节活动送月饼券",
                    id="x",
                ),
                lead_source_code=LeadSourceCode.ARCHIVE.value,
            ),
            DiaryLine(
                DiaryRow(date(2026, 11, 19), HOSTILE, "Zoë", visit_result="Agreed", id="h"),
                lead_source_label="Golf club",
            ),
        ],
    )


def _pdf_text(path: Path) -> str:
    return pdf_text(path, layout=True)


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path, offered: list[str]) -> None:
    def choose(*args: Any) -> tuple[str, str]:
        offered.append(args[2])
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


# --- labels -------------------------------------------------------------------------------


def test_the_english_labels_are_the_reports_defaults(qapp: QApplication) -> None:
    built, defaults = diary_labels(), DiaryLabels()
    for field in fields(DiaryLabels):
        if isinstance(getattr(defaults, field.name), str):
            assert getattr(built, field.name) == getattr(defaults, field.name), field.name
    assert dict(built.lead_sources) == dict(defaults.lead_sources)


def test_lead_sources_print_as_the_screen_names_them(qapp: QApplication) -> None:
    built = diary_labels()
    for code in LeadSourceCode:
        assert built.lead_source(code.value) == label(code)
    for stored in seed_lead_sources():  # the seed's sources, stored under their English label
        code = next(c for c in LeadSourceCode if label(c) == lead_source_label(stored))
        assert built.lead_source(code.value) == lead_source_label(stored)
    assert built.lead_source(None, "Golf club") == "Golf club"


def test_file_names_say_the_period() -> None:
    assert printing.diary_file_name(date(2026, 11, 16), date(2026, 11, 22)) == "diary-2026-W47.pdf"
    assert printing.diary_file_name(date(2026, 11, 23), date(2026, 11, 23)) == (
        "diary-2026-11-23.pdf"
    )
    assert printing.diary_file_name(date(2026, 11, 1), date(2026, 11, 30)) == "diary-2026-11.pdf"
    assert printing.diary_file_name(date(2024, 2, 1), date(2024, 2, 29)) == "diary-2024-02.pdf"
    # ISO weeks belong to the year of their Thursday.
    assert printing.diary_file_name(date(2026, 12, 28), date(2027, 1, 3)) == "diary-2026-W53.pdf"
    assert printing.diary_file_name(date(2024, 12, 30), date(2025, 1, 5)) == "diary-2025-W01.pdf"
    assert printing.diary_file_name(date(2026, 11, 18), date(2026, 11, 24)) == (
        "diary-2026-11-18_2026-11-24.pdf"
    )


# --- export ---------------------------------------------------------------------------------


@needs_poppler
def test_export_writes_the_pdf_and_says_so(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    page = _page()
    target = tmp_path / "日记"
    offered: list[str] = []
    _choose(monkeypatch, target, offered)
    name = printing.diary_file_name(page.first, page.last)
    printing.export_diary_pdf(window, runner, page, name)
    page.lines.clear()  # the screen moves on: the worker prints what was asked for

    written = target.with_name("日记.pdf")  # the suffix is added
    qtbot.waitUntil(lambda: str(written) in window.statusBar().currentMessage(), timeout=30000)
    assert offered[0].endswith("diary-2026-W47.pdf")
    text = _pdf_text(written)
    for value in (
        "Prospect diary",
        "王伟",
        "华南一组",
        "2026-11-16 – 2026-11-22",
        "ABC公司",
        "张三",
        "X公司",
        "李四",
        "Friend referral",
        "Golf club",
        "邮寄更多的资料,电话联系",
        "Due 2026-11-20 · ✓ Done",
        "Note: 母亲节送她一束鲜花!",
        HOSTILE,
        "Page 1 of 1",
    ):
        assert value in text, value
    assert not list(tmp_path.glob("*.part"))


@needs_poppler
def test_a_page_read_on_the_worker_and_an_empty_one(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    import threading

    threads: list[threading.Thread] = []

    def read() -> DiaryPage:
        threads.append(threading.current_thread())
        return DiaryPage("Wang Wei", "South 1", date(2026, 11, 23), date(2026, 11, 23))

    offered: list[str] = []
    _choose(monkeypatch, tmp_path / "day.pdf", offered)
    written: list[Path] = []
    printing.export_diary_pdf(window, runner, read, "diary-2026-11-23.pdf", done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30000)

    assert threads and threads[0] is not threading.main_thread()
    assert offered[0].endswith("diary-2026-11-23.pdf")
    text = _pdf_text(written[0])
    assert "No contacts in this period" in text
    assert "2026-11-23" in text


def test_a_cancelled_dialog_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, runner: TaskRunner, window: QMainWindow, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    printing.export_diary_pdf(window, runner, _page(), "diary.pdf")
    assert not runner.busy
    assert not list(tmp_path.iterdir())


def test_a_failed_print_is_explained(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, runner: TaskRunner, window: QMainWindow
) -> None:
    from repdesk.reports import diary_pdf
    from repdesk.reports.fonts import NoCjkFontError

    def no_font(*args: Any, **kwargs: Any) -> bytes:
        raise NoCjkFontError(["/nowhere.ttc"])

    monkeypatch.setattr(diary_pdf, "diary_pdf_bytes", no_font)
    printing.print_diary(window, runner, _page())

    box = print_failure_box(qtbot, window, "diaryPrintError")
    assert box.windowTitle() == "Prospect diary"
    box.close()


# --- printing -----------------------------------------------------------------------------


def test_the_preview_shows_every_page_in_landscape(
    qtbot: QtBot, runner: TaskRunner, window: QMainWindow
) -> None:
    from repdesk.reports.diary_pdf import diary_pdf_bytes

    note = "客户关怀：春节前寄贺卡，记得问候家人。" * 400
    page = _page()
    page.lines.append(DiaryLine(DiaryRow(date(2026, 11, 20), "LongNote Ltd", notes=note, id="n")))
    printing.print_diary(window, runner, page)

    def preview() -> QPrintPreviewDialog | None:
        found = window.findChild(QPrintPreviewDialog, "diaryPrintPreview")
        return found if isinstance(found, QPrintPreviewDialog) else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=30000)
    dialog = preview()
    assert dialog is not None
    assert dialog.windowTitle() == "Print the prospect diary"
    pages = dialog.findChild(QPrintPreviewWidget)
    assert isinstance(pages, QPrintPreviewWidget)
    expected = _page_count(diary_pdf_bytes(page, diary_labels()))
    assert expected >= 2
    qtbot.waitUntil(lambda: pages.pageCount() == expected, timeout=30000)
    assert pages.orientation() == QPageLayout.Orientation.Landscape
    dialog.close()


def _page_count(data: bytes) -> int:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def test_diary_print_modules_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import repdesk.gui.print_diary, repdesk.gui.diary_labels\n"
        "heavy = [m for m in ('matplotlib', 'reportlab', 'pypdfium2') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.stdout.strip() == "", done.stdout
