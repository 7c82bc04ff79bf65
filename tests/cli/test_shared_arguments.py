"""The arguments many commands share: PLAN / --plan choose the plan, a bad day is one
line naming the argument, in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from tests.plan_factory import schedule, service


@pytest.fixture
def folder(data_dir: Path, cli_now: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "STUDY_PLANNER_LANG"):
        monkeypatch.delenv(name, raising=False)
    with service(data_dir) as svc:
        svc.create_plan(name="First", schedule=schedule())
        svc.create_plan(name="Second", schedule=schedule())
    return data_dir


def call(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = main(["--data-dir", str(folder), *args])
    except SystemExit as exc:  # argparse refuses bad arguments this way
        status = int(exc.code or 0)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize(
    "args",
    [
        ["attempt", "add", "--score", "70", "--date", "2027-02-30"],
        ["exam", "book", "--delivery", "online", "--date", "2027-02-30"],
        ["retake", "--date", "2027-02-30"],
    ],
)
def test_a_day_that_is_none_is_refused_in_one_line_in_english_and_german(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    status, out, err = call(folder, capsys, *args)
    assert status == 2 and out == ""
    assert "error: argument --date: '2027-02-30' is not a date like 2027-01-31" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    status, _, err = call(folder, capsys, *args)
    assert status == 2 and "Fehler:" in err and "2027-02-30" in err
    assert "is not a date" not in err


def test_plan_and_dash_dash_plan_choose_the_plan_by_name_or_number(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["show", "First"], ["show", "1"]):
        status, out, _ = call(folder, capsys, *args)
        assert status == 0 and "First" in out and "Second" not in out
    status, out, _ = call(folder, capsys, "attempt", "list", "--plan", "Second", "--json")
    assert (status, out.strip()) == (0, "[]")
    status, _, err = call(folder, capsys, "attempt", "list", "--plan", "Third")
    assert status == 1 and "No plan called 'Third'" in err
    status, _, err = call(folder, capsys, "show", "Third")
    assert status == 1 and "No plan called 'Third'" in err
