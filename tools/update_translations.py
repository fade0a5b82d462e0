"""Refresh resources/translations/repdesk_zh_CN.ts from every .py file under repdesk/.

Usage: .venv/bin/python tools/update_translations.py

Runs the pyside6-lupdate that sits beside this Python, drops messages that are
gone from the sources and stores no source locations (line numbers churn on
every edit; the context and the source text are what identify a message).
New messages arrive as ``type="unfinished"``: translate them in the .ts, then
run tests/core/test_translations.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "repdesk_zh_CN.ts"


def tool(name: str) -> str:
    """A Qt tool from the same environment as the running Python (not whatever PATH finds)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found beside {sys.executable}: install PySide6 there")
    return found


def sources() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "repdesk").rglob("*.py"))


def main() -> int:
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        "zh_CN",
        *sources(),
        "-ts",
        TS_FILE.relative_to(ROOT).as_posix(),
    ]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
