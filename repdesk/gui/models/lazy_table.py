"""A table model over a Listing: ids in memory, rows fetched a page at a time.

The ids come from a search run on the worker (one model reset); ``data()``
loads the page around a missing row into a bounded cache; ``mark_stale()``
drops the cache without resetting, so a change repaints only what is shown.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Row = Mapping[str, Any]
AnyIndex = QModelIndex | QPersistentModelIndex
MoreIds = Callable[[], tuple[list[str], bool]]  # the next ids, and whether more remain


class RowSource(Protocol):
    @property
    def keys(self) -> tuple[str, ...]: ...

    def rows(self, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]: ...


@dataclass(frozen=True)
class ColumnView:
    """How one column shows: its list key (for sorting), header, text and starting width."""

    key: str
    header: Callable[[], str]
    text: Callable[[Row], str]
    align_right: bool = False
    width: int = 120


class LazyTableModel(QAbstractTableModel):
    PAGE = 60  # rows fetched at once: a screenful and a bit, ~3 ms on 100,000 sheets
    CACHE_ROWS = 4000

    def __init__(self, columns: Sequence[ColumnView], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._source: RowSource | None = None
        self._ids: list[str] = []
        self._more: MoreIds | None = None
        self._fetching = False
        # The display texts of each row, by id: data() is called for every cell and role
        # on every paint, so the formatting happens once, when the row is fetched.
        self._cache: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    # -- feeding -------------------------------------------------------------
    def set_source(self, source: RowSource | None) -> None:
        self.beginResetModel()
        self._source = source
        self._ids = []
        self._more = None
        self._cache.clear()
        self.endResetModel()

    def set_ids(self, ids: list[str], more: MoreIds | None = None) -> None:
        """Show these ids (one reset); ``more`` fetches further ones when the view needs them.

        The row cache survives: the same rows shown again (the next keystroke of a
        search, another sort) need no fetch. ``mark_stale()`` is for changed data.
        """
        self.beginResetModel()
        self._ids = ids
        self._more = more
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        # A view may call fetchMore again from inside endInsertRows(), before the other
        # listeners have seen this insert: nested inserts would corrupt their count.
        # Refusing is safe: the view asks again when it still needs rows.
        if parent.isValid() or self._more is None or self._fetching:
            return
        self._fetching = True
        try:
            ids, more = self._more()
            if not more:
                self._more = None
            if ids:
                first = len(self._ids)
                self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
                self._ids.extend(ids)
                self.endInsertRows()
        finally:
            self._fetching = False

    def mark_stale(self) -> None:
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
            )

    @property
    def columns(self) -> tuple[ColumnView, ...]:
        return self._columns

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header()
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self._texts(index.row())
            return "" if texts is None else texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- the cache -----------------------------------------------------------
    def _texts(self, row: int) -> tuple[str, ...] | None:
        row_id = self._ids[row]
        cached = self._cache.get(row_id)
        if cached is not None:
            self._cache.move_to_end(row_id)
            return cached
        if self._source is None:
            return None
        start = max(0, row - self.PAGE // 4)
        page = [i for i in self._ids[start : start + self.PAGE] if i not in self._cache]
        keys = self._source.keys
        columns = self._columns
        for page_id, values in self._source.rows(page).items():
            values_by_key = dict(zip(keys, values, strict=True))
            self._cache[page_id] = tuple(column.text(values_by_key) for column in columns)
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(row_id)
