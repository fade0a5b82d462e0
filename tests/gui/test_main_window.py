"""The main window driven as a rep would: areas, lists, sorting, demo offer, settings, errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area
from repdesk.gui.main_window import MainWindow
from repdesk.gui.settings_dialog import SettingsDialog
from repdesk.gui.views.list_page import ListPage
from tests.gui.conftest import OpenWindow

CJK = re.compile(r"[\u4e00-\u9fff]")


def _wait_loaded(qtbot: QtBot, page: ListPage) -> None:
    qtbot.waitUntil(lambda: page.has_loaded, timeout=15000)


def _click_header(qtbot: QtBot, page: ListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_six_areas_with_shortcuts(open_window: OpenWindow, demo_db: Path, qtbot: QtBot) -> None:
    window = open_window(demo_db)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == ["Today", "Customers", "Prospect diary", "Visits", "Objections", "Reports"]
    window.activateWindow()
    qtbot.waitExposed(window)
    for number, area in enumerate(Area, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area
    assert str(demo_db) in window.db_label.text()


def test_the_window_carries_the_app_icon_and_desktop_id(
    open_window: OpenWindow, demo_db: Path
) -> None:
    """The icon drawn from resources/icons/repdesk.svg, and the id that ties the window to
    its desktop entry (packaging/linux/org.repdesk.RepDesk.desktop) on Wayland and GNOME."""
    window = open_window(demo_db)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.desktopFileName() == "org.repdesk.RepDesk"
    assert (
        Path(__file__).parents[2] / "packaging" / "linux" / "org.repdesk.RepDesk.desktop"
    ).is_file()
    for size in (16, 32, 256):
        pixmap = window.windowIcon().pixmap(size, size)
        assert pixmap.width() == size
        image = pixmap.toImage()
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank


def test_every_list_shows_the_real_rows(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot, qtmodeltester: object
) -> None:
    window = open_window(demo_db)
    assert window.workspace is not None
    for area in (Area.CUSTOMERS, Area.VISITS):  # the diary, the playbook: their own tests
        window.show_area(area)
        page = window.list_page(area)
        _wait_loaded(qtbot, page)
        expected = window.workspace.listing(area).count()
        assert expected > 0, area
        assert page.model.rowCount() == expected
        assert page.stack.currentWidget() is page.table
        assert str(expected) in page.count_label.text().replace(",", "")
        first = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
        assert any(first), (area, first)
        qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_clicking_a_header_sorts_the_customers(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    from repdesk.services.collation import sort_key

    window = open_window(demo_db)
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    _wait_loaded(qtbot, page)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == sorted(names, key=sort_key)  # pinyin order, Chinese among English
    assert any(CJK.search(n) for n in names) and any(n.isascii() for n in names)

    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click_header(qtbot, page, 0)  # the same column again: descending
    assert page.model.index(0, 0).data() == names[-1]

    city_column = next(i for i, c in enumerate(page.model.columns) if c.key == "city")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click_header(qtbot, page, city_column)
    cities = [page.model.index(r, city_column).data() for r in range(page.model.rowCount())]
    assert cities == sorted(cities, key=sort_key)  # pinyin order too


def test_today_shows_the_demo_day(open_window: OpenWindow, demo_db: Path) -> None:
    window = open_window(demo_db)
    today = window.today_page
    assert today.visits.isVisible() or not window.isVisible()
    assert today.signals.tree.topLevelItemCount() > 0
    assert not today.demo_offer.isVisibleTo(window)
    assert "(" in today.signals.title()


def test_an_empty_database_offers_demo_data(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    window = open_window(empty_db)
    offer = window.today_page.demo_offer
    assert offer.isVisibleTo(window)
    assert window.today_page.visits.empty.text() == "No visits planned for today."
    customers = window.list_page(Area.CUSTOMERS)
    window.show_area(Area.CUSTOMERS)
    _wait_loaded(qtbot, customers)
    assert customers.stack.currentWidget() is customers.message
    assert "No customers yet" in customers.message.text()

    with qtbot.waitSignal(window.today_loaded, timeout=60000):
        qtbot.mouseClick(offer.load_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisibleTo(window)
    qtbot.waitUntil(lambda: customers.model.rowCount() > 0, timeout=15000)
    assert not window.action_registry["load_demo"].isEnabled()


def test_dismissing_the_demo_offer_is_remembered(
    open_window: OpenWindow, empty_db: Path, qtbot: QtBot
) -> None:
    from repdesk.settings import Settings

    window = open_window(empty_db)
    qtbot.mouseClick(window.today_page.demo_offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert Settings.load().demo_offer_dismissed
    window.close()
    again = open_window(empty_db)
    assert not again.today_page.demo_offer.isVisibleTo(again)
    assert again.action_registry["load_demo"].isEnabled()  # still in the File menu


def test_a_bad_database_file_is_explained_and_left_alone(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    bad = tmp_path / "客户.db"
    bad.write_text("this is not a database", encoding="utf-8")
    window = open_window(bad, wait="none")
    with qtbot.waitSignal(window.store_failed, timeout=15000):
        pass
    box = window.findChild(QMessageBox, "storeProblem")
    assert box is not None and box.isVisible()
    assert str(bad) in box.text() and "not a RepDesk database" in box.text()
    assert bad.read_text(encoding="utf-8") == "this is not a database"
    assert window.workspace is None
    page = window.list_page(Area.CUSTOMERS)
    assert "No database is open" in page.message.text()
    box.accept()


def test_settings_are_edited_and_saved(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    from repdesk.settings import config_dir

    window = open_window(demo_db)
    window.action_registry["settings"].trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    dialog.rep_name.setText("王小明")
    dialog.team.setText("华南区")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() in ("OK", "&OK"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert (saved["rep_name"], saved["team"], saved["language"]) == ("王小明", "华南区", "zh_CN")
    assert "next time RepDesk starts" in window.statusBar().currentMessage()


def test_about_names_the_version_and_database(open_window: OpenWindow, demo_db: Path) -> None:
    from repdesk import __version__

    window = open_window(demo_db)
    window.action_registry["about"].trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    assert __version__ in box.text() and str(demo_db) in box.text()
    box.accept()


def test_the_window_speaks_chinese(open_window: OpenWindow, demo_db: Path, qtbot: QtBot) -> None:
    window: MainWindow = open_window(demo_db, "--lang", "zh_CN")
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert all(CJK.search(label) for label in labels), labels
    assert CJK.search(window.menuBar().actions()[0].text())
    page = window.list_page(Area.CUSTOMERS)
    window.show_area(Area.CUSTOMERS)
    _wait_loaded(qtbot, page)
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert all(CJK.search(h) for h in headers), headers
    assert CJK.search(page.count_label.text())
    app = QApplication.instance()
    assert app is not None


def test_a_failing_task_is_shown_without_blocking(empty_db: Path, qtbot: QtBot) -> None:
    from repdesk.app import run

    result = run(["--db", str(empty_db)], exec_=False)
    assert not isinstance(result, int)
    _, window = result
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace_attached, timeout=15000):
        pass

    def broken() -> None:
        raise OSError("disk unplugged")

    with qtbot.waitSignal(window.task_failed, timeout=5000) as failed:
        window.runner.run(broken)
    assert isinstance(failed.args[0], OSError)
    box = window.findChild(QMessageBox, "taskError")
    assert box is not None
    assert box.isVisible()
    assert "disk unplugged" in box.text()
    box.accept()
    window.close()


def test_a_changed_row_shows_after_mark_stale_without_a_reset(
    open_window: OpenWindow, demo_db: Path, qtbot: QtBot
) -> None:
    """The change-notification path: the cache is dropped, the ids and the view stay."""
    import sqlite3
    from contextlib import closing

    window = open_window(demo_db)
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    _wait_loaded(qtbot, page)
    first = page.model.index(0, 0)
    customer_id = first.data(Qt.ItemDataRole.UserRole)
    assert first.data()  # fetched and cached now, whether or not the view has painted yet
    with closing(sqlite3.connect(demo_db)) as connection:
        connection.execute(
            "UPDATE customers SET name = '阿尔法测试公司' WHERE id = ?", (customer_id,)
        )
        connection.commit()
    assert first.data() != "阿尔法测试公司"  # still the cached row
    with (
        qtbot.assertNotEmitted(page.model.modelReset),
        qtbot.waitSignal(page.model.dataChanged),
    ):
        page.model.mark_stale()
    assert first.data() == "阿尔法测试公司"
