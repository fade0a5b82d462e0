"""``repdesk --self-test PDF``, run as packaging/check_frozen.py runs it on a build: a real
process, offscreen, with a home of its own (nothing of the developer's settings, data or
log is touched).

It passes (exit 0) when the window paints, the database opens (migrated after a backup if
an older RepDesk made it) and the newest finished visit report is written to PDF; it fails
(exit 1, the reason on stderr), and never hangs, on anything a rep would have seen go wrong.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from repdesk.db import revisions
from tests.conftest import pdf_text

ROOT = Path(__file__).resolve().parents[2]

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _self_test(tmp_path: Path, db: Path, pdf: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LC_ALL": "C.UTF-8",  # English unless --lang says otherwise, whatever the machine's
    }
    for name in ("REPDESK_CONFIG_DIR", "REPDESK_CJK_FONT", "LANGUAGE", "DISPLAY"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "repdesk", "--db", str(db), *args, "--self-test", str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def _milestones(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith("self-test:")]


def _newest_finished_customer(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        row = connection.execute(
            "SELECT customers.name FROM visit_records"
            " JOIN customers ON customers.id = visit_records.customer_id"
            " WHERE visit_records.is_draft = 0 AND visit_records.deleted_at IS NULL"
            " ORDER BY visit_records.visited_at DESC, visit_records.id DESC LIMIT 1"
        ).fetchone()
    assert row is not None, f"{db} holds no finished visit record"
    return str(row[0])


def _squeezed(text: str) -> str:
    """Without whitespace: a long customer name may wrap in its cell."""
    return re.sub(r"\s+", "", text)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@needs_pdftotext
def test_a_demo_database_prints_its_newest_visit_report(demo_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "out" / "visit.pdf"
    pdf.parent.mkdir()
    result = _self_test(tmp_path, demo_db, pdf)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _milestones(result) == [
        "self-test: window painted",
        "self-test: database open",
        f"self-test: wrote {pdf.resolve()}",
    ]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = pdf_text(pdf)
    assert "Visit report" in text
    assert _squeezed(_newest_finished_customer(demo_db)) in _squeezed(text)
    # The run kept to the home it was given.
    assert (tmp_path / "home/.local/state/RepDesk/log/repdesk.log").is_file()


@needs_pdftotext
def test_in_chinese_the_report_is_the_chinese_form(demo_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "拜访.pdf"
    result = _self_test(tmp_path, demo_db, pdf, "--lang", "zh_CN")
    assert result.returncode == 0, result.stdout + result.stderr
    text = pdf_text(pdf)
    assert "销售拜访记录表" in text
    assert "Visit report" not in text
    assert _squeezed(_newest_finished_customer(demo_db)) in _squeezed(text)


def test_a_database_of_the_first_release_is_migrated_after_a_backup(
    demo_db: Path, tmp_path: Path
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from repdesk.db import migrate

    engine = create_engine(f"sqlite:///{demo_db}")
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0001_baseline")
    engine.dispose()

    pdf = tmp_path / "visit.pdf"
    result = _self_test(tmp_path, demo_db, pdf)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: migrated from 0001_baseline, after a backup" in _milestones(result)
    assert _milestones(result)[-1] == f"self-test: wrote {pdf.resolve()}"
    (backup,) = (demo_db.parent / "backups").glob(f"*before-{revisions.HEAD}*")
    with closing(sqlite3.connect(backup)) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_baseline",
        )
    with closing(sqlite3.connect(demo_db)) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone() == (
            revisions.HEAD,
        )


def test_an_empty_new_database_fails_for_want_of_a_visit_record(tmp_path: Path) -> None:
    db = tmp_path / "new" / "repdesk.db"
    pdf = tmp_path / "visit.pdf"
    result = _self_test(tmp_path, db, pdf)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test: database open" in _milestones(result)
    assert "no finished visit record" in result.stderr
    assert not pdf.exists()


def _damaged_page(db: Path) -> None:
    """A page in the middle overwritten, as tests/gui/test_database_safety.py damages one."""
    data = bytearray(db.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page
    data[middle + 100 : middle + 3000] = b"\xa5" * 2900
    db.write_bytes(bytes(data))


def _random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(9).randbytes(8192))


@pytest.mark.parametrize("damage", [_damaged_page, _random_bytes], ids=["page", "random"])
def test_a_damaged_database_fails_and_is_left_as_it_is(
    demo_db: Path, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    damage(demo_db)
    before = _digest(demo_db)
    pdf = tmp_path / "visit.pdf"
    result = _self_test(tmp_path, demo_db, pdf)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test FAILED" in result.stderr
    assert "did not open" in result.stderr or "a window waits for the rep" in result.stderr
    assert "self-test: database open" not in _milestones(result)
    assert _digest(demo_db) == before
    assert not Path(f"{demo_db}-wal").exists()
    assert not pdf.exists()
