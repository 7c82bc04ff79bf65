"""``study-planner timer``: the app's study timer from the command line, the same stored timer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.cli import main
from planner.services.clock import NOW_VARIABLE, FixedClock
from planner.ui.app import build_main_window
from planner.ui.main_window import MainWindow
from tests.plan_factory import schedule, service

# Tuesday of the plan's second week (starts Tue 2026-12-01; Mon, Wed, Sat; 6 h/week).
TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    with service(data_dir, TODAY) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    return data_dir


def run(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    at: datetime,
    *args: str,
) -> tuple[int, str, str]:
    """One command as the user types it, ``at`` the given time."""
    monkeypatch.setenv(NOW_VARIABLE, at.isoformat())
    capsys.readouterr()
    try:
        status = main(["--data-dir", str(folder), *args])
    except SystemExit as exc:  # argparse
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def open_window(qtbot, folder: Path, now: datetime) -> MainWindow:  # type: ignore[no-untyped-def]
    win = build_main_window(folder, FixedClock(now))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.gui
def test_a_timer_started_here_shows_in_the_app_and_stop_logs_it(
    qtbot, folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(folder, monkeypatch, capsys, TODAY, "timer", "start", "--next")
    assert status == 0
    # Today (Tue Dec 8) has no session; the next is Wed Dec 9, whose first module is 2.
    assert out.startswith("Timer started on “Module 2” (course-0/m2) in “Google MLE”.")

    window = open_window(qtbot, folder, TODAY + timedelta(minutes=20))
    assert window.timer_state.text() == "Timer: studying “Module 2” · 0:20"
    assert window.this_week.timer_button.text() == "Stop timer"
    window.close()

    later = TODAY + timedelta(minutes=68)
    status, out, _ = run(folder, monkeypatch, capsys, later, "timer", "status", "--json")
    state = json.loads(out)
    assert status == 0 and state["running"] and state["item"] == "course-0/m2"
    assert state["started"] == TODAY.isoformat() and state["hours_to_log"] == 1.25

    status, out, _ = run(folder, monkeypatch, capsys, later, "timer", "stop")
    assert status == 0
    assert out.startswith("Saved: Log 1.25 h on “Module 2” (1:08 timed).")
    with service(folder, later) as svc:
        logged = svc.load(1).ledger.logged
    assert [(x.item_key, x.day, x.hours) for x in logged] == [
        ("course-0/m2", date(2026, 12, 8), 1.25)
    ]
    status, out, _ = run(folder, monkeypatch, capsys, later, "timer", "status")
    assert out == "No timer is running.\n"
    assert (
        run(folder, monkeypatch, capsys, later, "undo")[1] == "Undone: Log 1.25 h on “Module 2”.\n"
    )


@pytest.mark.gui
def test_a_timer_started_in_the_app_is_seen_and_stopped_here(
    qtbot, folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, folder, TODAY)
    window.this_week.table.selectRow(0)  # Mon Dec 7 · Module 1
    qtbot.mouseClick(window.this_week.timer_button, Qt.MouseButton.LeftButton)
    window.close()
    window.controller.close()  # the app is quit: its hold on the folder ends

    later = TODAY + timedelta(minutes=40)
    status, out, _ = run(folder, monkeypatch, capsys, later, "timer", "status")
    assert status == 0
    assert out == "Timer: studying “Module 1” in “Google MLE” · 0:40 (stop logs 0.75 h)\n"
    status, _, err = run(folder, monkeypatch, capsys, later, "timer", "start", "course-0/m3")
    assert status == 1 and err == (
        "study-planner: The timer already runs on “Module 1”; stop it first.\n"
    )
    status, out, _ = run(folder, monkeypatch, capsys, later, "timer", "cancel")
    assert out == "Timer on “Module 1” cancelled; nothing was logged.\n"
    with service(folder, later) as svc:
        assert svc.load(1).ledger.logged == ()

    window = open_window(qtbot, folder, later)
    assert window.timer_state.text() == ""


def test_mistakes_are_one_line(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(folder, monkeypatch, capsys, TODAY, "timer", "stop")
    assert (status, err) == (1, "study-planner: No timer is running.\n")
    status, _, err = run(folder, monkeypatch, capsys, TODAY, "timer", "start")
    assert status == 2 and "Say which item to time" in err
    status, _, err = run(folder, monkeypatch, capsys, TODAY, "timer", "start", "1", "nope")
    assert status == 1 and "no item 'nope'" in err
    status, out, _ = run(
        folder, monkeypatch, capsys, TODAY, "timer", "start", "google", "course-1/m4"
    )
    assert status == 0 and "“Module 4”" in out


def test_the_installed_command_times_in_another_process(folder: Path) -> None:
    """End to end: a child process with its own clock, as a shell runs it."""

    def command(at: datetime, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, NOW_VARIABLE: at.isoformat()}
        return subprocess.run(
            [sys.executable, "-m", "planner", "--data-dir", str(folder), "timer", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=120,
        )

    assert command(TODAY, "start", "course-0/m0").returncode == 0
    done = command(TODAY + timedelta(minutes=14), "stop")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Saved: Log 0.25 h on “Module 0” (0:14 timed).")
