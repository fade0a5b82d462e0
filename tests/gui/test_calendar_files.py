"""File > Export visits to a calendar / Import appointments, through the real window."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from repdesk.domain.diary import DiaryRow
from tests.gui.conftest import OpenWindow
from tests.gui.conftest import query as _query


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.detailedText())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_planned_visits_go_out_and_appointments_come_in(
    open_window: OpenWindow,
    empty_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(empty_db)
    workspace = window.workspace
    assert workspace is not None
    at = datetime.combine(date.today() + timedelta(days=2), datetime.min.time()).replace(hour=10)
    workspace.diary.save(DiaryRow(date.today(), "深圳华信电子有限公司", appointment_at=at))

    target = tmp_path / "visits"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "iCalendar (*.ics)"))
    )
    window.action_registry["export_calendar"].trigger()
    written = tmp_path / "visits.ics"
    qtbot.waitUntil(written.exists, timeout=10000)
    window.runner.wait(10000)
    events = list(icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert len(events) == 1
    start = events[0].decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (at.date(), 10, 0)
    assert "深圳华信电子有限公司" in str(events[0].get("SUMMARY"))

    # Someone's calendar: one known company, one new, one repeating event (refused).
    day = (date.today() + timedelta(days=3)).strftime("%Y%m%d")
    incoming = tmp_path / "from-outlook.ics"
    incoming.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{day}T020000Z\r\n"
        "SUMMARY:拜访：深圳华信电子有限公司\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{day}T060000Z\r\n"
        "SUMMARY:Visit: Blue River Trading\r\nLOCATION:Unit 5\\, Harbour Road\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:c@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{day}T080000Z\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:Team meeting\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(incoming), ""))
    )
    shown = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.action_registry["import_calendar"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    window.runner.wait(10000)
    assert "2" in shown[0] and "Blue River Trading" in shown[0]
    assert "Event 3 (RRULE)" in shown[0]
    assert _query(empty_db, "SELECT count(*) FROM visit_plans") == [(1,)], "Cancel: nothing"

    shown = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    window.action_registry["import_calendar"].trigger()
    qtbot.waitUntil(
        lambda: _query(empty_db, "SELECT count(*) FROM visit_plans") == [(3,)], timeout=10000
    )
    window.runner.wait(10000)
    assert _query(empty_db, "SELECT status FROM customers WHERE name = 'Blue River Trading'") == [
        ("prospect",)
    ]
    places = _query(empty_db, "SELECT place FROM visit_plans WHERE place != '' ORDER BY place")
    assert ("Unit 5, Harbour Road",) in places


def test_a_file_that_is_no_calendar_is_refused(
    open_window: OpenWindow,
    empty_db: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(empty_db)
    bad = tmp_path / "photo.ics"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(bad), "")))
    opened: list[Any] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box.text()))
    window.action_registry["import_calendar"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert "photo.ics" in opened[0] and "Nothing was imported" in opened[0]
    assert _query(empty_db, "SELECT count(*) FROM visit_plans") == [(0,)]
