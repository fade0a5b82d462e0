"""Visit plans to and from iCalendar: the export read back by the library on its own,
files as Outlook, Google and Apple write them, and files that must not hurt."""

from __future__ import annotations

import contextlib
import random
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
import tzlocal
from icalendar import Calendar, Event

from repdesk.domain.visits import VisitPlanFacts
from repdesk.services import visit_calendar as vc
from repdesk.services.visit_calendar import (
    CHINESE,
    CalendarVisit,
    IcsError,
    IcsErrorCode,
    IcsImport,
    IcsProblem,
    IcsProblemCode,
    IcsWords,
    ImportedPlan,
    UnknownZoneError,
    local_zone_name,
    plans_to_ics,
    read_ics,
    zone,
)

DATA = Path(__file__).resolve().parent.parent / "data"
SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
STAMP = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
COMPANIES = {
    "华东精密机械有限公司": "c-huadong",
    "tyne park media": "c-tyne",
    "华信电子": "c-huaxin",
}

VISITS = [
    CalendarVisit(
        plan_id="0b6f0c1e-7d5a-4b8e-9f00-000000000001",
        customer_name="华东精密机械有限公司",
        appointment_at=datetime(2026, 11, 25, 10, 30),
        place="上海市浦东新区张江路 88 号, 3 楼; 前台",
        objective="介绍新产品线，了解竞品价格",
        stage_goal="约定试用",
        minutes=90,
        people=("王经理", "李工"),
    ),
    CalendarVisit(
        plan_id="0b6f0c1e-7d5a-4b8e-9f00-000000000002",
        customer_name="Tyne Park Media",
        appointment_at=datetime(2026, 7, 1, 9, 0),  # British Summer Time
    ),
    CalendarVisit(
        plan_id="0b6f0c1e-7d5a-4b8e-9f00-000000000003",
        customer_name="Tyne Park Media",
        appointment_at=datetime(2026, 3, 29, 10, 0),  # the day the clocks go forward in London
        minutes=45,
    ),
]


def _events(data: bytes) -> dict[str, Event]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.events}


def _start(event: Event) -> datetime:
    start = event.start
    assert isinstance(start, datetime)
    return start


def _ics(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _calendar(*events: str, head: tuple[str, ...] = ()) -> bytes:
    return _ics(
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *head, *events, "END:VCALENDAR"
    )


def _event(*lines: str, uid: str = "e1@test") -> str:
    return "\r\n".join(("BEGIN:VEVENT", f"UID:{uid}", *lines, "END:VEVENT"))


def _read(data: bytes, zone_name: str = "Asia/Shanghai", **kwargs: object) -> IcsImport:
    result = read_ics(data, zone_name, COMPANIES, **kwargs)  # type: ignore[arg-type]
    # Every event is a plan or a problem, once (but those over the limit, one problem).
    numbers = [p.event_index for p in result.plans] + [
        p.event_index for p in result.problems if p.code is not IcsProblemCode.TOO_MANY
    ]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    return result


def _only_plan(data: bytes, zone_name: str = "Asia/Shanghai") -> ImportedPlan:
    result = _read(data, zone_name)
    assert result.problems == []
    assert len(result.plans) == 1
    return result.plans[0]


def _only_problem(data: bytes) -> IcsProblem:
    result = _read(data)
    assert result.plans == []
    assert len(result.problems) == 1
    return result.problems[0]


# ---------------------------------------------------------------- zones


def test_zone_by_iana_name_and_unknown_names() -> None:
    assert zone("Asia/Shanghai") == SHANGHAI
    for bad in ("Nowhere/Zone", "", "../../etc/passwd", "China Standard Time"):
        with pytest.raises(UnknownZoneError):
            zone(bad)


def test_local_zone_name_is_a_zone_or_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    zone(local_zone_name())  # whatever this machine says, it loads
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Asia/Shanghai")
    assert local_zone_name() == "Asia/Shanghai"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: None)
    assert local_zone_name() == "UTC"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Mars/Olympus_Mons")
    assert local_zone_name() == "UTC"

    def broken() -> str:
        raise ZoneInfoNotFoundError("no zone configured")  # as tzlocal raises it

    monkeypatch.setattr(tzlocal, "get_localzone_name", broken)
    assert local_zone_name() == "UTC"


