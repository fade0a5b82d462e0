"""The printed visit report (销售拜访记录表) and a week's pack, read back as a PDF viewer would.

pdftotext (poppler-utils, which ./dev installs) extracts the text: what it finds
is what a search in the PDF finds, so Chinese must be embedded with its
Unicode map, and every field must be there, whole, as the rep typed it.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from repdesk.domain.enums import BuyingSignal, PersonRole
from repdesk.domain.playbook import Text
from repdesk.domain.visits import ObjectionMet, PersonMet, ReportPack, VisitReport
from repdesk.reports.labels import (
    VisitReportLabels,
    english_buying_signals,
    english_roles,
    fill,
)
from tests import conftest

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

PRINTED_ON = date(2026, 11, 23)
HOSTILE = '<b>&amp; "x" > <script>'

# The seed's words for the form, as the Chinese UI hands them in.
CHINESE = VisitReportLabels(
    title="销售拜访记录表",
    draft="草稿",
    customer="客户名称",
    rep_name="业务员",
    team="团队",
    visited_at="拜访时间",
    place="拜访地点",
    people="拜访对象",
    person_name="姓名",
    person_title="职务",
    person_role="角色",
    no_people="未记录拜访对象。",
    objective="拜访目的",
    summary="拜访经过",
    outcome="拜访结果",
    objections="客户异议与应对",
    objection="客户异议",
    answer="应对",
    agreed="客户认同",
    agreed_yes="是",
    agreed_no="否",
    agreed_open="未表态",
    objection_next_step="后续：%1",
    no_objections="未遇到客户异议。",
    signals="成交信号",
    next_step="下一步",
    next_step_date="完成日期",
    time_spent="用时",
    minutes="%1 分钟",
    expenses="费用",
    rep_signature="业务员签名",
    manager_signature="主管签名",
    signed_on="日期",
    pack_title="销售拜访记录汇总",
    period="期间",
    contents="目录",
    column_number="序号",
    column_date="日期",
    column_customer="客户",
    column_outcome="拜访结果",
    column_page="页码",
    no_reports="本期没有拜访记录。",
    printed_on="打印日期：%1",
    page_of="第 %1 页，共 %2 页",
    buying_signals={
        BuyingSignal.NAMES_ADVANTAGES.value: "说出产品的优点",
        BuyingSignal.ASKS_SERVICE_DETAILS.value: "询问售后服务细节",
        BuyingSignal.BODY_LANGUAGE.value: "肢体语言的变化",
        BuyingSignal.STARTS_AGREEING.value: "开始同意你的观点",
        BuyingSignal.VOLUNTEERS_INFORMATION.value: "主动提供信息",
    },
    roles={
        PersonRole.BUYER.value: "购买者",
        PersonRole.DEPARTMENT_HEAD.value: "部门负责人",
        PersonRole.FINANCE.value: "财务",
    },
)


def chinese_report(**changes: object) -> VisitReport:
    report = VisitReport(
        rep_name="王伟",
        team="华南一组",
        customer_name="ABC公司",
        visited_at=datetime(2026, 11, 23, 10, 30),
        place="广州市天河区体育西路103号维多利广场B座12楼",
        people=(
            PersonMet("张三", "采购经理", PersonRole.BUYER.value),
            PersonMet("李红", "技术部主任", PersonRole.DEPARTMENT_HEAD.value),
        ),
        objective="介绍新产品目录，了解明年一季度的采购需求",
        summary="介绍了新产品目录，客户对价格比较敏感。\n技术部李主任要求提供检测报告。",
        outcome="初步同意试用，下周确认数量",
        objections=(
            ObjectionMet(
                "你们比别家贵了一成多。",
                "算总拥有成本：每年的成本反而低一成；可以分三期付款。",
                True,
                "周五前发正式报价",
                objection_title=Text.both("价格太高了"),
            ),
            ObjectionMet(
                "我们和现在的供应商合作很多年了。",
                "先小批量试用，对比一下交期和质量。",
                False,
                objection_title=Text.both("已有固定供应商"),
            ),
            ObjectionMet("现在没有预算。", "", None, objection_title=Text.both("没有预算")),
        ),
        buying_signals=(BuyingSignal.ASKS_SERVICE_DETAILS, BuyingSignal.STARTS_AGREEING),
        next_step="寄更多资料，再打电话确认试用数量",
        next_step_date=date(2026, 11, 27),
        minutes_spent=90,
        expenses=128.5,
        currency="CNY",
        record_id="r-zh",
    )
    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]


def english_report(**changes: object) -> VisitReport:
    report = VisitReport(
        rep_name="Margaret O'Neill",
        team="South 1",
        customer_name="Taylor & Wood Trading",
        visited_at=datetime(2026, 11, 24, 9, 5),
        place="Unit 4, Riverside Business Park, Leeds",
        people=(
            PersonMet("David Chen", "Purchasing Manager", PersonRole.BUYER.value),
            PersonMet("Sarah Jones", "Finance Director", PersonRole.FINANCE.value),
            PersonMet("Tom Hart", "", "golf partner"),
        ),
        objective="Present the quote and answer questions about the annual agreement",
        summary="Went through the new catalogue; price-sensitive as ever. "
        "David wants a rebate above 2,000 units.",
        outcome="Agreed in principle; waiting for the board",
        objections=(
            ObjectionMet(
                "You are 10% dearer than the others.",
                "Total cost of ownership: three more years of life.",
                True,
                "Send the TCO sheet",
                objection_title=Text.both("Price is too high"),
            ),
            ObjectionMet(
                "Payment terms are too short.",
                "60 days for the first order.",
                False,
                objection_title=Text.both("Payment terms"),
            ),
        ),
        buying_signals=(BuyingSignal.NAMES_ADVANTAGES, BuyingSignal.VOLUNTEERS_INFORMATION),
        next_step="Send the formal quote",
        next_step_date=date(2026, 11, 28),
        minutes_spent=75,
        expenses=1280.0,
        currency="GBP",
        record_id="r-en",
    )
    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]


def squeeze(text: str) -> str:
    """Text without any whitespace: a wrapped line or a column gap must not hide a match."""
    return re.sub(r"\s+", "", text)


def build(report: VisitReport, labels: VisitReportLabels, path: Path) -> str:
    """Write the report; its text as laid out on the page."""
    from repdesk.reports.visit_report_pdf import write_visit_report

    assert write_visit_report(path, report, labels, printed_on=PRINTED_ON) == path
    return conftest.pdf_text(path, layout=True)


def drawn(path: Path) -> str:
    """The PDF's text in drawing order, cell by cell, whitespace squeezed out: a cell's
    wrapped lines run on here, where the laid-out text interleaves them with the next cell's."""
    return squeeze(conftest.pdf_text(path))


