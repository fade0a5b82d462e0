"""The prospect diary page: the seed's header, the entry row, and the period's rows.

Every database call runs on the worker (TaskRunner); the page holds the
period's rows in a small table model (a rep's month is hundreds of rows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.diary import (
    DiaryLine,
    DiaryPage,
    DiaryPeriod,
    DiaryRow,
    appointment_in_past,
    period_range,
)
from repdesk.domain.diary import step_period as step
from repdesk.gui.format import fmt_date, fmt_datetime
from repdesk.gui.style import heading, muted
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.diary.entry_form import DiaryEntryForm
from repdesk.gui.views.diary.model import COLUMNS, DONE_COLUMN, DiaryTableModel
from repdesk.services.diary import DiaryFilter, InvalidRowError, NeedsConfirmationError

if TYPE_CHECKING:
    from repdesk.services.diary import SavedRow
    from repdesk.services.workspace import Workspace
    from repdesk.settings import Settings


TEXT_COLUMNS = frozenset(
    COLUMNS.index(key) for key in ("company", "contact", "lead_source", "visit_result", "follow_up")
)
MIN_TEXT_COLUMN = 80  # pixels: a squeezed text column keeps at least this


def _fit(natural: list[int], available: int, squeezable: frozenset[int]) -> list[int]:
    """Column widths within ``available`` pixels, only the ``squeezable`` ones narrowed: to
    the widest width at which they fit (never below MIN_TEXT_COLUMN; then it scrolls)."""
    if sum(natural) <= available:
        return natural
    fixed = sum(w for i, w in enumerate(natural) if i not in squeezable)
    wide = sorted(w for i, w in enumerate(natural) if i in squeezable)
    room = available - fixed
    cap = wide[-1] if wide else 0
    for i, width in enumerate(wide):
        share = (room - sum(wide[:i])) // (len(wide) - i)
        if width >= share:
            cap = max(share, MIN_TEXT_COLUMN)
            break
    return [min(w, cap) if i in squeezable else w for i, w in enumerate(natural)]


class DiaryAreaPage(QWidget):
    customer_requested = Signal(str)  # open this sheet
    customers_changed = Signal(object)  # ids of sheets made or changed (lists refresh)
    visits_changed = Signal()  # plans made, moved or removed (Visits and Today reload)

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self._today = today
        self.workspace: Workspace | None = None
        self.period = DiaryPeriod.WEEK
        self.day = today()
        self._pending_select: str | None = None
        self._generation = 0

        title = QLabel(self.tr("Prospect diary"))
        heading(title)
        self.header = QLabel()
        muted(self.header)

        self.period_buttons = QButtonGroup(self)
        periods = QHBoxLayout()
        for period, text in (
            (DiaryPeriod.DAY, self.tr("Day")),
            (DiaryPeriod.WEEK, self.tr("Week")),
            (DiaryPeriod.MONTH, self.tr("Month")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(period is self.period)
            button.setProperty("period", period.value)
            self.period_buttons.addButton(button)
            periods.addWidget(button)
        self.period_buttons.buttonClicked.connect(self._on_period)
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next period (Alt+Right)"))
        self.next.clicked.connect(lambda: self.move(1))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.period_label = QLabel()
        periods.addSpacing(12)
        periods.addWidget(self.previous)
        periods.addWidget(self.period_label)
        periods.addWidget(self.next)
        periods.addWidget(self.today_button)
        periods.addStretch(1)

        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All lead sources"), None)
        self.source_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.result_filter = QLineEdit()
        self.result_filter.setPlaceholderText(self.tr("Result contains…"))
        self.result_filter.setClearButtonEnabled(True)
        self._result_timer = QTimer(self)
        self._result_timer.setSingleShot(True)
        self._result_timer.setInterval(250)
        self._result_timer.timeout.connect(self.reload)
        self.result_filter.textChanged.connect(lambda _t: self._result_timer.start())
        self.open_only = QCheckBox(self.tr("Open follow-ups only"))
        self.open_only.toggled.connect(lambda _on: self.reload())
        periods.addWidget(self.source_filter)
        periods.addWidget(self.result_filter)
        periods.addWidget(self.open_only)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_period)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_period)
        self.sources_button = QPushButton(self.tr("Lead sources…"))
        self.sources_button.clicked.connect(self.edit_lead_sources)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.sources_button)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)

        self.form = DiaryEntryForm(today)
        self.form.submitted.connect(self.save_row)
        self.form.company_chosen.connect(self._load_contacts)
        self._clash_timer = QTimer(self)
        self._clash_timer.setSingleShot(True)
        self._clash_timer.setInterval(300)
        self._clash_timer.timeout.connect(self._check_clashes)
        self.form.appointment_changed.connect(self._clash_timer.start)

        self.model = DiaryTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.clicked.connect(self._on_click)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.count = QLabel()
        muted(self.count)
        # In the table's empty space, where the rows would be (the table stays, and keeps
        # the keyboard focus: Ctrl+Z after deleting a period's last row still undoes it).
        self.empty = QLabel(
            self.tr("No contacts in this period. Type one above and press Enter."),
            self.table.viewport(),
        )
        muted(self.empty)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty.hide()
        self._natural: list[int] = []  # the columns' widths for their contents

        self.edit_action = self._action(self.tr("Edit row"), "Return", self.edit_selected)
        self.prospect_action = self._action(
            self.tr("Make a prospect sheet"), "Ctrl+Shift+P", self.make_prospect
        )
        self.open_action = self._action(
            # Not Ctrl+O: that is File > Open database, and an ambiguous key does nothing.
            self.tr("Open the customer sheet"),
            "Ctrl+Shift+O",
            self.open_sheet,
        )
        self.done_action = self._action(
            self.tr("Mark the follow-up done / not done"), "Ctrl+D", self.toggle_done
        )
        self.delete_action = self._action(self.tr("Delete row"), "Delete", self.delete_selected)
        self.undo_action = self._action(self.tr("Undo delete"), "Ctrl+Z", self.undo_delete)
        self.undo_action.setEnabled(False)
        self._deleted: str | None = None
        for action in (self.edit_action, self.prospect_action, self.open_action, self.done_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        # Ctrl+Z is the window's Edit > Undo delete too: once that is enabled the key is
        # ambiguous and neither fires. In the table, a diary row just deleted comes first.
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # resized: fit the columns again
        prev_period = QAction(self)
        prev_period.setShortcut(QKeySequence("Alt+Left"))
        prev_period.triggered.connect(lambda: self.move(-1))
        next_period = QAction(self)
        next_period.setShortcut(QKeySequence("Alt+Right"))
        next_period.triggered.connect(lambda: self.move(1))
        for action in (prev_period, next_period):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.form)
        layout.addLayout(periods)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._show_header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
            self._fit_columns()
        if (
            watched is self.table
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and self._deleted is not None
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # no shortcut: the key comes to the table as a key press
            else:
                self.undo_delete()
            return True
        return super().eventFilter(watched, event)

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    # -- the workspace ---------------------------------------------------------
    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.model.set_lines([])
        for widget in (self.form, self.print_button, self.export_button, self.sources_button):
            widget.setEnabled(workspace is not None)
        if workspace is None:
            return
        self.load_choices()
        self.reload()

    def load_choices(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return

        def work() -> tuple[Any, Any, Any]:
            diary = workspace.diary
            return diary.companies(), diary.results(), workspace.customers.lead_sources()

        def done(result: tuple[Any, Any, Any]) -> None:
            companies, results, sources = result
            self.form.set_companies(companies)
            self.form.set_results(results)
            self._set_sources(sources)

        self.runner.run(work, done)

    def _set_sources(self, sources: list[tuple[str, str]]) -> None:
        from repdesk.gui.labels import lead_source_label

        shown = [(key, lead_source_label(text)) for key, text in sources]
        self.form.set_lead_sources(shown)
        current = self.source_filter.currentData()
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(self.tr("All lead sources"), None)
        for key, text in shown:
            self.source_filter.addItem(text, key)
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(current)))
        self.source_filter.blockSignals(False)

    def focus_entry(self) -> None:
        """The cursor in Company of the entry row, unless a row is being edited."""
        if self.form.editing is None and self.workspace is not None:
            self.form.company.edit.setFocus()

    # -- the period ------------------------------------------------------------
    def _on_period(self, button: QToolButton) -> None:
        self.period = DiaryPeriod(button.property("period"))
        self.reload()

    def move(self, steps: int) -> None:  # type: ignore[override]
        self.day = step(self.period, self.day, steps)
        self.reload()

    def go_today(self) -> None:
        self.day = self._today()
        self.reload()

    def show_day(self, day: date, period: DiaryPeriod | None = None) -> None:
        self.day = day
        if period is not None:
            self.period = period
            for button in self.period_buttons.buttons():
                button.setChecked(button.property("period") == period.value)
        self.reload()

    def span(self) -> tuple[date, date]:
        return period_range(self.period, self.day)

    def _show_header(self) -> None:
        first, last = self.span()
        text = fmt_date(first) if first == last else f"{fmt_date(first)} – {fmt_date(last)}"
        if self.period is DiaryPeriod.WEEK:
            iso = first.isocalendar()
            text += "  " + self.tr("(week %1)").replace("%1", f"{iso.year}-W{iso.week:02d}")
        self.period_label.setText(text)
        self.header.setText(
            self.tr("Name: %1    Team: %2    Date: %3")
            .replace("%1", self.settings.rep_name or "—")
            .replace("%2", self.settings.team or "—")
            .replace("%3", fmt_date(self._today()))
        )

    def current_filter(self) -> DiaryFilter:
        return DiaryFilter(
            lead_source_id=self.source_filter.currentData(),
            result=self.result_filter.text(),
            open_follow_ups=self.open_only.isChecked(),
        )

    def reload(self) -> None:
        self._show_header()
        workspace = self.workspace
        if workspace is None:
            return
        first, last = self.span()
        where = self.current_filter()
        self._generation += 1
        generation = self._generation

        def done(lines: list[DiaryLine]) -> None:
            if generation == self._generation:
                self._show_lines(lines)

        self.runner.run(lambda: workspace.diary.lines(first, last, where), done)

    def _show_lines(self, lines: list[DiaryLine]) -> None:
        selected = self.selected_line()
        self.model.set_lines(lines)
        self.table.resizeColumnsToContents()
        self._natural = [
            min(self.table.columnWidth(column), 260) for column in range(self.model.columnCount())
        ]
        self._fit_columns()
        self.empty.setVisible(not lines)
        self.count.setText(self.tr("%n contact(s) in this period", "", len(lines)))
        wanted = self._pending_select or (selected.id if selected else None)
        self._pending_select = None
        if wanted:
            self.select_entry(wanted)

    def _fit_columns(self) -> None:
        """Every column on screen: dates, phone and the done box keep their widths; the
        texts (company, contact, source, result, follow-up) share the rest, the widest
        giving way first (elided; the whole text is in the tooltip)."""
        if not self._natural:
            return
        widths = _fit(self._natural, self.table.viewport().width(), TEXT_COLUMNS)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    # -- rows ------------------------------------------------------------------
    def selected_line(self) -> DiaryLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.lines[rows[0].row()]

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_entry(self, entry_id: str) -> None:
        """Bring the row into view (from Today): its week, selected."""
        workspace = self.workspace
        if workspace is None:
            return

        def done(line: DiaryLine) -> None:
            self._pending_select = line.id
            self.show_day(line.row.contact_date)

        self.runner.run(lambda: workspace.diary.line(entry_id), done)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() != DONE_COLUMN:
            self.edit_selected()

    def _on_click(self, index: QModelIndex) -> None:
        if index.column() == DONE_COLUMN and self.model.lines[index.row()].follow_up_id:
            self.toggle_done()

    def _menu(self, point: Any) -> None:
        line = self.selected_line()
        if line is None:
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        if line.row.customer_id:
            menu.addAction(self.open_action)
        else:
            menu.addAction(self.prospect_action)
        if line.follow_up_id:
            menu.addAction(self.done_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def edit_selected(self) -> None:
        line = self.selected_line()
        if line is None or not self.keep_edits():
            return
        self.form.edit_row(line.row)

    def keep_edits(self) -> bool:
        """Before the entry row is replaced: save, discard or cancel unsaved typing.

        True when the row may be replaced (saved meanwhile, discarded, or clean).
        """
        if not self.form.dirty:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved diary row"),
            self.tr("The diary row you are typing is not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedDiaryRow")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            row, problems = self.form.read()
            self.form.show_problems(problems)
            if row is None:
                return False
            # Ask about a past appointment now, while the typing is still in the row.
            confirmed = self._in_past(row)
            if confirmed and not self._confirm_past(row):
                return False
            self.save_row(row, confirmed=confirmed, then_clear=False)
            return True
        return answer == QMessageBox.StandardButton.Discard

    def _in_past(self, row: DiaryRow) -> bool:
        """The service's question, asked before the row leaves the form: a new or moved
        appointment before now."""
        editing = self.form.editing
        moved = editing is None or editing.appointment_at != row.appointment_at
        return moved and appointment_in_past(row, datetime.now())

    # -- writing ---------------------------------------------------------------
    def save_row(self, row: DiaryRow, confirmed: bool = False, then_clear: bool = True) -> None:
        """Write the row on the worker. ``then_clear`` False: the form has moved on to
        another row meanwhile (keep_edits), which the save must leave alone."""
        workspace = self.workspace
        if workspace is None:
            return
        editing = self.form.editing
        before = editing if editing is not None and editing.id == row.id else None
        if then_clear:
            self.form.setEnabled(False)

        def done(saved: SavedRow) -> None:
            line = saved.line
            keep = line.row.contact_date
            if then_clear:
                self.form.setEnabled(True)
                self.form.clear(keep)
                self.form.company.edit.setFocus()
            message = self.tr("Saved the row of %1.").replace("%1", line.row.company)
            if saved.created_customer_id:
                message += " " + self.tr(
                    "A prospect sheet was made for it, since its appointment is a visit."
                )
                self.customers_changed.emit([saved.created_customer_id])
                self.load_choices()
            elif line.row.customer_id:
                self.customers_changed.emit([line.row.customer_id])
            # A plan or follow-up made, moved or removed: Visits and Today show it.
            if (
                line.visit_plan_id
                or line.follow_up_id
                or (before is not None and (before.appointment_at or before.follow_up))
            ):
                self.visits_changed.emit()
            self._status(message)
            first, last = self.span()
            if not then_clear:
                self.reload()  # the row the rep went on to stays selected
            elif first <= keep <= last:
                self._pending_select = line.id
                self.reload()
            else:
                self._pending_select = line.id
                self.show_day(keep)

        def failed(error: BaseException) -> None:
            if then_clear:
                self.form.setEnabled(True)
            if isinstance(error, InvalidRowError) and then_clear:
                self.form.show_problems(error.problems)
            elif isinstance(error, NeedsConfirmationError):
                if self._confirm_past(row, focus=then_clear):
                    self.save_row(row, confirmed=True, then_clear=then_clear)
            else:
                self.runner.error.emit(error)

        self.runner.run(lambda: workspace.diary.save(row, confirmed=confirmed), done, failed)

    def _confirm_past(self, row: DiaryRow, focus: bool = True) -> bool:
        assert row.appointment_at is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Appointment in the past"),
            self.tr("The appointment %1 is in the past. Save it anyway?").replace(
                "%1", fmt_datetime(row.appointment_at)
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("pastAppointment")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        confirmed = box.exec() == QMessageBox.StandardButton.Save
        if not confirmed and focus:
            self.form.appointment.widget.setFocus()
        return confirmed

    def _check_clashes(self) -> None:
        workspace = self.workspace
        at = self.form.appointment_value()
        if workspace is None or at is None:
            self.form.show_clashes([])
            return
        entry_id = self.form.editing.id if self.form.editing else None
        self.runner.run(lambda: workspace.diary.clashes(at, entry_id), self.form.show_clashes)

    def _load_contacts(self, customer_id: str) -> None:
        workspace = self.workspace
        if workspace is not None:
            self.runner.run(lambda: workspace.diary.contacts(customer_id), self.form.set_contacts)

    def make_prospect(self) -> None:
        line = self.selected_line()
        workspace = self.workspace
        if line is None or workspace is None:
            return
        if line.row.customer_id:
            self.customer_requested.emit(line.row.customer_id)
            return

        def done(customer_id: str) -> None:
            self._status(
                self.tr("Made a prospect sheet for %1 from its diary row.").replace(
                    "%1", line.row.company
                )
            )
            self.customers_changed.emit([customer_id])
            self.load_choices()
            self._pending_select = line.id
            self.reload()
            self.customer_requested.emit(customer_id)

        self.runner.run(lambda: workspace.diary.make_prospect(line.id), done)

    def open_sheet(self) -> None:
        line = self.selected_line()
        if line is not None and line.row.customer_id:
            self.customer_requested.emit(line.row.customer_id)
        elif line is not None:
            self.make_prospect()

    def toggle_done(self) -> None:
        line = self.selected_line()
        workspace = self.workspace
        if line is None or workspace is None or not line.follow_up_id:
            return
        follow_up_id, done = line.follow_up_id, not line.follow_up_done

        def finished(_result: object) -> None:
            self._pending_select = line.id
            self.reload()
            self.visits_changed.emit()  # Today's follow-ups

        self.runner.run(lambda: workspace.diary.set_follow_up_done(follow_up_id, done), finished)

    def delete_selected(self) -> None:
        line = self.selected_line()
        workspace = self.workspace
        if line is None or workspace is None:
            return

        def done(_result: object) -> None:
            self._deleted = line.id
            self.undo_action.setEnabled(True)
            self._status(
                self.tr("Deleted the row of %1. Ctrl+Z brings it back.").replace(
                    "%1", line.row.company
                )
            )
            self.reload()
            self.visits_changed.emit()

        self.runner.run(lambda: workspace.diary.delete(line.id), done)

    def undo_delete(self) -> None:
        workspace, entry_id = self.workspace, self._deleted
        if workspace is None or entry_id is None:
            return

        def done(_result: object) -> None:
            self._deleted = None
            self.undo_action.setEnabled(False)
            self._pending_select = entry_id
            self.reload()
            self.visits_changed.emit()

        self.runner.run(lambda: workspace.diary.restore(entry_id), done)

    def _status(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    # -- printing --------------------------------------------------------------
    def printed_page(self) -> Callable[[], DiaryPage]:
        workspace = self.workspace
        assert workspace is not None
        first, last = self.span()
        where = self.current_filter()
        rep, team = self.settings.rep_name, self.settings.team

        def read() -> DiaryPage:
            return DiaryPage(rep, team, first, last, workspace.diary.lines(first, last, where))

        return read

    def print_period(self) -> None:
        from repdesk.gui.print_diary import print_diary

        if self.workspace is not None:
            print_diary(self, self.runner, self.printed_page())

    def export_period(self) -> None:
        from repdesk.gui.print_diary import diary_file_name, export_diary_pdf

        if self.workspace is not None:
            first, last = self.span()
            export_diary_pdf(self, self.runner, self.printed_page(), diary_file_name(first, last))

    def edit_lead_sources(self) -> None:
        from repdesk.gui.views.diary.lead_sources_dialog import edit_lead_sources

        if self.workspace is not None:
            edit_lead_sources(self, self.runner, self.workspace, self.load_choices)
