"""The rep's objection playbook in the database: loaded, edited, shared.

The default playbook (resources/playbook/default.json, English and Chinese)
is loaded the first time a database is opened: the playbook_guides row says
it was, so a rep who deletes entries does not get them back. Entries are
edited one at a time; deleting one is a soft delete, undone with restore, and
the visits that met it keep pointing at it.

A playbook file (the same JSON as the default) is imported by merging: an
entry whose code is already known updates it in place (so its numbers go on),
a new code is added, the rep's other entries are kept. Answers are matched by
their label in either language. A file that does not parse changes nothing.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from repdesk.db.base import utcnow
from repdesk.db.models import (
    Objection,
    ObjectionAnswer,
    PlaybookGuide,
    VisitObjection,
    VisitRecord,
)
from repdesk.db.store import Store
from repdesk.domain.objection_stats import (
    AnswerStats,
    ObjectionStats,
    PlaybookStats,
    Tally,
    answer_rank,
)
from repdesk.domain.playbook import (
    Answer,
    Entry,
    Playbook,
    PlaybookError,
    PlaybookProblem,
    Reason,
    Text,
    check_entry,
    check_guide,
    loads_playbook,
    playbook_to_json,
)
from repdesk.domain.visits import EarlierObjection
from repdesk.settings import resources_dir

MAX_FILE_BYTES = 4_000_000  # a playbook of 500 full entries is about 2 MB


def default_playbook_path() -> Path:
    return resources_dir() / "playbook" / "default.json"


def default_playbook() -> Playbook:
    return read_playbook_file(default_playbook_path())


def read_playbook_file(path: Path) -> Playbook:
    """A playbook file, checked whole. PlaybookError says what is wrong and where;
    OSError when the file cannot be read at all."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise PlaybookError([PlaybookProblem("", Reason.TOO_LARGE)])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlaybookError([PlaybookProblem("", Reason.NOT_UTF8)]) from error
    return loads_playbook(text)


def playbook_bytes(playbook: Playbook) -> bytes:
    """The file form of a playbook: UTF-8 JSON, Chinese as written, one key per line."""
    text = json.dumps(playbook_to_json(playbook), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


@dataclass(frozen=True)
class ImportSummary:
    """What importing a playbook file does (or did): entries added and updated by
    title, how many were already the same, how many of the rep's are kept."""

    added: tuple[Text, ...] = ()
    updated: tuple[Text, ...] = ()
    unchanged: int = 0
    kept: int = 0  # the rep's entries the file does not have: left as they are
    guide_changed: bool = False  # the opener, tips or persistence actions differ

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.guide_changed)


class EntryNotFoundError(LookupError):
    pass


def text_of(value: object) -> Text:
    if isinstance(value, dict):
        return Text(en=str(value.get("en") or ""), zh=str(value.get("zh") or ""))
    return Text(en="", zh="")


def texts_of(value: object) -> tuple[Text, ...]:
    return tuple(text_of(v) for v in value) if isinstance(value, list) else ()


