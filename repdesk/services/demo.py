"""Demo data: a believable field rep's database of any size.

``fill_demo`` writes N customer sheets with their people, the prospect diary,
visit plans and records, follow-ups, care reminders, an objection playbook,
dissatisfaction signals and the grade history, about 70% in Chinese and 30% in
English, in one transaction. The same (customers, seed, today) always writes
the same bytes, UUIDs included: every value comes from two seeded generators
and every timestamp from ``today``, never from the clock. (Rows that point at
the seed's lead sources and checklist lines carry those rows' ids, which each
database file got when it was created.)

Time is counted in whole days from ``today`` (0 today, -1 yesterday). The
history (days -730..-31) grows with N. The recent month, today and the next
30 days are sized for one rep whatever N is, so the Today page always looks
like a real working day: 3-6 visits today, a handful per working day ahead,
at most ten follow-ups due today and a few dozen overdue, a few care
reminders in the next two weeks, open dissatisfaction signals on 1% of sheets.

The world is built in memory first (customers, people, the calendar, the
grade history), then turned into plain tuples, one table at a time, each
written with executemany in chunks (to report progress and notice a cancel).
"""

from __future__ import annotations

import gc
import json
import random
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import accumulate, combinations
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import Connection

from repdesk.db import contact_dates
from repdesk.db.models import Base
from repdesk.db.store import Store
from repdesk.domain.enums import (
    BuyingSignal,
    ChecklistKind,
    ClassificationField,
    CustomerKind,
    CustomerStatus,
    DissatisfactionSignal,
    HolidayCode,
    Level,
    LoyaltyStage,
    OccasionKind,
    PersonRole,
    ProspectGrade,
    RelationshipStatus,
    RelationshipType,
    ValueClass,
    ValueTier,
    VisitStatus,
)
from repdesk.domain.regions import DEFAULT_REGION
from repdesk.services import demo_words as vocab
from repdesk.services.collation import sort_key
from repdesk.services.playbook import PlaybookService

T = TypeVar("T")
Row = tuple[Any, ...]

HISTORY_START = -730  # two years back
HISTORY_END = -31  # the history stops where the rep-sized recent month starts
RECENT_START = -30
PLAN_HORIZON = 30  # visits are planned up to 30 days ahead
CARE_WINDOW = 14  # the Today page shows care occasions on days 0..13

_CHUNK = 20_000  # rows per executemany: progress and cancel are checked between chunks
_ROWS_PER_CUSTOMER = 10  # a rough total over all tables, for the progress fraction
_BIG_CACHE_KIB = 256 * 1024

_TIMES = tuple(f"{m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60))
_VISIT_MINUTES = tuple(range(8 * 60 + 30, 17 * 60 + 1, 15))
_DAY_SLOTS = (540, 570, 600, 630, 660, 690, 810, 840, 870, 900, 930, 960, 990)
_OFFICE_MINUTES = tuple(range(8 * 60 + 30, 18 * 60 + 1, 5))

_UUID_CLEAR = ~((0xF << 76) | (0x3 << 62)) & ((1 << 128) - 1)
_UUID_SET = (0x4 << 76) | (0x2 << 62)  # version 4, RFC 4122 variant

# Codes as plain str: the builders run millions of times and enum .value is slow.
_PLANNED = VisitStatus.PLANNED.value
_DONE = VisitStatus.DONE.value
_CANCELLED = VisitStatus.CANCELLED.value
_B2C = RelationshipType.B2C.value
_B2B = RelationshipType.B2B.value
_INTERNAL = RelationshipType.INTERNAL.value
_CONSUMER = CustomerKind.CONSUMER.value
_ORGANISATION = CustomerKind.ORGANISATION.value
_PROSPECT = CustomerStatus.PROSPECT.value
_CUSTOMER = CustomerStatus.CUSTOMER.value
_BUYER = PersonRole.BUYER.value
_SALES_TOOLS = ChecklistKind.SALES_TOOLS.value
_INFORMATION = ChecklistKind.INFORMATION.value
_GRADE = ClassificationField.PROSPECT_GRADE.value
_TIER = ClassificationField.VALUE_TIER.value
_GRADES = tuple(g.value for g in ProspectGrade)  # best first
_TIERS = tuple(t.value for t in ValueTier)  # smallest first
_LEVELS = tuple(level.value for level in Level)
_SIGNALS = tuple(s.value for s in DissatisfactionSignal)
# Every set of buying signals a record can list, as the JSON the column stores, by size.
_BUYING_SIGNALS = [
    [json.dumps(list(combo)) for combo in combinations([s.value for s in BuyingSignal], size)]
    for size in range(4)
]
_KEY_ACCOUNT_ROLES = tuple(
    r.value
    for r in (
        PersonRole.DECISION_MANAGEMENT,
        PersonRole.TECHNICAL_MANAGEMENT,
        PersonRole.PURCHASING,
        PersonRole.FINANCE,
        PersonRole.USAGE_MANAGEMENT,
        PersonRole.OPERATOR,
    )
)
_SHEET_ROLES = tuple(
    r.value
    for r in (
        PersonRole.SECRETARY,
        PersonRole.DEPARTMENT_HEAD,
        PersonRole.INFLUENCER,
        PersonRole.DECISION_MANAGEMENT,
        PersonRole.FINANCE,
    )
)
# How much a rep knows about a person, by the relationship quadrant.
_KNOWN_BY_QUADRANT = {"partner": 0.85, "friend": 0.75, "supplier": 0.45, "outsider": 0.2}


@dataclass(frozen=True)
class DemoCounts:
    """Rows written, by table name."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


class DemoError(Exception):
    """Demo data was refused or cancelled; nothing was written."""


def fill_demo(
    store: Store,
    customers: int,
    seed: int = 1,
    *,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoCounts:
    """Fill an empty database with ``customers`` demo sheets and everything around them.

    ``progress`` gets fractions from 0 to 1; ``cancelled`` is polled and, when it
    returns True, the fill stops and rolls back. Raises ValueError for fewer
    than one customer and DemoError when the database is not empty or the fill
    was cancelled; in both cases nothing is written.
    """
    if customers < 1:
        raise ValueError(f"demo data needs at least one customer, not {customers}")
    today = today or date.today()
    if progress is not None:
        progress(0.0)
    PlaybookService(store).ensure_default()  # the visits meet its objections
    with store.engine.connect() as conn, _bulk_load(conn), conn.begin():
        _refuse_if_not_empty(conn)
        job = _Job(conn, customers, progress, cancelled)
        job.checkpoint()
        _fill(conn, job, customers, seed, today)
        job.checkpoint()
        contact_dates.refresh(conn, None)
    if progress is not None:
        progress(1.0)
    return DemoCounts(dict(job.counts))


# --------------------------------------------------------------------------
# Randomness, ids and days


class _Weights(Generic[T]):
    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        listed = list(pairs)
        self.items = [item for item, _ in listed]
        self.cum = list(accumulate(weight for _, weight in listed))
        self.total = self.cum[-1]


class _Dice:
    """A seeded random.Random with the few shapes the builders need, kept fast."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._random = self.rng.random

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def chance(self, p: float) -> bool:
        return self._random() < p

    def between(self, low: int, high: int) -> int:
        return low + int(self._random() * (high - low + 1))

    def weighted(self, table: _Weights[T]) -> T:
        return table.items[bisect_right(table.cum, self._random() * table.total)]

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(items, min(k, len(items)))


class _Ids:
    """UUID4 text from its own seeded stream: same seed, same ids."""

    def __init__(self, seed: int) -> None:
        self._bits = random.Random(f"repdesk-demo-ids/{seed}").getrandbits

    def __call__(self) -> str:
        h = f"{(self._bits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Clock:
    """Day offsets from ``today`` to the text SQLAlchemy stores for Date and DateTime."""

    def __init__(self, today: date) -> None:
        self.today = today
        self._first = HISTORY_START - 60
        span = PLAN_HORIZON + 90 - self._first
        days = [today + timedelta(days=self._first + i) for i in range(span)]
        self._iso = [d.isoformat() for d in days]
        self._workday = [d.weekday() < 5 for d in days]

    def day(self, d: int) -> str:
        return self._iso[d - self._first]

    def at(self, d: int, minute: int) -> str:
        return f"{self._iso[d - self._first]} {_TIMES[minute]}"

    def date(self, d: int) -> date:
        return self.today + timedelta(days=d)

    def is_workday(self, d: int) -> bool:
        return self._workday[d - self._first]

    def workdays(self, first: int, last: int) -> list[int]:
        return [d for d in range(first, last + 1) if self.is_workday(d)]

    def workday_near(self, d: int, low: int, high: int) -> int | None:
        """``d`` or the nearest working day before it (else after it) within [low, high]."""
        for candidate in (d, d - 1, d - 2, d + 1, d + 2):
            if low <= candidate <= high and self.is_workday(candidate):
                return candidate
        return None

    def next_workday(self, d: int) -> int:
        while not self.is_workday(d):
            d += 1
        return d


# --------------------------------------------------------------------------
# The rep's world in memory, before it becomes rows


@dataclass(slots=True, eq=False)
class _Person:
    id: str
    name: str
    sort_key: str
    female: bool
    role: str
    quadrant: str
    phone: str
    email: str
    birthday: date | None = None
    birthday_care: bool = False


class _Change(NamedTuple):
    day: int
    minute: int
    field: str
    old: str | None
    new: str | None
    reason: str


@dataclass(slots=True, eq=False)
class _Customer:
    id: str
    words: vocab.Words
    consumer: bool
    relationship: str
    name: str
    city: str
    address: str
    phone: str
    email: str
    domain: str
    industry: int
    lead_code: str
    female: bool  # for consumers: the person the sheet is about
    recent: bool  # first contact in the recent month
    contact_day: int = 0
    contact_minute: int = 540
    closed: bool = False
    grade: str | None = None
    tier: str | None = None
    value_class: str | None = None
    revenue: float | None = None
    share: float | None = None
    potential: str | None = None
    relationship_status: str | None = None
    close_day: int | None = None
    people: list[_Person] = field(default_factory=list)
    visits: list[_Visit] = field(default_factory=list)
    changes: list[_Change] = field(default_factory=list)

    @property
    def klass(self) -> str:
        """The tier of a customer or the grade of a prospect."""
        return self.tier or self.grade or "D"


@dataclass(slots=True, eq=False)
class _FollowUp:
    customer: _Customer | None
    diary_id: str | None
    record_id: str | None
    action: str
    origin_day: int
    due_day: int
    open: bool = False


@dataclass(slots=True, eq=False)
class _Visit:
    customer: _Customer
    day: int
    minute: int
    status: str
    plan_id: str | None
    record_id: str | None
    position: int | None = None  # order in the day's itinerary
    diary_id: str | None = None
    draft: bool = False
    follow_up: _FollowUp | None = None


# --------------------------------------------------------------------------
# Writing


@dataclass(frozen=True)
class _Sheet:
    """A table and the column order its builder emits, checked against the ORM table."""

    table: str
    columns: tuple[str, ...]

    def insert_sql(self) -> str:
        columns = Base.metadata.tables[self.table].columns
        known = [c.name for c in columns if c.name not in _DERIVED.get(self.table, ())]
        if sorted(known) != sorted(self.columns):
            raise RuntimeError(
                f"demo data for {self.table} is out of date with the schema: "
                f"missing {sorted(set(known) - set(self.columns))}, "
                f"unknown {sorted(set(self.columns) - set(known))}"
            )
        marks = ", ".join("?" * len(self.columns))
        return f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})"


