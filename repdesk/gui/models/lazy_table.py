"""A table model over a Listing: ids in memory, rows fetched a page at a time.

The ids come from a search run on the worker (one model reset); ``data()``
loads the page around a missing row into a bounded cache; ``mark_stale()``
drops the cache without resetting, so a change repaints only what is shown.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Row = Mapping[str, Any]
_WARNING = QBrush(QColor("#c5221f"))
# Plain ints: comparing PySide's enum members costs microseconds a time, per cell.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_USER = Qt.ItemDataRole.UserRole.value
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
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
    warning: bool = False  # any text it shows is a warning (red)


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
        self.refresh_shown()

    def forget(self, ids: Iterable[str]) -> None:
        """These rows changed: fetch them again when next shown (no signal: see refresh_shown)."""
        for row_id in ids:
            self._cache.pop(row_id, None)

    def refresh_shown(self) -> None:
        """Repaint every row from the cache, fetching what ``forget`` dropped."""
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
            )

    @property
    def ids(self) -> list[str]:
        """The ids shown, in order (do not change it)."""
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: str) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    @property
    def columns(self) -> tuple[ColumnView, ...]:
        return self._columns

    # -- Qt model API --------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's own asks rowCount() and columnCount() each time: two calls into Python a cell."""
        if 0 <= row < len(self._ids) and 0 <= column < len(self._columns) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

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

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._ids):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            texts = self._texts(row)
            return "" if texts is None else texts[index.column()]
        if role == _ALIGNMENT and self._columns[index.column()].align_right:
            return _RIGHT
        if role == _FOREGROUND and self._columns[index.column()].warning:
            return _WARNING
        if role == _USER:
            return self._ids[row]
        return None

    def multiData(
        self,
        index: AnyIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        """What a view asks of a cell to paint it (seven roles), in one call, not seven:
        each call from C++ into Python costs more than what it answers."""
        row = index.row()
        if not index.isValid() or row >= len(self._ids):
            return
        column = self._columns[index.column()]
        span: Iterable[QModelRoleData] = roleDataSpan  # type: ignore[assignment]  # iterable
        for role_data in span:
            role = role_data.role()
            if role == _DISPLAY:
                texts = self._texts(row)
                role_data.setData("" if texts is None else texts[index.column()])
            elif role == _ALIGNMENT and column.align_right:
                role_data.setData(_RIGHT)
            elif role == _FOREGROUND and column.warning:
                role_data.setData(_WARNING)
            elif role in (_TOOLTIP, _USER):
                role_data.setData(self.data(index, role))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def text_at(self, row: int, column: int) -> str:
        """What a cell shows (the delegate's way in, with no QVariant on the way)."""
        if not 0 <= row < len(self._ids):
            return ""
        texts = self._texts(row)
        return "" if texts is None else texts[column]

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


class LazyTableDelegate(QStyledItemDelegate):
    """Paints a LazyTableModel's cells with one call into Python each.

    Qt's delegate asks the model for seven roles a cell (font, alignment, colours,
    check state, icon, text, background); through Python that is most of a
    keystroke's repaint. This fills the style option straight from the model's
    text cache; everything else keeps the view's defaults.
    """

    def __init__(self, model: LazyTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        column = index.column()
        text = self._model.text_at(index.row(), column)
        if not text:
            return
        option.text = text
        option.features = option.features | _HAS_DISPLAY
        view = self._model.columns[column]
        if view.align_right:
            option.displayAlignment = _RIGHT_ALIGNED
        if view.warning:
            palette = QPalette(option.palette)
            palette.setBrush(QPalette.ColorRole.Text, _WARNING)
            option.palette = palette
