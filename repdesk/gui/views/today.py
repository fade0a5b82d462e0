"""The page a rep opens every morning: today's visits, follow-ups due, care, signals, and the
prospects that need a push. Every row opens where it is handled (double-click or Enter)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
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
    from collections.abc import Callable
    from datetime import date  # annotations only: datetime costs ~3 ms before the paint
    from enum import StrEnum

    from PySide6.QtGui import QResizeEvent

    from repdesk.domain.today import (
        CareReminder,
        DueFollowUp,
        OpenSignal,
        PlannedVisit,
        QuietProspect,
        TodayView,
    )

MIN_COLUMN = 48  # pixels: a squeezed column keeps at least this (its text elided)
MEASURED_ROWS = 40  # rows measured for a column's natural width
OVERDUE = "#b3261e"
DONE = "#5f6368"  # as style.muted


def _fit(natural: list[int], available: int) -> list[int]:
    """Column widths that fit ``available`` pixels: the narrow columns (a time, a date, a
    grade) keep their widths; the wide ones share what is left, the widest giving way first."""
    if sum(natural) <= available or not natural:
        return natural
    room = max(available, MIN_COLUMN * len(natural))
    ordered = sorted(natural)
    cap = ordered[-1]
    for i, width in enumerate(ordered):  # the widest width at which the columns just fit
        share = (room - sum(ordered[:i])) // (len(ordered) - i)
        if width >= share:
            cap = max(share, MIN_COLUMN)
            break
    return [min(width, cap) for width in natural]


class _Tree(QTreeWidget):
    """A list whose columns always fit its width (long texts elided, whole in the tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self.natural: list[int] = []
        # Natural widths from the rows around the visible ones, not all 200: measuring
        # every row's text is most of a first fill's cost (a wider one further down is
        # elided, whole in its tooltip).
        self.header().setResizeContentsPrecision(MEASURED_ROWS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Also called when the viewport alone resizes (a scroll bar comes or goes).
        super().resizeEvent(event)
        self.fit_columns()

    def room(self) -> int:
        """The viewport's width, reckoned without viewport(): PySide6 6.11's first call of
        it costs ~18 ms (making the viewport's wrapper), on the way to Today's first data."""
        bar = self.verticalScrollBar()
        return self.contentsRect().width() - (bar.width() if bar.isVisibleTo(self) else 0)

    def fit_columns(self) -> None:
        if not self.natural:
            return
        widths = _fit(self.natural, self.room())
        for column, width in enumerate(widths):  # the last one also stretches into any room
            self.setColumnWidth(column, width)


class _Panel(QGroupBox):
    """One of Today's lists: a titled tree, or a plain sentence when it has nothing."""

    activated = Signal(object)  # the record of the row activated (double-click or Enter)
    toggled = Signal(str, bool)  # a checkable row's id, and whether it is now ticked

    def __init__(self, headers: list[str], hint: str, parent: QWidget | None = None) -> None:
        # Qt (the namespace) only here, after the first paint: see main_window's imports.
        from PySide6.QtCore import Qt

        super().__init__(parent)
        emphasised(self)
        self.hint = hint
        self.ids: list[str] = []  # per row, the record's id (what stays current on a refill)
        self.records: list[Any] = []  # per row, what activating it opens
        self._checked: list[bool] | None = None  # per row, when the rows have check boxes
        self._flagged: set[int] = set()
        self.tree = _Tree()
        regular(self.tree)  # the title is bold, not the rows
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(headers)
        self.tree.setUniformRowHeights(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setToolTip(hint)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemChanged.connect(self._on_changed)
        self.more = QLabel()  # "the first 200 are listed", when there are more
        muted(self.more)
        regular(self.more)
        self.more.hide()
        self.empty = QLabel()
        muted(self.empty)
        regular(self.empty)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.empty, 1)

    def fill(
        self,
        rows: list[list[str]],
        records: list[Any],
        ids: list[str],
        empty_text: str,
        *,
        flagged: set[int] | None = None,
        checked: list[bool] | None = None,
        total: int | None = None,
    ) -> None:
        """Show ``rows``; ``checked`` gives the first column a check box per row. The row that
        was current stays current, and the list keeps its place, when it is still listed."""
        from PySide6.QtCore import Qt

        tree = self.tree
        current = tree.currentItem()
        row = tree.indexOfTopLevelItem(current) if current is not None else -1
        current_id = self.ids[row] if 0 <= row < len(self.ids) else None
        scroll = tree.verticalScrollBar().value()
        self._checked = None  # no toggles while the rows are built
        tree.clear()
        self.ids, self.records, self._flagged = list(ids), list(records), set(flagged or ())
        items = [QTreeWidgetItem(row) for row in rows]
        for item, texts in zip(items, rows, strict=True):
            for column, text in enumerate(texts):
                item.setToolTip(column, f"{text}\n{self.hint}" if text else self.hint)
        for i in self._flagged:
            for column in range(tree.columnCount()):
                items[i].setForeground(column, QBrush(QColor(OVERDUE)))
        for i, done in enumerate(checked or ()):
            items[i].setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            if done:
                self._strike(items[i], i, True)
        tree.addTopLevelItems(items)
        self._checked = list(checked) if checked is not None else None
        tree.natural = []
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
            tree.natural.append(tree.columnWidth(column))
        tree.fit_columns()
        if current_id is not None and current_id in self.ids:
            tree.setCurrentItem(items[self.ids.index(current_id)])
        tree.verticalScrollBar().setValue(scroll)
        tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(empty_text)
        more = bool(rows) and total is not None and total > len(rows)
        self.more.setVisible(more)
        if more:
            text = QCoreApplication.translate("TodayPage", "The first %1 are listed.")
            self.more.setText(text.replace("%1", str(len(rows))))

    def _strike(self, item: QTreeWidgetItem, row: int, done: bool) -> None:
        """A done row: struck through and muted (an overdue one loses its red until undone)."""
        from PySide6.QtCore import Qt

        font = QFont(item.font(0))
        font.setStrikeOut(done)
        for column in range(self.tree.columnCount()):
            item.setFont(column, font)
            if done:
                item.setForeground(column, QBrush(QColor(DONE)))
            elif row in self._flagged:
                item.setForeground(column, QBrush(QColor(OVERDUE)))
            else:  # the palette's colour again
                item.setData(column, Qt.ItemDataRole.ForegroundRole, None)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.tree.indexOfTopLevelItem(item)
        if 0 <= row < len(self.records):
            self.activated.emit(self.records[row])

    def _on_changed(self, item: QTreeWidgetItem, column: int) -> None:
        from PySide6.QtCore import Qt

        checked = self._checked
        row = self.tree.indexOfTopLevelItem(item)
        if checked is None or column != 0 or not 0 <= row < len(checked):
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if done == checked[row]:
            return  # another change of the row (its font, its colour)
        checked[row] = done
        self._strike(item, row, done)
        self.toggled.emit(self.ids[row], done)


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


class DraftsOffer(QFrame):
    """Visit records left unfinished by the last session (a crash, a flat battery)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsOffer")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open them"))
        self.later_button = QPushButton(self.tr("Later"))
        self.open_button.clicked.connect(self.open_requested)
        self.open_button.clicked.connect(self.hide)
        self.later_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.later_button)

    def offer(self, count: int) -> None:
        self.text.setText(
            self.tr(
                "%n visit record(s) were not finished when RepDesk last closed. Your text "
                "was kept as a draft.",
                "",
                count,
            )
        )
        self.show()


class _Panels(QWidget):
    """Today's six lists. Built with the first data, after the window's first paint:
    the tree views and their first text layout cost ~40 ms the empty frame does not need."""

    def __init__(self, page: TodayPage) -> None:
        super().__init__(page)
        # Literal calls, so lupdate sees them (it cannot follow a helper).
        sheet_hint = QCoreApplication.translate(
            "TodayPage", "Double-click (or Enter) to open the customer's sheet."
        )
        self.visits = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Time"),
                QCoreApplication.translate("TodayPage", "Customer"),
                QCoreApplication.translate("TodayPage", "Objective"),
                QCoreApplication.translate("TodayPage", "Place"),
            ],
            QCoreApplication.translate(
                "TodayPage",
                "Double-click (or Enter) to open the customer's sheet and the plan in Visits.",
            ),
        )
        self.follow_ups = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Due"),
                QCoreApplication.translate("TodayPage", "Customer"),
                QCoreApplication.translate("TodayPage", "Action"),
            ],
            QCoreApplication.translate(
                "TodayPage",
                "Tick the box when done (tick again to undo). "
                "Double-click (or Enter) to open the customer's sheet or the diary row.",
            ),
        )
        self.care = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Date"),
                QCoreApplication.translate("TodayPage", "Person"),
                QCoreApplication.translate("TodayPage", "Occasion"),
                QCoreApplication.translate("TodayPage", "Gesture"),
            ],
            QCoreApplication.translate(
                "TodayPage", "Double-click (or Enter) to open the person's customer sheet."
            ),
        )
        self.signals = _Panel(
            [
                QCoreApplication.translate("TodayPage", "Raised"),
                QCoreApplication.translate("TodayPage", "Customer"),
                QCoreApplication.translate("TodayPage", "Signal"),
                QCoreApplication.translate("TodayPage", "Note"),
            ],
            sheet_hint,
        )
        prospect_headers = [
            QCoreApplication.translate("TodayPage", "Prospect"),
            QCoreApplication.translate("TodayPage", "Grade"),
            QCoreApplication.translate("TodayPage", "Last contact"),
        ]
        self.untouched = _Panel(
            prospect_headers,
            QCoreApplication.translate(
                "TodayPage",
                "Touched: a diary contact, a visit, or the sheet made. The number of days "
                "is set in File > Settings. Double-click (or Enter) to open the customer's "
                "sheet.",
            ),
        )
        self.no_next_step = _Panel(
            prospect_headers,
            QCoreApplication.translate(
                "TodayPage",
                "A next step is a planned visit or an open follow-up. "
                "Double-click (or Enter) to open the customer's sheet.",
            ),
        )
        self.visits.activated.connect(page.open_visit)
        self.follow_ups.activated.connect(page.open_follow_up)
        self.follow_ups.toggled.connect(page.follow_up_toggled)
        self.care.activated.connect(page.open_care)
        for panel in (self.signals, self.untouched, self.no_next_step):
            panel.activated.connect(page.open_customer_of)

        # Two columns, three rows: the day's work on top, what to prepare and to watch below.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, panel in enumerate(self.all()):
            grid.addWidget(panel, i // 2, i % 2)
        for row in range(3):
            grid.setRowStretch(row, 1)
        for column in range(2):
            grid.setColumnStretch(column, 1)

    def all(self) -> list[_Panel]:
        return [
            self.visits,
            self.follow_ups,
            self.care,
            self.signals,
            self.untouched,
            self.no_next_step,
        ]


class TodayPage(QWidget):
    demo_requested = Signal()
    demo_dismissed = Signal()
    customer_requested = Signal(str)  # a customer id: open its sheet
    follow_up_toggled = Signal(str, bool)  # a follow-up id, and done (True) or undone
    visit_requested = Signal(str)  # a visit plan id: show it in Visits
    diary_entry_requested = Signal(str)  # a diary row id (a follow-up with no sheet yet)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(area_label(Area.TODAY))
        heading(self.heading)
        self.date_label = QLabel()
        muted(self.date_label)
        self.status = QLabel(self.tr("No database is open."))
        muted(self.status)
        self._demo_offer: DemoOffer | None = None
        self._drafts_offer: DraftsOffer | None = None
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

    @property
    def drafts_offer(self) -> DraftsOffer:
        if self._drafts_offer is None:
            offer = DraftsOffer()
            offer.hide()
            self._layout.insertWidget(2, offer)
            self._drafts_offer = offer
        return self._drafts_offer

    def hide_drafts_offer(self) -> None:
        if self._drafts_offer is not None:
            self._drafts_offer.hide()

    def prepare(self) -> None:
        """Build the lists (hidden) and import labels.py ahead of the first data.

        MainWindow.open_database calls this while the worker reads Today: done when the
        rows arrive, it would share the GIL with the worker's SQLAlchemy imports."""
        if self._panels is None:
            self.panels.hide()
        import_module("repdesk.gui.labels")

    def hide_demo_offer(self) -> None:
        if self._demo_offer is not None:
            self._demo_offer.hide()

    # The six lists, by name (tests and the main window read them).
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

    @property
    def untouched(self) -> _Panel:
        return self.panels.untouched

    @property
    def no_next_step(self) -> _Panel:
        return self.panels.no_next_step

    # -- where each row is handled ------------------------------------------------
    def open_visit(self, visit: PlannedVisit) -> None:
        self.visit_requested.emit(visit.plan_id)
        self.customer_requested.emit(visit.customer_id)  # last: the sheet comes to the front

    def open_follow_up(self, follow_up: DueFollowUp) -> None:
        if follow_up.customer_id:
            self.customer_requested.emit(follow_up.customer_id)
        elif follow_up.diary_entry_id:
            self.diary_entry_requested.emit(follow_up.diary_entry_id)

    def open_care(self, reminder: CareReminder) -> None:
        if reminder.customer_id:
            self.customer_requested.emit(reminder.customer_id)

    def open_customer_of(self, record: OpenSignal | QuietProspect) -> None:
        self.customer_requested.emit(record.customer_id)

    # -- the data -------------------------------------------------------------------
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
            view.visits,
            [v.plan_id for v in view.visits],
            self.tr("No visits planned for today."),
        )

        self._show_follow_ups(view)

        self.care.setTitle(self.tr("Care reminders, next 14 days (%n)", "", len(view.care)))
        self.care.fill(
            [
                [
                    fmt_date(c.on),
                    f"{c.person_name} · {c.customer_name}" if c.customer_name else c.person_name,
                    _occasion(c, label),
                    c.gesture,
                ]
                for c in view.care
            ],
            view.care,
            [c.occasion_id for c in view.care],
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
            view.signals,
            [s.signal_id for s in view.signals],
            self.tr("No open dissatisfaction signals."),
            total=view.signals_total,
        )

        days = view.untouched_days
        self.untouched.setTitle(
            QCoreApplication.translate(
                "TodayPage", "Prospects not touched for %n days (%1)", None, days
            ).replace("%1", str(view.untouched_total))
        )
        self.untouched.fill(
            self._prospect_rows(view.untouched, label),
            view.untouched,
            [p.customer_id for p in view.untouched],
            QCoreApplication.translate(
                "TodayPage", "No prospect has gone %n days without a contact.", None, days
            ),
            total=view.untouched_total,
        )

        # Context and text on one line: pyside6-lupdate misses them on lines of their own
        # when more arguments follow.
        hot = view.no_next_step_total
        self.no_next_step.setTitle(
            QCoreApplication.translate(
                "TodayPage", "A-grade prospects without a next step (%n)", None, hot
            )
        )
        self.no_next_step.fill(
            self._prospect_rows(view.no_next_step, label),
            view.no_next_step,
            [p.customer_id for p in view.no_next_step],
            self.tr("No A-grade prospect is without a next step."),
            total=view.no_next_step_total,
        )

    def _show_follow_ups(self, view: TodayView) -> None:
        follow_ups = view.follow_ups
        overdue = sum(1 for f in follow_ups if f.overdue and not f.done)
        done = sum(1 for f in follow_ups if f.done)
        self.follow_ups.setTitle(
            self.tr("Follow-ups due (%n)", "", view.follow_ups_total)
            + (self.tr(", %n overdue", "", overdue) if overdue else "")
            + (
                QCoreApplication.translate("TodayPage", ", %n done today", None, done)
                if done
                else ""
            )
        )
        self.follow_ups.fill(
            [[fmt_date(f.due), f.customer_name, f.action] for f in follow_ups],
            follow_ups,
            [f.follow_up_id for f in follow_ups],
            self.tr("No follow-ups due. Well done."),
            flagged={i for i, f in enumerate(follow_ups) if f.overdue},
            checked=[f.done for f in follow_ups],
            total=view.follow_ups_total + done,
        )

    def _prospect_rows(
        self, prospects: list[QuietProspect], label: Callable[[StrEnum | None], str]
    ) -> list[list[str]]:
        never = self.tr("Never")
        return [
            [p.customer_name, label(p.grade), fmt_date(p.last_contact) or never] for p in prospects
        ]


def _occasion(reminder: CareReminder, label: Callable[[StrEnum | None], str]) -> str:
    """A holiday by its name in the UI language (with the rep's own name for it, if any);
    another occasion by the rep's name for it, or its kind."""
    if reminder.holiday is not None:
        holiday = label(reminder.holiday)
        own = reminder.label
        return f"{holiday} · {own}" if own and own != holiday else holiday
    return reminder.label or label(reminder.kind)


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