def _json(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


def _jsons(texts: Sequence[Text]) -> list[dict[str, str]]:
    return [_json(t) for t in texts]


def _answer(row: ObjectionAnswer) -> Answer:
    return Answer(
        label=text_of(row.label),
        feature=text_of(row.feature),
        advantage=text_of(row.advantage),
        benefit=text_of(row.benefit),
        id=row.id,
    )


def _entry(row: Objection, answers: Sequence[ObjectionAnswer]) -> Entry:
    return Entry(
        code=row.code,
        target=row.target,
        directness=row.directness,
        title=text_of(row.title),
        customer_says=text_of(row.customer_says),
        true_or_false_hints=texts_of(row.true_or_false_hints),
        hidden_factors=texts_of(row.hidden_factors),
        revive_sentence=text_of(row.revive_sentence),
        answers=tuple(_answer(a) for a in answers),
        open_questions=texts_of(row.open_questions),
        closed_questions=texts_of(row.closed_questions),
        id=row.id,
    )


def _fill(row: Objection, entry: Entry) -> None:
    row.code = entry.code
    row.target = entry.target
    row.directness = entry.directness
    row.title = _json(entry.title)
    row.customer_says = _json(entry.customer_says)
    row.true_or_false_hints = _jsons(entry.true_or_false_hints)
    row.hidden_factors = _jsons(entry.hidden_factors)
    row.revive_sentence = _json(entry.revive_sentence)
    row.open_questions = _jsons(entry.open_questions)
    row.closed_questions = _jsons(entry.closed_questions)


def _same_label(a: Text, b: Text) -> bool:
    return any(x.strip() and x.strip() == y.strip() for x, y in ((a.en, b.en), (a.zh, b.zh)))


_SLUG = re.compile(r"[^a-z0-9]+")

# What works: one row per answer tried on a finished visit, counted in Python (one pass,
# no second GROUP BY for the distinct customers); and the finished visits.
STATS_ROWS = (
    "SELECT vo.objection_id, vo.answer_id, vo.customer_agreed, vo.round, r.customer_id, r.id "
    "FROM visit_records r JOIN visit_objections vo ON vo.visit_record_id = r.id "
    "WHERE vo.deleted_at IS NULL AND "
)
STATS_VISITS = "SELECT count(*) FROM visit_records r WHERE "
_DEFAULT_IDS = uuid.UUID("5d0c3f0e-4a8b-4c1e-9f57-3b2f0e6a7c11")  # namespace of the default's


def _stable_id(name: str) -> str:
    return str(uuid.uuid5(_DEFAULT_IDS, name))


class PlaybookService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- reading --------------------------------------------------------------------

    def playbook(self) -> Playbook:
        """The playbook as the rep has it: live entries in order, with their ids."""
        with self.store.reading() as session:
            guide = self._guide(session)
            rows = list(
                session.scalars(
                    select(Objection)
                    .where(Objection.deleted_at.is_(None))
                    .order_by(Objection.position, Objection.code)
                )
            )
            answers: dict[str, list[ObjectionAnswer]] = {}
            for answer in session.scalars(
                select(ObjectionAnswer)
                .where(ObjectionAnswer.deleted_at.is_(None))
                .order_by(ObjectionAnswer.position, ObjectionAnswer.id)
            ):
                answers.setdefault(answer.objection_id, []).append(answer)
            return Playbook(
                version=1,
                entries=tuple(_entry(r, answers.get(r.id, ())) for r in rows),
                opener=text_of(guide.opener) if guide else Text("", ""),
                tips=texts_of(guide.tips) if guide else (),
                persistence_actions=texts_of(guide.persistence_actions) if guide else (),
            )

    def entry(self, entry_id: str) -> Entry:
        with self.store.reading() as session:
            row = session.get(Objection, entry_id)
            if row is None:
                raise EntryNotFoundError(entry_id)
            return _entry(row, self._answers(session, entry_id))

    def export_bytes(self) -> bytes:
        """The playbook as a file to share (the same JSON as the default)."""
        return playbook_bytes(self.playbook())

    @staticmethod
    def _guide(session: Session) -> PlaybookGuide | None:
        return session.scalar(
            select(PlaybookGuide)
            .where(PlaybookGuide.deleted_at.is_(None))
            .order_by(PlaybookGuide.created_at)
            .limit(1)
        )

    @staticmethod
    def _answers(session: Session, entry_id: str) -> list[ObjectionAnswer]:
        return list(
            session.scalars(
                select(ObjectionAnswer)
                .where(
                    ObjectionAnswer.objection_id == entry_id,
                    ObjectionAnswer.deleted_at.is_(None),
                )
                .order_by(ObjectionAnswer.position, ObjectionAnswer.id)
            )
        )

    # --- the default ----------------------------------------------------------------

    def ensure_default(self) -> bool:
        """Load the default playbook into a database that never had one; True if it did."""
        with self.store.reading() as session:
            if session.scalar(select(PlaybookGuide.id).limit(1)) is not None:
                return False
        default = default_playbook()
        with self.store.session() as session:
            if session.scalar(select(PlaybookGuide.id).limit(1)) is not None:
                return False  # loaded meanwhile
            self._merge(session, default, write=True, stable_ids=True)
        return True

    # --- editing --------------------------------------------------------------------

    def save_entry(self, entry: Entry) -> Entry:
        """Create (no id) or update an entry with its answers, in one transaction.

        Raises PlaybookError (nothing written) for a text without words or too long;
        a new entry without a code gets one from its title.
        """
        if not entry.code:
            entry = replace(entry, code=self.new_code(entry.title))
        check_entry(entry)
        with self.store.session() as session:
            clash = session.scalar(
                select(Objection.id).where(
                    Objection.code == entry.code, Objection.id != (entry.id or "")
                )
            )
            if clash is not None:
                raise PlaybookError([PlaybookProblem("code", Reason.DUPLICATE_CODE)])
            if entry.id is None:
                row = Objection(position=self._next_position(session))
                session.add(row)
            else:
                found = session.get(Objection, entry.id)
                if found is None:
                    raise EntryNotFoundError(entry.id)
                row = found
                row.deleted_at = None
            _fill(row, entry)
            session.flush()
            self._write_answers(session, row.id, entry.answers, by_id=True)
            session.flush()
            return _entry(row, self._answers(session, row.id))

    def delete_entry(self, entry_id: str) -> None:
        """Soft delete: visits that met it keep it; restore_entry undoes."""
        with self.store.session() as session:
            row = session.get(Objection, entry_id)
            if row is None:
                raise EntryNotFoundError(entry_id)
            row.deleted_at = row.deleted_at or utcnow()

    def restore_entry(self, entry_id: str) -> None:
        with self.store.session() as session:
            row = session.get(Objection, entry_id)
            if row is None:
                raise EntryNotFoundError(entry_id)
            row.deleted_at = None

    def move_entry(self, entry_id: str, step: int) -> None:
        """Move an entry up (step < 0) or down among the live entries."""
        with self.store.session() as session:
            rows = list(
                session.scalars(
                    select(Objection)
                    .where(Objection.deleted_at.is_(None))
                    .order_by(Objection.position, Objection.code)
                )
            )
            index = next((i for i, r in enumerate(rows) if r.id == entry_id), None)
            if index is None:
                raise EntryNotFoundError(entry_id)
            target = max(0, min(len(rows) - 1, index + step))
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows):
                row.position = position

    def save_guide(
        self, opener: Text, tips: Sequence[Text], persistence_actions: Sequence[Text]
    ) -> None:
        """The opener, the tips and the persistence actions, as edited (empty lines dropped)."""
        tips = [t for t in tips if t.en.strip() or t.zh.strip()]
        actions = [t for t in persistence_actions if t.en.strip() or t.zh.strip()]
        check_guide(opener, tips, actions)
        with self.store.session() as session:
            guide = self._guide(session)
            if guide is None:
                guide = PlaybookGuide()
                session.add(guide)
            guide.opener = _json(opener)
            guide.tips = _jsons(tips)
            guide.persistence_actions = _jsons(actions)

    def new_code(self, title: Text) -> str:
        """A code no entry has (deleted ones included), from the English title if any."""
        base = _SLUG.sub("_", title.en.lower()).strip("_")[:40] or "own"
        if not base[0].isalnum():
            base = "own_" + base
        with self.store.reading() as session:
            taken = set(session.scalars(select(Objection.code)))
        code, n = base, 2
        while code in taken:
            code, n = f"{base}_{n}", n + 1
        return code

    @staticmethod
    def _next_position(session: Session) -> int:
        last = session.scalar(select(func.max(Objection.position)))
        return 0 if last is None else last + 1

    @staticmethod
    def _write_answers(
        session: Session,
        entry_id: str,
        answers: Sequence[Answer],
        *,
        by_id: bool,
        stable_ids: bool = False,
    ) -> None:
        """The entry's answers as given, in order: matched by id (an edit) or by label
        (an import), new ones added, the rest soft-deleted (visits keep pointing)."""
        live = PlaybookService._answers(session, entry_id)
        used: set[str] = set()
        for position, answer in enumerate(answers):
            if by_id:
                row = next((r for r in live if answer.id and r.id == answer.id), None)
            else:
                fresh = (r for r in live if r.id not in used)
                row = next((r for r in fresh if _same_label(text_of(r.label), answer.label)), None)
            if row is None:
                row = ObjectionAnswer(objection_id=entry_id)
                if stable_ids:
                    row.id = _stable_id(f"{entry_id}/{position}")
                session.add(row)
            row.label = _json(answer.label)
            row.feature = _json(answer.feature)
            row.advantage = _json(answer.advantage)
            row.benefit = _json(answer.benefit)
            row.position = position
            session.flush()
            used.add(row.id)
        for row in live:
            if row.id not in used:
                row.deleted_at = utcnow()

    # --- sharing --------------------------------------------------------------------

    def preview_import(self, playbook: Playbook) -> ImportSummary:
        """What import_playbook would do, without writing."""
        with self.store.reading() as session:
            return self._merge(session, playbook, write=False)

    def import_playbook(self, playbook: Playbook) -> ImportSummary:
        """Merge a checked playbook into the rep's, in one transaction."""
        with self.store.session() as session:
            return self._merge(session, playbook, write=True)

    def _merge(
        self, session: Session, playbook: Playbook, *, write: bool, stable_ids: bool = False
    ) -> ImportSummary:
        """Merge by code. ``stable_ids``: the default's rows get ids made from their codes,
        the same in every database (as the seed's lists have), so demo data repeats."""
        rows = {r.code: r for r in session.scalars(select(Objection))}
        live = [r for r in rows.values() if r.deleted_at is None]
        position = self._next_position(session)
        added: list[Text] = []
        updated: list[Text] = []
        unchanged = 0
        for entry in playbook.entries:
            row = rows.get(entry.code)
            if row is not None and row.deleted_at is None:
                current = _entry(row, self._answers(session, row.id))
                if current == replace(entry, id=current.id):
                    unchanged += 1
                    continue
                updated.append(entry.title)
            else:
                added.append(entry.title)
            if not write:
                continue
            if row is None:
                row = Objection(position=position)
                if stable_ids:
                    row.id = _stable_id(entry.code)
                position += 1
                session.add(row)
            elif row.deleted_at is not None:
                row.deleted_at = None
                row.position = position
                position += 1
            _fill(row, entry)
            session.flush()
            self._write_answers(session, row.id, entry.answers, by_id=False, stable_ids=stable_ids)
        codes = {e.code for e in playbook.entries}
        kept = sum(1 for r in live if r.code not in codes)
        guide = self._guide(session)
        new_guide = (
            _json(playbook.opener),
            _jsons(playbook.tips),
            _jsons(playbook.persistence_actions),
        )
        guide_changed = (
            guide is None
            or (
                guide.opener,
                guide.tips,
                guide.persistence_actions,
            )
            != new_guide
        )
        if write and guide_changed:
            if guide is None:
                guide = PlaybookGuide()
                session.add(guide)
            guide.opener, guide.tips, guide.persistence_actions = new_guide
        return ImportSummary(tuple(added), tuple(updated), unchanged, kept, guide_changed)

    # --- what works ------------------------------------------------------------------

    def stats(self, since: date | None = None, until: date | None = None) -> PlaybookStats:
        """Objections met and answers' agreement on finished visits of live customers,
        optionally within visit dates ``since``..``until`` (both included)."""
        where = [
            "r.deleted_at IS NULL",
            "NOT r.is_draft",
            # Deleted sheets are few: one small list, not a customers lookup per row
            # (measured: 0.2 s instead of 0.7 s over 32,000 objections at 100,000 sheets).
            "r.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)",
        ]
        params: dict[str, object] = {}
        if since is not None:
            where.append("r.visited_at >= :since")
            params["since"] = datetime.combine(since, time.min)
        if until is not None:
            where.append("r.visited_at < :until")
            params["until"] = datetime.combine(until + timedelta(days=1), time.min)
        visits_sql = STATS_VISITS + " AND ".join(where)
        rows_sql = STATS_ROWS + " AND ".join(where)
        tallies: dict[tuple[str | None, str | None], list[int]] = {}
        raised: Counter[str | None] = Counter()
        customers: dict[str | None, set[str]] = {}
        records: set[str] = set()
        with self.store.reading() as session:
            for objection_id, answer_id, agreed, round_, customer_id, record_id in session.execute(
                text(rows_sql), params
            ):
                slot = 2 if agreed is None else 0 if agreed else 1
                tallies.setdefault((objection_id, answer_id), [0, 0, 0])[slot] += 1
                records.add(record_id)
                if round_ == 1:
                    raised[objection_id] += 1
                    customers.setdefault(objection_id, set()).add(customer_id)
            visits = int(session.execute(text(visits_sql), params).scalar_one())
            entries = {
                row.id: row
                for row in session.scalars(
                    select(Objection).where(Objection.id.in_({k[0] for k in tallies if k[0]}))
                )
            }
            answer_rows = {
                row.id: row
                for row in session.scalars(
                    select(ObjectionAnswer).where(
                        ObjectionAnswer.id.in_({k[1] for k in tallies if k[1]})
                    )
                )
            }
        answers: dict[str | None, list[AnswerStats]] = {}
        for (objection_id, answer_id), (agreed, refused, unknown) in tallies.items():
            tally = Tally(agreed, refused, unknown)
            answer = answer_rows.get(answer_id) if answer_id else None
            answers.setdefault(objection_id, []).append(
                AnswerStats(
                    answer_id=answer_id,
                    label=text_of(answer.label) if answer is not None else None,
                    tally=tally,
                    retired=answer is not None and answer.deleted_at is not None,
                )
            )
        objections: list[ObjectionStats] = []
        for objection_id, tried in answers.items():
            tried.sort(key=lambda a: (a.answer_id is None, *answer_rank(a.tally)))
            entry = entries.get(objection_id) if objection_id else None
            total = Tally()
            for a in tried:
                total = total + a.tally
            objections.append(
                ObjectionStats(
                    objection_id=objection_id,
                    title=text_of(entry.title) if entry is not None else None,
                    raised=raised[objection_id],
                    customers=len(customers.get(objection_id, ())),
                    tally=total,
                    answers=tuple(tried),
                    retired=entry is not None and entry.deleted_at is not None,
                )
            )
        objections.sort(key=lambda o: (o.objection_id is None, -o.raised, -o.tally.tried))
        return PlaybookStats(tuple(objections), visits, len(records), since, until)

    # --- what a customer said before ------------------------------------------------

    def objections_met(self, customer_id: str, limit: int = 50) -> tuple[EarlierObjection, ...]:
        """The objections met on this customer's finished visits, newest first."""
        with self.store.reading() as session:
            rows = session.execute(
                select(
                    VisitRecord.visited_at,
                    VisitObjection.customer_words,
                    Objection.title,
                    VisitObjection.answer_text,
                    VisitObjection.customer_agreed,
                    VisitObjection.next_step,
                    VisitObjection.round,
                    ObjectionAnswer.label,
                )
                .join(VisitObjection, VisitObjection.visit_record_id == VisitRecord.id)
                .outerjoin(Objection, Objection.id == VisitObjection.objection_id)
                .outerjoin(ObjectionAnswer, ObjectionAnswer.id == VisitObjection.answer_id)
                .where(
                    VisitRecord.customer_id == customer_id,
                    VisitRecord.deleted_at.is_(None),
                    VisitRecord.is_draft.is_(False),
                    VisitObjection.deleted_at.is_(None),
                )
                .order_by(
                    VisitRecord.visited_at.desc(),
                    VisitObjection.created_at,
                    VisitObjection.round,
                    VisitObjection.id,
                )
                .limit(limit)
            ).all()
        return tuple(
            EarlierObjection(
                visited_at=r[0],
                customer_words=r[1] or "",
                title=text_of(r[2]) if r[2] is not None else None,
                answer_text=r[3] or "",
                customer_agreed=r[4],
                next_step=r[5] or "",
                round=r[6] or 1,
                answer_label=text_of(r[7]) if r[7] is not None else None,
            )
            for r in rows
        )
