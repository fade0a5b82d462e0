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
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

LIMIT = 1000
_PHONE_JOINERS = re.compile(r"(?<=\d)[\s\-.()/+]+(?=\d)")
_DIGIT_RUNS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LETTER = re.compile(r"[a-z]")
# Past this many candidates, an ASCII query scans the joined text (~1-2 ms for 100,000
# sheets) rather than checking each candidate (~0.2 us each).
_SCAN_OVER = 8000
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _keys(text: str) -> set[str]:
    """Posting keys: the distinct non-ASCII (Chinese) characters and Latin letters."""
    return {ch for ch in set(text) if ch > "\x7f" or "a" <= ch <= "z"}


def _digits(text: str) -> str:
    return "\x00".join(_DIGIT_RUNS.findall(_PHONE_JOINERS.sub("", text)))


# Where a match stands in the book's order, so a page can continue after it:
# (main position, 1, "", "") for a record of the built index; (gap, 0, sort key, id)
# for a record updated since, which sorts just before the main record at ``gap``.
Cursor = tuple[int, int, str, str]


@dataclass(frozen=True)
class SearchResult:
    ids: list[str]
    more: bool  # further matches exist beyond these
    last: Cursor | None  # where the last match stands: pass as ``after`` to continue


@dataclass(frozen=True)
class Subset:
    """Records a search is limited to (the list's filters), made once by ``SearchIndex.subset``."""

    positions: array[int]  # in the built index, ascending
    mask: bytearray  # 1 at those positions
    ids: frozenset[str]  # for records updated since the index was built


class _Extra(NamedTuple):
    """A record added or changed since the index was built, kept beside it."""

    order: Cursor
    id: str
    text: str
    digits: str


