"""``study-planner attempt …`` and ``study-planner readiness`` on a real data folder."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.logistics import add_years
from planner.services.clock import SystemClock, today_in


@pytest.fixture
def folder(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    # A practitioner's plan toward the Google exam that started four weeks ago.
    start = today_in(SystemClock(), "UTC") - timedelta(weeks=4)
    status = main(
        [
            "--data-dir",
            str(data_dir),
            "new",
            "--path",
            "ml-practitioner",
            "--cloud",
            "gcp",
            "--start",
            start.isoformat(),
            "--prep-weeks",
            "10",
            "--hours-per-week",
            "6",
            "--tz",
            "UTC",
            "--name",
            "Google MLE",
        ]
    )
    assert status == 0
    capsys.readouterr()
    return data_dir


def cli(folder: Path, *args: str) -> int:
    try:
        return main(["--data-dir", str(folder), *args])
    except SystemExit as exc:  # argparse rejects a bad option value with status 2
        return int(exc.code or 0)


def ago(days: int) -> str:
    return (today_in(SystemClock(), "UTC") - timedelta(days=days)).isoformat()


def test_two_attempts_and_the_readiness_they_give(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(folder, "readiness") == 0
    assert capsys.readouterr().out.startswith("Not yet: no attempts recorded")
    args = ["attempt", "add", "--date", ago(10), "--score", "62", "--source", "Official mock"]
    assert cli(folder, *args, "--domain", "4=48", "--domain", "monitoring=70") == 0
    out = capsys.readouterr().out
    assert "Saved: Record attempt of" in out
    assert "Not yet: Serving and scaling models at 48 % against 75 %." in out
    assert cli(folder, "attempt", "add", "--date", ago(1), "--score", "81", "--domain", "4=79") == 0
    capsys.readouterr()
    assert cli(folder, "readiness", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["attempts"] == 2 and data["target"] == 75.0
    serving = next(d for d in data["domains"] if d["name"] == "Serving and scaling models")
    assert [p["score"] for p in serving["trend"]] == [48, 79]
    assert (48 + 79) / 2 < serving["estimate"] < 79  # the recent attempt counts more
    # Steering would move hours toward the weak domain, conserving the total.
    steer = {s["key"]: s for s in data["steer"]}
    assert sum(s["hours_after"] for s in steer.values()) == sum(
        s["hours_before"] for s in steer.values()
    )
    weak = next(s for s in steer.values() if s["domain"] == "Serving and scaling models")
    assert weak["hours_after"] > weak["hours_before"]
    assert weak["reason"].startswith("Serving and scaling models gets ")
    assert weak["reason"].endswith(f"h more: {serving['estimate']:.0f} % against 75 %")
    assert cli(folder, "readiness", "--margin", "0", "--pass-mark", "60") == 0
    out = capsys.readouterr().out
    assert "Target 60 % (pass mark 60 % + margin 0)" in out
    assert cli(folder, "readiness", "--margin", "8", "--save") == 0
    assert "Saved: Set the readiness target: margin 8 points." in capsys.readouterr().out
    assert cli(folder, "readiness") == 0
    assert "Target 78 % (pass mark 70 % + margin 8)" in capsys.readouterr().out


def test_list_edit_delete_and_undo(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(folder, "attempt", "list") == 0
    assert "No attempts yet" in capsys.readouterr().out
    assert cli(folder, "attempt", "add", "--date", ago(2), "--score", "70") == 0
    assert cli(folder, "attempt", "list", "--json") == 0
    out = capsys.readouterr().out
    attempts = json.loads(out[out.index("[") :])
    number = str(attempts[0]["id"])
    assert cli(folder, "attempt", "edit", number, "--score", "74", "--domain", "1=80") == 0
    assert cli(folder, "attempt", "list") == 0
    out = capsys.readouterr().out
    assert "74 %" in out and "80 %  Architecting low-code AI solutions" in out
    assert cli(folder, "attempt", "delete", number) == 0
    assert "'study-planner undo' brings it back" in capsys.readouterr().out
    assert cli(folder, "undo") == 0
    assert cli(folder, "attempt", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])[0]["score"] == 74


def test_import_a_csv_file(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "scores.csv"
    csv_file.write_text(
        f"date,score,source,1,2,3,4,5,6\n"
        f"{ago(9)},78,Mock 1,80,77,76,78,79,80\n"
        f"{ago(2)},80,Mock 2,82,79,78,77,80,81\n",
        encoding="utf-8",
    )
    assert cli(folder, "attempt", "import", str(csv_file)) == 0
    out = capsys.readouterr().out
    assert "Saved: Import 2 attempts." in out
    assert "Ready to book: last two attempts at or above 75 % in every domain." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attempt", "add", "--score", "120"], "'120' is not a percentage from 0 to 100"),
        (["attempt", "add", "--score", "70", "--domain", "70"], "is not NAME=PERCENT"),
        (["attempt", "add", "--score", "70", "--domain", "Quantum=5"], "No exam domain matches"),
        (["attempt", "add", "--date", "2999-01-01", "--score", "70"], "future day"),
        (["attempt", "edit", "99", "--score", "70"], "This plan has no attempt number 99."),
        (["attempt", "import", "missing.csv"], "There is no file missing.csv."),
        (["readiness", "--margin", "80"], "The margin must lie between 0 and 50"),
    ],
)
def test_bad_input_gets_one_line_and_a_non_zero_status(
    folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli(folder, *args) != 0
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_a_bad_csv_line_is_named(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "scores.csv"
    csv_file.write_text("date,score\n2027-01-04,sixty\n", encoding="utf-8")
    assert cli(folder, "attempt", "import", str(csv_file)) == 1
    assert "Line 2: the score 'sixty' is not a number." in capsys.readouterr().err
    assert cli(folder, "attempt", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_steer_previews_then_applies_a_replan_toward_the_weak_domain(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(folder, "steer", "--dry-run") == 1
    assert "re-weighting would move no hours" in capsys.readouterr().err
    scores = ["--domain", "1=80", "--domain", "4=55", "--domain", "5=82"]
    assert cli(folder, "attempt", "add", "--date", ago(1), "--score", "78", *scores) == 0
    capsys.readouterr()
    assert cli(folder, "steer", "--keep", "hours", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Serving and scaling models gets" in out and "55 % against 75 %" in out
    assert "Nothing changed (--dry-run)." in out
    assert cli(folder, "steer", "--keep", "hours") == 0
    assert "Saved: Re-plan toward weak domains." in capsys.readouterr().out
    assert cli(folder, "undo") == 0
    assert "Undone: Re-plan toward weak domains." in capsys.readouterr().out


def test_book_fail_retake_pass_and_renewal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(folder, "exam", "show") == 0
    assert "No exam booked yet" in capsys.readouterr().out
    args = ["exam", "book", "--date", ago(30), "--time", "09:30", "--delivery", "online"]
    assert cli(folder, *args, "--confirmation", "WA-1234") == 0
    out = capsys.readouterr().out
    assert "Saved: Book the exam on" in out
    assert f"Exam #1: {ago(30)} 09:30, online (confirmation WA-1234)" in out
    assert "free to reschedule or cancel until" in out
    assert cli(folder, "exam", "result", "fail") == 0
    out = capsys.readouterr().out
    assert f"Earliest retake: {ago(16)}" in out  # 14 days after the failed sitting
    assert cli(folder, "exam", "book", "--date", ago(10), "--delivery", "test-centre") == 0
    assert cli(folder, "exam", "result", "pass") == 0
    capsys.readouterr()
    assert cli(folder, "status") == 0
    out = capsys.readouterr().out
    passed = today_in(SystemClock(), "UTC") - timedelta(days=10)
    assert f"Certified until {add_years(passed, 2).isoformat()}" in out  # two years
    assert cli(folder, "status", "--json") == 0
    out = capsys.readouterr().out
    data = json.loads(out[out.index("{") :])
    assert [s["result"] for s in data["exam_logistics"]["sittings"]] == ["fail", "pass"]
    assert data["exam_logistics"]["rules_as_of"] is not None
    assert cli(folder, "undo") == 0
    assert "Undone: Record the exam result: pass." in capsys.readouterr().out
    assert cli(folder, "exam", "show", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sittings"][1]["result"] is None and data["renewal"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["exam", "result", "pass"], "No exam is booked yet"),
        (
            ["exam", "book", "--date", "2027-01-01", "--time", "25:00", "--delivery", "online"],
            "'25:00' is not a time like 09:30.",
        ),
    ],
)
def test_exam_mistakes_get_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli(folder, *args) == 1
    assert message in capsys.readouterr().err


def study_all_but_the_domains(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(folder, "show", "--json") == 0
    items = json.loads(capsys.readouterr().out)["items"]
    for item in items:
        if item["kind"] not in ("exam_domain", "review"):
            assert cli(folder, "tick", item["key"]) == 0
    capsys.readouterr()


def test_a_failed_exam_offers_the_retake_and_retake_replans_toward_the_weak_domain(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study_all_but_the_domains(folder, capsys)
    assert cli(folder, "exam", "book", "--date", ago(1), "--delivery", "online") == 0
    report = ["--score", "61", "--domain", "4=40", "--domain", "1=92", "--domain", "2=90"]
    assert cli(folder, "exam", "result", "fail", *report) == 0
    out = capsys.readouterr().out
    retake_day = ago(1 - 14)
    assert "Saved: Record the exam result: fail and its score report." in out
    assert f"Earliest retake: {retake_day} (14 days after the failure)" in out
    assert f"To move the exam to {retake_day} and prepare the weak domains again: " in out
    assert "study-planner retake 1 [--dry-run]" in out

    assert cli(folder, "retake", "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exam_date"] == data["earliest_retake"] == retake_day
    assert data["fits"] and not data["applied"]
    domains = {d["domain"]: d for d in data["domains"]}
    serving = domains["Serving and scaling models"]
    assert serving["hours"] > serving["hours_by_weight"]
    low_code = domains["Architecting low-code AI solutions"]
    assert low_code["hours"] < low_code["hours_by_weight"]
    assert sum(d["hours"] for d in data["domains"]) == sum(
        d["hours_by_weight"] for d in data["domains"]
    )
    assert cli(folder, "show", "--json") == 0
    before = json.loads(capsys.readouterr().out)

    assert cli(folder, "retake", "1") == 0
    out = capsys.readouterr().out
    assert "Serving and scaling models gets" in out and "h more: 40 % against 75 %" in out
    assert f"Saved: re-planned for the retake on {retake_day}." in out
    assert f"study-planner exam book --date {retake_day}" in out
    assert cli(folder, "show", "--json") == 0
    after = json.loads(capsys.readouterr().out)
    assert after["exam_date"] == retake_day != before["exam_date"]
    assert cli(folder, "undo") == 0
    assert f"Undone: Re-plan for the retake on {retake_day}." in capsys.readouterr().out
    assert cli(folder, "show", "--json") == 0
    assert json.loads(capsys.readouterr().out) == before


def test_a_retake_day_before_the_allowed_one_is_refused(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(folder, "retake") == 1
    assert "There is no failed sitting to retake" in capsys.readouterr().err
    assert cli(folder, "exam", "book", "--date", ago(1), "--delivery", "online") == 0
    assert cli(folder, "exam", "result", "fail") == 0
    capsys.readouterr()
    assert cli(folder, "exam", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["earliest_retake"] == ago(-13) and shown["retake_limit_reached"] is False
    assert shown["retake"].startswith(f"Earliest retake: {ago(-13)} (14 days after the failure)")
    assert cli(folder, "retake", "--date", ago(-3), "--dry-run") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"is too early: earliest retake: {ago(-13)}" in err
