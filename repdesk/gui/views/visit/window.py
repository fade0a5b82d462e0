"""One visit in its own window: prepare the call (plan, checklists, talking points),
run the objection checklist during it, then record it (销售拜访记录表).

Everything is read and written on the worker. The plan is saved when the rep
says so (Ctrl+S) and closing with unsaved plan edits asks first. The record is
saved as a draft about two seconds after the last keystroke, so a crash or a
flat battery gives it back; finishing it checks the values, marks the plan
done and turns the next step into a follow-up on Today.

Writes are queued on the one worker in order; a ``_Writer`` there remembers the
ids the store gave (the plan's, the record's, each new objection's), so two
saves in quick succession update one record instead of inserting two.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import VisitStatus
from repdesk.domain.validation import Problem
from repdesk.domain.visits import (
    ObjectionMet,
    TalkingPoints,
    VisitPlanFacts,
    VisitRecordFacts,
    VisitReport,
    check_record,
)
from repdesk.gui import style
from repdesk.gui.format import fmt_datetime
from repdesk.gui.labels import label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.visit.call_page import CallPage
from repdesk.gui.views.visit.checklist_page import ChecklistPage
from repdesk.gui.views.visit.plan_page import FIELDS, PlanPage
from repdesk.gui.views.visit.points_page import PointsPage
from repdesk.gui.views.visit.record_page import RecordPage, objection_key

if TYPE_CHECKING:
    from repdesk.services.visits import VisitService
    from repdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000  # a draft is written this long after the rep's last edit
DEFAULT_CURRENCY = "CNY"


@dataclass(frozen=True)
class NewPlan:
    """A plan still to be made (from the templates, on the worker) for a customer."""

    customer_id: str
    at: datetime | None = None
    diary_entry_id: str | None = None


PlanSource: TypeAlias = str | VisitPlanFacts | NewPlan
RepInfo: TypeAlias = Callable[[], tuple[str, str]]  # the rep's name and team, from Settings


def _no_rep() -> tuple[str, str]:
    return "", ""


@dataclass(frozen=True)
class _Loaded:
    plan: VisitPlanFacts
    customer_name: str
    currency: str  # the customer's, for a new record's expenses
    points: TalkingPoints
    record: VisitRecordFacts | None  # None until the plan is saved


@dataclass(frozen=True)
class _PlanWritten:
    plan: VisitPlanFacts
    record: VisitRecordFacts | None  # the new record of a plan saved for the first time


class _Writer:
    """The window's writes, run on the worker in the order they were asked for.

    Only the worker touches it (the GUI reads ``record_id`` after a write came
    back). It fills in the ids earlier writes got, and knows the objection rows
    by the editor's tokens, so a row typed into between two saves stays one row.
    """

    def __init__(self, visits: VisitService, plan_id: str | None) -> None:
        self.visits = visits
        self.plan_id = plan_id
        self.record_id: str | None = None
        self.finished = False
        self.objection_ids: dict[int, str] = {}

    def start_record(self, record: VisitRecordFacts | None) -> None:
        if record is not None and record.id is not None:
            self.record_id = record.id
            self.finished = not record.is_draft

    def save_plan(self, plan: VisitPlanFacts, record_known: bool) -> _PlanWritten:
        plan = replace(plan, id=plan.id or self.plan_id)
        if plan.id is not None:  # the status is the store's: finishing the record sets it
            plan = replace(plan, status=self.visits.plan(plan.id).status)
        saved = self.visits.save_plan(plan)
        self.plan_id = saved.id
        if record_known or saved.id is None:
            return _PlanWritten(saved, None)
        return _PlanWritten(saved, self.visits.record_for_plan(saved.id))

    def save_record(
        self, record: VisitRecordFacts, tokens: list[int], finish: bool
    ) -> VisitRecordFacts:
        finish = finish or self.finished  # a finished record never goes back to a draft
        objections = tuple(
            replace(met, id=met.id or self.objection_ids.get(token))
            for met, token in zip(record.objections, tokens, strict=True)
        )
        record = replace(record, id=record.id or self.record_id, objections=objections)
        saved = self.visits.save_record(record, finish=finish)
        self.record_id = saved.id
        self.finished = not saved.is_draft
        known = {met.id for met in objections if met.id}
        fresh = [met for met in saved.objections if met.id not in known]
        for met, token in zip(objections, tokens, strict=True):
            if met.id is None:
                found = next((o for o in fresh if objection_key(o) == objection_key(met)), None)
                if found is not None and found.id is not None:
                    fresh.remove(found)
                    self.objection_ids[token] = found.id
        return saved


class VisitWindow(QMainWindow):
    """Open with a plan id, an unsaved plan, or a NewPlan to make from the templates."""

    loaded = Signal()
    plan_saved = Signal(str)  # the plan id, after every plan write
    record_saved = Signal(str, bool)  # the record id, and whether it is finished (not a draft)
    changed = Signal(str)  # a customer id: its plan was saved or its record finished
    failed = Signal(object)  # an error the window could not handle itself
    closed = Signal()  # the window closed (the draft saved, plan edits saved or discarded)

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        plan: PlanSource,
        *,
        rep: RepInfo = _no_rep,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.runner = runner
        self.source = plan
        self.rep = rep
        self.plan: VisitPlanFacts | None = None
        self.record: VisitRecordFacts | None = None
        self.points: TalkingPoints | None = None
        self.customer_name = ""
        initial_id = plan if isinstance(plan, str) else getattr(plan, "id", None)
        self._writer = _Writer(workspace.visits, initial_id)
        self._jobs = 0  # writes queued on the worker and not yet back
        self._record_dirty = False
        self._finishing = False  # a finish is queued: drafts wait, the autosave too
        self._finish_tried = False  # after a refused finish, drafts show the rules' problems
        self._after_record_save: list[Callable[[str], None]] = []
        self._closing = False
        self._delete_when_idle = False
        self._currency = DEFAULT_CURRENCY

        self.title = QLabel()
        style.heading(self.title)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        style.larger(self.subtitle)
        self.badges = QLabel()
        style.emphasised(self.badges)

        today: Callable[[], date] = date.today
        self.plan_page = PlanPage(today)
        self.checklists = ChecklistPage()
        self.points_page = PointsPage()
        # The page runs the reading on the worker, never here.
        self.call_page = CallPage(runner, lambda: workspace.playbook.playbook())
        self.record_page = RecordPage(today)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan_page, self.tr("Plan"))
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.tabs.addTab(self.points_page, self.tr("Talking points"))
        self.tabs.addTab(self.call_page, self.tr("During the call"))
        self.tabs.addTab(self.record_page, self.tr("Record"))
        self.tabs.setTabToolTip(
            self.tabs.indexOf(self.call_page),
            self.tr("The objection flow as a checklist, run by the keyboard while you talk"),
        )

        body = QWidget()
        column = QVBoxLayout(body)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.badges, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(body)

        self.save_action = QAction(self.tr("&Save plan"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save the plan and its checklists (Ctrl+S)"))
        self.save_action.triggered.connect(self.save)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Print the visit record (a draft prints as such)"))
        self.print_action.triggered.connect(self.print_record)
        self.pdf_action = QAction(self.tr("Export &PDF…"), self)
        self.pdf_action.setToolTip(self.tr("Save the visit record as a PDF file"))
        self.pdf_action.triggered.connect(self.export_pdf)
        toolbar = self.addToolBar(self.tr("Visit"))
        toolbar.setObjectName("visit-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.pdf_action)
        self.toolbar = toolbar
        self.addAction(self.close_action)

        self.draft_state = self.record_page.saved_state  # "Draft saved 14:32", by the buttons

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)

        self.plan_page.edited.connect(self._on_plan_edited)
        self.checklists.edited.connect(self._on_plan_edited)
        self.record_page.edited.connect(self._on_record_edited)
        self.record_page.save_draft_requested.connect(self.save_draft)
        self.record_page.finish_requested.connect(self.finish_record)
        self.call_page.objections_met.connect(self._add_objections)
        self.call_page.show_record.connect(lambda: self.tabs.setCurrentWidget(self.record_page))
        self.call_page.failed.connect(self._on_failed)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.resize(1120, 780)
        self._set_enabled(False)
        self.record_page.set_available(False)
        self._retitle()
        self._jobs += 1  # the reading counts: a window closed meanwhile waits for it
        self.runner.run(self._reader(), self._on_loaded, self._on_load_failed)

    # -- loading -------------------------------------------------------------
    @property
    def plan_id(self) -> str | None:
        return self.plan.id if self.plan is not None else self._writer.plan_id

    def _reader(self) -> Callable[[], _Loaded]:
        """The worker's job: the plan, the customer's name, the talking points, the record."""
        source = self.source
        visits = self.workspace.visits
        customers = self.workspace.customers

        def read() -> _Loaded:
            if isinstance(source, str):
                plan = visits.plan(source)
            elif isinstance(source, NewPlan):
                plan = visits.new_plan(
                    source.customer_id, at=source.at, diary_entry_id=source.diary_entry_id
                )
            else:
                plan = source
            sheet = customers.load(plan.customer_id)
            points = visits.talking_points(plan.customer_id)
            record = visits.record_for_plan(plan.id) if plan.id else None
            currency = sheet.customer.currency or DEFAULT_CURRENCY
            return _Loaded(plan, sheet.customer.name, currency, points, record)

        return read

    def _on_loaded(self, loaded: _Loaded) -> None:
        self._jobs -= 1
        self.customer_name = loaded.customer_name
        self._currency = loaded.currency
        self.points = loaded.points
        self.points_page.load(loaded.points)
        self._show_plan(loaded.plan)
        if loaded.record is not None:
            self._show_record(loaded.record)
        self._set_enabled(True)
        if loaded.record is not None and (
            loaded.record.id is not None
            or (
                loaded.plan.appointment_at is not None
                and loaded.plan.appointment_at < datetime.now()
            )
        ):
            self.tabs.setCurrentWidget(self.record_page)  # the call is over: write it up
        self._retitle()
        self.loaded.emit()
        self._after_write()

    def _on_load_failed(self, error: BaseException) -> None:
        self._jobs -= 1
        self._on_failed(error)
        self.close()  # nothing loaded, nothing to ask about
        self._after_write()

    def _show_plan(self, plan: VisitPlanFacts) -> None:
        self.plan = plan
        self.plan_page.load(plan)
        self.checklists.load(plan.checklist)
        self._update_checklist_tab()
        self._retitle()

    def _show_record(self, record: VisitRecordFacts) -> None:
        if record.id is None and not record.currency:
            record = replace(record, currency=self._currency)
        self._writer.start_record(record)
        self.record = record
        people = self.points.people if self.points is not None else ()
        self.record_page.load(record, people)
        self.record_page.set_available(True)
        self.record_page.set_finished(not record.is_draft)
        self.call_page.set_record_state(available=True, finished=not record.is_draft)
        self._record_dirty = False
        if record.id is None:
            self._set_draft_state(self.tr("Saved as a draft as you type."))
        elif record.is_draft:
            self._set_draft_state(self.tr("Draft kept from before: go on where you left off."))
        else:
            self._set_draft_state(self.tr("Finished record"))
        self._set_enabled(True)

    def _retitle(self) -> None:
        plan = self.plan
        name = self.customer_name or self.tr("Visit")
        self.title.setText(name)
        when = fmt_datetime(plan.appointment_at) if plan is not None else ""
        if plan is None:
            self.subtitle.setText(self.tr("Loading…"))
        elif when:
            self.subtitle.setText(self.tr("Appointment %1").replace("%1", when))
        else:
            self.subtitle.setText(self.tr("No appointment set yet"))
        shown = f"{name} {when}".strip()
        self.setWindowTitle(self.tr("%1[*] — Visit").replace("%1", shown))
        badges = []
        if plan is not None:
            badges.append(label(plan.status) if plan.id else self.tr("New plan"))
        record = self.record
        if record is not None and record.id is not None and record.is_draft:
            badges.append(self.tr("Record draft"))
        self.badges.setText("  ·  ".join(badges))
        self.setWindowModified(self.dirty)

    def _update_checklist_tab(self) -> None:
        done, total = self.checklists.summary()
        text = self.tr("Checklists")
        if total:
            text = self.tr("Checklists (%1/%2)").replace("%1", str(done)).replace("%2", str(total))
        self.tabs.setTabText(self.tabs.indexOf(self.checklists), text)

    def _set_enabled(self, enabled: bool) -> None:
        has_record = enabled and self.record is not None
        for page in (self.plan_page, self.checklists, self.points_page, self.call_page):
            page.setEnabled(enabled)
        self.save_action.setEnabled(enabled)
        self.print_action.setEnabled(has_record)
        self.pdf_action.setEnabled(has_record)

    def _set_draft_state(self, text: str) -> None:
        self.record_page.set_saved_state(text)

    # -- the plan ------------------------------------------------------------
    @property
    def plan_dirty(self) -> bool:
        if self.plan is None:
            return False
        return self.plan_page.dirty or self.checklists.dirty

    @property
    def dirty(self) -> bool:
        """Edits that closing would lose: the plan's, or a finished record's (a draft's
        edits are saved by themselves)."""
        return self.plan_dirty or self._finished_record_dirty

    @property
    def _finished_record_dirty(self) -> bool:
        return self.record is not None and not self.record.is_draft and self._record_dirty

    @property
    def saving(self) -> bool:
        return self._jobs > 0

    def _on_plan_edited(self) -> None:
        self._update_checklist_tab()
        self.setWindowModified(self.dirty)

    def _plan_as_edited(self) -> tuple[VisitPlanFacts | None, list[Problem]]:
        assert self.plan is not None
        plan, problems = self.plan_page.collect(self.plan)
        if plan is None:
            return None, problems
        return replace(plan, checklist=self.checklists.ticks()), []

    def save(self) -> bool:
        """Ctrl+S: the plan with its ticks, and the record's pending edits. False if a value
        stopped it (shown beside its field)."""
        ok = self._save_plan()
        if self._record_dirty and self.record is not None:
            if self.record.is_draft and not self._finishing:
                ok = self._save_record(finish=False) and ok
            else:
                ok = self._save_record(finish=True) and ok
        return ok

    def _save_plan(self) -> bool:
        if self.plan is None:
            return False
        plan, problems = self._plan_as_edited()
        self.plan_page.show_problems(problems)
        if plan is None:
            self.tabs.setCurrentWidget(self.plan_page)
            return False
        writer = self._writer
        record_known = self.record is not None
        self._jobs += 1
        self.runner.run(
            lambda: writer.save_plan(plan, record_known),
            lambda result: self._on_plan_saved(result, plan),
            self._on_write_failed,
        )
        return True

    def _on_plan_saved(self, result: _PlanWritten, sent: VisitPlanFacts) -> None:
        self._jobs -= 1
        saved = result.plan
        current, _ = self._plan_as_edited()
        if current is not None and _plan_state(current) == _plan_state(sent):
            self._show_plan(saved)  # the ids of the ticks, and a clean form
        else:  # typed on while it was written: keep the edits (still unsaved), take the ids
            self.plan = saved
            self.plan_page.show_state(saved)
            self._retitle()
        if result.record is not None and self.record is None:
            self._show_record(result.record)
        self.statusBar().showMessage(self.tr("Plan saved."), 4000)
        assert saved.id is not None
        self.plan_saved.emit(saved.id)
        self.changed.emit(saved.customer_id)
        self._after_write()

    # -- the record ----------------------------------------------------------
    def _on_record_edited(self) -> None:
        self._record_dirty = True
        if self.record is not None and self.record.is_draft and not self._finishing:
            self.autosave.start()  # (re)started: ~2 s after the last edit
        else:
            self.setWindowModified(True)

    def _autosave(self) -> None:
        if self._record_dirty and self.record is not None and self.record.is_draft:
            self._save_record(finish=False)

    def save_draft(self) -> None:
        """The Save draft button: now, not in two seconds."""
        if self.record is not None and self.record.is_draft:
            self._save_record(finish=False)

    def finish_record(self) -> bool:
        """Check the record; if right, write it finished (the plan done, the follow-up made).
        An objection still under way in the call checklist goes onto it first."""
        self._add_objections(self.call_page.take_unfinished())
        return self._save_record(finish=True)

    def _save_record(self, finish: bool) -> bool:
        if self.record is None:
            return False
        record, problems, tokens = self.record_page.collect(self.record)
        if finish or self._finish_tried:
            unparsed = {p.field for p in problems}
            problems += [p for p in check_record(record) if p.field not in unparsed]
        self.record_page.show_problems(problems, focus=finish)
        if finish and problems:
            self._finish_tried = True
            self.tabs.setCurrentWidget(self.record_page)
            return False
        self.autosave.stop()
        self._record_dirty = False
        if finish:
            self._finishing = True
        writer = self._writer
        self._jobs += 1
        self._set_draft_state(
            self.tr("Saving the record…") if finish else self.tr("Saving the draft…")
        )
        self.runner.run(
            lambda: writer.save_record(record, tokens, finish),
            lambda saved: self._on_record_saved(saved, finish),
            lambda error: self._on_record_save_failed(error, finish),
        )
        return True

    def _on_record_saved(self, saved: VisitRecordFacts, finish: bool) -> None:
        self._jobs -= 1
        was_draft = self.record is None or self.record.is_draft
        self.record = saved
        stamp = datetime.now().strftime("%H:%M")
        assert saved.id is not None
        if saved.is_draft:
            self._set_draft_state(self.tr("Draft saved %1").replace("%1", stamp))
        else:
            if finish:
                self._finishing = False
                self._finish_tried = False
            self.record_page.set_finished(True)
            self.call_page.set_record_state(available=True, finished=True)
            self._set_draft_state(self.tr("Record finished, saved %1").replace("%1", stamp))
            if was_draft:
                self.statusBar().showMessage(
                    self.tr("Visit recorded: the plan is done, the next step is on Today."), 6000
                )
            if self.plan is not None:
                self.plan = replace(self.plan, status=VisitStatus.DONE)
                self.plan_page.show_state(self.plan)
            self.changed.emit(saved.customer_id)
        self._retitle()
        self._set_enabled(True)
        self.record_saved.emit(saved.id, not saved.is_draft)
        self._after_write()

    def _on_record_save_failed(self, error: BaseException, finish: bool) -> None:
        self._jobs -= 1
        self._record_dirty = True
        self._after_record_save.clear()
        if finish:
            self._finishing = False
        self._set_draft_state(self.tr("Not saved"))
        from repdesk.services.visits import InvalidRecordError  # not at start: SQLAlchemy

        if isinstance(error, InvalidRecordError):
            self._finish_tried = True
            self.record_page.show_problems(error.problems, focus=True)
            self.tabs.setCurrentWidget(self.record_page)
            self._after_write()
            return
        self._on_write_failed(error, counted=False)

    def _on_write_failed(self, error: BaseException, counted: bool = True) -> None:
        if counted:
            self._jobs -= 1
        self._on_failed(error)
        self._after_write()

    def _after_write(self) -> None:
        """Once every write is back: print what waited for the record to be stored, and
        let a closed window go."""
        if self._jobs:
            return
        record = self.record
        if self._after_record_save and record is not None and record.id is not None:
            pending, self._after_record_save = self._after_record_save, []
            if not self._closing and not self._record_dirty:
                for then in pending:
                    then(record.id)
        if self._closing and self._delete_when_idle:
            self._delete_when_idle = False
            self.deleteLater()

    # -- during the call -----------------------------------------------------
    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.call_page:
            self.call_page.shown()

    def _playbook_may_have_changed(self) -> None:
        """Shown anew (or back to the front): read the playbook again when it is looked at."""
        self.call_page.mark_stale()
        if self.tabs.currentWidget() is self.call_page and self.isVisible():
            self.call_page.shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._playbook_may_have_changed()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._playbook_may_have_changed()

    def _add_objections(self, rows: tuple[ObjectionMet, ...]) -> None:
        """The checklist's rounds, into the record's objections: the draft autosave writes
        them like any edit."""
        if not rows or self.record is None or not self.record.is_draft:
            return
        for met in rows:
            self.record_page.objections.add_row(met)
        self.statusBar().showMessage(
            self.tr("Added to the record; the draft is saved in a moment."), 4000
        )

    # -- printing ------------------------------------------------------------
    def _report_reader(self, record_id: str) -> Callable[[], VisitReport]:
        """The worker's job for the printout: the record as stored, with the rep's name."""
        rep_name, team = self.rep()
        visits = self.workspace.visits
        return lambda: visits.report(record_id, rep_name, team)

    def _with_stored_record(self, then: Callable[[str], None]) -> None:
        """Run ``then(record_id)`` once the record as the rep sees it is stored."""
        record = self.record
        if record is None:
            return
        if record.id is not None and not self._record_dirty and not self._jobs:
            then(record.id)
            return
        self._after_record_save.append(then)
        if (self._record_dirty or record.id is None) and not self._save_record(
            finish=not record.is_draft or self._finishing
        ):
            self._after_record_save.clear()

    def print_record(self) -> None:
        from repdesk.gui.print_visit import print_visit_report

        self._with_stored_record(
            lambda record_id: print_visit_report(self, self.runner, self._report_reader(record_id))
        )

    def export_pdf(self) -> None:
        from repdesk.gui.print_visit import export_visit_report, visit_report_file_name

        def export(record_id: str) -> None:
            visited = self.record.visited_at if self.record is not None else datetime.now()
            name = visit_report_file_name(VisitReport("", "", self.customer_name, visited))
            export_visit_report(self, self.runner, self._report_reader(record_id), name)

        self._with_stored_record(export)

    # -- errors --------------------------------------------------------------
    def _on_failed(self, error: BaseException) -> None:
        log.error("visit %s: %s", self.plan_id, error, exc_info=error)
        self.failed.emit(error)

    # -- closing -------------------------------------------------------------
    def _ask_to_save(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("This visit plan has changes that are not saved. Save them?")
            if self.plan_dirty
            else self.tr("The finished record has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        if self.dirty:
            answer = self._ask_to_save()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()  # a value is wrong: shown beside its field
                return
        # The draft never asks: whatever the rep typed is kept, an objection under way too.
        self._add_objections(self.call_page.take_unfinished())
        if self.record is not None and self.record.is_draft and self._record_dirty:
            self._save_record(finish=False)
        self.autosave.stop()
        self._closing = True
        if self._jobs and self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            # Hidden now, deleted when the worker has written what it was given.
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self._delete_when_idle = True
        event.accept()
        self.closed.emit()


def _plan_state(plan: VisitPlanFacts) -> tuple[Any, ...]:
    """What the rep edits of a plan, to tell whether they typed on during a save."""
    return (
        tuple(getattr(plan, name) for name in FIELDS),
        tuple((t.ticked, t.note.strip()) for t in plan.checklist),
    )
