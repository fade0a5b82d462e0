"""Every chart drawn from real numbers and from an empty book, in English and Chinese,
to PNG and SVG files; without pyplot, on any thread."""

from __future__ import annotations

import struct
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.domain.charts import (
    AnswerBar,
    ChartKind,
    ChartNumbers,
    LeadSourceNumbers,
    ObjectionBar,
    ObjectionNumbers,
    Period,
    VisitNumbers,
)
from repdesk.domain.enums import DifferentiationStrategy, Level, RelationshipStatus
from repdesk.domain.objection_stats import Tally
from repdesk.domain.playbook import Text
from repdesk.domain.weeks import IsoWeek
from repdesk.reports.chart_labels import ENGLISH_VALUES, ChartLabels
from repdesk.reports.charts import (
    CHART_SIZES,
    chart_figure,
    chart_png,
    draw_chart,
    render_chart,
    save_chart,
)
from repdesk.reports.charts_common import shorten, width_of, wrap
from repdesk.reports.fonts import figure_fonts
from repdesk.services.workspace import Workspace
from tests.conftest import DEMO_TODAY, ROOT

PERIOD = Period.weeks_ending(IsoWeek.of(DEMO_TODAY), 8)
SVG = "{http://www.w3.org/2000/svg}"

CHINESE = ChartLabels(
    language="zh_CN",
    period="%1 至 %2",
    week="第%1周",
    visits_title="计划拜访与实际拜访",
    visits_planned="计划",
    visits_made="实际",
    visits_empty="此期间没有计划或完成的拜访",
    grades_title="潜在客户等级",
    grades_new="新增或未分级",
    grades_customer="成交客户",
    grades_empty="尚无潜在客户，也无等级变化",
    sources_title="客户线索来源",
    sources_empty="此期间没有发现新的潜在客户",
    objections_title="最常遇到的异议",
    objections_empty="此期间没有遇到异议",
    answers_title="各应答的认同率",
    answers_few="次数太少，无法判断",
    answers_empty="此期间没有记录结果的应答",
    pareto_title="八二开规则：各客户的销售额",
    pareto_empty="尚无成交客户填写了年销售额",
    time_title="按客户类别分配的时间",
    time_vip="VIP客户",
    time_ordinary="普通客户",
    time_possible="可能的客户",
    time_empty="尚无客户，也无拜访时间",
    matrix_title="差别化矩阵",
    matrix_empty="尚无客户资料同时填写了占有率和即将购买的数量",
    segments_title="客户细分",
    segments_empty="尚无客户资料同时填写了盈利潜力和关系状况",
    values={
        **ENGLISH_VALUES,
        (DifferentiationStrategy, "keep_close"): "重点保持",
        (DifferentiationStrategy, "maintain_or_acquire"): "保持或获取",
        (DifferentiationStrategy, "develop"): "发展",
        (DifferentiationStrategy, "acquire_or_abandon"): "获取或放弃",
        (RelationshipStatus, "stable"): "地位稳固",
        (RelationshipStatus, "withdrawing"): "正退出",
        (Level, "high"): "高",
    },
    sources={"Cold visit": "陌生访问"},
)
TITLES = {
    ChartKind.VISITS: "visits_title",
    ChartKind.GRADES: "grades_title",
    ChartKind.LEAD_SOURCES: "sources_title",
    ChartKind.OBJECTIONS: "objections_title",
    ChartKind.ANSWERS: "answers_title",
    ChartKind.PARETO: "pareto_title",
    ChartKind.TIME_BY_TIER: "time_title",
    ChartKind.DIFFERENTIATION: "matrix_title",
    ChartKind.SEGMENTATION: "segments_title",
}
EMPTY = {kind: title.replace("_title", "_empty") for kind, title in TITLES.items()}


