"""Cold start: a new process until the window is on screen, and until Today shows its data.

Measured side by side with a bare PySide6 QMainWindow in the same run, as the
foundation issue asks: the window within 1.5x the bare window's time, Today's
data within 4x. Each round is a fresh interpreter (cold for Python, warm for the
OS file cache, like a rep's second start of the day).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7
MEDIANS: dict[str, float] = {}

# Each child prints one line when the moment measured has come: after its window's
# first paint, timed as MainWindow.first_painted times it (a zero timer from the first
# paintEvent). A zero timer started right after show() fires before the first paint
# (the expose that triggers it is handled later in the same loop turn), offscreen and
# on X11 alike, so the bare window's time did not include its paint.
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: print("ready", flush=True))

app = QApplication([])
window = Window()
window.resize(1200, 760)
window.show()
app.exec()
"""

# RepDesk's modules are imported before PySide6, as the repdesk command imports them:
# PySide6 6.10+ reads the source of every module imported after it (looking for its
# opt-in __feature__ switches), which a real start does for the GUI modules only.
REPDESK = """
import sys
from repdesk.app import run
from PySide6.QtCore import QTimer
app, window = run(["--db", sys.argv[1]], exec_=False)

def ready():
    if sys.argv[2] == "today":
        assert window.today_page.signals.tree.topLevelItemCount() > 0
    print("ready", flush=True)

if sys.argv[2] == "window":
    window.first_painted.connect(ready)
else:
    window.today_loaded.connect(lambda: QTimer.singleShot(0, ready))
    window.store_failed.connect(lambda error: sys.exit(f"cannot open: {error}"))
app.exec()
"""


@pytest.fixture(scope="module", autouse=True)
def _bytecode() -> None:
    """RepDesk compiled, as an installed copy and every start after the first have it.
    An environment with PYTHONDONTWRITEBYTECODE set (some shells and CI images) would
    otherwise compile the start-up modules from source in every round (~15 ms)."""
    compileall.compile_dir(ROOT / "repdesk", quiet=1)


def _run(code: str, *args: str, config: Path) -> None:
    """Start a fresh interpreter and return when it says "ready"; then end it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPDESK_CONFIG_DIR": str(config)}
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        child.kill()
        _, errors = child.communicate(timeout=30)
    assert line.strip() == "ready", f"the child did not get ready: {errors}"


def _measure(benchmark: Any, name: str, code: str, *args: str, config: Path) -> None:
    benchmark.group = "cold start, 100,000 customers"
    benchmark.pedantic(
        _run,
        args=(code, *args),
        kwargs={"config": config},
        rounds=ROUNDS,
        iterations=1,
        warmup_rounds=1,
    )
    MEDIANS[name] = benchmark.stats.stats.median


def test_bare_qt_window(benchmark: Any, tmp_path: Path) -> None:
    _measure(benchmark, "bare", BARE, config=tmp_path)


def test_repdesk_window_shown(benchmark: Any, big_db: Path, tmp_path: Path) -> None:
    _measure(benchmark, "window", REPDESK, str(big_db), "window", config=tmp_path)


def test_repdesk_today_loaded(benchmark: Any, big_db: Path, tmp_path: Path) -> None:
    _measure(benchmark, "today", REPDESK, str(big_db), "today", config=tmp_path)


def test_targets() -> None:
    if set(MEDIANS) != {"bare", "window", "today"}:
        pytest.skip("run the whole module to compare")
    window = MEDIANS["window"] / MEDIANS["bare"]
    today = MEDIANS["today"] / MEDIANS["bare"]
    print(
        f"\nbare {MEDIANS['bare']:.3f} s, window {MEDIANS['window']:.3f} s ({window:.2f}x), "
        f"today {MEDIANS['today']:.3f} s ({today:.2f}x)"
    )
    assert window <= 1.5, f"window on screen in {window:.2f}x the bare window (target 1.5x)"
    assert today <= 4.0, f"Today's data in {today:.2f}x the bare window (target 4x)"
