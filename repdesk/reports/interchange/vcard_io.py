"""vCard 3.0 and 4.0 (RFC 2426, RFC 6350) in and out, with vobject.

Export: one card per person, with the standard properties phones and mail
programs show (FN, N, ORG, TITLE, TEL, EMAIL, BDAY, NOTE, ROLE; GENDER and
KIND in 4.0), UID = the person's RepDesk id, and X-REPDESK-* properties for
every other fact of the sheet, so that reading the file back loses nothing.

Import: each card becomes one row of a people table in terms of sheet
targets, so cards go through the same value rules, duplicate checks and
report as CSV rows. What a card holds beyond one phone, one e-mail and the
company (more numbers, addresses, web pages, departments) is kept in the
person's notes rather than dropped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import vobject
from vobject.base import Component, ContentLine, ParseError, backslashEscape
from vobject.vcard import Name

from repdesk import __version__
from repdesk.reports.interchange.errors import FileReadError, ReadProblem, read_bytes
from repdesk.reports.interchange.text import decode
from repdesk.services.customer_export import PersonCard
from repdesk.services.import_rows import SourceKind, SourceRow, SourceTable, join_name
from repdesk.services.sheet_columns import (
    ID,
    PERSON_FIELDS,
    Target,
    cell_text,
    field_cell,
    spec,
)

VERSIONS = ("3.0", "4.0")
_X = "X-REPDESK-"
CUSTOMER_ID = _X + "CUSTOMER-ID"
CUSTOMER_KIND = _X + "CUSTOMER-KIND"
_STANDARD = {"name", "title", "phone", "email", "birthday", "notes", "role", "gender"}


def _x_name(field: str) -> str:
    return _X + field.upper().replace("_", "-")


# Facts with no standard property: X-REPDESK-TITLE-VERIFIED, X-REPDESK-HOBBIES...
X_FIELDS = [name for name in PERSON_FIELDS if name not in _STANDARD and name != ID]


def _name_parts(name: str) -> list[str]:
    """N: a name with spaces is "given family"; one without (王小明) is all family name."""
    words = name.split()
    if len(words) > 1:
        return [words[-1], " ".join(words[:-1]), "", "", ""]
    return [name, "", "", "", ""]


def _bday(value: date, version: str) -> str:
    return value.strftime("%Y%m%d") if version == "4.0" else value.isoformat()


def _fold(line: str) -> str:
    """RFC 6350 3.2: lines of at most 75 octets, never splitting a UTF-8 character."""
    if len(line) <= 25 or len(line.encode("utf-8")) <= 75:
        return line + "\r\n"
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces) + "\r\n"


def _card(card: PersonCard, version: str) -> str:
    """One card's text. vobject's own component serializer costs about a millisecond a
    card (a minute per 60,000 people), so the lines are put together here, escaped with
    vobject's ``backslashEscape``; reading stays with vobject's parser."""
    person = card.person
    cell = "cell" if version == "4.0" else "CELL"
    lines: list[tuple[str, str]] = [("VERSION", version), ("PRODID", _PRODID)]
    if version == "4.0":
        lines.append(("KIND", "individual"))
    if person.id:
        lines.append(("UID", person.id))
    lines.append(("FN", backslashEscape(person.name)))
    lines.append(("N", ";".join(backslashEscape(part) for part in _name_parts(person.name))))
    lines.append(("ORG", backslashEscape(card.company)))
    if person.title:
        lines.append(("TITLE", backslashEscape(person.title)))
    lines.append(("ROLE", person.role.value))
    if person.phone:
        lines.append((f"TEL;TYPE={cell}", backslashEscape(person.phone)))
    if person.email:
        lines.append(
            ("EMAIL" if version == "4.0" else "EMAIL;TYPE=INTERNET", backslashEscape(person.email))
        )
    if person.birthday:
        lines.append(("BDAY", _bday(person.birthday, version)))
    if person.gender:
        if version == "4.0":
            lines.append(("GENDER", "F" if person.gender.value == "female" else "M"))
        lines.append((_x_name("gender"), person.gender.value))
    if person.notes:
        lines.append(("NOTE", backslashEscape(person.notes)))
    lines.append((CUSTOMER_ID, card.customer_id))
    if card.customer_kind:
        lines.append((CUSTOMER_KIND, card.customer_kind))
    for name, kind in _X_KINDS:
        value = cell_text(field_cell(kind, getattr(person, name)))
        if value and not (name == "title_verified" and value == "no"):
            lines.append((_x_name(name), backslashEscape(value)))
    body = "".join(_fold(f"{name}:{value}") for name, value in lines)
    return f"BEGIN:VCARD\r\n{body}END:VCARD\r\n"


_PRODID = f"-//RepDesk//RepDesk {__version__}//EN"
_X_KINDS = [(name, spec(Target(name, 0)).kind) for name in X_FIELDS]


def write_vcards(path: Path, cards: Iterable[PersonCard], version: str = "3.0") -> int:
    """One .vcf (UTF-8, CRLF) through a temporary beside ``path``; returns the card count."""
    if version not in VERSIONS:
        raise ValueError(version)
    temporary = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            for card in cards:
                handle.write(_card(card, version))
                count += 1
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count


# --- reading ----------------------------------------------------------------------

_COLUMNS: list[Target] = [
    Target(ID),
    Target("name"),
    Target("kind"),
    *(Target(name, 0) for name in ("id", "name", "title", "role", "phone", "email")),
    *(Target(name, 0) for name in ("birthday", "gender", "notes")),
    *(Target(name, 0) for name in X_FIELDS),
]
_HEADERS = {
    Target(ID): CUSTOMER_ID,
    Target("name"): "ORG",
    Target("kind"): CUSTOMER_KIND,
    Target("id", 0): "UID",
    Target("name", 0): "FN",
    Target("title", 0): "TITLE",
    Target("role", 0): "ROLE",
    Target("phone", 0): "TEL",
    Target("email", 0): "EMAIL",
    Target("birthday", 0): "BDAY",
    Target("gender", 0): "GENDER",
    Target("notes", 0): "NOTE",
    **{Target(name, 0): _x_name(name) for name in X_FIELDS},
}
_INDEX = {target: index for index, target in enumerate(_COLUMNS)}
_ROLE_CODES = {t.value for t in spec(Target("role", 0)).choices or ()}


def _values(card: Component, name: str) -> list[ContentLine]:
    return [line for line in card.contents.get(name.lower(), []) if isinstance(line, ContentLine)]


def _text(line: ContentLine) -> str:
    value = line.value
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value).strip()


def _types(line: ContentLine) -> set[str]:
    types = line.params.get("TYPE", [])
    return {t.strip().casefold() for value in types for t in value.split(",")}


def _phone(line: ContentLine) -> str:
    text = _text(line).removeprefix("tel:")
    if ";ext=" in text:
        number, extension = text.split(";ext=", 1)
        text = f"{number} ext {extension}"
    return text


def _pick(lines: list[ContentLine], preferred: str) -> tuple[ContentLine | None, list[ContentLine]]:
    """The line to use (of the preferred type, else PREF, else the first) and the rest."""
    if not lines:
        return None, []
    chosen = next((line for line in lines if preferred in _types(line)), None)
    chosen = chosen or next((line for line in lines if "pref" in _types(line)), lines[0])
    return chosen, [line for line in lines if line is not chosen]


_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _birthday(text: str) -> tuple[str, str]:
    """(date text for the birthday field, text for the notes if it has no year)."""
    text = text.strip().split("T", 1)[0]
    if text.startswith("--"):
        return "", text  # month and day only: a date needs a year
    match = _BASIC_DATE.fullmatch(text)
    return (f"{match[1]}-{match[2]}-{match[3]}" if match else text), ""


def _gender(card: Component) -> str:
    own = _values(card, _x_name("gender"))
    if own:
        return _text(own[0])
    standard = _values(card, "GENDER")
    if standard:
        sex = _text(standard[0]).split(";", 1)[0].strip().upper()
        return {"M": "male", "F": "female"}.get(sex, "")
    return ""


def _full_name(card: Component) -> str:
    fn = _values(card, "FN")
    if fn and _text(fn[0]):
        return _text(fn[0])
    n = _values(card, "N")
    if not n:
        return ""
    name = n[0].value
    if isinstance(name, Name):
        family, given = str(name.family or ""), str(name.given or "")
        return join_name(given, family)
    return _text(n[0])


def _row(card: Component) -> list[str]:
    values = [""] * len(_COLUMNS)
    notes: list[str] = []

    def put(target: Target, text: str) -> None:
        values[_INDEX[target]] = text

    if ids := _values(card, CUSTOMER_ID):
        put(Target(ID), _text(ids[0]))
    if kinds := _values(card, CUSTOMER_KIND):
        put(Target("kind"), _text(kinds[0]))
    if orgs := _values(card, "ORG"):
        parts = orgs[0].value if isinstance(orgs[0].value, list) else [_text(orgs[0])]
        put(Target("name"), str(parts[0]).strip() if parts else "")
        notes.extend(f"ORG: {str(p).strip()}" for p in parts[1:] if str(p).strip())
    if uid := _values(card, "UID"):
        put(Target("id", 0), _text(uid[0]))
    put(Target("name", 0), _full_name(card))
    for field, prop in (("title", "TITLE"), ("notes", "NOTE")):
        if lines := _values(card, prop):
            put(Target(field, 0), _text(lines[0]))
    if roles := _values(card, "ROLE"):
        role = _text(roles[0])
        if role.casefold() in _ROLE_CODES:
            put(Target("role", 0), role)
        elif role:
            notes.append(f"ROLE: {role}")
    tel, other_tels = _pick(_values(card, "TEL"), "cell")
    if tel is not None:
        put(Target("phone", 0), _phone(tel))
    notes.extend(f"TEL: {_phone(line)}" for line in other_tels)
    email, other_emails = _pick(_values(card, "EMAIL"), "internet")
    if email is not None:
        put(Target("email", 0), _text(email))
    notes.extend(f"EMAIL: {_text(line)}" for line in other_emails)
    if bday := _values(card, "BDAY"):
        birthday, unplaced = _birthday(_text(bday[0]))
        put(Target("birthday", 0), birthday)
        if unplaced:
            notes.append(f"BDAY: {unplaced}")
    put(Target("gender", 0), _gender(card))
    for line in _values(card, "ADR"):
        address = ", ".join(p for p in str(line.value).splitlines() if p.strip())
        notes.append(f"ADR: {address}")
    notes.extend(f"URL: {_text(line)}" for line in _values(card, "URL"))
    for name in X_FIELDS:
        if lines := _values(card, _x_name(name)):
            put(Target(name, 0), _text(lines[0]))
    if notes:
        existing = values[_INDEX[Target("notes", 0)]]
        values[_INDEX[Target("notes", 0)]] = "\n".join([existing, *notes] if existing else notes)
    return values


def read_vcards(path: Path) -> SourceTable:
    """Every card of a .vcf as a people table (one row per card, in file order)."""
    text, encoding = decode(read_bytes(path), path)
    starts = [i + 1 for i, line in enumerate(text.splitlines()) if _is_begin(line)]
    rows: list[SourceRow] = []
    read = 0  # components read whole: the next one is where a failure is
    try:
        for number, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True), 1):
            read = number
            if card.name.upper() != "VCARD":
                continue
            line = starts[number - 1] if number <= len(starts) else number
            rows.append(SourceRow(number, line, _row(card)))
    except (ParseError, ValueError, TypeError, AttributeError) as error:
        broken = starts[read] if read < len(starts) else None  # the card it is in
        raise FileReadError(path, ReadProblem.DAMAGED, str(error), line=broken) from error
    if not rows:
        raise FileReadError(path, ReadProblem.EMPTY)
    headers = [_HEADERS[target] for target in _COLUMNS]
    return SourceTable(path.name, headers, rows, SourceKind.PEOPLE, list(_COLUMNS), encoding)


def _is_begin(line: str) -> bool:
    return line.strip().upper() == "BEGIN:VCARD"
