"""A bug in a command: one line for the user, exit status 70, the traceback in the log file.

Each test runs the real command against a real data folder with a real plans file;
the bug is simulated by making one service function raise, nothing else is faked.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from planner.cli import main
from planner.errors import PlannerError
from planner.logs import LOG_FILENAME
from planner.services.plans import PlanService

ROOT = Path(__file__).resolve().parents[2]


def _new_plan(folder: Path) -> None:
    code = main(
        [
            "--data-dir",
            str(folder),
            "new",
            "--path",
            "software-engineer",
            "--start",
            "2026-12-07",
            "--hours-per-week",
            "8",
            "--prep-weeks",
            "8",
        ]
    )
    assert code == 0


def test_a_bug_is_one_line_exit_70_and_its_traceback_is_in_the_log(data_dir: Path) -> None:
    _new_plan(data_dir)
    script = textwrap.dedent(
        f"""
        import sys
        from planner.cli import main
        from planner.services.plans import PlanService

        def broken(self, include_archived=False):
            raise RuntimeError("replaying the ledger went wrong")

        PlanService.list_plans = broken
        sys.exit(main(["--data-dir", {str(data_dir)!r}, "plans"]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    log = data_dir / LOG_FILENAME
    assert result.returncode == 70
    assert result.stderr.splitlines() == [
        "study-planner: Something went wrong inside Study Planner (replaying the ledger "
        f"went wrong); nothing was saved. Details are in {log}."
    ]
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: replaying the ledger went wrong" in text
    assert "in broken" in text
    assert "study-planner plans" in text


def test_an_integrity_error_from_our_logic_is_a_bug_not_a_damaged_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _new_plan(data_dir)
    capsys.readouterr()
    unique = sqlite3.IntegrityError(
        "UNIQUE constraint failed: plan_day_limits.plan_id, plan_day_limits.day"
    )

    def broken(self: PlanService, include_archived: bool = False) -> object:
        raise IntegrityError(
            "INSERT INTO plan_day_limits (plan_id, day) VALUES (?, ?)", (1, 2), unique
        )

    monkeypatch.setattr(PlanService, "list_plans", broken)
    assert main(["--data-dir", str(data_dir), "plans"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "(UNIQUE constraint failed: plan_day_limits.plan_id, plan_day_limits.day)" in err
    assert "could not be used" not in err
    assert "INSERT INTO" not in err, "the SQL stays in the log"
    assert "Traceback" not in err
    log = (data_dir / LOG_FILENAME).read_text(encoding="utf-8")
    assert "sqlalchemy.exc.IntegrityError" in log
    assert "INSERT INTO plan_day_limits" in log


def test_an_expected_failure_from_any_layer_is_its_message_and_status_1(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _new_plan(data_dir)
    capsys.readouterr()

    def refuses(self: PlanService, include_archived: bool = False) -> object:
        raise PlannerError("The calendar file is not an .ics file.")

    monkeypatch.setattr(PlanService, "list_plans", refuses)
    assert main(["--data-dir", str(data_dir), "plans"]) == 1
    assert capsys.readouterr().err == "study-planner: The calendar file is not an .ics file.\n"
    assert not (data_dir / LOG_FILENAME).exists(), "an expected failure is not logged"


def test_where_names_the_log_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "where"]) == 0
    assert f"log file:    {data_dir / LOG_FILENAME}" in capsys.readouterr().out.splitlines()
