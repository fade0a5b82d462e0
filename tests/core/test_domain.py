"""The method's rules and the small calendars, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from repdesk.domain.dates import next_yearly, yearly_date
from repdesk.domain.enums import DifferentiationStrategy as S
from repdesk.domain.rules import differentiation_strategy
from repdesk.domain.weeks import IsoWeek
from repdesk.services.collation import sort_key


@pytest.mark.parametrize(
    ("share", "quantity", "expected"),
    [
        (80, 500, S.KEEP_CLOSE),
        (80, 10, S.MAINTAIN_OR_ACQUIRE),
        (10, 500, S.DEVELOP),
        (10, 10, S.ACQUIRE_OR_ABANDON),
        (50, 100, S.KEEP_CLOSE),  # the split points count as high / large
        (None, 100, None),
        (50, None, None),
    ],
)
def test_differentiation_matrix(
    share: float | None, quantity: float | None, expected: S | None
) -> None:
    assert differentiation_strategy(share, quantity) == expected


def test_iso_weeks() -> None:
    week = IsoWeek.parse("2026-W47")
    assert (week.monday, week.sunday) == (date(2026, 11, 16), date(2026, 11, 22))
    assert str(week.next()) == "2026-W48"
    assert str(IsoWeek.parse("2027-W01").previous()) == "2026-W53"
    assert IsoWeek.of(date(2027, 1, 1)) == IsoWeek(2026, 53)
    assert len(week.days()) == 7


@pytest.mark.parametrize("text", ["2026-47", "W47", "2026-W5", "2025-W53", "2026-W00"])
def test_iso_week_errors_say_what_is_wrong(text: str) -> None:
    with pytest.raises(ValueError, match=text):
        IsoWeek.parse(text)


def test_yearly_dates() -> None:
    assert yearly_date(2027, 2, 29) == date(2027, 2, 28)
    assert yearly_date(2028, 2, 29) == date(2028, 2, 29)
    assert next_yearly(1, 3, date(2026, 12, 25)) == date(2027, 1, 3)
    assert next_yearly(12, 25, date(2026, 12, 25)) == date(2026, 12, 25)


def test_chinese_names_sort_by_pinyin_with_latin_names_among_them() -> None:
    names = ["张伟", "Acme Ltd", "北京华信", "阿里", "深圳华南", "Zebra Co", "深圳华信", "zeta"]
    ordered = sorted(names, key=sort_key)
    assert ordered == [
        "阿里",
        "Acme Ltd",
        "北京华信",
        "深圳华南",
        "深圳华信",
        "Zebra Co",
        "zeta",
        "张伟",
    ]
    assert sort_key("深圳华信电子有限公司") == "shen zhen hua xin dian zi you xian gong si"
    assert sort_key("吕") == "lv"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("长沙市", "chang sha shi"),  # not "zhang sha": the phrase decides the reading
        ("重庆华信", "chong qing hua xin"),
        ("中国银行", "zhong guo yin hang"),
        ("厦门", "xia men"),
        ("校长 Zhang", "xiao zhang zhang"),
    ],
)
def test_polyphonic_characters_take_the_phrases_reading(name: str, key: str) -> None:
    assert sort_key(name) == key
