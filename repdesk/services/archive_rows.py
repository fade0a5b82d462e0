"""Rows to archive lines and back: the column codecs of the archive format.

Each column has a kind from its SQLAlchemy type (text, enum, int, float, bool,
date, datetime, json, bytes, any) and two conversions:

- ``to_archive(stored)``: a stored value (what SQLite hands back) to its archive
  form, or RAW when only the stored value itself gives it back exactly (then the
  row carries it verbatim under ``"$raw"``);
- ``from_archive(value)``: an archive value to what is stored, or BadValueError
  saying what is wrong with it.

Their composition is the identity on everything RepDesk itself stores (the tests
compare the bytes), so a round trip loses nothing.

Speed: 100,000 customer sheets are about a million rows and twenty million
values. Per table, one function is compiled (``exec``, from a fixed template: no
name from a file goes into the source) that turns a row into its line, and one
that turns a parsed line into the stored values, inline for the usual cases; any
value off the usual path sends its whole row to the plain, general functions
below, which also word every error. About ten times faster than the general
functions alone.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cached_property, lru_cache
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import MetaData, Table
from sqlalchemy import types as sqltypes

RAW_KEY = "$raw"
# Tables an archive leaves out: alembic_version (the manifest carries the revision).
# The holiday dates are rebuilt by the workspace, but they are small, and carrying
# them keeps a round trip exact.
EXCLUDED_TABLES = frozenset({"alembic_version"})
INT64 = (-(1 << 63), (1 << 63) - 1)


class _Missing(Enum):
    MISSING = 0


MISSING = _Missing.MISSING  # a field the line does not have


class _Verbatim(Enum):
    RAW = 0


RAW = _Verbatim.RAW  # "carry the stored value verbatim"


class BadValueError(Exception):
    """A value that does not fit its column; the text says why."""


class RowError(Exception):
    """A line that is not a good row: ``field`` (None: the whole line) and why."""

    def __init__(self, field: str | None, detail: str) -> None:
        super().__init__(detail)
        self.field = field
        self.detail = detail


_DAY = r"(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}"
_DATE = re.compile(_DAY + r"\Z", re.ASCII)
_DATETIME_STORED = re.compile(_DAY + " " + _TIME + r"\Z", re.ASCII)
_DATETIME_ARCHIVED = re.compile(_DAY + "T" + _TIME + r"\Z", re.ASCII)
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}\Z", re.ASCII)

_ROW_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# What the store writes into JSON columns (repdesk/db/store.py): the app's own form.
STORE_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_JSON_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def strict_json(text: str) -> Any:
    """JSON without NaN and Infinity (which are not JSON)."""
    return _JSON_DECODER.decode(text)


def stored_datetime(value: datetime) -> str:
    """The text SQLAlchemy's SQLite dialect stores for a DateTime."""
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def _real_day(text: str) -> bool:
    """A YYYY-MM-DD... the patterns allowed is a real day (only the 29th-31st can fail)."""
    if text[8:10] <= "28":
        return True
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _encodable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise BadValueError("text that is not valid Unicode (a lone surrogate)") from error
    return text


# --- stored -> archive ---------------------------------------------------------------


def _out_text(raw: Any) -> Any:
    return raw if type(raw) is str else RAW


def _out_int(raw: Any) -> Any:
    return raw if type(raw) is int else RAW


def _out_float(raw: Any) -> Any:
    if type(raw) is not float:
        return RAW
    if math.isfinite(raw):
        return raw
    return RAW if math.isnan(raw) else ("Infinity" if raw > 0 else "-Infinity")


def _out_bool(raw: Any) -> Any:
    return (raw == 1) if type(raw) is int and raw in (0, 1) else RAW


def _out_date(raw: Any) -> Any:
    return raw if type(raw) is str and _DATE.match(raw) and _real_day(raw) else RAW


def _out_datetime(raw: Any) -> Any:
    if type(raw) is str and _DATETIME_STORED.match(raw) and _real_day(raw):
        return f"{raw[:10]}T{raw[11:]}"
    return RAW


