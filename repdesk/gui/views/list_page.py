"""One area's list: a count, a sortable table over a lazy model, or a plain empty state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui import style
from repdesk.gui.models.lazy_table import ColumnView, LazyTableModel
from repdesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from repdesk.db.listing import Listing


@dataclass(frozen=True)
class ListSpec:
    columns: Sequence[ColumnView]
    title: Callable[[], str]
    count_text: Callable[[int], str]
    empty_text: Callable[[], str]
    no_database_text: Callable[[], str]
    loading_text: Callable[[], str]


class ListPage(QWidget):
    """Shows a Listing. ``loaded`` carries the row count after each search."""

    loaded = Signal(int)

    def __init__(self, spec: ListSpec, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._runner = runner
        self._listing: Listing | None = None
        self._sort: tuple[str | None, bool | None] = (None, None)
        self._generation = 0
        self._loading = False
        self.has_loaded = False

        self.heading = QLabel(spec.title())
        style.heading(self.heading)
        self.count_label = QLabel()
        style.muted(self.count_label)

        self.model = LazyTableModel(spec.columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, column in enumerate(spec.columns):
            header.resizeSection(index, column.width)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

        self.message = QLabel()
        style.muted(style.larger(self.message))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.stack, 1)
        self._show_message(spec.no_database_text())

    # -- data ----------------------------------------------------------------
    def attach(self, listing: Listing | None) -> None:
        self._listing = listing
        self.model.set_source(listing)
        self.has_loaded = False
        self._loading = False
        self._generation += 1
        if listing is None:
            self.count_label.clear()
            self._show_message(self._spec.no_database_text())
            return
        self._sort = (listing.default_sort, listing.default_descending)
        column = next(
            (i for i, c in enumerate(self._spec.columns) if c.key == listing.default_sort), -1
        )
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            column,
            Qt.SortOrder.DescendingOrder
            if listing.default_descending
            else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def ensure_loaded(self) -> None:
        """Load once, the first time the page is shown (start-up stays cheap)."""
        if self._listing is not None and not self.has_loaded and not self._loading:
            self.reload()

    def reload(self) -> None:
        """Search again in the background; the table resets once when the ids arrive."""
        listing = self._listing
        if listing is None:
            return
        self._loading = True
        if not self.has_loaded:
            self.count_label.setText(self._spec.loading_text())
        self._generation += 1
        generation = self._generation
        sort, descending = self._sort
        self._runner.run(
            lambda: listing.ids(sort, descending),
            lambda ids: self._on_ids(generation, ids),
        )

    def _on_ids(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer search (or another database) superseded this one
        self._loading = False
        self.model.set_ids(ids)
        self.has_loaded = True
        self.count_label.setText(self._spec.count_text(len(ids)))
        if ids:
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_message(self._spec.empty_text())
        self.loaded.emit(len(ids))

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        key = self._spec.columns[column].key
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
