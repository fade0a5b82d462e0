"""The page a rep opens every morning: today's visits, due follow-ups, care, signals."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.areas import Area
from repdesk.gui.area_labels import area_label
from repdesk.gui.format import fmt_date, fmt_time
from repdesk.gui.style import emphasised, heading, muted, regular

if TYPE_CHECKING:
    from datetime import date  # annotations only: datetime costs ~3 ms before the paint

    from repdesk.domain.today import TodayView

MAX_COLUMN = 240  # pixels: wider text is elided, and whole in the tooltip


class _Panel(QGroupBox):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        # Qt (the namespace) only here, after the first paint: see main_window's imports.
        from PySide6.QtCore import Qt

        super().__init__(parent)
        emphasised(self)
        self.tree = QTreeWidget()
        regular(self.tree)  # the title is bold, not the rows
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(headers)
        self.tree.setUniformRowHeights(True)
        self.empty = QLabel()
        muted(self.empty)
        regular(self.empty)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty, 1)

    def fill(self, rows: list[list[str]], empty_text: str, flagged: set[int] | None = None) -> None:
        self.tree.clear()
        items = [QTreeWidgetItem(row) for row in rows]
        for item, row in zip(items, rows, strict=True):
            for column, text in enumerate(row):
                item.setToolTip(column, text)
        for i in flagged or ():
            for column in range(self.tree.columnCount()):
                items[i].setForeground(column, QBrush(QColor("#b3261e")))
        self.tree.addTopLevelItems(items)
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
            # Long names must not push the last columns out of sight: cap, tooltip the rest.
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), MAX_COLUMN))
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(empty_text)


class DemoOffer(QFrame):
    """Shown on the first start with an empty database."""

    load_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoOffer")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            self.tr(
                "This database is empty. Load demo data to explore RepDesk with a realistic "
                "customer book in English and Chinese, or start entering your own customers."
            )
        )
        text.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load demo data"))
        self.dismiss_button = QPushButton(self.tr("Start with an empty book"))
        self.load_button.clicked.connect(self.load_requested)
        self.dismiss_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.load_button)
        layout.addWidget(self.dismiss_button)


class _Panels(QWidget):
    """Today's four lists. Built with the first data, after the window's first paint:
    the tree views and their first text layout cost ~40 ms the empty frame does not need."""

    def __init__(self, page: TodayPage) -> None:
        super().__init__(page)
        # Literal calls, so lupdate sees them (it cannot follow the helper above).
        self.visits = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Time"),
                QCoreApplication.translate("TodayPage", "Customer"),
                QCoreApplication.translate("TodayPage", "Objective"),
                QCoreApplication.translate("TodayPage", "Place"),
            ]
        )
        self.follow_ups = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Due"),
                QCoreApplication.translate("TodayPage", "Customer"),
                QCoreApplication.translate("TodayPage", "Action"),
            ]
        )
        self.care = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Date"),
                QCoreApplication.translate("TodayPage", "Person"),
                QCoreApplication.translate("TodayPage", "Occasion"),
                QCoreApplication.translate("TodayPage", "Gesture"),
            ]
        )
        self.signals = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Raised"),
                QCoreApplication.translate("TodayPage", "Customer"),
                QCoreApplication.translate("TodayPage", "Signal"),
                QCoreApplication.translate("TodayPage", "Note"),
            ]
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.visits, 0, 0)
        grid.addWidget(self.follow_ups, 0, 1)
        grid.addWidget(self.care, 1, 0)
        grid.addWidget(self.signals, 1, 1)


class TodayPage(QWidget):
    demo_requested = Signal()
    demo_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(area_label(Area.TODAY))
        heading(self.heading)
        self.date_label = QLabel()
        muted(self.date_label)
        self.status = QLabel(self.tr("No database is open."))
        muted(self.status)
        self._demo_offer: DemoOffer | None = None
        self._panels: _Panels | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.date_label)
        self._layout.addWidget(self.status)
        self._layout.addStretch(1)

    @property
    def panels(self) -> _Panels:
        if self._panels is None:
            self._panels = _Panels(self)
            self._layout.insertWidget(self._layout.count() - 1, self._panels, 1)
            self._layout.setStretch(self._layout.count() - 1, 0)
        return self._panels

    @property
    def demo_offer(self) -> DemoOffer:
        if self._demo_offer is None:
            offer = DemoOffer()
            offer.hide()
            offer.load_requested.connect(self.demo_requested)
            offer.dismissed.connect(self.demo_dismissed)
            self._layout.insertWidget(2, offer)
            self._demo_offer = offer
        return self._demo_offer

    def prepare(self) -> None:
        """Build the four lists (hidden) and import labels.py ahead of the first data.

        MainWindow.open_database calls this while the worker reads Today: done when the
        rows arrive, it would share the GIL with the worker's SQLAlchemy imports."""
        if self._panels is None:
            self.panels.hide()
        import_module("repdesk.gui.labels")

    def hide_demo_offer(self) -> None:
        if self._demo_offer is not None:
            self._demo_offer.hide()

    # The four lists, by name (tests and the main window read them).
    @property
    def visits(self) -> _Panel:
        return self.panels.visits

    @property
    def follow_ups(self) -> _Panel:
        return self.panels.follow_ups

    @property
    def care(self) -> _Panel:
        return self.panels.care

    @property
    def signals(self) -> _Panel:
        return self.panels.signals

    def show_view(self, view: TodayView | None) -> None:
        """Fill the page; None means no database is open."""
        self.status.setVisible(view is None)
        if view is None:
            if self._panels is not None:
                self._panels.hide()
            self.date_label.clear()
            return
        # labels.py builds its table from the method's ~30 enums at import (~10 ms):
        # not before the first paint, which needs area_label only.
        from repdesk.gui.labels import label

        self.panels.show()
        self.date_label.setText(_long_date(view.day))

        self.visits.setTitle(self.tr("Visits today (%n)", "", len(view.visits)))
        self.visits.fill(
            [[fmt_time(v.at), v.customer_name, v.objective, v.place] for v in view.visits],
            self.tr("No visits planned for today."),
        )

        overdue = sum(1 for f in view.follow_ups if f.overdue)
        self.follow_ups.setTitle(
            self.tr("Follow-ups due (%n)", "", view.follow_ups_total)
            + (self.tr(", %n overdue", "", overdue) if overdue else "")
        )
        self.follow_ups.fill(
            [[fmt_date(f.due), f.customer_name, f.action] for f in view.follow_ups],
            self.tr("No follow-ups due. Well done."),
            flagged={i for i, f in enumerate(view.follow_ups) if f.overdue},
        )

        self.care.setTitle(self.tr("Care reminders, next 14 days (%n)", "", len(view.care)))
        self.care.fill(
            [
                [
                    fmt_date(c.on),
                    f"{c.person_name} · {c.customer_name}" if c.customer_name else c.person_name,
                    c.label or label(c.kind),
                    c.gesture,
                ]
                for c in view.care
            ],
            self.tr("No birthdays or holidays to prepare for in the next 14 days."),
        )

        self.signals.setTitle(
            self.tr("Customers showing dissatisfaction (%n)", "", view.signals_total)
        )
        self.signals.fill(
            [
                [fmt_date(s.raised_on), s.customer_name, label(s.signal), s.note]
                for s in view.signals
            ],
            self.tr("No open dissatisfaction signals."),
        )


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
