"""A light touch of style over the platform's own, through fonts and palettes.

No Qt style sheet: setting any switches the whole application to Qt's
style-sheet style, which cost ~30 ms of the first window on a 100,000-customer
start (a third of the budget against a bare window).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def _font(widget: W, *, scale: float = 1.0, weight: QFont.Weight | None = None) -> W:
    """Set the widget's own font from its current one. An explicit weight also undoes
    an inherited emphasis (a font merely equal to the parent's would not override it)."""
    font = QFont(widget.font())
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)
    return widget


def heading(widget: W) -> W:
    return _font(widget, scale=1.6, weight=QFont.Weight.DemiBold)


def emphasised(widget: W) -> W:
    return _font(widget, weight=QFont.Weight.DemiBold)


def regular(widget: W) -> W:
    return _font(widget, weight=QFont.Weight.Normal)


def larger(widget: W, factor: float = 1.1) -> W:
    return _font(widget, scale=factor)


def muted(widget: W) -> W:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#5f6368"))
    widget.setPalette(palette)
    return widget


def error(widget: W) -> W:
    """A problem's text: red, the colour every form here uses beside a field."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#c5221f"))
    widget.setPalette(palette)
    return widget
