"""Export a customer's sheet to PDF, or print it: the same pages either way.

Both build the PDF (repdesk/reports/sheet_pdf.py) on the background worker:
loading the sheet, drawing the map and laying out the pages never block the
window. Printing then paints those very PDF pages onto a QPrinter, each page
rendered by PDFium (pypdfium2) at the printer's resolution, capped at 300 dpi:
what the rep previews and prints is exactly what the PDF export writes, with no
second layout to keep in step. (PySide6-Essentials has QtPrintSupport but not
QtPdf; handing the PDF to the system's print queue would lose the print
dialog and the preview and needs a PDF reader on Windows.)

Entry points for menus and buttons:

- ``export_sheet_pdf(parent, workspace, tasks, customer_id)`` asks where, writes,
  says so in the status bar;
- ``print_sheet(parent, workspace, tasks, customer_id)`` opens the print preview
  (print from there, or choose a printer and page setup).
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from repdesk.domain.sheet import CustomerSheet
from repdesk.gui.sheet_labels import sheet_labels
from repdesk.gui.tasks import TaskRunner
from repdesk.services.customers import SheetNotFoundError
from repdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # finer than any text needs; an A4 page is ~26 MB at 300 dpi
PREVIEW_DPI = 110  # the preview shows pages at 50-100 %; it keeps every page in memory
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


# --- building the PDF on the worker -------------------------------------------------------


def _build_pdf(
    workspace: Workspace, customer_id: str, sheet: CustomerSheet | None = None
) -> Callable[[], bytes]:
    """The worker's job: lay out the PDF of ``sheet``, or of the stored sheet if None.

    The labels are made now, on the GUI thread; a given sheet is copied now, so
    the window may go on editing its own while the worker prints the copy.
    """
    labels = sheet_labels()
    snapshot = copy.deepcopy(sheet)

    def work() -> bytes:
        from repdesk.reports.sheet_pdf import sheet_pdf_bytes

        printed = snapshot if snapshot is not None else workspace.customers.load(customer_id)
        return sheet_pdf_bytes(printed, labels)

    return work


def suggested_file_name(customer_name: str) -> str:
    """A file name any system accepts: the customer's name, the unsafe characters replaced."""
    name = _UNSAFE.sub("_", customer_name).strip(" ._")
    if not name:
        name = QCoreApplication.translate("SheetPrint", "customer-sheet")
    return f"{name}.pdf"


def export_sheet_pdf(
    parent: QWidget,
    workspace: Workspace | None,
    tasks: TaskRunner,
    customer_id: str,
    *,
    customer_name: str = "",
    sheet: CustomerSheet | None = None,
) -> None:
    """Ask where to save the sheet's PDF, then write it in the background and say so.

    Prints the stored sheet, or ``sheet`` if given (the window's edits, saved or not).
    """
    if workspace is None:
        return
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / suggested_file_name(customer_name))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SheetPrint", "Export the customer sheet as PDF"),
        suggested,
        QCoreApplication.translate("SheetPrint", "PDF files (*.pdf)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    save_sheet_pdf(parent, workspace, tasks, customer_id, path, sheet=sheet)


def save_sheet_pdf(
    parent: QWidget,
    workspace: Workspace,
    tasks: TaskRunner,
    customer_id: str,
    path: Path,
    done: Callable[[Path], None] | None = None,
    *,
    sheet: CustomerSheet | None = None,
) -> None:
    """Write the sheet's PDF to ``path`` in the background (no dialog); status message after."""
    build = _build_pdf(workspace, customer_id, sheet)

    def work() -> Path:
        data = build()
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)  # whole or not at all
        return path

    def finished(written: Path) -> None:
        show_status(
            parent,
            QCoreApplication.translate("SheetPrint", "Saved the customer sheet to %1").replace(
                "%1", str(written)
            ),
        )
        if done is not None:
            done(written)

    show_status(parent, QCoreApplication.translate("SheetPrint", "Writing the customer sheet…"))
    tasks.run(work, finished, lambda error: _failed(parent, tasks, error, path))


def print_sheet(
    parent: QWidget,
    workspace: Workspace | None,
    tasks: TaskRunner,
    customer_id: str,
    *,
    sheet: CustomerSheet | None = None,
) -> None:
    """Build the sheet's PDF in the background, then open the print preview of its pages.

    Prints the stored sheet, or ``sheet`` if given (the window's edits, saved or not).
    """
    if workspace is None:
        return
    show_status(
        parent,
        QCoreApplication.translate("SheetPrint", "Preparing the customer sheet for printing…"),
    )

    def preview(data: bytes) -> None:
        open_print_preview(parent, data)

    tasks.run(
        _build_pdf(workspace, customer_id, sheet),
        preview,
        lambda error: _failed(parent, tasks, error, None),
    )


# --- printing the PDF's pages -------------------------------------------------------------


def new_printer() -> QPrinter:
    """A printer set for the sheet: A4 portrait, the whole sheet (it has its own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(QCoreApplication.translate("SheetPrint", "Customer sheet"))
    return printer


class SheetPrintPreview(QPrintPreviewDialog):
    """The print preview of a sheet's PDF pages; printing from it prints those pages."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        printer = new_printer()
        super().__init__(printer, parent)
        self._printer = printer  # the dialog only points at it: keep it as long as the dialog
        self._data = data
        self.setObjectName("sheetPrintPreview")
        self.setWindowTitle(QCoreApplication.translate("SheetPrint", "Print the customer sheet"))
        self.paintRequested.connect(self._paint)
        self.resize(900, 1000)

    def _paint(self, printer: QPrinter) -> None:
        paint_pdf(self._data, printer)


def open_print_preview(parent: QWidget, data: bytes) -> SheetPrintPreview:
    """Open the print preview of the PDF ``data`` (window-modal; deleted when closed)."""
    show_status(parent, "")
    dialog = SheetPrintPreview(data, parent)
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
        raise OSError(QCoreApplication.translate("SheetPrint", "The printer could not be started."))
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
                        "SheetPrint", "The printer could not start a new page."
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


def _failed(parent: QWidget, tasks: TaskRunner, error: BaseException, path: Path | None) -> None:
    from repdesk.reports.fonts import NoCjkFontError

    show_status(parent, "")
    if isinstance(error, NoCjkFontError):
        text = (
            QCoreApplication.translate("SheetPrint", "RepDesk found no Chinese font to print with.")
            + "\n\n"
            + str(error)
        )
    elif isinstance(error, SheetNotFoundError):
        text = QCoreApplication.translate(
            "SheetPrint", "This customer's sheet is no longer in the database."
        )
    elif isinstance(error, OSError) and path is not None:
        text = (
            QCoreApplication.translate("SheetPrint", "RepDesk could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        )
    else:
        tasks.error.emit(error)  # the window's handler logs and shows the rest
        return
    log.warning("customer sheet not printed: %s", error)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SheetPrint", "Customer sheet"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("sheetPrintError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
