"""Type-to-search over the customer book: any substring, Chinese or not, in milliseconds.

SQLite's trigram FTS never matches one- or two-character queries, and most
Chinese names are two or three characters; a LIKE scan of 100,000 sheets
takes ~80 ms. So the search runs over an in-memory index, built on the
worker from the store (db/search_source.py) and kept in the book's display
order, so matches come out already sorted and the first page needs no sort:

- every non-ASCII character (Chinese) has a posting list of the records
  holding it; a query's rarest character gives the candidates, each is then
  checked for the whole query;
- Latin letters have posting lists too; a Latin query whose rarest letter
  is common is instead found with str.find over one ASCII projection of
  every record (non-ASCII runs become \x01), at C speed, stopping at the page;
- digits are searched in one compact string of each record's digit runs,
  with phone separators removed, so "8000", "0013 8000" and "00138000" all
  find 138 0013 8000;
- a search stops at ``limit`` matches and says whether there are more;
  ``after`` continues from the last match (the list's fetchMore).

Text is compared after NFKC (full-width ＡＢＣ１２３ are ABC123) and
case-folding.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LIMIT = 1000
_PHONE_JOINERS = re.compile(r"(?<=\d)[\s\-.()/+]+(?=\d)")
_DIGIT_RUNS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _keys(text: str) -> set[str]:
    """Posting keys: the distinct non-ASCII (Chinese) characters and Latin letters."""
    return {ch for ch in set(text) if ch > "\x7f" or "a" <= ch <= "z"}


def _digits(text: str) -> str:
    return "\x00".join(_DIGIT_RUNS.findall(_PHONE_JOINERS.sub("", text)))


@dataclass(frozen=True)
class SearchResult:
    ids: list[str]
    more: bool  # further matches exist beyond these
    last: int  # position of the last match: pass as ``after`` to continue


class SearchIndex:
    """Records in display order: (id, searchable text). Immutable once built."""

    def __init__(self, records: Iterable[tuple[str, str]]) -> None:
        self._ids: list[str] = []
        self._texts: list[str] = []
        postings: dict[str, array[int]] = {}
        for index, (record_id, raw) in enumerate(records):
            text = normalise(raw)
            self._ids.append(record_id)
            self._texts.append(text)
            for key in _keys(text):
                posting = postings.get(key)
                if posting is None:
                    posting = postings[key] = array("I")
                posting.append(index)
        self._postings = postings
        self._ascii, self._ascii_starts = _joined(_NON_ASCII.sub("\x01", t) for t in self._texts)
        self._digits, self._digit_starts = _joined(_digits(t) for t in self._texts)

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, *, limit: int = LIMIT, after: int = -1) -> SearchResult:
        q = normalise(_CONTROL.sub("", query))  # \x00 and \x01 separate fields and records
        if not q:
            stop = min(len(self._ids), after + 1 + limit)
            return SearchResult(self._ids[after + 1 : stop], stop < len(self._ids), stop - 1)
        digits_only = _PHONE_JOINERS.sub("", q)
        if digits_only.isdigit():
            return self._scan(self._digits, self._digit_starts, digits_only, limit, after)
        candidates = self._candidates(q)
        if candidates is None:
            return SearchResult([], False, after)
        if q.isascii() and len(candidates) > len(self._ids) // 2:
            # Common letters only: a C-speed scan beats checking most records one by one.
            return self._scan(self._ascii, self._ascii_starts, q, limit, after)
        return self._verify(q, candidates, limit, after)

    def _candidates(self, q: str) -> Sequence[int] | None:
        """The shortest posting list that every match must be in (None: no match)."""
        keys = _keys(q)
        if not keys:  # punctuation, or digits mixed with it: any record may match
            return range(len(self._ids))
        lists = []
        for key in keys:
            posting = self._postings.get(key)
            if posting is None:
                return None
            lists.append(posting)
        return min(lists, key=len)

    def _verify(self, q: str, candidates: Sequence[int], limit: int, after: int) -> SearchResult:
        texts = self._texts
        found: list[int] = []
        start = bisect_right(candidates, after)
        exact = len(q) == 1  # a one-character query's posting list is the answer itself
        for position in range(start, len(candidates)):
            index = candidates[position]
            if exact or q in texts[index]:
                if len(found) == limit:
                    return SearchResult([self._ids[i] for i in found], True, found[-1])
                found.append(index)
        return SearchResult([self._ids[i] for i in found], False, found[-1] if found else after)

    def _scan(self, big: str, starts: array[int], q: str, limit: int, after: int) -> SearchResult:
        """Find ``q`` in one joined string; each record counts once, in order."""
        found: list[int] = []
        at = big.find(q, starts[after + 1]) if after + 1 < len(starts) else -1
        while at != -1:
            index = bisect_right(starts, at) - 1
            if len(found) == limit:
                return SearchResult([self._ids[i] for i in found], True, found[-1])
            found.append(index)
            if index + 1 >= len(starts):
                break
            at = big.find(q, starts[index + 1])
        return SearchResult([self._ids[i] for i in found], False, found[-1] if found else after)


def _joined(parts: Iterable[str]) -> tuple[str, array[int]]:
    """One string of the parts, separated by \x00 (no query holds it), and where each starts."""
    pieces = list(parts)
    starts = array("I")
    position = 0
    for piece in pieces:
        starts.append(position)
        position += len(piece) + 1
    return "\x00".join(pieces), starts
