"""Big lists the Anki way: a query returns ids only, rows are loaded on demand.

A Listing names its columns by key; the GUI maps keys to translated headers
and never sees SQL. ``ids()`` is the one possibly slow call (run it off the
GUI thread); ``rows()`` fetches one page by primary key and is cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Engine, FromClause, Select, bindparam, func, select
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler

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
        params: Callable[[], Mapping[str, Any]] | None = None,
    ) -> None:
        self._engine = engine
        self._params = params  # values of bound parameters, asked for each time a query runs
        self._id = id_column
        self._source = source
        self.columns = tuple(columns)
        self._where = tuple(where)
        self.default_sort = default_sort
        self.default_descending = default_descending
        self._by_key = {c.key: c for c in self.columns}
        self._compiled: dict[tuple[Any, ...], SQLCompiler] = {}
        if default_sort not in self._by_key:
            raise ValueError(f"unknown default sort column {default_sort!r}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    def _base(self, *what: ColumnLike) -> Select[Any]:
        return select(*what).select_from(self._source).where(*self._where)

    def ids(
        self, sort: str | None = None, descending: bool | None = None, limit: int | None = None
    ) -> list[str]:
        """Every live row's id in the asked order (ties broken by id, so it is stable);
        ``limit``: only the first ones (a screenful in a few ms, by index)."""
        column = self._by_key[sort or self.default_sort]
        if not column.sortable:
            column = self._by_key[self.default_sort]
        desc = self.default_descending if descending is None else descending

        def build() -> Select[Any]:
            order = column.sort if column.sort is not None else column.value
            ordering = order.desc() if desc else order.asc()
            tiebreak = self._id.desc() if desc else self._id.asc()
            query = self._base(self._id).order_by(ordering, tiebreak)
            return query if limit is None else query.limit(bindparam(_LIMIT))

        key = ("ids", column.key, desc, limit is not None)
        values = None if limit is None else {_LIMIT: limit}
        return [row[0] for row in self._run(key, build, values)]

    def count(self) -> int:
        return int(self._run(("count",), lambda: self._base(func.count(self._id)))[0][0])

    def rows(self, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        """The displayed values of these rows, by id.

        Looked up by primary key only: adding the list's filters here lets SQLite
        pick the (deleted_at, ...) index and scan the whole table (200 ms, not 2).
        A row deleted since the search shows until the next search.
        """
        if not ids:
            return {}

        def build() -> Select[Any]:
            return (
                select(self._id, *(c.value for c in self.columns))
                .select_from(self._source)
                .where(self._id.in_(bindparam(_IDS, expanding=True)))
            )

        return {row[0]: tuple(row[1:]) for row in self._run(("rows",), build, {_IDS: list(ids)})}

    def _run(
        self,
        key: tuple[Any, ...],
        build: Callable[[], Select[Any]],
        values: Mapping[str, Any] | None = None,
    ) -> list[tuple[Any, ...]]:
        """Run a query built with Core straight on the driver, skipping SQLAlchemy's
        per-value processing: values come back as SQLite stores them (codes, ISO date
        text). On 100,000 ids, or a page fetched between two keystrokes, that is most of
        the cost. Each query is compiled once (compiling the Customers page's query
        costs more than running it)."""
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = build().compile(dialect=self._engine.dialect)
            assert isinstance(compiled, SQLCompiler)
            self._compiled[key] = compiled
        params = dict(self._params()) if self._params is not None else {}
        if values:
            params.update(values)
        state = compiled.construct_expanded_state(params or None)
        with self._engine.connect() as connection:
            cursor = connection.connection.cursor()  # the driver's own: plain tuples
            try:
                cursor.execute(state.statement, state.positional_parameters)
                return list(cursor.fetchall())
            finally:
                cursor.close()


_IDS = "listing_ids"
_LIMIT = "listing_limit"
