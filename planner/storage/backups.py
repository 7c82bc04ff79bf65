"""Verified backups of the plans database, kept by kind and age.

A backup is a consistent copy made with SQLite's online backup API, written to a
temporary name, re-opened and checked (``quick_check``, our application id and the
tables, indexes and columns the app relies on) and only then given its final name
``YYYYMMDD-HHMMSS-sNNNNNN-<reason>.db`` in ``<data dir>/backups``.

Order: the ``sNNNNNN`` serial grows by one with every backup, whatever the clock
says, so "newest" means the one taken last even when the computer's clock was
wrong (a backup dated in the future is listed with a warning, never a crash).
Backups from before serials were used sort below all numbered ones, by their date.

Retention (:func:`rotate`), by kind and age, never by count alone:

- the backup taken before a Delete or a Restore is kept at least
  :data:`KEEP_SAFETY_DAYS` days;
- daily backups are kept :data:`KEEP_DAILY_DAYS` days;
- other automatic ones (before a re-plan, an import, a migration) and manual ones
  are kept by count (:data:`KEEP_AUTO`, :data:`KEEP`);
- all together stay under :data:`MAX_TOTAL_BYTES`, oldest and least precious first;
- the newest good backup (and so the only good one) is never deleted.

Restoring first backs up the current file (when it is readable), then swaps the
chosen copy in with an atomic rename.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.messages import Message, reason_of
from planner.storage.db import DB_FILENAME, FileState, StorageError, check_file

BACKUP_DIRNAME = "backups"
KEEP = 20  # manual backups
KEEP_AUTO = 20  # automatic backups other than daily, before-delete and before-restore
KEEP_SAFETY_DAYS = 30  # before-delete, before-restore
KEEP_DAILY_DAYS = 14
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
SAFETY_REASONS = frozenset({"before-delete", "before-restore"})
# A backup dated more than this after "now" was taken while the clock was wrong.
FUTURE_TOLERANCE = timedelta(minutes=5)
_NAME = re.compile(r"^(\d{8}-\d{6})(?:-s(\d{1,12}))?(?:-(\d+))?-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: datetime
    reason: str
    size: int
    serial: int = 0  # order of taking; 0 for backups from before serials

    def in_future(self, now: datetime) -> bool:
        """Dated after ``now``: taken while the clock was wrong (or it is wrong now)."""
        return self.created_at > now + FUTURE_TOLERANCE


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Backups, newest first: by serial (order of taking), then by date."""
    folder = backup_dir(data_dir)
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []
    found: list[tuple[int, datetime, int, BackupInfo]] = []
    for path in entries:
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            st = path.stat()
        except (ValueError, OSError):
            continue  # an impossible date in the name, or gone meanwhile
        if not path.is_file():
            continue
        serial = int(match.group(2) or 0)
        order = int(match.group(3) or 1)  # the second backup within one second is "-2-"
        info = BackupInfo(path.stem, path, created, match.group(4), st.st_size, serial)
        found.append((serial, created, order, info))
    found.sort(key=lambda entry: (entry[0], entry[1], entry[2]), reverse=True)
    return [info for *_, info in found]


# What each kind of backup is called where a person reads it (the stored name keeps
# the English word). Backups before an action are named after the action's kind.
KIND_MESSAGES = {
    "daily": "backup.daily",
    "manual": "backup.manual",
    "before-delete": "backup.before_delete",
    "before-restore": "backup.before_restore",
    "before-replan": "backup.before_replan",
    "before-days-off": "backup.before_days_off",
    "before-import-busy": "backup.before_import_busy",
    "before-edit-settings": "backup.before_edit_settings",
    "before-switch-exam": "backup.before_switch_exam",
    "before-steer": "backup.before_steer",
    "before-retake": "backup.before_retake",
    "startup": "backup.startup",
    "weekly": "backup.weekly",
}
_MIGRATION = re.compile(r"^before-migration-v(\d+)$")


def kind_message(reason: str) -> Message | str:
    """The kind of a backup (``BackupInfo.reason``) in the user's language; a kind this
    version does not know is shown as stored, its dashes as spaces."""
    known = KIND_MESSAGES.get(reason)
    if known is not None:
        return Message(known)
    migration = _MIGRATION.match(reason)
    if migration:
        return Message("backup.before_migration", {"version": int(migration.group(1))})
    return reason.replace("-", " ")


def is_good(path: Path) -> bool:
    """Opened and checked: SQLite's quick_check, our id, a schema this version can use."""
    return check_file(path).state in {FileState.OK, FileState.OLD}


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if is_good(info.path):
            return info
    return None


