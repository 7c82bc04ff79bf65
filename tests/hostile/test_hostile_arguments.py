"""Absurd command-line arguments: each gets one clear line, and nothing is saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import HOSTILE, CliRunner, assert_one_line_error, digest
from tests.plan_factory import service

NEW = ["new", "--path", "software-engineer", "--tz", "Europe/Berlin", "--dry-run"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--start", "9999-12-31", "--hours-per-week", "8", "--prep-weeks", "10"], "9999-12-31"),
        (["--start", "9999-12-01", "--hours-per-week", "8"], "9999-12-31"),
        (["--start", "9999-12-20", "--exam-date", "9999-12-31", "--hours-per-week", "8"], "9999"),
        (["--start", "2026-11-30", "--exam-date", "0001-01-01", "--hours-per-week", "8"], "after"),
        (["--start", "2026-02-30", "--hours-per-week", "8"], "is not a date"),
        (["--start", "2026-11-30", "--hours-per-week", "inf"], "number of hours"),
        (["--start", "2026-11-30", "--hours-per-week", "1e308"], "168"),
        (["--start", "2026-11-30", "--hours-per-week", "169"], "168"),
        (["--start", "2026-11-30", "--hours-per-week", "nan"], "number of hours"),
        (["--start", "2026-11-30", "--hours-per-week", "-8"], "more than 0"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--max-session", "1e9"], "24"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--max-session=-inf"], "hours"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--prep-weeks", "10" * 30], "50 years"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--session-start", "24:00"], "HH:MM"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--tz", "../../etc/passwd"], "zone"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--days", ",,"], "weekday"),
        (["--start", "2026-11-30", "--hours-per-week", "8", "--off", "0001-01-01..9999-12-31"], ""),
    ],
)
def test_absurd_plan_arguments_get_one_clear_line(
    cli: CliRunner, args: list[str], expected: str
) -> None:
    status, _out, err = cli(*NEW, *args)
    assert status == 2
    assert_one_line_error(status, err, expected)


@given(
    start=st.dates(),
    exam_days=st.one_of(st.none(), st.integers(-400, 3_000_000)),
    hours=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0.25, 1, 7.5, 40, 168]),
    ),
)
@HOSTILE
def test_any_dates_and_hours_give_a_plan_or_one_line(
    cli: CliRunner, start: object, exam_days: int | None, hours: float
) -> None:
    """Dry runs only, so this property needs no database."""
    from datetime import date, timedelta

    assert isinstance(start, date)
    args = [*NEW, "--start", start.isoformat(), "--hours-per-week", repr(hours), "--prep-weeks"]
    args.append("9")
    if exam_days is not None:
        args = args[:-2]
        try:
            args += ["--exam-date", (start + timedelta(days=exam_days)).isoformat()]
        except OverflowError:
            args += ["--exam-date", "9999-12-31"]
    status, out, err = cli(*args)
    if status == 0:
        assert "Plan:" in out
    elif status == 2 and "does not fit" in err:
        assert "Plan:" in out and "Traceback" not in err
    else:
        assert_one_line_error(status, err)


@pytest.mark.parametrize(
    ("args", "expected", "status"),
    [
        (["tick", "x", "--plan", "9" * 40], "No plan called", 1),
        (["tick", "course-0/m1", "--plan", ""], "plan", 1),
        (["rename", "", "Other"], "plan", 1),
        (["rename", "1", ""], "visible character", 1),
        (["rename", "1", "\x1b\x07\x00\u202e"], "visible character", 1),
        (["rename", "1", "x" * 201], "200 characters", 1),
        (["duplicate", "1", "--name", "\t\n"], "visible character", 1),
        (["tick", "", "--plan", "1"], "no item", 1),
        (["tick", "\x00\x1b", "--plan", "1"], "no item", 1),
        (["log", "course-0/m1", "1e308"], "at most 24", 1),
        (["log", "course-0/m1", "inf"], "number of hours", 2),
        (["log", "course-0/m1", "0.1"], "at least 0.25", 1),
        (["log", "course-0/m1", "1", "--date", "9999-12-31"], "future", 1),
        (["log", "course-0/m1", "1", "--date", "0001-01-01"], "before the plan starts", 1),
        (["estimate", "course-0/m1", "1e308"], "at most 1000", 1),
        (["estimate", "course-0/m1", "nan"], "number of hours", 2),
        (["show", "--week", "9" * 30], "there is no week", 1),
        (["show", "--week", "0"], "at least 1", 2),
        (["restore", ""], "backup", 1),
        (["restore", "   "], "backup", 1),
        (["restore", "../../etc/passwd"], "No backup called", 1),
        (["delete", "1"], "--yes", 2),
        (["export", "--ics", ""], "file name", 2),
        (["export", "--what", "everything", "--ics", "x.ics"], "choose from", 2),
        (["import-busy", "/nonexistent/dir/busy.ics"], "Cannot read", 1),
    ],
)
def test_absurd_arguments_on_a_saved_plan_are_one_line_and_change_nothing(
    folder: Path, cli: CliRunner, args: list[str], expected: str, status: int
) -> None:
    before = digest(folder / DB_FILENAME)
    backups = sorted(p.name for p in (folder / "backups").iterdir())
    got, _out, err = cli("--data-dir", str(folder), *args)
    assert got == status
    assert_one_line_error(got, err, expected)
    assert digest(folder / DB_FILENAME) == before
    assert sorted(p.name for p in (folder / "backups").iterdir()) == backups


def test_control_characters_never_reach_a_stored_name_or_the_output(
    folder: Path, cli: CliRunner
) -> None:
    status, _out, err = cli("--data-dir", str(folder), "rename", "1", "A\x1b[31mB\u202e\x00 C\t\tD")
    assert status == 0, err
    status, out, _err = cli("--data-dir", str(folder), "plans")
    assert "A[31mB C D" in out
    assert not any(ch in out for ch in "\x1b\x00\u202e\t")


@pytest.mark.parametrize(
    "where",
    ["missing-folder/x.ics", "a-file/x.ics", "a-folder", "a-fifo", "read-only/x.ics"],
)
def test_export_to_a_place_that_cannot_hold_a_calendar_is_one_line_and_remembers_nothing(
    folder: Path, cli: CliRunner, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("keep me")
    (tmp_path / "a-folder").mkdir()
    os.mkfifo(tmp_path / "a-fifo")
    target = tmp_path / where
    if where.startswith("read-only"):
        target = Path("/proc/self/study.ics")  # /proc refuses new files even for root
    before = digest(folder / DB_FILENAME)
    status, _out, err = cli("--data-dir", str(folder), "export", "--ics", str(target))
    assert_one_line_error(status, err, "Cannot write")
    assert digest(folder / DB_FILENAME) == before
    assert (tmp_path / "a-file").read_text() == "keep me"
    assert (tmp_path / "a-fifo").is_fifo()
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_a_plan_id_too_large_for_sqlite_is_just_an_unknown_plan(folder: Path) -> None:
    from planner.services.plans import ServiceError

    with service(folder) as svc, pytest.raises(ServiceError, match="No plan called"):
        svc.resolve(str(2**70))
