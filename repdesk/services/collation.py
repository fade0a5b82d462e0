"""Sort keys that put Chinese and Latin names in the order a rep expects.

SQLite compares text by code point, which scatters Chinese names at random.
Each name gets a stored ``sort_key``: Han characters become toneless pinyin,
everything else is case-folded, and the syllables are separated by spaces, so
华南 ("hua nan") sorts before 华信 ("hua xin") as in a Chinese phone book, and
"Acme" files among the "a"s.

Readings come from pypinyin's tables, matched forward-longest: a phrase of
up to four characters from its phrase table first (长沙 is "chang sha", not
"zhang sha"; 重庆 "chong qing"), else each character's most common reading.
pypinyin's own per-phrase API costs about 85 us a name; this costs a few us,
which keeps the 100,000-customer demo fast. The tables load on first use
(~0.3 s), which is always on the worker, never at start-up.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_LONGEST_PHRASE = 4


@cache
def _plain(syllable: str) -> str:
    """Toneless, with ü spelt v as on a pinyin keyboard (lǘ -> lv)."""
    decomposed = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _tables() -> tuple[dict[int, str], dict[str, list[list[str]]]]:
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    characters = {cp: _plain(readings.split(",", 1)[0]) for cp, readings in pinyin_dict.items()}
    return characters, phrases_dict


def sort_key(text: str) -> str:
    """The key to ORDER BY for a name (max 400 characters, like the column)."""
    characters, phrases = _tables()
    parts: list[str] = []
    latin: list[str] = []
    text = text.strip()
    i, n = 0, len(text)
    while i < n:
        if ord(text[i]) not in characters:
            latin.append(text[i])
            i += 1
            continue
        if latin:
            parts.append("".join(latin).casefold().strip())
            latin.clear()
        for length in range(min(_LONGEST_PHRASE, n - i), 1, -1):
            readings = phrases.get(text[i : i + length])
            if readings is not None:
                parts.extend(_plain(reading[0]) for reading in readings)
                i += length
                break
        else:
            parts.append(characters[ord(text[i])])
            i += 1
    if latin:
        parts.append("".join(latin).casefold().strip())
    return " ".join(p for p in parts if p)[:400]
