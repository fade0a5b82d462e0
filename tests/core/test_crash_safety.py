"""Crash safety: a process killed in the middle of any write leaves a database that
passes the integrity check and holds every committed change (issue 8).

Each round starts tests/core/crash_writer.py as a real child process on a database
file, lets it write through the real services (sheets, the diary, visits, the
playbook, bulk imports, backups, closing and reopening), and SIGKILLs it at a random
moment: in start-up, while a fresh or older file is migrated, mid-import,
mid-backup, mid-checkpoint or between writes. Then, with plain sqlite3 on a copy of
what the dead process left (the database and its WAL; the next child, on the file
itself, has to recover the WAL): the integrity and foreign key checks pass, every
write the child logged as returned is in the file, and a write it was in the middle
of is there whole or not at all; and the app opens that copy. Backups are whole
files that pass the quick check (and hold what was committed before them), or
leftover ``.part`` files the app's list ignores. The next round's child opens the
same file; every few rounds a new file starts, fresh or at an older schema, so
migrations are interrupted too, and the app opens the old one a last time.

Two files are worked on at once (two lanes), each by one child after another.
REPDESK_KILL_ROUNDS sets the number of rounds (default 25: ~30 s on 2 CPUs);
REPDESK_KILL_SEED replays a run's schedule of kills and writes (the timing of a
kill within a write cannot be replayed exactly: rerun a failing seed a few times).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from repdesk.db.revisions import HEAD, KNOWN
from repdesk.services.backups import DEFAULT_KEEP, MANUAL, Backup, backups
from tests.core import crash_writer as cw

pytestmark = pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows has no SIGKILL: TerminateProcess is a different test of a different OS",
)

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("REPDESK_KILL_ROUNDS", "25"))
# Two files at a time, each with its own children one after another: a child spends most
# of its short life importing (~1 s of one CPU), so two of them use both CPUs.
LANES = max(1, min(2, os.cpu_count() or 1))
ROUNDS_PER_FILE = 8  # then a new file (fresh or older schema): more interrupted migrations
WRITING_WINDOW = 1.2  # seconds of writing after the open that a timed kill may land in
MIGRATION_WINDOW = 0.4  # seconds after a new file's open began (migrations, default playbook)
GIVE_UP = 4.0  # seconds past start-up to wait for a targeted write before killing anyway
# How each round picks its moment: any time from the start (imports, open, the first
# writes); any time in the open; any time in the first seconds of writing; or within a
# chosen write (the child is asked to make it among its first few).
KILL_MODES = {"early": 10, "opening": 15, "timed": 40, "import": 15, "backup": 10, "reopen": 10}
MIGRATING_OPENING = 0.75  # a file not yet migrated: mostly killed in its migrations
TARGETS: dict[str, tuple[str, float]] = {  # mode: (the write to wait for, kill within seconds)
    "import": ("import", 0.25),
    "backup": ("backup", 0.03),
    "reopen": ("reopen", 0.04),
}


# --- the log -------------------------------------------------------------------------


def read_log(path: Path) -> tuple[list[str], str]:
    """The complete lines of a round's log, and its torn last line ('' if none)."""
    if not path.exists():
        return [], ""
    text = path.read_bytes().decode("utf-8", errors="replace")
    *lines, tail = text.split("\n")
    return lines, tail


@dataclass(frozen=True)
class Call:
    index: int  # the line's position in the file's whole log
    token: str
    op: str
    words: tuple[str, ...]


Key = tuple[str, str]
Value = tuple[str, ...]


@dataclass
class History:
    """What the children of one file logged: calls that returned, and calls cut short."""

    done: list[Call] = field(default_factory=list)
    cut: list[Call] = field(default_factory=list)  # a ``try`` with no ``ok``: the kill's
    tried: dict[str, Call] = field(default_factory=dict)

    @classmethod
    def of(cls, lines: Iterable[str]) -> History:
        history = cls()
        tries: dict[str, Call] = {}
        for index, line in enumerate(lines):
            kind, *rest = line.split(" ")
            if kind not in ("try", "ok"):
                continue
            call = Call(index, rest[0], rest[1], tuple(rest[2:]))
            if kind == "try":
                tries[call.token] = call
            else:
                history.done.append(call)
        finished = {c.token for c in history.done}
        history.cut = [c for c in tries.values() if c.token not in finished]
        history.tried = tries
        return history


