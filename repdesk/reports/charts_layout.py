"""Where the axes go: margins measured from the texts around them.

matplotlib's constrained layout asks every artist for its extent on every draw,
which costs more than drawing a chart (about 80 ms of 200 on a laptop). The
charts know what surrounds their axes (the title block, tick labels, axis
labels, a footnote, a legend beside), so ``ChartLayout`` measures just those
texts with FreeType and places the axes in one pass: cheap enough to run on
every draw, so a chart in a resized window keeps its margins in inches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import LayoutEngine
from matplotlib.textpath import text_to_path

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

EDGE = 0.08  # inches kept free at the figure's edges
TICKS = 8.0 / 72  # tick length and pad, inches
LABEL_PAD = 5.0 / 72
TITLE_PAD = 7.0 / 72
LINE = 1.3  # line height, in font sizes


def text_width(text: str, prop: FontProperties) -> float:
    """The width of ``text`` (its widest line) in inches."""
    widest = 0.0
    for line in text.split("\n"):
        if line:
            width, _, _ = text_to_path.get_text_width_height_descent(line, prop, ismath=False)
            widest = max(widest, width)
    return widest / 72


def text_height(text: str, size: float) -> float:
    """The height of ``text`` in inches (its lines at ``size`` points)."""
    return (text.count("\n") + 1) * size * LINE / 72 if text else 0.0


def measure(text: str, fonts: Sequence[str], size: float) -> tuple[float, float]:
    """(width, height) of a text in inches."""
    return text_width(text, FontProperties(family=list(fonts), size=size)), text_height(text, size)


def _width(text: Text) -> float:
    return text_width(text.get_text(), text.get_fontproperties())


def _height(text: Text) -> float:
    return text_height(text.get_text(), text.get_fontproperties().get_size_in_points())


def _tick_texts(axes: Axes, axis: str) -> list[Text]:
    """The tick labels that will be drawn: the locator also offers some beyond the limits."""
    ticks = axes.xaxis if axis == "x" else axes.yaxis
    index = 0 if axis == "x" else 1
    shown = []
    for label in ticks.get_majorticklabels():
        if label.get_visible() and label.get_text():
            where = _fraction(axes, label.get_position()[index], index)
            if -1e-6 <= where <= 1 + 1e-6:
                shown.append(label)
    return shown


def _fraction(axes: Axes, value: float, index: int = 0) -> float:
    """Where data ``value`` falls along the axes (x: 0 left, 1 right; y: 0 bottom, 1 top)."""
    point = (value, 1.0) if index == 0 else (1.0, value)
    return float(axes.transLimits.transform(axes.transScale.transform(point))[index])


def needs(axes: Axes) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) inches the texts around ``axes`` take."""
    if not axes.axison:
        return (0.0, 0.0, 0.0, 0.0)
    sides = {"left": 0.0, "right": 0.0, "top": 0.0, "bottom": 0.0}
    y_side = "right" if axes.yaxis.get_ticks_position() == "right" else "left"
    x_side = "top" if axes.xaxis.get_ticks_position() == "top" else "bottom"
    y_ticks = _tick_texts(axes, "y")
    if y_ticks:
        sides[y_side] += max(_width(t) for t in y_ticks) + TICKS
    x_ticks = _tick_texts(axes, "x")
    if x_ticks:
        sides[x_side] += max(_height(t) for t in x_ticks) + TICKS
        # A label is centred on its tick: near an end of the axes, it sticks out.
        figure = axes.get_figure(root=True)
        wide = (figure.get_figwidth() if figure else 6.0) * 0.8  # about: before the layout
        for label in (x_ticks[0], x_ticks[-1]):
            where = _fraction(axes, label.get_position()[0])
            half = _width(label) / 2
            sides["left"] = max(sides["left"], half - where * wide)
            sides["right"] = max(sides["right"], half - (1 - where) * wide)
    if axes.yaxis.label.get_text():
        sides[axes.yaxis.get_label_position()] += _height(axes.yaxis.label) + LABEL_PAD
    if axes.xaxis.label.get_text():
        sides[axes.xaxis.get_label_position()] += _height(axes.xaxis.label) + LABEL_PAD
    if axes.title.get_text():
        sides["top"] += _height(axes.title) + TITLE_PAD
    return (sides["left"], sides["right"], sides["top"], sides["bottom"])


class ChartLayout(LayoutEngine):
    """Axes in one row (``ratios`` of the width), framed by the measured texts.

    ``top``/``bottom`` are the inches the figure's own title block and footnote
    take; ``right`` more room beside the last axes (a legend, notes outside it).
    """

    _adjust_compatible = True
    _colorbar_gridspec = False

    def __init__(
        self,
        panels: Sequence[Axes],
        *,
        top: float = 0.0,
        bottom: float = 0.0,
        right: float = 0.0,
        ratios: Sequence[float] | None = None,
        gap: float = 0.3,
    ) -> None:
        super().__init__()
        self.panels = list(panels)
        self.top, self.bottom, self.right = top, bottom, right
        self.ratios = list(ratios or [1.0] * len(self.panels))
        self.gap = gap

    def execute(self, fig: Figure) -> None:
        width, height = fig.get_size_inches()
        around = [needs(axes) for axes in self.panels]
        if not around:
            return
        bottom = EDGE + self.bottom + max(a[3] for a in around)  # one baseline for all
        inner = [around[i - 1][1] + self.gap + around[i][0] for i in range(1, len(around))]
        left = EDGE + around[0][0]
        free = width - left - sum(inner) - around[-1][1] - self.right - EDGE
        free = max(free, 0.5 * len(self.panels))
        x = left
        for index, (axes, ratio) in enumerate(zip(self.panels, self.ratios, strict=True)):
            if index:
                x += inner[index - 1]
            wide = free * ratio / sum(self.ratios)
            # Each panel's own top: their titles line up under the figure's title block.
            tall = max(height - EDGE - self.top - around[index][2] - bottom, 0.5)
            axes.set_position((x / width, bottom / height, wide / width, tall / height))
            x += wide
