"""The objection playbook (STEP3/STEP5) and the objections met on each visit."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from repdesk.db.base import Record, enum_column
from repdesk.domain.enums import Directness, ObjectionTarget, QuestionKind


class Objection(Record):
    """A playbook entry: how to tell it is true, what hides behind it, how to revive the talk."""

    __tablename__ = "objections"
    __table_args__ = (Index(None, "target", "position"),)

    code: Mapped[str | None] = mapped_column(String(80), unique=True, default=None)
    target: Mapped[ObjectionTarget] = mapped_column(enum_column(ObjectionTarget))
    directness: Mapped[Directness] = mapped_column(
        enum_column(Directness), default=Directness.DIRECT
    )
    title: Mapped[str] = mapped_column(String(200))
    customer_says: Mapped[str] = mapped_column(Text, default="")
    true_or_false_hints: Mapped[str] = mapped_column(Text, default="")
    hidden_factors: Mapped[str] = mapped_column(Text, default="")
    revive_sentence: Mapped[str] = mapped_column(Text, default="")  # the one sentence
    position: Mapped[int] = mapped_column(Integer, default=0)


class ObjectionAnswer(Record):
    """An answer built as feature / advantage / benefit (FAB)."""

    __tablename__ = "objection_answers"
    __table_args__ = (Index(None, "objection_id", "position"),)

    objection_id: Mapped[str] = mapped_column(ForeignKey("objections.id"))
    label: Mapped[str] = mapped_column(String(200), default="")
    feature: Mapped[str] = mapped_column(Text, default="")
    advantage: Mapped[str] = mapped_column(Text, default="")
    benefit: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ObjectionQuestion(Record):
    """An open question to clarify, or a closed one to get commitment."""

    __tablename__ = "objection_questions"
    __table_args__ = (Index(None, "objection_id", "position"),)

    objection_id: Mapped[str] = mapped_column(ForeignKey("objections.id"))
    kind: Mapped[QuestionKind] = mapped_column(enum_column(QuestionKind))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class VisitObjection(Record):
    """An objection met on a visit, the answer used and whether the customer agreed."""

    __tablename__ = "visit_objections"
    __table_args__ = (Index(None, "visit_record_id"), Index(None, "objection_id"))

    visit_record_id: Mapped[str] = mapped_column(ForeignKey("visit_records.id"))
    objection_id: Mapped[str | None] = mapped_column(ForeignKey("objections.id"), default=None)
    answer_id: Mapped[str | None] = mapped_column(ForeignKey("objection_answers.id"), default=None)
    customer_words: Mapped[str] = mapped_column(Text, default="")
    answer_text: Mapped[str] = mapped_column(Text, default="")
    customer_agreed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    next_step: Mapped[str] = mapped_column(Text, default="")
