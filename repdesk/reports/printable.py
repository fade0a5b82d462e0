"""Rep-typed text made fit to print, in a PDF or a chart: the one rule for both.

Whatever a rep types (or pastes, or imports) is printed as typed, except what
no page can show:

- control characters (NUL, BEL, ESC... anything below a space but a tab or a
  line break, DEL and the C1 controls) are left out: a font has no glyph for
  them, and some of them upset the programs that read a PDF's text back;
- a tab is a space;
- every kind of line break (Windows' CRLF, old Mac's CR, vertical tab, form
  feed, Unicode's line and paragraph separators) is a line break;
- half a surrogate pair (only a broken program makes one) is U+FFFD;
- right-to-left text (Hebrew, Arabic) is put in the order it is drawn in
  (``visual_order``: a cut-down Unicode bidi algorithm; no Arabic shaping);
- a character no font of the report has (an emoji, a script neither the CJK
  font nor the fallback carries) prints as U+FFFD, the replacement character,
  so that the reader sees something was there; an invisible one (a joiner, a
  variation selector, a combining mark) is simply left out.

Pure Python: importing it costs nothing. pdf_parts.py turns the pieces into
reportlab markup, charts_common.py and relationship_map.py into matplotlib text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterator

REPLACEMENT = "\ufffd"

# Every line break str.splitlines() knows, CRLF first so that it is one break.
LINE_BREAK = re.compile("\r\n|[\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]")
# Controls that are not line breaks (those are above) nor a tab.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that take no room of their own: left out where no font has them.
_INVISIBLE = frozenset(("Mn", "Me", "Cf"))
# Bidi classes: strong right-to-left; numbers; what may stand inside a number (1,000.5).
_RTL = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))
_IN_NUMBER = frozenset(("ES", "CS"))
# Where right-to-left scripts live (Hebrew to Arabic Extended-A, their presentation
# forms, the historic ones of the SMP): a line without any is left as it is, cheaply.
_ANY_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_JOINER = "\u200d"  # joins emoji into one (👨‍👩‍👧)


def clean(text: str) -> str:
    """``text`` without control characters, a tab as a space, broken surrogates as
    U+FFFD; line breaks kept, each as it was typed."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(REPLACEMENT, text)
    return text


def lines(text: str) -> list[str]:
    """``text`` cleaned and split at every kind of line break."""
    return LINE_BREAK.split(clean(text))


def one_line(text: str) -> str:
    """``text`` cleaned, its line breaks as spaces (a running head, a PDF's title)."""
    return " ".join(lines(text))


def visual_order(line: str) -> str:
    """One line in the order its characters are drawn, left to right (RepDesk's
    paragraphs read left to right): each stretch of right-to-left text, with the
    spaces, punctuation and numbers inside it, reversed and its brackets mirrored;
    a number in it still reads left to right. Unicode's bidi algorithm (UAX #9) cut
    down to a left-to-right paragraph without explicit embeddings; a stretch broken
    over two printed lines keeps its lines in the wrong order (the algorithm proper
    reorders after line breaking)."""
    if not _ANY_RTL.search(line):
        return line
    levels: list[int | None] = []  # 0 left to right, 1 right to left, 2 a number in it
    after_rtl = False
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            levels.append(1)
            after_rtl = True
        elif kind == "L":
            levels.append(0)
            after_rtl = False
        elif kind in _NUMBER:
            levels.append(2 if after_rtl else 0)
        else:
            levels.append(None)  # neutral: takes the direction around it
    start = 0
    while start < len(levels):
        if levels[start] is not None:
            start += 1
            continue
        end = start
        while end < len(levels) and levels[end] is None:
            end += 1
        before = levels[start - 1] if start else 0
        after = levels[end] if end < len(levels) else 0
        if (
            before == after == 2
            and end - start == 1
            and (unicodedata.bidirectional(line[start]) in _IN_NUMBER)
        ):
            level = 2  # the comma of 1,000
        else:
            level = 1 if before and after else 0
        levels[start:end] = [level] * (end - start)
        start = end
    chars = list(line)
    resolved = [level or 0 for level in levels]
    for floor in (2, 1):  # the numbers back to their own order, then the stretches
        index = 0
        while index < len(chars):
            if resolved[index] < floor:
                index += 1
                continue
            end = index
            while end < len(chars) and resolved[end] >= floor:
                end += 1
            chars[index:end] = chars[index:end][::-1]
            resolved[index:end] = resolved[index:end][::-1]
            index = end
    return "".join(
        char.translate(_MIRRORED) if level == 1 else char
        for char, level in zip(chars, resolved, strict=True)
    )


def glyph_runs(
    text: str, primary: Container[int], fallback: Container[int]
) -> Iterator[tuple[str, bool]]:
    """``text`` (cleaned, one line) in runs of one font: ``(run, False)`` for the
    primary font, ``(run, True)`` for the fallback. A character neither font has is
    U+FFFD (in whichever font has it), or left out if it is invisible (a skin tone
    too); an emoji of several joined (👨‍👩‍👧) is one U+FFFD. A space goes with the
    run it is in."""
    code = ord(REPLACEMENT)
    if code in fallback:
        replacement, replacement_in_fallback = REPLACEMENT, True
    else:
        replacement, replacement_in_fallback = (REPLACEMENT if code in primary else "?"), False
    run: list[str] = []
    run_in_fallback = False
    joining = False  # a joiner after a character no font has: what follows joins it
    for char in text:
        if char == " ":
            run.append(char)
            joining = False
            continue
        code = ord(char)
        missing = code not in primary and code not in fallback
        if char == _JOINER and run and run[-1] == replacement:
            joining = True
            continue
        if missing and (joining or unicodedata.category(char) in _INVISIBLE or _skin_tone(code)):
            continue  # joined to the U+FFFD before it, or takes no room
        joining = False
        if not missing:
            in_fallback = code not in primary
        else:
            char, in_fallback = replacement, replacement_in_fallback
        if in_fallback != run_in_fallback and run:
            yield "".join(run), run_in_fallback
            run = []
        run_in_fallback = in_fallback
        run.append(char)
    if run:
        yield "".join(run), run_in_fallback


def _skin_tone(code: int) -> bool:
    """An emoji's skin tone modifier: part of the emoji before it."""
    return 0x1F3FB <= code <= 0x1F3FF


def drawable(text: str, glyphs: Container[int]) -> str:
    """``text`` cleaned, every character ``glyphs`` lacks as U+FFFD (left out if invisible),
    each line break a newline."""
    return "\n".join(
        "".join(run for run, _ in glyph_runs(line, glyphs, glyphs)) for line in lines(text)
    )
