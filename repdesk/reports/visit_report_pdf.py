"""The printed visit report (销售拜访记录表) as a PDF, and a week's pack of them.

One visit record on one A4 page, as a manager reads it: the title, "DRAFT"
stamped beside it while the record is a draft; the header (customer, rep,
team, date and time, place, and the visit's objective); the people met; what
happened and the outcome; the objections met with the answer used and
whether the customer agreed; the five buying signals as a tick list, the seen
ones ticked; the next step with its date, the time spent and the expenses;
and the signature lines of the rep and the manager at the foot of the page
(a record too long for one page takes them, with its next step, to the foot
of its last page).

Whatever the rep typed prints as typed (markup characters included), and
long text flows on to the next page instead of being cut: the texts are
paragraphs of the story itself, the tables' rows split inside. Chinese breaks
between characters, never before a closing mark; text without Chinese wraps
between words. Chinese is set in the embedded CJK font
(repdesk/reports/fonts.py), searchable and copyable.

A pack is a contents page (date, customer, outcome and page of each report;
the page numbers come from a first layout pass) and then each report from a
new page. Every page ends with the print date and "page n of N" across the
whole PDF; from the second page on, a running head names the report's
customer (and says "DRAFT" on a draft's pages).

This module imports reportlab when it is imported: import it where the PDF is
made, not at start.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from os import PathLike
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import TopPadder

from repdesk.domain.enums import BuyingSignal
from repdesk.domain.visits import ObjectionMet, ReportPack, VisitReport
from repdesk.reports.fonts import pdf_font
from repdesk.reports.labels import VisitReportLabels, fill
from repdesk.reports.pdf_parts import (
    DONE_INK,
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
    write_whole,
)

PAGE_WIDTH, _ = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside their edges
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING
LABEL_WIDTH = 27 * mm  # the header's and the facts' label columns
SPLIT_AT_LEAST = 26  # points: no sliver of a row at the foot or head of a page
DRAFT_HEX = "#b3261e"
DRAFT_INK = colors.HexColor(DRAFT_HEX)
DRAFT_FILL = colors.HexColor("#fbe9e7")
NO_INK = "#9a4a1e"
CONTENTS_OUTCOME = 90  # characters of an outcome the contents page shows
CHECK_BOX = 3.6 * mm
SIGNING_ROOM = 30  # points above a signature line, to sign in
SECTION_ROOM = 72  # points: a heading band and three lines of its text


def visit_report_bytes(
    report: VisitReport, labels: VisitReportLabels, *, printed_on: date | None = None
) -> bytes:
    """One visit record's PDF. Raises fonts.NoCjkFontError if the machine has no Chinese font."""
    title = " · ".join(
        part
        for part in (
            labels.title,
            plain_text(report.customer_name),
            _date(report.visited_at.date()),
        )
        if part
    )
    return _Build(labels, printed_on, report.rep_name, title).report(report)


def write_visit_report(
    path: str | PathLike[str],
    report: VisitReport,
    labels: VisitReportLabels,
    *,
    printed_on: date | None = None,
) -> Path:
    """Write one visit record's PDF to ``path`` (whole or not at all) and return the path."""
    return write_whole(path, visit_report_bytes(report, labels, printed_on=printed_on))


def report_pack_bytes(
    pack: ReportPack, labels: VisitReportLabels, *, printed_on: date | None = None
) -> bytes:
    """A week's visit reports in one PDF: a contents page, then each report from a new page."""
    period = labels.period_text(pack.first, pack.last)
    title = " · ".join(
        part for part in (labels.pack_title, plain_text(pack.rep_name), period) if part
    )
    return _Build(labels, printed_on, pack.rep_name, title).pack(pack)


def write_report_pack(
    path: str | PathLike[str],
    pack: ReportPack,
    labels: VisitReportLabels,
    *,
    printed_on: date | None = None,
) -> Path:
    """Write the pack's PDF to ``path`` (whole or not at all) and return the path."""
    return write_whole(path, report_pack_bytes(pack, labels, printed_on=printed_on))


# --- the document -------------------------------------------------------------------------