def build_pack(pack: ReportPack, labels: VisitReportLabels, path: Path) -> str:
    from repdesk.reports.visit_report_pdf import write_report_pack

    assert write_report_pack(path, pack, labels, printed_on=PRINTED_ON) == path
    return conftest.pdf_text(path, layout=True)


def page_count(text: str) -> int:
    return text.count("\f")


def page_text(path: Path, page: int) -> str:
    """One page's text, as laid out (pdftotext -f N -l N)."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def long_text() -> str:
    """20,000 characters, numbered so that a lost piece shows where."""
    parts: list[str] = []
    n = 0
    while sum(map(len, parts)) < 20_000:
        n += 1
        parts.append(f"〔{n:04d}〕客户关怀 care point {n}: <gift> & call. ")
    return "".join(parts)[:20_000]


def without_page_furniture(text: str, labels: VisitReportLabels) -> str:
    """The text less each page's footer and running head."""
    furniture = re.compile(
        "|".join(
            (
                re.escape(fill(labels.printed_on, PRINTED_ON.isoformat())) + r"\s+.*",
                r".*\d{4}-\d\d-\d\d \d\d:\d\d\s+("
                + re.escape(labels.draft)
                + r" · )?"
                + re.escape(labels.title),
            )
        )
    )
    return "\n".join(line for line in text.splitlines() if not furniture.fullmatch(line.strip()))


def signal_marks(path: Path, labels: VisitReportLabels) -> dict[BuyingSignal, bool]:
    """Each buying signal printed, and whether a tick stands before it (in its box)."""
    flat = drawn(path)
    marks: dict[BuyingSignal, bool] = {}
    for signal in BuyingSignal:
        label = squeeze(labels.signal(signal))
        assert flat.count(label) == 1, label
        marks[signal] = flat[flat.index(label) - 1] == "✓"
    return marks


# --- one report --------------------------------------------------------------------------