def sets_value(call: Call, committed: bool) -> tuple[Key, Value] | None:
    """The one mutable value a call writes (a later call may change it again)."""
    t, w = call.token, call.words
    if call.op == "save_customer":
        return ("remarks", w[0]), (cw.REMARKS.format(token=t),)
    if call.op == "plan":
        plan_id = w[0]
        if plan_id == "new":
            return None
        return ("objective", plan_id), (cw.OBJECTIVE.format(token=t),)
    if call.op == "record":
        plan_id, state = (w[1], w[2]) if committed else (w[0], w[1])
        return ("record", plan_id), (cw.SUMMARY.format(token=t), str(int(state == "draft")))
    if call.op == "playbook_edit":
        return ("title", w[0]), (cw.ENTRY_TITLE.format(token=t),)
    if call.op == "playbook_new" and committed:
        return ("title", w[0]), (cw.NEW_ENTRY_TITLE.format(token=t),)
    if call.op == "guide":
        return ("opener", ""), (cw.OPENER.format(token=t),)
    return None


_READ_VALUE = {
    "remarks": "SELECT remarks FROM customers WHERE id = ?",
    "objective": "SELECT objective FROM visit_plans WHERE id = ?",
    "record": "SELECT summary, CAST(is_draft AS TEXT) FROM visit_records "
    "WHERE visit_plan_id = ? AND deleted_at IS NULL",
    "title": "SELECT json_extract(title, '$.zh') FROM objections WHERE id = ?",
    "opener": "SELECT json_extract(opener, '$.zh') FROM playbook_guides "
    "WHERE deleted_at IS NULL AND ? = '' ORDER BY created_at LIMIT 1",
}


def _one(c: sqlite3.Connection, sql: str, *args: object) -> tuple[object, ...] | None:
    row: tuple[object, ...] | None = c.execute(sql, args).fetchone()
    return row


def check_content(c: sqlite3.Connection, history: History) -> list[str]:
    """Problems: a returned call whose rows are missing or wrong, a call cut in half."""
    problems: list[str] = []

    def expect(call: Call, what: str, sql: str, args: Sequence[object], want: object) -> None:
        got = _one(c, sql, *args)
        if got != want:
            problems.append(f"{call.token} {call.op}: {what}: stored {got!r}, expected {want!r}")

    for call in history.done:
        t, w = call.token, call.words
        if call.op == "new_customer":
            expect(
                call,
                f"customer {w[0]}",
                "SELECT name, deleted_at FROM customers WHERE id = ?",
                [w[0]],
                (cw.CUSTOMER_NAME.format(token=t), None),
            )
            expect(
                call,
                f"person {w[1]}",
                "SELECT customer_id, name FROM people WHERE id = ?",
                [w[1]],
                (w[0], cw.PERSON_NAME.format(token=t)),
            )
        elif call.op == "save_customer":
            expect(
                call,
                f"added person {w[1]}",
                "SELECT customer_id, name, deleted_at FROM people WHERE id = ?",
                [w[1]],
                (w[0], cw.ADDED_PERSON.format(token=t), None),
            )
        elif call.op == "diary":
            entry, plan, follow_up, customer = w
            expect(
                call,
                f"diary entry {entry}",
                "SELECT company_name, deleted_at FROM diary_entries WHERE id = ?",
                [entry],
                (cw.DIARY_COMPANY.format(token=t), None),
            )
            if plan != "-":
                expect(
                    call,
                    f"its visit plan {plan}",
                    "SELECT diary_entry_id FROM visit_plans WHERE id = ?",
                    [plan],
                    (entry,),
                )
            if follow_up != "-":
                expect(
                    call,
                    f"its follow-up {follow_up}",
                    "SELECT diary_entry_id FROM follow_ups WHERE id = ?",
                    [follow_up],
                    (entry,),
                )
            if customer != "-":
                expect(
                    call,
                    f"its prospect {customer}",
                    "SELECT c.id FROM diary_entries d JOIN customers c ON c.id = d.customer_id "
                    "WHERE d.id = ?",
                    [entry],
                    (customer,),
                )
        elif call.op == "plan":
            expect(
                call,
                f"visit plan {w[0]}",
                "SELECT customer_id, deleted_at FROM visit_plans WHERE id = ?",
                [w[0]],
                (w[1], None),
            )
        elif call.op == "record":
            record, plan, state = w
            expect(
                call,
                f"visit record {record}",
                "SELECT visit_plan_id, deleted_at FROM visit_records WHERE id = ?",
                [record],
                (plan, None),
            )
            if state == "done":  # a finished record's plan is done, and stays done
                expect(
                    call,
                    f"plan {plan}",
                    "SELECT status FROM visit_plans WHERE id = ?",
                    [plan],
                    ("done",),
                )
        elif call.op in ("playbook_edit", "playbook_new"):
            expect(
                call,
                f"objection {w[0]}",
                "SELECT deleted_at FROM objections WHERE id = ?",
                [w[0]],
                (None,),
            )
        elif call.op == "today":
            got = _one(c, "SELECT count(*) FROM holiday_dates")
            if not got or not got[0]:
                problems.append(f"{t} today: no holiday dates stored")
    problems += _check_values(c, history)
    problems += _check_imports(c, history)
    return problems


