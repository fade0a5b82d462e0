"""A visit record being written survives a killed process: the next start offers it back.

A child process opens RepDesk offscreen, types into a visit's record, waits
for the autosave, says so and is killed (SIGKILL: no close, no clean-up).
This process then opens the same database as the rep's next start does.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repdesk.db.store import open_store
from repdesk.domain.diary import DiaryRow
from repdesk.services.workspace import Workspace
from tests.gui.conftest import OpenWindow
from tests.gui.conftest import query as _query

TYPED = "见了采购部李经理 <b>&amp; 谈了交货期"

_CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    from repdesk.app import run

    db, plan_id, text = sys.argv[1], sys.argv[2], sys.argv[3]
    app, window = run(["--db", db, "--lang", "en"], exec_=False)
    app.processEvents()

    def attached():
        visit = window.visit_windows.open_plan(window.workspace, plan_id)

        def type_in():
            edit = visit.record_page.summary.edit
            edit.setFocus()
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(edit, event)
            visit.record_saved.connect(lambda *a: (print("SAVED", flush=True)))

        visit.loaded.connect(lambda: QTimer.singleShot(100, type_in))

    window.workspace_attached.connect(attached)
    app.exec()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_gives_the_draft_back(
    open_window: OpenWindow,
    empty_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    workspace = Workspace(open_store(empty_db))
    at = datetime.combine(date.today() + timedelta(days=1), datetime.min.time()).replace(hour=10)
    saved = workspace.diary.save(DiaryRow(date.today(), "Acme Ltd", appointment_at=at))
    plan_id = saved.line.visit_plan_id
    assert plan_id is not None
    workspace.close()

    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path.cwd())}
    with subprocess.Popen(
        [sys.executable, str(script), str(empty_db), plan_id, TYPED],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()  # blocks until the autosave has committed
            assert line.strip() == "SAVED", line
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(30)
    assert child.returncode == -signal.SIGKILL
    assert _query(empty_db, "SELECT summary, is_draft FROM visit_records") == [(TYPED, 1)]

    window = open_window(empty_db)
    offer = window.today_page.drafts_offer
    qtbot.waitUntil(offer.isVisible, timeout=10000)
    assert "1 visit record" in offer.text.text()
    qtbot.mouseClick(offer.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.visit_windows.windows()) == 1, timeout=10000)
    assert not offer.isVisible()
    (visit,) = window.visit_windows.windows()
    qtbot.waitUntil(lambda: visit.record_page.summary.edit.toPlainText() == TYPED, timeout=10000)
    window.runner.wait(10000)
    visit.close()