def _date(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


class _Marker(Flowable):
    """Takes no room and draws nothing: tells the document where something begins."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        return None


class _ReportStart(_Marker):
    """Where a report begins: the document notes the page."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class _ContentsStart(_Marker):
    """Where a pack's contents begin: the document notes the page."""


class _Contents(ActionFlowable):
    """A pack's contents, made when reached (the last thing laid out): by then every
    report has found its first page. Puts the contents' flowables next in the story."""

    def __init__(
        self, story: list[Flowable], make: Callable[[dict[int, int]], list[Flowable]]
    ) -> None:
        super().__init__()
        self.story = story  # the list the document is building from
        self.make = make

    def apply(self, doc: BaseDocTemplate) -> None:
        starts = doc.starts if isinstance(doc, _Document) else {}
        self.story[0:0] = [_ContentsStart(), *self.make(dict(starts))]


class _Document(SimpleDocTemplate):
    """A4 portrait in the reports' margins; notes the first page of every report."""

    def __init__(
        self, buffer: io.BytesIO, title: str, author: str, subject: str, offset: int = 0
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="RepDesk",
        )
        self.offset = offset  # pages that will print before the first laid out
        self.starts: dict[int, int] = {}  # report index -> its first page, as printed
        self.contents_start = 0  # the page the contents were laid out on (0: none)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _ReportStart):
            self.starts[flowable.index] = self.page + self.offset
        elif isinstance(flowable, _ContentsStart):
            self.contents_start = self.page


@dataclass
class _RunningHeads:
    """The footer on every page, with the running head of the report the page belongs to."""

    footer: Footer
    reports: Sequence[VisitReport]
    labels: VisitReportLabels
    starts: dict[int, int] = field(default_factory=dict)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        footer = self.footer
        current = [index for index, first in self.starts.items() if first <= page]
        if current:
            report = self.reports[max(current)]
            title = self.labels.title
            if report.is_draft:
                title = f"{self.labels.draft} · {title}"
            footer = replace(footer, head=_head(report), title=title)
            if report.is_draft:
                _draft_band(canvas, footer)
        footer.draw(canvas, page, pages)


def _head(report: VisitReport) -> str:
    when = report.visited_at.strftime("%Y-%m-%d %H:%M")
    return " · ".join(part for part in (report.customer_name.strip(), when) if part)


def _draft_band(canvas: Canvas, footer: Footer) -> None:
    """A red rule along the top of a draft's page, beside its running head."""
    width, height = footer.page_size
    canvas.saveState()
    canvas.setStrokeColor(DRAFT_INK)
    canvas.setLineWidth(2)
    top = height - footer.from_edge + 10
    canvas.line(footer.inset, top, width - footer.inset, top)
    canvas.restoreState()


class _Build:
    """One PDF: the document, its page furniture and the story's pieces."""

    def __init__(
        self, labels: VisitReportLabels, printed_on: date | None, author: str, title: str
    ) -> None:
        self.labels = labels
        self.font = pdf_font()
        chinese_line_breaking()
        self.styles = _styles(self.font)
        self.printed = fill(labels.printed_on, (printed_on or date.today()).isoformat())
        self.title = title
        self.author = plain_text(author) or "RepDesk"
        # What the last layout found (see _render).
        self.starts: dict[int, int] = {}
        self.pages = 0
        self.contents_took = 0

    def _render(
        self,
        story: list[Flowable],
        reports: Sequence[VisitReport],
        head: str,
        *,
        layout_only: bool = False,
        contents_pages: int = 0,
    ) -> bytes:
        """Lay out ``story`` and write the PDF (``layout_only``: find the pages, write
        nothing). ``contents_pages``: the contents, laid out last, take that many pages
        and print first. Notes where each report began (``starts``), how many pages the
        contents took (``contents_took``) and the page count (``pages``)."""
        buffer = io.BytesIO()
        document = _Document(
            buffer, self.title, self.author, self.labels.title, offset=contents_pages
        )
        if layout_only:
            document.build(story, canvasmaker=_LayoutCanvas)
        else:
            footer = Footer(
                self.font,
                A4,
                MARGIN_X + FRAME_PADDING,
                self.printed,
                self.labels.page_of,
                head,
                self.labels.pack_title,
            )
            heads = _RunningHeads(footer, reports, self.labels, document.starts)
            canvas = numbered_canvas(heads, to_front=contents_pages)
            document.build(story, canvasmaker=canvas)
        self.starts = dict(document.starts)
        self.pages = document.page
        self.contents_took = (
            document.page - document.contents_start + 1 if document.contents_start else 0
        )
        return buffer.getvalue()

    def report(self, report: VisitReport) -> bytes:
        parts = _ReportParts(self.labels, self.styles, self.font)
        return self._render(parts.story(report, 0), [report], report.customer_name)

    def pack(self, pack: ReportPack) -> bytes:
        """Laid out once: the reports first, then the contents, which then know every
        report's page, and print first.

        How many pages the contents take is found beforehand by laying them out
        alone: their page numbers are one line in a column of its own width, so
        any numbers take the same pages (checked: if not, the pack is laid out
        again with the pages the contents did take).
        """
        reports = list(pack.reports)
        head = " · ".join(
            part
            for part in (
                pack.rep_name.strip(),
                pack.team.strip(),
                self.labels.period_text(pack.first, pack.last),
            )
            if part
        )
        parts = _ReportParts(self.labels, self.styles, self.font)
        self._render(parts.contents(pack, {}), [], head, layout_only=True)
        contents_pages = self.pages
        body: list[Flowable] = []
        for index, report in enumerate(reports):
            body += [*parts.story(report, index), PageBreak()]

        def contents(starts: dict[int, int]) -> list[Flowable]:
            return parts.contents(pack, starts)

        data = b""
        for _ in range(3):
            story = list(body)
            story.append(_Contents(story, contents))
            data = self._render(story, reports, head, contents_pages=contents_pages)
            if self.contents_took == contents_pages:
                break
            contents_pages = self.contents_took
        return data


class _LayoutCanvas(Canvas):
    """A canvas for finding the pages only: each page dropped when done, nothing written."""

    def showPage(self) -> None:
        self._startPage()  # type: ignore[attr-defined]  # a fresh page, the old one not kept

    def save(self) -> None:
        return None


# --- styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    text: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    customer: ParagraphStyle
    section: ParagraphStyle
    empty: ParagraphStyle
    empty_cell: ParagraphStyle
    number: ParagraphStyle
    signature: ParagraphStyle


@cache
def _styles(font: str) -> _Styles:
    """The paragraph styles, made once per font (reportlab styles are read-only in use)."""
    base = ParagraphStyle(
        "visit", fontName=font, fontSize=9.6, leading=13.6, textColor=INK, wordWrap="CJK"
    )
    return _Styles(
        text=ParagraphStyle("visit-text", parent=base, leftIndent=3, rightIndent=3),
        cell=ParagraphStyle("visit-cell", parent=base, fontSize=9.2, leading=12.6),
        small=ParagraphStyle(
            "visit-small", parent=base, fontSize=8, leading=10.8, textColor=MUTED, spaceBefore=1.5
        ),
        label=ParagraphStyle("visit-label", parent=base, fontSize=8.8, leading=12.4),
        head=ParagraphStyle(
            "visit-head", parent=base, fontSize=8.6, leading=11.2, textColor=colors.white
        ),
        title=ParagraphStyle(
            "visit-title", parent=base, fontSize=17, leading=21, alignment=TA_CENTER
        ),
        customer=ParagraphStyle("visit-customer", parent=base, fontSize=11.5, leading=15),
        section=ParagraphStyle(
            "visit-section",
            parent=base,
            fontSize=10.2,
            leading=12.8,
            textColor=SECTION_INK,
            backColor=LABEL_FILL,
            # The band spans the frame, as wide as the tables; its text where theirs is.
            borderPadding=3,
            leftIndent=3,
            rightIndent=3,
            spaceBefore=7,
            spaceAfter=4,
        ),
        empty=ParagraphStyle(
            "visit-empty", parent=base, fontSize=9, leading=12.6, textColor=MUTED, leftIndent=3
        ),
        empty_cell=ParagraphStyle(
            "visit-empty-cell", parent=base, fontSize=9.2, leading=12.6, textColor=MUTED
        ),
        number=ParagraphStyle("visit-number", parent=base, fontSize=9.2, alignment=TA_RIGHT),
        signature=ParagraphStyle(
            "visit-signature", parent=base, fontSize=9, leading=12, textColor=MUTED
        ),
    )


# --- pieces ------------------------------------------------------------------------------------


class _Stamp(Flowable):
    """ "DRAFT" in a red box, at the right of the title's line."""

    def __init__(self, text: str, font: str, size: float = 14) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.box_width = stringWidth(text, font, size) + 16
        self.box_height = size + 10

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.box_height

    def draw(self) -> None:
        canvas = self.canv
        left = self.width - self.box_width
        canvas.saveState()
        canvas.setStrokeColor(DRAFT_INK)
        canvas.setFillColor(DRAFT_FILL)
        canvas.setLineWidth(1.8)
        canvas.roundRect(left, 0, self.box_width, self.box_height, 2.5, stroke=1, fill=1)
        canvas.setFillColor(DRAFT_INK)
        canvas.setFont(self.font, self.size)
        baseline = (self.box_height - self.size * 0.72) / 2
        canvas.drawCentredString(left + self.box_width / 2, baseline, self.text)
        canvas.restoreState()


class _CheckBox(Flowable):
    """A square to tick; ticked, a green tick in it (and a searchable "✓" under the ink)."""

    def __init__(self, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked
        self.width = self.height = CHECK_BOX

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.width
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.rect(0, 0, size, size, stroke=1, fill=0)
        if self.ticked:
            # The character for copying and searching, invisible (render mode 3)...
            text = canvas.beginText(size * 0.15, size * 0.2)
            text.setTextRenderMode(3)
            text.setFont(pdf_font(), size * 0.9)
            text.textOut("✓")
            canvas.drawText(text)
            # ...and the tick drawn, bolder than the font's.
            canvas.setStrokeColor(colors.HexColor(DONE_INK))
            canvas.setLineWidth(1.5)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            tick = canvas.beginPath()
            tick.moveTo(size * 0.18, size * 0.52)
            tick.lineTo(size * 0.42, size * 0.24)
            tick.lineTo(size * 0.86, size * 0.84)
            canvas.drawPath(tick, stroke=1, fill=0)
        canvas.restoreState()


class _Whole(Table):
    """A table that never splits: the signature lines go to the next page together."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    style: Sequence[tuple[Any, ...]],
    *,
    repeat: int = 0,
) -> Table:
    """A table whose rows split inside when taller than the space left (long text runs on)."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *style,
    ]
    return RunOnTable(
        rows,
        colWidths=list(widths),
        repeatRows=repeat,
        splitByRow=1,
        splitInRow=SPLIT_AT_LEAST,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _grid(*, header: bool) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, RULE)]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]
    # Close the table at a page break too, between rows or inside one.
    commands += [
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, RULE),
        ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, RULE),
    ]
    return commands


