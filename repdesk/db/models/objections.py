"""The objection playbook (STEP3/STEP5) and the objections met on each visit.

Every playbook text is stored in both languages as a JSON object
``{"en": ..., "zh": ...}`` (lists of texts as JSON lists of those), so one
database serves a rep who switches the UI language, and a playbook file
round-trips through the database unchanged. repdesk/domain/playbook.py is the
shape; repdesk/services/playbook.py converts.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from repdesk.db.base import Record, enum_column
from repdesk.domain.enums import Directness, ObjectionTarget

TextJson = dict[str, str]  # {"en": ..., "zh": ...}


class Objection(Record):
    """A playbook entry: how to tell it is true, what hides behind it, how to revive the talk."""

    __tablename__ = "objections"
    __table_args__ = (Index(None, "target", "position"),)

    # Stable across playbook files. Every entry has one; the column stays nullable
    # as 0001 made it (migration 0003 explains why the table is not rebuilt).
    code: Mapped[str] = mapped_column(String(80), unique=True, nullable=True)
    target: Mapped[ObjectionTarget] = mapped_column(enum_column(ObjectionTarget))
    directness: Mapped[Directness] = mapped_column(
        enum_column(Directness), default=Directness.DIRECT
    )
    title: Mapped[TextJson] = mapped_column(JSON)
    customer_says: Mapped[TextJson] = mapped_column(JSON)
    true_or_false_hints: Mapped[list[TextJson]] = mapped_column(JSON, default=list)
    hidden_factors: Mapped[list[TextJson]] = mapped_column(JSON, default=list)
    revive_sentence: Mapped[TextJson] = mapped_column(JSON)  # the one sentence
    open_questions: Mapped[list[TextJson]] = mapped_column(JSON, default=list)
    closed_questions: Mapped[list[TextJson]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ObjectionAnswer(Record):
    """An answer built as feature / advantage / benefit (FAB)."""

    __tablename__ = "objection_answers"
    __table_args__ = (Index(None, "objection_id", "position"),)

    objection_id: Mapped[str] = mapped_column(ForeignKey("objections.id"))
    label: Mapped[TextJson] = mapped_column(JSON)
    feature: Mapped[TextJson] = mapped_column(JSON)
    advantage: Mapped[TextJson] = mapped_column(JSON)
    benefit: Mapped[TextJson] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlaybookGuide(Record):
    """The playbook's one row of guidance: the 20-second opener, the four tips, the
    persistence actions. Its presence also says the default playbook was loaded."""

    __tablename__ = "playbook_guides"

    opener: Mapped[TextJson] = mapped_column(JSON)
    tips: Mapped[list[TextJson]] = mapped_column(JSON, default=list)
    persistence_actions: Mapped[list[TextJson]] = mapped_column(JSON, default=list)


class VisitObjection(Record):
    """An objection met on a visit, the answer used and whether the customer agreed.

    Each answer tried is a row: when the customer did not agree and the rep went
    round again with another answer, the retry is the same objection with
    ``round`` 2, 3, ... so every answer's success is counted, and the objection
    is counted once (round 1)."""

    __tablename__ = "visit_objections"
    __table_args__ = (
        Index(None, "visit_record_id"),
        Index(None, "objection_id"),
        Index(None, "answer_id"),
    )

    visit_record_id: Mapped[str] = mapped_column(ForeignKey("visit_records.id"))
    objection_id: Mapped[str | None] = mapped_column(ForeignKey("objections.id"), default=None)
    answer_id: Mapped[str | None] = mapped_column(ForeignKey("objection_answers.id"), default=None)
    customer_words: Mapped[str] = mapped_column(Text, default="")
    answer_text: Mapped[str] = mapped_column(Text, default="")
    customer_agreed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    next_step: Mapped[str] = mapped_column(Text, default="")
    round: Mapped[int] = mapped_column(Integer, default=1)
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)  # what was ticked in the call
