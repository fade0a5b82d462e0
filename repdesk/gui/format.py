"""How values read on screen: one format for dates in both languages (ISO, unambiguous)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

if TYPE_CHECKING:  # annotations only: datetime costs ~3 ms before the first paint
    from datetime import date, datetime


def fmt_date(value: date | str | None) -> str:
    """A date, or the ISO text SQLite stores it as (lists read the driver's raw values)."""
    if not value:
        return ""
    return value[:10] if isinstance(value, str) else value.strftime("%Y-%m-%d")


def fmt_datetime(value: datetime | str | None) -> str:
    if not value:
        return ""
    return value[:16] if isinstance(value, str) else value.strftime("%Y-%m-%d %H:%M")


def fmt_time(value: datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


def fmt_int(value: Any) -> str:
    return QLocale().toString(int(value)) if value is not None else ""
