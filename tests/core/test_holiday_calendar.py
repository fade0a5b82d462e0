"""Holiday dates from the calendar libraries: lunar festivals, each region's own days."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from repdesk.domain.enums import HolidayCode as H
from repdesk.domain.regions import DEFAULT_REGION
from repdesk.services.holiday_calendar import (
    REGIONS,
    UnknownRegionError,
    holiday_date,
    holiday_dates,
    normal_region,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("code", "year", "expected"),
    [
        # The acceptance check.
        (H.MID_AUTUMN, 2026, date(2026, 9, 25)),
        (H.MID_AUTUMN, 2027, date(2027, 9, 15)),
        (H.SPRING_FESTIVAL, 2026, date(2026, 2, 17)),
        (H.SPRING_FESTIVAL, 2027, date(2027, 2, 6)),
        (H.DRAGON_BOAT, 2026, date(2026, 6, 19)),
        (H.DRAGON_BOAT, 2027, date(2027, 6, 9)),
        (H.LANTERN, 2026, date(2026, 3, 3)),
        (H.QIXI, 2026, date(2026, 8, 19)),
        (H.DOUBLE_NINTH, 2026, date(2026, 10, 18)),
    ],
)
def test_lunar_festivals(code: H, year: int, expected: date) -> None:
    assert holiday_date(code, year, "CN") == expected


@pytest.mark.parametrize("region", ["CN", "US", "GB", "DE"])
def test_lunar_festivals_are_the_same_everywhere(region: str) -> None:
    assert holiday_date(H.MID_AUTUMN, 2026, region) == date(2026, 9, 25)


def test_lunar_festivals_agree_with_the_holidays_library() -> None:
    """Mid-Autumn, Dragon Boat and Spring Festival are public holidays in China."""
    china = holidays.country_holidays("CN", years=range(2026, 2031), language="en_US")
    for year in range(2026, 2031):
        assert holiday_date(H.MID_AUTUMN, year, "CN") in china.get_named(
            "Mid-Autumn Festival", lookup="exact"
        )
        assert holiday_date(H.DRAGON_BOAT, year, "CN") in china.get_named(
            "Dragon Boat Festival", lookup="exact"
        )


@pytest.mark.parametrize(
    ("region", "year", "expected"),
    [
        ("CN", 2026, date(2026, 5, 10)),  # the second Sunday of May
        ("US", 2026, date(2026, 5, 10)),
        ("CN", 2027, date(2027, 5, 9)),
        ("GB", 2026, date(2026, 3, 15)),  # Mothering Sunday: three weeks before Easter
        ("GB", 2027, date(2027, 3, 7)),
        ("FR", 2026, date(2026, 5, 31)),  # the last Sunday of May...
        ("FR", 2023, date(2023, 6, 4)),  # ...unless that is Pentecost
    ],
)
def test_mothers_day_by_region(region: str, year: int, expected: date) -> None:
    assert holiday_date(H.MOTHERS_DAY, year, region) == expected


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("CN", date(2026, 6, 21)),
        ("US", date(2026, 6, 21)),
        ("AU", date(2026, 9, 6)),
        ("TW", date(2026, 8, 8)),
        ("DE", date(2026, 5, 14)),  # Vatertag: Ascension Day
    ],
)
def test_fathers_day_by_region(region: str, expected: date) -> None:
    assert holiday_date(H.FATHERS_DAY, 2026, region) == expected


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("CN", date(2026, 10, 1)),
        ("HK", date(2026, 10, 1)),
        ("MO", date(2026, 10, 1)),
        ("TW", date(2026, 10, 10)),
        ("SG", date(2026, 8, 9)),
        ("US", date(2026, 7, 4)),
        ("FR", date(2026, 7, 14)),
        ("GB", date(2026, 10, 1)),  # no national day of its own: China's
    ],
)
def test_national_day_by_region(region: str, expected: date) -> None:
    assert holiday_date(H.NATIONAL_DAY, 2026, region) == expected


def test_fixed_days_and_their_fallbacks() -> None:
    for region in REGIONS:
        assert holiday_date(H.CHRISTMAS, 2026, region) == date(2026, 12, 25)
        assert holiday_date(H.NEW_YEAR, 2026, region) == date(2026, 1, 1)
        assert holiday_date(H.WOMENS_DAY, 2026, region) == date(2026, 3, 8)
    assert holiday_date(H.QINGMING, 2026, "CN") == date(2026, 4, 5)
    assert holiday_date(H.QINGMING, 2026, "US") == date(2026, 4, 5)  # China's calendar
    assert holiday_date(H.QINGMING, 2027, "GB") == date(2027, 4, 5)
    assert holiday_date(H.TEACHERS_DAY, 2026, "CN") == date(2026, 9, 10)
    assert holiday_date(H.TEACHERS_DAY, 2026, "TW") == date(2026, 9, 28)  # Confucius' birthday


def test_every_code_resolves_in_every_region() -> None:
    for region in REGIONS:
        for year in range(2026, 2031):
            for code in H:
                found = holiday_date(code, year, region)
                assert found is not None, (region, year, code)
                assert found.year == year, (region, year, code, found)


def test_every_region_is_a_holidays_country() -> None:
    supported = holidays.list_supported_countries()
    assert set(REGIONS) <= set(supported)
    assert DEFAULT_REGION in REGIONS
    assert len(set(REGIONS)) == len(REGIONS)
    assert {"CN", "HK", "MO", "TW", "SG", "MY", "US", "GB", "AU", "CA", "DE", "FR"} <= set(REGIONS)


def test_holiday_dates_lists_every_code_in_date_order() -> None:
    dates = holiday_dates("CN", [2027, 2026, 2026])
    assert len(dates) == 2 * len(H)
    assert [d for _, d in dates] == sorted(d for _, d in dates)
    assert (H.MID_AUTUMN, date(2026, 9, 25)) in dates
    assert (H.MID_AUTUMN, date(2027, 9, 15)) in dates
    assert holiday_dates("CN", []) == []


def test_an_unknown_region_is_a_clear_value_error() -> None:
    """Unknown regions raise (no silent fallback here; the care service falls back to CN)."""
    with pytest.raises(UnknownRegionError, match="unknown region 'XX'") as caught:
        holiday_date(H.CHRISTMAS, 2026, "XX")
    assert isinstance(caught.value, ValueError)
    assert "CN" in str(caught.value)
    with pytest.raises(ValueError, match="unknown region"):
        holiday_dates("Narnia", [2026])


def test_region_codes_are_read_leniently() -> None:
    assert normal_region(" gb ") == "GB"
    assert holiday_date(H.MOTHERS_DAY, 2026, "gb") == date(2026, 3, 15)


def test_years_beyond_the_lunar_calendar_give_none() -> None:
    assert holiday_date(H.MID_AUTUMN, 2100, "CN") is None
    assert holiday_date(H.CHRISTMAS, 2100, "CN") == date(2100, 12, 25)


def test_the_calendar_is_not_imported_by_the_domain_or_workspace() -> None:
    """Importing the workspace (and with it the care service) leaves holidays unloaded."""
    probe = (
        "import sys\n"
        "import repdesk.services.workspace, repdesk.domain.regions, repdesk.domain.care\n"
        "print(sorted(m for m in ('holidays', 'lunardate') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