def future_backups(data_dir: Path, now: datetime) -> list[BackupInfo]:
    """Backups dated after ``now`` (a clock that was, or is, wrong)."""
    return [b for b in list_backups(data_dir) if b.in_future(now)]


def daily_due(data_dir: Path, now: datetime) -> bool:
    """True if no backup was taken today: none dated today, and none taken since the
    clock last read an earlier day. A backup dated in the future does not count."""
    for info in list_backups(data_dir):
        if info.in_future(now):
            continue
        return info.created_at.date() < now.date()
    return True


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
        raise StorageError(Message("error.backup_nothing"))
    folder = backup_dir(data_dir)
    if folder.exists() and not folder.is_dir():
        raise StorageError(Message("error.backup_not_folder", {"folder": str(folder)}))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise StorageError(
            Message("error.backup_write", {"folder": str(folder), "reason": why})
        ) from exc
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    existing = list_backups(data_dir)
    serial = max((b.serial for b in existing), default=0) + 1
    name = f"{stamp}-s{serial:06d}-{slug}.db"
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
            raise StorageError(Message("error.backup_check"))
        os.replace(tmp, final)
        _fsync_dir(folder)
        size = final.stat().st_size
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            Message("error.backup_write", {"folder": str(folder), "reason": reason_of(exc)})
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    created = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    info = BackupInfo(final.stem, final, created, slug, size, serial)
    rotate(data_dir, now=now)
    return info


def _kind(info: BackupInfo) -> str:
    if info.reason in SAFETY_REASONS:
        return "safety"
    if info.reason == "daily":
        return "daily"
    if info.reason == "manual":
        return "manual"
    return "auto"


