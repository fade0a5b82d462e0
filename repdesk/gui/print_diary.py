"""Export the prospect diary of a day, week or month to PDF, or print it: the same pages.

The PDF (repdesk/reports/diary_pdf.py, the seed's table in landscape) is built
on the background worker and printed by painting its own pages, as the
customer sheet is (repdesk/gui/print_pdf.py).

``page_data`` is the DiaryPage the diary shows (copied when asked, so the
screen may go on changing it), or a function that reads it from the store,
which then runs on the worker too.

Entry points for menus and buttons:

- ``export_diary_pdf(parent, tasks, page_data, suggested_name)`` asks where,
  writes, says so in the status bar (``diary_file_name(first, last)`` is the
  usual name);
- ``print_diary(parent, tasks, page_data)`` opens the print preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeAlias

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from repdesk.domain.diary import DiaryPage
from repdesk.gui.print_pdf import (
    PrintedDocument,
    export_pdf,
    preview_pdf,
    save_pdf,
    worker_reader,
)
from repdesk.gui.tasks import TaskRunner

DiaryPageData: TypeAlias = DiaryPage | Callable[[], DiaryPage]


def diary_file_name(first: date, last: date) -> str:
    """The PDF's usual name: diary-2026-W47.pdf for an ISO week, diary-2026-11-23.pdf
    for a day, diary-2026-11.pdf for a month, diary-FIRST_LAST.pdf for other spans."""
    if first == last:
        return f"diary-{first.isoformat()}.pdf"
    if first.weekday() == 0 and last == first + timedelta(days=6):
        year, week, _ = first.isocalendar()
        return f"diary-{year}-W{week:02d}.pdf"
    month_end = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if first.day == 1 and last == month_end:
        return f"diary-{first.year}-{first.month:02d}.pdf"
    return f"diary-{first.isoformat()}_{last.isoformat()}.pdf"


def diary_document() -> PrintedDocument:
    """The diary's texts for exporting and printing, in the UI language."""
    return PrintedDocument(
        name=QCoreApplication.translate("DiaryPrint", "Prospect diary"),
        export_title=QCoreApplication.translate("DiaryPrint", "Export the prospect diary as PDF"),
        writing=QCoreApplication.translate("DiaryPrint", "Writing the prospect diary…"),
        saved=QCoreApplication.translate("DiaryPrint", "Saved the prospect diary to %1"),
        preparing=QCoreApplication.translate(
            "DiaryPrint", "Preparing the prospect diary for printing…"
        ),
        print_title=QCoreApplication.translate("DiaryPrint", "Print the prospect diary"),
        object_name="diary",
        landscape=True,
    )


def _build_pdf(page_data: DiaryPageData) -> Callable[[], bytes]:
    """The worker's job: lay out the diary's PDF.

    The labels are made now, on the GUI thread; a given page is copied now, so
    the screen may go on editing its rows while the worker prints the copy.
    """
    from repdesk.gui.diary_labels import diary_labels  # the method's labels: not at start

    labels = diary_labels()
    read = worker_reader(page_data, DiaryPage)

    def work() -> bytes:
        from repdesk.reports.diary_pdf import diary_pdf_bytes

        return diary_pdf_bytes(read(), labels)

    return work


def export_diary_pdf(
    parent: QWidget,
    tasks: TaskRunner,
    page_data: DiaryPageData,
    suggested_name: str = "",
    *,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where to save the diary's PDF, then write it in the background and say so.

    ``suggested_name`` is the file name the dialog offers (by default the page's
    ``diary_file_name``, or diary.pdf for a page still to be read).
    """
    if not suggested_name:
        suggested_name = (
            diary_file_name(page_data.first, page_data.last)
            if isinstance(page_data, DiaryPage)
            else "diary.pdf"
        )
    export_pdf(parent, tasks, _build_pdf(page_data), diary_document(), suggested_name, done)


def save_diary_pdf(
    parent: QWidget,
    tasks: TaskRunner,
    page_data: DiaryPageData,
    path: Path,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Write the diary's PDF to ``path`` in the background (no dialog); status message after."""
    save_pdf(parent, tasks, _build_pdf(page_data), path, diary_document(), done)


def print_diary(parent: QWidget, tasks: TaskRunner, page_data: DiaryPageData) -> None:
    """Build the diary's PDF in the background, then open the print preview of its pages."""
    preview_pdf(parent, tasks, _build_pdf(page_data), diary_document())
