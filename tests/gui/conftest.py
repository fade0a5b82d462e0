"""GUI fixtures: the real application, built by app.run() on a real database file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from repdesk.gui.main_window import MainWindow

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
