"""SQLite storage through SQLAlchemy 2: models, engine, migrations, backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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
    FileState.CREATING: (
        "Your plans file {path} is being created by another Study Planner right now; "
        "try again in a moment. Nothing was changed."
    ),
    FileState.DENIED: (
        "Your plans file {path} cannot be opened: permission denied ({detail}). Check the "
        "permissions of the file and its folder; nothing was changed."
    ),
    FileState.NOT_A_FILE: (
        "{path} is {detail}, not a plans file, so Study Planner does not open it. Move it "
        "out of the data folder; nothing was changed."
    ),
    FileState.JOURNAL_FOLDER: (
        "Your plans file {path} cannot be used: {detail} where SQLite keeps its journal. "
        "Move or rename it; your plans file was not changed."
    ),
    FileState.UNREADABLE: (
        "Your plans file {path} cannot be read right now ({detail}); nothing was changed. "
        "Try again; 'study-planner check' checks the file."
    ),
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
        offer = (
            f" The newest good backup is {good.id}; restore it with "
            f"'study-planner restore {good.id}'."
            if good is not None
            else ""
        )
        if held_elsewhere(data_dir):  # never move a file another Study Planner has open
            raise DamagedDatabaseError(
                f"Your plans file {path} looks damaged: {check.detail}. Study Planner is "
                f"open with this folder elsewhere; close it, then try again.{offer}",
                None,
                check.detail,
            )
        moved = quarantine(path, now)
        message = damage_message(path, check.detail, moved)
        if good is not None:
            message += offer
        else:
            message += " There is no backup to restore; a new, empty plans file will be started."
        raise DamagedDatabaseError(message, moved, check.detail)
    if check.state in TROUBLE:
        raise FileTroubleError(TROUBLE[check.state].format(path=path, detail=check.detail))
    if check.state is FileState.REPAIR_VERSION:
        repair_version(path, check.version)  # the tables fit that version; the number did not
        check = check_file(path)
    if check.state is FileState.BUSY:
        raise StorageError(
            f"Your plans file {path} is busy: another program holds it. Try again in a "
            "moment; nothing was changed."
        )
    if check.state is FileState.NEWER:
        raise NewerDatabaseError(
            f"{path} was written by a newer Study Planner (schema {check.version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Study Planner to open it; "
            "the file was not changed."
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
