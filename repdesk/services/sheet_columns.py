"""The sheet as file columns: what each column holds, its header in RepDesk's own
files, and how a value becomes text and back. Export and import agree here, which
is what makes a round trip lossless.

A column's target is a field of CustomerFacts, or of the n-th person
(PersonFacts, ``person`` = 0, 1, ...), or one of the few columns that are not
plain fields: the RepDesk ids, the lead source (by code or label), first and
last names (joined on import), the signals.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum, StrEnum
from types import UnionType
from typing import Any, NamedTuple, Union, get_args, get_origin, get_type_hints

from repdesk.domain.enums import DissatisfactionSignal
from repdesk.domain.sheet import CustomerFacts, PersonFacts, SignalEntry

ID = "id"  # the RepDesk id (a UUID): how a re-import knows what it already has
LEAD_SOURCE = "lead_source"  # the lead source's code, or the rep's own label
SIGNALS = "signals"  # the dissatisfaction signals, as JSON
FIRST_NAME = "first_name"  # import only: joined with LAST_NAME into the person's name
LAST_NAME = "last_name"


class Kind(StrEnum):
    TEXT = "text"
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    CHOICE = "choice"
    SOURCES = "sources"  # fact_sources: {"field": "how we know"}, as JSON
    ID = "id"
    LEAD_SOURCE = "lead_source"
    SIGNALS = "signals"
    NAME_PART = "name_part"


class Target(NamedTuple):
    """Where a column's values go: a customer field (person None) or the n-th person's.

    A tuple, so that hashing one (once per value of every imported row) is cheap."""

    field: str
    person: int | None = None


@dataclass(frozen=True)
class FieldSpec:
    kind: Kind
    choices: type[StrEnum] | None = None
    joinable: bool = False  # several columns may feed it (street + zip -> address)


def _spec(annotation: Any) -> FieldSpec:
    if get_origin(annotation) in (UnionType, Union):
        (annotation,) = (a for a in get_args(annotation) if a is not type(None))
    if annotation is bool:
        return FieldSpec(Kind.BOOL)
    if annotation is int:
        return FieldSpec(Kind.INT)
    if annotation is float:
        return FieldSpec(Kind.FLOAT)
    if annotation is date:
        return FieldSpec(Kind.DATE)
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return FieldSpec(Kind.CHOICE, annotation)
    if get_origin(annotation) is dict:
        return FieldSpec(Kind.SOURCES)
    return FieldSpec(Kind.TEXT)


# Free text that may come from several columns (joined: addresses by ", ", the rest by lines).
_JOINABLE = frozenset(
    {
        "address",
        "source_note",
        "main_business",
        "industry_history",
        "business_scope",
        "remarks",
        "approval_process",
        "purchasing_process",
        "usage_process",
        "personality",
        "hobbies",
        "interests",
        "lifestyle",
        "notes",
    }
)


def _specs(cls: type[Any], skip: set[str]) -> dict[str, FieldSpec]:
    hints = get_type_hints(cls)
    result: dict[str, FieldSpec] = {}
    for f in fields(cls):
        if f.name in skip:
            continue
        spec = _spec(hints[f.name])
        if f.name in _JOINABLE:
            spec = FieldSpec(spec.kind, spec.choices, joinable=True)
        result[f.name] = spec
    return result


# The order of our own files' columns: the id, then the sheet's own order.
CUSTOMER_FIELDS: dict[str, FieldSpec] = {
    ID: FieldSpec(Kind.ID),
    **_specs(CustomerFacts, {"id", "lead_source_id"}),
    LEAD_SOURCE: FieldSpec(Kind.LEAD_SOURCE),
    SIGNALS: FieldSpec(Kind.SIGNALS),
}
PERSON_FIELDS: dict[str, FieldSpec] = {
    ID: FieldSpec(Kind.ID),
    **_specs(PersonFacts, {"id"}),
}
NAME_PARTS: dict[str, FieldSpec] = {
    FIRST_NAME: FieldSpec(Kind.NAME_PART),
    LAST_NAME: FieldSpec(Kind.NAME_PART),
}


def spec(target: Target) -> FieldSpec:
    if target.person is None:
        return CUSTOMER_FIELDS[target.field]
    return PERSON_FIELDS.get(target.field) or NAME_PARTS[target.field]


def customer_targets() -> list[Target]:
    return [Target(name) for name in CUSTOMER_FIELDS]


def person_targets(slot: int, *, name_parts: bool = False) -> list[Target]:
    names = list(PERSON_FIELDS)
    if name_parts:
        names[2:2] = list(NAME_PARTS)  # after id and name
    return [Target(name, slot) for name in names]


# --- headers of RepDesk's own files ----------------------------------------------


def _humanise(name: str) -> str:
    return name.replace("_", " ").capitalize()


def export_header(target: Target) -> str:
    """English and stable, whatever the UI language: the file is also our import format."""
    if target.person is None:
        return "RepDesk id" if target.field == ID else f"Customer {_humanise(target.field).lower()}"
    prefix = f"Contact {target.person + 1}"
    return f"{prefix} RepDesk id" if target.field == ID else f"{prefix} {_humanise(target.field)}"


def header_key(text: str) -> str:
    """A header as compared: width-folded, casefolded, letters and digits only."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


