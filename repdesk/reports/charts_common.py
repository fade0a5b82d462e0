"""What every chart shares: the page furniture, the palette, the empty message, text fitting.

matplotlib is imported only inside the functions: importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from repdesk.reports.fonts import figure_fonts, figure_glyphs
from repdesk.reports.printable import drawable

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import XAxis, YAxis
    from matplotlib.figure import Figure

INK = "#1d1d1d"
MUTED = "#6b6b6b"
GRID = "#e3e3e3"
PLANNED = "#9db7d5"  # light blue: what was meant to happen
MADE = "#2b5d8f"  # dark blue: what happened
GOOD = "#2e7040"  # green: towards closing, agreement, the guide met
BAD = "#b23b2e"  # red: away from closing
NEW = "#3a6ea5"
GUIDE = "#9a6212"  # amber: the seed's guide
FEW = "#b5b5b5"  # grey: too few to judge
EMPTY_BOX = "#c8c8c8"


@dataclass(frozen=True)
class Ink:
    """The font families and the base size for one figure."""

    fonts: list[str]
    size: float

    def small(self, factor: float = 0.85) -> float:
        return self.size * factor


def begin(figure: Figure, font_size: float) -> Ink:
    """Clear ``figure`` for a new chart; text shrinks with a narrow figure (to 3/4)."""
    fonts = figure_fonts()
    figure.clear()
    figure.set_facecolor("white")
    figure.set_layout_engine(None)
    return Ink(fonts, font_size * min(1.0, max(0.75, figure.get_figwidth() / 6.5)))


def heading(figure: Figure, ink: Ink, title: str, subtitle: str = "") -> float:
    """The chart's title, and a lighter line under it (the period, the currency);
    returns the inches they take at the top."""
    from matplotlib.transforms import offset_copy

    size = ink.size * 1.25
    at_top = offset_copy(figure.transFigure, fig=figure, y=-5, units="points")
    figure.text(
        0.5,
        1.0,
        title,
        ha="center",
        va="top",
        fontsize=size,
        fontfamily=ink.fonts,
        color=INK,
        transform=at_top,
        gid="chart-title",
    )
    used = (size * 1.45 + 5) / 72
    if subtitle:
        below = offset_copy(figure.transFigure, fig=figure, y=-size * 1.45 - 5, units="points")
        figure.text(
            0.5,
            1.0,
            subtitle,
            ha="center",
            va="top",
            fontsize=ink.small(),
            fontfamily=ink.fonts,
            color=MUTED,
            transform=below,
            gid="chart-subtitle",
        )
        used += ink.small() * 1.45 / 72
    return used + 0.06


def footnote(figure: Figure, ink: Ink, lines: list[str]) -> float:
    """Notes under the chart, left-aligned (what is not shown, and why); returns the
    inches they take at the bottom."""
    shown = [line for line in lines if line]
    if not shown:
        return 0.0
    size = ink.small(0.8)
    figure.text(
        0.01,
        0.01,
        "\n".join(shown),
        ha="left",
        va="bottom",
        fontsize=size,
        fontfamily=ink.fonts,
        color=MUTED,
        linespacing=1.3,
    )
    return len(shown) * size * 1.45 / 72 + 0.04


def arrange(
    figure: Figure,
    panels: list[Axes],
    *,
    top: float = 0.0,
    bottom: float = 0.0,
    right: float = 0.0,
    ratios: tuple[float, ...] | None = None,
) -> None:
    """Place ``panels`` (one row of axes) between the title block and the footnote,
    margins measured from their texts, now and whenever the figure is drawn."""
    from repdesk.reports.charts_layout import ChartLayout

    engine = ChartLayout(panels, top=top, bottom=bottom, right=right, ratios=ratios)
    figure.set_layout_engine(engine)
    engine.execute(figure)


def measure(ink: Ink, text: str, size: float | None = None) -> tuple[float, float]:
    """(width, height) of ``text`` in inches, in the chart's fonts."""
    from repdesk.reports.charts_layout import measure as measure_text

    return measure_text(text, ink.fonts, size or ink.size)


def room_for(
    ink: Ink, values: Sequence[float], texts: Sequence[str], figure: Figure, share: float
) -> float:
    """The axis length (in data units) that leaves room after each bar for its text,
    for axes about ``share`` of the figure's width."""
    room = figure.get_figwidth() * share
    longest = max(values, default=0.0) or 1.0
    for value, text in zip(values, texts, strict=True):
        width = measure(ink, text, ink.small(0.8))[0] + 0.05
        longest = max(longest, value / max(1.0 - width / room, 0.2))
    return longest * 1.02


def empty(figure: Figure, ink: Ink, title: str, subtitle: str, message: str) -> None:
    """The plain message of a chart with nothing to show."""
    top = heading(figure, ink, title, subtitle)
    axes = figure.add_subplot(1, 1, 1)
    axes.set_axis_off()
    axes.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=ink.size,
        fontfamily=ink.fonts,
        color=MUTED,
        bbox={"boxstyle": "round,pad=0.6", "facecolor": "white", "edgecolor": EMPTY_BOX},
        gid="empty-message",
    )
    arrange(figure, [axes], top=top)


def plain_axes(axes: Axes, ink: Ink, *, grid: Literal["x", "y", "both"] | None = "x") -> None:
    """Light frame: no top and right spines, a faint grid, readable ticks."""
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        axes.spines[spine].set_color("#8a8a8a")
    tick_fonts(axes, ink)
    if grid:
        axes.grid(axis=grid, color=GRID, linewidth=0.8)
        axes.set_axisbelow(True)


def whole_numbers(axis: XAxis | YAxis) -> None:
    """Ticks at whole numbers only (counts)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def tick_fonts(axes: Axes, ink: Ink, size: float | None = None) -> None:
    """Tick labels in the chart's fonts (also those the locator makes at draw time)."""
    axes.tick_params(labelfontfamily=ink.fonts, labelsize=size or ink.small(), labelcolor="#444444")


def width_of(text: str) -> int:
    """Width in narrow characters: a CJK character counts two."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def chart_text(text: str) -> str:
    """Text a rep typed as the charts' fonts can draw it: no control characters, what
    no font has as U+FFFD (repdesk/reports/printable.py). With math text off
    (fonts.figure_fonts), a ``$`` is a dollar sign."""
    return drawable(text, figure_glyphs())


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut with an ellipsis to ``limit`` narrow characters."""
    text = " ".join(chart_text(text).split())
    if width_of(text) <= limit:
        return text
    kept, width = [], 0
    for char in text:
        width += 2 if ord(char) > 0x2E80 else 1
        if width > limit - 1:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"


def wrap(text: str, limit: int, lines: int = 2) -> str:
    """``text`` broken into at most ``lines`` lines of ``limit`` narrow characters
    (between words for Latin text, anywhere for CJK), the last one shortened."""
    text = " ".join(chart_text(text).split())
    if width_of(text) <= limit:
        return text
    cjk = any(ord(char) > 0x2E80 for char in text)
    tokens = list(text) if cjk else text.split(" ")
    joiner = "" if cjk else " "
    result: list[str] = []
    current = ""
    for index, token in enumerate(tokens):
        candidate = f"{current}{joiner}{token}" if current else token
        if width_of(candidate) <= limit or not current:
            current = candidate
            continue
        result.append(current.strip())
        if len(result) == lines - 1:
            current = joiner.join(tokens[index:])
            break
        current = token
    result.append(shorten(current.strip(), limit))
    return "\n".join(result)
