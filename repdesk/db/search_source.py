"""What the customer search reads: one text per sheet, in the list's display order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

# Between fields: never typed in a query and not whitespace, so no match spans two fields.
FIELD_SEPARATOR = "\x00"

_CUSTOMERS = """
SELECT id, name, phone, address, remarks
FROM customers WHERE deleted_at IS NULL ORDER BY sort_key, id
"""
_PEOPLE = """
SELECT customer_id, name, phone, hobbies
FROM people WHERE deleted_at IS NULL
"""


def searchable_customers(connection: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """(customer id, text) for every live sheet: company and people's names, phones,
    address, hobbies and remarks (the fields issue 3 names); in the list's (pinyin) name order."""
    people: dict[str, list[str]] = {}
    for customer_id, *fields in connection.execute(_PEOPLE):
        people.setdefault(customer_id, []).append(FIELD_SEPARATOR.join(f for f in fields if f))
    for customer_id, *fields in connection.execute(_CUSTOMERS):
        own = [f for f in fields if f]
        yield customer_id, FIELD_SEPARATOR.join([*own, *people.get(customer_id, ())])
