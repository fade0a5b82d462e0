"""The six areas of the product, in the order a rep meets them."""

from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    TODAY = "today"
    CUSTOMERS = "customers"
    DIARY = "diary"
    VISITS = "visits"
    OBJECTIONS = "objections"
    REPORTS = "reports"
