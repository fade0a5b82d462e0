"""'system' as the language setting: the desktop's display language, read in a fresh process
(Qt reads the system locale once per process)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = (
    "from repdesk.gui.i18n import resolve_language\n"
    "print(resolve_language('system'), resolve_language('en'), resolve_language('zh_CN'))\n"
)


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),  # any Chinese desktop: the Chinese RepDesk has
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        # The messages' language, not the formats': Chinese screens, British dates...
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
        # ...and the other way round; LANGUAGE, the desktop's list, comes first.
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en"}, "en"),
    ],
    ids=lambda value: (
        " ".join(f"{k}={v}" for k, v in value.items()) if isinstance(value, dict) else value
    ),
)
def test_system_follows_the_display_language(environment: dict[str, str], expected: str) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("LC_") and key not in ("LANG", "LANGUAGE")
    }
    env.update(environment, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == [expected, "en", "zh_CN"], done.stderr
