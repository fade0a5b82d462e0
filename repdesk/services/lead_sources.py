"""客户线索的探询: the lead sources a rep picks from, editable.

The seed's sources are loaded with a code by the baseline migration; a rep may
rename, reorder, remove them and add their own. Removing is a soft delete:
diary rows and sheets that name a removed source keep showing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from repdesk.db.base import utcnow
from repdesk.db.models import LeadSource
from repdesk.db.store import Store


@dataclass(frozen=True)
class LeadSourceEntry:
    id: str | None  # None: a new source
    label: str
    code: str | None = None  # the seed's code, for the translated label


class LeadSourceError(ValueError):
    """``reason`` is "empty" or "duplicate"; ``label`` the offending text."""

    def __init__(self, reason: str, label: str) -> None:
        super().__init__(f"{reason}: {label!r}")
        self.reason = reason
        self.label = label


class LeadSourceService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(self) -> list[LeadSourceEntry]:
        with self.store.reading() as session:
            rows = session.scalars(
                select(LeadSource)
                .where(LeadSource.deleted_at.is_(None))
                .order_by(LeadSource.position, LeadSource.label)
            )
            return [LeadSourceEntry(r.id, r.label, r.code.value if r.code else None) for r in rows]

    def save(self, entries: Sequence[LeadSourceEntry]) -> None:
        """The list as the rep left it, in order: renamed, added, and the missing removed.

        Raises LeadSourceError (nothing written) for an empty or repeated label.
        """
        seen: set[str] = set()
        for entry in entries:
            key = entry.label.strip().casefold()
            if not key:
                raise LeadSourceError("empty", entry.label)
            if key in seen:
                raise LeadSourceError("duplicate", entry.label.strip())
            seen.add(key)
        with self.store.session() as session:
            live = {
                r.id: r
                for r in session.scalars(select(LeadSource).where(LeadSource.deleted_at.is_(None)))
            }
            kept = {e.id for e in entries if e.id is not None}
            for source_id, row in live.items():
                if source_id not in kept:
                    row.deleted_at = utcnow()
            for position, entry in enumerate(entries):
                found = live.get(entry.id) if entry.id else None
                if found is None:
                    row = LeadSource(label=entry.label.strip())
                    session.add(row)
                else:
                    row = found
                row.label = entry.label.strip()
                row.position = position
