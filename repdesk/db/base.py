"""Declarative base and the columns every table shares.

Data rules (../shared/architecture.md): UUID primary keys (stored as their
canonical 36-character text, which SQLite and PostgreSQL both index well and
which sorts and merges the same everywhere), ``created_at``/``updated_at`` on
every row, and soft deletes through ``deleted_at``.

Time: the bookkeeping stamps (created_at, updated_at, deleted_at, done_at,
changed_at) are UTC. Appointment and visit times (appointment_at, visited_at)
are the rep's local wall-clock time, as agreed with the customer ("09:30 at
their office"), with no zone: a visit at 09:30 stays at 09:30 when the laptop
travels. Calendar export (iCalendar) attaches the rep's zone.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no zone, so every stored timestamp is UTC by rule."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[enum.StrEnum]) -> Enum:
    """Store an enum by its code (not its Python name), as plain text."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Abstract parent of every table: id, timestamps, soft delete."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"

    def as_dict(self) -> dict[str, Any]:
        return {c.key: getattr(self, c.key) for c in self.__table__.columns}
