"""The relationship map on screen: who stands where with the rep, the picture the sheet prints.

The figure is drawn by repdesk/reports/relationship_map.py, the same builder
the printed sheet uses, on matplotlib's Qt canvas. matplotlib is imported the
first time the map is shown with people on it, never at start. With nobody
on the sheet the widget says so instead of drawing an empty grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from repdesk.domain.sheet import PersonFacts

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg


class RelationshipMapWidget(QWidget):
    """Call ``set_people`` with the sheet's people; the map follows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipMap")
        self._people: list[PersonFacts] = []
        self._canvas: FigureCanvasQTAgg | None = None
        self._stale = False
        self._layout = QStackedLayout(self)
        self.empty_label = QLabel(
            self.tr(
                "No people on this sheet yet. Add the buyer and the others around the "
                "purchase to see where you stand with each of them."
            ),
            self,
        )
        self.empty_label.setObjectName("relationshipMapEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setMargin(24)
        self._layout.addWidget(self.empty_label)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(120)
        self._redraw_timer.timeout.connect(self._redraw)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def canvas(self) -> FigureCanvasQTAgg | None:
        """matplotlib's canvas, once the map has been drawn with people on it."""
        return self._canvas

    @property
    def people(self) -> list[PersonFacts]:
        return list(self._people)

    def set_people(self, people: Sequence[PersonFacts]) -> None:
        self._people = list(people)
        if not self._people:
            self._layout.setCurrentWidget(self.empty_label)
            return
        self._stale = True
        if self.isVisible():
            self._redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._people:
            self._redraw()

    def _ensure_canvas(self) -> FigureCanvasQTAgg:
        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            # matplotlib's Qt backend carries no annotations
            self._canvas = FigureCanvasQTAgg(Figure(figsize=(6.0, 3.8)))  # type: ignore[no-untyped-call]
            self._canvas.setObjectName("relationshipMapCanvas")
            self._canvas.setParent(self)
            self._canvas.setMinimumSize(1, 1)
            # The boxes hold as much of a name as fits: lay out again once a resize settles.
            self._canvas.mpl_connect("resize_event", lambda _event: self._redraw_timer.start())
            self._layout.addWidget(self._canvas)
        return self._canvas

    def _redraw(self) -> None:
        if not self._people:
            return
        from repdesk.gui.sheet_labels import map_labels
        from repdesk.reports.relationship_map import draw_relationship_map

        canvas = self._ensure_canvas()
        draw_relationship_map(canvas.figure, self._people, map_labels())
        self._layout.setCurrentWidget(canvas)
        canvas.draw_idle()  # type: ignore[no-untyped-call]
        self._stale = False
