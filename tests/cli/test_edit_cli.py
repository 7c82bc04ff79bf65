"""``study-planner edit``: change a saved plan from the command line, see what moves, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main

COMMON = ("--path", "software-engineer", "--hours-per-week", "8", "--tz", "UTC")


def cli(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


@pytest.fixture
def folder(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    # Far enough ahead that the real clock's today is before the start.
    assert cli(data_dir, "new", *COMMON, "--start", "2030-01-07", "--exam-date", "2030-10-01") == 0
    capsys.readouterr()
    return data_dir


def show(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert cli(folder, "show", "--json") == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_edit_saves_one_undoable_step(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(folder, "edit", "--hours-per-week", "10", "--days", "mon,wed,fri,sat") == 0
    out = capsys.readouterr().out
    assert (
        "hours per week: 8 h → 10 h" in out and "study days: mon,wed,sat → mon,wed,fri,sat" in out
    )
    assert "Saved: Edit plan" in out
    plan = show(folder, capsys)
    assert plan["hours_per_week"] == 10 and plan["study_days"] == ["mon", "wed", "fri", "sat"]
    assert cli(folder, "undo") == 0
    assert "Undone: Edit plan" in capsys.readouterr().out
    assert show(folder, capsys)["hours_per_week"] == 8


def test_dry_run_and_dropping_a_course(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(folder, "edit", "--drop", "ml-classification", "--dry-run", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["saved"] is False and "courses dropped: ml-classification" in result["changes"]
    assert any(key.startswith("ml-classification/") for key in result["dropped"])
    groups = {i["group"] for i in show(folder, capsys)["items"]}  # type: ignore[attr-defined]
    assert "ml-classification" in groups  # the dry run saved nothing
    assert cli(folder, "edit", "--drop", "ml-classification") == 0
    groups = {i["group"] for i in show(folder, capsys)["items"]}  # type: ignore[attr-defined]
    assert "ml-classification" not in groups


def test_a_plan_that_no_longer_fits_lists_the_fixes_and_saves_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(folder, "edit", "--exam-date", "2030-06-15") == 2
    err = capsys.readouterr().err
    assert "plan does not fit" in err and "Nothing was saved" in err
    assert (
        "fix: study" in err and "fix: move the exam to" in err and "fix: drop the optional" in err
    )
    assert show(folder, capsys)["settings"]["exam_date"] == "2030-10-01"  # type: ignore[index]


def test_bad_edits_are_one_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(folder, "edit") == 2
    assert "nothing to change" in capsys.readouterr().err
    assert cli(folder, "edit", "--hours-per-week", "0") == 2
    assert "0 h/week would never finish the plan" in capsys.readouterr().err
    assert cli(folder, "edit", "--exam-date", "2020-01-01") == 2
    assert "has already passed" in capsys.readouterr().err
    assert cli(folder, "edit", "--drop", "no-such-course") == 2
    assert "not a course of this plan" in capsys.readouterr().err
