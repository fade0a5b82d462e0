"""The import wizard: a file, its columns matched to the sheet, a preview, then the import.

Every step's work (reading the file, planning against the book, writing) runs
on the TaskRunner's worker; this dialog only shows results. The import is one
transaction: Cancel rolls it back, and a file with any invalid row imports
nothing until it is fixed (the preview says which rows, which fields, why,
and can save that report).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.db.errors import StoreError
from repdesk.gui.problem_text import problem_text
from repdesk.gui.store_messages import store_message
from repdesk.gui.style import emphasised, heading, muted
from repdesk.gui.tasks import TaskHandle, TaskRunner
from repdesk.gui.views.import_preview import PreviewModel, ReportModel, report_lines
from repdesk.gui.views.import_preview import status_text as row_status_text
from repdesk.gui.views.interchange_labels import field_label, problem_field_label
from repdesk.reports.interchange.errors import FileReadError, ReadProblem
from repdesk.services.customer_import import (
    ImportPlan,
    ImportResult,
    RowStatus,
    SourceKind,
    SourceTable,
    apply_plan,
    plan_import,
    recognise,
)
from repdesk.services.customers import CancelledError
from repdesk.services.sheet_columns import Target, customer_targets, person_targets, spec
from repdesk.services.workspace import Workspace

FILE, MAPPING, PREVIEW, RUN = range(4)


def read_error_text(error: FileReadError) -> str:
    """What went wrong with a file, naming it."""
    text = {
        ReadProblem.ENCODING: QCoreApplication.translate(
            "ImportDialog",
            "%1 is neither UTF-8 nor GB18030/GBK text. Save it from Excel as "
            "“CSV UTF-8” and try again.",
        ),
        ReadProblem.EMPTY: QCoreApplication.translate(
            "ImportDialog", "%1 has no header row or no rows to import."
        ),
        ReadProblem.DAMAGED: QCoreApplication.translate(
            "ImportDialog", "%1 is damaged or is not the kind of file its name says."
        ),
        ReadProblem.UNSUPPORTED: QCoreApplication.translate(
            "ImportDialog",
            "RepDesk cannot read files of this kind (%1). Save it as .xlsx or .csv and try again.",
        ),
        ReadProblem.UNREADABLE: QCoreApplication.translate(
            "ImportDialog", "RepDesk cannot read %1. Check that it exists and you may open it."
        ),
    }[error.problem]
    return text.replace("%1", str(error.path))


class MappingTable(QTableWidget):
    """One line per column of the file: its header, sample values, and a field to import it as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import as")]
        )
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        self.targets: list[Target] = []
        self._updating = False

    def load(self, table: SourceTable, mapping: list[Target | None]) -> None:
        slots = max((t.person for t in mapping if t and t.person is not None), default=0) + 1
        targets: list[Target] = customer_targets()
        for slot in range(slots):
            targets += person_targets(slot, name_parts=True)
        self.targets = targets  # a combo's data is an index here (-1: not imported)
        self.combos = []
        self.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            name = header or self.tr("Column %1").replace("%1", str(column + 1))
            self.setItem(column, 0, QTableWidgetItem(name))
            samples = QTableWidgetItem("  ·  ".join(table.samples(column)))
            samples.setForeground(QBrush(QColor("#5f6368")))
            self.setItem(column, 1, samples)
            combo = QComboBox()
            combo.setMaxVisibleItems(20)
            combo.addItem(self.tr("Do not import"), -1)
            previous_slot: int | None = -1
            for index, target in enumerate(targets):
                if target.person != previous_slot:
                    combo.insertSeparator(combo.count())
                    previous_slot = target.person
                combo.addItem(field_label(target), index)
            self.combos.append(combo)
            self.set_target(column, mapping[column])
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            self.setCellWidget(column, 2, combo)
        if self.combos:
            self.verticalHeader().setDefaultSectionSize(self.combos[0].sizeHint().height() + 2)

    def target(self, column: int) -> Target | None:
        index = self.combos[column].currentData()
        return self.targets[index] if isinstance(index, int) and index >= 0 else None

    def mapping(self) -> list[Target | None]:
        return [self.target(column) for column in range(len(self.combos))]

    def set_target(self, column: int, target: Target | None) -> None:
        combo = self.combos[column]
        index = self.targets.index(target) if target in self.targets else -1
        combo.setCurrentIndex(max(0, combo.findData(index)))

    def _changed(self, column: int) -> None:
        """A field most columns can feed only once: the column that had it lets go."""
        if self._updating:
            return
        target = self.target(column)
        if target is None or spec(target).joinable:
            return
        self._updating = True
        try:
            for other in range(len(self.combos)):
                if other != column and self.target(other) == target:
                    self.combos[other].setCurrentIndex(0)
        finally:
            self._updating = False


