"""What every printed report shares: its palette, user text as paragraph markup, the
canvas that prints "page n of N", a running head cut to fit, writing the file whole,
Chinese line breaking, and Latin text wrapping between words.

Text a rep typed enters a report's markup only through ``markup()`` (or, drawn
straight on the canvas, ``font_runs()``), exactly once: its ``& < > " '`` are
escaped (a company named "A&B" prints "A&B", "<b>" prints "<b>"), its line
breaks become line breaks, control characters are left out, and what the CJK
font lacks is set in the fallback font (repdesk/reports/printable.py has the rule).
Markup the report itself adds (a colour, a size) goes around the result, never
inside a rep's text.

The customer sheet (sheet_pdf.py), the prospect diary (diary_pdf.py) and the
visit report (visit_report_pdf.py) use these, so their pages look like one family
and a rep's text prints the same in all of them. This module imports reportlab:
import it where a PDF is made, not at start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass
from functools import cache
from os import PathLike
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from repdesk.reports import printable
from repdesk.reports.fonts import pdf_fallback_font, pdf_font, pdf_glyphs
from repdesk.reports.labels import fill

INK = colors.HexColor("#1d1d1d")
MUTED = colors.HexColor("#66707a")
RULE = colors.HexColor("#9aa4ad")
LIGHT_RULE = colors.HexColor("#d3d9de")
HEADER_FILL = colors.HexColor("#2f4a63")
LABEL_FILL = colors.HexColor("#f1f4f7")
SECTION_INK = colors.HexColor("#2f4a63")
DONE_INK = "#4d7d3a"  # the green of a tick: verified, done

# Chinese closing punctuation that never starts a line (避头); reportlab knows the Japanese.
CHINESE_CANNOT_START = "，。、；：！？）》」』】〕〉”’…～％"

# Quotes too: the text may one day stand in an attribute, and reportlab reads them back.
_ENTITIES = {'"': "&quot;", "'": "&#39;"}


@dataclass(frozen=True)
class _Fonts:
    """The reports' font, the fallback for what it lacks, and what each can draw."""

    primary: str
    fallback: str | None
    primary_glyphs: Set[int]
    fallback_glyphs: Set[int]


def _fonts() -> _Fonts:
    primary = pdf_font()  # registered once; raises NoCjkFontError without a Chinese font
    fallback = pdf_fallback_font()
    return _Fonts(primary, fallback, pdf_glyphs(primary), pdf_glyphs(fallback))


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` (one line, cleaned here) as runs of ``(text, font name)`` to draw."""
    fonts = _fonts()
    return [
        (run, fonts.fallback if in_fallback and fonts.fallback else fonts.primary)
        for run, in_fallback in printable.glyph_runs(
            printable.visual_order(printable.one_line(text)),
            fonts.primary_glyphs,
            fonts.fallback_glyphs,
        )
    ]


def markup(value: object) -> str:
    """User text as reportlab paragraph markup, to put in a Paragraph as it is: escaped
    once, its line breaks kept, without control characters, what the CJK font lacks
    in the fallback font (or U+FFFD)."""
    if value is None:
        return ""
    fonts = _fonts()
    pieces: list[str] = []
    for number, line in enumerate(printable.lines(str(value))):
        if number:
            pieces.append("<br/>")
        for run, in_fallback in printable.glyph_runs(
            printable.visual_order(line), fonts.primary_glyphs, fonts.fallback_glyphs
        ):
            text = escape(run, _ENTITIES)
            if in_fallback and fonts.fallback:
                text = f'<font face="{fonts.fallback}">{text}</font>'
            pieces.append(text)
    return "".join(pieces)


def plain_text(value: object) -> str:
    """User text for a PDF's title, author or subject: one line, no control characters."""
    return "" if value is None else printable.one_line(str(value)).strip()


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    """How wide ``font_runs`` are drawn at ``size``."""
    return sum(stringWidth(run, font, size) for run, font in runs)


def fit_text(text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` (running heads only: the body never cuts).

    Measured in the fonts it will be drawn in (``font_runs``); the cut is found by
    halving, so a 5,000-character name costs a dozen measurements, not thousands.
    """
    if runs_width(font_runs(text), size) <= width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits; text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if runs_width(font_runs(text[:middle] + "…"), size) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def draw_runs(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, right: bool = False
) -> None:
    """``text`` drawn from ``x`` (or ending at ``x``, ``right``) in its fonts' runs."""
    runs = font_runs(text)
    if right:
        x -= runs_width(runs, size)
    for run, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


