"""Build the Linux app, then run the frozen binary for real and check what it makes.

    python3 packaging/check_frozen.py            # builds first (packaging/build_app.py)
    python3 packaging/check_frozen.py --no-build # checks dist/RepDesk as it is

Slow (a build is one to three minutes), so it is not part of `./dev test`. Every run
of the frozen app is in a fresh home folder (HOME and the XDG folders in a temporary
directory, nothing of the build's Python on PATH or PYTHONPATH), offscreen:

1. ``repdesk --version`` names the version of the checkout;
2. ``repdesk paths`` prints the same places as the pip-installed RepDesk (the build's
   venv, which holds the same wheel): both use the same default database;
3. ``repdesk demo`` fills the default database;
4. ``repdesk --self-test PDF`` opens the window on it, writes the newest visit report
   to PDF and exits 0, in English and in Chinese; the PDFs are read back with
   pdftotext (the title, a customer's Chinese name) and pdffonts (every font
   embedded); three English runs time the start (to the first paint) against the
   same code run by the build venv's Python;
5. a database taken back to the first schema (0001) is opened by the frozen app:
   it is migrated after a backup, which is there, at the old revision;
6. ``repdesk report weekly`` writes its PDF and XLSX (charts, openpyxl), and
   ``repdesk archive export`` seals an archive with a passphrase (cryptography),
   which ``repdesk archive info`` then opens.

It prints a summary (also in build/check-frozen.txt) and exits 0 only if all passed.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "RepDesk" / "repdesk"
BUILD_PYTHON = ROOT / "build" / "venv" / "bin" / "python"
START_RUNS = 3


class CheckFailedError(Exception):
    pass


def say(text: str) -> None:
    print(f"\033[1m[check]\033[0m {text}", file=sys.stderr, flush=True)


class Home:
    """A fresh home folder, and the environment of a rep's session in it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        home = root / "home"
        self.env = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "TMPDIR": str(root / "tmp"),
        }
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR"):
            Path(self.env[key]).mkdir(parents=True, exist_ok=True)

    def run(
        self, *args: str | Path, timeout: float = 300, program: list[str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = [*(program or [str(APP)]), *map(str, args)]
        done = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if done.returncode != 0:
            raise CheckFailedError(
                f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
            )
        return done

    def self_test(
        self, pdf: Path, *args: str | Path, program: list[str] | None = None
    ) -> dict[str, float]:
        """Run --self-test; the seconds from start to each milestone it printed."""
        command = [*(program or [str(APP)]), "--self-test", str(pdf), *map(str, args)]
        started = time.monotonic()
        process = subprocess.Popen(
            command, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        seen: dict[str, float] = {}
        for line in process.stdout:
            seen[line.strip().removeprefix("self-test: ")] = time.monotonic() - started
        _, errors = process.communicate(timeout=300)
        seen["exit"] = time.monotonic() - started
        if process.returncode != 0:
            raise CheckFailedError(f"{' '.join(command)} exited {process.returncode}:\n{errors}")
        return seen


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def check_fonts_embedded(pdf: Path) -> list[str]:
    """The PDF's TrueType fonts, every one embedded (reportlab also names Helvetica, one of
    the 14 fonts every PDF reader has, which needs no embedding)."""
    lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    truetype = [line for line in lines if "TrueType" in line]
    if not truetype or any(line.split()[-5:-2] != ["yes", "yes", "yes"] for line in truetype):
        raise CheckFailedError(f"{pdf.name}: a TrueType font is not embedded:\n" + "\n".join(lines))
    return [line.split()[0] for line in truetype]


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailedError(what)
    say(f"ok: {what}")


def head_revision() -> str:
    return subprocess.run(
        [str(BUILD_PYTHON), "-c", "from repdesk.db.revisions import HEAD; print(HEAD)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def downgrade(db: Path, revision: str) -> None:
    """Take ``db`` back to an older schema, as an older RepDesk made it (the build venv's
    Alembic, on the same migration scripts the app carries)."""
    code = (
        "import sys\n"
        "from alembic import command\n"
        "from sqlalchemy import create_engine\n"
        "from repdesk.db.migrate import alembic_config\n"
        "engine = create_engine('sqlite:///' + sys.argv[1])\n"
        "with engine.begin() as connection:\n"
        "    command.downgrade(alembic_config(connection), sys.argv[2])\n"
    )
    subprocess.run([str(BUILD_PYTHON), "-c", code, str(db), revision], check=True)


def revision_of(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def check(work: Path) -> list[str]:
    summary: list[str] = []
    home = Home(work)
    pip_app = [str(BUILD_PYTHON), "-m", "repdesk"]
    version = subprocess.run(
        [str(BUILD_PYTHON), "-c", "import repdesk; print(repdesk.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()

    shown = home.run("--version").stdout.strip()
    expect(shown == f"RepDesk {version}", f"the frozen app says {shown!r}")

    frozen_paths = home.run("paths").stdout
    pip_paths = home.run("paths", program=pip_app).stdout
    expect(
        frozen_paths == pip_paths and str(work / "home") in frozen_paths,
        "the frozen and the pip-installed app use the same places:\n" + frozen_paths.strip(),
    )
    database = Path(frozen_paths.splitlines()[0].split(": ", 1)[1])

    started = time.monotonic()
    home.run("demo", "--customers", "300")
    demo_seconds = time.monotonic() - started
    expect(database.is_file(), f"repdesk demo filled the default database ({demo_seconds:.1f} s)")

    out = work / "out"
    out.mkdir()
    english = home.self_test(out / "visit-en.pdf", "--lang", "en")
    text = pdf_text(out / "visit-en.pdf")
    expect("Visit report" in text and "Customer" in text, "the English visit report reads back")
    fonts = check_fonts_embedded(out / "visit-en.pdf")
    expect(
        any("WenQuanYiMicroHei" in font for font in fonts),
        f"the Chinese font RepDesk ships is embedded, with a Unicode map: {fonts}",
    )
    with closing(sqlite3.connect(database)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM customers")]
    expect(
        any(name in text for name in names if any("\u4e00" <= c <= "\u9fff" for c in name)),
        "a customer's Chinese name prints",
    )
    chinese = home.self_test(out / "visit-zh.pdf", "--lang", "zh_CN")
    expect(
        "销售拜访记录表" in pdf_text(out / "visit-zh.pdf"), "the Chinese visit report reads back"
    )

    frozen_starts = [english["window painted"], chinese["window painted"]]
    pip_starts = []
    for n in range(START_RUNS):
        frozen_starts.append(home.self_test(out / f"start-{n}.pdf")["window painted"])
        pip_starts.append(home.self_test(out / f"pip-{n}.pdf", program=pip_app)["window painted"])
    frozen_start = statistics.median(frozen_starts[2:])
    pip_start = statistics.median(pip_starts)
    say(f"start to first paint: frozen {frozen_start:.2f} s, pip-installed {pip_start:.2f} s")

    old = work / "older" / "repdesk.db"
    old.parent.mkdir()
    shutil.copy2(database, old)
    downgrade(old, "0001_baseline")
    expect(revision_of(old) == "0001_baseline", "a database at the first schema (0001)")
    upgrade = home.self_test(out / "visit-upgraded.pdf", "--db", old)
    head = head_revision()
    expect(
        any(key.startswith("migrated from 0001_baseline") for key in upgrade)
        and revision_of(old) == head,
        f"the frozen app migrated it to {head}",
    )
    backups = list((old.parent / "backups").glob(f"repdesk-*-before-{head}.db"))
    expect(
        len(backups) == 1 and revision_of(backups[0]) == "0001_baseline",
        f"after a backup at the old schema: {backups[0].name if backups else 'none'}",
    )

    weekly = out / "weekly"
    home.run("report", "weekly", "--out", weekly)
    expect(
        any(weekly.glob("weekly-*.pdf")) and any(weekly.glob("weekly-*.xlsx")),
        "repdesk report weekly wrote its PDF and XLSX",
    )
    secret = work / "passphrase.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    archive = out / "everything.repdesk-archive"
    home.run("archive", "export", "--out", archive, "--passphrase-file", secret)
    info = home.run("archive", "info", archive, "--passphrase-file", secret).stdout
    expect("customers" in info, "a sealed archive is written and opened again")
    internal = APP.parent / "_internal"
    expect(
        (internal / "sqlcipher3").is_dir() and any((internal / "cryptography").iterdir()),
        "SQLCipher and cryptography are in the bundle",
    )

    summary += [
        f"start to first paint (median of {START_RUNS}, warm): frozen {frozen_start:.2f} s, "
        f"the same code by the build venv's Python {pip_start:.2f} s",
        f"first start, in a fresh home folder: {english['window painted']:.2f} s",
        f"self-test, start to visit report PDF written: {english['exit']:.2f} s",
        f"repdesk demo --customers 300 (frozen): {demo_seconds:.1f} s",
    ]
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check dist/RepDesk as it is")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home folder")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        say("this check runs the Linux build; see packaging/windows and packaging/macos")
        return 2
    for tool in ("pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            say(f"{tool} is missing: install poppler-utils")
            return 2
    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build_app.py")], check=True)
    if not APP.is_file():
        say(f"no frozen app at {APP}: run python3 packaging/build_app.py")
        return 2
    work = Path(tempfile.mkdtemp(prefix="repdesk-frozen-"))
    try:
        summary = check(work)
    except (CheckFailedError, subprocess.SubprocessError) as error:
        say(f"FAILED: {error}")
        say(f"the run's files are kept in {work}")
        return 1
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.path.insert(0, str(ROOT / "packaging"))
    from build_app import size_report  # measured now: --no-build checks what is there

    archives = sorted((ROOT / "dist").glob("RepDesk-*-linux-*.tar.gz"))
    text = "\n".join([*summary, "", size_report(APP.parent, archives[-1] if archives else None)])
    (ROOT / "build" / "check-frozen.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    say("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