def test_every_field_prints_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "zh.pdf"
    report = chinese_report()
    text = build(report, CHINESE, path)
    flat = drawn(path)

    assert page_count(text) == 1
    for label in (
        "销售拜访记录表",
        "客户名称",
        "业务员",
        "团队",
        "拜访时间",
        "拜访地点",
        "拜访对象",
        "姓名",
        "职务",
        "角色",
        "拜访目的",
        "拜访经过",
        "拜访结果",
        "客户异议与应对",
        "客户异议",
        "应对",
        "客户认同",
        "成交信号",
        "下一步",
        "完成日期",
        "用时",
        "费用",
        "业务员签名",
        "主管签名",
    ):
        assert label in flat, label
    assert re.search(r"客户名称\s+ABC公司", text), text
    assert re.search(r"业务员\s+王伟\s+团队\s+华南一组", text), text
    assert re.search(r"拜访时间\s+2026-11-23 10:30\s+拜访地点", text), text
    for value in (
        report.place,
        "张三",
        "采购经理",
        "购买者",
        "李红",
        "技术部主任",
        "部门负责人",
        report.objective,
        report.summary,
        report.outcome,
        "价格太高了",
        "你们比别家贵了一成多。",
        "算总拥有成本：每年的成本反而低一成；可以分三期付款。",
        "后续：周五前发正式报价",
        "已有固定供应商",
        "先小批量试用，对比一下交期和质量。",
        "没有预算",
        report.next_step,
        "2026-11-27",
        "90分钟",
        "128.50CNY",
        "打印日期：2026-11-23",
        "第1页，共1页",
    ):
        assert squeeze(value) in flat, value
    # Agreed yes, no and not yet, in the objections' order.
    agreed = [flat.index(mark) for mark in ("✓是", "✕否", "未表态")]
    assert agreed == sorted(agreed)
    # The five signals, the two seen ticked.
    assert signal_marks(path, CHINESE) == {
        signal: signal in report.buying_signals for signal in BuyingSignal
    }
    # Objective, what happened, outcome, objections, signals, next step, signatures: in order.
    order = [flat.index(s) for s in ("拜访目的", "拜访经过", "拜访结果", "客户异议与应对")]
    order += [flat.index(s) for s in ("成交信号", "下一步", "业务员签名", "主管签名")]
    assert order == sorted(order)
    assert "DRAFT" not in text and "草稿" not in text


def test_every_field_prints_in_english(tmp_path: Path) -> None:
    labels = VisitReportLabels()
    report = english_report()
    path = tmp_path / "en.pdf"
    text = build(report, labels, path)
    flat = drawn(path)

    assert page_count(text) == 1
    assert "Visit report" in text
    assert re.search(r"Customer\s+Taylor & Wood Trading\n", text), text
    assert re.search(r"Sales rep\s+Margaret O'Neill\s+Team\s+South 1", text), text
    assert re.search(r"Date and time\s+2026-11-24 09:05\s+Place\s+Unit 4", text), text
    for heading in (
        "People met",
        "Objective",
        "What happened",
        "Outcome",
        "Objections and answers",
        "Buying signals",
        "Next step",
        "Sales rep's signature",
        "Manager's signature",
    ):
        assert heading in text, heading
    for value in (
        report.place,
        report.objective,
        report.summary,
        report.outcome,
        report.next_step,
        "David Chen",
        "Purchasing Manager",
        "Buyer",
        "Finance Director",
        "Finance",
        "golf partner",  # a role the rep typed prints as typed
        "Price is too high",
        "You are 10% dearer than the others.",
        "Then: Send the TCO sheet",
        "60 days for the first order.",
        "Due",
        "2026-11-28",
        "75 min",
        "1,280.00 GBP",
        "Printed 2026-11-23",
        "Page 1 of 1",
    ):
        assert squeeze(value) in flat, value
    assert "✓Yes" in flat and "✕No" in flat
    assert signal_marks(path, labels) == {
        signal: signal in report.buying_signals for signal in BuyingSignal
    }
    # Latin text wraps between words: no word is cut over two lines.
    assert "Present the quote and answer questions about the annual agreement" in text


