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

import math
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from planner.errors import InternalError, PlannerError
from planner.messages import Message
from planner.storage.attempts import migrate_attempts
from planner.storage.models import Base
from planner.storage.plan_facts import migrate_plan_facts
from planner.storage.schema5 import migrate_to_v5
from planner.storage.targets import add_sync_columns, migrate_targets

DB_FILENAME = "planner.db"
APPLICATION_ID = 0x53504C4E  # "SPLN": marks a file as ours
SCHEMA_VERSION = 5
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StorageError(PlannerError):
    """A storage failure with a message meant for the user."""


class DamagedDatabaseError(StorageError):
    """The plans file was damaged and moved aside; ``detail`` says what was wrong with it."""

    def __init__(self, message: Message | str, moved_to: Path | None, detail: str = "") -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.detail = detail


class NewerDatabaseError(StorageError):
    pass


class FileTroubleError(StorageError):
    """The plans file cannot be used now (busy, permissions, not a file); it is not damaged."""


class StoredValueError(StorageError):
    """A row SQLite returns but the app cannot turn back into a value (a damaged file)."""


def _raised_reading_rows(exc: BaseException) -> bool:
    """True if ``exc`` came from SQLAlchemy turning a stored value into a Python one."""
    frames: list[str] = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_filename.replace("\\", "/"))
        tb = tb.tb_next
    return any(
        "sqlalchemy/" in name
        and any(k in name for k in ("result", "loading", "processors", "cursor"))
        for name in frames
    )


class WriteFailedError(StorageError):
    """SQLite could not save (disk full, read-only, I/O error); the action was rolled back."""


