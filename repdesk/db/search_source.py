"""What the customer search reads: one text per sheet, in the list's display order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

# Between fields: never typed in a query and not whitespace, so no match spans two fields.
FIELD_SEPARATOR = "\x00"

_CUSTOMERS = """
SELECT id, sort_key, name, phone, address, remarks
FROM customers WHERE deleted_at IS NULL{only} ORDER BY sort_key, id
"""
_PEOPLE = """
SELECT customer_id, name, phone, hobbies
FROM people WHERE deleted_at IS NULL{only}
"""
_CHUNK = 500  # ids per query, well below SQLite's parameter limit


def searchable_customers(
    connection: sqlite3.Connection, ids: Sequence[str] | None = None
) -> Iterator[tuple[str, str, str]]:
    """(customer id, text, sort key) for every live sheet, or for these (the live ones among
    them): company and people's names, phones, address, hobbies and remarks (the fields
    issue 3 names); in the list's (pinyin) name order."""
    if ids is None:
        yield from _read(connection, "", ())
        return
    wanted = list(dict.fromkeys(ids))
    found: list[tuple[str, str, str]] = []
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        found.extend(_read(connection, f" AND {{}} IN ({','.join('?' * len(part))})", part))
    found.sort(key=lambda record: (record[2], record[0]))
    yield from found


def _read(
    connection: sqlite3.Connection, only: str, params: Sequence[str]
) -> Iterator[tuple[str, str, str]]:
    people: dict[str, list[str]] = {}
    for customer_id, *fields in connection.execute(
        _PEOPLE.format(only=only.format("customer_id")), params
    ):
        people.setdefault(customer_id, []).append(FIELD_SEPARATOR.join(f for f in fields if f))
    for customer_id, sort_key, *fields in connection.execute(
        _CUSTOMERS.format(only=only.format("id")), params
    ):
        own = [f for f in fields if f]
        yield customer_id, FIELD_SEPARATOR.join([*own, *people.get(customer_id, ())]), sort_key
