"""The printed day plan (行程): one day's visits in the rep's order, as an itinerary.

A4 portrait: the title, the header (name 姓名, team 团队, the day), then one
row per visit in the order the rep set by drag and drop: its number, the
appointment time, the company, where to go (the visit's place, else the
customer's address), the objective, and a tick once the visit is done. The
column headings repeat on a second page; long text wraps inside its cell.
Every page ends with the print date and "page n of N". Chinese is set in the
embedded CJK font (repdesk/reports/fonts.py), searchable and copyable.

This module imports reportlab when it is imported: import it where the PDF is
made, not at start.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from repdesk.domain.enums import VisitStatus
from repdesk.domain.visits import DayVisit
from repdesk.reports.fonts import pdf_font
from repdesk.reports.labels import ItineraryLabels, fill
from repdesk.reports.pdf_parts import (
    DONE_INK,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    Footer,
    RunOnTable,
    chinese_line_breaking,
    markup,
    numbered_canvas,
    paragraph,
    plain_text,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside their edges
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING
ZEBRA = colors.HexColor("#f6f8fa")
MIN_ROW = 30  # points: room for a note by hand beside each stop
SPLIT_AT_LEAST = 26  # points: no sliver of a row at the foot or head of a page

# Number, time, company, address (the width left over), objective, visited.
_FIXED = (11 * mm, 14 * mm, 40 * mm, 0.0, 44 * mm, 15 * mm)
COLUMN_WIDTHS = tuple(width or FRAME_WIDTH - sum(_FIXED) for width in _FIXED)


def itinerary_pdf_bytes(
    rep_name: str,
    team: str,
    day: date,
    visits: Sequence[DayVisit],
    labels: ItineraryLabels,
    *,
    printed_on: date | None = None,
) -> bytes:
    """The day's itinerary, ``visits`` in the order given (the rep's).

    Raises fonts.NoCjkFontError if the machine has no Chinese font.
    """
    font = pdf_font()
    chinese_line_breaking()
    rep_name, team = rep_name.strip(), team.strip()
    author = plain_text(rep_name)
    builder = _ItineraryBuilder(labels, font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=" · ".join(part for part in (labels.title, author, day.isoformat()) if part),
        author=author or "RepDesk",
        subject=labels.title,
        creator="RepDesk",
    )
    footer = Footer(
        font,
        A4,
        MARGIN_X + FRAME_PADDING,
        fill(labels.printed_on, (printed_on or date.today()).isoformat()),
        labels.page_of,
        " · ".join(part for part in (rep_name, team, day.isoformat()) if part),
        labels.title,
    )
    story = builder.story(rep_name, team, day, list(visits))
    document.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


class _ItineraryBuilder:
    def __init__(self, labels: ItineraryLabels, font: str) -> None:
        self.labels = labels
        self.font = font
        base = ParagraphStyle(
            "cell", fontName=font, fontSize=9.4, leading=12.6, textColor=INK, wordWrap="CJK"
        )
        self.cell = base
        self.centred = ParagraphStyle("centred", parent=base, alignment=TA_CENTER)
        self.head = ParagraphStyle(
            "head", parent=base, fontSize=8.8, leading=11.4, textColor=colors.white
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=17, leading=22, alignment=TA_CENTER, spaceAfter=8
        )
        self.field_label = ParagraphStyle(
            "field_label", parent=base, fontSize=9.6, leading=13, textColor=MUTED
        )
        self.field_value = ParagraphStyle("field_value", parent=base, fontSize=10.6, leading=13.6)
        self.empty = ParagraphStyle(
            "empty", parent=base, fontSize=10.4, leading=14, textColor=MUTED, spaceBefore=12
        )

    def p(self, markup_text: str, style: ParagraphStyle | None = None) -> Paragraph:
        # Chinese breaks between characters; text without Chinese between words.
        return paragraph(markup_text, style or self.cell)

    def story(self, rep_name: str, team: str, day: date, visits: list[DayVisit]) -> list[Flowable]:
        story: list[Flowable] = [
            self.p(markup(self.labels.title), self.title),
            self.header(rep_name, team, day),
            Spacer(1, 10),
        ]
        if visits:
            story.append(self.visits_table(visits))
        else:
            story.append(self.p(markup(self.labels.empty), self.empty))
        return story

    def header(self, rep_name: str, team: str, day: date) -> Table:
        """Name ____ Team ____ Date ____: each value on a rule."""
        labels = self.labels
        fields = ((labels.rep_name, rep_name), (labels.team, team), (labels.day, day.isoformat()))
        gap = 6 * mm
        label_widths = [
            stringWidth(label, self.font, self.field_label.fontSize) + 8 for label, _ in fields
        ]
        day_width = stringWidth(fields[2][1], self.font, self.field_value.fontSize) + 12
        free = FRAME_WIDTH - sum(label_widths) - day_width - 2 * gap
        value_widths = (free / 2, free / 2, day_width)
        cells: list[Any] = []
        widths: list[float] = []
        for index, ((label, value), label_width, value_width) in enumerate(
            zip(fields, label_widths, value_widths, strict=True)
        ):
            if index:
                cells.append("")
                widths.append(gap)
            cells += [
                self.p(markup(label), self.field_label),
                self.p(markup(value), self.field_value),
            ]
            widths += [label_width, value_width]
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for column in (1, 4, 7):
            style.append(("LINEBELOW", (column, 0), (column, 0), 0.6, INK))
        # A name or team longer than a page (pasted by mistake) runs on to the next.
        return RunOnTable(
            [cells],
            colWidths=widths,
            style=TableStyle(style),
            hAlign="LEFT",
            splitInRow=SPLIT_AT_LEAST,
        )

    def visits_table(self, visits: list[DayVisit]) -> Table:
        labels = self.labels
        heading = (
            labels.column_number,
            labels.time,
            labels.company,
            labels.address,
            labels.objective,
            labels.visited,
        )
        rows: list[list[Any]] = [[self.p(markup(text), self.head) for text in heading]]
        rows.extend(self.row(number, visit) for number, visit in enumerate(visits, start=1))
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, RULE),
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, RULE),
        ]
        return RunOnTable(
            rows,
            colWidths=list(COLUMN_WIDTHS),
            repeatRows=1,
            splitByRow=1,
            # A row taller than a page (a long objective) splits, a piece at least two lines.
            splitInRow=SPLIT_AT_LEAST,
            minRowHeights=[0] + [MIN_ROW] * len(visits),
            style=TableStyle(style),
            hAlign="LEFT",
        )

    def row(self, number: int, visit: DayVisit) -> list[Any]:
        at = visit.appointment_at
        where = visit.place.strip() or visit.address.strip()
        visited = ""
        if visit.status is VisitStatus.DONE:
            visited = f'<font color="{DONE_INK}" size="12">✓</font>'
        return [
            self.p(f"{number}.", self.centred),
            self.p(at.strftime("%H:%M") if at is not None else ""),
            self.p(markup(visit.customer_name.strip())),
            self.p(markup(where)),
            self.p(markup(visit.objective.strip())),
            self.p(visited, self.centred),
        ]
