"""The "During the call" checklist, run with the keyboard only, in a real visit window on a
real database file; what it wrote is read back with sqlite3, behind the window's back."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from repdesk.domain.call_flow import Step
from repdesk.domain.diary import DiaryRow
from repdesk.domain.playbook import Text
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.visit.call_page import CallPage
from repdesk.gui.views.visit.window import VisitWindow
from repdesk.services.workspace import Workspace
from tests.gui.conftest import commit_text, query

Key = Qt.Key
OpenVisit = Callable[[str], VisitWindow]
APPOINTMENT = datetime.combine(date.today() + timedelta(days=1), datetime.min.time()).replace(
    hour=9, minute=30
)
OBJECTIONS = (
    "SELECT o.code, v.answer_id, v.customer_words, v.answer_text, v.customer_agreed, v.round, "
    "v.steps, v.next_step FROM visit_objections v LEFT JOIN objections o ON o.id = v.objection_id "
    "JOIN visit_records r ON r.id = v.visit_record_id "
    "WHERE r.visit_plan_id = ? AND v.deleted_at IS NULL ORDER BY o.code, v.round"
)


@pytest.fixture
def open_visit(qtbot: QtBot, workspace: Workspace, runner: TaskRunner) -> Iterator[OpenVisit]:
    failures: list[BaseException] = []
    windows: list[VisitWindow] = []

    def start(plan_id: str) -> VisitWindow:
        window = VisitWindow(workspace, runner, plan_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.failed.connect(failures.append)
        with qtbot.waitSignal(window.loaded, timeout=10000):
            window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        return window

    yield start
    runner.wait(10000)
    for window in windows:
        if shiboken6.isValid(window):
            window.plan = None  # no unsaved-changes question
            window.autosave.stop()
            window.close()
            window.deleteLater()
    runner.wait(10000)
    QApplication.processEvents()
    assert not failures, failures


def _plan(workspace: Workspace, db: Path) -> str:
    """A prospect's visit booked in the diary: its plan id."""
    company, person = query(
        db,
        "SELECT c.name, p.name FROM customers c JOIN people p ON p.customer_id = c.id "
        "WHERE c.status = 'prospect' AND c.deleted_at IS NULL AND p.deleted_at IS NULL "
        "ORDER BY c.id LIMIT 1",
    )[0]
    saved = workspace.diary.save(
        DiaryRow(date.today(), str(company), str(person), appointment_at=APPOINTMENT)
    )
    assert saved.line.visit_plan_id is not None
    return saved.line.visit_plan_id


def _call_tab(qtbot: QtBot, window: VisitWindow, *, focused: bool = True) -> CallPage:
    page = window.call_page
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.tabs.setCurrentWidget(page)
    assert page.picker.filter.hasFocus() is focused  # type-ahead at once, unless read-only
    return page


def at(page: CallPage) -> Step:
    """The step the checklist is on (read afresh: each key changes it)."""
    return page.flow.step


def stepper(page: CallPage) -> str:
    """The breadcrumb as the rep reads it."""
    document = QTextDocument()
    document.setHtml(page.stepper.text())
    return " ".join(document.toPlainText().split())  # no-break spaces and padding as one


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(*keys: Key | str) -> None:
    """Keys as the rep presses them, into whatever has the focus."""
    for key in keys:
        if isinstance(key, str):
            QTest.keyClicks(_focused(), key)
        else:
            QTest.keyClick(_focused(), key)


def _ids(db: Path, code: str) -> tuple[str, list[str]]:
    (entry_id,) = query(db, "SELECT id FROM objections WHERE code = ?", code)[0]
    answers = query(
        db,
        "SELECT id FROM objection_answers WHERE objection_id = ? AND deleted_at IS NULL "
        "ORDER BY position, id",
        entry_id,
    )
    return str(entry_id), [str(a[0]) for a in answers]


def _saved(qtbot: QtBot, window: VisitWindow) -> None:
    """The draft autosave (about two seconds after the rows arrived) has written."""
    with qtbot.waitSignal(window.record_saved, timeout=8000):
        pass


# --- both branches, keyboard only -----------------------------------------------------------


