"""Known faults of the Qt binding that would take the app down: caught before a rep meets them."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_none_alive(qapp: QApplication) -> None:
    """PySide6-Essentials 6.12.0 released a reference to None on every processEvents()
    call; some thousand calls later Python aborts ("deallocating None"). pyproject.toml
    keeps that release out: this fails if an upgrade brings the fault back."""
    before = sys.getrefcount(None)
    for _ in range(200):
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
