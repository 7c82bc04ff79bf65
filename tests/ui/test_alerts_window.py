"""The app tells a plan what changed in the catalog: a banner on This week and a word in
the status bar, each with the fix; the switch keeps done work and one Ctrl+Z takes it
back; "Keep as is" silences the alerts. Real files, the real command line, real widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.cli import main
from planner.services.clock import FixedClock
from planner.ui import alerts
from planner.ui.app import build_main_window
from planner.ui.main_window import MainWindow
from tests.catalog_overrides import (
    mla_c01_never_retires,
    new_course_hours,
    new_weights_and_hours,
)
from tests.conftest import CLI_NOW

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("cli_now")]


def _new(folder: Path, *args: str) -> None:
    today = date.fromisoformat(CLI_NOW[:10])
    assert (
        main(
            [
                *("--data-dir", str(folder), "new", "--path", "data-scientist", "--tz", "UTC"),
                *("--start", today.isoformat(), "--days", "mon,tue,wed,thu,fri,sat,sun"),
                *("--exam-date", (today + timedelta(days=60)).isoformat()),
                *("--hours-per-week", "30", *args),
            ]
        )
        == 0
    )


def _window(qtbot, folder: Path) -> MainWindow:
    win = build_main_window(folder, FixedClock(datetime.fromisoformat(CLI_NOW)))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def aws_window(qtbot, data_dir: Path) -> MainWindow:
    """An English AWS plan saved against MLA-C01, then the catalog learned it ended."""
    override = mla_c01_never_retires(data_dir)
    _new(data_dir, "--cloud", "aws")
    override.unlink()
    return _window(qtbot, data_dir)


def test_banner_and_status_bar_say_the_exam_ended_and_the_switch_is_one_undo(
    qtbot, aws_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = aws_window
    banner, status = win.this_week.alert, win.alert_status
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "MLA-C01" in banner.message.text() and "in English" in banner.message.text()
    assert "MLA-C02" in banner.message.text()
    assert banner.switch_button.text() == "Switch to MLA-C02…"
    assert status.isVisible() and "Switch to MLA-C02…" in status.text()
    assert "your exam ends before the exam date" in status.text()

    snap = win.controller.view.snapshot
    module = snap.items[0].key
    assert win.controller.set_done(module, True)
    qtbot.waitUntil(lambda: banner.isVisible())
    asked = []
    monkeypatch.setattr(alerts, "ask_switch", lambda parent, p: asked.append(p) or True)
    qtbot.mouseClick(banner.switch_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].new_exam.exam_code == "MLA-C02"
    assert "MLA-C02" in alerts.switch_summary(asked[0])
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert not status.isVisible()
    assert "Now planned for MLA-C02" in win.statusBar().currentMessage()
    after = win.controller.view.snapshot
    assert "MLA-C02" in after.settings.exam_name
    assert module in after.ledger.done, "done work stays"
    assert after.settings.exam_date == snap.settings.exam_date
    assert win.actions_["undo"].text().startswith("&Undo Switch")

    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: banner.isVisible())
    back = win.controller.view.snapshot
    assert "MLA-C01" in back.settings.exam_name
    assert [i.key for i in back.items] == [i.key for i in snap.items]
    assert module in back.ledger.done


def test_the_status_bar_offers_the_switch_too(
    qtbot, aws_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = aws_window.alert_status
    qtbot.waitUntil(lambda: status.isVisible())
    monkeypatch.setattr(alerts, "ask_switch", lambda parent, p: False)  # cancelled: no change
    status.click()
    assert "MLA-C01" in aws_window.controller.view.snapshot.settings.exam_name
    monkeypatch.setattr(alerts, "ask_switch", lambda parent, p: True)
    status.click()
    qtbot.waitUntil(lambda: not status.isVisible())
    assert "MLA-C02" in aws_window.controller.view.snapshot.settings.exam_name


def test_keep_as_is_silences_new_weights_and_hours_until_undone(qtbot, data_dir: Path) -> None:
    _new(data_dir)
    new_weights_and_hours(data_dir)
    win = _window(qtbot, data_dir)
    banner = win.this_week.alert
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "(2 changes)" in banner.heading.text()
    assert "domain weights" in banner.message.text()
    assert "Production Machine Learning Systems" in banner.message.text()
    assert banner.switch_button.text() == "Re-plan with the new weights…"
    qtbot.mouseClick(banner.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert not win.alert_status.isVisible()
    assert "stays as it is" in win.statusBar().currentMessage()
    win.actions_["undo"].trigger()
    qtbot.waitUntil(lambda: banner.isVisible())


def test_an_alert_without_a_switch_leads_from_the_status_bar_to_the_banner(
    qtbot, data_dir: Path
) -> None:
    _new(data_dir)
    new_course_hours(data_dir)
    win = _window(qtbot, data_dir)
    status = win.alert_status
    qtbot.waitUntil(lambda: status.isVisible())
    assert "a course's hours changed" in status.text() and "Switch" not in status.text()
    assert "estimate" in status.toolTip()
    win.show_view(1)  # Schedule
    status.click()
    assert win.views.currentWidget() is win.this_week
    assert win.this_week.alert.isVisible()
    assert not win.this_week.alert.switch_button.isVisible()
