"""Start-up stays cheap: the window paints before any heavy library is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from repdesk.settings import Settings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from repdesk.gui.main_window import MainWindow
from repdesk.gui.tasks import TaskRunner
window = MainWindow(Settings(), TaskRunner(), Settings().database_path)
window.show()
app.processEvents()
heavy = sorted(m for m in ("sqlalchemy", "alembic", "matplotlib", "reportlab") if m in sys.modules)
print("heavy:", ",".join(heavy))
"""


def test_the_window_shows_before_the_database_libraries_load(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPDESK_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: \n" in result.stdout + "\n", result.stdout


def test_no_display_gives_a_clear_message(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["REPDESK_CONFIG_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "repdesk", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    if not sys.platform.startswith("linux"):
        return
    assert result.returncode == 2
    assert "RepDesk needs a display" in result.stderr
    assert not (tmp_path / "x.db").exists()
