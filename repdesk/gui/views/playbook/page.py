"""The Objections area: the rep's playbook, the opener and tips, and what works.

The whole playbook (a few dozen entries, 500 at most) is read on the worker
and kept here; the list filters it in memory. Every write goes through the
worker too. An entry or the opener being edited is never thrown away
silently: switching entries, opening another database or quitting asks
(keep_edits). Deleting is undone with Ctrl+Z or the Undo button.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.playbook import (
    Playbook,
    PlaybookError,
    is_chinese,
)
from repdesk.gui.i18n import ui_language
from repdesk.gui.style import heading, muted
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.playbook.entries_tab import EntriesTab
from repdesk.gui.views.playbook.guide_panel import GuidePanel
from repdesk.gui.views.playbook.unsaved import ask_unsaved, guide_problems
from repdesk.gui.views.playbook.what_works import WhatWorksPanel

if TYPE_CHECKING:
    from repdesk.services.playbook import ImportSummary
    from repdesk.services.workspace import Workspace

ENTRIES_TAB, GUIDE_TAB, WORKS_TAB = range(3)


class PlaybookPage(QWidget):
    changed = Signal()  # the playbook was written (entries or the guide)

    def __init__(
        self,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workspace: Workspace | None = None
        self.playbook: Playbook | None = None
        self.lang = "zh" if is_chinese(ui_language()) else "en"
        self._generation = 0
        self._attached = 0  # counts attach(): a reply for a database closed meanwhile is dropped

        title = heading(QLabel(self.tr("Objection playbook")))
        self.language_buttons = QButtonGroup(self)
        languages = QHBoxLayout()
        languages.addWidget(QLabel(self.tr("Language of the texts:")))
        for code, name in (("en", "English"), ("zh", "中文")):  # each in its own language
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setChecked(code == self.lang)
            button.setProperty("lang", code)
            self.language_buttons.addButton(button)
            languages.addWidget(button)
        self.language_buttons.buttonClicked.connect(
            lambda button: self.set_language(str(button.property("lang")))
        )
        self.import_button = QPushButton(self.tr("Import playbook…"))
        self.import_button.setToolTip(self.tr("Merge a playbook file (.json) into yours"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export playbook…"))
        self.export_button.setToolTip(self.tr("Save your playbook as a file to share (.json)"))
        self.export_button.clicked.connect(self.export_file)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addLayout(languages)
        top.addSpacing(16)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.entries = EntriesTab(runner, self.lang)
        self.entries.reload_requested.connect(self.reload)
        self.entries.changed.connect(self.changed)
        self.entries.status.connect(self._status)
        self.entries.state_changed.connect(self._update_actions)
        self.guide = GuidePanel()
        self.guide.edit_requested.connect(self.edit_guide)
        self.guide.save_requested.connect(self.save_guide)
        self.guide.cancel_requested.connect(self.cancel_edit)
        self.what_works = WhatWorksPanel(runner, today)
        self.what_works.entry_requested.connect(self.show_entry)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.entries, self.tr("Objections and answers"))
        self.tabs.addTab(self.guide, self.tr("Opener and tips"))
        self.tabs.addTab(self.what_works, self.tr("What works"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.no_database = QLabel(
            self.tr("No database is open. Use File > Open database… to open or create one.")
        )
        self.no_database.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.no_database)
        self.body = QStackedWidget()
        self.body.addWidget(self.no_database)
        self.body.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self._build_actions()
        self._update_actions()

    # -- keys ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(keys: str, slot: Callable[[], object]) -> QAction:
            found = QAction(self)
            found.setShortcut(QKeySequence(keys))
            found.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            found.triggered.connect(slot)
            self.addAction(found)
            return found

        self.new_action = action("Ctrl+N", self.new_entry)
        self.undo_action = action("Ctrl+Z", self.entries.undo_delete)
        self.find_action = action("Ctrl+F", self.find_entries)
        self.save_action = action("Ctrl+S", self.save)
        self.cancel_action = action("Esc", self.cancel_edit)

    def _claimed(self, event: QKeyEvent) -> QAction | None:
        """Ctrl+N and Ctrl+Z are also the window's New customer sheet and Undo delete:
        inside this page the page's come first (an ambiguous key would do nothing)."""
        if event.matches(QKeySequence.StandardKey.New) and self.new_action.isEnabled():
            return self.new_action
        if event.matches(QKeySequence.StandardKey.Undo) and self.undo_action.isEnabled():
            return self.undo_action
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._claimed(event) is not None
        ):
            event.accept()  # no shortcut: the key comes as a key press (keyPressEvent)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        claimed = self._claimed(event)
        if claimed is not None:
            claimed.trigger()
            return
        super().keyPressEvent(event)

    def _update_actions(self) -> None:
        ready = self.workspace is not None and self.playbook is not None
        editing = self.entries.editing or self.guide.editing
        self.new_action.setEnabled(self.entries.new_button.isEnabled())
        self.undo_action.setEnabled(self.entries.can_undo)
        self.find_action.setEnabled(ready)
        self.save_action.setEnabled(editing)
        self.cancel_action.setEnabled(editing)
        for widget in (self.import_button, self.export_button, *self.language_buttons.buttons()):
            widget.setEnabled(ready)

    def find_entries(self) -> None:
        if self.workspace is not None:
            self.tabs.setCurrentIndex(ENTRIES_TAB)
            self.entries.list.focus_search()

    def focus_list(self) -> None:
        """On arriving at the area: the list (unless something is being edited)."""
        if self.workspace is not None and not self.editing:
            self.entries.list.tree.setFocus()

    @property
    def editing(self) -> bool:
        return self.entries.editing or self.guide.editing

    # -- the workspace --------------------------------------------------------------
    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._generation += 1
        self._attached += 1
        self.playbook = None
        self.guide.stop_edit()
        self.entries.attach(workspace)
        self.what_works.attach(workspace)
        self.body.setCurrentWidget(self.tabs if workspace is not None else self.no_database)
        if workspace is None:
            self.guide.show_guide(None, self.lang)
        else:
            self.reload()
        self._update_actions()

    def reload(self, select: str | None = None) -> None:
        """Read the playbook again (on the worker); then ``select`` that entry."""
        workspace = self.workspace
        if workspace is None:
            return
        self._generation += 1
        generation = self._generation

        def done(playbook: Playbook) -> None:
            if generation == self._generation:
                self.playbook = playbook
                self.entries.show_playbook(playbook, select)
                self.guide.show_guide(playbook, self.lang)
                self._update_actions()

        self.runner.run(workspace.playbook.playbook, done)
        self.stats_changed()

    def stats_changed(self) -> None:
        """The playbook or the visits changed: what works counts again (now if shown)."""
        if self.workspace is not None and self.tabs.currentIndex() == WORKS_TAB:
            self.what_works.load()
        else:
            self.what_works.stale = True

    def set_language(self, lang: str) -> None:
        """Show (and edit) the texts in "en" or "zh"."""
        self.lang = lang
        for button in self.language_buttons.buttons():
            button.setChecked(button.property("lang") == lang)
        self.entries.set_language(lang)
        self.guide.set_language(lang)
        self.what_works.set_language(lang)

    def _on_tab(self, index: int) -> None:
        if index == WORKS_TAB and self.what_works.stale:
            self.what_works.load()
        self._update_actions()

    def show_entry(self, entry_id: str) -> None:
        """An entry in the Objections and answers tab (from What works)."""
        self.tabs.setCurrentIndex(ENTRIES_TAB)
        self.entries.show_entry(entry_id)

    # -- editing --------------------------------------------------------------------
    def new_entry(self) -> None:
        if self._keep_guide_edits():
            self.tabs.setCurrentIndex(ENTRIES_TAB)
            self.entries.new_entry()

    def save(self) -> None:
        """Ctrl+S: the entry or the opener and tips being edited."""
        if self.entries.editing:
            self.entries.save_entry()
        elif self.guide.editing:
            self.save_guide()

    def cancel_edit(self) -> None:
        """Esc: stop editing (asking first if anything was typed)."""
        if self.entries.editing:
            self.entries.cancel_edit()
        elif self.guide.editing and self._keep_guide_edits():
            self.guide.stop_edit()
            self._update_actions()

    def keep_edits(self) -> bool:
        """Before an edit is left (another database, quitting, an import): save, discard
        or cancel unsaved typing, the entry's then the opener's. True when it may be left."""
        return self.entries.keep_edits() and self._keep_guide_edits()

    def _keep_guide_edits(self) -> bool:
        if not self.guide.dirty:
            return True
        self.tabs.setCurrentIndex(GUIDE_TAB)
        answer = ask_unsaved(
            self,
            self.tr("Unsaved opener and tips"),
            self.tr("Your changes to the opener and tips are not saved yet."),
        )
        if answer == QMessageBox.StandardButton.Save:
            problems = guide_problems(self.guide.read())
            if problems:
                self.guide.show_problems(problems)
                return False
            self.save_guide()
            return True
        if answer == QMessageBox.StandardButton.Discard:
            self.guide.stop_edit()
            self._update_actions()
            return True
        return False

    def edit_guide(self) -> None:
        if self.playbook is None or not self.entries.keep_edits():
            return
        self.entries.close_editor()
        self.tabs.setCurrentIndex(GUIDE_TAB)
        self.guide.start_edit()
        self._update_actions()

    def save_guide(self) -> None:
        """Write the opener and tips as edited; a save the service refuses opens the
        editor again with the typing, marked."""
        workspace = self.workspace
        if workspace is None or not self.guide.editing or not self.guide.isEnabled():
            return
        guide = self.guide.read()
        attached = self._attached
        self.guide.setEnabled(False)

        def done(_result: object) -> None:
            self.guide.setEnabled(True)
            if attached != self._attached:
                return
            self.guide.stop_edit()
            self._update_actions()
            self._status(self.tr("Saved the opener and tips."))
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            self.guide.setEnabled(True)
            if not isinstance(error, PlaybookError):
                self.runner.error.emit(error)
                return
            if attached != self._attached:
                return
            if not self.guide.editing:
                self.guide.start_edit(guide)
            self.tabs.setCurrentIndex(GUIDE_TAB)
            self.guide.show_problems(error.problems)
            self._update_actions()

        self.runner.run(lambda: workspace.playbook.save_guide(*guide), done, failed)

    # -- files ----------------------------------------------------------------------
    def export_file(self) -> None:
        from repdesk.gui.views.playbook.files import export_playbook

        if self.workspace is not None:
            export_playbook(self, self.runner, self.workspace, self._status)

    def import_file(self) -> None:
        from repdesk.gui.views.playbook.files import import_playbook

        if self.workspace is None or not self.keep_edits():
            return
        self.entries.close_editor()
        self.guide.stop_edit()
        self._update_actions()
        import_playbook(self, self.runner, self.workspace, self._on_imported)

    def _on_imported(self, summary: ImportSummary) -> None:
        added, updated = len(summary.added), len(summary.updated)
        self._status(
            self.tr("Playbook imported: %1 new, %2 updated.")
            .replace("%1", str(added))
            .replace("%2", str(updated))
        )
        self.changed.emit()
        self.reload()

    def _status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)