@pytest.fixture(scope="module")
def demo_numbers(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[ChartKind, ChartNumbers]:
    path = tmp_path_factory.mktemp("charts") / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    workspace = Workspace(open_store(path))
    try:
        return workspace.charts.all(PERIOD)
    finally:
        workspace.close()


@pytest.fixture(scope="module")
def empty_numbers(
    empty_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[ChartKind, ChartNumbers]:
    path = tmp_path_factory.mktemp("charts") / "empty.db"
    path.write_bytes(empty_template.read_bytes())
    workspace = Workspace(open_store(path))
    try:
        return workspace.charts.all(PERIOD)
    finally:
        workspace.close()


def svg_texts(data: bytes) -> tuple[str, ET.Element]:
    """All the text an SVG shows, and its root (it must parse)."""
    root = ET.fromstring(data)
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text")), root


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# --- text fitting -------------------------------------------------------------------------


def test_long_labels_are_shortened_and_wrapped_by_width() -> None:
    assert width_of("拒绝人 No") == 9
    assert shorten("Refusal of the person: distrust", 12) == "Refusal of…"
    assert shorten("拒绝人：不信任销售人员或公司", 10) == "拒绝人：…"
    assert wrap("Refusal of the person: distrust of the rep", 20) == (
        "Refusal of the\nperson: distrust of…"
    )
    assert wrap("拒绝人：不信任销售人员或公司", 12) == "拒绝人：不信\n任销售人员…"
    assert wrap("short", 20) == "short"


# --- every chart, drawn ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(ChartKind))
def test_every_chart_draws_to_png_and_svg(
    kind: ChartKind,
    demo_numbers: dict[ChartKind, ChartNumbers],
    empty_numbers: dict[ChartKind, ChartNumbers],
    tmp_path: Path,
) -> None:
    numbers = demo_numbers[kind]
    assert not numbers.is_empty, kind
    figure = chart_figure(kind, numbers)
    png = save_chart(figure, tmp_path / f"{kind}.png", dpi=100)
    svg = save_chart(figure, tmp_path / f"{kind}.SVG")
    width, height = CHART_SIZES[kind]
    assert png_size(png.read_bytes()) == (round(width * 100), round(height * 100))
    blank = render_chart(chart_figure(kind, empty_numbers[kind]), "png", dpi=100)
    assert png.stat().st_size > 1.8 * len(blank)  # a real picture, not just a message
    text, root = svg_texts(svg.read_bytes())
    assert root.tag == f"{SVG}svg"
    labels = ChartLabels()
    assert getattr(labels, TITLES[kind]) in text
    assert getattr(labels, EMPTY[kind]) not in text
    assert not list(tmp_path.glob("*.part"))


def test_the_charts_say_what_they_show(demo_numbers: dict[ChartKind, ChartNumbers]) -> None:
    labels = ChartLabels()

    def text_of(kind: ChartKind) -> str:
        return svg_texts(render_chart(chart_figure(kind, demo_numbers[kind]), "svg"))[0]

    visits = demo_numbers[ChartKind.VISITS]
    assert isinstance(visits, VisitNumbers)
    shown = text_of(ChartKind.VISITS)
    assert f"{visits.planned} planned, {visits.made} made" in shown
    assert f"W{visits.weeks[-1].week.week}" in shown and labels.visits_made in shown
    assert "Keep in close contact" in text_of(ChartKind.DIFFERENTIATION)
    grid = text_of(ChartKind.SEGMENTATION)
    assert "Stable position" in grid and "VIP " in grid
    assert "10–20% of sales" in text_of(ChartKind.PARETO)
    answers = demo_numbers[ChartKind.ANSWERS]
    assert isinstance(answers, ObjectionNumbers) and answers.answers
    first = answers.answers[0].tally
    assert f"{first.agreed} of {first.decided} agreed" in text_of(ChartKind.ANSWERS)
    assert labels.time_guide in text_of(ChartKind.TIME_BY_TIER)


@pytest.mark.parametrize("kind", list(ChartKind))
def test_every_empty_chart_says_so(
    kind: ChartKind, empty_numbers: dict[ChartKind, ChartNumbers], tmp_path: Path
) -> None:
    figure = chart_figure(kind, empty_numbers[kind])
    text, root = svg_texts(save_chart(figure, tmp_path / "empty.svg").read_bytes())
    assert getattr(ChartLabels(), EMPTY[kind]) in text
    assert any(g.get("id") == "empty-message" for g in root.iter(f"{SVG}g"))
    chinese = svg_texts(render_chart(chart_figure(kind, empty_numbers[kind], CHINESE), "svg"))[0]
    assert getattr(CHINESE, EMPTY[kind]) in chinese
    assert png_size(save_chart(figure, tmp_path / "empty.png", dpi=50).read_bytes()) == (
        round(CHART_SIZES[kind][0] * 50),
        round(CHART_SIZES[kind][1] * 50),
    )


@pytest.mark.parametrize("kind", list(ChartKind))
def test_chinese_labels_render_with_a_cjk_font(
    kind: ChartKind, demo_numbers: dict[ChartKind, ChartNumbers]
) -> None:
    from matplotlib import font_manager

    figure = chart_figure(kind, demo_numbers[kind], CHINESE)
    data = render_chart(figure, "svg")
    text, _ = svg_texts(data)
    assert getattr(CHINESE, TITLES[kind]) in text
    cjk = figure_fonts()[0]
    assert cjk.encode() in data  # the SVG names the CJK font for its text
    title = next(t for t in figure.texts if t.get_gid() == "chart-title")
    used = Path(font_manager.findfont(title.get_fontproperties()))
    assert used.name == Path(font_manager.findfont(font_manager.FontProperties(family=cjk))).name
    png = render_chart(figure, "png", dpi=60)
    assert png_size(png)[0] == round(CHART_SIZES[kind][0] * 60)


def test_chinese_words_of_the_quadrants_and_grid(
    demo_numbers: dict[ChartKind, ChartNumbers],
) -> None:
    matrix = svg_texts(
        render_chart(
            chart_figure(
                ChartKind.DIFFERENTIATION, demo_numbers[ChartKind.DIFFERENTIATION], CHINESE
            ),
            "svg",
        )
    )[0]
    assert all(words in matrix for words in ("重点保持", "保持或获取", "发展", "获取或放弃"))
    grid = svg_texts(
        render_chart(
            chart_figure(ChartKind.SEGMENTATION, demo_numbers[ChartKind.SEGMENTATION], CHINESE),
            "svg",
        )
    )[0]
    assert "地位稳固" in grid and "正退出" in grid and "高" in grid
    numbers = demo_numbers[ChartKind.LEAD_SOURCES]
    sources = svg_texts(
        render_chart(chart_figure(ChartKind.LEAD_SOURCES, numbers, CHINESE), "svg")
    )[0]
    assert isinstance(numbers, LeadSourceNumbers)
    assert "Cold visit" in {s.label for s in numbers.sources}  # a seed source, translated
    assert "陌生访问" in sources and "Cold visit" not in sources


def test_answers_at_the_ends_of_the_scale_draw() -> None:
    """All agreed (4 of 4: the interval's top rounds a hair below the rate), none agreed,
    too few: error bars from the Wilson interval, never negative."""
    tallies = [Tally(4, 0, 0), Tally(0, 6, 1), Tally(1, 0, 0), Tally(7, 3, 0)]
    words = [Text(en=f"Answer {i}", zh=f"应答{i}") for i in range(len(tallies))]
    numbers = ObjectionNumbers(
        Period(date(2026, 11, 16), date(2026, 11, 22)),
        (ObjectionBar("o1", Text("Price", "价格"), 9, 7, Tally(13, 9, 1)),),
        0,
        tuple(
            AnswerBar("o1", Text("Price", "价格"), f"a{i}", w, t)
            for i, (w, t) in enumerate(zip(words, tallies, strict=True))
        ),
        9,
        9,
    )
    english = svg_texts(render_chart(chart_figure(ChartKind.ANSWERS, numbers), "svg"))[0]
    assert "4 of 4 agreed" in english and "0 of 6 agreed" in english
    assert "1 of 1 agreed · too few to judge" in english and "7 of 10 agreed" in english
    assert english.count("too few to judge") == 2 and "Price" in english
    chinese = svg_texts(render_chart(chart_figure(ChartKind.ANSWERS, numbers, CHINESE), "svg"))[0]
    assert "应答3" in chinese and "价格" in chinese  # the playbook's own Chinese


# --- the entry points -----------------------------------------------------------------------


def test_numbers_of_another_chart_are_refused(demo_numbers: dict[ChartKind, ChartNumbers]) -> None:
    from matplotlib.figure import Figure

    with pytest.raises(TypeError, match="draws VisitNumbers"):
        draw_chart(ChartKind.VISITS, demo_numbers[ChartKind.PARETO], Figure())


def test_a_chart_redraws_on_the_same_figure(demo_numbers: dict[ChartKind, ChartNumbers]) -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5.0, 3.2))  # a narrow window: smaller text, still drawn
    for kind in (ChartKind.PARETO, ChartKind.GRADES, ChartKind.VISITS):
        draw_chart(kind, demo_numbers[kind], figure)
    assert len(figure.axes) == 1
    figure.set_size_inches(9.0, 5.0)  # resized: the margins follow on the next draw
    assert png_size(render_chart(figure, "png", dpi=40)) == (360, 200)
    assert figure.get_layout_engine() is not None  # given back after the save


