"""Faults while saving: a full disk, a read-only data folder, odd folder names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import (
    CliRunner,
    assert_one_line_error,
    digest,
    disk_full,
    read_only_files,
)
from tests.plan_factory import service

ROOT = Path(__file__).resolve().parents[2]


def events(folder: Path) -> int:
    with service(folder) as svc:
        return len(svc.load(1).events)


def test_a_full_disk_while_logging_says_so_and_keeps_every_earlier_action(
    folder: Path, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_full(monkeypatch)
    saved = 0
    for _ in range(200):
        before = digest(folder / DB_FILENAME)
        status, _out, err = cli("--data-dir", str(folder), "log", "course-0/m1", "0.25")
        if status != 0:
            break
        saved += 1
    else:
        pytest.fail("the disk never filled up")
    assert_one_line_error(status, err, "Your disk is full", "nothing was saved")
    assert digest(folder / DB_FILENAME) == before
    monkeypatch.undo()
    assert events(folder) == 1 + saved  # the fixture's tick and every log that said "Saved"


def test_a_full_disk_while_creating_a_plan_saves_nothing(
    folder: Path, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(folder / DB_FILENAME)
    disk_full(monkeypatch)
    status, _out, err = cli(
        "--data-dir", str(folder), "new", "--path", "software-engineer",
        "--start", "2026-11-30", "--hours-per-week", "8", "--prep-weeks", "10",
        "--tz", "Europe/Berlin",
    )  # fmt: skip
    assert_one_line_error(status, err, "Your disk is full", "nothing was saved")
    assert digest(folder / DB_FILENAME) == before


def test_a_full_disk_during_export_writes_no_calendar_and_remembers_nothing(
    folder: Path, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(folder / DB_FILENAME)
    target = folder.parent / "study.ics"
    disk_full(monkeypatch)
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(target))
    assert_one_line_error(status, err, "Your disk is full")
    assert not target.exists()
    assert digest(folder / DB_FILENAME) == before
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_read_only_database_refuses_changes_in_plain_words_and_still_shows_the_plan(
    folder: Path, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(folder / DB_FILENAME)
    read_only_files(monkeypatch)
    for command in (["tick", "course-0/m1"], ["rename", "1", "New name"], ["undo"]):
        status, _out, err = cli("--data-dir", str(folder), *command)
        assert_one_line_error(status, err, "cannot be written", "read-only", "nothing was saved")
    assert digest(folder / DB_FILENAME) == before
    status, out, _err = cli("--data-dir", str(folder), "show", "--all")
    assert status == 0 and "[x] Course 0 · Module 0" in out
    status, out, _err = cli("--data-dir", str(folder), "status")
    assert status == 0 and "Google MLE" in out


def test_a_backups_folder_that_cannot_be_written_does_not_lock_the_user_out(
    folder: Path, cli: CliRunner
) -> None:
    """The daily backup fails (its folder is a file): reading still works, with a warning."""
    for old in (folder / "backups").iterdir():
        old.unlink()
    (folder / "backups").rmdir()
    (folder / "backups").write_text("not a folder")
    status, out, err = cli("--data-dir", str(folder), "show", "--all")
    assert status == 0 and "[x] Course 0 · Module 0" in out
    assert "warning" in err and "backup" in err and len(err.strip().splitlines()) == 1
    status, _out, err = cli("--data-dir", str(folder), "backup")
    assert_one_line_error(status, err, "Could not write a backup", "is not a folder")


def test_a_data_folder_that_is_a_file_or_cannot_be_made_is_one_line(
    tmp_path: Path, cli: CliRunner
) -> None:
    a_file = tmp_path / "plans"
    a_file.write_text("I am a file")
    status, _out, err = cli("--data-dir", str(a_file), "plans")
    assert_one_line_error(status, err, "is not a folder")
    status, _out, err = cli("--data-dir", str(a_file / "inside"), "backup")
    assert_one_line_error(status, err, "Cannot create the data folder")
    # /proc refuses new folders even for root.
    status, _out, err = cli("--data-dir", "/proc/self/study planner", "tick", "x")
    assert_one_line_error(status, err, "Cannot create the data folder")
    assert a_file.read_text() == "I am a file"


def test_a_data_folder_with_spaces_and_non_ascii_characters_works_end_to_end(
    tmp_path: Path, cli: CliRunner
) -> None:
    folder = tmp_path / "Études et café ☕" / "my plans  (2027)"
    base = ["--data-dir", str(folder)]
    status, _out, err = cli(
        *base, "new", "--path", "software-engineer", "--start", "2026-11-30",
        "--hours-per-week", "8", "--prep-weeks", "10", "--tz", "Europe/Berlin",
        "--name", "Zoë's plan — 機械学習",
    )  # fmt: skip
    assert status == 0, err
    assert cli(*base, "tick", "structuring-ml-projects/week-1")[0] == 0
    assert cli(*base, "backup")[0] == 0
    ics = folder.parent / "exports ü" / "plan ☕.ics"  # beside the data folder, not inside
    ics.parent.mkdir()
    assert cli(*base, "export", "--ics", str(ics))[0] == 0
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    status, out, _err = cli(*base, "plans")
    assert status == 0 and "Zoë's plan — 機械学習  ·  1/" in out
    assert cli(*base, "check")[0] == 0


def _no_room_to_grow() -> None:
    """In the child: any write that makes a file larger fails, as on a full disk."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing us
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))


@pytest.mark.parametrize(
    "command",
    [
        ["tick", "course-0/m1"],
        ["backup"],
        ["export", "--ics", "{tmp}/study.ics"],
        ["new", "--path", "software-engineer", "--start", "2026-11-30", "--hours-per-week", "8"],
    ],
)
def test_a_real_full_disk_in_a_separate_process_is_one_clear_line(
    folder: Path, tmp_path: Path, command: list[str]
) -> None:
    """The operating system itself refuses to let any file grow (RLIMIT_FSIZE)."""
    before = digest(folder / DB_FILENAME)
    backups = sorted(p.name for p in (folder / "backups").iterdir())
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(folder), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_no_room_to_grow,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr
    assert "nothing was saved" in last or "disk is full" in last or "Could not write" in last
    assert digest(folder / DB_FILENAME) == before
    assert sorted(p.name for p in (folder / "backups").iterdir()) == backups
    assert not (tmp_path / "study.ics").exists()
