"""``repdesk paths``: where RepDesk keeps the database, its backups, the settings and the log.

On Linux these are the XDG folders as platformdirs reads them (at each call, from the
environment): the data in $XDG_DATA_HOME/RepDesk, the settings in $XDG_CONFIG_HOME/RepDesk,
the log in $XDG_STATE_HOME/RepDesk/log, each under ~ when its variable is not set; and the
database where the settings' data folder puts it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from repdesk.cli import main

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG folders are Linux's"
)

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@dataclass(frozen=True)
class Folders:
    root: Path
    home: Path
    data: Path
    config: Path
    state: Path


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Folders:
    """HOME and the XDG folders in the test's own temporary folder (none of them made)."""
    made = Folders(
        tmp_path, tmp_path / "home", tmp_path / "data", tmp_path / "config", tmp_path / "state"
    )
    # tests/conftest.py points the settings to a folder of its own: not here.
    monkeypatch.delenv("REPDESK_CONFIG_DIR", raising=False)
    monkeypatch.setenv("HOME", str(made.home))
    monkeypatch.setenv("XDG_DATA_HOME", str(made.data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(made.config))
    monkeypatch.setenv("XDG_STATE_HOME", str(made.state))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return made


def _paths(capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    assert main(["paths"]) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    lines = [line.partition(": ") for line in printed.out.splitlines()]
    assert [name for name, _, _ in lines] == ["database", "backups", "settings", "log"]
    return {name: Path(value) for name, _, value in lines}


def _write_settings(folder: Path, **values: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_paths_are_in_the_xdg_folders(folders: Folders, capsys: pytest.CaptureFixture[str]) -> None:
    assert _paths(capsys) == {
        "database": folders.data / "RepDesk" / "repdesk.db",
        "backups": folders.data / "RepDesk" / "backups",
        "settings": folders.config / "RepDesk" / "settings.json",
        "log": folders.state / "RepDesk" / "log" / "repdesk.log",
    }
    assert list(folders.root.iterdir()) == [], "paths only says where; it makes nothing"


def test_without_xdg_variables_the_paths_are_under_home(
    folders: Folders, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in XDG:
        monkeypatch.delenv(name)
    assert _paths(capsys) == {
        "database": folders.home / ".local/share/RepDesk/repdesk.db",
        "backups": folders.home / ".local/share/RepDesk/backups",
        "settings": folders.home / ".config/RepDesk/settings.json",
        "log": folders.home / ".local/state/RepDesk/log/repdesk.log",
    }


def test_paths_follow_the_data_folder_of_the_settings(
    folders: Folders, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = folders.root / "共享盘" / "RepDesk data"
    _write_settings(folders.config / "RepDesk", data_folder=str(elsewhere), rep_name="李明")
    paths = _paths(capsys)
    assert paths["database"] == elsewhere / "repdesk.db"
    assert paths["backups"] == elsewhere / "backups"
    # The settings and the log stay where they were: only the data moves.
    assert paths["settings"] == folders.config / "RepDesk" / "settings.json"
    assert paths["log"] == folders.state / "RepDesk" / "log" / "repdesk.log"


def test_a_data_folder_under_home_is_expanded(
    folders: Folders, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_settings(folders.config / "RepDesk", data_folder="~/Sales")
    paths = _paths(capsys)
    assert paths["database"] == folders.home / "Sales" / "repdesk.db"
    assert paths["backups"] == folders.home / "Sales" / "backups"


def test_an_unreadable_settings_file_leaves_the_default_folders(
    folders: Folders, capsys: pytest.CaptureFixture[str]
) -> None:
    (folders.config / "RepDesk").mkdir(parents=True)
    (folders.config / "RepDesk" / "settings.json").write_text("{not json", encoding="utf-8")
    assert _paths(capsys)["database"] == folders.data / "RepDesk" / "repdesk.db"


def test_the_config_folder_override_moves_the_settings(
    folders: Folders, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    portable = folders.root / "usb" / "settings"
    _write_settings(portable, data_folder=str(folders.root / "usb" / "data"))
    monkeypatch.setenv("REPDESK_CONFIG_DIR", str(portable))
    paths = _paths(capsys)
    assert paths["settings"] == portable / "settings.json"
    assert paths["database"] == folders.root / "usb" / "data" / "repdesk.db"
