"""Small helpers for list widgets the rep reorders with the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def move_current_row(widget: QListWidget, delta: int) -> bool:
    """Move the current item ``delta`` places (Ctrl+Up/Down, Move up/down); False at an end."""
    row = widget.currentRow()
    target = row + delta
    if row < 0 or not 0 <= target < widget.count():
        return False
    item = widget.takeItem(row)
    widget.insertItem(target, item)
    widget.setCurrentRow(target)
    return True
