"""The printed customer detail sheet (客户情况明细表) as a PDF, in the layout of the seed's form.

A titled table with the form's items 1-12 and its remarks, the buyer and the
other important people each with their facts and how we know them; then how a
deal would run, the classification, the open dissatisfaction signals, the
history of grades and tiers, the questions still to ask, and the relationship
map. A4; long text wraps and a row taller than a page splits; tables carry
their header onto every page; each page ends with the print date and "page n
of N". Chinese is set in an embedded CJK font (repdesk/reports/fonts.py), so it
renders anywhere and can be searched and copied.

This module imports reportlab (and, to draw the map, matplotlib) when it is
imported: import it where the PDF is made, not at start.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from os import PathLike
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    PersonRole,
    ProspectGrade,
    ValueClass,
    ValueTier,
)
from repdesk.domain.sheet import CustomerSheet, PersonFacts
from repdesk.reports.fonts import pdf_font
from repdesk.reports.labels import SheetLabels, fill
from repdesk.reports.pdf_parts import (
    DONE_INK,
    HEADER_FILL,
    INK,
    LABEL_FILL,
    LIGHT_RULE,
    MUTED,
    RULE,
    SECTION_INK,
    Footer,
    RunOnTable,
    numbered_canvas,
    plain_text,
    write_whole,
)
from repdesk.reports.pdf_parts import markup as _text
from repdesk.reports.relationship_map import relationship_map_png

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside their edges
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING

MIN_ROW = 17  # points: an empty row still leaves room to write by hand
SPLIT_AT_LEAST = 26  # points: no sliver of a row at the foot or head of a page

# The seed's people besides the buyer: a blank row for each one not on the sheet.
FORM_PEOPLE = (PersonRole.SECRETARY, PersonRole.DEPARTMENT_HEAD, PersonRole.INFLUENCER)
_HISTORY_ENUMS: dict[ClassificationField, type[StrEnum]] = {
    ClassificationField.STATUS: CustomerStatus,
    ClassificationField.VALUE_TIER: ValueTier,
    ClassificationField.PROSPECT_GRADE: ProspectGrade,
    ClassificationField.VALUE_CLASS: ValueClass,
}


def write_sheet_pdf(
    sheet: CustomerSheet,
    labels: SheetLabels,
    path: str | PathLike[str],
    *,
    printed_on: date | None = None,
) -> Path:
    """Write the sheet's PDF to ``path`` (whole or not at all) and return the path."""
    return write_whole(path, sheet_pdf_bytes(sheet, labels, printed_on=printed_on))