class SearchIndex:
    """Records in display order: (id, searchable text[, sort key]).

    Built once (seconds, on the worker), then kept current record by record with
    ``update`` and ``remove`` (on the GUI thread, where it is searched): a changed or
    new record leaves the built part and joins a small sorted side list, placed by
    its sort key, so matches still come out in the book's order. The sort key is
    the third item of each record (what the book sorts by before the id); records
    without one cannot be placed among the others and go first.
    """

    def __init__(self, records: Iterable[Sequence[str]]) -> None:
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._keys: list[str] = []
        postings: dict[str, array[int]] = {}
        for index, record in enumerate(records):
            record_id, raw = record[0], record[1]
            text = normalise(raw)
            self._ids.append(record_id)
            self._texts.append(text)
            self._keys.append(record[2] if len(record) > 2 else "")
            for key in _keys(text):
                posting = postings.get(key)
                if posting is None:
                    posting = postings[key] = array("I")
                posting.append(index)
        self._postings = postings
        projections = [_NON_ASCII.sub("\x01", t) for t in self._texts]
        self._ascii, self._ascii_starts = _joined(projections)
        # The same for the records holding a Latin letter (a third of them): what a query
        # with a letter scans, half the length.
        lettered = array("I", (i for i, t in enumerate(projections) if _LETTER.search(t)))
        self._latin, self._latin_starts = _joined(projections[i] for i in lettered)
        self._latin_positions = lettered
        del projections
        self._digits, self._digit_starts = _joined(_digits(t) for t in self._texts)
        self._position = {record_id: index for index, record_id in enumerate(self._ids)}
        self._dead: set[int] = set()  # built records changed or removed since
        self._extra: list[_Extra] = []  # sorted by order
        self._extra_by_id: dict[str, _Extra] = {}

    def __len__(self) -> int:
        return len(self._ids) - len(self._dead) + len(self._extra)

    # -- keeping it current --------------------------------------------------
    def update(self, record_id: str, text: str, sort_key: str = "") -> None:
        """Add a record, or replace its text (a saved sheet); ``sort_key`` places it."""
        self.remove(record_id)
        n = len(self._ids)
        keys, ids = self._keys, self._ids
        gap = bisect_right(range(n), (sort_key, record_id), key=lambda i: (keys[i], ids[i]))
        normalised = normalise(text)
        extra = _Extra((gap, 0, sort_key, record_id), record_id, normalised, _digits(normalised))
        insort(self._extra, extra)
        self._extra_by_id[record_id] = extra

    def remove(self, record_id: str) -> None:
        """Forget a record (a deleted sheet); unknown ids are ignored."""
        position = self._position.get(record_id)
        if position is not None:
            self._dead.add(position)
        extra = self._extra_by_id.pop(record_id, None)
        if extra is not None:
            del self._extra[bisect_left(self._extra, extra)]

    def subset(self, ids: Iterable[str]) -> Subset:
        """The records to limit searches to: make it once per filter (~50 ms for 40,000 ids,
        most of it hashing them; see ``subset_in_order`` for the fast way)."""
        position = self._position
        chosen = frozenset(ids)
        positions = array("I", sorted(p for p in map(position.get, chosen) if p is not None))
        return Subset(positions, _mask(positions, len(self._ids)), chosen)

    def in_order_of(self, ids: Sequence[str]) -> bool:
        """Whether ``ids`` are exactly the built records, in order (a book read from the
        same data, unchanged since): then positions in one are positions in the other."""
        return not self._dead and not self._extra and ids == self._ids

    def subset_in_order(self, positions: Sequence[int]) -> Subset:
        """``subset`` by positions, when ``in_order_of`` said yes (~5 ms for 40,000)."""
        chosen = array("I", positions)
        return Subset(chosen, _mask(chosen, len(self._ids)), frozenset())

    # -- searching -----------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        limit: int = LIMIT,
        after: Cursor | None = None,
        within: Subset | None = None,
    ) -> SearchResult:
        """Up to ``limit`` matches in the book's order, after ``after``, among ``within``."""
        q = normalise(_CONTROL.sub("", query))  # \x00 and \x01 separate fields and records
        start = 0 if after is None else after[0] + after[1]
        found, more = self._search_built(q, limit, start, within)
        extra, extra_more = self._search_extra(q, limit, after, within)
        if not extra:
            ids = [self._ids[i] for i in found]
            last = (found[-1], 1, "", "") if found else after
            return SearchResult(ids, more, last)
        merged: list[Cursor] = sorted([*((p, 1, "", "") for p in found), *(e.order for e in extra)])
        more = more or extra_more or len(merged) > limit
        merged = merged[:limit]
        ids = [self._ids[o[0]] if o[1] else o[3] for o in merged]
        return SearchResult(ids, more, merged[-1] if merged else after)

    def _search_built(
        self, q: str, limit: int, start: int, within: Subset | None
    ) -> tuple[list[int], bool]:
        if not q:
            if within is not None:
                return self._verify("", within.positions, limit, start, None, exact=True)
            return self._verify("", range(len(self._ids)), limit, start, None, exact=True)
        digits_only = _PHONE_JOINERS.sub("", q)
        if digits_only.isdigit():
            if within is not None and len(within.positions) < len(self._ids) // 4:
                return self._verify(digits_only, within.positions, limit, start, None, digits=True)
            return self._scan(self._digits, self._digit_starts, digits_only, limit, start, within)
        candidates = self._candidates(q)
        if candidates is None:
            return [], False
        if within is not None and len(within.positions) < len(candidates) // 4:
            # A narrow filter: check its few records rather than the query's many.
            return self._verify(q, within.positions, limit, start, None)
        if isinstance(candidates, range):  # punctuation and digits: any record may match
            return self._scan(self._ascii, self._ascii_starts, q, limit, start, within)
        if q.isascii() and len(candidates) > _SCAN_OVER and len(q) > 1:
            # Common letters: a C-speed scan beats checking many records one by one.
            return self._scan(
                self._latin, self._latin_starts, q, limit, start, within, self._latin_positions
            )
        # A one-character query's posting list is the answer itself.
        return self._verify(q, candidates, limit, start, within, exact=len(q) == 1)

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

    def _verify(
        self,
        q: str,
        candidates: Sequence[int],
        limit: int,
        start: int,
        within: Subset | None,
        *,
        exact: bool = False,
        digits: bool = False,
    ) -> tuple[list[int], bool]:
        texts = self._texts
        dead = self._dead
        mask = within.mask if within is not None else None
        if digits:
            big, starts = self._digits, self._digit_starts
            last = len(starts) - 1
        found: list[int] = []
        for position in range(bisect_left(candidates, start), len(candidates)):
            index = candidates[position]
            if mask is not None and not mask[index]:
                continue
            if dead and index in dead:
                continue
            if not exact:
                if digits:
                    end = starts[index + 1] - 1 if index < last else len(big)
                    if big.find(q, starts[index], end) == -1:
                        continue
                elif q not in texts[index]:
                    continue
            if len(found) == limit:
                return found, True
            found.append(index)
        return found, False

    def _scan(
        self,
        big: str,
        starts: array[int],
        q: str,
        limit: int,
        start: int,
        within: Subset | None,
        positions: array[int] | None = None,
    ) -> tuple[list[int], bool]:
        """Find ``q`` in one joined string; each record counts once, in order.
        ``positions``: the records the string holds, when not all of them."""
        dead = self._dead
        mask = within.mask if within is not None else None
        found: list[int] = []
        part = start if positions is None else bisect_left(positions, start)
        at = big.find(q, starts[part]) if part < len(starts) else -1
        while at != -1:
            part = bisect_right(starts, at) - 1
            index = part if positions is None else positions[part]
            if (mask is None or mask[index]) and not (dead and index in dead):
                if len(found) == limit:
                    return found, True
                found.append(index)
            if part + 1 >= len(starts):
                break
            at = big.find(q, starts[part + 1])
        return found, False

    def _search_extra(
        self, q: str, limit: int, after: Cursor | None, within: Subset | None
    ) -> tuple[list[_Extra], bool]:
        extra = self._extra
        if not extra:
            return [], False
        first = 0 if after is None else bisect_right(extra, after, key=lambda e: e.order)
        digits_only = _PHONE_JOINERS.sub("", q)
        by_digits = bool(q) and digits_only.isdigit()
        found: list[_Extra] = []
        for record in extra[first:]:
            if within is not None and record.id not in within.ids:
                continue
            if by_digits:
                if digits_only not in record.digits:
                    continue
            elif q not in record.text:
                continue
            if len(found) == limit:
                return found, True
            found.append(record)
        return found, False


def _mask(positions: Iterable[int], size: int) -> bytearray:
    mask = bytearray(size)
    for p in positions:
        mask[p] = 1
    return mask


def _joined(parts: Iterable[str]) -> tuple[str, array[int]]:
    """One string of the parts, separated by \x00 (no query holds it), and where each starts."""
    pieces = list(parts)
    starts = array("I")
    position = 0
    for piece in pieces:
        starts.append(position)
        position += len(piece) + 1
    return "\x00".join(pieces), starts
