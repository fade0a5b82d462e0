"""``repdesk --self-test PDF``: an installed build checks itself on a real window, then quits.

packaging/check_frozen.py runs it on the frozen app, offscreen; the tests run it on a
checkout. It starts as a rep's start does (the window, the translations, the database
opened on the worker, migrated after a backup if an older build made it), then writes
the newest finished visit report to PDF through the code of File > Export
(gui/print_visit.py) and quits with 0.

It quits with 1, saying why on stderr, on anything a rep would have seen go wrong: a
store or task error, a message box or any other modal window (it would wait for a
click that never comes), an empty book, or no answer within the time limit. One line
per milestone goes to stdout, so that a script can time the start of a build:

    self-test: window painted
    self-test: database open
    self-test: wrote /tmp/visit.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from repdesk.gui.main_window import MainWindow

TIME_LIMIT_MS = 180_000  # the 100,000-customer demo opens in ~3 s; a first start of a
# frozen build on a slow disk is slower, but never minutes
MODAL_CHECK_MS = 250
PASSED, FAILED = 0, 1


class SelfTest(QObject):
    """Drives one check of ``window`` and ends ``app`` with its exit code."""

    def __init__(self, app: QApplication, window: MainWindow, pdf: Path) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.pdf = pdf.resolve()
        self._over = False
        window.first_painted.connect(lambda: self._say("window painted"))
        window.workspace_attached.connect(self._on_attached)
        window.store_failed.connect(lambda error: self._fail(f"the database did not open: {error}"))
        window.task_failed.connect(lambda error: self._fail(f"a background task failed: {error!r}"))
        window.runner.error.connect(lambda error: self._fail(f"a task failed: {error!r}"))
        self._modal_watch = QTimer(self)
        self._modal_watch.timeout.connect(self._check_modal)
        self._modal_watch.start(MODAL_CHECK_MS)
        QTimer.singleShot(TIME_LIMIT_MS, lambda: self._fail("no answer within the time limit"))
        sys.excepthook = lambda kind, value, tb: self._fail(f"uncaught {kind.__name__}: {value}")

    def _say(self, text: str) -> None:
        print(f"self-test: {text}", flush=True)

    def _on_attached(self) -> None:
        workspace = self.window.workspace
        assert workspace is not None
        self._say("database open")
        migrated = workspace.store.migrated_from
        if migrated is not None:
            self._say(f"migrated from {migrated}, after a backup")
        self.window.runner.run(workspace.visits.newest_record_id, self._print, self._task_failed)

    def _print(self, record_id: str | None) -> None:
        from repdesk.gui.print_visit import save_visit_report

        workspace = self.window.workspace
        if record_id is None or workspace is None:
            self._fail("the database holds no finished visit record to print")
            return
        visits = workspace.visits
        save_visit_report(
            self.window,
            self.window.runner,
            lambda: visits.report(record_id),
            self.pdf,
            done=self._written,
        )

    def _written(self, path: Path) -> None:
        if not path.is_file() or path.read_bytes()[:5] != b"%PDF-":
            self._fail(f"{path} is not a PDF")
            return
        self._say(f"wrote {path}")
        self._end(PASSED)

    def _task_failed(self, error: BaseException) -> None:
        self._fail(f"a background task failed: {error!r}")

    def _check_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            text = getattr(modal, "text", lambda: "")()
            self._fail(f"a window waits for the rep: {modal.windowTitle()!r} {text!r}")

    def _fail(self, why: str) -> None:
        if self._over:
            return
        print(f"self-test FAILED: {why}", file=sys.stderr, flush=True)
        self._end(FAILED)

    def _end(self, code: int) -> None:
        self._over = True
        self._modal_watch.stop()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()  # its own event loop would otherwise outlive app.exit()
        self.window.close()
        QTimer.singleShot(0, lambda: self.app.exit(code))