_EXPORT_KEY = re.compile(r"contact(\d+)(\D.*)")


def _customer_keys() -> dict[str, Target]:
    return {header_key(export_header(Target(name))): Target(name) for name in CUSTOMER_FIELDS}


def _person_keys() -> dict[str, str]:
    return {
        header_key("RepDesk id" if name == ID else _humanise(name)): name for name in PERSON_FIELDS
    }


_CUSTOMER_KEYS = _customer_keys()
_PERSON_KEYS = _person_keys()


def own_header_target(header: str) -> Target | None:
    """The target of one of our own export headers, any slot; None if it is not one."""
    key = header_key(header)
    if key in _CUSTOMER_KEYS:
        return _CUSTOMER_KEYS[key]
    match = _EXPORT_KEY.fullmatch(key)
    if match and int(match.group(1)) >= 1 and match.group(2) in _PERSON_KEYS:
        return Target(_PERSON_KEYS[match.group(2)], int(match.group(1)) - 1)
    return None


# --- values as cells and as text ---------------------------------------------------

Cell = str | int | float | bool | date | None


def float_text(value: float) -> str:
    """Shortest text that reads back to the same float; whole numbers without '.0'."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def cell_text(value: Cell) -> str:
    """One rule for every file: CSV cells and XLSX cells read back as the same text."""
    if value is None:
        return ""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_text(value)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def field_cell(kind: Kind, value: Any) -> Cell:
    """A sheet value as a typed cell (XLSX keeps the type; CSV writes ``cell_text``)."""
    if value is None:
        return None
    if kind is Kind.SOURCES:
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool | int | float | date | str):
        return value
    return str(value)


def signals_text(signals: list[SignalEntry]) -> str:
    if not signals:
        return ""
    return json.dumps(
        [
            {
                "id": s.id,
                "signal": s.signal.value,
                "raised_on": s.raised_on.isoformat(),
                "note": s.note,
                "resolved_on": s.resolved_on.isoformat() if s.resolved_on else None,
                "resolution_note": s.resolution_note,
            }
            for s in signals
        ],
        ensure_ascii=False,
    )


def parse_signals(text: str) -> list[SignalEntry]:
    """Raises ValueError unless ``text`` is what ``signals_text`` writes."""
    if not text.strip():
        return []
    try:
        items = json.loads(text)
        if not isinstance(items, list):
            raise ValueError(text)
        return [
            SignalEntry(
                signal=DissatisfactionSignal(item["signal"]),
                raised_on=date.fromisoformat(item["raised_on"]),
                note=str(item.get("note") or ""),
                resolved_on=(
                    date.fromisoformat(item["resolved_on"]) if item.get("resolved_on") else None
                ),
                resolution_note=str(item.get("resolution_note") or ""),
                id=str(item["id"]) if item.get("id") else None,
            )
            for item in items
        ]
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(text) from error


def parse_sources(text: str) -> dict[str, str]:
    """Fact sources as ``field_cell`` writes them. Raises ValueError."""
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(text) from error
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(text)
    return value
