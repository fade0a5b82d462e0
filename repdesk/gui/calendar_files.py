"""File > Export visits to a calendar (.ics) and Import appointments from a calendar (.ics).

Export writes the planned visits from today on in the rep's time zone, for
Outlook, Google or Apple calendars. Import reads a calendar file on the
worker, says what it found (plans, and each event it cannot use, by number
and field), and on the rep's word writes all the plans or none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from repdesk.gui.print_pdf import show_status
from repdesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from repdesk.services.visit_calendar import IcsImport, IcsProblem, IcsWords
    from repdesk.services.workspace import Workspace

_FILTER = "iCalendar (*.ics)"


def _words() -> IcsWords:
    from repdesk.services.visit_calendar import CHINESE, ENGLISH

    return CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH


def export_calendar(parent: QWidget, runner: TaskRunner, workspace: Workspace) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarFiles", "Export visits to a calendar"),
        str(Path.home() / "repdesk-visits.ics"),
        _FILTER,
    )
    if not name:
        return
    path = Path(name if name.lower().endswith(".ics") else f"{name}.ics")
    words = _words()
    since = date.today()

    def work() -> int:
        from repdesk.reports.pdf_parts import write_whole
        from repdesk.services.visit_calendar import local_zone_name, plans_to_ics

        visits = workspace.visits.calendar_visits(since)
        write_whole(path, plans_to_ics(visits, local_zone_name(), words=words))
        return len(visits)

    def done(count: int) -> None:
        show_status(
            parent,
            QCoreApplication.translate(
                "CalendarFiles", "Exported %n planned visit(s) to %1", None, count
            ).replace("%1", str(path)),
        )

    runner.run(work, done, lambda error: _failed(parent, runner, error, path))


def import_calendar(
    parent: QWidget, runner: TaskRunner, workspace: Workspace, imported: Callable[[], None]
) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CalendarFiles", "Import appointments from a calendar"),
        str(Path.home()),
        _FILTER,
    )
    if not name:
        return
    path = Path(name)

    def read() -> IcsImport:
        from repdesk.services.visit_calendar import local_zone_name, read_ics

        return read_ics(path.read_bytes(), local_zone_name(), workspace.visits.companies())

    def found(result: IcsImport) -> None:
        if not _confirm(parent, path, result):
            return

        def done(ids: list[str]) -> None:
            count = len(ids)  # lupdate reads no call (len()) among translate()'s arguments
            show_status(
                parent,
                QCoreApplication.translate(
                    "CalendarFiles", "Imported %n visit plan(s) from %1", None, count
                ).replace("%1", path.name),
            )
            imported()

        runner.run(
            lambda: workspace.visits.import_plans(result.plans),
            done,
            lambda error: _failed(parent, runner, error, path),
        )

    runner.run(read, found, lambda error: _failed(parent, runner, error, path))


def _confirm(parent: QWidget, path: Path, result: IcsImport) -> bool:
    plans = result.plans
    count = len(plans)  # lupdate reads no call (len()) among translate()'s arguments
    new_companies = sorted({p.company for p in plans if p.customer_id is None})
    text = QCoreApplication.translate(
        "CalendarFiles", "%1 holds %n appointment(s) to import as visit plans.", None, count
    ).replace("%1", path.name)
    if new_companies:
        text += "\n" + QCoreApplication.translate(
            "CalendarFiles", "New prospect sheets: %1"
        ).replace("%1", ", ".join(new_companies))
    if result.problems:
        problems = len(result.problems)
        text += "\n" + QCoreApplication.translate(
            "CalendarFiles", "%n event(s) cannot be imported (see the details).", None, problems
        )
    box = QMessageBox(parent)
    box.setObjectName("calendarImport")
    box.setWindowTitle(QCoreApplication.translate("CalendarFiles", "Import appointments"))
    box.setText(text)
    if result.problems:
        box.setDetailedText("\n".join(problem_text(p) for p in result.problems))
    if not plans:
        box.setIcon(QMessageBox.Icon.Information)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setIcon(QMessageBox.Icon.Question)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("CalendarFiles", "Import")
    )
    return box.exec() == QMessageBox.StandardButton.Ok


def problem_text(problem: IcsProblem) -> str:
    """Event n, field: the reason, in the rep's language."""
    from repdesk.services.visit_calendar import IcsProblemCode as Code

    reasons = {
        Code.NO_START: QCoreApplication.translate("CalendarFiles", "it has no start time"),
        Code.BAD_START: QCoreApplication.translate("CalendarFiles", "its start is not a time"),
        Code.UNKNOWN_ZONE: QCoreApplication.translate(
            "CalendarFiles", "its time zone %1 is unknown"
        ),
        Code.RECURRING: QCoreApplication.translate(
            "CalendarFiles", "it repeats; a visit plan is one visit"
        ),
        Code.CANCELLED: QCoreApplication.translate("CalendarFiles", "it was cancelled"),
        Code.NO_COMPANY: QCoreApplication.translate(
            "CalendarFiles", "it names no company (summary or location)"
        ),
        Code.UNREADABLE: QCoreApplication.translate("CalendarFiles", "it cannot be read"),
        Code.TOO_MANY: QCoreApplication.translate(
            "CalendarFiles", "too many events: %1 were not read"
        ),
    }
    reason = reasons[problem.code].replace("%1", problem.value)
    return (
        QCoreApplication.translate("CalendarFiles", "Event %1 (%2): %3")
        .replace("%1", str(problem.event_index))
        .replace("%2", problem.field)
        .replace("%3", reason)
    )


def _failed(parent: QWidget, runner: TaskRunner, error: BaseException, path: Path) -> None:
    from repdesk.services.visit_calendar import IcsError

    if isinstance(error, IcsError):
        text = QCoreApplication.translate(
            "CalendarFiles", "%1 is not a calendar file RepDesk can read. Nothing was imported."
        ).replace("%1", path.name)
    elif isinstance(error, OSError):
        text = (
            QCoreApplication.translate("CalendarFiles", "Could not use %1: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        )
    else:
        runner.error.emit(error)  # the application's error report
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning, "RepDesk", text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("calendarProblem")
    box.open()
