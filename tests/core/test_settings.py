"""Settings: defaults, a round trip, and a broken file that costs nothing."""

from __future__ import annotations

from pathlib import Path

from repdesk.settings import DATABASE_NAME, Settings, default_data_dir, resources_dir


def test_defaults_point_at_the_platform_data_folder() -> None:
    settings = Settings.load()
    assert settings.language == "system"
    assert settings.database_path == default_data_dir() / DATABASE_NAME


def test_round_trip_keeps_chinese(tmp_path: Path) -> None:
    saved = Settings(rep_name="王小明", team="华南区", language="zh_CN", data_folder=str(tmp_path))
    saved.save(tmp_path)
    loaded = Settings.load(tmp_path)
    assert loaded == saved
    assert loaded.database_path == tmp_path / DATABASE_NAME
    assert "王小明" in (tmp_path / "settings.json").read_text(encoding="utf-8")


def test_a_broken_or_odd_file_gives_defaults_for_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert Settings.load(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text(
        '{"rep_name": 42, "team": "North", "language": "klingon"}', encoding="utf-8"
    )
    loaded = Settings.load(tmp_path)
    assert (loaded.rep_name, loaded.team, loaded.language) == ("", "North", "system")


def test_resources_are_found() -> None:
    assert (resources_dir() / "translations").is_dir()
