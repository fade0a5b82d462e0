"""The Objections area's playbook page, driven as a rep would, on a real database file.

What the page writes is read back with the standard library's sqlite3; what
it shows is compared with the service's own answers (the playbook, the stats).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.enums import Directness, ObjectionTarget
from repdesk.domain.playbook import Answer, Entry, Playbook, Text, entry_texts
from repdesk.gui.main_window import MainWindow
from repdesk.gui.views.playbook.entry_list import ID_ROLE
from repdesk.gui.views.playbook.page import WORKS_TAB, PlaybookPage
from repdesk.services.playbook import default_playbook
from repdesk.services.workspace import open_workspace
from tests.gui.conftest import OpenWindow, Questions, commit_text
from tests.gui.conftest import query as _query

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton


# --- answering questions ---------------------------------------------------------------


# --- driving the page ------------------------------------------------------------------


def _top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


class Driver:
    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window, self.qtbot = window, qtbot
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.keyClick(window, Key.Key_5, CTRL)  # Objections
        assert window.current_area() is Area.OBJECTIONS
        page = window.playbook_page
        assert page is not None
        self.page: PlaybookPage = page
        self.wait_loaded()

    @property
    def db(self) -> Path:
        return self.window.db_path

    def wait_loaded(self) -> None:
        self.qtbot.waitUntil(lambda: self.page.playbook is not None, timeout=15000)
        self.settle()

    def settle(self) -> None:
        """Until the worker has delivered every result (and what those started)."""
        self.qtbot.waitUntil(lambda: not self.window.runner.busy, timeout=15000)
        QApplication.processEvents()

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(self, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        if text.isascii():
            self.qtbot.keyClicks(self.focus(), text)
        else:
            commit_text(self.focus(), text)  # Chinese comes from the input method
        QApplication.processEvents()

    def replace_text(self, widget: QWidget, text: str) -> None:
        """Click into a field, select all, type over it ("" clears it)."""
        widget.setFocus()
        self.key(Key.Key_A, CTRL)
        if text:
            self.type(text)
        else:
            self.key(Key.Key_Delete)

    def language(self, lang: str) -> None:
        button = next(b for b in self.page.language_buttons.buttons() if b.property("lang") == lang)
        assert isinstance(button, QToolButton)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def rows(self) -> list[QTreeWidgetItem]:
        """The list's rows: headings and entries."""
        return _top_items(self.page.entries.list.tree)

    def titles(self) -> list[str]:
        return [i.text(0) for i in self.rows() if i.data(0, ID_ROLE) and not i.isHidden()]

    def headings(self) -> list[str]:
        return [i.text(0) for i in self.rows() if not i.data(0, ID_ROLE)]

    def shown_codes(self) -> set[str]:
        entries = self.page.entries.list
        return {e.code for e in map(entries.entry, entries.visible_ids()) if e is not None}

    @property
    def playbook(self) -> Playbook:
        playbook = self.page.playbook
        assert playbook is not None
        return playbook

    def entry_id(self, code: str) -> str:
        playbook = self.page.playbook
        assert playbook is not None
        entry = playbook.entry(code)
        assert entry is not None and entry.id is not None
        return entry.id

    def click_entry(self, code: str) -> None:
        """A click on the entry's row in the list, as a rep picks it."""
        tree = self.page.entries.list.tree
        item = self.page.entries.list._items[self.entry_id(code)]
        rect = tree.visualItemRect(item)
        self.qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 40, rect.center().y())
        )
        QApplication.processEvents()

    def current_code(self) -> str | None:
        entry = self.page.entries.list.entry(self.page.entries.list.current_id())
        return entry.code if entry else None

    def status(self) -> str:
        return self.window.statusBar().currentMessage()


@pytest.fixture
def driver(open_window: OpenWindow, empty_db: Path, qtbot: QtBot, questions: Questions) -> Driver:
    return Driver(open_window(empty_db), qtbot)


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """The playbook's tables whole, to show that nothing was written."""
    return {
        table: _query(db, f"SELECT * FROM {table} ORDER BY id")
        for table in ("objections", "objection_answers", "playbook_guides")
    }


def _stored(db: Path, code: str, column: str) -> Any:
    return json.loads(
        str(_query(db, f"SELECT {column} FROM objections WHERE code = ?", code)[0][0])
    )


