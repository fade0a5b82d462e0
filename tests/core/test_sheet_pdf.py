"""The printed customer sheet (客户情况明细表), read back from the PDF as a rep's viewer would.

pdftotext (poppler-utils, which ./dev installs) extracts the text: what it finds
is what a search in the PDF finds, so Chinese must be embedded with its
Unicode map, and every item, person and value must be there, whole.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from repdesk.db.models import Customer, Person
from repdesk.db.store import Store, open_store
from repdesk.domain.enums import (
    ClassificationField,
    CustomerStatus,
    DissatisfactionSignal,
    LoyaltyStage,
    PersonRole,
    ProspectGrade,
    Quadrant,
)
from repdesk.domain.sheet import (
    ClassificationEntry,
    CustomerFacts,
    CustomerSheet,
    LearnTopic,
    PersonFacts,
    SignalEntry,
)
from repdesk.reports import fonts
from repdesk.reports.labels import SheetLabels, every_label_text, fill
from repdesk.services.customers import CustomerService
from tests.conftest import pdf_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

PRINTED_ON = date(2026, 11, 18)

# The seed's own words for the form, as the Chinese UI hands them in.
CHINESE = SheetLabels(
    title="客户情况明细表",
    name="客户名称",
    address="地址",
    phone="电话",
    buyer="购买者",
    person_title="头衔",
    personality="个性",
    hobbies="爱好",
    interests="兴趣",
    source="目标客户的来源",
    other_people="其他重要接待人员",
    main_business="主营业务",
    industry_history="在该产业中的历史和地位",
    employees="职员人数",
    business_scope="业务范围",
    purchase_by="购买由个人还是公司进行",
    purchase_channels="单一渠道还是多渠道购买",
    remarks="其他备注",
    printed_on="打印日期：%1",
    page_of="第 %1 页，共 %2 页",
    values={
        (Quadrant, "outsider"): "局外人",
        (Quadrant, "supplier"): "供应商",
        (Quadrant, "friend"): "朋友",
        (Quadrant, "partner"): "合作伙伴",
        (PersonRole, "secretary"): "秘书",
        (PersonRole, "department_head"): "部门负责人",
        (PersonRole, "influencer"): "其他影响者",
    },
)

ITEM_LABELS = (
    "name",
    "address",
    "phone",
    "buyer",
    "source",
    "other_people",
    "main_business",
    "industry_history",
    "employees",
    "business_scope",
    "purchase_by",
    "purchase_channels",
    "remarks",
)


def squeeze(text: str) -> str:
    """Text without any whitespace: a wrapped line must not hide a match.

    pdftotext -raw keeps the order the PDF draws in: cell by cell, line by line.
    """
    return re.sub(r"\s+", "", text)


def without_page_furniture(text: str, labels: SheetLabels, customer: str) -> str:
    """The text less each page's footer, running head and repeated table header."""
    furniture = re.compile(
        "|".join(
            (
                re.escape(fill(labels.printed_on, PRINTED_ON.isoformat())) + " .*",
                re.escape(f"{customer} {labels.title}"),
                re.escape(f"{labels.column_number} {labels.column_item} {labels.column_details}"),
            )
        )
    )
    return "\n".join(line for line in text.splitlines() if not furniture.fullmatch(line.strip()))


def pdf_pages(path: Path) -> int:
    return pdf_text(path).count("\f")


def build(sheet: CustomerSheet, labels: SheetLabels, path: Path) -> str:
    from repdesk.reports.sheet_pdf import write_sheet_pdf

    write_sheet_pdf(sheet, labels, path, printed_on=PRINTED_ON)
    return pdf_text(path)


@pytest.fixture
def store(demo_db: Path) -> Iterator[Store]:
    opened = open_store(demo_db)
    yield opened
    opened.close()


@pytest.fixture
def demo_sheet(store: Store) -> CustomerSheet:
    """The Chinese-named demo customer with the most people around the purchase."""
    with store.reading() as session:
        rows = session.execute(
            select(Customer.id, Customer.name, func.count(Person.id).label("people"))
            .join(Person, Person.customer_id == Customer.id)
            .where(Customer.deleted_at.is_(None), Person.deleted_at.is_(None))
            .group_by(Customer.id)
            .order_by(func.count(Person.id).desc(), Customer.name)
        ).all()
    chinese = [row for row in rows if re.search(r"[\u4e00-\u9fff]", row.name)]
    sheet = CustomerService(store).load(chinese[0].id)
    assert len(sheet.people) >= 3
    return sheet


