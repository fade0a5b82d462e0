"""Calendar helpers with no library behind them."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def yearly_date(year: int, month: int, day: int) -> date:
    """A yearly occasion's date in ``year``; 29 February falls on the 28th in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return date(year, month, day)


def next_yearly(month: int, day: int, start: date) -> date:
    """The first date on or after ``start`` that a yearly (month, day) occasion falls on."""
    candidate = yearly_date(start.year, month, day)
    if candidate < start:
        candidate = yearly_date(start.year + 1, month, day)
    return candidate


def days_ahead(start: date, days: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(days)]
