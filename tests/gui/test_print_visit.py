"""Exporting and printing a visit report and a week's pack from the GUI, read back from the PDF."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from repdesk.domain.enums import BuyingSignal, PersonRole
from repdesk.domain.playbook import Text
from repdesk.domain.visits import ObjectionMet, PersonMet, ReportPack, VisitReport
from repdesk.gui import print_visit as printing
from repdesk.gui.labels import label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.visit_report_labels import visit_report_labels
from repdesk.reports.labels import VisitReportLabels
from tests.conftest import pdf_text
from tests.gui.conftest import print_failure_box

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

HOSTILE = '<b>&amp; "x" > <script>'


def _report(**changes: Any) -> VisitReport:
    values: dict[str, Any] = {
        "rep_name": "王伟",
        "team": "华南一组",
        "customer_name": "ABC公司",
        "visited_at": datetime(2026, 11, 23, 10, 30),
        "place": "广州市天河区体育西路103号",
        "people": (PersonMet("张三", "采购经理", PersonRole.BUYER.value),),
        "objective": "介绍新产品目录",
        "summary": f"客户对价格比较敏感。{HOSTILE}",
        "outcome": "初步同意!",
        "objections": (
            ObjectionMet(
                "你们比别家贵了一成多。",
                "算总拥有成本。",
                True,
                objection_title=Text.both("价格太高了"),
            ),
        ),
        "buying_signals": (BuyingSignal.ASKS_SERVICE_DETAILS,),
        "next_step": "邮寄更多的资料,电话联系",
        "next_step_date": date(2026, 11, 27),
        "minutes_spent": 90,
        "expenses": 128.5,
        "currency": "CNY",
    }
    values.update(changes)
    return VisitReport(**values)


def _squeezed(path: Path) -> str:
    """The PDF's text in drawing order (cell by cell), without whitespace."""
    return re.sub(r"\s+", "", pdf_text(path))


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path, offered: list[str]) -> None:
    def choose(*args: Any) -> tuple[str, str]:
        offered.append(args[2])
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


# --- labels and names -----------------------------------------------------------------------


def test_the_english_labels_are_the_reports_defaults(qapp: QApplication) -> None:
    built, defaults = visit_report_labels(), VisitReportLabels()
    for field in fields(VisitReportLabels):
        if isinstance(getattr(defaults, field.name), str):
            assert getattr(built, field.name) == getattr(defaults, field.name), field.name
    assert dict(built.buying_signals) == dict(defaults.buying_signals)
    assert dict(built.roles) == dict(defaults.roles)


def test_signals_and_roles_print_as_the_screens_name_them(qapp: QApplication) -> None:
    built = visit_report_labels()
    for signal in BuyingSignal:
        assert built.signal(signal) == label(signal)
    for role in PersonRole:
        assert built.role(role.value) == label(role)
    assert built.role("golf partner") == "golf partner"


def test_a_report_file_name_is_safe_on_every_system() -> None:
    name = printing.visit_report_file_name
    assert name(_report()) == "visit-2026-11-23-ABC公司.pdf"
    assert (
        name(_report(customer_name='A/B\\C: "D" <E>|F?*')) == "visit-2026-11-23-A_B_C_ _D_ _E_F.pdf"
    )
    assert name(_report(customer_name="Acme\nLtd\t\x00\x1f\u2028Co")) == (
        "visit-2026-11-23-Acme Ltd _ Co.pdf"
    )
    assert name(_report(customer_name=" .. ")) == "visit-2026-11-23.pdf"
    assert name(_report(customer_name="")) == "visit-2026-11-23.pdf"
    assert name(_report(customer_name="Acme Ltd.")) == "visit-2026-11-23-Acme Ltd.pdf"
    long = name(_report(customer_name="深圳华信电子科技有限公司" * 20))
    assert len(long.encode("utf-8")) <= 150
    assert long.startswith("visit-2026-11-23-深圳华信") and long.endswith(".pdf")
    for made in (long, name(_report(customer_name=HOSTILE))):
        assert not re.search(r'[\\/:*?"<>|\x00-\x1f]', made), made


def test_a_pack_file_name_says_the_period() -> None:
    assert printing.pack_file_name(date(2026, 11, 23), date(2026, 11, 29)) == "visits-2026-W48.pdf"
    assert printing.pack_file_name(date(2026, 11, 23), date(2026, 11, 23)) == (
        "visits-2026-11-23.pdf"
    )
    assert printing.pack_file_name(date(2026, 12, 28), date(2027, 1, 3)) == "visits-2026-W53.pdf"
    assert printing.pack_file_name(date(2026, 11, 18), date(2026, 11, 24)) == (
        "visits-2026-11-18_2026-11-24.pdf"
    )


# --- export -----------------------------------------------------------------------------------


