"""What the first frame leaves for later still arrives once the event loop runs.

The window paints before calendar sync, the tray and reminders are made (and before
their modules are imported); the plans file is opened right after. These tests run
the real start-up (``create_window``, ``show``, then ``start``) and check that the
user ends up with all of it: the sync indicator in the status bar, the reminders,
tooltips over cut cells, and a tick that is on disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from planner.services.clock import FixedClock
from planner.ui.models.this_week import ThisWeekModel
from tests.plan_factory import schedule, service

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 2)

FIRST_FRAME = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from planner.ui.app import create_window, ensure_app, release_kept, start
app = ensure_app(icon=False)
window = create_window(Path(sys.argv[1]))
window.show()
seen = {}
def sync_widget():
    return window.statusBar().findChild(QWidget, "status-sync") is not None
def opened(ok):
    from planner.ui.reminders import Reminders
    seen["after"] = {
        "opened": ok,
        "sync_widget": sync_widget(),
        "reminders": window.findChild(Reminders) is not None,
    }
    app.quit()
def first_frame():
    seen["first_frame"] = {
        "modules": sorted(
            m for m in ("planner.ui.sync_status", "planner.ui.reminders", "platformdirs",
                        "keyring", "sqlalchemy") if m in sys.modules
        ),
        "sync_widget": sync_widget(),
    }
    window.dataOpened.connect(opened)
    start(window)
QTimer.singleShot(0, first_frame)
app.exec()
release_kept()
print(json.dumps(seen), flush=True)
"""


def test_sync_and_reminders_arrive_after_the_first_frame(data_dir: Path) -> None:
    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(6))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(FIRST_FRAME), str(data_dir)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    # The first frame needs none of this: the window paints without it ...
    assert seen["first_frame"] == {"modules": [], "sync_widget": False}
    # ... and the user has all of it once the plans are open.
    assert seen["after"] == {"opened": True, "sync_widget": True, "reminders": True}


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stack
def test_the_sync_indicator_ends_the_status_bar_and_follows_the_plan(qtbot, data_dir: Path) -> None:
    from planner.ui.app import create_window, release_kept, start

    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(6))
    window = create_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.dataOpened, timeout=10000):
            start(window)
        bar = window.statusBar()
        indicator = bar.findChild(QWidget, "status-sync")
        assert indicator is window.sync_status
        # In the status bar's permanent row, after the plan state, alerts and timer.
        order = [
            w.objectName()
            for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.objectName().startswith("status-")
        ]
        assert order.index("status-sync") > order.index("status-plan-state")
        assert order.index("status-sync") > order.index("status-timer")
        # The plan opened does not sync: no indicator shown, and the manager knows the plan.
        assert not indicator.isVisible()
        assert window.sync.plan_id == window.controller.plan_id is not None
    finally:
        window.controller.close()
        release_kept()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_a_cut_plan_name_in_the_sidebar_shows_whole_in_a_tooltip(qtbot, data_dir: Path) -> None:
    from planner.ui.app import build_main_window

    long_name = "Professional Machine Learning Engineer — the whole path, every lab " * 2
    with service(data_dir) as svc:
        svc.create_plan(name=long_name.strip(), schedule=schedule(6))
    window = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    view = window.sidebar.list
    index = view.model().index(0, 0)
    centre = view.visualRect(index).center()
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, viewport.mapToGlobal(centre))
    assert QApplication.sendEvent(viewport, event), "the tooltip filter took the event"
    assert QToolTip.isVisible()
    assert long_name.strip() in QToolTip.text()
    QToolTip.hideText()
    window.close()


def test_a_ticked_module_is_in_the_file_when_the_key_press_returns(qtbot, data_dir: Path) -> None:
    from planner.ui.app import build_main_window

    with service(data_dir, NOW) as svc:
        plan_id = svc.create_plan(name="Google MLE", schedule=schedule(6))
    window = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    table = window.this_week.table
    model = window.this_week.model
    assert model.rowCount() > 0
    table.setFocus()
    table.setCurrentIndex(model.index(0, ThisWeekModel.MODULE))
    QTest.keyClick(table, Qt.Key.Key_Space)
    view = window.controller.view
    assert view is not None and len(view.snapshot.ledger.done) == 1
    (ticked,) = view.snapshot.ledger.done
    assert window.actions_["undo"].text().startswith("&Undo Tick")
    # Read back through a connection of its own: the tick is committed, not pending.
    with service(data_dir, NOW) as other:
        assert other.load(plan_id).ledger.done == {ticked}
    window.close()
    with service(data_dir, NOW) as reopened:
        assert reopened.load(plan_id).ledger.done == {ticked}
