"""The frame the booking and attempt dialogs share: Save runs one operation, a failure
keeps the dialog open and says why, and nothing half-done is saved."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from planner.catalog import load_catalog
from planner.core.build import build_plan_items
from planner.core.plan import PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.attempts import list_sittings
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.ui.app import build_main_window
from planner.ui.dialogs.booking import BookingDialog
from planner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

NOW = datetime(2027, 1, 18, 9, 0, tzinfo=UTC)
Std = QDialogButtonBox.StandardButton


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["gcp-pmle"]
    items = build_plan_items(catalog, "ml-practitioner", exam, hours_per_week=6, prep_weeks=10)
    settings = PlanSettings(date(2026, 11, 30), 6, frozenset({0, 2, 5}), prep_weeks=10)
    with PlanService(data_dir, FixedClock(NOW)) as svc:
        svc.create_plan(name="Google MLE", schedule=build_schedule(items, settings))
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_refused_save_stays_open_with_the_reason_and_a_good_one_closes(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    assert controller.view is not None
    plan = controller.view.snapshot.id
    dialog = BookingDialog(controller, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(Std.Save)
    assert save.objectName() == "booking-save" and save.text() == "&Save booking"
    assert save.toolTip() == "Record the booking (Ctrl+Z takes it back)"
    assert dialog.buttons.button(Std.Cancel).toolTip() == "Close without changing anything"
    assert dialog.message.objectName() == "booking-message" and dialog.message.text() == ""

    dialog.show()
    dialog.confirmation.setText("x" * 201)
    save.click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "200" in dialog.message.text()  # the service's reason, in the dialog
    assert list_sittings(controller.service, plan) == []

    dialog.confirmation.setText("WA-58213")
    save.click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    (sitting,) = list_sittings(controller.service, plan)
    assert sitting.confirmation == "WA-58213"
    window.actions_["undo"].trigger()
    assert list_sittings(controller.service, plan) == []


def test_cancel_closes_without_saving(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    assert controller.view is not None
    dialog = BookingDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirmation.setText("WA-1")
    dialog.buttons.button(Std.Cancel).click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert list_sittings(controller.service, controller.view.snapshot.id) == []
