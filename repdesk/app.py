"""Composition root: arguments, paths, logging, the excepthook, then the GUI.

``repdesk`` alone opens the window; ``repdesk demo ...`` and the other
commands of cli.py run headless. ``run(argv, exec_=False)`` builds the
application without entering the event loop, for tests and benchmarks.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from repdesk import __version__
from repdesk.settings import LANGUAGES, LOG_NAME, Settings, log_dir, resources_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from repdesk.gui.main_window import MainWindow

log = logging.getLogger("repdesk")

DESKTOP_ID = "org.repdesk.RepDesk"  # the desktop entry's and AppStream's id


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from repdesk import cli

    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    result = run(argv)
    assert isinstance(result, int)
    return result


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repdesk",
        description="RepDesk: a field sales rep's desktop assistant. "
        "Commands without a window: repdesk demo --help, repdesk report weekly --help, "
        "repdesk archive --help, repdesk paths",
    )
    parser.add_argument("--version", action="version", version=f"RepDesk {__version__}")
    parser.add_argument("--db", type=Path, help="open this database file instead of the default")
    parser.add_argument("--lang", choices=LANGUAGES, help="UI language for this run")
    parser.add_argument(
        "--self-test",
        type=Path,
        metavar="PDF",
        help="check this installation: open the database, write its newest visit report "
        "to PDF, quit with 0 (1 and the reason on stderr if anything went wrong)",
    )
    return parser


LOG_LIMIT = 1_000_000  # bytes; the log is rotated at start past this, 3 old logs kept


def _setup_logging() -> None:
    """Warnings to stderr; everything from INFO to a log file in the user's log folder.

    Rotated once at start rather than by logging.handlers, which costs ~11 ms of
    imports (sockets and all) before the first window.
    """
    root = logging.getLogger()
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    root.addHandler(stderr)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            for n in (2, 1):
                older = path.with_suffix(f".log.{n}")
                if older.exists():
                    older.replace(path.with_suffix(f".log.{n + 1}"))
            path.replace(path.with_suffix(".log.1"))
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as error:  # a read-only home still gets a working app
        log.warning("no log file: %s", error)


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _install_excepthook() -> None:
    """Log every uncaught exception and show it, instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            text = "".join(traceback.format_exception_only(kind, value)).strip()
            QMessageBox.critical(
                None,
                QApplication.translate("App", "Something went wrong"),
                QApplication.translate(
                    "App", "RepDesk met an unexpected error and logged it:\n\n%1"
                ).replace("%1", text),
            )

    sys.excepthook = hook


def _set_window_icon(app: QApplication) -> None:
    """The icon of every window, from resources/icons/repdesk.svg. After the first paint:
    Qt's SVG icon engine is a plugin, and loading it costs ~3 ms of the start."""
    icon = resources_dir() / "icons" / "repdesk.svg"
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))


def run(argv: list[str], exec_: bool = True) -> int | tuple[QApplication, MainWindow]:
    args = _gui_parser().parse_args(argv)
    if _no_display():
        print(
            "RepDesk needs a display: start it from a desktop session. On a machine with no "
            "screen, run it under a virtual one (xvfb-run -a ./dev run) or set "
            "QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 2
    _setup_logging()
    settings = Settings.load()
    if args.lang:
        settings.language = args.lang
    db_path: Path = args.db or settings.database_path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from repdesk.gui.i18n import install_translators, resolve_language

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("RepDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("RepDesk")
    # Wayland and GNOME match the window to its menu entry and icon by this name
    # (packaging/linux); X11 by WM_CLASS, which Qt makes "repdesk", "RepDesk".
    app.setDesktopFileName(DESKTOP_ID)
    install_translators(app, resolve_language(settings.language))
    if exec_ and not args.self_test:
        _install_excepthook()

    from repdesk.gui.main_window import MainWindow
    from repdesk.gui.tasks import TaskRunner

    runner = TaskRunner()
    window = MainWindow(settings, runner, db_path)
    runner.setParent(window)
    if args.self_test:
        from repdesk.gui.self_test import SelfTest

        SelfTest(app, window, args.self_test)
    window.show()
    # After the first paint (the store's imports would otherwise compete with it), and one
    # event-loop turn later: open_database does ~40 ms of GUI-thread work (Today's lists,
    # see TodayPage.prepare) and starts the worker, whose imports hold the GIL in 5 ms
    # slices. The window is on screen by then; first_painted's other listeners (tests,
    # the start-up benchmark) need not wait behind that work.
    window.first_painted.connect(
        lambda: QTimer.singleShot(0, lambda: window.open_database(db_path))
    )
    window.first_painted.connect(lambda: _set_window_icon(app))
    if not exec_:
        return app, window
    return app.exec()
