"""Editing bilingual texts one language at a time: one side of a Text, and lists of them
as one line per item (line n edits item n's words in that language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from repdesk.domain.playbook import Text, is_chinese


def side(text: Text, lang: str) -> str:
    """The words in one language only (no fallback to the other)."""
    return text.zh if is_chinese(lang) else text.en


def other_side(text: Text, lang: str) -> str:
    return text.en if is_chinese(lang) else text.zh


def language_code(lang: str) -> str:
    """ "zh" or "en": the side a language code edits."""
    return "zh" if is_chinese(lang) else "en"


def lines_of(items: Sequence[Text], lang: str) -> str:
    """The items' words in ``lang``, one line each (an item without words there: a blank
    line, so that line n stays item n)."""
    return "\n".join(side(item, lang).replace("\n", " ") for item in items)


@dataclass(frozen=True)
class MergedLines:
    items: tuple[Text, ...]
    lines: tuple[int, ...]  # for each item kept: its line number (0-based) in the edit


def merge_lines(items: Sequence[Text], lang: str, typed: str) -> MergedLines:
    """The items with line n's words as item n's ``lang`` side; items past the last line
    lose that side; an item with words in neither language is dropped."""
    lines = [line.strip() for line in typed.split("\n")] if typed.strip() else []
    count = max(len(items), len(lines))
    kept: list[Text] = []
    numbers: list[int] = []
    for n in range(count):
        old = items[n] if n < len(items) else Text("", "")
        words = lines[n] if n < len(lines) else ""
        new = old.with_text(lang, words)
        if new.en.strip() or new.zh.strip():
            kept.append(new)
            numbers.append(n)
    return MergedLines(tuple(kept), tuple(numbers))
