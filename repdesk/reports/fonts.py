"""A CJK TrueType font for the PDFs and the figures, found on the machine and registered once.

PDF viewers only show Chinese that the PDF carries itself, so the sheet embeds a
subset of a CJK font (reportlab does that for every TrueType font), with a
ToUnicode map, so that the text can be searched and copied. reportlab reads
TrueType outlines only: OpenType/CFF fonts (Noto Sans CJK, Source Han Sans)
cannot be used, and are skipped.

Where the font comes from, first usable one wins:

1. ``REPDESK_CJK_FONT`` (``path`` or ``path:index`` for a .ttc collection);
2. the font RepDesk ships in resources/fonts/ (WenQuanYi Micro Hei, see its README), so
   that a PDF prints the same on every laptop, and on a Linux one without a Chinese font;
3. should it be missing (a trimmed install): the well-known CJK TrueType fonts of
   Linux (fonts-wqy-microhei and its kin), Windows (Microsoft YaHei, SimHei, SimSun)
   and macOS (Arial Unicode, STHeiti): before fontconfig's list, so the same machine
   always prints with the same font;
4. whatever else fontconfig knows that covers Chinese (``fc-list :lang=zh``),
   its own favourite (``fc-match sans:lang=zh-cn``) first.

Beside it, a fallback for what a CJK font lacks (Hebrew, Arabic, Greek, many
symbols, U+FFFD): DejaVu Sans, which matplotlib ships, so it is on every machine
RepDesk runs on. The figures use it glyph by glyph (matplotlib falls back by
itself); the PDFs by runs of text (pdf_parts.markup). ``pdf_glyphs`` and
``figure_glyphs`` say which characters the fonts can draw, so that what none of
them has prints as U+FFFD rather than as nothing (repdesk/reports/printable.py).

Nothing here imports reportlab or matplotlib until a font is registered with them.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator, Set
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

ENV_VARIABLE = "REPDESK_CJK_FONT"
PDF_FONT_NAME = "RepDeskCJK"
PDF_FALLBACK_NAME = "RepDeskFallback"
# Characters every candidate must carry (客户情况明细表 and the digits).
_PROBE = "客户情况明细表局外人供应商朋友合作伙伴0123456789"

_LINUX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu: fonts-wqy-microhei
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora, Arch
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # openSUSE
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
_MACOS = (
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
)
_WINDOWS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "Deng.ttf", "simsun.ttc")


class NoCjkFontError(RuntimeError):
    """No usable Chinese font: the message says what to install."""

    def __init__(self, tried: list[str]) -> None:
        hint = {
            "linux": "install one, e.g. 'sudo apt install fonts-wqy-microhei'",
            "darwin": "macOS normally ships Arial Unicode or STHeiti; reinstall them",
            "win32": "Windows normally ships Microsoft YaHei (msyh.ttc); add the Chinese "
            "supplemental fonts in Settings > Apps > Optional features",
        }.get(sys.platform, "install a Chinese TrueType font")
        super().__init__(
            "No Chinese TrueType font was found to print with: "
            f"{hint}, or name one in {ENV_VARIABLE} (path or path:index). "
            f"Looked at {len(tried)} place(s)."
        )
        self.tried = tried


@dataclass(frozen=True)
class CjkFont:
    """A font file and, for a .ttc collection, which font in it."""

    path: Path
    index: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.index}" if self.index else str(self.path)


# --- looking -----------------------------------------------------------------


def _font_offset(data: bytes, index: int) -> int | None:
    if data[:4] != b"ttcf":
        return 0 if index == 0 else None
    (count,) = struct.unpack_from(">I", data, 8)
    if index >= count:
        return None
    (offset,) = struct.unpack_from(">I", data, 12 + 4 * index)
    return int(offset)


def has_truetype_outlines(font: CjkFont) -> bool:
    """True for a TrueType ('glyf') font; False for CFF, a bad index or not a font."""
    try:
        with font.path.open("rb") as file:
            head = file.read(64 * 1024)
    except OSError:
        return False
    try:
        offset = _font_offset(head, font.index)
        if offset is None:
            return False
        version = head[offset : offset + 4]
        if version not in (b"\x00\x01\x00\x00", b"true"):
            return False
        (tables,) = struct.unpack_from(">H", head, offset + 4)
        tags = {head[offset + 12 + 16 * i : offset + 16 + 16 * i] for i in range(min(tables, 64))}
    except struct.error:
        return False
    return b"glyf" in tags and b"cmap" in tags


def _from_env() -> Iterator[CjkFont]:
    value = os.environ.get(ENV_VARIABLE, "").strip()
    if not value:
        return
    path, _, index = value.rpartition(":")
    if path and index.isdigit():
        yield CjkFont(Path(path), int(index))
    else:
        yield CjkFont(Path(value))


def _bundled() -> Iterator[CjkFont]:
    from repdesk.settings import resources_dir

    try:
        folder = resources_dir() / "fonts"
    except FileNotFoundError:
        return
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".ttc"):
                yield CjkFont(path)


def _well_known() -> Iterator[CjkFont]:
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        for name in _WINDOWS:
            yield CjkFont(windir / name)
            yield CjkFont(local / name)
    elif sys.platform == "darwin":
        for text in _MACOS:
            yield CjkFont(Path(text))
    else:
        for text in _LINUX:
            yield CjkFont(Path(text))


def _run(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def _fontconfig() -> Iterator[CjkFont]:
    """Chinese TrueType fonts fontconfig knows, its own favourite first, 'Mono' faces last."""
    if shutil.which("fc-list") is None:
        return
    listed: list[tuple[bool, str, CjkFont]] = []
    for line in _run(
        ["fc-list", ":lang=zh:fontformat=TrueType", "--format", "%{file}|%{index}|%{family}\n"]
    ).splitlines():
        file, _, rest = line.partition("|")
        index, _, family = rest.partition("|")
        if file and index.isdigit():
            listed.append(("mono" in family.lower(), file, CjkFont(Path(file), int(index))))
    favourite = _run(["fc-match", "--format", "%{file}|%{index}", "sans:lang=zh-cn"])
    file, _, index = favourite.partition("|")
    known = {font for _, _, font in listed}
    if file and index.isdigit() and CjkFont(Path(file), int(index)) in known:
        yield CjkFont(Path(file), int(index))
    for _, _, font in sorted(listed, key=lambda item: (item[0], item[1], item[2].index)):
        yield font


def candidates() -> Iterator[CjkFont]:
    """Every place a CJK font may be, best first (may repeat; may not exist)."""
    yield from _from_env()
    yield from _bundled()
    yield from _well_known()
    yield from _fontconfig()


@cache
def find_cjk_font() -> CjkFont:
    """The first usable candidate; raises NoCjkFontError naming what to install."""
    tried: list[str] = []
    for font in candidates():
        if str(font) in tried:
            continue
        tried.append(str(font))
        if font.path.is_file() and has_truetype_outlines(font):
            log.info("printing with the CJK font %s", font)
            return font
    raise NoCjkFontError(tried)


# --- registering ------------------------------------------------------------

_lock = threading.Lock()
_pdf_registered: list[str] = []
_pdf_fallback: list[str | None] = []
_figure_families: list[list[str]] = []


def fallback_font_path() -> Path | None:
    """DejaVu Sans as matplotlib ships it (found without importing matplotlib), else
    the system's; None if neither is there."""
    spec = importlib.util.find_spec("matplotlib")
    places = []
    if spec is not None and spec.origin:
        places.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf")
    places.append(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    return next((path for path in places if path.is_file()), None)


def pdf_font() -> str:
    """Register the CJK font with reportlab (once) and return its name for styles.

    reportlab embeds a subset of it in every PDF that uses it. Its bold and
    italic are the same face: <b> in a paragraph never falls back to a font
    without Chinese.
    """
    with _lock:
        if _pdf_registered:
            return _pdf_registered[0]
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        font = find_cjk_font()
        try:
            ttf = TTFont(PDF_FONT_NAME, str(font.path), subfontIndex=font.index)
        except TTFError as error:
            raise NoCjkFontError([f"{font} ({error})"]) from error
        missing = [char for char in _PROBE if ord(char) not in ttf.face.charToGlyph]
        if missing:
            raise NoCjkFontError([f"{font} (lacks {''.join(missing)})"])
        pdfmetrics.registerFont(ttf)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(PDF_FONT_NAME, bold, italic, PDF_FONT_NAME)
        _pdf_registered.append(PDF_FONT_NAME)
        return PDF_FONT_NAME


def pdf_fallback_font() -> str | None:
    """Register the fallback font with reportlab (once) and return its name, or None
    when there is none (then what the CJK font lacks prints as U+FFFD or "?")."""
    with _lock:
        if _pdf_fallback:
            return _pdf_fallback[0]
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        path = fallback_font_path()
        name: str | None = None
        if path is not None:
            try:
                pdfmetrics.registerFont(TTFont(PDF_FALLBACK_NAME, str(path)))
            except TTFError as error:
                log.warning("the fallback font %s cannot be used: %s", path, error)
            else:
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(PDF_FALLBACK_NAME, bold, italic, PDF_FALLBACK_NAME)
                name = PDF_FALLBACK_NAME
        _pdf_fallback.append(name)
        return name


def pdf_glyphs(font_name: str | None) -> Set[int]:
    """The characters (code points) the registered PDF font ``font_name`` can draw."""
    if font_name is None:
        return frozenset()
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(font_name).face.charToGlyph.keys()  # type: ignore[attr-defined,no-any-return]


@cache
def figure_glyphs() -> frozenset[int]:
    """The characters the figures' fonts (the CJK font, then DejaVu Sans) can draw."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    font = find_cjk_font()
    glyphs = set(FT2Font(str(font.path), face_index=font.index).get_charmap())
    dejavu = font_manager.findfont("DejaVu Sans", fallback_to_default=True)
    glyphs.update(FT2Font(dejavu).get_charmap())
    return frozenset(glyphs)


def figure_fonts() -> list[str]:
    """Register the CJK font with matplotlib (once); the font family list for its texts.

    The list ends with matplotlib's own DejaVu Sans, which fills in any glyph
    the CJK font lacks (matplotlib falls back glyph by glyph).
    """
    with _lock:
        if _figure_families:
            return list(_figure_families[0])
        from matplotlib import font_manager

        font = find_cjk_font()
        font_manager.fontManager.addfont(str(font.path))
        name = font_manager.FontProperties(fname=str(font.path)).get_name()
        # A rep's "$5 off, $10 on orders" is text, never math: two dollar signs would
        # start matplotlib's math text, and a backslash after one would stop the
        # drawing with an error. Set once, before the first figure's texts are made.
        import matplotlib

        matplotlib.rcParams["text.parse_math"] = False
        families = [name, "DejaVu Sans"]
        _figure_families.append(families)
        return list(families)
