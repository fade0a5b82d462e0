"""Visit plans to and from iCalendar (RFC 5545): Outlook, Google and Apple calendars.

Pure functions over bytes, no database: the caller reads the plans, the
customers' names and the rep's zone, and writes the file (or the plans).

Export (``plans_to_ics``): one VEVENT per plan, its UID ``<plan id>@repdesk``
so that importing the file again into a calendar updates the events instead
of duplicating them. Stored appointment times are the rep's wall-clock time
with no zone (db/base.py); here they get the rep's zone: DTSTART/DTEND carry
``TZID=<IANA name>`` and the calendar holds the matching VTIMEZONE (made by
the icalendar library for the years the visits span), which Outlook needs.
Texts are UTF-8, escaped and folded by the library.

Import (``read_ics``), decided as follows:

- A time with a zone (TZID, or UTC ``Z`` as Google writes) is converted to
  the rep's zone and kept as wall-clock time: 10:00 Europe/London in winter
  is 18:00 in Asia/Shanghai. Windows zone names ("China Standard Time", as
  Outlook writes them) are IANA zones through the library's table; a TZID
  that is neither is resolved from the file's own VTIMEZONE (old Outlook's
  "Customized Time Zone"), read afresh for every file. A TZID known nowhere
  is a problem (``unknown_zone``): the event is not imported rather than
  put at a guessed hour.
- A floating time (no zone) is wall-clock time already and stays as it is.
- An all-day event (DTSTART a DATE) becomes a plan on that day at
  ``ALL_DAY_TIME`` (09:00), marked ``all_day`` so the preview can say so; a
  multi-day one on its first day.
- A recurring event (RRULE, RDATE, EXRULE, or one changed occurrence of a
  series, RECURRENCE-ID) is not imported (``recurring``): a plan is one
  visit, and expanding a series (exceptions, moved occurrences, a window to
  choose) is guesswork a rep should not have to check. Cancelled events
  (STATUS:CANCELLED, or a calendar sent with METHOD:CANCEL) are skipped
  (``cancelled``).
- The customer is found by company name: SUMMARY without a "Visit:" or
  "拜访：" prefix (any of ``words``), else LOCATION, compared by ``key``
  (width-, case- and space-folded by default). Unknown: ``customer_id`` None
  and ``company`` holds the text, so the caller may make a prospect.

Every VEVENT ends up either as an ``ImportedPlan`` or as an ``IcsProblem``
(numbered from 1 in file order), except those beyond ``max_events``, which
make one ``too_many`` problem. A file that is not iCalendar at all raises
``IcsError`` and nothing else.

Hostile input: the file is cut down before the library parses it. Only the
VCALENDAR, its VEVENTs (the first of each property read here, no alarms)
and VTIMEZONEs are kept; events beyond ``max_events`` are dropped unparsed;
more than ``MAX_BYTES`` or ``MAX_LINES`` content lines is refused. A
VTIMEZONE whose rules are not the yearly rules real time zones use is
dropped (a ``FREQ=SECONDLY`` rule would make every time conversion run for
minutes), so are those beyond ``MAX_ZONE_CHARS``, and so is every VTIMEZONE
when one of them makes the library fail.
A file that ends inside the calendar (cut off) is refused whole
(``truncated``): nothing of half a file is imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import tzlocal
from icalendar import Calendar, Component, Event
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from repdesk.domain.visits import MAX_MINUTES, VisitPlanFacts

__all__ = [
    "ALL_DAY_TIME",
    "CHINESE",
    "ENGLISH",
    "MAX_BYTES",
    "MAX_EVENTS",
    "MAX_LINES",
    "UID_SUFFIX",
    "CalendarVisit",
    "IcsError",
    "IcsErrorCode",
    "IcsImport",
    "IcsProblem",
    "IcsProblemCode",
    "IcsWords",
    "ImportedPlan",
    "UnknownZoneError",
    "local_zone_name",
    "name_key",
    "plan_id_from_uid",
    "plan_uid",
    "plans_to_ics",
    "read_ics",
    "zone",
]

PRODID = "-//RepDesk//RepDesk visits//EN"
UID_SUFFIX = "@repdesk"
DEFAULT_MINUTES = 60
ALL_DAY_TIME = time(9, 0)  # an all-day event becomes a visit at this hour
MAX_BYTES = 32 * 1024 * 1024
MAX_EVENTS = 10_000
MAX_LINES = 250_000  # content lines kept for the parser (~10 s at worst)
# All VTIMEZONEs together: real ones take a few hundred characters each, and
# building one from 20,000 RDATE lines takes the library 12 s.
MAX_ZONE_CHARS = 128 * 1024
_ZONE_YEARS = (1900, 2200)  # VTIMEZONE definitions are written within these years


# ---------------------------------------------------------------- zones


class UnknownZoneError(ValueError):
    """A time zone name that is not an IANA zone this machine knows."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown time zone: {name!r}")
        self.name = name


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` ("Asia/Shanghai"); UnknownZoneError when there is none."""
    try:
        return ZoneInfo(name)
    except (LookupError, ValueError, OSError) as error:  # ZoneInfoNotFoundError is a KeyError
        raise UnknownZoneError(name) from error


def local_zone_name() -> str:
    """This machine's zone by its IANA name (tzlocal, Windows included); "UTC" when unknown."""
    try:
        name: str | None = tzlocal.get_localzone_name()
    except (LookupError, ValueError, OSError):
        name = None
    if name:
        try:
            zone(name)
        except UnknownZoneError:
            return "UTC"
        return name
    return "UTC"


# ---------------------------------------------------------------- words


@dataclass(frozen=True)
class IcsWords:
    """The words an export writes around a plan's texts; the GUI passes translated ones.

    Each label carries its own punctuation ("Visit: ", "拜访："). An import
    recognises a label with either colon, in any case.
    """

    summary_prefix: str = "Visit: "
    objective: str = "Objective: "
    stage_goal: str = "Stage goal: "
    people: str = "People: "
    list_separator: str = ", "


ENGLISH = IcsWords()
CHINESE = IcsWords("拜访：", "拜访目标：", "阶段目标：", "拜访对象：", "、")


def _after_label(text: str, label: str) -> str | None:
    """``text`` without a leading ``label`` (its colon ASCII or full-width), or None."""
    core = label.strip().rstrip(":：").rstrip()
    if not core:
        return None
    text = text.lstrip()
    if text[: len(core)].casefold() != core.casefold():
        return None
    rest = text[len(core) :].lstrip()
    if rest[:1] not in (":", "："):
        return None
    return rest[1:].strip()


def name_key(name: str) -> str:
    """A company name as compared by default: width-, case- and space-folded."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class CalendarVisit:
    """What an exported event needs of a plan."""

    plan_id: str
    customer_name: str
    appointment_at: datetime  # the rep's wall-clock time, naive
    place: str = ""
    objective: str = ""
    stage_goal: str = ""
    minutes: int = DEFAULT_MINUTES
    people: tuple[str, ...] = ()  # names of the people to meet


def plan_uid(plan_id: str) -> str:
    """The event UID of a plan: the same on every export, so calendars update it."""
    return f"{plan_id}{UID_SUFFIX}"


def plan_id_from_uid(uid: str) -> str | None:
    """The plan id in a UID RepDesk wrote, else None."""
    if uid.endswith(UID_SUFFIX) and len(uid) > len(UID_SUFFIX):
        return uid[: -len(UID_SUFFIX)]
    return None


def _description(visit: CalendarVisit, words: IcsWords) -> str:
    lines = []
    if visit.objective.strip():
        lines.append(words.objective + visit.objective.strip())
    if visit.stage_goal.strip():
        lines.append(words.stage_goal + visit.stage_goal.strip())
    people = [name.strip() for name in visit.people if name.strip()]
    if people:
        lines.append(words.people + words.list_separator.join(people))
    return "\n".join(lines)


def _zone_window(visits: Sequence[CalendarVisit]) -> tuple[date, date]:
    """The years a VTIMEZONE must cover: the visits' with a year's margin, within reason."""
    low, high = _ZONE_YEARS
    first = min(max(min(v.appointment_at.year for v in visits) - 1, low), high - 1)
    last = max(min(max(v.appointment_at.year for v in visits) + 1, high), first + 1)
    return date(first, 1, 1), date(last, 12, 31)


def plans_to_ics(
    visits: Sequence[CalendarVisit],
    zone_name: str,
    *,
    calendar_name: str = "RepDesk visits",
    words: IcsWords = ENGLISH,
    stamp: datetime | None = None,
) -> bytes:
    """The visits as an iCalendar file (UTF-8, CRLF lines), times in the zone ``zone_name``.

    ``stamp`` is the DTSTAMP of every event (now, UTC, when None). An aware
    ``appointment_at`` is first converted to the zone. UnknownZoneError for a
    zone name this machine does not know.
    """
    tz = zone(zone_name)
    now = datetime.now(UTC) if stamp is None else stamp
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = calendar_name  # NAME (RFC 7986) and X-WR-CALNAME
    calendar.add("x-wr-timezone", tz.key)
    for visit in visits:
        wall = visit.appointment_at
        if wall.tzinfo is not None:
            wall = wall.astimezone(tz).replace(tzinfo=None)
        start = wall.replace(tzinfo=tz)
        event = Event()
        event.add("uid", plan_uid(visit.plan_id))
        event.add("dtstamp", now.astimezone(UTC))
        event.start = start
        event.end = start + timedelta(minutes=max(0, visit.minutes))
        event.add("summary", words.summary_prefix + visit.customer_name.strip())
        if visit.place.strip():
            event.add("location", visit.place.strip())
        description = _description(visit, words)
        if description:
            event.add("description", description)
        calendar.add_component(event)
    if visits:
        first, last = _zone_window(visits)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())


# ---------------------------------------------------------------- import: results


class IcsErrorCode(StrEnum):
    TOO_LARGE = "too_large"  # over MAX_BYTES or MAX_LINES
    NOT_ICALENDAR = "not_icalendar"  # no VCALENDAR in it
    TRUNCATED = "truncated"  # ends inside a component: cut off, nothing of it is read
    UNREADABLE = "unreadable"  # the library could not parse it


class IcsError(ValueError):
    """A file that cannot be read as iCalendar at all; ``detail`` says why (English)."""

    def __init__(self, code: IcsErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


class IcsProblemCode(StrEnum):
    NO_START = "no_start"  # no DTSTART
    BAD_START = "bad_start"  # a DTSTART that is not a date or a date-time
    UNKNOWN_ZONE = "unknown_zone"  # a TZID neither IANA, Windows nor defined in the file
    RECURRING = "recurring"  # a repeating event, or one occurrence of a series
    CANCELLED = "cancelled"  # STATUS:CANCELLED or METHOD:CANCEL
    NO_COMPANY = "no_company"  # neither SUMMARY nor LOCATION to name the customer
    UNREADABLE = "unreadable"  # anything else the library refused in this event
    TOO_MANY = "too_many"  # events beyond max_events, not read


@dataclass(frozen=True)
class IcsProblem:
    """A VEVENT not imported: which (``event_index`` from 1 in file order), where, why."""

    event_index: int
    uid: str
    field: str  # the iCalendar property: DTSTART, RRULE, STATUS, SUMMARY; VEVENT for all
    code: IcsProblemCode
    value: str = ""  # the offending text (a TZID, the RRULE, the number of events...)
    detail: str = ""  # the library's message, English, for logs


@dataclass(frozen=True)
class ImportedPlan:
    """A VEVENT as a visit plan's values, with what the caller needs to decide."""

    event_index: int
    uid: str
    company: str  # the name as the file gives it (to make a prospect when unknown)
    customer_id: str | None  # found by company name, or None
    appointment_at: datetime  # the rep's wall-clock time, naive
    place: str = ""
    objective: str = ""
    stage_goal: str = ""
    people: tuple[str, ...] = ()  # names, from an export's description
    minutes: int | None = None  # from DTEND or DURATION, when it makes sense
    all_day: bool = False  # the file had a day only; the time is ALL_DAY_TIME
    source_zone: str = ""  # the event's TZID or "UTC"; "" for a floating time
    plan_id: str | None = None  # a RepDesk plan's id, when the UID is ours

    def facts(
        self, customer_id: str | None = None, *, plan_id: str | None = None
    ) -> VisitPlanFacts:
        """The plan to save, for ``customer_id`` (default: the one found)."""
        customer = customer_id or self.customer_id
        if not customer:
            raise ValueError(f"event {self.event_index}: no customer for {self.company!r}")
        return VisitPlanFacts(
            customer_id=customer,
            appointment_at=self.appointment_at,
            place=self.place,
            objective=self.objective,
            stage_goal=self.stage_goal,
            id=plan_id,
        )


@dataclass(frozen=True)
class IcsImport:
    plans: list[ImportedPlan] = field(default_factory=list)
    problems: list[IcsProblem] = field(default_factory=list)
    events: int = 0  # VEVENTs in the file, read or not


# ---------------------------------------------------------------- import: the cut-down


# icalendar's own unfolding and line split (parser/content_line.py), so the
# lines seen here are the lines it would see.
_UNFOLD = re.compile(r"(?:(?<!\n)\r\n|(?<![\r\n])\n)(?:\r?\n)*[ \t]")
_NEWLINE = re.compile(r"\r?\n")
_NAME = re.compile(r"[A-Za-z0-9-]+")

_KEPT_COMPONENTS = {
    ("", "VCALENDAR"),
    ("VCALENDAR", "VEVENT"),
    ("VCALENDAR", "VTIMEZONE"),
    ("VTIMEZONE", "STANDARD"),
    ("VTIMEZONE", "DAYLIGHT"),
}
_RECURRENCE = ("RRULE", "RDATE", "EXRULE", "RECURRENCE-ID")
_EVENT_PROPERTIES = frozenset(
    {"UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS"}
    | set(_RECURRENCE)
)
_ZONE_RULE_PARTS = frozenset(
    {"FREQ", "BYMONTH", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "INTERVAL", "WKST"}
)


def _zone_rule_is_safe(rule: str) -> bool:
    """A VTIMEZONE observance rule as real zones write it: yearly, one month, a few days."""
    parts: dict[str, str] = {}
    for part in rule.upper().split(";"):
        name, _, value = part.strip().partition("=")
        parts[name] = value
    if parts.get("FREQ") != "YEARLY" or not set(parts) <= _ZONE_RULE_PARTS:
        return False
    if len(parts.get("BYMONTH", "").split(",")) != 1 or not parts.get("BYMONTH"):
        return False
    return all(len(parts.get(p, "").split(",")) <= 7 for p in ("BYDAY", "BYMONTHDAY"))


@dataclass
class _CutDown:
    text: str
    events: int  # VEVENTs at the top of a VCALENDAR, kept or not
    calendars: int
    zones: int  # VTIMEZONEs kept
    open: str  # the component the text ends in, "" when all are closed


def _cut_down(text: str, max_events: int, *, zones: bool = True) -> _CutDown:
    """The lines of ``text`` the parser needs (see the module's docstring); with
    ``zones`` False, no VTIMEZONE."""
    out: list[str] = []
    stack: list[str] = []
    skipping = 0  # depth within a component left out
    zone_lines: list[str] | None = None  # a VTIMEZONE, kept when whole and safe
    zone_safe = True
    events = calendars = kept = zones_kept = zone_size = 0
    last_skipped = ""
    seen: set[str] = set()  # the properties of the VEVENT being read
    for line in _NEWLINE.split(_UNFOLD.sub("", text)):
        if not line:
            continue
        match = _NAME.match(line)
        name = match.group(0).upper() if match else ""
        rest = line[match.end() :] if match else line
        value = rest[1:].strip().upper() if rest.startswith(":") else ""
        if skipping:
            if name == "BEGIN":
                skipping += 1
            elif name == "END":
                skipping -= 1
            continue
        parent = stack[-1] if stack else ""
        closed = ""
        if name == "BEGIN":
            if (parent, value) not in _KEPT_COMPONENTS or (value == "VTIMEZONE" and not zones):
                skipping, last_skipped = 1, value
                continue
            if value == "VEVENT":
                events += 1
                seen.clear()
                if events > max_events:
                    skipping, last_skipped = 1, value
                    continue
            elif value == "VCALENDAR":
                calendars += 1
            elif value == "VTIMEZONE":
                zone_lines, zone_safe = [], True
            stack.append(value)
        elif name == "END":
            if not stack:
                continue
            closed = stack.pop()  # as the parser does, whatever the END names
        elif not stack:
            continue  # text outside any component
        elif parent == "VEVENT":
            if name not in _EVENT_PROPERTIES or name in seen:
                continue  # only the first of each property counts (see _first)
            seen.add(name)
        elif parent in ("STANDARD", "DAYLIGHT") and name == "RRULE":
            zone_safe = zone_safe and _zone_rule_is_safe(rest.partition(":")[2])
        kept += 1
        if kept > MAX_LINES:
            raise IcsError(IcsErrorCode.TOO_LARGE, f"more than {MAX_LINES} lines to read")
        if zone_lines is None:
            out.append(line)
            continue
        zone_lines.append(line)
        if closed == "VTIMEZONE":
            size = sum(map(len, zone_lines))
            if zone_safe and zone_size + size <= MAX_ZONE_CHARS:
                out.extend(zone_lines)
                zones_kept += 1
                zone_size += size
            zone_lines = None
    # Cut off inside the calendar (an unclosed component outside one is ignored).
    still_open = ((last_skipped if skipping else stack[-1]) or "?") if stack else ""
    return _CutDown("\r\n".join(out) + "\r\n", events, calendars, zones_kept, still_open)


def _decode(data: bytes) -> str:
    """UTF-8 as RFC 5545 says (a BOM allowed), UTF-16 with its BOM, GB18030 as Chinese
    Windows tools write, else UTF-8 with the broken bytes replaced."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _parse(data: bytes, max_events: int) -> tuple[list[Calendar], int]:
    if len(data) > MAX_BYTES:
        raise IcsError(IcsErrorCode.TOO_LARGE, f"{len(data)} bytes, at most {MAX_BYTES}")
    text = _decode(data)
    cut = _cut_down(text, max_events)
    if not cut.calendars:
        raise IcsError(IcsErrorCode.NOT_ICALENDAR, "no BEGIN:VCALENDAR")
    if cut.open:
        raise IcsError(IcsErrorCode.TRUNCATED, f"the file ends inside {cut.open}")
    try:
        components = _from_ical(cut.text)
    except IcsError:
        if not cut.zones:
            raise
        # One VTIMEZONE the library cannot build fails the whole file: read it
        # without them (IANA and Windows TZIDs still resolve; others become
        # unknown_zone problems on their events).
        components = _from_ical(_cut_down(text, max_events, zones=False).text)
    calendars = [c for c in components if isinstance(c, Calendar)]
    if not calendars:
        raise IcsError(IcsErrorCode.NOT_ICALENDAR, "no VCALENDAR component")
    return calendars, cut.events


def _from_ical(text: str) -> Sequence[Component]:
    try:
        # Bytes, never str: the library takes a one-line str for a file name.
        return Calendar.from_ical(text.encode("utf-8"), multiple=True)
    except Exception as error:  # untrusted input into a library: any failure is the file's
        raise IcsError(IcsErrorCode.UNREADABLE, str(error)[:500]) from error


# ---------------------------------------------------------------- import: events


def _first(value: Any) -> Any:
    """A property given more than once comes as a list: the first one counts."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(component: Component, name: str) -> str:
    value = _first(component.get(name))
    return "" if value is None else str(value).strip()


def _raw(event: Event, name: str) -> str:
    value = _first(event.get(name))
    try:
        ical = value.to_ical()
    except (AttributeError, ValueError, TypeError):
        return str(value)
    return ical.decode("utf-8", errors="replace") if isinstance(ical, bytes) else str(ical)


def _split_description(
    description: str, words: Sequence[IcsWords]
) -> tuple[str, str, tuple[str, ...]]:
    """Objective, stage goal and people from a description; a foreign one is all objective."""
    sections: dict[str, list[str]] = {"objective": [], "stage_goal": [], "people": []}
    current = "objective"
    for line in description.splitlines():
        for w in words:
            found = next(
                (
                    (section, rest)
                    for section, label in (
                        ("objective", w.objective),
                        ("stage_goal", w.stage_goal),
                        ("people", w.people),
                    )
                    if (rest := _after_label(line, label)) is not None
                ),
                None,
            )
            if found:
                current, line = found
                break
        sections[current].append(line)
    people = re.split(r"[,，、;；]", " ".join(sections["people"]))
    return (
        "\n".join(sections["objective"]).strip(),
        "\n".join(sections["stage_goal"]).strip(),
        tuple(name.strip() for name in people if name.strip()),
    )


@dataclass
class _Reader:
    rep: ZoneInfo
    companies: dict[str, str]  # key(name) -> customer id
    words: Sequence[IcsWords]
    key: Callable[[str], str]
    all_day_time: time
    file_zones: dict[str, tzinfo | None] = field(default_factory=dict)

    def company(self, summary: str, location: str) -> tuple[str, str | None]:
        name = summary
        for w in self.words:
            rest = _after_label(summary, w.summary_prefix)
            if rest is not None:
                name = rest
                break
        for text in (name, location):
            found = self.companies.get(self.key(text)) if text else None
            if found:
                return text, found
        return name or location, None

    def zone_of(self, calendar: Calendar, tzid: str) -> tzinfo | None:
        """The file's own VTIMEZONE ``tzid`` (read for this file only), else the IANA
        or Windows zone of that name, else None."""
        if tzid not in self.file_zones:
            found: tzinfo | None = None
            for component in calendar.timezones:
                try:
                    if component.tz_name != tzid:
                        continue
                    found = component.to_tz(lookup_tzid=False)
                except (ValueError, TypeError, LookupError, ArithmeticError):
                    found = None  # a definition dateutil cannot build: the name may still do
                break
            if found is None:
                found = _named_zone(tzid)
            self.file_zones[tzid] = found
        return self.file_zones[tzid]

    def event(self, calendar: Calendar, event: Event, index: int) -> ImportedPlan | IcsProblem:
        uid = _text(event, "UID")

        def problem(
            field: str, code: IcsProblemCode, value: str = "", detail: str = ""
        ) -> IcsProblem:
            return IcsProblem(index, uid, field, code, value, detail)

        status = _text(event, "STATUS").upper()
        if status == "CANCELLED":
            return problem("STATUS", IcsProblemCode.CANCELLED, status)
        if _text(calendar, "METHOD").upper() == "CANCEL":
            return problem("METHOD", IcsProblemCode.CANCELLED, "CANCEL")
        for name in _RECURRENCE:
            if name in event:
                return problem(name, IcsProblemCode.RECURRING, _raw(event, name))
        raw = _first(event.get("DTSTART"))
        if raw is None:
            return problem("DTSTART", IcsProblemCode.NO_START)
        try:
            start = raw.dt
        except ValueError as error:  # a broken value (icalendar's vBroken)
            return problem("DTSTART", IcsProblemCode.BAD_START, str(raw), str(error))
        tzid = str(raw.params.get("TZID") or "")
        source_zone = tzid
        all_day = False
        if isinstance(start, datetime):
            if tzid and not isinstance(start.tzinfo, ZoneInfo | timezone):
                # None (a TZID the library does not know), or a zone it made from
                # a VTIMEZONE, perhaps another file's under the same TZID
                # ("Customized Time Zone"): this file's own definition counts.
                own = self.zone_of(calendar, tzid)
                if own is None:
                    return problem("DTSTART", IcsProblemCode.UNKNOWN_ZONE, tzid)
                start = start.replace(tzinfo=own)
            if start.tzinfo is not None:
                source_zone = source_zone or "UTC"
                try:
                    start = start.astimezone(self.rep).replace(tzinfo=None)
                except OverflowError as error:  # 9999-12-31 23:00Z is in the year 10000 here
                    return problem(
                        "DTSTART", IcsProblemCode.BAD_START, _raw(event, "DTSTART"), str(error)
                    )
            appointment = start
        elif isinstance(start, date):
            appointment = datetime.combine(start, self.all_day_time)
            all_day = True
        else:
            return problem("DTSTART", IcsProblemCode.BAD_START, _raw(event, "DTSTART"))
        summary, location = _text(event, "SUMMARY"), _text(event, "LOCATION")
        company, customer_id = self.company(summary, location)
        if not company:
            return problem("SUMMARY", IcsProblemCode.NO_COMPANY)
        objective, stage_goal, people = _split_description(_text(event, "DESCRIPTION"), self.words)
        return ImportedPlan(
            event_index=index,
            uid=uid,
            company=company,
            customer_id=customer_id,
            appointment_at=appointment,
            place=location,
            objective=objective,
            stage_goal=stage_goal,
            people=people,
            minutes=None if all_day else _minutes(event),
            all_day=all_day,
            source_zone=source_zone,
            plan_id=plan_id_from_uid(uid),
        )


def _named_zone(tzid: str) -> ZoneInfo | None:
    name = tzid.strip().strip("/")
    for candidate in (name, WINDOWS_TO_OLSON.get(name)):
        if candidate:
            try:
                return zone(candidate)
            except UnknownZoneError:
                continue
    return None


def _minutes(event: Event) -> int | None:
    if "DTEND" not in event and "DURATION" not in event:
        return None
    try:
        minutes = event.duration.total_seconds() / 60
    except (ValueError, TypeError, LookupError, ArithmeticError):
        return None
    return round(minutes) if 0 <= minutes <= MAX_MINUTES else None


def read_ics(
    data: bytes,
    zone_name: str,
    companies: Mapping[str, str],
    *,
    words: Sequence[IcsWords] = (ENGLISH, CHINESE),
    key: Callable[[str], str] = name_key,
    all_day_time: time = ALL_DAY_TIME,
    max_events: int = MAX_EVENTS,
) -> IcsImport:
    """The events of an .ics file as visit plans in the rep's zone ``zone_name``.

    ``companies`` maps company names to customer ids; its keys are passed
    through ``key`` again, so plain or casefolded names both do (pass
    customer_import.company_key to match as the customer import does).
    ``words``: the labels an export may have written, in every language.
    Raises IcsError for a file that is not iCalendar, UnknownZoneError for
    an unknown ``zone_name``; every other problem is an IcsProblem.
    """
    rep = zone(zone_name)
    calendars, total = _parse(data, max_events)
    reader = _Reader(
        rep=rep,
        companies={key(name): cid for name, cid in companies.items() if key(name)},
        words=words,
        key=key,
        all_day_time=all_day_time,
    )
    plans: list[ImportedPlan] = []
    problems: list[IcsProblem] = []
    index = 0
    for calendar in calendars:
        reader.file_zones.clear()
        for event in calendar.events:
            index += 1
            try:
                result = reader.event(calendar, event, index)
            except (ValueError, TypeError, LookupError, ArithmeticError) as error:
                result = IcsProblem(
                    index,
                    _text(event, "UID"),
                    "VEVENT",
                    IcsProblemCode.UNREADABLE,
                    detail=str(error)[:500],
                )
            if isinstance(result, ImportedPlan):
                plans.append(result)
            else:
                problems.append(result)
    if total > max_events:
        problems.append(
            IcsProblem(max_events + 1, "", "VEVENT", IcsProblemCode.TOO_MANY, str(total))
        )
    return IcsImport(plans, problems, total)
