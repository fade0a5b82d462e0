"""The printed prospect diary (目标客户探询的个人日记) as a PDF, in the layout of the seed's form.

The seed's header (name 姓名, team 团队, date 日期) and its table of contacts,
one row per contact in date order, the seed's eight columns in its order: first
contact, company, contact person, lead source, phone, appointment, visit result
(with the rep's care notes under it) and the follow-up action (with its due date
and a tick once done). Landscape A4; the column headings repeat on every page;
long text wraps inside its cell and a row taller than a page runs on to the
next; each page ends with the print date and "page n of N". Chinese is set in
the embedded CJK font (repdesk/reports/fonts.py), searchable and copyable.

This module imports reportlab when it is imported: import it where the PDF is
made, not at start.
"""

from __future__ import annotations

import io
from datetime import date
from os import PathLike
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from repdesk.domain.diary import DiaryLine, DiaryPage
from repdesk.reports.fonts import pdf_font
from repdesk.reports.labels import DiaryLabels, fill
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
    write_whole,
)

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 17 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside their edges
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING
ZEBRA = colors.HexColor("#f6f8fa")
MIN_ROW = 24  # points: a row holds two lines at least, room for a note by hand
SPLIT_AT_LEAST = 26  # points: no sliver of a row at the foot or head of a page

# The seed's columns, left to right; the visit result takes the width left over.
_FIXED_WIDTHS = {
    "first_contact": 21 * mm,
    "company": 37 * mm,
    "contact": 26 * mm,
    "lead_source": 23 * mm,
    "phone": 31 * mm,
    "appointment": 22 * mm,
    "follow_up": 50 * mm,
}
COLUMN_WIDTHS = (
    _FIXED_WIDTHS["first_contact"],
    _FIXED_WIDTHS["company"],
    _FIXED_WIDTHS["contact"],
    _FIXED_WIDTHS["lead_source"],
    _FIXED_WIDTHS["phone"],
    _FIXED_WIDTHS["appointment"],
    FRAME_WIDTH - sum(_FIXED_WIDTHS.values()),
    _FIXED_WIDTHS["follow_up"],
)


def write_diary_pdf(
    path: str | PathLike[str],
    page: DiaryPage,
    labels: DiaryLabels,
    *,
    printed_on: date | None = None,
) -> Path:
    """Write the diary page's PDF to ``path`` (whole or not at all) and return the path."""
    return write_whole(path, diary_pdf_bytes(page, labels, printed_on=printed_on))