def test_the_sheet_reads_back_with_every_item_person_and_value(
    demo_sheet: CustomerSheet, tmp_path: Path
) -> None:
    labels = SheetLabels()
    text = squeeze(build(demo_sheet, labels, tmp_path / "sheet.pdf"))
    customer = demo_sheet.customer

    assert squeeze(labels.title) in text
    for key in ITEM_LABELS:
        assert squeeze(getattr(labels, key)) in text, key
    for value in (
        customer.name,
        customer.address,
        customer.phone,
        customer.main_business,
        customer.industry_history,
        customer.business_scope,
        customer.remarks,
        demo_sheet.lead_source_label,
        customer.source_note,
        f"{customer.employees:,}" if customer.employees else "",
    ):
        assert squeeze(value) in text, value
    for person in demo_sheet.people:
        for value in (person.name, person.title, person.hobbies, person.personality):
            assert squeeze(value) in text, (person.name, value)
        for source in person.fact_sources.values():
            assert squeeze(fill(labels.fact_source, source)) in text
    for source in customer.fact_sources.values():
        assert squeeze(source) in text
    for section in (labels.classification, labels.history, labels.to_learn):
        assert squeeze(section) in text
    for item in demo_sheet.to_learn():
        assert squeeze(labels.question_for(item.topic, item.person)) in text


def test_chinese_is_embedded_and_searchable(demo_sheet: CustomerSheet, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    text = squeeze(build(demo_sheet, CHINESE, path))

    for term in (
        "客户情况明细表",
        "客户名称",
        "地址",
        "电话",
        "购买者",
        "个性",
        "爱好",
        "兴趣",
        "目标客户的来源",
        "其他重要接待人员",
        "主营业务",
        "在该产业中的历史和地位",
        "职员人数",
        "业务范围",
        "购买由个人还是公司进行",
        "单一渠道还是多渠道购买",
        "其他备注",
        demo_sheet.customer.name,
        *(person.name for person in demo_sheet.people),
    ):
        assert term in text, term
    pages = pdf_pages(path)
    assert squeeze(f"第 {pages} 页，共 {pages} 页") in text
    assert "打印日期：2026-11-18" in text
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        embedded = [line for line in listing.splitlines() if "TrueType" in line]
        assert embedded
        # name, type, encoding, then emb / sub / uni: embedded, subset, with a Unicode map
        assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in embedded), listing


def test_long_remarks_wrap_over_pages_without_loss(
    demo_sheet: CustomerSheet, tmp_path: Path
) -> None:
    remarks = "\n".join(
        f"第{n}次拜访：客户正在扩建新厂房，计划明年三月投产，采购部希望春节前收到方案。"
        f"Visit {n}: the plant manager wants samples of the 40 W model before the trial run."
        for n in range(1, 61)
    )
    sheet = dataclasses.replace(
        demo_sheet, customer=dataclasses.replace(demo_sheet.customer, remarks=remarks)
    )
    path = tmp_path / "long.pdf"
    labels = SheetLabels()
    text = build(sheet, labels, path)

    body = without_page_furniture(text, labels, sheet.customer.name)
    assert squeeze(remarks) in squeeze(body)
    pages = pdf_pages(path)
    assert pages >= 4
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    # The form's header row is repeated on each page the form runs over.
    assert text.count("Details") >= 3


def test_many_people_split_across_pages_in_role_order(tmp_path: Path) -> None:
    roles = list(PersonRole)
    people = [
        PersonFacts(
            name=f"联系人{index:02d}",
            title=f"职位{index:02d}",
            role=roles[index % len(roles)],
            quadrant=list(Quadrant)[index % 4],
            hobbies="钓鱼、打高尔夫" if index % 2 else "",
            notes="重要：" + "喜欢先看数据再决定。" * (30 if index == 5 else 1),
        )
        for index in range(24)
    ]
    sheet = CustomerSheet(CustomerFacts(name="深圳华信电子有限公司"), people=people)
    path = tmp_path / "people.pdf"
    text = squeeze(build(sheet, SheetLabels(), path))

    positions = [text.index(person.name) for person in people]
    assert all(position >= 0 for position in positions)
    assert squeeze(people[5].notes) in text
    buyers = [p for p in people if p.role is PersonRole.BUYER]
    first_other = min(text.index(p.name) for p in people if p.role is not PersonRole.BUYER)
    assert all(text.index(p.name) < first_other for p in buyers)  # item 4 comes before item 6
    assert pdf_pages(path) >= 3


def test_an_empty_sheet_prints_the_blank_form(tmp_path: Path) -> None:
    sheet = CustomerSheet(CustomerFacts(name="新客户"))
    labels = SheetLabels()
    text = squeeze(build(sheet, labels, tmp_path / "empty.pdf"))

    assert "新客户" in text
    for key in ITEM_LABELS:
        assert squeeze(getattr(labels, key)) in text, key
    for role in (PersonRole.SECRETARY, PersonRole.DEPARTMENT_HEAD, PersonRole.INFLUENCER):
        assert squeeze(labels.value(role)) in text  # blank rows to fill in by hand
    assert squeeze(labels.no_open_signals) in text
    assert squeeze(labels.no_history) in text
    assert squeeze(labels.question_for(LearnTopic.BUYER, "")) in text


