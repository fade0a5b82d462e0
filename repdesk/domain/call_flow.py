"""The objection flow run during a call (STEP3 应对客户拒绝, STEP5 处理客户异议).

The seed's flow: the customer objects -> analyse the hidden factors -> answer
with the matching feature/advantage/benefit -> did the customer agree?
Yes: a closed question to get commitment, then the order (the next step).
No: an open question to clarify, then answer again (round 2, 3...) or, on a
refusal, the persistence actions (坚持行动), then the next step.

``CallFlow`` is that flow as a small state machine with no screen: the step
the rep is on, the round, what is ticked in each step. Each answer tried is
one round and becomes one ``ObjectionMet`` row of the visit record, with the
texts ticked in that round (hidden factors probed, questions asked,
persistence actions done) as its ``steps``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from repdesk.domain.playbook import (
    EMPTY_TEXT,
    Answer,
    Entry,
    Playbook,
    Text,
    entry_matches,
    is_chinese,
)
from repdesk.domain.visits import ObjectionMet


class Step(StrEnum):
    OBJECTION = "objection"  # 异议: which one was raised, the customer's words
    ANALYSE = "analyse"  # 隐藏因素 and true/false hints
    ANSWER = "answer"  # FAB, then: did the customer agree? (yes / no)
    CLOSE = "close"  # agreed: a closed question (封闭式问题) for commitment
    CLARIFY = "clarify"  # not agreed: an open question (开放式问题); again, or refused
    PERSIST = "persist"  # refused: the persistence actions (坚持行动)
    NEXT_STEP = "next_step"  # the order, or the next contact
    DONE = "done"  # the rounds are on the record


# The steps whose items a round's ``steps`` lists, in the order they happen.
_RECORDED = (Step.ANALYSE, Step.CLOSE, Step.CLARIFY, Step.PERSIST)

EMPTY_PLAYBOOK = Playbook(version=1, entries=(), opener=EMPTY_TEXT, tips=(), persistence_actions=())


def fab_text(answer: Answer, lang: str) -> str:
    """The answer's words as the rep says them: feature, advantage, benefit."""
    parts = [t.get(lang).strip() for t in (answer.feature, answer.advantage, answer.benefit)]
    return ("" if is_chinese(lang) else " ").join(p for p in parts if p)


def matches(playbook: Playbook, query: str) -> tuple[Entry, ...]:
    """The entries whose title or customer's words hold every word of ``query``."""
    return tuple(e for e in playbook.entries if entry_matches(e, query, said_only=True))


@dataclass
class Round:
    """One answer tried: which (an index into the entry's answers, or own words), whether
    the customer agreed, and the items ticked in each step of the round."""

    number: int
    answer: int | None = None
    own_answer: str = ""
    agreed: bool | None = None
    ticks: dict[Step, set[int]] = field(default_factory=dict)


