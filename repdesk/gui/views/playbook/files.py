"""Import playbook… and Export playbook…: the same JSON file as the default playbook.

Export writes the rep's playbook whole (or not at all). Import reads and checks
the file on the worker, says what merging it would do (entries new, updated,
already the same, the rep's own kept; the opener and tips) and writes only on
the rep's word. A file that does not check is refused, naming the file and
its first problems; nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from repdesk.domain.playbook import Playbook, PlaybookError
from repdesk.gui.i18n import ui_language
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.playbook.words import problem_line

if TYPE_CHECKING:
    from repdesk.services.playbook import ImportSummary
    from repdesk.services.workspace import Workspace

SHOWN_PROBLEMS = 5


def _filter() -> str:
    return QCoreApplication.translate("PlaybookFiles", "Playbook files (*.json);;All files (*)")


def export_playbook(
    parent: QWidget, runner: TaskRunner, workspace: Workspace, status: Callable[[str], None]
) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PlaybookFiles", "Export the playbook"),
        str(Path.home() / "repdesk-playbook.json"),
        _filter(),
    )
    if not name:
        return
    path = Path(name if name.lower().endswith(".json") else f"{name}.json")

    def work() -> Path:
        from repdesk.reports.pdf_parts import write_whole

        return write_whole(path, workspace.playbook.export_bytes())

    def done(written: Path) -> None:
        status(
            QCoreApplication.translate("PlaybookFiles", "Exported the playbook to %1").replace(
                "%1", str(written)
            )
        )

    runner.run(work, done, lambda error: _failed(parent, runner, error, path, writing=True))


def import_playbook(
    parent: QWidget,
    runner: TaskRunner,
    workspace: Workspace,
    imported: Callable[[ImportSummary], None],
) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PlaybookFiles", "Import a playbook"),
        str(Path.home()),
        _filter(),
    )
    if not name:
        return
    path = Path(name)

    def read() -> tuple[Playbook, ImportSummary]:
        from repdesk.services.playbook import read_playbook_file

        playbook = read_playbook_file(path)
        return playbook, workspace.playbook.preview_import(playbook)

    def found(result: tuple[Playbook, ImportSummary]) -> None:
        playbook, summary = result
        if not confirm_import(parent, path, summary):
            return
        runner.run(
            lambda: workspace.playbook.import_playbook(playbook),
            imported,
            lambda error: _failed(parent, runner, error, path),
        )

    runner.run(read, found, lambda error: _failed(parent, runner, error, path))


def summary_text(path: Path, summary: ImportSummary) -> str:
    added, updated = len(summary.added), len(summary.updated)
    unchanged, kept = summary.unchanged, summary.kept
    lines = [
        QCoreApplication.translate("PlaybookFiles", "Importing %1 will:").replace("%1", path.name),
        QCoreApplication.translate("PlaybookFiles", "• add %n new entry(s)", None, added),
        QCoreApplication.translate("PlaybookFiles", "• update %n entry(s) you have", None, updated),
    ]
    if unchanged:
        lines.append(
            QCoreApplication.translate(
                "PlaybookFiles", "• leave %n entry(s) that are already the same", None, unchanged
            )
        )
    if kept:
        lines.append(
            QCoreApplication.translate(
                "PlaybookFiles",
                "• keep %n entry(s) of yours that the file does not have",
                None,
                kept,
            )
        )
    lines.append(
        QCoreApplication.translate(
            "PlaybookFiles", "• replace the opener, the tips and the persistence actions"
        )
        if summary.guide_changed
        else QCoreApplication.translate(
            "PlaybookFiles", "• leave the opener, the tips and the persistence actions as they are"
        )
    )
    return "\n".join(lines)


def _details(summary: ImportSummary) -> str:
    lang = ui_language()
    parts: list[str] = []
    if summary.added:
        parts.append(QCoreApplication.translate("PlaybookFiles", "New:"))
        parts += [f"  {title.get(lang)}" for title in summary.added]
    if summary.updated:
        parts.append(QCoreApplication.translate("PlaybookFiles", "Updated:"))
        parts += [f"  {title.get(lang)}" for title in summary.updated]
    return "\n".join(parts)


def confirm_import(parent: QWidget, path: Path, summary: ImportSummary) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("playbookImport")
    box.setWindowTitle(QCoreApplication.translate("PlaybookFiles", "Import a playbook"))
    if not summary.changes_anything:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            QCoreApplication.translate(
                "PlaybookFiles", "Your playbook already has everything in %1. Nothing to import."
            ).replace("%1", path.name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(summary_text(path, summary))
    box.setDetailedText(_details(summary))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("PlaybookFiles", "Import")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok


def problems_text(path: Path, error: PlaybookError) -> str:
    """The file, then its first problems in words (where, what)."""
    problems = error.problems
    lines = [
        QCoreApplication.translate(
            "PlaybookFiles", "%1 is not a playbook file RepDesk can read. Nothing was imported."
        ).replace("%1", path.name),
        "",
    ]
    lines += [f"• {problem_line(p)}" for p in problems[:SHOWN_PROBLEMS]]
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(
            QCoreApplication.translate("PlaybookFiles", "…and %n more problem(s).", None, more)
        )
    return "\n".join(lines)


def _failed(
    parent: QWidget, runner: TaskRunner, error: BaseException, path: Path, writing: bool = False
) -> None:
    if isinstance(error, PlaybookError):
        text = problems_text(path, error)
    elif isinstance(error, OSError):
        text = (
            (
                QCoreApplication.translate("PlaybookFiles", "Could not write %1: %2")
                if writing
                else QCoreApplication.translate("PlaybookFiles", "Could not read %1: %2")
            )
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        )
    else:
        runner.error.emit(error)  # the application's error report
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PlaybookFiles", "Playbook file"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("playbookFileProblem")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
