"""Export a customer's sheet to PDF, or print it: the same pages either way.

Both build the PDF (repdesk/reports/sheet_pdf.py) on the background worker:
loading the sheet, drawing the map and laying out the pages never block the
window. Printing paints those very PDF pages (repdesk/gui/print_pdf.py, shared
with the other printed reports): what the rep previews and prints is exactly
what the PDF export writes.

Entry points for menus and buttons:

- ``export_sheet_pdf(parent, workspace, tasks, customer_id)`` asks where, writes,
  says so in the status bar;
- ``print_sheet(parent, workspace, tasks, customer_id)`` opens the print preview
  (print from there, or choose a printer and page setup).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from repdesk.domain.filenames import safe_file_name
from repdesk.domain.sheet import CustomerSheet
from repdesk.gui.print_pdf import (
    PdfPrintPreview,
    PrintedDocument,
    export_pdf,
    paint_pdf,
    preview_pdf,
    save_pdf,
    show_status,
)
from repdesk.gui.print_pdf import new_printer as _new_printer
from repdesk.gui.print_pdf import open_print_preview as _open_print_preview
from repdesk.gui.sheet_labels import sheet_labels
from repdesk.gui.tasks import TaskRunner
from repdesk.services.customers import SheetNotFoundError
from repdesk.services.workspace import Workspace

__all__ = [
    "export_sheet_pdf",
    "new_printer",
    "open_print_preview",
    "paint_pdf",
    "print_sheet",
    "save_sheet_pdf",
    "show_status",
    "suggested_file_name",
]


def _explain(error: BaseException) -> str | None:
    if isinstance(error, SheetNotFoundError):
        return QCoreApplication.translate(
            "SheetPrint", "This customer's sheet is no longer in the database."
        )
    return None


def sheet_document() -> PrintedDocument:
    """The customer sheet's texts for exporting and printing, in the UI language."""
    return PrintedDocument(
        name=QCoreApplication.translate("SheetPrint", "Customer sheet"),
        export_title=QCoreApplication.translate("SheetPrint", "Export the customer sheet as PDF"),
        writing=QCoreApplication.translate("SheetPrint", "Writing the customer sheet…"),
        saved=QCoreApplication.translate("SheetPrint", "Saved the customer sheet to %1"),
        preparing=QCoreApplication.translate(
            "SheetPrint", "Preparing the customer sheet for printing…"
        ),
        print_title=QCoreApplication.translate("SheetPrint", "Print the customer sheet"),
        object_name="sheet",
        explain=_explain,
    )


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
    """A file name any system accepts: the customer's name made safe (domain/filenames.py)."""
    fallback = QCoreApplication.translate("SheetPrint", "customer-sheet")
    return f"{safe_file_name(customer_name, fallback)}.pdf"


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
    build = _build_pdf(workspace, customer_id, sheet)
    export_pdf(parent, tasks, build, sheet_document(), suggested_file_name(customer_name))


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
    save_pdf(parent, tasks, build, path, sheet_document(), done)


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
    preview_pdf(parent, tasks, _build_pdf(workspace, customer_id, sheet), sheet_document())


# --- printing the PDF's pages -------------------------------------------------------------


def new_printer() -> QPrinter:
    """A printer set for the sheet: A4 portrait, the whole sheet (it has its own margins)."""
    return _new_printer(doc_name=sheet_document().name)


def open_print_preview(parent: QWidget, data: bytes) -> PdfPrintPreview:
    """Open the print preview of the sheet's PDF ``data`` (window-modal; deleted when closed)."""
    return _open_print_preview(parent, data, sheet_document())