class CallFlow:
    """Where the rep is in the flow for one objection; ``restart`` for the next one."""

    def __init__(self, playbook: Playbook = EMPTY_PLAYBOOK, lang: str = "en") -> None:
        self.playbook = playbook
        self.lang = lang
        self.restart()

    def restart(self) -> None:
        self.entry: Entry | None = None
        self.customer_words = ""
        self.next_step = ""
        self.step = Step.OBJECTION
        self.rounds = [Round(1)]
        self.current = 0  # index into rounds
        self.added: tuple[ObjectionMet, ...] = ()  # the rows the last finish gave
        self._history: list[tuple[Step, int]] = []

    # -- what the rep sees ----------------------------------------------------------
    @property
    def round(self) -> Round:
        return self.rounds[self.current]

    def items(self, step: Step | None = None) -> tuple[Text, ...]:
        """The tickable items of a step (the current one by default), in order: the
        number keys tick them 1, 2, 3..."""
        step = step or self.step
        if step == Step.PERSIST:
            return self.playbook.persistence_actions
        entry = self.entry
        if entry is None:
            return ()
        if step == Step.ANALYSE:
            return entry.hidden_factors + entry.true_or_false_hints
        if step == Step.ANSWER:
            return tuple(a.label for a in entry.answers)
        if step == Step.CLOSE:
            return entry.closed_questions
        if step == Step.CLARIFY:
            return entry.open_questions
        return ()

    def ticked(self, step: Step | None = None) -> frozenset[int]:
        step = step or self.step
        if step == Step.ANSWER:
            return frozenset() if self.round.answer is None else frozenset({self.round.answer})
        return frozenset(self._ticks(step))

    def path(self) -> tuple[Step, ...]:
        """The steps of this round's way through the flow, as far as it is known: the
        branch after the answer is missing until the customer said yes or no."""
        steps = [Step.OBJECTION, Step.ANALYSE, Step.ANSWER]
        decided = self.step not in steps
        if decided and self.round.agreed is True:
            steps.append(Step.CLOSE)
        elif decided and self.round.agreed is False:
            steps.append(Step.CLARIFY)
            if self.step in (Step.PERSIST, Step.NEXT_STEP, Step.DONE):
                steps.append(Step.PERSIST)
        steps += [Step.NEXT_STEP, Step.DONE]
        return tuple(steps)

    @property
    def can_go_back(self) -> bool:
        return bool(self._history) and self.step not in (Step.OBJECTION, Step.DONE)

    @property
    def can_decide(self) -> bool:
        """Yes / no is asked after the answer (an answer picked or typed, if the entry
        offers any) and after the open question."""
        if self.step == Step.CLARIFY:
            return True
        if self.step != Step.ANSWER:
            return False
        answered = self.round.answer is not None or bool(self.round.own_answer.strip())
        return answered or self.entry is None or not self.entry.answers

    # -- what the rep does --------------------------------------------------------
    def choose(self, entry: Entry | None, words: str) -> None:
        """The objection raised: a playbook entry (None: not in the playbook) and the
        customer's words. Picking another entry forgets what was ticked for the last."""
        if entry != self.entry or (entry is not None and entry.id != self.entry_id):
            self.rounds = [Round(1)]
            self.current = 0
        self.entry = entry
        self.customer_words = words

    @property
    def entry_id(self) -> str | None:
        return self.entry.id if self.entry is not None else None

    def toggle(self, index: int) -> bool:
        """Tick or untick the item at ``index`` (0-based) of the current step; on the answer
        step, pick that answer (or drop it). False if there is no such item."""
        if not 0 <= index < len(self.items()):
            return False
        if self.step == Step.ANSWER:
            self.round.answer = None if self.round.answer == index else index
            return True
        ticks = self._ticks(self.step)
        ticks.symmetric_difference_update({index})
        return True

    def set_own_answer(self, words: str) -> None:
        self.round.own_answer = words

    def decide(self, yes: bool) -> bool:
        """Y / N. After the answer: did the customer agree (yes: closed question; no: open
        question). After the open question: answer again (yes) or a refusal (no)."""
        if not self.can_decide:
            return False
        if self.step == Step.ANSWER:
            self.round.agreed = yes
            self._go(Step.CLOSE if yes else Step.CLARIFY)
        elif yes:
            self._go(Step.ANSWER)
            self.current += 1
            if len(self.rounds) <= self.current:
                self.rounds.append(Round(self.current + 1))
        else:
            self._go(Step.PERSIST)
        return True

    def next(self) -> bool:
        """Enter: on to the next step where the way is clear. False where it is not (no
        objection picked yet; the answer step waits for yes or no)."""
        step = self.step
        if step == Step.OBJECTION:
            if self.entry is None and not self.customer_words.strip():
                return False
            self._go(Step.ANALYSE)
        elif step == Step.ANALYSE:
            self._go(Step.ANSWER)
        elif step == Step.CLARIFY:
            return self.decide(True)
        elif step in (Step.CLOSE, Step.PERSIST):
            self._go(Step.NEXT_STEP)
        elif step == Step.NEXT_STEP:
            self.added = self.rows()
            self._go(Step.DONE)
        elif step == Step.DONE:
            self.restart()
        else:
            return False
        return True

    def back(self) -> bool:
        """Backspace / Alt+Left: the step before, ticks kept. Not once on the record."""
        if not self.can_go_back:
            return False
        self.step, self.current = self._history.pop()
        return True

    # -- what goes on the record ----------------------------------------------------
    def rows(self) -> tuple[ObjectionMet, ...]:
        """One row per answer tried, up to the current round; the last has the next step."""
        entry = self.entry
        found = []
        for index, round_ in enumerate(self.rounds[: self.current + 1]):
            answer = (
                entry.answers[round_.answer]
                if entry is not None and round_.answer is not None
                else None
            )
            own = round_.own_answer.strip()
            last = index == self.current
            found.append(
                ObjectionMet(
                    customer_words=self.customer_words.strip(),
                    answer_text=own or (fab_text(answer, self.lang) if answer else ""),
                    customer_agreed=round_.agreed,
                    next_step=self.next_step.strip() if last else "",
                    objection_id=entry.id if entry is not None else None,
                    answer_id=answer.id if answer is not None else None,
                    objection_title=entry.title if entry is not None else None,
                    round=round_.number,
                    steps=self._steps_of(index),
                )
            )
        return tuple(found)

    def _steps_of(self, index: int) -> tuple[str, ...]:
        """The texts ticked in a round, on that round's way: the hidden factors (first
        round), then the closed question (agreed) or the open question and, when the
        customer refused in the last round, the persistence actions."""
        round_ = self.rounds[index]
        last = index == self.current
        wanted = {Step.ANALYSE} if index == 0 else set()
        if round_.agreed is True and last:
            wanted.add(Step.CLOSE)
        elif round_.agreed is False:
            wanted.add(Step.CLARIFY)
            if last:
                wanted.add(Step.PERSIST)
        texts = []
        for step in _RECORDED:
            if step in wanted:
                items = self.items(step)
                ticks = round_.ticks.get(step, set())
                texts += [items[i].get(self.lang) for i in sorted(ticks) if i < len(items)]
        return tuple(t for t in texts if t.strip())

    # -- inside ---------------------------------------------------------------------
    def _ticks(self, step: Step) -> set[int]:
        round_ = self.rounds[0] if step == Step.ANALYSE else self.round
        return round_.ticks.setdefault(step, set())

    def _go(self, step: Step) -> None:
        self._history.append((self.step, self.current))
        self.step = step
