"""Error lines, log, undo/redo, rebalance and the plan-keeping commands in German.

English stays word for word as it was; --json stays the same in every language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from tests.plan_factory import schedule, service


@pytest.fixture
def folder(data_dir: Path, cli_now: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "STUDY_PLANNER_LANG"):
        monkeypatch.delenv(name, raising=False)
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule())
    return data_dir


def call(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = main(["--data-dir", str(folder), *args])
    except SystemExit as exc:  # argparse refuses bad arguments this way
        status = int(exc.code or 0)
    out = capsys.readouterr()
    return status, out.out, out.err


def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")


def test_error_lines_in_german_and_english(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = call(folder, capsys, "status", "Nope")
    assert (status, err) == (
        1,
        "study-planner: No plan called 'Nope'. 'study-planner plans' lists them.\n",
    )
    status, _, err = call(folder, capsys, "log", "course-0/m0", "2", "--date", "2026-13-01")
    assert status == 2
    assert "error: argument --date: '2026-13-01' is not a date like 2026-12-24" in err
    assert err.rstrip().endswith("(see 'study-planner log --help')")
    status, _, err = call(folder, capsys, "delete", "1")
    assert (status, err) == (
        2,
        "study-planner: Deleting a plan needs --yes (a backup is taken first).\n",
    )

    german(monkeypatch)
    status, _, err = call(folder, capsys, "status", "Nope")
    assert status == 1
    assert err.startswith("study-planner: Fehler: Kein Plan namens „Nope“.")
    status, _, err = call(folder, capsys, "log", "course-0/m0", "2", "--date", "2026-13-01")
    assert status == 2
    assert "Fehler:" in err and "„2026-13-01“ ist kein Datum wie 2026-12-24" in err
    assert "(siehe 'study-planner log --help')" in err
    status, _, err = call(folder, capsys, "log", "course-0/m0", "zwei")
    assert status == 2 and "„zwei“ ist keine Stundenzahl" in err
    status, _, err = call(folder, capsys, "delete", "1")
    assert status == 2 and err.startswith("study-planner: Fehler: Zum Löschen eines Plans")
    status, _, err = call(folder, capsys, "show", "--week", "99")
    assert status == 1 and "eine Woche 99 gibt es nicht" in err


def test_a_data_folder_that_is_a_file_fails_in_german(
    tmp_path: Path,
    cli_now: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_a_folder = tmp_path / "plans.txt"
    not_a_folder.write_text("not a folder")
    status, _, english = call(not_a_folder, capsys, "plans")
    german(monkeypatch)
    status_de, _, err = call(not_a_folder, capsys, "plans")
    assert status == status_de != 0
    assert english.startswith("study-planner: ") and "Fehler" not in english
    assert err.startswith("study-planner: Fehler: ")


def test_log_undo_redo_speak_german(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    german(monkeypatch)
    status, out, _ = call(folder, capsys, "redo")
    assert (status, out) == (0, "Nichts zu wiederholen.\n")
    status, out, _ = call(folder, capsys, "log", "course-0/m0", "1.5")
    assert status == 0 and out.startswith("Gespeichert: ") and "Saved" not in out
    status, out, _ = call(folder, capsys, "undo")
    assert status == 0 and out.startswith("Rückgängig gemacht: ")
    status, out, _ = call(folder, capsys, "redo")
    assert status == 0 and out.startswith("Wiederholt: ")
    status, out, _ = call(folder, capsys, "rename", "1", "Neu")
    assert (status, out) == (0, "Umbenannt.\n")
    status, out, _ = call(folder, capsys, "archive", "1")
    assert (status, out) == (0, "Archiviert.\n")


def test_log_undo_redo_stay_english(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert call(folder, capsys, "redo")[1] == "Nothing to redo.\n"
    status, out, _ = call(folder, capsys, "log", "course-0/m0", "1.5")
    assert status == 0 and out.startswith("Saved: ") and out.endswith(".\n")
    logged = out.removeprefix("Saved: ").removesuffix(".\n")
    assert call(folder, capsys, "undo")[1] == f"Undone: {logged}.\n"
    assert call(folder, capsys, "redo")[1] == f"Redone: {logged}.\n"


def test_rebalance_in_german_and_its_json_unchanged(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english_json = call(folder, capsys, "rebalance", "--dry-run", "--keep", "hours", "--json")[1]
    status, english, _ = call(folder, capsys, "rebalance", "--dry-run", "--keep", "hours")
    assert status in (0, 2) and english.startswith("Would re-plan from today at ")
    german(monkeypatch)
    assert (
        call(folder, capsys, "rebalance", "--dry-run", "--keep", "hours", "--json")[1]
        == english_json
    )
    json.loads(english_json)
    status_de, out, _ = call(folder, capsys, "rebalance", "--dry-run", "--keep", "hours")
    assert status_de == status
    assert out.startswith("Würde ab heute mit ") and "re-plan" not in out


def test_the_timer_speaks_german_and_its_json_is_unchanged(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    german(monkeypatch)
    status, out, _ = call(folder, capsys, "timer", "status")
    assert (status, out) == (0, "Es läuft kein Timer.\n")
    status, _, err = call(folder, capsys, "timer", "start")
    assert status == 2 and err.startswith("study-planner: Fehler: Geben Sie an, welche Einheit")
    status, out, _ = call(folder, capsys, "timer", "start", "course-0/m0")
    assert status == 0 and out.startswith("Timer für „") and "„Google MLE“ gestartet." in out
    monkeypatch.setenv("STUDY_PLANNER_NOW", "2026-11-30T12:45:00+00:00")
    status, out, _ = call(folder, capsys, "timer", "status")
    assert status == 0 and out.startswith("Timer: Sie lernen „") and " · 0:45 (stop erfasst " in out
    german_json = call(folder, capsys, "timer", "status", "--json")[1]
    monkeypatch.delenv("STUDY_PLANNER_LANG")
    assert call(folder, capsys, "timer", "status", "--json")[1] == german_json
    assert json.loads(german_json)["running"] is True
    status, out, _ = call(folder, capsys, "timer", "status")
    assert out.startswith("Timer: studying “") and " · 0:45 (stop logs " in out
    german(monkeypatch)
    status, out, _ = call(folder, capsys, "timer", "stop")
    assert status == 0 and out.startswith("Gespeichert: ") and "(0:45 gemessen)" in out


def test_readiness_lines_of_the_command_line_in_german(
    data_dir: Path,
    cli_now: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new = ["new", "--path", "ml-practitioner", "--cloud", "gcp", "--start", "2026-11-02"]
    new += ["--prep-weeks", "10", "--hours-per-week", "6", "--tz", "UTC", "--name", "G"]
    assert call(data_dir, capsys, *new)[0] == 0
    german(monkeypatch)
    status, out, _ = call(data_dir, capsys, "attempt", "list")
    assert (status, out) == (
        0,
        "Noch keine Versuche. Erfassen Sie einen: study-planner attempt add --score 72\n",
    )
    status, out, _ = call(
        data_dir,
        capsys,
        "attempt",
        "add",
        "--date",
        "2026-11-20",
        "--score",
        "62",
        "--domain",
        "1=80",
        "--domain",
        "4=55",
        "--domain",
        "5=82",
    )
    assert status == 0 and out.startswith("Gespeichert: ")
    status, out, _ = call(data_dir, capsys, "steer", "--keep", "hours", "--dry-run")
    assert status == 0 and out.endswith("Nichts geändert (--dry-run).\n")
    assert "Prüfung: " in out and " h/Woche" in out
    # The readiness sentence and the domains' reasons too.
    assert out.startswith("Noch nicht: ") and " mehr: " in out and " statt " in out
    assert "Not yet" not in out and " gets " not in out and " against " not in out
    status, out, _ = call(data_dir, capsys, "readiness", "--margin", "0", "--pass-mark", "60")
    assert status == 0
    assert out.startswith("Noch nicht: ") and "Not yet" not in out
    assert "Ziel 60 % (Bestehensgrenze 60 % + Puffer 0) · gesamt " in out
    assert " · 1 Versuch\n" in out
    status, _, err = call(data_dir, capsys, "readiness", "--save")
    assert status == 2 and err.startswith("study-planner: Fehler: --save speichert --margin")
    german_json = call(data_dir, capsys, "readiness", "--json")[1]
    monkeypatch.delenv("STUDY_PLANNER_LANG")
    assert call(data_dir, capsys, "readiness", "--json")[1] == german_json
    assert call(data_dir, capsys, "attempt", "add", "--date", "2026-11-25", "--score", "70")[0] == 0
    out = call(data_dir, capsys, "readiness", "--margin", "0", "--pass-mark", "60")[1]
    assert "Target 60 % (pass mark 60 % + margin 0) · overall " in out and " · 2 attempts\n" in out
    assert out.startswith(("Not yet: ", "Ready to book: "))


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
    with service(folder) as svc:
        svc.create_plan(name="Second", schedule=schedule())
    for args in (["show", "Google MLE"], ["show", "1"]):
        status, out, _ = call(folder, capsys, *args)
        assert status == 0 and "Google MLE" in out and "Second" not in out
    status, out, _ = call(folder, capsys, "attempt", "list", "--plan", "Second", "--json")
    assert (status, out.strip()) == (0, "[]")
    status, _, err = call(folder, capsys, "attempt", "list", "--plan", "Third")
    assert status == 1 and "No plan called 'Third'" in err
    status, _, err = call(folder, capsys, "show", "Third")
    assert status == 1 and "No plan called 'Third'" in err