class RunOnTable(Table):
    """A table whose rows split inside (give it ``splitInRow``) wherever a row is taller
    than the room left, so that no text, however long, stops the layout.

    reportlab refuses an in-row split that would leave less than ``splitInRow`` of
    the row for the next page; a row taller than a whole page then has nowhere to
    go (LayoutError: a 5,000-character name with no space in it). Refused, the
    split is tried once more that much higher up the page.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        least = float(self.splitInRow or 0)
        if parts or not least or availHeight <= 2 * least:
            return parts
        return super().split(availWidth, availHeight - least)


class PageFurniture(Protocol):
    """What a report draws on each page once the page count is known (footer, running head)."""

    def draw(self, canvas: Canvas, page: int, pages: int) -> None: ...


@dataclass(frozen=True)
class Footer:
    """Printed date and "page n of N" under a rule; from page 2 a running head (whose
    report, which report) so a loose page finds its way back."""

    font: str
    page_size: tuple[float, float]
    inset: float  # from the paper's left and right edges to the text
    printed: str  # "Printed 2026-11-23", translated
    page_of: str  # "Page %1 of %2", translated
    head: str  # whose sheet or diary
    title: str
    from_edge: float = 10 * mm  # footer line and running head, from the paper's edge

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = self.page_size
        left, right = self.inset, width - self.inset
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = self.from_edge
        canvas.line(left, y + 10, right, y + 10)
        draw_runs(canvas, left, y, self.printed, 8)
        draw_runs(canvas, right, y, fill(self.page_of, str(page), str(pages)), 8, right=True)
        if page > 1:
            top = height - self.from_edge
            head = fit_text(self.head, 8, (right - left) * 0.6)
            draw_runs(canvas, left, top, head, 8)
            draw_runs(canvas, right, top, self.title, 8, right=True)
        canvas.restoreState()


def numbered_canvas(furniture: PageFurniture, *, to_front: int = 0) -> Callable[..., Canvas]:
    """A canvas that holds its pages back until the end, to draw "page n of N" on each.

    ``to_front``: that many pages, laid out last, print first (a contents page,
    laid out once the pages it lists are known); the numbers follow the printed order.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # what showPage() does next

        def save(self) -> None:
            held = self._held
            if 0 < to_front < len(held):
                held = held[-to_front:] + held[:-to_front]
            total = len(held)
            for number, state in enumerate(held, start=1):
                self.__dict__.update(state)
                furniture.draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def write_whole(path: str | PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (beside it first, then renamed)."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target


def chinese_line_breaking() -> None:
    """Teach reportlab's CJK line breaking (``ParagraphStyle(wordWrap="CJK")``) Chinese.

    Its list of characters that may not start a line is Japanese: a Chinese
    full-width comma or full stop would begin the next line. Added to the list,
    such a mark stays at the end of its line instead (within the cell padding).
    Only paragraphs with wordWrap="CJK" read the list; adding is idempotent.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        current: str = getattr(module, "ALL_CANNOT_START", "")
        missing = "".join(char for char in CHINESE_CANNOT_START if char not in current)
        if missing:
            setattr(module, "ALL_CANNOT_START", current + missing)  # noqa: B010


# CJK ideographs and radicals, kana, CJK punctuation and full-width forms.
HAS_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002ffff]")


@cache
def latin_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` wrapping between words (reportlab's default), for text without CJK."""
    return ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)


def paragraph(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ``markup_text`` in ``style`` (a ``wordWrap="CJK"`` style): Chinese
    breaks between characters, text without CJK between words.

    reportlab's CJK wrapping breaks Latin words anywhere ("custo|mer"), so text
    without Chinese takes the same style with word wrapping instead; a word
    longer than a line still splits (``splitLongWords``), so nothing is cut.
    """
    if not HAS_CJK.search(markup_text):
        style = latin_style(style)
    return Paragraph(markup_text, style)
