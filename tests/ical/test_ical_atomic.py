"""Writing the .ics file: all or nothing, with a clear error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.ical.atomic import ExportWriteError, write_atomically


def test_writes_a_new_file_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    write_atomically(target, b"BEGIN:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert target.stat().st_mode & 0o044 == 0o044
    assert os.listdir(tmp_path) == ["plan.ics"]


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == ["plan.ics"]


@pytest.mark.parametrize(
    ("make_target", "reason"),
    [
        (lambda tmp: tmp / "missing" / "plan.ics", "no such file or directory"),
        (lambda tmp: tmp, "it is a folder"),
        (lambda tmp: (tmp / "file").with_suffix(".txt") / "plan.ics", "not a directory"),
    ],
    ids=["missing-folder", "is-a-folder", "parent-is-a-file"],
)
def test_an_unwritable_path_gets_a_clear_error_and_leaves_nothing(
    tmp_path: Path, make_target: object, reason: str
) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    before = sorted(os.listdir(tmp_path))
    target = make_target(tmp_path)  # type: ignore[operator]
    with pytest.raises(ExportWriteError) as caught:
        write_atomically(target, b"data")
    assert str(caught.value) == f"Cannot write {target}: {reason}"
    assert sorted(os.listdir(tmp_path)) == before


def test_a_failure_while_writing_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.ics"
    target.write_bytes(b"old calendar")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportWriteError, match=r"plan\.ics: no space left on device"):
        write_atomically(target, b"new calendar")
    assert target.read_bytes() == b"old calendar"
    assert os.listdir(tmp_path) == ["plan.ics"]
