"""The main window: navigation, menus, status bar. Pages do the work; services hold the rules.

Start-up is staged: the window is built and shown with no database code
imported; the store opens on the worker and ``attach()`` hands the pages
their data when it is ready.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# No Qt (the namespace) at module level: PySide6 6.11 builds every enum type of a
# class or namespace the first time it is touched, and Qt's ~95 cost ~30 ms before
# the first paint. Code that runs later imports it where it needs it.
from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from repdesk import __version__
from repdesk.domain.areas import Area
from repdesk.gui.area_labels import area_label
from repdesk.gui.style import larger
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.today import TodayPage
from repdesk.settings import Settings

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QProgressBar

    from repdesk.db.connection import Passphrase
    from repdesk.domain.today import TodayView
    from repdesk.domain.visits import VisitRecordFacts
    from repdesk.gui.database_claim import DatabaseClaim
    from repdesk.gui.settings_dialog import SettingsDialog
    from repdesk.gui.views.diary.page import DiaryAreaPage
    from repdesk.gui.views.list_page import ListPage
    from repdesk.gui.views.playbook.page import PlaybookPage
    from repdesk.gui.views.reports.page import ReportsPage
    from repdesk.gui.views.sheets import SheetWindows
    from repdesk.gui.views.visits_page import VisitsAreaPage
    from repdesk.gui.views.visits_windows import VisitWindows
    from repdesk.services.customer_import import ImportResult
    from repdesk.services.trash import TrashChange
    from repdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 300


class MainWindow(QMainWindow):
    _DATABASE_ACTIONS = (
        "import_customers",
        "export_customers",
        "export_people",
        "export_calendar",
        "import_calendar",
        "backups",
        "trash",
        "encryption",
        "export_archive",
    )
    first_painted = Signal()  # once, after the window's first paint has finished
    workspace_attached = Signal()
    backup_restored = Signal()  # a backup replaced the database, which is being reopened
    today_loaded = Signal()
    store_failed = Signal(object)  # the StoreError
    task_failed = Signal(object)  # any other exception from a background task

    def __init__(self, settings: Settings, runner: TaskRunner, db_path: Path) -> None:
        super().__init__()
        self.settings = settings
        self.runner = runner
        self.housekeeping = TaskRunner(self)  # backups: a worker of their own
        self.db_path = db_path
        self.workspace: Workspace | None = None
        self._painted = False
        self.action_registry: dict[str, QAction] = {}
        self._sheets: SheetWindows | None = None
        self.diary_page: DiaryAreaPage | None = None
        self.visits_page: VisitsAreaPage | None = None
        self.playbook_page: PlaybookPage | None = None
        self.reports_page: ReportsPage | None = None
        self._visit_windows: VisitWindows | None = None
        self._drafts_to_open: list[str] | None = None
        self.claim: DatabaseClaim | None = None  # this window's hold on its database file
        self.setWindowTitle("RepDesk")
        self.resize(1200, 760)

        # Only Today is built now; each other area's page is built the first time it
        # is shown (start-up is staged: see ../shared/architecture.md).
        self.today_page = TodayPage()
        self.list_pages: dict[Area, ListPage] = {}
        self.pages: dict[Area, QWidget] = {area: QWidget() for area in Area}
        self.pages[Area.TODAY] = self.today_page
        self._built: set[Area] = {Area.TODAY}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        larger(self.sidebar)
        self.sidebar.setFixedWidth(230)
        # No Qt.* enum here or anywhere before the first paint: PySide6 6.11 builds all of
        # the Qt namespace's enums on first touch (35 ms, against a 75 ms budget).
        self.stack = QStackedWidget()
        for area, page in self.pages.items():
            item = QListWidgetItem(area_label(area))
            item.setToolTip(area_label(area))
            item.setSizeHint(QSize(160, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._on_area_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self._busy_bar: QProgressBar | None = None  # built the first time work runs
        self.statusBar().addPermanentWidget(self.db_label)
        self._show_db_label(None)
        runner.busy_changed.connect(self._on_busy)
        runner.progress.connect(self._on_progress)
        runner.error.connect(self._on_task_error)

        self.today_page.demo_requested.connect(self.load_demo)
        self.today_page.demo_dismissed.connect(self._dismiss_demo_offer)
        self.today_page.customer_requested.connect(self.open_customer)
        self.today_page.follow_up_toggled.connect(self.set_follow_up_done)
        self.today_page.visit_requested.connect(self.show_visit)
        self.today_page.diary_entry_requested.connect(self.show_diary_entry)

        self._build_actions()
        self._build_menus()
        self.sidebar.setCurrentRow(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        # paintEvent, not event(): an event() override hands every event of the window to
        # Python, and telling a paint by QEvent.Type builds QEvent's enums (~3 ms on 6.11).
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint completes

    # -- actions and menus ---------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            # setShortcuts([...]), not setShortcut(): on PySide6 6.11 the latter's overload
            # check goes through QKeyCombination and builds the Qt namespace's enums (~30 ms
            # before the first paint). Same result: the first binding, none if the platform
            # has none for a standard key.
            sequence = QKeySequence(shortcut)
            action.setShortcuts([] if sequence.isEmpty() else [sequence])
        action.triggered.connect(slot)
        self.action_registry[name] = action
        return action

    def _build_actions(self) -> None:
        self._action(
            "open_database",
            self.tr("&Open database…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self._action("load_demo", self.tr("Load &demo data"), self.load_demo)
        self._action("import_customers", self.tr("&Import customers…"), self.import_customers)
        self._action(
            "export_customers", self.tr("&Export the customer list…"), self.export_customers
        )
        self._action("export_people", self.tr("Export people as &vCard…"), self.export_people)
        self._action(
            "export_calendar", self.tr("Export visits to a &calendar (.ics)…"), self.export_calendar
        )
        self._action(
            "import_calendar",
            self.tr("Import a&ppointments from a calendar (.ics)…"),
            self.import_calendar,
        )
        self._action(
            "undo_delete", self.tr("&Undo delete"), self.undo_delete, QKeySequence.StandardKey.Undo
        )
        self._action(
            "new_customer",
            self.tr("&New customer sheet"),
            self.new_customer,
            QKeySequence.StandardKey.New,
        )
        self._action(
            "settings",
            self.tr("&Settings…"),
            self.edit_settings,
            QKeySequence.StandardKey.Preferences,
        )
        self._action("backups", self.tr("&Backups…"), self.show_backups)
        self._action("trash", self.tr("&Trash…"), self.show_trash)
        self._action(
            "export_archive", self.tr("Export &everything to an archive…"), self.export_archive
        )
        self._action("import_archive", self.tr("Import an a&rchive…"), self.import_archive)
        self._action("encryption", self.tr("E&ncryption…"), self.show_encryption)
        self._action("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._action("refresh", self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self._action("about", self.tr("&About RepDesk"), self.show_about)
        for number, area in enumerate(self.pages, start=1):
            self._action(
                f"area_{area.value}",
                area_label(area),
                lambda _checked=False, a=area: self.show_area(a),
                f"Ctrl+{number}",
            )
        self.action_registry["load_demo"].setEnabled(False)
        self.action_registry["refresh"].setEnabled(False)
        self.action_registry["new_customer"].setEnabled(False)
        self.action_registry["undo_delete"].setEnabled(False)
        for name in self._DATABASE_ACTIONS:
            self.action_registry[name].setEnabled(False)
        # Preferences has no standard key on Linux and Windows: give it one everywhere.
        if self.action_registry["settings"].shortcut().isEmpty():
            self.action_registry["settings"].setShortcuts([QKeySequence("Ctrl+,")])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.action_registry["new_customer"])
        file_menu.addAction(self.action_registry["import_customers"])
        file_menu.addAction(self.action_registry["export_customers"])
        file_menu.addAction(self.action_registry["export_people"])
        file_menu.addSeparator()
        file_menu.addAction(self.action_registry["export_calendar"])
        file_menu.addAction(self.action_registry["import_calendar"])
        file_menu.addSeparator()
        file_menu.addAction(self.action_registry["open_database"])
        file_menu.addAction(self.action_registry["load_demo"])
        file_menu.addAction(self.action_registry["backups"])
        file_menu.addAction(self.action_registry["trash"])
        file_menu.addAction(self.action_registry["encryption"])
        file_menu.addAction(self.action_registry["export_archive"])
        file_menu.addAction(self.action_registry["import_archive"])
        file_menu.addSeparator()
        file_menu.addAction(self.action_registry["settings"])
        file_menu.addSeparator()
        file_menu.addAction(self.action_registry["quit"])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.action_registry["undo_delete"])
        view_menu = bar.addMenu(self.tr("&View"))
        for area in self.pages:
            view_menu.addAction(self.action_registry[f"area_{area.value}"])
        view_menu.addSeparator()
        view_menu.addAction(self.action_registry["refresh"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_registry["about"])

    # -- navigation ----------------------------------------------------------
    def show_area(self, area: Area) -> None:
        self.sidebar.setCurrentRow(list(self.pages).index(area))

    def show_visit(self, plan_id: str) -> None:
        """The Visits area with that plan's row current (once the list has its rows), and
        the plan's own window."""
        self.show_area(Area.VISITS)
        self.list_page(Area.VISITS).select_id(plan_id)
        self.open_plan(plan_id)

    def show_diary_entry(self, entry_id: str) -> None:
        """The Prospect diary, on that row if the diary page can show one."""
        self.show_area(Area.DIARY)
        show_entry = getattr(self.page(Area.DIARY), "show_entry", None)
        if callable(show_entry):
            show_entry(entry_id)

    def current_area(self) -> Area:
        return list(self.pages)[self.stack.currentIndex()]

    def page(self, area: Area) -> QWidget:
        """The area's page, built on first use."""
        if area not in self._built:
            page = self._build_page(area)
            index = list(self.pages).index(area)
            placeholder = self.pages[area]
            self.pages[area] = page
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built.add(area)
        return self.pages[area]

    def list_page(self, area: Area) -> ListPage:
        self.page(area)
        return self.list_pages[area]

    def _build_page(self, area: Area) -> QWidget:
        if area == Area.REPORTS:
            return self._build_reports()
        if area == Area.DIARY:
            return self._build_diary()
        if area == Area.OBJECTIONS:
            return self._build_playbook()
        from repdesk.gui.views.areas import SPECS
        from repdesk.gui.views.list_page import ListPage

        list_page = ListPage(SPECS[area](), self.runner)
        self.list_pages[area] = list_page
        if area == Area.CUSTOMERS:
            list_page.activated.connect(self.open_customer)
        if self.workspace is not None:
            self._attach_list(area, self.workspace)
        if area == Area.VISITS:
            return self._build_visits(list_page)
        return list_page

    def _build_visits(self, list_page: ListPage) -> QWidget:
        from repdesk.gui.views.visits_page import VisitsAreaPage

        visits = VisitsAreaPage(
            self.runner, list_page, lambda: (self.settings.rep_name, self.settings.team)
        )
        visits.plan_requested.connect(self.open_plan)
        visits.new_plan_requested.connect(self.new_visit)
        self.visits_page = visits
        if self.workspace is not None:
            visits.attach(self.workspace)
        return visits

    def _build_diary(self) -> QWidget:
        from repdesk.gui.views.diary.page import DiaryAreaPage

        diary = DiaryAreaPage(self.runner, self.settings)
        diary.customer_requested.connect(self.open_customer)
        diary.customers_changed.connect(self._on_diary_customers)
        diary.visits_changed.connect(self._on_diary_visits)
        self.diary_page = diary
        if self.workspace is not None:
            diary.attach(self.workspace)
        return diary

    def _build_reports(self) -> QWidget:
        from repdesk.gui.views.reports.page import ReportsPage

        reports = ReportsPage(self.runner, lambda: (self.settings.rep_name, self.settings.team))
        reports.failed.connect(self._on_task_error)
        reports.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.reports_page = reports
        if self.workspace is not None:
            reports.attach(self.workspace)
        return reports

    def _build_playbook(self) -> QWidget:
        from repdesk.gui.views.playbook.page import PlaybookPage

        playbook = PlaybookPage(self.runner)
        self.playbook_page = playbook
        if self.workspace is not None:
            playbook.attach(self.workspace)
        return playbook

    def keep_edits(self) -> bool:
        """The areas' unsaved typing (the diary's row, the playbook's entry or opener):
        saved, discarded, or kept by Cancel (False)."""
        return (self.diary_page is None or self.diary_page.keep_edits()) and (
            self.playbook_page is None or self.playbook_page.keep_edits()
        )

    def _on_diary_customers(self, customer_ids: list[str]) -> None:
        page = self.list_pages.get(Area.CUSTOMERS)
        if page is not None:
            page.refresh_records(customer_ids)

    def _on_diary_visits(self) -> None:
        self.visits_changed()

    def visits_changed(self) -> None:
        """A plan or record was written: the Visits list, the day plan and Today follow."""
        page = self.list_pages.get(Area.VISITS)
        if page is not None:
            page.refresh()
        if self.visits_page is not None:
            self.visits_page.refresh()
        if self.playbook_page is not None:
            self.playbook_page.stats_changed()  # what works counts the visit records
        self.load_today()

    def _attach_list(self, area: Area, workspace: Workspace) -> None:
        search = workspace.search_index if area == Area.CUSTOMERS else None
        self.list_pages[area].attach(workspace.listing(area), search)

    def _on_area_changed(self, row: int) -> None:
        if row < 0:
            return
        area = list(self.pages)[row]
        self.page(area)
        self.stack.setCurrentIndex(row)
        self.statusBar().clearMessage()
        if area == Area.DIARY and self.diary_page is not None:
            self.diary_page.focus_entry()  # Ctrl+3, then type: the next contact
        if area == Area.OBJECTIONS and self.playbook_page is not None:
            self.playbook_page.focus_list()  # Ctrl+5, then the arrows, Enter, Ctrl+F

    # -- the database --------------------------------------------------------
    def open_database(self, path: Path, passphrase: Passphrase | None = None) -> None:
        """Open (or create) ``path`` on the worker; attach or explain when done.

        First a stdlib-only peek shows Today from a file already at the current
        schema (~50 ms), then the full store loads (SQLAlchemy, ~0.7 s) and attaches.
        Open sheets of the old database close first (asking about unsaved edits).
        A file another RepDesk window holds is not opened (that window comes forward).
        """
        if not self.keep_edits():
            return
        if not self.close_sheets() or not self.close_visits():
            return
        self.detach()
        self.db_path = path
        if not self._claim(path):
            return
        self._show_db_label(path)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(path)))
        from datetime import date  # not at module level: see load_today

        day = date.today()

        region, untouched_days = self.settings.region, self.settings.stale_prospect_days

        def peek() -> TodayView | None:
            from repdesk.db.peek import peek_today

            return peek_today(path, day, region=region, untouched_days=untouched_days)

        def work() -> tuple[Workspace, bool]:
            from repdesk.services.workspace import open_workspace

            return open_workspace(path, passphrase)

        self.runner.run(peek, self._on_peeked)
        # Today's lists are built now, while the worker peeks (sqlite3 lets go of the GIL),
        # not when the peeked rows arrive: by then the worker imports SQLAlchemy, and the
        # two would share the GIL (on PySide6 6.11 the lists cost ~40 ms: Qt's enums).
        self.today_page.prepare()
        self.runner.run(
            work, self._on_opened, lambda error: self._on_open_failed(error, passphrase)
        )

    def _claim(self, path: Path) -> bool:
        from repdesk.gui import database_safety
        from repdesk.gui.database_claim import DatabaseClaim

        claim = DatabaseClaim(path, self)
        if not claim.acquire():
            claim.deleteLater()
            self._show_db_label(None)
            database_safety.say_claimed(self, path)
            return False
        claim.come_forward.connect(lambda: database_safety.come_forward(self))
        self.claim = claim
        return True

    def _release_claim(self) -> None:
        claim, self.claim = self.claim, None
        if claim is not None:
            claim.release()
            claim.deleteLater()

    def _on_peeked(self, view: TodayView | None) -> None:
        if view is not None and self.workspace is None:
            self._on_today(view)

    def _on_opened(self, result: tuple[Workspace, bool]) -> None:
        workspace, empty = result
        self.attach(workspace, empty)

    def _on_open_failed(self, error: BaseException, passphrase: Passphrase | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox  # on first use: cheap start

        from repdesk.db.errors import StoreError
        from repdesk.gui import database_safety
        from repdesk.gui.store_messages import store_message, store_title

        self._release_claim()
        if not isinstance(error, StoreError):
            self._on_task_error(error)
            return
        log.warning("cannot open %s: %s", error.path, error)
        self._show_db_label(None)
        self.statusBar().showMessage(store_title())
        self.store_failed.emit(error)
        if database_safety.handle_open_failure(self, error, passphrase):
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            store_title(),
            store_message(error),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("storeProblem")
        box.open()

    def attach(self, workspace: Workspace, empty: bool) -> None:
        self.workspace = workspace
        workspace.region = self.settings.region
        self.db_path = workspace.store.path
        self._show_db_label(self.db_path)
        self.statusBar().clearMessage()
        for area in self.list_pages:
            self._attach_list(area, workspace)
        if self.diary_page is not None:
            self.diary_page.attach(workspace)
        if self.visits_page is not None:
            self.visits_page.attach(workspace)
        if self.playbook_page is not None:
            self.playbook_page.attach(workspace)
        if self.reports_page is not None:
            self.reports_page.attach(workspace)
        self.action_registry["load_demo"].setEnabled(empty)
        self.action_registry["refresh"].setEnabled(True)
        self.action_registry["new_customer"].setEnabled(True)
        for name in self._DATABASE_ACTIONS:
            self.action_registry[name].setEnabled(True)
        if empty and not self.settings.demo_offer_dismissed:
            self.today_page.demo_offer.show()
        else:
            self.today_page.hide_demo_offer()
        self.load_today()
        self.runner.run(workspace.visits.drafts, self._offer_drafts)
        keep = self.settings.backups_kept
        # On a worker of its own: copying a big book takes seconds (2.6 s at 100,000
        # customers), which must not hold up the lists the rep asks for meanwhile.
        self.housekeeping.run(lambda: workspace.daily_backup(keep), None, self._on_backup_failed)
        current = self.list_pages.get(self.current_area())
        if current is not None:
            current.ensure_loaded()
        self.workspace_attached.emit()

    # -- backups ---------------------------------------------------------------
    def show_backups(self) -> None:
        from PySide6.QtCore import Qt  # not at start-up: the Qt namespace costs ~30 ms

        from repdesk.gui.backups_dialog import BackupsDialog

        if self.workspace is None:
            return
        dialog = BackupsDialog(
            self.workspace, self.runner, self.settings.backups_kept, self.restore_backup, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def restore_backup(self, backup: Path) -> None:
        """Close the open database (asking about unsaved edits), replace it with ``backup``
        on the worker (the current file kept first), and open it again."""
        workspace = self.workspace
        if workspace is None or not self.keep_edits():
            return
        if not self.close_sheets() or not self.close_visits():
            return
        path, folder = workspace.store.path, workspace.store.backup_dir
        passphrase = workspace.store.passphrase
        self.housekeeping.wait()  # not while the day's backup is still copying the file
        self.detach()  # closes the store on the worker, before the restore below
        self.statusBar().showMessage(self.tr("Restoring the backup…"))

        def work() -> Path:
            from repdesk.services.backups import restore

            return restore(backup, path, folder, passphrase)

        def done(_kept: Path) -> None:
            self.open_database(path, passphrase)  # a backup under another: it is asked for
            self.backup_restored.emit()

        def failed(error: BaseException) -> None:
            from PySide6.QtWidgets import QMessageBox

            self.open_database(path, passphrase)  # the file is as it was: open it again
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Restore a backup"),
                self.tr("The backup was not restored: %1. The database is as it was.").replace(
                    "%1", str(error)
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("restoreProblem")
            box.open()

        self.runner.run(work, done, failed)

    # -- the trash ---------------------------------------------------------------
    def show_trash(self) -> None:
        from PySide6.QtCore import Qt  # not at start-up: the Qt namespace costs ~30 ms

        from repdesk.gui.trash_dialog import TrashDialog

        if self.workspace is None:
            return
        dialog = TrashDialog(self.workspace, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._on_trash_changed)
        dialog.open()

    def _on_trash_changed(self, change: TrashChange) -> None:
        """Something came back from the trash or went for good: the lists follow."""
        from repdesk.services.trash import TrashKind

        undo = self.action_registry["undo_delete"]
        if undo.data() in change.customer_ids:  # restored already, or gone for good
            undo.setEnabled(False)
            undo.setText(self.tr("&Undo delete"))
            undo.setData(None)
        self._on_diary_customers(list(change.customer_ids))  # Customers list: those records
        kinds = change.kinds
        if kinds & {TrashKind.CUSTOMER, TrashKind.DIARY_ENTRY} and self.diary_page is not None:
            self.diary_page.reload()
        if TrashKind.OBJECTION in kinds and self.playbook_page is not None:
            self.playbook_page.reload()
        self.visits_changed()  # Visits list, day plan, What works, Today

    def export_archive(self) -> None:
        from repdesk.gui.archive_files import export_everything

        export_everything(self)

    def import_archive(self) -> None:
        from repdesk.gui.archive_files import import_archive

        import_archive(self)

    def show_encryption(self) -> None:
        from repdesk.gui import database_safety

        database_safety.show_encryption(self)

    def _on_backup_failed(self, error: BaseException) -> None:
        log.warning("the daily backup was not made: %s", error)
        self.statusBar().showMessage(
            self.tr("Today's backup could not be made: %1").replace("%1", str(error)), 10000
        )

    def detach(self) -> None:
        workspace, self.workspace = self.workspace, None
        for list_page in self.list_pages.values():
            list_page.attach(None)
        if self.diary_page is not None:
            self.diary_page.attach(None)
        if self.visits_page is not None:
            self.visits_page.attach(None)
        if self.playbook_page is not None:
            self.playbook_page.attach(None)
        if self.reports_page is not None:
            self.reports_page.attach(None)
        self.today_page.show_view(None)
        self.today_page.hide_demo_offer()
        self.today_page.hide_drafts_offer()
        self.action_registry["load_demo"].setEnabled(False)
        self.action_registry["refresh"].setEnabled(False)
        self.action_registry["new_customer"].setEnabled(False)
        self.action_registry["undo_delete"].setEnabled(False)
        for name in self._DATABASE_ACTIONS:
            self.action_registry[name].setEnabled(False)
        self._show_db_label(None)
        self._release_claim()
        if workspace is not None:
            self.runner.run(workspace.close)

    def load_today(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        # datetime (and html, in show_about) are imported where used: ~3 ms each of
        # imports the window's first frame does not need.
        from datetime import date

        region, untouched_days = self.settings.region, self.settings.stale_prospect_days
        self.runner.run(
            lambda: workspace.today(date.today(), region=region, untouched_days=untouched_days),
            self._on_workspace_today,
        )

    def _on_workspace_today(self, view: TodayView) -> None:
        if self.workspace is not None:  # not a reply for a database closed meanwhile
            self._on_today(view)

    def _on_today(self, view: TodayView) -> None:
        self.today_page.show_view(view)
        self.today_loaded.emit()

    def set_follow_up_done(self, follow_up_id: str, done: bool) -> None:
        """Today's check box: write it on the worker, then show Today again (a failure is
        reported, and the reload puts the box back as the database has it)."""
        workspace = self.workspace
        if workspace is None:
            return

        def failed(error: BaseException) -> None:
            self._on_task_error(error)
            self.load_today()

        self.runner.run(
            lambda: workspace.diary.set_follow_up_done(follow_up_id, done),
            lambda _result: self.load_today(),
            failed,
        )

    def refresh(self) -> None:
        if self.workspace is None:
            return
        self.load_today()
        for list_page in self.list_pages.values():
            list_page.refresh()
        if self.diary_page is not None:
            self.diary_page.load_choices()
            self.diary_page.reload()
        if self.playbook_page is not None:
            self.playbook_page.reload()
        if self.reports_page is not None:
            self.reports_page.refresh()

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on first use: cheap start

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a database"),
            str(self.db_path.parent),
            self.tr("RepDesk database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.open_database(Path(name))

    # -- customer sheets -----------------------------------------------------
    @property
    def sheets(self) -> SheetWindows:
        """The open customer sheets (built on first use)."""
        if self._sheets is None:
            from repdesk.gui.views.sheets import SheetWindows

            self._sheets = SheetWindows(self.runner, self)
            self._sheets.changed.connect(self._on_customer_changed)
            self._sheets.deleted.connect(self._on_customer_deleted)
            self._sheets.failed.connect(self._on_task_error)
            self._sheets.visit_requested.connect(self.new_visit)
        return self._sheets

    @property
    def visit_windows(self) -> VisitWindows:
        """The open visit plans (built on first use)."""
        if self._visit_windows is None:
            from repdesk.gui.views.visits_windows import VisitWindows

            self._visit_windows = VisitWindows(
                self.runner, self, lambda: (self.settings.rep_name, self.settings.team)
            )
            self._visit_windows.changed.connect(lambda _customer_id: self.visits_changed())
            self._visit_windows.plan_saved.connect(lambda _plan_id: self.visits_changed())
            self._visit_windows.failed.connect(self._on_task_error)
        return self._visit_windows

    def _offer_drafts(self, drafts: list[VisitRecordFacts]) -> None:
        """Visit records left unfinished (a crash, a flat battery): offered back on Today."""
        plan_ids = [d.visit_plan_id for d in drafts if d.visit_plan_id]
        if not plan_ids or self.workspace is None:
            return
        offer = self.today_page.drafts_offer
        if self._drafts_to_open is None:
            offer.open_requested.connect(self._open_drafts)
        self._drafts_to_open = plan_ids
        offer.offer(len(plan_ids))

    def _open_drafts(self) -> None:
        for plan_id in self._drafts_to_open or []:
            self.open_plan(plan_id)

    def new_visit(self, customer_id: str, at: datetime | None = None) -> None:
        if self.workspace is not None:
            self.visit_windows.new_plan(self.workspace, customer_id, at)

    def open_plan(self, plan_id: str) -> None:
        if self.workspace is not None:
            self.visit_windows.open_plan(self.workspace, plan_id)

    def close_visits(self) -> bool:
        return self._visit_windows is None or self._visit_windows.close_all()

    def open_customer(self, customer_id: str | None) -> None:
        if self.workspace is not None:
            self.sheets.open(self.workspace, customer_id)

    def new_customer(self) -> None:
        self.open_customer(None)

    def close_sheets(self) -> bool:
        return self._sheets is None or self._sheets.close_all()

    def _on_customer_changed(self, customer_id: str) -> None:
        page = self.list_pages.get(Area.CUSTOMERS)
        if page is not None:
            page.refresh_records([customer_id])
        self.load_today()

    def _on_customer_deleted(self, customer_id: str, name: str) -> None:
        self._on_customer_changed(customer_id)
        undo = self.action_registry["undo_delete"]
        undo.setData(customer_id)
        undo.setText(self.tr("&Undo delete of %1").replace("%1", name))
        undo.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("Deleted %1. Edit > Undo brings it back.").replace("%1", name), 10000
        )

    def undo_delete(self) -> None:
        undo = self.action_registry["undo_delete"]
        customer_id = undo.data()
        workspace = self.workspace
        if not customer_id or workspace is None:
            return
        undo.setEnabled(False)
        undo.setText(self.tr("&Undo delete"))
        self.runner.run(
            lambda: workspace.customers.restore(str(customer_id)),
            lambda _result: self._on_customer_changed(str(customer_id)),
        )

    # -- import and export ---------------------------------------------------
    def import_customers(self) -> None:
        if self.workspace is None:
            return
        from repdesk.gui.views.import_dialog import open_import_dialog

        dialog = open_import_dialog(self.workspace, self.runner, self)
        dialog.imported.connect(self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        page = self.list_pages.get(Area.CUSTOMERS)
        if page is not None:
            page.refresh_records(result.customer_ids)
        self.action_registry["load_demo"].setEnabled(False)
        self.today_page.hide_demo_offer()
        self.load_today()

    def _with_export_ids(self, export: Callable[[list[str]], Any]) -> None:
        """Export the Customers list as the rep sees it (searched, filtered, sorted), or
        the whole book if that list has not been shown yet."""
        workspace = self.workspace
        if workspace is None:
            return
        page = self.list_pages.get(Area.CUSTOMERS)
        ids = page.shown_ids() if page is not None else None
        if ids is not None:
            export(ids)
            return
        listing = workspace.listing(Area.CUSTOMERS)
        self.runner.run(lambda: listing.ids(), export)

    def export_customers(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        from repdesk.gui.views.export_dialog import export_customers

        self._with_export_ids(lambda ids: export_customers(workspace, self.runner, ids, self))

    def export_people(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        from repdesk.gui.views.export_dialog import export_people

        self._with_export_ids(lambda ids: export_people(workspace, self.runner, ids, self))

    def export_calendar(self) -> None:
        from repdesk.gui.calendar_files import export_calendar

        if self.workspace is not None:
            export_calendar(self, self.runner, self.workspace)

    def import_calendar(self) -> None:
        from repdesk.gui.calendar_files import import_calendar

        if self.workspace is not None:
            import_calendar(self, self.runner, self.workspace, self.visits_changed)

    # -- demo data -----------------------------------------------------------
    def load_demo(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self.action_registry["load_demo"].setEnabled(False)
        self.today_page.hide_demo_offer()
        self.statusBar().showMessage(self.tr("Loading demo data…"))

        def work(progress: Any, cancelled: Any) -> dict[str, int]:
            return workspace.fill_demo(DEMO_CUSTOMERS, progress=progress, cancelled=cancelled)

        self.runner.run_with_progress(work, self._on_demo_loaded, self._on_demo_failed)

    def _on_demo_loaded(self, counts: dict[str, int]) -> None:
        self.statusBar().showMessage(
            self.tr("Demo data loaded. Customers: %n", "", counts.get("customers", 0)), 8000
        )
        self.refresh()

    def _on_demo_failed(self, error: BaseException) -> None:
        self.action_registry["load_demo"].setEnabled(True)
        self._on_task_error(error)

    def _dismiss_demo_offer(self) -> None:
        self.today_page.hide_demo_offer()
        self.settings.demo_offer_dismissed = True
        self._save_settings()

    # -- settings, about, errors ---------------------------------------------
    def edit_settings(self) -> None:
        from PySide6.QtCore import Qt  # here, not at module level: see the imports

        from repdesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setObjectName("settingsDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog))
        dialog.open()

    def _settings_accepted(self, dialog: SettingsDialog) -> None:
        restart = dialog.needs_restart()
        before = self.settings
        self.settings = dialog.result_settings()
        self._save_settings()
        if (before.region, before.stale_prospect_days) != (
            self.settings.region,
            self.settings.stale_prospect_days,
        ):
            if self.workspace is not None:
                self.workspace.region = self.settings.region
            self.load_today()  # holiday dates and untouched prospects follow the new values
        if restart:
            self.statusBar().showMessage(
                self.tr(
                    "Settings saved. A new language or data folder takes effect the next "
                    "time RepDesk starts."
                ),
                15000,
            )

    def _save_settings(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # on first use: cheap start

        try:
            self.settings.save()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("RepDesk could not save its settings: %1").replace("%1", str(error)),
            )

    def show_about(self) -> None:
        import html

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # on first use: cheap start

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About RepDesk"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>RepDesk %1</h3><p>An offline desktop assistant for field sales reps.</p>"
                "<p>Database: %2</p><p>Qt for Python %3</p>"
            )
            .replace("%1", __version__)
            .replace("%2", html.escape(str(self.db_path)))
            .replace("%3", pyside_version)
        )
        box.open()

    def _on_task_error(self, error: BaseException) -> None:
        """Log a failed background task and say so, without blocking the window."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # on first use: cheap start

        from repdesk.gui.store_messages import write_problem

        problem = write_problem(error)
        if problem is not None:  # the disk refused: said plainly, the edits kept
            from repdesk.gui import database_safety

            log.warning("a write failed: %s", error)
            database_safety.say_write_failed(self, problem)
            return
        log.error("background task failed", exc_info=error)
        self.task_failed.emit(error)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Something went wrong"),
            self.tr("RepDesk could not finish the task: %1").replace("%1", str(error)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("taskError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- status bar ----------------------------------------------------------
    def _show_db_label(self, path: Path | None) -> None:
        if path is None:
            self.db_label.setText(self.tr("No database is open."))
            self.db_label.setToolTip("")
        else:
            self.db_label.setText(self.tr("Database: %1").replace("%1", str(path)))
            self.db_label.setToolTip(str(path))

    @property
    def busy_bar(self) -> QProgressBar:
        if self._busy_bar is None:
            from PySide6.QtWidgets import QProgressBar

            bar = QProgressBar()
            bar.setMaximumWidth(200)
            bar.setTextVisible(False)
            bar.hide()
            self.statusBar().insertPermanentWidget(0, bar)
            self._busy_bar = bar
        return self._busy_bar

    def _on_busy(self, busy: bool) -> None:
        bar = self.busy_bar
        bar.setRange(0, 0)  # indeterminate until a task reports progress
        bar.setVisible(busy)

    def _on_progress(self, fraction: float) -> None:
        bar = self.busy_bar
        bar.setRange(0, 1000)
        bar.setValue(int(fraction * 1000))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_edits():
            event.ignore()
            return
        if not self.close_sheets() or not self.close_visits():
            event.ignore()
            return
        self.runner.wait()
        self.housekeeping.wait()  # a backup being written is finished, not cut short
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self._release_claim()
        event.accept()
