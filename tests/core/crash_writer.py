"""The child process of tests/core/test_crash_safety.py: writes through the real
services, the way the app does, until it is killed.

    python -m tests.core.crash_writer DB LOG --round N --seed S [--lead OP]

It opens DB with ``open_workspace`` (the Store: WAL, synchronous=NORMAL, migrations
of a fresh or older file), then loops over a seeded mix of writes: new customer
sheets and saves of existing ones, diary rows, visit plans and records, playbook
edits, bulk imports of a few hundred sheets, backups, a close and reopen (the last
connection's checkpoint) and the Today page's holiday dates.

LOG gets one line per event, written whole and flushed (``ok`` lines also fsynced):

    phase <round> <started|imported|opening|opened> <wall time>
    try <token> <op> [what it will change]     before a service call
    ok <token> <op> [what must now be stored]  after the call RETURNED (committed)

so a ``try`` without its ``ok`` is the call a kill interrupted: the database may
hold it or not, but never half of it. Tokens (``r<round>s<n>``) are unique, and
every value a call writes carries its token, so the test can tell which call wrote
what. Any exception ends the child with a traceback and a non-zero exit: a write
the app refused is a failure of the test, not something to step over.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from repdesk.services.workspace import Workspace

# Values a call writes are built from its token; the test reads them back the same way.
CUSTOMER_NAME = "华信电子{token}"
PERSON_NAME = "王建国{token}"
ADDED_PERSON = "李{token}"
REMARKS = "备注{token}"
DIARY_COMPANY = "客户{token}"
OBJECTIVE = "目标{token}"
SUMMARY = "纪要{token}"
ENTRY_TITLE = "异议{token}"
NEW_ENTRY_TITLE = "自定{token}"
OPENER = "开场白{token}"
IMPORT_PREFIX = "导入{token}-"  # then a 4-digit row number

IMPORT_ROWS = (200, 400)  # rows of one bulk import, inclusive
# Relative weights of the writes a rep makes; imports, backups and reopening are rarer.
WEIGHTS: dict[str, int] = {
    "new_customer": 16,
    "save_customer": 16,
    "diary": 14,
    "plan": 10,
    "record": 10,
    "playbook_edit": 5,
    "playbook_new": 2,
    "guide": 2,
    "import": 4,
    "backup": 4,
    "reopen": 2,
    "today": 1,
}
MAX_SECONDS = 120.0  # the parent always kills first; this only ends an orphan


class Log:
    """LOG, appended to one whole line at a time."""

    def __init__(self, path: Path, round_: int) -> None:
        self.round = round_
        self._file: IO[str] = path.open("a", encoding="utf-8")

    def line(self, text: str, *, sync: bool) -> None:
        self._file.write(text + "\n")
        self._file.flush()
        if sync:
            os.fsync(self._file.fileno())

    def phase(self, name: str) -> None:
        self.line(f"phase {self.round} {name} {time.time():.6f}", sync=False)


class Writer:
    def __init__(self, workspace: Workspace, db: Path, log: Log, rng: random.Random) -> None:
        self.ws = workspace
        self.db = db
        self.log = log
        self.rng = rng
        self.seq = 0
        self.customers: list[str] = []
        self.plans: list[str] = []  # every live plan (objectives may be edited)
        self.planned: list[str] = []  # plans not yet visited (records are written for these)
        self._load_ids()

    # --- what is already in the file -------------------------------------------------

    def _load_ids(self) -> None:
        from sqlalchemy import func, select

        from repdesk.db.models import Customer, VisitPlan
        from repdesk.domain.enums import VisitStatus

        with self.ws.store.reading() as session:
            self.customers = list(
                session.scalars(
                    select(Customer.id)
                    .where(Customer.deleted_at.is_(None))
                    .order_by(func.random())
                    .limit(300)
                )
            )
            rows = session.execute(
                select(VisitPlan.id, VisitPlan.status)
                .where(VisitPlan.deleted_at.is_(None))
                .order_by(func.random())
                .limit(300)
            ).all()
        self.plans = [r.id for r in rows]
        self.planned = [r.id for r in rows if r.status == VisitStatus.PLANNED]

    # --- the loop ---------------------------------------------------------------------

    def token(self) -> str:
        self.seq += 1
        return f"r{self.log.round}s{self.seq}"

    def step(self, op: str | None = None) -> None:
        if op is None:
            op = self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        needs_customer = op in ("save_customer", "plan")
        if needs_customer and not self.customers:
            op = "new_customer"
        if op == "record" and not self.planned:
            op = "plan"
            if not self.customers:
                op = "new_customer"
        action: Callable[[str], None] = getattr(self, f"_{op}")
        action(self.token())

    def _try(self, token: str, op: str, *words: str) -> None:
        self.log.line(" ".join(("try", token, op, *words)), sync=False)

    def _ok(self, token: str, op: str, *words: str) -> None:
        self.log.line(" ".join(("ok", token, op, *words)), sync=True)

    # --- customer sheets ------------------------------------------------------------

    def _new_customer(self, token: str) -> None:
        from repdesk.domain.enums import PersonRole
        from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts

        sheet = CustomerSheet(
            customer=CustomerFacts(
                name=CUSTOMER_NAME.format(token=token),
                phone="0755-88881234",
                address="深圳市南山区科技园 8 号",
            ),
            people=[
                PersonFacts(
                    name=PERSON_NAME.format(token=token), role=PersonRole.BUYER, title="采购经理"
                )
            ],
        )
        self._try(token, "new_customer")
        saved = self.ws.customers.save(sheet, "first contact")
        customer_id, person_id = saved.customer.id, saved.people[0].id
        assert customer_id is not None and person_id is not None
        self._ok(token, "new_customer", customer_id, person_id)
        self.customers.append(customer_id)

    def _save_customer(self, token: str) -> None:
        from repdesk.domain.enums import PersonRole
        from repdesk.domain.sheet import PersonFacts

        customer_id = self.rng.choice(self.customers)
        sheet = self.ws.customers.load(customer_id)
        sheet.customer.remarks = REMARKS.format(token=token)
        added = ADDED_PERSON.format(token=token)
        sheet.people.append(PersonFacts(name=added, role=PersonRole.INFLUENCER))
        self._try(token, "save_customer", customer_id)
        saved = self.ws.customers.save(sheet, f"visit {token}")
        person_id = next(p.id for p in saved.people if p.name == added)
        assert person_id is not None
        self._ok(token, "save_customer", customer_id, person_id)

    def _import(self, token: str) -> None:
        from repdesk.domain.enums import PersonRole
        from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts

        rows = self.rng.randint(*IMPORT_ROWS)
        mode = self.rng.choice(("import_records", "import_records", "create_many"))
        prefix = IMPORT_PREFIX.format(token=token)
        sheets = [
            CustomerSheet(
                customer=CustomerFacts(
                    name=f"{prefix}{i:04d}", phone=f"138{i:08d}", city="深圳", remarks=token
                ),
                people=[PersonFacts(name=f"联系人{i}", role=PersonRole.BUYER)],
            )
            for i in range(rows)
        ]
        self._try(token, "import", str(rows), mode)
        if mode == "create_many":
            ids = self.ws.customers.create_many(sheets, total=rows, reason="import")
        else:
            ids = self.ws.customers.import_records(sheets, reason="import")
        assert len(ids) == rows
        self._ok(token, "import", str(rows), mode)
        self.customers.extend(self.rng.sample(ids, 3))

    # --- the diary, visits ------------------------------------------------------------

    def _diary(self, token: str) -> None:
        from repdesk.domain.diary import DiaryRow

        today = date.today()
        hour = self.rng.randint(8, 17)
        at = datetime.combine(today + timedelta(days=self.rng.randint(1, 20)), datetime.min.time())
        row = DiaryRow(
            today,
            DIARY_COMPANY.format(token=token),
            contact="张三",
            phone="12345678",
            appointment_at=at.replace(hour=hour) if self.rng.random() < 0.8 else None,
            visit_result="初步同意",
            follow_up="邮寄资料,电话联系" if self.rng.random() < 0.7 else "",
            notes=token,
        )
        if row.follow_up:
            row = replace(row, follow_up_due=today + timedelta(days=3))
        self._try(token, "diary")
        saved = self.ws.diary.save(row)
        line = saved.line
        assert line.row.id is not None
        self._ok(
            token,
            "diary",
            line.row.id,
            line.visit_plan_id or "-",
            line.follow_up_id or "-",
            saved.created_customer_id or "-",
        )
        if saved.created_customer_id:
            self.customers.append(saved.created_customer_id)
        if line.visit_plan_id:
            self.plans.append(line.visit_plan_id)
            self.planned.append(line.visit_plan_id)

    def _plan(self, token: str) -> None:
        objective = OBJECTIVE.format(token=token)
        if self.plans and self.rng.random() < 0.4:  # edit a plan: its objective and ticks
            plan = self.ws.visits.plan(self.rng.choice(self.plans))
            assert plan.id is not None
            label = plan.id
        else:
            when = datetime.now().replace(second=0, microsecond=0)
            at = when + timedelta(days=self.rng.randint(1, 30), hours=self.rng.randint(0, 8))
            plan = self.ws.visits.new_plan(self.rng.choice(self.customers), at=at)
            label = "new"
        ticks = tuple(replace(t, ticked=self.rng.random() < 0.5) for t in plan.checklist)
        plan = replace(plan, objective=objective, checklist=ticks, stage_goal="进入短名单")
        self._try(token, "plan", label, plan.customer_id)
        saved = self.ws.visits.save_plan(plan)
        assert saved.id is not None
        self._ok(token, "plan", saved.id, saved.customer_id)
        if label == "new":
            self.plans.append(saved.id)
            self.planned.append(saved.id)

    def _record(self, token: str) -> None:
        plan_id = self.rng.choice(self.planned)
        record = self.ws.visits.record_for_plan(plan_id)
        finish = self.rng.random() < 0.4
        record = replace(record, summary=SUMMARY.format(token=token), outcome="初步同意")
        if finish:
            record = replace(
                record,
                next_step="寄合同",
                next_step_date=date.today() + timedelta(days=4),
                minutes_spent=60,
            )
        state = "done" if finish else "draft"
        self._try(token, "record", plan_id, state)
        saved = self.ws.visits.save_record(record, finish=finish)
        assert saved.id is not None
        self._ok(token, "record", saved.id, plan_id, state)
        if finish:
            self.planned.remove(plan_id)

    # --- the playbook -----------------------------------------------------------------

    def _playbook_edit(self, token: str) -> None:
        entries = self.ws.playbook.playbook().entries
        if not entries:
            self._playbook_new(token)
            return
        entry = self.rng.choice(entries)
        assert entry.id is not None
        edited = replace(entry, title=entry.title.with_text("zh", ENTRY_TITLE.format(token=token)))
        self._try(token, "playbook_edit", entry.id)
        saved = self.ws.playbook.save_entry(edited)
        assert saved.id == entry.id
        self._ok(token, "playbook_edit", entry.id)

    def _playbook_new(self, token: str) -> None:
        from repdesk.domain.playbook import Text

        entries = self.ws.playbook.playbook().entries
        model = self.rng.choice(entries) if entries else None
        if model is None:  # the default playbook was deleted: nothing to copy from
            self._guide(token)
            return
        entry = replace(
            model,
            id=None,
            code="",
            title=Text(f"Own {token}", NEW_ENTRY_TITLE.format(token=token)),
            answers=tuple(replace(a, id=None) for a in model.answers),
        )
        self._try(token, "playbook_new")
        saved = self.ws.playbook.save_entry(entry)
        assert saved.id is not None
        self._ok(token, "playbook_new", saved.id)

    def _guide(self, token: str) -> None:
        from repdesk.domain.playbook import Text

        book = self.ws.playbook.playbook()
        opener = Text(book.opener.en or "Hello", OPENER.format(token=token))
        self._try(token, "guide")
        self.ws.playbook.save_guide(opener, book.tips, book.persistence_actions)
        self._ok(token, "guide")

    # --- backups, closing, Today ----------------------------------------------------

    def _backup(self, token: str) -> None:
        self._try(token, "backup")
        made = self.ws.back_up()
        self._ok(token, "backup", made.path.name)

    def _reopen(self, token: str) -> None:
        """Close (the last connection checkpoints the WAL into the file) and open again."""
        from repdesk.services.workspace import open_workspace

        self._try(token, "reopen")
        self.ws.close()
        self.ws = open_workspace(self.db)[0]
        self._ok(token, "reopen")

    def _today(self, token: str) -> None:
        """The Today page, which first writes the year's holiday dates."""
        self._try(token, "today")
        self.ws.today()
        self._ok(token, "today")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.core.crash_writer")
    parser.add_argument("db", type=Path)
    parser.add_argument("log", type=Path)
    parser.add_argument("--round", type=int, required=True, dest="round_")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--lead", choices=sorted(WEIGHTS), help="an op to do among the first few")
    args = parser.parse_args(argv)
    log = Log(args.log, args.round_)
    log.phase("started")
    from repdesk.services.collation import sort_key
    from repdesk.services.workspace import open_workspace

    # The collation tables (loaded by the app's start for its search index) would make the
    # first write ~0.5 s of pure Python: loaded here, before the file is touched.
    sort_key("王建国")
    log.phase("imported")
    log.phase("opening")
    workspace, _ = open_workspace(args.db)
    log.phase("opened")
    rng = random.Random(args.seed)
    writer = Writer(workspace, args.db, log, rng)
    lead_at = rng.randint(0, 3) if args.lead else -1
    deadline = time.monotonic() + MAX_SECONDS
    step = 0
    while time.monotonic() < deadline:
        writer.step(args.lead if step == lead_at else None)
        step += 1
    writer.ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
