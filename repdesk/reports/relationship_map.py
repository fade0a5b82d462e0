"""The relationship map (与客户的4种关系): the people around the purchase, by quadrant and role.

A 2x2 grid: does the rep serve the organisation's interest (up) and the
person's own interest (right)? Outsider (局外人) neither, supplier (供应商)
the organisation only, friend (朋友) the person only, partner (合作伙伴)
both; the path of trust (构建互信的路径) runs from outsider to partner. Each
person sits in their quadrant, in the sheet's role order, boxed in the colour
of their kind of role.

One builder, ``draw_relationship_map``, draws on any matplotlib ``Figure``:
the Qt canvas passes its own, the PDF asks for a PNG. Never pyplot: no global
state, safe on the worker thread. matplotlib is imported only when drawing.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from repdesk.domain.enums import PersonRole, Quadrant
from repdesk.domain.sheet import SHEET_ROLES, PersonFacts
from repdesk.reports.charts_common import chart_text
from repdesk.reports.fonts import figure_fonts
from repdesk.reports.labels import MapLabels

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Lower-left corner of each quadrant on the 2x2 grid (x: the person's interest,
# y: the organisation's).
QUADRANT_CELLS: dict[Quadrant, tuple[int, int]] = {
    Quadrant.OUTSIDER: (0, 0),
    Quadrant.SUPPLIER: (0, 1),
    Quadrant.FRIEND: (1, 0),
    Quadrant.PARTNER: (1, 1),
}
_CELL_COLOURS = {
    Quadrant.OUTSIDER: "#f1f1ef",
    Quadrant.SUPPLIER: "#e7eff8",
    Quadrant.FRIEND: "#fbf1e1",
    Quadrant.PARTNER: "#e5f3e8",
}
_TITLE_COLOURS = {
    Quadrant.OUTSIDER: "#6b6b6b",
    Quadrant.SUPPLIER: "#2b5d8f",
    Quadrant.FRIEND: "#9a6212",
    Quadrant.PARTNER: "#2e7040",
}
# Box colours (edge, fill): the buyer, the form's other people, the key-account roles.
_BUYER = ("#b23b2e", "#fdf0ee")
_FORM_PEOPLE = ("#3a6ea5", "#ffffff")
_KEY_ACCOUNT = ("#4d7d3a", "#ffffff")
_FORM_ROLES = frozenset({PersonRole.SECRETARY, PersonRole.DEPARTMENT_HEAD, PersonRole.INFLUENCER})
_TITLE_BAND = 0.24  # the top of each cell holds the quadrant's name


def role_colours(role: PersonRole) -> tuple[str, str]:
    """(edge, fill) of a person's box."""
    if role is PersonRole.BUYER:
        return _BUYER
    return _FORM_PEOPLE if role in _FORM_ROLES else _KEY_ACCOUNT


def by_quadrant(people: Sequence[PersonFacts]) -> dict[Quadrant, list[PersonFacts]]:
    """The people of each quadrant, in the sheet's role order (then as given)."""
    placed: dict[Quadrant, list[PersonFacts]] = {quadrant: [] for quadrant in Quadrant}
    for person in sorted(people, key=lambda p: SHEET_ROLES.index(p.role)):
        placed[person.quadrant].append(person)
    return placed


def grid_shape(count: int) -> tuple[int, int]:
    """(columns, rows) for ``count`` boxes in one quadrant: wider than tall."""
    if count <= 0:
        return (0, 0)
    columns = min(count, 2 if count <= 4 else 3 if count <= 9 else 4)
    return columns, math.ceil(count / columns)


def positions(quadrant: Quadrant, count: int) -> list[tuple[float, float]]:
    """Centres of ``count`` boxes inside a quadrant's cell, row by row from the top."""
    columns, rows = grid_shape(count)
    left, bottom = QUADRANT_CELLS[quadrant]
    height = 1.0 - _TITLE_BAND
    spots = []
    for index in range(count):
        row, column = divmod(index, columns)
        in_row = min(columns, count - row * columns)  # a short last row is centred
        x = left + (column + 0.5) / in_row
        y = bottom + height - (row + 0.5) * height / rows
        spots.append((x, y))
    return spots


def _shorten(text: str, limit: int) -> str:
    """The map's boxes are small; the table on the sheet has the full text."""
    text = " ".join(chart_text(text).split())
    wide = sum(2 if ord(char) > 0x2E80 else 1 for char in text)
    if wide <= limit:
        return text
    kept, width = [], 0
    for char in text:
        width += 2 if ord(char) > 0x2E80 else 1
        if width > limit - 1:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"


def _draw_cells(axes: Axes, labels: MapLabels, fonts: list[str], size: float) -> None:
    from matplotlib.patches import Rectangle

    for quadrant, (left, bottom) in QUADRANT_CELLS.items():
        axes.add_patch(
            Rectangle(
                (left, bottom),
                1,
                1,
                facecolor=_CELL_COLOURS[quadrant],
                edgecolor="white",
                linewidth=2,
                zorder=0,
            )
        )
        axes.text(
            left + 0.03,
            bottom + 0.97,
            labels.value(quadrant),
            ha="left",
            va="top",
            fontsize=size * 1.15,
            fontfamily=fonts,
            color=_TITLE_COLOURS[quadrant],
            zorder=2,
        )


