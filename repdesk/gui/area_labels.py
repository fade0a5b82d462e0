"""The six areas' names, translated (context "Labels", like every label in labels.py).

Apart from labels.py because the window's first frame needs these names only,
and labels.py builds its table from the method's ~30 enums at import, ~10 ms
before the first paint (PySide6 6.11 start-up budget: see README, Benchmarks).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.areas import Area
from repdesk.gui.i18n import QT_TRANSLATE_NOOP

_AREAS: dict[Area, str] = {
    Area.TODAY: QT_TRANSLATE_NOOP("Labels", "Today"),
    Area.CUSTOMERS: QT_TRANSLATE_NOOP("Labels", "Customers"),
    Area.DIARY: QT_TRANSLATE_NOOP("Labels", "Prospect diary"),
    Area.VISITS: QT_TRANSLATE_NOOP("Labels", "Visits"),
    Area.OBJECTIONS: QT_TRANSLATE_NOOP("Labels", "Objections"),
    Area.REPORTS: QT_TRANSLATE_NOOP("Labels", "Reports"),
}


def area_label(area: Area) -> str:
    return QCoreApplication.translate("Labels", _AREAS[area])
