"""The weekly summary as a PDF for the manager: a cover with the key numbers, the
charts, then every table.

A4 portrait. The cover is the Summary table (repdesk/reports/weekly_tables.py)
laid out as tiles; the charts are the PNGs the chart module draws
(repdesk/reports/charts.py ``chart_png``), two to a page; the tables follow with
their headings, numbers right-aligned, totals in bold, and the table's own
message when it has no rows. Every page ends with the print date and "page n of
N". Chinese is set in the embedded CJK font, searchable and copyable.

This module imports reportlab when it is imported: import it where the PDF is made.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from repdesk.domain.weekly import WeeklySummary
from repdesk.reports.fonts import pdf_font
from repdesk.reports.labels import fill
from repdesk.reports.pdf_parts import (
    HEADER_FILL,
    INK,
    LABEL_FILL,
    MUTED,
    RULE,
    SECTION_INK,
    Footer,
    RunOnTable,
    chinese_line_breaking,
    markup,
    numbered_canvas,
    paragraph,
    plain_text,
)
from repdesk.reports.weekly_labels import WeeklyLabels
from repdesk.reports.weekly_tables import Ratio, Value, cell_text
from repdesk.reports.weekly_tables import Table as WeeklyTable

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside their edges
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING
ZEBRA = colors.HexColor("#f6f8fa")
TILE_COLUMNS = 3
SHORT_COLUMN = 26 * mm  # a column this narrow keeps its natural width (never wraps)
LONG_CELL = 90 * mm  # a longer text wraps: it asks for no more than this
SPLIT_AT_LEAST = 26  # points: no sliver of a row at the foot or head of a page


@dataclass(frozen=True)
class ChartPicture:
    """One chart for the PDF: its PNG, drawn at ``size`` inches (the title names it in
    the document's outline and in tests; the picture carries its own heading)."""

    title: str
    png: bytes
    size: tuple[float, float]


def weekly_pdf_bytes(
    summary: WeeklySummary,
    tables: Sequence[WeeklyTable],
    labels: WeeklyLabels,
    charts: Sequence[ChartPicture] = (),
    *,
    rep_name: str = "",
    team: str = "",
    printed_on: date | None = None,
) -> bytes:
    """The week's PDF: ``tables`` from weekly_tables (the Summary first), ``charts`` in
    the order given. Raises fonts.NoCjkFontError if the machine has no Chinese font."""
    font = pdf_font()
    chinese_line_breaking()
    week = summary.week
    week_text = labels.week_text(str(week), week.monday, week.sunday)
    author = plain_text(rep_name)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=" · ".join(part for part in (labels.title, author, str(week)) if part),
        author=author or "RepDesk",
        subject=fill(labels.file_title, str(week)),
        creator="RepDesk",
    )
    footer = Footer(
        font,
        A4,
        MARGIN_X + FRAME_PADDING,
        fill(labels.printed_on, (printed_on or date.today()).isoformat()),
        labels.page_of,
        " · ".join(part for part in (rep_name.strip(), team.strip(), str(week)) if part),
        labels.title,
    )
    builder = _Builder(labels, font)
    story = builder.cover(tables[0], week_text)
    if charts:
        story += [PageBreak(), builder.section(labels.charts_title)]
        story += [builder.chart(picture) for picture in charts]
    story += [PageBreak(), builder.section(labels.tables_title)]
    for table in tables[1:]:
        story += builder.table(table)
    document.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _numeric(value: Value) -> bool:
    return isinstance(value, (int, float, Ratio)) and not isinstance(value, bool)


