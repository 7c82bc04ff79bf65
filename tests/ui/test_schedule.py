"""Schedule: weeks and items, the current week, editing hours, days off."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from planner.core.plan import DateRange, PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.formatting import date_text
from planner.ui.main_window import SCHEDULE, MainWindow
from planner.ui.models.schedule import ScheduleModel
from planner.ui.views import schedule as schedule_view
from tests.plan_factory import items, service

pytestmark = pytest.mark.gui

TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    settings = PlanSettings(
        start=date(2026, 12, 1),
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        timezone="Europe/Berlin",
        exam_date=date(2027, 2, 1),
        exam_name="Google PMLE",
    )
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=build_schedule(items(12), settings))
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    win.show_view(SCHEDULE)
    return win


def _children(model: ScheduleModel, week: int) -> list[str]:
    parent = model.index(week, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_weeks_with_items_and_the_current_week_highlighted(window: MainWindow) -> None:
    view = window.schedule
    model = view.model
    assert window.views.currentWidget() is view
    assert model.rowCount() == 10  # Nov 30 … the exam week of Feb 1
    current = model.current_week_index()
    assert current.row() == 1
    assert current.data().endswith("(this week)")
    assert current.data(Qt.ItemDataRole.FontRole).bold()
    assert view.tree.isExpanded(current)
    assert not model.index(0, 0).data().endswith("(this week)")
    # Each module with its course: titles such as "Evaluation" repeat across courses.
    assert _children(model, 1)[:3] == [
        "Course 0 · Module 1",
        "Course 0 · Module 2",
        "Course 1 · Module 3",
    ]
    assert model.index(1, ScheduleModel.HOURS).data() == "6 h"
    last = _children(model, model.rowCount() - 1)
    assert last == ["★ Exam: Google PMLE · Mon Feb 01"] or last[-1].startswith("★ ")
    assert f"exam {date_text(date(2027, 2, 1))}" in view.summary.text()


def test_done_items_show_ticked_and_can_be_ticked_here(window: MainWindow) -> None:
    model = window.schedule.model
    item = model.index(0, ScheduleModel.TITLE, model.index(1, 0))
    assert item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(item, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    item = model.index(0, ScheduleModel.TITLE, model.index(1, 0))
    assert item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # The same module in This week is ticked too: one change, every view refreshed.
    assert window.this_week.model.rows()[0].done


def test_editing_an_items_hours_is_stored_and_undoable(window: MainWindow) -> None:
    model = window.schedule.model
    week = model.index(1, 0)
    estimate = model.index(0, ScheduleModel.ESTIMATE, week)
    assert estimate.data() == "3 h (est.)"
    assert estimate.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(estimate, 4.5)
    plan_id = window.controller.plan_id
    assert plan_id is not None
    stored = window.controller.service.load(plan_id)
    assert stored.item("course-0/m1").hours == 4.5
    shown = {
        model.index(r, ScheduleModel.TITLE, model.index(w, 0)).data(): model.index(
            r, ScheduleModel.ESTIMATE, model.index(w, 0)
        ).data()
        for w in range(model.rowCount())
        for r in range(model.rowCount(model.index(w, 0)))
    }
    module_1 = [hours for title, hours in shown.items() if title.endswith(" · Module 1")]
    assert module_1 == ["4.5 h (est.)"]
    assert "37.5 h to go" in window.status_text()
    assert window.actions_["undo"].text() == "&Undo Set “Module 1” to 4.5 h"
    window.actions_["undo"].trigger()
    assert window.controller.service.load(plan_id).item("course-0/m1").hours == 3.0


def test_a_new_estimate_moves_the_schedule_at_once(window: MainWindow) -> None:
    model = window.schedule.model
    model.setData(model.index(0, ScheduleModel.ESTIMATE, model.index(1, 0)), 6)
    plan_id = window.controller.plan_id
    assert plan_id is not None
    stored = window.controller.service.load(plan_id).baseline
    placed = sum(
        a.hours for s in stored.sessions for a in s.allocations if a.item_key == "course-0/m1"
    )
    assert placed == 6, "the schedule holds the new estimate, not only the totals"
    weeks = sum(
        float(model.index(w, ScheduleModel.HOURS).data().removesuffix(" h") or 0)
        for w in range(model.rowCount())
    )
    assert weeks == 39, "the weeks shown add up to the new total"


def test_an_estimate_that_does_not_fit_asks_whether_the_exam_or_the_hours_give(
    monkeypatch, window: MainWindow
) -> None:
    from planner.core.progress import ReplanMode
    from planner.ui import controller as controller_module

    asked: list[str] = []
    answer: list[ReplanMode | None] = [None]

    def ask(message: str) -> ReplanMode | None:
        asked.append(message)
        return answer[0]

    monkeypatch.setattr(controller_module, "ask_estimate_way", ask)
    plan_id = window.controller.plan_id
    assert plan_id is not None
    model = window.schedule.model
    estimate = model.index(0, ScheduleModel.ESTIMATE, model.index(1, 0))
    model.setData(estimate, 40)
    assert f"no longer fits before the exam on {date_text(date(2027, 2, 1))}" in asked[0]
    assert window.controller.service.load(plan_id).item("course-0/m1").hours == 3.0
    assert window.actions_["undo"].text() == "&Undo Create “Google MLE”"

    answer[0] = ReplanMode.KEEP_HOURS
    model.setData(model.index(0, ScheduleModel.ESTIMATE, model.index(1, 0)), 40)
    snap = window.controller.service.load(plan_id)
    assert snap.item("course-0/m1").hours == 40
    assert snap.settings.exam_date is not None and snap.settings.exam_date > date(2027, 2, 1)
    assert date_text(snap.settings.exam_date) in window.schedule.summary.text()
    window.actions_["undo"].trigger()
    assert window.controller.service.load(plan_id).settings.exam_date == date(2027, 2, 1)


def test_a_bad_estimate_is_refused_with_a_message(window: MainWindow) -> None:
    model = window.schedule.model
    estimate = model.index(1, ScheduleModel.ESTIMATE, model.index(1, 0))
    model.setData(estimate, 5000)
    assert "at most" in window.statusBar().currentMessage()
    assert window.actions_["undo"].text() == "&Undo Create “Google MLE”", "nothing new to undo"


def test_days_off_replan_around_them_and_undo(monkeypatch, window: MainWindow) -> None:
    holiday = DateRange(date(2026, 12, 21), date(2027, 1, 1))
    monkeypatch.setattr(schedule_view, "run_days_off_dialog", lambda *a: (holiday,))
    plan_id = window.controller.plan_id
    assert plan_id is not None
    before = window.controller.service.load(plan_id).baseline
    assert any(s.day in holiday for s in before.sessions)

    window.actions_["days-off"].trigger()
    after = window.controller.service.load(plan_id)
    assert after.settings.days_off == (holiday,)
    assert not any(s.day in holiday for s in after.baseline.sessions)
    # Nothing was done yet: what the past sessions held is all in the re-planned rest.
    assert not [s for s in after.baseline.sessions if s.day < date(2026, 12, 8)]
    placed = sum(s.hours for s in after.baseline.sessions)
    assert placed == pytest.approx(sum(i.hours for i in after.items))
    assert window.actions_["undo"].text() == "&Undo Change days off"
    window.actions_["undo"].trigger()
    restored = window.controller.service.load(plan_id)
    assert restored.settings.days_off == ()
    assert restored.baseline.sessions == before.sessions


def test_days_off_dialog_adds_and_removes_ranges(qtbot) -> None:
    dialog = schedule_view.DaysOffDialog((), date(2026, 12, 8), None)
    qtbot.addWidget(dialog)
    dialog.first.setDate(date(2026, 12, 24))
    dialog.last.setDate(date(2026, 12, 26))
    dialog.add_button.click()
    assert dialog.ranges == [DateRange(date(2026, 12, 24), date(2026, 12, 26))]
    assert (
        dialog.list.item(0).text()
        == f"{date_text(date(2026, 12, 24))} – {date_text(date(2026, 12, 26))}"
    )
    dialog.last.setDate(date(2026, 12, 20))  # "to" never precedes "from"
    assert dialog.last.date() == QDate(2026, 12, 24)
    dialog.first.setDate(date(2026, 12, 28))  # and follows it
    assert dialog.last.date() == QDate(2026, 12, 28)
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    assert dialog.ranges == []


def test_model_passes_qt_model_tester(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.schedule.model, force_py=True)
    assert window.schedule.model.parent(QModelIndex()) == QModelIndex()


def test_days_off_that_need_more_hours_say_so(qtbot, monkeypatch, tmp_path: Path) -> None:
    folder = tmp_path / "tight"
    folder.mkdir()
    settings = PlanSettings(
        start=date(2026, 12, 7),
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        timezone="Europe/Berlin",
        exam_date=date(2027, 1, 18),  # 6 weeks of 6 h hold the 30 h with a little room
    )
    with service(folder) as svc:
        svc.create_plan(name="Tight", schedule=build_schedule(items(10, 3.0), settings))
    win = build_main_window(folder, FixedClock(TODAY))
    qtbot.addWidget(win)
    trip = DateRange(date(2026, 12, 21), date(2027, 1, 3))
    monkeypatch.setattr(schedule_view, "run_days_off_dialog", lambda *a: (trip,))
    win.actions_["days-off"].trigger()
    after = win.controller.service.load(win.controller.plan_id)
    assert after.settings.days_off == (trip,)
    assert after.settings.hours_per_week > 6
    message = win.statusBar().currentMessage()
    assert "now needs" in message and "h/week" in message
