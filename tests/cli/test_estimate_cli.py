"""``study-planner estimate``: the new estimate is in the schedule at once, or the command says
what gives when the rest no longer fits before the exam."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.scheduler import build_schedule
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.usefixtures("cli_now")


@pytest.fixture
def folder(cli_now: str, data_dir: Path) -> Path:
    base = schedule()
    with_exam = dataclasses.replace(base.settings, exam_date=date(2027, 1, 20))
    with service(data_dir, now=datetime.fromisoformat(cli_now)) as svc:
        svc.create_plan(name="Google MLE", schedule=build_schedule(list(base.items), with_exam))
    return data_dir


def run(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


def placed(folder: Path, capsys: pytest.CaptureFixture[str], key: str) -> float:
    status, out, _ = run(folder, capsys, "show", "--json")
    assert status == 0
    shown = json.loads(out)
    return sum(
        a["hours"]
        for s in shown["sessions"]
        for a in s.get("allocations", s.get("items", []))
        if a["item"] == key
    )


def test_estimate_replans_the_rest_and_undo_takes_both_back(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(folder, capsys, "estimate", "course-0/m2", "5")
    assert status == 0
    assert "Saved: Set “Module 2” to 5 h; the rest is re-planned from today at 6 h/week" in out
    assert "exam 2027-01-20" in out
    assert placed(folder, capsys, "course-0/m2") == 5
    assert run(folder, capsys, "undo")[0] == 0
    assert placed(folder, capsys, "course-0/m2") == 3


def test_an_estimate_that_no_longer_fits_names_both_ways_and_keep_chooses(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(folder, capsys, "estimate", "course-0/m2", "40")
    assert status == 1
    assert "no longer fits before the exam on 2027-01-20" in err
    assert "Nothing was changed. Choose with --keep exam-date or --keep hours." in err
    assert placed(folder, capsys, "course-0/m2") == 3

    status, out, _ = run(folder, capsys, "estimate", "course-0/m2", "40", "--keep", "hours")
    assert status == 0 and "at 6 h/week" in out and "exam 2027-01-20" not in out
    assert placed(folder, capsys, "course-0/m2") == 40
    assert run(folder, capsys, "undo")[0] == 0

    status, out, _ = run(folder, capsys, "estimate", "course-0/m2", "40", "--keep", "exam-date")
    assert status == 0 and "exam 2027-01-20" in out and "at 6 h/week" not in out