def rotate(
    data_dir: Path,
    keep: int = KEEP,
    *,
    now: datetime | None = None,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> list[Path]:
    """Delete backups past their kind's age or count; never the newest good one.

    Ages are measured from ``now`` (default: the newest backup's date); a backup
    dated in the future counts as new.
    """
    backups = list_backups(data_dir)  # newest first
    if not backups:
        return []
    if now is None:
        now = max(b.created_at for b in backups)
    protected = newest_good_backup(data_dir)

    def age(info: BackupInfo) -> timedelta:
        return max(now - info.created_at, timedelta(0))

    doomed: list[BackupInfo] = []
    kept: list[BackupInfo] = []
    counts = {"manual": 0, "auto": 0}
    for info in backups:
        kind = _kind(info)
        if kind == "safety":
            gone = age(info) > timedelta(days=KEEP_SAFETY_DAYS)
        elif kind == "daily":
            gone = age(info) > timedelta(days=KEEP_DAILY_DAYS)
        else:
            counts[kind] += 1
            gone = counts[kind] > (keep if kind == "manual" else KEEP_AUTO)
        if protected is not None and info.path == protected.path:
            gone = False
        (doomed if gone else kept).append(info)
    # The size bound: oldest first, the least precious kinds before the others.
    precious = {"auto": 0, "daily": 1, "manual": 2, "safety": 3}
    total = sum(b.size for b in kept)
    for info in sorted(reversed(kept), key=lambda b: precious[_kind(b)]):
        if total <= max_total_bytes:
            break
        if protected is not None and info.path == protected.path:
            continue
        doomed.append(info)
        total -= info.size
    removed = []
    for info in doomed:
        try:
            info.path.unlink(missing_ok=True)
        except OSError:
            continue  # a backup that cannot be deleted stays; nothing is lost
        removed.append(info.path)
    return removed


def find_backup(data_dir: Path, backup_id: str) -> BackupInfo:
    backup_id = backup_id.strip()
    if not backup_id:
        raise StorageError(Message("error.backup_name"))
    backups = list_backups(data_dir)
    exact = [b for b in backups if b.id == backup_id]
    matches = exact or [b for b in backups if b.id.startswith(backup_id)]
    if not matches:
        raise StorageError(Message("error.backup_unknown", {"name": _shown(backup_id)}))
    if len(matches) > 1:
        raise StorageError(
            Message("error.backup_ambiguous", {"name": _shown(backup_id), "n": len(matches)})
        )
    return matches[0]


def _shown(text: str) -> str:
    from planner.text import shown

    return shown(text, 80)


_SYNC_TABLES = ("calendar_targets", "calendar_target_events")


def carry_sync_state(current: Path, restored: Path) -> bool:
    """Give ``restored`` (a backup about to replace ``current``) the calendar state of
    ``current``: for each plan in both (same id and UID), what each calendar and export
    file holds — sync tokens, CTags, ETags, what was sent — as ``current`` last knew it.

    The backup's own state is older: its tokens and ETags do not know what later syncs
    wrote. With the current state, the next sync compares the restored plan with what
    the calendar really holds: it changes or deletes the events the plan no longer has
    (never one more copy), and a done mark made on the phone since is still news and
    ticks the module. Plans only in the backup keep their own state; calendars of plans
    only in ``current`` go with it. Returns False (and leaves ``restored`` as it was)
    when the two files' calendar tables differ or a file cannot be read.
    """
    try:
        con = sqlite3.connect(restored.resolve().as_uri(), uri=True, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        con.execute("ATTACH DATABASE ? AS cur", (current.resolve().as_uri() + "?mode=ro",))
        for db in ("main", "cur"):
            for table in _SYNC_TABLES:
                if not con.execute(
                    f"SELECT 1 FROM {db}.sqlite_master WHERE type='table' AND name=?", (table,)
                ).fetchone():
                    return False
        columns = {
            t: [r[1] for r in con.execute(f"PRAGMA main.table_info({t})") if r[1] != "id"]
            for t in _SYNC_TABLES
        }
        # The calendar tables, not the schema version, must match: a backup taken before
        # an upgrade (the one most likely restored) has older plans tables but the same
        # calendar state, and its stale tokens would leave events behind for good.
        for table in _SYNC_TABLES:
            theirs = [r[1] for r in con.execute(f"PRAGMA cur.table_info({table})") if r[1] != "id"]
            if sorted(theirs) != sorted(columns[table]):
                return False
        target_cols, event_cols = columns["calendar_targets"], columns["calendar_target_events"]
        con.execute("BEGIN IMMEDIATE")
        plans = [
            row[0]
            for row in con.execute(
                "SELECT m.id FROM main.plans m JOIN cur.plans c ON c.id = m.id AND c.uid = m.uid"
            )
        ]
        for plan_id in plans:
            con.execute(
                "DELETE FROM main.calendar_target_events WHERE target_id IN "
                "(SELECT id FROM main.calendar_targets WHERE plan_id = ?)",
                (plan_id,),
            )
            con.execute("DELETE FROM main.calendar_targets WHERE plan_id = ?", (plan_id,))
            targets = con.execute(
                f"SELECT id, {', '.join(target_cols)} FROM cur.calendar_targets "
                "WHERE plan_id = ? ORDER BY id",
                (plan_id,),
            ).fetchall()
            for old_id, *values in targets:
                new_id = con.execute(
                    f"INSERT INTO main.calendar_targets ({', '.join(target_cols)}) "
                    f"VALUES ({', '.join('?' * len(target_cols))})",
                    values,
                ).lastrowid
                others = [c for c in event_cols if c != "target_id"]
                con.execute(
                    f"INSERT INTO main.calendar_target_events (target_id, {', '.join(others)}) "
                    f"SELECT ?, {', '.join(others)} FROM cur.calendar_target_events "
                    "WHERE target_id = ? ORDER BY id",
                    (new_id, old_id),
                )
        con.execute("COMMIT")
        return True
    except sqlite3.Error:
        if con.in_transaction:
            con.execute("ROLLBACK")
        return False
    finally:
        con.close()


def restore_backup(data_dir: Path, backup_id: str, now: datetime) -> BackupInfo:
    """Replace the plans file with a backup. The current file is backed up (or kept) first.

    The restored plans keep the calendar sync state of the file they replace
    (:func:`carry_sync_state`), so syncing them again neither duplicates events nor
    loses a done mark made on the phone.

    The database must not be open in this process. Returns the backup restored.
    """
    chosen = find_backup(data_dir, backup_id)
    if not is_good(chosen.path):
        raise StorageError(Message("error.backup_damaged", {"id": chosen.id}))
    target = data_dir / DB_FILENAME
    tmp = data_dir / f".{DB_FILENAME}.restore.tmp"
    try:
        # Copy the chosen backup first: the backup taken next may rotate it away.
        shutil.copyfile(chosen.path, tmp)
        good = target.exists() and is_good(target)
        if good:
            carry_sync_state(target, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if target.exists():
            if good:
                take_backup(data_dir, "before-restore", now)
            else:
                stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
                target.rename(target.with_name(f"{target.name}.damaged-{stamp}"))
        journal = target.with_name(target.name + "-journal")
        if journal.is_file():
            journal.rename(journal.with_name(journal.name + ".stale"))
        os.replace(tmp, target)
        _fsync_dir(data_dir)
    except OSError as exc:
        raise StorageError(
            Message("error.restore_failed", {"id": chosen.id, "reason": str(exc)})
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return chosen
