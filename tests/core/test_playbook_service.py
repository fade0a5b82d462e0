"""The playbook in a real SQLite file: first load, edits, files, what works, migration."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from repdesk.db.store import open_store
from repdesk.domain.enums import Directness, ObjectionTarget
from repdesk.domain.objection_stats import Tally
from repdesk.domain.playbook import (
    Answer,
    Entry,
    PlaybookError,
    PlaybookProblem,
    Reason,
    Text,
    playbook_to_json,
)
from repdesk.services.playbook import (
    MAX_FILE_BYTES,
    PlaybookService,
    default_playbook,
    playbook_bytes,
    read_playbook_file,
)
from repdesk.services.workspace import open_workspace


@pytest.fixture
def service(empty_db: Path) -> Iterator[PlaybookService]:
    store = open_store(empty_db)
    service = PlaybookService(store)
    service.ensure_default()
    yield service
    store.close()


def _rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as c:
        return c.execute(sql, args).fetchall()


def _snapshot(db: Path) -> list[list[tuple[object, ...]]]:
    return [
        _rows(db, f"SELECT * FROM {table} ORDER BY id")
        for table in ("objections", "objection_answers", "playbook_guides")
    ]


# The first start ---------------------------------------------------------------


def test_the_default_is_loaded_once_on_first_open(empty_db: Path) -> None:
    assert _rows(empty_db, "SELECT count(*) FROM objections") == [(0,)]
    workspace, _ = open_workspace(empty_db)
    try:
        loaded = workspace.playbook.playbook()
        assert loaded == default_playbook()
        assert all(e.id and all(a.id for a in e.answers) for e in loaded.entries)
        first = loaded.entries[0]
        workspace.playbook.delete_entry(first.id or "")
        assert workspace.playbook.ensure_default() is False
    finally:
        workspace.close()
    workspace, _ = open_workspace(empty_db)  # the next start does not bring it back
    try:
        assert first.code not in {e.code for e in workspace.playbook.playbook().entries}
    finally:
        workspace.close()


def test_the_defaults_ids_are_the_same_in_every_database(tmp_path: Path) -> None:
    ids = []
    for name in ("a.db", "b.db"):
        store = open_store(tmp_path / name)
        PlaybookService(store).ensure_default()
        store.close()
        ids.append(_rows(tmp_path / name, "SELECT id, code FROM objections ORDER BY id"))
    assert ids[0] == ids[1] and len(ids[0]) == 13


# Editing ------------------------------------------------------------------------


def test_an_edit_keeps_ids_and_retires_a_removed_answer(
    service: PlaybookService, empty_db: Path
) -> None:
    price = next(e for e in service.playbook().entries if e.target is ObjectionTarget.PRICE)
    kept, dropped = price.answers[0], price.answers[1]
    edited = replace(
        price,
        title=price.title.with_text("zh", "价格太高（我们的说法）"),
        answers=(
            replace(kept, benefit=Text("Cheaper per year", "每年更省钱")),
            Answer(Text("Trial", "试用"), Text("A", "甲"), Text("B", "乙"), Text("C", "丙")),
        ),
    )
    saved = service.save_entry(edited)
    assert saved.id == price.id
    assert saved.title == Text(price.title.en, "价格太高（我们的说法）")
    assert saved.answers[0].id == kept.id
    assert saved.answers[1].id not in (kept.id, dropped.id)
    assert saved.answers[0].benefit.zh == "每年更省钱"
    retired = _rows(
        empty_db, "SELECT deleted_at IS NOT NULL FROM objection_answers WHERE id = ?", dropped.id
    )
    assert retired == [(1,)]
    assert service.entry(price.id or "") == saved


def test_a_new_entry_gets_a_code_from_its_title(service: PlaybookService) -> None:
    entry = Entry(
        code="",
        target=ObjectionTarget.TIMING,
        directness=Directness.INDIRECT,
        title=Text("Wait for the new budget", "等新预算"),
        customer_says=Text("", "等明年预算下来再说。"),
        true_or_false_hints=(),
        hidden_factors=(Text("", "预算已经用完"),),
        revive_sentence=Text("", "那我们先把方案定下来，预算一到就能启动。"),
        answers=(),
        open_questions=(),
        closed_questions=(),
    )
    saved = service.save_entry(entry)
    again = service.save_entry(replace(entry, id=None))
    assert (saved.code, again.code) == ("wait_for_the_new_budget", "wait_for_the_new_budget_2")
    assert service.playbook().entries[-2:] == (saved, again)
    assert service.playbook().entries[-1].customer_says.get("en") == "等明年预算下来再说。"


def test_an_entry_without_words_is_refused_and_nothing_changes(
    service: PlaybookService, empty_db: Path
) -> None:
    entry = service.playbook().entries[2]
    before = _snapshot(empty_db)
    broken = replace(
        entry,
        title=Text(" ", ""),
        answers=(replace(entry.answers[0], benefit=Text("", "")),),
    )
    with pytest.raises(PlaybookError) as caught:
        service.save_entry(broken)
    assert set(caught.value.problems) == {
        PlaybookProblem("title", Reason.EMPTY),
        PlaybookProblem("answers[0].benefit", Reason.EMPTY),
    }
    assert _snapshot(empty_db) == before


def test_delete_restore_and_move(service: PlaybookService) -> None:
    entries = service.playbook().entries
    service.delete_entry(entries[1].id or "")
    assert entries[1] not in service.playbook().entries
    service.restore_entry(entries[1].id or "")
    assert service.playbook().entries == entries
    service.move_entry(entries[0].id or "", 2)
    assert [e.code for e in service.playbook().entries][:3] == [
        entries[1].code,
        entries[2].code,
        entries[0].code,
    ]


def test_the_guide_is_saved_without_empty_lines(service: PlaybookService) -> None:
    playbook = service.playbook()
    tips = (*playbook.tips, Text("", ""), Text("", "先处理心情，再处理事情"))
    service.save_guide(playbook.opener.with_text("en", "Hello."), tips, ())
    saved = service.playbook()
    assert saved.opener.en == "Hello." and saved.opener.zh == playbook.opener.zh
    assert saved.tips == (*playbook.tips, Text("", "先处理心情，再处理事情"))
    assert saved.persistence_actions == ()
    with pytest.raises(PlaybookError):
        service.save_guide(Text("", " "), tips, ())


# Files --------------------------------------------------------------------------


def test_export_then_import_into_another_database_is_the_same(
    service: PlaybookService, tmp_path: Path
) -> None:
    entry = service.playbook().entries[0]
    service.save_entry(replace(entry, title=entry.title.with_text("en", "Our own words")))
    path = tmp_path / "team.json"
    path.write_bytes(service.export_bytes())
    store = open_store(tmp_path / "other.db")
    other = PlaybookService(store)
    try:
        other.ensure_default()
        summary = other.import_playbook(read_playbook_file(path))
        assert [t.en for t in summary.updated] == ["Our own words"]
        assert (summary.added, summary.unchanged, summary.kept) == ((), 12, 0)
        assert other.playbook() == service.playbook()
        assert other.preview_import(read_playbook_file(path)).changes_anything is False
    finally:
        store.close()


def test_import_merges_by_code_and_keeps_the_reps_own(
    service: PlaybookService, empty_db: Path
) -> None:
    own = service.save_entry(
        replace(service.playbook().entries[0], id=None, code="own_entry", answers=())
    )
    price = next(e for e in service.playbook().entries if e.code == "price_too_high")
    data = playbook_to_json(default_playbook())
    entries = data["entries"]
    assert isinstance(entries, list)
    for item in entries:
        if item["code"] == "price_too_high":
            item["answers"][0]["benefit"] = {"en": "Shared benefit", "zh": "团队的利益"}
            keys = ("label", "feature", "advantage", "benefit")
            item["answers"].append({key: {"en": key, "zh": key} for key in keys})
    new = dict(entries[0], code="team_entry")
    entries.append(new)
    incoming = read_playbook_file(_write(empty_db.parent / "in.json", data))
    before = _snapshot(empty_db)
    preview = service.preview_import(incoming)
    assert _snapshot(empty_db) == before  # a preview writes nothing
    assert [t.en for t in preview.updated] == [price.title.en]
    assert [t.en for t in preview.added] == [entries[0]["title"]["en"]]
    assert preview.kept == 1 and preview.unchanged == 12 and not preview.guide_changed
    done = service.import_playbook(incoming)
    assert done == preview
    after = service.playbook()
    assert own in after.entries
    merged = next(e for e in after.entries if e.code == "price_too_high")
    assert merged.id == price.id
    assert merged.answers[0].id == price.answers[0].id  # matched by label: its numbers go on
    assert merged.answers[0].benefit == Text("Shared benefit", "团队的利益")
    assert len(merged.answers) == len(price.answers) + 1
    assert after.entries[-1].code == "team_entry"


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", Reason.NOT_JSON),
        ("\u4ef7\u683c".encode("gbk") + b'{"version": 1}', Reason.NOT_UTF8),
        (b'{"contacts": [{"name": "Ann"}]}', Reason.UNKNOWN_KEY),
        (b"[1, 2, 3]", Reason.NOT_OBJECT),
    ],
)
def test_a_bad_or_foreign_file_is_refused(
    service: PlaybookService, empty_db: Path, tmp_path: Path, content: bytes, reason: Reason
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = _snapshot(empty_db)
    with pytest.raises(PlaybookError) as caught:
        service.import_playbook(read_playbook_file(path))
    assert reason in {p.reason for p in caught.value.problems}
    assert _snapshot(empty_db) == before


def test_a_file_with_one_bad_entry_is_refused_whole(
    service: PlaybookService, empty_db: Path, tmp_path: Path
) -> None:
    data = json.loads(playbook_bytes(default_playbook()))
    data["entries"][0]["title"]["en"] = "Changed"
    data["entries"][4]["target"] = "weather"
    before = _snapshot(empty_db)
    with pytest.raises(PlaybookError) as caught:
        read_playbook_file(_write(tmp_path / "half.json", data))
    assert caught.value.problems == (PlaybookProblem("entries[4].target", Reason.UNKNOWN_TARGET),)
    assert _snapshot(empty_db) == before


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(PlaybookError) as caught:
        read_playbook_file(path)
    assert caught.value.problems == (PlaybookProblem("", Reason.TOO_LARGE),)


def test_a_utf8_bom_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + playbook_bytes(default_playbook()))
    assert read_playbook_file(path) == default_playbook()


# What works: checked against a hand count of the demo's rows ---------------------


def _hand_count(db: Path, since: str | None = None) -> dict[str, object]:
    """The same numbers counted row by row in Python, from plain SQL reads."""
    records = {
        r[0]: r
        for r in _rows(
            db,
            "SELECT r.id, r.customer_id, r.visited_at, r.is_draft, r.deleted_at, c.deleted_at "
            "FROM visit_records r JOIN customers c ON c.id = r.customer_id",
        )
    }

    def counted(record_id: object) -> bool:
        _id, _customer, visited, draft, deleted, customer_deleted = records[record_id]
        return (
            not draft
            and deleted is None
            and customer_deleted is None
            and (since is None or str(visited) >= since)
        )

    raised: Counter[object] = Counter()
    customers: dict[object, set[object]] = defaultdict(set)
    per_answer: dict[tuple[object, object], list[int]] = defaultdict(lambda: [0, 0, 0])
    visits_with: set[object] = set()
    for record_id, objection_id, answer_id, agreed, round_, deleted in _rows(
        db,
        "SELECT visit_record_id, objection_id, answer_id, customer_agreed, round, deleted_at "
        "FROM visit_objections",
    ):
        if deleted is not None or not counted(record_id):
            continue
        visits_with.add(record_id)
        if round_ == 1:
            raised[objection_id] += 1
            customers[objection_id].add(records[record_id][1])
        slot = 0 if agreed == 1 else 1 if agreed == 0 else 2
        per_answer[(objection_id, answer_id)][slot] += 1
    return {
        "raised": dict(raised),
        "customers": {k: len(v) for k, v in customers.items()},
        "answers": {k: tuple(v) for k, v in per_answer.items()},
        "visits_with": len(visits_with),
        "visits": sum(1 for r in records if counted(r)),
    }


@pytest.mark.parametrize("since", [None, date(2026, 6, 1)])
def test_answer_success_matches_a_hand_count_on_the_demo(demo_db: Path, since: date | None) -> None:
    store = open_store(demo_db)
    try:
        stats = PlaybookService(store).stats(since=since)
    finally:
        store.close()
    hand = _hand_count(demo_db, since.isoformat() if since else None)
    assert stats.visits == hand["visits"] and stats.visits_with_objections == hand["visits_with"]
    assert {o.objection_id: o.raised for o in stats.objections if o.raised} == hand["raised"]
    assert {o.objection_id: o.customers for o in stats.objections if o.raised} == hand["customers"]
    answers = {
        (o.objection_id, a.answer_id): (a.tally.agreed, a.tally.refused, a.tally.unknown)
        for o in stats.objections
        for a in o.answers
    }
    assert answers == hand["answers"]
    assert len(answers) > 15 and any(key[1] is None for key in answers)  # typed answers too
    raised = [o.raised for o in stats.objections if o.objection_id is not None]
    assert raised == sorted(raised, reverse=True)
    for objection in stats.objections:
        if objection.title is not None:
            assert objection.title.en and objection.title.zh


def test_deleted_and_draft_visits_do_not_count(demo_db: Path) -> None:
    store = open_store(demo_db)
    service = PlaybookService(store)
    try:
        before = service.stats()
        top = before.objections[0]
        with closing(sqlite3.connect(demo_db)) as c, c:
            c.execute(
                "UPDATE visit_records SET is_draft = 1 WHERE id IN (SELECT visit_record_id "
                "FROM visit_objections WHERE objection_id = ? AND round = 1 LIMIT 1)",
                (top.objection_id,),
            )
        after = service.stats()
    finally:
        store.close()
    moved = next(o for o in after.objections if o.objection_id == top.objection_id)
    assert moved.raised == top.raised - 1


def test_a_one_of_one_is_not_a_sure_thing() -> None:
    one = Tally(agreed=1)
    assert one.rate == 1.0 and one.few
    low, high = one.interval or (0.0, 0.0)
    assert high == 1.0 and low < 0.25
    many = Tally(agreed=80, refused=20)
    low_many, _high = many.interval or (0.0, 0.0)
    assert not many.few and low_many > 0.7 > low
    assert Tally().rate is None and Tally(unknown=3).interval is None
    # Wilson's interval for 8 of 10, computed by hand: centre 0.7167, half 0.2252.
    assert [round(x, 3) for x in Tally(8, 2).interval or ()] == [0.490, 0.943]
    assert math.isclose((Tally(2, 1) + Tally(1, 1, 4)).rate or 0, 0.6)


def test_a_customers_objections_met_newest_first(demo_db: Path) -> None:
    (customer_id,) = _rows(
        demo_db,
        "SELECT r.customer_id FROM visit_objections vo "
        "JOIN visit_records r ON r.id = vo.visit_record_id WHERE NOT r.is_draft "
        "GROUP BY r.customer_id ORDER BY count(*) DESC, r.customer_id LIMIT 1",
    )[0]
    store = open_store(demo_db)
    try:
        met = PlaybookService(store).objections_met(str(customer_id))
    finally:
        store.close()
    assert len(met) >= 2
    assert [m.visited_at for m in met] == sorted((m.visited_at for m in met), reverse=True)
    linked = [m for m in met if m.title is not None]
    assert linked and all(m.title and m.title.zh for m in linked)


# Migration 0003: a playbook written by the previous release ----------------------


def test_an_older_monolingual_playbook_is_migrated(demo_db: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from repdesk.db import migrate

    path = demo_db
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0002_holiday_dates")
    engine.dispose()
    stamp = "2026-01-05 09:00:00"
    with closing(sqlite3.connect(path)) as c, c:
        for table in ("visit_objections", "objection_questions", "objection_answers", "objections"):
            c.execute(f"DELETE FROM {table}")
        record, customer = c.execute(
            "SELECT r.id, r.customer_id FROM visit_records r JOIN customers c "
            "ON c.id = r.customer_id WHERE NOT r.is_draft AND r.deleted_at IS NULL "
            "AND c.deleted_at IS NULL ORDER BY r.id LIMIT 1"
        ).fetchone()
        for n, (code, title, hints) in enumerate(
            [("price", "价格太高", "- 问交期的是真异议\n- 压价的是习惯"), (None, "No budget", "")]
        ):
            c.execute(
                "INSERT INTO objections (id, created_at, updated_at, code, target, directness, "
                "title, customer_says, true_or_false_hints, hidden_factors, revive_sentence, "
                "position) VALUES (?, ?, ?, ?, 'price', 'direct', ?, '', ?, '预算\n上级指标', "
                "'', ?)",
                (f"o{n}", stamp, stamp, code, title, hints, n),
            )
        c.execute(
            "INSERT INTO objection_answers (id, created_at, updated_at, objection_id, label, "
            "feature, advantage, benefit, position) "
            "VALUES ('a1', ?, ?, 'o0', '总成本', '耐用', '少维修', '每年省一成', 0)",
            (stamp, stamp),
        )
        for n, (kind, words) in enumerate(
            [
                ("open", "您和哪家比较的？"),
                ("closed", "今天能定吗？"),
                ("situation", "用哪家？"),
            ]
        ):
            c.execute(
                "INSERT INTO objection_questions (id, created_at, updated_at, objection_id, "
                "kind, text, position) VALUES (?, ?, ?, 'o0', ?, ?, ?)",
                (f"q{n}", stamp, stamp, kind, words, n),
            )
        c.execute(
            "INSERT INTO visit_objections (id, created_at, updated_at, visit_record_id, "
            "objection_id, answer_id, customer_words, answer_text, customer_agreed, next_step) "
            "VALUES ('v1', ?, ?, ?, 'o0', 'a1', '太贵了', '算总成本', 1, '')",
            (stamp, stamp, record),
        )
    store = open_store(path)
    try:
        assert store.migrated_from == "0002_holiday_dates"
        service = PlaybookService(store)
        entries = service.playbook().entries
        price, budget = entries
        assert (price.id, price.code, budget.code) == ("o0", "price", "entry_2")
        assert price.title == Text("", "价格太高") and price.title.get("en") == "价格太高"
        assert budget.title == Text("No budget", "")
        assert price.true_or_false_hints == (Text("", "问交期的是真异议"), Text("", "压价的是习惯"))
        assert price.hidden_factors == (Text("", "预算"), Text("", "上级指标"))
        assert price.open_questions == (Text("", "您和哪家比较的？"), Text("", "用哪家？"))
        assert price.closed_questions == (Text("", "今天能定吗？"),)
        assert price.answers[0].id == "a1" and price.answers[0].benefit.zh == "每年省一成"
        (met,) = service.objections_met(customer)
        assert (met.title, met.round, met.customer_agreed) == (price.title, 1, True)
        assert service.stats().objections[0].answers[0].tally == Tally(agreed=1)
        assert service.ensure_default() is True  # the guide row was not there: load it
        assert len(service.playbook().entries) == 15
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_records_retries_follow_the_first_try(demo_db: Path) -> None:
    """The demo writes a refusal's retries with the same stamp: the record (and its
    printed report) still lists round 1 before round 2."""
    from repdesk.services.workspace import Workspace

    records = [
        str(r[0])
        for r in _rows(
            demo_db, "SELECT DISTINCT visit_record_id FROM visit_objections WHERE round > 1"
        )
    ]
    assert records
    workspace = Workspace(open_store(demo_db))
    try:
        for record_id in records:
            met = workspace.visits.record(record_id).objections
            for objection_id in {m.objection_id for m in met}:
                rounds = [m.round for m in met if m.objection_id == objection_id]
                assert rounds == sorted(rounds), record_id
    finally:
        workspace.close()
