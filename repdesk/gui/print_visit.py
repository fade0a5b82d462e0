"""Export a visit report (销售拜访记录表) or a week's pack of them to PDF, or print: the same pages.

The PDF (repdesk/reports/visit_report_pdf.py, one record a page, A4 portrait)
is built on the background worker and printed by painting its own pages, as
the customer sheet and the diary are (repdesk/gui/print_pdf.py).

``report_data`` is the VisitReport to print (copied when asked, so the screen
may go on changing its record), or a function that reads it from the store,
which then runs on the worker too; ``pack_data`` likewise for a ReportPack.

Entry points for menus and buttons:

- ``export_visit_report(parent, tasks, report_data, suggested_name)`` asks
  where, writes, says so in the status bar (``visit_report_file_name(report)``
  is the usual name);
- ``print_visit_report(parent, tasks, report_data)`` opens the print preview;
- ``export_report_pack(parent, tasks, pack_data, suggested_name)`` and
  ``print_report_pack(parent, tasks, pack_data)`` do the same for a pack
  (``pack_file_name(first, last)``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeAlias, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from repdesk.domain.filenames import file_name_part
from repdesk.domain.visits import ReportPack, VisitReport
from repdesk.gui.print_pdf import (
    PrintedDocument,
    export_pdf,
    preview_pdf,
    save_pdf,
    worker_reader,
)
from repdesk.gui.tasks import TaskRunner

VisitReportData: TypeAlias = VisitReport | Callable[[], VisitReport]
ReportPackData: TypeAlias = ReportPack | Callable[[], ReportPack]
_Printed = TypeVar("_Printed", VisitReport, ReportPack)


def visit_report_file_name(report: VisitReport) -> str:
    """The PDF's usual name: visit-2026-11-23-ABC公司.pdf, safe on every system."""
    stem = f"visit-{report.visited_at.date().isoformat()}"
    customer = file_name_part(report.customer_name)
    return f"{stem}-{customer}.pdf" if customer else f"{stem}.pdf"


def pack_file_name(first: date, last: date) -> str:
    """The pack's usual name: visits-2026-W48.pdf for an ISO week, visits-2026-11-23.pdf
    for a day, visits-FIRST_LAST.pdf for other spans."""
    if first == last:
        return f"visits-{first.isoformat()}.pdf"
    if first.weekday() == 0 and last == first + timedelta(days=6):
        year, week, _ = first.isocalendar()
        return f"visits-{year}-W{week:02d}.pdf"
    return f"visits-{first.isoformat()}_{last.isoformat()}.pdf"


def visit_report_document() -> PrintedDocument:
    """The visit report's texts for exporting and printing, in the UI language."""
    return PrintedDocument(
        name=QCoreApplication.translate("VisitPrint", "Visit report"),
        export_title=QCoreApplication.translate("VisitPrint", "Export the visit report as PDF"),
        writing=QCoreApplication.translate("VisitPrint", "Writing the visit report…"),
        saved=QCoreApplication.translate("VisitPrint", "Saved the visit report to %1"),
        preparing=QCoreApplication.translate(
            "VisitPrint", "Preparing the visit report for printing…"
        ),
        print_title=QCoreApplication.translate("VisitPrint", "Print the visit report"),
        object_name="visitReport",
    )


def report_pack_document() -> PrintedDocument:
    """A pack's texts for exporting and printing, in the UI language."""
    return PrintedDocument(
        name=QCoreApplication.translate("VisitPrint", "Visit reports"),
        export_title=QCoreApplication.translate(
            "VisitPrint", "Export the week's visit reports as PDF"
        ),
        writing=QCoreApplication.translate("VisitPrint", "Writing the visit reports…"),
        saved=QCoreApplication.translate("VisitPrint", "Saved the visit reports to %1"),
        preparing=QCoreApplication.translate(
            "VisitPrint", "Preparing the visit reports for printing…"
        ),
        print_title=QCoreApplication.translate("VisitPrint", "Print the visit reports"),
        object_name="reportPack",
    )


# --- building the PDF on the worker -------------------------------------------------------


def _build_report(report_data: VisitReportData) -> Callable[[], bytes]:
    """The worker's job: lay out the report's PDF (the labels are made now, on the GUI thread)."""
    from repdesk.gui.visit_report_labels import visit_report_labels  # not at start

    labels = visit_report_labels()
    read = worker_reader(report_data, VisitReport)

    def work() -> bytes:
        from repdesk.reports.visit_report_pdf import visit_report_bytes

        return visit_report_bytes(read(), labels)

    return work


def _build_pack(pack_data: ReportPackData) -> Callable[[], bytes]:
    """The worker's job: lay out the pack's PDF (the labels are made now, on the GUI thread)."""
    from repdesk.gui.visit_report_labels import visit_report_labels  # not at start

    labels = visit_report_labels()
    read = worker_reader(pack_data, ReportPack)

    def work() -> bytes:
        from repdesk.reports.visit_report_pdf import report_pack_bytes

        return report_pack_bytes(read(), labels)

    return work


# --- one report ----------------------------------------------------------------------------


def export_visit_report(
    parent: QWidget,
    tasks: TaskRunner,
    report_data: VisitReportData,
    suggested_name: str = "",
    *,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where to save the visit report's PDF, then write it in the background and say so.

    ``suggested_name`` is the file name the dialog offers (by default the report's
    ``visit_report_file_name``, or visit-report.pdf for a report still to be read).
    """
    if not suggested_name:
        suggested_name = (
            visit_report_file_name(report_data)
            if isinstance(report_data, VisitReport)
            else "visit-report.pdf"
        )
    export_pdf(
        parent, tasks, _build_report(report_data), visit_report_document(), suggested_name, done
    )


def save_visit_report(
    parent: QWidget,
    tasks: TaskRunner,
    report_data: VisitReportData,
    path: Path,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Write the visit report's PDF to ``path`` in the background (no dialog); say so after."""
    save_pdf(parent, tasks, _build_report(report_data), path, visit_report_document(), done)


def print_visit_report(parent: QWidget, tasks: TaskRunner, report_data: VisitReportData) -> None:
    """Build the visit report's PDF in the background, then open the print preview of it."""
    preview_pdf(parent, tasks, _build_report(report_data), visit_report_document())


# --- a week's pack ---------------------------------------------------------------------------


def export_report_pack(
    parent: QWidget,
    tasks: TaskRunner,
    pack_data: ReportPackData,
    suggested_name: str = "",
    *,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where to save the pack's PDF, then write it in the background and say so.

    ``suggested_name`` is the file name the dialog offers (by default the pack's
    ``pack_file_name``, or visits.pdf for a pack still to be read).
    """
    if not suggested_name:
        suggested_name = (
            pack_file_name(pack_data.first, pack_data.last)
            if isinstance(pack_data, ReportPack)
            else "visits.pdf"
        )
    export_pdf(parent, tasks, _build_pack(pack_data), report_pack_document(), suggested_name, done)


def save_report_pack(
    parent: QWidget,
    tasks: TaskRunner,
    pack_data: ReportPackData,
    path: Path,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Write the pack's PDF to ``path`` in the background (no dialog); say so after."""
    save_pdf(parent, tasks, _build_pack(pack_data), path, report_pack_document(), done)


def print_report_pack(parent: QWidget, tasks: TaskRunner, pack_data: ReportPackData) -> None:
    """Build the pack's PDF in the background, then open the print preview of its pages."""
    preview_pdf(parent, tasks, _build_pack(pack_data), report_pack_document())
