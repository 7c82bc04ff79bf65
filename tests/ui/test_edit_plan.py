"""Plan › Edit Plan…: live preview, one-click fixes, save as one undoable step."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.catalog import load_catalog
from planner.core.catalog import Cloud
from planner.services.builder import PlanChoices, build_preview, exam_for_path
from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.dialogs.edit_plan import EditPlanDialog, parse_days_off
from planner.ui.main_window import MainWindow
from tests.plan_factory import service

pytestmark = pytest.mark.gui

TODAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def make_plan(data_dir: Path) -> None:
    catalog = load_catalog(None).catalog
    choice = exam_for_path(catalog, "software-engineer", Cloud.GCP, date(2027, 9, 1))
    schedule = build_preview(
        catalog,
        PlanChoices(
            path_id="software-engineer",
            certification_id=choice.certification.id,
            start=date(2026, 12, 7),
            hours_per_week=8,
            exam_date=date(2027, 9, 1),
            timezone="UTC",
        ),
    ).schedule
    assert schedule is not None
    with service(data_dir, now=TODAY) as svc:
        svc.create_plan(
            name="Google MLE",
            schedule=schedule,
            path_id="software-engineer",
            cloud="gcp",
            certification_id=choice.certification.id,
        )


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    make_plan(data_dir)
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def test_edit_previews_then_saves_one_undoable_step(qtbot, window: MainWindow) -> None:
    dialog = EditPlanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    assert not dialog.save.isEnabled()  # nothing changed yet
    dialog.hours.setValue(12)
    assert "hours per week: 8 h → 12 h" in dialog.summary.text()
    assert dialog.moves.rowCount() > 0 and dialog.save.isEnabled()
    plan_id = window.controller.plan_id
    assert plan_id is not None
    assert window.controller.service.load(plan_id).settings.hours_per_week == 8
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.controller.service.load(plan_id).settings.hours_per_week == 12
    assert window.actions_["undo"].text() == "&Undo Edit plan"
    window.actions_["undo"].trigger()
    assert window.controller.service.load(plan_id).settings.hours_per_week == 8


def test_an_exam_too_early_offers_fixes_that_work_in_one_click(qtbot, window: MainWindow) -> None:
    dialog = EditPlanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.exam.setDate(date(2027, 5, 20))
    assert "Does not fit" in dialog.summary.text() and not dialog.save.isEnabled()
    shown = [b.text() for b in dialog.fix_buttons if not b.isHidden()]
    assert shown[0] == "Drop the optional Machine Learning: Classification (−21 h)"
    qtbot.mouseClick(dialog.fix_buttons[0], Qt.MouseButton.LeftButton)
    assert "courses dropped: ml-classification" in dialog.summary.text()
    assert dialog.save.isEnabled()


def test_bad_input_is_said_inline(qtbot, window: MainWindow) -> None:
    dialog = EditPlanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.hours.setValue(0)
    assert "0 h/week would never finish the plan" in dialog.summary.text()
    assert not dialog.save.isEnabled()
    dialog.hours.setValue(8)
    dialog.off.setText("2027-01-10..2027-01-03")
    assert "ends before it starts" in dialog.summary.text()
    assert parse_days_off("2027-01-03..2027-01-10, 2027-02-01")[1].first == date(2027, 2, 1)


def test_the_plan_menu_opens_edit_plan(monkeypatch, window: MainWindow) -> None:
    from planner.ui.dialogs import edit_plan

    opened: list[object] = []
    monkeypatch.setattr(edit_plan, "run_edit_plan_dialog", lambda parent, c: opened.append(c))
    window.actions_["edit-plan"].trigger()
    assert opened == [window.controller]
