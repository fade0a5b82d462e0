"""Decoding text files as Excel and phones save them: UTF-8 (with or without BOM),
UTF-16 (Excel's "Unicode text"), else GB18030 (a superset of GBK, Chinese Excel's CSV)."""

from __future__ import annotations

import codecs
from pathlib import Path

from repdesk.reports.interchange.errors import FileReadError, ReadProblem


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text and the encoding it was read as; strict, never a guess that loses bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as error:
            raise FileReadError(path, ReadProblem.ENCODING, str(error)) from error
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError as error:
        raise FileReadError(path, ReadProblem.ENCODING, str(error)) from error
