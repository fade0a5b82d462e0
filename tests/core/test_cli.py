"""``repdesk demo`` as a rep or a script runs it: a real process, a real file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _repdesk(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REPDESK_CONFIG_DIR": str(config)}
    env.pop("DISPLAY", None)  # the command line needs no display
    return subprocess.run(
        [sys.executable, "-m", "repdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def test_demo_fills_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = _repdesk("demo", "--customers", "120", "--seed", "3", "--db", str(db), config=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (120,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    again = _repdesk("demo", "--customers", "5", "--db", str(db), config=tmp_path)
    assert again.returncode == 2
    assert "empty" in again.stderr
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (120,)


def test_demo_uses_the_settings_database_by_default(tmp_path: Path) -> None:
    data = tmp_path / "我的数据"
    settings = {"data_folder": str(data)}
    (tmp_path / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    result = _repdesk("demo", "--customers", "10", config=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (data / "repdesk.db").is_file()


def test_demo_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    result = _repdesk("demo", "--db", str(bad), config=tmp_path)
    assert result.returncode == 2
    assert str(bad) in result.stderr and "not a RepDesk database" in result.stderr
    assert bad.read_text(encoding="utf-8") == "hello"


def test_bad_arguments_say_what_is_wrong(tmp_path: Path) -> None:
    result = _repdesk("demo", "--customers", "0", config=tmp_path)
    assert result.returncode == 2
    assert "--customers" in result.stderr
    result = _repdesk("demo", "--customers", "many", config=tmp_path)
    assert result.returncode == 2
    assert "invalid int value" in result.stderr