class ImportDialog(QDialog):
    """Customers from CSV or XLSX, people from vCards. Emits ``imported`` when it wrote."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers"))
        self.workspace = workspace
        self.runner = runner
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.model: PreviewModel | None = None
        self.report_model: ReportModel | None = None
        self._handle: TaskHandle | None = None
        self._close_when_done = False

        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._run_page())

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(1000, 640)
        self._show_step(FILE)

    # -- pages -----------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        title = heading(QLabel(self.tr("Import customers")))
        intro = QLabel(
            self.tr(
                "Choose a CSV or Excel (.xlsx) file of customers, for example an export from "
                "another CRM, or a vCard (.vcf) file of people. Nothing is written until you "
                "have seen a preview, and then everything is written at once or nothing is."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        palette = self.file_error.palette()
        palette.setColor(self.file_error.foregroundRole(), Qt.GlobalColor.darkRed)
        self.file_error.setPalette(palette)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addStretch()
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_title = emphasised(QLabel())
        self.mapping_title.setWordWrap(True)
        hint = muted(
            QLabel(
                self.tr(
                    "Each column is matched to a field of the customer sheet; change any match "
                    "you disagree with. Columns set to “Do not import” are left out."
                )
            )
        )
        hint.setWordWrap(True)
        self.mapping_table = MappingTable()
        self.mapping_error = QLabel()
        self.mapping_error.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_title)
        layout.addWidget(hint)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_error)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.counts_label = emphasised(QLabel())
        self.counts_label.setWordWrap(True)
        self.invalid_label = QLabel()
        self.invalid_label.setWordWrap(True)
        palette = self.invalid_label.palette()
        palette.setColor(self.invalid_label.foregroundRole(), Qt.GlobalColor.darkRed)
        self.invalid_label.setPalette(palette)
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.save_report_button.clicked.connect(self.choose_report_file)
        self.duplicates_box = QCheckBox(self.tr("Import the likely duplicates too"))
        self.duplicates_box.toggled.connect(self._include_duplicates)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All rows"), "")
        self.show_filter.addItem(row_status_text(RowStatus.INVALID), RowStatus.INVALID.value)
        self.show_filter.addItem(row_status_text(RowStatus.DUPLICATE), RowStatus.DUPLICATE.value)
        self.show_filter.addItem(row_status_text(RowStatus.NEW), RowStatus.NEW.value)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.preview = QTableView()
        self.preview.setModel(self.proxy)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)
        self.report = QTableView()
        self.report.verticalHeader().hide()
        self.report.verticalHeader().setDefaultSectionSize(self.report.fontMetrics().height() + 8)
        self.report.setWordWrap(False)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report_box = QWidget()
        report_layout = QVBoxLayout(self.report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(emphasised(QLabel(self.tr("Problems, row by row"))))
        report_layout.addWidget(self.report)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.report_box)
        self.splitter.setChildrenCollapsible(False)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Show:")))
        tools.addWidget(self.show_filter)
        tools.addSpacing(16)
        tools.addWidget(self.duplicates_box)
        tools.addStretch()
        tools.addWidget(self.save_report_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.invalid_label)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        return page

    def _run_page(self) -> QWidget:
        page = QWidget()
        self.run_title = heading(QLabel())
        self.run_message = QLabel()
        self.run_message.setWordWrap(True)
        self.run_bar = QProgressBar()
        self.run_bar.setRange(0, 1000)
        layout = QVBoxLayout(page)
        layout.addWidget(self.run_title)
        layout.addWidget(self.run_message)
        layout.addWidget(self.run_bar)
        layout.addStretch()
        return page

    # -- navigation --------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        busy = self._handle is not None
        people = self.table is not None and self.table.kind is SourceKind.PEOPLE
        self.back_button.setVisible(step in (MAPPING, PREVIEW))
        self.back_button.setEnabled(not busy and not (step == PREVIEW and people))
        self.next_button.setVisible(step in (FILE, MAPPING, PREVIEW))
        if step == PREVIEW:
            self.next_button.setText(self.tr("Import"))
            self.next_button.setEnabled(
                not busy and self.plan is not None and self._can_import(self.plan)
            )
        else:
            self.next_button.setText(self.tr("Next >"))
            self.next_button.setEnabled(not busy and self.table is not None)
        self.choose_button.setEnabled(not busy)
        if step == RUN and not busy:
            self.cancel_button.setText(self.tr("Close"))
        else:
            self.cancel_button.setText(self.tr("Cancel"))

    @staticmethod
    def _can_import(plan: ImportPlan) -> bool:
        return not plan.invalid and bool(plan.to_write)

    def go_back(self) -> None:
        if self._handle is not None:
            return
        step = self.stack.currentIndex()
        self._show_step(FILE if step == MAPPING else MAPPING)

    def go_next(self) -> None:
        step = self.stack.currentIndex()
        if self._handle is not None:
            return
        if step == FILE and self.table is not None:
            if self.table.kind is SourceKind.PEOPLE:
                self.start_planning()
            else:
                self._show_step(MAPPING)
        elif step == MAPPING:
            self.start_planning()
        elif step == PREVIEW:
            self.start_import()

    # -- step 1: the file ----------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            str(self.path.parent) if self.path else "",
            self.tr("Customer files (*.csv *.txt *.xlsx *.vcf);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` on the worker; the mapping (or, for vCards, the preview) follows."""
        from repdesk.reports.interchange.files import read_source

        self.path = path
        self.table = None
        self.plan = None
        self.file_label.setText(str(path))
        self.file_error.clear()
        self._run(lambda _progress, _cancelled: read_source(path), self._file_read)

    def _file_read(self, table: SourceTable) -> None:
        self.table = table
        rows = len(table.rows)
        summary = self.tr("%1 · rows: %2 · columns: %3").replace("%1", table.name)
        summary = summary.replace("%2", str(rows)).replace("%3", str(len(table.headers)))
        if table.encoding:
            summary += " · " + self.tr("read as %1").replace("%1", table.encoding)
        self.file_label.setText(summary)
        self.mapping_title.setText(summary)
        if table.kind is SourceKind.PEOPLE:
            self.start_planning()
        else:
            self.mapping_table.load(table, recognise(table.headers))
            self._show_step(MAPPING)

    # -- step 2: the mapping ---------------------------------------------------------
    def start_planning(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = table.mapping if table.kind is SourceKind.PEOPLE else None
        if mapping is None:
            mapping = self.mapping_table.mapping()
            if not any(mapping):
                self.mapping_error.setText(self.tr("Choose a field for at least one column."))
                return
        self.mapping_error.clear()
        store = self.workspace.customers.store
        chosen = list(mapping)
        self._run(
            lambda progress, cancelled: plan_import(
                store, table, chosen, progress=progress, cancelled=cancelled
            ),
            self._planned,
        )

    # -- step 3: the preview -----------------------------------------------------------
    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model = PreviewModel(plan, self)
        self.model.dataChanged.connect(lambda *_: self._update_counts())
        self.proxy.setSourceModel(self.model)
        self.duplicates_box.blockSignals(True)
        self.duplicates_box.setChecked(False)
        self.duplicates_box.blockSignals(False)
        self.duplicates_box.setEnabled(any(row.can_include for row in plan.rows))
        invalid = len(plan.invalid)
        if invalid:
            self.show_filter.setCurrentIndex(1)
        else:
            self.show_filter.setCurrentIndex(0)
        self.report_model = ReportModel(plan, self)
        self.report.setModel(self.report_model)
        self.report_box.setVisible(bool(invalid))
        if invalid:
            self.report.resizeColumnsToContents()
            self.report.horizontalHeader().resizeSection(3, 460)
            self.splitter.setSizes([200, 300])
        self._update_counts()
        header = self.preview.horizontalHeader()
        self.preview.resizeColumnsToContents()
        for column, most in ((2, 280), (3, 160), (5, 220), (7, 600)):
            if header.sectionSize(column) > most:
                header.resizeSection(column, most)
        self._show_step(PREVIEW)

    def _update_counts(self) -> None:
        plan = self.plan
        if plan is None:
            return
        counts = (
            self.tr("Rows: %1 · new: %2 · likely duplicates: %3 · invalid: %4 · to import: %5")
            .replace("%1", str(len(plan.rows)))
            .replace("%2", str(plan.count(RowStatus.NEW)))
            .replace("%3", str(plan.count(RowStatus.DUPLICATE)))
            .replace("%4", str(plan.count(RowStatus.INVALID)))
            .replace("%5", str(len(plan.to_write) if not plan.invalid else 0))
        )
        self.counts_label.setText(counts)
        invalid = len(plan.invalid)
        self.invalid_label.setVisible(bool(invalid))
        self.save_report_button.setVisible(bool(invalid))
        if invalid:
            self.invalid_label.setText(
                self.tr(
                    "Rows with problems: %1, listed below with the reasons. Nothing is imported "
                    "until they are fixed in the file, or their columns are set to “Do not "
                    "import”. Save the report to work through them."
                ).replace("%1", str(invalid))
            )
        if self.stack.currentIndex() == PREVIEW:
            self._show_step(PREVIEW)

    def _include_duplicates(self, include: bool) -> None:
        if self.model is not None:
            self.model.include_duplicates(include)

    def _filter_changed(self) -> None:
        value = self.show_filter.currentData() or ""
        self.proxy.setFilterFixedString(value)

    def choose_report_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(self._default_report_path()),
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if name:
            self.save_report(Path(name))

    def _default_report_path(self) -> Path:
        base = self.path or Path("import")
        return base.with_name(base.stem + "-problems.csv")

    def report_rows(self) -> list[list[str]]:
        """File, row, line, column, field, problem, value: one line per problem."""
        plan = self.plan
        if plan is None:
            return []
        return [
            [
                plan.table.name,
                str(row.source.number),
                str(row.source.line),
                problem.column,
                problem_field_label(problem.problem.field, problem.problem.person),
                problem_text(problem.problem),
                problem.problem.value,
            ]
            for row, problem in report_lines(plan)
        ]

    def save_report(self, path: Path) -> None:
        from repdesk.reports.interchange.files import write_table

        headers = [
            self.tr("File"),
            self.tr("Row"),
            self.tr("Line"),
            self.tr("Column"),
            self.tr("Field"),
            self.tr("Problem"),
            self.tr("Value"),
        ]
        rows = self.report_rows()
        self._run(lambda _p, _c: write_table(path, headers, rows), lambda _n: None)

    # -- step 4: the import ---------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not self._can_import(plan):
            return
        count = len(plan.to_write)
        self.run_title.setText(self.tr("Importing…"))
        self.run_message.setText(
            self.tr("Writing %2 (rows: %1). Cancel leaves the customer book as it was.")
            .replace("%1", str(count))
            .replace("%2", plan.table.name)
        )
        self.run_bar.setValue(0)
        self.run_bar.show()
        customers = self.workspace.customers
        reason = self.tr("Imported from %1").replace("%1", plan.table.name)
        self._show_step(RUN)
        self._run(
            lambda progress, cancelled: apply_plan(
                customers, plan, reason=reason, progress=progress, cancelled=cancelled
            ),
            self._imported,
            step=RUN,
        )

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.run_title.setText(self.tr("Import finished"))
        message = (
            self.tr("New customers: %1 · people: %2 · likely duplicates left out: %3")
            .replace("%1", str(result.customers))
            .replace("%2", str(result.people))
            .replace("%3", str(result.skipped))
        )
        self.run_message.setText(message)
        self.run_bar.setValue(1000)
        self._show_step(RUN)
        self.imported.emit(result)

    # -- background work ---------------------------------------------------------------------
    def _run(self, work: Any, done: Any, step: int | None = None) -> None:
        self.runner.progress.connect(self._on_progress)
        self.progress.setValue(0)
        self.progress.setVisible(step is None)

        def finished(result: Any) -> None:
            self._task_over()
            done(result)

        def failed(error: BaseException) -> None:
            self._task_over()
            self._failed(error)

        self._handle = self.runner.run_with_progress(work, finished, failed)
        self._show_step(self.stack.currentIndex())

    def _task_over(self) -> None:
        self._handle = None
        self.runner.progress.disconnect(self._on_progress)
        self.progress.hide()
        if self._close_when_done:
            self.done(QDialog.DialogCode.Rejected)

    def _on_progress(self, fraction: float) -> None:
        value = round(fraction * 1000)
        self.progress.setValue(value)
        self.run_bar.setValue(value)

    def _failed(self, error: BaseException) -> None:
        step = self.stack.currentIndex()
        if isinstance(error, FileReadError):
            self.table = None
            self.file_label.setText(str(error.path))
            self.file_error.setText(read_error_text(error))
            self._show_step(FILE)
            return
        if isinstance(error, CancelledError):
            text = self.tr("The import was cancelled. Nothing was written.")
            title = self.tr("Import cancelled")
        elif isinstance(error, StoreError):
            text, title = store_message(error), self.tr("Import failed")
        elif isinstance(error, OSError):
            text, title = str(error), self.tr("Import failed")
        else:
            raise error
        if step == RUN:
            self.run_title.setText(title)
            self.run_message.setText(text)
            self.run_bar.hide()
            self._show_step(RUN)
        else:
            self.file_error.setText(text)
            self.mapping_error.setText(text)
            self._show_step(step)

    def reject(self) -> None:
        """Cancel asks a running import to stop (it rolls back); the dialog closes after."""
        if self._handle is not None:
            self._handle.cancel()
            if self.stack.currentIndex() != RUN:
                self._close_when_done = True
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._handle is not None:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


def open_import_dialog(
    workspace: Workspace, runner: TaskRunner, parent: QWidget | None = None
) -> ImportDialog:
    """Show the import wizard (non-modal); connect to ``imported`` to refresh lists."""
    dialog = ImportDialog(workspace, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