def _draw_trust_path(axes: Axes, labels: MapLabels, fonts: list[str], size: float) -> None:
    axes.annotate(
        "",
        xy=(1.9, 1.9),
        xytext=(0.1, 0.1),
        arrowprops={
            "arrowstyle": "simple,head_length=1.2,head_width=1.4,tail_width=0.5",
            "facecolor": "#9aa5ae",
            "edgecolor": "none",
            "alpha": 0.35,
            "shrinkA": 0,
            "shrinkB": 0,
        },
        zorder=1,
    )
    axes.text(
        1.0,
        1.0,
        labels.trust_path,
        rotation=45,
        transform_rotates_text=True,
        rotation_mode="anchor",
        ha="center",
        va="center",
        fontsize=size * 0.85,
        fontfamily=fonts,
        color="#56606a",
        bbox={"boxstyle": "round,pad=0.25", "facecolor": "white", "edgecolor": "none"},
        zorder=1.5,
    )


def _character_limit(figure_inches: float, columns: int, size: float) -> int:
    """How many narrow characters fit in a box at this figure's width (a CJK one counts 2)."""
    figure_points = figure_inches * 72
    box_points = figure_points * 0.88 / 2 / max(columns, 1) - size * 1.6  # less the padding
    return max(5, int(box_points / (size * 0.62)))


def _draw_people(
    axes: Axes,
    people: Sequence[PersonFacts],
    labels: MapLabels,
    fonts: list[str],
    size: float,
    figure_inches: float,
) -> None:
    for quadrant, members in by_quadrant(people).items():
        columns, rows = grid_shape(len(members))
        shrink = 1.0 if rows <= 2 else 0.85 if rows <= 3 else 0.7
        limit = _character_limit(figure_inches, columns, size * shrink)
        for person, (x, y) in zip(members, positions(quadrant, len(members)), strict=True):
            edge, face = role_colours(person.role)
            name = _shorten(person.name, limit)
            role = _shorten(labels.value(person.role), limit)
            axes.text(
                x,
                y,
                f"{name}\n{role}",
                ha="center",
                va="center",
                multialignment="center",
                fontsize=size * shrink,
                fontfamily=fonts,
                color="#1d1d1d",
                linespacing=1.35,
                bbox={
                    "boxstyle": "round,pad=0.35",
                    "facecolor": face,
                    "edgecolor": edge,
                    "linewidth": 1.4 if person.role is PersonRole.BUYER else 1.0,
                },
                zorder=3,
                gid=f"person:{person.id or person.name}",
            )


def draw_relationship_map(
    figure: Figure,
    people: Sequence[PersonFacts],
    labels: MapLabels,
    *,
    font_size: float = 9.0,
) -> None:
    """Clear ``figure`` and draw the map of ``people`` on it (an empty grid if nobody).

    ``font_size`` is for a figure 6 inches wide or more; a smaller one (a narrow
    window) gets smaller text, down to three quarters.
    """
    fonts = figure_fonts()
    font_size *= min(1.0, max(0.75, figure.get_figwidth() / 6.0))
    figure.clear()
    figure.set_facecolor("white")
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot(1, 1, 1)
    axes.set_xlim(0, 2)
    axes.set_ylim(0, 2)
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        axes.spines[spine].set_color("#8a8a8a")
    axes.set_xticks([])
    axes.set_yticks([])
    axes.set_xlabel(
        labels.serves_person + "  →", fontsize=font_size, fontfamily=fonts, color="#444444"
    )
    axes.set_ylabel(
        labels.serves_organisation + "  →", fontsize=font_size, fontfamily=fonts, color="#444444"
    )
    _draw_cells(axes, labels, fonts, font_size)
    _draw_trust_path(axes, labels, fonts, font_size)
    if people:
        _draw_people(axes, people, labels, fonts, font_size, figure.get_figwidth())
    else:
        axes.text(
            1.0,
            0.5,
            labels.empty,
            ha="center",
            va="center",
            fontsize=font_size,
            fontfamily=fonts,
            color="#6b6b6b",
            bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": "#c8c8c8"},
            zorder=3,
        )


def relationship_map_figure(
    people: Sequence[PersonFacts],
    labels: MapLabels,
    *,
    width_inches: float = 6.8,
    height_inches: float = 4.2,
    font_size: float = 9.0,
) -> Figure:
    """A new Figure with the map (no canvas: render it with Agg or hand it to Qt)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_inches, height_inches))
    draw_relationship_map(figure, people, labels, font_size=font_size)
    return figure


def relationship_map_png(
    people: Sequence[PersonFacts],
    labels: MapLabels,
    *,
    width_inches: float = 6.8,
    height_inches: float = 4.2,
    dpi: int = 220,
) -> bytes:
    """The map as a PNG, for the printed sheet (Agg: no display, any thread)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = relationship_map_figure(
        people, labels, width_inches=width_inches, height_inches=height_inches
    )
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