def _check_values(c: sqlite3.Connection, history: History) -> list[str]:
    """Each mutable value is the last one a returned call wrote, or a later cut call's."""
    last: dict[Key, tuple[Call, Value]] = {}
    for call in history.done:
        if (found := sets_value(call, committed=True)) is not None:
            last[found[0]] = (call, found[1])
    maybe: dict[Key, list[tuple[Call, Value]]] = defaultdict(list)
    for call in history.cut:
        if (found := sets_value(call, committed=False)) is not None:
            maybe[found[0]].append((call, found[1]))
    problems = []
    for key, (call, value) in last.items():
        allowed = {value} | {v for cut, v in maybe[key] if cut.index > call.index}
        rows = c.execute(_READ_VALUE[key[0]], (key[1],)).fetchall()
        if len(rows) != 1 or tuple(str(x) for x in rows[0]) not in allowed:
            problems.append(
                f"{key[0]} of {key[1] or 'the guide'}: stored {rows!r}, expected {value!r} "
                f"(written by {call.token}, which returned)"
                + (f" or {sorted(allowed - {value})!r} (cut short)" if len(allowed) > 1 else "")
            )
    return problems


def _check_imports(c: sqlite3.Connection, history: History) -> list[str]:
    """A returned import is all there; an import cut short is all there or not at all."""
    rows = c.execute(
        "SELECT c.name, (SELECT count(*) FROM people p WHERE p.customer_id = c.id "
        "AND p.name GLOB '联系人[0-9]*') FROM customers c WHERE c.name GLOB ?",
        (cw.IMPORT_PREFIX.format(token="r[0-9]*s[0-9]*") + "[0-9][0-9][0-9][0-9]",),
    ).fetchall()
    stored: Counter[str] = Counter()
    without_person: Counter[str] = Counter()
    lead = cw.IMPORT_PREFIX.split("{token}")[0]
    for name, people in rows:
        token = str(name)[len(lead) : -5]  # 导入<token>-0001
        stored[token] += 1
        if people != 1:
            without_person[token] += 1
    problems = []
    done = {call.token: call for call in history.done if call.op == "import"}
    cut = {call.token: call for call in history.cut if call.op == "import"}
    for token in stored.keys() | done.keys():
        call = done.get(token) or cut.get(token)
        if call is None:
            problems.append(f"{stored[token]} imported sheets of {token}, which never ran")
            continue
        rows_wanted = int(call.words[0])
        if stored[token] != rows_wanted:
            state = "returned" if token in done else "was cut short"
            problems.append(
                f"{token} import ({call.words[1]}, {state}): "
                f"{stored[token]} of its {rows_wanted} sheets stored"
            )
        if without_person[token]:
            problems.append(f"{token} import: {without_person[token]} sheets without their person")
    return problems


