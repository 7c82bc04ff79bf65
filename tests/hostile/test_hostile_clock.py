"""Backups under a wrong clock and damaged copies, and retention by kind and age.

The clock is a fixed one that the tests move forward (and backward) by hand.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.core.progress import ReplanMode
from planner.storage.backups import (
    KEEP_AUTO,
    KEEP_DAILY_DAYS,
    KEEP_SAFETY_DAYS,
    daily_due,
    list_backups,
    newest_good_backup,
    restore_backup,
    rotate,
    take_backup,
)
from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import CliRunner, assert_one_line_error
from tests.plan_factory import NOW, schedule, service

FUTURE = datetime(2031, 6, 1, 12, 0, tzinfo=NOW.tzinfo)


def make_plan(data_dir: Path, now: datetime = NOW) -> int:
    with service(data_dir, now) as svc:
        return svc.create_plan(name="Google MLE", schedule=schedule())


def test_a_backup_taken_after_one_dated_in_the_future_is_the_newest(data_dir: Path) -> None:
    make_plan(data_dir)
    for minute in range(3):
        take_backup(data_dir, "daily", FUTURE + timedelta(minutes=minute))
    taken = take_backup(data_dir, "manual", NOW + timedelta(hours=1))
    listed = list_backups(data_dir)
    assert listed[0] == taken
    assert newest_good_backup(data_dir) == taken
    assert [b.in_future(NOW + timedelta(hours=1)) for b in listed[:4]] == [
        False, True, True, True,
    ]  # fmt: skip


def test_after_the_clock_went_back_nothing_new_is_rotated_away(data_dir: Path) -> None:
    make_plan(data_dir)
    for minute in range(30):
        take_backup(data_dir, "before-replan", FUTURE + timedelta(minutes=minute))
    real_daily = take_backup(data_dir, "daily", NOW + timedelta(days=1))
    fresh = take_backup(data_dir, "before-replan", NOW + timedelta(days=1, hours=1))
    names = [b.id for b in list_backups(data_dir)]
    assert fresh.id in names and real_daily.id in names
    assert names[0] == fresh.id


def test_a_daily_backup_is_due_even_when_one_is_dated_in_the_future(data_dir: Path) -> None:
    make_plan(data_dir)
    take_backup(data_dir, "daily", FUTURE)
    assert daily_due(data_dir, NOW + timedelta(days=1))
    take_backup(data_dir, "daily", NOW + timedelta(days=1))
    assert not daily_due(data_dir, NOW + timedelta(days=1, hours=2))


@pytest.mark.parametrize(
    "command",
    [
        ["backup"],
        ["backups"],
        ["rebalance", "--keep", "hours"],
        ["delete", "1", "--yes"],
        ["restore"],
    ],
    ids=["backup", "backups", "rebalance", "delete", "restore"],
)
def test_commands_work_with_backups_dated_in_the_future(
    data_dir: Path, cli: CliRunner, command: list[str]
) -> None:
    make_plan(data_dir)
    future = [take_backup(data_dir, "daily", FUTURE + timedelta(minutes=i)) for i in range(25)]
    if command == ["restore"]:
        command = ["restore", future[0].id]
    status, out, err = cli("--data-dir", str(data_dir), *command)
    assert "Traceback" not in err and "StopIteration" not in err
    assert status == 0, err
    if command[0] == "backup":
        assert "dated in the future" in err and len(err.strip().splitlines()) == 1
    if command[0] == "backups":
        assert "(dated in the future)" in out
    # Every backup from the wrong clock is still there, and a newer one leads the list.
    names = {b.id for b in list_backups(data_dir)}
    assert {b.id for b in future} <= names


def _advance(data_dir: Path, days: int, start: datetime) -> None:
    """One open a day (the daily backup) and one re-plan a day (an automatic backup)."""
    for day in range(days):
        at = start + timedelta(days=day)
        with service(data_dir, at) as svc:
            plan = svc.list_plans()[0].id
            svc.replan(plan, ReplanMode.KEEP_HOURS, apply=True)


def test_backups_are_kept_by_kind_and_age(data_dir: Path) -> None:
    keep_plan = make_plan(data_dir)
    with service(data_dir, NOW) as svc:
        gone_plan = svc.create_plan(name="Deleted one", schedule=schedule())
        safety = svc.delete(gone_plan)
    assert safety.reason == "before-delete"
    assert keep_plan
    _advance(data_dir, KEEP_SAFETY_DAYS, NOW + timedelta(days=1))
    listed = list_backups(data_dir)
    assert safety.id in {b.id for b in listed}, "a before-delete backup stays 30 days"
    ages = {b.id: NOW + timedelta(days=KEEP_SAFETY_DAYS) - b.created_at for b in listed}
    dailies = [b for b in listed if b.reason == "daily"]
    assert dailies and all(ages[b.id] <= timedelta(days=KEEP_DAILY_DAYS) for b in dailies)
    assert len(dailies) >= KEEP_DAILY_DAYS - 1
    assert sum(b.reason.startswith("before-replan") for b in listed) <= KEEP_AUTO
    _advance(data_dir, 2, NOW + timedelta(days=KEEP_SAFETY_DAYS + 1))
    assert safety.id not in {b.id for b in list_backups(data_dir)}


def _spoil(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[0:16] = b"NOT A DATABASE!\x00"
    path.write_bytes(bytes(raw))


def test_the_only_good_backup_is_never_deleted(data_dir: Path) -> None:
    make_plan(data_dir)
    good = take_backup(data_dir, "before-replan", NOW)
    later = [take_backup(data_dir, "daily", NOW + timedelta(days=d)) for d in range(1, 4)]
    for info in later:
        _spoil(info.path)
    removed = rotate(data_dir, now=NOW + timedelta(days=400), max_total_bytes=1)
    assert good.path.exists()
    assert good.path not in removed
    assert newest_good_backup(data_dir) == good


def test_a_backup_that_cannot_be_opened_is_never_counted_as_good(data_dir: Path) -> None:
    make_plan(data_dir)
    older = take_backup(data_dir, "manual", NOW)
    newer = take_backup(data_dir, "manual", NOW + timedelta(minutes=1))
    conn = sqlite3.connect(newer.path)
    conn.execute("DROP TABLE events")
    conn.commit()
    conn.close()
    assert newest_good_backup(data_dir) == older
    with pytest.raises(Exception, match="damaged"):
        restore_backup(data_dir, newer.id, NOW + timedelta(minutes=2))
    assert (data_dir / DB_FILENAME).exists()


def test_the_total_size_is_bounded_but_the_newest_good_copy_stays(data_dir: Path) -> None:
    make_plan(data_dir)
    taken = [take_backup(data_dir, "manual", NOW + timedelta(minutes=m)) for m in range(6)]
    size = taken[0].size
    rotate(data_dir, now=NOW + timedelta(hours=1), max_total_bytes=size * 3)
    left = list_backups(data_dir)
    assert sum(b.size for b in left) <= size * 3
    assert left[0] == taken[-1]


def test_restore_of_an_unknown_name_is_one_line(data_dir: Path, cli: CliRunner) -> None:
    make_plan(data_dir)
    status, _out, err = cli("--data-dir", str(data_dir), "restore", "\x1b[31mnope")
    assert_one_line_error(status, err, "No backup called")
    assert "\x1b" not in err
