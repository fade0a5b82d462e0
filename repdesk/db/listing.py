"""Big lists the Anki way: a query returns ids only, rows are loaded on demand.

A Listing names its columns by key; the GUI maps keys to translated headers
and never sees SQL. ``ids()`` is the one possibly slow call (run it off the
GUI thread); ``rows()`` fetches one page by primary key and is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Engine, FromClause, Select, func, select
from sqlalchemy.orm import QueryableAttribute

ColumnLike = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class ListColumn:
    key: str
    value: ColumnLike
    sort: ColumnLike | None = None  # what ORDER BY uses; defaults to value
    sortable: bool = True


class Listing:
    """One area's list: columns over a FROM clause, filtered to live rows."""

    def __init__(
        self,
        engine: Engine,
        *,
        id_column: ColumnLike,
        source: FromClause,
        columns: Sequence[ListColumn],
        where: Sequence[ColumnElement[bool]] = (),
        default_sort: str,
        default_descending: bool = False,
    ) -> None:
        self._engine = engine
        self._id = id_column
        self._source = source
        self.columns = tuple(columns)
        self._where = tuple(where)
        self.default_sort = default_sort
        self.default_descending = default_descending
        self._by_key = {c.key: c for c in self.columns}
        if default_sort not in self._by_key:
            raise ValueError(f"unknown default sort column {default_sort!r}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    def _base(self, *what: ColumnLike) -> Select[Any]:
        return select(*what).select_from(self._source).where(*self._where)

    def ids(self, sort: str | None = None, descending: bool | None = None) -> list[str]:
        """Every live row's id in the asked order (ties broken by id, so it is stable)."""
        column = self._by_key[sort or self.default_sort]
        if not column.sortable:
            column = self._by_key[self.default_sort]
        desc = self.default_descending if descending is None else descending
        order = column.sort if column.sort is not None else column.value
        ordering = order.desc() if desc else order.asc()
        tiebreak = self._id.desc() if desc else self._id.asc()
        query = self._base(self._id).order_by(ordering, tiebreak)
        return [row[0] for row in self._raw(query)]

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(self._base(func.count(self._id))).scalar_one())

    def rows(self, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        """The displayed values of these rows, by id.

        Looked up by primary key only: adding the list's filters here lets SQLite
        pick the (deleted_at, ...) index and scan the whole table (200 ms, not 2).
        A row deleted since the search shows until the next search.
        """
        if not ids:
            return {}
        query = (
            select(self._id, *(c.value for c in self.columns))
            .select_from(self._source)
            .where(self._id.in_(list(ids)))
        )
        return {row[0]: tuple(row[1:]) for row in self._raw(query)}

    def _raw(self, query: Select[Any]) -> list[tuple[Any, ...]]:
        """Run the SQL Core built straight on the driver, skipping SQLAlchemy's per-value
        processing: values come back as SQLite stores them (codes, ISO date text). On
        100,000 ids, or a page fetched between two keystrokes, that is most of the cost."""
        with self._engine.connect() as connection:
            compiled = query.compile(connection, compile_kwargs={"render_postcompile": True})
            params = tuple(compiled.params[name] for name in compiled.positiontup or ())
            return list(connection.exec_driver_sql(str(compiled), params))
