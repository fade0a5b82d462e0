"""Why a file could not be read, as a code the GUI turns into a sentence naming the file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ReadProblem(StrEnum):
    ENCODING = "encoding"  # neither UTF-8 nor GB18030
    EMPTY = "empty"  # no header row, or no rows at all
    DAMAGED = "damaged"  # not a valid file of its kind
    UNSUPPORTED = "unsupported"  # a kind of file we do not read (.xls, .numbers...)
    UNREADABLE = "unreadable"  # missing, no permission, an I/O error


class FileReadError(Exception):
    """``line``: where a text file broke, when the reader knows (a CSV's line, the first
    line of the vCard that does not parse)."""

    def __init__(
        self, path: Path, problem: ReadProblem, detail: str = "", *, line: int | None = None
    ) -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail
        self.line = line


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise FileReadError(path, ReadProblem.UNREADABLE, str(error)) from error
