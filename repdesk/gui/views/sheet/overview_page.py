"""What a rep reads before a visit: standing, open signals, what to learn, who is who."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import CustomerStatus
from repdesk.domain.sheet import CustomerSheet
from repdesk.gui import style
from repdesk.gui.format import fmt_date, fmt_datetime
from repdesk.gui.labels import label, lead_source_label
from repdesk.gui.views.sheet.learn_text import learn_text
from repdesk.gui.widgets.relationship_map import RelationshipMapWidget


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        standing = QGroupBox(self.tr("Standing"))
        form = QFormLayout(standing)
        self.grade = QLabel()
        self.strategy = QLabel()
        self.segment = QLabel()
        self.segment.setWordWrap(True)
        self.loyalty = QLabel()
        self.last_visit = QLabel()
        self.next_visit = QLabel()
        self.source = QLabel()
        form.addRow(self.tr("Classification"), self.grade)
        form.addRow(self.tr("Strategy"), self.strategy)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Loyalty stage"), self.loyalty)
        form.addRow(self.tr("Last visit"), self.last_visit)
        form.addRow(self.tr("Next planned visit"), self.next_visit)
        form.addRow(self.tr("Lead source"), self.source)

        signals = QGroupBox(self.tr("Open dissatisfaction signals"))
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        QVBoxLayout(signals).addWidget(self.signals)

        learn = QGroupBox(self.tr("Still to learn: questions for the next visit"))
        self.learn = QListWidget()
        self.learn.setWordWrap(True)
        self.learn.setAlternatingRowColors(True)
        self.nothing_to_learn = QLabel(self.tr("Every fact of the sheet is known."))
        style.muted(self.nothing_to_learn)
        column = QVBoxLayout(learn)
        column.addWidget(self.learn)
        column.addWidget(self.nothing_to_learn)

        self.map_box = QGroupBox(self.tr("Relationship map"))
        self.map_layout = QVBoxLayout(self.map_box)
        self.map = RelationshipMapWidget()
        self.map_layout.addWidget(self.map)

        left = QVBoxLayout()
        left.addWidget(standing)
        left.addWidget(signals)
        left.addWidget(learn, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.map_box, 3)

    def load(self, sheet: CustomerSheet) -> None:
        c = sheet.customer
        if c.status is CustomerStatus.CUSTOMER:
            grade = label(c.status) + (" · " + label(c.value_tier) if c.value_tier else "")
        else:
            grade = label(c.status) + (" · " + c.prospect_grade.value if c.prospect_grade else "")
        if c.value_class:
            grade += " · " + label(c.value_class)
        self.grade.setText(grade)
        strategy = sheet.strategy
        self.strategy.setText(label(strategy) if strategy else self.tr("not known yet"))
        cell = sheet.segment
        self.segment.setText(
            self.tr("%1 potential, %2")
            .replace("%1", label(cell.profit))
            .replace("%2", label(cell.relationship))
            if cell
            else self.tr("not known yet")
        )
        self.loyalty.setText(label(c.loyalty_stage) or self.tr("not known yet"))
        self.last_visit.setText(fmt_date(sheet.last_visit) or self.tr("never"))
        self.next_visit.setText(fmt_datetime(sheet.next_visit) or self.tr("none planned"))
        self.source.setText(lead_source_label(sheet.lead_source_label) or "—")
        open_signals = sheet.open_signals
        if open_signals:
            self.signals.setText(
                "\n".join(
                    f"⚠ {label(s.signal)} ({fmt_date(s.raised_on)})"
                    + (f": {s.note}" if s.note else "")
                    for s in open_signals
                )
            )
            style.emphasised(self.signals)
        else:
            self.signals.setText(self.tr("None: no sign of dissatisfaction on record."))
            style.regular(self.signals)
        self.learn.clear()
        items = sheet.to_learn()
        for item in items:
            self.learn.addItem(learn_text(item))
        self.map.set_people(sheet.people)
        self.learn.setVisible(bool(items))
        self.nothing_to_learn.setVisible(not items)
