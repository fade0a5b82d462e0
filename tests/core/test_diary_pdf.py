"""The printed prospect diary (目标客户探询的个人日记), read back as a rep's PDF viewer would.

pdftotext -layout (poppler-utils, which ./dev installs) extracts the text as
the page shows it, the table's cells side by side: what it finds is what a
search in the PDF finds, so Chinese must be embedded with its Unicode map and
every cell must be there, whole, as the rep typed it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from repdesk.domain.diary import DiaryLine, DiaryPage, DiaryRow
from repdesk.domain.enums import LeadSourceCode
from repdesk.reports.labels import DiaryLabels, english_lead_sources, fill
from tests import conftest

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

PRINTED_ON = date(2026, 11, 23)
MONDAY, SUNDAY = date(2026, 11, 16), date(2026, 11, 22)
HOSTILE = '<b>&amp; "quotes" > <'

# The seed's own words for the form, as the Chinese UI hands them in.
CHINESE = DiaryLabels(
    title="目标客户探询的个人日记",
    rep_name="姓名",
    team="团队",
    period="日期",
    first_contact="第一次接触",
    company="公司",
    contact="联系人",
    lead_source_column="线索来源",
    phone="电话",
    appointment="约定时间",
    visit_result="访问成果",
    follow_up="后续活动",
    note="备注：%1",
    due="到期 %1",
    done="已完成",
    empty="本期没有接触记录",
    printed_on="打印日期：%1",
    page_of="第 %1 页，共 %2 页",
    lead_sources={
        LeadSourceCode.FRIEND_REFERRAL.value: "朋友推荐",
        LeadSourceCode.ARCHIVE.value: "档案客户",
        LeadSourceCode.COLD_VISIT.value: "陌生访问",
    },
)


def squeeze(text: str) -> str:
    """Text without any whitespace: a wrapped line or a column gap must not hide a match."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return conftest.pdf_text(path, layout=True)


def pdf_pages(path: Path) -> int:
    return pdf_text(path).count("\f")


def build(page: DiaryPage, labels: DiaryLabels, path: Path) -> str:
    from repdesk.reports.diary_pdf import write_diary_pdf

    written = write_diary_pdf(path, page, labels, printed_on=PRINTED_ON)
    assert written == path
    return pdf_text(path)


def seed_lines() -> list[DiaryLine]:
    """The seed's two example rows, an English one and one typed to break markup; not in order."""
    return [
        DiaryLine(
            DiaryRow(
                date(2026, 11, 18),
                "X公司",
                "李四",
                phone="56781234",
                appointment_at=datetime(2026, 11, 19, 14, 0),
                notes="国庆节活动送月饼券",
                id="x",
            ),
            lead_source_code=LeadSourceCode.ARCHIVE.value,
        ),
        DiaryLine(
            DiaryRow(
                date(2026, 11, 16),
                "ABC公司",
                "张三",
                phone="12345678",
                appointment_at=datetime(2026, 11, 16, 11, 0),
                visit_result="初步同意!",
                follow_up="邮寄更多的资料,电话联系",
                follow_up_due=date(2026, 11, 20),
                notes="母亲节送她一束鲜花!",
                id="abc",
            ),
            lead_source_code=LeadSourceCode.FRIEND_REFERRAL.value,
            follow_up_done=True,
        ),
        DiaryLine(
            DiaryRow(
                date(2026, 11, 17),
                "Taylor & Wood Trading",
                "Margaret O'Neill",
                phone="+86 138 0013 8000",
                appointment_at=datetime(2026, 11, 24, 9, 30),
                visit_result="Agreed in principle (初步同意)",
                follow_up="Send the quote and samples",
                follow_up_due=date(2026, 11, 21),
                id="tw",
            ),
            lead_source_code=LeadSourceCode.COLD_VISIT.value,
        ),
        DiaryLine(
            DiaryRow(
                date(2026, 11, 19),
                HOSTILE,
                "Zoë <script>",
                visit_result=HOSTILE,
                follow_up="<i>call</i> & write",
                follow_up_due=date(2026, 11, 22),
                id="h",
            ),
            lead_source_label="展会 <own>",
        ),
    ]


def seed_page(lines: list[DiaryLine] | None = None) -> DiaryPage:
    return DiaryPage("王伟", "华南一组", MONDAY, SUNDAY, seed_lines() if lines is None else lines)