# --- the database and its backups -----------------------------------------------------


def check_database(path: Path, history: History) -> list[str]:
    """Integrity, foreign keys and content of the database at ``path``."""
    if not path.exists() or path.stat().st_size == 0:
        if history.done:
            return [f"the file is {'empty' if path.exists() else 'gone'} after returned writes"]
        return []
    try:
        with closing(sqlite3.connect(path)) as c:
            integrity = [str(r[0]) for r in c.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                return [f"integrity_check: {integrity[:10]}"]
            orphans = c.execute("PRAGMA foreign_key_check").fetchall()
            problems = [f"foreign_key_check: {orphans[:10]}"] if orphans else []
            if history.done or history.cut:
                problems += check_content(c, history)
            return problems
    except sqlite3.Error as error:
        return [f"{type(error).__name__}: {error}"]


def schema_of(path: Path) -> str:
    """The file's schema revision, or what else it is (read after the checks)."""
    if not path.exists() or path.stat().st_size == 0:
        return "a new file"
    try:
        with closing(sqlite3.connect(path)) as c:
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return "a file without tables" if not tables else "a file without a version"
            row = c.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        return f"an unreadable file ({error})"
    return str(row[0]) if row else f"a half-made file ({len(tables)} tables, no version)"


def snapshot(db: Path, into: Path) -> Path:
    """A copy of what the killed process left: the database and its WAL (not the index,
    which the first opener rebuilds from the WAL, as after a crash of the machine)."""
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    for suffix in ("", "-wal", "-journal"):
        source = db.with_name(db.name + suffix)
        if source.exists():
            shutil.copyfile(source, into / source.name)
    return into / db.name


# What a backup killed mid-copy may leave: the copy, with its journal, or its WAL and index
# (the copy starts in WAL mode, as its source, until it is made a standalone file).
LEFTOVERS = tuple(f".db.part{suffix}" for suffix in ("", "-journal", "-wal", "-shm"))


@dataclass
class BackupChecks:
    """Backups already checked (by name, size and time), so each is read once."""

    seen: dict[str, tuple[int, int]] = field(default_factory=dict)

    def check(self, db: Path, lines: Sequence[str], history: History) -> list[str]:
        folder = db.parent / "backups"
        if not folder.is_dir():
            return []
        listed = {b.path.name: b for b in backups(db, folder)}
        problems = []
        for path in sorted(folder.iterdir()):
            name = path.name
            if name.endswith(LEFTOVERS):
                if name in listed:
                    problems.append(f"the unfinished backup {name} is listed as a backup")
                continue  # a backup killed mid-copy: never under a backup's name
            if name not in listed:
                problems.append(f"an unexpected file among the backups: {name}")
                continue
            stat = path.stat()
            if self.seen.get(name) == (stat.st_size, stat.st_mtime_ns):
                continue
            found = self._check_one(listed[name], lines, history)
            problems += [f"backup {name}: {p}" for p in found]
            self.seen[name] = (stat.st_size, stat.st_mtime_ns)
        manual = sum(1 for b in listed.values() if b.reason == MANUAL)
        for call in history.done:
            if call.op == "backup" and call.words[0] not in listed and manual < DEFAULT_KEEP:
                problems.append(
                    f"{call.token} backup {call.words[0]} returned, but it is gone while only "
                    f"{manual} manual backups are kept (rotation keeps {DEFAULT_KEEP})"
                )
        return problems

    @staticmethod
    def _check_one(backup: Backup, lines: Sequence[str], history: History) -> list[str]:
        try:
            with closing(sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)) as c:
                quick = [str(r[0]) for r in c.execute("PRAGMA quick_check")]
                if quick != ["ok"]:
                    return [f"quick_check: {quick[:10]}"]
                if backup.reason != MANUAL:
                    return []  # made by the open (before a migration): nothing logged before it
                # What was committed before the backup began must be in it.
                name = backup.path.name
                logged = [c_ for c_ in history.done if c_.op == "backup" and c_.words[0] == name]
                if logged:
                    made_by = history.tried[logged[0].token]
                    return check_content(c, History.of(lines[: made_by.index]))
                # A backup whose call was cut after the file got its name: one of those calls.
                tries = [call for call in history.cut if call.op == "backup"]
                if not tries:
                    return ["a manual backup that no call made"]
                found = [check_content(c, History.of(lines[: t.index])) for t in tries]
                return [] if [] in found else found[0]
        except sqlite3.Error as error:
            return [f"{type(error).__name__}: {error}"]


