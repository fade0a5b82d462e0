"""One chart on screen, drawn on the worker: the window never waits for matplotlib.

The worker draws the figure with matplotlib's Agg canvas at the widget's size and
the screen's pixel ratio and hands back PNG bytes; the GUI thread only shows the
image. A resize asks for a new drawing after a short pause (the image is scaled
meanwhile), and a drawing that arrives after a newer one was asked for is dropped.
matplotlib is imported on the worker, on first use, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from repdesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Draw = Callable[["Figure"], None]  # draws one chart on a blank figure (on the worker)

SCREEN_DPI = 96.0
RESIZE_PAUSE_MS = 150


def render_png(draw: Draw, width_px: int, height_px: int, scale: float = 1.0) -> bytes:
    """The chart as PNG bytes, ``width_px`` x ``height_px`` logical pixels at ``scale``."""
    from matplotlib.figure import Figure

    from repdesk.reports.charts import render_chart

    dpi = SCREEN_DPI * scale
    figure = Figure(figsize=(width_px / SCREEN_DPI, height_px / SCREEN_DPI), dpi=dpi)
    draw(figure)
    return render_chart(figure, "png", dpi=round(dpi), compress=1)  # shown, not kept


class ChartImage(QLabel):
    """Shows what ``show_chart`` was given, drawn to fit; ``drawn`` after each image."""

    drawn = Signal()
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._draw: Draw | None = None
        self._asked = 0  # the number of the newest drawing asked for
        self._shown_size = QSize()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(RESIZE_PAUSE_MS)
        self._resized.timeout.connect(self._redraw)

    def show_chart(self, draw: Draw | None) -> None:
        """Draw this chart (None: show nothing)."""
        self._draw = draw
        if draw is None:
            self._asked += 1
            self.clear()
            return
        self._redraw()

    def _redraw(self) -> None:
        draw = self._draw
        if draw is None:
            return
        if not self.isVisible():  # drawn when shown (resizeEvent), not for a closed window
            self._shown_size = QSize()
            return
        self._asked += 1
        number = self._asked
        size = self.size()
        width, height = max(size.width(), 320), max(size.height(), 220)
        scale = self.devicePixelRatioF()

        def work() -> bytes:
            return render_png(draw, width, height, scale)

        def done(data: bytes) -> None:
            if not shiboken6.isValid(self) or number != self._asked:
                return  # closed, or a newer drawing is on its way
            image = QImage()
            image.loadFromData(data)
            image.setDevicePixelRatio(scale)
            self.setPixmap(QPixmap.fromImage(image))
            self._shown_size = QSize(width, height)
            self.drawn.emit()

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.failed.emit(error)

        self.runner.run(work, done, failed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._draw is not None and event.size() != self._shown_size:
            self._resized.start()
