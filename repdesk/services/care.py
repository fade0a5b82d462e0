"""Care occasions on a person (关怀): read, save, remove; and the holiday dates table.

Written straight to the file, one call at a time (the GUI runs them on its
worker): an occasion is not part of the sheet's unsaved form. Every save checks
the occasion first (domain.care) and raises InvalidOccasionError with the
problems, so nothing invalid reaches the file. The holiday calendar (a slow
import) loads only when a call needs a holiday's date.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from sqlalchemy import select

from repdesk.db.base import new_id, utcnow
from repdesk.db.models import CareOccasion, HolidayDate, Person
from repdesk.db.store import Store
from repdesk.domain.care import CareOccasionFacts, check_occasion, next_date, normalised
from repdesk.domain.enums import HolidayCode, OccasionKind
from repdesk.domain.regions import DEFAULT_REGION
from repdesk.domain.validation import Problem

log = logging.getLogger(__name__)

_FIELDS = ("kind", "label", "holiday_code", "month", "day", "on_date", "recurring", "gesture")


class InvalidOccasionError(ValueError):
    """The occasion was not written: these are the reasons."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s): " + ", ".join(p.field for p in problems))
        self.problems = list(problems)


class CareNotFoundError(LookupError):
    """No such occasion (or person), or it was deleted."""


def _facts(row: CareOccasion) -> CareOccasionFacts:
    return CareOccasionFacts(
        id=row.id,
        person_id=row.person_id,
        kind=row.kind,
        label=row.label,
        holiday_code=row.holiday_code,
        month=row.month,
        day=row.day,
        on_date=row.on_date,
        recurring=row.recurring,
        gesture=row.gesture,
    )


class CareService:
    """One open store's care occasions. Plain calls: the GUI runs them on its worker."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    # --- reading ---------------------------------------------------------------

    def for_person(self, person_id: str) -> list[CareOccasionFacts]:
        """The person's occasions, oldest first."""
        with self.store.reading() as session:
            rows = session.scalars(
                select(CareOccasion)
                .where(CareOccasion.person_id == person_id, CareOccasion.deleted_at.is_(None))
                .order_by(CareOccasion.created_at, CareOccasion.id)
            ).all()
            return [_facts(row) for row in rows]

    def upcoming(
        self, person_id: str, region: str, today: date | None = None
    ) -> list[tuple[CareOccasionFacts, date | None]]:
        """The person's occasions with the next day each falls on (holidays in ``region``),
        soonest first; None (a one-off that has passed) last.

        A region the calendar does not know falls back to China's (logged). The
        calendar library loads only if the person has a holiday occasion."""
        day = today or self._today()
        lookup = _holiday_lookup(region)
        dated = [(o, next_date(o, day, lookup)) for o in self.for_person(person_id)]
        dated.sort(key=lambda pair: (pair[1] is None, pair[1] or date.max, pair[0].label))
        return dated

    def next_holiday(
        self, code: HolidayCode, region: str, today: date | None = None
    ) -> date | None:
        """When a holiday falls next (today included) in ``region`` (China's if unknown)."""
        day = today or self._today()
        occasion = CareOccasionFacts(person_id="", kind=OccasionKind.HOLIDAY, holiday_code=code)
        return next_date(occasion, day, _holiday_lookup(region))

    # --- writing ---------------------------------------------------------------

    def save(self, occasion: CareOccasionFacts) -> CareOccasionFacts:
        """Insert (``id`` None) or update one occasion; returns it as stored.

        Raises InvalidOccasionError (nothing written) if it is not valid, or
        CareNotFoundError if its person or the occasion itself is gone."""
        occasion = normalised(occasion)
        problems = check_occasion(occasion)
        if problems:
            raise InvalidOccasionError(problems)
        with self.store.session() as session:
            person = session.get(Person, occasion.person_id)
            if person is None or person.deleted_at is not None:
                raise CareNotFoundError(occasion.person_id)
            if occasion.id is None:
                row = CareOccasion(id=new_id(), person_id=occasion.person_id)
                session.add(row)
            else:
                found = session.get(CareOccasion, occasion.id)
                if found is None or found.deleted_at is not None:
                    raise CareNotFoundError(occasion.id)
                row = found
                row.person_id = occasion.person_id
            for name in _FIELDS:
                setattr(row, name, getattr(occasion, name))
            session.flush()
            return _facts(row)

    def delete(self, occasion_id: str) -> None:
        """Soft delete: the occasion leaves the lists and reminders; ``restore`` brings it back."""
        with self.store.session() as session:
            row = session.get(CareOccasion, occasion_id)
            if row is None:
                raise CareNotFoundError(occasion_id)
            row.deleted_at = utcnow()

    def restore(self, occasion_id: str) -> None:
        with self.store.session() as session:
            row = session.get(CareOccasion, occasion_id)
            if row is None:
                raise CareNotFoundError(occasion_id)
            row.deleted_at = None

    def ensure_holiday_dates(self, region: str, years: Iterable[int]) -> int:
        """Fill the holiday_dates table for ``region`` and ``years`` where a holiday's date
        is missing (the Today query reads it with plain SQL). Idempotent, one transaction.
        Returns how many rows were added. When nothing is missing (every start after the
        first), the calendar library is not even imported.

        Raises holiday_calendar.UnknownRegionError (a ValueError) for an unknown region."""
        code = region.strip().upper()
        wanted = sorted(set(years))
        if not wanted:
            return 0
        with self.store.session() as session:
            stored = session.execute(
                select(HolidayDate.code, HolidayDate.on_date).where(
                    HolidayDate.region == code,
                    HolidayDate.on_date >= date(wanted[0], 1, 1),
                    HolidayDate.on_date <= date(wanted[-1], 12, 31),
                )
            ).all()
            have = {(row.code, row.on_date.year) for row in stored}
            if all((holiday, year) in have for holiday in HolidayCode for year in wanted):
                return 0
            from repdesk.services import holiday_calendar

            code = holiday_calendar.normal_region(code)
            rows = [
                HolidayDate(region=code, code=holiday, on_date=on)
                for holiday, on in holiday_calendar.holiday_dates(code, wanted)
                if (holiday, on.year) not in have
            ]
            session.add_all(rows)
        return len(rows)


def _holiday_lookup(region: str) -> Callable[[HolidayCode, int], date | None]:
    """``holiday_date`` in ``region`` (China's if the calendar does not know it), importing
    the calendar library on the first call only."""
    resolved: list[str] = []

    def lookup(holiday: HolidayCode, year: int) -> date | None:
        from repdesk.services import holiday_calendar

        if not resolved:
            try:
                resolved.append(holiday_calendar.normal_region(region))
            except holiday_calendar.UnknownRegionError as error:
                log.warning("%s; using %s", error, DEFAULT_REGION)
                resolved.append(DEFAULT_REGION)
        return holiday_calendar.holiday_date(holiday, year, resolved[0])

    return lookup
