"""Screenshots of every area, for looking at what a rep sees.

Run under a real (virtual) X server, not the offscreen plugin:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py \
        --db demo.db --lang zh_CN --out screenshots/

Each area is shown, its data awaited, then the whole screen is grabbed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from repdesk.app import run
from repdesk.domain.areas import Area
from repdesk.gui.main_window import MainWindow


def _settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _wait(app: QApplication, done: object, timeout_ms: int = 20000) -> None:
    waited = 0
    while not done() and waited < timeout_ms:  # type: ignore[operator]
        _settle(app, 100)
        waited += 100


def _options(bar: object, name: str) -> list[tuple[object, str]]:
    choice = bar.choices[name]  # type: ignore[attr-defined]
    return [(a.data(), a.text()) for a in choice.menu().actions() if a.data() is not None]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--about", action="store_true", help="also the About and Settings boxes")
    parser.add_argument("--search", help="also the Customers list searched for this text")
    parser.add_argument(
        "--filters",
        help="also the Customers list filtered, e.g. status=customer,at_risk=1,last_visit=not_90",
    )
    parser.add_argument("--menu", help="with --filters: also this filter's menu open")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    result = run(["--db", str(args.db), "--lang", args.lang], exec_=False)
    assert not isinstance(result, int)
    app, window = result
    assert isinstance(window, MainWindow)
    loaded: list[bool] = []
    window.workspace_attached.connect(lambda: loaded.append(True))
    window.store_failed.connect(lambda error: loaded.append(False))
    _wait(app, lambda: loaded)
    screen = app.primaryScreen()
    for area in Area:
        window.show_area(area)
        page = window.list_pages.get(area)  # built by show_area
        if page is not None:
            _wait(app, lambda page=page: page.has_loaded or window.workspace is None)
        if area == Area.REPORTS and window.reports_page is not None:
            drawn: set[object] = set()
            window.reports_page.charts.chart_drawn.connect(drawn.add)
            _wait(app, lambda drawn=drawn: len(drawn) >= 4, timeout_ms=60000)
        _settle(app)
        path = args.out / f"{args.lang}-{list(Area).index(area) + 1}-{area.value}.png"
        screen.grabWindow(0).save(str(path))
        print(path)
    if args.search:
        window.show_area(Area.CUSTOMERS)
        page = window.list_page(Area.CUSTOMERS)
        _wait(app, lambda: page._index is not None)
        page.search_box.setText(args.search)
        _settle(app)
        screen.grabWindow(0).save(str(args.out / f"{args.lang}-search.png"))
    if args.filters:
        from dataclasses import fields

        from repdesk.services.customer_book import CustomerFilter

        window.show_area(Area.CUSTOMERS)
        page = window.list_page(Area.CUSTOMERS)
        _wait(app, lambda: page._book is not None)
        types = {f.name: f.type for f in fields(CustomerFilter)}
        values: dict[str, object] = {}
        for item in args.filters.split(","):
            name, _, value = item.partition("=")
            assert name in types, f"no filter {name!r}: {sorted(types)}"
            values[name] = value == "1" if name == "at_risk" else value
        bar = page.filter_bar
        assert bar is not None
        wanted = CustomerFilter()
        for name, value in values.items():
            if name == "lead_source_id":  # by the source's code: lead_source_id=customer_referral
                value = next(s.id for s in page._book.lead_sources if s.code == value)
            elif name != "at_risk":
                value = next(c for c, _ in _options(bar, name) if c == value)
            wanted = wanted.with_(**{name: value})
        bar.set_filter(wanted)
        bar.changed.emit(wanted)
        if args.search:
            page.search_box.setText(args.search)
        _settle(app)
        screen.grabWindow(0).save(str(args.out / f"{args.lang}-filters.png"))
        if args.menu:  # one filter's menu open, to see it
            from PySide6.QtCore import QPoint

            button = bar.choices[args.menu]
            menu = button.menu()
            menu.popup(button.mapToGlobal(QPoint(0, button.height())))
            _settle(app)
            screen.grabWindow(0).save(str(args.out / f"{args.lang}-filter-menu.png"))
            menu.hide()
    if args.about:
        window.show_about()
        _settle(app)
        screen.grabWindow(0).save(str(args.out / f"{args.lang}-about.png"))
        window.edit_settings()
        _settle(app)
        screen.grabWindow(0).save(str(args.out / f"{args.lang}-settings.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