def sheet_pdf_bytes(
    sheet: CustomerSheet, labels: SheetLabels, *, printed_on: date | None = None
) -> bytes:
    """The sheet's PDF. Raises fonts.NoCjkFontError if the machine has no Chinese font."""
    builder = _SheetBuilder(sheet, labels, pdf_font())
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{labels.title}: {plain_text(sheet.customer.name)}",
        author="RepDesk",
        subject=labels.title,
        creator="RepDesk",
    )
    footer = Footer(
        builder.font,
        A4,
        MARGIN_X + FRAME_PADDING,
        fill(labels.printed_on, (printed_on or date.today()).isoformat()),
        labels.page_of,
        sheet.customer.name,
        labels.title,
    )
    document.build(builder.story(), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


# --- page furniture -----------------------------------------------------------


# --- the story ------------------------------------------------------------------


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


class _SheetBuilder:
    def __init__(self, sheet: CustomerSheet, labels: SheetLabels, font: str) -> None:
        self.sheet = sheet
        self.labels = labels
        self.font = font
        base = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12.4, textColor=INK)
        self.cell = base
        self.item = ParagraphStyle("item", parent=base, textColor=INK)
        self.sub_item = ParagraphStyle(
            "sub_item", parent=base, fontSize=8.4, leading=11.6, leftIndent=7, textColor=MUTED
        )
        self.source = ParagraphStyle(
            "source", parent=base, fontSize=7.6, leading=10.4, textColor=MUTED
        )
        self.head = ParagraphStyle(
            "head", parent=base, fontSize=8.6, leading=11, textColor=colors.white
        )
        self.number = ParagraphStyle("number", parent=base, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=11.5, leading=16, alignment=TA_CENTER
        )
        self.meta = ParagraphStyle(
            "meta", parent=base, fontSize=8.6, leading=12, alignment=TA_CENTER, textColor=MUTED
        )
        self.section_style = ParagraphStyle(
            "section",
            parent=base,
            fontSize=11.5,
            leading=15,
            spaceBefore=11,
            spaceAfter=4,
            textColor=SECTION_INK,
            alignment=TA_LEFT,
            keepWithNext=1,
        )
        self.person_name = ParagraphStyle("person_name", parent=base, fontSize=10, leading=13.4)

    # --- small pieces -------------------------------------------------------

    def p(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.cell)

    def value_cell(self, value: object, source: str = "") -> list[Flowable]:
        """A value, and under it how we know it (if recorded)."""
        cell: list[Flowable] = []
        text = _text(value).strip()
        if text:
            cell.append(self.p(text))
        if source.strip():
            cell.append(self.p(_text(fill(self.labels.fact_source, source.strip())), self.source))
        return cell

    def tag(self, text: str) -> str:
        return f' <font color="{DONE_INK}" size="7.6">✓ {_text(text)}</font>'

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        label_columns: Sequence[int] = (),
        extra: Sequence[tuple[Any, ...]] = (),
        min_row: float = MIN_ROW,
        grid: bool = True,
    ) -> Table:
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, RULE))
        first = 1 if header else 0
        for column in label_columns:
            style.append(("BACKGROUND", (column, first), (column, -1), LABEL_FILL))
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        style.extend(extra)
        # Close the table at a page break too, between rows or inside one (reportlab's
        # special rows), last so that no lighter rule is drawn over it.
        style.append(("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, RULE))
        style.append(("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, RULE))
        return RunOnTable(
            rows,
            colWidths=list(widths),
            repeatRows=1 if header else 0,
            # A row taller than the space left splits inside (long remarks run on to
            # the next page) rather than the table breaking early and repeating its
            # header mid-page; a piece is at least two lines.
            splitByRow=0,
            splitInRow=SPLIT_AT_LEAST,
            minRowHeights=[
                MIN_ROW if header and index == 0 else min_row for index in range(len(rows))
            ],
            style=TableStyle(style),
            hAlign="LEFT",
        )

    def heading_row(self, *titles: str) -> list[Any]:
        return [self.p(_text(title), self.head) for title in titles]

    def section(self, title: str) -> Paragraph:
        return self.p(_text(title), self.section_style)

    # --- the story ------------------------------------------------------------

    def story(self) -> list[Flowable]:
        return [
            *self.title_block(),
            self.form_table(),
            self.section(self.labels.processes),
            self.processes_table(),
            self.section(self.labels.classification),
            self.classification_table(),
            self.section(self.labels.open_signals),
            self.signals_table(),
            self.section(self.labels.history),
            self.history_table(),
            self.section(self.labels.to_learn),
            self.to_learn_table(),
            self.map_block(),
        ]

    def title_block(self) -> list[Flowable]:
        customer, labels = self.sheet.customer, self.labels
        grade = (
            labels.value(customer.value_tier)
            if customer.status is CustomerStatus.CUSTOMER
            else labels.value(customer.prospect_grade)
        )
        facts = [labels.value(customer.status), grade, labels.value(customer.relationship_type)]
        return [
            self.p(_text(labels.title), self.title),
            self.p(_text(customer.name), self.subtitle),
            self.p(_text(" · ".join(fact for fact in facts if fact)), self.meta),
            Spacer(1, 6),
        ]

    def form_table(self) -> Table:
        """Items 1-12 of the seed's form and its remarks, the people inline."""
        labels, customer = self.labels, self.sheet.customer
        sources = customer.fact_sources
        rows: list[list[Any]] = [
            self.heading_row(labels.column_number, labels.column_item, labels.column_details)
        ]
        # Rules: a full one above each item, none in the number column above the
        # people of item 6, a light one above a person's facts.
        members: list[int] = []
        subrows: list[int] = []

        def item(number: str, label: str, value: list[Flowable] | str) -> None:
            cell = value if isinstance(value, list) else self.value_cell(value)
            rows.append([self.p(number, self.number), self.p(_text(label), self.item), cell])

        def sub(label: str, value: list[Flowable]) -> None:
            subrows.append(len(rows))
            rows.append(["", self.p(_text(label), self.sub_item), value])

        name = self.value_cell(customer.name, sources.get("name", ""))
        if customer.name_verified and name:
            name[0] = self.p(_text(customer.name) + self.tag(labels.name_verified))
        item("1", labels.name, name)
        address = customer.address
        if customer.city and customer.city not in address:
            address = f"{customer.city} {address}".strip()
        item("2", labels.address, self.value_cell(address, sources.get("address", "")))
        item("3", labels.phone, self.value_cell(customer.phone, sources.get("phone", "")))
        if customer.email:
            sub(labels.email, self.value_cell(customer.email))
        if customer.website:
            sub(labels.website, self.value_cell(customer.website))

        buyers = [p for p in self.sheet.people if p.role is PersonRole.BUYER]
        others = [p for p in self.sheet.people if p.role is not PersonRole.BUYER]
        if not buyers:
            item("4", labels.buyer, "")
            for label in (labels.person_title, labels.personality, labels.hobbies):
                sub(label, [])
            sub(labels.interests, [])
        for buyer in buyers:
            item("4", labels.buyer, self.person_header(buyer))
            for label, cell in self.person_facts(buyer):
                sub(label, cell)

        source = labels.lead_source(self.sheet.lead_source_label)
        source_cell = self.value_cell(source)
        if customer.source_note.strip():
            source_cell.extend(self.value_cell(customer.source_note))
        if sources.get("source_note", "").strip():
            source_cell.extend(self.value_cell("", sources["source_note"]))
        item("5", labels.source, source_cell)

        item("6", labels.other_people, "")
        present = {p.role for p in others}
        for person in others:
            members.append(len(rows))
            rows.append(["", self.p(_text(labels.value(person.role))), self.person_header(person)])
            for label, cell in self.person_facts(person):
                sub(label, cell)
        for role in FORM_PEOPLE:
            if role not in present:
                members.append(len(rows))
                rows.append(["", self.p(_text(labels.value(role))), []])

        simple = (
            ("7", labels.main_business, customer.main_business, "main_business"),
            ("8", labels.industry_history, customer.industry_history, "industry_history"),
            ("9", labels.employees, _number(customer.employees), "employees"),
            ("10", labels.business_scope, customer.business_scope, "business_scope"),
            ("11", labels.purchase_by, labels.value(customer.purchase_by), "purchase_by"),
            (
                "12",
                labels.purchase_channels,
                labels.value(customer.purchase_channels),
                "purchase_channels",
            ),
            ("", labels.remarks, customer.remarks, "remarks"),
        )
        for number, label, value, key in simple:
            item(number, label, self.value_cell(value, sources.get(key, "")))

        widths = (9 * mm, 40 * mm, FRAME_WIDTH - 49 * mm)
        rules: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEAFTER", (0, 0), (1, -1), 0.5, RULE),
            ("BACKGROUND", (1, 1), (1, -1), LABEL_FILL),
        ]
        for row in range(1, len(rows)):
            if row in subrows:
                rules.append(("LINEABOVE", (1, row), (-1, row), 0.3, LIGHT_RULE))
            elif row in members:
                rules.append(("LINEABOVE", (1, row), (-1, row), 0.5, RULE))
            else:
                rules.append(("LINEABOVE", (0, row), (-1, row), 0.5, RULE))
        return self.table(rows, widths, extra=rules, grid=False)

    def person_header(self, person: PersonFacts) -> list[Flowable]:
        labels = self.labels
        markup = f"<font size='10.5'>{_text(person.name)}</font>"
        if person.title:
            markup += f" · {_text(person.title)}"
            if person.title_verified:
                markup += self.tag(labels.title_verified)
        quadrant = fill(labels.person_quadrant, labels.value(person.quadrant))
        cell: list[Flowable] = [
            self.p(markup, self.person_name),
            self.p(_text(quadrant), self.source),
        ]
        if person.fact_sources.get("title", "").strip():
            cell.append(
                self.p(_text(fill(labels.fact_source, person.fact_sources["title"])), self.source)
            )
        return cell

    def person_facts(self, person: PersonFacts) -> list[tuple[str, list[Flowable]]]:
        """The seed's facts about a person always (blank ones to fill in), the rest if known."""
        labels, sources = self.labels, person.fact_sources
        birthday = person.birthday.isoformat() if person.birthday else ""
        always = (
            (labels.personality, person.personality, "personality"),
            (labels.hobbies, person.hobbies, "hobbies"),
            (labels.interests, person.interests, "interests"),
            (labels.education, person.education, "education"),
            (labels.hometown, person.hometown, "hometown"),
            (labels.birthday, birthday, "birthday"),
        )
        if_known = (
            (labels.lifestyle, person.lifestyle, "lifestyle"),
            (labels.willing_to_try, person.willing_to_try, "willing_to_try"),
            (labels.decision_confidence, person.decision_confidence, "decision_confidence"),
            (labels.person_phone, person.phone, "phone"),
            (labels.person_email, person.email, "email"),
            (labels.notes, person.notes, "notes"),
        )
        facts = [
            (label, self.value_cell(value, sources.get(key, ""))) for label, value, key in always
        ]
        facts.extend(
            (label, self.value_cell(value, sources.get(key, "")))
            for label, value, key in if_known
            if str(value).strip() or sources.get(key, "").strip()
        )
        return facts

    def pairs_table(self, pairs: Sequence[tuple[str, list[Flowable] | str]]) -> Table:
        """Label | value | label | value, two facts a row."""
        rows: list[list[Any]] = []
        for index in range(0, len(pairs), 2):
            row: list[Any] = []
            for label, value in pairs[index : index + 2]:
                row.append(self.p(_text(label)))
                row.append(value if isinstance(value, list) else self.value_cell(value))
            while len(row) < 4:
                row.append("")
            rows.append(row)
        label_width, value_width = 36 * mm, FRAME_WIDTH / 2 - 36 * mm
        return self.table(
            rows,
            (label_width, value_width, label_width, value_width),
            header=False,
            label_columns=(0, 2),
        )

    def processes_table(self) -> Table:
        labels, customer = self.labels, self.sheet.customer
        sources = customer.fact_sources
        rows = [
            [self.p(_text(label)), self.value_cell(value, sources.get(key, ""))]
            for label, value, key in (
                (labels.approval_process, customer.approval_process, "approval_process"),
                (labels.purchasing_process, customer.purchasing_process, "purchasing_process"),
                (labels.usage_process, customer.usage_process, "usage_process"),
            )
        ]
        return self.table(rows, (49 * mm, FRAME_WIDTH - 49 * mm), header=False, label_columns=(0,))

    def classification_table(self) -> Table:
        labels, sheet = self.labels, self.sheet
        customer = sheet.customer
        if customer.status is CustomerStatus.CUSTOMER:
            grade = (labels.value_tier, labels.value(customer.value_tier))
        else:
            grade = (labels.prospect_grade, labels.value(customer.prospect_grade))
        segment = ""
        if sheet.segment is not None:
            segment = fill(
                labels.segment_value,
                labels.value(sheet.segment.profit),
                labels.value(sheet.segment.relationship),
            )
        segment_cell = self.value_cell(segment)
        if sheet.segment is not None and sheet.segment.attractive:
            segment_cell.append(self.p(self.tag(labels.attractive).strip()))
        share = (
            fill(labels.share_value, _number(customer.share_percent))
            if customer.share_percent is not None
            else ""
        )
        next_visit = sheet.next_visit.strftime("%Y-%m-%d %H:%M") if sheet.next_visit else ""
        pairs: list[tuple[str, list[Flowable] | str]] = [
            (labels.relationship_type, labels.value(customer.relationship_type)),
            (labels.status, labels.value(customer.status)),
            grade,
            (labels.value_class, labels.value(customer.value_class)),
            (labels.spending_level, labels.value(customer.spending_level)),
            (labels.loyalty_stage, labels.value(customer.loyalty_stage)),
            (labels.share, share),
            (labels.upcoming_quantity, _number(customer.upcoming_quantity)),
            (labels.strategy, labels.value(sheet.strategy)),
            (labels.segment, segment_cell),
            (labels.last_visit, sheet.last_visit.isoformat() if sheet.last_visit else ""),
            (labels.next_visit, next_visit),
        ]
        return self.pairs_table(pairs)

    def signals_table(self) -> Flowable:
        labels = self.labels
        signals = self.sheet.open_signals
        if not signals:
            return self.p(_text(labels.no_open_signals), self.source)
        rows: list[list[Any]] = [self.heading_row(labels.signal, labels.raised_on, labels.note)]
        for entry in signals:
            rows.append(
                [
                    self.p(_text(labels.value(entry.signal))),
                    self.p(entry.raised_on.isoformat()),
                    self.value_cell(entry.note),
                ]
            )
        return self.table(rows, (62 * mm, 24 * mm, FRAME_WIDTH - 86 * mm))

    def history_table(self) -> Flowable:
        labels = self.labels
        if not self.sheet.history:
            return self.p(_text(labels.no_history), self.source)
        rows: list[list[Any]] = [
            self.heading_row(
                labels.changed_on,
                labels.changed_field,
                labels.old_value,
                labels.new_value,
                labels.reason,
            )
        ]
        for entry in self.sheet.history:
            enum = _HISTORY_ENUMS.get(entry.field)
            rows.append(
                [
                    self.p(entry.changed_at.date().isoformat()),
                    self.p(_text(labels.value(entry.field))),
                    self.p(_text(self.code_label(enum, entry.old_value))),
                    self.p(_text(self.code_label(enum, entry.new_value))),
                    self.value_cell(entry.reason),
                ]
            )
        widths = (22 * mm, 34 * mm, 27 * mm, 27 * mm, FRAME_WIDTH - 110 * mm)
        return self.table(rows, widths)

    def code_label(self, enum: type[StrEnum] | None, code: str | None) -> str:
        if code is None or code == "":
            return ""
        if enum is None:
            return code
        try:
            return self.labels.value(enum(code))
        except ValueError:
            return code

    def to_learn_table(self) -> Flowable:
        labels = self.labels
        items = self.sheet.to_learn()
        if not items:
            return self.p(_text(labels.nothing_to_learn), self.source)
        rows: list[list[Any]] = [
            self.heading_row(labels.column_number, labels.question, labels.answer)
        ]
        for number, learn in enumerate(items, start=1):
            question = labels.question_for(learn.topic, learn.person)
            rows.append([self.p(str(number), self.number), self.p(_text(question)), ""])
        widths = (9 * mm, 96 * mm, FRAME_WIDTH - 105 * mm)
        return self.table(rows, widths, min_row=MIN_ROW + 8)  # room to write the answer

    def map_block(self) -> Flowable:
        width_inches, height_inches = 6.8, 4.2
        png = relationship_map_png(
            self.sheet.people,
            self.labels.map,
            width_inches=width_inches,
            height_inches=height_inches,
        )
        width = FRAME_WIDTH
        height = width * height_inches / width_inches
        picture = Image(io.BytesIO(png), width=width, height=height)
        return KeepTogether([self.section(self.labels.relationship_map), picture])
