"""The care service on a real SQLite file: occasions on people, the holiday dates table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from repdesk.db.store import Store, open_store
from repdesk.domain.care import CareOccasionFacts
from repdesk.domain.enums import HolidayCode, OccasionKind, PersonRole
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts
from repdesk.domain.validation import ProblemCode
from repdesk.services.care import CareNotFoundError, CareService, InvalidOccasionError
from repdesk.services.customers import CustomerService
from repdesk.services.holiday_calendar import UnknownRegionError
from repdesk.services.workspace import open_workspace

TODAY = date(2026, 9, 1)


@pytest.fixture
def store(empty_db: Path) -> Iterator[Store]:
    store = open_store(empty_db)
    yield store
    store.close()


@pytest.fixture
def service(store: Store) -> CareService:
    return CareService(store, today=lambda: TODAY)


@pytest.fixture
def person_id(store: Store) -> str:
    sheet = CustomerService(store).save(
        CustomerSheet(
            customer=CustomerFacts(name="深圳华信电子有限公司"),
            people=[PersonFacts(name="李秀英", role=PersonRole.BUYER)],
        )
    )
    assert sheet.people[0].id is not None
    return sheet.people[0].id


def _rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, args).fetchall()


def _mid_autumn(person_id: str) -> CareOccasionFacts:
    return CareOccasionFacts(
        person_id=person_id,
        kind=OccasionKind.HOLIDAY,
        holiday_code=HolidayCode.MID_AUTUMN,
        gesture=" 中秋送月饼券 ",
    )


def test_save_inserts_then_updates(service: CareService, person_id: str, empty_db: Path) -> None:
    saved = service.save(_mid_autumn(person_id))
    assert saved.id is not None
    assert saved.gesture == "中秋送月饼券"
    assert _rows(
        empty_db,
        "SELECT kind, holiday_code, month, day, on_date, recurring, gesture FROM care_occasions",
    ) == [("holiday", "mid_autumn", None, None, None, 1, "中秋送月饼券")]

    changed = service.save(replace(saved, gesture="送月饼和茶叶"))
    assert changed.id == saved.id
    assert service.for_person(person_id) == [changed]
    assert _rows(empty_db, "SELECT count(*) FROM care_occasions") == [(1,)]


def test_every_kind_round_trips(service: CareService, person_id: str) -> None:
    birthday = service.save(
        CareOccasionFacts(
            person_id=person_id, kind=OccasionKind.BIRTHDAY, label="生日", month=2, day=29
        )
    )
    once = service.save(
        CareOccasionFacts(
            person_id=person_id,
            kind=OccasionKind.CUSTOM,
            label="新店开业",
            recurring=False,
            on_date=date(2026, 10, 8),
            gesture="送开业花篮",
        )
    )
    mothers = service.save(
        CareOccasionFacts(
            person_id=person_id,
            kind=OccasionKind.HOLIDAY,
            holiday_code=HolidayCode.MOTHERS_DAY,
            gesture="送她一束鲜花",
        )
    )
    assert service.for_person(person_id) == [birthday, once, mothers]
    assert (birthday.month, birthday.day, birthday.on_date) == (2, 29, None)
    assert (once.on_date, once.recurring, once.month) == (date(2026, 10, 8), False, None)


def test_invalid_occasions_write_nothing(
    service: CareService, person_id: str, empty_db: Path
) -> None:
    with pytest.raises(InvalidOccasionError) as caught:
        service.save(CareOccasionFacts(person_id=person_id, kind=OccasionKind.HOLIDAY))
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("holiday_code", ProblemCode.REQUIRED)
    ]
    with pytest.raises(InvalidOccasionError):
        service.save(
            CareOccasionFacts(person_id=person_id, kind=OccasionKind.BIRTHDAY, month=2, day=30)
        )
    assert _rows(empty_db, "SELECT count(*) FROM care_occasions") == [(0,)]


def test_unknown_people_and_occasions_are_refused(service: CareService, person_id: str) -> None:
    with pytest.raises(CareNotFoundError):
        service.save(_mid_autumn("no-such-person"))
    with pytest.raises(CareNotFoundError):
        service.save(replace(_mid_autumn(person_id), id="no-such-occasion"))
    with pytest.raises(CareNotFoundError):
        service.delete("no-such-occasion")


def test_delete_is_soft_and_restorable(
    service: CareService, person_id: str, empty_db: Path
) -> None:
    saved = service.save(_mid_autumn(person_id))
    assert saved.id is not None
    service.delete(saved.id)
    assert service.for_person(person_id) == []
    assert _rows(empty_db, "SELECT deleted_at IS NOT NULL FROM care_occasions") == [(1,)]
    with pytest.raises(CareNotFoundError):
        service.save(replace(saved, gesture="again"))
    service.restore(saved.id)
    assert service.for_person(person_id) == [saved]


def test_upcoming_gives_next_dates_soonest_first(service: CareService, person_id: str) -> None:
    service.save(_mid_autumn(person_id))
    service.save(CareOccasionFacts(person_id=person_id, kind=OccasionKind.BIRTHDAY, month=9, day=3))
    service.save(
        CareOccasionFacts(
            person_id=person_id,
            kind=OccasionKind.CUSTOM,
            label="签约纪念",
            recurring=False,
            on_date=date(2026, 3, 1),
        )
    )
    service.save(
        CareOccasionFacts(
            person_id=person_id, kind=OccasionKind.HOLIDAY, holiday_code=HolidayCode.MOTHERS_DAY
        )
    )
    dated = [(o.kind, o.holiday_code, on) for o, on in service.upcoming(person_id, "GB")]
    assert dated == [
        (OccasionKind.BIRTHDAY, None, date(2026, 9, 3)),
        (OccasionKind.HOLIDAY, HolidayCode.MID_AUTUMN, date(2026, 9, 25)),
        (OccasionKind.HOLIDAY, HolidayCode.MOTHERS_DAY, date(2027, 3, 7)),  # Mothering Sunday
        (OccasionKind.CUSTOM, None, None),  # a one-off that has passed
    ]
    us = {o.holiday_code: on for o, on in service.upcoming(person_id, "US")}
    assert us[HolidayCode.MOTHERS_DAY] == date(2027, 5, 9)
    after = service.upcoming(person_id, "CN", today=date(2026, 9, 26))
    assert {o.holiday_code: on for o, on in after}[HolidayCode.MID_AUTUMN] == date(2027, 9, 15)


def test_upcoming_with_an_unknown_region_uses_chinas(
    service: CareService, person_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    service.save(
        CareOccasionFacts(
            person_id=person_id, kind=OccasionKind.HOLIDAY, holiday_code=HolidayCode.MOTHERS_DAY
        )
    )
    [(_, on)] = service.upcoming(person_id, "XX")
    assert on == date(2027, 5, 9)
    assert "unknown region 'XX'" in caplog.text


def test_ensure_holiday_dates_fills_once(
    service: CareService, empty_db: Path, store: Store
) -> None:
    assert service.ensure_holiday_dates("CN", [2026, 2027]) == 2 * len(HolidayCode)
    assert service.ensure_holiday_dates("cn", [2027, 2026]) == 0  # idempotent
    assert _rows(
        empty_db,
        "SELECT on_date FROM holiday_dates WHERE region = 'CN' AND code = 'mid_autumn' "
        "ORDER BY on_date",
    ) == [("2026-09-25",), ("2027-09-15",)]
    # A missing row (or year) is filled, nothing else.
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "DELETE FROM holiday_dates WHERE code = 'qixi' AND on_date LIKE '2027%'"
        )
    assert service.ensure_holiday_dates("CN", [2026, 2027, 2028]) == 1 + len(HolidayCode)
    assert service.ensure_holiday_dates("GB", [2026]) == len(HolidayCode)
    assert _rows(
        empty_db,
        "SELECT on_date FROM holiday_dates WHERE region = 'GB' AND code = 'mothers_day'",
    ) == [("2026-03-15",)]
    assert service.ensure_holiday_dates("CN", []) == 0
    with pytest.raises(UnknownRegionError):
        service.ensure_holiday_dates("XX", [2026])


def test_the_workspace_offers_the_service(empty_db: Path) -> None:
    workspace, _ = open_workspace(empty_db)
    try:
        assert isinstance(workspace.care, CareService)
        assert workspace.care is workspace.care
    finally:
        workspace.close()


def test_next_holiday(service: CareService) -> None:
    assert service.next_holiday(HolidayCode.MID_AUTUMN, "CN") == date(2026, 9, 25)
    assert service.next_holiday(HolidayCode.MOTHERS_DAY, "GB") == date(2027, 3, 7)
    assert service.next_holiday(HolidayCode.MID_AUTUMN, "CN", today=date(2026, 9, 26)) == date(
        2027, 9, 15
    )


def test_birthdays_alone_do_not_load_the_calendar(empty_db: Path) -> None:
    """The calendar library costs a noticeable import: a person without holiday
    occasions never pays it."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from repdesk.db.store import open_store\n"
        "from repdesk.services.care import CareService\n"
        f"store = open_store({str(empty_db)!r})\n"
        "print(CareService(store).upcoming('nobody', 'CN'))\n"
        "print('holidays' in sys.modules)\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["[]", "False"]


