"""File names made from what a rep typed: the one rule, for every name the app suggests.

A customer's name becomes the name of its sheet's PDF (``深圳华信电子有限公司.pdf``)
and of its visit report (``visit-2026-11-23-ABC公司.pdf``). Whatever the name holds,
the file name must be accepted by Windows, macOS and Linux alike, and must not
point anywhere else. So:

- the characters no system allows, or that would name a folder (``/ \\ : * ? " < >
  |``), control characters, unassigned and private-use code points and broken
  surrogates become ``_``; invisible formatting characters (a zero-width joiner, the
  right-to-left override that makes ``invoice\u202efdp.exe`` look like a PDF) are
  left out;
- white space of any kind (a line break in a pasted name, a tab) is one space;
- runs of ``_`` are one; no space, dot or ``_`` at either end (a leading dot hides
  a file; Windows drops trailing dots and spaces), so ``.`` and ``..`` are never
  the result;
- Windows' device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9 and the superscript
  COM¹..., with any extension, any case) get a ``_`` in front;
- the name is cut to ``max_bytes`` in UTF-8 (file systems take 255 bytes; the
  rest is left for a prefix and an extension) between two characters, so a
  Chinese name is never cut inside a character;
- Chinese, accents, emoji and every other printable character are kept, in
  Unicode's composed form (NFC), as macOS and Windows expect.

Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 120  # UTF-8 bytes for the part a rep typed (a name may have 255)
DEFAULT_FALLBACK = "file"

# Characters Windows forbids in a name (macOS forbids ":", every system "/").
_FORBIDDEN = frozenset('\\/:*?"<>|')
# Unicode categories replaced: controls, surrogates, private use, unassigned.
_REPLACED = frozenset(("Cc", "Cs", "Co", "Cn"))
_RESERVED = re.compile(r"CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³]", re.IGNORECASE)
_UNDERSCORES = re.compile(r"_{2,}")
_ENDS = " ._"


def _file_char(char: str) -> str:
    """A space for any white space, ``_`` for a character no file name may hold, nothing
    for an invisible formatting character, else the character itself."""
    if char.isspace():
        return " "
    if char in _FORBIDDEN:
        return "_"
    category = unicodedata.category(char)
    if category in _REPLACED:
        return "_"
    if category == "Cf":
        return ""
    return char


def is_reserved(name: str) -> bool:
    """Whether Windows takes ``name`` for a device (``nul.pdf``, ``Com1``, ``LPT9 .txt``)."""
    stem = name.split(".", 1)[0].rstrip(" ")
    return _RESERVED.fullmatch(stem) is not None


def _cut(text: str, max_bytes: int) -> str:
    """``text`` at most ``max_bytes`` long in UTF-8, cut between characters."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", errors="ignore")


def file_name_part(text: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """``text`` as (part of) a file name by the rule above; "" when nothing of it is left."""
    # Composed before and after: a character left out may have stood before a mark.
    cleaned = "".join(map(_file_char, unicodedata.normalize("NFC", text)))
    cleaned = unicodedata.normalize("NFC", cleaned)
    cleaned = _UNDERSCORES.sub("_", " ".join(cleaned.split())).strip(_ENDS)
    cleaned = unicodedata.normalize("NFC", _cut(cleaned, max_bytes)).rstrip(_ENDS)
    if cleaned and is_reserved(cleaned):
        cleaned = _cut("_" + cleaned, max_bytes).rstrip(_ENDS)
    return cleaned


def safe_file_name(
    text: str, fallback: str = DEFAULT_FALLBACK, *, max_bytes: int = MAX_NAME_BYTES
) -> str:
    """A file name (without its extension) from ``text``, never empty: ``fallback``
    (made safe the same way) when nothing of ``text`` is left, "file" if not even that.
    ``max_bytes`` is at least 8."""
    if max_bytes < 8:
        raise ValueError(f"max_bytes must be at least 8, not {max_bytes}")
    return (
        file_name_part(text, max_bytes) or file_name_part(fallback, max_bytes) or DEFAULT_FALLBACK
    )
