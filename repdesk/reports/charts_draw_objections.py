"""The objection charts: the objections met most, and how often each answer led to agreement.

The numbers are the playbook's (services/playbook.py): an answer's rate is
"agreed of decided" with its Wilson interval (95%) as the error bar, and an
answer with fewer than five decided tries is drawn grey and marked too few
to judge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from repdesk.domain.charts import AnswerBar, ObjectionBar, ObjectionNumbers
from repdesk.reports import charts_common as c
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.labels import fill

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def objection_title(bar: ObjectionBar | AnswerBar, labels: ChartLabels) -> str:
    title = bar.title if isinstance(bar, ObjectionBar) else bar.objection_title
    return labels.text(title, labels.objections_typed)


def answer_label(bar: AnswerBar, labels: ChartLabels) -> str:
    text = labels.text(bar.label, labels.answers_typed)
    return fill(labels.answers_retired, text) if bar.retired else text


def _label_room(figure: Figure, share: float, size: float) -> int:
    """Narrow characters that fit in ``share`` of the figure's width at ``size`` points."""
    return max(12, int(figure.get_figwidth() * 72 * share / (size * 0.6)))


def draw_objections(
    figure: Figure, numbers: ObjectionNumbers, labels: ChartLabels, size: float
) -> None:
    ink = c.begin(figure, size)
    subtitle = labels.dates(numbers.period.start, numbers.period.end)
    if numbers.is_empty:
        c.empty(figure, ink, labels.objections_title, subtitle, labels.objections_empty)
        return
    top = c.heading(figure, ink, labels.objections_title, subtitle)
    axes = figure.add_subplot(1, 1, 1)
    bars = numbers.objections
    ys = list(range(len(bars)))[::-1]
    raised = [b.raised for b in bars]
    axes.barh(ys, raised, 0.65, color=c.MADE)
    notes = [" " + fill(labels.objections_customers, str(b.raised), str(b.customers)) for b in bars]
    for y, objection, note in zip(ys, bars, notes, strict=True):
        axes.text(
            objection.raised,
            y,
            note,
            va="center",
            fontsize=ink.small(0.8),
            fontfamily=ink.fonts,
            color="#444444",
        )
    room = _label_room(figure, 0.36, ink.small())
    axes.set_yticks(ys)
    axes.set_yticklabels([c.wrap(objection_title(b, labels), room) for b in bars])
    axes.set_xlim(0, c.room_for(ink, raised, notes, figure, 0.5))
    axes.set_ylim(-0.6, len(bars) - 0.4)
    c.whole_numbers(axes.xaxis)
    axes.set_xlabel(labels.objections_raised, fontsize=ink.small(), fontfamily=ink.fonts)
    c.plain_axes(axes, ink, grid="x")
    more = [fill(labels.objections_more, str(numbers.more_objections))]
    bottom = c.footnote(figure, ink, more if numbers.more_objections else [])
    c.arrange(figure, [axes], top=top, bottom=bottom)


def draw_answers(
    figure: Figure, numbers: ObjectionNumbers, labels: ChartLabels, size: float
) -> None:
    ink = c.begin(figure, size)
    subtitle = labels.dates(numbers.period.start, numbers.period.end)
    if not numbers.has_answers:
        c.empty(figure, ink, labels.answers_title, subtitle, labels.answers_empty)
        return
    top = c.heading(figure, ink, labels.answers_title, subtitle)
    axes = figure.add_subplot(1, 1, 1)
    # Rows top to bottom: a band with the objection, then its answers.
    rows: list[tuple[str, AnswerBar | None]] = []
    group: object = ()  # no objection yet
    for answer in numbers.answers:
        if answer.objection_id != group:
            group = answer.objection_id
            rows.append((objection_title(answer, labels), None))
        rows.append(("", answer))
    room = _label_room(figure, 0.34, ink.small())
    ys = list(range(len(rows)))[::-1]
    tick_labels, outside = [], []
    for y, (title, bar) in zip(ys, rows, strict=True):
        if bar is None:
            axes.axhspan(y - 0.5, y + 0.5, color="#f1f1ef", linewidth=0, zorder=0)
            axes.text(
                1,
                y,
                c.shorten(title, room * 2),
                va="center",
                fontsize=ink.small(),
                fontfamily=ink.fonts,
                color=c.INK,
            )
            tick_labels.append("")
            continue
        tick_labels.append(c.shorten(answer_label(bar, labels), room))
        tally = bar.tally
        rate = (tally.rate or 0.0) * 100
        low, high = tally.interval or (0.0, 0.0)
        colour = c.FEW if tally.few else c.GOOD
        axes.errorbar(
            rate,
            y,
            xerr=[[max(0.0, rate - low * 100)], [max(0.0, high * 100 - rate)]],
            fmt="o",
            color=colour,
            ecolor=colour,
            elinewidth=1.4,
            capsize=3,
            markersize=5,
        )
        words = fill(labels.answers_tally, str(tally.agreed), str(tally.decided))
        if tally.few:
            words += f" · {labels.answers_few}"
        outside.append(words)
        axes.text(
            1.02,
            y,
            words,
            transform=axes.get_yaxis_transform(),
            va="center",
            fontsize=ink.small(0.8),
            fontfamily=ink.fonts,
            color=c.MUTED if tally.few else "#444444",
        )
    axes.set_yticks(ys)
    axes.set_yticklabels(tick_labels)
    axes.tick_params(axis="y", length=0)
    axes.set_xlim(-2, 102)
    axes.set_xticks([0, 20, 40, 60, 80, 100])
    axes.set_ylim(-0.5, len(rows) - 0.5)
    axes.xaxis.set_major_formatter(lambda value, _: labels.share(value / 100))
    axes.set_xlabel(
        f"{labels.answers_rate} ({labels.answers_interval})",
        fontsize=ink.small(),
        fontfamily=ink.fonts,
    )
    c.plain_axes(axes, ink, grid="x")
    right = max(c.measure(ink, words, ink.small(0.8))[0] for words in outside) + 0.15
    c.arrange(figure, [axes], top=top, right=right)
