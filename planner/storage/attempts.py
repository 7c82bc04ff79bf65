"""Practice-exam and exam attempts: the date, the source, the overall score and the score
per exam domain, as the learner recorded them; and the real exam's booked sittings.

An attempt is never erased by undo: recording one and taking it back hides it
(``active`` false), redo shows it again; deleting one hides it too, so undo of a
deletion brings the same attempt back. Edits keep the row and swap its values.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.storage.models import Base, UTCDateTime


class AttemptRow(Base):
    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    taken_on: Mapped[date] = mapped_column(Date)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)  # percent, overall
    source: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    domains: Mapped[list[AttemptDomainRow]] = relationship(
        back_populates="attempt",
        cascade="all, delete-orphan",
        order_by="AttemptDomainRow.position",
    )


class AttemptDomainRow(Base):
    """One domain's score in an attempt, in percent (the exam domain's name as in the plan)."""

    __tablename__ = "attempt_domains"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str] = mapped_column(String(200))
    score: Mapped[float] = mapped_column(Float)

    attempt: Mapped[AttemptRow] = relationship(back_populates="domains")


class ExamSittingRow(Base):
    """A booked sitting of the real exam: when, how, the confirmation, and the result."""

    __tablename__ = "exam_sittings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    exam_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "09:30", local wall time
    delivery: Mapped[str] = mapped_column(String(20))  # "online" or "test-centre"
    confirmation: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[str] = mapped_column(String(10), default="")  # "", "pass" or "fail"
    result_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReadinessTargetRow(Base):
    """The learner's own readiness target for a plan: margin and pass mark (NULL: default)."""

    __tablename__ = "readiness_targets"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True
    )
    margin: Mapped[float | None] = mapped_column(Float, nullable=True)
    pass_mark: Mapped[float | None] = mapped_column(Float, nullable=True)


TABLES = [
    AttemptRow.__table__,
    AttemptDomainRow.__table__,
    ExamSittingRow.__table__,
    ReadinessTargetRow.__table__,
]


def migrate_attempts(connection: Connection) -> None:
    """Create the attempt tables if they are missing (safe to run again)."""
    Base.metadata.create_all(connection, tables=TABLES, checkfirst=True)  # type: ignore[arg-type]
