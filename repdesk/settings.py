"""Where RepDesk keeps its files, and the rep's settings with their defaults.

Paths come from platformdirs, so the database lands where each desktop
system expects user data (``~/.local/share/RepDesk`` on Linux,
``%LOCALAPPDATA%\\RepDesk`` on Windows, ``~/Library/Application Support/RepDesk``
on macOS). Settings are a small JSON file in the user's config folder;
``REPDESK_CONFIG_DIR`` points elsewhere (tests, portable installs).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "RepDesk"
DATABASE_NAME = "repdesk.db"
SETTINGS_NAME = "settings.json"  # in config_dir()
LOG_NAME = "repdesk.log"  # in log_dir(), rotated at start (app.py)
LANGUAGES = ("system", "en", "zh_CN")
MACHINE_SETTINGS = frozenset({"data_folder"})  # this laptop's, never taken from an archive


def config_dir() -> Path:
    override = os.environ.get("REPDESK_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    rep_name: str = ""
    team: str = ""
    language: str = "system"  # one of LANGUAGES
    data_folder: str = ""  # empty: the platform's default data folder
    demo_offer_dismissed: bool = False
    # Where the rep works: a country code of the holidays library (CN, HK, TW, US, GB...),
    # for the dates of care occasions that fall on holidays (Mother's Day differs by region).
    region: str = "CN"
    # Today lists prospects not contacted (diary, visit) for this many days.
    stale_prospect_days: int = 30
    # Backups (daily, on demand...): how many of each kind are kept.
    backups_kept: int = 14

    @property
    def data_dir(self) -> Path:
        return Path(self.data_folder).expanduser() if self.data_folder else default_data_dir()

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @classmethod
    def load(cls, folder: Path | None = None) -> Settings:
        """Read the settings; a missing or unreadable file gives the defaults (logged)."""
        path = (folder or config_dir()) / SETTINGS_NAME
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable settings file %s: %s", path, error)
            return cls()
        if not isinstance(raw, dict):
            log.warning("ignoring settings file %s: not a JSON object", path)
            return cls()
        settings = cls()
        settings.take(raw, machine=True)
        return settings

    def take(self, raw: dict[str, Any], *, machine: bool = False) -> None:
        """Take the values of ``raw`` that have the right type (an unknown or mistyped one
        is ignored); ``machine`` False keeps this laptop's own (the data folder), for
        settings that come from another laptop's archive."""
        for f in fields(self):
            if f.name in MACHINE_SETTINGS and not machine:
                continue
            value = raw.get(f.name)
            if isinstance(value, type(getattr(self, f.name))):
                setattr(self, f.name, value)
        if self.language not in LANGUAGES:
            self.language = "system"

    def save(self, folder: Path | None = None) -> Path:
        """Write atomically (a temp file renamed over the old one)."""
        import tempfile  # only when saving: it costs start-up imports

        folder = folder or config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / SETTINGS_NAME
        text = json.dumps(asdict(self), ensure_ascii=False, indent=2)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp"
        ) as handle:
            handle.write(text)
            tmp = Path(handle.name)
        os.replace(tmp, path)
        return path


def resources_dir() -> Path:
    """resources/ of a checkout, or the copy a wheel or frozen build carries."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"RepDesk's resources folder is missing (looked beside {package})")
