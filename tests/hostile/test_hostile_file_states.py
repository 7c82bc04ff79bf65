"""The plans file in states that are trouble, not damage, and real damage mid-way.

Each state gets its own plain line; only real damage moves the file aside; a pipe or
device at the path is never opened (opening would block); ``check`` finds what SQLite's
quick check at open does not (a dropped table, a corrupt index, values that do not
read back) and names the newest good backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.storage.backups import list_backups
from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import CliRunner, assert_one_line_error, digest

ROOT = Path(__file__).resolve().parents[2]


def run(folder: Path, *args: str, user: int | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in its own process; a hang shows as a timeout, not a stuck suite."""
    prefix = []
    if user is not None:
        prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "planner", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "HOME": str(folder)},
    )


def no_damaged_copies(folder: Path) -> bool:
    return not list(folder.glob("*.damaged-*"))


def test_a_named_pipe_at_the_plans_file_is_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    os.mkfifo(folder / DB_FILENAME)
    done = run(folder, "status")
    assert_one_line_error(done.returncode, done.stderr, "named pipe")
    assert (folder / DB_FILENAME).is_fifo() and no_damaged_copies(folder)


def test_a_folder_at_the_journal_is_trouble_not_damage(folder: Path, cli: CliRunner) -> None:
    before = digest(folder / DB_FILENAME)
    journal = folder / f"{DB_FILENAME}-journal"
    journal.mkdir()
    status, _out, err = cli("--data-dir", str(folder), "tick", "course-0/m1")
    assert_one_line_error(status, err, "journal")
    assert digest(folder / DB_FILENAME) == before and no_damaged_copies(folder)
    journal.rmdir()
    status, _out, err = cli("--data-dir", str(folder), "status")
    assert status == 0, err


def test_a_file_this_user_may_not_read_is_not_moved(folder: Path) -> None:
    shared = Path(tempfile.mkdtemp(prefix="planner-perm-"))
    try:
        shared.chmod(0o777)
        data = shared / "data"
        shutil.copytree(folder, data)
        data.chmod(0o777)
        (data / DB_FILENAME).chmod(0o600)  # root's file; "nobody" may not read it
        before = digest(data / DB_FILENAME)
        done = run(data, "status", user=65534)
        assert_one_line_error(done.returncode, done.stderr, "permission denied")
        assert digest(data / DB_FILENAME) == before and no_damaged_copies(data)
    finally:
        shutil.rmtree(shared)


@pytest.fixture
def held(folder: Path) -> Iterator[Path]:
    """Another process holding the data folder, as a command in the middle of 'new'."""
    code = (
        "import sys, time; from pathlib import Path;"
        "from planner.storage.lock import InstanceLock;"
        f"lock = InstanceLock(Path({str(folder)!r}), 'the study-planner command').acquire();"
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == b"held"
    try:
        yield folder
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def test_a_file_being_created_right_now_is_left_alone(held: Path) -> None:
    fresh = held.parent / "fresh"
    fresh.mkdir()
    (held / DB_FILENAME).unlink()
    (held / DB_FILENAME).write_bytes(b"")  # 'new' has just created it
    done = run(held, "status")
    assert_one_line_error(done.returncode, done.stderr, "being created")
    assert (held / DB_FILENAME).exists() and no_damaged_copies(held)


def test_a_write_waits_for_another_command_then_says_so_plainly(held: Path) -> None:
    before = digest(held / DB_FILENAME)
    done = run(held, "tick", "course-0/m1")
    assert_one_line_error(done.returncode, done.stderr, "Another study-planner command")
    assert "close it" not in done.stderr
    assert digest(held / DB_FILENAME) == before


def _set(folder: Path, sql: str) -> None:
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [0, 1, 2**20, 2**31 - 1])
def test_a_flipped_schema_number_is_repaired_not_looped(
    folder: Path, cli: CliRunner, version: int
) -> None:
    _set(folder, f"PRAGMA user_version={version}")
    for _ in range(3):
        status, out, err = cli("--data-dir", str(folder), "status")
        assert status == 0, err
        assert "Traceback" not in err
    assert not [b for b in list_backups(folder) if b.reason.startswith("before-migration")]
    assert no_damaged_copies(folder)
    status, out, err = cli("--data-dir", str(folder), "check")
    assert status == 0, out


def test_a_dropped_table_fails_check_and_the_backup_is_named(folder: Path, cli: CliRunner) -> None:
    _set(folder, "DROP TABLE calendar_exports")
    status, out, _err = cli("--data-dir", str(folder), "check")
    assert status == 1
    assert "calendar_exports is missing" in out
    newest = list_backups(folder)[0]
    assert f"restore {newest.id}" in out
    status, _out, err = cli("--data-dir", str(folder), "status")
    assert_one_line_error(status, err, "damaged", newest.id)


def test_a_corrupt_index_fails_check(folder: Path, cli: CliRunner) -> None:
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql='CREATE INDEX ix_events_plan_id ON events (kind)' "
        "WHERE name='ix_events_plan_id'"
    )
    conn.commit()
    conn.close()
    status, out, _err = cli("--data-dir", str(folder), "check")
    assert status == 1 and "integrity" in out
    assert "restore" in out


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE plans SET start_date='2026-02-30'", "plans row 1: start_date cannot be read"),
        ("UPDATE baselines SET schedule_json='{not json'", "schedule_json cannot be read"),
        ("UPDATE plans SET session_start='25:99'", "session_start cannot be read"),
        ("UPDATE plans SET study_days='mon,funday'", "unknown weekday"),
        ("UPDATE events SET created_at=x'ff00ff'", "created_at is not valid text"),
    ],
    ids=["impossible-date", "json", "time", "weekday", "bytes"],
)
def test_stored_values_that_do_not_read_back_fail_check_and_commands_say_so(
    folder: Path, cli: CliRunner, sql: str, expected: str
) -> None:
    _set(folder, sql)
    status, out, _err = cli("--data-dir", str(folder), "check")
    assert status == 1 and expected in out, out
    assert "restore" in out
    for command in (["status"], ["show"], ["plans"]):
        status, out, err = cli("--data-dir", str(folder), *command)
        assert "Traceback" not in err
        assert status == 0 or len(err.strip().splitlines()) == 1, err
        assert "\x00" not in err and "\xff" not in err


def test_a_write_waits_for_a_short_command_and_then_succeeds(folder: Path) -> None:
    code = (
        "import time; from pathlib import Path;"
        "from planner.storage.lock import InstanceLock;"
        f"lock = InstanceLock(Path({str(folder)!r}), 'the study-planner command').acquire();"
        "print('held', flush=True); time.sleep(1.5); lock.release(); time.sleep(30)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == b"held"
        done = run(folder, "tick", "course-0/m1")
        assert done.returncode == 0, done.stderr
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    plans = run(folder, "plans")
    assert plans.returncode == 0 and "2/6 done" in plans.stdout, plans.stdout
