"""Exporting and printing a customer's sheet, and the relationship map widget, on real demo data.

Printing paints the very pages of the PDF export: the test prints to a PDF file
through QPrinter and compares the pages with the export's, pixel by pixel.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from repdesk.domain.enums import PersonRole, ProspectGrade, Quadrant
from repdesk.domain.sheet import LearnTopic, PersonFacts
from repdesk.gui import print_sheet as printing
from repdesk.gui.labels import label
from repdesk.gui.sheet_labels import map_labels, sheet_labels
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.widgets.relationship_map import RelationshipMapWidget
from repdesk.reports.labels import PRINTED_ENUMS, MapLabels, SheetLabels
from repdesk.services.workspace import Workspace
from tests.conftest import pdf_text
from tests.gui.conftest import print_failure_box

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _customer_with_most_people(db: Path) -> tuple[str, str]:
    with closing(sqlite3.connect(db)) as connection:
        row = connection.execute(
            "SELECT c.id, c.name FROM customers c JOIN people p ON p.customer_id = c.id "
            "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.name GLOB '*[一-龥]*' "
            "GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1"
        ).fetchone()
    return str(row[0]), str(row[1])


def _pdf_text(path: Path) -> str:
    return pdf_text(path)


# --- labels -------------------------------------------------------------------------------


def test_the_english_labels_are_the_reports_defaults(qapp: QApplication) -> None:
    """The GUI's source strings and reports' defaults are the same words."""
    built, defaults = sheet_labels(), SheetLabels()
    for field in fields(SheetLabels):
        if isinstance(getattr(defaults, field.name), str):
            assert getattr(built, field.name) == getattr(defaults, field.name), field.name
    for field in fields(MapLabels):
        if isinstance(getattr(defaults.map, field.name), str):
            assert getattr(built.map, field.name) == getattr(defaults.map, field.name)
    for topic in LearnTopic:
        assert built.questions[topic].strip()
    assert "%1" in built.questions[LearnTopic.HOBBIES]
    assert built.question_for(LearnTopic.HOBBIES, "潘莹").count("潘莹") == 1


def test_every_printed_code_has_a_label(qapp: QApplication) -> None:
    built = sheet_labels()
    for enum in PRINTED_ENUMS:
        for member in enum:
            text = built.value(member)
            assert text == label(member)
            if enum is not ProspectGrade:
                assert text and text != member.value, member
    assert built.map.value(Quadrant.PARTNER) == label(Quadrant.PARTNER)
    assert built.lead_source("Direct mail") == label(_lead_source("direct_mail"))
    assert built.lead_source("my own source") == "my own source"


def _lead_source(code: str) -> Any:
    from repdesk.domain.enums import LeadSourceCode

    return LeadSourceCode(code)


# --- export ---------------------------------------------------------------------------------


@needs_poppler
def test_export_writes_the_pdf_and_says_so(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_db: Path,
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    customer_id, name = _customer_with_most_people(demo_db)
    target = tmp_path / "表"
    offered: list[str] = []

    def choose(*args: Any) -> tuple[str, str]:
        offered.append(args[2])
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    printing.export_sheet_pdf(window, workspace, runner, customer_id, customer_name=name)

    written = target.with_name("表.pdf")  # the suffix is added
    qtbot.waitUntil(lambda: str(written) in window.statusBar().currentMessage(), timeout=30000)
    assert offered[0].endswith(f"{name}.pdf")
    text = _pdf_text(written)
    assert name in text
    sheet = workspace.customers.load(customer_id)
    for person in sheet.people:
        assert person.name in text
    assert not list(tmp_path.glob("*.part"))


@needs_poppler
def test_an_unsaved_sheet_prints_as_edited(
    qtbot: QtBot,
    demo_db: Path,
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
    tmp_path: Path,
) -> None:
    customer_id, _ = _customer_with_most_people(demo_db)
    edited = workspace.customers.load(customer_id)
    edited.customer.remarks = "尚未保存的备注：下周三带样品"
    written: list[Path] = []
    printing.save_sheet_pdf(
        window,
        workspace,
        runner,
        customer_id,
        tmp_path / "edited.pdf",
        written.append,
        sheet=edited,
    )
    edited.customer.remarks = "changed after the print was asked for"
    qtbot.waitUntil(lambda: bool(written), timeout=30000)
    text = _pdf_text(written[0])
    assert "尚未保存的备注：下周三带样品" in text
    assert "changed after" not in text


def test_a_file_name_is_made_safe() -> None:
    assert printing.suggested_file_name('A/B: "C" <D>?') == "A_B_ _C_ _D.pdf"
    assert printing.suggested_file_name("深圳华信电子有限公司") == "深圳华信电子有限公司.pdf"
    assert printing.suggested_file_name("...") == "customer-sheet.pdf"


def test_a_failed_export_is_explained(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_db: Path,
    workspace: Workspace,
    runner: TaskRunner,
    window: QMainWindow,
) -> None:
    from repdesk.reports import sheet_pdf
    from repdesk.reports.fonts import NoCjkFontError

    def no_font(*args: Any, **kwargs: Any) -> bytes:
        raise NoCjkFontError(["/nowhere.ttc"])

    monkeypatch.setattr(sheet_pdf, "sheet_pdf_bytes", no_font)
    customer_id, _ = _customer_with_most_people(demo_db)
    printing.print_sheet(window, workspace, runner, customer_id)

    box = print_failure_box(qtbot, window, "sheetPrintError")
    box.close()


# --- printing -----------------------------------------------------------------------------


def test_the_preview_shows_every_page(
    qtbot: QtBot, demo_db: Path, workspace: Workspace, runner: TaskRunner, window: QMainWindow
) -> None:
    customer_id, _ = _customer_with_most_people(demo_db)
    printing.print_sheet(window, workspace, runner, customer_id)

    def preview() -> QPrintPreviewDialog | None:
        found = window.findChild(QPrintPreviewDialog, "sheetPrintPreview")
        return found if isinstance(found, QPrintPreviewDialog) else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=30000)
    dialog = preview()
    assert dialog is not None
    pages = dialog.findChild(QPrintPreviewWidget)
    assert isinstance(pages, QPrintPreviewWidget)
    from repdesk.reports.sheet_pdf import sheet_pdf_bytes

    expected = _page_count(sheet_pdf_bytes(workspace.customers.load(customer_id), sheet_labels()))
    qtbot.waitUntil(lambda: pages.pageCount() == expected, timeout=30000)
    dialog.close()


def _page_count(data: bytes) -> int:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def _gray_pages(data: bytes, dpi: int = 72) -> list[Any]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        result = []
        for page in document:
            result.append(page.render(scale=dpi / 72, grayscale=True).to_pil())
            page.close()
        return result
    finally:
        document.close()


def test_printing_paints_the_pdf_pages_one_to_one(
    qapp: QApplication, demo_db: Path, workspace: Workspace, tmp_path: Path
) -> None:
    from PIL import Image, ImageChops, ImageStat

    from repdesk.reports.sheet_pdf import sheet_pdf_bytes

    customer_id, _ = _customer_with_most_people(demo_db)
    data = sheet_pdf_bytes(workspace.customers.load(customer_id), sheet_labels())
    printer = printing.new_printer()
    printer.setResolution(150)  # fast enough for a test; the render follows the printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))

    painted = printing.paint_pdf(data, printer)

    original, printed = _gray_pages(data), _gray_pages(output.read_bytes())
    assert painted == len(original) == len(printed) >= 2
    for before, after in zip(original, printed, strict=True):
        assert abs(before.width - after.width) <= 1 and abs(before.height - after.height) <= 1
        # Averaged over 6x6 pixel blocks, anti-aliasing washes out and the layout remains.
        size = (before.width // 6, before.height // 6)
        before = before.resize(size, Image.Resampling.BOX)
        after = after.resize(size, Image.Resampling.BOX)
        difference = ImageStat.Stat(ImageChops.difference(before, after)).mean[0]
        blank = ImageStat.Stat(ImageChops.difference(before, Image.new("L", size, 255))).mean[0]
        assert difference < 3 and difference < blank / 3, (difference, blank)


# --- the relationship map widget ----------------------------------------------------------


def test_the_map_widget_shows_people_or_says_there_are_none(qtbot: QtBot) -> None:
    widget = RelationshipMapWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.set_people([])
    widget.show()
    assert widget.canvas is None  # nothing drawn, matplotlib not needed
    assert widget.empty_label.isVisible()

    people = [
        PersonFacts("潘莹", role=PersonRole.BUYER, quadrant=Quadrant.SUPPLIER),
        PersonFacts("王芳", role=PersonRole.SECRETARY, quadrant=Quadrant.FRIEND),
    ]
    widget.set_people(people)
    canvas = widget.canvas
    assert canvas is not None and canvas.isVisible()
    assert not widget.empty_label.isVisible()
    texts = {text.get_text() for text in canvas.figure.axes[0].texts}
    labels = map_labels()
    assert f"潘莹\n{labels.value(PersonRole.BUYER)}" in texts
    assert labels.value(Quadrant.PARTNER) in texts

    widget.set_people([])
    assert widget.empty_label.isVisible()


def test_the_map_draws_when_first_shown(qtbot: QtBot) -> None:
    widget = RelationshipMapWidget()
    qtbot.addWidget(widget)
    widget.set_people([PersonFacts("赵敏", role=PersonRole.FINANCE, quadrant=Quadrant.PARTNER)])
    assert widget.canvas is None  # hidden: not drawn yet
    widget.show()
    qtbot.waitUntil(lambda: widget.canvas is not None)


def test_print_and_map_modules_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import repdesk.gui.print_sheet, repdesk.gui.sheet_labels\n"
        "from repdesk.gui.widgets.relationship_map import RelationshipMapWidget\n"
        "w = RelationshipMapWidget(); w.set_people([]); w.show(); app.processEvents()\n"
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
