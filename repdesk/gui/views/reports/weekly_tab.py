"""The weekly summary for the manager: pick an ISO week, see its key numbers, preview
the PDF, export the PDF and the workbook (and CSV files).

The numbers are read on the worker when the week is picked; the PDF (cover, charts,
tables: repdesk/reports/weekly_report.py) and the files are made on the worker too.
The files are the ones ``repdesk report weekly`` writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.charts import ChartKind, ChartNumbers
from repdesk.domain.weekly import WeeklySummary
from repdesk.domain.weeks import IsoWeek
from repdesk.gui import style
from repdesk.gui.chart_labels import chart_labels
from repdesk.gui.print_pdf import PrintedDocument, preview_pdf, report_failure
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.weekly_labels import weekly_labels
from repdesk.reports.weekly_tables import Ratio, cell_text, summary_table

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

WEEKS_OFFERED = 26  # the picker goes back half a year


class WeeklyTab(QWidget):
    failed = Signal(object)
    status = Signal(str)
    summary_shown = Signal()  # the week's key numbers are on screen
    files_written = Signal(object)  # list[Path]

    def __init__(
        self,
        runner: TaskRunner,
        rep: Callable[[], tuple[str, str]],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rep = rep
        self._today = today
        self.workspace: Workspace | None = None
        self.summary: WeeklySummary | None = None
        self.chart_numbers: dict[ChartKind, ChartNumbers] | None = None
        self._asked = 0

        self.week = QComboBox()
        current = IsoWeek.of(today())
        for back in range(WEEKS_OFFERED):
            week = IsoWeek.of(current.monday - timedelta(weeks=back))
            text = f"{week}  ({week.monday.isoformat()} – {week.sunday.isoformat()})"
            if back == 0:
                text = self.tr("%1 (this week, so far)").replace("%1", text)
            self.week.addItem(text, week)
        self.week.setCurrentIndex(1)  # the last complete week: what a manager asks for
        self.week.currentIndexChanged.connect(lambda _index: self.load())
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setToolTip(self.tr("The PDF as the manager will see it"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Write the PDF and the XLSX workbook (and CSV files) into a folder")
        )
        self.export_button.clicked.connect(self.export)
        self.csv = QCheckBox(self.tr("Also CSV files"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Week:")))
        bar.addWidget(self.week)
        bar.addStretch(1)
        bar.addWidget(self.csv)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.export_button)

        self.heading = QLabel()
        style.emphasised(self.heading)
        self.numbers = QTableWidget(0, 3)
        self.numbers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.numbers.verticalHeader().hide()
        header = self.numbers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self.tr("Open a database to make its weekly summary."))
        style.muted(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.numbers, 1)
        layout.addWidget(self.message)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.preview_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    def current_week(self) -> IsoWeek:
        week = self.week.currentData()
        assert isinstance(week, IsoWeek)
        return week

    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.summary = None
        self.numbers.setRowCount(0)
        self.message.setVisible(workspace is None)
        self._set_ready(False)
        if workspace is not None:
            self.load()

    def load(self) -> None:
        """Read the picked week's summary and chart numbers on the worker."""
        workspace = self.workspace
        if workspace is None:
            return
        self._asked += 1
        asked, week, today = self._asked, self.current_week(), self._today()
        weekly = workspace.weekly
        self._set_ready(False)
        self.heading.setText(self.tr("Reading %1…").replace("%1", str(week)))

        def read() -> tuple[WeeklySummary, dict[ChartKind, ChartNumbers]]:
            return weekly.summary(week, today), weekly.chart_numbers(week)

        def done(result: tuple[WeeklySummary, dict[ChartKind, ChartNumbers]]) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.summary, self.chart_numbers = result
                self._show(result[0])

        self.runner.run(read, done, self._failed)

    def _show(self, summary: WeeklySummary) -> None:
        labels = weekly_labels()
        name, team = self.rep()
        table = summary_table(summary, labels, rep_name=name, team=team)
        self.heading.setText(table.title)
        self.numbers.setHorizontalHeaderLabels(table.headers)
        self.numbers.setRowCount(len(table.rows))
        for row, values in enumerate(table.rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(cell_text(value))
                if isinstance(value, (int, float, Ratio)):
                    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    item.setTextAlignment(right)
                self.numbers.setItem(row, column, item)
        self._set_ready(True)
        self.summary_shown.emit()

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(error)

    # -- the PDF and the files -----------------------------------------------------------

    def _pdf_builder(self) -> Callable[[], bytes] | None:
        summary, numbers = self.summary, self.chart_numbers
        if summary is None or numbers is None:
            return None
        labels, charts = weekly_labels(), chart_labels()  # on the GUI thread: tr()
        name, team = self.rep()

        def build() -> bytes:
            from repdesk.reports.weekly_report import weekly_pdf

            return weekly_pdf(summary, labels, numbers, charts, rep_name=name, team=team)

        return build

    def _document(self) -> PrintedDocument:
        return PrintedDocument(
            name=self.tr("Weekly summary"),
            export_title=self.tr("Export the weekly summary"),
            writing=self.tr("Writing the weekly summary…"),
            saved=self.tr("Weekly summary saved to %1"),
            preparing=self.tr("Preparing the weekly summary…"),
            print_title=self.tr("Weekly summary"),
            object_name="weekly",
        )

    def preview(self) -> None:
        build = self._pdf_builder()
        if build is not None:
            preview_pdf(self, self.runner, build, self._document())

    def export(self) -> None:
        """Ask for a folder, then write the PDF, the workbook and (ticked) the CSV files."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export the weekly summary into a folder"), folder
        )
        if chosen:
            self.write_files(Path(chosen))

    def write_files(self, folder: Path) -> None:
        summary, numbers = self.summary, self.chart_numbers
        if summary is None or numbers is None:
            return
        labels, charts = weekly_labels(), chart_labels()
        name, team = self.rep()
        csv = self.csv.isChecked()
        self.status.emit(self.tr("Writing the weekly summary…"))

        def work() -> list[Path]:
            from repdesk.reports.weekly_sheets import write_weekly_files

            return write_weekly_files(
                summary,
                folder,
                labels,
                csv=csv,
                chart_numbers=numbers,
                chart_labels=charts,
                rep_name=name,
                team=team,
            )

        def done(written: list[Path]) -> None:
            names = ", ".join(path.name for path in written)
            self.status.emit(self.tr("Weekly summary saved to %1").replace("%1", names))
            self.files_written.emit(written)

        def failed(error: BaseException) -> None:
            report_failure(self, self.runner, error, folder, self._document())

        self.runner.run(work, done, failed)