def _stored_answers(db: Path, code: str) -> list[dict[str, dict[str, str]]]:
    rows = _query(
        db,
        "SELECT a.label, a.feature, a.advantage, a.benefit FROM objection_answers a "
        "JOIN objections o ON o.id = a.objection_id "
        "WHERE o.code = ? AND a.deleted_at IS NULL ORDER BY a.position",
        code,
    )
    keys = ("label", "feature", "advantage", "benefit")
    return [{k: json.loads(str(v)) for k, v in zip(keys, row, strict=True)} for row in rows]


# --- browsing --------------------------------------------------------------------------


def _grouped(lang: str) -> list[str]:
    """The default's titles in the list's order: by group, the seed's way."""
    from repdesk.gui.views.playbook.entry_list import GROUPS

    default = default_playbook()
    return [e.title.get(lang) for target in GROUPS for e in default.for_target(target)]


def test_the_default_playbook_in_english_and_chinese(driver: Driver) -> None:
    page = driver.page
    assert driver.titles() == _grouped("en")
    headings = driver.headings()
    assert headings[:3] == ["Refusal of the person", "Refusal of the product", "Reflex refusal"]
    assert "Price" in headings and "Authority" in headings
    # The first entry is shown, readably, with every part the method names.
    shown = page.entries.view.toPlainText()
    first = page.entries.list.entry(page.entries.list.current_id())
    assert first is not None
    for text in (first.customer_says, first.revive_sentence, first.answers[0].benefit):
        assert text.en in shown
    for part in ("Hidden factors to probe", "Feature", "Advantage", "Benefit", "Open questions"):
        assert part in shown

    driver.language("zh")
    assert driver.titles() == _grouped("zh")
    shown = page.entries.view.toPlainText()
    assert first.customer_says.zh in shown and first.revive_sentence.zh in shown
    assert first.customer_says.en not in shown
    driver.language("en")
    assert driver.titles() == _grouped("en")