def long_note() -> str:
    """20,000 characters, numbered so that a lost piece shows where."""
    parts: list[str] = []
    n = 0
    while sum(map(len, parts)) < 20_000:
        n += 1
        parts.append(f"〔{n:04d}〕客户关怀 care point {n}: <gift> & call. ")
    return "".join(parts)[:20_000]


def without_page_furniture(text: str, labels: DiaryLabels) -> str:
    """The text less each page's footer, running head and repeated column headings."""
    headings = [
        labels.first_contact,
        labels.company,
        labels.contact,
        labels.lead_source_column,
        labels.phone,
        labels.appointment,
        labels.visit_result,
        labels.follow_up,
    ]
    furniture = re.compile(
        "|".join(
            (
                re.escape(fill(labels.printed_on, PRINTED_ON.isoformat())) + r"\s+.*",
                r".*" + re.escape(labels.title),
                r"\s*".join(re.escape(heading) for heading in headings),
            )
        )
    )
    return "\n".join(line for line in text.splitlines() if not furniture.fullmatch(line.strip()))


# --- what prints ------------------------------------------------------------------


def test_the_seed_rows_print_in_chinese_with_the_seed_columns(tmp_path: Path) -> None:
    path = tmp_path / "diary.pdf"
    text = build(seed_page(), CHINESE, path)
    flat = squeeze(text)

    # The seed's header and its eight columns, in its order, on one line.
    assert "目标客户探询的个人日记" in flat
    assert re.search(r"姓名\s+王伟\s+团队\s+华南一组\s+日期\s+2026-11-16 – 2026-11-22", text)
    columns = r"第一次接触\s+公司\s+联系人\s+线索来源\s+电话\s+约定时间\s+访问成果\s+后续活动"
    assert re.search(columns, text), text
    for value in (
        "ABC公司",
        "张三",
        "朋友推荐",
        "12345678",
        "初步同意!",
        "邮寄更多的资料,电话联系",
        "母亲节送她一束鲜花!",
        "X公司",
        "李四",
        "档案客户",
        "56781234",
        "国庆节活动送月饼券",
        "陌生访问",
        "展会<own>",
        "到期2026-11-20",
        "已完成",
        "11:00",
        "14:00",
    ):
        assert squeeze(value) in flat, value
    assert "第1页，共1页" in flat
    assert "打印日期：2026-11-23" in flat
    # The follow-up's due date and tick sit under the action in its own cell.
    assert re.search(r"邮寄更多的资料,电话联系\n.*到期 2026-11-20 · ✓ 已完成", text), text


def test_rows_print_in_date_order(tmp_path: Path) -> None:
    text = squeeze(build(seed_page(), DiaryLabels(), tmp_path / "diary.pdf"))
    order = [text.index(company) for company in ("ABC公司", "Taylor&Wood", "X公司", "Zoë")]
    assert order == sorted(order)


def test_english_labels_and_every_value(tmp_path: Path) -> None:
    path = tmp_path / "diary.pdf"
    labels = DiaryLabels()
    text = build(seed_page(), labels, path)
    flat = squeeze(text)

    for heading in (
        "Prospect diary",
        "First contact",
        "Company",
        "Contact person",
        "Lead source",
        "Phone",
        "Appointment",
        "Visit result",
        "Follow-up action",
    ):
        assert squeeze(heading) in flat, heading
    for line in seed_lines():
        row = line.row
        for value in (row.company, row.contact, row.phone, row.visit_result, row.follow_up):
            assert squeeze(value) in flat, value
        if row.notes:
            assert squeeze(fill(labels.note, row.notes)) in flat
    assert "+86 138 0013 8000" in text  # a phone keeps its spaces on one line
    for code in ("friend_referral", "cold_visit"):
        assert english_lead_sources()[code] in text
    assert "Due2026-11-21" in flat and "✓Done" in flat
    assert "Page 1 of 1" in text


def test_typed_markup_prints_literally(tmp_path: Path) -> None:
    text = build(seed_page(), DiaryLabels(), tmp_path / "diary.pdf")
    flat = squeeze(text)

    assert flat.count(squeeze(HOSTILE)) == 2  # the company and the visit result, as typed
    assert "Zoë <script>" in text
    assert "<i>call</i> & write" in text
    assert squeeze("展会 <own>") in flat  # a lead source the rep named


