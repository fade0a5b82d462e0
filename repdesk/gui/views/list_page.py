"""One area's list: a count, a sortable table over a lazy model, or a plain empty state.

The Customers list adds a search box and a filter bar. Its first rows come
from SQLite (ids in name order, by index); then the worker reads the book
(services/customer_book.py: every sheet's filterable values, ~0.5 s) and the
search index (seconds), and from then on every sort, filter and keystroke is
answered in memory on the GUI thread, in milliseconds.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repdesk.gui import style
from repdesk.gui.format import fmt_int
from repdesk.gui.models.lazy_table import ColumnView, LazyTableDelegate, LazyTableModel
from repdesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from repdesk.db.customer_list import BookColumns
    from repdesk.db.listing import Listing
    from repdesk.db.listings import CustomerListing
    from repdesk.gui.views.customer_filters import CustomerFilterBar
    from repdesk.services.customer_book import CustomerBook, CustomerFilter
    from repdesk.services.search import SearchIndex, Subset

SearchLoader = Callable[[], "SearchIndex"]
T = TypeVar("T")


@dataclass(frozen=True)
class ListSpec:
    columns: Sequence[ColumnView]
    title: Callable[[], str]
    count_text: Callable[[int], str]
    empty_text: Callable[[], str]
    no_database_text: Callable[[], str]
    loading_text: Callable[[], str]
    # A list that can be searched says what the box searches, and how matches are counted.
    search_placeholder: Callable[[], str] | None = None
    matches_text: Callable[[int, bool], str] | None = None  # (count, more beyond it)
    no_match_text: Callable[[str], str] | None = None
    # The Customers list: a filter bar over the in-memory book (needs a CustomerListing).
    customer_filters: bool = False


class ListPage(QWidget):
    """Shows a Listing. ``loaded`` carries the row count after each search;
    ``activated`` the id of a row double-clicked or entered."""

    loaded = Signal(int)
    activated = Signal(str)

    def __init__(self, spec: ListSpec, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._runner = runner
        self._listing: Listing | None = None
        self._sort: tuple[str | None, bool | None] = (None, None)
        self._generation = 0
        self._wanted: str | None = None  # a record to make current once listed
        self._loading = False
        self.has_loaded = False
        self._search_loader: SearchLoader | None = None
        self._index: SearchIndex | None = None
        self._index_loading = False
        self._epoch = 0  # which database (or data change) a book or index being built belongs to
        self._book: CustomerBook | None = None
        self._book_loading = False
        self._filter: CustomerFilter | None = None  # None: no filter bar
        self._subset: Subset | None = None  # the filter, as the index sees it
        self.search_page = 1000  # matches per page; more come as the rep scrolls

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setVisible(spec.search_placeholder is not None)
        if spec.search_placeholder is not None:
            self.search_box.setPlaceholderText(spec.search_placeholder())
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._enter_table)
        self.heading = QLabel(spec.title())
        style.heading(self.heading)
        self.count_label = QLabel()
        style.muted(self.count_label)

        self.filter_bar: CustomerFilterBar | None = None
        if spec.customer_filters:
            from repdesk.gui.views.customer_filters import CustomerFilterBar
            from repdesk.services.customer_book import NO_FILTER

            self._filter = NO_FILTER
            self.filter_bar = CustomerFilterBar()
            self.filter_bar.changed.connect(self._on_filter)

        self.model = LazyTableModel(spec.columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(LazyTableDelegate(self.model, self.table))
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
        self.table.activated.connect(self._on_activated)

        self.message = QLabel()
        style.muted(style.larger(self.message))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        if spec.search_placeholder is not None:
            top.addWidget(self.search_box, 1)
            top.addWidget(self.count_label)
        else:
            top.addWidget(self.count_label)
            top.addStretch(1)
        layout.addLayout(top)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self._fix_count_size()
        self._show_message(spec.no_database_text())

    def _fix_count_size(self) -> None:
        """A fixed size: a new count (every keystroke) then needs no layout pass."""
        big = 10_000_000
        samples = [self._spec.count_text(big), self._spec.loading_text()]
        if self._spec.matches_text is not None:
            samples += [self._spec.matches_text(big, True), self._spec.matches_text(big, False)]
        if self._filter is not None:
            samples.append(_filtered_text(big, big))
        metrics = self.count_label.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in samples) + 8
        self.count_label.setFixedSize(width, metrics.height() + 4)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if self._spec.search_placeholder is not None:
            self.count_label.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    # -- data ----------------------------------------------------------------
    def attach(self, listing: Listing | None, search: SearchLoader | None = None) -> None:
        self._listing = listing
        self._search_loader = search
        self._index = None
        self._index_loading = False
        self._book = None
        self._book_loading = False
        self._subset = None
        self._epoch += 1
        if self.filter_bar is not None:
            from repdesk.services.customer_book import NO_FILTER

            self._filter = NO_FILTER
            self.filter_bar.set_filter(NO_FILTER)
            self.filter_bar.set_lead_sources([])
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
        self._prepare_book()
        self._prepare_search()

    def refresh(self) -> None:
        """The data changed: search again, and rebuild the book and the search index."""
        self._index = None
        self._index_loading = False
        self._book = None
        self._book_loading = False
        self._subset = None
        self._epoch += 1
        if self.isVisible():
            self.reload()
            self._prepare_book()
            self._prepare_search()
        else:
            self.has_loaded = False

    def refresh_records(self, ids: Iterable[str]) -> None:
        """These records changed (saved, created, deleted): show them as they are now.

        On the Customers list the book and the search index take the changes (no
        rebuild) and the list keeps its place; other lists search again.
        """
        wanted = list(dict.fromkeys(ids))
        listing = self._listing
        if not wanted or listing is None:
            return
        self.model.forget(wanted)
        if not self._in_memory():
            if self.has_loaded or self._loading:
                self.reload(keep_place=True)
            return
        customers: CustomerListing = listing  # type: ignore[assignment]
        epoch = self._epoch

        def read() -> tuple[BookColumns, list[tuple[str, str, str]]]:
            return customers.book(wanted), customers.search_records(wanted)

        self._runner.run(read, lambda result: self._on_records(epoch, wanted, *result))

    def _on_records(
        self,
        epoch: int,
        wanted: list[str],
        changed: BookColumns,
        records: list[tuple[str, str, str]],
    ) -> None:
        if epoch != self._epoch:
            return  # another database, or a full refresh since
        live = set(changed.ids)
        removed = [i for i in wanted if i not in live]
        if self._book is not None:
            self._book.update(changed, removed)
        if self._index is not None:
            for record_id, text, key in records:
                self._index.update(record_id, text, key)
            for record_id in removed:
                self._index.remove(record_id)
        self._subset = None
        self.model.forget(wanted)
        if self.has_loaded or self._loading:
            self.reload(keep_place=True)

    def _in_memory(self) -> bool:
        return self._filter is not None

    # -- the book (Customers) --------------------------------------------------
    def _prepare_book(self) -> None:
        listing = self._listing
        if not self._in_memory() or listing is None or self._book is not None:
            return
        if self._book_loading:
            return
        self._book_loading = True
        epoch = self._epoch
        customers: CustomerListing = listing  # type: ignore[assignment]

        def load() -> CustomerBook:
            from repdesk.services.customer_book import CustomerBook

            return CustomerBook(customers.book(), customers.lead_sources(), customers.today)

        self._runner.run(load, lambda book: self._on_book(epoch, book))
        from repdesk.services.customer_book import CustomerBook

        # Next on the worker, before the search index: what sorting by city needs.
        self._runner.run(CustomerBook.warm)

    def _on_book(self, epoch: int, book: CustomerBook) -> None:
        if epoch != self._epoch:
            return
        self._book, self._book_loading = book, False
        self._subset = None
        if self.filter_bar is not None:
            self.filter_bar.set_lead_sources(book.lead_sources)
        listing = self._listing
        default = listing is not None and self._sort == (
            listing.default_sort,
            listing.default_descending,
        )
        filtered = self._filter is not None and self._filter.active > 0
        if self.searching:
            if filtered and self._index is not None:
                self._search(self.search_box.text())
        elif self._loading or filtered or not default or not self.has_loaded:
            self.reload(keep_place=self.has_loaded)

    def _on_filter(self, wanted: CustomerFilter) -> None:
        self._filter = wanted
        self._subset = None
        self.reload()

    # -- searching -----------------------------------------------------------
    @property
    def searching(self) -> bool:
        return bool(self.search_box.text().strip())

    def _prepare_search(self) -> None:
        loader = self._search_loader
        if loader is None or self._index is not None or self._index_loading:
            return
        self._index_loading = True
        epoch = self._epoch
        self._runner.run(lambda: _settled(loader()), lambda index: self._on_index(epoch, index))

    def _on_index(self, epoch: int, index: SearchIndex) -> None:
        if epoch != self._epoch:
            return  # built for a database or data that have since changed
        self._index, self._index_loading = index, False
        self._subset = None
        if self.searching:
            self._search(self.search_box.text())

    def _on_search_text(self, text: str) -> None:
        if not text.strip():
            self._set_sorting(True)
            self.reload()
        elif self._index is None or (self._filtered() and self._book is None):
            self._prepare_book()
            self._prepare_search()
            self.count_label.setText(self._spec.loading_text())
        else:
            self._search(text)

    def shown_ids(self) -> list[str] | None:
        """Every id the list shows as searched, filtered and sorted, including matches not
        yet scrolled to; None until the list has loaded (then ask the listing)."""
        if not self.has_loaded or self._loading:
            return None
        if self.searching and self._index is not None:
            text, within = self.search_box.text(), self._within()
            found: list[str] = []
            page = self._index.search(text, limit=10_000, within=within)
            found.extend(page.ids)
            while page.more:
                page = self._index.search(text, limit=10_000, after=page.last, within=within)
                found.extend(page.ids)
            return found
        return list(self.model.ids)

    def _filtered(self) -> bool:
        return self._filter is not None and self._filter.active > 0

    def _within(self) -> Subset | None:
        """The filter as the search index's subset (made once per filter or change)."""
        if not self._filtered():
            return None
        if self._subset is None:
            book, index, wanted = self._book, self._index, self._filter
            assert book is not None
            assert index is not None
            assert wanted is not None
            chosen = book.select(wanted)
            if index.in_order_of(book.ids):  # the usual case: 10x faster
                self._subset = index.subset_in_order(chosen)
            else:
                self._subset = index.subset(book.ids_of(chosen))
        return self._subset

    def _search(self, text: str) -> None:
        """Runs on the GUI thread: a page of matches takes ~8 ms at p95 on 100,000 sheets."""
        index, matches, no_match = self._index, self._spec.matches_text, self._spec.no_match_text
        assert index is not None
        assert matches is not None
        assert no_match is not None
        self._generation += 1  # a listing search still running must not overwrite this
        self._loading = False
        within = self._within()
        first = index.search(text, limit=self.search_page, within=within)
        last = first.last
        count = len(first.ids)

        def more() -> tuple[list[str], bool]:
            nonlocal last, count
            page = index.search(text, limit=self.search_page, after=last, within=within)
            last = page.last
            count += len(page.ids)
            self.count_label.setText(matches(count, page.more))
            return page.ids, page.more

        self._set_sorting(False)
        self.model.set_ids(first.ids, more if first.more else None)
        self.count_label.setText(matches(count, first.more))
        if first.ids:
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_message(no_match(text.strip()))
        self.has_loaded = True
        self.loaded.emit(count)

    def _set_sorting(self, enabled: bool) -> None:
        """Matches come in name order; columns sort again once the search is cleared."""
        header = self.table.horizontalHeader()
        if header.sectionsClickable() != enabled:
            header.setSectionsClickable(enabled)
            header.setSortIndicatorShown(enabled)

    def reload(self, keep_place: bool = False) -> None:
        """Show the list again: from the book at once, else from a query on the worker
        (the table resets once when the ids arrive). ``keep_place``: the same row stays
        current and in view if it is still listed."""
        listing = self._listing
        if listing is None:
            return
        if self.searching:
            if self._index is not None and (self._book is not None or not self._filtered()):
                self._search(self.search_box.text())
            return
        if self._book is not None:
            self._show_book(keep_place)
            return
        sort, descending = self._sort
        default = (sort, descending) == (listing.default_sort, listing.default_descending)
        if not self.has_loaded or self._filtered():
            self.count_label.setText(self._spec.loading_text())
        if self._in_memory() and (self._filtered() or not default):
            # Filters and other orders come from the book (the one meaning of each sort,
            # e.g. cities in pinyin order): it is next on the worker, and shows on arrival.
            self._generation += 1
            self._prepare_book()
            return
        self._loading = True
        self._generation += 1
        generation = self._generation
        first_load = not self.has_loaded
        if first_load:
            # A first screenful by itself first (a few ms by index): it shows while the
            # worker reads every id (100-250 ms on 100,000).
            first = self.model.PAGE
            self._runner.run(
                lambda: listing.ids(sort, descending, limit=first),
                lambda ids: self._on_first_ids(generation, ids),
            )
        self._runner.run(
            lambda: listing.ids(sort, descending),
            lambda ids: self._on_ids(generation, ids, keep_place or first_load),
        )

    def _show_book(self, keep_place: bool) -> None:
        book, wanted = self._book, self._filter
        assert book is not None
        assert wanted is not None
        self._generation += 1
        self._loading = False
        sort, descending = self._sort
        ids = book.ordered(wanted, sort or "name", bool(descending))
        if wanted.active:
            text = _filtered_text(len(ids), len(book))
        else:
            text = self._spec.count_text(len(ids))
        self._show_ids(ids, text, keep_place)

    def _on_first_ids(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation or not ids:
            return  # superseded; or nothing to show, which the whole list will say
        self.model.set_ids(ids)
        self.stack.setCurrentWidget(self.table)  # the rest arrives next, keeping the place

    def _on_ids(self, generation: int, ids: list[str], keep_place: bool = False) -> None:
        if generation != self._generation:
            return  # a newer search (or another database) superseded this one
        self._loading = False
        self._show_ids(ids, self._spec.count_text(len(ids)), keep_place)

    def _show_ids(self, ids: list[str], count_text: str, keep_place: bool) -> None:
        current = self.current_id() if keep_place else None
        scroll = self.table.verticalScrollBar().value()
        if keep_place and ids == self.model.ids:
            self.model.refresh_shown()
        else:
            self.model.set_ids(ids)
            if current is not None:
                row = self.model.row_of(current)
                if row is not None:
                    self.table.selectRow(row)
                    self.table.verticalScrollBar().setValue(scroll)
                    self.table.scrollTo(self.model.index(row, 0))
        self.has_loaded = True
        self.count_label.setText(count_text)
        if ids:
            self.stack.setCurrentWidget(self.table)
        elif self._filtered():
            self._show_message(
                QCoreApplication.translate("ListPage", "No customer matches the filters.")
            )
        else:
            self._show_message(self._spec.empty_text())
        self._select_wanted()
        self.loaded.emit(len(ids))

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        key = self._spec.columns[column].key
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # -- rows ------------------------------------------------------------------
    def select_id(self, row_id: str) -> None:
        """Make this record current, now if it is listed, else when the list has loaded."""
        self._wanted = row_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        row = self.model.row_of(self._wanted) if self._wanted is not None else None
        if row is None:
            return
        self._wanted = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row()) if index.isValid() else None
        if record_id is not None:
            self.activated.emit(record_id)

    def _enter_table(self) -> None:
        """Enter in the search box: on to the matches, the first one current."""
        if self.model.rowCount() and self.stack.currentWidget() is self.table:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()


def _settled(result: T) -> T:
    """After building the search index on the worker: a full garbage collection there and
    then. Python's collector walks every container it tracks when its oldest generation is
    due (~140 ms once the index and the pinyin tables are loaded); left to chance, that
    falls on one of the first keystrokes after the load."""
    gc.collect()
    return result


def _filtered_text(count: int, total: int) -> str:
    return QCoreApplication.translate(
        "ListPage", "Matching the filters: %n of %1", None, count
    ).replace("%1", fmt_int(total))
