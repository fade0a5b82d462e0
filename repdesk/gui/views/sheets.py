"""The open customer sheets: one window per customer, raised if already open.

Keeps the main window thin: it asks this object to open a sheet, and hears
``changed`` (a customer id) whenever a sheet was written, to refresh its list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.sheet.window import SheetWindow

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace


class SheetWindows(QObject):
    changed = Signal(str)  # a customer id whose sheet was written
    deleted = Signal(str, str)  # a customer id and name, soft-deleted from its sheet
    failed = Signal(object)  # an error a sheet could not handle
    visit_requested = Signal(str)  # plan a visit to this customer

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._open: dict[str, SheetWindow] = {}
        self._new: list[SheetWindow] = []

    def windows(self) -> list[SheetWindow]:
        return [*self._open.values(), *self._new]

    def open(self, workspace: Workspace, customer_id: str | None) -> SheetWindow:
        """Show the customer's sheet (a new, empty one for None)."""
        if customer_id is not None and customer_id in self._open:
            window = self._open[customer_id]
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = SheetWindow(workspace, self._runner, customer_id)
        if customer_id is None:
            self._new.append(window)
        else:
            self._open[customer_id] = window
        window.saved.connect(lambda saved_id, w=window: self._on_saved(w, saved_id))
        window.failed.connect(self.failed)
        window.deleted.connect(self.deleted)
        window.visit_requested.connect(self.visit_requested)
        window.closed.connect(lambda w=window: self._forget(w))
        window.show()
        return window

    def _on_saved(self, window: SheetWindow, customer_id: str) -> None:
        if window in self._new:  # a new sheet now has its id
            self._new.remove(window)
            self._open[customer_id] = window
        self.changed.emit(customer_id)

    def _forget(self, window: SheetWindow) -> None:
        self._open = {k: w for k, w in self._open.items() if w is not window}
        if window in self._new:
            self._new.remove(window)

    def close_all(self) -> bool:
        """Close every sheet; False if the rep kept one open (to save or keep editing)."""
        for window in self.windows():
            if not window.close():
                window.raise_()
                return False
        return True
