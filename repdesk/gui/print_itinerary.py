"""Export the day plan to PDF as an itinerary, or print it: the same pages.

The PDF (repdesk/reports/itinerary_pdf.py, A4 portrait) is built on the
background worker and printed by painting its own pages, as the prospect diary
is (repdesk/gui/print_pdf.py). The visits are copied when asked, in the order
given (the rep's), so the screen may go on changing.

Entry points for buttons:

- ``export_itinerary(parent, tasks, day, visits, rep)`` asks where, writes,
  says so in the status bar (``itinerary_file_name(day)`` is the name offered);
- ``print_itinerary(parent, tasks, day, visits, rep)`` opens the print preview.

``rep`` is the rep's (name, team) from Settings.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from repdesk.domain.visits import DayVisit
from repdesk.gui.print_pdf import PrintedDocument, export_pdf, preview_pdf
from repdesk.gui.tasks import TaskRunner
from repdesk.reports.labels import ItineraryLabels


def itinerary_file_name(day: date) -> str:
    """The PDF's usual name: itinerary-2026-11-23.pdf."""
    return f"itinerary-{day.isoformat()}.pdf"


def itinerary_labels() -> ItineraryLabels:
    """Every text of the printed itinerary in the UI language: build it on the GUI thread."""
    return ItineraryLabels(
        title=QCoreApplication.translate("ItineraryLabels", "Itinerary"),
        rep_name=QCoreApplication.translate("ItineraryLabels", "Name"),
        team=QCoreApplication.translate("ItineraryLabels", "Team"),
        day=QCoreApplication.translate("ItineraryLabels", "Date"),
        column_number=QCoreApplication.translate("ItineraryLabels", "No."),
        time=QCoreApplication.translate("ItineraryLabels", "Time"),
        company=QCoreApplication.translate("ItineraryLabels", "Company"),
        address=QCoreApplication.translate("ItineraryLabels", "Address"),
        objective=QCoreApplication.translate("ItineraryLabels", "Objective"),
        visited=QCoreApplication.translate("ItineraryLabels", "Visited"),
        empty=QCoreApplication.translate("ItineraryLabels", "No visits planned for this day."),
        printed_on=QCoreApplication.translate("ItineraryLabels", "Printed %1"),
        page_of=QCoreApplication.translate("ItineraryLabels", "Page %1 of %2"),
    )


def itinerary_document() -> PrintedDocument:
    """The itinerary's texts for exporting and printing, in the UI language."""
    return PrintedDocument(
        name=QCoreApplication.translate("ItineraryPrint", "Itinerary"),
        export_title=QCoreApplication.translate("ItineraryPrint", "Export the itinerary as PDF"),
        writing=QCoreApplication.translate("ItineraryPrint", "Writing the itinerary…"),
        saved=QCoreApplication.translate("ItineraryPrint", "Saved the itinerary to %1"),
        preparing=QCoreApplication.translate(
            "ItineraryPrint", "Preparing the itinerary for printing…"
        ),
        print_title=QCoreApplication.translate("ItineraryPrint", "Print the itinerary"),
        object_name="itinerary",
    )


def _build_pdf(day: date, visits: Sequence[DayVisit], rep: tuple[str, str]) -> Callable[[], bytes]:
    """The worker's job: lay out the itinerary. Labels are made now, on the GUI thread."""
    labels = itinerary_labels()
    snapshot = copy.deepcopy(list(visits))
    name, team = rep

    def work() -> bytes:
        from repdesk.reports.itinerary_pdf import itinerary_pdf_bytes

        return itinerary_pdf_bytes(name, team, day, snapshot, labels)

    return work


def export_itinerary(
    parent: QWidget,
    tasks: TaskRunner,
    day: date,
    visits: Sequence[DayVisit],
    rep: tuple[str, str],
    *,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where to save the day's itinerary, then write it in the background and say so."""
    build = _build_pdf(day, visits, rep)
    export_pdf(parent, tasks, build, itinerary_document(), itinerary_file_name(day), done)


def print_itinerary(
    parent: QWidget,
    tasks: TaskRunner,
    day: date,
    visits: Sequence[DayVisit],
    rep: tuple[str, str],
) -> None:
    """Build the day's itinerary in the background, then open the print preview of its pages."""
    preview_pdf(parent, tasks, _build_pdf(day, visits, rep), itinerary_document())