def test_a_full_record_is_one_page(tmp_path: Path) -> None:
    """Three people, three objections with two-line answers, a five-line summary."""
    answer = "Total cost of ownership: 30,000 hours between failures, three more years of life."
    report = english_report(
        summary="\n".join(f"Line {n} of what happened at the visit." for n in range(1, 6)),
        objections=tuple(
            ObjectionMet(
                f"Words {n}.",
                answer,
                True,
                "Send the sheet",
                objection_title=Text.both(f"O{n}"),
            )
            for n in range(1, 4)
        ),
        buying_signals=tuple(BuyingSignal),
        is_draft=True,
    )
    path = tmp_path / "full.pdf"
    text = build(report, VisitReportLabels(), path)

    assert page_count(text) == 1
    assert all(signal_marks(path, VisitReportLabels()).values())
    assert "Manager's signature" in text


def test_an_empty_record_prints_the_form(tmp_path: Path) -> None:
    report = VisitReport("Wang Wei", "", "X公司", datetime(2026, 11, 25, 14, 0))
    path = tmp_path / "empty.pdf"
    text = build(report, VisitReportLabels(), path)

    assert page_count(text) == 1
    assert "No one recorded." in text
    assert "No objections recorded." in text
    assert not any(signal_marks(path, VisitReportLabels()).values())
    assert "Sales rep's signature" in text


def test_typed_markup_prints_literally(tmp_path: Path) -> None:
    report = english_report(
        customer_name=f"Acme {HOSTILE}",
        place=HOSTILE,
        people=(PersonMet(HOSTILE, HOSTILE, HOSTILE),),
        objective=HOSTILE,
        summary=f"{HOSTILE}\n& <i>not italic</i> &lt;",
        outcome=HOSTILE,
        objections=(
            ObjectionMet(HOSTILE, HOSTILE, True, HOSTILE, objection_title=Text.both(HOSTILE)),
        ),
        next_step=HOSTILE,
        currency="<€>",
    )
    path = tmp_path / "hostile.pdf"
    text = build(report, VisitReportLabels(), path)
    flat = drawn(path)

    # Customer, place, name, title, role, objective, summary, outcome, the objection's
    # title, words, answer and next step, the next step: each as typed.
    assert flat.count(squeeze(HOSTILE)) == 13, text
    assert "& <i>not italic</i> &lt;" in text
    assert squeeze("1,280.00 <€>") in flat
    assert page_count(text) == 1


def test_a_20000_character_summary_flows_over_pages_whole(tmp_path: Path) -> None:
    note = long_text()
    assert len(note) == 20_000
    labels = VisitReportLabels()
    report = english_report(summary=note)
    path = tmp_path / "long.pdf"
    text = build(report, labels, path)

    pages = page_count(text)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    # From page 2 on, the running head says whose report it is.
    assert re.search(r"Taylor & Wood Trading · 2026-11-24 09:05\s+Visit report", text), text
    body = squeeze(without_page_furniture(text, labels))
    printed = squeeze(note)
    start = body.index(squeeze(note[:40]))
    assert body[start - len("Whathappened") : start] == "Whathappened"
    assert body[start : start + len(printed)] == printed  # every character, in order
    assert body[start + len(printed) :].startswith("Outcome")
    numbers = [int(n) for n in re.findall(r"〔(\d{4})〕", body[start : start + len(printed)])]
    assert numbers == list(range(1, numbers[-1] + 1))
    # The rest of the record follows on the last page, signatures last.
    last = page_text(path, pages)
    assert "Buying signals" in last and "Manager's signature" in last


def test_an_objection_answered_again_says_its_round_in_the_reports_language(
    tmp_path: Path,
) -> None:
    price = Text("Price is too high", "价格太高")
    report = english_report(
        objections=(
            ObjectionMet("Too dear.", "Total cost.", False, objection_title=price),
            ObjectionMet("Too dear.", "Pay in three.", True, objection_title=price, round=2),
        )
    )
    build(report, VisitReportLabels(), tmp_path / "en.pdf")
    english = drawn(tmp_path / "en.pdf")
    assert "PriceistoohighToodear." in english
    assert "Priceistoohigh(answeredagain,round2)Toodear." in english
    chinese_labels = VisitReportLabels(language="zh_CN", objection_round="%1（再次应对，第 %2 轮）")
    build(report, chinese_labels, tmp_path / "zh.pdf")
    chinese = drawn(tmp_path / "zh.pdf")
    assert "价格太高（再次应对，第2轮）" in chinese and "Priceistoohigh" not in chinese


