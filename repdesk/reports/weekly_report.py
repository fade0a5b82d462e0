"""The weekly summary's PDF put together: the tables, and the charts drawn as pictures.

``weekly_pdf(summary, labels, chart_numbers, chart_labels)`` is what the Reports
page previews and exports and what ``repdesk report weekly`` writes beside the
workbook. Any thread; no display.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from repdesk.domain.charts import ChartKind, ChartNumbers
from repdesk.domain.weekly import WEEKLY_CHARTS, WeeklySummary
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.weekly_labels import WeeklyLabels
from repdesk.reports.weekly_tables import Table, weekly_tables

CHART_DPI = 150  # sharp on paper at the PDF's 18 cm width, small enough to mail


def weekly_pdf(
    summary: WeeklySummary,
    labels: WeeklyLabels,
    chart_numbers: Mapping[ChartKind, ChartNumbers],
    chart_labels: ChartLabels,
    *,
    rep_name: str = "",
    team: str = "",
    printed_on: date | None = None,
    tables: Sequence[Table] | None = None,
) -> bytes:
    """The week's PDF: cover, the charts of ``chart_numbers`` (in WEEKLY_CHARTS order,
    those given), then the tables (``tables`` when the caller made them already)."""
    from repdesk.reports.charts import CHART_SIZES, chart_png
    from repdesk.reports.weekly_pdf import ChartPicture, weekly_pdf_bytes

    pictures = [
        ChartPicture(
            kind.value,
            chart_png(kind, chart_numbers[kind], chart_labels, dpi=CHART_DPI),
            CHART_SIZES[kind],
        )
        for kind in WEEKLY_CHARTS
        if kind in chart_numbers
    ]
    if tables is None:
        tables = weekly_tables(summary, labels, rep_name=rep_name, team=team)
    return weekly_pdf_bytes(
        summary,
        tables,
        labels,
        pictures,
        rep_name=rep_name,
        team=team,
        printed_on=printed_on,
    )
