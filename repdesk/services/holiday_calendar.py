"""When a care holiday falls in a region and year: the calendar libraries, not our own tables.

The festivals fixed on the Chinese lunar calendar (Spring Festival 1/1,
Lantern 1/15, Dragon Boat 5/5, Qixi 7/7, Mid-Autumn 8/15, Double Ninth 9/9)
come from ``lunardate`` in every region: a rep in London still gives
mooncakes at Mid-Autumn. The others come from the region's calendar in the
``holidays`` library (all its categories, English names), and where the
region has no such day, from the rule most reps follow:

- Mother's Day: the region's own (GB: Mothering Sunday, three weeks before
  Easter; FR: la fête des mères, the last Sunday of May or the first of June
  when that is Pentecost), else the second Sunday of May (China, the US...).
- Father's Day: the region's own (AU: first Sunday of September; TW: 8 August;
  DE: Ascension Day), else the third Sunday of June.
- Qingming: China's calendar (a solar term, 4 or 5 April).
- National Day: the region's own (its "National Day", or the US Independence
  Day, Canada Day, Australia Day, German Unity Day), else 1 October (China).
- Teachers' Day 10 September (China), Women's Day 8 March, Christmas
  25 December, New Year 1 January, unless the region's calendar says otherwise.

A region the ``holidays`` library does not know raises UnknownRegionError
(a ValueError) naming it; nothing falls back silently here (callers may).

Importing this module imports ``holidays`` (0.1-0.6 s): only services and the
GUI's worker import it, never the start-up path. Calendars are cached per
(region, year).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays
from lunardate import LunarDate

from repdesk.domain.enums import HolidayCode
from repdesk.domain.regions import REGIONS

__all__ = ["REGIONS", "UnknownRegionError", "holiday_date", "holiday_dates", "normal_region"]

H = HolidayCode

# (lunar month, lunar day) of the festivals on the Chinese calendar.
LUNAR: dict[HolidayCode, tuple[int, int]] = {
    H.SPRING_FESTIVAL: (1, 1),
    H.LANTERN: (1, 15),
    H.DRAGON_BOAT: (5, 5),
    H.QIXI: (7, 7),
    H.MID_AUTUMN: (8, 15),
    H.DOUBLE_NINTH: (9, 9),
}

# The English names (language="en_US") the holidays library gives each holiday, any region.
_NAMES: dict[HolidayCode, tuple[str, ...]] = {
    H.NEW_YEAR: ("New Year's Day",),
    H.WOMENS_DAY: ("International Women's Day", "Women's Day"),
    H.QINGMING: ("Tomb-Sweeping Day", "Qingming Festival"),
    H.MOTHERS_DAY: ("Mother's Day", "Mothering Sunday"),
    H.FATHERS_DAY: ("Father's Day",),
    H.TEACHERS_DAY: ("Teachers' Day", "Teacher's Day"),
    H.NATIONAL_DAY: ("National Day", "National Day of the People's Republic of China"),
    H.CHRISTMAS: ("Christmas Day",),
}

# A region's national day under its own name.
_NATIONAL_DAYS = {
    "US": "Independence Day",
    "CA": "Canada Day",
    "AU": "Australia Day",
    "DE": "German Unity Day",
}

_FIXED: dict[HolidayCode, tuple[int, int]] = {
    H.NEW_YEAR: (1, 1),
    H.WOMENS_DAY: (3, 8),
    H.TEACHERS_DAY: (9, 10),
    H.NATIONAL_DAY: (10, 1),
    H.CHRISTMAS: (12, 25),
}


class UnknownRegionError(ValueError):
    """The holidays library has no calendar for this region code."""

    def __init__(self, region: str) -> None:
        super().__init__(
            f"unknown region {region!r} for holiday dates: not a country code the holidays "
            f"library knows (RepDesk offers {', '.join(REGIONS)})"
        )
        self.region = region


def normal_region(region: str) -> str:
    """The region's code as the library spells it (``cn `` -> ``CN``).

    Raises UnknownRegionError if the library has no calendar for it."""
    code = region.strip().upper()
    _options(code)
    return code


def holiday_date(code: HolidayCode, year: int, region: str) -> date | None:
    """The day ``code`` falls on in ``year`` in ``region``; None if no calendar can tell
    (a lunar year outside 1900-2099, Qingming outside China's calendar's years).

    Raises UnknownRegionError for a region the holidays library does not know."""
    return _year(normal_region(region), year)[code]


def holiday_dates(region: str, years: Iterable[int]) -> list[tuple[HolidayCode, date]]:
    """Every holiday code's date in each of ``years``, in date order (None ones left out)."""
    code = normal_region(region)
    found: list[tuple[HolidayCode, date]] = []
    for year in sorted(set(years)):
        found.extend((h, day) for h, day in _year(code, year).items() if day is not None)
    found.sort(key=lambda pair: (pair[1], list(HolidayCode).index(pair[0])))
    return found


