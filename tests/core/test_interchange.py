"""The file formats: CSV (UTF-8, BOM, GBK; comma, semicolon, tab), XLSX and vCard 3.0/4.0."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from repdesk.domain.enums import Gender, PersonRole, Quadrant
from repdesk.domain.sheet import PersonFacts
from repdesk.reports.interchange.csv_io import read_csv, write_csv
from repdesk.reports.interchange.errors import FileReadError, ReadProblem
from repdesk.reports.interchange.files import read_source
from repdesk.reports.interchange.vcard_io import read_vcards, write_vcards
from repdesk.reports.interchange.xlsx_io import read_xlsx, write_xlsx
from repdesk.services.customer_export import PersonCard
from repdesk.services.import_rows import SourceTable
from repdesk.services.sheet_columns import Target

DATA = Path(__file__).resolve().parents[1] / "data"


def _column(table: SourceTable, header: str) -> list[str]:
    index = table.headers.index(header)
    return [row.values[index] for row in table.rows]


def test_a_gbk_csv_from_chinese_excel_reads_as_gb18030() -> None:
    table = read_csv(DATA / "salesforce_contacts_gbk.csv")
    assert table.encoding == "GB18030"
    assert table.headers[:3] == ["Account Name", "First Name", "Last Name"]
    assert _column(table, "Account Name")[0] == "深圳华信电子有限公司"
    assert _column(table, "Description")[4] == '他们说"价格,服务"都重要'  # quotes and a comma
    assert [row.number for row in table.rows] == [2, 3, 4, 5, 6]


def test_utf8_with_a_bom_loses_the_bom_and_keeps_multi_line_values() -> None:
    table = read_csv(DATA / "hubspot_contacts_utf8_bom.csv")
    assert table.encoding == "UTF-8"
    assert table.headers[0] == "Company Name"  # no \ufeff
    assert _column(table, "Notes")[0] == "Met at the Leeds fair.\nWants a demo in March."
    assert _column(table, "City")[2] == "München"
    # The first record spans lines 2-3: the next starts on line 4, as row 3.
    assert [(row.number, row.line) for row in table.rows] == [(2, 2), (3, 4), (4, 5)]


def test_semicolons_are_found_and_commas_inside_values_kept() -> None:
    table = read_csv(DATA / "excel_semicolon.csv")
    assert table.headers == ["Company", "Contact", "Phone", "Address", "City", "Notes"]
    assert _column(table, "Address")[0] == "12, rue de la Paix"
    assert _column(table, "Notes")[0] == "Livraison le mardi; pas le lundi"


def test_tabs_and_a_single_column_fall_back_sensibly(tmp_path: Path) -> None:
    tabbed = tmp_path / "tabbed.txt"
    tabbed.write_text("Company\tPhone\nAcme, Inc.\t+1 555 0100\n", encoding="utf-8")
    table = read_csv(tabbed)
    assert table.headers == ["Company", "Phone"]
    assert table.rows[0].values == ["Acme, Inc.", "+1 555 0100"]
    single = tmp_path / "single.csv"
    single.write_text("Company\nAcme\nGlobex\n", encoding="utf-8")
    assert [row.values for row in read_csv(single).rows] == [["Acme"], ["Globex"]]


def test_a_row_longer_than_the_header_keeps_its_extra_values() -> None:
    table = read_csv(DATA / "broken_rows.csv")
    shifted = table.rows[-1]
    assert shifted.values[0] == "Shifted"
    assert shifted.extra == ("extra",)


def test_a_file_in_neither_encoding_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("Company\nCafé Ü\xff\n".encode("latin-1"))
    with pytest.raises(FileReadError) as caught:
        read_csv(path)
    assert caught.value.problem is ReadProblem.ENCODING
    assert caught.value.path == path


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.csv", b"", ReadProblem.EMPTY),
        ("blank.csv", b"\r\n\r\n", ReadProblem.EMPTY),
        ("old.xls", b"\xd0\xcf\x11\xe0", ReadProblem.UNSUPPORTED),
        ("broken.xlsx", b"not a zip", ReadProblem.DAMAGED),
        ("broken.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n", ReadProblem.DAMAGED),
    ],
)
def test_unusable_files_say_why(
    tmp_path: Path, name: str, content: bytes, problem: ReadProblem
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileReadError) as caught:
        read_source(path)
    assert caught.value.problem is problem


def test_csv_writing_has_a_bom_and_survives_excel_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    values = ["=1+1", "+44 20 7946 0000", "-5", "@SUM(A1)", "'=kept", "+cmd|' /C calc'!A0", "中文"]
    write_csv(path, ["Text"], [[v] for v in values])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=1+1" in text
    assert "\r\n+44 20 7946 0000\r\n" in text  # a phone number is left alone
    assert "'+cmd" in text
    assert _column(read_csv(path), "Text") == values


def test_csv_writing_renders_typed_cells(tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    write_csv(path, ["a", "b", "c", "d", "e"], [[True, 12.0, 0.1, date(2026, 3, 7), None]])
    assert read_csv(path).rows[0].values == ["yes", "12", "0.1", "2026-03-07", ""]


def test_xlsx_reading_turns_cells_into_the_same_text_as_csv(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Phone", "Employees", "Share", "Founded", "Verified", None])
    sheet.append(["深圳华信电子有限公司", 13800138000, 120.0, 12.5, datetime(2001, 5, 6), True])
    sheet.append([None, None, None])
    sheet.append(["Acme", "+1 555 0100", 7, None, datetime(2001, 5, 6, 9, 30), False])
    for _ in range(5):
        sheet.append([None, ""])  # blank trailing rows, as Excel leaves them
    path = tmp_path / "in.xlsx"
    book.save(path)
    table = read_xlsx(path)
    assert table.headers == ["Company", "Phone", "Employees", "Share", "Founded", "Verified"]
    assert [row.values for row in table.rows] == [
        ["深圳华信电子有限公司", "13800138000", "120", "12.5", "2001-05-06", "yes"],
        ["Acme", "+1 555 0100", "7", "", "2001-05-06 09:30:00", "no"],
    ]
    assert [row.number for row in table.rows] == [2, 4]


def test_xlsx_writing_keeps_types_and_never_writes_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows: list[list[object]] = [["=HYPERLINK(1)", 3, 2.5, date(1980, 5, 6), True, None, "中文"]]
    write_xlsx(path, ["a", "b", "c", "d", "e", "f", "g"], rows)  # type: ignore[arg-type]
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert sheet["A2"].data_type == "s"
    assert sheet["A2"].value == "=HYPERLINK(1)"
    assert sheet["B2"].value == 3
    assert sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert read_xlsx(path).rows[0].values == [
        "=HYPERLINK(1)",
        "3",
        "2.5",
        "1980-05-06",
        "yes",
        "",
        "中文",
    ]


def _value(table: SourceTable, row: int, target: Target) -> str:
    assert table.mapping is not None
    return table.rows[row].values[table.mapping.index(target)]


def test_vcard_30_sample_parses_with_extras_kept_in_the_notes() -> None:
    table = read_vcards(DATA / "people_v3.vcf")
    assert len(table.rows) == 3
    assert _value(table, 0, Target("name")) == "深圳华信电子有限公司"
    assert _value(table, 0, Target("name", 0)) == "王小明"
    assert _value(table, 0, Target("phone", 0)) == "138 0013 8000"  # the cell phone
    assert _value(table, 0, Target("birthday", 0)) == "1980-05-06"
    notes = _value(table, 0, Target("notes", 0))
    assert notes.startswith("喜欢钓鱼, 周末常去深圳湾")
    assert "TEL: 0755-2345 6789" in notes
    assert "ORG: 采购部" in notes
    assert _value(table, 1, Target("email", 0)) == "anna.barker@tynepark.co.uk"  # the preferred
    assert "EMAIL: anna@example.org" in _value(table, 1, Target("notes", 0))
    assert _value(table, 2, Target("name")) == ""  # no ORG: a consumer
    assert [row.line for row in table.rows] == [1, 14, 25]


def test_vcard_40_sample_parses() -> None:
    table = read_vcards(DATA / "people_v4.vcf")
    assert _value(table, 0, Target("id", 0)) == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert _value(table, 0, Target("phone", 0)) == "+1-418-262-6501"  # TYPE=cell, a tel: URI
    assert _value(table, 0, Target("gender", 0)) == "male"
    notes = _value(table, 0, Target("notes", 0))
    assert "TEL: +1-418-656-9254 ext 102" in notes
    assert "BDAY: --0203" in notes  # a birthday without a year is kept, not lost
    assert "ROLE: Project Leader" in notes
    assert _value(table, 1, Target("name", 0)) == "陈丽"
    assert _value(table, 1, Target("birthday", 0)) == "1976-03-12"
    assert _value(table, 1, Target("gender", 0)) == "female"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards_written_read_back_with_every_fact(tmp_path: Path, version: str) -> None:
    person = PersonFacts(
        name="王小明",
        id="4a34093d-bff6-4279-916f-d586cdc0b860",
        title="采购经理, 华南; 区域",
        title_verified=True,
        role=PersonRole.TECHNICAL_MANAGEMENT,
        quadrant=Quadrant.FRIEND,
        personality="直爽",
        hobbies="钓鱼;围棋",
        interests="茶",
        lifestyle="早起",
        education="硕士",
        hometown="山西太原",
        birthday=date(1980, 5, 6),
        gender=Gender.MALE,
        phone="+86 138 0013 8000",
        email="wang@example.cn",
        willing_to_try="愿意",
        decision_confidence="果断",
        notes="第一行\n第二行, with a comma\\backslash" + "长" * 80,
        fact_sources={"hobbies": "展会上聊的", "title": "名片"},
    )
    card = PersonCard(person, "深圳华信电子有限公司", "89a3def0-055a-4029-9067-eaf257ea1f0c")
    path = tmp_path / "people.vcf"
    assert write_vcards(path, [card], version) == 1
    text = path.read_text(encoding="utf-8")
    assert f"VERSION:{version}" in text
    assert "UID:4a34093d-bff6-4279-916f-d586cdc0b860" in text
    assert "BDAY:19800506" in text if version == "4.0" else "BDAY:1980-05-06" in text
    table = read_vcards(path)
    expected = {
        Target("id"): card.customer_id,
        Target("name"): card.company,
        Target("id", 0): person.id,
        Target("name", 0): person.name,
        Target("title", 0): person.title,
        Target("title_verified", 0): "yes",
        Target("role", 0): "technical_management",
        Target("quadrant", 0): "friend",
        Target("hobbies", 0): person.hobbies,
        Target("birthday", 0): "1980-05-06",
        Target("gender", 0): "male",
        Target("phone", 0): person.phone,
        Target("notes", 0): person.notes,
        Target("hometown", 0): person.hometown,
        Target("decision_confidence", 0): person.decision_confidence,
    }
    for target, value in expected.items():
        assert _value(table, 0, target) == value, target
    assert '"hobbies": "展会上聊的"' in _value(table, 0, Target("fact_sources", 0))
