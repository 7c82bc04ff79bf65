"""This week: the week's sessions, ticking with undo and redo, logging time inline."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.formatting import short_date, time_range, week_range
from planner.ui.main_window import MainWindow
from planner.ui.models.this_week import ThisWeekModel
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.gui

# Tuesday of the plan's second week (the plan starts Tue 2026-12-01; study days Mon, Wed, Sat).
TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def _row_of(model: ThisWeekModel, title: str) -> int:
    return next(i for i, r in enumerate(model.rows()) if r.title == title)


def _stored_done(win: MainWindow) -> frozenset[str]:
    plan_id = win.controller.plan_id
    assert plan_id is not None
    return win.controller.service.load(plan_id).ledger.done


def test_shows_this_weeks_sessions_by_default(window: MainWindow) -> None:
    view = window.this_week
    assert window.views.currentWidget() is view
    assert view.title.text() == f"This week · {week_range(date(2026, 12, 7))}"
    rows = view.model.rows()
    assert [(r.day, r.title, r.hours) for r in rows] == [
        (date(2026, 12, 7), "Module 1", 2.0),
        (date(2026, 12, 9), "Module 2", 2.0),
        (date(2026, 12, 12), "Module 2", 1.0),
        (date(2026, 12, 12), "Module 3", 1.0),
    ]
    # The two items on Saturday share one session: the second starts where the first ends.
    assert (
        view.model.index(3, ThisWeekModel.DAY).data()
        == f"{short_date(date(2026, 12, 12), weekday=True)} · {time_range(time(20), time(21))}"
    )
    assert "6 h planned · 0 h done" in view.summary.text()


def test_space_ticks_a_module_saves_it_and_undo_redo_name_the_action(
    qtbot, window: MainWindow
) -> None:
    view = window.this_week
    table = view.table
    row = _row_of(view.model, "Module 2")
    table.setFocus()
    table.setCurrentIndex(view.model.index(row, ThisWeekModel.MODULE))
    qtbot.keyClick(table, Qt.Key.Key_Space)

    key = view.model.rows()[row].item_key
    assert key in _stored_done(window)
    # Both rows of the module (Wednesday and Saturday) show it ticked.
    ticked = [r.title for r in view.model.rows() if r.done]
    assert ticked == ["Module 2", "Module 2"]
    undo, redo = window.actions_["undo"], window.actions_["redo"]
    assert undo.isEnabled() and undo.text() == "&Undo Tick “Module 2”"
    assert "2 h done" not in view.summary.text() and "3 h done" in view.summary.text()

    undo.trigger()
    assert key not in _stored_done(window)
    assert not any(r.done for r in view.model.rows())
    assert redo.text() == "&Redo Tick “Module 2”"

    redo.trigger()
    assert key in _stored_done(window)
    assert view.model.rows()[row].done


def test_unticking_is_undoable_too(window: MainWindow) -> None:
    model = window.this_week.model
    index = model.index(_row_of(model, "Module 1"), ThisWeekModel.MODULE)
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    key = model.rows()[0].item_key
    assert key not in _stored_done(window)
    assert window.actions_["undo"].text() == "&Undo Untick “Module 1”"
    window.actions_["undo"].trigger()
    assert key in _stored_done(window)


def test_keyboard_shortcuts_undo_and_redo(qtbot, window: MainWindow) -> None:
    model = window.this_week.model
    index = model.index(0, ThisWeekModel.MODULE)
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    window.activateWindow()
    window.this_week.table.setFocus()
    qtbot.keyClick(window.this_week.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not model.rows()[0].done
    qtbot.keyClick(
        window.this_week.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert model.rows()[0].done


def test_logging_hours_inline_adds_to_the_total_and_undo_takes_it_back(
    window: MainWindow,
) -> None:
    model = window.this_week.model
    index = model.index(_row_of(model, "Module 1"), ThisWeekModel.LOGGED)
    assert index.data() == "–"
    assert model.setData(index, 1.5)
    assert model.index(index.row(), ThisWeekModel.LOGGED).data() == "1.5 h"
    plan_id = window.controller.plan_id
    assert plan_id is not None
    ledger = window.controller.service.load(plan_id).ledger
    assert [(x.day, x.hours) for x in ledger.logged] == [(date(2026, 12, 8), 1.5)]
    # Editing the total again logs only the difference.
    model.setData(model.index(index.row(), ThisWeekModel.LOGGED), 2.0)
    assert window.controller.service.load(plan_id).ledger.hours_logged() == 2.0
    assert window.actions_["undo"].text() == "&Undo Log 0.5 h on “Module 1”"
    window.actions_["undo"].trigger()
    window.actions_["undo"].trigger()
    assert window.controller.service.load(plan_id).ledger.hours_logged() == 0.0
    assert model.index(index.row(), ThisWeekModel.LOGGED).data() == "–"


def test_lowering_logged_hours_explains_undo_instead(window: MainWindow) -> None:
    model = window.this_week.model
    index = model.index(0, ThisWeekModel.LOGGED)
    model.setData(index, 2.0)
    model.setData(model.index(0, ThisWeekModel.LOGGED), 1.0)
    assert "use Undo" in window.statusBar().currentMessage()
    assert model.rows()[0].logged == 2.0


def test_previous_and_next_week(qtbot, window: MainWindow) -> None:
    view = window.this_week
    assert not view.today_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == f"Week · {week_range(date(2026, 12, 14))}"
    assert {r.day for r in view.model.rows()} == {
        date(2026, 12, 14),
        date(2026, 12, 16),
        date(2026, 12, 19),
    }
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    # The plan starts on Tuesday Dec 1: that week holds only Wednesday and Saturday.
    assert view.title.text() == f"Week · {week_range(date(2026, 11, 30))}"
    assert {r.day for r in view.model.rows()} == {date(2026, 12, 2), date(2026, 12, 5)}
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == f"This week · {week_range(date(2026, 12, 7))}"


def test_a_week_without_sessions_says_so(qtbot, window: MainWindow) -> None:
    view = window.this_week
    for _ in range(10):
        view.shift(1)
    assert view.model.rowCount() == 0
    assert view.empty.isVisible() and "No study sessions" in view.empty.text()


def test_model_passes_qt_model_tester(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.this_week.model, force_py=True)


def test_each_row_names_the_course_and_the_module(window: MainWindow) -> None:
    model = window.this_week.model
    text = model.index(0, ThisWeekModel.MODULE).data()
    row = model.rows()[0]
    assert text == f"{row.group_title} · {row.title}"
    assert text.startswith("Course ")


def test_f2_edits_the_logged_cell_and_does_not_rename_the_plan(
    qtbot, monkeypatch, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from planner.ui import main_window

    asked: list[str] = []
    monkeypatch.setattr(main_window, "ask_plan_name", lambda *a: asked.append("rename"))
    table = window.this_week.table
    table.setFocus()
    table.setCurrentIndex(window.this_week.model.index(0, ThisWeekModel.LOGGED))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == table.State.EditingState
    assert table.findChild(QLineEdit) is not None or table.indexWidget(table.currentIndex())
    assert asked == []


def test_next_milestone_never_names_a_course_already_finished(window: MainWindow) -> None:
    view = window.this_week
    assert view.milestone.text().startswith("Next milestone: Course 0 done")
    for key in ("course-0/m0", "course-0/m1", "course-0/m2"):  # finished early
        window.controller.set_done(key, True)
    assert view.milestone.text().startswith("Next milestone: Course 1 done")


def test_a_new_plan_opens_on_its_first_week_and_an_empty_week_jumps_to_the_next_session(
    qtbot, data_dir: Path
) -> None:
    from datetime import timedelta

    with service(data_dir) as svc:  # made on Sunday 2026-11-29, starting Tuesday 2026-12-01
        svc.create_plan(
            name="Later", schedule=schedule(6, start=date(2026, 12, 1) + timedelta(weeks=3))
        )
    win = build_main_window(data_dir, FixedClock(datetime(2026, 11, 29, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(win)
    view = win.this_week
    assert view.title.text() == f"Week · {week_range(date(2026, 12, 21))}"  # the first session
    assert view.model.rows() and view.today_button.isEnabled()
    view.go_to_today()
    assert not view.model.rows() and not view.jump.isHidden()
    assert view.jump.text() == f"Next session: {short_date(date(2026, 12, 23), weekday=True)} ›"
    qtbot.mouseClick(view.jump, Qt.MouseButton.LeftButton)
    assert view.title.text() == f"Week · {week_range(date(2026, 12, 21))}" and view.model.rows()
