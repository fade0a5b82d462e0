"""The objection playbook in both languages; each answer tried on a visit is counted.

Revision ID: 0003_bilingual_playbook
Revises: 0002_holiday_dates
Create Date: 2026-11-23

- objections / objection_answers: every text becomes a JSON object
  {"en": ..., "zh": ...} (lists of texts: JSON lists), so a playbook file
  round-trips and the UI language can switch. The open and closed questions
  move from objection_questions (dropped) into two lists on the entry. A text
  written before this revision keeps its words on the side of its script
  (Chinese characters: "zh", else "en"); the other side stays empty and the
  reader falls back to it. Every entry gets a code (stable across playbook
  files): ``entry_<n>`` where it had none.
- playbook_guides: the opener, the four tips, the persistence actions.
- visit_objections: ``round`` (1 for the objection raised, 2... for each
  answer tried again) and ``steps`` (what the rep ticked in the call).
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_bilingual_playbook"
down_revision: str | None = "0002_holiday_dates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)、])\s*")

_OBJECTION_TEXTS = ("title", "customer_says", "revive_sentence")
_OBJECTION_LISTS = ("true_or_false_hints", "hidden_factors")
_ANSWER_TEXTS = ("label", "feature", "advantage", "benefit")
_LISTS = frozenset((*_OBJECTION_LISTS, "open_questions", "closed_questions"))
_JSON_COLUMNS = {
    "objections": (*_OBJECTION_TEXTS, *_OBJECTION_LISTS),
    "objection_answers": _ANSWER_TEXTS,
}


def _replace_column(table: str, name: str, sql_type: str, default: str) -> None:
    """A column of a new type under the same name (its values: the caller's job)."""
    op.execute(f"ALTER TABLE {table} ADD COLUMN {name}_new {sql_type} NOT NULL DEFAULT {default}")
    op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    op.execute(f"ALTER TABLE {table} RENAME COLUMN {name}_new TO {name}")


def _text(value: str | None) -> str:
    words = (value or "").strip()
    side = "zh" if _CJK.search(words) else "en"
    return json.dumps({"en": "", "zh": "", side: words}, ensure_ascii=False)


def _lines(value: str | None) -> list[str]:
    return [_BULLET.sub("", line).strip() for line in (value or "").splitlines() if line.strip()]


def _texts(lines: list[str]) -> str:
    return "[" + ",".join(_text(line) for line in lines) + "]"


def _plain(value: str | None) -> str:
    """A JSON text back to one string (downgrade): the side that has words."""
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return value or ""
    if isinstance(data, dict):
        return str(data.get("en") or data.get("zh") or "")
    if isinstance(data, list):
        return "\n".join(str(x.get("en") or x.get("zh") or "") for x in data if isinstance(x, dict))
    return str(data)


def upgrade() -> None:
    conn = op.get_bind()
    objections = conn.execute(
        sa.text(
            "SELECT id, code, title, customer_says, true_or_false_hints, hidden_factors, "
            "revive_sentence, position FROM objections ORDER BY position, id"
        )
    ).all()
    answers = conn.execute(
        sa.text("SELECT id, label, feature, advantage, benefit FROM objection_answers")
    ).all()
    questions: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for objection_id, kind, words in conn.execute(
        sa.text(
            "SELECT objection_id, kind, text FROM objection_questions "
            "WHERE deleted_at IS NULL ORDER BY objection_id, position, id"
        )
    ):
        # Situation, problem and implication questions clarify, as open ones do.
        questions[objection_id]["closed" if kind == "closed" else "open"].append(words or "")

    with op.batch_alter_table("objection_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_questions_objection_id_position"))
    op.drop_table("objection_questions")

    # objections and objection_answers are parents (of visit_objections): a batch
    # rebuild would drop them under PRAGMA foreign_keys, which cannot be turned off
    # inside the migration's transaction. Native column changes instead (SQLite
    # 3.35+: every Python that runs RepDesk has one), each column replaced by a
    # new JSON column under its old name.
    for table, names in _JSON_COLUMNS.items():
        for name in names:
            _replace_column(table, name, "JSON", "'{}'" if name not in _LISTS else "'[]'")
    for name in ("open_questions", "closed_questions"):
        op.execute(f"ALTER TABLE objections ADD COLUMN {name} JSON NOT NULL DEFAULT '[]'")

    used = {row.code for row in objections if row.code}
    for n, row in enumerate(objections, start=1):
        code = row.code
        if not code:
            code = f"entry_{n}"
            while code in used:
                code += "_"
            used.add(code)
        asked = questions.get(row.id, {})
        conn.execute(
            sa.text(
                "UPDATE objections SET code = :code, title = :title, "
                "customer_says = :customer_says, revive_sentence = :revive_sentence, "
                "true_or_false_hints = :hints, hidden_factors = :hidden, "
                "open_questions = :open, closed_questions = :closed WHERE id = :id"
            ),
            {
                "id": row.id,
                "code": code,
                "title": _text(row.title),
                "customer_says": _text(row.customer_says),
                "revive_sentence": _text(row.revive_sentence),
                "hints": _texts(_lines(row.true_or_false_hints)),
                "hidden": _texts(_lines(row.hidden_factors)),
                "open": _texts(asked.get("open", [])),
                "closed": _texts(asked.get("closed", [])),
            },
        )
    for row in answers:
        conn.execute(
            sa.text(
                "UPDATE objection_answers SET label = :label, feature = :feature, "
                "advantage = :advantage, benefit = :benefit WHERE id = :id"
            ),
            {"id": row.id, **{name: _text(getattr(row, name)) for name in _ANSWER_TEXTS}},
        )

    # Every entry has a code now; the column stays nullable in the table (a rebuild
    # would be needed, see above) and the model requires one.

    op.create_table(
        "playbook_guides",
        sa.Column("opener", sa.JSON(), nullable=False),
        sa.Column("tips", sa.JSON(), nullable=False),
        sa.Column("persistence_actions", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_guides")),
    )

    op.execute("ALTER TABLE visit_objections ADD COLUMN round INTEGER NOT NULL DEFAULT 1")
    op.execute("ALTER TABLE visit_objections ADD COLUMN steps JSON NOT NULL DEFAULT '[]'")
    op.create_index(
        op.f("ix_visit_objections_answer_id"), "visit_objections", ["answer_id"], unique=False
    )


def downgrade() -> None:
    conn = op.get_bind()
    op.drop_index(op.f("ix_visit_objections_answer_id"), table_name="visit_objections")
    op.execute("ALTER TABLE visit_objections DROP COLUMN steps")
    op.execute("ALTER TABLE visit_objections DROP COLUMN round")
    op.drop_table("playbook_guides")

    objections = conn.execute(
        sa.text(
            "SELECT id, title, customer_says, true_or_false_hints, hidden_factors, "
            "revive_sentence, open_questions, closed_questions FROM objections"
        )
    ).all()
    answers = conn.execute(
        sa.text("SELECT id, label, feature, advantage, benefit FROM objection_answers")
    ).all()
    for name in ("open_questions", "closed_questions"):
        op.execute(f"ALTER TABLE objections DROP COLUMN {name}")
    for table, names in _JSON_COLUMNS.items():
        for name in names:
            _replace_column(table, name, "TEXT", "''")
    op.create_table(
        "objection_questions",
        sa.Column("objection_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "situation",
                "problem",
                "implication",
                "open",
                "closed",
                name="questionkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_objection_questions_objection_id_objections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_questions")),
    )
    with op.batch_alter_table("objection_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objection_questions_objection_id_position"),
            ["objection_id", "position"],
            unique=False,
        )

    for row in objections:
        conn.execute(
            sa.text(
                "UPDATE objections SET title = :title, customer_says = :customer_says, "
                "true_or_false_hints = :hints, hidden_factors = :hidden, "
                "revive_sentence = :revive WHERE id = :id"
            ),
            {
                "id": row.id,
                "title": _plain(row.title)[:200],
                "customer_says": _plain(row.customer_says),
                "hints": _plain(row.true_or_false_hints),
                "hidden": _plain(row.hidden_factors),
                "revive": _plain(row.revive_sentence),
            },
        )
        for kind, value in (("open", row.open_questions), ("closed", row.closed_questions)):
            for position, line in enumerate(_plain(value).splitlines()):
                conn.execute(
                    sa.text(
                        "INSERT INTO objection_questions (id, created_at, updated_at, "
                        "objection_id, kind, text, position) VALUES (:id, CURRENT_TIMESTAMP, "
                        "CURRENT_TIMESTAMP, :objection_id, :kind, :text, :position)"
                    ),
                    {
                        "id": str(uuid.uuid4()),
                        "objection_id": row.id,
                        "kind": kind,
                        "text": line,
                        "position": position,
                    },
                )
    for row in answers:
        conn.execute(
            sa.text(
                "UPDATE objection_answers SET label = :label, feature = :feature, "
                "advantage = :advantage, benefit = :benefit WHERE id = :id"
            ),
            {
                "id": row.id,
                **{name: _plain(getattr(row, name)) for name in _ANSWER_TEXTS},
                "label": _plain(row.label)[:200],
            },
        )
