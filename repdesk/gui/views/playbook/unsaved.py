"""Before an edit is left: the question (Save / Discard / Cancel), and the domain's own
checks of what would be saved, quick enough for the GUI thread, so that a Save chosen
in the question can keep the editor open with the problems marked instead."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox, QWidget

from repdesk.domain.playbook import Entry, PlaybookError, PlaybookProblem, check_entry, check_guide
from repdesk.gui.views.playbook.guide_panel import Guide


def entry_problems(entry: Entry) -> tuple[PlaybookProblem, ...]:
    """What the service would refuse in an edited entry (all but a code taken meanwhile):
    the domain's check, quick enough for the GUI thread, before a save it cannot show."""
    try:
        check_entry(replace(entry, code=entry.code or "new"))
    except PlaybookError as error:
        return error.problems
    return ()


def ask_unsaved(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("unsavedPlaybook")
    return QMessageBox.StandardButton(box.exec())


def guide_problems(guide: Guide) -> tuple[PlaybookProblem, ...]:
    try:
        check_guide(*guide)
    except PlaybookError as error:
        return error.problems
    return ()
