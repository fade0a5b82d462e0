"""The printed day plan (行程) as an itinerary, read back as a rep's PDF viewer would."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from repdesk.domain.enums import VisitStatus
from repdesk.domain.visits import DayVisit
from repdesk.reports.itinerary_pdf import itinerary_pdf_bytes
from repdesk.reports.labels import ItineraryLabels
from tests.conftest import pdf_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

DAY = date(2026, 11, 23)
PRINTED_ON = date(2026, 11, 20)
HOSTILE = '<b>&amp; "quotes" > <'

CHINESE = ItineraryLabels(
    title="行程",
    rep_name="姓名",
    team="团队",
    day="日期",
    column_number="序号",
    time="时间",
    company="公司",
    address="地址",
    objective="拜访目的",
    visited="已拜访",
    empty="当天没有计划拜访。",
    printed_on="打印于 %1",
    page_of="第 %1 页，共 %2 页",
)


def _visit(
    plan: str,
    name: str,
    hour: int | None,
    *,
    place: str = "",
    address: str = "",
    objective: str = "",
    status: VisitStatus = VisitStatus.PLANNED,
) -> DayVisit:
    at = datetime(2026, 11, 23, hour, 30) if hour is not None else None
    return DayVisit(plan, "c-" + plan, name, at, place, objective, None, status, address)


def _visits() -> list[DayVisit]:
    # The rep's order: the 14:30 visit first, then the morning's, then one without a time.
    return [
        _visit(
            "b",
            "宁波新星贸易有限公司",
            14,
            address="宁波市鄞州区天童南路588号",
            status=VisitStatus.DONE,
        ),
        _visit(
            "a", "Acme Ltd", 9, place="Hall 3, Canton Fair", address="1 Main St", objective=HOSTILE
        ),
        _visit(
            "c", "杭州东方机械", None, address="杭州市西湖区文三路90号", objective="确认样品,报价"
        ),
    ]


def _text(tmp_path: Path, data: bytes, name: str = "itinerary.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return pdf_text(path)


def test_the_visits_print_in_the_reps_order_with_times_and_addresses(tmp_path: Path) -> None:
    data = itinerary_pdf_bytes("王伟", "华南一组", DAY, _visits(), CHINESE, printed_on=PRINTED_ON)
    assert data.startswith(b"%PDF")
    text = _text(tmp_path, data)
    for value in (
        "行程",
        "王伟",
        "华南一组",
        "2026-11-23",
        "打印于 2026-11-20",
        "第 1 页，共 1 页",
    ):
        assert value in text, value
    lines = text.splitlines()

    def line_of(value: str) -> int:
        return next(i for i, line in enumerate(lines) if value in line)

    # Order numbers and times follow the rep's order, not the clock.
    first, second, third = (
        line_of("宁波新星贸易有限公司"),
        line_of("Acme Ltd"),
        line_of("杭州东方机械"),
    )
    assert first < second < third
    assert lines[first].startswith("1. 14:30 宁波新星贸易有限公司")
    assert lines[second].startswith("2. 09:30 Acme Ltd")
    assert lines[third].startswith("3. 杭州东方机械")  # no time: an empty cell
    # The place where set, else the customer's address.
    assert "宁波市鄞州区天童南路588号" in text
    assert "Hall 3, Canton Fair" in text
    assert "1 Main St" not in text
    assert "杭州市西湖区文三路90号" in text
    assert "确认样品,报价" in text
    # Markup the rep typed prints as typed.
    assert HOSTILE in text
    # Only the done visit is ticked.
    assert text.count("✓") == 1
    assert "✓" in "".join(lines[first:second])


def test_english_labels_and_an_empty_day(tmp_path: Path) -> None:
    text = _text(tmp_path, itinerary_pdf_bytes("Wang Wei", "", DAY, [], ItineraryLabels()))
    for value in (
        "Itinerary",
        "Wang Wei",
        "2026-11-23",
        "No visits planned for this day.",
        "Page 1 of 1",
    ):
        assert value in text, value
    assert "Company" not in text  # no table for an empty day


def test_a_long_day_runs_on_with_the_headings_and_page_numbers(tmp_path: Path) -> None:
    visits = [
        _visit(str(n), f"客户{n:02d}", 8 + n % 10, address="上海市浦东新区") for n in range(40)
    ]
    text = _text(
        tmp_path, itinerary_pdf_bytes("Wang Wei", "South 1", DAY, visits, ItineraryLabels())
    )
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert text.count("Objective") == 2  # the headings repeat
    assert "40." in text and "客户39" in text
    assert "Wang Wei · South 1 · 2026-11-23" in text  # the running head of page 2
