"""The playbook's entries: the grouped list on the left, the entry (or its editor) on the
right; new, edit, save, delete with undo, and moving an entry within its group.

The page reads the playbook (reload_requested) and hands it over (show_playbook);
every write runs on the worker. An edit is never thrown away silently: moving
to another entry with unsaved typing asks Save / Discard / Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.playbook import Entry, Playbook, PlaybookError
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.playbook.entry_editor import EntryEditor, blank_entry
from repdesk.gui.views.playbook.entry_list import GROUPS, EntryList
from repdesk.gui.views.playbook.entry_view import EntryView
from repdesk.gui.views.playbook.unsaved import ask_unsaved, entry_problems

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace


class EntriesTab(QWidget):
    reload_requested = Signal(object)  # read the playbook again, then select this id (or None)
    changed = Signal()  # an entry was written
    status = Signal(str)  # a line for the status bar
    state_changed = Signal()  # editing began or ended, the current entry or undo changed

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.lang = lang
        self.workspace: Workspace | None = None
        self.playbook: Playbook | None = None
        self._attached = 0  # counts attach(): a reply for a database closed meanwhile is dropped
        self._deleted: tuple[str, str] | None = None  # (id, title) of the entry just deleted
        self._saving = False
        self._shown_id: str | None = None  # the entry shown (or edited) on the right

        self.list = EntryList()
        self.list.current_changed.connect(self._on_current)
        self.list.filtered.connect(self._on_filtered)
        self.list.activated.connect(lambda _id: self.edit_entry())
        self.new_button = self._tool(self.tr("New"), self.tr("New entry (Ctrl+N)"), self.new_entry)
        self.edit_button = self._tool(
            self.tr("Edit"), self.tr("Edit the entry (F2 or Enter)"), self.edit_entry
        )
        self.delete_button = self._tool(
            self.tr("Delete"), self.tr("Delete the entry (Delete)"), self.delete_entry
        )
        self.undo_button = self._tool(
            self.tr("Undo delete"),
            self.tr("Bring the deleted entry back (Ctrl+Z)"),
            self.undo_delete,
        )
        self.up_button = self._tool("▲", self.tr("Move up in its group (Ctrl+Up)"), self._up)
        self.down_button = self._tool(
            "▼", self.tr("Move down in its group (Ctrl+Down)"), self._down
        )
        tools = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.undo_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.list, 1)

        self.view = EntryView()
        self.view.setObjectName("playbookEntry")
        self.editor = EntryEditor()
        self.editor.save_requested.connect(self.save_entry)
        self.editor.cancel_requested.connect(self.cancel_edit)
        self.right = QStackedWidget()
        self.right.addWidget(self.view)
        self.right.addWidget(self.editor)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

        tree = self.list.tree
        self.edit_action = self._tree_action("F2", self.edit_entry)
        self.delete_action = self._tree_action("Delete", self.delete_entry)
        self.up_action = self._tree_action("Ctrl+Up", self._up)
        self.down_action = self._tree_action("Ctrl+Down", self._down)
        for action in (self.edit_action, self.delete_action, self.up_action, self.down_action):
            tree.addAction(action)
        self.update_actions()

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _tree_action(self, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        return action

    # -- state ----------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.right.currentWidget() is self.editor

    @property
    def can_undo(self) -> bool:
        return self._deleted is not None

    @property
    def ready(self) -> bool:
        return self.workspace is not None and self.playbook is not None

    def update_actions(self) -> None:
        ready = self.ready
        current = self.list.current_id() if ready else None
        idle = ready and not self.editing and not self._saving
        self.new_button.setEnabled(ready and not self._saving)
        for widget in (self.edit_button, self.edit_action, self.delete_button, self.delete_action):
            widget.setEnabled(idle and current is not None)
        before, after = self._neighbours(current)
        for widget, neighbour in (
            (self.up_button, before),
            (self.up_action, before),
            (self.down_button, after),
            (self.down_action, after),
        ):
            widget.setEnabled(idle and neighbour is not None)
        self.undo_button.setVisible(self._deleted is not None)
        self.state_changed.emit()

    def _neighbours(self, entry_id: str | None) -> tuple[str | None, str | None]:
        """The entries before and after this one in its group (what Move up/down pass)."""
        entry = self.list.entry(entry_id)
        if entry is None or self.playbook is None:
            return None, None
        group = [e.id for e in self.playbook.for_target(entry.target)]
        index = group.index(entry.id)
        before = group[index - 1] if index > 0 else None
        after = group[index + 1] if index + 1 < len(group) else None
        return before, after

    # -- showing --------------------------------------------------------------------
    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._attached += 1
        self._deleted = None
        self.close_editor()
        if workspace is None:
            self.playbook = None
            self.list.show_playbook(None, self.lang)
            self._show_current()

    def show_playbook(self, playbook: Playbook, select: str | None = None) -> None:
        self.playbook = playbook
        self.list.show_playbook(playbook, self.lang)
        if select is not None:
            self.list.select(select)
        if self.editing:
            self.list.select(self._shown_id)  # the editor keeps its entry
            self.update_actions()
        else:
            self._show_current()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.list.show_playbook(self.playbook, lang)
        if self.editing:
            self.editor.set_language(lang)
            self.list.select(self._shown_id)
        else:
            self._show_current()

    def _empty_text(self) -> str:
        if self.playbook is not None and not self.playbook.entries:
            return self.tr("The playbook has no entries. New entry (Ctrl+N) writes one.")
        if self.playbook is not None and not self.list.visible_ids():
            return self.tr("No entry matches the search.")
        return self.tr("Pick an entry on the left.")

    def _show_current(self) -> None:
        """The list's current entry on the right."""
        self._shown_id = self.list.current_id()
        self.view.show_entry(self.list.entry(self._shown_id), self.lang, self._empty_text())
        self.update_actions()

    def _on_current(self, entry_id: str | None) -> None:
        """The rep moved in the list: show that entry, after asking about an unsaved edit."""
        if self.editing:
            if entry_id is not None and entry_id == self.editor.working.id:
                return
            if not self.keep_edits():
                self.list.select(self._shown_id)  # back to the entry being edited
                return
            self.close_editor()
        self._show_current()

    def _on_filtered(self) -> None:
        if self.editing:
            self.update_actions()
        else:
            self._show_current()

    def show_entry(self, entry_id: str) -> bool:
        """Bring an entry into view (from What works); False if an edit stays open."""
        if self.editing and self.editor.working.id != entry_id:
            if not self.keep_edits():
                return False
            self.close_editor()
        self.list.search.clear()
        self.list.select(entry_id)
        if not self.editing:
            self._show_current()
        self.list.tree.setFocus()
        return True

    # -- editing --------------------------------------------------------------------
    def new_entry(self) -> None:
        if not self.ready or self._saving or not self.keep_edits():
            return
        self.close_editor()
        current = self.list.entry(self.list.current_id())
        self.editor.load(blank_entry(current.target if current else GROUPS[0]), self.lang)
        self._open_editor(self.list.current_id())

    def edit_entry(self) -> None:
        entry = self.list.entry(self.list.current_id())
        if entry is None or self.editing or self._saving:
            return
        self.editor.load(entry, self.lang)
        self._open_editor(entry.id)

    def _open_editor(self, shown_id: str | None) -> None:
        self._shown_id = shown_id
        self.right.setCurrentWidget(self.editor)
        self.editor.fields["title"].setFocus()
        self.update_actions()

    def close_editor(self) -> None:
        if self.editing:
            self.editor.clear_problems()
            self.right.setCurrentWidget(self.view)
            self._show_current()

    def save_entry(self, then_close: bool = True) -> None:
        """Write the entry being edited; ``then_close`` False: the rep moves on (keep_edits),
        and a save the service refuses opens the editor again with the typing."""
        workspace = self.workspace
        if workspace is None or not self.editing or self._saving:
            return
        entry = self.editor.read()
        lang = self.editor.lang
        self._saving = True
        self.editor.setEnabled(False)
        attached = self._attached

        def finish() -> bool:
            self._saving = False
            self.editor.setEnabled(True)
            return attached == self._attached

        def done(saved: Entry) -> None:
            if not finish():
                return
            if then_close:
                self.close_editor()
            self.status.emit(self.tr("Saved “%1”.").replace("%1", saved.title.get(self.lang)))
            self.changed.emit()
            self.reload_requested.emit(saved.id if then_close else None)

        def failed(error: BaseException) -> None:
            if not finish():
                return
            if not isinstance(error, PlaybookError):
                self.runner.error.emit(error)
                return
            if not self.editing:  # moved on meanwhile: bring the typing back
                self.editor.load(entry, lang)
                self._open_editor(entry.id)
                self.list.select(entry.id)
            self.editor.show_problems(error.problems)
            self.status.emit(self.tr("The entry was not saved: see the problems marked."))
            self.update_actions()

        self.update_actions()
        self.runner.run(lambda: workspace.playbook.save_entry(entry), done, failed)

    def cancel_edit(self) -> bool:
        """Esc: stop editing (asking first if anything was typed)."""
        if not self.editing or not self.keep_edits():
            return False
        self.close_editor()
        self.list.tree.setFocus()
        return True

    def keep_edits(self) -> bool:
        """Before the edit is left: save, discard or cancel unsaved typing. True when it
        may be left (saved meanwhile, discarded, or clean)."""
        if not self.editing or not self.editor.dirty:
            return True
        answer = ask_unsaved(
            self,
            self.tr("Unsaved playbook entry"),
            self.tr("Your changes to this playbook entry are not saved yet."),
        )
        if answer == QMessageBox.StandardButton.Save:
            # Checked here first: a text without words keeps the editor open, marked.
            problems = entry_problems(self.editor.read())
            if problems:
                self.editor.show_problems(problems)
                return False
            self.save_entry(then_close=False)
            return True
        if answer == QMessageBox.StandardButton.Discard:
            self.close_editor()
            return True
        return False

    # -- delete, undo, move ---------------------------------------------------------
    def delete_entry(self) -> None:
        workspace = self.workspace
        entry = self.list.entry(self.list.current_id())
        if workspace is None or entry is None or entry.id is None or self.editing:
            return
        entry_id, title = entry.id, entry.title.get(self.lang)
        visible = self.list.visible_ids()
        index = visible.index(entry_id) if entry_id in visible else 0
        rest = [i for i in visible if i != entry_id]
        neighbour = rest[min(index, len(rest) - 1)] if rest else None

        def done(_result: object) -> None:
            self._deleted = (entry_id, title)
            self.status.emit(self.tr("Deleted “%1”. Ctrl+Z brings it back.").replace("%1", title))
            self.changed.emit()
            self.reload_requested.emit(neighbour)
            self.list.tree.setFocus()

        self.runner.run(lambda: workspace.playbook.delete_entry(entry_id), done)

    def undo_delete(self) -> None:
        workspace, deleted = self.workspace, self._deleted
        if workspace is None or deleted is None:
            return
        entry_id, title = deleted
        self._deleted = None
        self.update_actions()

        def done(_result: object) -> None:
            self.status.emit(self.tr("“%1” is back.").replace("%1", title))
            self.changed.emit()
            self.reload_requested.emit(entry_id)
            self.list.tree.setFocus()

        self.runner.run(lambda: workspace.playbook.restore_entry(entry_id), done)

    def _up(self) -> None:
        self.move_entry(-1)

    def _down(self) -> None:
        self.move_entry(1)

    def move_entry(self, direction: int) -> None:
        workspace, entry_id = self.workspace, self.list.current_id()
        if workspace is None or entry_id is None or self.playbook is None or self.editing:
            return
        neighbour = self._neighbours(entry_id)[0 if direction < 0 else 1]
        if neighbour is None:
            return
        order = [e.id for e in self.playbook.entries]
        step = order.index(neighbour) - order.index(entry_id)
        self.runner.run(
            lambda: workspace.playbook.move_entry(entry_id, step),
            lambda _result: self.reload_requested.emit(entry_id),
        )
