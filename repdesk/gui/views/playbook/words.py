"""The playbook's parts and its checker's problems in words a rep reads.

Used beside the editor's fields (a problem in "answers[0].benefit") and in
the message about a playbook file that cannot be imported (a problem in
"entries[3].target"). lupdate reads each literal: no helper wraps translate().
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from repdesk.domain.playbook import (
    MAX_CODE,
    MAX_ENTRIES,
    MAX_ITEMS,
    MAX_TEXT,
    PlaybookProblem,
    Reason,
)
from repdesk.services.playbook import MAX_FILE_BYTES

CONTEXT = "Playbook"


def part_name(key: str) -> str:
    """A playbook part by its key ("benefit" -> "Benefit"); an unknown key as it is."""
    names = {
        "code": QCoreApplication.translate("Playbook", "Code"),
        "target": QCoreApplication.translate("Playbook", "Kind of objection"),
        "directness": QCoreApplication.translate("Playbook", "Direct or indirect"),
        "title": QCoreApplication.translate("Playbook", "Title"),
        "customer_says": QCoreApplication.translate("Playbook", "What the customer says"),
        "true_or_false_hints": QCoreApplication.translate(
            "Playbook", "True or false objection (真异议/假异议)"
        ),
        "hidden_factors": QCoreApplication.translate("Playbook", "Hidden factors to probe"),
        "revive_sentence": QCoreApplication.translate(
            "Playbook", "The one sentence that revives the talk"
        ),
        "answers": QCoreApplication.translate("Playbook", "Answers"),
        "label": QCoreApplication.translate("Playbook", "Name"),
        "feature": QCoreApplication.translate("Playbook", "Feature"),
        "advantage": QCoreApplication.translate("Playbook", "Advantage"),
        "benefit": QCoreApplication.translate("Playbook", "Benefit"),
        "open_questions": QCoreApplication.translate("Playbook", "Open questions to clarify"),
        "closed_questions": QCoreApplication.translate(
            "Playbook", "Closed questions to get commitment"
        ),
        "opener": QCoreApplication.translate("Playbook", "The 20-second opener"),
        "tips": QCoreApplication.translate("Playbook", "The four tips"),
        "persistence_actions": QCoreApplication.translate(
            "Playbook", "Keep going after a refusal (坚持行动)"
        ),
        "version": QCoreApplication.translate("Playbook", "Version"),
        "entries": QCoreApplication.translate("Playbook", "Entries"),
        "en": QCoreApplication.translate("Playbook", "English"),
        "zh": QCoreApplication.translate("Playbook", "Chinese"),
    }
    return names.get(key, f"“{key}”")


_ARGUMENT = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """%1, %2... replaced in one pass (a value holding "%2" stays as it is)."""
    return _ARGUMENT.sub(
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def _number(value: int) -> str:
    return QLocale().toString(value)


def reason_text(reason: Reason) -> str:
    """What is wrong, as a sentence."""
    texts = {
        Reason.MISSING: QCoreApplication.translate("Playbook", "It is missing."),
        Reason.EMPTY: QCoreApplication.translate(
            "Playbook", "Write this in English or Chinese (at least one of them)."
        ),
        Reason.NOT_TEXT: QCoreApplication.translate("Playbook", "It should be text."),
        Reason.NOT_OBJECT: QCoreApplication.translate(
            "Playbook", "It is not in the form a playbook file has."
        ),
        Reason.NOT_LIST: QCoreApplication.translate("Playbook", "It should be a list."),
        Reason.UNKNOWN_KEY: QCoreApplication.translate("Playbook", "A playbook has no such part."),
        Reason.UNKNOWN_TARGET: QCoreApplication.translate(
            "Playbook",
            "Not a kind of objection RepDesk knows (person, product, reflex, price, "
            "competitor, no_need, timing, authority).",
        ),
        Reason.UNKNOWN_DIRECTNESS: QCoreApplication.translate(
            "Playbook", "It should be direct or indirect."
        ),
        Reason.BAD_CODE: QCoreApplication.translate(
            "Playbook", "Use only small letters a-z, digits and _ (at most %1)."
        ).replace("%1", _number(MAX_CODE)),
        Reason.DUPLICATE_CODE: QCoreApplication.translate(
            "Playbook", "Another entry already has this code."
        ),
        Reason.WRONG_VERSION: QCoreApplication.translate(
            "Playbook", "This version of RepDesk does not read this version of playbook file."
        ),
        Reason.TOO_LONG: QCoreApplication.translate(
            "Playbook", "Too long: at most %1 characters."
        ).replace("%1", _number(MAX_TEXT)),
        Reason.TOO_MANY: QCoreApplication.translate("Playbook", "Too many: at most %1.").replace(
            "%1", _number(MAX_ITEMS)
        ),
        Reason.NOT_JSON: QCoreApplication.translate(
            "Playbook", "It is not a JSON file (the form RepDesk exports)."
        ),
        Reason.NOT_UTF8: QCoreApplication.translate("Playbook", "It is not UTF-8 text."),
        Reason.TOO_LARGE: QCoreApplication.translate(
            "Playbook", "It is larger than a playbook file can be (%1 MB)."
        ).replace("%1", _number(MAX_FILE_BYTES // 1_000_000)),
    }
    return texts[reason]


_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*|[^.\[\]]+)(?:\[(\d+)\])?")


def path_words(path: str) -> str:
    """Where a problem is, in words: "entries[3].answers[0].benefit.zh" ->
    "Entry 4, answer 1, benefit, Chinese"; "" -> "The file"."""
    if not path:
        return QCoreApplication.translate("Playbook", "The file")
    parts: list[str] = []
    for step in path.split("."):
        found = _STEP.fullmatch(step)
        key, index = (found.group(1), found.group(2)) if found else (step, None)
        number = _number(int(index) + 1) if index is not None else ""
        if key == "entries" and index is not None:
            parts.append(fill(QCoreApplication.translate("Playbook", "entry %1"), number))
            continue
        if key == "answers" and index is not None:
            parts.append(fill(QCoreApplication.translate("Playbook", "answer %1"), number))
            continue
        name = part_name(key)
        if parts and key not in ("en", "zh"):  # "entry 5, answer 1, benefit"; "English"
            name = name[:1].lower() + name[1:]
        if index is not None:
            name = fill(QCoreApplication.translate("Playbook", "%1, line %2"), name, number)
        parts.append(name)
    text = parts[0]
    for part in parts[1:]:  # "a, b" in English, "a，b" in Chinese
        text = fill(QCoreApplication.translate("Playbook", "%1, %2"), text, part)
    return text[:1].upper() + text[1:]


def problem_line(problem: PlaybookProblem) -> str:
    """One problem of a file: where, then what."""
    reason = reason_text(problem.reason)
    if problem.reason is Reason.TOO_MANY and problem.path.split(".")[-1] == "entries":
        reason = QCoreApplication.translate("Playbook", "Too many: at most %1.").replace(
            "%1", _number(MAX_ENTRIES)
        )
    return fill(QCoreApplication.translate("Playbook", "%1: %2"), path_words(problem.path), reason)
