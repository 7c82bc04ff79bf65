"""Opening the plans file: creation, damage, newer files, backups and restore."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from planner.storage import DamagedDatabaseError, NewerDatabaseError, open_database
from planner.storage.backups import KEEP, list_backups, restore_backup, take_backup
from planner.storage.db import APPLICATION_ID, DB_FILENAME, check_file
from tests.plan_factory import NOW, schedule, service


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_plan(data_dir: Path, name: str = "Google MLE") -> int:
    with service(data_dir) as svc:
        return svc.create_plan(name=name, schedule=schedule())


def test_a_new_folder_gets_a_checked_database_with_pragmas(data_dir: Path) -> None:
    db = open_database(data_dir, NOW)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.close()
    assert check_file(data_dir / DB_FILENAME).state == "ok"


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("empty", "empty (0 bytes)"),
        ("header", "not a SQLite database"),
        ("truncate", "SQLite"),
        ("scribble", "SQLite"),
    ],
)
def test_damage_is_detected_and_the_file_moved_aside_never_deleted(
    data_dir: Path, damage: str, expected: str
) -> None:
    make_plan(data_dir)
    db_file = data_dir / DB_FILENAME
    raw = bytearray(db_file.read_bytes())
    if damage == "empty":
        raw = bytearray()
    elif damage == "header":
        raw[0:16] = b"NOT A DATABASE!\x00"
    elif damage == "truncate":
        raw = raw[: len(raw) // 2 + 100]
    elif damage == "scribble":
        page = 4096
        for offset in range(page * 2, min(len(raw), page * 3)):
            raw[offset] = 0xA5
    db_file.write_bytes(bytes(raw))
    damaged_hash = hashlib.sha256(bytes(raw)).hexdigest()

    with pytest.raises(DamagedDatabaseError) as info:
        open_database(data_dir, NOW + timedelta(hours=1))
    message = str(info.value)
    assert expected in message
    assert "moved aside" in message
    assert not db_file.exists()
    moved = info.value.moved_to
    assert moved is not None and moved.parent == data_dir
    assert sha(moved) == damaged_hash, "the damaged file is kept exactly as it was"
    assert "restore" in message and "daily" in message, "the newest good backup is offered"


def test_a_foreign_sqlite_file_is_not_taken_for_ours(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("create table notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabaseError, match="another application"):
        open_database(data_dir, NOW)


def test_a_file_from_a_newer_version_is_left_untouched(data_dir: Path) -> None:
    make_plan(data_dir)
    db_file = data_dir / DB_FILENAME
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    before = sha(db_file)
    with pytest.raises(NewerDatabaseError, match="newer Study Planner"):
        open_database(data_dir, NOW)
    assert sha(db_file) == before


def test_backups_are_verified_rotated_and_keep_the_newest_good_one(data_dir: Path) -> None:
    make_plan(data_dir)
    for i in range(KEEP + 5):
        take_backup(data_dir, "manual", NOW + timedelta(minutes=i))
    backups = list_backups(data_dir)
    assert [b.reason for b in backups].count("manual") == KEEP
    assert [b.reason for b in backups].count("daily") == 1  # kept by age, not by count
    assert backups[0].created_at == NOW + timedelta(minutes=KEEP + 4)
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("select count(*) from plans").fetchone()[0] == 1
    conn.close()


def test_restore_brings_back_a_deleted_plan_and_keeps_the_current_state(data_dir: Path) -> None:
    plan_id = make_plan(data_dir)
    with service(data_dir, NOW + timedelta(days=1)) as svc:
        svc.delete(plan_id)
        assert svc.list_plans() == []
    deleted_backup = next(b for b in list_backups(data_dir) if b.reason == "before-delete")
    restored = restore_backup(data_dir, deleted_backup.id, NOW + timedelta(days=2))
    assert restored.id == deleted_backup.id
    with service(data_dir, NOW + timedelta(days=2)) as svc:
        assert [p.name for p in svc.list_plans()] == ["Google MLE"]
    reasons = [b.reason for b in list_backups(data_dir)]
    assert "before-restore" in reasons
    assert deleted_backup.id in [b.id for b in list_backups(data_dir)]


def test_a_file_held_by_another_program_is_busy_not_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.storage import StorageError
    from planner.storage import db as db_module

    make_plan(data_dir)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="busy") as info:
            open_database(data_dir, NOW)
        assert not isinstance(info.value, DamagedDatabaseError)
        assert (data_dir / DB_FILENAME).exists(), "a busy file is never moved aside"
        assert not list(data_dir.glob("*.damaged-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    open_database(data_dir, NOW).close()


def test_restoring_the_oldest_of_a_full_set_of_backups_works(data_dir: Path) -> None:
    make_plan(data_dir)
    for i in range(KEEP + 3):
        take_backup(data_dir, "manual", NOW + timedelta(minutes=i))
    oldest = list_backups(data_dir)[-1]
    restored = restore_backup(data_dir, oldest.id, NOW + timedelta(days=1))
    assert restored.id == oldest.id
    assert check_file(data_dir / DB_FILENAME).state == "ok"


def test_two_backups_in_one_second_are_listed_newest_first(data_dir: Path) -> None:
    make_plan(data_dir)
    first = take_backup(data_dir, "manual", NOW)
    second = take_backup(data_dir, "manual", NOW)
    assert [b.id for b in list_backups(data_dir)[:2]] == [second.id, first.id]
