"""Opening the plans database safely.

On open the file is checked before anything is written to it:

- no file: a new database is created in one transaction;
- a 0-byte file, a file that is not SQLite, a file that fails SQLite's
  ``quick_check``, or a SQLite file of another application: damage. The file is
  moved aside (never deleted or overwritten) and :class:`DamagedDatabaseError`
  says where it went and which backup is the newest good one;
- a file written by a newer Study Planner: :class:`NewerDatabaseError`, and the
  file is left alone;
- an older schema: a verified backup is taken, then the migration ladder runs
  in one transaction.

Every connection gets ``foreign_keys=ON``, a busy timeout, the rollback
journal and ``synchronous=FULL`` (docs/decisions.md, "Rollback journal, not WAL": Python 3.11's
SQLite). We issue ``BEGIN IMMEDIATE`` ourselves so that each session is one
real transaction, DDL included, and a second writer waits rather than fails.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from planner.errors import InternalError, PlannerError
from planner.storage.attempts import migrate_attempts
from planner.storage.models import Base
from planner.storage.targets import migrate_targets

DB_FILENAME = "planner.db"
APPLICATION_ID = 0x53504C4E  # "SPLN": marks a file as ours
SCHEMA_VERSION = 3
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StorageError(PlannerError):
    """A storage failure with a message meant for the user."""


class DamagedDatabaseError(StorageError):
    """The plans file was damaged and moved aside; ``detail`` says what was wrong with it."""

    def __init__(self, message: str, moved_to: Path | None, detail: str = "") -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.detail = detail


class NewerDatabaseError(StorageError):
    pass


class WriteFailedError(StorageError):
    """SQLite could not save (disk full, read-only, I/O error); the action was rolled back."""


def write_failure_message(exc: BaseException, path: Path) -> str:
    """Plain words for a SQLite failure; every action is one transaction, so nothing was saved."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return (
            "Your disk is full; nothing was saved. Free some space and try again "
            "(your plans are as they were)."
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or (
        "readonly" in text or "unable to open" in text
    ):
        return (
            f"Your plans file {path} cannot be written (the folder or disk is read-only); "
            "nothing was saved."
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return "Your plans file is busy in another program; nothing was saved. Try again."
    if primary == sqlite3.SQLITE_IOERR or "i/o error" in text:
        return f"The disk reported an error while saving to {path}; nothing was saved."
    return f"Your plans file {path} could not be used ({orig}); nothing was saved."


@dataclass(frozen=True)
class FileCheck:
    state: str  # "missing", "ok", "old", "newer", "damaged", "foreign", "busy"
    detail: str = ""
    version: int = 0


def check_file(path: Path) -> FileCheck:
    """Look at a database file without writing to it (beyond SQLite's own crash recovery)."""
    if not path.exists():
        return FileCheck("missing")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return FileCheck("damaged", f"it cannot be read ({exc.strerror or exc})")
    if size == 0:
        return FileCheck("damaged", "it is empty (0 bytes) although it should hold your plans")
    if header != SQLITE_HEADER:
        return FileCheck("damaged", "it is not a SQLite database (its header is wrong)")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):  # in use by another process: not damage
            return FileCheck("busy", str(exc))
        return FileCheck("damaged", f"SQLite cannot read it ({exc})")
    except sqlite3.DatabaseError as exc:
        return FileCheck("damaged", f"SQLite cannot read it ({exc})")
    if result != ["ok"]:
        return FileCheck("damaged", f"SQLite's integrity check failed ({'; '.join(result[:3])})")
    if app_id != APPLICATION_ID:
        return FileCheck("foreign", "it is a SQLite database of another application")
    if version > SCHEMA_VERSION:
        return FileCheck("newer", version=version)
    if version < SCHEMA_VERSION:
        return FileCheck("old", version=version)
    return FileCheck("ok", version=version)


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def quarantine(path: Path, now: datetime) -> Path:
    """Move a bad database (and its journal) aside under a name that says why; never delete."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.rename(target)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        journal.rename(target.with_name(target.name + "-journal"))
    return target


def _configure(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we send BEGIN ourselves (see module doc)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool, pool_size=1, max_overflow=0
    )
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


Migration = Callable[[Session], None]


def _create(session: Session) -> None:
    """A new, empty file gets the current schema in one go."""
    Base.metadata.create_all(session.connection())


def _v1_to_v2(session: Session) -> None:
    """Version 2: a day with less time can also move its session (after a busy evening)."""
    session.connection().exec_driver_sql("ALTER TABLE plan_day_limits ADD COLUMN start VARCHAR(5)")


def _v2_to_v3(session: Session) -> None:
    """Version 3: the operation ledger (undo and redo owned by the file), a pointer to the
    baseline in force, each item's done flag, and one record per calendar target."""
    from planner.storage.models import OperationRow

    connection = session.connection()
    connection.exec_driver_sql("ALTER TABLE plans ADD COLUMN baseline_id INTEGER")
    connection.exec_driver_sql("ALTER TABLE plan_items ADD COLUMN done BOOLEAN NOT NULL DEFAULT 0")
    OperationRow.__table__.create(connection)  # type: ignore[attr-defined]
    # One record per calendar a plan was written to (a file, a CalDAV calendar).
    migrate_targets(connection)
    # An item is done when its newest done/undone event that no revert cancels is "done".
    connection.exec_driver_sql(DONE_ITEMS_SQL.format(target="plan_items"))
    migrate_attempts(connection)  # practice-exam attempts and their domain scores