def test_both_branches_with_the_keyboard_reach_the_record(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id = _plan(workspace, demo_db)
    window = open_visit(plan_id)
    page = _call_tab(qtbot, window)
    price = workspace.playbook.playbook().entry("price_too_high")
    supplier = workspace.playbook.playbook().entry("has_supplier")
    assert price is not None and supplier is not None
    actions = workspace.playbook.playbook().persistence_actions
    assert "Keys:" in page.keys.text() and "Enter" in page.keys.text()
    assert page.opener.text().startswith("Good morning")
    assert page.tips.text().startswith("1. Stop selling")

    # (a) The price objection, agreed at once.
    press("expensive")
    assert page.picker.highlighted() == price
    assert page.picker.words.text() == price.customer_says.en
    press(Key.Key_Return)
    assert at(page) == Step.ANALYSE
    assert page.revive.isVisible() and page.revive.text.text() == price.revive_sentence.en
    assert stepper(page).startswith("✓ Objection › 2 Hidden factors › 3 FAB answer")
    press("2")  # the second hidden factor
    assert page.pages.analyse.lists[0].is_ticked(1)
    press(Key.Key_Return, "1")  # answer 1
    assert page.pages.answers.lists[0].is_ticked(0)
    assert page.decision.isVisible() and page.question.text() == "Did the customer agree?"
    press(Key.Key_Return)  # no way on without yes or no: it says so
    assert at(page) == Step.ANSWER and "Y or N" in page.message.text()
    press("y")
    assert at(page) == Step.CLOSE
    assert "✓ FAB answer › 4 Closed question › 5 Next step" in stepper(page)
    press("1", Key.Key_Return)  # the first closed question, then on
    assert at(page) == Step.NEXT_STEP and page.pages.next_step.hasFocus()
    press("Order of 20 units", Key.Key_Return)
    assert at(page) == Step.DONE
    assert "Added to the visit record" in page.pages.done_text.text()
    rows = window.record_page.objections.rows
    assert len(rows) == 1 and rows[0].words.text() == price.customer_says.en
    _saved(qtbot, window)

    entry_id, answers = _ids(demo_db, "price_too_high")
    assert query(demo_db, OBJECTIONS, plan_id) == [
        (
            "price_too_high",
            answers[0],
            price.customer_says.en,
            " ".join(t.en for t in (price.answers[0].feature, price.answers[0].advantage))
            + " "
            + price.answers[0].benefit.en,
            1,
            1,
            json.dumps([price.hidden_factors[1].en, price.closed_questions[0].en]),
            "Order of 20 units",
        )
    ]

    # (b) Another objection: no, an open question, round 2 with answer 2, no, refused.
    press(Key.Key_Return)  # "Another objection"
    assert at(page) == Step.OBJECTION and page.picker.filter.text() == ""
    press("supplier", Key.Key_Return)
    assert page.flow.entry == supplier
    press(Key.Key_Backspace)  # back a step, and on again
    assert at(page) == Step.OBJECTION
    press(Key.Key_Return, Key.Key_Return, "1", "n")
    assert at(page) == Step.CLARIFY
    assert "✓ FAB answer › 4 Open question › 5 Next step" in stepper(page)
    press("2", Key.Key_Return)  # the second open question; Enter: answer again
    assert at(page) == Step.ANSWER and page.round_badge.text() == "Round 2"
    assert page.round_badge.isVisible()
    press("2", "n")
    assert at(page) == Step.CLARIFY
    assert page.no.text().startswith("No, refused")
    press("n")  # refused: the persistence actions
    assert at(page) == Step.PERSIST
    assert "✓ Open question › 5 Persistence actions › 6 Next step" in stepper(page)
    press("2", "3", Key.Key_Down, Key.Key_Space)  # 2, 3, and the 4th with Space
    assert [page.pages.persist.lists[0].is_ticked(r) for r in range(4)] == [
        False,
        True,
        True,
        True,
    ]
    QTest.keyClick(_focused(), Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left
    assert at(page) == Step.CLARIFY
    press("n", Key.Key_Return)  # refused again; the ticks were kept
    press("Call on Friday", Key.Key_Return)
    assert at(page) == Step.DONE
    assert "2 answer(s) tried" in page.pages.done_text.text()
    _saved(qtbot, window)

    supplier_id, supplier_answers = _ids(demo_db, "has_supplier")
    stored = query(demo_db, OBJECTIONS, plan_id)
    assert len(stored) == 3
    first, second = stored[0], stored[1]
    assert first[:2] == ("has_supplier", supplier_answers[0])
    assert (first[4], first[5], json.loads(str(first[6])), first[7]) == (
        0,
        1,
        [supplier.open_questions[1].en],
        "",
    )
    assert second[:2] == ("has_supplier", supplier_answers[1])
    assert (second[4], second[5], second[7]) == (0, 2, "Call on Friday")
    assert json.loads(str(second[6])) == [a.en for a in actions[1:4]]
    assert stored[2][0] == "price_too_high"

    # The Record tab, a click away, shows where each row came from.
    page.pages.to_record.click()
    assert window.tabs.currentWidget() is window.record_page
    rows = window.record_page.objections.rows
    sources = [row.source.text() for row in rows]
    assert sources == [
        price.title.en,
        supplier.title.en,
        f"{supplier.title.en} · round 2",
    ]
    assert all(row.source.isVisible() for row in rows)
    assert actions[1].en in rows[2].source.toolTip()
    assert entry_id and supplier_id


def test_editing_a_checklist_row_on_the_record_keeps_its_round_and_steps(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id = _plan(workspace, demo_db)
    window = open_visit(plan_id)
    _call_tab(qtbot, window)
    press("expensive", Key.Key_Return, "1", Key.Key_Return, "1", "n", "1", Key.Key_Return)
    press("2", "y", "2", Key.Key_Return, "Trial order", Key.Key_Return)
    _saved(qtbot, window)
    window.tabs.setCurrentWidget(window.record_page)
    row = window.record_page.objections.rows[1]
    row.words.setFocus()
    row.words.selectAll()
    QTest.keyClicks(row.words, "Too dear for this year")
    _saved(qtbot, window)
    stored = query(demo_db, OBJECTIONS, plan_id)
    assert [(r[2], r[4], r[5]) for r in stored] == [
        ("It's too expensive. Others are cheaper.", 0, 1),
        ("Too dear for this year", 1, 2),
    ]
    _, answers = _ids(demo_db, "price_too_high")
    assert [r[1] for r in stored] == answers[:2]
    assert len(json.loads(str(stored[1][6]))) == 1  # the closed question ticked in round 2
    # Saved again (edits in between), the rows are updated, not doubled.
    rows = query(
        demo_db,
        "SELECT count(*) FROM visit_objections v JOIN visit_records r "
        "ON r.id = v.visit_record_id WHERE r.visit_plan_id = ?",
        plan_id,
    )
    assert rows == [(2,)]


# --- not in the playbook, read-only, loading --------------------------------------------------


def test_an_objection_not_in_the_playbook_goes_on_in_the_customers_words(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id = _plan(workspace, demo_db)
    window = open_visit(plan_id)
    page = _call_tab(qtbot, window)
    press("Your van was late")
    assert page.picker.highlighted() is None
    assert page.picker.no_match.isVisible()
    assert page.picker.words.text() == "Your van was late"
    press(Key.Key_Return)
    assert at(page) == Step.ANALYSE
    assert not page.revive.isVisible() and page.pages.analyse.empty.isVisible()
    press(Key.Key_Return)
    assert page.pages.own_answer.hasFocus()  # nothing to pick: type the answer
    press("We deliver from the new depot now", Key.Key_Return)
    assert at(page) == Step.ANSWER  # Enter asks for yes or no
    page.no.setFocus()
    press(Key.Key_Space)  # the No button
    assert at(page) == Step.CLARIFY
    press("n", "1", Key.Key_Return, Key.Key_Return)
    _saved(qtbot, window)
    assert query(demo_db, OBJECTIONS, plan_id) == [
        (
            None,
            None,
            "Your van was late",
            "We deliver from the new depot now",
            0,
            1,
            json.dumps([workspace.playbook.playbook().persistence_actions[0].en]),
            "",
        )
    ]
    assert window.record_page.objections.rows[0].source.text() == "Not in the playbook"


def test_a_finished_record_leaves_the_checklist_read_only(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id = _plan(workspace, demo_db)
    window = open_visit(plan_id)
    with qtbot.waitSignal(window.record_saved, timeout=10000):
        assert window.finish_record()
    page = _call_tab(qtbot, window, focused=False)
    assert page.read_only and page.notice.isVisible() and not page.work.isEnabled()
    assert "read-only" in page.notice.text()
    assert not page.picker.filter.isEnabled() and not page.next_button.isEnabled()
    page.tick(0)  # what the keys would do, had a disabled field the focus
    page.go_next()
    assert at(page) == Step.OBJECTION and page.flow.entry is None
    assert page.opener.text().startswith("Good morning")  # the guide is still there


def test_the_playbook_is_read_on_the_worker_and_again_when_the_window_is_shown_anew(
    open_visit: OpenVisit,
    workspace: Workspace,
    demo_db: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = workspace.playbook
    read = service.playbook
    threads: list[bool] = []

    def counted() -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return read()

    monkeypatch.setattr(service, "playbook", counted)
    window = open_visit(_plan(workspace, demo_db))
    assert threads == []  # not read until the tab is looked at
    page = _call_tab(qtbot, window)
    assert threads == [False]
    window.tabs.setCurrentWidget(window.record_page)
    window.tabs.setCurrentWidget(page)
    assert threads == [False]  # shown again in the same window: not read again

    entry = read().entry("price_too_high")
    assert entry is not None
    service.save_entry(replace(entry, title=Text("Price: 'Dearer than the rest'", "价格：贵")))
    window.hide()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show()
    assert threads == [False, False]
    QTest.keyClicks(page.picker.filter, "Dearer")
    found = page.picker.highlighted()
    assert found is not None and found.code == "price_too_high"


# --- the Chinese UI -------------------------------------------------------------------------


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    from repdesk.gui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def test_in_chinese_the_playbook_and_the_record_speak_chinese(
    chinese: None, open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    plan_id = _plan(workspace, demo_db)
    window = open_visit(plan_id)
    assert window.tabs.tabText(window.tabs.indexOf(window.record_page)) != "Record"
    page = _call_tab(qtbot, window)
    price = workspace.playbook.playbook().entry("price_too_high")
    assert price is not None
    assert page.opener.text() == workspace.playbook.playbook().opener.zh
    commit_text(page.picker.filter, "太贵")
    assert page.picker.highlighted() == price
    assert page.picker.words.text() == price.customer_says.zh
    press(Key.Key_Return, "1", Key.Key_Return)
    assert price.answers[0].label.zh in page.pages.answers.lists[0].texts()[0]
    press("1", "y", "2", Key.Key_Return)
    commit_text(page.pages.next_step, "下周一送货")
    press(Key.Key_Return)
    _saved(qtbot, window)
    answer = price.answers[0]
    ((code, answer_id, words, text, agreed, round_, steps, next_step),) = query(
        demo_db, OBJECTIONS, plan_id
    )
    assert (code, answer_id, words) == (
        "price_too_high",
        _ids(demo_db, "price_too_high")[1][0],
        price.customer_says.zh,
    )
    assert text == answer.feature.zh + answer.advantage.zh + answer.benefit.zh
    assert (agreed, round_, next_step) == (1, 1, "下周一送货")
    assert json.loads(str(steps)) == [price.hidden_factors[0].zh, price.closed_questions[1].zh]
    assert window.record_page.objections.rows[0].source.text() == price.title.zh


def test_the_keys_belong_to_the_checklist_tab_only(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    window = open_visit(_plan(workspace, demo_db))
    page = _call_tab(qtbot, window)
    press("expensive", Key.Key_Return)
    assert at(page) == Step.ANALYSE
    window.tabs.setCurrentWidget(window.record_page)
    box = next(iter(window.record_page.signals.values()))
    box.setFocus()
    press("1", "y", Key.Key_Return, Key.Key_Backspace)
    assert at(page) == Step.ANALYSE and page.flow.ticked() == frozenset()
    assert not window.record_page.objections.rows
    window.tabs.setCurrentWidget(page)
    assert page.pages.analyse.lists[0].hasFocus()  # back on the tab, the keys work again
    press("1")
    assert page.flow.ticked() == {0}


def test_an_objection_under_way_is_kept_when_the_window_closes(
    open_visit: OpenVisit, workspace: Workspace, demo_db: Path, qtbot: QtBot
) -> None:
    """Closing mid-objection loses nothing: the objection and the try answered so far go
    onto the draft record (the customer's answer to the open try stays not recorded)."""
    plan_id = _plan(workspace, demo_db)
    window = open_visit(plan_id)
    page = _call_tab(qtbot, window)
    press("expensive", Key.Key_Return, "1", Key.Key_Return, "2")  # factor 1, answer 2
    assert at(page) == Step.ANSWER
    with qtbot.waitSignal(window.record_saved, timeout=8000):
        window.close()
    _entry_id, answers = _ids(demo_db, "price_too_high")
    price = workspace.playbook.playbook().entry("price_too_high")
    assert price is not None
    ((code, answer_id, words, _said, agreed, round_, steps, next_step),) = query(
        demo_db, OBJECTIONS, plan_id
    )
    assert (code, answer_id, words, agreed, round_, next_step) == (
        "price_too_high",
        answers[1],
        price.customer_says.en,
        None,
        1,
        "",
    )
    assert json.loads(str(steps)) == [price.hidden_factors[0].en]
