"""Every chart of the Reports page and the weekly summary, drawn on a matplotlib Figure.

One entry point, ``draw_chart(kind, numbers, figure, labels)``: the Qt canvas
passes its own figure, the weekly PDF asks ``chart_png`` for a picture, and
``save_chart`` exports a figure to PNG or SVG. The numbers come from
repdesk/services/charts.py (``workspace.charts``), the words from a
``ChartLabels`` (repdesk/gui/chart_labels.py builds one in the UI language).
Each chart with nothing to show draws a plain message instead.

Never pyplot: no global state, so the worker thread may draw (Agg for PNG, the
SVG backend for SVG) while the window stays responsive. matplotlib is imported
only when something is drawn.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from repdesk.domain.charts import (
    ChartKind,
    ChartNumbers,
    DifferentiationNumbers,
    GradeNumbers,
    LeadSourceNumbers,
    ObjectionNumbers,
    ParetoNumbers,
    SegmentationNumbers,
    TimeNumbers,
    VisitNumbers,
)
from repdesk.reports.chart_labels import ChartLabels

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Width x height in inches that each chart is designed for (the PDF's and the export's).
CHART_SIZES: dict[ChartKind, tuple[float, float]] = {
    ChartKind.VISITS: (7.0, 3.6),
    ChartKind.GRADES: (7.0, 3.6),
    ChartKind.LEAD_SOURCES: (7.0, 4.0),
    ChartKind.OBJECTIONS: (7.0, 4.0),
    ChartKind.ANSWERS: (7.0, 4.8),
    ChartKind.PARETO: (7.0, 4.4),
    ChartKind.TIME_BY_TIER: (7.0, 3.8),
    ChartKind.DIFFERENTIATION: (7.0, 4.6),
    ChartKind.SEGMENTATION: (7.0, 3.6),
}
FORMATS = {".png": "png", ".svg": "svg"}

_NUMBERS: dict[ChartKind, type[Any]] = {
    ChartKind.VISITS: VisitNumbers,
    ChartKind.GRADES: GradeNumbers,
    ChartKind.LEAD_SOURCES: LeadSourceNumbers,
    ChartKind.OBJECTIONS: ObjectionNumbers,
    ChartKind.ANSWERS: ObjectionNumbers,
    ChartKind.PARETO: ParetoNumbers,
    ChartKind.TIME_BY_TIER: TimeNumbers,
    ChartKind.DIFFERENTIATION: DifferentiationNumbers,
    ChartKind.SEGMENTATION: SegmentationNumbers,
}
_svg_lock = threading.Lock()


def _drawer(kind: ChartKind) -> Callable[[Figure, Any, ChartLabels, float], None]:
    from repdesk.reports import charts_draw_activity as activity
    from repdesk.reports import charts_draw_objections as objections
    from repdesk.reports import charts_draw_value as value

    drawers: dict[ChartKind, Callable[[Figure, Any, ChartLabels, float], None]] = {
        ChartKind.VISITS: activity.draw_visits,
        ChartKind.GRADES: activity.draw_grades,
        ChartKind.LEAD_SOURCES: activity.draw_lead_sources,
        ChartKind.OBJECTIONS: objections.draw_objections,
        ChartKind.ANSWERS: objections.draw_answers,
        ChartKind.PARETO: value.draw_pareto,
        ChartKind.TIME_BY_TIER: activity.draw_time_by_tier,
        ChartKind.DIFFERENTIATION: value.draw_differentiation,
        ChartKind.SEGMENTATION: value.draw_segmentation,
    }
    return drawers[kind]


def draw_chart(
    kind: ChartKind,
    numbers: ChartNumbers,
    figure: Figure,
    labels: ChartLabels | None = None,
    *,
    font_size: float = 9.0,
) -> None:
    """Clear ``figure`` and draw chart ``kind`` of ``numbers`` on it (or its empty message).

    ``font_size`` is for a figure 6.5 inches wide or more; a narrower one gets
    smaller text, down to three quarters. Raises TypeError when ``numbers`` are
    not the chart's (``ChartService.numbers(kind, period)`` gives the right ones).
    """
    if not isinstance(numbers, _NUMBERS[kind]):
        raise TypeError(
            f"chart {kind} draws {_NUMBERS[kind].__name__}, not {type(numbers).__name__}"
        )
    _drawer(kind)(figure, numbers, labels or ChartLabels(), font_size)


def chart_figure(
    kind: ChartKind,
    numbers: ChartNumbers,
    labels: ChartLabels | None = None,
    *,
    size: tuple[float, float] | None = None,
    font_size: float = 9.0,
) -> Figure:
    """A new Figure with the chart, at its designed size unless ``size`` (inches) is given."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=size or CHART_SIZES[kind])
    draw_chart(kind, numbers, figure, labels, font_size=font_size)
    return figure


def render_chart(figure: Figure, fmt: str, *, dpi: int = 200, compress: int = 6) -> bytes:
    """``figure`` as PNG (Agg) or SVG bytes; any thread. SVG keeps its text as text
    (searchable, Chinese included, in the figure's font families). ``compress`` is the
    PNG's zlib level: 1 is twice as fast and a third bigger (a PDF re-compresses it)."""
    if fmt not in FORMATS.values():
        raise ValueError(f"charts are saved as PNG or SVG, not {fmt!r}")
    buffer = io.BytesIO()
    engine = figure.get_layout_engine()
    if engine is not None:
        # savefig draws twice when a figure has a layout engine (a dry run to lay it out):
        # the charts' own layout is cheap and done here, the figure saved without it.
        engine.execute(figure)
        figure.set_layout_engine(None)
    try:
        # savefig picks the format's canvas (Agg, SVG) for the call and gives the figure
        # its own back after: a figure shown in the window can be exported as it is.
        if fmt == "png":
            figure.savefig(
                buffer,
                format="png",
                dpi=dpi,
                facecolor="white",
                pil_kwargs={"compress_level": compress},
            )
        else:
            import matplotlib

            # svg.fonttype is read from the global rcParams while saving: one SVG at a time.
            with (
                _svg_lock,
                matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "repdesk"}),
            ):
                figure.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
    finally:
        if engine is not None:
            figure.set_layout_engine(engine)
    return buffer.getvalue()


def save_chart(figure: Figure, path: str | PathLike[str], *, dpi: int = 200) -> Path:
    """Write ``figure`` to ``path`` as PNG or SVG, chosen by the suffix, whole or not at all
    (written beside it, then renamed). Raises ValueError for another suffix."""
    target = Path(path)
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise ValueError(f"{target.name}: charts are saved as .png or .svg")
    data = render_chart(figure, fmt, dpi=dpi)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target


def chart_png(
    kind: ChartKind,
    numbers: ChartNumbers,
    labels: ChartLabels | None = None,
    *,
    size: tuple[float, float] | None = None,
    dpi: int = 150,
) -> bytes:
    """The chart as a PNG for the weekly PDF (fast to write: the PDF compresses it again):
    no display, any thread."""
    figure = chart_figure(kind, numbers, labels, size=size)
    return render_chart(figure, "png", dpi=dpi, compress=1)
