"""A light touch of style over the platform's own, through fonts and palettes.

No Qt style sheet: setting any switches the whole application to Qt's
style-sheet style, which cost ~30 ms of the first window on a 100,000-customer
start (a third of the budget against a bare window).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def heading(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def muted(widget: QWidget) -> QWidget:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#5f6368"))
    widget.setPalette(palette)
    return widget


def emphasised(widget: QWidget) -> QWidget:
    font = QFont(widget.font())
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    return widget


def larger(widget: QWidget, factor: float = 1.1) -> QWidget:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
    return widget


def regular(widget: QWidget) -> QWidget:
    """Undo an inherited emphasis (a font equal to the parent's would not override it)."""
    font = QFont(widget.font())
    font.setWeight(QFont.Weight.Normal)
    widget.setFont(font)
    return widget