_RECORD = ("id", "created_at", "updated_at", "deleted_at")
# Columns computed from other tables after the fill (db/contact_dates.py), not emitted.
_DERIVED = {"customers": ("last_contact_on", "next_step_on")}


class _Job:
    """Progress, cancel checks and the inserts of one fill."""

    def __init__(
        self,
        conn: Connection,
        customers: int,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self._conn = conn
        self._progress = progress
        self._cancelled = cancelled
        # Every row counts once when it is built and once when it is written.
        self._expected = 2 * (_ROWS_PER_CUSTOMER * customers + 2_000)
        self._step = max(1, self._expected // 200)
        self._units = 0
        self._next = 0
        self.counts: dict[str, int] = {}

    def tick(self, units: int = 1) -> None:
        self._units += units
        if self._units >= self._next:
            self.checkpoint()

    def checkpoint(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DemoError("Demo data was cancelled; the database was left as it was.")
        if self._progress is not None:
            self._progress(min(0.99, self._units / self._expected))
        self._next = self._units + self._step

    def write(self, sheet: _Sheet, rows: list[Row]) -> None:
        """Insert the rows, with the table's indexes rebuilt once at the end.

        Building an index from sorted keys is much faster than updating it row
        by row with random UUIDs. The DROP and CREATE run in this transaction:
        a cancel or an error rolls them back with the rows.
        """
        sql = sheet.insert_sql()
        indexes = self._conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
            (sheet.table,),
        ).all()
        for name, _ in indexes:
            self._conn.exec_driver_sql(f'DROP INDEX "{name}"')
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            self._conn.exec_driver_sql(sql, chunk)
            self.tick(len(chunk))
        for _, create in indexes:
            self._conn.exec_driver_sql(create)
        self.counts[sheet.table] = self.counts.get(sheet.table, 0) + len(rows)


@dataclass
class _Ctx:
    dice: _Dice
    ids: _Ids
    clock: _Clock
    job: _Job
    fake: _Faker
    lead_sources: dict[str, str]  # LeadSourceCode -> id


def _refuse_if_not_empty(conn: Connection) -> None:
    count = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar_one()
    if count:
        plural = "s" if count != 1 else ""
        raise DemoError(
            f"Demo data only goes into an empty database, and this one already has "
            f"{count:,} customer{plural}. Create a new database for the demo."
        )
    for table in _FILLED_TABLES:
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
            raise DemoError(
                f"Demo data only goes into an empty database, and this one already has "
                f"{table.replace('_', ' ')}. Create a new database for the demo."
            )


@contextmanager
def _bulk_load(conn: Connection) -> Iterator[None]:
    """Settings for one big insert on this connection, put back afterwards.

    Foreign-key enforcement is off while the rows go in (every reference is to
    a row built here or read from the database, and the tests check them with
    PRAGMA foreign_key_check); it can only change outside a transaction, so
    where the driver already holds one this quietly stays on. A large page
    cache helps the random UUID keys, and the garbage collector pauses while
    millions of tuples are alive.
    """
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()

    def pragma(statement: str) -> Any:
        cursor.execute(f"PRAGMA {statement}")
        row = cursor.fetchone()
        return row[0] if row else None

    cache = int(pragma("cache_size"))
    pragma(f"cache_size=-{_BIG_CACHE_KIB}")
    pragma("foreign_keys=OFF")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        pragma("foreign_keys=ON")
        pragma(f"cache_size={cache}")
        enforced = pragma("foreign_keys") == 1
        cursor.close()
        if not enforced:
            conn.invalidate()  # never hand a connection without foreign keys back to the pool


# --------------------------------------------------------------------------
# Names, addresses, phones


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _ascii(text: str) -> str:
    """Lower-case letters and digits only: for e-mail addresses and web domains."""
    return _NOT_ALNUM.sub("", text.lower())


@cache
def _json(pairs: tuple[tuple[str, str], ...]) -> str:
    """A small JSON object, remembered: the fact notes come from short lists."""
    return json.dumps(dict(pairs))


class _Faker:
    """Company and person names, addresses and phone numbers in both languages."""

    def __init__(self, dice: _Dice) -> None:
        self.dice = dice
        self._used: set[str] = set()
        self._keys: dict[str, str] = {}
        self._zh_cities = _Weights((c, c.weight) for c in vocab.ZH_CITIES)
        self._uk_cities = _Weights((c, c.weight) for c in vocab.UK_CITIES)
        self._surnames = _Weights(vocab.ZH_SURNAMES)
        self._pinyin = {brand: _ascii(sort_key(brand)) for brand in vocab.ZH_BRANDS}

    def key(self, name: str) -> str:
        """collation.sort_key, remembered: people's names repeat a lot."""
        known = self._keys.get(name)
        if known is None:
            known = self._keys[name] = sort_key(name)
        return known

    def zh_city(self) -> vocab.ZhCity:
        return self.dice.weighted(self._zh_cities)

    def uk_city(self) -> vocab.UkCity:
        return self.dice.weighted(self._uk_cities)

    def _unique(self, make: Callable[[], tuple[str, int, str]]) -> tuple[str, int, str]:
        for _ in range(8):
            made = make()
            if made[0] not in self._used:
                break
        self._used.add(made[0])
        return made

    def zh_company(self, city: vocab.ZhCity) -> tuple[str, int, str]:
        """(name, industry index, web domain) like 深圳华信电子有限公司."""
        dice = self.dice

        def make() -> tuple[str, int, str]:
            brand = dice.pick(vocab.ZH_BRANDS)
            index = dice.between(0, len(vocab.ZH_INDUSTRIES) - 1)
            industry = vocab.ZH_INDUSTRIES[index]
            suffix = dice.pick(vocab.ZH_SUFFIXES)
            if dice.chance(0.8):
                name = f"{city.short}{brand}{industry.word}{suffix}"
            else:
                name = f"{brand}{industry.word}（{city.short}）{suffix}"
            return name, index, f"{self._pinyin[brand]}-{industry.code}.com"

        return self._unique(make)

    def en_company(self) -> tuple[str, int, str]:
        """(name, industry index, web domain) like Northwind Trading Ltd."""
        dice = self.dice

        def make() -> tuple[str, int, str]:
            index = dice.between(0, len(vocab.EN_INDUSTRIES) - 1)
            industry = vocab.EN_INDUSTRIES[index]
            if dice.chance(0.8):
                first, second = dice.pick(vocab.EN_FIRST_WORDS), dice.pick(vocab.EN_SECOND_WORDS)
                stem = f"{first} {second}".strip()
                name = f"{stem} {industry.word} {dice.pick(vocab.EN_SUFFIXES)}"
                domain = _ascii(stem + industry.word)
            else:
                one, two = dice.pick(vocab.EN_SURNAMES), dice.pick(vocab.EN_SURNAMES)
                name = f"{one} & {two} {dice.pick(('Ltd', 'Limited', 'LLP'))}"
                domain = _ascii(one + two)
            return name, index, f"{domain}.co.uk"

        return self._unique(make)

    def zh_person(self, female: bool) -> str:
        dice = self.dice
        given = vocab.ZH_GIVEN_FEMALE if female else vocab.ZH_GIVEN_MALE
        name = dice.weighted(self._surnames) + dice.pick(given)
        if dice.chance(0.65):
            second = dice.pick(given)
            if second != name[-1]:
                name += second
        return name

    def en_person(self, female: bool) -> str:
        first = self.dice.pick(vocab.EN_FIRST_FEMALE if female else vocab.EN_FIRST_MALE)
        return f"{first} {self.dice.pick(vocab.EN_SURNAMES)}"

    def zh_address(self, city: vocab.ZhCity, home: bool) -> str:
        """Like 广东省深圳市南山区科技园路88号, an office suite, a park or a flat."""
        dice = self.dice
        street = f"{dice.pick(vocab.ZH_ROADS)}{dice.between(1, 999)}号"
        head = f"{city.province}{city.city}{dice.pick(city.districts)}{street}"
        if home:
            estate = dice.pick(vocab.ZH_BRANDS) + dice.pick(vocab.ZH_HOMES)
            flat = f"{dice.between(1, 32)}0{dice.between(1, 6)}"
            return f"{head}{estate}{dice.between(1, 30)}栋{flat}室"
        shape = dice.between(0, 9)
        if shape < 5:
            return head
        if shape < 8:
            suite = f"{dice.between(2, 38)}{dice.between(1, 20):02d}"
            return f"{head}{dice.pick(vocab.ZH_BUILDINGS)}{suite}室"
        park = dice.pick(vocab.ZH_BRANDS) + dice.pick(vocab.ZH_PARKS)
        return f"{head}{park}{dice.between(1, 12)}栋"

    def en_address(self, city: vocab.UkCity, home: bool) -> str:
        """Like 12 Harbour Street, Manchester M1 2AB."""
        dice = self.dice
        letters = vocab.UK_POSTCODE_LETTERS
        inward = f"{dice.between(1, 9)}{dice.pick(letters)}{dice.pick(letters)}"
        tail = f"{city.name} {dice.pick(city.postcodes)} {inward}"
        street = dice.pick(vocab.UK_STREET_NAMES)
        if home:
            return f"{dice.between(1, 180)} {street} {dice.pick(vocab.UK_HOME_TYPES)}, {tail}"
        if dice.chance(0.25):
            return f"Unit {dice.between(1, 40)}, {dice.pick(vocab.UK_ESTATES)}, {tail}"
        return f"{dice.between(1, 250)} {street} {dice.pick(vocab.UK_STREET_TYPES)}, {tail}"

    def zh_mobile(self) -> str:
        """Like 138 0013 8000."""
        dice = self.dice
        prefix = dice.pick(vocab.ZH_MOBILE_PREFIXES)
        return f"{prefix} {dice.between(0, 9999):04d} {dice.between(0, 9999):04d}"

    def zh_landline(self, city: vocab.ZhCity) -> str:
        """Like 0755-8612 3456."""
        dice = self.dice
        return f"{city.area_code}-{dice.between(2000, 8999)} {dice.between(0, 9999):04d}"

    def uk_mobile(self) -> str:
        return f"+44 7{self.dice.between(100, 999)} {self.dice.between(100000, 999999)}"

    def uk_landline(self, city: vocab.UkCity) -> str:
        dice = self.dice
        if len(city.dial) == 2:
            return f"+44 {city.dial} {dice.between(3000, 8999)} {dice.between(0, 9999):04d}"
        return f"+44 {city.dial} {dice.between(200, 999)} {dice.between(0, 9999):04d}"


# --------------------------------------------------------------------------
# The world: customers and their classification

_LEAD_WEIGHTS = _Weights(
    [
        ("target_list", 15),
        ("existing_customer", 5),
        ("newspaper", 4),
        ("direct_mail", 6),
        ("cold_visit", 14),
        ("customer_referral", 14),
        ("mailing_list", 5),
        ("e_commerce", 10),
        ("yellow_pages", 6),
        ("friend_referral", 12),
        ("archive", 9),
    ]
)
_PROSPECT_GRADES = _Weights([("A", 10), ("B", 20), ("C", 35), ("D", 35)])
_RECENT_GRADES = _Weights([("B", 15), ("C", 45), ("D", 40)])
_ORG_TYPES = _Weights([(_B2B, 80), (RelationshipType.DISTRIBUTOR.value, 16), (_INTERNAL, 4)])
_INTERNAL_MAX = 40  # a rep serves only a few of the company's own departments


def _make_customers(ctx: _Ctx, n: int) -> list[_Customer]:
    dice = ctx.dice
    recent = set(dice.rng.sample(range(n), min(dice.between(25, 40), n // 5)))
    customers: list[_Customer] = []
    internal_left = _INTERNAL_MAX
    for i in range(n):
        customer = _make_customer(ctx, i in recent, internal_left > 0)
        if customer.relationship == _INTERNAL:
            internal_left -= 1
        customers.append(customer)
        ctx.job.tick()
    _classify(ctx.dice, customers)
    _first_contacts(ctx, customers)
    return customers


def _make_customer(ctx: _Ctx, recent: bool, internal_allowed: bool) -> _Customer:
    """Name, address and phone: about 70% Chinese, a minority of consumers (B2C)."""
    dice, fake = ctx.dice, ctx.fake
    zh = dice.chance(0.7)
    consumer = dice.chance(0.12)
    relationship = _B2C if consumer else dice.weighted(_ORG_TYPES)
    if relationship == _INTERNAL and not internal_allowed:
        relationship = _B2B
    female = dice.chance(0.45)
    domain = ""
    industry = 0
    if zh:
        zh_city = fake.zh_city()
        city, address = zh_city.short, fake.zh_address(zh_city, home=consumer)
        if consumer:
            name, phone = fake.zh_person(female), fake.zh_mobile()
        elif relationship == _INTERNAL:
            name = f"{zh_city.short}分公司{dice.pick(vocab.ZH_DEPARTMENTS)}"
            phone = fake.zh_landline(zh_city)
        else:
            name, industry, domain = fake.zh_company(zh_city)
            phone = fake.zh_landline(zh_city) if dice.chance(0.8) else fake.zh_mobile()
    else:
        uk_city = fake.uk_city()
        city, address = uk_city.name, fake.en_address(uk_city, home=consumer)
        if consumer:
            name, phone = fake.en_person(female), fake.uk_mobile()
        elif relationship == _INTERNAL:
            name = f"{uk_city.name} Branch, {dice.pick(vocab.EN_DEPARTMENTS)}"
            phone = fake.uk_landline(uk_city)
        else:
            name, industry, domain = fake.en_company()
            phone = fake.uk_landline(uk_city)
    email = f"{dice.pick(('info', 'sales', 'service', 'office'))}@{domain}" if domain else ""
    return _Customer(
        id=ctx.ids(),
        words=vocab.ZH if zh else vocab.EN,
        consumer=consumer,
        relationship=relationship,
        name=name,
        city=city,
        address=address,
        phone=phone,
        email=email,
        domain=domain,
        industry=industry,
        lead_code=dice.weighted(_LEAD_WEIGHTS),
        female=female,
        recent=recent,
    )


def _classify(dice: _Dice, customers: list[_Customer]) -> None:
    """Closed or not; prospects get a grade, customers a tier by revenue rank."""
    closed: list[_Customer] = []
    for c in customers:
        c.closed = not c.recent and dice.chance(0.38)
        if c.closed:
            # Log-normal revenue: a long tail, so the Pareto chart looks real.
            mu = 7.6 if c.consumer else 9.8
            c.revenue = float(round(dice.rng.lognormvariate(mu, 1.6), -1))
            closed.append(c)
        else:
            c.grade = dice.weighted(_RECENT_GRADES if c.recent else _PROSPECT_GRADES)
    closed.sort(key=lambda c: -(c.revenue or 0.0))
    for rank, c in enumerate(closed):
        top = rank / len(closed)  # VIPs are the top 10%, large the next 15%, ...
        if top < 0.10:
            c.tier = "vip"
        elif top < 0.25:
            c.tier = "large"
        else:
            c.tier = "medium" if top < 0.55 else "small"
    for c in customers:
        if c.closed:
            _customer_value(dice, c)
        else:
            _prospect_value(dice, c)


def _customer_value(dice: _Dice, c: _Customer) -> None:
    top = c.tier in ("vip", "large")
    c.share = float(dice.between(35 if top else 5, 95))
    c.potential = dice.pick(("high", "high", "medium") if top else ("high", "medium", "low", "low"))
    if (c.tier == "vip" and dice.chance(0.8)) or (top and c.share >= 50 and dice.chance(0.5)):
        c.value_class = ValueClass.MVC.value
    elif c.potential == "high" and dice.chance(0.6):
        c.value_class = ValueClass.MGC.value
    elif c.tier == "small" and dice.chance(0.08):
        c.value_class = ValueClass.BZC.value
    if c.value_class == ValueClass.BZC.value or dice.chance(0.05):
        c.relationship_status = RelationshipStatus.WITHDRAWING.value
    elif top:
        c.relationship_status = dice.pick(("stable", "stable", "good", "good", "developing"))
    elif c.tier == "medium":
        c.relationship_status = dice.pick(("good", "good", "stable", "developing", "developing"))
    else:
        c.relationship_status = dice.pick(("developing", "good", "limited"))


def _prospect_value(dice: _Dice, c: _Customer) -> None:
    good = c.grade in ("A", "B")
    c.share = 0.0 if dice.chance(0.6) else None  # not buying from us yet
    c.potential = dice.pick(("high", "high", "medium") if good else ("medium", "low", "low"))
    if dice.chance(0.1):
        c.potential = None
    if good and c.potential == "high" and dice.chance(0.5):
        c.value_class = ValueClass.MGC.value
    if c.recent:
        c.relationship_status = RelationshipStatus.JUST_CONTACTED.value
    elif c.grade == "A":
        c.relationship_status = dice.pick(("developing", "developing", "good"))
    elif c.grade == "B":
        c.relationship_status = dice.pick(("developing", "developing", "just_contacted", "limited"))
    else:
        c.relationship_status = dice.pick(("limited", "just_contacted"))


def _first_contacts(ctx: _Ctx, customers: list[_Customer]) -> None:
    dice, clock = ctx.dice, ctx.clock
    recent_days = clock.workdays(RECENT_START, -2)
    old_days = clock.workdays(HISTORY_START, -120)  # customers needed time to close
    all_days = clock.workdays(HISTORY_START, HISTORY_END)
    for c in customers:
        if c.recent:
            c.contact_day = dice.pick(recent_days)
        else:
            c.contact_day = dice.pick(old_days if c.closed else all_days)
        c.contact_minute = dice.pick(_OFFICE_MINUTES)
        if c.closed:
            close = min(c.contact_day + dice.between(14, 200), HISTORY_END)
            c.close_day = clock.workday_near(close, c.contact_day, HISTORY_END) or close


# The people ---------------------------------------------------------------

_QUADRANTS_PROSPECT = _Weights([("outsider", 55), ("supplier", 20), ("friend", 20), ("partner", 5)])
_QUADRANTS_CUSTOMER = _Weights(
    [("outsider", 10), ("supplier", 40), ("friend", 15), ("partner", 35)]
)


def _make_people(ctx: _Ctx, customers: list[_Customer]) -> None:
    """The buyer first, then the other important people (key-account roles at big ones)."""
    dice = ctx.dice
    birthdays_shown = dice.between(1, 3)
    for c in customers:
        big = c.tier in ("vip", "large")
        if c.consumer:
            count = 1
        elif big:
            count = dice.pick((2, 3, 3, 4))
        else:
            count = dice.pick((1, 1, 2, 2, 2, 3))
        key_account = big or c.relationship == RelationshipType.DISTRIBUTOR.value
        others = dice.sample(_KEY_ACCOUNT_ROLES if key_account else _SHEET_ROLES, count - 1)
        for index, role in enumerate((_BUYER, *others)):
            person = _make_person(ctx, c, role, is_customer=c.consumer and index == 0)
            if person.birthday is not None:
                birthdays_shown = _place_birthday(ctx, person, birthdays_shown)
            c.people.append(person)
            ctx.job.tick()
    # Chance left the window short: move a few more reminded birthdays into it.
    cared = [p for c in customers for p in c.people if p.birthday_care and p.birthday]
    soon = [ctx.clock.date(d) for d in range(1, CARE_WINDOW) if ctx.clock.date(d).day <= 28]
    for p in dice.sample(cared, birthdays_shown):
        assert p.birthday is not None
        day = dice.pick(soon)
        p.birthday = date(p.birthday.year, day.month, day.day)


def _make_person(ctx: _Ctx, c: _Customer, role: str, *, is_customer: bool) -> _Person:
    dice, fake, zh = ctx.dice, ctx.fake, c.words.zh
    if is_customer:
        female, name = c.female, c.name
    else:
        female = dice.chance(0.45)
        name = fake.zh_person(female) if zh else fake.en_person(female)
    key = fake.key(name)
    quadrant = dice.weighted(_QUADRANTS_CUSTOMER if c.closed else _QUADRANTS_PROSPECT)
    phone = fake.zh_mobile() if zh else fake.uk_mobile()
    email = ""
    if is_customer:
        if dice.chance(0.6):
            local = f"{_ascii(key)}{dice.between(1, 99)}" if zh else _ascii(name)
            email = f"{local}@{dice.pick(c.words.consumer_email_domains)}"
    elif c.domain and dice.chance(0.6):
        local = _ascii(key) if zh else ".".join(_ascii(part) for part in name.split(" ", 1))
        email = f"{local}@{c.domain}"
    person = _Person(ctx.ids(), name, key, female, role, quadrant, phone, email)
    if dice.chance(_KNOWN_BY_QUADRANT[quadrant] * 0.6):
        person.birthday = date(dice.between(1962, 1998), dice.between(1, 12), dice.between(1, 28))
        warm = quadrant in ("partner", "friend") or (c.closed and role == _BUYER)
        person.birthday_care = warm and dice.chance(0.6)
    return person


def _place_birthday(ctx: _Ctx, person: _Person, shown: int) -> int:
    """Keep birthdays out of the care window, except a few that have a reminder."""
    assert person.birthday is not None
    today = ctx.clock.today
    if _days_until(today, person.birthday.month, person.birthday.day) >= CARE_WINDOW + 1:
        return shown
    if person.birthday_care and shown > 0:
        return shown - 1
    moved = today + timedelta(days=CARE_WINDOW + 4 + ctx.dice.between(0, 45))
    person.birthday = date(person.birthday.year, moved.month, min(moved.day, 28))
    return shown


def _days_until(today: date, month: int, day: int) -> int:
    """Days from today to the next (month, day), 0 if it is today."""
    upcoming = date(today.year, month, day)
    if upcoming < today:
        upcoming = date(today.year + 1, month, day)
    return (upcoming - today).days


# The rep's calendar -------------------------------------------------------

_HISTORY_VISITS = {
    "vip": (2, 6),
    "large": (1, 4),
    "medium": (1, 2),
    "small": (0, 2),
    "A": (0, 2),
    "B": (0, 1),
    "C": (0, 1),
    "D": (0, 1),
}
_REGULAR_WEIGHTS = {"vip": 30, "large": 20, "medium": 14, "small": 8, "A": 16, "B": 10, "C": 2}


def _schedule_visits(ctx: _Ctx, customers: list[_Customer]) -> None:
    for c in customers:
        _history_visits(ctx, c)
    _rep_calendar(ctx, customers)
    for c in customers:
        c.visits.sort(key=lambda v: (v.day, v.minute))


def _history_visits(ctx: _Ctx, c: _Customer) -> None:
    """Visits in the history window: more for bigger customers, the first before closing."""
    dice, clock, ids = ctx.dice, ctx.clock, ctx.ids
    count = dice.between(*_HISTORY_VISITS[c.klass])
    first, last = c.contact_day + 1, HISTORY_END
    if c.recent or count == 0 or first > last:
        return
    days: set[int] = set()
    for k in range(count):
        high = max(first, c.close_day) if k == 0 and c.close_day is not None else last
        day = clock.workday_near(dice.between(first, high), first, last)
        if day is not None:
            days.add(day)
    for day in sorted(days):
        if dice.chance(0.05):  # booked, then called off by the customer
            earlier = clock.workday_near(day - dice.between(1, 6), first, last)
            if earlier is not None and earlier not in days:
                minute = dice.pick(_VISIT_MINUTES)
                c.visits.append(_Visit(c, earlier, minute, _CANCELLED, ids(), None))
        plan_id = ids() if dice.chance(0.65) else None
        c.visits.append(_Visit(c, day, dice.pick(_VISIT_MINUTES), _DONE, plan_id, ids()))


class _Regulars:
    """Picks the customers a rep sees again, weighted towards VIPs and hot prospects."""

    def __init__(self, dice: _Dice, customers: list[_Customer]) -> None:
        self._dice = dice
        buckets: dict[str, list[_Customer]] = {}
        for c in customers:
            if not c.recent and c.klass in _REGULAR_WEIGHTS:
                buckets.setdefault(c.klass, []).append(c)
        pairs = [(buckets[k], float(w)) for k, w in _REGULAR_WEIGHTS.items() if k in buckets]
        self._weights: _Weights[list[_Customer]] | None = _Weights(pairs) if pairs else None

    def pick(self, taken: set[str]) -> _Customer | None:
        if self._weights is None:
            return None
        for _ in range(12):
            bucket = self._dice.weighted(self._weights)
            c = self._dice.pick(bucket)
            if c.id not in taken:
                return c
        return None


def _rep_calendar(ctx: _Ctx, customers: list[_Customer]) -> None:
    """The recent month, today and the next 30 days, sized for one rep."""
    dice, clock = ctx.dice, ctx.clock
    booked = _book_first_visits(ctx, customers)
    regulars = _Regulars(dice, customers)
    for day in range(RECENT_START, PLAN_HORIZON + 1):
        if day == 0:
            wanted = dice.between(3, 6)
        elif clock.is_workday(day):
            wanted = dice.between(2, 5)
        else:
            wanted = 0
        agenda = booked.get(day, [])
        taken = {c.id for c in agenda}
        while len(agenda) < wanted:
            regular = regulars.pick(taken)
            if regular is None:
                break
            agenda.append(regular)
            taken.add(regular.id)
        minutes = sorted(dice.sample(_DAY_SLOTS, len(agenda)))
        for position, (c, minute) in enumerate(zip(agenda, minutes, strict=False), start=1):
            _calendar_visit(ctx, c, day, minute, position)
    _mark_drafts(ctx, customers)


def _book_first_visits(ctx: _Ctx, customers: list[_Customer]) -> dict[int, list[_Customer]]:
    """New prospects' first appointments, agreed at the first contact (at most 5 today)."""
    dice, clock = ctx.dice, ctx.clock
    booked: dict[int, list[_Customer]] = {}
    for c in customers:
        if not c.recent or dice.chance(0.15):
            continue
        day = c.contact_day + dice.between(2, 12)
        if day != 0:
            day = clock.next_workday(day)
        if day == 0 and len(booked.get(0, [])) >= 5:
            day = clock.next_workday(1)
        if day <= PLAN_HORIZON:
            booked.setdefault(day, []).append(c)
    return booked


def _calendar_visit(ctx: _Ctx, c: _Customer, day: int, minute: int, position: int) -> None:
    ids = ctx.ids
    if day >= 0:
        status, record_id = _PLANNED, None
    elif ctx.dice.chance(0.1):  # the customer called it off
        status, record_id = _CANCELLED, None
    else:
        status, record_id = _DONE, ids()
    c.visits.append(_Visit(c, day, minute, status, ids(), record_id, position))


def _mark_drafts(ctx: _Ctx, customers: list[_Customer]) -> None:
    """One or two of the last working day's records are still drafts."""
    done = [v for c in customers for v in c.visits if v.record_id and RECENT_START <= v.day < 0]
    if done:
        last_day = max(v.day for v in done)
        last = [v for v in done if v.day == last_day]
        for visit in last[: ctx.dice.between(1, 2)]:
            visit.draft = True


# The grade and tier history -----------------------------------------------


def _plan_changes(ctx: _Ctx, c: _Customer) -> None:
    """Grade, status, tier and class changes ending at the sheet's current values.

    About a third of the customers seen in the recent month changed grade or
    tier on that visit, so the weekly report has movements to show.
    """
    dice = ctx.dice
    recent_visits = [v.day for v in c.visits if v.record_id and RECENT_START <= v.day < 0]
    mover_day = recent_visits[-1] if recent_visits and not c.recent and dice.chance(0.35) else None
    minute = dice.pick(_VISIT_MINUTES)

    def add(day: int, field_: str, old: str | None, new: str | None) -> None:
        if new is None:
            kind = "clear"
        elif old is None:
            kind = "set"
        elif field_ == _GRADE:
            kind = "up" if new < old else "down"  # A is the best grade
        elif field_ == _TIER:
            kind = "up" if _TIERS.index(new) > _TIERS.index(old) else "down"
        else:
            kind = "up"
        reason = dice.pick(c.words.change_reasons[(field_, kind)])
        c.changes.append(_Change(day, minute + len(c.changes), field_, old, new, reason))

    def later(start: int) -> int:
        if mover_day is not None:
            return mover_day
        return dice.between(start + 1, HISTORY_END) if start < HISTORY_END else start

    if not c.closed:
        assert c.grade is not None
        if c.recent or (mover_day is None and dice.chance(0.6)):
            add(c.contact_day, _GRADE, None, c.grade)
            return
        first = _neighbour(_GRADES, c.grade, dice)
        add(c.contact_day, _GRADE, None, first)
        add(later(c.contact_day), _GRADE, first, c.grade)
        return
    assert c.close_day is not None
    assert c.tier is not None
    if dice.chance(0.3):  # moved up a grade before closing
        was, became = dice.pick((("B", "A"), ("C", "B")))
        add(dice.between(c.contact_day, c.close_day), _GRADE, was, became)
        add(c.close_day, _GRADE, became, None)
    add(c.close_day, ClassificationField.STATUS.value, _PROSPECT, _CUSTOMER)
    if c.value_class is not None and dice.chance(0.5):
        review_day = dice.between(c.close_day, HISTORY_END)
        add(review_day, ClassificationField.VALUE_CLASS.value, None, c.value_class)
    if mover_day is None and dice.chance(0.7):
        add(c.close_day, _TIER, None, c.tier)
        return
    start = _neighbour(_TIERS, c.tier, dice)
    add(c.close_day, _TIER, None, start)
    add(later(c.close_day), _TIER, start, c.tier)


def _neighbour(values: Sequence[str], value: str, dice: _Dice) -> str:
    index = values.index(value)
    return dice.pick([values[i] for i in (index - 1, index + 1) if 0 <= i < len(values)])


# --------------------------------------------------------------------------
# Rows: customers and people

# fmt: off
_CUSTOMERS = _Sheet("customers", (*_RECORD,
    "kind", "relationship_type", "status", "value_tier", "prospect_grade", "value_class",
    "name", "sort_key", "address", "city", "phone", "email", "website", "lead_source_id",
    "source_note", "main_business", "industry_history", "employees", "business_scope",
    "purchase_by", "purchase_channels", "remarks", "name_verified", "approval_process",
    "purchasing_process", "usage_process", "fact_sources", "share_percent", "upcoming_quantity",
    "annual_revenue", "spending_level", "profit_potential", "relationship_status", "loyalty_stage",
    "currency",
))
# fmt: on
_SPENDING = {"vip": "high", "large": "high", "medium": "medium", "small": "low"}
_LOYALTY = {
    "vip": ("loyal", "loyal", "loyal", "repeat"),
    "large": ("loyal", "repeat", "repeat"),
    "medium": ("repeat", "repeat", "random"),
    "small": ("random", "random", "repeat"),
}


def _customer_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    for c in customers:
        w = c.words
        created = clock.at(c.contact_day, c.contact_minute + 10)
        last = max(
            c.contact_day,
            max((v.day for v in c.visits if v.record_id and v.day < 0), default=c.contact_day),
            max((change.day for change in c.changes), default=c.contact_day),
        )
        updated = clock.at(last, 18 * 60 + dice.between(0, 59)) if last > c.contact_day else created
        organisation = not c.consumer
        main_business, history, scope, employees = _business(dice, c)
        verified = dice.chance(0.9 if c.closed else 0.4)
        processes = c.closed and organisation and dice.chance(0.6)
        # fmt: off
        rows.append((
            c.id, created, updated, None,
            _CONSUMER if c.consumer else _ORGANISATION, c.relationship,
            _CUSTOMER if c.closed else _PROSPECT, c.tier, c.grade, c.value_class,
            c.name, sort_key(c.name), c.address, c.city, c.phone, c.email,
            f"www.{c.domain}" if c.domain and dice.chance(0.7) else "",
            ctx.lead_sources.get(c.lead_code),
            dice.pick(w.source_notes[c.lead_code]) if dice.chance(0.5) else "",
            main_business, history, employees, scope,
            "individual" if c.consumer or dice.chance(0.08) else "company",
            dice.pick(("single", "single", "multi")) if dice.chance(0.8) else None,
            dice.pick(w.remarks),
            int(verified),
            dice.pick(w.approval) if processes else "",
            dice.pick(w.purchasing) if processes else "",
            dice.pick(w.usage) if processes else "",
            _customer_facts(dice, w, verified, organisation),
            c.share,
            float(round(dice.rng.lognormvariate(3.5, 1.2))) if dice.chance(0.85) else None,
            c.revenue,
            _spending(dice, c, employees),
            c.potential,
            c.relationship_status,
            _loyalty(dice, c),
            "CNY" if w.zh else "GBP",
        ))
        # fmt: on
        ctx.job.tick()
    return rows


def _business(dice: _Dice, c: _Customer) -> tuple[str, str, str, int | None]:
    """Main business, history and standing, business scope and employees (items 7-10)."""
    if c.consumer:
        return "", "", "", None
    if c.relationship == _INTERNAL:
        return "", "", "", dice.between(8, 120)
    if c.words.zh:
        zh = vocab.ZH_INDUSTRIES[c.industry]
        history = dice.pick(vocab.ZH_HISTORY).format(
            year=dice.between(1985, 2020),
            region=dice.pick(vocab.ZH_REGIONS),
            rank=dice.pick(vocab.ZH_RANKS),
            group=zh.group,
        )
        main, scope = zh.main_business, zh.business_scope
    else:
        en = vocab.EN_INDUSTRIES[c.industry]
        history = dice.pick(vocab.EN_HISTORY).format(
            year=dice.between(1965, 2020), region=dice.pick(vocab.EN_REGIONS), group=en.word.lower()
        )
        main, scope = en.main_business, en.business_scope
    employees = min(20_000, max(2, int(dice.rng.lognormvariate(3.4, 1.2))))
    return main, history, scope, None if dice.chance(0.1) else employees


def _customer_facts(dice: _Dice, w: vocab.Words, verified: bool, organisation: bool) -> str:
    """How we know: {"name": "asked reception", ...}."""
    if not organisation:
        return "{}"
    facts = [fact for fact in w.customer_facts[1:] if dice.chance(0.25)]
    if verified:
        facts.insert(0, w.customer_facts[0])
    return _json(tuple(facts))


def _spending(dice: _Dice, c: _Customer, employees: int | None) -> str | None:
    if c.tier is not None:
        return _SPENDING[c.tier] if dice.chance(0.85) else dice.pick(_LEVELS)
    if employees is None or dice.chance(0.4):
        return None
    return "high" if employees > 200 else "medium" if employees > 30 else "low"


def _loyalty(dice: _Dice, c: _Customer) -> str | None:
    if c.tier is None:
        return LoyaltyStage.WATCHING.value if dice.chance(0.9) else None
    if c.relationship_status == RelationshipStatus.WITHDRAWING.value:
        return LoyaltyStage.RANDOM.value
    return dice.pick(_LOYALTY[c.tier])


# fmt: off
_PEOPLE = _Sheet("people", (*_RECORD,
    "customer_id", "name", "sort_key", "title", "title_verified", "role", "quadrant",
    "personality", "hobbies", "interests", "lifestyle", "education", "hometown", "birthday",
    "phone", "email", "willing_to_try", "decision_confidence", "notes", "fact_sources",
    "gender",
))
# fmt: on


def _people_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    """The personal details, filled in as far as the rep knows the person."""
    dice, clock = ctx.dice, ctx.clock
    chance, pick = dice.chance, dice.pick
    rows: list[Row] = []
    for c in customers:
        w = c.words
        for index, p in enumerate(c.people):
            known = _KNOWN_BY_QUADRANT[p.quadrant]
            created = clock.at(c.contact_day, c.contact_minute + 11 + index)
            title = "" if c.consumer else pick(w.titles[p.role])
            hobbies = ""
            if chance(known):
                hobbies = pick(w.hobbies)
                second = pick(w.hobbies) if chance(0.5) else hobbies
                if second != hobbies:
                    hobbies += w.hobby_separator + second
            deciding = p.role in (_BUYER, "decision_management") and chance(known * 0.6)
            # fmt: off
            rows.append((
                p.id, created, created, None,
                c.id, p.name, p.sort_key, title, int(bool(title) and chance(0.3 + known * 0.6)),
                p.role, p.quadrant,
                pick(w.personality) if chance(known) else "",
                hobbies,
                pick(w.interests) if chance(known * 0.8) else "",
                pick(w.lifestyle) if chance(known * 0.5) else "",
                pick(w.education) if chance(known * 0.6) else "",
                pick(w.hometowns) if chance(known * 0.6) else "",
                p.birthday.isoformat() if p.birthday else None,
                p.phone, p.email,
                pick(w.willing) if deciding else "",
                pick(w.confidence) if deciding else "",
                pick(w.person_notes) if chance(0.12) else "",
                _person_facts(dice, w, bool(title), bool(hobbies), known),
                "female" if p.female else "male",
            ))
            # fmt: on
            ctx.job.tick()
    return rows


def _person_facts(dice: _Dice, w: vocab.Words, title: bool, hobbies: bool, known: float) -> str:
    """How we know: {"title": "asked reception", "hobbies": "chatted on the last visit"}."""
    sources = w.fact_sources
    facts: list[tuple[str, str]] = []
    if title and dice.chance(0.5):
        facts.append(("title", dice.pick(sources[:2] + sources[4:6])))
    if hobbies and dice.chance(0.6):
        facts.append(("hobbies", dice.pick(sources[2:4] + sources[7:])))
    if dice.chance(known * 0.3):
        facts.append(("hometown", sources[2]))
    return _json(tuple(facts))


# --------------------------------------------------------------------------
# Rows: the prospect diary and follow-ups

# fmt: off
_DIARY = _Sheet("diary_entries", (*_RECORD,
    "contact_date", "customer_id", "company_name", "person_id", "contact_name", "lead_source_id",
    "phone", "appointment_at", "visit_result", "notes",
))
# fmt: on


def _diary_rows(ctx: _Ctx, customers: list[_Customer]) -> tuple[list[Row], list[_FollowUp]]:
    """A row per first contact (most sheets began in the diary) and contacts with no sheet."""
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    follow_ups: list[_FollowUp] = []
    for c in customers:
        if not (c.recent or dice.chance(0.8)):
            continue  # an old sheet from the archive or a predecessor
        w = c.words
        diary_id = ctx.ids()
        buyer = c.people[0]
        first = next(
            (v for v in c.visits if v.status != _CANCELLED and v.day <= c.contact_day + 30), None
        )
        if first is not None and first.plan_id is not None:
            first.diary_id = diary_id
        weak = w.consumer_results_weak if c.consumer else w.results_weak
        if first is None:
            result = dice.pick(weak) if dice.chance(0.5) else ""
        elif first.status == _PLANNED:
            result = ""
        else:
            result = dice.pick(w.results_good if c.closed or c.grade in ("A", "B") else weak)
        created = clock.at(c.contact_day, c.contact_minute)
        # fmt: off
        rows.append((
            diary_id, created, created, None,
            clock.day(c.contact_day), c.id, c.name, buyer.id, buyer.name,
            ctx.lead_sources.get(c.lead_code),
            buyer.phone if c.consumer or dice.chance(0.5) else c.phone,
            clock.at(first.day, first.minute) if first is not None else None,
            result, _diary_note(dice, w, buyer.female),
        ))
        # fmt: on
        if dice.chance(0.45):
            follow_ups.append(_diary_follow_up(ctx, c, w, diary_id, c.contact_day))
        ctx.job.tick()
    recent_loose = dice.between(3, 8)
    for index in range(round(len(customers) * 0.03) + recent_loose):
        rows.append(_loose_diary_row(ctx, recent=index < recent_loose, follow_ups=follow_ups))
    return rows, follow_ups


def _diary_note(dice: _Dice, w: vocab.Words, female: bool) -> str:
    """Mostly blank; sometimes a care note like 母亲节送她一束鲜花."""
    if dice.chance(0.08):
        holidays = [h for h in w.holidays if female or not h.female_only]
        holiday = dice.pick(holidays)
        return dice.pick(holiday.zh_gestures if w.zh else holiday.en_gestures)
    return dice.pick(w.diary_notes)


def _diary_follow_up(
    ctx: _Ctx, c: _Customer | None, w: vocab.Words, diary_id: str, day: int
) -> _FollowUp:
    due = day + ctx.dice.between(2, 14)
    due = ctx.clock.workday_near(due, day + 1, due + 3) or due
    return _FollowUp(c, diary_id, None, ctx.dice.pick(w.diary_actions), day, due)


def _loose_diary_row(ctx: _Ctx, *, recent: bool, follow_ups: list[_FollowUp]) -> Row:
    """A contact that never became a sheet (yet): company and contact kept as text."""
    dice, clock, fake = ctx.dice, ctx.clock, ctx.fake
    zh = dice.chance(0.7)
    w = vocab.ZH if zh else vocab.EN
    first, last = (RECENT_START, -1) if recent else (HISTORY_START, HISTORY_END)
    day = clock.workday_near(dice.between(first, last), first, last) or last
    female = dice.chance(0.45)
    if zh:
        company = fake.zh_company(fake.zh_city())[0]
        contact, phone = fake.zh_person(female), fake.zh_mobile()
    else:
        company = fake.en_company()[0]
        contact, phone = fake.en_person(female), fake.uk_mobile()
    diary_id = ctx.ids()
    created = clock.at(day, dice.pick(_OFFICE_MINUTES))
    if dice.chance(0.3):
        follow_ups.append(_diary_follow_up(ctx, None, w, diary_id, day))
    lead_source = ctx.lead_sources.get(dice.weighted(_LEAD_WEIGHTS))
    # fmt: off
    return (
        diary_id, created, created, None,
        clock.day(day), None, company, None, contact, lead_source, phone, None,
        dice.pick(w.results_weak), dice.pick(w.diary_notes),
    )
    # fmt: on


def _visit_follow_ups(ctx: _Ctx, customers: list[_Customer]) -> list[_FollowUp]:
    """The next step of about half the finished visits, as a follow-up with a due date."""
    dice, clock = ctx.dice, ctx.clock
    follow_ups: list[_FollowUp] = []
    for c in customers:
        for v in c.visits:
            if v.record_id is None or v.draft or not dice.chance(0.5):
                continue
            due = v.day + dice.between(2, 21)
            due = clock.workday_near(due, v.day + 1, due + 3) or due
            v.follow_up = _FollowUp(c, None, v.record_id, dice.pick(c.words.next_steps), v.day, due)
            follow_ups.append(v.follow_up)
    return follow_ups


def _settle_follow_ups(ctx: _Ctx, follow_ups: list[_FollowUp], customers: list[_Customer]) -> None:
    """A rep's list: 3-8 due today, 12-30 overdue and still open, the rest of the past done."""
    dice, clock = ctx.dice, ctx.clock
    due_today = [f for f in follow_ups if f.due_day == 0]
    wanted = dice.between(3, 8)
    for extra in due_today[wanted:]:
        extra.due_day = clock.next_workday(dice.between(1, 7))
    regulars = _Regulars(dice, customers)
    taken: set[str] = set()
    for _ in range(wanted - len(due_today)):
        c = regulars.pick(taken)
        if c is None:
            break
        taken.add(c.id)
        action = dice.pick(c.words.call_actions)
        follow_ups.append(_FollowUp(c, None, None, action, -dice.between(1, 10), 0))
    for f in follow_ups:
        f.open = f.due_day >= 0
    # Overdue and forgotten: mostly from the last six weeks, a rep's real backlog.
    overdue = sorted((f for f in follow_ups if f.due_day < 0), key=lambda f: -f.due_day)
    wanted = dice.between(12, 30)
    recent = sum(1 for f in overdue if f.due_day >= -45)
    for f in dice.sample(overdue[: max(recent, wanted + 2)], wanted):
        f.open = True


# fmt: off
_FOLLOW_UPS = _Sheet("follow_ups", (*_RECORD,
    "customer_id", "diary_entry_id", "visit_record_id", "action", "due_date", "done_at",
))
# fmt: on


def _follow_up_rows(ctx: _Ctx, follow_ups: list[_FollowUp]) -> list[Row]:
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    for f in follow_ups:
        created = clock.at(f.origin_day, dice.pick(_OFFICE_MINUTES))
        done_at = None
        if not f.open:
            day = max(f.origin_day, min(f.due_day + dice.between(-2, 1), -1))
            done_at = max(created, clock.at(day, dice.pick(_OFFICE_MINUTES)))
        customer_id = f.customer.id if f.customer is not None else None
        # fmt: off
        rows.append((
            ctx.ids(), created, done_at or created, None,
            customer_id, f.diary_id, f.record_id, f.action, clock.day(f.due_day), done_at,
        ))
        # fmt: on
        ctx.job.tick()
    return rows


# --------------------------------------------------------------------------
# Rows: visit plans, checklists, records, the people met

# fmt: off
_PLANS = _Sheet("visit_plans", (*_RECORD,
    "customer_id", "diary_entry_id", "status", "objective", "stage_goal", "resources",
    "appointment_at", "place", "itinerary_position", "frequency_note", "documents_note",
    "appearance_checked",
))
# fmt: on


def _plan_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    for c in customers:
        w = c.words
        for v in c.visits:
            if v.plan_id is None:
                continue
            made_day = min(-1, max(c.contact_day, v.day - dice.between(1, 7)))
            created = clock.at(made_day, dice.pick(_OFFICE_MINUTES))
            if v.status == _DONE:
                updated, dressed = clock.at(v.day, min(v.minute + 100, 23 * 60)), True
            elif v.status == _CANCELLED:
                updated, dressed = clock.at(max(made_day, v.day - 1), 17 * 60), False
            else:
                updated, dressed = created, v.day == 0 and dice.chance(0.5)
            # fmt: off
            rows.append((
                v.plan_id, created, max(created, updated), None,
                c.id, v.diary_id, v.status,
                dice.pick(w.objectives),
                dice.pick(w.stage_goals) if dice.chance(0.7) else "",
                dice.pick(w.resources),
                clock.at(v.day, v.minute), c.address, v.position,
                dice.pick(w.frequency) if dice.chance(0.5) else "",
                dice.pick(w.documents),
                int(dressed),
            ))
            # fmt: on
            ctx.job.tick()
    return rows


class _Template(NamedTuple):
    id: str
    kind: str
    label: str
    position: int


# fmt: off
_CHECKLIST = _Sheet("visit_checklist_items", (*_RECORD,
    "visit_plan_id", "template_item_id", "kind", "label", "position", "ticked", "note",
))
# fmt: on


def _checklist_rows(ctx: _Ctx, customers: list[_Customer], template: list[_Template]) -> list[Row]:
    """The STEP1 lists copied onto the current plans and a few old ones, ticked as prepared."""
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    for c in customers:
        for v in c.visits:
            if v.plan_id is None or (v.day < RECENT_START and not dice.chance(0.02)):
                continue
            stamp = clock.at(min(v.day, -1), max(0, v.minute - 60))
            for item in template:
                if v.day > 0:
                    ticked = dice.chance(0.1)
                elif v.day == 0:
                    ticked = dice.chance(0.7 if item.kind == _SALES_TOOLS else 0.5)
                else:
                    ticked = dice.chance(0.9)
                note = ""
                if item.kind == _INFORMATION and ticked and dice.chance(0.5):
                    note = dice.pick(c.words.info_notes)
                # fmt: off
                rows.append((
                    ctx.ids(), stamp, stamp, None,
                    v.plan_id, item.id, item.kind, item.label, item.position, int(ticked), note,
                ))
                # fmt: on
            ctx.job.tick(len(template))
    return rows


# fmt: off
_RECORDS = _Sheet("visit_records", (*_RECORD,
    "visit_plan_id", "customer_id", "visited_at", "summary", "outcome", "buying_signals",
    "next_step", "next_step_date", "minutes_spent", "expenses", "is_draft", "currency",
))
# fmt: on
_MINUTES_BY_CLASS = {
    "vip": (60, 150),
    "large": (45, 120),
    "medium": (30, 90),
    "small": (20, 60),
    "A": (30, 90),
    "B": (20, 60),
    "C": (15, 45),
    "D": (10, 40),
}


def _record_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    for c in customers:
        w = c.words
        warm = c.closed or c.grade in ("A", "B")
        for v in c.visits:
            if v.record_id is None:
                continue
            good = dice.chance(0.65 if warm else 0.3)
            count = dice.between(1, 3) if good else dice.between(0, 1)
            signals = dice.pick(_BUYING_SIGNALS[count])
            if v.follow_up is not None:
                next_step, next_date = v.follow_up.action, clock.day(v.follow_up.due_day)
            else:
                next_step, next_date = (dice.pick(w.next_steps) if dice.chance(0.3) else ""), None
            outcome = "" if v.draft else dice.pick(w.outcomes_good if good else w.outcomes_weak)
            written = clock.at(v.day, min(v.minute + dice.between(60, 240), 23 * 60))
            expenses = 0.0 if dice.chance(0.3) else float(round(dice.rng.lognormvariate(4.0, 0.8)))
            # fmt: off
            rows.append((
                v.record_id, written, written, None,
                v.plan_id, c.id, clock.at(v.day, v.minute),
                dice.pick(w.summaries), outcome, signals, next_step, next_date,
                dice.between(*_MINUTES_BY_CLASS[c.klass]), expenses, int(v.draft),
                "CNY" if w.zh else "GBP",
            ))
            # fmt: on
            ctx.job.tick()
    return rows


_VISIT_PEOPLE = _Sheet("visit_people", (*_RECORD, "visit_record_id", "person_id"))


def _visit_people_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    """The buyer on every visit, sometimes one more of the customer's people."""
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    for c in customers:
        for v in c.visits:
            if v.record_id is None:
                continue
            stamp = clock.at(v.day, min(v.minute + 90, 23 * 60))
            rows.append((ctx.ids(), stamp, stamp, None, v.record_id, c.people[0].id))
            if len(c.people) > 1 and dice.chance(0.3):
                other = dice.pick(c.people[1:])
                rows.append((ctx.ids(), stamp, stamp, None, v.record_id, other.id))
            ctx.job.tick()
    return rows


# --------------------------------------------------------------------------
# Rows: the objection playbook and the objections met


class _Play(NamedTuple):
    """A playbook entry as the demo's visits use it: the words in the world's language."""

    objection_id: str
    says: dict[bool, str]  # zh? -> what the customer says
    answers: tuple[tuple[str, dict[bool, str]], ...]  # (answer id, zh? -> what the rep said)


def _plays(conn: Connection, separators: dict[bool, str]) -> list[_Play]:
    """The playbook already in the database (PlaybookService loads the default first)."""

    def words(value: object) -> dict[bool, str]:
        text = json.loads(value) if isinstance(value, str) else value
        assert isinstance(text, dict)
        return {
            False: text.get("en") or text.get("zh", ""),
            True: text.get("zh") or text.get("en", ""),
        }

    answers: dict[str, list[tuple[str, dict[bool, str]]]] = {}
    for answer_id, objection_id, feature, benefit in conn.exec_driver_sql(
        "SELECT id, objection_id, feature, benefit FROM objection_answers "
        "WHERE deleted_at IS NULL ORDER BY objection_id, position, id"
    ):
        f, b = words(feature), words(benefit)
        said = {zh: f"{f[zh].rstrip('。.！!')}{separators[zh]}{b[zh]}" for zh in (False, True)}
        answers.setdefault(str(objection_id), []).append((str(answer_id), said))
    return [
        _Play(str(objection_id), words(says), tuple(answers.get(str(objection_id), ())))
        for objection_id, says in conn.exec_driver_sql(
            "SELECT id, customer_says FROM objections WHERE deleted_at IS NULL "
            "ORDER BY position, code"
        )
        if answers.get(str(objection_id))
    ]


# fmt: off
_VISIT_OBJECTIONS = _Sheet("visit_objections", (*_RECORD,
    "visit_record_id", "objection_id", "answer_id", "customer_words", "answer_text",
    "customer_agreed", "next_step", "round", "steps",
))
# fmt: on
_AGREED = (1, 1, 1, 1, 1, 0, 0, 0, None, None)  # True, False, or not known


def _visit_objection_rows(ctx: _Ctx, customers: list[_Customer], plays: list[_Play]) -> list[Row]:
    """Objections met on about a quarter of the visits, answered from the playbook;
    a refusal is sometimes answered again with another answer (round 2)."""
    dice, clock = ctx.dice, ctx.clock
    rows: list[Row] = []
    if not plays:
        return rows
    for c in customers:
        w = c.words
        for v in c.visits:
            if v.record_id is None or not dice.chance(0.25):
                continue
            stamp = clock.at(v.day, min(v.minute + 95, 23 * 60))
            for play in dice.sample(plays, 1 if dice.chance(0.8) else 2):
                agreed = dice.pick(_AGREED)
                if dice.chance(0.08):  # something the playbook does not cover
                    words = dice.pick(w.loose_objections)
                    loose = (v.record_id, None, None, words, "", agreed, "", 1, "[]")
                    rows.append((ctx.ids(), stamp, stamp, None, *loose))
                    continue
                order = dice.sample(list(play.answers), len(play.answers))
                for round_ in range(1, len(order) + 1):
                    answer_id, said = order[round_ - 1]
                    linked = answer_id if dice.chance(0.9) else None
                    step = w.close_step if agreed else dice.pick(w.next_steps)
                    rows.append((ctx.ids(), stamp, stamp, None,
                                 v.record_id, play.objection_id, linked, play.says[w.zh],
                                 said[w.zh], agreed, step, round_, "[]"))  # fmt: skip
                    if agreed != 0 or round_ == len(order) or not dice.chance(0.4):
                        break
                    agreed = dice.pick(_AGREED)
            ctx.job.tick()
    return rows


# --------------------------------------------------------------------------
# Rows: care occasions, dissatisfaction signals, the grade history

# fmt: off
_CARE = _Sheet("care_occasions", (*_RECORD,
    "person_id", "kind", "label", "holiday_code", "month", "day", "on_date",
    "recurring", "gesture",
))
# fmt: on


def _near_holidays(today: date) -> frozenset[str]:
    """Holidays that fall in (or just around) the care window, in the default region."""
    from repdesk.services.holiday_calendar import holiday_date  # the calendar: 0.1-0.6 s

    near: set[str] = set()
    for code in sorted({h.code for h in (*vocab.ZH_HOLIDAYS, *vocab.EN_HOLIDAYS)}):
        for year in (today.year, today.year + 1):
            on = holiday_date(HolidayCode(code), year, DEFAULT_REGION)
            if on is not None and -3 <= (on - today).days <= CARE_WINDOW + 3:
                near.add(code)
    return frozenset(near)


def _care_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    """Birthdays, holiday gestures and company events; only a handful in the next 14 days."""
    dice, clock = ctx.dice, ctx.clock
    near = _near_holidays(clock.today)
    near_left = dice.between(1, 2)
    soon_left = dice.between(1, 2)
    rows: list[Row] = []
    for c in customers:
        w = c.words
        stamp = clock.at(c.contact_day, c.contact_minute + 20)
        for p in c.people:
            if p.birthday_care and p.birthday is not None:
                # fmt: off
                rows.append((
                    ctx.ids(), stamp, stamp, None, p.id, OccasionKind.BIRTHDAY.value,
                    w.birthday_label, None, p.birthday.month, p.birthday.day, None, 1,
                    dice.pick(w.birthday_gestures),
                ))
                # fmt: on
        if dice.chance(0.16 if c.closed else 0.04):
            person = dice.pick(c.people)
            holidays = [
                h
                for h in w.holidays
                if (person.female or not h.female_only) and (h.code not in near or near_left > 0)
            ]
            if holidays:
                h = dice.pick(holidays)
                if h.code in near:
                    near_left -= 1
                gesture = dice.pick(h.zh_gestures if w.zh else h.en_gestures)
                label = h.zh_label if w.zh else h.en_label
                # fmt: off
                rows.append((
                    ctx.ids(), stamp, stamp, None, person.id, OccasionKind.HOLIDAY.value,
                    label, h.code, None, None, None, 1, gesture,
                ))
                # fmt: on
        if dice.chance(0.02) or (soon_left > 0 and c.closed and dice.chance(0.05)):
            rows.append(_custom_occasion(ctx, c, stamp, soon=soon_left > 0))
            soon_left -= 1
        ctx.job.tick()
    return rows


def _custom_occasion(ctx: _Ctx, c: _Customer, stamp: str, *, soon: bool) -> Row:
    """A company event: a one-off (an opening) or yearly (an anniversary)."""
    dice, clock, zh = ctx.dice, ctx.clock, c.words.zh
    if soon:
        event = dice.pick([e for e in vocab.CUSTOM_OCCASIONS if e.one_off])
        on_day = dice.between(1, CARE_WINDOW - 1)
    else:
        event = dice.pick(vocab.CUSTOM_OCCASIONS)
        on_day = dice.between(-600, -1) if event.one_off else dice.between(CARE_WINDOW + 4, 350)
    on = clock.date(on_day)
    month, day = (None, None) if event.one_off else (on.month, min(on.day, 28))
    # fmt: off
    return (
        ctx.ids(), stamp, stamp, None, c.people[0].id, OccasionKind.CUSTOM.value,
        event.zh_label if zh else event.en_label, None, month, day,
        on.isoformat() if event.one_off else None, int(not event.one_off),
        event.zh_gesture if zh else event.en_gesture,
    )
    # fmt: on


# fmt: off
_SIGNALS_SHEET = _Sheet("dissatisfaction_signals", (*_RECORD,
    "customer_id", "signal", "raised_on", "note", "resolved_on", "resolution_note",
))
# fmt: on


def _signal_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    """Open signals on about 1% of the sheets (customers first); resolved ones in the past."""
    dice, clock = ctx.dice, ctx.clock
    closed = [c for c in customers if c.closed]
    rows: list[Row] = []
    for c in dice.sample(closed or customers, max(1, round(len(customers) * 0.01))):
        signal = dice.pick(_SIGNALS)
        raised = max(c.contact_day, -dice.between(1, 60))
        stamp = clock.at(raised, dice.pick(_OFFICE_MINUTES))
        note = dice.pick(c.words.signal_notes[signal])
        day = clock.day(raised)
        rows.append((ctx.ids(), stamp, stamp, None, c.id, signal, day, note, None, ""))
    for c in dice.sample(closed, round(len(customers) * 0.03)):
        assert c.close_day is not None
        if c.close_day >= -60:
            continue
        signal = dice.pick(_SIGNALS)
        raised = dice.between(c.close_day, -60)
        resolved = min(-1, raised + dice.between(7, 60))
        # fmt: off
        rows.append((
            ctx.ids(), clock.at(raised, 600), clock.at(resolved, 960), None, c.id, signal,
            clock.day(raised), dice.pick(c.words.signal_notes[signal]), clock.day(resolved),
            dice.pick(c.words.resolutions),
        ))
        # fmt: on
    ctx.job.tick(len(rows))
    return rows


# fmt: off
_CHANGES = _Sheet("classification_changes", (*_RECORD,
    "customer_id", "field", "old_value", "new_value", "changed_at", "reason",
))
# fmt: on


def _change_rows(ctx: _Ctx, customers: list[_Customer]) -> list[Row]:
    clock = ctx.clock
    rows: list[Row] = []
    for c in customers:
        for change in c.changes:
            at = clock.at(change.day, min(change.minute, 23 * 60))
            # fmt: off
            rows.append((
                ctx.ids(), at, at, None,
                c.id, change.field, change.old, change.new, at, change.reason,
            ))
            # fmt: on
        ctx.job.tick(len(c.changes))
    return rows


# --------------------------------------------------------------------------
# The fill, table by table in foreign-key order

_FILLED_TABLES = (
    "customers",
    "people",
    "diary_entries",
    "visit_plans",
    "visit_checklist_items",
    "visit_records",
    "visit_people",
    "visit_objections",
    "follow_ups",
    "care_occasions",
    "dissatisfaction_signals",
    "classification_changes",
)


def _fill(conn: Connection, job: _Job, n: int, seed: int, today: date) -> None:
    dice = _Dice(seed)
    lead_sources = {
        str(code): str(id_)
        for code, id_ in conn.exec_driver_sql(
            "SELECT code, id FROM lead_sources WHERE deleted_at IS NULL AND code IS NOT NULL"
        )
    }
    ctx = _Ctx(dice, _Ids(seed), _Clock(today), job, _Faker(dice), lead_sources)

    world = _make_customers(ctx, n)
    _make_people(ctx, world)
    _schedule_visits(ctx, world)
    for c in world:
        _plan_changes(ctx, c)

    job.write(_CUSTOMERS, _customer_rows(ctx, world))
    job.write(_PEOPLE, _people_rows(ctx, world))
    diary, follow_ups = _diary_rows(ctx, world)
    job.write(_DIARY, diary)
    del diary
    job.write(_PLANS, _plan_rows(ctx, world))
    job.write(_CHECKLIST, _checklist_rows(ctx, world, _templates(conn)))
    follow_ups += _visit_follow_ups(ctx, world)
    _settle_follow_ups(ctx, follow_ups, world)
    job.write(_RECORDS, _record_rows(ctx, world))
    job.write(_VISIT_PEOPLE, _visit_people_rows(ctx, world))
    separators = {zh: (vocab.ZH if zh else vocab.EN).answer_separator for zh in (False, True)}
    job.write(_VISIT_OBJECTIONS, _visit_objection_rows(ctx, world, _plays(conn, separators)))
    job.write(_FOLLOW_UPS, _follow_up_rows(ctx, follow_ups))
    job.write(_CARE, _care_rows(ctx, world))
    job.write(_SIGNALS_SHEET, _signal_rows(ctx, world))
    job.write(_CHANGES, _change_rows(ctx, world))


def _templates(conn: Connection) -> list[_Template]:
    """The current STEP1 lists (the seed's lines and the rep's own), in display order."""
    order = {kind.value: i for i, kind in enumerate(ChecklistKind)}
    rows = sorted(
        conn.exec_driver_sql(
            "SELECT id, kind, label, position, coalesce(code, '') FROM checklist_template_items "
            "WHERE deleted_at IS NULL"
        ),
        key=lambda r: (order.get(r[1], 99), r[3], r[4], r[2]),
    )
    return [_Template(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]
