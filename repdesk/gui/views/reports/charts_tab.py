"""Every chart at a glance, for one period: each fills in as soon as it is ready.

Each chart's numbers are read on the worker (one task per chart, in the page's
order, so the first ones show while the others are still read), then drawn on
the worker as an image fitted to its card (chart_image.ChartImage). Export…
writes one chart as PNG or SVG at its designed size. The snapshot charts (Pareto,
differentiation, segmentation) show the book as it is today, whatever the period.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.charts import ChartKind, ChartNumbers, Period
from repdesk.domain.weeks import IsoWeek
from repdesk.gui import style
from repdesk.gui.chart_labels import chart_labels
from repdesk.gui.print_pdf import PrintedDocument, report_failure
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.reports.chart_image import ChartImage
from repdesk.reports.chart_labels import ChartLabels

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from repdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

# The page's order: the week's activity first, then the book.
ORDER = (
    ChartKind.VISITS,
    ChartKind.TIME_BY_TIER,
    ChartKind.GRADES,
    ChartKind.LEAD_SOURCES,
    ChartKind.OBJECTIONS,
    ChartKind.ANSWERS,
    ChartKind.PARETO,
    ChartKind.DIFFERENTIATION,
    ChartKind.SEGMENTATION,
)
SNAPSHOTS = frozenset((ChartKind.PARETO, ChartKind.DIFFERENTIATION, ChartKind.SEGMENTATION))
CARD_HEIGHT = 330


def chart_title(kind: ChartKind, labels: ChartLabels) -> str:
    return {
        ChartKind.VISITS: labels.visits_title,
        ChartKind.GRADES: labels.grades_title,
        ChartKind.LEAD_SOURCES: labels.sources_title,
        ChartKind.OBJECTIONS: labels.objections_title,
        ChartKind.ANSWERS: labels.answers_title,
        ChartKind.PARETO: labels.pareto_title,
        ChartKind.TIME_BY_TIER: labels.time_title,
        ChartKind.DIFFERENTIATION: labels.matrix_title,
        ChartKind.SEGMENTATION: labels.segments_title,
    }[kind]


def periods(today: date) -> list[tuple[str, Period]]:
    """The period picker's choices, in the rep's words, ending with the current week."""
    week = IsoWeek.of(today)
    return [
        (
            QCoreApplication.translate("ChartsTab", "Last 4 weeks"),
            Period.weeks_ending(week, 4),
        ),
        (
            QCoreApplication.translate("ChartsTab", "Last 13 weeks"),
            Period.weeks_ending(week, 13),
        ),
        (
            QCoreApplication.translate("ChartsTab", "This year"),
            Period(date(today.year, 1, 1), week.sunday),
        ),
        (
            QCoreApplication.translate("ChartsTab", "Last 12 months"),
            Period(today - timedelta(days=364), week.sunday),
        ),
    ]


class ChartCard(QFrame):
    """One chart: its title, the picture, and Export…."""

    export_requested = Signal(object)  # ChartKind

    def __init__(self, kind: ChartKind, title: str, runner: TaskRunner) -> None:
        super().__init__()
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.state = QLabel()
        style.muted(self.state)
        self.export = QPushButton(self.tr("Export…"))
        self.export.setToolTip(
            self.tr("Save “%1” as a PNG picture or an SVG drawing").replace("%1", title)
        )
        self.export.setEnabled(False)
        self.export.clicked.connect(lambda: self.export_requested.emit(self.kind))
        self.image = ChartImage(runner)
        self.image.setMinimumHeight(CARD_HEIGHT)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.export)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.image, 1)

    def waiting(self) -> None:
        self.state.setText(self.tr("Reading…"))
        self.export.setEnabled(False)

    def show_drawing(self, draw: Callable[[Figure], None]) -> None:
        self.state.setText("")
        self.export.setEnabled(True)
        self.image.show_chart(draw)

    def show_failure(self, error: BaseException) -> None:
        """The chart could not be read or drawn: said in its card (the others go on)."""
        log.error("chart %s: %s", self.kind, error, exc_info=error)
        self.export.setEnabled(False)
        self.image.show_chart(None)
        self.image.setText(
            self.tr("This chart could not be made: %1").replace(
                "%1", str(error) or type(error).__name__
            )
        )
        self.image.setWordWrap(True)


class ChartsTab(QWidget):
    failed = Signal(object)
    chart_drawn = Signal(object)  # ChartKind: its picture is on screen
    status = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._today = today
        self.workspace: Workspace | None = None
        self.labels = chart_labels()
        self.numbers: dict[ChartKind, ChartNumbers] = {}
        self._generation = 0

        self.period = QComboBox()
        for text, period in periods(today()):
            self.period.addItem(text, period)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        self.period_note = QLabel()
        style.muted(self.period_note)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.period_note, 1)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        self.cards: dict[ChartKind, ChartCard] = {}
        for n, kind in enumerate(ORDER):
            card = ChartCard(kind, chart_title(kind, self.labels), runner)
            card.export_requested.connect(self.export_chart)
            card.image.drawn.connect(lambda kind=kind: self.chart_drawn.emit(kind))
            card.image.failed.connect(card.show_failure)
            self.cards[kind] = card
            grid.addWidget(card, n // 2, n % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.empty = QLabel(self.tr("Open a database to see its charts."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.muted(style.larger(self.empty))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty, 1)
        self.charts_area = scroll
        self._show_attached(False)

    def _show_attached(self, attached: bool) -> None:
        self.charts_area.setVisible(attached)
        self.empty.setVisible(not attached)
        self.period.setEnabled(attached)

    def current_period(self) -> Period:
        period = self.period.currentData()
        assert isinstance(period, Period)
        return period

    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._show_attached(workspace is not None)
        self.numbers.clear()
        if workspace is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read every chart's numbers again (one task each, in order) and draw them."""
        workspace = self.workspace
        if workspace is None:
            return
        self._generation += 1
        generation = self._generation
        period = self.current_period()
        self.period_note.setText(
            self.tr(
                "%1 to %2. The 80/20, differentiation and segmentation charts show the "
                "book as it is today."
            )
            .replace("%1", period.start.isoformat())
            .replace("%2", period.end.isoformat())
        )
        charts = workspace.charts
        for kind in ORDER:
            card = self.cards[kind]
            card.waiting()

            def read(kind: ChartKind = kind) -> ChartNumbers:
                return charts.numbers(kind, period)

            def done(numbers: ChartNumbers, kind: ChartKind = kind) -> None:
                if not shiboken6.isValid(self) or generation != self._generation:
                    return
                self.numbers[kind] = numbers
                self.cards[kind].show_drawing(self._drawing(kind, numbers))

            def failed(error: BaseException, kind: ChartKind = kind) -> None:
                if shiboken6.isValid(self) and generation == self._generation:
                    self.cards[kind].show_failure(error)

            self.runner.run(read, done, failed)

    def _drawing(self, kind: ChartKind, numbers: ChartNumbers) -> Callable[[Figure], None]:
        labels = self.labels

        def draw(figure: Figure) -> None:
            from repdesk.reports.charts import draw_chart

            draw_chart(kind, numbers, figure, labels)

        return draw

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(error)

    # -- export --------------------------------------------------------------------------

    def export_chart(self, kind: ChartKind) -> None:
        numbers = self.numbers.get(kind)
        if numbers is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        png, svg = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")
        chosen, picked = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            str(Path(folder) / f"{kind.value}-{self.current_period().end.isoformat()}.png"),
            f"{png};;{svg}",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + (".svg" if picked == svg else ".png"))
        self.save_chart(kind, path)

    def save_chart(self, kind: ChartKind, path: Path) -> None:
        """Write one chart, at its designed size, on the worker; say so when done."""
        numbers, labels = self.numbers[kind], self.labels

        def work() -> Path:
            from repdesk.reports.charts import chart_figure, save_chart

            return save_chart(chart_figure(kind, numbers, labels), path)

        def done(written: Path) -> None:
            self.status.emit(self.tr("Chart saved to %1").replace("%1", str(written)))

        def failed(error: BaseException) -> None:
            document = PrintedDocument(
                name=self.tr("Export chart"),
                export_title=self.tr("Export chart"),
                writing="",
                saved="",
                preparing="",
                print_title="",
                object_name="chart",
            )
            report_failure(self, self.runner, error, path, document)

        self.runner.run(work, done, failed)
