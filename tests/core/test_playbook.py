"""The objection playbook: the default file is complete, and the parser is strict."""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

from repdesk.domain.enums import Directness, ObjectionTarget
from repdesk.domain.playbook import (
    MAX_ENTRIES,
    MAX_TEXT,
    Playbook,
    PlaybookError,
    PlaybookProblem,
    Reason,
    Text,
    entry_matches,
    loads_playbook,
    missing_translations,
    parse_playbook,
    playbook_to_json,
)
from repdesk.settings import resources_dir

DEFAULT = resources_dir() / "playbook" / "default.json"
CJK = re.compile(r"[\u4e00-\u9fff]")
# English texts: printable ASCII plus the few typographic marks a writer may use.
ENGLISH = re.compile(r"^[\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+$")


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data = json.loads(DEFAULT.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def playbook(raw: dict[str, Any]) -> Playbook:
    return parse_playbook(raw)


def all_texts(playbook: Playbook) -> Iterator[tuple[str, Text]]:
    yield "opener", playbook.opener
    for i, tip in enumerate(playbook.tips):
        yield f"tips[{i}]", tip
    for i, action in enumerate(playbook.persistence_actions):
        yield f"persistence_actions[{i}]", action
    for entry in playbook.entries:
        for name in ("title", "customer_says", "revive_sentence"):
            yield f"{entry.code}.{name}", getattr(entry, name)
        for name in ("true_or_false_hints", "hidden_factors", "open_questions", "closed_questions"):
            for i, text in enumerate(getattr(entry, name)):
                yield f"{entry.code}.{name}[{i}]", text
        for i, answer in enumerate(entry.answers):
            for name in ("label", "feature", "advantage", "benefit"):
                yield f"{entry.code}.answers[{i}].{name}", getattr(answer, name)


def problems_of(data: object) -> tuple[PlaybookProblem, ...]:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    assert caught.value.problems
    return caught.value.problems


# The default playbook ------------------------------------------------------


def test_default_parses_with_the_method_and_extras(playbook: Playbook) -> None:
    assert playbook.version == 1
    assert len(playbook.tips) == 4  # 处理拒绝的四项提示
    assert "20" in playbook.opener.en or "twenty" in playbook.opener.en
    assert "二十秒" in playbook.opener.zh
    assert len(playbook.persistence_actions) >= 5
    actions = " ".join(a.en.lower() for a in playbook.persistence_actions)
    for needed in ("material", "card", "letter", "another chance"):
        assert needed in actions


def test_every_entry_is_complete(playbook: Playbook) -> None:
    assert len(playbook.entries) >= 13
    for entry in playbook.entries:
        assert len(entry.true_or_false_hints) >= 2, entry.code
        assert len(entry.hidden_factors) >= 2, entry.code
        assert len(entry.answers) >= 2, entry.code
        assert len(entry.open_questions) >= 2, entry.code
        assert len(entry.closed_questions) >= 2, entry.code
        for question in (*entry.open_questions, *entry.closed_questions):
            assert question.en.rstrip().endswith("?"), (entry.code, question.en)
            assert question.zh.rstrip().endswith("？"), (entry.code, question.zh)


def test_every_text_is_in_both_languages(playbook: Playbook) -> None:
    count = 0
    for where, text in all_texts(playbook):
        count += 1
        assert text.en.strip() and text.zh.strip(), where
        assert ENGLISH.match(text.en), (where, text.en)
        assert CJK.search(text.zh), (where, text.zh)
        assert not CJK.search(text.en), (where, text.en)
        assert text.en != text.zh, where
    assert count > 250


def test_the_chinese_is_simplified_and_uses_the_seed_terms(raw: dict[str, Any]) -> None:
    everything = json.dumps(raw, ensure_ascii=False)
    for traditional in "絕異議點優處費們說這個會時間題問":
        assert traditional not in everything, traditional
    for term in ("拒绝", "异议", "真异议", "假异议", "一句话挽回", "二十秒"):
        assert term in everything, term


def test_the_issue_list_is_covered(playbook: Playbook) -> None:
    targets = {entry.target for entry in playbook.entries}
    assert targets == set(ObjectionTarget)
    indirect = {e.code for e in playbook.entries if e.directness is Directness.INDIRECT}
    assert {"no_time", "must_hold_meeting", "reschedules", "missed_appointment"} <= indirect
    assert any(e.directness is Directness.DIRECT for e in playbook.entries)
    codes = [entry.code for entry in playbook.entries]
    assert len(codes) == len(set(codes))
    price = playbook.for_target(ObjectionTarget.PRICE)
    assert price and playbook.entry(price[0].code) is price[0]
    assert playbook.entry("nonexistent") is None


def test_text_get_picks_the_language() -> None:
    text = Text(en="Price", zh="价格")
    assert [text.get(lang) for lang in ("en", "en_GB", "zh", "zh_CN", "zh-Hans", "de")] == [
        "Price",
        "Price",
        "价格",
        "价格",
        "价格",
        "Price",
    ]


def test_round_trip_is_exact(raw: dict[str, Any], playbook: Playbook) -> None:
    exported = playbook_to_json(playbook)
    assert exported == raw
    assert parse_playbook(json.loads(json.dumps(exported))) == playbook
    assert loads_playbook(DEFAULT.read_text(encoding="utf-8")) == playbook


# Malformed input ------------------------------------------------------------


@pytest.mark.parametrize("data", [[], "playbook", 1, None])
def test_not_a_dict(data: object) -> None:
    assert problems_of(data) == (PlaybookProblem("", Reason.NOT_OBJECT),)


def test_not_json() -> None:
    with pytest.raises(PlaybookError) as caught:
        loads_playbook("{not json")
    assert caught.value.problems == (PlaybookProblem("", Reason.NOT_JSON),)


@pytest.mark.parametrize("version", [0, 2, "1", 1.0, True, None])
def test_wrong_version(raw: dict[str, Any], version: object) -> None:
    data = copy.deepcopy(raw)
    data["version"] = version
    assert problems_of(data) == (PlaybookProblem("version", Reason.WRONG_VERSION),)


def test_missing_fields(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    del data["opener"]
    del data["entries"][3]["answers"][0]["benefit"]
    data["entries"][5]["title"] = {}
    assert set(problems_of(data)) == {
        PlaybookProblem("opener", Reason.MISSING),
        PlaybookProblem("entries[3].answers[0].benefit", Reason.MISSING),
        PlaybookProblem("entries[5].title", Reason.MISSING),
    }


@pytest.mark.parametrize("value", ["", "   \n"])
def test_one_language_may_be_empty_and_falls_back(raw: dict[str, Any], value: str) -> None:
    data = copy.deepcopy(raw)
    data["entries"][3]["answers"][0]["benefit"]["zh"] = value
    del data["entries"][4]["title"]["en"]
    playbook = parse_playbook(data)
    benefit = playbook.entries[3].answers[0].benefit
    assert (
        benefit.get("zh_CN")
        == benefit.get("en")
        == raw["entries"][3]["answers"][0]["benefit"]["en"]
    )
    assert playbook.entries[4].title.get("en") == raw["entries"][4]["title"]["zh"]
    assert missing_translations(playbook) == [
        "entries[3].answers[0].benefit.zh",
        "entries[4].title.en",
    ]


@pytest.mark.parametrize("value", ["", "   \n"])
def test_a_text_without_words_in_either_language(raw: dict[str, Any], value: str) -> None:
    data = copy.deepcopy(raw)
    data["entries"][3]["answers"][0]["benefit"] = {"en": value, "zh": value}
    assert problems_of(data) == (PlaybookProblem("entries[3].answers[0].benefit", Reason.EMPTY),)


def test_the_default_has_no_missing_translation(playbook: Playbook) -> None:
    assert missing_translations(playbook) == []


def test_unknown_target_and_directness(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["entries"][0]["target"] = "weather"
    data["entries"][1]["directness"] = "sideways"
    data["entries"][2]["target"] = 7
    assert problems_of(data) == (
        PlaybookProblem("entries[0].target", Reason.UNKNOWN_TARGET),
        PlaybookProblem("entries[1].directness", Reason.UNKNOWN_DIRECTNESS),
        PlaybookProblem("entries[2].target", Reason.NOT_TEXT),
    )


def test_duplicate_and_bad_codes(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["entries"][4]["code"] = data["entries"][1]["code"]
    data["entries"][6]["code"] = "Has Spaces"
    data["entries"][7]["code"] = ""
    assert problems_of(data) == (
        PlaybookProblem("entries[4].code", Reason.DUPLICATE_CODE),
        PlaybookProblem("entries[6].code", Reason.BAD_CODE),
        PlaybookProblem("entries[7].code", Reason.EMPTY),
    )


def test_a_number_where_text_belongs(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["entries"][3]["answers"][0]["benefit"]["zh"] = 42
    data["tips"][1] = 3.5
    data["entries"][0]["hidden_factors"] = 9
    assert problems_of(data) == (
        PlaybookProblem("tips[1]", Reason.NOT_OBJECT),
        PlaybookProblem("entries[0].hidden_factors", Reason.NOT_LIST),
        PlaybookProblem("entries[3].answers[0].benefit.zh", Reason.NOT_TEXT),
    )


def test_unknown_keys(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["author"] = "someone"
    data["entries"][2]["colour"] = "red"
    data["opener"]["fr"] = "Bonjour"
    assert set(problems_of(data)) == {
        PlaybookProblem("author", Reason.UNKNOWN_KEY),
        PlaybookProblem("entries[2].colour", Reason.UNKNOWN_KEY),
        PlaybookProblem("opener.fr", Reason.UNKNOWN_KEY),
    }


def test_too_long_text(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["entries"][0]["revive_sentence"]["en"] = "x" * 100_000
    assert problems_of(data) == (PlaybookProblem("entries[0].revive_sentence.en", Reason.TOO_LONG),)
    data["entries"][0]["revive_sentence"]["en"] = "x" * MAX_TEXT
    assert parse_playbook(data).entries[0].revive_sentence.en == "x" * MAX_TEXT


def test_too_many_entries(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["entries"] = [raw["entries"][0]] * 10_000  # same code too: one problem, not 10,000
    assert problems_of(data) == (PlaybookProblem("entries", Reason.TOO_MANY),)
    data["tips"] = [raw["tips"][0]] * 1_000
    assert set(problems_of(data)) == {
        PlaybookProblem("entries", Reason.TOO_MANY),
        PlaybookProblem("tips", Reason.TOO_MANY),
    }
    many = [dict(raw["entries"][0], code=f"e{i}") for i in range(MAX_ENTRIES)]
    assert len(parse_playbook(dict(raw, entries=many)).entries) == MAX_ENTRIES


def test_the_error_message_names_paths(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    for entry in data["entries"]:
        entry["title"] = {"en": " ", "zh": ""}
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    assert len(caught.value.problems) == len(data["entries"])
    assert "entries[0].title: empty" in str(caught.value)
    assert "more)" in str(caught.value)


# Fuzzing: whatever the input, only PlaybookError ---------------------------

KEYS = [
    "version", "entries", "opener", "tips", "persistence_actions", "code", "target",
    "directness", "title", "customer_says", "true_or_false_hints", "hidden_factors",
    "revive_sentence", "answers", "open_questions", "closed_questions", "label", "feature",
    "advantage", "benefit", "en", "zh", "other",
]  # fmt: skip


def random_value(rng: random.Random, depth: int) -> object:
    kind = rng.randrange(9 if depth < 5 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.randint(-3, 3)
    if kind == 3:
        return rng.random()
    if kind == 4:
        return rng.choice(["", " ", "x", "价格", "person", "indirect", "a_b", "X" * 5000])
    if kind == 5:
        return rng.choice([1, "1", [], {}])
    if kind == 6:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(KEYS): random_value(rng, depth + 1) for _ in range(rng.randrange(6))}


def mutate(rng: random.Random, value: object, depth: int = 0) -> object:
    """The default playbook with one random spot replaced, deep or shallow."""
    if depth > 6 or rng.random() < 0.15:
        return random_value(rng, depth)
    if isinstance(value, dict) and value:
        key = rng.choice(list(value))
        copied = dict(value)
        if rng.random() < 0.1:
            del copied[key]
        else:
            copied[key] = mutate(rng, value[key], depth + 1)
        return copied
    if isinstance(value, list) and value:
        copied_list = list(value)
        i = rng.randrange(len(value))
        copied_list[i] = mutate(rng, value[i], depth + 1)
        return copied_list
    return random_value(rng, depth)


def test_parse_raises_only_playbook_error(raw: dict[str, Any]) -> None:
    rng = random.Random(20260606)
    errors: list[PlaybookError] = []
    for round_ in range(600):
        data = random_value(rng, 0) if round_ % 3 == 0 else mutate(rng, raw)
        try:
            parse_playbook(data)
        except PlaybookError as error:  # anything else fails the test
            errors.append(error)
    assert len(errors) > 300
    assert all(error.problems for error in errors)
    assert all(isinstance(p.reason, Reason) for error in errors for p in error.problems)


def test_entry_matches_every_word_in_either_language(playbook: Playbook) -> None:
    price = playbook.entry("price_too_high")
    assert price is not None
    hidden = price.hidden_factors[0].zh[:4]
    assert entry_matches(price, "太贵") and entry_matches(price, "太贵 CHEAPER")
    assert entry_matches(price, "PRICE expensive") and not entry_matches(price, "price weather")
    assert entry_matches(price, hidden) and not entry_matches(price, hidden, said_only=True)
    assert entry_matches(price, "  ")
