"""Type-to-search on the Customers list, typed as a rep types: Chinese through an input method."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.gui.views.list_page import ListPage
from tests.gui.conftest import OpenWindow, commit_text


def _customers(open_window: OpenWindow, db: Path, qtbot: QtBot) -> ListPage:
    window = open_window(db)
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    qtbot.waitUntil(lambda: page.has_loaded and page._index is not None, timeout=15000)
    page.search_box.setFocus()
    return page


def _names(page: ListPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def _chinese_fragment(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        (name,) = connection.execute(
            "SELECT name FROM customers WHERE name LIKE '%有限公司' ORDER BY id LIMIT 1"
        ).fetchone()
    return str(name)[2:4]  # e.g. 华信 of 深圳华信电子有限公司


def test_typing_chinese_filters_as_you_type(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, qtmodeltester: object
) -> None:
    page = _customers(open_window, demo_db, qtbot)
    total = page.model.rowCount()
    fragment = _chinese_fragment(demo_db)

    commit_text(page.search_box, fragment[0])  # one character already narrows the list
    one = page.model.rowCount()
    assert 0 < one < total
    commit_text(page.search_box, fragment[1])
    assert page.search_box.text() == fragment
    names = _names(page)
    assert 0 < len(names) <= one
    assert any(fragment in name for name in names)
    assert "Matches" in page.count_label.text()
    assert not page.table.horizontalHeader().sectionsClickable()  # matches are in name order
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=10000)
    assert page.table.horizontalHeader().sectionsClickable()


def test_the_last_four_digits_of_a_phone_find_its_customer(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    with closing(sqlite3.connect(demo_db)) as connection:
        customer_id, name, phone = connection.execute(
            "SELECT c.id, c.name, p.phone FROM people p JOIN customers c ON c.id = p.customer_id "
            "WHERE p.phone LIKE '1%' ORDER BY p.id LIMIT 1"
        ).fetchone()
    page = _customers(open_window, demo_db, qtbot)
    qtbot.keyClicks(page.search_box, phone.replace(" ", "")[-4:])
    ids = [page.model.index(r, 0).data(256) for r in range(page.model.rowCount())]
    assert customer_id in ids
    assert name in _names(page)


def test_more_matches_arrive_as_the_rep_scrolls(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, qtmodeltester: object
) -> None:
    page = _customers(open_window, demo_db, qtbot)
    page.search_page = 5
    qtbot.keyClicks(page.search_box, "e")
    assert page.model.rowCount() == 5
    assert page.model.canFetchMore()
    assert "more than 5" in page.count_label.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 5, timeout=5000)
    shown = [page.model.index(r, 0).data(256) for r in range(page.model.rowCount())]
    assert page._index is not None
    everything = page._index.search("e", limit=10_000).ids
    assert shown == everything[: len(shown)]  # pages continue in order, none repeated
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_no_match_says_so(open_window: OpenWindow, demo_db: Path, qtbot: QtBot) -> None:
    page = _customers(open_window, demo_db, qtbot)
    commit_text(page.search_box, "没有这样的客户")
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.message
    assert "没有这样的客户" in page.message.text()
