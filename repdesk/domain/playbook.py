"""The objection playbook as data (STEP3 应对客户拒绝, STEP5 处理客户异议).

A playbook is a list of entries, one per refusal or objection, classified the
seed's way (of the person, of the product, reflex; indirect or direct) plus the
common sales objections. Each entry carries hints to tell a true objection from
a false one (真异议/假异议), the hidden factors to probe (隐藏因素), answers built
as feature / advantage / benefit (特点/优点/利益, FAB), open questions to clarify
(开放式问题), closed questions to get commitment (封闭式问题) and the one sentence
that revives the talk (一句话挽回). Beside the entries: the 20-second opener, the
four tips and the persistence actions after a refusal.

Every text is in English and Chinese. The JSON form (resources/playbook/
default.json, and any file a user imports) is::

    {"version": 1,
     "opener": TEXT, "tips": [TEXT, ...], "persistence_actions": [TEXT, ...],
     "entries": [{"code": "no_time", "target": "person", "directness": "indirect",
                  "title": TEXT, "customer_says": TEXT,
                  "true_or_false_hints": [TEXT, ...], "hidden_factors": [TEXT, ...],
                  "revive_sentence": TEXT,
                  "answers": [{"label": TEXT, "feature": TEXT,
                               "advantage": TEXT, "benefit": TEXT}, ...],
                  "open_questions": [TEXT, ...], "closed_questions": [TEXT, ...]}]}

where TEXT is {"en": "...", "zh": "..."}. A text needs words in at least one
language (a team may write its own lines in Chinese only); a missing side is
shown in the other language. The default playbook is complete in both (a test
checks). parse_playbook checks all of it and reports every problem with its
path; it raises PlaybookError and nothing else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from repdesk.domain.enums import Directness, ObjectionTarget

VERSION = 1
MAX_TEXT = 4_000  # characters in one text
MAX_ENTRIES = 500
MAX_ITEMS = 50  # items in any other list (hints, answers, questions, tips, ...)
MAX_CODE = 64
LANGUAGES = ("en", "zh")

_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_SURROGATE = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


@dataclass(frozen=True)
class Text:
    """One text in both languages."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        """The text for a language code ("zh", "zh_CN", "zh-Hans" -> Chinese; else English),
        or the other language's when this one has no words."""
        first, other = (self.zh, self.en) if is_chinese(lang) else (self.en, self.zh)
        return first if first.strip() else other

    @staticmethod
    def both(words: str) -> Text:
        """The same words in both languages (names, codes, text typed by the rep)."""
        return Text(en=words, zh=words)

    def with_text(self, lang: str, words: str) -> Text:
        """This text with one language's words replaced (an edit in the UI language)."""
        if is_chinese(lang):
            return Text(en=self.en, zh=words)
        return Text(en=words, zh=self.zh)

    @property
    def missing(self) -> tuple[str, ...]:
        """The languages without words ("en", "zh")."""
        sides = (("en", self.en), ("zh", self.zh))
        return tuple(lang for lang, words in sides if not words.strip())


def is_chinese(lang: str) -> bool:
    return lang.lower().startswith("zh")


EMPTY_TEXT = Text("", "")


@dataclass(frozen=True)
class Answer:
    """An answer built as feature / advantage / benefit (特点/优点/利益)."""

    label: Text
    feature: Text
    advantage: Text
    benefit: Text
    id: str | None = field(default=None, compare=False)  # the stored answer's, when stored


@dataclass(frozen=True)
class Entry:
    code: str  # stable, unique in the playbook: [a-z0-9_]
    target: ObjectionTarget
    directness: Directness
    title: Text
    customer_says: Text  # what the customer typically says
    true_or_false_hints: tuple[Text, ...]  # 区分真假异议
    hidden_factors: tuple[Text, ...]  # 隐藏因素 to probe
    revive_sentence: Text  # 起死回生的一句话
    answers: tuple[Answer, ...]  # FAB
    open_questions: tuple[Text, ...]  # 开放式问题: clarify
    closed_questions: tuple[Text, ...]  # 封闭式问题: get commitment
    id: str | None = field(default=None, compare=False)  # the stored entry's, when stored


