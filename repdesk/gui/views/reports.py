"""The Reports area. Charts and the weekly summary arrive with their own issue;
until then the page says plainly that there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from repdesk.domain.areas import Area
from repdesk.gui import style
from repdesk.gui.labels import area_label


class ReportsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(area_label(Area.REPORTS))
        style.heading(heading)
        self.message = QLabel(
            self.tr(
                "No reports yet.\nCharts of your visits, prospects and objections, and the "
                "weekly summary for your manager, will be shown here."
            )
        )
        style.muted(style.larger(self.message))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message, 1)
