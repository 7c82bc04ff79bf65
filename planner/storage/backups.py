"""Verified, rotating backups of the plans database.

A backup is a consistent copy made with SQLite's online backup API, written to a
temporary name, re-opened and checked (``quick_check`` and our application id)
and only then given its final name ``YYYYMMDD-HHMMSS-<reason>.db`` in
``<data dir>/backups``. Rotation keeps the newest :data:`KEEP` backups and never
removes the newest good one. Restoring first backs up the current file (when it
is readable), then swaps the chosen copy in with an atomic rename.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.storage.db import DB_FILENAME, StorageError, check_file

BACKUP_DIRNAME = "backups"
KEEP = 20
_NAME = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: datetime
    reason: str
    size: int


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Backups, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, BackupInfo]] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        order = int(match.group(2) or 1)  # the second backup within one second is "-2-"
        info = BackupInfo(path.stem, path, created, match.group(3), path.stat().st_size)
        found.append((created, order, info))
    found.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [info for _, _, info in found]


def is_good(path: Path) -> bool:
    return check_file(path).state in {"ok", "old"}


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if is_good(info.path):
            return info
    return None


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def take_backup(data_dir: Path, reason: str, now: datetime) -> BackupInfo:
    """Copy the database into the backups folder and verify the copy."""
    source = data_dir / DB_FILENAME
    if not source.exists():
        raise StorageError("There is nothing to back up yet: no plans file exists.")
    folder = backup_dir(data_dir)
    if folder.exists() and not folder.is_dir():
        raise StorageError(f"Could not write a backup: {folder} is not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = exc.strerror or exc
        raise StorageError(f"Could not write a backup to {folder}: {why}.") from exc
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    # Backups taken within one second are numbered, whatever their reason, so that
    # the newest always sorts first.
    taken = {
        int(m.group(2) or 1)
        for p in folder.iterdir()
        if (m := _NAME.match(p.name)) and m.group(1) == stamp
    }
    n = max(taken, default=0) + 1
    name = f"{stamp}-{slug}.db" if n == 1 else f"{stamp}-{n}-{slug}.db"
    final = folder / name
    tmp = folder / f".{name}.tmp"
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        if not is_good(tmp):
            raise StorageError("The backup copy failed its check; the plans file was not changed.")
        os.replace(tmp, final)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"Could not write a backup to {folder}: {exc}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    rotate(data_dir)
    return next(b for b in list_backups(data_dir) if b.path == final)


def rotate(data_dir: Path, keep: int = KEEP) -> list[Path]:
    """Delete the oldest backups beyond ``keep``, never the newest good one."""
    backups = list_backups(data_dir)
    protected = newest_good_backup(data_dir)
    removed = []
    for info in backups[keep:]:
        if protected is not None and info.path == protected.path:
            continue
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def find_backup(data_dir: Path, backup_id: str) -> BackupInfo:
    backup_id = backup_id.strip()
    if not backup_id:
        raise StorageError("Give the backup's name; 'study-planner backups' lists them.")
    backups = list_backups(data_dir)
    exact = [b for b in backups if b.id == backup_id]
    matches = exact or [b for b in backups if b.id.startswith(backup_id)]
    if not matches:
        raise StorageError(f"No backup called '{backup_id}'. 'study-planner backups' lists them.")
    if len(matches) > 1:
        raise StorageError(f"'{backup_id}' matches {len(matches)} backups; give more of its name.")
    return matches[0]


def restore_backup(data_dir: Path, backup_id: str, now: datetime) -> BackupInfo:
    """Replace the plans file with a backup. The current file is backed up (or kept) first.

    The database must not be open in this process. Returns the backup restored.
    """
    chosen = find_backup(data_dir, backup_id)
    if not is_good(chosen.path):
        raise StorageError(f"Backup {chosen.id} is damaged and cannot be restored.")
    target = data_dir / DB_FILENAME
    tmp = data_dir / f".{DB_FILENAME}.restore.tmp"
    try:
        # Copy the chosen backup first: the backup taken next may rotate it away.
        shutil.copyfile(chosen.path, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if target.exists():
            if is_good(target):
                take_backup(data_dir, "before-restore", now)
            else:
                stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
                target.rename(target.with_name(f"{target.name}.damaged-{stamp}"))
        journal = target.with_name(target.name + "-journal")
        if journal.exists():
            journal.rename(journal.with_name(journal.name + ".stale"))
        os.replace(tmp, target)
        _fsync_dir(data_dir)
    except OSError as exc:
        raise StorageError(f"Could not restore {chosen.id}: {exc}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return chosen