class _Builder:
    def __init__(self, labels: WeeklyLabels, font: str) -> None:
        self.labels = labels
        self.font = font
        base = ParagraphStyle(
            "cell", fontName=font, fontSize=8.8, leading=11.6, textColor=INK, wordWrap="CJK"
        )
        self.cell = base
        self.number = ParagraphStyle("number", parent=base, alignment=TA_RIGHT)
        self.total = ParagraphStyle("total", parent=base, textColor=SECTION_INK)
        self.total_number = ParagraphStyle("total_number", parent=self.total, alignment=TA_RIGHT)
        self.head = ParagraphStyle(
            "head", parent=base, fontSize=8.4, leading=10.8, textColor=colors.white
        )
        self.head_number = ParagraphStyle("head_number", parent=self.head, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=20, leading=26, alignment=TA_CENTER, spaceAfter=4
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=11, leading=15, alignment=TA_CENTER, textColor=MUTED
        )
        self.section_style = ParagraphStyle(
            "section", parent=base, fontSize=13, leading=17, textColor=SECTION_INK, spaceAfter=6
        )
        self.heading = ParagraphStyle(
            "heading", parent=base, fontSize=10.6, leading=14, textColor=SECTION_INK
        )
        self.tile_value = ParagraphStyle(
            "tile_value", parent=base, fontSize=16, leading=20, alignment=TA_CENTER
        )
        self.tile_label = ParagraphStyle(
            "tile_label", parent=base, fontSize=8, leading=10.4, alignment=TA_CENTER,
            textColor=MUTED,
        )  # fmt: skip
        self.empty = ParagraphStyle("empty", parent=base, textColor=MUTED, spaceBefore=2)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return paragraph(markup(text), style or self.cell)

    def section(self, text: str) -> Paragraph:
        return self.p(text, self.section_style)

    # -- the cover -----------------------------------------------------------------------

    def cover(self, summary: WeeklyTable, week_text: str) -> list[Flowable]:
        """The title, who and when, then every key number as a tile (value over label)."""
        story: list[Flowable] = [
            Spacer(1, 18 * mm),
            self.p(self.labels.title, self.title),
            self.p(week_text, self.subtitle),
        ]
        heads: list[str] = []
        tiles: list[tuple[str, str, str]] = []
        labels = self.labels
        in_subtitle = {labels.week, labels.first_day, labels.last_day}
        for item, value, guide, *_rest in (*summary.rows, *summary.totals):
            if item in in_subtitle:
                continue
            if isinstance(value, (str, date)) and not _numeric(value):
                heads.append(fill(labels.item_value, str(item), cell_text(value)))
                continue
            note = fill(self.labels.guide_note, cell_text(guide)) if guide is not None else ""
            tiles.append((str(item), cell_text(value), note))
        if heads:
            story.append(self.p(" · ".join(heads), self.subtitle))
        story.append(Spacer(1, 10 * mm))
        story.append(self.tiles(tiles))
        return story

    def tiles(self, tiles: list[tuple[str, str, str]]) -> Table:
        width = FRAME_WIDTH / TILE_COLUMNS
        rows: list[list[Any]] = []
        for start in range(0, len(tiles), TILE_COLUMNS):
            row: list[Any] = []
            for label, value, note in tiles[start : start + TILE_COLUMNS]:
                parts = [self.p(value, self.tile_value), self.p(label, self.tile_label)]
                if note:
                    parts.append(self.p(note, self.tile_label))
                row.append(parts)
            row += [""] * (TILE_COLUMNS - len(row))
            rows.append(row)
        style = TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LABEL_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
        return Table(rows, colWidths=[width] * TILE_COLUMNS, style=style)

    # -- the charts ----------------------------------------------------------------------

    def chart(self, picture: ChartPicture) -> Flowable:
        """The chart's picture across the page (it carries its own title and key)."""
        inches_wide, inches_high = picture.size
        width = FRAME_WIDTH
        image = Image(
            io.BytesIO(picture.png), width=width, height=width * inches_high / inches_wide
        )
        return KeepTogether([image, Spacer(1, 10)])

    # -- the tables ----------------------------------------------------------------------

    def table(self, table: WeeklyTable) -> list[Flowable]:
        heading = [CondPageBreak(40 * mm), self.p(table.title, self.heading), Spacer(1, 3)]
        if not table.rows and not table.totals:
            return [*heading, self.p(table.empty or self.labels.no_rows, self.empty), Spacer(1, 8)]
        numeric = [
            any(_numeric(row[i]) for row in (*table.rows, *table.totals) if i < len(row))
            for i in range(len(table.columns))
        ]
        rows: list[list[Any]] = [
            [
                self.p(column.header, self.head_number if numeric[i] else self.head)
                for i, column in enumerate(table.columns)
            ]
        ]
        for row in table.rows:
            rows.append(self.cells(row, numeric, bold=False))
        for row in table.totals:
            rows.append(self.cells(row, numeric, bold=True))
        widths = self.widths(table)
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, len(table.rows)), [colors.white, ZEBRA]),
            # Close the table at a page break, between rows or inside one.
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.4, RULE),
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.4, RULE),
        ]
        if table.totals:
            first = len(table.rows) + 1
            style.append(("BACKGROUND", (0, first), (-1, -1), LABEL_FILL))
            style.append(("LINEABOVE", (0, first), (-1, first), 0.9, INK))
        return [
            *heading,
            # A row taller than a page (a long next step, a pasted note) splits inside.
            RunOnTable(
                rows,
                colWidths=widths,
                repeatRows=1,
                style=TableStyle(style),
                splitByRow=1,
                splitInRow=SPLIT_AT_LEAST,
            ),
            Spacer(1, 9),
        ]

    def widths(self, table: WeeklyTable) -> list[float]:
        """Column widths on the page: short columns (dates, times, numbers) as wide as their
        longest cell, so they never wrap; the rest of the width shared by the long ones
        in proportion to their text."""
        natural: list[float] = []
        for i, column in enumerate(table.columns):
            texts = [cell_text(row[i]) for row in (*table.rows, *table.totals) if i < len(row)]
            longest = max((self.measure(t, self.cell.fontSize) for t in texts), default=0.0)
            header = max(
                (self.measure(word, self.head.fontSize) for word in column.header.split()),
                default=0.0,
            )
            natural.append(max(longest, header, 18.0) + 7)
        if sum(natural) <= FRAME_WIDTH:
            spare = FRAME_WIDTH - sum(natural)
            return [width + spare * width / sum(natural) for width in natural]
        short = [width <= SHORT_COLUMN for width in natural]
        fixed = sum(w for w, is_short in zip(natural, short, strict=True) if is_short)
        long_total = sum(w for w, is_short in zip(natural, short, strict=True) if not is_short)
        room = max(FRAME_WIDTH - fixed, 0.0)
        return [
            width if is_short else room * width / long_total
            for width, is_short in zip(natural, short, strict=True)
        ]

    def measure(self, text: str, size: float) -> float:
        return min(stringWidth(text, self.font, size), LONG_CELL)

    def cells(self, row: Sequence[Value], numeric: list[bool], *, bold: bool) -> list[Any]:
        cells: list[Any] = []
        for i, value in enumerate(row):
            right = numeric[i] and _numeric(value)
            if bold:  # totals: in the heading ink (a CJK font has no bold face to switch to)
                style = self.total_number if right else self.total
            else:
                style = self.number if right else self.cell
            cells.append(self.p(cell_text(value), style))
        cells += [""] * (len(numeric) - len(cells))
        return cells
