"""The progress and safety commands on a real data folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.storage.db import DB_FILENAME
from planner.storage.lock import InstanceLock
from tests.plan_factory import schedule, service


@pytest.fixture
def folder(data_dir: Path) -> Path:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule())
    return data_dir


def cli(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def test_tick_log_undo_and_status(
    cli_now: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(folder, "tick", "course-0/m0") == 0
    assert "Saved: Tick “Module 0”" in capsys.readouterr().out
    assert cli(folder, "log", "course-0/m0", "2.5", "--date", "2026-11-20") == 0
    assert cli(folder, "status", "--json") == 0
    status = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert status["hours_done"] == 3.0
    assert status["hours_logged"] == 2.5
    assert status["courses"][0]["items_done"] == 1
    assert cli(folder, "undo") == 0
    assert "Undone: Log 2.5 h on “Module 0”" in capsys.readouterr().out
    assert cli(folder, "status") == 0
    out = capsys.readouterr().out
    assert "3 h of 18 h done" in out and "0 h logged" in out
    assert cli(folder, "redo") == 0
    assert "Redone: Log 2.5 h on “Module 0”" in capsys.readouterr().out
    assert cli(folder, "redo") == 0
    assert "Nothing to redo." in capsys.readouterr().out


def test_mistakes_are_one_line_and_change_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(folder)
    capsys.readouterr()
    assert cli(folder, "tick", "no/such-item") == 1
    assert cli(folder, "log", "course-0/m0", "0") == 1
    assert cli(folder, "log", "course-0/m0", "-3") == 1
    assert cli(folder, "untick", "course-0/m0") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("study-planner: ") for line in err)
    assert "Traceback" not in "\n".join(err)
    with pytest.raises(SystemExit) as exit_info:
        cli(folder, "log", "course-0/m0", "lots")
    assert exit_info.value.code == 2
    assert "'lots' is not a number of hours" in capsys.readouterr().err
    assert digest(folder) == before


def test_a_running_app_blocks_writes_but_not_reads(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with InstanceLock(folder, "Study Planner app"):
        assert cli(folder, "tick", "course-0/m0") == 1
        assert "already running" in capsys.readouterr().err
        assert cli(folder, "plans") == 0
        assert "Google MLE" in capsys.readouterr().out


def test_backup_list_restore_and_check(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(folder, "backup") == 0
    assert "verified" in capsys.readouterr().out
    assert cli(folder, "backups") == 0
    listing = capsys.readouterr().out.splitlines()
    assert any("manual" in line for line in listing)
    assert cli(folder, "delete", "1", "--yes") == 0
    deleted = capsys.readouterr().out
    backup_id = deleted.split("restore ")[1].split("'")[0]
    assert cli(folder, "plans") == 0
    assert "No plans yet" in capsys.readouterr().out
    assert cli(folder, "restore", backup_id) == 0
    assert cli(folder, "plans") == 0
    assert "Google MLE" in capsys.readouterr().out
    assert cli(folder, "check") == 0
    assert "ok" in capsys.readouterr().out


def test_a_damaged_file_is_reported_moved_aside_and_exit_1(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / DB_FILENAME).write_bytes(b"\x00" * 4096)
    assert cli(folder, "plans") == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "restore" in err
    assert len(err.strip().splitlines()) == 1
    assert any(p.name.startswith(f"{DB_FILENAME}.damaged-") for p in folder.iterdir())


def test_rebalance_dry_run_changes_nothing_and_apply_keeps_a_backup(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(folder)
    assert cli(folder, "rebalance", "--keep", "hours", "--dry-run") == 0
    assert "Would re-plan" in capsys.readouterr().out
    assert digest(folder) == before
    assert cli(folder, "rebalance", "--keep", "hours") == 0
    out = capsys.readouterr().out
    assert "Re-planned" in out and "Backup before re-planning" in out
    with service(folder) as svc:
        assert svc.load(1).baselines == 2


@pytest.mark.parametrize(
    "sql",
    [
        "update baselines set schedule_json = '{\"x\":1'",
        "update plans set timezone = 'Mars/Olympus_Mons'",
        "update plans set study_days = 'xyz'",
    ],
)
def test_rows_that_cannot_be_read_give_one_line_not_a_traceback(
    folder: Path, capsys: pytest.CaptureFixture[str], sql: str
) -> None:
    import sqlite3

    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(sql)
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert cli(folder, "status") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be read" in err[0] and "backups" in err[0]