# ---------------------------------------------------------------- export


def test_export_reads_back_in_shanghai_time() -> None:
    data = plans_to_ics(VISITS, "Asia/Shanghai", stamp=STAMP)
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == vc.PRODID
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "RepDesk visits"
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Shanghai"]
    assert calendar.get_missing_tzids() == set()
    # VTIMEZONEs come before the events that use them (Outlook reads in order).
    names = [c.name for c in calendar.subcomponents]
    assert names == ["VTIMEZONE", "VEVENT", "VEVENT", "VEVENT"]

    events = _events(data)
    first = events["0b6f0c1e-7d5a-4b8e-9f00-000000000001@repdesk"]
    assert first["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert first.start == datetime(2026, 11, 25, 10, 30, tzinfo=SHANGHAI)
    assert _start(first).astimezone(UTC) == datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
    assert first.end - first.start == timedelta(minutes=90)
    assert first.stamp == STAMP
    assert b"DTSTART;TZID=Asia/Shanghai:20261125T103000\r\n" in data


def test_export_in_london_keeps_local_times_across_summer_time() -> None:
    data = plans_to_ics(VISITS, "Europe/London", stamp=STAMP)
    events = _events(data)
    winter, summer, change_day = (events[vc.plan_uid(v.plan_id)] for v in VISITS)
    assert _start(winter).astimezone(UTC) == datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # GMT
    assert _start(summer).astimezone(UTC) == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # BST
    assert _start(change_day).astimezone(UTC) == datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
    assert b"DTSTART;TZID=Europe/London:20260701T090000\r\n" in data

    # What a calendar without its own zone database uses: the VTIMEZONE we wrote.
    (vtimezone,) = Calendar.from_ical(data).timezones
    assert vtimezone.tz_name == "Europe/London"
    written = vtimezone.to_tz(lookup_tzid=False)
    for local, offset in (
        (datetime(2026, 11, 25, 10, 30), 0),
        (datetime(2026, 7, 1, 9, 0), 1),
        (datetime(2026, 3, 29, 10, 0), 1),
        (datetime(2026, 3, 28, 10, 0), 0),
        (datetime(2026, 10, 25, 12, 0), 0),
    ):
        assert local.replace(tzinfo=written).utcoffset() == timedelta(hours=offset), local


def test_export_uids_are_stable_and_the_file_repeatable() -> None:
    one = plans_to_ics(VISITS, "Asia/Shanghai", stamp=STAMP)
    later = plans_to_ics(VISITS, "Asia/Shanghai", stamp=STAMP + timedelta(days=3))
    assert list(_events(one)) == list(_events(later)) == [vc.plan_uid(v.plan_id) for v in VISITS]
    assert one == plans_to_ics(VISITS, "Asia/Shanghai", stamp=STAMP)
    assert vc.plan_id_from_uid(vc.plan_uid("abc")) == "abc"
    assert vc.plan_id_from_uid("abc@google.com") is None
    assert vc.plan_id_from_uid("@repdesk") is None


def test_export_keeps_chinese_text_whole_and_folds_lines() -> None:
    data = plans_to_ics(VISITS, "Asia/Shanghai", words=CHINESE, stamp=STAMP)
    text = data.decode("utf-8")  # strict: every fold falls between characters
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    event = _events(data)[vc.plan_uid(VISITS[0].plan_id)]
    assert str(event["SUMMARY"]) == "拜访：华东精密机械有限公司"
    assert str(event["LOCATION"]) == "上海市浦东新区张江路 88 号, 3 楼; 前台"
    assert str(event["DESCRIPTION"]) == (
        "拜访目标：介绍新产品线，了解竞品价格\n阶段目标：约定试用\n拜访对象：王经理、李工"
    )
    # A visit with nothing to describe has no DESCRIPTION or LOCATION at all.
    bare = _events(data)[vc.plan_uid(VISITS[1].plan_id)]
    assert "DESCRIPTION" not in bare
    assert "LOCATION" not in bare


def test_export_with_translated_words_and_calendar_name() -> None:
    words = IcsWords("Besuch: ", "Ziel: ", "Etappenziel: ", "Personen: ")
    data = plans_to_ics(VISITS[:1], "Asia/Shanghai", calendar_name="Meine Besuche", words=words)
    calendar = Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Meine Besuche"
    (event,) = calendar.events
    assert str(event["SUMMARY"]) == "Besuch: 华东精密机械有限公司"
    assert str(event["DESCRIPTION"]).startswith("Ziel: 介绍新产品线")


def test_export_edge_cases() -> None:
    empty = Calendar.from_ical(plans_to_ics([], "Asia/Shanghai"))
    assert empty.events == []
    assert empty.timezones == []
    with pytest.raises(UnknownZoneError):
        plans_to_ics(VISITS, "Nowhere/Zone")
    # An aware time is converted to the zone; UTC needs no VTIMEZONE (the Z form).
    aware = CalendarVisit("p", "ACME", datetime(2026, 11, 25, 2, 30, tzinfo=UTC), minutes=0)
    (event,) = _events(plans_to_ics([aware], "Asia/Shanghai")).values()
    assert event.start == datetime(2026, 11, 25, 10, 30, tzinfo=SHANGHAI)
    assert event.end == event.start
    in_utc = Calendar.from_ical(plans_to_ics([aware], "UTC"))
    assert in_utc.timezones == []
    assert in_utc.events[0].start == datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
    # Dates far away still make a file (the VTIMEZONE covers the years it can).
    far = [
        CalendarVisit("a", "A", datetime(1, 1, 1)),
        CalendarVisit("b", "B", datetime(9999, 12, 31)),
    ]
    assert len(Calendar.from_ical(plans_to_ics(far, "Europe/London")).events) == 2


def test_export_round_trip() -> None:
    data = plans_to_ics(VISITS, "Europe/London", stamp=STAMP)
    result = _read(data, "Europe/London")
    assert result.problems == []
    assert result.events == 3
    first = result.plans[0]
    assert first.plan_id == VISITS[0].plan_id
    assert (first.company, first.customer_id) == ("华东精密机械有限公司", "c-huadong")
    assert first.appointment_at == VISITS[0].appointment_at
    assert (first.place, first.objective, first.stage_goal) == (
        VISITS[0].place,
        VISITS[0].objective,
        VISITS[0].stage_goal,
    )
    assert first.people == VISITS[0].people
    assert first.minutes == 90
    assert [p.appointment_at for p in result.plans] == [v.appointment_at for v in VISITS]
    # Read in Shanghai, the same moments are Shanghai's wall-clock times.
    shanghai = _read(data).plans
    assert [p.appointment_at for p in shanghai] == [
        datetime(2026, 11, 25, 18, 30),
        datetime(2026, 7, 1, 16, 0),
        datetime(2026, 3, 29, 17, 0),
    ]


# ---------------------------------------------------------------- import: real-world styles


def test_outlook_windows_zone_names_and_its_own_vtimezones() -> None:
    result = _read((DATA / "outlook_appointments.ics").read_bytes())
    assert result.problems == []
    huadong, winter, summer = result.plans
    assert huadong.appointment_at == datetime(2026, 11, 25, 10, 30)  # China Standard Time
    assert huadong.source_zone == "China Standard Time"
    assert (huadong.company, huadong.customer_id) == ("华东精密机械有限公司", "c-huadong")
    assert huadong.place == "上海市浦东新区张江路88号"
    assert huadong.objective == "带上最新价格表"
    assert huadong.minutes == 60
    assert huadong.uid.startswith("040000008200E00074C5B7101A82E008")  # unfolded
    assert winter.appointment_at == datetime(2026, 12, 2, 18, 0)  # 10:00 GMT
    assert summer.appointment_at == datetime(2026, 7, 1, 16, 0)  # 09:00 BST
    assert (winter.objective, winter.stage_goal) == ("demo of the new range", "agree a trial")
    assert winter.place == "Tyne Park, Newcastle"
    assert winter.customer_id == "c-tyne"


def test_windows_zone_name_without_a_vtimezone() -> None:
    data = _calendar(
        _event("DTSTART;TZID=GMT Standard Time:20261202T100000", "SUMMARY:Tyne Park Media")
    )
    plan = _only_plan(data)
    assert plan.appointment_at == datetime(2026, 12, 2, 18, 0)


def test_google_utc_times_all_day_cancelled_and_recurring() -> None:
    result = _read((DATA / "google_appointments.ics").read_bytes())
    visit, all_day = result.plans
    assert visit.appointment_at == datetime(2026, 11, 25, 10, 30)  # 02:30Z
    assert visit.source_zone == "UTC"
    assert visit.customer_id == "c-tyne"
    assert visit.place == ""
    assert (all_day.appointment_at, all_day.all_day, all_day.minutes) == (
        datetime(2026, 11, 27, 9, 0),
        True,
        None,
    )
    assert all_day.customer_id == "c-huaxin"
    cancelled, recurring = result.problems
    assert (cancelled.event_index, cancelled.field, cancelled.code) == (
        3,
        "STATUS",
        IcsProblemCode.CANCELLED,
    )
    assert cancelled.uid == "cancelled0001@google.com"
    assert (recurring.event_index, recurring.field, recurring.code, recurring.value) == (
        4,
        "RRULE",
        IcsProblemCode.RECURRING,
        "FREQ=WEEKLY;BYDAY=MO",
    )
    # The same moment for a rep in London: 02:30Z in November is 02:30 there.
    assert _read((DATA / "google_appointments.ics").read_bytes(), "Europe/London").plans[
        0
    ].appointment_at == datetime(2026, 11, 25, 2, 30)


def test_apple_tzid_with_vtimezone() -> None:
    data = (DATA / "apple_appointments.ics").read_bytes()
    plan = _only_plan(data)
    assert plan.appointment_at == datetime(2026, 11, 26, 14, 0)
    assert (plan.company, plan.customer_id) == ("华信电子", "c-huaxin")
    assert plan.place == "华信电子有限公司\n深圳市南山区科技园"
    assert plan.minutes == 60
    assert _only_plan(data, "Europe/London").appointment_at == datetime(2026, 11, 26, 6, 0)


def test_another_zone_converts_to_the_reps() -> None:
    london_ten = "DTSTART;TZID=Europe/London:20261202T100000"
    assert _only_plan(_calendar(_event(london_ten, "SUMMARY:A"))).appointment_at == datetime(
        2026, 12, 2, 18, 0
    )
    summer = "DTSTART;TZID=Europe/London:20260701T100000"
    assert _only_plan(_calendar(_event(summer, "SUMMARY:A"))).appointment_at == datetime(
        2026, 7, 1, 17, 0
    )
    new_york = "DTSTART;TZID=America/New_York:20261202T100000"
    assert _only_plan(_calendar(_event(new_york, "SUMMARY:A")), "Europe/London").appointment_at == (
        datetime(2026, 12, 2, 15, 0)
    )


def test_customized_zones_are_read_from_each_file() -> None:
    """Outlook names every home-made zone "Customized Time Zone"; the library keeps the
    first one it met for the whole process. Each file's own definition must count."""

    def customized(offset: str) -> bytes:
        return _calendar(
            "\r\n".join(
                (
                    "BEGIN:VTIMEZONE",
                    "TZID:Customized Time Zone",
                    "BEGIN:STANDARD",
                    "DTSTART:16010101T000000",
                    f"TZOFFSETFROM:{offset}",
                    f"TZOFFSETTO:{offset}",
                    "END:STANDARD",
                    "END:VTIMEZONE",
                )
            ),
            _event("DTSTART;TZID=Customized Time Zone:20261202T100000", "SUMMARY:A"),
        )

    assert _only_plan(customized("+0100")).appointment_at == datetime(2026, 12, 2, 17, 0)
    assert _only_plan(customized("-0500")).appointment_at == datetime(2026, 12, 2, 23, 0)
    assert _only_plan(customized("+0100")).appointment_at == datetime(2026, 12, 2, 17, 0)


# ---------------------------------------------------------------- import: decisions


def test_floating_time_stays_as_it_is() -> None:
    plan = _only_plan(_calendar(_event("DTSTART:20261125T103000", "SUMMARY:Visit: ACME")))
    assert plan.appointment_at == datetime(2026, 11, 25, 10, 30)
    assert plan.source_zone == ""
    assert plan.minutes is None  # no DTEND, no DURATION
    assert _only_plan(
        _calendar(_event("DTSTART:20261125T103000", "SUMMARY:A")), "Europe/London"
    ).appointment_at == datetime(2026, 11, 25, 10, 30)


def test_all_day_event_at_nine_and_duration() -> None:
    data = _calendar(
        _event("DTSTART;VALUE=DATE:20261127", "DTEND;VALUE=DATE:20261130", "SUMMARY:华信电子")
    )
    plan = _only_plan(data)
    assert plan.appointment_at == datetime.combine(date(2026, 11, 27), vc.ALL_DAY_TIME)
    assert plan.all_day
    other = read_ics(data, "Asia/Shanghai", {}, all_day_time=time(14, 0)).plans[0]
    assert other.appointment_at == datetime(2026, 11, 27, 14, 0)
    timed = _calendar(
        _event("DTSTART:20261125T023000Z", "DURATION:PT45M", "SUMMARY:A"),
        _event("DTSTART:20261125T023000Z", "DTEND:20261124T023000Z", "SUMMARY:B", uid="2"),
        _event("DTSTART:20261125T023000Z", "DTEND:20261225T023000Z", "SUMMARY:C", uid="3"),
    )
    assert [p.minutes for p in _read(timed).plans] == [45, None, None]


def test_company_by_summary_prefix_or_location() -> None:
    companies = {"ACME Trading": "c-acme", "华东精密": "c-hd"}

    def found(*lines: str) -> tuple[str, str | None]:
        (plan,) = read_ics(
            _calendar(_event("DTSTART:20261125T103000", *lines)), "UTC", companies
        ).plans
        return plan.company, plan.customer_id

    assert found("SUMMARY:ACME Trading") == ("ACME Trading", "c-acme")
    assert found("SUMMARY:Visit: acme  TRADING") == ("acme  TRADING", "c-acme")
    assert found("SUMMARY:visit：ACME Trading") == ("ACME Trading", "c-acme")
    assert found("SUMMARY:拜访：华东精密") == ("华东精密", "c-hd")
    assert found("SUMMARY:拜访:ＡＣＭＥ Trading") == ("ＡＣＭＥ Trading", "c-acme")  # full-width
    assert found("SUMMARY:Lunch with Wang", "LOCATION:华东精密") == ("华东精密", "c-hd")
    assert found("SUMMARY:Visit: Nobody Ltd", "LOCATION:Somewhere") == ("Nobody Ltd", None)
    assert found("LOCATION:Unknown Place") == ("Unknown Place", None)
    # The caller's own rule for names (the customer import's company_key, say).
    data = _calendar(_event("DTSTART:20261125T103000", "SUMMARY:华东精密有限公司"))
    (plan,) = read_ics(
        data, "UTC", {"华东精密": "c-hd"}, key=lambda s: s.removesuffix("有限公司")
    ).plans
    assert plan.customer_id == "c-hd"


def test_unknown_company_may_become_a_prospect() -> None:
    plan = _only_plan(_calendar(_event("DTSTART:20261125T103000", "SUMMARY:Visit: 新客户公司")))
    assert (plan.company, plan.customer_id) == ("新客户公司", None)
    with pytest.raises(ValueError, match="no customer"):
        plan.facts()
    facts = plan.facts("c-new")
    assert facts == VisitPlanFacts(
        customer_id="c-new", appointment_at=datetime(2026, 11, 25, 10, 30)
    )
    known = _only_plan(_calendar(_event("DTSTART:20261125T103000", "SUMMARY:Tyne Park Media")))
    assert known.facts(plan_id="p1").customer_id == "c-tyne"
    assert known.facts(plan_id="p1").id == "p1"


def test_problems_by_event_and_field() -> None:
    result = _read(
        _calendar(
            _event("SUMMARY:no start", uid="a"),
            _event("DTSTART:2026112", "SUMMARY:A", uid="b"),
            _event("DTSTART;TZID=Nowhere/Zone:20261125T103000", "SUMMARY:A", uid="c"),
            _event("DTSTART:20261125T103000", uid="d"),
            _event("DTSTART:20261125T103000", "SUMMARY:A", uid="e"),
            _event("DTSTART;VALUE=DURATION:PT1H", "SUMMARY:A", uid="f"),
            _event(
                "DTSTART;TZID=Europe/London:20261125T103000",
                "RECURRENCE-ID;TZID=Europe/London:20261125T103000",
                "SUMMARY:A",
                uid="g",
            ),
            _event("DTSTART:99991231T230000Z", "SUMMARY:A", uid="h"),
        )
    )
    assert [(p.event_index, p.uid, p.field, p.code, p.value) for p in result.problems] == [
        (1, "a", "DTSTART", IcsProblemCode.NO_START, ""),
        (2, "b", "DTSTART", IcsProblemCode.BAD_START, "2026112"),
        (3, "c", "DTSTART", IcsProblemCode.UNKNOWN_ZONE, "Nowhere/Zone"),
        (4, "d", "SUMMARY", IcsProblemCode.NO_COMPANY, ""),
        (6, "f", "DTSTART", IcsProblemCode.BAD_START, "PT1H"),
        (7, "g", "RECURRENCE-ID", IcsProblemCode.RECURRING, "20261125T103000"),
        (8, "h", "DTSTART", IcsProblemCode.BAD_START, "99991231T230000Z"),
    ]
    assert [p.event_index for p in result.plans] == [5]


def test_a_cancelled_calendar() -> None:
    data = _calendar(_event("DTSTART:20261125T103000", "SUMMARY:A"), head=("METHOD:CANCEL",))
    problem = _only_problem(data)
    assert (problem.field, problem.code) == ("METHOD", IcsProblemCode.CANCELLED)


def test_empty_calendar() -> None:
    assert read_ics(_calendar(), "Asia/Shanghai", COMPANIES) == IcsImport([], [], 0)
    # Tasks, journals, free/busy and unknown components are not events: nothing to say.
    other = _calendar(
        "BEGIN:VTODO\r\nSUMMARY:Call back\r\nEND:VTODO", "BEGIN:X-THING\r\nEND:X-THING"
    )
    assert read_ics(other, "Asia/Shanghai", COMPANIES) == IcsImport([], [], 0)


def test_encodings() -> None:
    text = "\r\n".join(
        (
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "DTSTART:20261125T103000",
            "SUMMARY:拜访：华东精密机械有限公司",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        )
    )
    for encoded in (text.encode("utf-8"), "\ufeff".join(("", text)).encode("utf-8")):
        assert _only_plan(encoded).customer_id == "c-huadong"
    assert _only_plan(text.encode("gb18030")).customer_id == "c-huadong"
    assert _only_plan(text.encode("utf-16")).customer_id == "c-huadong"
    assert _only_plan(text.replace("\r\n", "\n").encode()).customer_id == "c-huadong"


# ---------------------------------------------------------------- import: not iCalendar, hostile


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", IcsErrorCode.NOT_ICALENDAR),
        (b"\x00\xff\xfe garbage \x89PNG\r\n\x1a\n", IcsErrorCode.NOT_ICALENDAR),
        (bytes(range(256)) * 64, IcsErrorCode.NOT_ICALENDAR),
        (b"Name,Phone\r\nACME,123\r\n", IcsErrorCode.NOT_ICALENDAR),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wang\r\nEND:VCARD\r\n", IcsErrorCode.NOT_ICALENDAR),
        (b"BEGIN:VEVENT\r\nDTSTART:20261125T103000\r\nEND:VEVENT\r\n", IcsErrorCode.NOT_ICALENDAR),
        (
            b"BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n",
            IcsErrorCode.UNREADABLE,
        ),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", IcsErrorCode.TRUNCATED),
        (_calendar(_event("DTSTART:20261125T103000", "SUMMARY:A"))[:-20], IcsErrorCode.TRUNCATED),
    ],
)
def test_not_icalendar(data: bytes, code: IcsErrorCode) -> None:
    with pytest.raises(IcsError) as caught:
        read_ics(data, "Asia/Shanghai", COMPANIES)
    assert caught.value.code is code
    assert isinstance(caught.value, ValueError)


