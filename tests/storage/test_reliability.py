"""Crash safety, concurrent writers and the single-instance lock, with real processes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.storage.db import DB_FILENAME
from planner.storage.lock import InstanceLock, LockedError
from tests.plan_factory import schedule, service

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from datetime import date
from pathlib import Path
from tests.plan_factory import service
data_dir, plan, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
writer = int(sys.argv[4])  # writers tick their own course, so no two race on one tick
with service(data_dir) as svc:
    for i in range(count):
        key = f"course-{writer}/m{3 * writer + i % 3}"
        if i % 3 == 0:
            result = svc.log_hours(plan, key, 0.25, date(2026, 11, 30))
        elif key in svc.load(plan).ledger.done:
            result = svc.untick(plan, key)
        else:
            result = svc.tick(plan, key)
        print(f"saved {result.event_id}", flush=True)
"""


def _writer(data_dir: Path, plan: int, count: int, writer: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(plan), str(count), str(writer)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _check(data_dir: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killing_a_writer_at_random_moments_loses_no_saved_action(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Crash test", schedule=schedule())
    rng = random.Random(20261126)
    for _round in range(4):
        child = _writer(data_dir, plan, 100_000)
        # Wait for the child to be writing, then kill it at a random moment.
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.startswith("saved"), child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        reported = {int(line.split()[1]) for line in (first + out).splitlines() if line}
        conn = _check(data_dir)
        stored = {row[0] for row in conn.execute("select id from events")}
        half = conn.execute(
            "select count(*) from events where kind not in "
            "('done','undone','logged','estimate','revert') "
            "or (kind = 'logged' and (hours is null or on_date is null))"
        ).fetchone()[0]
        conn.close()
        assert reported <= stored, "every action reported as saved is there"
        assert half == 0
    with service(data_dir) as svc:  # the file still opens normally
        assert svc.load(plan).events


def test_two_writers_at_once_lose_nothing(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Two writers", schedule=schedule())
    children = [_writer(data_dir, plan, 30, writer) for writer in range(2)]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    conn = _check(data_dir)
    assert conn.execute("select count(*) from events").fetchone()[0] == 60
    conn.close()


def test_only_one_instance_holds_a_data_folder(data_dir: Path) -> None:
    with InstanceLock(data_dir, "the app"):
        with pytest.raises(LockedError, match="already running") as info:
            InstanceLock(data_dir, "a command").acquire()
        assert "the app" in str(info.value)
    with InstanceLock(data_dir, "a command") as lock:  # released: free again
        assert lock.held


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_process_is_reclaimed(data_dir: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path;"
        "from planner.storage.lock import InstanceLock;"
        "lock = InstanceLock(Path(sys.argv[1]), 'doomed').acquire(); print('held', flush=True);"
        "time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    with pytest.raises(LockedError):
        InstanceLock(data_dir).acquire()
    child.kill()
    child.communicate(timeout=10)
    with InstanceLock(data_dir) as lock:
        assert lock.held
