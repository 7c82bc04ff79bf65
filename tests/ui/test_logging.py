"""Logging that is first class: any past day, a study timer that survives a restart, and
logged hours shown once per module, per week and per course."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.dialogs.log_time import LogTimeDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.this_week import ThisWeekModel
from tests.plan_factory import schedule, service
from tests.ui.test_date_typing import type_date

pytestmark = pytest.mark.gui

# Tuesday of the plan's second week (starts Tue 2026-12-01; Mon, Wed, Sat; 6 h/week).
TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def open_window(qtbot, data_dir: Path, now: datetime = TODAY) -> MainWindow:
    win = build_main_window(data_dir, FixedClock(now))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    return open_window(qtbot, data_dir)


def _ledger(win: MainWindow):  # type: ignore[no-untyped-def]
    plan_id = win.controller.plan_id
    assert plan_id is not None
    return win.controller.service.load(plan_id).ledger


def test_the_timer_survives_a_restart_and_stop_logs_the_time(
    qtbot, data_dir: Path, window: MainWindow
) -> None:
    view = window.this_week
    view.table.selectRow(0)  # Mon Dec 7 · Module 1
    qtbot.mouseClick(view.timer_button, Qt.MouseButton.LeftButton)
    assert view.timer_button.text() == "Stop timer"
    assert window.timer_state.text() == "Timer: studying “Module 1” · 0:00"
    window.close()

    # The app closes and opens again 50 minutes later: the timer still runs.
    later = open_window(qtbot, data_dir, TODAY + timedelta(minutes=50))
    assert later.timer_state.text() == "Timer: studying “Module 1” · 0:50"
    assert later.this_week.timer_button.text() == "Stop timer"
    qtbot.mouseClick(later.this_week.timer_button, Qt.MouseButton.LeftButton)
    assert [(x.item_key, x.day, x.hours) for x in _ledger(later).logged] == [
        ("course-0/m1", date(2026, 12, 8), 0.75)
    ]
    assert later.timer_state.text() == "" and later.this_week.timer_button.text() == "Start timer"
    assert later.actions_["undo"].text() == "&Undo Log 0.75 h on “Module 1”"


def test_log_time_for_a_past_day_by_typing_the_date(qtbot, window: MainWindow) -> None:
    dialog = LogTimeDialog(window.controller, "course-0/m0", window)
    qtbot.addWidget(dialog)
    assert dialog.day.maximumDate() == QDate(2026, 12, 8)  # never a future day
    dialog.open()
    type_date(qtbot, dialog.day, date(2026, 12, 2))  # Tab in, type it as shown, Tab away
    assert dialog.day.date() == QDate(2026, 12, 2)
    dialog.hours.setValue(1.5)
    dialog.save()
    assert [(x.item_key, x.day, x.hours) for x in _ledger(window).logged] == [
        ("course-0/m0", date(2026, 12, 2), 1.5)
    ]
    view = window.this_week
    view.shift(-1)  # the week of Dec 2 says what was logged in it
    assert "h planned · " in view.summary.text() and "· 1.5 h logged ·" in view.summary.text()


def test_logged_hours_show_once_per_module_per_week_and_per_course(
    qtbot, window: MainWindow
) -> None:
    view = window.this_week
    model = view.model
    rows = [r.title for r in model.rows()]
    assert rows.count("Module 2") == 2  # split over Wednesday and Saturday
    first = rows.index("Module 2")
    model.setData(model.index(first, ThisWeekModel.LOGGED), 2.5)
    shown = [
        model.index(i, ThisWeekModel.LOGGED).data() for i, t in enumerate(rows) if t == "Module 2"
    ]
    assert shown == ["2.5 h", ""]
    assert view.summary.text().startswith("6 h planned · 0 h done · 2.5 h logged")

    window.show_view(1)  # Schedule
    weeks = window.schedule.model.weeks()
    this_week = next(w for w in weeks if w.current)
    assert this_week.logged == 2.5
    row = weeks.index(this_week)
    assert window.schedule.model.index(row, 1).data() == "6 h · 2.5 h logged"

    window.show_view(2)  # Progress
    courses = window.progress.courses_model  # type: ignore[union-attr]
    text = courses.index(0, 2).data()
    assert text == "0 / 9 h\n2.5 h logged"
    tip = courses.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("2.5 h logged against 9 h estimated")