def test_unknown_rep_zone_is_the_callers_error() -> None:
    with pytest.raises(UnknownZoneError):
        read_ics(_calendar(), "Nowhere/Zone", COMPANIES)


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vc, "MAX_BYTES", 100)
    with pytest.raises(IcsError) as caught:
        read_ics(_calendar(_event("DTSTART:20261125T103000", "SUMMARY:A" * 20)), "UTC", {})
    assert caught.value.code is IcsErrorCode.TOO_LARGE
    monkeypatch.setattr(vc, "MAX_BYTES", 10_000_000)
    monkeypatch.setattr(vc, "MAX_LINES", 50)
    many_zones = "\r\n".join(
        f"BEGIN:VTIMEZONE\r\nTZID:Z{i}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE"
        for i in range(20)
    )
    with pytest.raises(IcsError) as caught:
        read_ics(_calendar(many_zones), "UTC", {})
    assert caught.value.code is IcsErrorCode.TOO_LARGE


def test_events_beyond_the_limit_are_counted_not_read() -> None:
    events = [_event("DTSTART:20261125T103000", f"SUMMARY:C{i}", uid=f"u{i}") for i in range(7)]
    result = _read(_calendar(*events), max_events=3)
    assert [p.uid for p in result.plans] == ["u0", "u1", "u2"]
    assert result.events == 7
    assert result.problems == [IcsProblem(4, "", "VEVENT", IcsProblemCode.TOO_MANY, "7")]


