"""The playbook's entries grouped the seed's way, with a search over every text.

First the refusals (of the person, of the product, reflex), then the common
sales objections; each entry says whether it is direct or indirect. The
search matches any text of an entry in either language (Chinese by
substring, casefolded), filtering the list as the rep types.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import ObjectionTarget
from repdesk.domain.playbook import Entry, Playbook, entry_matches
from repdesk.gui.labels import label
from repdesk.gui.style import muted

# The seed's order: refusals of the person, of the product, reflex; then the common ones.
GROUPS = (
    ObjectionTarget.PERSON,
    ObjectionTarget.PRODUCT,
    ObjectionTarget.REFLEX,
    ObjectionTarget.PRICE,
    ObjectionTarget.COMPETITOR,
    ObjectionTarget.NO_NEED,
    ObjectionTarget.TIMING,
    ObjectionTarget.AUTHORITY,
)
ID_ROLE = Qt.ItemDataRole.UserRole
INDENT = 14  # pixels: an entry's title under its heading


class _Indented(QStyledItemDelegate):
    """Entries' titles a little in from their headings (all items are top-level)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.column() == 0 and index.data(ID_ROLE):
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(INDENT, 0, 0, 0)
        super().paint(painter, option, index)


class EntryList(QWidget):
    # The rep moved to another entry (click, arrow keys; not select() or a filter).
    current_changed = Signal(object)  # the entry id now current, or None
    activated = Signal(str)  # Enter or double-click: edit this entry
    filtered = Signal()  # the search changed what is shown (and maybe the current entry)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("playbookSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search every text, in English or Chinese (Ctrl+F)"))
        self.search.textChanged.connect(lambda _text: self._on_search())
        self.search.installEventFilter(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("playbookEntries")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setItemDelegate(_Indented(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.message)
        self.message.hide()
        self.count = QLabel()
        muted(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        self.playbook: Playbook | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        # Each heading with its entries' items and the entries, in the list's order.
        self._groups: list[tuple[QTreeWidgetItem, list[tuple[QTreeWidgetItem, Entry]]]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down or Enter in the search box: on to the first entry found.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            first = self.visible_ids()
            if first:
                if self.current_id() not in first:
                    self.select(first[0])
                    self.current_changed.emit(first[0])
                self.tree.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- contents -------------------------------------------------------------
    def show_playbook(self, playbook: Playbook | None, lang: str) -> None:
        """List the entries (titles in ``lang``), keeping the current one if it stays."""
        current = self.current_id()
        self.playbook = playbook
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items = {}
        self._groups = []
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        grey = QBrush(QColor("#5f6368"))
        dark = self.tree.palette().brush(QPalette.ColorRole.Text)
        shade = QBrush(QColor("#e8ecf1"))
        for target in GROUPS:
            entries = playbook.for_target(target) if playbook else ()
            if not entries:
                continue
            # Headings and entries side by side (a disabled parent would disable its
            # children); a heading is not enabled, so the arrow keys go past it, and a
            # brush keeps it dark.
            group = QTreeWidgetItem([label(target), ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.NoItemFlags)
            group.setForeground(0, dark)
            group.setBackground(0, shade)  # a heading stands out without a bold font too
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            children: list[tuple[QTreeWidgetItem, Entry]] = []
            self._groups.append((group, children))
            for entry in entries:
                title = entry.title.get(lang)
                item = QTreeWidgetItem([title, label(entry.directness)])
                self.tree.addTopLevelItem(item)
                item.setData(0, ID_ROLE, entry.id)
                item.setToolTip(0, title)
                item.setForeground(1, grey)
                self._items[entry.id or ""] = item
                children.append((item, entry))
        self.tree.blockSignals(False)
        self._filter(keep=current)

    def entry(self, entry_id: str | None) -> Entry | None:
        if self.playbook is None or entry_id is None:
            return None
        return self.playbook.entry_by_id(entry_id)

    def _on_search(self) -> None:
        self._filter()
        self.filtered.emit()

    def _filter(self, keep: str | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        needle = self.search.text()
        shown = 0
        for group, children in self._groups:
            visible = 0
            for item, entry in children:
                hit = entry_matches(entry, needle)
                item.setHidden(not hit)
                visible += hit
            group.setHidden(not visible)
            shown += visible
        total = len(self.playbook.entries) if self.playbook else 0
        if self.playbook is None:
            self.message.setText("")
        elif not total:
            self.message.setText(
                self.tr("The playbook has no entries yet. New entry (Ctrl+N) writes one.")
            )
        elif not shown:
            self.message.setText(self.tr("No entry matches “%1”.").replace("%1", needle.strip()))
        self.message.setVisible(self.playbook is not None and not shown)
        if needle.strip() and total:
            self.count.setText(
                self.tr("%n of %1 entries shown", "", shown).replace("%1", str(total))
            )
        else:
            self.count.setText(self.tr("%n entries", "", total) if self.playbook else "")
        visible_ids = self.visible_ids()
        wanted = keep if keep in visible_ids else (visible_ids[0] if visible_ids else None)
        self.select(wanted)

    # -- the current entry ----------------------------------------------------
    def visible_ids(self) -> list[str]:
        return [
            entry.id
            for _group, children in self._groups
            for item, entry in children
            if entry.id is not None and not item.isHidden()
        ]

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def select(self, entry_id: str | None) -> None:
        """Make an entry current (None, or one hidden: none), without telling anyone."""
        item = self._items.get(entry_id) if entry_id else None
        if item is not None and item.isHidden():
            item = None
        self.tree.blockSignals(True)
        if item is None:
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
        else:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        self.tree.blockSignals(False)
        self.tree.viewport().update()

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        value = item.data(0, ID_ROLE) if item is not None else None
        self.current_changed.emit(str(value) if value else None)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ID_ROLE)
        if value:
            self.activated.emit(str(value))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
