"""The week calendar: blocks per session, shaded days, and moving a session by mouse or key."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from planner.core.plan import DateRange
from planner.services.clock import FixedClock
from planner.services.operations import ApplySchedule, OpKind
from planner.ui.app import build_main_window
from planner.ui.formatting import short_date, week_range
from planner.ui.main_window import CALENDAR, MainWindow
from planner.ui.theme import contrast_ratio, palette_for
from planner.ui.views import week_calendar as wc
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.gui

# Tuesday of the plan's second week (the plan starts Tue 2026-12-01; study days Mon, Wed, Sat).
TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
WED, THU, SAT = date(2026, 12, 9), date(2026, 12, 10), date(2026, 12, 12)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test does not answer fails the test instead of waiting forever."""

    def unexpected(dialog: QDialog) -> int:
        raise AssertionError(f"unexpected dialog {dialog.objectName()}")

    monkeypatch.setattr(wc, "run_dialog", unexpected)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show()
    win.actions_["view-calendar"].trigger()
    return win


def calendar(win: MainWindow) -> wc.WeekCalendarView:
    view = win.calendar_view
    assert isinstance(view, wc.WeekCalendarView)
    return view


def sessions(win: MainWindow) -> dict[date, tuple[time, float]]:
    plan = win.controller.plan_id
    assert plan is not None
    baseline = win.controller.service.load(plan).baseline
    return {s.day: (s.start, s.hours) for s in baseline.sessions}


def centre(grid: wc.WeekGrid, day: date) -> QPoint:
    block = grid.block_on(day)
    assert block is not None
    return grid.rect_of(block).center().toPoint()


def test_ctrl_5_shows_the_week_as_a_calendar(window: MainWindow) -> None:
    assert window.actions_["view-calendar"].shortcut().toString() == "Ctrl+5"
    view = calendar(window)
    assert window.views.currentIndex() == CALENDAR
    assert window.views.currentWidget() is view
    assert window.sidebar.views.currentItem().text() == "Week Calendar"
    assert view.title.full_text() == f"This week · {week_range(date(2026, 12, 7))}"
    blocks = view.grid.blocks
    assert [(b.day, b.start, b.hours) for b in blocks] == [
        (date(2026, 12, 7), time(19), 2.0),
        (WED, time(19), 2.0),
        (SAT, time(19), 2.0),
    ]
    assert [p.title for p in blocks[2].parts] == ["Module 2", "Module 3"]
    # The next session ahead is selected, named for screen readers.
    assert view.grid.selected == WED
    assert "Module 2" in view.grid.accessibleDescription()
    # Tuesday, Thursday, Friday and Sunday are not study days.
    assert {s.day.weekday() for s in view.grid.shades if s.kind == "rest"} == {1, 3, 4, 6}
    view.next_button.click()
    assert view.title.full_text() == f"Week · {week_range(date(2026, 12, 14))}"
    assert view.today_button.isEnabled()


def test_ticked_modules_show_a_tick(window: MainWindow) -> None:
    window.controller.set_done("course-0/m2", True)
    block = calendar(window).grid.block_on(WED)
    assert block is not None and block.parts[0].done
    assert "✓ Module 2" in block.describe()


def test_days_off_and_busy_time_are_shaded(window: MainWindow) -> None:
    view = calendar(window)
    plan = window.controller.plan_id
    assert plan is not None
    snap = window.controller.service.load(plan)
    from dataclasses import replace

    settings = replace(
        snap.settings,
        days_off=(DateRange(SAT, SAT),),
        day_limits=((WED, 1.0), (date(2026, 12, 14), 3.0)),
        day_starts=((date(2026, 12, 14), time(20, 30)),),
    )
    changed = replace(snap.baseline, settings=settings)
    window.controller.run(ApplySchedule(plan, changed, OpKind.DAYS_OFF, "Change days off"))
    shades = {(s.day, s.kind): (s.start, s.end) for s in view.grid.shades}
    assert shades[(SAT, "off")] == (0, 24 * 60)
    assert shades[(WED, "busy")] == (20 * 60, 24 * 60)  # busy after an hour of study
    view.next_button.click()
    busy = [(s.start, s.end) for s in view.grid.shades if s.kind == "busy"]
    # Busy until the session starts at 20:30, and after its 3 hours.
    assert busy == [(19 * 60, 20 * 60 + 30), (23 * 60 + 30, 24 * 60)]


