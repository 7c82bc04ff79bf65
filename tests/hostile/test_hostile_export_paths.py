"""Exporting a calendar never destroys the plans file or anything the app keeps beside it.

Every path that leads into the data folder (the plans file, its journal, a backup, the
lock, the log, a new name in the folder, a symlink or a hard link to one of them) is
refused with one line; the plans file is byte for byte unchanged and every command
still works afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.storage.backups import list_backups
from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import CliRunner, assert_one_line_error, digest


def _owned(folder: Path) -> dict[str, Callable[[Path], Path]]:
    return {
        "plans-file": lambda d: d / DB_FILENAME,
        "journal": lambda d: d / f"{DB_FILENAME}-journal",
        "a-backup": lambda d: list_backups(d)[0].path,
        "lock": lambda d: d / "instance.lock",
        "log": lambda d: d / "study-planner.log",
        "new-name-in-folder": lambda d: d / "calendar.ics",
        "backups-folder-file": lambda d: d / "backups" / "x.ics",
        "dotted-path": lambda d: d / ".." / d.name / DB_FILENAME,
    }


@pytest.mark.parametrize("which", list(_owned(Path())))
def test_export_into_the_data_folder_is_refused_and_the_plans_survive(
    folder: Path, cli: CliRunner, which: str
) -> None:
    assert cli("--data-dir", str(folder), "backup")[0] == 0
    target = _owned(folder)[which](folder)
    before = digest(folder / DB_FILENAME)
    existed = target.exists()
    old = target.read_bytes() if existed else b""
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(target))
    assert_one_line_error(status, err, "data folder")
    assert digest(folder / DB_FILENAME) == before
    if existed:
        assert target.read_bytes() == old
    else:
        assert not target.exists()
    status, out, _ = cli("--data-dir", str(folder), "status")
    assert status == 0, out


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_a_link_outside_pointing_at_the_plans_file_is_refused(
    folder: Path, cli: CliRunner, tmp_path: Path, kind: str
) -> None:
    link = tmp_path / "innocent.ics"
    if kind == "symlink":
        link.symlink_to(folder / DB_FILENAME)
    else:
        os.link(folder / DB_FILENAME, link)
    before = digest(folder / DB_FILENAME)
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(link))
    assert status != 0 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert digest(folder / DB_FILENAME) == before
    assert cli("--data-dir", str(folder), "status")[0] == 0


def test_export_through_a_symlink_writes_its_target_and_keeps_the_link(
    folder: Path, cli: CliRunner, tmp_path: Path
) -> None:
    real = tmp_path / "calendars" / "study.ics"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(link))
    assert status == 0, err
    assert link.is_symlink()
    assert list(Calendar.from_ical(real.read_bytes()).walk("VEVENT"))
    assert sorted(os.listdir(real.parent)) == ["study.ics"]


def test_a_read_only_calendar_is_kept_unless_forced(
    folder: Path, cli: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "locked.ics"
    target.write_text("keep me")
    target.chmod(0o444)
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(target))
    assert_one_line_error(status, err, "read-only", "--force")
    assert target.read_text() == "keep me"
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(target), "--force")
    assert status == 0, err
    assert target.stat().st_mode & 0o777 == 0o444
    assert list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert sorted(os.listdir(tmp_path)) == sorted(["data", "locked.ics"])


@pytest.mark.parametrize("length", [200, 255, 300])
def test_long_file_names_are_written_or_refused_in_one_line(
    folder: Path, cli: CliRunner, tmp_path: Path, length: int
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / ("x" * (length - 4) + ".ics")
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(target))
    if length <= 255:
        assert status == 0, err
        assert os.listdir(out_dir) == [target.name]
    else:
        assert_one_line_error(status, err, "too long")
        assert os.listdir(out_dir) == []
