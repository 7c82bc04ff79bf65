"""Plans learn what changed: alerts in ``status``, ``switch-exam`` and ``keep-as-is``,
on a real data folder through the real command line."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.storage.db import DB_FILENAME
from tests.catalog_overrides import mla_c01_never_retires, new_weights_and_hours
from tests.conftest import CLI_NOW

# What the catalog says of an exam depends on the day: `study-planner` is told it.
pytestmark = pytest.mark.usefixtures("cli_now")
TODAY = date.fromisoformat(CLI_NOW[:10])

ALL_DAYS = "mon,tue,wed,thu,fri,sat,sun"


def cli(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def out_json(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> Any:
    capsys.readouterr()
    assert cli(folder, *args, "--json") == 0
    return json.loads(capsys.readouterr().out)


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def new_aws_plan(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An English AWS plan made while the catalog still offered MLA-C01 in English."""
    today = TODAY
    override = mla_c01_never_retires(folder)
    assert (
        cli(
            folder,
            *("new", "--path", "data-scientist", "--cloud", "aws", "--tz", "UTC"),
            *("--start", today.isoformat(), "--days", ALL_DAYS, "--hours-per-week", "30"),
            *("--exam-date", (today + timedelta(days=60)).isoformat()),
        )
        == 0
    )
    assert "MLA-C01" in capsys.readouterr().out
    assert out_json(capsys, folder, "status")["alerts"] == []
    override.unlink()  # the catalog now knows the English exam ended


