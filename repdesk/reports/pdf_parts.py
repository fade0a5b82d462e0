"""What every printed report shares: its palette, user text as paragraph markup, the
canvas that prints "page n of N", a running head cut to fit, writing the file whole,
Chinese line breaking, and Latin text wrapping between words.

The customer sheet (sheet_pdf.py), the prospect diary (diary_pdf.py) and the
visit report (visit_report_pdf.py) use these, so their pages look like one family
and a rep's text prints the same in all of them. This module imports reportlab:
import it where a PDF is made, not at start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
from reportlab.platypus import Paragraph

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

# Every way a rep's text may break a line: Windows, old Mac, Unicode line/paragraph separators.
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")


def markup(value: object) -> str:
    """User text as reportlab paragraph markup: <, > and & escaped, its line breaks kept."""
    if value is None:
        return ""
    return _LINE_BREAK.sub("<br/>", escape(str(value)))


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` (running heads only: the body never cuts)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


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
        canvas.drawString(left, y, self.printed)
        canvas.drawRightString(right, y, fill(self.page_of, str(page), str(pages)))
        if page > 1:
            top = height - self.from_edge
            canvas.drawString(left, top, fit_text(self.head, self.font, 8, (right - left) * 0.6))
            canvas.drawRightString(right, top, self.title)
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
