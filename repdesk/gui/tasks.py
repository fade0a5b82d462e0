"""One background worker for store work; results come back on the GUI thread.

Like Anki's ops: the work is a plain function (from services/), it may take
``progress`` and ``cancelled`` callbacks, and the widgets only ever see its
result, delivered by a queued signal. Work is serialised on one thread so
two writes never race.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskHandle:
    """Lets the GUI ask a running task to stop; the task polls ``cancelled()``."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Carrier(QObject):
    """Lives on the GUI thread; its signals queue results back to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self._work = work
        self._carrier = carrier
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, never lost
            self._deliver(self._carrier.failed, error)
        else:
            self._deliver(self._carrier.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.info("a background result arrived after its receiver was deleted")


class TaskRunner(QObject):
    """Runs functions on one worker thread and calls back on the GUI thread."""

    busy_changed = Signal(bool)
    progress = Signal(float)  # of the task that reports progress, 0..1
    error = Signal(object)  # an exception no ``failed`` callback took

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._carriers: set[_Carrier] = set()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        carrier = _Carrier()
        self._carriers.add(carrier)

        def finish(outcome: Any, ok: bool) -> None:
            if not shiboken6.isValid(self):
                return  # the runner's owner (a window) is gone: nobody to hand this to
            self._carriers.discard(carrier)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if ok:
                if done is not None:
                    done(outcome)
            elif failed is not None:
                failed(outcome)
            else:
                self.error.emit(outcome)

        carrier.succeeded.connect(lambda result: finish(result, True))
        carrier.failed.connect(lambda err: finish(err, False))
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, carrier))

    def run_with_progress(
        self,
        work: Callable[[Callable[[float], None], Callable[[], bool]], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Run ``work(progress, cancelled)``; progress reaches the ``progress`` signal."""
        handle = TaskHandle()
        progress = self.progress

        def job() -> Any:
            return work(progress.emit, handle.cancelled)

        self.run(job, done, failed)
        return handle

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