def test_save_chart_chooses_by_suffix_and_writes_whole(
    demo_numbers: dict[ChartKind, ChartNumbers], tmp_path: Path
) -> None:
    figure = chart_figure(ChartKind.VISITS, demo_numbers[ChartKind.VISITS])
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_chart(figure, tmp_path / "chart.pdf")
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    save_chart(figure, target)
    assert target.read_bytes()[:4] == b"\x89PNG" and not list(tmp_path.glob("*.part"))
    png = chart_png(ChartKind.VISITS, demo_numbers[ChartKind.VISITS], dpi=72, size=(4.0, 2.5))
    assert png_size(png) == (288, 180)


def test_charts_draw_on_a_worker_thread(demo_numbers: dict[ChartKind, ChartNumbers]) -> None:
    results: dict[ChartKind, bytes] = {}
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for kind in ChartKind:
                results[kind] = chart_png(kind, demo_numbers[kind], CHINESE, dpi=40)
        except BaseException as error:  # handed back to the test's thread
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=120)
    assert not errors and set(results) == set(ChartKind)


def test_no_pyplot_anywhere(tmp_path: Path) -> None:
    """Importing and drawing every chart leaves pyplot (and Qt) unimported: a fresh process."""
    script = tmp_path / "draw.py"
    script.write_text(
        "import sys\n"
        "from datetime import date\n"
        "from repdesk.domain.charts import ChartKind, Period, VisitNumbers, visits_by_week\n"
        "from repdesk.domain.charts import segment_grid, SegmentationNumbers\n"
        "from repdesk.reports.charts import chart_figure, render_chart\n"
        "period = Period(date(2026, 11, 2), date(2026, 11, 22))\n"
        "weeks = visits_by_week(period, {date(2026, 11, 3): 4}, {date(2026, 11, 4): 3})\n"
        "figure = chart_figure(ChartKind.VISITS, VisitNumbers(period, weeks))\n"
        "render_chart(figure, 'png'); render_chart(figure, 'svg')\n"
        "render_chart(chart_figure(ChartKind.SEGMENTATION, segment_grid({}, 0)), 'png')\n"
        "bad = [m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules]\n"
        "assert 'matplotlib' in sys.modules and not bad, bad\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_gui_words_are_the_defaults() -> None:
    """repdesk/gui/chart_labels.py's source strings are ChartLabels' defaults, word for word."""
    from repdesk.gui.chart_labels import chart_labels

    built, defaults = chart_labels(), ChartLabels()
    for field in fields(ChartLabels):
        if isinstance(getattr(defaults, field.name), str) and field.name != "language":
            assert getattr(built, field.name) == getattr(defaults, field.name), field.name
    assert dict(built.values) == ENGLISH_VALUES
    assert built.source("Cold visit") == "Cold visit" and built.source(None) == built.sources_none
