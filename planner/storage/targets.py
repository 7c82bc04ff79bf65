"""Calendar targets: every place a plan has been written to, with what it received.

A target is a file path or a CalDAV calendar URL. Each keeps its own record, per
event UID, of the SEQUENCE and content it was sent (and, on a server, the ETag and
resource name), so that:

- a later export or sync updates what that target holds instead of duplicating;
- a cancellation or deletion goes only to a target that received the event;
- an export of only some parts (``--what exam``) leaves the records of the rest
  alone.

For a CalDAV target the sync token (RFC 6578) or the calendar's CTag of the last
sync is kept too, so an unchanged calendar costs one request.

:func:`migrate_targets` creates these tables in an existing database and moves the
records of the one-per-plan ``calendar_exports`` table of schema 2 to a *file
target without a path*: the next file export of that plan, to whatever path,
adopts it, so calendars that imported earlier exports keep updating.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Connection,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    delete,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.storage.models import Base, ExportRow, UTCDateTime

FILE = "file"
CALDAV = "caldav"
LEGACY_LOCATION = ""  # a file target moved from schema 2, whose path was never stored


class CalendarTargetRow(Base):
    """A file or a CalDAV calendar that a plan has been written to."""

    __tablename__ = "calendar_targets"
    __table_args__ = (UniqueConstraint("plan_id", "kind", "location"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # FILE or CALDAV
    location: Mapped[str] = mapped_column(String(2000))  # absolute path or calendar URL
    username: Mapped[str] = mapped_column(String(200), default="")
    sync_token: Mapped[str] = mapped_column(Text, default="")
    ctag: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    written_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # A CalDAV calendar set up for sync (schema 4): modules go there as tasks too; when
    # the last sync finished (None until one has: the setup is not proven yet), and a
    # one-line summary of the last sync or of its error.
    tasks: Mapped[bool] = mapped_column(Boolean, default=False)
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_result: Mapped[str] = mapped_column(Text, default="")

    events: Mapped[list[TargetEventRow]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="TargetEventRow.uid"
    )


class TargetEventRow(Base):
    """What one target last received for one event UID."""

    __tablename__ = "calendar_target_events"
    __table_args__ = (UniqueConstraint("target_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_id: Mapped[int] = mapped_column(
        ForeignKey("calendar_targets.id", ondelete="CASCADE"), index=True
    )
    uid: Mapped[str] = mapped_column(String(300))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    payload_json: Mapped[str] = mapped_column(Text, default="{}")  # an ExportRecord
    etag: Mapped[str] = mapped_column(String(500), default="")  # CalDAV only
    href: Mapped[str] = mapped_column(String(2000), default="")  # CalDAV only
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)

    target: Mapped[CalendarTargetRow] = relationship(back_populates="events")


TABLES = [
    Base.metadata.tables[CalendarTargetRow.__tablename__],
    Base.metadata.tables[TargetEventRow.__tablename__],
]


def add_sync_columns(connection: Connection) -> None:
    """Schema 4: a calendar's sync setup. A calendar synced before counts as set up,
    last synced when it was last written (its password was never stored by us).

    A file migrated from schema 2 in the same run already has them: the ladder's step to
    schema 3 creates the table from the current model."""
    table = CalendarTargetRow.__tablename__
    have = {c["name"] for c in inspect(connection).get_columns(table)}
    for column, sql in (
        ("tasks", "BOOLEAN NOT NULL DEFAULT 0"),
        ("last_synced_at", "DATETIME"),
        ("last_result", "TEXT NOT NULL DEFAULT ''"),
    ):
        if column not in have:
            connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {sql}")
    connection.exec_driver_sql(
        "UPDATE calendar_targets SET last_synced_at = written_at WHERE kind = 'caldav'"
    )


def migrate_targets(connection: Connection) -> int:
    """Create the target tables and move ``calendar_exports`` rows to file targets.

    Runs inside the caller's transaction (the migration ladder's); safe to run
    again. Returns the number of event records moved.
    """
    Base.metadata.create_all(connection, tables=TABLES, checkfirst=True)
    if not inspect(connection).has_table(ExportRow.__tablename__):
        return 0
    old = ExportRow.__table__
    rows = connection.execute(select(old).order_by(old.c.plan_id, old.c.id)).all()
    targets: dict[int, int] = {}
    for row in rows:
        target_id = targets.get(row.plan_id)
        if target_id is None:
            found = connection.execute(
                select(CalendarTargetRow.id).where(
                    CalendarTargetRow.plan_id == row.plan_id,
                    CalendarTargetRow.kind == FILE,
                    CalendarTargetRow.location == LEGACY_LOCATION,
                )
            ).scalar()
            if found is None:
                created = connection.execute(
                    insert(CalendarTargetRow).values(
                        plan_id=row.plan_id,
                        kind=FILE,
                        location=LEGACY_LOCATION,
                        username="",
                        sync_token="",
                        ctag="",
                        created_at=row.exported_at,
                        written_at=row.exported_at,
                    )
                ).inserted_primary_key
                assert created is not None
                found = created[0]
            targets[row.plan_id] = target_id = int(found)
        connection.execute(
            insert(TargetEventRow)
            .values(
                target_id=target_id,
                uid=row.uid,
                sequence=row.sequence,
                content_hash=row.content_hash,
                cancelled=row.cancelled,
                payload_json=row.payload_json,
                etag="",
                href="",
                written_at=row.exported_at,
            )
            .prefix_with("OR IGNORE")
        )
    connection.execute(delete(ExportRow))
    return len(rows)