def test_a_20000_character_note_flows_over_pages_whole(tmp_path: Path) -> None:
    note = long_note()
    assert len(note) == 20_000
    lines = [
        *seed_lines(),
        DiaryLine(DiaryRow(date(2026, 11, 20), "LongNote Ltd", "赵敏", notes=note, id="long")),
    ]
    path = tmp_path / "long.pdf"
    labels = DiaryLabels()
    text = build(seed_page(lines), labels, path)

    pages = pdf_pages(path)
    assert pages >= 5
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    # The column headings repeat at the top of every page.
    assert len(re.findall(r"First contact\s+Company\s+Contact person", text)) == pages
    body = squeeze(without_page_furniture(text, labels))
    printed = squeeze(fill(labels.note, note))
    assert printed in body
    start = body.index(printed)
    assert body[start - len("LongNoteLtd赵敏") : start] == "LongNoteLtd赵敏"
    # Every numbered piece, once, in order.
    numbers = [int(n) for n in re.findall(r"〔(\d{4})〕", body[start : start + len(printed)])]
    assert numbers == list(range(1, numbers[-1] + 1))
    assert printed.endswith(squeeze(note[-30:]))


def test_an_empty_period_prints_the_header_and_says_so(tmp_path: Path) -> None:
    page = DiaryPage("Wang Wei", "South 1", date(2026, 11, 23), date(2026, 11, 23))
    text = build(page, DiaryLabels(), tmp_path / "empty.pdf")

    assert re.search(r"Name\s+Wang Wei\s+Team\s+South 1\s+Date\s+2026-11-23\n", text), text
    assert "No contacts in this period" in text
    assert "First contact" not in text
    assert "Page 1 of 1" in text

    chinese = squeeze(build(DiaryPage("王伟", "", MONDAY, SUNDAY), CHINESE, tmp_path / "zh.pdf"))
    assert "本期没有接触记录" in chinese
    assert "姓名王伟团队日期2026-11-16–2026-11-22" in chinese


def test_chinese_is_embedded_and_searchable(tmp_path: Path) -> None:
    path = tmp_path / "diary.pdf"
    build(seed_page(), CHINESE, path)
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed")
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    embedded = [line for line in listing.splitlines() if "TrueType" in line]
    assert embedded
    # name, type, encoding, then emb / sub / uni: embedded, subset, with a Unicode map
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in embedded), listing


def test_the_pdf_is_landscape_a4(tmp_path: Path) -> None:
    from repdesk.reports.diary_pdf import diary_pdf_bytes

    data = diary_pdf_bytes(seed_page(), DiaryLabels(), printed_on=PRINTED_ON)
    assert data.startswith(b"%PDF")
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo is not installed")
    path = tmp_path / "diary.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"Page size:\s+841\.89 x 595\.276 pts \(A4\)", info.stdout), info.stdout


def test_write_diary_pdf_replaces_the_file_whole(tmp_path: Path) -> None:
    from repdesk.reports.diary_pdf import write_diary_pdf

    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    assert write_diary_pdf(target, seed_page([]), DiaryLabels()) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


# --- the labels -----------------------------------------------------------------


def test_lead_sources_label_codes_and_keep_the_reps_own() -> None:
    labels = DiaryLabels()
    assert set(english_lead_sources()) == {code.value for code in LeadSourceCode}
    assert labels.lead_source("friend_referral") == "Friend referral"
    assert labels.lead_source(None, "My golf club") == "My golf club"
    assert labels.lead_source(None) == ""
    assert CHINESE.lead_source("archive", "ignored") == "档案客户"
    assert CHINESE.lead_source("newspaper") == "Newspaper"  # no Chinese given: English
    assert labels.lead_source("trade_fair", "Trade fair 2026") == "Trade fair 2026"
    assert labels.lead_source("trade_fair") == "trade fair"


def test_the_period_is_a_day_or_a_range() -> None:
    labels = DiaryLabels()
    assert labels.period_text(MONDAY, MONDAY) == "2026-11-16"
    assert labels.period_text(MONDAY, SUNDAY) == "2026-11-16 – 2026-11-22"
    assert CHINESE.period_text(date(2026, 11, 1), date(2026, 11, 30)) == "2026-11-01 – 2026-11-30"


def test_every_default_label_is_english_text() -> None:
    labels = DiaryLabels()
    for name, text in vars(labels).items():
        if isinstance(text, str):
            assert text.strip(), name
            assert text.replace("–", "-").isascii(), name