class _ReportParts:
    """The story of one report, and of a pack's contents page."""

    def __init__(self, labels: VisitReportLabels, styles: _Styles, font: str) -> None:
        self.labels = labels
        self.s = styles
        self.font = font

    def p(self, markup_text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return paragraph(markup_text, style or self.s.cell)

    def text(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """What the rep typed, as typed (markup escaped, line breaks kept)."""
        return self.p(markup(value.strip()), style)

    def section(self, title: str) -> list[Flowable]:
        """A section's heading band, on the next page if too little room is left under it
        for a few lines (a long text then runs on from a full page, none left empty)."""
        return [CondPageBreak(SECTION_ROOM), self.text(title, self.s.section)]

    def body(self, value: str) -> Flowable:
        """A section's text; a dash when the rep wrote nothing."""
        if not value.strip():
            return self.p("—", self.s.empty)
        return self.text(value, self.s.text)

    # --- one report ---------------------------------------------------------------------

    def story(self, report: VisitReport, index: int) -> list[Flowable]:
        labels = self.labels
        return [
            _ReportStart(index),
            *self.title_block(report),
            *self.header_tables(report),
            *self.section(labels.people),
            self.people_table(report),
            *self.section(labels.summary),
            self.body(report.summary),
            *self.section(labels.outcome),
            self.body(report.outcome),
            *self.section(labels.objections),
            self.objections_table(report.objections),
            KeepTogether(
                [*self.section(labels.signals), self.signals_table(report.buying_signals)]
            ),
            # The next step goes with the signatures: a page never holds the signature
            # lines alone.
            KeepTogether(
                [
                    *self.section(labels.next_step),
                    self.body(report.next_step),
                    Spacer(1, 3),
                    self.facts_table(report),
                    Spacer(1, 12),
                    TopPadder(self.signature_table()),
                ]
            ),
        ]

    def title_block(self, report: VisitReport) -> list[Flowable]:
        title = self.p(markup(self.labels.title), self.s.title)
        if not report.is_draft:
            return [title, Spacer(1, 8)]
        # The title centred on the page, the stamp at the right of the same line.
        side = 34 * mm
        row = [[Spacer(1, 1), title, _Stamp(self.labels.draft, self.font)]]
        block = Table(
            row,
            colWidths=[side, FRAME_WIDTH - 2 * side, side],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        return [block, Spacer(1, 8)]

    def header_tables(self, report: VisitReport) -> list[Flowable]:
        """Customer; rep and team; date and time, and place; the objective (拜访目的): the
        labels on the tinted columns.

        The customer's and the objective's rows, as wide as the other two's four
        columns, are tables of their own, stacked without a gap (their rules meet):
        when reportlab splits a row it measures a spanned cell at the width of its
        first column, so a very long name or objective in a span could not run on
        to the next page (nor, in reportlab 5, a row with a cell aligned in the middle).
        """
        labels = self.labels
        value_width = FRAME_WIDTH / 2 - LABEL_WIDTH
        wide = (LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH)
        visited = report.visited_at.strftime("%Y-%m-%d %H:%M")
        labelled: list[tuple[Any, ...]] = [
            *_grid(header=False),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
        ]
        customer = _table(
            [
                [
                    self.text(labels.customer, self.s.label),
                    self.text(report.customer_name, self.s.customer),
                ]
            ],
            wide,
            # The label on the name's first line (VALIGN MIDDLE would stop the row splitting).
            [
                *labelled,
                ("TOPPADDING", (0, 0), (0, 0), 3 + self.s.customer.leading - self.s.label.leading),
            ],
        )
        middle = _table(
            [
                [
                    self.text(labels.rep_name, self.s.label),
                    self.text(report.rep_name),
                    self.text(labels.team, self.s.label),
                    self.text(report.team),
                ],
                [
                    self.text(labels.visited_at, self.s.label),
                    self.p(visited),
                    self.text(labels.place, self.s.label),
                    self.text(report.place),
                ],
            ],
            (LABEL_WIDTH, value_width, LABEL_WIDTH, value_width),
            [*labelled, ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL)],
        )
        objective = _table(
            [[self.text(labels.objective, self.s.label), self.text(report.objective)]],
            wide,
            labelled,
        )
        return [customer, middle, objective]

    def people_table(self, report: VisitReport) -> Flowable:
        labels = self.labels
        if not report.people:
            return self.p(markup(labels.no_people), self.s.empty)
        rows: list[list[Any]] = [
            [
                self.text(labels.person_name, self.s.head),
                self.text(labels.person_title, self.s.head),
                self.text(labels.person_role, self.s.head),
            ]
        ]
        for person in report.people:
            rows.append(
                [
                    self.text(person.name),
                    self.text(person.title),
                    self.text(labels.role(person.role.strip())),
                ]
            )
        widths = (FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.3)
        return _table(rows, widths, _grid(header=True), repeat=1)

    def objections_table(self, objections: Sequence[ObjectionMet]) -> Flowable:
        labels = self.labels
        if not objections:
            return self.p(markup(labels.no_objections), self.s.empty)
        rows: list[list[Any]] = [
            [
                self.text("#", self.s.head),
                self.text(labels.objection, self.s.head),
                self.text(labels.answer, self.s.head),
                self.text(labels.agreed, self.s.head),
            ]
        ]
        for number, met in enumerate(objections, start=1):
            said: list[Flowable] = []
            title = met.objection_title.get(labels.language) if met.objection_title else ""
            if met.round > 1:
                title = fill(labels.objection_round, title or "—", str(met.round))
            if title.strip():
                said.append(self.text(title))
            if met.customer_words.strip():
                words = self.text(met.customer_words, self.s.small if said else self.s.cell)
                said.append(words)
            answer: list[Flowable] = []
            if met.answer_text.strip():
                answer.append(self.text(met.answer_text))
            if met.next_step.strip():
                then = fill(labels.objection_next_step, met.next_step.strip())
                answer.append(self.text(then, self.s.small))
            rows.append([self.p(str(number)), said, answer, self.agreed(met.customer_agreed)])
        agreed_width = max(
            16 * mm,
            8
            + max(
                stringWidth(text, self.font, 9.2)
                for text in (labels.agreed, labels.agreed_yes, labels.agreed_no, labels.agreed_open)
            ),
        )
        rest = FRAME_WIDTH - 7 * mm - agreed_width
        widths = (7 * mm, rest * 0.46, rest * 0.54, agreed_width)
        return _table(rows, widths, _grid(header=True), repeat=1)

    def agreed(self, agreed: bool | None) -> Paragraph:
        labels = self.labels
        if agreed is None:
            return self.p(markup(labels.agreed_open), self.s.empty_cell)
        if agreed:
            return self.p(f'<font color="{DONE_INK}">✓ {markup(labels.agreed_yes)}</font>')
        return self.p(f'<font color="{NO_INK}">✕ {markup(labels.agreed_no)}</font>')

    def signals_table(self, seen: Sequence[BuyingSignal]) -> Table:
        """The five signals in two columns, each with its box; the seen ones ticked."""
        ticked = set(seen)
        cells = [
            [_CheckBox(signal in ticked), self.text(self.labels.signal(signal))]
            for signal in BuyingSignal
        ]
        half = (len(cells) + 1) // 2
        rows: list[list[Any]] = []
        for row in range(half):
            right = cells[row + half] if row + half < len(cells) else ["", ""]
            rows.append([*cells[row], *right])
        box = CHECK_BOX + 4  # the box and the space before it
        text_width = (FRAME_WIDTH - 2 * box) / 2
        return Table(
            rows,
            colWidths=[box, text_width, box, text_width],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (0, 0), (0, -1), 4),
                    ("LEFTPADDING", (2, 0), (2, -1), 4),
                    ("LEFTPADDING", (1, 0), (1, -1), 5),
                    ("LEFTPADDING", (3, 0), (3, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            ),
            hAlign="LEFT",
        )

    def facts_table(self, report: VisitReport) -> Table:
        """The next step's date, the time spent and the expenses, side by side."""
        labels = self.labels
        minutes = (
            fill(labels.minutes, str(report.minutes_spent))
            if report.minutes_spent is not None
            else ""
        )
        expenses = ""
        if report.expenses is not None:
            expenses = f"{report.expenses:,.2f} {report.currency.strip()}".strip()
        pairs = (
            (labels.next_step_date, _date(report.next_step_date)),
            (labels.time_spent, minutes),
            (labels.expenses, expenses),
        )
        row: list[Any] = []
        for label, value in pairs:
            row += [self.text(label, self.s.label), self.text(value)]
        label_width = 21 * mm
        value_width = FRAME_WIDTH / 3 - label_width
        style: list[tuple[Any, ...]] = [
            *_grid(header=False),
            ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
            ("BACKGROUND", (2, 0), (2, 0), LABEL_FILL),
            ("BACKGROUND", (4, 0), (4, 0), LABEL_FILL),
        ]
        return _table([row], (label_width, value_width) * 3, style)

    def signature_table(self) -> Table:
        """签名: the rep's and the manager's side by side, each a line to sign on and a
        shorter one for the date, named underneath."""
        labels = self.labels
        gap, inner, date_width = 12 * mm, 4 * mm, 27 * mm
        sign_width = (FRAME_WIDTH - gap - 2 * (inner + date_width)) / 2
        under = self.s.signature
        rows: list[list[Any]] = [
            ["", "", "", "", "", "", ""],
            [
                self.text(labels.rep_signature, under),
                "",
                self.text(labels.signed_on, under),
                "",
                self.text(labels.manager_signature, under),
                "",
                self.text(labels.signed_on, under),
            ],
        ]
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for column in (0, 2, 4, 6):
            style.append(("LINEBELOW", (column, 0), (column, 0), 0.7, INK))
        return _Whole(
            rows,
            colWidths=[sign_width, inner, date_width, gap, sign_width, inner, date_width],
            rowHeights=[SIGNING_ROOM, None],
            style=TableStyle(style),
            hAlign="LEFT",
        )

    # --- a pack's contents page ------------------------------------------------------------

    def contents(self, pack: ReportPack, starts: dict[int, int]) -> list[Flowable]:
        labels = self.labels
        story: list[Flowable] = [
            self.p(markup(labels.pack_title), self.s.title),
            Spacer(1, 8),
            self.pack_header(pack),
            *self.section(labels.contents),
        ]
        if not pack.reports:
            story.append(self.p(markup(labels.no_reports), self.s.empty))
            return story
        number_style = self.s.number
        rows: list[list[Any]] = [
            [
                self.text(labels.column_number, self.s.head),
                self.text(labels.column_date, self.s.head),
                self.text(labels.column_customer, self.s.head),
                self.text(labels.column_outcome, self.s.head),
                self.text(labels.column_page, self.s.head),
            ]
        ]
        for index, report in enumerate(pack.reports):
            customer: list[Flowable] = [self.text(report.customer_name)]
            if report.is_draft:
                customer.append(
                    self.p(
                        f'<font color="{DRAFT_HEX}">{markup(labels.draft)}</font>',
                        self.s.small,
                    )
                )
            outcome = " ".join(report.outcome.split())
            if len(outcome) > CONTENTS_OUTCOME:
                outcome = outcome[: CONTENTS_OUTCOME - 1].rstrip() + "…"
            page = starts.get(index)
            rows.append(
                [
                    self.p(str(index + 1), number_style),
                    self.p(report.visited_at.strftime("%Y-%m-%d %H:%M")),
                    customer,
                    self.text(outcome),
                    # The same one-line cell in both passes, so no row changes height.
                    self.p(str(page) if page is not None else "0", number_style),
                ]
            )
        page_width = max(14 * mm, 8 + stringWidth(labels.column_page, self.font, 8.6))
        rest = FRAME_WIDTH - 9 * mm - 29 * mm - page_width
        widths = (9 * mm, 29 * mm, rest * 0.45, rest * 0.55, page_width)
        style: list[tuple[Any, ...]] = [
            *_grid(header=True),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ]
        story.append(_table(rows, widths, style, repeat=1))
        return story

    def pack_header(self, pack: ReportPack) -> Table:
        labels = self.labels
        value_width = FRAME_WIDTH / 2 - LABEL_WIDTH
        rows: list[list[Any]] = [
            [
                self.text(labels.rep_name, self.s.label),
                self.text(pack.rep_name),
                self.text(labels.team, self.s.label),
                self.text(pack.team),
            ],
            [
                self.text(labels.period, self.s.label),
                self.text(labels.period_text(pack.first, pack.last)),
                "",
                "",
            ],
        ]
        style: list[tuple[Any, ...]] = [
            *_grid(header=False),
            ("SPAN", (1, 1), (3, 1)),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
            ("BACKGROUND", (2, 0), (2, 0), LABEL_FILL),
        ]
        return _table(rows, (LABEL_WIDTH, value_width, LABEL_WIDTH, value_width), style)


__all__ = [
    "report_pack_bytes",
    "visit_report_bytes",
    "write_report_pack",
    "write_visit_report",
]
