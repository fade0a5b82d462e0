"""The open visit windows: one per plan, raised if already open.

Keeps the main window thin, as sheets.py does for the customer sheets: it asks
this object to open a plan (or make a new one), and hears ``changed`` (a
customer id) whenever a plan was saved or a record finished, to refresh Today
and the Visits lists. A draft saved as the rep types does not announce itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.visit.window import NewPlan, RepInfo, VisitWindow

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace


def _no_rep() -> tuple[str, str]:
    return "", ""


class VisitWindows(QObject):
    changed = Signal(str)  # a customer id: its plan was saved or its record finished
    plan_saved = Signal(str)  # a plan id, after every plan write (a new plan has its id now)
    failed = Signal(object)  # an error a visit window could not handle

    def __init__(self, runner: TaskRunner, parent: QWidget, rep: RepInfo = _no_rep) -> None:
        """``rep`` gives the rep's name and team (Settings) when a report is printed."""
        super().__init__(parent)
        self._runner = runner
        self._rep = rep
        self._open: dict[str, VisitWindow] = {}
        self._new: list[VisitWindow] = []

    def windows(self) -> list[VisitWindow]:
        return [*self._open.values(), *self._new]

    def open_plan(self, workspace: Workspace, plan_id: str) -> VisitWindow:
        """Show the plan's window (its record on the Record tab)."""
        if plan_id in self._open:
            window = self._open[plan_id]
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = self._make(workspace, plan_id)
        self._open[plan_id] = window
        window.show()
        return window

    def new_plan(
        self,
        workspace: Workspace,
        customer_id: str,
        at: datetime | None = None,
        diary_entry_id: str | None = None,
    ) -> VisitWindow:
        """A new plan for the customer, from the checklist templates; stored on Save."""
        window = self._make(workspace, NewPlan(customer_id, at, diary_entry_id))
        self._new.append(window)
        window.show()
        return window

    def _make(self, workspace: Workspace, plan: str | NewPlan) -> VisitWindow:
        window = VisitWindow(workspace, self._runner, plan, rep=self._rep)
        window.plan_saved.connect(lambda plan_id, w=window: self._on_plan_saved(w, plan_id))
        window.changed.connect(self.changed)
        window.failed.connect(self.failed)
        window.closed.connect(lambda w=window: self._forget(w))
        return window

    def _on_plan_saved(self, window: VisitWindow, plan_id: str) -> None:
        if window in self._new:  # a new plan now has its id
            self._new.remove(window)
            self._open[plan_id] = window
        self.plan_saved.emit(plan_id)

    def _forget(self, window: VisitWindow) -> None:
        self._open = {k: w for k, w in self._open.items() if w is not window}
        if window in self._new:
            self._new.remove(window)

    def close_all(self) -> bool:
        """Close every visit window; False if the rep kept one open (Cancel, or a plan value
        to correct). Drafts and answered saves are written on the worker: wait for it
        (``TaskRunner.wait``) before closing the workspace."""
        for window in self.windows():
            if not window.close():
                window.raise_()
                return False
        return True
