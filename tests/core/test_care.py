"""Care occasions' value rules and next dates (domain/care.py): no database, no calendar."""

from __future__ import annotations

from datetime import date

import pytest

from repdesk.domain.care import (
    CareOccasionFacts,
    check_occasion,
    is_month_day,
    next_date,
    normalised,
)
from repdesk.domain.enums import HolidayCode, OccasionKind
from repdesk.domain.validation import Problem, ProblemCode

P = "person-1"


def _codes(o: CareOccasionFacts) -> set[tuple[str, ProblemCode]]:
    return {(p.field, p.code) for p in check_occasion(o)}


def test_a_holiday_needs_its_code() -> None:
    o = CareOccasionFacts(person_id=P, kind=OccasionKind.HOLIDAY, gesture="中秋送月饼券")
    assert _codes(o) == {("holiday_code", ProblemCode.REQUIRED)}
    ok = CareOccasionFacts(person_id=P, kind=OccasionKind.HOLIDAY, holiday_code=HolidayCode.QIXI)
    assert check_occasion(ok) == []


def test_a_birthday_uses_month_and_day() -> None:
    o = CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY)
    assert _codes(o) == {("month", ProblemCode.REQUIRED), ("day", ProblemCode.REQUIRED)}
    assert (
        check_occasion(CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY, month=3, day=7))
        == []
    )


@pytest.mark.parametrize(
    ("month", "day", "problems"),
    [
        (2, 29, set()),  # a leap day is a birthday too
        (2, 30, {("day", ProblemCode.NOT_A_DATE)}),
        (4, 31, {("day", ProblemCode.NOT_A_DATE)}),
        (12, 31, set()),
        (13, 1, {("month", ProblemCode.NOT_A_DATE)}),
        (0, 1, {("month", ProblemCode.NOT_A_DATE)}),
        (1, 0, {("day", ProblemCode.NOT_A_DATE)}),
    ],
)
def test_month_and_day_must_be_a_real_date(
    month: int, day: int, problems: set[tuple[str, ProblemCode]]
) -> None:
    o = CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY, month=month, day=day)
    assert _codes(o) == problems


def test_an_occasion_of_ones_own_needs_a_date_and_a_name() -> None:
    yearly = CareOccasionFacts(person_id=P, kind=OccasionKind.CUSTOM, label="公司周年庆")
    assert _codes(yearly) == {("month", ProblemCode.REQUIRED), ("day", ProblemCode.REQUIRED)}
    once = CareOccasionFacts(
        person_id=P, kind=OccasionKind.CUSTOM, label="新店开业", recurring=False
    )
    assert _codes(once) == {("on_date", ProblemCode.REQUIRED)}
    nameless = CareOccasionFacts(
        person_id=P, kind=OccasionKind.CUSTOM, label="  ", recurring=False, on_date=date(2027, 1, 8)
    )
    assert _codes(nameless) == {("label", ProblemCode.REQUIRED)}
    ancient = CareOccasionFacts(
        person_id=P, kind=OccasionKind.CUSTOM, label="x", recurring=False, on_date=date(1899, 1, 1)
    )
    assert _codes(ancient) == {("on_date", ProblemCode.TOO_OLD)}


def test_gesture_may_be_empty_and_label_has_a_limit() -> None:
    o = CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY, month=1, day=1, gesture="")
    assert check_occasion(o) == []
    long = CareOccasionFacts(
        person_id=P, kind=OccasionKind.BIRTHDAY, month=1, day=1, label="生" * 201
    )
    assert _codes(long) == {("label", ProblemCode.TOO_LARGE)}
    assert check_occasion(
        CareOccasionFacts(person_id="", kind=OccasionKind.BIRTHDAY, month=1, day=1)
    ) == [Problem("person_id", ProblemCode.REQUIRED)]


def test_normalised_keeps_only_what_the_kind_uses() -> None:
    mixed = CareOccasionFacts(
        person_id=P,
        kind=OccasionKind.HOLIDAY,
        label=" 中秋节 ",
        holiday_code=HolidayCode.MID_AUTUMN,
        month=9,
        day=25,
        on_date=date(2026, 9, 25),
        recurring=False,
        gesture=" 送月饼券 ",
    )
    holiday = normalised(mixed)
    assert (holiday.month, holiday.day, holiday.on_date, holiday.recurring) == (
        None,
        None,
        None,
        True,
    )
    assert (holiday.label, holiday.gesture) == ("中秋节", "送月饼券")
    custom = normalised(
        CareOccasionFacts(
            person_id=P,
            kind=OccasionKind.CUSTOM,
            label="开业",
            holiday_code=HolidayCode.QIXI,
            month=5,
            day=6,
            on_date=date(2027, 5, 6),
            recurring=False,
        )
    )
    assert (custom.holiday_code, custom.month, custom.day, custom.on_date) == (
        None,
        None,
        None,
        date(2027, 5, 6),
    )
    birthday = normalised(
        CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY, month=5, day=6, recurring=False)
    )
    assert birthday.recurring


def _calendar(code: HolidayCode, year: int) -> date | None:
    table = {
        (HolidayCode.MID_AUTUMN, 2026): date(2026, 9, 25),
        (HolidayCode.MID_AUTUMN, 2027): date(2027, 9, 15),
    }
    return table.get((code, year))


def test_next_date_of_each_kind() -> None:
    mid_autumn = CareOccasionFacts(
        person_id=P, kind=OccasionKind.HOLIDAY, holiday_code=HolidayCode.MID_AUTUMN
    )
    assert next_date(mid_autumn, date(2026, 9, 1), _calendar) == date(2026, 9, 25)
    assert next_date(mid_autumn, date(2026, 9, 25), _calendar) == date(2026, 9, 25)
    assert next_date(mid_autumn, date(2026, 9, 26), _calendar) == date(2027, 9, 15)
    unknown = CareOccasionFacts(
        person_id=P, kind=OccasionKind.HOLIDAY, holiday_code=HolidayCode.QIXI
    )
    assert next_date(unknown, date(2026, 1, 1), _calendar) is None

    birthday = CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY, month=2, day=29)
    assert next_date(birthday, date(2026, 1, 1), _calendar) == date(2026, 2, 28)
    assert next_date(birthday, date(2027, 3, 1), _calendar) == date(2028, 2, 29)

    once = CareOccasionFacts(
        person_id=P,
        kind=OccasionKind.CUSTOM,
        label="开业",
        recurring=False,
        on_date=date(2026, 5, 6),
    )
    assert next_date(once, date(2026, 5, 6), _calendar) == date(2026, 5, 6)
    assert next_date(once, date(2026, 5, 7), _calendar) is None
    broken = CareOccasionFacts(person_id=P, kind=OccasionKind.BIRTHDAY, month=2, day=30)
    assert next_date(broken, date(2026, 1, 1), _calendar) is None


def test_is_month_day() -> None:
    assert is_month_day(2, 29)
    assert not is_month_day(2, 30)
    assert not is_month_day(6, 31)
