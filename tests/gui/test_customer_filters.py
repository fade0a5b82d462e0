"""The Customers list's filter bar, its new columns, opening a row and refreshing saved sheets."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.domain.enums import CustomerStatus, DissatisfactionSignal
from repdesk.gui.main_window import MainWindow
from repdesk.gui.views.list_page import ListPage
from tests.gui.conftest import OpenWindow


def _customers(open_window: OpenWindow, db: Path, qtbot: QtBot) -> tuple[MainWindow, ListPage]:
    window = open_window(db)
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    qtbot.waitUntil(
        lambda: page.has_loaded and page._book is not None and page._index is not None,
        timeout=15000,
    )
    return window, page


def _pick(page: ListPage, field: str, text: str) -> None:
    """Choose a value from a filter button's menu, as a click on the menu entry does."""
    assert page.filter_bar is not None
    button = page.filter_bar.choices[field]
    menu = button.menu()
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == text)
    action.trigger()


def _ids(page: ListPage) -> list[str]:
    return list(page.model.ids)


def _column(page: ListPage, key: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.key == key)


def _query(db: Path, sql: str) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return [r[0] for r in connection.execute(sql)]


ORDER = " ORDER BY sort_key, id"
LIVE = "SELECT id FROM customers c WHERE deleted_at IS NULL"
AT_RISK = (
    " AND EXISTS (SELECT 1 FROM dissatisfaction_signals s WHERE s.customer_id = c.id"
    " AND s.resolved_on IS NULL AND s.deleted_at IS NULL)"
)


def test_filters_narrow_the_list_count_it_and_combine_with_search(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, qtmodeltester: object
) -> None:
    _, page = _customers(open_window, demo_db, qtbot)
    bar = page.filter_bar
    assert bar is not None
    total = page.model.rowCount()
    assert not bar.clear_button.isEnabled()

    with qtbot.waitSignal(page.loaded, timeout=5000):
        _pick(page, "status", "Customer")
    customers = _query(demo_db, LIVE + " AND status = 'customer'" + ORDER)
    assert 0 < len(customers) < total
    assert _ids(page) == customers
    assert bar.choices["status"].text() == "Status: Customer"
    assert bar.choices["status"].isChecked()
    assert f"{len(customers)} of {total:,}" in page.count_label.text()

    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(bar.at_risk, Qt.MouseButton.LeftButton)
    at_risk = _query(demo_db, LIVE + " AND status = 'customer'" + AT_RISK + ORDER)
    assert 0 < len(at_risk) < len(customers)
    assert _ids(page) == at_risk
    risk = _column(page, "at_risk")
    assert {page.model.index(r, risk).data() for r in range(page.model.rowCount())} == {"At risk"}
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    # Typing searches within the filters.
    names = _query(demo_db, LIVE + " AND status = 'customer'" + AT_RISK + ORDER)
    name = _query(demo_db, f"SELECT name FROM customers WHERE id = '{names[0]}'")[0]
    page.search_box.setText(name[:2])
    shown = _ids(page)
    assert names[0] in shown
    assert set(shown) <= set(at_risk)
    assert page._index is not None
    unfiltered = page._index.search(name[:2], limit=100_000).ids
    assert shown == [i for i in unfiltered if i in set(at_risk)]

    # Clear: the search alone again, then the whole book.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert _ids(page) == unfiltered[: page.search_page]
    assert not bar.at_risk.isChecked()
    assert bar.choices["status"].text() == "Status"
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=5000)
    assert "Customers and prospects" in page.count_label.text()


