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


# --- repdesk archive ------------------------------------------------------------------


def _tables(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_archive_export_import_and_info(demo_db: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("我的 passphrase\n", encoding="utf-8")
    (tmp_path / "settings.json").write_text(
        json.dumps({"rep_name": "王小明", "team": "East"}), encoding="utf-8"
    )
    out = tmp_path / "all.repdesk-archive"
    done = _repdesk(
        "archive", "export", "--out", str(out), "--db", str(demo_db),
        "--passphrase-file", str(secret), config=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and "sealed" in done.stdout
    assert out.read_bytes().startswith(b"REPDESK-SEALED")

    info = _repdesk("archive", "info", str(out), "--passphrase-file", str(secret), config=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "customers" in info.stdout and "300" in info.stdout

    new = tmp_path / "laptop2.db"
    again = _repdesk(
        "archive", "import", str(out), "--db", str(new), "--passphrase-file", str(secret),
        config=tmp_path,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert str(new) in again.stdout
    assert _tables(new) == _tables(demo_db)


def test_archive_problems_are_one_line_and_exit_2(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sealed.repdesk-archive"
    secret = tmp_path / "secret.txt"
    secret.write_text("right", encoding="utf-8")
    assert _repdesk(
        "archive", "export", "--out", str(out), "--db", str(demo_db),
        "--passphrase-file", str(secret), config=tmp_path,
    ).returncode == 0  # fmt: skip

    # A passphrase is never an argument (shell history, ps): there is no such option.
    plain = _repdesk("archive", "export", "--out", str(out), "--passphrase", "x", config=tmp_path)
    assert plain.returncode == 2 and "unrecognized arguments" in plain.stderr

    needs = _repdesk("archive", "import", str(out), "--db", str(tmp_path / "n.db"), config=tmp_path)
    assert needs.returncode == 2
    assert needs.stderr.count("\n") == 1 and "--passphrase-file" in needs.stderr
    assert not (tmp_path / "n.db").exists()

    secret.write_text("wrong", encoding="utf-8")
    wrong = _repdesk(
        "archive", "import", str(out), "--db", str(tmp_path / "n.db"),
        "--passphrase-file", str(secret), config=tmp_path,
    )  # fmt: skip
    assert wrong.returncode == 2 and "passphrase does not open" in wrong.stderr
    assert wrong.stderr.count("\n") == 1
    assert not (tmp_path / "n.db").exists()

    exists = _repdesk(
        "archive", "import", str(out), "--db", str(demo_db),
        "--passphrase-file", str(secret), config=tmp_path,
    )  # fmt: skip
    assert exists.returncode == 2 and "already exists" in exists.stderr

    missing = _repdesk(
        "archive", "export", "--out", str(out), "--db", str(tmp_path / "none.db"), config=tmp_path
    )
    assert missing.returncode == 2 and "there is no database" in missing.stderr
    assert not (tmp_path / "none.db").exists()

    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    foreign = _repdesk("archive", "info", str(text), config=tmp_path)
    assert foreign.returncode == 2 and "not a RepDesk archive" in foreign.stderr
