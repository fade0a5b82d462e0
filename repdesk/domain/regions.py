"""The regions a rep may pick for holiday dates (Settings.region).

Kept apart from services/holiday_calendar.py, which imports the calendar
library (0.1-0.6 s): the settings dialog needs the list, not the calendar.
Each is a country code the ``holidays`` library knows (tests check it).
"""

from __future__ import annotations

DEFAULT_REGION = "CN"

# Greater China first (the method's home), then where Chinese-speaking reps often work,
# then the large markets whose holidays differ (Mother's Day in March in GB...).
REGIONS: tuple[str, ...] = (
    "CN",
    "HK",
    "MO",
    "TW",
    "SG",
    "MY",
    "US",
    "GB",
    "AU",
    "CA",
    "DE",
    "FR",
)
