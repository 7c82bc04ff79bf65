"""``study-planner new --dry-run``: the plan from the built-in catalog, as a table or JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from planner.catalog import load_catalog
from planner.cli import main

# Their plans are dated: `study-planner` is told what day it is (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("cli_now")

BASE = ["new", "--start", "2026-11-30", "--hours-per-week", "8", "--dry-run"]


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any], str]:
    status = main([*BASE, "--json", *args])
    captured = capsys.readouterr()
    return status, json.loads(captured.out), captured.err


def test_json_plan_has_weeks_sessions_items_and_the_exam(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, plan, err = run_json(
        capsys, "--path", "software-engineer", "--exam-date", "2027-12-01", "--days", "mon,wed,sat"
    )
    assert status == 0, err
    assert plan["exam_date"] == "2027-12-01"
    assert plan["feasible"] is True
    keys = [it["key"] for it in plan["items"]]
    assert keys[-1] == "prep/review"
    assert any(k.startswith("portfolio-project/") for k in keys)
    # Allocations add up to the items' hours, and sessions to the allocations.
    per_item: dict[str, float] = {}
    for week in plan["weeks"]:
        date.fromisoformat(week["start"])
        for a in week["allocations"]:
            per_item[a["item"]] = per_item.get(a["item"], 0) + a["hours"]
    assert per_item == {it["key"]: it["hours"] for it in plan["items"]}
    session_total = sum(i["hours"] for s in plan["sessions"] for i in s["items"])
    assert session_total == sum(per_item.values())
    days = {date.fromisoformat(s["date"]).weekday() for s in plan["sessions"]}
    assert days <= {0, 2, 5}
    assert all(s["start"] == "19:00" and s["date"] < "2027-12-01" for s in plan["sessions"])


def test_prep_weeks_date_the_exam_after_the_final_week(capsys: pytest.CaptureFixture[str]) -> None:
    status, plan, _ = run_json(capsys, "--path", "ml-practitioner", "--prep-weeks", "10")
    assert status == 0
    # Only exam preparation: ten weeks from Monday 2026-11-30.
    assert plan["exam_date"] == (date(2026, 11, 30) + timedelta(weeks=10)).isoformat()
    # 8 h over 3 days hold 7.5 h a week; the week of a practice exam may run a little
    # longer, as its day holds the whole 2 h sitting after that day's study.
    hours = [w["hours"] for w in plan["weeks"][:10]]
    assert sum(hours) == 75.0 and all(h <= 8.0 for h in hours)
    assert [a["item"] for a in plan["weeks"][9]["allocations"]] == ["prep/review"]
    assert not any(w["code"] == "short_prep" for w in plan["warnings"])


def test_a_retired_exam_is_replaced_by_its_successor_with_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, plan, _ = run_json(
        capsys, "--path", "ml-practitioner", "--cloud", "aws", "--prep-weeks", "8"
    )
    assert status == 0
    assert "MLA-C02" in plan["exam"]
    assert any("retired" in w["message"] and "MLS-C01" in w["message"] for w in plan["warnings"])


def test_an_english_aws_plan_targets_mla_c02_in_beta_with_aws_coursework(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, plan, _ = run_json(capsys, "--path", "software-engineer", "--cloud", "aws")
    assert status == 0
    assert plan["exam"].endswith("(MLA-C02)")
    note = next(w["message"] for w in plan["warnings"] if "MLA-C02" in w["message"])
    assert "MLA-C01 in English was retired on 2026-09-28" in note
    assert "beta until 2027-01-14" in note and "ME1-C02" in note
    groups = {item["group"] for item in plan["items"]}
    assert {"aws-sagemaker-ml-engineering", "aws-bedrock-genai-engineering"} <= groups
    assert not any(g.startswith(("gc-", "azure-")) for g in groups)
    domains = [i["title"] for i in plan["items"] if i["key"].startswith("prep/1-")]
    assert domains == ["Data Preparation for ML and AI (28%)"]


def test_a_japanese_aws_plan_keeps_mla_c01_until_mla_c02_is_generally_available(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # (8 h a week are too few for these exam dates; the plan is still shown with its exam.)
    _, plan, _ = run_json(
        capsys, "--path", "aws-full", "--exam-language", "ja", "--exam-date", "2027-01-13"
    )
    assert plan["exam"].endswith("(MLA-C01)")
    assert any(
        "MLA-C01 can be sat in Japanese until 2027-01-13; book it by then." in w["message"]
        for w in plan["warnings"]
    )
    _, later, _ = run_json(
        capsys, "--path", "aws-full", "--exam-language", "ja", "--exam-date", "2027-01-14"
    )
    assert later["exam"].endswith("(MLA-C02)")
    _, english, _ = run_json(
        capsys, "--path", "aws-full", "--exam-language", "en", "--exam-date", "2027-01-13"
    )
    assert english["exam"].endswith("(MLA-C02)")


def test_an_azure_plan_targets_ai_300_with_azure_ml_coursework(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, plan, _ = run_json(capsys, "--path", "data-scientist", "--cloud", "azure")
    assert status == 0
    assert plan["exam"].endswith("(AI-300)")
    groups = [item["group"] for item in plan["items"]]
    assert groups.index("azure-ml-mlops") < groups.index("exam-prep")
    assert "production-ml-systems" not in groups
    assert any("AI-300 is in beta" in w["message"] for w in plan["warnings"])


def test_days_off_and_session_time_and_zone_are_respected(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, plan, _ = run_json(
        capsys,
        "--path",
        "data-scientist",
        "--prep-weeks",
        "8",
        "--off",
        "2026-12-24..2027-01-01",
        "2027-01-04",
        "--session-start",
        "06:30",
        "--tz",
        "Europe/Berlin",
    )
    assert status == 0
    assert plan["timezone"] == "Europe/Berlin"
    session_days = {s["date"] for s in plan["sessions"]}
    assert not any("2026-12-24" <= d <= "2027-01-01" for d in session_days)
    assert "2027-01-04" not in session_days
    assert {s["start"] for s in plan["sessions"]} == {"06:30"}


def test_a_plan_that_does_not_fit_prints_the_diagnosis_and_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, plan, err = run_json(capsys, "--path", "software-engineer", "--exam-date", "2027-04-15")
    assert status == 2
    assert plan["feasible"] is False
    lines = err.strip().splitlines()
    assert "needs" in lines[0] and "h/week (you have 8)" in lines[0]
    assert "or move the exam to " + plan["diagnosis"]["earliest_exam_date"] in lines[0]
    # Then every fix that works, one per line, the smallest change first.
    assert lines[1:] and all(line.startswith("  fix: ") for line in lines[1:])
    assert any("move the exam to" in line for line in lines[1:])


def test_a_past_exam_date_and_zero_hours_are_named_as_such(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["new", "--path", "ml-practitioner", "--dry-run", "--start", "2020-01-06"]
    assert main([*args, "--hours-per-week", "6", "--exam-date", "2020-03-01"]) == 2
    assert "the exam date 2020-03-01 has already passed" in capsys.readouterr().err
    assert main([*args, "--hours-per-week", "0", "--prep-weeks", "8"]) == 2
    assert "0 h/week would never finish the plan" in capsys.readouterr().err


def test_table_output_lists_weeks_and_milestones(capsys: pytest.CaptureFixture[str]) -> None:
    status = main([*BASE, "--path", "data-scientist", "--prep-weeks", "8", "--name", "My plan"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("Plan: My plan\n")
    assert "week of" in out and "2026-11-30" in out
    assert "Production Machine Learning Systems done" in out
    assert "Exam: " in out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--path", "nope"], "unknown path 'nope'"),
        (["--path", "google-full", "--cloud", "aws"], "has no exam for aws"),
        (["--path", "ml-practitioner", "--exam-date", "2026-11-01"], "must be after the start"),
        (["--path", "ml-practitioner", "--days", "mon,someday"], "'someday' is not a weekday"),
        (["--path", "ml-practitioner", "--start", "2026-13-01"], "is not a date"),
        (["--path", "ml-practitioner", "--tz", "Mars/Olympus"], "not a known time zone"),
        (["--path", "ml-practitioner", "--session-start", "7pm"], "not a time of day"),
        (["--path", "ml-practitioner", "--prep-weeks", "0"], "must be at least 1"),
        (["--path", "ml-practitioner", "--hours-per-week", "0"], "more than 0"),
        (["--path", "ml-practitioner", "--hours-per-week", "40"], "can hold"),
        (["--path", "ml-practitioner", "--off", "2027-01-02..2027-01-01"], "end before"),
        (
            ["--path", "ml-practitioner", "--exam-date", "2027-01-01", "--prep-weeks", "8"],
            "not allowed with",
        ),
    ],
)
def test_bad_arguments_are_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        status = main([*BASE, *args])
        raise SystemExit(status)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err
    assert "Traceback" not in err


def test_without_dry_run_the_plan_is_saved_and_shown_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(tmp_path / "data")
    args = ["new", "--path", "ml-practitioner", "--start", "2026-11-30", "--hours-per-week", "8"]
    assert main(["--data-dir", folder, *args, "--prep-weeks", "8", "--name", "PMLE"]) == 0
    assert "Saved as plan 1" in capsys.readouterr().out
    assert main(["--data-dir", folder, "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "PMLE"
    assert shown["items"][0]["done"] is False
    assert main(["--data-dir", folder, "tick", shown["items"][0]["key"]]) == 0
    assert main(["--data-dir", folder, "show", "--week", "1"]) == 0
    table = capsys.readouterr().out
    assert "[x] " in table and shown["items"][0]["key"] in table
    assert main(["--data-dir", folder, "show", "--week", "99"]) == 1
    assert "no week 99" in capsys.readouterr().err


def test_a_plan_that_does_not_fit_is_not_saved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    args = ["new", "--path", "software-engineer", "--start", "2026-11-30"]
    status = main(
        ["--data-dir", str(folder), *args, "--hours-per-week", "3", "--exam-date", "2027-01-15"]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert "does not fit" in err and "Nothing was saved" in err
    assert main(["--data-dir", str(folder), "plans"]) == 0
    assert "No plans yet" in capsys.readouterr().out


def test_the_installed_command_runs(tmp_path: Any) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            *BASE,
            "--path",
            "ml-practitioner",
            "--prep-weeks",
            "8",
            "--json",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"][-1]["key"] == "prep/review"


def test_spaced_review_adds_short_reviews_that_count_as_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--path", "software-engineer", "--exam-date", "2027-09-01"]
    status, plain, _ = run_json(capsys, *args)
    status, reviewed, _ = run_json(capsys, *args, "--review-share", "10")
    assert status == 0
    reviews = [i for i in reviewed["items"] if i["key"].startswith("review/")]
    # Each review names the exam domain its modules serve.
    domains = [d.name for d in load_catalog(None).catalog.certifications["gcp-pmle"].domains]
    assert reviews and all(i["title"].startswith("Review — ") for i in reviews)
    assert all(any(f"{d}: " in i["title"] for d in domains) for i in reviews)
    hours = lambda plan: sum(s["hours"] for s in plan["sessions"])  # noqa: E731
    assert hours(reviewed) == hours(plain) + sum(i["hours"] for i in reviews)
    status, off, _ = run_json(capsys, *args, "--no-review")
    assert status == 0 and off["items"] == plain["items"]
    with pytest.raises(SystemExit) as refused:
        main([*BASE, *args, "--review-share", "40"])
    assert refused.value.code == 2
    assert "at most 25 % of the weekly hours go to review" in capsys.readouterr().err


def test_new_without_a_start_begins_today_or_on_the_next_study_day(
    cli_now: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime

    args = ["new", "--path", "ml-practitioner", "--hours-per-week", "4", "--tz", "UTC"]
    assert main([*args, "--days", "mon,tue,wed,thu,fri,sat,sun", "--dry-run", "--json"]) == 0
    today = datetime.fromisoformat(cli_now).date()
    assert json.loads(capsys.readouterr().out)["start"] == today.isoformat()
    tomorrow = today + timedelta(days=1)
    only = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][tomorrow.weekday()]
    assert main([*args, "--days", only, "--dry-run", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["start"] == tomorrow.isoformat()
    assert plan["sessions"][0]["date"] == tomorrow.isoformat()  # the first week holds work
