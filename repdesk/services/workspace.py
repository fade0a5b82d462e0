"""The facade the GUI and the CLI use: one object per open database.

Every method is plain Python and may be slow: the GUI calls them through its
background worker (gui/tasks.py), never on the GUI thread, except
``Listing.rows()`` which fetches one small page by primary key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import cached_property
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from repdesk.db import listings
from repdesk.db.connection import Passphrase, raw
from repdesk.db.listing import Listing
from repdesk.db.models import Customer
from repdesk.db.search_source import searchable_customers
from repdesk.db.store import Store, open_store
from repdesk.db.today import load_today
from repdesk.domain.areas import Area
from repdesk.domain.playbook import PlaybookError
from repdesk.domain.regions import DEFAULT_REGION
from repdesk.domain.today import TodayView
from repdesk.services.backups import DEFAULT_KEEP, MANUAL, Backup, daily_backup, rotate
from repdesk.services.backups import back_up as make_backup
from repdesk.services.backups import backups as list_backups
from repdesk.services.care import CareService
from repdesk.services.charts import ChartService
from repdesk.services.customers import CustomerService
from repdesk.services.diary import DiaryService
from repdesk.services.lead_sources import LeadSourceService
from repdesk.services.playbook import PlaybookService
from repdesk.services.search import SearchIndex
from repdesk.services.trash import TrashService
from repdesk.services.visits import VisitService
from repdesk.services.weekly import WeeklyService

log = logging.getLogger(__name__)


class Workspace:
    def __init__(self, store: Store, region: str = DEFAULT_REGION) -> None:
        self.store = store
        # The rep's region for holiday dates (a setting; the window keeps it current).
        self.region = region

    @cached_property
    def _listings(self) -> dict[Area, Listing]:
        engine = self.store.engine
        return {
            Area.CUSTOMERS: listings.customers(engine),
            Area.VISITS: listings.visits(engine),
        }

    @cached_property
    def customers(self) -> CustomerService:
        """Customer sheets: load, save, create many (imports), signals."""
        return CustomerService(self.store)

    @cached_property
    def care(self) -> CareService:
        """Care occasions on people (birthdays, holidays, dates of the rep's own)."""
        return CareService(self.store)

    @cached_property
    def diary(self) -> DiaryService:
        """The prospect diary: rows with their visit plans and follow-ups."""
        return DiaryService(self.store, self.customers)

    @cached_property
    def visits(self) -> VisitService:
        """Visit plans, their checklists, records, drafts and reports."""
        return VisitService(self.store, self.customers)

    @cached_property
    def playbook(self) -> PlaybookService:
        """The objection playbook: entries, the opener and tips, files, what works."""
        return PlaybookService(self.store)

    @cached_property
    def trash(self) -> TrashService:
        """What the rep deleted: listed, restored, emptied for good (File > Trash…)."""
        return TrashService(
            self.store, customers=self.customers, diary=self.diary, playbook=self.playbook
        )

    @cached_property
    def lead_sources(self) -> LeadSourceService:
        """客户线索的探询: the editable list of lead sources."""
        return LeadSourceService(self.store)

    @cached_property
    def charts(self) -> ChartService:
        """The numbers of every chart of the Reports page and the weekly summary."""
        return ChartService(self.store)

    @cached_property
    def weekly(self) -> WeeklyService:
        """The manager's weekly summary: one ISO week's numbers."""
        return WeeklyService(self.store)

    def listing(self, area: Area) -> Listing:
        return self._listings[area]

    def today(
        self, day: date | None = None, *, region: str | None = None, untouched_days: int = 30
    ) -> TodayView:
        """The Today page; first makes sure the region's holiday dates are known."""
        day = day or date.today()
        region = region or self.region
        try:
            self.care.ensure_holiday_dates(region, (day.year, day.year + 1))
        except (ValueError, OSError) as error:  # an unknown region: no holiday reminders
            log.warning("no holiday dates for region %s: %s", region, error)
        began = datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)
        with self.store.engine.connect() as connection:
            return load_today(
                raw(connection),
                day,
                region=region,
                untouched_days=untouched_days,
                day_began_utc=began,
            )

    def search_index(self) -> SearchIndex:
        """Build the customer search index from the store (seconds at 100,000: the worker's job)."""
        with self.store.engine.connect() as connection:
            return SearchIndex(searchable_customers(raw(connection)))

    # --- backups (services/backups.py) ----------------------------------------------

    def backups(self) -> list[Backup]:
        """This database's backups, newest first."""
        return list_backups(self.store.path, self.store.backup_dir)

    def back_up(self, keep: int = DEFAULT_KEEP) -> Backup:
        """A backup now (File > Backups…), then the old ones rotated."""
        made = make_backup(self.store.path, self.store.backup_dir, MANUAL, self.store.passphrase)
        rotate(self.store.path, self.store.backup_dir, keep)
        return made

    def daily_backup(self, keep: int = DEFAULT_KEEP, today: date | None = None) -> Backup | None:
        """The first start of each day makes a backup (an empty book has nothing to keep)."""
        if self.is_empty():
            return None
        return daily_backup(
            self.store.path, self.store.backup_dir, today, keep, self.store.passphrase
        )

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


def open_workspace(path: Path, passphrase: Passphrase | None = None) -> tuple[Workspace, bool]:
    """Open (check, create, migrate) the database at ``path``; also says whether it is empty.

    Raises repdesk.db.errors.StoreError with what is wrong and what to do (a damaged
    file, an encrypted one without its passphrase or with a wrong one...).
    """
    workspace = Workspace(open_store(path, passphrase=passphrase))
    try:
        workspace.playbook.ensure_default()  # the first start of a database only
    except (OSError, PlaybookError, SQLAlchemyError) as error:
        # The customer book opens all the same; the Objections area offers the default.
        log.warning("the default playbook was not loaded: %s", error)
    return workspace, workspace.is_empty()
