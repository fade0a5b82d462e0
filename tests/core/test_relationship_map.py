"""The relationship map (与客户的4种关系): everyone in their quadrant, by role, in Chinese."""

from __future__ import annotations

import itertools

import pytest

from repdesk.domain.enums import PersonRole, Quadrant
from repdesk.domain.sheet import PersonFacts
from repdesk.reports.labels import MapLabels, value_labels
from repdesk.reports.relationship_map import (
    QUADRANT_CELLS,
    _shorten,
    by_quadrant,
    grid_shape,
    positions,
    relationship_map_figure,
    relationship_map_png,
)

CHINESE = MapLabels(
    serves_organisation="满足组织利益",
    serves_person="满足个人利益",
    trust_path="构建互信的路径",
    empty="尚未记录任何人员",
    values={
        **value_labels(lambda code: str(code)),
        (Quadrant, "outsider"): "局外人",
        (Quadrant, "supplier"): "供应商",
        (Quadrant, "friend"): "朋友",
        (Quadrant, "partner"): "合作伙伴",
        (PersonRole, "buyer"): "购买者",
        (PersonRole, "secretary"): "秘书",
        (PersonRole, "finance"): "财务",
        (PersonRole, "decision_management"): "决策管理层",
    },
)

PEOPLE = [
    PersonFacts("潘莹", id="p1", role=PersonRole.FINANCE, quadrant=Quadrant.SUPPLIER),
    PersonFacts("王芳", id="p2", role=PersonRole.SECRETARY, quadrant=Quadrant.FRIEND),
    PersonFacts("李建国", id="p3", role=PersonRole.BUYER, quadrant=Quadrant.SUPPLIER),
    PersonFacts("赵敏", id="p4", role=PersonRole.DECISION_MANAGEMENT, quadrant=Quadrant.PARTNER),
    PersonFacts("George Morris", id="p5", role=PersonRole.OPERATOR, quadrant=Quadrant.OUTSIDER),
]


def texts_of(people: list[PersonFacts], labels: MapLabels) -> dict[str, tuple[float, float]]:
    figure = relationship_map_figure(people, labels)
    axes = figure.axes[0]
    return {text.get_text(): text.get_position() for text in axes.texts}


def test_everyone_is_drawn_in_their_quadrant_with_their_role() -> None:
    drawn = texts_of(PEOPLE, CHINESE)
    for person in PEOPLE:
        key = f"{person.name}\n{CHINESE.value(person.role)}"
        assert key in drawn, key
        x, y = drawn[key]
        left, bottom = QUADRANT_CELLS[person.quadrant]
        assert left < x < left + 1 and bottom < y < bottom + 1, (person.name, x, y)
    for quadrant in Quadrant:
        assert CHINESE.value(quadrant) in drawn
    assert "构建互信的路径" in drawn


def test_the_quadrants_follow_the_two_interests() -> None:
    # Up: serves the organisation's interest; right: serves the person's.
    assert QUADRANT_CELLS[Quadrant.OUTSIDER] == (0, 0)
    assert QUADRANT_CELLS[Quadrant.SUPPLIER] == (0, 1)
    assert QUADRANT_CELLS[Quadrant.FRIEND] == (1, 0)
    assert QUADRANT_CELLS[Quadrant.PARTNER] == (1, 1)
    figure = relationship_map_figure([], CHINESE)
    axes = figure.axes[0]
    assert axes.get_ylabel().startswith("满足组织利益")
    assert axes.get_xlabel().startswith("满足个人利益")


def test_within_a_quadrant_people_sit_in_role_order() -> None:
    placed = by_quadrant(PEOPLE)
    assert [p.name for p in placed[Quadrant.SUPPLIER]] == ["李建国", "潘莹"]  # buyer first
    drawn = texts_of(PEOPLE, CHINESE)
    buyer = drawn["李建国\n购买者"]
    finance = drawn["潘莹\n财务"]
    assert (buyer[1], -buyer[0]) > (finance[1], -finance[0])  # reading order: left, top first


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 7, 9, 10, 16])
def test_boxes_stay_inside_their_cell_and_apart(count: int) -> None:
    columns, rows = grid_shape(count)
    assert columns * rows >= count
    spots = positions(Quadrant.PARTNER, count)
    assert len(set(spots)) == count
    for x, y in spots:
        assert 1 < x < 2 and 1 < y < 1.8  # below the quadrant's title band
    for (x1, y1), (x2, y2) in itertools.combinations(spots, 2):
        assert abs(x1 - x2) >= 1 / (columns + 1) or abs(y1 - y2) >= 0.7 / (rows + 1)


def test_nobody_on_the_sheet_says_so() -> None:
    drawn = texts_of([], CHINESE)
    assert "尚未记录任何人员" in drawn
    assert all("\n" not in text for text in drawn)


def test_long_names_are_shortened_on_the_map_only() -> None:
    assert _shorten("潘莹", 10) == "潘莹"
    assert _shorten("Margaret Thompson-Smith", 12) == "Margaret Th…"
    shortened = _shorten("欧阳明辉欧阳明辉欧阳明辉", 10)
    assert shortened.endswith("…") and len(shortened) <= 5


def test_the_png_is_a_picture_of_the_asked_size() -> None:
    png = relationship_map_png(PEOPLE, CHINESE, width_inches=4, height_inches=3, dpi=50)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    assert (width, height) == (200, 150)


def test_chinese_names_render_with_a_cjk_font() -> None:
    # pytest turns warnings into errors: a glyph missing from the font would fail here.
    figure = relationship_map_figure(PEOPLE, CHINESE)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    families = {
        family for text in figure.axes[0].texts for family in text.get_fontproperties().get_family()
    }
    from repdesk.reports.fonts import figure_fonts

    assert figure_fonts()[0] in families
