"""Text a rep types goes everywhere safely (issue 8).

Hostile text (markup, entities, control characters, a 5,000-character word,
right-to-left script, emoji, Chinese, formulas) is stored through the real
services in a real SQLite file, then printed (customer sheet, prospect diary,
visit report and pack, itinerary, weekly summary) and read back with pdftotext:
markup shows as typed, escaped exactly once; nothing crashes or runs off the
page. The spreadsheets (weekly workbook and CSV files, the customer export)
never hold a formula, and an export imported again gives back the exact text.
File names suggested from a rep's text are safe on every system.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from repdesk.db.store import open_store
from repdesk.domain.diary import DiaryPage, DiaryRow
from repdesk.domain.enums import CustomerStatus, PersonRole, Quadrant, ValueTier
from repdesk.domain.filenames import (
    MAX_NAME_BYTES,
    file_name_part,
    is_reserved,
    safe_file_name,
)
from repdesk.domain.sheet import CustomerFacts, CustomerSheet, PersonFacts
from repdesk.domain.visits import ObjectionMet, VisitRecordFacts
from repdesk.domain.weeks import IsoWeek
from repdesk.reports import printable
from repdesk.reports.chart_labels import ChartLabels
from repdesk.reports.interchange.files import export_customers, read_source
from repdesk.reports.interchange.xlsx_io import write_xlsx
from repdesk.reports.labels import DiaryLabels, ItineraryLabels, SheetLabels, VisitReportLabels
from repdesk.reports.weekly_labels import WeeklyLabels
from repdesk.services.customer_import import RowStatus, apply_plan, plan_import
from repdesk.services.workspace import Workspace
from tests.conftest import pdf_text

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

WEEK = IsoWeek(2026, 47)  # Monday 2026-11-16 to Sunday 2026-11-22
AFTER = date(2026, 11, 24)
PRINTED_ON = date(2026, 11, 24)

# What a rep may type, and what the page then shows (as pdftotext reads it back).
HOSTILE: dict[str, tuple[str, str]] = {
    "bold": ("<b>bold</b>", "<b>bold</b>"),
    "font": ("<font size=80>big", "<font size=80>big"),
    "entity": ("&amp;", "&amp;"),
    "ampersand": ("A&B", "A&B"),
    "para": ("<para>x</para>", "<para>x</para>"),
    "cdata": ("]]>", "]]>"),
    "quotes": ("\"double\" 'single'", "\"double\" 'single'"),
    "control": ("ctrl\x00\x07\x1b-char", "ctrl-char"),  # no glyph: left out
    "rtl": ("שלום עולם", "שלום עולם"),
    "emoji": ("Lily 🌸 👍🏽 ok", "Lily \ufffd \ufffd ok"),  # no font has them: shown as �
    "chinese": ("深圳华信电子有限公司，采购部。", "深圳华信电子有限公司，采购部。"),
    "dollar": ("$\\frac$ costs $5", "$\\frac$ costs $5"),  # never matplotlib's math text
    "formula": ('=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'),
}
LONG_WORD = "".join(f"{n:04d}" for n in range(1250))  # 5,000 characters, no space
LONG_URL = "https://example.com/" + "/".join(f"p{n:03d}" for n in range(900))
LINES = ("first line", "second line")
RISKY = ["=1+1", "+SUM(A1)", "-SUM(A1)", "@cmd", "\t=tab", "\r=cr", "#N/A", "=", "@"]


def squeeze(text: str) -> str:
    """Without white space (a wrapped line must not hide a match) and without the bidi
    marks pdftotext puts around right-to-left text."""
    return re.sub(r"[\s\u202a-\u202e]+", "", text)


def read_back(path: Path) -> tuple[str, str]:
    """The PDF's text in drawing order (squeezed) and as laid out (squeezed)."""
    return squeeze(pdf_text(path)), squeeze(pdf_text(path, layout=True))