def test_a_plan_saved_against_mla_c01_is_told_and_switches_keeping_done_work(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_aws_plan(data_dir, capsys)
    alerts = out_json(capsys, data_dir, "status")["alerts"]
    assert [a["kind"] for a in alerts] == ["exam-retires"]
    assert "MLA-C01" in alerts[0]["message"] and "in English" in alerts[0]["message"]
    assert "MLA-C02" in alerts[0]["message"]
    assert "switch-exam --to aws-mla-c02" in alerts[0]["fix"]
    assert set(alerts[0]) == {"kind", "message", "fix"}
    assert cli(data_dir, "status") == 0
    text = capsys.readouterr().out
    assert "alert: " in text and "fix: Switch to" in text

    before = out_json(capsys, data_dir, "show")
    domain = next(i["key"] for i in before["items"] if i["kind"] == "exam_domain")
    module = before["items"][0]["key"]
    assert cli(data_dir, "tick", module) == 0
    assert cli(data_dir, "tick", domain) == 0
    done_before = out_json(capsys, data_dir, "status")["hours_done"]

    untouched = digest(data_dir)
    preview = out_json(capsys, data_dir, "switch-exam", "--dry-run")
    assert preview["applied"] is False and preview["to"]["exam_code"] == "MLA-C02"
    assert preview["kept_done"] == [domain], "the done domain of MLA-C01 stays as done work"
    assert preview["added"] and preview["removed"]
    assert digest(data_dir) == untouched

    assert cli(data_dir, "switch-exam") == 0
    assert "Switched: " in capsys.readouterr().out
    after = out_json(capsys, data_dir, "show")
    assert "MLA-C02" in after["exam"]
    keys = {i["key"]: i for i in after["items"]}
    assert keys[module]["done"] and keys[domain]["done"]
    assert set(preview["added"]) <= set(keys)
    assert not set(preview["removed"]) & set(keys)
    status = out_json(capsys, data_dir, "status")
    assert status["alerts"] == [], "the switched plan has nothing left to learn"
    assert status["hours_done"] == done_before
    assert status["exam_date"] == before["exam_date"]

    assert cli(data_dir, "undo") == 0
    assert "Undone: Switch" in capsys.readouterr().out
    again = out_json(capsys, data_dir, "show")
    assert "MLA-C01" in again["exam"]
    assert [i["key"] for i in again["items"]] == [i["key"] for i in before["items"]]
    assert [a["kind"] for a in out_json(capsys, data_dir, "status")["alerts"]] == ["exam-retires"]
    assert cli(data_dir, "redo") == 0
    assert "MLA-C02" in out_json(capsys, data_dir, "show")["exam"]


def test_changed_weights_and_hours_raise_alerts_that_keep_as_is_silences(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = TODAY
    assert (
        cli(
            data_dir,
            *("new", "--path", "data-scientist", "--cloud", "gcp", "--tz", "UTC"),
            *("--start", today.isoformat(), "--hours-per-week", "10", "--prep-weeks", "8"),
        )
        == 0
    )
    assert out_json(capsys, data_dir, "status")["alerts"] == []
    new_weights_and_hours(data_dir)
    alerts = out_json(capsys, data_dir, "status")["alerts"]
    assert sorted(a["kind"] for a in alerts) == ["course-hours", "domains-changed"]
    hours = next(a for a in alerts if a["kind"] == "course-hours")
    assert "Production Machine Learning Systems" in hours["message"]
    weights = next(a for a in alerts if a["kind"] == "domains-changed")
    assert "→" in weights["message"] and "switch-exam --to gcp-pmle" in weights["fix"]

    assert cli(data_dir, "keep-as-is") == 0
    assert "2 alert(s) silenced" in capsys.readouterr().out
    assert out_json(capsys, data_dir, "status")["alerts"] == []
    assert cli(data_dir, "status") == 0
    assert "2 catalog change(s) kept as they are" in capsys.readouterr().out
    assert cli(data_dir, "undo") == 0
    assert len(out_json(capsys, data_dir, "status")["alerts"]) == 2


def test_new_weights_re_plan_the_exam_block_with_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = TODAY
    args = ("--start", today.isoformat(), "--hours-per-week", "10", "--prep-weeks", "8")
    assert cli(data_dir, "new", "--path", "data-scientist", "--tz", "UTC", *args) == 0
    old = {i["key"]: i for i in out_json(capsys, data_dir, "show")["items"]}
    new_weights_and_hours(data_dir)
    assert cli(data_dir, "switch-exam", "--to", "gcp-pmle") == 0
    new = {i["key"]: i for i in out_json(capsys, data_dir, "show")["items"]}
    domains = [k for k in new if new[k]["kind"] == "exam_domain"]
    assert [new[k]["hours"] for k in domains] != [old[k]["hours"] for k in domains]
    kinds = [a["kind"] for a in out_json(capsys, data_dir, "status")["alerts"]]
    assert kinds == ["course-hours"], "the weights are learned; the hours are still news"


def test_an_older_plan_reads_its_facts_from_its_items_and_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = TODAY
    args = ("--start", today.isoformat(), "--hours-per-week", "10", "--prep-weeks", "8")
    assert cli(data_dir, "new", "--path", "data-scientist", "--tz", "UTC", *args) == 0
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    with conn:
        conn.execute("DELETE FROM plan_facts")  # as a plan made before facts were kept
    conn.close()
    assert out_json(capsys, data_dir, "status")["alerts"] == []
    new_weights_and_hours(data_dir)
    assert sorted(a["kind"] for a in out_json(capsys, data_dir, "status")["alerts"]) == [
        "course-hours",
        "domains-changed",
    ]
    assert cli(data_dir, "status") == 0
    assert "read from its items" in capsys.readouterr().out
    assert cli(data_dir, "keep-as-is") == 0
    assert out_json(capsys, data_dir, "status")["alerts"] == []


def test_bad_requests_are_one_line_and_change_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = TODAY
    args = ("--start", today.isoformat(), "--hours-per-week", "10", "--prep-weeks", "8")
    assert cli(data_dir, "new", "--path", "data-scientist", "--tz", "UTC", *args) == 0
    before = digest(data_dir)
    capsys.readouterr()
    assert cli(data_dir, "switch-exam", "--to", "no-such-exam") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no exam 'no-such-exam'" in err
    assert cli(data_dir, "switch-exam") == 1
    assert "names no exam to switch" in capsys.readouterr().err
    assert cli(data_dir, "keep-as-is") == 1
    assert "nothing to keep" in capsys.readouterr().err
    assert digest(data_dir) == before