def _out_json(raw: Any) -> Any:
    if type(raw) is str:
        try:
            value = strict_json(raw)
            # JSON null is kept verbatim: a plain null means SQL NULL.
            if value is not None and STORE_JSON.encode(value) == raw:
                return value
        except (ValueError, RecursionError):
            pass
    return RAW


def _out_bytes(raw: Any) -> Any:
    return base64.b64encode(raw).decode("ascii") if type(raw) is bytes else RAW


def _out_any(raw: Any) -> Any:
    cls = type(raw)
    if cls is str or cls is int or (cls is float and math.isfinite(raw)):
        return raw
    return RAW


# --- archive -> stored ---------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_clip(repr(value))}"
    if isinstance(value, str):
        return f"the text {_clip(value)!r}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _clip(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _in_text(value: Any) -> Any:
    if type(value) is not str:
        raise BadValueError(f"expected text, found {_json_type(value)}")
    return _encodable(value)


def _in_int(value: Any) -> Any:
    if type(value) is not int:
        raise BadValueError(f"expected a whole number, found {_json_type(value)}")
    if not INT64[0] <= value <= INT64[1]:
        raise BadValueError("the number is too large")
    return value


def _in_float(value: Any) -> Any:
    cls = type(value)
    if cls is str and value in ("Infinity", "-Infinity"):
        return float(value)
    if cls is not float and cls is not int:
        raise BadValueError(f"expected a number, found {_json_type(value)}")
    try:
        number = float(value)
    except OverflowError as error:
        raise BadValueError("the number is too large") from error
    if not math.isfinite(number):
        raise BadValueError("the number is too large")
    return number


def _in_bool(value: Any) -> Any:
    if type(value) is not bool:
        raise BadValueError(f"expected true or false, found {_json_type(value)}")
    return 1 if value else 0


def _in_date(value: Any) -> Any:
    if type(value) is not str or not _DATE.match(value):
        shown = repr(_clip(value)) if isinstance(value, str) else _json_type(value)
        raise BadValueError(f"expected a date YYYY-MM-DD, found {shown}")
    if not _real_day(value):
        raise BadValueError(f"{value!r} is not a day of the calendar")
    return value


