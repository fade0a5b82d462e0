"""Export a report's PDF, or print it: the same pages either way, for every printed report.

The PDF is built on the background worker (repdesk/gui/tasks.py): loading the
data and laying out the pages never block the window. Printing then paints
those very PDF pages onto a QPrinter, each page rendered by PDFium (pypdfium2)
at the printer's resolution, capped at 300 dpi: what the rep previews and
prints is exactly what the PDF export writes, with no second layout to keep in
step. (PySide6-Essentials has QtPrintSupport but not QtPdf; handing the PDF to
the system's print queue would lose the print dialog and the preview and needs
a PDF reader on Windows.)

A report says what it is with a ``PrintedDocument`` (its texts translated by
the caller, in the caller's own context) and hands in a function that makes
its PDF bytes on the worker:

- ``export_pdf(parent, tasks, build, document, file_name)``: the save dialog (in
  Documents, ``ask_pdf_path``), then ``save_pdf``: written whole, and said so;
- ``preview_pdf(parent, tasks, build, document)``: the print preview of its pages;
- ``worker_reader(data, kind)``: a record copied now, or a function the worker runs.

print_sheet.py, print_diary.py, print_visit.py and print_itinerary.py are
built on these. pypdfium2 is imported when a page is painted.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from repdesk.gui.tasks import TaskRunner

T = TypeVar("T")

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # finer than any text needs; an A4 page is ~26 MB at 300 dpi
PREVIEW_DPI = 110  # the preview shows pages at 50-100 %; it keeps every page in memory


def _no_explanation(error: BaseException) -> str | None:
    return None


@dataclass(frozen=True)
class PrintedDocument:
    """What the rep reads about one printed report; the caller translates every text."""

    name: str  # "Customer sheet": the printer's document name, the error box's title
    export_title: str  # the save dialog's title
    writing: str  # the status while the file is written
    saved: str  # the status once it is: %1 is the file
    preparing: str  # the status while the pages for the preview are made
    print_title: str  # the print preview's title
    object_name: str  # "sheet": the preview is "sheetPrintPreview", an error "sheetPrintError"
    landscape: bool = False
    # The report's own failures in the rep's words (None: not one of them).
    explain: Callable[[BaseException], str | None] = _no_explanation


# --- export ----------------------------------------------------------------------------------


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """The save dialog, opening in Documents with ``file_name``; the chosen path ending .pdf."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(folder) / file_name),
        QCoreApplication.translate("PdfPrint", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path


def save_pdf(
    parent: QWidget,
    tasks: TaskRunner,
    build: Callable[[], bytes],
    path: Path,
    document: PrintedDocument,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Build the PDF with ``build`` on the worker and write it to ``path`` whole; say so."""

    def work() -> Path:
        data = build()
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)  # whole or not at all
        return path

    def finished(written: Path) -> None:
        show_status(parent, document.saved.replace("%1", str(written)))
        if done is not None:
            done(written)

    show_status(parent, document.writing)
    tasks.run(work, finished, lambda error: report_failure(parent, tasks, error, path, document))


def export_pdf(
    parent: QWidget,
    tasks: TaskRunner,
    build: Callable[[], bytes],
    document: PrintedDocument,
    file_name: str,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where (offering ``file_name``), then build and write the PDF in the background."""
    path = ask_pdf_path(parent, document.export_title, file_name)
    if path is not None:
        save_pdf(parent, tasks, build, path, document, done)


def worker_reader(data: T | Callable[[], T], kind: type[T]) -> Callable[[], T]:
    """What the worker prints: a copy of a given record made now (the screen may go on
    editing its own), or the function that reads it, run on the worker."""
    if isinstance(data, kind):
        snapshot = copy.deepcopy(data)
        return lambda: snapshot
    assert callable(data)
    return data


# --- printing ----------------------------------------------------------------------------------


def preview_pdf(
    parent: QWidget, tasks: TaskRunner, build: Callable[[], bytes], document: PrintedDocument
) -> None:
    """Build the PDF with ``build`` on the worker, then open the print preview of its pages."""
    show_status(parent, document.preparing)

    def preview(data: bytes) -> None:
        open_print_preview(parent, data, document)

    tasks.run(build, preview, lambda error: report_failure(parent, tasks, error, None, document))


def new_printer(*, landscape: bool = False, doc_name: str = "") -> QPrinter:
    """A printer for A4 reports: the whole page (the PDF has its own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    if doc_name:
        printer.setDocName(doc_name)
    return printer


class PdfPrintPreview(QPrintPreviewDialog):
    """The print preview of a PDF's pages; printing from it prints those pages."""

    def __init__(
        self, data: bytes, document: PrintedDocument, parent: QWidget | None = None
    ) -> None:
        printer = new_printer(landscape=document.landscape, doc_name=document.name)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog only points at it: keep it as long as the dialog
        self._data = data
        self.setObjectName(f"{document.object_name}PrintPreview")
        self.setWindowTitle(document.print_title)
        self.paintRequested.connect(self._paint)
        if document.landscape:
            self.resize(1100, 850)
        else:
            self.resize(900, 1000)

    def _paint(self, printer: QPrinter) -> None:
        paint_pdf(self._data, printer)


def open_print_preview(parent: QWidget, data: bytes, document: PrintedDocument) -> PdfPrintPreview:
    """Open the print preview of the PDF ``data`` (window-modal; deleted when closed)."""
    show_status(parent, "")
    dialog = PdfPrintPreview(data, document, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF ``data`` on ``printer``, scaled to fit; the page count.

    Each page is rendered by PDFium at the printer's resolution (at most 300 dpi)
    and drawn centred on the paper, so A4 prints 1:1 and other paper sizes
    shrink to fit.
    """
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError(QCoreApplication.translate("PdfPrint", "The printer could not be started."))
    try:
        # Smooth scaling: the preview shows the pages small, and paper may not be A4.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        engine = painter.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:
            dpi = min(dpi, PREVIEW_DPI)  # the preview records pictures: keep them small
        paper = QRectF(0, 0, printer.width(), printer.height())
        count = len(document)
        for index in range(count):
            if index and not printer.newPage():
                raise OSError(
                    QCoreApplication.translate(
                        "PdfPrint", "The printer could not start a new page."
                    )
                )
            page = document[index]
            try:
                image = _render(page, dpi)
            finally:
                page.close()
            painter.drawImage(_fit(paper, image.width(), image.height()), image)
        return count
    finally:
        painter.end()
        document.close()


def _render(page: Any, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, optimize_mode="print")
    try:
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888,
        )
        return image.copy()  # own the pixels: PDFium's buffer goes with the bitmap
    finally:
        bitmap.close()


def _fit(paper: QRectF, width: int, height: int) -> QRectF:
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)


# --- telling the rep ----------------------------------------------------------------------


def show_status(parent: QWidget, text: str) -> None:
    """On the status bar of the parent's window, else of the application's main window."""
    window: QObject | None = parent.window()
    if not isinstance(window, QMainWindow):
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None
        )
    if isinstance(window, QMainWindow):
        if text:
            window.statusBar().showMessage(text, 8000)
        else:
            window.statusBar().clearMessage()


def report_failure(
    parent: QWidget,
    tasks: TaskRunner,
    error: BaseException,
    path: Path | None,
    document: PrintedDocument,
) -> None:
    """Explain a failed export or print in a message box; anything unforeseen goes to the
    window's error handler (``tasks.error``), which logs and shows it."""
    from repdesk.reports.fonts import NoCjkFontError

    show_status(parent, "")
    explained = document.explain(error)
    if explained is not None:
        text = explained
    elif isinstance(error, NoCjkFontError):
        text = (
            QCoreApplication.translate("PdfPrint", "RepDesk found no Chinese font to print with.")
            + "\n\n"
            + str(error)
        )
    elif isinstance(error, OSError) and path is not None:
        text = (
            QCoreApplication.translate("PdfPrint", "RepDesk could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        )
    else:
        tasks.error.emit(error)
        return
    log.warning("%s not printed: %s", document.object_name, error)
    box = QMessageBox(
        QMessageBox.Icon.Warning, document.name, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName(f"{document.object_name}PrintError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