def test_hostile_files_end_quickly() -> None:
    evil_zone = (
        "BEGIN:VTIMEZONE",
        "TZID:Evil",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "RRULE:FREQ=SECONDLY",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "END:STANDARD",
        "END:VTIMEZONE",
    )
    cases = [
        # A zone rule that would make every conversion run for minutes: the zone is left out.
        _calendar("\r\n".join(evil_zone), _event("DTSTART;TZID=Evil:20261125T100000", "SUMMARY:A")),
        # A zone the library would take 12 s to build: too big, left out.
        _calendar(
            "BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
            + "RDATE:20260101T000000\r\n" * 20_000
            + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE",
            _event("DTSTART;TZID=Evil:20261125T100000", "SUMMARY:A"),
        ),
        # Components nested without end, and one VEVENT inside another.
        _calendar("BEGIN:X-A\r\n" * 20_000),
        _calendar(_event("BEGIN:VEVENT\r\n" * 5_000 + "DTSTART:20261125T103000", "SUMMARY:A")),
        # Thousands of properties nobody reads, a long line, alarms.
        _calendar(
            _event(
                "DTSTART:20261125T103000",
                "SUMMARY:A",
                *(["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"] * 50_000),
                "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM",
                "X-ALT-DESC:" + "x" * 2_000_000,
            )
        ),
    ]
    for data in cases:
        started = clock.perf_counter()
        with contextlib.suppress(IcsError):
            read_ics(data, "Asia/Shanghai", COMPANIES)
        assert clock.perf_counter() - started < 5
    for data in cases[:2]:
        problem = read_ics(data, "Asia/Shanghai", COMPANIES).problems[0]
        assert (problem.code, problem.value) == (IcsProblemCode.UNKNOWN_ZONE, "Evil")


