"""Shared test set-up: offscreen Qt, an isolated config folder, template databases.

Migrating costs ~0.2 s and a demo fill more, so each is done once per session
into a template file that tests copy (the qutebrowser/Anki habit).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# Before anything imports Qt: no display is needed, ever, and nothing of the
# developer's own settings, fonts cache or data folder is touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="repdesk-tests-"))
os.environ["REPDESK_CONFIG_DIR"] = str(_SESSION_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["XDG_STATE_HOME"] = str(_SESSION_HOME / "state")
os.environ["MPLCONFIGDIR"] = str(_SESSION_HOME / "mpl")
# Hypothesis keeps caches (and examples, where a test keeps any) in .hypothesis/ beside
# the repository unless told otherwise.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(_SESSION_HOME / "hypothesis"))

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEMO_TODAY = date(2026, 11, 18)  # a Wednesday: fixed, so demo-based tests are repeatable
DEMO_CUSTOMERS = 300


def _compile_translations() -> None:
    """The GUI tests need the .qm files; ./dev makes them, plain pytest may not have.
    The same code as ./dev and the wheel's build hook (packaging/translations.py)."""
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py")],
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session", autouse=True)
def _session_setup() -> Iterator[None]:
    _compile_translations()
    yield
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Every test starts with default settings."""
    yield
    shutil.rmtree(_SESSION_HOME / "config", ignore_errors=True)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from repdesk.db.store import open_store

    path = tmp_path_factory.mktemp("templates") / "empty.db"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from repdesk.db.store import open_store
    from repdesk.services.demo import fill_demo

    path = tmp_path_factory.mktemp("templates") / "demo.db"
    store = open_store(path)
    fill_demo(store, DEMO_CUSTOMERS, seed=7, today=DEMO_TODAY)
    store.analyze()
    store.close()
    return path


def _copy_db(template: Path, target: Path) -> Path:
    # Closed cleanly, a WAL database is one file: the -wal/-shm files are gone.
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def empty_db(empty_template: Path, tmp_path: Path) -> Path:
    return _copy_db(empty_template, tmp_path / "repdesk.db")


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    return _copy_db(demo_template, tmp_path / "repdesk.db")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/gui drives Qt widgets: mark it, so ``-m "not gui"`` runs the core."""
    for item in items:
        if "/tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
        if "/tests/perf/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.perf)


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """A PDF's text as pdftotext (poppler-utils, which ./dev installs) extracts it: in the
    order the PDF draws it (``-raw``, cell by cell), or as laid out on the page."""
    done = subprocess.run(
        ["pdftotext", "-layout" if layout else "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")
