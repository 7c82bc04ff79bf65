"""Spaced review in the new-plan wizard and in Edit Plan: on or off, and its share."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from planner.catalog import load_catalog
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.ui.app import build_main_window
from planner.ui.dialogs.edit_plan import EditPlanDialog
from planner.ui.main_window import MainWindow
from planner.ui.wizard import NewPlanWizard
from tests.ui.test_edit_plan import TODAY, make_plan

pytestmark = pytest.mark.gui


@pytest.fixture
def service(data_dir: Path) -> Iterator[PlanService]:
    svc = PlanService(data_dir, FixedClock(datetime(2026, 11, 26, 12, tzinfo=UTC)))
    yield svc
    svc.close()


def review_hours(items: tuple[object, ...]) -> float:
    return sum(i.hours for i in items if i.group == "review")  # type: ignore[attr-defined]


def test_the_wizard_turns_review_on_with_its_share_and_the_hours_count(
    qtbot, data_dir: Path, service: PlanService
) -> None:
    wizard = NewPlanWizard(
        service, load_catalog(data_dir).catalog, date(2026, 11, 26), timezone="UTC"
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.buttons["software-engineer"].setChecked(True)
    while wizard.currentPage().objectName() != "page-time":
        wizard.next()
    page = wizard.time_page
    page.by_date.setChecked(True)
    page.exam_date.setDate(date(2027, 9, 1))
    review = page.review
    assert not review.enabled.isChecked() and not review.percent.isEnabled()  # off by default
    plain = wizard.preview().schedule
    assert plain is not None and review_hours(plain.items) == 0

    qtbot.mouseClick(review.enabled, Qt.MouseButton.LeftButton)
    assert review.percent.isEnabled() and review.percent.value() == 10
    with_review = wizard.preview().schedule
    assert with_review is not None
    reviewed = review_hours(with_review.items)
    assert reviewed > 0
    titles = [i.title for i in with_review.items if i.group == "review"]
    assert all(t.startswith("Review — ") for t in titles)
    # The plan's hours count the reviews: every session hour is an item's hour.
    assert sum(s.hours for s in with_review.sessions) == pytest.approx(
        sum(s.hours for s in plain.sessions) + reviewed
    )
    review.percent.setValue(25)
    more = wizard.preview().schedule
    assert more is not None and review_hours(more.items) > reviewed
    assert review.percent.maximum() == 25  # the share is capped at a quarter of the week

    while wizard.currentPage().objectName() != "page-preview":
        wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    stored = service.load(wizard.created_plan_id)
    assert review_hours(stored.items) == pytest.approx(review_hours(more.items))


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    make_plan(data_dir)
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def test_edit_plan_shows_the_share_changes_it_and_turns_review_off(
    qtbot, window: MainWindow
) -> None:
    plan = window.controller.plan_id
    assert plan is not None
    dialog = EditPlanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    assert not dialog.review.enabled.isChecked()
    qtbot.mouseClick(dialog.review.enabled, Qt.MouseButton.LeftButton)
    assert "spaced review: none → 10 % of the weekly hours" in dialog.summary.text()
    assert dialog.save.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    items = window.controller.service.load(plan).items
    assert review_hours(items) > 0

    again = EditPlanDialog(window.controller, window)
    qtbot.addWidget(again)
    # The dialog shows the plan's own share, read back from the plan.
    assert again.review.enabled.isChecked() and again.review.percent.value() == 10
    qtbot.mouseClick(again.review.enabled, Qt.MouseButton.LeftButton)
    assert "spaced review: 10 % of the weekly hours → none" in again.summary.text()
    qtbot.mouseClick(again.save, Qt.MouseButton.LeftButton)
    assert review_hours(window.controller.service.load(plan).items) == 0  # off means none
    window.actions_["undo"].trigger()
    assert review_hours(window.controller.service.load(plan).items) > 0