def test_classification_signals_and_history_are_labelled(tmp_path: Path) -> None:
    facts = CustomerFacts(
        name="Taylor & Wood <Ltd>",
        status=CustomerStatus.PROSPECT,
        prospect_grade=ProspectGrade.B,
        share_percent=72.5,
        upcoming_quantity=150,
        loyalty_stage=LoyaltyStage.REPEAT,
    )
    sheet = CustomerSheet(
        facts,
        signals=[
            SignalEntry(DissatisfactionSignal.CITES_COMPETITOR, date(2026, 10, 2), "Acme & co"),
            SignalEntry(
                DissatisfactionSignal.FALLING_VOLUME,
                date(2026, 9, 1),
                "resolved one",
                resolved_on=date(2026, 10, 1),
            ),
        ],
        history=[
            ClassificationEntry(
                ClassificationField.PROSPECT_GRADE,
                "C",
                "B",
                datetime(2026, 9, 24, 9),
                "met the boss",
            )
        ],
    )
    labels = SheetLabels(
        values={
            (DissatisfactionSignal, "cites_competitor"): "Keeps citing a competitor",
            (DissatisfactionSignal, "falling_volume"): "Falling purchase volume",
            (LoyaltyStage, "repeat"): "Repeat purchase",
        }
    )
    text = squeeze(build(sheet, labels, tmp_path / "classified.pdf"))

    assert squeeze("Taylor & Wood <Ltd>") in text  # markup characters print as typed
    assert squeeze("Keeps citing a competitor") in text
    assert "Acme&co" in text
    assert "Fallingpurchasevolume" not in text  # resolved: not an open signal
    assert "72.5%" in text
    assert "150" in text
    assert squeeze("Keep close") in text  # high share, large quantity: 重点保持
    assert "Repeatpurchase" in text
    assert "2026-09-24" in text and "mettheboss" in text


def test_write_sheet_pdf_replaces_the_file_whole(tmp_path: Path) -> None:
    from repdesk.reports.sheet_pdf import write_sheet_pdf

    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    written = write_sheet_pdf(CustomerSheet(CustomerFacts(name="甲")), SheetLabels(), target)
    assert written == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_every_default_label_is_english_text() -> None:
    for name, text in every_label_text(SheetLabels()):
        assert text.strip(), name
        assert text.isascii() or "·" in text, name


# --- the font -----------------------------------------------------------------


def test_a_cjk_truetype_font_is_found() -> None:
    font = fonts.find_cjk_font()
    assert font.path.is_file()
    assert fonts.has_truetype_outlines(font)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x00\x01\x00\x00\x00\x02" + b"\x00" * 6 + b"glyf" + b"\x00" * 12 + b"cmap", True),
        (b"OTTO\x00\x02" + b"\x00" * 6 + b"CFF " + b"\x00" * 12 + b"cmap", False),
        (b"not a font at all", False),
        (b"", False),
    ],
)
def test_only_truetype_outlines_are_taken(tmp_path: Path, data: bytes, expected: bool) -> None:
    path = tmp_path / "font.ttf"
    path.write_bytes(data + b"\x00" * 32)
    assert fonts.has_truetype_outlines(fonts.CjkFont(path)) is expected


def test_the_environment_names_a_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = fonts.find_cjk_font()
    monkeypatch.setenv(fonts.ENV_VARIABLE, f"{real.path}:{real.index}")
    assert next(fonts.candidates()) == real
    monkeypatch.setenv(fonts.ENV_VARIABLE, str(tmp_path / "nothing.ttf"))
    assert next(fonts.candidates()) == fonts.CjkFont(tmp_path / "nothing.ttf")


def test_no_cjk_font_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(
        fonts, "candidates", lambda: iter([fonts.CjkFont(tmp_path / "missing.ttc")])
    )
    fonts.find_cjk_font.cache_clear()
    try:
        with pytest.raises(fonts.NoCjkFontError) as raised:
            fonts.find_cjk_font()
    finally:
        fonts.find_cjk_font.cache_clear()
    assert fonts.ENV_VARIABLE in str(raised.value)
    assert raised.value.tried == [str(tmp_path / "missing.ttc")]


def test_reports_import_no_heavy_library_until_used() -> None:
    code = (
        "import sys\n"
        "import repdesk.reports.labels, repdesk.reports.fonts, repdesk.reports.relationship_map\n"
        "heavy = [m for m in ('matplotlib', 'reportlab', 'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert done.stdout.strip() == ""
