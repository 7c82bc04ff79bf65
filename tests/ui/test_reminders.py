"""Reminders while the app runs: before a session, when behind (if asked), snooze, no tray."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from planner.core.reminders import ReminderSettings
from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.formatting import short_date, time_range
from planner.ui.main_window import MainWindow
from planner.ui.preferences import AppPreferences, PreferencesDialog
from planner.ui.reminders import Reminders
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.gui

# Tuesday 8 Dec, 10:00 in Berlin; the next session is Wednesday 9 Dec at 19:00 (Module 2).
TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def reminders(win: MainWindow) -> Reminders:
    found = win.findChild(Reminders)
    assert isinstance(found, Reminders)
    return found


def test_a_session_is_announced_once_before_it_starts(qtbot, window: MainWindow) -> None:
    r = reminders(window)
    wednesday = f"{short_date(date(2026, 12, 9), weekday=True)} · {time_range(time(19), time(21))}"
    assert r.next_text() == f"Next: {wednesday} · Course 0 · Module 2"
    assert r.check(local(9, 18, 30)) == []
    with qtbot.waitSignal(r.reminded) as blocker:
        assert len(r.check(local(9, 18, 45))) == 1
    assert blocker.args == ["Study session in 15 min", f"{wednesday} · Course 0 · Module 2"]
    assert r.check(local(9, 18, 46)) == []
    # The offscreen platform has no tray: the reminder is in the status bar instead.
    assert not QSystemTrayIcon.isSystemTrayAvailable() and r.tray is None
    assert "Study session in 15 min" in window.statusBar().currentMessage()


def test_snooze_brings_the_reminder_back_later(window: MainWindow) -> None:
    r = reminders(window)
    r.check(local(9, 18, 45))
    assert r.snooze_action.isEnabled()
    assert r.snooze(local(9, 18, 45))
    assert r.check(local(9, 18, 50)) == []
    assert [x.minutes_left for x in r.check(local(9, 18, 55))] == [5]


def test_start_timer_on_a_reminder_starts_the_stored_study_timer(window: MainWindow) -> None:
    from planner.services.timer import running_timer

    r = reminders(window)
    assert not r.start_action.isEnabled()  # nothing announced yet
    assert r.start_action in r.menu.actions()
    r.check(local(9, 18, 45))
    assert r.start_action.isEnabled()
    r.start_action.trigger()
    # The timer runs on the announced session's module, stored in the plans file ...
    timer = running_timer(window.controller.service)
    assert timer is not None and timer.title == "Module 2"
    # ... and This week shows it, with Stop on its button.
    assert window.this_week.timer_button.text() == "Stop timer"
    assert "Module 2" in window.timer_state.text()
    assert not r.start_action.isEnabled() and not r.snooze_action.isEnabled()


def test_the_preferences_choose_the_lead_time_and_can_turn_reminders_off(
    window: MainWindow,
) -> None:
    prefs = AppPreferences(window.data_dir)
    prefs.reminders = ReminderSettings(lead_minutes=60)
    r = reminders(window)
    assert [x.minutes_left for x in r.check(local(9, 18, 0))] == [60]
    prefs.reminders = ReminderSettings(sessions=False)
    assert r.check(local(9, 18, 50)) == []


def test_falling_behind_is_announced_only_when_asked_for(window: MainWindow) -> None:
    r = reminders(window)
    # Nothing is done a week into the plan: behind by 6 h.
    r.timer.timeout.emit()
    assert r.shown == set()
    AppPreferences(window.data_dir).reminders = ReminderSettings(behind=True, behind_hours=3)
    titles: list[str] = []
    r.reminded.connect(lambda title, _text: titles.append(title))
    r.timer.timeout.emit()  # the minute's check, at the clock's 10:00
    assert titles == ["Behind your plan"]
    r.timer.timeout.emit()
    assert titles == ["Behind your plan"]  # once a day


def test_reminder_settings_in_the_preferences_dialog(qtbot, data_dir: Path) -> None:
    prefs = AppPreferences(data_dir)
    assert prefs.reminders == ReminderSettings()
    assert not prefs.reminders.behind  # nagging is off unless chosen
    dialog = PreferencesDialog(prefs, data_dir)
    qtbot.addWidget(dialog)
    assert dialog.remind_sessions.isChecked() and not dialog.remind_behind_hours.isEnabled()
    dialog.remind_minutes.setValue(30)
    dialog.remind_behind.setChecked(True)
    assert dialog.remind_behind_hours.isEnabled()
    dialog.remind_behind_hours.setValue(5)
    dialog.accept()
    again = AppPreferences(data_dir).reminders
    assert again == ReminderSettings(lead_minutes=30, behind=True, behind_hours=5)
    broken = "[preferences]\nremind_minutes=lots\nremind_behind=maybe\n"
    (data_dir / "window.ini").write_text(broken)
    assert AppPreferences(data_dir).reminders == ReminderSettings()