def test_long_answers_and_places_run_on_inside_their_cells(tmp_path: Path) -> None:
    answer = " ".join(f"answer-{n:04d}" for n in range(1, 1201))
    place = "".join(f"地址{n:03d}号" for n in range(1, 301))
    report = english_report(
        place=place,
        objections=(ObjectionMet("Too dear.", answer, True, objection_title=Text.both("Price")),),
    )
    path = tmp_path / "answer.pdf"
    text = build(report, VisitReportLabels(), path)
    body = drawn(path)

    assert page_count(text) >= 2
    numbers = [int(n) for n in re.findall(r"answer-(\d{4})", body)]
    assert numbers == list(range(1, 1201))
    places = [int(n) for n in re.findall(r"地址(\d{3})号", body)]
    assert places == list(range(1, 301))


def test_a_draft_says_so_on_every_page(tmp_path: Path) -> None:
    draft = build(chinese_report(is_draft=True), CHINESE, tmp_path / "draft.pdf")
    assert "草稿" in draft
    final = build(chinese_report(), CHINESE, tmp_path / "final.pdf")
    assert "草稿" not in final

    path = tmp_path / "long-draft.pdf"
    text = build(english_report(is_draft=True, summary=long_text()), VisitReportLabels(), path)
    pages = page_count(text)
    assert pages >= 2
    assert "DRAFT" in page_text(path, 1)
    for page in range(2, pages + 1):
        assert re.search(r"DRAFT · Visit report", page_text(path, page)), page


def test_chinese_is_embedded_and_searchable(tmp_path: Path) -> None:
    path = tmp_path / "zh.pdf"
    build(chinese_report(), CHINESE, path)
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed")
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    embedded = [line for line in listing.splitlines() if "TrueType" in line]
    assert embedded
    # name, type, encoding, then emb / sub / uni: embedded, subset, with a Unicode map
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in embedded), listing
    raw = conftest.pdf_text(path)  # in drawing order, too
    assert "销售拜访记录表" in raw and "说出产品的优点" in raw


def test_the_pdf_is_portrait_a4_with_its_metadata(tmp_path: Path) -> None:
    from repdesk.reports.visit_report_pdf import visit_report_bytes

    data = visit_report_bytes(chinese_report(), CHINESE, printed_on=PRINTED_ON)
    assert data.startswith(b"%PDF")
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo is not installed")
    path = tmp_path / "zh.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"Page size:\s+595\.276 x 841\.89 pts \(A4\)", info.stdout), info.stdout
    assert "销售拜访记录表 · ABC公司 · 2026-11-23" in info.stdout
    assert re.search(r"Author:\s+王伟", info.stdout), info.stdout


def test_write_visit_report_replaces_the_file_whole(tmp_path: Path) -> None:
    from repdesk.reports.visit_report_pdf import write_visit_report

    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    assert write_visit_report(target, english_report(), VisitReportLabels()) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


# --- a week's pack --------------------------------------------------------------------------


def week_pack(count: int = 7) -> ReportPack:
    """A week of records, Chinese and English, one of them long and one a draft."""
    reports: list[VisitReport] = []
    for index in range(count):
        make = chinese_report if index % 2 else english_report
        changes: dict[str, object] = {
            "customer_name": f"{'客户' if index % 2 else 'Client'}{index:02d}",
            "visited_at": datetime(2026, 11, 23 + index % 5, 9 + index % 8, 15),
            "outcome": f"Outcome {index:02d}",
        }
        if index == 2:
            changes["summary"] = long_text()
        if index == 4:
            changes["is_draft"] = True
        reports.append(make(**changes))
    return ReportPack("王伟", "华南一组", date(2026, 11, 23), date(2026, 11, 29), reports)


def contents_pages(path: Path, pack: ReportPack, labels: VisitReportLabels) -> dict[int, int]:
    """Report number -> the page the contents give for it, read from the contents pages."""
    listed: dict[int, int] = {}
    page = 1
    while len(listed) < len(pack.reports):
        text = page_text(path, page)
        for index, report in enumerate(pack.reports):
            found = re.search(
                rf"^\s*{index + 1}\s+{report.visited_at:%Y-%m-%d %H:%M}\s+"
                rf"{re.escape(report.customer_name)}\s.*?(\d+)\s*$",
                text,
                re.MULTILINE,
            )
            if found:
                listed[index] = int(found.group(1))
        page += 1
        assert page < 5, f"not every report listed: {listed}"
    return listed


