"""The value charts: the Pareto curve (八二开规则), the differentiation matrix (差别化)
and the segmentation grid (客户细分)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from repdesk.domain.charts import (
    PROFIT_ROWS,
    RELATIONSHIP_COLUMNS,
    DifferentiationNumbers,
    ParetoMark,
    ParetoNumbers,
    SegmentationNumbers,
)
from repdesk.domain.enums import DifferentiationStrategy
from repdesk.reports import charts_common as c
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.labels import fill

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# The Pareto marks, strongest first: the few that bring 10-20%, the 40-50% group, 80%.
_MARK_COLOURS = ("#b23b2e", "#d9822b", "#7a7a7a")


# --- 5. Pareto --------------------------------------------------------------------------


def _pareto_subtitle(numbers: ParetoNumbers, labels: ChartLabels) -> str:
    currency = numbers.currency or labels.pareto_no_currency
    return fill(labels.pareto_currency, currency, str(numbers.customers))


def _mark_words(mark: ParetoMark, labels: ChartLabels) -> str:
    band = (
        f"{mark.target * 100:.0f}–{mark.band_top * 100:.0f}%"
        if mark.band_top
        else f"{mark.target * 100:.0f}%"
    )
    head = fill(labels.pareto_band, band)
    if not mark.in_band:
        head += " (" + fill(labels.pareto_above_band, band) + ")"
    words = fill(
        labels.pareto_mark,
        str(mark.customers),
        labels.share(mark.customer_share),
        labels.share(mark.revenue_share),
    )
    return f"{head}\n{words}"


def _pareto_key(
    axes: Axes, numbers: ParetoNumbers, labels: ChartLabels, ink: c.Ink, height: float
) -> None:
    """The marks explained, then the biggest customers, in the free corner under the curve."""
    y = 0.62
    for mark, colour in zip(numbers.marks, _MARK_COLOURS, strict=False):
        axes.text(
            0.98,
            y,
            _mark_words(mark, labels),
            transform=axes.transAxes,
            ha="right",
            va="top",
            fontsize=ink.small(0.85),
            fontfamily=ink.fonts,
            color=colour,
            linespacing=1.25,
        )
        y -= ink.small(0.85) * 3.4 / 72 / (height * 0.7)
    if not numbers.leaders:
        return
    names = [f"{i}. {c.shorten(p.name, 26)}" for i, p in enumerate(numbers.leaders[:6], 1)]
    if numbers.marks and numbers.marks[0].customers > len(names):
        names.append("…")
    axes.text(
        0.98,
        0.03,
        labels.pareto_leaders + "\n" + "\n".join(names),
        transform=axes.transAxes,
        ha="right",
        va="bottom",
        fontsize=ink.small(0.8),
        fontfamily=ink.fonts,
        color=c.INK,
        linespacing=1.25,
        bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": _MARK_COLOURS[0]},
    )


def draw_pareto(figure: Figure, numbers: ParetoNumbers, labels: ChartLabels, size: float) -> None:
    ink = c.begin(figure, size)
    if numbers.is_empty:
        c.empty(figure, ink, labels.pareto_title, "", labels.pareto_empty)
        return
    top = c.heading(figure, ink, labels.pareto_title, _pareto_subtitle(numbers, labels))
    axes = figure.add_subplot(1, 1, 1)
    n = numbers.customers
    xs = [0.0] + [(i + 1) / n * 100 for i in range(n)]
    ys = [0.0] + [share * 100 for share in numbers.cumulative]
    axes.plot([0, 100], [0, 100], color="#c8c8c8", linestyle=":", linewidth=1)
    axes.plot(xs, ys, color=c.MADE, linewidth=1.8, marker="o" if n <= 40 else None, markersize=3)
    for mark, colour in zip(numbers.marks, _MARK_COLOURS, strict=False):
        x, y = mark.customer_share * 100, mark.revenue_share * 100
        axes.axvspan(0, x, color=colour, alpha=0.08, linewidth=0)
        axes.plot([x, x, 0], [0, y, y], color=colour, linestyle="--", linewidth=1)
        axes.plot([x], [y], "o", color=colour, markersize=6, zorder=4)
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 102)
    axes.xaxis.set_major_formatter(lambda value, _: labels.share(value / 100))
    axes.yaxis.set_major_formatter(lambda value, _: labels.share(value / 100))
    axes.set_xlabel(labels.pareto_customers, fontsize=ink.small(), fontfamily=ink.fonts)
    axes.set_ylabel(labels.pareto_revenue, fontsize=ink.small(), fontfamily=ink.fonts)
    c.plain_axes(axes, ink, grid="both")
    _pareto_key(axes, numbers, labels, ink, figure.get_figheight())
    notes = []
    if numbers.other_currencies:
        others = ", ".join(
            f"{code or labels.pareto_no_currency} ({count})"
            for code, count in numbers.other_currencies
        )
        notes.append(fill(labels.pareto_others, others))
    c.arrange(figure, [axes], top=top, bottom=c.footnote(figure, ink, notes))


# --- 7a. differentiation matrix ---------------------------------------------------------

_STRATEGY_COLOURS = {
    DifferentiationStrategy.KEEP_CLOSE: "#e5f3e8",
    DifferentiationStrategy.MAINTAIN_OR_ACQUIRE: "#e7eff8",
    DifferentiationStrategy.DEVELOP: "#fbf1e1",
    DifferentiationStrategy.ACQUIRE_OR_ABANDON: "#f1f1ef",
}
_STRATEGY_INK = {
    DifferentiationStrategy.KEEP_CLOSE: "#2e7040",
    DifferentiationStrategy.MAINTAIN_OR_ACQUIRE: "#2b5d8f",
    DifferentiationStrategy.DEVELOP: "#9a6212",
    DifferentiationStrategy.ACQUIRE_OR_ABANDON: "#6b6b6b",
}


def draw_differentiation(
    figure: Figure, numbers: DifferentiationNumbers, labels: ChartLabels, size: float
) -> None:
    ink = c.begin(figure, size)
    if numbers.is_empty:
        c.empty(figure, ink, labels.matrix_title, "", labels.matrix_empty)
        return
    heading = c.heading(figure, ink, labels.matrix_title)
    axes = figure.add_subplot(1, 1, 1)
    top = max(max(d.upcoming_quantity for d in numbers.dots), numbers.large_quantity) * 1.6
    split_x, split_y = numbers.high_share, numbers.large_quantity
    # Quadrants: (strategy, x from, x to, y from, y to, where the name goes).
    quadrants = (
        (DifferentiationStrategy.KEEP_CLOSE, split_x, 102.0, split_y, top, "right", "top"),
        (
            DifferentiationStrategy.MAINTAIN_OR_ACQUIRE,
            split_x,
            102.0,
            0.0,
            split_y,
            "right",
            "bottom",
        ),
        (DifferentiationStrategy.DEVELOP, -2.0, split_x, split_y, top, "left", "top"),
        (DifferentiationStrategy.ACQUIRE_OR_ABANDON, -2.0, split_x, 0.0, split_y, "left", "bottom"),
    )
    for strategy, x0, x1, y0, y1, ha, va in quadrants:
        axes.fill_between([x0, x1], y0, y1, color=_STRATEGY_COLOURS[strategy], zorder=0, lw=0)
        axes.text(
            x1 - 1.5 if ha == "right" else x0 + 1.5,
            y1 / 1.15 if va == "top" else max(y0, 0.0) + 0.15,
            fill(labels.matrix_count, labels.value(strategy), str(numbers.count(strategy))),
            ha=ha,
            va=va,
            fontsize=ink.small(0.9),
            fontfamily=ink.fonts,
            color=_STRATEGY_INK[strategy],
            zorder=3,
        )
    groups = (
        ([d for d in numbers.dots if not d.customer], labels.matrix_prospects, "o", "none", 18),
        (
            [d for d in numbers.dots if d.customer and not d.vip],
            labels.matrix_customers,
            "o",
            c.MADE,
            18,
        ),
        ([d for d in numbers.dots if d.vip], labels.matrix_vip, "*", "#b23b2e", 70),
    )
    for dots, name, marker, face, area in groups:
        if not dots:
            continue
        axes.scatter(
            [d.share_percent for d in dots],
            [d.upcoming_quantity for d in dots],
            s=area,
            marker=marker,
            facecolors=face,
            edgecolors=c.MADE if face == "none" else face,
            linewidths=0.8,
            alpha=0.7,
            label=name,
            zorder=2,
        )
    axes.axvline(split_x, color="#8a8a8a", linewidth=1, zorder=1)
    axes.axhline(split_y, color="#8a8a8a", linewidth=1, zorder=1)
    axes.set_yscale("symlog", linthresh=1.0, linscale=0.4)
    axes.yaxis.set_major_formatter(lambda value, _: f"{value:g}")
    axes.set_xlim(-2, 102)
    axes.set_ylim(0, top)
    axes.set_xlabel(labels.matrix_share, fontsize=ink.small(), fontfamily=ink.fonts)
    axes.set_ylabel(labels.matrix_quantity, fontsize=ink.small(), fontfamily=ink.fonts)
    c.plain_axes(axes, ink, grid=None)
    shown = [name for dots, name, *_ in groups if dots]
    axes.legend(
        prop={"family": ink.fonts, "size": ink.small()},
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
    )
    right = max(c.measure(ink, name, ink.small())[0] for name in shown) + 0.45
    notes = [fill(labels.matrix_unknown, str(numbers.unknown))] if numbers.unknown else []
    c.arrange(figure, [axes], top=heading, bottom=c.footnote(figure, ink, notes), right=right)


# --- 7b. segmentation grid --------------------------------------------------------------


def draw_segmentation(
    figure: Figure, numbers: SegmentationNumbers, labels: ChartLabels, size: float
) -> None:
    from matplotlib.patches import Rectangle

    ink = c.begin(figure, size)
    if numbers.is_empty:
        c.empty(figure, ink, labels.segments_title, "", labels.segments_empty)
        return
    top = c.heading(figure, ink, labels.segments_title)
    axes = figure.add_subplot(1, 1, 1)
    biggest = max(cell.sheets for cell in numbers.cells) or 1
    grid = [[numbers.cell(p, r).sheets for r in RELATIONSHIP_COLUMNS] for p in PROFIT_ROWS]
    axes.imshow(grid, cmap="Blues", vmin=0, vmax=biggest * 1.15, aspect="auto")
    for row, profit in enumerate(PROFIT_ROWS):
        for column, relationship in enumerate(RELATIONSHIP_COLUMNS):
            cell = numbers.cell(profit, relationship)
            dark = cell.sheets > biggest * 0.6
            text = str(cell.sheets)
            if cell.vips:
                text += "\n" + fill(labels.segments_vip, str(cell.vips))
            axes.text(
                column,
                row,
                text,
                ha="center",
                va="center",
                fontsize=ink.size,
                fontfamily=ink.fonts,
                color="white" if dark else c.INK,
            )
            if cell.cell.attractive:
                axes.add_patch(
                    Rectangle(
                        (column - 0.47, row - 0.47),
                        0.94,
                        0.94,
                        fill=False,
                        edgecolor="#b23b2e",
                        linewidth=2,
                    )
                )
    axes.set_xticks(range(len(RELATIONSHIP_COLUMNS)))
    axes.set_xticklabels([c.wrap(labels.value(r), 12) for r in RELATIONSHIP_COLUMNS])
    axes.set_yticks(range(len(PROFIT_ROWS)))
    axes.set_yticklabels([labels.value(p) for p in PROFIT_ROWS])
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    c.tick_fonts(axes, ink)
    axes.set_xlabel(labels.segments_relationship, fontsize=ink.small(), fontfamily=ink.fonts)
    axes.set_ylabel(labels.segments_profit, fontsize=ink.small(), fontfamily=ink.fonts)
    notes = [labels.segments_attractive]
    if numbers.unknown:
        notes.append(fill(labels.segments_unknown, str(numbers.unknown)))
    c.arrange(figure, [axes], top=top, bottom=c.footnote(figure, ink, notes))
