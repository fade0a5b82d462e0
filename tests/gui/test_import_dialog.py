"""The import wizard and the export dialog, driven as a rep drives them (offscreen)."""

from __future__ import annotations

import csv
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repdesk.gui.tasks import TaskRunner
from repdesk.gui.views.export_dialog import (
    ExportDialog,
    ExportKind,
    export_customers,
    export_people,
)
from repdesk.gui.views.import_dialog import MAPPING, PREVIEW, RUN, ImportDialog
from repdesk.gui.views.import_preview import CUSTOMER, DETAILS, STATUS
from repdesk.services.customer_import import ImportResult, RowStatus
from repdesk.services.customers import CancelledError
from repdesk.services.sheet_columns import Target
from repdesk.services.workspace import Workspace, open_workspace

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def empty(empty_db: Path) -> Iterator[Workspace]:
    workspace, _ = open_workspace(empty_db)
    yield workspace
    workspace.close()


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    workspace, _ = open_workspace(demo_db)
    yield workspace
    workspace.close()


def _count(workspace: Workspace) -> int:
    with closing(sqlite3.connect(workspace.store.path)) as connection:
        (count,) = connection.execute("SELECT count(*) FROM customers").fetchone()
    return int(count)


def _dialog(qtbot: QtBot, workspace: Workspace, runner: TaskRunner) -> ImportDialog:
    dialog = ImportDialog(workspace, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _idle(qtbot: QtBot, dialog: ImportDialog, step: int) -> None:
    qtbot.waitUntil(
        lambda: dialog._handle is None and dialog.stack.currentIndex() == step, timeout=15000
    )


def _cell(dialog: ImportDialog, row: int, column: int) -> str:
    return str(dialog.proxy.index(row, column).data())


def test_a_gbk_crm_export_maps_previews_and_imports(
    qtbot: QtBot, empty: Workspace, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, empty, runner)
    dialog.load_file(DATA / "salesforce_contacts_gbk.csv")
    _idle(qtbot, dialog, MAPPING)
    table = dialog.mapping_table
    assert "GB18030" in dialog.mapping_title.text()
    assert table.item(0, 0).text() == "Account Name"  # type: ignore[union-attr]
    assert "深圳华信电子有限公司" in table.item(0, 1).text()  # type: ignore[union-attr]
    assert table.combos[0].currentText() == "Customer name"
    assert table.combos[5].currentText() == "Contact: Mobile / phone"
    assert table.target(4) == Target("phone")

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog, PREVIEW)
    assert "new: 4" in dialog.counts_label.text()
    assert "likely duplicates: 1" in dialog.counts_label.text()
    assert not dialog.invalid_label.isVisible()
    assert [_cell(dialog, r, STATUS) for r in range(5)] == [
        "New",
        "New",
        "New",
        "Likely duplicate",
        "New",
    ]
    assert _cell(dialog, 0, CUSTOMER) == "深圳华信电子有限公司"
    assert "row 2" in _cell(dialog, 3, DETAILS)
    assert dialog.next_button.text() == "Import"
    assert dialog.next_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=15000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert isinstance(result, ImportResult)
    assert (result.customers, result.people, result.skipped) == (4, 4, 1)
    _idle(qtbot, dialog, RUN)
    assert "New customers: 4" in dialog.run_message.text()
    assert dialog.cancel_button.text() == "Close"
    assert _count(empty) == 4


