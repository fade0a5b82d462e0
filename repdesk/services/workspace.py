"""The facade the GUI and the CLI use: one object per open database.

Every method is plain Python and may be slow: the GUI calls them through its
background worker (gui/tasks.py), never on the GUI thread, except
``Listing.rows()`` which fetches one small page by primary key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from repdesk.db import listings
from repdesk.db.listing import Listing
from repdesk.db.models import Customer
from repdesk.db.search_source import searchable_customers
from repdesk.db.store import Store, open_store
from repdesk.db.today import load_today
from repdesk.domain.areas import Area
from repdesk.domain.today import TodayView
from repdesk.services.customers import CustomerService
from repdesk.services.search import SearchIndex


class Workspace:
    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def _listings(self) -> dict[Area, Listing]:
        engine = self.store.engine
        return {
            Area.CUSTOMERS: listings.customers(engine),
            Area.DIARY: listings.diary(engine),
            Area.VISITS: listings.visits(engine),
            Area.OBJECTIONS: listings.objections(engine),
        }

    @cached_property
    def customers(self) -> CustomerService:
        """Customer sheets: load, save, create many (imports), signals."""
        return CustomerService(self.store)

    def listing(self, area: Area) -> Listing:
        return self._listings[area]

    def today(self, day: date | None = None) -> TodayView:
        with self.store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return load_today(raw, day or date.today())

    def search_index(self) -> SearchIndex:
        """Build the customer search index from the store (seconds at 100,000: the worker's job)."""
        with self.store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return SearchIndex(searchable_customers(raw))

    def is_empty(self) -> bool:
        with self.store.engine.connect() as connection:
            return connection.execute(select(Customer.id).limit(1)).first() is None

    def fill_demo(
        self,
        customers: int,
        seed: int = 1,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, int]:
        from repdesk.services.demo import fill_demo

        counts = fill_demo(self.store, customers, seed, progress=progress, cancelled=cancelled)
        self.store.analyze()
        return dict(counts.rows)

    def close(self) -> None:
        self.store.close()


def open_workspace(path: Path) -> tuple[Workspace, bool]:
    """Open (create, migrate) the database at ``path``; also says whether it is empty.

    Raises repdesk.db.errors.StoreError with what is wrong and what to do.
    """
    workspace = Workspace(open_store(path))
    return workspace, workspace.is_empty()