def test_dragging_a_block_to_another_day_moves_that_session_and_undo_takes_it_back(
    qtbot, window: MainWindow
) -> None:
    grid = calendar(window).grid
    start = centre(grid, WED)
    target = QPoint(int(grid.x_of(THU) + grid.column_width() / 2), start.y())
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid, QPoint(start.x() + 10, start.y()))
    QTest.mouseMove(grid, target)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    after = sessions(window)
    assert WED not in after and after[THU] == (time(19), 2.0)
    assert {b.day for b in grid.blocks} == {date(2026, 12, 7), THU, SAT}
    assert window.actions_["undo"].toolTip() == "Undo Move “Module 2”"

    window.actions_["undo"].trigger()
    assert WED in sessions(window) and THU not in sessions(window)
    assert {b.day for b in grid.blocks} == {date(2026, 12, 7), WED, SAT}


def test_dragging_the_lower_edge_changes_the_length(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    previews: list[list[str]] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, wc.MovePreviewDialog)
        previews.append(dialog.lines)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(wc, "run_dialog", accept)
    grid = calendar(window).grid
    block = grid.block_on(WED)
    assert block is not None
    rect = grid.rect_of(block)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    lower = QPoint(edge.x(), int(grid.y_of(22 * 60)))
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    QTest.mouseMove(grid, QPoint(edge.x(), edge.y() + 10))
    QTest.mouseMove(grid, lower)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, lower)
    assert sessions(window)[WED] == (time(19), 3.0)
    # The extra hour came from the next session, as the preview said.
    assert sessions(window)[SAT] == (time(19), 1.0)
    sat, wed = short_date(SAT, weekday=True), short_date(WED, weekday=True)
    assert previews == [[f"Course 0 · Module 2 · 1 h: {sat} → {wed}"]]


def test_keys_move_the_selected_session(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = calendar(window).grid
    grid.setFocus()
    assert grid.selected == WED
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert THU in sessions(window) and WED not in sessions(window)
    assert grid.selected == THU
    QTest.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert sessions(window)[THU] == (time(18, 45), 2.0)
    # A longer session takes work from the next one: the preview asks first.
    monkeypatch.setattr(wc, "run_dialog", lambda dialog: QDialog.DialogCode.Accepted)
    shift_alt = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(grid, Qt.Key.Key_Down, shift_alt)
    assert sessions(window)[THU] == (time(18, 45), 2.25)


def test_move_dialog_from_the_keyboard(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = calendar(window).grid
    grid.setFocus()

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, wc.MoveDialog)
        dialog.day.setDate(dialog.day.date().addDays(2))  # Friday
        dialog.start.setTime(dialog.start.time().addSecs(-11 * 3600))  # 08:00
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(wc, "run_dialog", answer)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert sessions(window)[date(2026, 12, 11)] == (time(8), 2.0)


def test_a_move_that_moves_other_work_asks_first(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = calendar(window)
    shown: list[list[str]] = []

    def decline(dialog: QDialog) -> int:
        assert isinstance(dialog, wc.MovePreviewDialog)
        shown.append(dialog.lines)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(wc, "run_dialog", decline)
    before = sessions(window)
    # Wednesday's session onto Saturday at 21:00: they join and pass midnight.
    assert not view.request_move(WED, SAT, time(21), None)
    assert sessions(window) == before
    assert shown and any("joins the session" in line for line in shown[0])
    assert any("Module 3" in line and "→" in line for line in shown[0])

    monkeypatch.setattr(wc, "run_dialog", lambda dialog: QDialog.DialogCode.Accepted)
    assert view.request_move(WED, SAT, time(21), None)
    assert sessions(window)[SAT] == (time(21), 2.75)


def test_a_move_into_the_past_is_refused_with_a_message(qtbot, window: MainWindow) -> None:
    view = calendar(window)
    with qtbot.waitSignal(window.controller.error) as blocker:
        assert not view.request_move(WED, date(2026, 12, 7), time(7), None)
    assert "before today" in blocker.args[0]
    assert WED in sessions(window)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_course_colours_keep_text_readable(scheme: str) -> None:
    palette = palette_for(scheme)
    text = palette.color(palette.ColorRole.Text)
    for i in range(len(wc.COURSE_HUES)):
        fill = wc.course_colour(i, scheme == "dark")
        assert contrast_ratio(text, fill) >= 4.5, (i, fill.name())
    # Neighbouring courses look different.
    fills = [wc.course_colour(i, scheme == "dark").name() for i in range(len(wc.COURSE_HUES))]
    assert len(set(fills)) == len(fills)
    assert QColor(fills[0]) != QColor(fills[1])
