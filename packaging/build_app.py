"""Build RepDesk as a self-contained desktop app (PyInstaller, onedir), on this platform.

    python3 packaging/build_app.py            # from the repository root, any Python 3.11+

Steps, each said as it runs:

1. a virtual environment of the build's own (build/venv), with PyInstaller;
2. RepDesk's wheel (build/wheel, `python -m build`: the same wheel `pip install` gets,
   with its compiled translations) installed into it, with its dependencies;
3. the icons rendered from resources/icons/repdesk.svg (build/icons: PNGs at the
   usual sizes, .ico, .icns);
4. PyInstaller with packaging/repdesk.spec into dist/RepDesk/ (and dist/RepDesk.app
   on macOS);
5. the platform's package: on Linux dist/RepDesk-<version>-linux-<arch>.tar.gz, with
   the desktop entry, the AppStream metainfo, the icons and install-desktop-entry.sh;
   on Windows the Inno Setup installer when `iscc` is on PATH
   (packaging/windows/README.md); on macOS packaging/macos/make-dmg.sh makes the .dmg;
6. the size of the app, its largest parts first (also in build/size-report.txt).

The build venv and the pip cache are kept, so a second build takes about a minute.
packaging/check_frozen.py builds, then runs the frozen app (README: "Packaging").
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
APP_ID = "org.repdesk.RepDesk"
PYINSTALLER = "pyinstaller>=6.10,<7"


def say(text: str) -> None:
    print(f"\033[1m[build]\033[0m {text}", file=sys.stderr, flush=True)


def run(command: list[str | Path], env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    printable = " ".join(str(part) for part in command)
    say(printable if len(printable) < 160 else printable[:157] + "...")
    subprocess.run([str(part) for part in command], check=True, cwd=cwd, env=env)


def venv_python() -> Path:
    folder = "Scripts" if sys.platform == "win32" else "bin"
    return VENV / folder / ("python.exe" if sys.platform == "win32" else "python")


def version() -> str:
    text = (ROOT / "repdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if found is None:
        raise SystemExit("repdesk/__init__.py names no __version__")
    return found.group(1)


def check_tools() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - said in words to whoever runs an old one
        raise SystemExit(
            f"RepDesk is built with Python 3.11 or later, not {sys.version.split()[0]}"
        )
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        raise SystemExit(
            "PyInstaller needs objdump on Linux: install binutils (sudo apt install binutils)"
        )


def build_env() -> Path:
    python = venv_python()
    if not python.exists():
        say(f"creating the build environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    run([python, "-m", "pip", "install", "-q", "--upgrade", "pip", PYINSTALLER, "build>=1.2"])
    return python


def install_wheel(python: Path) -> Path:
    wheels = BUILD / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run([python, "-m", "build", "--wheel", "--outdir", wheels, ROOT])
    (wheel,) = wheels.glob("repdesk-*.whl")
    run([python, "-m", "pip", "install", "-q", wheel])
    # A rebuild of the same version: pip would keep the installed copy of the last build.
    run([python, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", wheel])
    return wheel


def render_icons(python: Path) -> Path:
    icons = BUILD / "icons"
    shutil.rmtree(icons, ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run([python, ROOT / "packaging" / "icons.py", icons], env=env)
    return icons


def freeze(python: Path, icons: Path) -> Path:
    shutil.rmtree(DIST / "RepDesk", ignore_errors=True)
    shutil.rmtree(DIST / "RepDesk.app", ignore_errors=True)
    env = dict(os.environ, REPDESK_ICONS=str(icons))
    run(
        [
            python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
            ROOT / "packaging" / "repdesk.spec",
        ],
        env=env,
        cwd=BUILD,  # not the checkout, whose repdesk/ `python -m` would put first on sys.path
    )  # fmt: skip
    return DIST / "RepDesk"


def linux_package(app: Path, icons: Path) -> Path:
    """The tar.gz a rep unpacks anywhere and runs (RepDesk/repdesk), with what a desktop
    entry needs beside it (RepDesk/share) and the script that installs one."""
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    linux = ROOT / "packaging" / "linux"
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)
    shutil.copy2(linux / "install-desktop-entry.sh", app / "install-desktop-entry.sh")
    shutil.copy2(linux / "README.txt", app / "README.txt")
    arch = platform.machine() or "unknown"
    archive = DIST / f"RepDesk-{version()}-linux-{arch}.tar.gz"
    say(f"packing {archive.name}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname="RepDesk", filter=_anyone)
    return archive


def _anyone(member: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files owned by whoever unpacks them, not by the build machine's user."""
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    return member


def windows_installer(app: Path, icons: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        say("iscc (Inno Setup 6) is not on PATH: no installer made (packaging/windows/README.md)")
        return None
    run(
        [
            iscc, f"/DAppVersion={version()}", f"/DSourceDir={app}",
            f"/DIconFile={icons / 'repdesk.ico'}", ROOT / "packaging" / "windows" / "repdesk.iss",
        ]
    )  # fmt: skip
    return next(DIST.glob(f"RepDesk-{version()}-windows-*-setup.exe"), None)


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def size_report(app: Path, package: Path | None) -> str:
    """The app's size and its largest parts: files, and the folders of _internal."""
    internal = app / "_internal"
    total = tree_size(app)
    lines = [f"RepDesk {version()} ({platform.system()} {platform.machine()})"]
    lines.append(f"app folder: {total / 1e6:.1f} MB in {sum(1 for _ in app.rglob('*'))} files")
    if package is not None:
        lines.append(f"{package.name}: {package.stat().st_size / 1e6:.1f} MB")
    parts: dict[str, int] = {}
    for file in internal.rglob("*"):
        if file.is_file() and not file.is_symlink():
            relative = file.relative_to(internal).parts
            # Group by package (two levels for PySide6/Qt, where the weight is).
            key = "/".join(relative[:3] if relative[:2] == ("PySide6", "Qt") else relative[:1])
            parts[key] = parts.get(key, 0) + file.stat().st_size
    lines.append("largest parts of _internal:")
    for key, size in sorted(parts.items(), key=lambda item: -item[1])[:15]:
        lines.append(f"  {size / 1e6:7.1f} MB  {key}")
    files = sorted(
        (f for f in internal.rglob("*") if f.is_file() and not f.is_symlink()),
        key=lambda f: -f.stat().st_size,
    )[:10]
    lines.append("largest files:")
    for file in files:
        lines.append(f"  {file.stat().st_size / 1e6:7.1f} MB  {file.relative_to(internal)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-package", action="store_true", help="stop after dist/RepDesk (no tar.gz/installer)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    check_tools()
    python = build_env()
    install_wheel(python)
    icons = render_icons(python)
    app = freeze(python, icons)
    package: Path | None = None
    if not args.no_package:
        if sys.platform.startswith("linux"):
            package = linux_package(app, icons)
        elif sys.platform == "win32":
            package = windows_installer(app, icons)
        elif sys.platform == "darwin":
            say("the .app is in dist/RepDesk.app; packaging/macos/make-dmg.sh makes the .dmg")
    report = size_report(app, package)
    (BUILD / "size-report.txt").write_text(report + "\n", encoding="utf-8")
    print(report)
    say(f"built in {time.monotonic() - started:.0f} s: {app}" + (f", {package}" if package else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
