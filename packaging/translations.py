"""Compile the Qt translation sources (resources/translations/*.ts) into .qm files.

The .qm files are build outputs, never in git. Three builds need them, and all
three come here: ``./dev`` (into resources/translations, for a checkout), the
wheel's build hook (packaging/hatch_build.py, into the wheel) and so the frozen
app, which is built from the wheel (packaging/build_app.py).

lrelease comes with PySide6 (PySide6-Essentials has it); it is run through
PySide6's own launcher, which finds the binary on every platform.

    python packaging/translations.py [OUT_DIR]    # default: beside the sources
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "resources" / "translations"

_LRELEASE = (
    "import sys\n"
    "from PySide6.scripts.pyside_tool import lrelease\n"
    "sys.argv[0] = 'lrelease'\n"
    "lrelease()\n"
)


def compile_translations(sources: Path = SOURCES, out: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``sources`` into ``out`` (default: ``sources``) and return
    the .qm files. A .qm newer than its .ts is kept. Raises RuntimeError naming the file
    when lrelease fails or writes nothing (an empty .qm would quietly show English)."""
    out = sources if out is None else out
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(sources.glob("*.ts")):
        qm = out / f"{ts.stem}.qm"
        if not (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
            done = subprocess.run(
                [sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not qm.is_file() or qm.stat().st_size < 1024:
                raise RuntimeError(
                    f"lrelease could not compile {ts} (exit {done.returncode}): "
                    f"{(done.stderr or done.stdout).strip() or 'no .qm written'}"
                )
        written.append(qm)
    if not written:
        raise RuntimeError(f"no translation sources (*.ts) in {sources}")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for path in compile_translations(out=target):
        print(path)