def assert_prints_as_typed(
    path: Path, *, expected: dict[str, tuple[str, str]] | None = None
) -> str:
    """Every hostile text is on the page as typed, markup escaped exactly once."""
    raw, laid_out = read_back(path)
    for key, (_, shown) in (expected or HOSTILE).items():
        # Right-to-left text reads back in its own order only from the laid-out page.
        text = laid_out if key == "rtl" else raw
        assert squeeze(shown) in text, (key, shown)
    assert "A&amp;B" not in raw  # escaped once, not twice
    assert "&amp;amp;" not in raw
    return pdf_text(path)


def assert_on_the_page(path: Path) -> None:
    """No word lies outside its page (a long word wraps, it does not run off)."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    html = done.stdout.decode("utf-8")
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">', html)
    assert pages
    width = max(float(w) for w, _ in pages)
    height = max(float(h) for _, h in pages)
    words = re.findall(
        r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"', html
    )
    assert words
    for box in words:
        x_min, y_min, x_max, y_max = map(float, box)
        assert x_min >= 0 and x_max <= width + 0.5, (box, width)
        assert y_min >= 0 and y_max <= height + 0.5, (box, height)


def assert_all_there(word: str, body: str, name: str) -> None:
    """Every character of ``word`` is in ``body``, in order, in a few long pieces: a cell
    split over pages reads back a page's piece at a time, between the pieces of the
    cells beside it."""
    rest, pieces = squeeze(word), 0
    while rest:
        low, high = 0, len(rest)  # rest[:low] is in the body, rest[:high + 1] is not
        while low < high:
            middle = (low + high + 1) // 2
            if rest[:middle] in body:
                low = middle
            else:
                high = middle - 1
        assert low >= min(len(rest), 20), (name, pieces, rest[:40])
        rest, pieces = rest[low:], pieces + 1
    assert pieces <= 30, (name, pieces)


def assert_lines_break(text: str) -> None:
    """A line break typed in a remark is a line break on the page."""
    assert re.search(rf"{LINES[0]}\s*\n\s*{LINES[1]}", text), "the line break was lost"


@pytest.fixture
def book(empty_db: Path) -> Iterator[Workspace]:
    workspace = Workspace(open_store(empty_db))
    yield workspace
    workspace.close()


def _customer(book: Workspace, name: str, **facts: Any) -> str:
    saved = book.customers.save(CustomerSheet(CustomerFacts(name=name, **facts)))
    assert saved.customer.id is not None
    return saved.customer.id


# --- the one rule, piece by piece -----------------------------------------------------------


def _xml_line_ends(text: str) -> str:
    """A lone CR read back from XLSX may be LF: XML parsers normalise line ends, and
    openpyxl escapes CR as &#13; only when lxml is installed (a fresh machine has not)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_markup_escapes_once_and_keeps_line_breaks() -> None:
    from repdesk.reports.pdf_parts import markup

    assert markup(None) == ""
    assert markup("A&B") == "A&amp;B"
    assert markup("&amp;") == "&amp;amp;"
    assert markup("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert markup("\"a\" 'b'") == "&quot;a&quot; &#39;b&#39;"
    assert markup("a\r\nb\rc\nd\u2028e\x0bf") == "a<br/>b<br/>c<br/>d<br/>e<br/>f"
    assert markup("a\x00\x07\x1b\x7f\x9bb\tc") == "ab c"
    assert markup("深圳") == "深圳"
    # What the CJK font lacks is set in the fallback font, escaped inside it.
    assert markup("שלום & co").startswith('<font face="RepDeskFallback">')
    assert "&amp;" in markup("שלום & co")


_MARKUP_ALPHABET = st.sampled_from(
    [*"<>&;#/=\"' -[]!?ampltgquotbrfontparaCDATA中文0123456789", "\n", "\r\n", "\t", "\x00", "\x07"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKUP_ALPHABET, max_size=60).map("".join))