def write_failure_message(exc: BaseException, path: Path) -> Message:
    """Plain words for a SQLite failure; every action is one transaction, so nothing was saved."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return Message("error.disk_full")
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or (
        "readonly" in text or "unable to open" in text
    ):
        return Message("error.read_only", {"path": str(path)})
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return Message("error.busy_saving")
    if primary == sqlite3.SQLITE_IOERR or "i/o error" in text:
        return Message("error.disk_error", {"path": str(path)})
    return Message("error.not_usable", {"path": str(path), "reason": str(orig)})


class FileState(StrEnum):
    """What a look at the plans file found: damage that is moved aside (``DAMAGED``,
    ``FOREIGN``), trouble that leaves the file alone, or a file fit to open."""

    MISSING = "missing"
    OK = "ok"
    OLD = "old"  # an older schema: migrated after a backup
    NEWER = "newer"  # written by a newer Study Planner: left alone
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # another application's SQLite file
    BUSY = "busy"
    CREATING = "creating"  # another Study Planner is writing it right now
    DENIED = "denied"
    NOT_A_FILE = "not-a-file"
    JOURNAL_FOLDER = "journal-folder"
    UNREADABLE = "unreadable"
    REPAIR_VERSION = "repair-version"  # a wrong schema number the tables contradict


@dataclass(frozen=True)
class FileCheck:
    state: FileState
    detail: str = ""
    version: int = 0


# The tables and columns of each released schema, frozen as released: a file that says
# it is version N must have these (and none of the later columns). The current version
# is read from the models. Add the outgoing version here when SCHEMA_VERSION goes up.
_V2: dict[str, frozenset[str]] = {
    "plans": frozenset(
        [
            "archived",
            "certification_id",
            "cloud",
            "created_at",
            "exam_date",
            "exam_name",
            "exam_retired_on",
            "hours_per_week",
            "id",
            "last_used_at",
            "max_session_hours",
            "name",
            "path_id",
            "prep_weeks",
            "session_start",
            "start_date",
            "study_days",
            "timezone",
            "uid",
            "week_start",
        ]
    ),
    "settings": frozenset({"key", "value"}),
    "baselines": frozenset({"created_at", "id", "plan_id", "reason", "schedule_json"}),
    "calendar_exports": frozenset(
        [
            "cancelled",
            "content_hash",
            "exported_at",
            "id",
            "payload_json",
            "plan_id",
            "sequence",
            "uid",
        ]
    ),
    "events": frozenset(
        [
            "created_at",
            "hours",
            "id",
            "item_key",
            "kind",
            "on_date",
            "plan_id",
            "previous_hours",
            "reverts_id",
        ]
    ),
    "plan_day_limits": frozenset({"day", "hours", "id", "plan_id", "source", "start"}),
    "plan_days_off": frozenset({"first", "id", "last", "plan_id"}),
    "plan_items": frozenset(
        [
            "catalog_hours",
            "group_key",
            "group_title",
            "hours",
            "hours_is_estimate",
            "id",
            "key",
            "kind",
            "plan_id",
            "position",
            "title",
            "url",
        ]
    ),
}
_V3: dict[str, frozenset[str]] = {
    **_V2,
    "plans": _V2["plans"] | {"baseline_id", "item_count", "done_count"},
    "plan_items": _V2["plan_items"] | {"done"},
    "attempt_domains": frozenset({"attempt_id", "domain", "id", "position", "score"}),
    "attempts": frozenset({"active", "created_at", "id", "plan_id", "score", "source", "taken_on"}),
    "calendar_target_events": frozenset(
        [
            "cancelled",
            "content_hash",
            "etag",
            "href",
            "id",
            "payload_json",
            "sequence",
            "target_id",
            "uid",
            "written_at",
        ]
    ),
    "calendar_targets": frozenset(
        [
            "created_at",
            "ctag",
            "id",
            "kind",
            "location",
            "plan_id",
            "sync_token",
            "username",
            "written_at",
        ]
    ),
    "exam_sittings": frozenset(
        [
            "active",
            "confirmation",
            "created_at",
            "delivery",
            "exam_on",
            "id",
            "plan_id",
            "result",
            "result_on",
            "start_time",
        ]
    ),
    "operations": frozenset(
        {"created_at", "data_json", "id", "kind", "label", "plan_id", "state", "undone_seq"}
    ),
    "plan_facts": frozenset(
        [
            "catalog_checked",
            "catalog_version",
            "certification_id",
            "course_hours_json",
            "domains_json",
            "kept_json",
            "language",
            "plan_id",
            "successor_id",
        ]
    ),
    "readiness_targets": frozenset({"margin", "pass_mark", "plan_id"}),
}
_V4: dict[str, frozenset[str]] = {
    **_V3,
    "calendar_targets": _V3["calendar_targets"] | {"tasks", "last_synced_at", "last_result"},
}
RELEASED_SCHEMAS: dict[int, dict[str, frozenset[str]]] = {
    1: {**_V2, "plan_day_limits": _V2["plan_day_limits"] - {"start"}},
    2: _V2,
    3: _V3,
    4: _V4,
}
# A schema version this far above ours is not a newer release but a damaged header.
_IMPLAUSIBLE_VERSION = SCHEMA_VERSION + 1000


def _current_schema() -> dict[str, set[str]]:
    return {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}


def _expected_schema(version: int) -> dict[str, set[str]]:
    """Tables and columns a file of ``version`` has ({} for a version we know nothing of)."""
    if version >= SCHEMA_VERSION:
        return _current_schema()
    return {table: set(columns) for table, columns in RELEASED_SCHEMAS.get(version, {}).items()}


def _expected_indexes() -> set[str]:
    return {
        str(index.name)
        for table in Base.metadata.sorted_tables
        for index in table.indexes
        if index.name
    }


def schema_problems(conn: sqlite3.Connection, version: int, *, indexes: bool = False) -> list[str]:
    """What is missing from (or ahead of) the schema a file of ``version`` must have."""
    return [p.english() for p in schema_problem_messages(conn, version, indexes=indexes)]


def schema_problem_messages(
    conn: sqlite3.Connection, version: int, *, indexes: bool = False
) -> list[Message]:
    """:func:`schema_problems` as messages."""
    problems: list[Message] = []
    present = {
        name: kind for name, kind in conn.execute("SELECT name, type FROM sqlite_master").fetchall()
    }
    for table, columns in _expected_schema(version).items():
        if present.get(table) != "table":
            problems.append(Message("check.no_table", {"table": table}))
            continue
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()}
        problems.extend(
            Message("check.no_column", {"column": f"{table}.{c}"}) for c in sorted(columns - have)
        )
        if version < SCHEMA_VERSION:  # a later column would make its migration fail
            later = _current_schema().get(table, set()) - columns
            problems.extend(
                Message("check.later_column", {"column": f"{table}.{c}", "version": version})
                for c in sorted(later & have)
            )
    if indexes and version == SCHEMA_VERSION:  # a missing index slows, it loses nothing
        for index in sorted(_expected_indexes()):
            if present.get(index) != "index":
                problems.append(Message("check.no_index", {"index": index}))
    return problems


def check_file(path: Path) -> FileCheck:
    """Look at a database file without writing to it (beyond SQLite's own crash recovery).

    Only what is surely damage is called "damaged"; a file that is busy, being
    created, not readable for this user, or not a regular file (a folder, a pipe, a
    device: never opened, so opening never blocks) gets its own state and is left
    alone.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return FileCheck(FileState.MISSING)
    except PermissionError as exc:
        return FileCheck(FileState.DENIED, exc.strerror or str(exc))
    except OSError as exc:
        return FileCheck(FileState.UNREADABLE, exc.strerror or str(exc))
    if not stat.S_ISREG(st.st_mode):
        return FileCheck(FileState.NOT_A_FILE, _file_kind(st.st_mode))
    journal = path.with_name(path.name + "-journal")
    try:
        jst = os.lstat(journal)
    except OSError:
        jst = None
    if jst is not None and not stat.S_ISREG(jst.st_mode):
        return FileCheck(FileState.JOURNAL_FOLDER, f"{journal.name} is {_file_kind(jst.st_mode)}")
    creating = _held_elsewhere(path.parent)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        return FileCheck(FileState.DENIED, exc.strerror or str(exc))
    except OSError as exc:
        return FileCheck(FileState.UNREADABLE, exc.strerror or str(exc))
    if len(header) < 100 and creating:
        return FileCheck(FileState.CREATING, "another Study Planner is writing it right now")
    if st.st_size == 0:
        return FileCheck(
            FileState.DAMAGED, "it is empty (0 bytes) although it should hold your plans"
        )
    if not header.startswith(SQLITE_HEADER):
        return FileCheck(FileState.DAMAGED, "it is not a SQLite database (its header is wrong)")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.text_factory = _lenient_text  # a damaged schema may hold any bytes
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            schema = schema_problems(conn, version) if result == ["ok"] else []
            unknown = version < SCHEMA_VERSION and version not in RELEASED_SCHEMAS
            odd = bool(schema) or unknown or version > _IMPLAUSIBLE_VERSION
            fits = _fitting_version(conn) if result == ["ok"] and odd else None
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _sqlite_trouble(exc)
    except UnicodeDecodeError:  # SQLite's own message quotes the damaged bytes
        return FileCheck(FileState.DAMAGED, "SQLite cannot read its structure (damaged names)")
    if result != ["ok"]:
        return FileCheck(
            FileState.DAMAGED, f"SQLite's integrity check failed ({'; '.join(result[:3])})"
        )
    if app_id != APPLICATION_ID:
        if app_id == 0 and tables == 0 and creating:
            return FileCheck(FileState.CREATING, "another Study Planner is writing it right now")
        return FileCheck(FileState.FOREIGN, "it is a SQLite database of another application")
    if fits is not None and (
        (fits != version and version <= SCHEMA_VERSION) or version > _IMPLAUSIBLE_VERSION
    ):
        # The tables are exactly those of schema ``fits``: only the number is wrong.
        return FileCheck(FileState.REPAIR_VERSION, f"its schema number reads {version}", fits)
    if version > _IMPLAUSIBLE_VERSION:
        return FileCheck(FileState.DAMAGED, f"its schema number reads {version}", version)
    if version > SCHEMA_VERSION:
        return FileCheck(FileState.NEWER, version=version)
    if schema:
        return FileCheck(FileState.DAMAGED, "; ".join(schema[:3]), version)
    if version < SCHEMA_VERSION:
        return FileCheck(FileState.OLD, version=version)
    return FileCheck(FileState.OK, version=version)


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _sqlite_trouble(exc: sqlite3.Error) -> FileCheck:
    """Tell a file SQLite cannot open *now* (busy, no permission, disk error) from damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if _is_busy(exc):  # in use by another process: not damage
        return FileCheck(FileState.BUSY, str(exc))
    if primary in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_AUTH):
        return FileCheck(FileState.DENIED, str(exc))
    if primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR) or "unable to open" in text:
        return FileCheck(FileState.UNREADABLE, str(exc))
    return FileCheck(FileState.DAMAGED, f"SQLite cannot read it ({exc})")


def _held_elsewhere(data_dir: Path) -> bool:
    """True if another process holds the data folder's lock (creating or writing)."""
    from planner.storage.lock import held_elsewhere

    return held_elsewhere(data_dir)


def _fitting_version(conn: sqlite3.Connection) -> int | None:
    """The newest schema version whose tables and columns the file has exactly."""
    for version in sorted({*RELEASED_SCHEMAS, SCHEMA_VERSION}, reverse=True):
        if not schema_problems(conn, version):
            return version
    return None


def repair_version(path: Path, version: int = SCHEMA_VERSION) -> None:
    """Set the schema number of a file whose tables fit ``version`` but whose number does not."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA user_version={int(version)}")
        conn.commit()
    finally:
        conn.close()


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
    for column in ("item_count", "done_count"):
        connection.exec_driver_sql(
            f"ALTER TABLE plans ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0"
        )
    connection.exec_driver_sql(COUNTS_SQL.format(where="1"))
    migrate_plan_facts(connection)
    migrate_attempts(connection)  # practice-exam attempts and their domain scores


def _v3_to_v4(session: Session) -> None:
    """Version 4: a calendar's sync setup (tasks on or off, the last sync and its result)."""
    add_sync_columns(session.connection())


def _v4_to_v5(session: Session) -> None:
    """Version 5: undo labels as messages, and the spaced review's share as a setting."""
    migrate_to_v5(session.connection())


# Each plan's item and done counts, from its items' done flags.
COUNTS_SQL = """
UPDATE plans SET
    item_count = (SELECT COUNT(*) FROM plan_items AS i WHERE i.plan_id = plans.id),
    done_count = (SELECT COUNT(*) FROM plan_items AS i WHERE i.plan_id = plans.id AND i.done)
WHERE {where}
"""

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
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


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
        except (ValueError, TypeError, OverflowError) as exc:
            if not _raised_reading_rows(exc):
                raise
            from planner.text import shown

            raise StoredValueError(
                Message("error.stored_value", {"path": str(self.path), "reason": shown(exc, 120)})
            ) from exc

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


def damage_message(path: Path, detail: str, moved_to: Path | None) -> Message:
    where = Message("error.moved_aside", {"name": moved_to.name}) if moved_to else ""
    return Message(
        "error.file_damaged", {"path": str(path), "detail": detail_message(detail), "where": where}
    )


# What check_file says about a file (``FileCheck.detail``, English), as messages.
_DETAILS = {
    "it is empty (0 bytes) although it should hold your plans": "error.detail_empty",
    "it is not a SQLite database (its header is wrong)": "error.detail_header",
    "SQLite cannot read its structure (damaged names)": "error.detail_names",
    "it is a SQLite database of another application": "error.detail_foreign",
    "another Study Planner is writing it right now": "error.detail_writing",
    "a folder": "error.kind_folder",
    "a named pipe": "error.kind_pipe",
    "a device": "error.kind_device",
    "a socket": "error.kind_socket",
    "not a regular file": "error.kind_other",
}
_DETAIL_SHAPES = (
    (re.compile(r"^SQLite's integrity check failed \((?P<what>.*)\)$"), "error.detail_integrity"),
    (re.compile(r"^its schema number reads (?P<number>\d+)$"), "error.detail_schema_number"),
    (re.compile(r"^SQLite cannot read it \((?P<what>.*)\)$"), "error.detail_sqlite"),
)


def detail_message(detail: str) -> Message | str:
    """``FileCheck.detail`` in the user's language where it has a known shape; SQLite's
    own words inside it, and other details, stay as they are."""
    known = _DETAILS.get(detail)
    if known is not None:
        return Message(known)
    for shape, id in _DETAIL_SHAPES:
        match = shape.match(detail)
        if match:
            return Message(id, match.groupdict())
    name, sep, kind = detail.partition(" is ")
    if sep and kind in _DETAILS and name.endswith("-journal"):
        return Message("error.journal_is", {"name": name, "kind": Message(_DETAILS[kind])})
    return detail


def full_check(path: Path) -> list[str]:
    """Everything we can check; an empty list means all is well. English, for logs and
    scripts; :func:`check_problems` says the same in the user's language."""
    return [p.english() if isinstance(p, Message) else p for p in check_problems(path)]


def check_problems(path: Path) -> list[Message | str]:
    """Everything we can check, as messages; an empty list means all is well.

    SQLite's ``integrity_check`` (every page, every index against its table) and
    ``foreign_key_check``, then our own: every table, column and index the app relies
    on, and every stored value of the right type, dates and times that parse, text
    that is valid UTF-8, JSON that reads, times of day and weekday names.
    """
    state = check_file(path)
    where = {"path": str(path)}
    if state.state is FileState.MISSING:
        return [Message("check.missing", where)]
    if state.state in {FileState.DAMAGED, FileState.FOREIGN}:
        return [Message("check.damaged", where | {"detail": detail_message(state.detail)})]
    if state.state is FileState.BUSY:
        return [Message("check.busy", where)]
    if state.state is FileState.NEWER:
        return [Message("check.newer", where | {"version": state.version})]
    if state.state not in {FileState.OK, FileState.OLD, FileState.REPAIR_VERSION}:
        detail = detail_message(state.detail) if state.detail else f"{state.state}"
        return [Message("check.cannot", where | {"detail": detail})]
    problems: list[Message | str] = []
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.text_factory = _lenient_text
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(Message("check.integrity", {"what": r}) for r in rows[:20])
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            args = {"table": table, "row": rowid, "parent": parent}
            problems.append(Message("check.foreign_key", args))
            if len(problems) > 40:
                break
        version = state.version if state.state is not FileState.REPAIR_VERSION else SCHEMA_VERSION
        problems.extend(
            Message("check.schema", {"what": p})
            for p in schema_problem_messages(conn, version, indexes=True)
        )
        if not problems:
            problems.extend(value_problem_messages(conn, version))
    except sqlite3.DatabaseError as exc:
        problems.append(Message("error.detail_sqlite", {"what": str(exc)}))
    except UnicodeDecodeError:
        problems.append(Message("error.detail_names"))
    finally:
        conn.close()
    return problems


def _event_kinds() -> set[str]:
    from planner.core.ledger import EventKind

    return {k.value for k in EventKind}


def _item_kinds() -> set[str]:
    from planner.core.plan import ItemKind

    return {k.value for k in ItemKind}


_CHOICES = {"events.kind": _event_kinds, "plan_items.kind": _item_kinds}
_WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_HHMM = ("plans.session_start", "plan_day_limits.start")


def value_problems(conn: sqlite3.Connection, version: int, limit: int = 20) -> list[str]:
    """Stored values the app could not read back, as "table row id: column ..." lines."""
    return [p.english() for p in value_problem_messages(conn, version, limit)]


# Why a stored value cannot be read back (value_problem_messages), by its English words.
_WHY = {
    "is empty": "check.why_empty",
    "is not yes or no": "check.why_bool",
    "is not a whole number": "check.why_integer",
    "is not a number": "check.why_number",
    "is not text": "check.why_not_text",
    "is not valid text": "check.why_bad_text",
    "holds an unknown kind": "check.why_kind",
    "is not a time zone this computer knows": "check.why_zone",
    "holds an unknown weekday": "check.why_weekday",
    "cannot be read": "check.why_unreadable",
}


def value_problem_messages(
    conn: sqlite3.Connection, version: int, limit: int = 20
) -> list[Message]:
    """:func:`value_problems` as messages."""
    from sqlalchemy import Boolean, Float, Integer

    problems: list[Message] = []
    conn.text_factory = bytes
    try:
        for table in Base.metadata.sorted_tables:
            wanted = _expected_schema(version).get(table.name)
            if wanted is None:
                continue
            columns = [c for c in table.columns if c.name in wanted]
            names = ", ".join(f'"{c.name}"' for c in columns)
            cursor = conn.execute(f'SELECT rowid, {names} FROM "{table.name}"')
            for row in cursor:
                rowid, values = row[0], row[1:]
                for column, value in zip(columns, values, strict=True):
                    where = {"table": table.name, "row": rowid, "column": column.name}
                    kind = column.type
                    why = ""
                    if value is None:
                        if not column.nullable and not column.primary_key:
                            why = "is empty"
                    elif isinstance(kind, Boolean):
                        why = "" if value in (0, 1) else "is not yes or no"
                    elif isinstance(kind, Integer):
                        why = "" if isinstance(value, int) else "is not a whole number"
                    elif isinstance(kind, Float):
                        ok = isinstance(value, int | float) and math.isfinite(value)
                        why = "" if ok else "is not a number"
                    elif not isinstance(value, bytes):
                        why = "is not text"
                    else:
                        try:
                            text = value.decode("utf-8")
                        except UnicodeDecodeError:
                            why = "is not valid text"
                        else:
                            why = _text_problem(kind, column.name, table.name, text)
                    if why:
                        problems.append(Message("check.value", where | {"why": Message(_WHY[why])}))
                        if len(problems) >= limit:
                            return problems
    finally:
        conn.text_factory = _lenient_text
    return problems


def _text_problem(kind: object, column: str, table: str, text: str) -> str:
    import json
    from datetime import date as _date
    from datetime import datetime as _datetime
    from datetime import time as _time

    from sqlalchemy import Date, DateTime

    from planner.storage.models import UTCDateTime

    name = f"{table}.{column}"
    if name in _CHOICES and text not in _CHOICES[name]():
        return "holds an unknown kind"
    if name == "plans.timezone":
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(text)
        except (ValueError, OSError, KeyError):  # ZoneInfoNotFoundError is a KeyError
            return "is not a time zone this computer knows"
    try:
        if isinstance(kind, UTCDateTime | DateTime):
            _datetime.fromisoformat(text)
        elif isinstance(kind, Date):
            _date.fromisoformat(text)
        elif column.endswith("_json") and (text or f"{table}.{column}" != "operations.label_json"):
            _read_json(f"{table}.{column}", json.loads(text))
        elif f"{table}.{column}" in _HHMM:
            _time.fromisoformat(text)
        elif f"{table}.{column}" == "plans.study_days" and not (
            {d for d in text.split(",") if d} <= _WEEKDAYS
        ):
            return "holds an unknown weekday"
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OverflowError):
        return "cannot be read"
    return ""


def _read_json(name: str, value: object) -> None:
    """Read a stored JSON value the way the app does; raises if it cannot."""
    if name == "baselines.schedule_json":
        from planner.core.codec import schedule_from_dict

        schedule_from_dict(value)  # type: ignore[arg-type]
    elif name == "calendar_exports.payload_json":
        from planner.ical.export import ExportRecord

        ExportRecord.from_dict(value)  # type: ignore[arg-type]
