"""Render RepDesk's application icon from its one SVG source into every packaged format.

    python packaging/icons.py OUTDIR [SVG]

writes, under OUTDIR:

- ``hicolor/<N>x<N>/apps/org.repdesk.RepDesk.png`` for each of ``PNG_SIZES`` and
  ``hicolor/scalable/apps/org.repdesk.RepDesk.svg`` (Linux, the freedesktop icon theme layout);
- ``repdesk.ico`` (Windows) and ``repdesk.icns`` (macOS), written by Pillow.

The SVG is drawn by QtSvg, the renderer the running application uses, so every size looks
the same as the window icon. SVG defaults to ``resources/icons/repdesk.svg`` in this checkout.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.repdesk.RepDesk"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SVG = ROOT / "resources" / "icons" / "repdesk.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)

_app: QGuiApplication | None = None  # QtSvg and QPainter need one; kept for the process


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0]])


def _render_png(svg: Path, size: int, dest: Path) -> None:
    """Draw the SVG onto a transparent size x size image and save it as PNG."""
    _ensure_app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file QtSvg can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(dest)):
        raise OSError(f"could not write {dest}")


def render_icons(svg: Path, out: Path) -> list[Path]:
    """Write every icon file for the three platforms under out; return their paths."""
    written: list[Path] = []
    rendered: dict[int, Path] = {}
    for size in PNG_SIZES:
        png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        _render_png(svg, size, png)
        rendered[size] = png
        written.append(png)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)

    # macOS wants a 1024 px image too, which the theme does not: render it beside the rest.
    big = out / "repdesk-1024.png"
    _render_png(svg, 1024, big)
    rendered[1024] = big

    def images(sizes: tuple[int, ...]) -> list[Image.Image]:
        """The rendered images, largest first: Pillow saves the first and appends the rest."""
        loaded = []
        for size in sorted(sizes, reverse=True):
            with Image.open(rendered[size]) as image:
                loaded.append(image.convert("RGBA"))
        return loaded

    ico = out / "repdesk.ico"
    largest, *rest = images(ICO_SIZES)
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=rest)
    written.append(ico)

    icns = out / "repdesk.icns"
    largest, *rest = images(ICNS_SIZES)
    largest.save(icns, format="ICNS", append_images=rest)
    written.append(icns)
    big.unlink()
    return written


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("usage: python packaging/icons.py OUTDIR [SVG]", file=sys.stderr)
        return 2
    out = Path(argv[0])
    svg = Path(argv[1]) if len(argv) == 2 else DEFAULT_SVG
    for path in render_icons(svg, out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