def test_any_typed_text_reads_back_from_its_paragraph_as_typed(text: str) -> None:
    """Whatever the rep typed, reportlab parses the markup and gives the very text back:
    every tag and entity in it is text, escaped once; each line break one break."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from repdesk.reports.fonts import pdf_font
    from repdesk.reports.pdf_parts import markup

    paragraph = Paragraph(markup(text), ParagraphStyle("typed", fontName=pdf_font()))
    frags = paragraph.frags
    breaks = sum(1 for frag in frags if getattr(frag, "lineBreak", False))
    assert breaks == len(printable.lines(text)) - 1
    read = "".join(getattr(frag, "text", "") for frag in frags)
    assert squeeze(read) == squeeze(printable.clean(text))


def test_printable_text_rules() -> None:
    assert printable.clean("a\x00b\x07c\td\ud800") == "abc d\ufffd"
    assert printable.lines("a\r\nb\n\nc") == ["a", "b", "", "c"]
    assert printable.one_line("a\nb") == "a b"
    glyphs = {ord(c) for c in "Lily ok\ufffd"}
    assert printable.drawable("Lily 🌸 ok", glyphs) == "Lily \ufffd ok"
    assert printable.drawable("👨\u200d👩\u200d👧 👍🏽", glyphs) == "\ufffd \ufffd"  # one each
    assert printable.drawable("ok\ufe0f", glyphs) == "ok"  # an invisible selector: left out


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        ("plain text", "plain text"),
        ("שלום", "םולש"),
        ("שלום עולם", "םלוע םולש"),
        ("Order 42 from שלום, done", "Order 42 from םולש, done"),
        ("שלום 1,000 עולם", "םלוע 1,000 םולש"),  # a number in it reads left to right
        ("abc (שלום) def", "abc (םולש) def"),
        ("(שלום)", "(םולש)"),  # brackets mirrored inside the stretch, kept outside
    ],
)
def test_right_to_left_text_is_drawn_in_visual_order(typed: str, drawn: str) -> None:
    assert printable.visual_order(typed) == drawn


# --- PDFs, through the real services ----------------------------------------------------------


@needs_poppler
def test_customer_sheet_prints_hostile_text_as_typed(book: Workspace, tmp_path: Path) -> None:
    from repdesk.reports.sheet_pdf import write_sheet_pdf

    texts = {key: typed for key, (typed, _) in HOSTILE.items()}
    people = [
        PersonFacts(
            name=typed,
            title=typed,
            role=PersonRole.BUYER if index == 0 else PersonRole.INFLUENCER,
            quadrant=list(Quadrant)[index % 4],
            hobbies=typed,
        )
        for index, typed in enumerate(texts.values())
    ]
    customer = CustomerFacts(
        name="A&B <Trading> & Co",
        address=texts["chinese"],
        remarks="\n".join(LINES) + "\n" + " ".join(texts.values()),
        main_business=texts["bold"],
        business_scope=texts["rtl"],
        source_note=texts["emoji"],
        fact_sources={"name": texts["font"]},
    )
    saved = book.customers.save(CustomerSheet(customer, people=people))
    assert saved.customer.id is not None
    sheet = book.customers.load(saved.customer.id)
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(sheet, SheetLabels(), path, printed_on=PRINTED_ON)

    text = assert_prints_as_typed(path)
    assert "A&B <Trading> & Co" in text
    assert_lines_break(text)
    assert_on_the_page(path)


@needs_poppler
def test_diary_prints_hostile_rows_as_typed(book: Workspace, tmp_path: Path) -> None:
    from repdesk.reports.diary_pdf import write_diary_pdf

    day = WEEK.monday
    for typed, _ in HOSTILE.values():
        book.diary.save(DiaryRow(day, typed, contact=typed, visit_result=typed, notes=typed))
    book.diary.save(DiaryRow(day, "Line breaks", visit_result="\n".join(LINES)))
    lines = book.diary.lines(WEEK.monday, WEEK.sunday)
    assert len(lines) == len(HOSTILE) + 1
    page = DiaryPage("<b>Wang</b> & Li", "A&B team", WEEK.monday, WEEK.sunday, lines)
    path = tmp_path / "diary.pdf"
    write_diary_pdf(path, page, DiaryLabels(), printed_on=PRINTED_ON)

    text = assert_prints_as_typed(path)
    assert "<b>Wang</b> & Li" in text and "A&B team" in text
    assert_lines_break(text)
    assert_on_the_page(path)


def _visit_week(book: Workspace) -> tuple[list[str], str]:
    """A record of each hostile text in WEEK (customer, place, objective, record, objection),
    and a plan of the next week with them. Returns the record ids and a customer's id."""
    records = []
    customer = ""
    for hour, (typed, _) in enumerate(HOSTILE.values()):
        customer = _customer(
            book, typed, status=CustomerStatus.CUSTOMER, value_tier=ValueTier.LARGE, address=typed
        )
        at = datetime(2026, 11, 17, 8 + hour % 10, 5 * (hour // 10))
        plan = book.visits.new_plan(customer, at=at)
        plan = book.visits.save_plan(replace(plan, objective=typed, place=typed))
        record = book.visits.save_record(
            VisitRecordFacts(
                customer_id=customer,
                visited_at=at,
                summary="\n".join(LINES) + "\n" + typed,
                outcome=typed,
                next_step=typed,
                next_step_date=date(2026, 11, 20),
                objections=(ObjectionMet(customer_words=typed, answer_text=typed),),
                visit_plan_id=plan.id,
            ),
            finish=True,
        )
        assert record.id is not None
        records.append(record.id)
        next_week = book.visits.new_plan(customer, at=datetime(2026, 11, 24, 8 + hour % 10))
        book.visits.save_plan(replace(next_week, objective=typed, place=typed))
    return records, customer


@needs_poppler
def test_visit_reports_and_the_pack_print_hostile_text_as_typed(
    book: Workspace, tmp_path: Path
) -> None:
    from repdesk.reports.visit_report_pdf import write_report_pack, write_visit_report

    records, _ = _visit_week(book)
    labels = VisitReportLabels()
    for index, (key, (typed, shown)) in enumerate(HOSTILE.items()):
        report = book.visits.report(records[index], rep_name=typed, team="A&B")
        path = tmp_path / f"visit-{key}.pdf"
        write_visit_report(path, report, labels, printed_on=PRINTED_ON)
        text = assert_prints_as_typed(path, expected={key: ("", shown)})
        assert_lines_break(text)
    pack = book.visits.pack(WEEK.monday, WEEK.sunday, rep_name="<b>Wang</b>", team="A&B")
    path = tmp_path / "pack.pdf"
    write_report_pack(path, pack, labels, printed_on=PRINTED_ON)
    assert_prints_as_typed(path)
    assert_on_the_page(path)


@needs_poppler
def test_itinerary_prints_hostile_text_as_typed(book: Workspace, tmp_path: Path) -> None:
    from repdesk.reports.itinerary_pdf import itinerary_pdf_bytes

    _visit_week(book)
    day = date(2026, 11, 17)
    visits = book.visits.day(day)
    assert len(visits) == len(HOSTILE)
    path = tmp_path / "itinerary.pdf"
    path.write_bytes(itinerary_pdf_bytes("<b>Wang</b>", "A&B", day, visits, ItineraryLabels()))
    text = assert_prints_as_typed(path)
    assert "<b>Wang</b>" in text
    assert_on_the_page(path)


@needs_poppler
def test_weekly_summary_prints_hostile_text_as_typed(book: Workspace, tmp_path: Path) -> None:
    from repdesk.reports.weekly_report import weekly_pdf

    _visit_week(book)
    summary = book.weekly.summary(WEEK, today=AFTER)
    numbers = book.weekly.chart_numbers(WEEK)
    data = weekly_pdf(
        summary, WeeklyLabels(), numbers, ChartLabels(), rep_name="<b>Wang</b>", team="A&B"
    )
    path = tmp_path / "week.pdf"
    path.write_bytes(data)
    text = assert_prints_as_typed(path)
    assert "<b>Wang</b>" in text
    assert_on_the_page(path)


@needs_poppler
@pytest.mark.parametrize("word", [LONG_WORD, LONG_URL, "中" * 5000], ids=["digits", "url", "cjk"])
def test_a_5000_character_word_wraps_everywhere(book: Workspace, tmp_path: Path, word: str) -> None:
    """In every field of every report, at once: no LayoutError, nothing off the page."""
    from repdesk.reports.diary_pdf import write_diary_pdf
    from repdesk.reports.itinerary_pdf import itinerary_pdf_bytes
    from repdesk.reports.sheet_pdf import write_sheet_pdf
    from repdesk.reports.visit_report_pdf import write_visit_report
    from repdesk.reports.weekly_report import weekly_pdf

    customer = _customer(
        book,
        word,
        address=word,
        remarks=word,
        status=CustomerStatus.CUSTOMER,
        value_tier=ValueTier.VIP,
    )
    book.customers.save(
        replace(
            book.customers.load(customer),
            people=[PersonFacts(name=word, title=word, role=PersonRole.BUYER, hobbies=word)],
        )
    )
    at = datetime(2026, 11, 17, 10)
    plan = book.visits.save_plan(
        replace(book.visits.new_plan(customer, at=at), objective=word, place=word)
    )
    record = book.visits.save_record(
        VisitRecordFacts(
            customer_id=customer,
            visited_at=at,
            summary=word,
            outcome=word,
            next_step=word,
            next_step_date=date(2026, 11, 19),
            objections=(ObjectionMet(customer_words=word, answer_text=word, next_step=word),),
            visit_plan_id=plan.id,
        ),
        finish=True,
    )
    assert record.id is not None
    book.diary.save(DiaryRow(WEEK.monday, word, contact=word, visit_result=word, notes=word))

    paths = {name: tmp_path / f"{name}.pdf" for name in ("sheet", "diary", "visit", "day", "week")}
    write_sheet_pdf(book.customers.load(customer), SheetLabels(), paths["sheet"])
    page = DiaryPage(
        word, word, WEEK.monday, WEEK.sunday, book.diary.lines(WEEK.monday, WEEK.sunday)
    )
    write_diary_pdf(paths["diary"], page, DiaryLabels())
    report = book.visits.report(record.id, rep_name=word, team=word)
    write_visit_report(paths["visit"], report, VisitReportLabels())
    paths["day"].write_bytes(
        itinerary_pdf_bytes(word, word, at.date(), book.visits.day(at.date()), ItineraryLabels())
    )
    summary = book.weekly.summary(WEEK, today=AFTER)
    paths["week"].write_bytes(
        weekly_pdf(summary, WeeklyLabels(), book.weekly.chart_numbers(WEEK), ChartLabels())
    )
    for name, path in paths.items():
        assert_on_the_page(path)
        # The whole word is there, in order, however many lines and pages it took.
        # Less the page furniture: the footer, and the running head (the word, cut with "…").
        body = "\n".join(
            line
            for line in pdf_text(path).splitlines()
            if not re.match(r"\s*(Printed|Page \d+ of)", line) and "…" not in line
        )
        assert_all_there(word, squeeze(body), name)


def test_pdf_metadata_takes_no_control_characters() -> None:
    from repdesk.reports.pdf_parts import fit_text, plain_text

    assert plain_text("A&B\x00\nLtd\t") == "A&B Ltd"
    assert plain_text(None) == ""
    head = fit_text("深" * 5000, 8, 200)
    assert head.endswith("…") and 10 < len(head) < 100


# --- spreadsheets ------------------------------------------------------------------------------


def test_weekly_workbook_and_csv_hold_no_formula(book: Workspace, tmp_path: Path) -> None:
    from repdesk.reports.weekly_sheets import write_weekly_files

    names, outcomes = [], []
    for index, risky in enumerate(RISKY):
        customer = _customer(
            book, risky, status=CustomerStatus.CUSTOMER, value_tier=ValueTier.SMALL
        )
        record = book.visits.save_record(
            VisitRecordFacts(
                customer_id=customer,
                visited_at=datetime(2026, 11, 18, 9 + index),
                outcome=risky,
            ),
            finish=True,
        )
        names.append(book.customers.load(customer).customer.name)  # stripped: "=tab"
        outcomes.append(record.outcome)
    summary = book.weekly.summary(WEEK, today=AFTER)
    written = write_weekly_files(summary, tmp_path / "out", csv=True, pdf=False)

    seen: set[str] = set()
    wanted = {_xml_line_ends(text) for text in (*names, *outcomes)}
    for sheet in load_workbook(written[0]).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and _xml_line_ends(cell.value) in wanted:
                    assert cell.data_type == "s", (cell.coordinate, cell.value)
                    seen.add(_xml_line_ends(cell.value))
    assert seen == wanted
    assert set(RISKY) <= set(outcomes)  # "\t=tab" and "\r=cr" as typed
    made = next(p for p in written if p.name.endswith("-visits-made.csv"))
    with made.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    in_file = {
        "Customer": [row[header.index("Customer")] for row in rows[1:-1]],
        "Outcome": [row[header.index("Outcome")] for row in rows[1:-1]],
    }
    for column, typed in (("Customer", names), ("Outcome", outcomes)):
        # The apostrophe before each (not before "#N/A": no formula starts so).
        assert sorted(in_file[column]) == sorted(
            text if text == "#N/A" else "'" + text for text in typed
        ), column


def test_xlsx_headers_are_text_too(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_xlsx(path, ["=1+1", "#N/A", "@cmd"], [["=2+2", "#REF!", "-x"]])
    sheet = load_workbook(path).worksheets[0]
    for cell in (*sheet[1], *sheet[2]):
        assert cell.data_type == "s", (cell.coordinate, cell.value)
    assert [c.value for c in sheet[1]] == ["=1+1", "#N/A", "@cmd"]
    assert [c.value for c in sheet[2]] == ["=2+2", "#REF!", "-x"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_customer_export_reimports_the_exact_text(
    book: Workspace, empty_template: Path, tmp_path: Path, suffix: str
) -> None:
    texts = [*RISKY, *(typed for typed, _ in HOSTILE.values()), "\n".join(LINES), LONG_WORD]
    texts += ["'=kept", "''=twice", "'", "+44 20 7946 0000", "-5", "  padded  "]
    ids = []
    for index, text in enumerate(texts):
        sheet = book.customers.save(
            CustomerSheet(
                CustomerFacts(name=f"{index} {text}", remarks=text, main_business=text),
                people=[PersonFacts(name=f"P{index}", notes=text, hobbies=text)],
            )
        )
        assert sheet.customer.id is not None
        ids.append(sheet.customer.id)
    path = tmp_path / f"customers{suffix}"
    assert export_customers(book.store, ids, path) == len(ids)

    if suffix == ".xlsx":
        worksheet = load_workbook(path).worksheets[0]
        assert all(cell.data_type != "f" for row in worksheet.iter_rows() for cell in row)
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        remarks = rows[0].index("Customer remarks")
        stored = {
            text: book.customers.load(customer_id).customer.remarks
            for text, customer_id in zip(texts, ids, strict=True)
        }
        in_file = dict(zip(texts, (row[remarks] for row in rows[1:]), strict=True))
        for risky in RISKY:
            expected = stored[risky] if risky == "#N/A" else "'" + stored[risky]
            assert in_file[risky] == expected, repr(risky)
        assert in_file["+44 20 7946 0000"] == "+44 20 7946 0000"  # cannot call anything
        assert in_file["'=kept"] == "''=kept"

    other = tmp_path / "other.db"
    shutil.copyfile(empty_template, other)
    target = Workspace(open_store(other))
    try:
        plan = plan_import(target.store, read_source(path))
        assert plan.count(RowStatus.NEW) == len(ids), [r.problems for r in plan.invalid][:3]
        apply_plan(target.customers, plan)
        for customer_id, text in zip(ids, texts, strict=True):
            before, after = book.customers.load(customer_id), target.customers.load(customer_id)
            for old, new in (
                (before.customer.name, after.customer.name),
                (before.customer.remarks, after.customer.remarks),
                (before.customer.main_business, after.customer.main_business),
                (before.people[0].notes, after.people[0].notes),
                (before.people[0].hobbies, after.people[0].hobbies),
            ):
                if suffix == ".xlsx":  # XML holds no control character but tab and line breaks
                    old = _xml_line_ends(re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", old))
                    new = _xml_line_ends(new)
                assert new == old, repr(text)
    finally:
        target.close()


# --- file names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("深圳华信电子有限公司", "深圳华信电子有限公司"),
        ('A/B: "C" <D>?', "A_B_ _C_ _D"),
        ("Acme\nLtd\t\x00\x1f\u2028Co", "Acme Ltd _ Co"),
        ("..\\..\\Windows\\System32", "Windows_System32"),
        ("../../etc/passwd", "etc_passwd"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1 ", "_Com1"),
        ("lpt9", "_lpt9"),
        ("CONSOLE", "CONSOLE"),
        ("Acme Ltd.", "Acme Ltd"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),  # no right-to-left override
        ("e\u0301cole", "\u00e9cole"),  # composed (NFC)
        ("Lily 🌸", "Lily 🌸"),
        (" .. ", "file"),
        ("", "file"),
    ],
)
def test_safe_file_name(typed: str, name: str) -> None:
    assert safe_file_name(typed) == name


def test_a_file_name_keeps_whole_characters_within_its_bytes() -> None:
    name = safe_file_name("深圳华信电子科技有限公司" * 20)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name == "深圳华信电子科技有限公司" * 3 + "深圳华信"  # 120 bytes: 40 characters
    assert safe_file_name("", "客户表") == "客户表"
    assert safe_file_name("///", "") == "file"
    assert file_name_part("///") == ""
    with pytest.raises(ValueError, match="max_bytes"):
        safe_file_name("x", max_bytes=3)


_NASTY = st.sampled_from(
    list('/\\:*?"<>|. _-\t\n\x00\x1f\x7f\u200d\u202e\u2028\ufeffCONPRNAUXNULcomlpt19¹深圳🌸é\u0301')
)


@settings(max_examples=400, deadline=None)
@given(
    text=st.one_of(st.text(), st.text(_NASTY), st.text(_NASTY, min_size=100, max_size=300)),
    fallback=st.one_of(st.text(max_size=10), st.text(_NASTY, max_size=10)),
    max_bytes=st.integers(min_value=8, max_value=255),
)
def test_a_safe_file_name_is_always_safe(text: str, fallback: str, max_bytes: int) -> None:
    name = safe_file_name(text, fallback, max_bytes=max_bytes)
    assert name
    assert len(name.encode("utf-8")) <= max(max_bytes, len("file"))
    assert not set(name) & set('/\\:*?"<>|')
    assert all(unicodedata.category(char) not in ("Cc", "Cs", "Cf") for char in name)
    assert name not in (".", "..")
    assert name[0] not in " ." and name[-1] not in " ."
    assert not is_reserved(name) and not is_reserved(f"{name}.pdf")
    assert name == unicodedata.normalize("NFC", name)
    assert safe_file_name(name, max_bytes=max_bytes) == name  # the rule is stable


def test_csv_round_trip_through_the_csv_module(tmp_path: Path) -> None:
    """The CSV writer's apostrophe is the one place of the rule; csv_io reads it back off."""
    from repdesk.reports.interchange.csv_io import read_csv, write_csv

    path = tmp_path / "t.csv"
    plain = ["#N/A", "'", "-5", "+44 20 7946 0000", "A&B", "中文", "<b>x</b>"]
    values = [*RISKY, "'=kept", *plain]
    write_csv(path, ["=Value"], [[v] for v in values])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        raw = list(csv.reader(handle))
    assert raw[0] == ["'=Value"]
    written = dict(zip(values, (row[0] for row in raw[1:]), strict=True))
    for value in RISKY:
        assert written[value] == ("'" + value if value != "#N/A" else value), repr(value)
    assert written["'=kept"] == "''=kept"  # so that reading takes one apostrophe off
    for value in plain:  # numbers and phones cannot call anything: as typed
        assert written[value] == value, repr(value)
    assert [row.values[0] for row in read_csv(path).rows] == values
