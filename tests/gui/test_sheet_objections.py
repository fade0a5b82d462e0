"""The customer sheet's Objections tab: what this customer raised before, and how it went."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from repdesk.domain.visits import ObjectionMet
from repdesk.gui.views.sheet.objections_page import ObjectionsPage
from repdesk.services.workspace import Workspace
from tests.gui.conftest import OpenSheet, query


def _customer_with_most_objections(db: Path) -> str:
    rows = query(
        db,
        "SELECT r.customer_id FROM visit_objections vo "
        "JOIN visit_records r ON r.id = vo.visit_record_id "
        "JOIN customers c ON c.id = r.customer_id "
        "WHERE NOT r.is_draft AND r.deleted_at IS NULL AND vo.deleted_at IS NULL "
        "AND c.deleted_at IS NULL "
        "GROUP BY r.customer_id ORDER BY count(*) DESC, r.customer_id LIMIT 1",
    )
    return str(rows[0][0])


def _table(page: ObjectionsPage) -> list[list[str]]:
    table = page.table
    rows = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows


def test_the_tab_lists_every_objection_met_newest_first(
    qtbot: QtBot, open_sheet: OpenSheet, demo_db: Path
) -> None:
    customer_id = _customer_with_most_objections(demo_db)
    expected = query(
        demo_db,
        "SELECT vo.customer_words, vo.next_step, vo.customer_agreed, vo.objection_id, "
        "date(r.visited_at) FROM visit_objections vo "
        "JOIN visit_records r ON r.id = vo.visit_record_id "
        "WHERE r.customer_id = ? AND NOT r.is_draft AND r.deleted_at IS NULL "
        "AND vo.deleted_at IS NULL ORDER BY r.visited_at DESC, vo.created_at, vo.round, vo.id",
        customer_id,
    )
    sheet = open_sheet(customer_id)
    qtbot.waitUntil(lambda: sheet.objections.table.rowCount() == len(expected), timeout=10000)
    rows = _table(sheet.objections)
    assert [r[2] for r in rows] == [str(e[0]) for e in expected]
    assert [r[5] for r in rows] == [str(e[1]) for e in expected]
    agreed = {1: "Yes", 0: "No", None: "—"}
    assert [r[4] for r in rows] == [agreed[e[2]] for e in expected]  # type: ignore[index]
    dates = [r[0] for r in rows]
    assert dates == sorted(dates, reverse=True)
    for row, e in zip(rows, expected, strict=True):
        if e[3] is None:
            assert row[1] == "Not in the playbook"
        else:
            title = query(
                demo_db, "SELECT json_extract(title, '$.en') FROM objections WHERE id = ?", e[3]
            )[0][0]
            assert row[1].startswith(str(title))
    index = sheet.tabs.indexOf(sheet.objections)
    assert sheet.tabs.tabText(index) == f"Objections ({len(expected)})"
    assert sheet.objections.summary.isVisible() is False  # not shown: another tab is current
    sheet.tabs.setCurrentIndex(index)
    assert sheet.objections.summary.isVisible()
    assert f"Objections raised: {sum(1 for _ in rows if 'round' not in _[1])}" in (
        sheet.objections.summary.text()
    )


def test_a_visit_recorded_while_the_sheet_is_open_shows_when_the_tab_is_shown(
    qtbot: QtBot, open_sheet: OpenSheet, workspace: Workspace, demo_db: Path
) -> None:
    sheet = open_sheet(None)  # a new sheet has no visits: the plain message
    assert sheet.objections.empty.isVisibleTo(sheet.objections)
    assert not sheet.objections.table.isVisibleTo(sheet.objections)
    sheet.close()

    playbook = workspace.playbook.playbook()
    price = next(e for e in playbook.entries if e.code == "price_too_high")
    customer_id = _customer_with_most_objections(demo_db)
    sheet = open_sheet(customer_id)
    qtbot.waitSignal(sheet.objections_loaded, timeout=10000).wait()
    before = sheet.objections.table.rowCount()
    plan = workspace.visits.save_plan(workspace.visits.new_plan(customer_id))
    record = workspace.visits.record_for_plan(plan.id or "")
    workspace.visits.save_record(
        replace(
            record,
            summary="谈了价格",
            objections=(
                ObjectionMet(
                    customer_words="你们太贵了",
                    answer_text="算总拥有成本",
                    customer_agreed=False,
                    objection_id=price.id,
                    answer_id=price.answers[0].id,
                ),
                ObjectionMet(
                    customer_words="你们太贵了",
                    answer_text="分期付款",
                    customer_agreed=True,
                    objection_id=price.id,
                    answer_id=price.answers[1].id,
                    round=2,
                    next_step="下周签试用订单",
                ),
            ),
        ),
        finish=True,
    )
    with qtbot.waitSignal(sheet.objections_loaded, timeout=10000):
        sheet.tabs.setCurrentIndex(sheet.tabs.indexOf(sheet.objections))
    rows_now = _table(sheet.objections)
    assert len(rows_now) == before + 2
    newest = rows_now[:2]
    assert newest[0][1] == price.title.en and newest[0][4] == "No"
    assert newest[1][1] == f"{price.title.en} (answered again, round 2)"
    assert newest[1][3].startswith(price.answers[1].label.en) and newest[1][5] == "下周签试用订单"
