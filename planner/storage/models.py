"""The SQLite schema as SQLAlchemy 2 typed models.

Times are stored in UTC (see :class:`UTCDateTime`); local wall times of study
sessions live inside the stored schedules together with the plan's IANA zone.
Progress is an append-only event log: an undo appends a ``revert`` event that
points at the event it cancels, so history is never rewritten.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite drops the zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class PlanRow(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)  # stable, for calendar UIDs
    name: Mapped[str] = mapped_column(String(200))
    path_id: Mapped[str] = mapped_column(String(100), default="")
    cloud: Mapped[str] = mapped_column(String(20), default="")
    certification_id: Mapped[str] = mapped_column(String(100), default="")
    exam_name: Mapped[str] = mapped_column(String(200), default="")
    exam_retired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_date: Mapped[date] = mapped_column(Date)
    exam_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    prep_weeks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hours_per_week: Mapped[float] = mapped_column(Float)
    study_days: Mapped[str] = mapped_column(String(40))  # "mon,wed,sat"
    session_start: Mapped[str] = mapped_column(String(5))  # "19:00"
    max_session_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    timezone: Mapped[str] = mapped_column(String(64))
    week_start: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The baseline in force; NULL means the newest (schema 3: undo of a re-plan points
    # back to the previous baseline instead of copying it).
    baseline_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # How many items the plan has and how many are done: kept in step by every operation
    # (schema 3), so listing the plans reads one row each, whatever their history.
    item_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    done_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Share of the weekly hours for spaced review, 0 for none (schema 5; before, it was
    # read from the review group's title).
    review_share: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")

    items: Mapped[list[PlanItemRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanItemRow.position"
    )
    days_off: Mapped[list[DayOffRow]] = relationship(
        cascade="all, delete-orphan", order_by="DayOffRow.first"
    )
    day_limits: Mapped[list[DayLimitRow]] = relationship(
        cascade="all, delete-orphan", order_by="DayLimitRow.day"
    )


class PlanItemRow(Base):
    """A snapshot of one catalog module (or milestone) as it was when the plan was made."""

    __tablename__ = "plan_items"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    hours: Mapped[float] = mapped_column(Float)
    catalog_hours: Mapped[float] = mapped_column(Float)
    hours_is_estimate: Mapped[bool] = mapped_column(Boolean, default=True)
    group_key: Mapped[str] = mapped_column(String(200))
    group_title: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(500), default="")
    # Whether the ledger says the item is done: kept in step by every operation that
    # appends to it (schema 3), so the plan list is one aggregate query, not a replay.
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    plan: Mapped[PlanRow] = relationship(back_populates="items")


class DayOffRow(Base):
    __tablename__ = "plan_days_off"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    first: Mapped[date] = mapped_column(Date)
    last: Mapped[date] = mapped_column(Date)


class DayLimitRow(Base):
    """A day with reduced study capacity, e.g. from an imported busy calendar."""

    __tablename__ = "plan_day_limits"
    __table_args__ = (UniqueConstraint("plan_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[str | None] = mapped_column(String(5), nullable=True)  # "20:30"; schema 2


class BaselineRow(Base):
    """The schedule as planned at creation and after each re-plan (JSON)."""

    __tablename__ = "baselines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(100))
    schedule_json: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """One progress event. Kinds: done, undone, logged, estimate, revert."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    item_key: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    previous_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    on_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OperationRow(Base):
    """One user action, with what undo and redo need (schema 3).

    ``state`` is ``done``, ``undone`` (on the redo stack, newest ``undone_seq`` first)
    or ``dropped`` (undone, then superseded by a new action). ``plan_id`` is a plain
    number, not a foreign key: the record of a deleted plan's deletion stays.
    """

    __tablename__ = "operations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(400))  # English, for scripts and the CLI
    # The label as a message, {"id": …, "args": {…}} (planner/core/op_labels.py), so the
    # front end says it in its language; "" for rows from before schema 5 and labels of
    # no known message, which are read back from ``label``.
    label_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    state: Mapped[str] = mapped_column(String(10), default="done", index=True)
    undone_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ExportRow(Base):
    """What was last written to a calendar for one event UID."""

    __tablename__ = "calendar_exports"
    __table_args__ = (UniqueConstraint("plan_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(300))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    payload_json: Mapped[str] = mapped_column(Text, default="{}")
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SettingRow(Base):
    """Settings that belong with the plans (none yet). Window and appearance preferences
    live in ``window.ini`` beside this file, so the theme applies before the plans open."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