@dataclass(frozen=True)
class Playbook:
    version: int
    entries: tuple[Entry, ...]
    opener: Text  # the 20-second opener
    tips: tuple[Text, ...]  # 处理拒绝的四项提示
    persistence_actions: tuple[Text, ...]  # 坚持行动: a list to tick after a refusal

    def entry(self, code: str) -> Entry | None:
        return next((e for e in self.entries if e.code == code), None)

    def for_target(self, target: ObjectionTarget) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.target == target)

    def entry_by_id(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def entry_texts(entry: Entry) -> list[tuple[str, Text]]:
    """Every text of an entry with its path (for completeness checks and search)."""
    found: list[tuple[str, Text]] = [
        ("title", entry.title),
        ("customer_says", entry.customer_says),
        ("revive_sentence", entry.revive_sentence),
    ]
    for key in _ENTRY_LISTS:
        found += [(f"{key}[{i}]", t) for i, t in enumerate(getattr(entry, key))]
    for i, answer in enumerate(entry.answers):
        found += [(f"answers[{i}].{key}", getattr(answer, key)) for key in _ANSWER_TEXTS]
    return found


def entry_matches(entry: Entry, query: str, *, said_only: bool = False) -> bool:
    """Whether the entry holds every word of ``query``, in either language, ignoring case;
    Chinese matches as a substring. ``said_only``: its title and what the customer says
    (the call checklist's picker), else every text (the playbook page's search)."""
    words = query.casefold().split()
    if not words:
        return True
    texts = (
        [entry.title, entry.customer_says]
        if said_only
        else [text for _path, text in entry_texts(entry)]
    )
    haystack = "\n".join(side for t in texts for side in (t.en, t.zh)).casefold()
    return all(word in haystack for word in words)


def missing_translations(playbook: Playbook) -> list[str]:
    """Paths of the texts with words in one language only, e.g. "entries[2].title.en"."""
    found: list[tuple[str, Text]] = [("opener", playbook.opener)]
    found += [(f"tips[{i}]", t) for i, t in enumerate(playbook.tips)]
    found += [(f"persistence_actions[{i}]", t) for i, t in enumerate(playbook.persistence_actions)]
    for n, entry in enumerate(playbook.entries):
        found += [(f"entries[{n}].{path}", t) for path, t in entry_texts(entry)]
    return [f"{path}.{lang}" for path, text in found for lang in text.missing]


class Reason(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    NOT_TEXT = "not_text"  # not a string where text belongs
    NOT_OBJECT = "not_object"
    NOT_LIST = "not_list"
    UNKNOWN_KEY = "unknown_key"
    UNKNOWN_TARGET = "unknown_target"
    UNKNOWN_DIRECTNESS = "unknown_directness"
    BAD_CODE = "bad_code"  # not [a-z0-9_], or longer than MAX_CODE
    DUPLICATE_CODE = "duplicate_code"
    WRONG_VERSION = "wrong_version"
    TOO_LONG = "too_long"  # a text over MAX_TEXT characters
    TOO_MANY = "too_many"  # a list over MAX_ENTRIES / MAX_ITEMS
    NOT_JSON = "not_json"  # loads_playbook only
    NOT_UTF8 = "not_utf8"  # a file that is not UTF-8 text
    TOO_LARGE = "too_large"  # a file over the size limit


@dataclass(frozen=True)
class PlaybookProblem:
    path: str  # e.g. "entries[3].answers[0].benefit.zh"; "" is the whole document
    reason: Reason

    def __str__(self) -> str:
        return f"{self.path or '<root>'}: {self.reason.value}"


class PlaybookError(ValueError):
    def __init__(self, problems: list[PlaybookProblem] | tuple[PlaybookProblem, ...]) -> None:
        self.problems = tuple(problems)
        shown = "; ".join(str(p) for p in self.problems[:10])
        more = f" (and {len(self.problems) - 10} more)" if len(self.problems) > 10 else ""
        super().__init__(f"invalid playbook: {shown}{more}")


_TEXT_KEYS = frozenset(LANGUAGES)
_ANSWER_TEXTS = ("label", "feature", "advantage", "benefit")
_ENTRY_LISTS = ("true_or_false_hints", "hidden_factors", "open_questions", "closed_questions")
_ENTRY_ORDER = (  # the order problems are reported in, as in the export
    "code",
    "target",
    "directness",
    "title",
    "customer_says",
    "true_or_false_hints",
    "hidden_factors",
    "revive_sentence",
    "answers",
    "open_questions",
    "closed_questions",
)
_ENTRY_KEYS = frozenset(_ENTRY_ORDER)
_TOP_KEYS = frozenset(("version", "entries", "opener", "tips", "persistence_actions"))


class _InvalidError(Exception):
    """A value that could not be built; its problems are already recorded."""


class _Parser:
    def __init__(self) -> None:
        self.problems: list[PlaybookProblem] = []

    def fail(self, path: str, reason: Reason) -> _InvalidError:
        self.problems.append(PlaybookProblem(path, reason))
        return _InvalidError()

    def obj(self, value: object, path: str, keys: frozenset[str]) -> Mapping[str, Any]:
        """A JSON object with only known keys (unknown ones are reported, not fatal)."""
        if not isinstance(value, dict):
            raise self.fail(path, Reason.NOT_OBJECT)
        for key in value:
            if key not in keys:
                self.fail(_join(path, _key_step(key)), Reason.UNKNOWN_KEY)
        return value

    def field(
        self, value: Mapping[str, Any], key: str, path: str, build: Callable[[object, str], T]
    ) -> T:
        sub = _join(path, key)
        if key not in value:
            raise self.fail(sub, Reason.MISSING)
        return build(value[key], sub)

    def side(self, value: object, path: str) -> str:
        """One language's words: text, maybe empty."""
        if not isinstance(value, str):
            raise self.fail(path, Reason.NOT_TEXT)
        if len(value) > MAX_TEXT:
            raise self.fail(path, Reason.TOO_LONG)
        if _SURROGATE.search(value):  # "\ud800" in JSON: half a character, no text at all
            raise self.fail(path, Reason.NOT_UTF8)
        return value

    def text(self, value: object, path: str) -> Text:
        data = self.obj(value, path, _TEXT_KEYS)
        parts = self.collect(
            lambda lang: self.side(data[lang], _join(path, lang)) if lang in data else "",
            LANGUAGES,
        )
        if not any(part.strip() for part in parts):
            raise self.fail(path, Reason.EMPTY if data else Reason.MISSING)
        return Text(en=parts[0], zh=parts[1])

    def items(
        self, value: object, path: str, build: Callable[[object, str], T], limit: int = MAX_ITEMS
    ) -> tuple[T, ...]:
        if not isinstance(value, list):
            raise self.fail(path, Reason.NOT_LIST)
        if len(value) > limit:
            raise self.fail(path, Reason.TOO_MANY)
        return self.collect(lambda i: build(value[i], f"{path}[{i}]"), range(len(value)))

    def texts(self, value: object, path: str) -> tuple[Text, ...]:
        return self.items(value, path, self.text)

    def collect(self, build: Callable[[Any], T], keys: Any) -> tuple[T, ...]:
        """Build every part, recording every failure, then fail if any part did."""
        built: list[T] = []
        failed = False
        for key in keys:
            try:
                built.append(build(key))
            except _InvalidError:
                failed = True
        if failed:
            raise _InvalidError()
        return tuple(built)

    def answer(self, value: object, path: str) -> Answer:
        data = self.obj(value, path, frozenset(_ANSWER_TEXTS))
        label, feature, advantage, benefit = self.collect(
            lambda key: self.field(data, key, path, self.text), _ANSWER_TEXTS
        )
        return Answer(label=label, feature=feature, advantage=advantage, benefit=benefit)

    def code(self, value: object, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, Reason.NOT_TEXT)
        if not value:
            raise self.fail(path, Reason.EMPTY)
        if len(value) > MAX_CODE or not _CODE.match(value):
            raise self.fail(path, Reason.BAD_CODE)
        return value

    def choice(self, enum: type[StrEnum], reason: Reason) -> Callable[[object, str], str]:
        def build(value: object, path: str) -> str:
            if not isinstance(value, str):
                raise self.fail(path, Reason.NOT_TEXT)
            if value not in {member.value for member in enum}:
                raise self.fail(path, reason)
            return value

        return build

    def entry(self, value: object, path: str) -> Entry:
        data = self.obj(value, path, _ENTRY_KEYS)
        parts: dict[str, Any] = {}

        def one(key: str) -> None:
            build: Callable[[object, str], object]
            if key == "code":
                build = self.code
            elif key == "target":
                build = self.choice(ObjectionTarget, Reason.UNKNOWN_TARGET)
            elif key == "directness":
                build = self.choice(Directness, Reason.UNKNOWN_DIRECTNESS)
            elif key == "answers":
                build = lambda v, p: self.items(v, p, self.answer)  # noqa: E731
            elif key in _ENTRY_LISTS:
                build = self.texts
            else:
                build = self.text
            parts[key] = self.field(data, key, path, build)

        self.collect(one, _ENTRY_ORDER)
        return Entry(
            code=parts["code"],
            target=ObjectionTarget(parts["target"]),
            directness=Directness(parts["directness"]),
            title=parts["title"],
            customer_says=parts["customer_says"],
            true_or_false_hints=parts["true_or_false_hints"],
            hidden_factors=parts["hidden_factors"],
            revive_sentence=parts["revive_sentence"],
            answers=parts["answers"],
            open_questions=parts["open_questions"],
            closed_questions=parts["closed_questions"],
        )

    def version(self, value: object, path: str) -> int:
        if type(value) is not int or value != VERSION:
            raise self.fail(path, Reason.WRONG_VERSION)
        return value

    def entries(self, value: object, path: str) -> tuple[Entry, ...]:
        if isinstance(value, list) and len(value) <= MAX_ENTRIES:
            codes: dict[str, int] = {}
            for i, item in enumerate(value):
                code = item.get("code") if isinstance(item, dict) else None
                if isinstance(code, str) and code:
                    if code in codes:
                        self.fail(f"{path}[{i}].code", Reason.DUPLICATE_CODE)
                    codes[code] = i
        built = self.items(value, path, self.entry, limit=MAX_ENTRIES)
        if len({e.code for e in built}) != len(built):
            raise _InvalidError()
        return built

    def playbook(self, value: object) -> Playbook:
        data = self.obj(value, "", _TOP_KEYS)
        parts: dict[str, Any] = {}
        builders: dict[str, Callable[[object, str], object]] = {
            "version": self.version,
            "opener": self.text,
            "tips": self.texts,
            "persistence_actions": self.texts,
            "entries": self.entries,
        }

        def one(key: str) -> None:
            parts[key] = self.field(data, key, "", builders[key])

        self.collect(one, builders)
        return Playbook(
            version=parts["version"],
            entries=parts["entries"],
            opener=parts["opener"],
            tips=parts["tips"],
            persistence_actions=parts["persistence_actions"],
        )


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_WORD = re.compile(r"\w+")
_PATH_MARKS = str.maketrans({".": "\\u002e", "[": "\\u005b", "]": "\\u005d"})


def _key_step(key: object) -> str:
    """An unknown key as one step of a path: a word as it is, anything else ("", "a.b")
    quoted as JSON writes it, so that the path still splits at its dots."""
    if isinstance(key, str) and _WORD.fullmatch(key):
        return key
    text = key if isinstance(key, str) else repr(key)
    quoted = json.dumps(text, ensure_ascii=bool(_SURROGATE.search(text)))
    return quoted.translate(_PATH_MARKS)


def parse_playbook(data: object) -> Playbook:
    """A playbook from a JSON-decoded value; PlaybookError lists every problem found."""
    parser = _Parser()
    try:
        playbook = parser.playbook(data)
    except _InvalidError:
        playbook = None
    if parser.problems or playbook is None:
        raise PlaybookError(parser.problems or [PlaybookProblem("", Reason.NOT_OBJECT)])
    return playbook


def check_entry(entry: Entry) -> None:
    """PlaybookError (paths from the entry, e.g. "answers[0].benefit") if the entry,
    as edited, would not be accepted in a playbook file."""
    parser = _Parser()
    with suppress(_InvalidError):
        parser.entry(_entry_json(entry), "")
    if parser.problems:
        raise PlaybookError(parser.problems)


def check_guide(opener: Text, tips: Sequence[Text], persistence_actions: Sequence[Text]) -> None:
    """PlaybookError if the opener, tips or persistence actions would not be accepted."""
    parser = _Parser()
    data = {
        "opener": _text_json(opener),
        "tips": _texts_json(tuple(tips)),
        "persistence_actions": _texts_json(tuple(persistence_actions)),
    }
    with suppress(_InvalidError):
        parser.text(data["opener"], "opener")
    for key in ("tips", "persistence_actions"):
        with suppress(_InvalidError):
            parser.texts(data[key], key)
    if parser.problems:
        raise PlaybookError(parser.problems)


def loads_playbook(text: str) -> Playbook:
    """A playbook from JSON text (a file's content); PlaybookError if it does not parse."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise PlaybookError([PlaybookProblem("", Reason.NOT_JSON)]) from error
    return parse_playbook(data)


def _text_json(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


def _texts_json(texts: tuple[Text, ...]) -> list[dict[str, str]]:
    return [_text_json(t) for t in texts]


def _entry_json(entry: Entry) -> dict[str, object]:
    return {
        "code": entry.code,
        "target": entry.target.value,
        "directness": entry.directness.value,
        "title": _text_json(entry.title),
        "customer_says": _text_json(entry.customer_says),
        "true_or_false_hints": _texts_json(entry.true_or_false_hints),
        "hidden_factors": _texts_json(entry.hidden_factors),
        "revive_sentence": _text_json(entry.revive_sentence),
        "answers": [
            {key: _text_json(getattr(answer, key)) for key in _ANSWER_TEXTS}
            for answer in entry.answers
        ],
        "open_questions": _texts_json(entry.open_questions),
        "closed_questions": _texts_json(entry.closed_questions),
    }


def playbook_to_json(playbook: Playbook) -> dict[str, object]:
    """The JSON form parse_playbook reads, for export: parse(to_json(p)) == p."""
    return {
        "version": playbook.version,
        "opener": _text_json(playbook.opener),
        "tips": _texts_json(playbook.tips),
        "persistence_actions": _texts_json(playbook.persistence_actions),
        "entries": [_entry_json(e) for e in playbook.entries],
    }