def test_a_broken_vtimezone_leaves_the_rest_readable() -> None:
    data = _calendar(
        "BEGIN:VTIMEZONE\r\nTZID:Broken\r\nEND:VTIMEZONE",
        _event("DTSTART;TZID=Broken:20261125T100000", "SUMMARY:A", uid="a"),
        _event("DTSTART;TZID=Europe/London:20261125T100000", "SUMMARY:B", uid="b"),
        _event("DTSTART;TZID=China Standard Time:20261125T100000", "SUMMARY:C", uid="c"),
    )
    result = _read(data)
    assert [(p.uid, p.code) for p in result.problems] == [("a", IcsProblemCode.UNKNOWN_ZONE)]
    assert [p.appointment_at.hour for p in result.plans] == [18, 10]


def test_zone_rules_kept_or_left_out() -> None:
    assert vc._zone_rule_is_safe("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
    assert vc._zone_rule_is_safe("FREQ=YEARLY;UNTIL=19910914T170000Z;BYMONTH=9;BYDAY=3SU")
    assert vc._zone_rule_is_safe("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU")
    assert not vc._zone_rule_is_safe("FREQ=SECONDLY")
    assert not vc._zone_rule_is_safe("FREQ=YEARLY;BYDAY=SU")  # every Sunday
    assert not vc._zone_rule_is_safe("FREQ=YEARLY;BYMONTH=1,2,3;BYDAY=SU")
    assert not vc._zone_rule_is_safe("FREQ=YEARLY;BYMONTH=3;BYHOUR=1,2,3")


def test_mutated_files_never_crash() -> None:
    """A small fuzz without hypothesis (not installed): seeded mutations of real files
    give plans and problems or an IcsError, never another exception, never a wait."""
    seeds = [
        (DATA / f"{name}_appointments.ics").read_bytes() for name in ("outlook", "google", "apple")
    ]
    seeds.append(plans_to_ics(VISITS, "Europe/London", words=CHINESE, stamp=STAMP))
    rng = random.Random(20261123)
    started = clock.perf_counter()
    for round_ in range(600):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            action = rng.randrange(5)
            at = rng.randrange(len(data))
            if action == 0:
                data[at] = rng.randrange(256)
            elif action == 1:
                del data[at : at + rng.randint(1, 40)]
            elif action == 2:
                data[at:at] = rng.choice(
                    [
                        b"\r\n",
                        b":",
                        b";",
                        b"BEGIN:VEVENT\r\n",
                        b"END:VEVENT\r\n",
                        b'"',
                        b"TZID=",
                        b"Z",
                    ]
                )
            elif action == 3:
                lines = bytes(data).split(b"\r\n")
                rng.shuffle(lines)
                data = bytearray(b"\r\n".join(lines))
            else:
                data = data[:at]
        try:
            result = read_ics(bytes(data), "Asia/Shanghai", COMPANIES)
        except IcsError:
            continue
        for plan in result.plans:
            assert plan.appointment_at.tzinfo is None, round_
    assert clock.perf_counter() - started < 60
