"""The call checklist's flow (STEP3/STEP5) without a screen: steps, rounds, ticks, rows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from repdesk.domain.call_flow import CallFlow, Step, fab_text, matches
from repdesk.domain.playbook import Answer, Entry, Playbook
from repdesk.services.playbook import default_playbook


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    """The default playbook, with ids as the store gives them."""
    book = default_playbook()
    entries = tuple(
        replace(
            e,
            id=f"entry-{e.code}",
            answers=tuple(replace(a, id=f"{e.code}-answer-{n}") for n, a in enumerate(e.answers)),
        )
        for e in book.entries
    )
    return replace(book, entries=entries)


def at(flow: CallFlow) -> Step:
    """The step the flow is on (read afresh: each move changes it)."""
    return flow.step


def _entry(playbook: Playbook, code: str) -> Entry:
    entry = playbook.entry(code)
    assert entry is not None
    return entry


def _started(playbook: Playbook, code: str, lang: str = "en") -> tuple[CallFlow, Entry]:
    flow = CallFlow(playbook, lang)
    entry = _entry(playbook, code)
    flow.choose(entry, entry.customer_says.get(lang))
    assert flow.next()
    assert at(flow) == Step.ANALYSE
    return flow, entry


def test_the_filter_finds_titles_and_words_in_either_language(playbook: Playbook) -> None:
    assert [e.code for e in matches(playbook, "expensive")] == ["price_too_high"]
    assert [e.code for e in matches(playbook, "太贵")] == ["price_too_high"]
    assert [e.code for e in matches(playbook, "PRICE too")] == ["price_too_high"]
    assert "has_supplier" in {e.code for e in matches(playbook, "供应商")}
    assert matches(playbook, "") == playbook.entries
    assert matches(playbook, "no such words at all") == ()


def test_agreed_first_time_is_one_row_with_the_closed_question_and_the_order(
    playbook: Playbook,
) -> None:
    flow, entry = _started(playbook, "price_too_high")
    assert flow.items() == entry.hidden_factors + entry.true_or_false_hints
    assert flow.toggle(1)  # the second hidden factor
    assert flow.toggle(3)  # the first true/false hint
    assert flow.toggle(3)  # and off again
    assert not flow.toggle(9)  # no such line
    assert flow.ticked() == {1}
    assert flow.next()
    assert at(flow) == Step.ANSWER
    assert not flow.can_decide and not flow.decide(True)  # no answer picked yet
    assert not flow.next()  # the answer step waits for yes or no
    assert flow.toggle(0)
    assert flow.toggle(1)  # answers are one of: the second replaces the first
    assert flow.ticked() == {1}
    assert flow.toggle(0)
    assert flow.decide(True)
    assert at(flow) == Step.CLOSE
    assert flow.path() == (
        Step.OBJECTION,
        Step.ANALYSE,
        Step.ANSWER,
        Step.CLOSE,
        Step.NEXT_STEP,
        Step.DONE,
    )
    assert flow.toggle(0)
    assert flow.next()
    assert at(flow) == Step.NEXT_STEP
    flow.next_step = "  20 units, delivery Monday "
    assert flow.next()
    assert at(flow) == Step.DONE and not flow.can_go_back

    (met,) = flow.added
    answer = entry.answers[0]
    assert met.objection_id == "entry-price_too_high"
    assert met.answer_id == answer.id
    assert met.objection_title == entry.title
    assert met.customer_words == "It's too expensive. Others are cheaper."
    assert met.answer_text == (f"{answer.feature.en} {answer.advantage.en} {answer.benefit.en}")
    assert met.customer_agreed is True
    assert met.next_step == "20 units, delivery Monday"
    assert met.round == 1
    assert met.steps == (entry.hidden_factors[1].en, entry.closed_questions[0].en)

    assert flow.next()  # Enter: another objection
    assert at(flow) == Step.OBJECTION and flow.entry is None and flow.added == ()


def test_no_then_again_then_refused_gives_a_row_per_answer(playbook: Playbook) -> None:
    flow, entry = _started(playbook, "has_supplier", lang="zh_CN")
    assert flow.next()
    flow.toggle(0)
    assert flow.decide(False)
    assert at(flow) == Step.CLARIFY
    assert flow.items() == entry.open_questions
    flow.toggle(1)
    assert flow.next()  # Enter on the open question: answer again
    assert at(flow) == Step.ANSWER and flow.round.number == 2
    assert flow.ticked() == frozenset()  # a new round picks its own answer
    flow.toggle(1)
    assert flow.decide(False)
    flow.toggle(0)
    assert flow.decide(False)  # still no: a refusal
    assert at(flow) == Step.PERSIST
    assert Step.PERSIST in flow.path() and Step.CLOSE not in flow.path()
    assert flow.items() == playbook.persistence_actions
    flow.toggle(1)
    flow.toggle(2)
    assert flow.next()
    flow.next_step = "周五再打电话"
    assert flow.next()

    first, second = flow.added
    assert (first.round, second.round) == (1, 2)
    assert (first.answer_id, second.answer_id) == (entry.answers[0].id, entry.answers[1].id)
    assert (first.customer_agreed, second.customer_agreed) == (False, False)
    assert (first.next_step, second.next_step) == ("", "周五再打电话")
    assert first.steps == (entry.open_questions[1].zh,)
    actions = playbook.persistence_actions
    assert second.steps == (entry.open_questions[0].zh, actions[1].zh, actions[2].zh)
    answer = entry.answers[1]
    assert second.answer_text == answer.feature.zh + answer.advantage.zh + answer.benefit.zh
    assert {first.customer_words, second.customer_words} == {entry.customer_says.zh}


def test_back_keeps_the_ticks_and_a_changed_mind_drops_the_branch_not_taken(
    playbook: Playbook,
) -> None:
    flow, entry = _started(playbook, "price_too_high")
    flow.toggle(0)
    flow.next()
    flow.toggle(0)
    flow.decide(False)
    flow.toggle(0)  # an open question asked
    assert flow.back()
    assert at(flow) == Step.ANSWER and flow.ticked() == {0}
    assert flow.back()
    assert at(flow) == Step.ANALYSE and flow.ticked() == {0}
    flow.next()
    flow.decide(True)  # on second thought the customer agreed
    flow.next()
    flow.next()
    (met,) = flow.added
    assert met.customer_agreed is True
    assert met.steps == (entry.hidden_factors[0].en,)  # not the open question

    # Back from round 2 to the open question, then a refusal: round 2 is not recorded.
    flow, entry = _started(playbook, "price_too_high")
    flow.next()
    flow.toggle(0)
    flow.decide(False)
    flow.decide(True)
    flow.toggle(1)
    assert flow.round.number == 2
    assert flow.back() and at(flow) == Step.CLARIFY and flow.round.number == 1
    flow.decide(False)
    flow.next()
    flow.next()
    assert [m.round for m in flow.added] == [1]


def test_an_objection_not_in_the_playbook(playbook: Playbook) -> None:
    flow = CallFlow(playbook)
    flow.choose(None, "")
    assert not flow.next()  # nothing picked, no words: stay
    flow.choose(None, "Your van was late twice")
    assert flow.next()
    assert flow.items() == ()
    flow.next()
    assert flow.can_decide  # no answers to pick from
    flow.set_own_answer("We now deliver from the new depot")
    flow.decide(False)
    flow.decide(False)
    flow.toggle(2)
    flow.next()
    flow.next()
    (met,) = flow.added
    assert met.objection_id is None and met.objection_title is None and met.answer_id is None
    assert met.answer_text == "We now deliver from the new depot"
    assert met.customer_words == "Your van was late twice"
    assert met.steps == (playbook.persistence_actions[2].en,)


def test_picking_another_entry_forgets_the_ticks_of_the_first(playbook: Playbook) -> None:
    flow, _ = _started(playbook, "price_too_high")
    flow.toggle(0)
    flow.back()
    assert at(flow) == Step.OBJECTION
    flow.choose(_entry(playbook, "price_too_high"), "too dear")
    flow.next()
    assert flow.ticked() == {0}  # the same entry: kept
    flow.back()
    flow.choose(_entry(playbook, "no_time"), "no time")
    flow.next()
    assert flow.ticked() == frozenset()


def test_fab_text_joins_the_three_parts() -> None:
    from repdesk.domain.playbook import Text

    answer = Answer(Text("L", "标"), Text("F.", "特。"), Text("", "优。"), Text("B.", "利。"))
    assert fab_text(answer, "en_US") == "F. 优。 B."
    assert fab_text(answer, "zh_CN") == "特。优。利。"