def test_the_contents_give_the_page_each_report_starts_on(tmp_path: Path) -> None:
    pack = week_pack()
    labels = VisitReportLabels()
    path = tmp_path / "pack.pdf"
    text = build_pack(pack, labels, path)
    pages = page_count(text)

    first = page_text(path, 1)
    assert "Visit reports" in first and "Contents" in first
    assert re.search(r"Sales rep\s+王伟\s+Team\s+华南一组", first), first
    assert re.search(r"Period\s+2026-11-23 – 2026-11-29", first), first
    assert re.search(r"No\.\s+Date\s+Customer\s+Outcome\s+Page", first), first
    listed = contents_pages(path, pack, labels)
    starts = [listed[index] for index in range(len(pack.reports))]
    assert starts[0] == 2
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert starts[3] - starts[2] >= 2  # the long one takes pages of its own
    for index, (report, start) in enumerate(zip(pack.reports, starts, strict=True)):
        on_page = page_text(path, start)
        # The report's title and header are on the page the contents give...
        assert re.search(rf"Customer\s+{re.escape(report.customer_name)}\n", on_page), index
        assert "Visit report" in on_page
        assert f"Page {start} of {pages}" in on_page
        # ...and it starts there: the page before ends another report (or the contents).
        before = page_text(path, start - 1)
        assert report.customer_name not in before or index == 0
        assert "Manager's signature" in before or start == 2
    # The draft is marked in the contents and on its pages.
    assert re.search(r"Client04\s.*\n\s*DRAFT", first), first
    assert "DRAFT · Visit report" in page_text(path, starts[4])
    # Every page of a report has its own customer as the running head.
    for page in range(starts[2] + 1, starts[3]):
        assert re.search(r"Client02 · 2026-11-25 11:15\s+Visit report", page_text(path, page))
    assert f"Page {pages} of {pages}" in text


def test_contents_over_two_pages_still_number_right(tmp_path: Path) -> None:
    pack = week_pack(42)
    labels = CHINESE
    path = tmp_path / "pack.pdf"
    text = build_pack(pack, labels, path)
    pages = page_count(text)

    assert "目录" in page_text(path, 2) or "序号" in page_text(path, 2)  # column heads repeat
    listed: dict[int, int] = {}
    for page in (1, 2):
        for line in page_text(path, page).splitlines():
            found = re.match(r"\s*(\d+)\s+2026-11-\d\d \d\d:\d\d\s+\S+\s.*?(\d+)\s*$", line)
            if found:
                listed[int(found.group(1)) - 1] = int(found.group(2))
    assert sorted(listed) == list(range(42))
    assert listed[0] == 3  # after two pages of contents
    for index, report in enumerate(pack.reports):
        assert re.search(
            rf"客户名称\s+{re.escape(report.customer_name)}\n", page_text(path, listed[index])
        ), index
    assert f"第 {pages} 页，共 {pages} 页" in text


def test_an_empty_pack_says_so(tmp_path: Path) -> None:
    pack = ReportPack("Wang Wei", "South 1", date(2026, 11, 23), date(2026, 11, 23))
    text = build_pack(pack, VisitReportLabels(), tmp_path / "empty.pdf")
    assert page_count(text) == 1
    assert "No visit reports in this period." in text
    assert "Period" in text and "2026-11-23" in text


# --- the labels -----------------------------------------------------------------------------


def test_roles_and_signals_are_labelled() -> None:
    labels = VisitReportLabels()
    assert set(english_buying_signals()) == {signal.value for signal in BuyingSignal}
    assert set(english_roles()) == {role.value for role in PersonRole}
    assert labels.signal(BuyingSignal.BODY_LANGUAGE) == "Changes in body language"
    assert labels.role("buyer") == "Buyer"
    assert labels.role("golf partner") == "golf partner"
    assert labels.role("") == ""
    assert CHINESE.role("finance") == "财务"
    assert CHINESE.role("operator") == "Operator"  # no Chinese given: English
    assert labels.period_text(date(2026, 11, 23), date(2026, 11, 29)) == ("2026-11-23 – 2026-11-29")


def test_every_default_label_is_english_text() -> None:
    labels = VisitReportLabels()
    for name, text in vars(labels).items():
        if isinstance(text, str):
            assert text.strip(), name
            assert text.replace("–", "-").isascii(), name
    assert all(text.isascii() for text in english_buying_signals().values())
