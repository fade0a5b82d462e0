"""Keystroke to screen on the Customers list, 100,000 customers (issue 3: under 30 ms at p95).

Each keystroke is a real key event (or an input method's commit, for Chinese)
sent to the search box; the time runs until the model has reset and the
event loop has processed the repaint.
"""

from __future__ import annotations

import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from repdesk.domain.areas import Area


def _type(widget: Any, ch: str) -> None:
    if ch.isascii():
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def test_keystroke_to_screen(benchmark: Any, big_db: Path, qtbot: QtBot, tmp_path: Path) -> None:
    from repdesk.app import run

    result = run(["--db", str(big_db)], exec_=False)
    assert not isinstance(result, int)
    app, window = result
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace_attached, timeout=60000):
        pass
    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    qtbot.waitUntil(lambda: page.has_loaded and page._index is not None, timeout=60000)

    with closing(sqlite3.connect(big_db)) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM customers LIMIT 60")]
    rng = random.Random(5)
    words = []
    for name in names:
        start = rng.randrange(max(1, len(name) - 4))
        words.append(name[start : start + 4])
    samples: list[float] = []

    def type_all() -> None:
        for word in words:
            page.search_box.clear()
            app.processEvents()
            for ch in word:
                started = time.perf_counter()
                _type(page.search_box, ch)
                app.processEvents()  # the reset and the repaint
                samples.append(time.perf_counter() - started)

    benchmark.group = "customer search, 100,000 customers"
    benchmark.pedantic(type_all, rounds=1, iterations=1)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95)]
    print(f"\nkeystroke to screen: median {samples[len(samples) // 2] * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms over {len(samples)} keystrokes")  # fmt: skip
    window.close()
    if p95 >= 0.030:
        pytest.fail(f"keystroke to screen p95 {p95 * 1000:.1f} ms (target 30 ms)")
