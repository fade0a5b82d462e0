"""The Customers list's filters and sorts, answered in memory in milliseconds.

Sorting 100,000 sheets in SQLite by any column but the indexed name took
0.4-0.6 s a click, and the filters (a visit date range, an open signal, a
strategy computed from two numbers) would each want their own index. Instead
the worker reads a few compact columns of every sheet once (db/customer_list.py,
~0.5 s), and this book filters them (a few ms: the six coded fields are one
packed integer, compared once per sheet) and sorts them (tens of ms the first
time a column is sorted, then cached). A saved sheet updates the book in place.

Positions are indexes into the book's columns, which are in name order (the
list's default); ties in any other sort stay in name order. Blanks sort last
whichever the direction.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from repdesk.db.customer_list import CODED_FIELDS, FIELD_BITS, BookColumns, LeadSourceChoice
from repdesk.domain.enums import (
    CustomerStatus,
    DifferentiationStrategy,
    ProspectGrade,
    RelationshipType,
    ValueClass,
    ValueTier,
)
from repdesk.services.collation import sort_key as collation_key


class LastVisit(StrEnum):
    """When the rep last visited (a visit record, drafts included)."""

    WITHIN_7 = "within_7"  # on one of the last 7 days or today
    WITHIN_30 = "within_30"
    NOT_30 = "not_30"  # not in the last 30 days, or never
    NOT_90 = "not_90"
    NEVER = "never"


class NextVisit(StrEnum):
    """The next planned visit, from today on."""

    WITHIN_7 = "within_7"  # today or one of the next 7 days
    WITHIN_30 = "within_30"
    NONE = "none"  # no visit planned from today on


_DAYS = {
    LastVisit.WITHIN_7: 7,
    LastVisit.WITHIN_30: 30,
    LastVisit.NOT_30: 30,
    LastVisit.NOT_90: 90,
    NextVisit.WITHIN_7: 7,
    NextVisit.WITHIN_30: 30,
}


@dataclass(frozen=True)
class CustomerFilter:
    """What the rep picked in the filter bar; None is "any"."""

    status: CustomerStatus | None = None
    relationship_type: RelationshipType | None = None
    value_tier: ValueTier | None = None
    prospect_grade: ProspectGrade | None = None
    value_class: ValueClass | None = None
    strategy: DifferentiationStrategy | None = None
    at_risk: bool | None = None
    lead_source_id: str | None = None
    last_visit: LastVisit | None = None
    next_visit: NextVisit | None = None

    @property
    def active(self) -> int:
        """How many criteria are set."""
        return sum(getattr(self, f.name) is not None for f in fields(self))

    def with_(self, **changes: Any) -> CustomerFilter:
        return replace(self, **changes)


NO_FILTER = CustomerFilter()


def minutes(moment: datetime) -> int:
    """Minutes since 1970 of a naive time, as db/customer_list.py reads stored times."""
    return int((moment - datetime(1970, 1, 1)).total_seconds()) // 60


def _day_start(day: date) -> int:
    return minutes(datetime.combine(day, time.min))


class CustomerBook:
    """Every live sheet's filterable and sortable values, in name order."""

    SORTABLE = (
        "name",
        "status",
        "prospect_grade",
        "value_tier",
        "value_class",
        "relationship_type",
        "strategy",
        "at_risk",
        "last_visit",
        "next_visit",
        "city",
        "phone",
        "lead_source",
        "updated_at",
    )

    def __init__(
        self,
        columns: BookColumns,
        lead_sources: Sequence[LeadSourceChoice],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._c = columns
        self.lead_sources = list(lead_sources)
        self._lead_order = {source.id: n for n, source in enumerate(self.lead_sources)}
        self._today = today
        self._orders: dict[tuple[str, bool], list[int]] = {}
        self._ranks: dict[tuple[str, bool], list[int]] = {}
        self._positions: dict[str, int] | None = None
        self._city_keys: dict[str, str] = {}

    @staticmethod
    def warm() -> None:
        """Load what the first sort by city needs (pinyin tables, ~0.3 s): on the worker."""
        collation_key("")

    def _add_city_keys(self, cities: Iterable[str]) -> None:
        keys = self._city_keys
        for city in set(cities) - keys.keys():
            if city:
                keys[city] = collation_key(city)

    def __len__(self) -> int:
        return len(self._c.ids)

    @property
    def ids(self) -> list[str]:
        """Every id in name order (do not change it)."""
        return self._c.ids

    # -- filtering -----------------------------------------------------------
    def select(self, wanted: CustomerFilter) -> Sequence[int]:
        """Positions of the sheets that pass, in name order (a few ms on 100,000)."""
        c = self._c
        chosen: Sequence[int] = range(len(c.ids))
        mask = want = 0
        for place, (name, _) in enumerate(CODED_FIELDS):
            value = getattr(wanted, name)
            if value is not None:
                shift = FIELD_BITS * place
                mask |= ((1 << FIELD_BITS) - 1) << shift
                want |= _code_number(name, value) << shift
        if mask:
            codes = c.codes
            chosen = [i for i in chosen if codes[i] & mask == want]
        if wanted.lead_source_id is not None:
            sources, source = c.lead_sources, wanted.lead_source_id
            chosen = [i for i in chosen if sources[i] == source]
        if wanted.at_risk is not None:
            risk, flag = c.at_risk, wanted.at_risk
            chosen = [i for i in chosen if risk[i] is flag]
        if wanted.last_visit is not None:
            chosen = self._by_last_visit(chosen, wanted.last_visit)
        if wanted.next_visit is not None:
            chosen = self._by_next_visit(chosen, wanted.next_visit)
        return chosen

    def _by_last_visit(self, chosen: Sequence[int], when: LastVisit) -> list[int]:
        last = self._c.last_visits
        if when == LastVisit.NEVER:
            return [i for i in chosen if last[i] is None]
        cut = _day_start(self._today() - timedelta(days=_DAYS[when]))
        if when in (LastVisit.WITHIN_7, LastVisit.WITHIN_30):
            return [i for i in chosen if (v := last[i]) is not None and v >= cut]
        return [i for i in chosen if (v := last[i]) is None or v < cut]

    def _by_next_visit(self, chosen: Sequence[int], when: NextVisit) -> list[int]:
        upcoming = self._c.next_visits
        today = self._today()
        start = _day_start(today)  # the book may have been read yesterday
        if when == NextVisit.NONE:
            return [i for i in chosen if (v := upcoming[i]) is None or v < start]
        end = _day_start(today + timedelta(days=_DAYS[when] + 1))
        return [i for i in chosen if (v := upcoming[i]) is not None and start <= v < end]

    def ids_of(self, positions: Iterable[int]) -> list[str]:
        ids = self._c.ids
        return [ids[i] for i in positions]

    # -- sorting -------------------------------------------------------------
    def ordered(
        self, wanted: CustomerFilter = NO_FILTER, sort: str = "name", descending: bool = False
    ) -> list[str]:
        """The ids that pass, in the asked order."""
        ids = self._c.ids
        chosen = self.select(wanted) if wanted != NO_FILTER else None
        if sort not in self.SORTABLE:
            sort = "name"
        if sort == "name" and not descending:
            return ids[:] if chosen is None else [ids[i] for i in chosen]
        order = self._order(sort, descending)
        if chosen is None:
            return [ids[i] for i in order]
        if len(chosen) < len(ids) // 64:  # a handful: sort them, not the whole book
            rank = self._rank(sort, descending)
            return [ids[i] for i in sorted(chosen, key=rank.__getitem__)]
        mask = bytearray(len(ids))
        for i in chosen:
            mask[i] = 1
        return [ids[i] for i in order if mask[i]]

    def _rank(self, sort: str, descending: bool) -> list[int]:
        """Each position's place in the order (cached like the order)."""
        rank = self._ranks.get((sort, descending))
        if rank is None:
            order = self._order(sort, descending)
            rank = [0] * len(order)
            for place, position in enumerate(order):
                rank[position] = place
            self._ranks[(sort, descending)] = rank
        return rank

    def _order(self, sort: str, descending: bool) -> list[int]:
        """Positions in this column's order (cached until the book changes)."""
        cached = self._orders.get((sort, descending))
        if cached is not None:
            return cached
        n = len(self._c.ids)
        if sort == "name":
            order = list(range(n - 1, -1, -1))
        else:
            values = self._sort_values(sort)
            known = [i for i in range(n) if values[i] is not None]
            known.sort(key=values.__getitem__, reverse=descending)  # stable: ties by name
            order = known + [i for i in range(n) if values[i] is None]
        self._orders[(sort, descending)] = order
        return order

    def _sort_values(self, sort: str) -> Sequence[Any]:
        """One comparable value per sheet for a column (None: blank, sorted last)."""
        c = self._c
        if sort in _CODED_PLACE:
            shift = FIELD_BITS * _CODED_PLACE[sort]
            low = (1 << FIELD_BITS) - 1
            return [((code >> shift) & low) or None for code in c.codes]
        if sort == "at_risk":
            return [0 if flag else None for flag in c.at_risk]  # at risk first
        if sort == "last_visit":
            return c.last_visits
        if sort == "next_visit":
            return c.next_visits
        if sort == "updated_at":
            return c.updated
        if sort == "lead_source":
            order = self._lead_order
            return [None if s is None else order.get(s) for s in c.lead_sources]
        if sort == "city":
            self._add_city_keys(c.cities)
            keys = self._city_keys
            return [keys.get(city) for city in c.cities]  # pinyin order, as names
        if sort == "phone":
            return [phone or None for phone in c.phones]
        raise KeyError(sort)

    # -- keeping it current --------------------------------------------------
    def position(self, customer_id: str) -> int | None:
        if self._positions is None:
            self._positions = {record_id: n for n, record_id in enumerate(self._c.ids)}
        return self._positions.get(customer_id)

    def update(self, changed: BookColumns, removed: Collection[str] = ()) -> None:
        """Take these sheets as they are now (new or changed), and drop ``removed`` ones."""
        c = self._c
        gone = set(removed) | set(changed.ids)
        gone_positions = sorted(p for p in map(self.position, gone) if p is not None)
        names = _COLUMN_NAMES
        if len(gone_positions) + len(changed) <= 50:
            for position in reversed(gone_positions):
                for name in names:
                    del getattr(c, name)[position]
            for n in range(len(changed)):
                key = (changed.sort_keys[n], changed.ids[n])
                at = bisect_left(range(len(c.ids)), key, key=lambda i: (c.sort_keys[i], c.ids[i]))
                for name in names:
                    getattr(c, name).insert(at, getattr(changed, name)[n])
        else:  # an import: merge once
            keep = [i for i in range(len(c.ids)) if c.ids[i] not in gone]
            merged = BookColumns()
            for name in names:
                column = getattr(c, name)
                setattr(merged, name, [column[i] for i in keep] + getattr(changed, name))
            order = sorted(
                range(len(merged.ids)), key=lambda i: (merged.sort_keys[i], merged.ids[i])
            )
            for name in names:
                column = getattr(merged, name)
                setattr(c, name, [column[i] for i in order])
        self._orders.clear()
        self._ranks.clear()
        self._positions = None


_COLUMN_NAMES = tuple(f.name for f in fields(BookColumns))
_CODED_PLACE = {name: place for place, (name, _) in enumerate(CODED_FIELDS)}


def _code_number(name: str, value: StrEnum) -> int:
    """The number db/customer_list.py packs for this member: its place in the enum, from 1."""
    enum_cls = dict(CODED_FIELDS)[name]
    return list(enum_cls).index(enum_cls(value)) + 1