def test_a_full_holiday_table_does_not_load_the_calendar(empty_db: Path) -> None:
    """Today fills the table at every start: once it is full, the slow import is skipped."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from repdesk.db.store import open_store\n"
        "from repdesk.services.care import CareService\n"
        f"store = open_store({str(empty_db)!r})\n"
        "print(CareService(store).ensure_holiday_dates('CN', [2026, 2027]))\n"
        "print('holidays' in sys.modules)\n"
        "store.close()\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert first.stdout.split() == [str(2 * len(HolidayCode)), "True"]
    again = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert again.stdout.split() == ["0", "False"]


def test_a_mid_autumn_reminder_lands_on_its_day_in_2026_and_2027(
    store: Store, service: CareService, person_id: str
) -> None:
    """The issue's check, end to end: saved on a person, shown by Today 14 days ahead."""
    from repdesk.services.workspace import Workspace

    service.save(_mid_autumn(person_id))
    workspace = Workspace(store)
    for asked, expected in (
        (date(2026, 9, 14), date(2026, 9, 25)),
        (date(2027, 9, 2), date(2027, 9, 15)),
    ):
        care = workspace.today(asked, region="CN").care
        assert [(c.holiday, c.on) for c in care] == [(HolidayCode.MID_AUTUMN, expected)], asked
        assert care[0].gesture == "中秋送月饼券"  # stored stripped
    # Outside the 14 days, nothing: 2026-09-11 + 13 days is the 24th.
    assert workspace.today(date(2026, 9, 11), region="CN").care == []
