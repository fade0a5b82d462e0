"""Benchmark fixtures: the 100,000-customer demo database, made once per run.

``REPDESK_BENCH_DB=/tmp/demo100k.db`` reuses a database made earlier with
``repdesk demo --customers 100000`` (saves the ~30 s of making one); the
benchmarks that write copy it first.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from repdesk.gui.main_window import MainWindow
    from repdesk.gui.views.list_page import ListPage

BIG = 100_000


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("REPDESK_BENCH_DB")
    if given:
        return Path(given)
    from repdesk.db.store import open_store
    from repdesk.services.demo import fill_demo

    path = tmp_path_factory.mktemp("bench") / "demo-100k.db"
    store = open_store(path)
    fill_demo(store, BIG, seed=1)
    store.analyze()  # as Workspace.fill_demo does
    store.close()
    return path


def open_window(db: Path, qtbot: QtBot) -> tuple[QApplication, MainWindow]:
    """RepDesk as ``repdesk --db DB`` starts it, once the store is attached."""
    from repdesk.app import run

    result = run(["--db", str(db)], exec_=False)
    assert not isinstance(result, int)
    app, window = result
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace_attached, timeout=60000):
        pass
    return app, window


def customers_ready(window: MainWindow, qtbot: QtBot) -> ListPage:
    """The Customers list with its rows, book and search index loaded."""
    from repdesk.domain.areas import Area

    window.show_area(Area.CUSTOMERS)
    page = window.list_page(Area.CUSTOMERS)
    qtbot.waitUntil(
        lambda: page.has_loaded and page._index is not None and page._book is not None,
        timeout=120000,
    )
    return page


def percentile(samples: Sequence[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def summary(samples: Sequence[float]) -> str:
    """Median, p95 and worst, in ms."""
    return (
        f"median {statistics.median(samples) * 1000:.1f} ms, "
        f"p95 {percentile(samples, 0.95) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms"
    )


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def until_painted(
    app: QApplication, painted: Callable[[], int], before: int, what: str, timeout: float = 30
) -> None:
    """Spin the event loop until ``painted()`` counts more paints than ``before``."""
    deadline = time.perf_counter() + timeout
    while painted() <= before:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{what} never painted")
        if painted() <= before:
            time.sleep(0.0002)
