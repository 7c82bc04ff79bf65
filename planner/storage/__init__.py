"""SQLite storage through SQLAlchemy 2: models, engine, migrations, backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.messages import Message
from planner.storage import attempts as _attempts  # noqa: F401  (its tables join the schema)
from planner.storage import plan_facts as _plan_facts  # noqa: F401  (its table joins the schema)
from planner.storage import targets as _targets  # noqa: F401  (its tables join the schema)
from planner.storage.backups import newest_good_backup, take_backup
from planner.storage.db import (
    DB_FILENAME,
    SCHEMA_VERSION,
    DamagedDatabaseError,
    Database,
    FileState,
    FileTroubleError,
    NewerDatabaseError,
    StorageError,
    check_file,
    damage_message,
    detail_message,
    quarantine,
    repair_version,
)

__all__ = [
    "DB_FILENAME",
    "DamagedDatabaseError",
    "Database",
    "FileTroubleError",
    "NewerDatabaseError",
    "StorageError",
    "open_database",
]


# Trouble that is not damage: the file is left exactly as it is.
TROUBLE = {
    FileState.CREATING: "error.file_creating",
    FileState.DENIED: "error.file_denied",
    FileState.NOT_A_FILE: "error.file_not_a_file",
    FileState.JOURNAL_FOLDER: "error.file_journal_folder",
    FileState.UNREADABLE: "error.file_unreadable",
}


def open_database(data_dir: Path, now: datetime) -> Database:
    """Open (or create) the plans database in ``data_dir`` after checking it.

    Raises :class:`DamagedDatabaseError` after moving a bad file aside, naming
    the newest good backup, and :class:`NewerDatabaseError` for a file written
    by a newer version (left untouched).
    """
    path = data_dir / DB_FILENAME
    check = check_file(path)
    if check.state in {FileState.DAMAGED, FileState.FOREIGN}:
        from planner.storage.lock import held_elsewhere

        good = newest_good_backup(data_dir)
        offer: Message | str = (
            Message("error.offer_backup", {"id": good.id}) if good is not None else ""
        )
        detail = detail_message(check.detail)
        if held_elsewhere(data_dir):  # never move a file another Study Planner has open
            raise DamagedDatabaseError(
                Message("error.damaged_open_elsewhere", {"path": str(path), "detail": detail})
                if not offer
                else Message(
                    "error.then",
                    {
                        "first": Message(
                            "error.damaged_open_elsewhere", {"path": str(path), "detail": detail}
                        ),
                        "then": offer,
                    },
                ),
                None,
                check.detail,
            )
        moved = quarantine(path, now)
        message = damage_message(path, check.detail, moved)
        then = offer or Message("error.no_backup_new_file")
        raise DamagedDatabaseError(
            Message("error.then", {"first": message, "then": then}), moved, check.detail
        )
    if check.state in TROUBLE:
        raise FileTroubleError(
            Message(
                TROUBLE[check.state],
                {"path": str(path), "detail": detail_message(check.detail)},
            )
        )
    if check.state is FileState.REPAIR_VERSION:
        repair_version(path, check.version)  # the tables fit that version; the number did not
        check = check_file(path)
    if check.state is FileState.BUSY:
        raise StorageError(Message("error.file_busy", {"path": str(path)}))
    if check.state is FileState.NEWER:
        raise NewerDatabaseError(
            Message(
                "error.file_newer",
                {"path": str(path), "version": check.version, "max": SCHEMA_VERSION},
            )
        )
    if check.state is FileState.OLD:
        take_backup(data_dir, f"before-migration-v{check.version}", now)
    db = Database(path)
    if check.state in {FileState.MISSING, FileState.OLD}:
        try:
            db.migrate(check.version)
        except Exception:
            db.close()
            raise
    return db