def test_a_chinese_ui_shows_the_chinese_texts(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    driver = Driver(open_window(empty_db, "--lang", "zh_CN"), qtbot)
    assert driver.page.lang == "zh"
    assert driver.titles() == _grouped("zh")
    assert "本能性拒绝" in driver.headings()


def test_search_in_chinese_and_english(driver: Driver) -> None:
    page = driver.page
    playbook = driver.playbook
    page.entries.list.tree.setFocus()
    driver.key(Key.Key_F, CTRL)
    search = page.entries.list.search
    assert driver.focus() is search
    driver.type("价格")
    expected = {
        e.code for e in playbook.entries if any("价格" in t.zh for _path, t in entry_texts(e))
    }
    found = driver.shown_codes()
    assert found == expected and "price_too_high" in found
    assert len(found) < len(playbook.entries)
    assert "of 13 entries shown" in page.entries.list.count.text()
    # Enter: on to the first entry found, shown on the right.
    driver.key(Key.Key_Return)
    assert driver.focus() is page.entries.list.tree
    assert driver.current_code() in found
    current = page.entries.list.entry(page.entries.list.current_id())
    assert current is not None and current.title.en in page.entries.view.toPlainText()

    driver.replace_text(search, "SUPPLIER")  # casefolded, any text of the entry
    found = driver.shown_codes()
    assert "has_supplier" in found
    driver.replace_text(search, "")
    driver.type("没有这种说法")
    assert page.entries.list.visible_ids() == []
    assert page.entries.list.message.isVisible()
    assert "没有这种说法" in page.entries.list.message.text()
    driver.replace_text(search, "")
    assert len(page.entries.list.visible_ids()) == len(playbook.entries)


# --- editing ---------------------------------------------------------------------------


def test_edit_the_chinese_text_and_an_answer(driver: Driver) -> None:
    page, db = driver.page, driver.db
    english_title = _stored(db, "price_too_high", "title")["en"]
    driver.click_entry("price_too_high")
    driver.language("zh")
    driver.key(Key.Key_F2)
    editor = page.entries.editor
    assert page.entries.editing and editor.lang == "zh"
    assert editor.fields["title"].words() == _stored(db, "price_too_high", "title")["zh"]
    driver.replace_text(editor.fields["title"].edit, "价格：太贵了（我们的说法）")
    benefit = editor.answers.blocks[0].inputs["benefit"]
    driver.replace_text(benefit.edit, "算总账，您一年能省下一成。")
    hints = editor.fields["true_or_false_hints"]
    hints.setFocus()
    driver.key(Key.Key_End, CTRL)
    driver.key(Key.Key_Return)
    driver.type("客户主动问折扣，多半是真异议。")
    assert editor.dirty
    driver.key(Key.Key_S, CTRL)
    driver.settle()
    assert not page.entries.editing
    assert _stored(db, "price_too_high", "title") == {
        "en": english_title,
        "zh": "价格：太贵了（我们的说法）",
    }
    hints_stored = _stored(db, "price_too_high", "true_or_false_hints")
    assert hints_stored[-1] == {"en": "", "zh": "客户主动问折扣，多半是真异议。"}
    answers = _stored_answers(db, "price_too_high")
    assert answers[0]["benefit"]["zh"] == "算总账，您一年能省下一成。"
    default = default_playbook().entry("price_too_high")
    assert default is not None
    assert answers[0]["benefit"]["en"] == default.answers[0].benefit.en
    # Shown again, in Chinese, selected; the English is as it was.
    assert driver.current_code() == "price_too_high"
    assert "价格：太贵了（我们的说法）" in page.entries.view.toPlainText()
    assert "保存" in driver.status() or "Saved" in driver.status()
    driver.language("en")
    assert english_title in driver.titles()


def test_a_text_without_words_in_either_language_is_not_saved(
    driver: Driver, questions: Questions
) -> None:
    page, db = driver.page, driver.db
    before = _rows(db)
    driver.click_entry("no_need")
    driver.key(Key.Key_Return)  # Enter edits too
    editor = page.entries.editor
    assert page.entries.editing
    for lang in ("en", "zh"):
        driver.language(lang)
        driver.replace_text(editor.fields["title"].edit, "")
        driver.replace_text(editor.answers.blocks[1].inputs["benefit"].edit, "")
    driver.key(Key.Key_S, CTRL)
    driver.settle()
    assert page.entries.editing, "the editor stays open with the typing"
    assert "English or Chinese" in editor.fields["title"].problem
    assert "English or Chinese" in editor.answers.blocks[1].inputs["benefit"].problem
    assert editor.answers.blocks[0].inputs["benefit"].problem == ""
    assert "2" in editor.summary.text()
    assert _rows(db) == before
    # Esc asks (the typing is not thrown away silently); Discard leaves it unsaved.
    driver.page.entries.editor.fields["title"].setFocus()
    asked = questions.answer(Button.Discard)
    driver.key(Key.Key_Escape)
    assert asked and asked[-1][0] == "unsavedPlaybook"
    assert not page.entries.editing
    assert _rows(db) == before


def test_delete_and_ctrl_z_bring_the_entry_back(driver: Driver) -> None:
    page, db = driver.page, driver.db
    driver.click_entry("has_supplier")
    entry_id = driver.entry_id("has_supplier")
    count = len(driver.titles())
    driver.key(Key.Key_Delete)
    driver.settle()
    assert _query(db, "SELECT deleted_at IS NOT NULL FROM objections WHERE id = ?", entry_id) == [
        (1,)
    ]
    assert len(driver.titles()) == count - 1
    assert "Ctrl+Z" in driver.status()
    assert page.entries.undo_button.isVisible()
    driver.key(Key.Key_Z, CTRL)
    driver.settle()
    assert _query(db, "SELECT deleted_at IS NULL FROM objections WHERE id = ?", entry_id) == [(1,)]
    assert len(driver.titles()) == count
    assert driver.current_code() == "has_supplier"
    assert not page.entries.undo_button.isVisible()

    # Ctrl+Z is also Edit > Undo delete (of a customer sheet): in the page, after an
    # entry was deleted, it brings the entry back and leaves the customers alone.
    window_undo = driver.window.action_registry["undo_delete"]
    window_undo.setEnabled(True)
    undone: list[bool] = []
    window_undo.triggered.connect(lambda: undone.append(True))
    driver.key(Key.Key_Delete)
    driver.settle()
    driver.key(Key.Key_Z, CTRL)
    driver.settle()
    assert _query(db, "SELECT deleted_at IS NULL FROM objections WHERE id = ?", entry_id) == [(1,)]
    assert not undone
    window_undo.setEnabled(False)


def test_a_new_entry_with_ctrl_n(driver: Driver) -> None:
    page, db = driver.page, driver.db
    driver.click_entry("price_too_high")
    driver.key(Key.Key_N, CTRL)  # also File > New customer sheet: here, a new entry
    assert page.entries.editing and driver.window._sheets is None
    editor = page.entries.editor
    assert editor.heading.text() == "New entry"
    assert editor.target.currentData() == ObjectionTarget.PRICE.value  # the group it was in
    assert driver.focus() is editor.fields["title"].edit
    driver.type("Samples are too small")
    editor.fields["customer_says"].setFocus()
    driver.type("Your free samples are too small to test.")
    driver.qtbot.mouseClick(editor.answers.add_button, Qt.MouseButton.LeftButton)
    block = editor.answers.blocks[0]
    assert driver.focus() is block.inputs["label"].edit
    for key, words in (
        ("label", "A real trial"),
        ("feature", "We lend a full unit for two weeks."),
        ("advantage", "You test it on your own line."),
        ("benefit", "You buy only what you have seen work."),
    ):
        block.inputs[key].setFocus()
        driver.type(words)
    driver.key(Key.Key_S, CTRL)
    driver.settle()
    # Every entry has its one sentence: the editor says so beside the field, with the focus.
    assert page.entries.editing
    revive = editor.fields["revive_sentence"]
    assert "English or Chinese" in revive.problem
    assert driver.focus() is revive.edit
    assert _query(db, "SELECT count(*) FROM objections WHERE code LIKE 'samples%'") == [(0,)]
    driver.type("Let me bring a unit you can keep for two weeks.")
    driver.key(Key.Key_S, CTRL)
    driver.settle()
    assert not page.entries.editing
    rows = _query(
        db,
        "SELECT target, directness, position FROM objections WHERE code = ?",
        "samples_are_too_small",
    )
    last = _query(db, "SELECT max(position) FROM objections")[0][0]
    assert rows == [("price", "direct", last)]
    assert _stored_answers(db, "samples_are_too_small")[0]["label"] == {
        "en": "A real trial",
        "zh": "",
    }
    assert driver.current_code() == "samples_are_too_small"
    assert "Samples are too small" in driver.titles()


def test_move_down_within_the_group(driver: Driver) -> None:
    db = driver.db
    group = [e.code for e in driver.playbook.for_target(ObjectionTarget.PERSON)]
    driver.click_entry(group[0])
    driver.key(Key.Key_Down, CTRL)
    driver.settle()
    order = [
        code
        for (code,) in _query(
            db,
            "SELECT code FROM objections WHERE target = 'person' AND deleted_at IS NULL "
            "ORDER BY position",
        )
    ]
    assert order == [group[1], group[0], *group[2:]]
    assert driver.current_code() == group[0]


def test_switching_entries_with_unsaved_typing_asks(driver: Driver, questions: Questions) -> None:
    page, db = driver.page, driver.db
    before = _rows(db)
    driver.click_entry("no_time")
    driver.key(Key.Key_F2)
    driver.replace_text(page.entries.editor.fields["title"].edit, "No time, typed")
    asked = questions.answer(Button.Cancel)
    driver.click_entry("not_now")
    assert asked[-1][0] == "unsavedPlaybook"
    assert page.entries.editing and driver.current_code() == "no_time"
    assert page.entries.editor.fields["title"].words() == "No time, typed"

    questions.answer(Button.Discard)
    driver.click_entry("not_now")
    assert not page.entries.editing and driver.current_code() == "not_now"
    assert _rows(db) == before

    driver.key(Key.Key_F2)
    driver.replace_text(page.entries.editor.fields["title"].edit, "Not now, typed")
    questions.answer(Button.Save)
    driver.click_entry("no_need")
    driver.settle()
    assert not page.entries.editing and driver.current_code() == "no_need"
    assert _stored(db, "not_now", "title")["en"] == "Not now, typed"

    # Opening another database asks too; Cancel keeps the window on this one.
    driver.click_entry("no_time")
    driver.key(Key.Key_F2)
    driver.replace_text(page.entries.editor.fields["title"].edit, "Kept")
    questions.answer(Button.Cancel)
    driver.window.open_database(db.with_name("other.db"))
    assert driver.window.db_path == db and page.entries.editing
    # So does quitting.
    questions.answer(Button.Cancel)
    driver.window.close()
    assert driver.window.isVisible() and page.entries.editing
    assert page.entries.editor.fields["title"].words() == "Kept"
    questions.answer(Button.Discard)
    driver.key(Key.Key_Escape)
    assert not page.entries.editing


def test_the_opener_and_tips(driver: Driver) -> None:
    page, db = driver.page, driver.db
    page.tabs.setCurrentIndex(1)
    assert default_playbook().opener.en in page.guide.view.toPlainText()
    driver.qtbot.mouseClick(page.guide.edit_button, Qt.MouseButton.LeftButton)
    driver.language("zh")
    tips = page.guide.tips
    lines = tips.words().split("\n")
    assert len(lines) == 4
    lines[1] = "客户永远是对的。"
    driver.replace_text(tips.edit, "\n".join(lines))
    driver.key(Key.Key_S, CTRL)
    driver.settle()
    assert not page.guide.editing
    stored = json.loads(str(_query(db, "SELECT tips FROM playbook_guides")[0][0]))
    assert stored[1] == {"en": default_playbook().tips[1].en, "zh": "客户永远是对的。"}
    assert "客户永远是对的。" in page.guide.view.toPlainText()


# --- files -----------------------------------------------------------------------------


def test_export_then_import_into_a_fresh_database(
    driver: Driver,
    questions: Questions,
    empty_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, first_db = driver.page, driver.db
    workspace = driver.window.workspace
    assert workspace is not None
    edited = workspace.playbook.entry(driver.entry_id("no_need"))
    workspace.playbook.save_entry(
        replace(edited, title=Text("No need, as we say it", "不需要（我们的说法）"))
    )
    workspace.playbook.save_entry(
        Entry(
            code="",
            target=ObjectionTarget.TIMING,
            directness=Directness.INDIRECT,
            title=Text("After the trade fair", "展会以后再说"),
            customer_says=Text("", "等展会结束再谈吧。"),
            true_or_false_hints=(),
            hidden_factors=(Text("", "预算要等展会后才定。"),),
            revive_sentence=Text("", "展会上您正好可以拿我们的方案做比较。"),
            answers=(
                Answer(Text("", "先比较"), Text("", "样品"), Text("", "省时"), Text("", "放心")),
            ),
            open_questions=(),
            closed_questions=(),
        )
    )
    page.reload()
    driver.settle()

    target = tmp_path / "our-playbook"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    driver.qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "our-playbook.json"
    driver.qtbot.waitUntil(written.exists, timeout=10000)
    driver.settle()
    assert "our-playbook.json" in driver.status()

    fresh = tmp_path / "fresh.db"
    shutil.copyfile(empty_template, fresh)
    with driver.qtbot.waitSignal(driver.window.workspace_attached, timeout=15000):
        driver.window.open_database(fresh)
    driver.wait_loaded()
    assert "After the trade fair" not in driver.titles()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(written), ""))
    )
    asked = questions.answer(Button.Ok)
    driver.qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    driver.settle()
    name, text = asked[-1]
    assert name == "playbookImport"
    assert "our-playbook.json" in text
    assert "add 1 new entry" in text and "update 1 entry" in text
    assert "After the trade fair" in text  # the details name them

    assert driver.window.workspace is not None
    fresh_playbook = driver.window.workspace.playbook.playbook()
    source, _ = open_workspace(first_db)
    try:
        assert fresh_playbook == source.playbook.playbook()
    finally:
        source.close()
    assert "After the trade fair" in driver.titles()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"{this is not json", "not a JSON file"),
        (json.dumps({"name": "my list", "items": [1, 2]}).encode(), "no such part"),
        (None, "Entry 3, kind of objection: Not a kind of objection"),
    ],
    ids=["not-json", "foreign-json", "bad-target"],
)
def test_a_bad_file_is_refused_and_changes_nothing(
    driver: Driver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes | None,
    said: str,
) -> None:
    if content is None:
        from repdesk.services.playbook import default_playbook_path

        data = json.loads(default_playbook_path().read_text(encoding="utf-8"))
        data["entries"][2]["target"] = "weather"
        data["entries"][0]["title"] = {"en": "Changed", "zh": "改了"}  # would be written
        content = json.dumps(data, ensure_ascii=False).encode("utf-8")
    bad = tmp_path / "shared-by-a-colleague.json"
    bad.write_bytes(content)
    before = _rows(driver.db)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    driver.qtbot.mouseClick(driver.page.import_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    driver.settle()
    assert "shared-by-a-colleague.json" in shown[0]
    assert "Nothing was imported" in shown[0]
    assert said in shown[0]
    assert _rows(driver.db) == before


# --- what works ------------------------------------------------------------------------


def test_what_works_shows_the_services_counts(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    driver = Driver(open_window(demo_db), qtbot)
    page = driver.page
    panel = page.what_works
    page.tabs.setCurrentIndex(WORKS_TAB)
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=15000)
    workspace = driver.window.workspace
    assert workspace is not None
    stats = workspace.playbook.stats()
    assert stats.objections, "the demo records objections"
    tree = panel.tree
    assert panel.stack.currentWidget() is tree
    rows = _top_items(tree)
    assert len(rows) == len(stats.objections)
    few_seen = False
    for item, objection in zip(rows, stats.objections, strict=True):
        assert [item.text(c) for c in range(1, 6)] == [
            str(objection.raised),
            str(objection.customers),
            str(objection.tally.agreed),
            str(objection.tally.refused),
            str(objection.tally.unknown),
        ]
        if objection.objection_id is None:
            assert "not in the playbook" in item.text(0)
        else:
            assert objection.title is not None and item.text(0) == objection.title.en
        assert item.childCount() == len(objection.answers)
        for row, answer in enumerate(objection.answers):
            child = item.child(row)
            assert child is not None
            tally = answer.tally
            if tally.decided:
                assert child.text(6) == f"{tally.agreed} of {tally.decided} agreed"
            if answer.answer_id is None:
                assert child.text(0) == "Answers typed in the visit"
            if tally.decided and tally.few:
                few_seen = True
                assert child.text(7) == "Too few to judge"  # 1 of 1 is not 100%
            elif tally.rate is not None:
                assert child.text(7).startswith(f"{round(tally.rate * 100)}% (likely")
    assert few_seen
    assert f"Objections raised: {stats.raised}" in panel.summary.text()

    # Another period: the service's numbers for the same dates.
    panel.period.setCurrentIndex(panel.period.findData("year"))
    driver.settle()
    since, until = panel.span()
    expected = workspace.playbook.stats(since, until)
    if expected.objections:
        assert tree.topLevelItemCount() == len(expected.objections)
    else:
        assert panel.stack.currentWidget() is panel.message

    # Double-click (Enter) on an objection: it opens in the playbook.
    panel.period.setCurrentIndex(panel.period.findData("all"))
    driver.settle()
    first = stats.objections[0]
    tree.setCurrentItem(_top_items(tree)[0])  # shown again: new rows
    tree.setFocus()
    driver.key(Key.Key_Return)
    assert page.tabs.currentIndex() == 0
    assert page.entries.list.current_id() == first.objection_id

    # Retired: an entry deleted, an answer removed from another; their numbers stay, marked.
    assert first.objection_id is not None and first.title is not None
    second = next(o for o in stats.objections[1:] if o.objection_id and len(o.answers) > 1)
    assert second.objection_id is not None
    kept = workspace.playbook.entry(second.objection_id)
    removed = kept.answers[0]
    workspace.playbook.save_entry(replace(kept, answers=kept.answers[1:]))
    workspace.playbook.delete_entry(first.objection_id)
    page.tabs.setCurrentIndex(WORKS_TAB)
    page.reload()
    driver.settle()
    names = {item.text(0): item for item in _top_items(tree)}
    assert f"{first.title.en} (deleted from the playbook)" in names
    assert second.title is not None
    children = names[second.title.en]
    labels = [c.text(0) for c in map(children.child, range(children.childCount())) if c]
    assert f"{removed.label.en} (removed from the playbook)" in labels


def test_what_works_on_an_empty_database(driver: Driver) -> None:
    panel = driver.page.what_works
    driver.page.tabs.setCurrentIndex(WORKS_TAB)
    driver.qtbot.waitUntil(lambda: panel.stats is not None, timeout=15000)
    assert panel.stack.currentWidget() is panel.message
    assert "No objections recorded in this period" in panel.message.text()
    assert "Objections raised: 0" in panel.summary.text()