def test_visit_filters_and_an_empty_result(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    _, page = _customers(open_window, demo_db, qtbot)
    never = _query(
        demo_db,
        LIVE + " AND NOT EXISTS (SELECT 1 FROM visit_records r WHERE r.customer_id = c.id"
        " AND r.deleted_at IS NULL)" + ORDER,
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _pick(page, "last_visit", "Never visited")
    assert _ids(page) == never
    today = date.today().isoformat()
    planned = _query(
        demo_db,
        LIVE + " AND EXISTS (SELECT 1 FROM visit_plans p WHERE p.customer_id = c.id"
        f" AND p.deleted_at IS NULL AND p.status = 'planned' AND p.appointment_at >= '{today}')"
        + ORDER,
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _pick(page, "next_visit", "None planned")
    assert _ids(page) == [i for i in never if i not in set(planned)]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _pick(page, "value_tier", "VIP")
        _pick(page, "status", "Prospect")  # prospects have no tier: nothing passes
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.message
    assert "filters" in page.message.text()


def test_lead_sources_are_offered_and_filter(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    _, page = _customers(open_window, demo_db, qtbot)
    assert page.filter_bar is not None
    menu = page.filter_bar.choices["lead_source_id"].menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Any", "Target customer list", "Existing customer"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _pick(page, "lead_source_id", "Customer referral")
    expected = _query(
        demo_db,
        LIVE + " AND lead_source_id = (SELECT id FROM lead_sources WHERE code = "
        "'customer_referral')" + ORDER,
    )
    assert expected
    assert _ids(page) == expected


def test_sorting_a_new_column_and_a_filter_together(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    _, page = _customers(open_window, demo_db, qtbot)
    risk = _column(page, "at_risk")
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(risk) + header.sectionSize(risk) // 2
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    at_risk = set(_query(demo_db, LIVE + AT_RISK))
    assert set(_ids(page)[: len(at_risk)]) == at_risk  # the flagged ones first
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _pick(page, "status", "Customer")
    assert set(_ids(page)[: len(at_risk)]) <= at_risk  # still sorted, now filtered


def test_double_click_and_enter_open_a_customer(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    _, page = _customers(open_window, demo_db, qtbot)
    page.table.resize(900, 500)
    rect = page.table.visualRect(page.model.index(2, 0))
    viewport = page.table.viewport()
    with qtbot.waitSignal(page.activated, timeout=2000) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.ids[2]]

    page.search_box.setFocus()
    page.search_box.setText("a")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # on to the matches, the first current
    assert page.current_id() == page.model.ids[0]
    with qtbot.waitSignal(page.activated, timeout=2000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.ids[0]]


def test_refresh_records_after_saves_keeps_the_place_and_the_index(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    window, page = _customers(open_window, demo_db, qtbot)
    workspace = window.workspace
    assert workspace is not None
    service = workspace.customers
    ids = _ids(page)
    current = ids[150]
    page.table.selectRow(150)
    page.table.scrollTo(page.model.index(150, 0))
    index_before = page._index
    book_before = page._book

    sheet = service.load(ids[10])
    sheet.customer.name = "Aaron Moved Ltd"
    service.save(sheet)
    service.raise_signal(current, DissatisfactionSignal.NEW_STRATEGY, date.today())
    deleted = ids[20]
    service.delete(deleted)
    new_sheet = service.load(ids[30])
    new_sheet.customer.name = "Zzyzx Neue GmbH"
    (created,) = service.create_many([new_sheet])

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh_records([ids[10], current, deleted, created])
    assert page._index is index_before  # updated in place, not rebuilt
    assert page._book is book_before
    shown = _ids(page)
    assert shown[0] == ids[10]  # "aaron" sorts first now
    assert deleted not in shown
    assert created in shown
    assert page.current_id() == current  # the rep's place is kept
    row = page.model.row_of(current)
    assert row is not None
    assert page.model.index(row, _column(page, "at_risk")).data() == "At risk"
    assert page.model.index(0, 0).data() == "Aaron Moved Ltd"

    page.search_box.setText("zzyzx neue")
    assert _ids(page) == [created]
    page.search_box.setText("aaron moved")
    assert _ids(page) == [ids[10]]


def test_the_filter_bar_fits_the_window(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    window, page = _customers(open_window, demo_db, qtbot)
    assert page.filter_bar is not None
    buttons = page.filter_bar.findChildren(QToolButton)
    assert len(buttons) == 11
    assert page.filter_bar.sizeHint().width() < window.width() - 200
    _pick(page, "lead_source_id", "Customer referral")
    _pick(page, "last_visit", "Not in 90 days")
    _pick(page, "status", CustomerStatus.CUSTOMER.value.title())
    _pick(page, "strategy", "Maintain or acquire")
    assert page.filter_bar.sizeHint().width() < window.width() - 200
    assert window.minimumSizeHint().width() < 1000