# --- the rounds -----------------------------------------------------------------------


@dataclass
class Round:
    number: int
    mode: str
    delay: float  # seconds after the start (early), the open began or ended, a write began
    lead: str | None = None  # a write the child does among its first few


@dataclass
class DbFile:
    """One database file and the rounds run on it."""

    path: Path
    start: str  # "fresh" or the older revision it started at
    logs: list[Path] = field(default_factory=list)
    kills: list[str] = field(default_factory=list)  # where each kill on it landed
    schema: str = "a new file"  # as the last kill left it: its revision, or what it is

    def lines(self) -> list[str]:
        return [line for log in self.logs for line in read_log(log)[0]]


def landing(lines: Sequence[str], tail: str, schema: str) -> str:
    """Where in the child a kill landed, from the last whole line it logged."""
    if not lines:
        return "start-up (imports)"
    kind, *rest = lines[-1].split(" ")
    if kind == "phase":
        step = rest[1]
        if step in ("started", "imported"):
            return "start-up (imports)"
        if step == "opening":
            return "open" if schema == HEAD else f"open, migrating {schema}"
        return "just after the open"
    if kind == "try":
        return f"mid {rest[1]}"
    return "between writes" + (" (log line torn)" if tail else "")


class LogTail:
    """The whole lines a child has appended to its log so far."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self._partial = b""

    def new_lines(self) -> list[str]:
        if not self.path.exists():
            return []
        with self.path.open("rb") as handle:
            handle.seek(self._offset)
            data = handle.read()
        self._offset += len(data)
        *whole, self._partial = (self._partial + data).split(b"\n")
        return [line.decode("utf-8", errors="replace") for line in whole]


@dataclass(frozen=True)
class Timing:
    ready: float | None  # seconds from its start until it was ready to write
    open: float | None  # seconds its open took (of a file already used)


def run_child(
    db: Path, log: Path, rnd: Round, child_seed: int, startup: float, err: Path
) -> tuple[int | None, Timing]:
    """Start the writer and kill it as ``rnd`` says. Returns its exit code if it ended
    by itself (None when killed), and how long its start-up took."""
    command = [sys.executable, "-m", "tests.core.crash_writer", str(db), str(log)]
    command += ["--round", str(rnd.number), "--seed", str(child_seed)]
    if rnd.lead:
        command += ["--lead", rnd.lead]

    phases = {"opening": "opening", "timed": "opened"}  # modes timed from a phase

    def awaited(line: str) -> bool:
        if rnd.mode in phases:
            return line.startswith(f"phase {rnd.number} {phases[rnd.mode]} ")
        words = line.split(" ")
        return words[0] == "try" and rnd.mode in TARGETS and words[2] == TARGETS[rnd.mode][0]

    targeted = rnd.mode != "early"
    tail = LogTail(log)
    with err.open("wb") as stderr:
        began = time.monotonic()
        wall = time.time()
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            kill_at = None if targeted else began + rnd.delay
            while child.poll() is None:
                now = time.monotonic()
                if kill_at is None:
                    if any(awaited(line) for line in tail.new_lines()):
                        kill_at = now + rnd.delay
                    elif now > began + 2 * startup + GIVE_UP:
                        kill_at = now  # the write never came: kill anyway
                if kill_at is not None and now >= kill_at:
                    os.kill(child.pid, signal.SIGKILL)
                    break
                time.sleep(0.001 if kill_at is None else min(0.002, kill_at - now))
        finally:
            if child.poll() is None:
                child.kill()
            code = child.wait()
    stamps = {
        w[2]: float(w[3]) for w in (line.split(" ") for line in read_log(log)[0]) if w[0] == "phase"
    }
    timing = Timing(
        stamps["opened"] - wall if "opened" in stamps else None,
        stamps["opened"] - stamps["opening"] if "opened" in stamps else None,
    )
    return (None if code == -signal.SIGKILL else code), timing


def schedule(
    rng: random.Random, number: int, migrating: bool, startup: float, opening: float
) -> Round:
    """When round ``number`` kills its child (``migrating``: the file is not at the current
    schema yet, ``startup``: seconds children take to be ready, ``opening``: seconds the
    open of a file at the current schema takes)."""
    mode = rng.choices(list(KILL_MODES), weights=list(KILL_MODES.values()))[0]
    if rng.random() < MIGRATING_OPENING and migrating:
        mode = "opening"
    if mode == "early":
        return Round(number, mode, rng.uniform(0.02, startup + 0.1))
    if mode == "opening":
        return Round(number, mode, rng.uniform(0, MIGRATION_WINDOW if migrating else opening))
    if mode == "timed":
        return Round(number, mode, rng.uniform(0, WRITING_WINDOW))
    return Round(number, mode, rng.uniform(0, TARGETS[mode][1]), TARGETS[mode][0])


# Alembic keeps its context in module globals: one migration at a time in this process
# (the app runs them on its one store worker; the children are processes of their own).
_IN_PROCESS = threading.Lock()


def old_release(path: Path, revision: str) -> None:
    """A database as an older release left it: at ``revision`` (empty, as a new rep's)."""
    from alembic import command

    from repdesk.db.migrate import alembic_config
    from repdesk.db.store import make_engine

    engine = make_engine(path)
    with _IN_PROCESS, engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def app_reopens(path: Path) -> list[str]:
    """The app opens the file a kill left (recovering, migrating as needed), and closes it."""
    from repdesk.db.errors import StoreError
    from repdesk.services.workspace import open_workspace

    try:
        with _IN_PROCESS:
            workspace, _ = open_workspace(path)
    except StoreError as error:
        return [f"the app cannot open the file the kill left: {error}"]
    workspace.close()
    return []


class CrashSafetyError(Exception):
    """What a lane found wrong, with everything needed to find it again."""


@dataclass
class Stats:
    """Shared by the lanes (list appends and this lock are thread-safe)."""

    startups: list[float] = field(default_factory=list)
    opens: list[float] = field(default_factory=list)
    landed: Counter[str] = field(default_factory=Counter)
    checked: float = 0.0  # seconds spent checking
    calls: int = 0  # returned writes checked at the end
    files: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Lane:
    """Rounds ``index``, ``index + LANES``, ... on files of its own, one after another."""

    def __init__(
        self, index: int, seed: int, folder: Path, stats: Stats, stop: threading.Event
    ) -> None:
        self.index = index
        self.seed = seed
        self.rng = random.Random(f"{seed}/{index}")
        self.folder = folder
        self.stats = stats
        self.stop = stop
        self.files: list[DbFile] = []
        self.backup_checks = BackupChecks()

    def fail(self, when: str, db: DbFile, problems: list[str]) -> None:
        raise CrashSafetyError(
            f"{when}, REPDESK_KILL_SEED={self.seed}, file {db.path} (started {db.start}; "
            f"its kills: {'; '.join(db.kills) or 'none'}):\n  "
            + "\n  ".join(problems[:30])
            + (f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else "")
        )

    def run(self) -> None:
        try:
            for number in range(self.index, ROUNDS, LANES):
                if self.stop.is_set():
                    return
                self.round(number)
            if self.files:
                self.finish(self.files[-1])
        except BaseException:
            self.stop.set()  # the other lane stops at its next round
            raise

    def new_file(self) -> DbFile:
        older = KNOWN[0] if len(KNOWN) > 1 else None
        kind = (self.index + len(self.files)) % 2
        start = "fresh" if older is None or kind == 0 else f"{older} schema"
        folder = self.folder / f"lane{self.index}-file{len(self.files)}"
        folder.mkdir()
        db = DbFile(folder / "repdesk.db", start)
        if older is not None and start != "fresh":
            old_release(db.path, older)
            db.schema = older
        self.files.append(db)
        with self.stats.lock:
            self.stats.files += 1
        return db

    def round(self, number: int) -> None:
        stats = self.stats
        lane_round = (number - self.index) // LANES
        if lane_round % ROUNDS_PER_FILE == 0:
            if self.files:
                self.finish(self.files[-1])
            self.new_file()
        db = self.files[-1]
        startup = statistics.median(stats.startups) if stats.startups else 1.0
        opening = statistics.median(stats.opens) if stats.opens else 0.05
        rnd = schedule(self.rng, number, db.schema != HEAD, startup, opening)
        log = db.path.parent / "logs" / f"round-{number:04d}.log"
        log.parent.mkdir(exist_ok=True)
        db.logs.append(log)
        err = log.with_suffix(".stderr")
        code, timing = run_child(db.path, log, rnd, self.rng.randrange(10**9), startup, err)
        if timing.ready is not None:
            stats.startups.append(timing.ready)
        if timing.open is not None and db.schema == HEAD:
            stats.opens.append(timing.open)
        lines, tail = read_log(log)
        where = landing(lines, tail, db.schema)
        lead = f" (lead {rnd.lead})" if rnd.lead else ""
        when = f"round {number} ({rnd.mode}{lead} kill after {rnd.delay:.3f} s)"
        if code is not None:
            stderr = err.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            ended = f"the child ended by itself (exit {code}) in {where}; its stderr ends:"
            self.fail(when, db, [ended, *stderr[-12:]])
        print(f"{when}: {where}")
        db.kills.append(f"round {number} in {where}")
        checking = time.monotonic()
        all_lines = db.lines()
        history = History.of(all_lines)
        copy = snapshot(db.path, self.folder / f"check{self.index}")
        problems = check_database(copy, history)
        problems += self.backup_checks.check(db.path, all_lines, history)
        db.schema = schema_of(copy)
        if not problems:  # the app opens what the kill left (a copy: the next child recovers)
            problems += [f"{p} (the file: {db.schema})" for p in app_reopens(copy)]
        with stats.lock:
            stats.landed[where] += 1
            stats.checked += time.monotonic() - checking
        if problems:
            self.fail(when, db, problems)

    def finish(self, db: DbFile) -> None:
        """The app opens the file the last kill left; then everything is checked again."""
        when = "the app's own open of the file after its last kill"
        if problems := app_reopens(db.path):
            self.fail(when, db, problems)
        lines = db.lines()
        history = History.of(lines)
        problems = check_database(db.path, history)
        problems += self.backup_checks.check(db.path, lines, history)
        if problems:
            self.fail(when, db, problems)
        with self.stats.lock:
            self.stats.calls += len(history.done)


def test_a_killed_writer_leaves_a_whole_database_with_every_committed_change(
    tmp_path: Path,
) -> None:
    seed = int(os.environ.get("REPDESK_KILL_SEED") or random.SystemRandom().randrange(10**9))
    print(f"\ncrash safety: REPDESK_KILL_SEED={seed} REPDESK_KILL_ROUNDS={ROUNDS} in {tmp_path}")
    began = time.monotonic()
    stats = Stats()
    stop = threading.Event()
    lanes = [Lane(index, seed, tmp_path, stats, stop) for index in range(LANES)]
    found: list[str] = []
    with ThreadPoolExecutor(LANES) as pool:
        for future in as_completed([pool.submit(lane.run) for lane in lanes]):
            try:
                future.result()
            except CrashSafetyError as crash:
                found.append(str(crash))
    if found:
        pytest.fail("\n\n".join(found))
    print(
        f"crash safety: {ROUNDS} kills in {LANES} lanes, {stats.calls} returned writes checked, "
        f"{stats.files} files, {time.monotonic() - began:.1f} s ({stats.checked:.1f} s "
        f"checking, children ready after {statistics.median(stats.startups or [0]):.2f} s); "
        "kills landed: " + ", ".join(f"{k} {n}" for k, n in stats.landed.most_common())
    )
