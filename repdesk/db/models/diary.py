"""The prospect diary (目标客户探询的个人日记), follow-ups and care occasions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from repdesk.db.base import Record, enum_column
from repdesk.domain.enums import HolidayCode, OccasionKind


class DiaryEntry(Record):
    """One contact row of the seed's form. Company and person link to sheets once they exist."""

    __tablename__ = "diary_entries"
    __table_args__ = (
        Index(None, "deleted_at", "contact_date", "id"),
        Index(None, "customer_id"),
        Index(None, "appointment_at"),
    )

    contact_date: Mapped[date] = mapped_column(Date)  # 第一次接触
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), default=None)
    company_name: Mapped[str] = mapped_column(String(200), default="")  # 公司
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), default=None)
    contact_name: Mapped[str] = mapped_column(String(200), default="")  # 联系人
    lead_source_id: Mapped[str | None] = mapped_column(
        ForeignKey("lead_sources.id"), default=None
    )  # 线索来源
    phone: Mapped[str] = mapped_column(String(50), default="")  # 电话
    appointment_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # 约定时间
    visit_result: Mapped[str] = mapped_column(Text, default="")  # 访问成果
    notes: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Record):
    """后续活动: an action with a due date and a done state, from a diary row or a visit."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index(None, "done_at", "due_date"),
        Index(None, "customer_id"),
        Index(None, "diary_entry_id"),  # a diary row's follow-up
    )

    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), default=None)
    diary_entry_id: Mapped[str | None] = mapped_column(ForeignKey("diary_entries.id"), default=None)
    visit_record_id: Mapped[str | None] = mapped_column(
        ForeignKey("visit_records.id"), default=None
    )
    action: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class CareOccasion(Record):
    """A relationship-care reminder: a birthday, a holiday that matters, or a fixed date.

    ``holiday_code`` names a holiday resolved each year by the calendar library
    (lunar ones move); ``month``/``day`` hold a fixed yearly date; ``on_date`` a
    one-off date.
    """

    __tablename__ = "care_occasions"
    __table_args__ = (
        Index(None, "person_id"),
        Index(None, "month", "day"),
        Index(None, "holiday_code"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))  # the customer is theirs
    kind: Mapped[OccasionKind] = mapped_column(enum_column(OccasionKind))
    label: Mapped[str] = mapped_column(String(200), default="")
    holiday_code: Mapped[HolidayCode | None] = mapped_column(enum_column(HolidayCode), default=None)
    month: Mapped[int | None] = mapped_column(Integer, default=None)
    day: Mapped[int | None] = mapped_column(Integer, default=None)
    on_date: Mapped[date | None] = mapped_column(Date, default=None)
    recurring: Mapped[bool] = mapped_column(Boolean, default=True)
    gesture: Mapped[str] = mapped_column(Text, default="")  # e.g. 送她一束鲜花


class HolidayDate(Record):
    """When a holiday falls in a region and year, as the calendar library says.

    Written by the workspace (services/holiday_calendar.py) for this year and
    the next, so the Today page can find holiday care occasions with plain SQL,
    also at start-up before the calendar library is loaded.
    """

    __tablename__ = "holiday_dates"
    __table_args__ = (UniqueConstraint("region", "code", "on_date"), Index(None, "on_date"))

    region: Mapped[str] = mapped_column(String(10))
    code: Mapped[HolidayCode] = mapped_column(enum_column(HolidayCode))
    on_date: Mapped[date] = mapped_column(Date)
