"""The activity charts: visits planned and made, prospects by grade and their movements,
lead sources, and the rep's time by tier against the 60/30/10 guide.

Each ``draw_*`` clears the figure and draws the numbers it is given; nothing is
computed here but positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from repdesk.domain.charts import (
    GradeNumbers,
    LeadSourceNumbers,
    TimeNumbers,
    VisitNumbers,
)
from repdesk.domain.enums import ProspectGrade
from repdesk.domain.rules import TimeTier
from repdesk.reports import charts_common as c
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.labels import fill

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure


def _bar_numbers(axes: Axes, ink: c.Ink, bars: BarContainer, texts: Sequence[str]) -> None:
    axes.bar_label(
        bars,
        list(texts),
        padding=2,
        fontsize=ink.small(0.8),
        fontfamily=ink.fonts,
        color="#444444",
    )


def _legend_above(axes: Axes, ink: c.Ink, columns: int) -> float:
    """A legend in a row above the axes, at the right; returns the inches it takes."""
    axes.legend(
        prop={"family": ink.fonts, "size": ink.small()},
        frameon=False,
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncols=columns,
        borderaxespad=0.2,
    )
    return ink.small() * 2.0 / 72


# --- 1. visits planned against made -----------------------------------------------------


def draw_visits(figure: Figure, numbers: VisitNumbers, labels: ChartLabels, size: float) -> None:
    ink = c.begin(figure, size)
    period = numbers.period
    subtitle = labels.dates(period.start, period.end)
    if numbers.is_empty:
        c.empty(figure, ink, labels.visits_title, subtitle, labels.visits_empty)
        return
    totals = fill(labels.visits_totals, str(numbers.planned), str(numbers.made))
    top = c.heading(figure, ink, labels.visits_title, f"{subtitle} · {totals}")
    axes = figure.add_subplot(1, 1, 1)
    weeks = numbers.weeks
    xs = list(range(len(weeks)))
    width = 0.38
    planned = axes.bar(
        [x - width / 2 for x in xs],
        [w.planned for w in weeks],
        width,
        color=c.PLANNED,
        label=labels.visits_planned,
    )
    made = axes.bar(
        [x + width / 2 for x in xs],
        [w.made for w in weeks],
        width,
        color=c.MADE,
        label=labels.visits_made,
    )
    if len(weeks) <= 16:
        _bar_numbers(axes, ink, planned, [str(w.planned) if w.planned else "" for w in weeks])
        _bar_numbers(axes, ink, made, [str(w.made) if w.made else "" for w in weeks])
    step = max(1, -(-len(weeks) // 16))  # at most 16 week labels
    axes.set_xticks(xs[::step])
    axes.set_xticklabels(
        [
            fill(labels.part_week if w.partial else labels.week, str(w.week.week))
            for w in weeks[::step]
        ]
    )
    axes.set_xlim(-0.6, len(weeks) - 0.4)
    axes.set_ylabel(labels.visits_axis, fontsize=ink.small(), fontfamily=ink.fonts)
    c.whole_numbers(axes.yaxis)
    axes.margins(y=0.1)
    c.plain_axes(axes, ink, grid="y")
    top += _legend_above(axes, ink, 2)
    notes = [labels.part_week_note] if any(w.partial for w in weeks) else []
    c.arrange(figure, [axes], top=top, bottom=c.footnote(figure, ink, notes))


# --- 2. prospects by grade and the movements --------------------------------------------

_GRADE_COLOURS = ("#2e7040", "#6a9f58", "#c9a227", "#c0703a", c.FEW)


def _grade_bars(axes: Axes, numbers: GradeNumbers, labels: ChartLabels, ink: c.Ink) -> None:
    names = [grade.value for grade, _ in numbers.now]
    counts = [n for _, n in numbers.now]
    if numbers.ungraded:
        names.append(labels.grades_ungraded)
        counts.append(numbers.ungraded)
    bars = axes.bar(range(len(names)), counts, 0.65, color=_GRADE_COLOURS[: len(names)])
    _bar_numbers(axes, ink, bars, [str(n) for n in counts])
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels(names)
    axes.set_title(labels.grades_now, fontsize=ink.size, fontfamily=ink.fonts, color=c.INK)
    c.whole_numbers(axes.yaxis)
    axes.margins(y=0.12)
    c.plain_axes(axes, ink, grid="y")


def _cell_colour(source: ProspectGrade | None, target: ProspectGrade | None) -> str:
    if source is None and target is not None:
        return c.NEW  # newly graded
    if target is None or (source is not None and target.value < source.value):
        return c.GOOD  # towards closing (A is the best grade), or closed
    return c.BAD


def _move_grid(axes: Axes, numbers: GradeNumbers, labels: ChartLabels, ink: c.Ink) -> None:
    from matplotlib.collections import PatchCollection
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Rectangle

    sources: list[ProspectGrade | None] = [None, *ProspectGrade]
    targets: list[ProspectGrade | None] = [*ProspectGrade, None]
    biggest = max((m.count for m in numbers.moves), default=1)
    cells, colours = [], []
    for row, source in enumerate(sources):
        y = len(sources) - 1 - row
        for column, target in enumerate(targets):
            count = numbers.move(source, target)
            face, alpha = "white", 1.0
            if source is not None and source == target:
                face = "#f1f1ef"  # no movement: the diagonal
            elif count:
                face, alpha = _cell_colour(source, target), 0.25 + 0.6 * count / biggest
            cells.append(Rectangle((column, y), 1, 1))
            colours.append(to_rgba(face, alpha))
            if count:
                axes.text(
                    column + 0.5,
                    y + 0.5,
                    str(count),
                    ha="center",
                    va="center",
                    fontsize=ink.size,
                    fontfamily=ink.fonts,
                    color="white" if alpha > 0.6 else c.INK,
                )
    axes.add_collection(
        PatchCollection(cells, facecolors=colours, edgecolors="#d8d8d8", linewidths=0.8),
        autolim=False,
    )
    axes.set_xlim(0, len(targets))
    axes.set_ylim(0, len(sources))
    axes.set_xticks([i + 0.5 for i in range(len(targets))])
    axes.set_xticklabels([t.value if t else labels.grades_customer for t in targets])
    axes.set_yticks([len(sources) - 0.5 - i for i in range(len(sources))])
    axes.set_yticklabels([s.value if s else labels.grades_new for s in sources])
    axes.xaxis.tick_top()
    axes.xaxis.set_label_position("top")
    axes.set_xlabel(labels.grades_to, fontsize=ink.small(), fontfamily=ink.fonts)
    axes.set_ylabel(labels.grades_from, fontsize=ink.small(), fontfamily=ink.fonts)
    axes.set_title(labels.grades_moves, fontsize=ink.size, fontfamily=ink.fonts, color=c.INK)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    c.tick_fonts(axes, ink)
    if not numbers.moves:
        axes.text(
            len(targets) / 2,
            len(sources) / 2,
            labels.grades_no_moves,
            ha="center",
            va="center",
            fontsize=ink.small(),
            fontfamily=ink.fonts,
            color=c.MUTED,
            bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": c.EMPTY_BOX},
        )


def draw_grades(figure: Figure, numbers: GradeNumbers, labels: ChartLabels, size: float) -> None:
    ink = c.begin(figure, size)
    subtitle = labels.dates(numbers.period.start, numbers.period.end)
    if numbers.is_empty:
        c.empty(figure, ink, labels.grades_title, subtitle, labels.grades_empty)
        return
    top = c.heading(figure, ink, labels.grades_title, subtitle)
    left, right = figure.add_subplot(1, 2, 1), figure.add_subplot(1, 2, 2)
    _grade_bars(left, numbers, labels, ink)
    _move_grid(right, numbers, labels, ink)
    c.arrange(figure, [left, right], top=top, ratios=(1.0, 1.5))


# --- 3. lead sources --------------------------------------------------------------------

_MAX_SOURCES = 12


def draw_lead_sources(
    figure: Figure, numbers: LeadSourceNumbers, labels: ChartLabels, size: float
) -> None:
    ink = c.begin(figure, size)
    subtitle = labels.dates(numbers.period.start, numbers.period.end)
    if numbers.is_empty:
        c.empty(figure, ink, labels.sources_title, subtitle, labels.sources_empty)
        return
    totals = fill(labels.sources_totals, str(numbers.found), str(numbers.became_customers))
    top = c.heading(figure, ink, labels.sources_title, f"{subtitle} · {totals}")
    axes = figure.add_subplot(1, 1, 1)
    sources = numbers.sources[:_MAX_SOURCES]
    ys = list(range(len(sources)))[::-1]
    axes.barh(ys, [s.found for s in sources], 0.7, color=c.PLANNED, label=labels.sources_found)
    axes.barh(
        ys, [s.became_customers for s in sources], 0.7, color=c.GOOD, label=labels.sources_closed
    )
    notes = [
        " " + fill(labels.sources_share, str(s.became_customers), str(s.found)) for s in sources
    ]
    for y, source, note in zip(ys, sources, notes, strict=True):
        axes.text(
            source.found,
            y,
            note,
            va="center",
            fontsize=ink.small(0.8),
            fontfamily=ink.fonts,
            color="#444444",
        )
    axes.set_yticks(ys)
    axes.set_yticklabels([c.shorten(labels.source(s.label or None), 24) for s in sources])
    axes.set_xlim(0, c.room_for(ink, [s.found for s in sources], notes, figure, 0.6))
    axes.set_ylim(-0.6, len(sources) - 0.4)
    c.whole_numbers(axes.xaxis)
    c.plain_axes(axes, ink, grid="x")
    top += _legend_above(axes, ink, 2)
    c.arrange(figure, [axes], top=top)


# --- 6. time by tier against the guide --------------------------------------------------


def _tier_name(tier: TimeTier, labels: ChartLabels) -> str:
    return {
        TimeTier.VIP: labels.time_vip,
        TimeTier.ORDINARY: labels.time_ordinary,
        TimeTier.POSSIBLE: labels.time_possible,
    }[tier]


def draw_time_by_tier(
    figure: Figure, numbers: TimeNumbers, labels: ChartLabels, size: float
) -> None:
    ink = c.begin(figure, size)
    subtitle = labels.dates(numbers.period.start, numbers.period.end)
    if numbers.is_empty:
        c.empty(figure, ink, labels.time_title, subtitle, labels.time_empty)
        return
    top = c.heading(figure, ink, labels.time_title, subtitle)
    axes = figure.add_subplot(1, 1, 1)
    width = 0.36
    xs = list(range(len(numbers.tiers)))
    people = axes.bar(
        [x - width / 2 for x in xs],
        [t.customer_share * 100 for t in numbers.tiers],
        width,
        color=c.PLANNED,
        label=labels.time_customers,
    )
    spent = axes.bar(
        [x + width / 2 for x in xs],
        [(t.time_share or 0) * 100 for t in numbers.tiers],
        width,
        color=c.MADE,
        label=labels.time_spent,
    )
    for x, tier in zip(xs, numbers.tiers, strict=True):
        for offset, guide in ((-width / 2, tier.guide[0]), (width / 2, tier.guide[1])):
            first = (x, offset) == (0, -width / 2)
            axes.hlines(
                guide * 100,
                x + offset - width / 2,
                x + offset + width / 2,
                colors=c.GUIDE,
                linestyles="--",
                linewidth=1.6,
                label=labels.time_guide if first else "_nolegend_",
            )
    _bar_numbers(axes, ink, people, [labels.share(t.customer_share) for t in numbers.tiers])
    _bar_numbers(
        axes,
        ink,
        spent,
        [
            labels.share(t.time_share) + "\n" + fill(labels.time_hours, f"{t.minutes / 60:.0f}")
            if t.time_share is not None
            else ""
            for t in numbers.tiers
        ],
    )
    axes.set_xticks(xs)
    axes.set_xticklabels([_tier_name(t.tier, labels) for t in numbers.tiers])
    axes.set_ylim(0, 105)
    axes.set_yticks([0, 20, 40, 60, 80, 100])
    axes.yaxis.set_major_formatter(lambda value, _: labels.share(value / 100))
    c.plain_axes(axes, ink, grid="y")
    top += _legend_above(axes, ink, 3)
    notes = []
    if not numbers.minutes:
        notes.append(labels.time_no_minutes)
    elif numbers.visits_without_minutes:
        notes.append(fill(labels.time_missing, str(numbers.visits_without_minutes)))
    c.arrange(figure, [axes], top=top, bottom=c.footnote(figure, ink, notes))
