"""One customer's detail sheet (客户情况明细表) in its own window.

The window loads and saves through the sheet service on the worker; its
forms say what is wrong beside each field, and nothing is written until the
whole sheet is valid. Closing with unsaved changes asks first.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.sheet import CustomerFacts, CustomerSheet
from repdesk.domain.validation import Problem, check_sheet
from repdesk.domain.visits import EarlierObjection
from repdesk.gui import style
from repdesk.gui.labels import label, lead_source_label
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.sheet.classification_form import ClassificationForm
from repdesk.gui.views.sheet.company_form import CompanyForm
from repdesk.gui.views.sheet.objections_page import ObjectionsPage
from repdesk.gui.views.sheet.overview_page import OverviewPage
from repdesk.gui.views.sheet.people_page import PeoplePage
from repdesk.gui.views.sheet.signals_page import SignalsPage

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

_COMPANY_TAB, _CLASSIFICATION_TAB = 1, 2


class SheetWindow(QMainWindow):
    """Open with a customer id, or with None for a new sheet."""

    loaded = Signal()
    saved = Signal(str)  # the customer id, after every successful write
    deleted = Signal(str, str)  # the customer id and name, after a (soft) delete
    failed = Signal(object)  # an error the window could not handle itself
    closed = Signal()  # the window closed (its edits saved or deliberately discarded)
    visit_requested = Signal(str)  # plan a visit to this customer (the customer id)
    objections_loaded = Signal()  # the Objections tab has the latest rows

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        customer_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.runner = runner
        self.customer_id = customer_id
        self.sheet: CustomerSheet | None = None
        self.saving = False
        self._close_after_save = False

        self.title = QLabel()
        style.heading(self.title)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QLabel()
        style.emphasised(self.badges)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        style.emphasised(self.problems)
        self.problems.hide()

        self.overview = OverviewPage()
        self.company = CompanyForm()
        self.classification = ClassificationForm()
        self.people = PeoplePage()
        self.people.care.attach(workspace, runner)  # saved straight away, not with the sheet
        self.signals = SignalsPage()
        self.objections = ObjectionsPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.company, self.tr("Company"))
        self.tabs.addTab(self.classification, self.tr("Classification"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.signals, self.tr("Signals"))
        self.tabs.addTab(self.objections, self.tr("Objections"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        body = QWidget()
        column = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.badges)
        column.addLayout(top)
        column.addWidget(self.problems)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(body)

        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.revert_action = QAction(self.tr("&Revert changes"), self)
        self.revert_action.triggered.connect(self.revert)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_sheet)
        self.pdf_action = QAction(self.tr("Export as &PDF…"), self)
        self.pdf_action.triggered.connect(self.export_pdf)
        self.visit_action = QAction(self.tr("Plan a &visit…"), self)
        self.visit_action.triggered.connect(self.plan_visit)
        self.visit_action.setEnabled(customer_id is not None)  # a new sheet: once saved
        self.delete_action = QAction(self.tr("&Delete customer…"), self)
        self.delete_action.triggered.connect(self.delete_customer)
        toolbar = self.addToolBar(self.tr("Sheet"))
        toolbar.setObjectName("sheet-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.save_action, self.revert_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.print_action, self.pdf_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.visit_action)
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        self.toolbar = toolbar
        self.addAction(self.close_action)

        for group in (
            self.company.group,
            self.company.sources,
            self.classification.group,
        ):
            group.edited.connect(self._on_edited)
        self.people.edited.connect(self._on_edited)
        self.classification.reason.textEdited.connect(lambda _text: self._on_edited())
        self.signals.raise_requested.connect(self._raise_signal)
        self.signals.resolve_requested.connect(self._resolve_signal)

        self.resize(1100, 760)
        self._set_enabled(False)
        self.runner.run(self._read, self._on_loaded, self._on_failed)

    # -- loading -------------------------------------------------------------
    def _read(self) -> tuple[CustomerSheet, list[tuple[str, str]]]:
        service = self.workspace.customers
        sources = service.lead_sources()
        if self.customer_id is None:
            return CustomerSheet(customer=CustomerFacts(name="")), sources
        return service.load(self.customer_id), sources

    def _on_loaded(self, result: tuple[CustomerSheet, list[tuple[str, str]]]) -> None:
        sheet, sources = result
        self.company.lead_source.set_choices([(i, lead_source_label(t)) for i, t in sources])
        self.show_sheet(sheet)
        self._set_enabled(True)
        self.load_objections()
        self.loaded.emit()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.objections:
            self.load_objections()

    def load_objections(self) -> None:
        """The objections met on this customer's visits, read afresh on the worker."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        playbook = self.workspace.playbook
        self.runner.run(
            lambda: playbook.objections_met(customer_id), self._on_objections, self._on_failed
        )

    def _on_objections(self, met: tuple[EarlierObjection, ...]) -> None:
        self.objections.load(met)
        index = self.tabs.indexOf(self.objections)
        title = self.tr("Objections")
        self.tabs.setTabText(index, f"{title} ({len(met)})" if met else title)
        self.objections_loaded.emit()

    def show_sheet(self, sheet: CustomerSheet) -> None:
        self.sheet = sheet
        facts = sheet.customer
        values = vars(facts)
        self.company.load(values, dict(facts.fact_sources))
        self.classification.group.load(values)
        self.classification.reason.clear()
        self.classification.load_history(sheet.history)
        self.classification.update_computed()
        self.people.load(sheet.people)
        self.signals.load(sheet.signals)
        self.signals.set_saved(facts.id is not None)
        self.overview.load(sheet)
        self._show_problems([])
        self._retitle()
        if facts.id is None:
            self.tabs.setCurrentIndex(_COMPANY_TAB)
            self.company.name.widget.setFocus()

    def _retitle(self) -> None:
        sheet = self.sheet
        name = sheet.customer.name if sheet else ""
        shown = name or self.tr("New customer")
        self.title.setText(shown)
        self.setWindowTitle(self.tr("%1[*] — Customer sheet").replace("%1", shown))
        badges = []
        if sheet is not None and sheet.open_signals:
            badges.append("⚠ " + self.tr("At risk"))
        if sheet is not None and sheet.customer.id is not None:
            badges.append(label(sheet.customer.status))
        self.badges.setText("  ".join(badges))
        self.setWindowModified(self.dirty)

    def _set_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)
        self.save_action.setEnabled(enabled and not self.saving)
        self.revert_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)
        self.pdf_action.setEnabled(enabled)
        self.delete_action.setEnabled(enabled and self.customer_id is not None)
        self.visit_action.setEnabled(enabled and self.customer_id is not None)

    # -- editing -------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        if self.sheet is None:
            return False
        return self.company.dirty or self.classification.group.dirty or self.people.dirty

    def _on_edited(self) -> None:
        self.setWindowModified(self.dirty)
        self.classification.update_computed()

    def collect(self) -> tuple[CustomerSheet | None, list[Problem]]:
        """The sheet as edited, or every problem that stops it being saved.

        Values that do not parse are reported and the rules are checked on the
        rest, so the rep sees all that is wrong at once, not one at a time.
        """
        assert self.sheet is not None
        company, problems = self.company.group.read()
        sources, _ = self.company.sources.read()
        grading, more = self.classification.group.read()
        people, people_problems = self.people.read()
        unparsed = problems + more + people_problems
        bad = {p.field for p in unparsed if p.person is None}
        merged = {k: v for k, v in {**company, **grading}.items() if k not in bad}
        fact_sources = {k: v for k, v in sources.items() if v}
        customer = replace(self.sheet.customer, **merged, fact_sources=fact_sources)
        sheet = replace(self.sheet, customer=customer, people=people)
        found = unparsed + [
            p
            for p in check_sheet(sheet, date.today())
            if (p.field, p.person) not in {(u.field, u.person) for u in unparsed}
        ]
        return (None, found) if found else (sheet, [])

    def _show_problems(self, problems: list[Problem]) -> None:
        own = [p for p in problems if p.person is None]
        self.company.group.show_problems(own)
        self.classification.group.show_problems(own)
        self.people.show_problems(problems)
        if not problems:
            self.problems.hide()
            return
        self.problems.setText(
            QCoreApplication.translate(
                "SheetWindow",
                "Not saved: %n value(s) need correcting (shown beside each field).",
                None,
                len(problems),
            )
        )
        palette = self.problems.palette()
        palette.setColor(self.problems.foregroundRole(), Qt.GlobalColor.darkRed)
        self.problems.setPalette(palette)
        self.problems.show()
        first = problems[0]
        if first.person is not None:
            self.tabs.setCurrentWidget(self.people)
        elif first.field in self.classification.group.fields:
            self.tabs.setCurrentIndex(_CLASSIFICATION_TAB)
        else:
            self.tabs.setCurrentIndex(_COMPANY_TAB)

    def save(self) -> bool:
        """Check, then write on the worker. False if problems stopped it."""
        if self.sheet is None or self.saving:
            return False
        sheet, problems = self.collect()
        self._show_problems(problems)
        if sheet is None:
            return False
        reason = self.classification.reason.text()
        service = self.workspace.customers
        self.saving = True
        self._set_enabled(True)
        self.runner.run(lambda: service.save(sheet, reason), self._on_saved, self._on_save_failed)
        return True

    def _on_saved(self, sheet: CustomerSheet) -> None:
        self.saving = False
        self.customer_id = sheet.customer.id
        self.show_sheet(sheet)
        self._set_enabled(True)
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        assert sheet.customer.id is not None
        self.saved.emit(sheet.customer.id)
        if self._close_after_save:
            self.close()

    def _on_save_failed(self, error: BaseException) -> None:
        self.saving = False
        self._close_after_save = False
        self._set_enabled(True)
        from repdesk.services.customers import InvalidSheetError

        if isinstance(error, InvalidSheetError):
            self._show_problems(error.problems)
            return
        self._on_failed(error)

    def revert(self) -> None:
        if self.sheet is None or not self.dirty:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revert changes"),
            self.tr("Throw away your changes to this sheet since it was last saved?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_sheet(self.sheet)

    def plan_visit(self) -> None:
        """A visit plan for this customer (a new sheet must be saved first)."""
        if self.customer_id is not None:
            self.visit_requested.emit(self.customer_id)

    def delete_customer(self) -> None:
        """Soft delete, after asking: the sheet leaves the lists; Edit > Undo brings it back."""
        customer_id = self.customer_id
        if customer_id is None or self.sheet is None:
            return
        name = self.sheet.customer.name
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr(
                "Delete %1 with its people and history? It leaves every list; "
                "Edit > Undo delete brings it back."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.workspace.customers

        def done(_result: object) -> None:
            self.sheet = None  # nothing left to save
            self.close()
            self.deleted.emit(customer_id, name)

        self.runner.run(lambda: service.delete(customer_id), done, self._on_failed)

    # -- printing ------------------------------------------------------------
    def _printable(self) -> CustomerSheet | None:
        """What the rep sees, saved or not; the stored sheet if an edit does not parse."""
        sheet, _problems = self.collect()
        return sheet or self.sheet

    def print_sheet(self) -> None:
        from repdesk.gui.print_sheet import print_sheet

        sheet = self._printable()
        if sheet is not None:
            print_sheet(self, self.workspace, self.runner, self.customer_id or "", sheet=sheet)

    def export_pdf(self) -> None:
        from repdesk.gui.print_sheet import export_sheet_pdf

        sheet = self._printable()
        if sheet is not None:
            export_sheet_pdf(
                self,
                self.workspace,
                self.runner,
                self.customer_id or "",
                customer_name=sheet.customer.name,
                sheet=sheet,
            )

    # -- signals -------------------------------------------------------------
    def _raise_signal(self, signal: Any, on: date, note: str) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        service = self.workspace.customers

        def work() -> CustomerSheet:
            service.raise_signal(customer_id, signal, on, note)
            return service.load(customer_id)

        self.runner.run(work, self._on_signals_changed, self._on_failed)

    def _resolve_signal(self, signal_id: str, on: date, note: str) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        service = self.workspace.customers

        def work() -> CustomerSheet:
            service.resolve_signal(signal_id, on, note)
            return service.load(customer_id)

        self.runner.run(work, self._on_signals_changed, self._on_failed)

    def _on_signals_changed(self, sheet: CustomerSheet) -> None:
        """Signals are written at once; unsaved edits of the forms stay as they are."""
        assert self.sheet is not None
        self.sheet = replace(self.sheet, signals=sheet.signals)
        self.signals.load(sheet.signals)
        self.overview.load(self.sheet)
        self._retitle()
        assert sheet.customer.id is not None
        self.saved.emit(sheet.customer.id)

    def _on_failed(self, error: BaseException) -> None:
        log.error("sheet %s: %s", self.customer_id, error, exc_info=error)
        self.failed.emit(error)

    # -- closing -------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            self._close_after_save = True
            event.ignore()
            return
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This sheet has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                if self.save():
                    self._close_after_save = True
                event.ignore()
                return
        event.accept()
        self.closed.emit()