# --- the calendars, cached --------------------------------------------------------


@lru_cache(maxsize=64)
def _options(region: str) -> tuple[tuple[str, ...], str | None]:
    """All the region's categories, and English names when the library has them."""
    try:
        probe = holidays.country_holidays(region)
    except NotImplementedError:
        raise UnknownRegionError(region) from None
    language = "en_US" if "en_US" in probe.supported_languages else None
    return tuple(probe.supported_categories), language


@lru_cache(maxsize=256)
def _calendar(region: str, year: int) -> holidays.HolidayBase:
    categories, language = _options(region)
    return holidays.country_holidays(region, years=year, categories=categories, language=language)


def _named(region: str, year: int, *names: str) -> date | None:
    """The first day of the first of ``names`` the region's calendar has in ``year``."""
    table = _calendar(region, year)
    for name in names:
        days = table.get_named(name, lookup="exact", split_multiple_names=True)
        if days:
            return min(days)
    return None


@lru_cache(maxsize=256)
def _year(region: str, year: int) -> dict[HolidayCode, date | None]:
    return {code: _resolve(code, year, region) for code in HolidayCode}


def _resolve(code: HolidayCode, year: int, region: str) -> date | None:
    if code in LUNAR:
        month, day = LUNAR[code]
        try:
            solar: date = LunarDate(year, month, day).to_solar_date()
        except ValueError:  # lunardate knows 1900-2099
            return None
        return solar
    own = _own_rule(code, year, region)
    if own is not None:
        return own
    names = _NAMES.get(code, ())
    if code is H.NATIONAL_DAY and region in _NATIONAL_DAYS:
        names = (_NATIONAL_DAYS[region], *names)
    found = _named(region, year, *names)
    if found is not None:
        return found
    # The region has no such day: the rule most reps follow.
    if code is H.MOTHERS_DAY:  # the second Sunday of May (China, the US, ...)
        return _named("US", year, "Mother's Day")
    if code is H.FATHERS_DAY:  # the third Sunday of June
        return _named("US", year, "Father's Day")
    if code is H.QINGMING:
        return _named("CN", year, "Tomb-Sweeping Day")
    month, day = _FIXED[code]
    return date(year, month, day)


def _own_rule(code: HolidayCode, year: int, region: str) -> date | None:
    """Regions that keep a day on their own date, which the holidays library does not list."""
    if code is H.MOTHERS_DAY:
        if region == "GB":  # Mothering Sunday: the fourth Sunday of Lent
            good_friday = _named("GB", year, "Good Friday")
            return good_friday + timedelta(days=2 - 21) if good_friday else None
        if region == "FR":  # la fête des mères: last Sunday of May, unless that is Pentecost
            pentecost_monday = _named("FR", year, "Pentecost Monday")
            last = _nth_sunday(year, 5, -1)
            if pentecost_monday is not None and last == pentecost_monday - timedelta(days=1):
                return _nth_sunday(year, 6, 1)
            return last
    if code is H.FATHERS_DAY:
        if region == "AU":
            return _nth_sunday(year, 9, 1)
        if region == "TW":  # 爸爸节, 8/8 (bā bā)
            return date(year, 8, 8)
        if region == "DE":  # Vatertag is Ascension Day
            return _named("DE", year, "Ascension Day")
    return None


def _nth_sunday(year: int, month: int, n: int) -> date:
    """The n-th Sunday of the month (n = -1: the last)."""
    sundays = [
        week[calendar.SUNDAY]
        for week in calendar.monthcalendar(year, month)
        if week[calendar.SUNDAY] != 0
    ]
    return date(year, month, sundays[n - 1 if n > 0 else n])
