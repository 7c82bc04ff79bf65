"""The command line in German when the locale says so; --json stays the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from tests.plan_factory import schedule, service


@pytest.fixture
def folder(data_dir: Path) -> Path:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule())
    return data_dir


def run(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(folder), *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "env",
    [{"STUDY_PLANNER_LANG": "de"}, {"STUDY_PLANNER_LANG": "", "LANG": "de_DE.UTF-8"}],
)
def test_status_plans_and_show_speak_german(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    status = run(folder, capsys, "status")
    assert "h von 18 h erledigt · 0 h erfasst ·" in status
    assert "of 18 h done" not in status
    plans = run(folder, capsys, "plans")
    assert "Google MLE  ·  0/" in plans and "erledigt" in plans
    show = run(folder, capsys, "show", "--all")
    assert show.startswith("Plan: Google MLE\n")
    assert "Woche ab" in show and "Kapazität" in show and "Einheiten" in show
    assert "week of" not in show
    saved = run(folder, capsys, "tick", "course-0/m0")
    assert saved.startswith("Gespeichert: ")


def test_json_is_the_same_in_every_language(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = {cmd: run(folder, capsys, cmd, "--json") for cmd in ("status", "plans")}
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    german = {cmd: run(folder, capsys, cmd, "--json") for cmd in ("status", "plans")}
    assert german == english
    state = json.loads(english["status"])["state"]
    assert state in ("on track", "all done") or state.startswith(("ahead by", "behind by"))


def test_english_plurals_on_the_command_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show = run(folder, capsys, "show", "--all")
    summary = next(line for line in show.splitlines() if " h in " in line)
    assert "session(s)" not in summary and " sessions" in summary