def _in_datetime(value: Any) -> Any:
    if type(value) is not str:
        raise BadValueError(f"expected a date and time, found {_json_type(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise BadValueError(f"{_clip(value)!r} is not an ISO date and time") from error
    if moment.tzinfo is not None:
        raise BadValueError(f"{_clip(value)!r} has a time zone; the database keeps none")
    if _DATETIME_ARCHIVED.match(value):
        return f"{value[:10]} {value[11:]}"
    return stored_datetime(moment)


def _in_json(value: Any) -> Any:
    try:
        return _encodable(STORE_JSON.encode(value))
    except (ValueError, RecursionError) as error:
        raise BadValueError(f"a JSON value that cannot be stored ({error})") from error


def _in_bytes(value: Any) -> Any:
    if type(value) is not str:
        raise BadValueError(f"expected base64 text, found {_json_type(value)}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise BadValueError("not valid base64") from error


def _in_any(value: Any) -> Any:
    cls = type(value)
    if cls is str:
        return _encodable(value)
    if cls is int:
        return _in_int(value)
    if cls is float and math.isfinite(value):
        return value
    raise BadValueError(f"expected text or a number, found {_json_type(value)}")


Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]

_CODECS: dict[str, Codec] = {
    "text": (_out_text, _in_text),
    "int": (_out_int, _in_int),
    "float": (_out_float, _in_float),
    "bool": (_out_bool, _in_bool),
    "date": (_out_date, _in_date),
    "datetime": (_out_datetime, _in_datetime),
    "json": (_out_json, _in_json),
    "bytes": (_out_bytes, _in_bytes),
    "any": (_out_any, _in_any),
}


def _enum_codec(choices: frozenset[str]) -> Codec:
    def out(raw: Any) -> Any:
        return raw if type(raw) is str and raw in choices else RAW

    def in_(value: Any) -> Any:
        if type(value) is not str:
            raise BadValueError(f"expected a code, found {_json_type(value)}")
        if value not in choices:
            allowed = ", ".join(sorted(choices))
            raise BadValueError(f"{_clip(value)!r} is not one of {allowed}")
        return value

    return out, in_


def raw_to_archive(raw: Any) -> Any:
    """A stored value as carried verbatim (``"$raw"``)."""
    if isinstance(raw, bytes):
        return {"base64": base64.b64encode(raw).decode("ascii")}
    if isinstance(raw, float) and not math.isfinite(raw):
        return {"float": "Infinity" if raw > 0 else "-Infinity"}
    return raw


def raw_from_archive(value: Any) -> Any:
    cls = type(value)
    if cls is str:
        return _encodable(value)
    if cls is int:
        return _in_int(value)
    if cls is float:
        if not math.isfinite(value):
            raise BadValueError("the number is too large")
        return value
    if cls is dict and len(value) == 1:
        if type(value.get("base64")) is str:
            try:
                return base64.b64decode(value["base64"], validate=True)
            except (binascii.Error, ValueError) as error:
                raise BadValueError("not valid base64") from error
        if value.get("float") in ("Infinity", "-Infinity"):
            return float(value["float"])
    raise BadValueError(f"a stored value cannot be {_json_type(value)}")


# --- the schema ----------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its kind, whether it takes NULL, its codes (an enum), its default."""

    name: str
    kind: str  # text enum int float bool date datetime json bytes any
    nullable: bool
    choices: frozenset[str] | None = None
    default: Any = MISSING  # the stored value for a missing field, when there is one

    @cached_property
    def _codec(self) -> Codec:
        if self.kind == "enum":
            return _enum_codec(self.choices or frozenset())
        return _CODECS[self.kind]

    @property
    def to_archive(self) -> Callable[[Any], Any]:
        return self._codec[0]

    @property
    def from_archive(self) -> Callable[[Any], Any]:
        return self._codec[1]


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @cached_property
    def known(self) -> frozenset[str]:
        return frozenset(self.names)

    @cached_property
    def _encoder(self) -> Callable[[Sequence[Sequence[Any]]], list[str]]:
        return _compile_encoder(self)

    @cached_property
    def _decoder(self) -> Callable[[dict[str, Any]], tuple[Any, ...] | None]:
        return _compile_decoder(self)

    def encode_rows(self, rows: Sequence[Sequence[Any]]) -> bytes:
        """Rows as fetched (columns in ``names`` order) to their lines, each ending in \\n."""
        lines = self._encoder(rows)
        lines.append("")
        return "\n".join(lines).encode("utf-8")

    def decode_line(self, data: bytes) -> tuple[Any, ...]:
        """One line to the stored values, in ``names`` order; RowError if it is wrong."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise RowError(None, "not UTF-8 text") from error
        try:
            record, end = _JSON_DECODER.raw_decode(text)  # no whitespace around: the quick way
            if end != len(text):
                record = strict_json(text)
        except (ValueError, RecursionError):
            try:
                record = strict_json(text)  # the whole JSON grammar, and its message
            except (ValueError, RecursionError) as error:
                raise RowError(None, f"not a JSON object ({error})") from error
        if type(record) is not dict:
            raise RowError(None, f"expected a JSON object, found {_json_type(record)}")
        # An escaped surrogate is the one way to text that cannot be stored: such a
        # line takes the general way, which says so.
        if b"\\ud" not in data and b"\\uD" not in data:
            try:
                values = self._decoder(record)
            except Exception:
                values = None
            if values is not None:
                return values
        return self._decode_slow(record)

    def _decode_slow(self, record: dict[str, Any]) -> tuple[Any, ...]:
        verbatim = record.pop(RAW_KEY, None)
        known = self.known
        if verbatim is not None:
            if type(verbatim) is not dict:
                raise RowError(RAW_KEY, "expected an object")
            for name in verbatim:
                if name not in known:
                    raise RowError(name, "there is no such column")
                if name in record:
                    raise RowError(name, "given twice (also in $raw)")
        unknown = sorted(set(record) - known)
        if unknown:
            raise RowError(unknown[0], "there is no such column")
        values = []
        for column in self.columns:
            name = column.name
            if verbatim is not None and name in verbatim:
                try:
                    values.append(raw_from_archive(verbatim[name]))
                except BadValueError as error:
                    raise RowError(name, str(error)) from error
                continue
            value = record.get(name, MISSING)
            if value is None:
                if not column.nullable:
                    raise RowError(name, "null, and it must have a value")
                values.append(None)
            elif value is MISSING:
                if column.default is not MISSING:
                    values.append(column.default)
                elif column.nullable:
                    values.append(None)
                else:
                    raise RowError(name, "missing, and it must have a value")
            else:
                try:
                    values.append(column.from_archive(value))
                except BadValueError as error:
                    raise RowError(name, str(error)) from error
        return tuple(values)

    def _encode_slow(self, row: Sequence[Any]) -> str:
        record: dict[str, Any] = {}
        verbatim: dict[str, Any] = {}
        for column, raw in zip(self.columns, row, strict=True):
            if raw is None:
                record[column.name] = None
                continue
            value = column.to_archive(raw)
            if value is RAW:
                verbatim[column.name] = raw_to_archive(raw)
            else:
                record[column.name] = value
        if verbatim:
            record[RAW_KEY] = verbatim
        return _ROW_ENCODER.encode(record)


def kind_of(type_: sqltypes.TypeEngine[Any]) -> str:
    if isinstance(type_, sqltypes.Enum):
        return "enum"
    if isinstance(type_, sqltypes.Boolean):
        return "bool"
    if isinstance(type_, sqltypes.DateTime):
        return "datetime"
    if isinstance(type_, sqltypes.Date):
        return "date"
    if isinstance(type_, sqltypes.JSON):
        return "json"
    if isinstance(type_, sqltypes._Binary):
        return "bytes"
    if isinstance(type_, sqltypes.Float):
        return "float"
    if isinstance(type_, sqltypes.Integer):
        return "int"
    if isinstance(type_, sqltypes.String):
        return "text"
    return "any"  # Numeric and the like: kept as stored (text or number)


def _default(column: Any, spec: ColumnSpec) -> Any:
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        return MISSING
    value = default.arg
    if isinstance(value, Enum):
        value = value.value
    if value is None:
        return None
    try:
        return spec.from_archive(value)
    except BadValueError:  # pragma: no cover - the models' defaults are valid
        return MISSING


def table_specs(metadata: MetaData) -> list[TableSpec]:
    """Every archived table of ``metadata``, parents before children."""
    return [
        _table_spec(table)
        for table in metadata.sorted_tables
        if table.name not in EXCLUDED_TABLES and not table.name.startswith("sqlite_")
    ]


def _table_spec(table: Table) -> TableSpec:
    columns = []
    for column in table.columns:
        kind = kind_of(column.type)
        choices = frozenset(column.type.enums) if isinstance(column.type, sqltypes.Enum) else None
        spec = ColumnSpec(column.name, kind, bool(column.nullable), choices)
        default = _default(column, spec)
        if default is not MISSING:
            spec = ColumnSpec(column.name, kind, spec.nullable, choices, default)
        columns.append(spec)
    return TableSpec(table.name, tuple(columns))


def reflected_metadata(engine: Any) -> MetaData:
    """The archived tables as a database file has them (an older revision's)."""
    metadata = MetaData()
    metadata.reflect(
        bind=engine,
        only=lambda name, _: name not in EXCLUDED_TABLES and not name.startswith("sqlite_"),
    )
    return metadata


# --- the compiled fast paths ---------------------------------------------------------

_CACHE = 1 << 16


@lru_cache(maxsize=_CACHE)
def _date_line(raw: Any) -> str | None:
    value = _out_date(raw)
    return None if value is RAW else f'"{value}"'


_fromisoformat = datetime.fromisoformat


def _datetime_line(raw: Any) -> str | None:
    # The pattern _DATETIME_STORED checks, by its separators and the C parser (which
    # takes ASCII digits only and checks the calendar): twice as fast as the pattern.
    if (
        raw.__class__ is str
        and len(raw) == 26
        and raw[10] == " "
        and raw[19] == "."
        and raw[4] == "-"
        and raw[7] == "-"
        and raw[13] == ":"
        and raw[16] == ":"
    ):
        try:
            _fromisoformat(raw)
        except ValueError:
            return None
        return f'"{raw[:10]}T{raw[11:]}"'
    return None


@lru_cache(maxsize=_CACHE)
def _json_line(raw: Any) -> str | None:
    # The stored text is the value's JSON already (in the store's own form).
    return None if _out_json(raw) is RAW else raw


@lru_cache(maxsize=_CACHE)
def _date_ok(value: str) -> bool:
    return bool(_DATE.match(value)) and _real_day(value)


def _datetime_stored(value: str) -> str | None:
    # _DATETIME_ARCHIVED, checked as _datetime_line checks _DATETIME_STORED.
    if (
        len(value) == 26
        and value[10] == "T"
        and value[19] == "."
        and value[4] == "-"
        and value[7] == "-"
        and value[13] == ":"
        and value[16] == ":"
    ):
        try:
            _fromisoformat(value)
        except ValueError:
            return None
        return f"{value[:10]} {value[11:]}"
    return None


# Per kind: the stored value ``a`` (not NULL) to its JSON text, or None for "the general
# way"; and the archive value ``v`` (not null) to the stored value (the condition, the
# value). {i} is the column's index: C{i} its codes, F{i} its general conversion.
_OUT_FAST = {
    "text": "es(a{i}) if a{i}.__class__ is str else None",
    "enum": "es(a{i}) if a{i}.__class__ is str and a{i} in C{i} else None",
    "int": "ir(a{i}) if a{i}.__class__ is int else None",
    "float": "fr(a{i}) if a{i}.__class__ is float and a{i} - a{i} == 0.0 else None",
    "bool": "BOOL[a{i}] if a{i}.__class__ is int and (a{i} == 0 or a{i} == 1) else None",
    "date": "DL(a{i})",
    "datetime": "DTL(a{i})",
    "json": "JL(a{i})",
}
_IN_FAST = {
    "text": ("v.__class__ is str", "v"),
    "enum": ("v.__class__ is str and v in C{i}", "v"),
    "int": ("v.__class__ is int and LO <= v <= HI", "v"),
    "float": ("v.__class__ is float and v - v == 0.0", "v"),
    "bool": ("v.__class__ is bool", "1 if v else 0"),
    "date": ("v.__class__ is str and DOK(v)", "v"),
    "datetime": ("v.__class__ is str and (s := DTS(v)) is not None", "s"),
    "json": ("v is not None and v is not M", "JS(v)"),
}


def _namespace(spec: TableSpec) -> dict[str, Any]:
    env: dict[str, Any] = {
        "es": encode_basestring,
        "ir": int.__repr__,
        "fr": float.__repr__,
        "BOOL": ("false", "true"),
        "DL": _date_line,
        "DTL": _datetime_line,
        "JL": _json_line,
        "DOK": _date_ok,
        "DTS": _datetime_stored,
        "JS": STORE_JSON.encode,
        "LO": INT64[0],
        "HI": INT64[1],
        "M": MISSING,
    }
    for i, column in enumerate(spec.columns):
        env[f"C{i}"] = column.choices or frozenset()
        env[f"F{i}"] = column.from_archive
        env[f"K{i}"] = encode_basestring(column.name) + ":"
        env[f"N{i}"] = column.name
    return env


def _slow_out(column: ColumnSpec) -> Callable[[Any, Any], tuple[str | None, Any]]:
    """The general conversion of one value: (its JSON text, the verbatim dict) or (None,
    the verbatim dict with the value added)."""
    name, to_archive, encode = column.name, column.to_archive, _ROW_ENCODER.encode

    def convert(raw: Any, verbatim: dict[str, Any] | None) -> tuple[str | None, Any]:
        value = to_archive(raw)
        if value is RAW:
            verbatim = {} if verbatim is None else verbatim
            verbatim[name] = raw_to_archive(raw)
            return None, verbatim
        return encode(value), verbatim

    return convert


def _assemble(spec: TableSpec) -> Callable[[tuple[str | None, ...], dict[str, Any]], str]:
    keys = [encode_basestring(name) + ":" for name in spec.names]
    raw_key = encode_basestring(RAW_KEY) + ":"

    def assemble(texts: tuple[str | None, ...], verbatim: dict[str, Any]) -> str:
        parts = [key + text for key, text in zip(keys, texts, strict=True) if text is not None]
        parts.append(raw_key + _ROW_ENCODER.encode(verbatim))
        return "{" + ",".join(parts) + "}"

    return assemble


def _compile_encoder(spec: TableSpec) -> Callable[[Sequence[Sequence[Any]]], list[str]]:
    n = len(spec.columns)
    lines = [
        "def encode(rows):",
        "    out = []",
        "    append = out.append",
        "    for r in rows:",
        f"        {''.join(f'a{i}, ' for i in range(n))}= r",
        "        rw = None",
    ]
    for i, column in enumerate(spec.columns):
        fast = _OUT_FAST.get(column.kind)
        lines += [
            f"        if a{i} is None:",
            f"            j{i} = 'null'",
            "        else:",
            f"            j{i} = {fast.format(i=i) if fast else 'None'}",
            f"            if j{i} is None:",
            f"                j{i}, rw = S{i}(a{i}, rw)",
        ]
    body = ",".join(f"{{K{i}}}{{j{i}}}" for i in range(n))
    lines += [
        "        if rw is None:",
        f'            append(f"{{{{{body}}}}}")',
        "        else:",
        f"            append(ASM(({''.join(f'j{i}, ' for i in range(n))}), rw))",
        "    return out",
    ]
    env = _namespace(spec)
    env["ASM"] = _assemble(spec)
    for i, column in enumerate(spec.columns):
        env[f"S{i}"] = _slow_out(column)
    exec("\n".join(lines), env)  # a fixed template: see the module's doc
    return env["encode"]  # type: ignore[no-any-return]


def _compile_decoder(spec: TableSpec) -> Callable[[dict[str, Any]], tuple[Any, ...] | None]:
    """A parsed line with each of the table's fields once (in the line or in "$raw"), each
    on its usual path, to the stored values; None sends it the general way (defaults,
    errors)."""
    n = len(spec.columns)
    lines = [
        "def decode(rec):",
        "    rw = rec.get(RK)",
        "    if rw is None:",
        f"        if len(rec) != {n}:",
        "            return None",
        f"    elif rw.__class__ is not dict or len(rec) - 1 + len(rw) != {n}:",
        "        return None",
    ]
    for i, column in enumerate(spec.columns):
        condition, value = _IN_FAST.get(column.kind, ("v is not None and v is not M", "F{i}(v)"))
        lines += [
            f"    v = rec.get(N{i}, M)",
            f"    if {condition.format(i=i)}:",
            f"        x{i} = {value.format(i=i)}",
        ]
        if column.nullable:
            lines += ["    elif v is None:", f"        x{i} = None"]
        lines += [
            f"    elif v is M and rw is not None and N{i} in rw:",
            f"        x{i} = RF(rw[N{i}])",
            "    else:",
            "        return None",
        ]
    lines.append(f"    return ({''.join(f'x{i}, ' for i in range(n))})")
    env = _namespace(spec)
    env["RK"] = RAW_KEY
    env["RF"] = raw_from_archive
    exec("\n".join(lines), env)  # a fixed template: see the module's doc
    return env["decode"]  # type: ignore[no-any-return]
