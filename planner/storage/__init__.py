"""SQLite storage through SQLAlchemy 2: models, engine, migrations, backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.storage import attempts as _attempts  # noqa: F401  (its tables join the schema)
from planner.storage import targets as _targets  # noqa: F401  (its tables join the schema)
from planner.storage.backups import newest_good_backup, take_backup
from planner.storage.db import (
    DB_FILENAME,
    SCHEMA_VERSION,
    DamagedDatabaseError,
    Database,
    NewerDatabaseError,
    StorageError,
    check_file,
    damage_message,
    quarantine,
)

__all__ = [
    "DB_FILENAME",
    "DamagedDatabaseError",
    "Database",
    "NewerDatabaseError",
    "StorageError",
    "open_database",
]


def open_database(data_dir: Path, now: datetime) -> Database:
    """Open (or create) the plans database in ``data_dir`` after checking it.

    Raises :class:`DamagedDatabaseError` after moving a bad file aside, naming
    the newest good backup, and :class:`NewerDatabaseError` for a file written
    by a newer version (left untouched).
    """
    path = data_dir / DB_FILENAME
    check = check_file(path)
    if check.state in {"damaged", "foreign"}:
        moved = quarantine(path, now)
        message = damage_message(path, check.detail, moved)
        good = newest_good_backup(data_dir)
        if good is not None:
            message += (
                f" The newest good backup is {good.id}; restore it with "
                f"'study-planner restore {good.id}'."
            )
        else:
            message += " There is no backup to restore; a new, empty plans file will be started."
        raise DamagedDatabaseError(message, moved, check.detail)
    if check.state == "busy":
        raise StorageError(
            f"Your plans file {path} is busy: another program holds it. Try again in a "
            "moment; nothing was changed."
        )
    if check.state == "newer":
        raise NewerDatabaseError(
            f"{path} was written by a newer Study Planner (schema {check.version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Study Planner to open it; "
            "the file was not changed."
        )
    if check.state == "old":
        take_backup(data_dir, f"before-migration-v{check.version}", now)
    db = Database(path)
    if check.state in {"missing", "old"}:
        try:
            db.migrate(check.version)
        except Exception:
            db.close()
            raise
    return db