# Items whose ledger says "done": the newest non-reverted done/undone event per item.
DONE_ITEMS_SQL = """
UPDATE {target} SET done = EXISTS (
    SELECT 1 FROM events AS e
    WHERE e.plan_id = {target}.plan_id AND e.item_key = {target}.key AND e.kind = 'done'
      AND e.id = (
        SELECT MAX(x.id) FROM events AS x
        WHERE x.plan_id = e.plan_id AND x.item_key = e.item_key
          AND x.kind IN ('done', 'undone')
          AND x.id NOT IN (SELECT r.reverts_id FROM events AS r
                           WHERE r.kind = 'revert' AND r.reverts_id IS NOT NULL)
      )
)
"""


# Each entry upgrades a database from the key's version to the next one. Every released
# version has a fixture in tests/storage/fixtures that must keep opening.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3}


class Database:
    """One open plans database: an engine with a single connection and a session factory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed as a whole, or not at all.

        A SQLite failure (disk full, read-only folder, I/O error) rolls the action back
        and becomes :class:`WriteFailedError` with a message in plain words.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except (IntegrityError, ProgrammingError, InterfaceError) as exc:
            # Our own logic broke a rule of the schema: a bug, not a damaged file.
            from planner.logs import unexpected

            where = unexpected(exc, f"saving to {self.path.name}")
            error = InternalError(type(exc.orig or exc).__name__, where)
            error.logged = True
            raise error from exc
        except (DBAPIError, sqlite3.Error) as exc:
            raise WriteFailedError(write_failure_message(exc, self.path)) from exc

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self, from_version: int) -> None:
        with self.transaction() as session:
            if from_version == 0:
                _create(session)
            else:
                for version in range(from_version, SCHEMA_VERSION):
                    MIGRATIONS[version](session)
            session.connection().exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            session.connection().exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def damage_message(path: Path, detail: str, moved_to: Path | None) -> str:
    where = f" It was moved aside to {moved_to.name}; nothing was deleted." if moved_to else ""
    return f"Your plans file {path} is damaged: {detail}.{where}"


def full_check(path: Path) -> list[str]:
    """SQLite's full integrity and foreign-key checks; an empty list means all is well."""
    state = check_file(path)
    if state.state == "missing":
        return [f"There is no plans file at {path} yet."]
    if state.state in {"damaged", "foreign"}:
        return [f"{path} is damaged: {state.detail}."]
    if state.state == "busy":
        return [f"{path} is busy (another program holds it); try again in a moment."]
    problems: list[str] = []
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows)
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
    except sqlite3.DatabaseError as exc:
        problems.append(f"SQLite cannot read it ({exc})")
    finally:
        conn.close()
    return problems
