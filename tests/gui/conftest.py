"""GUI fixtures: the real application, built by app.run() on a real database file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from repdesk.gui.main_window import MainWindow
from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.sheet.window import SheetWindow
from repdesk.services.workspace import Workspace, open_workspace

OpenWindow = Callable[..., MainWindow]


def commit_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it (the rep picks 华信 from its candidates);
    QTest.keyClicks cannot type non-ASCII text."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def open_window(qtbot: QtBot, qapp: QApplication) -> Iterator[OpenWindow]:
    """Start RepDesk on a database as ``repdesk --db PATH [args]`` would, then wait for it."""
    from repdesk.app import run

    windows: list[MainWindow] = []
    failures: list[BaseException] = []

    def start(db: Path, *args: str, wait: str = "attached") -> MainWindow:
        result = run(["--db", str(db), *args], exec_=False)
        assert not isinstance(result, int)
        _, window = result
        qtbot.addWidget(window)
        windows.append(window)
        window.task_failed.connect(failures.append)
        if wait == "attached":
            # Today may show first from the start-up peek; wait for the store itself,
            # then for the Today it loads.
            with qtbot.waitSignal(window.workspace_attached, timeout=15000):
                pass
            with qtbot.waitSignal(window.today_loaded, timeout=15000):
                pass
        return window

    yield start
    for window in windows:
        window.close()
    # A background task that raised is a failed test, even if the widgets looked fine.
    assert not failures, f"background tasks failed: {failures!r}"
    from repdesk.gui.i18n import install_translators

    install_translators(qapp, "en")


def query(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    """Read the database file behind the GUI's back, to check what was really written."""
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql, args).fetchall()


OpenSheet = Callable[[str | None], SheetWindow]


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    ws, _ = open_workspace(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def sheet_failures() -> list[BaseException]:
    """Errors the sheet windows of ``open_sheet`` report; the fixture fails on any."""
    return []


@pytest.fixture
def open_sheet(
    qtbot: QtBot, workspace: Workspace, sheet_failures: list[BaseException]
) -> Iterator[OpenSheet]:
    """Sheet windows on the demo database, with their own worker, closed without asking."""
    runner = TaskRunner()
    runner.error.connect(sheet_failures.append)  # what the care box hands to the error report
    windows: list[SheetWindow] = []

    def start(customer_id: str | None) -> SheetWindow:
        window = SheetWindow(workspace, runner, customer_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.failed.connect(sheet_failures.append)
        # Not qtbot.addWidget: pytest-qt closes its widgets before this fixture's teardown,
        # and a sheet with unsaved edits would ask (modally) whether to save them.
        with qtbot.waitSignal(window.loaded, timeout=10000):
            window.show()
        windows.append(window)
        return window

    yield start
    runner.wait(10000)
    for window in windows:
        window.sheet = None  # no unsaved-changes question while tearing down
        window.close()
        window.deleteLater()
    assert not sheet_failures, f"sheet tasks failed: {sheet_failures!r}"


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A worker of the test's own; the test fails on any error it reports."""
    tasks = TaskRunner()
    errors: list[BaseException] = []
    tasks.error.connect(errors.append)
    yield tasks
    tasks.wait(30000)
    assert not errors, errors


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    """A plain main window to parent dialogs and previews."""
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def print_failure_box(qtbot: QtBot, window: QWidget, object_name: str) -> QMessageBox:
    """The box that explains a PDF that could not be made (waited for, then returned):
    it names the font setting a rep can fix."""

    def shown() -> QMessageBox | None:
        box = window.findChild(QMessageBox, object_name)
        return box if isinstance(box, QMessageBox) and box.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=30000)
    box = shown()
    assert box is not None
    assert "REPDESK_CJK_FONT" in box.text()
    return box


class Questions:
    """Every modal message box is answered from here, never left open.

    ``answer(...)`` queues the buttons to press; a question nobody expected is
    answered Discard (so that closing the window at the end goes on) and fails the test.
    A question is (objectName, text, then the details on a line of their own if any).
    """

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.unexpected: list[tuple[str, str]] = []
        self._queue: list[QMessageBox.StandardButton] = []

    def answer(self, *buttons: QMessageBox.StandardButton) -> list[tuple[str, str]]:
        self._queue.extend(buttons)
        return self.asked

    def exec_(self, box: QMessageBox) -> int:
        details = box.detailedText()
        question = (box.objectName(), box.text() + (f"\n{details}" if details else ""))
        if not self._queue:
            self.unexpected.append(question)
            return int(QMessageBox.StandardButton.Discard.value)
        self.asked.append(question)
        return int(self._queue.pop(0).value)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[Questions]:
    """Modal message boxes answered by the test (see Questions)."""
    answers = Questions()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.exec_(box))
    yield answers
    assert not answers.unexpected, f"unexpected questions: {answers.unexpected}"