def diary_pdf_bytes(
    page: DiaryPage, labels: DiaryLabels, *, printed_on: date | None = None
) -> bytes:
    """The diary page's PDF. Raises fonts.NoCjkFontError if the machine has no Chinese font."""
    font = pdf_font()
    chinese_line_breaking()
    builder = _DiaryBuilder(page, labels, font)
    period = labels.period_text(page.first, page.last)
    author = plain_text(page.rep_name)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=" · ".join(part for part in (labels.title, author, period) if part),
        author=author or "RepDesk",
        subject=labels.title,
        creator="RepDesk",
    )
    head = " · ".join(part for part in (page.rep_name.strip(), page.team.strip(), period) if part)
    footer = Footer(
        font,
        landscape(A4),
        MARGIN_X + FRAME_PADDING,
        fill(labels.printed_on, (printed_on or date.today()).isoformat()),
        labels.page_of,
        head,
        labels.title,
        from_edge=9 * mm,
    )
    document.build(builder.story(), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


# --- page furniture -----------------------------------------------------------


# --- the story ------------------------------------------------------------------


class _ContactsTable(RunOnTable):
    """A table whose rows go whole to the next page when they fit on one there.

    Only a row taller than a whole page (a 20,000-character note) splits, where
    the page ends, so no page is left half empty before it. reportlab's own
    choice, rows first, would put the table's remainder under the rows that
    fit, header and all, in the middle of the page.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table: Any = self  # reportlab's row heights and row splitting (5.x) are not in its stubs
        table._calc(avail_width, avail_height)
        heights: list[float] = list(table._rowHeights)
        header = sum(heights[: self.repeatRows])
        used, row = 0.0, 0
        while row < len(heights) and used + heights[row] <= avail_height:
            used += heights[row]
            row += 1
        if row >= len(heights):
            return [self]
        if row >= self.repeatRows and heights[row] > FRAME_HEIGHT - header:
            parts: list[Flowable] = table._splitRows(avail_height, doInRowSplit=True)
            if parts:
                return parts
        parts = table._splitRows(avail_height, doInRowSplit=False)
        if parts:
            return parts
        if avail_height >= FRAME_HEIGHT - 1:  # a fresh page: whatever reportlab can do
            return super().split(avail_width, avail_height)
        return []  # the next row starts the next page


def sorted_lines(page: DiaryPage) -> list[DiaryLine]:
    """The page's rows by first contact date; rows of one day keep their order."""
    return sorted(page.lines, key=lambda line: line.row.contact_date)


class _DiaryBuilder:
    def __init__(self, page: DiaryPage, labels: DiaryLabels, font: str) -> None:
        self.page = page
        self.labels = labels
        self.font = font
        # CJK wrapping: Chinese breaks between characters, never before a closing mark;
        # Latin words stay whole.
        base = ParagraphStyle(
            "cell", fontName=font, fontSize=8.6, leading=11.6, textColor=INK, wordWrap="CJK"
        )
        self.cell = base
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=7.8, leading=10.4, textColor=MUTED, spaceBefore=2
        )
        self.head = ParagraphStyle(
            "head", parent=base, fontSize=8.4, leading=10.8, textColor=colors.white
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=16, leading=21, alignment=TA_CENTER, spaceAfter=6
        )
        self.field_label = ParagraphStyle(
            "field_label", parent=base, fontSize=9.6, leading=13, textColor=MUTED
        )
        self.field_value = ParagraphStyle("field_value", parent=base, fontSize=10.4, leading=13)
        self.empty = ParagraphStyle(
            "empty", parent=base, fontSize=10, leading=14, textColor=MUTED, spaceBefore=10
        )

    def p(self, markup_text: str, style: ParagraphStyle | None = None) -> Paragraph:
        # Chinese breaks between characters; text without Chinese between words.
        return paragraph(markup_text, style or self.cell)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [
            self.p(markup(self.labels.title), self.title),
            self.header_table(),
            Spacer(1, 8),
        ]
        lines = sorted_lines(self.page)
        if lines:
            story.append(self.contacts_table(lines))
        else:
            story.append(self.p(markup(self.labels.empty), self.empty))
        return story

    def header_table(self) -> Table:
        """姓名 ____ 团队 ____ 日期 ____: the values on a rule, as on the paper form."""
        labels, page = self.labels, self.page
        fields = (
            (labels.rep_name, page.rep_name.strip()),
            (labels.team, page.team.strip()),
            (labels.period, labels.period_text(page.first, page.last)),
        )
        label_widths = [
            stringWidth(label, self.font, self.field_label.fontSize) + 10 for label, _ in fields
        ]
        period_width = stringWidth(fields[2][1], self.font, self.field_value.fontSize) + 16
        free = FRAME_WIDTH - sum(label_widths) - period_width - 2 * 8 * mm
        value_widths = [free / 2, free / 2, period_width]
        cells: list[Any] = []
        widths: list[float] = []
        for (label, value), label_width, value_width in zip(
            fields, label_widths, value_widths, strict=True
        ):
            cells += [
                self.p(markup(label), self.field_label),
                self.p(markup(value), self.field_value),
            ]
            widths += [label_width, value_width]
        # Gaps between the three fields, so the rules under the values stand apart.
        cells = [*cells[:2], "", *cells[2:4], "", *cells[4:]]
        widths = [*widths[:2], 8 * mm, *widths[2:4], 8 * mm, *widths[4:]]
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

    def contacts_table(self, lines: list[DiaryLine]) -> Table:
        labels = self.labels
        heading = [
            labels.first_contact,
            labels.company,
            labels.contact,
            labels.lead_source_column,
            labels.phone,
            labels.appointment,
            labels.visit_result,
            labels.follow_up,
        ]
        rows: list[list[Any]] = [[self.p(markup(text), self.head) for text in heading]]
        rows.extend(self.row(line) for line in lines)
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            # Close the table at a page break, between rows or inside one.
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, RULE),
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, RULE),
        ]
        return _ContactsTable(
            rows,
            colWidths=list(COLUMN_WIDTHS),
            repeatRows=1,
            # A row taller than a page splits, a piece at least two lines.
            splitByRow=1,
            splitInRow=SPLIT_AT_LEAST,
            minRowHeights=[0] + [MIN_ROW] * len(lines),
            style=TableStyle(style),
            hAlign="LEFT",
        )

    def row(self, line: DiaryLine) -> list[Any]:
        row, labels = line.row, self.labels
        appointment = ""
        if row.appointment_at is not None:
            at = row.appointment_at
            appointment = f"{at.date().isoformat()}<br/>{at.strftime('%H:%M')}"
        result: list[Flowable] = []
        if row.visit_result.strip():
            result.append(self.p(markup(row.visit_result.strip())))
        if row.notes.strip():
            result.append(self.p(markup(fill(labels.note, row.notes.strip())), self.small))
        return [
            self.p(row.contact_date.isoformat()),
            self.p(markup(row.company)),
            self.p(markup(row.contact)),
            self.p(markup(labels.lead_source(line.lead_source_code, line.lead_source_label))),
            self.p(markup(row.phone)),
            self.p(appointment),
            result,
            self.follow_up_cell(line),
        ]

    def follow_up_cell(self, line: DiaryLine) -> list[Flowable]:
        row, labels = line.row, self.labels
        if not row.follow_up.strip():
            return []
        cell: list[Flowable] = [self.p(markup(row.follow_up.strip()))]
        marks: list[str] = []
        if row.follow_up_due is not None:
            marks.append(markup(fill(labels.due, row.follow_up_due.isoformat())))
        if line.follow_up_done:
            marks.append(f'<font color="{DONE_INK}">✓ {markup(labels.done)}</font>')
        if marks:
            cell.append(self.p(" · ".join(marks), self.small))
        return cell
