"""Care occasions (关怀): the days a rep remembers a person, and what to do then.

The seed's diary carries them as notes: "Mother's Day: send her flowers"
(母亲节送她一束鲜花), "National Day: mooncake vouchers" (国庆节活动送月饼券).
Here each is a record of its own on a person: a birthday (month and day), a
holiday (a HolidayCode; its date comes from the region's calendar every
year), or a date of the rep's own (yearly, or once).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from repdesk.domain.dates import next_yearly
from repdesk.domain.enums import HolidayCode, OccasionKind
from repdesk.domain.validation import EARLIEST_BIRTHDAY, Problem, ProblemCode

LABEL_MAX = 200  # the column's length


@dataclass(frozen=True, kw_only=True)
class CareOccasionFacts:
    """One occasion as the rep enters it; ``id`` is None until stored.

    Which date fields count depends on the kind: a birthday and a yearly
    occasion of the rep's own use ``month``/``day``; a one-off uses ``on_date``;
    a holiday uses ``holiday_code`` (``normalised`` clears the others).
    """

    id: str | None = None
    person_id: str
    kind: OccasionKind
    label: str = ""
    holiday_code: HolidayCode | None = None
    month: int | None = None
    day: int | None = None
    on_date: date | None = None
    recurring: bool = True
    gesture: str = ""  # 心意: e.g. 送她一束鲜花


def normalised(o: CareOccasionFacts) -> CareOccasionFacts:
    """Texts stripped, and only the date fields the kind uses kept."""
    o = replace(o, label=o.label.strip(), gesture=o.gesture.strip())
    if o.kind is OccasionKind.HOLIDAY:
        return replace(o, month=None, day=None, on_date=None, recurring=True)
    if o.kind is OccasionKind.BIRTHDAY:
        return replace(o, holiday_code=None, on_date=None, recurring=True)
    if o.recurring:
        return replace(o, holiday_code=None, on_date=None)
    return replace(o, holiday_code=None, month=None, day=None)


def check_occasion(o: CareOccasionFacts) -> list[Problem]:
    """What stops the occasion being saved; ``field`` names a CareOccasionFacts attribute.

    A holiday needs its code; a birthday, or a yearly occasion of the rep's own,
    a real month and day (29 February allowed: it falls on the 28th in common
    years); a one-off its date. An occasion of the rep's own needs a name. The
    gesture may be empty."""
    problems: list[Problem] = []
    if not o.person_id:
        problems.append(Problem("person_id", ProblemCode.REQUIRED))
    if len(o.label.strip()) > LABEL_MAX:
        problems.append(Problem("label", ProblemCode.TOO_LARGE, value=o.label))
    if o.kind is OccasionKind.HOLIDAY:
        if o.holiday_code is None:
            problems.append(Problem("holiday_code", ProblemCode.REQUIRED))
        return problems
    if o.kind is OccasionKind.CUSTOM and not o.label.strip():
        problems.append(Problem("label", ProblemCode.REQUIRED))
    if o.kind is OccasionKind.CUSTOM and not o.recurring:
        if o.on_date is None:
            problems.append(Problem("on_date", ProblemCode.REQUIRED))
        elif o.on_date < EARLIEST_BIRTHDAY:
            problems.append(Problem("on_date", ProblemCode.TOO_OLD, value=o.on_date.isoformat()))
        return problems
    problems.extend(_month_day_problems(o.month, o.day))
    return problems


def _month_day_problems(month: int | None, day: int | None) -> list[Problem]:
    problems: list[Problem] = []
    if month is None:
        problems.append(Problem("month", ProblemCode.REQUIRED))
    elif not 1 <= month <= 12:
        problems.append(Problem("month", ProblemCode.NOT_A_DATE, value=str(month)))
    if day is None:
        problems.append(Problem("day", ProblemCode.REQUIRED))
    elif month is not None and 1 <= month <= 12 and not is_month_day(month, day):
        problems.append(Problem("day", ProblemCode.NOT_A_DATE, value=f"{month}-{day}"))
    return problems


def is_month_day(month: int, day: int) -> bool:
    """A day some year has (29 February is: a leap year's)."""
    try:
        date(2000, month, day)  # a leap year
    except ValueError:
        return False
    return True


HolidayLookup = Callable[[HolidayCode, int], date | None]


def next_date(o: CareOccasionFacts, today: date, holiday: HolidayLookup) -> date | None:
    """The next day (today included) the occasion falls on; None for a one-off that
    has passed, or a holiday no calendar knows. ``holiday(code, year)`` gives a
    holiday's date in the rep's region (services/holiday_calendar.py)."""
    if o.kind is OccasionKind.HOLIDAY:
        if o.holiday_code is None:
            return None
        for year in (today.year, today.year + 1):
            found = holiday(o.holiday_code, year)
            if found is not None and found >= today:
                return found
        return None
    if o.kind is OccasionKind.CUSTOM and not o.recurring:
        return o.on_date if o.on_date is not None and o.on_date >= today else None
    if o.month is None or o.day is None or not is_month_day(o.month, o.day):
        return None
    return next_yearly(o.month, o.day, today)