@needs_poppler
def test_export_writes_the_report_and_says_so(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    report = _report()
    target = tmp_path / "拜访"
    offered: list[str] = []
    _choose(monkeypatch, target, offered)
    printing.export_visit_report(window, runner, report)

    written = target.with_name("拜访.pdf")  # the suffix is added
    qtbot.waitUntil(lambda: str(written) in window.statusBar().currentMessage(), timeout=30000)
    assert offered[0].endswith("visit-2026-11-23-ABC公司.pdf")
    text = _squeezed(written)
    for value in (
        "Visit report",
        "ABC公司",
        "王伟",
        "华南一组",
        "2026-11-2310:30",
        "张三",
        "采购经理",
        "Buyer",
        "客户对价格比较敏感。",
        HOSTILE,
        "价格太高了",
        "✓Yes",
        "✓" + label(BuyingSignal.ASKS_SERVICE_DETAILS),
        "邮寄更多的资料,电话联系",
        "Due2026-11-27",
        "Sales rep's signature",
        "Page 1 of 1",
    ):
        assert re.sub(r"\s+", "", value) in text, value
    assert "DRAFT" not in text
    assert not list(tmp_path.glob("*.part"))


@needs_poppler
def test_a_report_read_on_the_worker(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    threads: list[threading.Thread] = []

    def read() -> VisitReport:
        threads.append(threading.current_thread())
        return _report(customer_name="Taylor & Wood", is_draft=True)

    offered: list[str] = []
    _choose(monkeypatch, tmp_path / "draft.pdf", offered)
    written: list[Path] = []
    printing.export_visit_report(window, runner, read, done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30000)

    assert threads and threads[0] is not threading.main_thread()
    assert offered[0].endswith("visit-report.pdf")
    text = _squeezed(written[0])
    assert "Taylor&Wood" in text and "DRAFT" in text


@needs_poppler
def test_export_writes_the_pack_with_its_contents(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    reports = [
        _report(customer_name=f"客户{n}", visited_at=datetime(2026, 11, 23 + n, 9, 0))
        for n in range(3)
    ]
    pack = ReportPack("王伟", "华南一组", date(2026, 11, 23), date(2026, 11, 29), reports)
    offered: list[str] = []
    _choose(monkeypatch, tmp_path / "week.pdf", offered)
    written: list[Path] = []
    printing.export_report_pack(window, runner, pack, done=written.append)
    pack.reports.clear()  # the screen moves on: the worker prints what was asked for
    qtbot.waitUntil(lambda: bool(written), timeout=30000)

    assert offered[0].endswith("visits-2026-W48.pdf")
    text = pdf_text(written[0], layout=True)
    assert text.count("\f") == 4
    assert "Contents" in text
    for n in range(3):
        assert re.search(rf"{n + 1}\s+2026-11-2{3 + n} 09:00\s+客户{n}\s.*\s{n + 2}\n", text), text
    assert "Page 4 of 4" in text


def test_a_cancelled_dialog_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, runner: TaskRunner, window: QMainWindow, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    printing.export_visit_report(window, runner, _report())
    printing.export_report_pack(
        window, runner, ReportPack("王伟", "", date(2026, 11, 23), date(2026, 11, 29))
    )
    assert not runner.busy
    assert not list(tmp_path.iterdir())


def test_a_failed_print_is_explained(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, runner: TaskRunner, window: QMainWindow
) -> None:
    from repdesk.reports import visit_report_pdf
    from repdesk.reports.fonts import NoCjkFontError

    def no_font(*args: Any, **kwargs: Any) -> bytes:
        raise NoCjkFontError(["/nowhere.ttc"])

    monkeypatch.setattr(visit_report_pdf, "visit_report_bytes", no_font)
    printing.print_visit_report(window, runner, _report())

    box = print_failure_box(qtbot, window, "visitReportPrintError")
    assert box.windowTitle() == "Visit report"
    box.close()


# --- printing ---------------------------------------------------------------------------------


def _page_count(data: bytes) -> int:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def _preview(window: QMainWindow, name: str) -> QPrintPreviewDialog | None:
    found = window.findChild(QPrintPreviewDialog, name)
    return found if isinstance(found, QPrintPreviewDialog) else None


def test_the_preview_shows_the_report_in_portrait(
    qtbot: QtBot, runner: TaskRunner, window: QMainWindow
) -> None:
    printing.print_visit_report(window, runner, _report())

    qtbot.waitUntil(lambda: _preview(window, "visitReportPrintPreview") is not None, timeout=30000)
    dialog = _preview(window, "visitReportPrintPreview")
    assert dialog is not None
    assert dialog.windowTitle() == "Print the visit report"
    pages = dialog.findChild(QPrintPreviewWidget)
    assert isinstance(pages, QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() == 1, timeout=30000)
    assert pages.orientation() == QPageLayout.Orientation.Portrait
    dialog.close()


def test_the_preview_shows_every_page_of_a_pack(
    qtbot: QtBot, runner: TaskRunner, window: QMainWindow
) -> None:
    from repdesk.reports.visit_report_pdf import report_pack_bytes

    reports = [_report(), _report(summary="客户关怀：春节前寄贺卡。" * 900), _report()]
    pack = ReportPack("王伟", "华南一组", date(2026, 11, 23), date(2026, 11, 29), reports)
    printing.print_report_pack(window, runner, pack)

    qtbot.waitUntil(lambda: _preview(window, "reportPackPrintPreview") is not None, timeout=30000)
    dialog = _preview(window, "reportPackPrintPreview")
    assert dialog is not None
    assert dialog.windowTitle() == "Print the visit reports"
    pages = dialog.findChild(QPrintPreviewWidget)
    assert isinstance(pages, QPrintPreviewWidget)
    expected = _page_count(report_pack_bytes(pack, visit_report_labels()))
    assert expected >= 5
    qtbot.waitUntil(lambda: pages.pageCount() == expected, timeout=30000)
    dialog.close()


def test_visit_print_modules_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import repdesk.gui.print_visit, repdesk.gui.visit_report_labels\n"
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