def test_duplicates_can_be_imported_anyway_row_by_row(
    qtbot: QtBot, empty: Workspace, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, empty, runner)
    dialog.load_file(DATA / "salesforce_contacts_gbk.csv")
    _idle(qtbot, dialog, MAPPING)
    dialog.go_next()
    _idle(qtbot, dialog, PREVIEW)
    assert dialog.model is not None
    status = dialog.model.index(3, STATUS)
    assert status.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.model.setData(status, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "to import: 5" in dialog.counts_label.text()
    dialog.duplicates_box.setChecked(True)
    assert "to import: 5" in dialog.counts_label.text()
    dialog.duplicates_box.setChecked(False)  # all of them left out again
    assert "to import: 4" in dialog.counts_label.text()
    assert status.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_broken_rows_are_reported_and_nothing_is_written(
    qtbot: QtBot, empty: Workspace, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, empty, runner)
    dialog.load_file(DATA / "broken_rows.csv")
    _idle(qtbot, dialog, MAPPING)
    dialog.go_next()
    _idle(qtbot, dialog, PREVIEW)
    assert "invalid: 4" in dialog.counts_label.text()
    assert dialog.invalid_label.isVisible()
    assert dialog.report_box.isVisible()
    assert not dialog.next_button.isEnabled()  # nothing can be imported
    assert dialog.proxy.rowCount() == 4  # the preview opens on the invalid rows
    assert "Not a phone number" in _cell(dialog, 0, DETAILS)
    assert dialog.report_model is not None
    lines = [
        [dialog.report_model.index(r, c).data() for c in range(5)]
        for r in range(dialog.report_model.rowCount())
    ]
    assert ["5", "Email", "Contact: E-mail", lines[4][3], "carol at example"] in lines
    assert ["4", "Company", "Customer name", "This cannot be empty.", ""] in lines

    report = tmp_path / "report.csv"
    dialog.save_report(report)
    qtbot.waitUntil(lambda: dialog._handle is None and report.exists(), timeout=10000)
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["File", "Row", "Line", "Column", "Field", "Problem", "Value"]
    assert rows[1][:5] == ["broken_rows.csv", "3", "3", "Phone", "Phone"]
    assert len(rows) == 1 + len(lines)
    assert _count(empty) == 0

    # Leave the phone column out: that row is fine now.
    dialog.go_back()
    assert dialog.stack.currentIndex() == MAPPING
    dialog.mapping_table.set_target(2, None)
    dialog.go_next()
    _idle(qtbot, dialog, PREVIEW)
    assert "invalid: 3" in dialog.counts_label.text()


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot, empty: Workspace, runner: TaskRunner, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Company", "Phone", "Contact"])
        writer.writerows([f"公司{n}", f"+86 10 {n:08d}", f"联系人{n}"] for n in range(6000))
    dialog = _dialog(qtbot, empty, runner)
    dialog.load_file(path)
    _idle(qtbot, dialog, MAPPING)
    dialog.go_next()
    _idle(qtbot, dialog, PREVIEW)
    assert "to import: 6000" in dialog.counts_label.text()
    dialog.start_import()
    assert dialog.stack.currentIndex() == RUN
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog, RUN)
    assert "cancelled" in dialog.run_message.text()
    assert dialog.isVisible()  # it says so before closing
    assert _count(empty) == 0


def test_vcards_skip_the_mapping(qtbot: QtBot, empty: Workspace, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, empty, runner)
    dialog.load_file(DATA / "people_v4.vcf")
    _idle(qtbot, dialog, PREVIEW)
    assert "new: 2" in dialog.counts_label.text()
    assert _cell(dialog, 1, CUSTOMER) == "杭州西子茶业股份有限公司"
    assert not dialog.back_button.isEnabled()


def test_an_unreadable_file_is_named_with_the_reason(
    qtbot: QtBot, empty: Workspace, runner: TaskRunner, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("Company\nCafé Ü\xff\n".encode("latin-1"))
    dialog = _dialog(qtbot, empty, runner)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: bool(dialog.file_error.text()), timeout=10000)
    assert str(path) in dialog.file_error.text()
    assert "GB18030" in dialog.file_error.text()
    assert not dialog.next_button.isEnabled()


def _finish(qtbot: QtBot, dialog: ExportDialog | None) -> ExportDialog:
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    return dialog


def test_export_then_import_finds_everything_already_there(
    qtbot: QtBot, demo: Workspace, runner: TaskRunner, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(demo.store.path)) as connection:
        ids = [r[0] for r in connection.execute("SELECT id FROM customers ORDER BY sort_key")]
    before = _count(demo)
    dialog = _finish(qtbot, export_customers(demo, runner, ids, path=tmp_path / "list"))
    written = tmp_path / "list.xlsx"
    assert dialog.count == len(ids)
    assert str(written) in dialog.message.text()
    assert dialog.button.text() == "Close"

    people = _finish(
        qtbot, export_people(demo, runner, ids[:10], path=tmp_path / "p.vcf", version="4.0")
    )
    assert people.count is not None
    assert people.count > 0
    assert "VERSION:4.0" in (tmp_path / "p.vcf").read_text(encoding="utf-8")

    importer = _dialog(qtbot, demo, runner)
    importer.load_file(written)
    _idle(qtbot, importer, MAPPING)
    importer.go_next()
    _idle(qtbot, importer, PREVIEW)
    assert importer.plan is not None
    assert importer.plan.count(RowStatus.DUPLICATE) == len(ids)
    assert "Already in RepDesk" in _cell(importer, 0, DETAILS)
    assert not importer.next_button.isEnabled()  # nothing new to import
    assert _count(demo) == before


def test_a_cancelled_export_says_so(
    qtbot: QtBot, demo: Workspace, runner: TaskRunner, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(demo.store.path)) as connection:
        ids = [r[0] for r in connection.execute("SELECT id FROM customers")]
    dialog = ExportDialog(demo, runner, ids, tmp_path / "all.csv", ExportKind.CSV)
    qtbot.addWidget(dialog)
    dialog.show()
    # Hold the single worker so the export is still pending when Cancel is clicked:
    # 300 rows could otherwise be written before the click arrives (1 run in ~60).
    gate = threading.Event()
    runner.run(lambda: gate.wait(10))
    dialog.start()
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)  # Cancel, while it runs
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert isinstance(dialog.error, CancelledError)
    assert "cancelled" in dialog.message.text()
    assert dialog.isVisible()
    assert list(tmp_path.glob("*.csv")) == []
