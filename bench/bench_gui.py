"""Desktop-app benchmark: start-up to the window shown, and the tick latency.

Run: ``python bench/bench_gui.py`` (uses the offscreen platform unless
``QT_QPA_PLATFORM`` is set). Not part of the test suite; nothing is asserted.

- **Start-up.** Wall time from starting a fresh Python process to the main window
  shown (its first paint), with a 300-item plan in the data folder, against a bare
  PySide6 ``QMainWindow`` started the same way in the same run (target: at most
  1.5x). The app starts as ``planner.ui.app.main`` does: hand-over check (only
  when a lock note says another instance may run), window shown, then
  (:func:`planner.ui.app.start`) the instance lock, the local server and the plans
  file on a worker thread right after the first paint; a second figure is the time
  until the plan is on screen (the window's ``dataOpened``, then a repaint). Each
  child quits as ``main`` does, releasing the folder's lock.
- **Tick latency.** In one process: a Space key press on a module in This week
  until the tick is saved, every view refreshed and the table repainted (target:
  under 30 ms median), against the same tick through the services alone (tick,
  reload, status) — so the ratio is the UI's share.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ROOT, Row, table, timed_row

from planner.core.plan import ItemKind, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import PlanService

NOW = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
ITEMS = 300

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 680)
window.show()
def shown():
    print("shown", time.perf_counter(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

OURS = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from planner.ui.app import create_window, ensure_app, handed_over, release_kept, start
app = ensure_app(icon=False)
folder = Path(sys.argv[1])
assert not handed_over(folder)
window = create_window(folder)
window.show()
def ready(opened):
    assert opened and window.stack.currentWidget() is window.views
    assert window.controller.view is not None and len(window.controller.view.snapshot.items) == 300
    window.repaint()
    print("ready", time.perf_counter(), flush=True)
    app.quit()
def shown():
    print("shown", time.perf_counter(), flush=True)
    window.dataOpened.connect(ready)
    start(window).lockedOut.connect(lambda: app.exit(1))
QTimer.singleShot(0, shown)
app.exec()
release_kept()
"""


def make_plan(folder: Path) -> None:
    items = [
        PlanItem(
            key=f"course-{i // 10}/module-{i}",
            title=f"Course {i // 10} · Module {i % 10 + 1}",
            kind=ItemKind.MODULE,
            hours=1.5,
            group=f"course-{i // 10}",
            group_title=f"Course {i // 10}",
        )
        for i in range(ITEMS)
    ]
    settings = PlanSettings(
        start=date(2026, 12, 1),
        hours_per_week=10,
        study_days=frozenset({0, 2, 4, 5}),
        timezone="Europe/Berlin",
    )
    with PlanService(folder, clock=FixedClock(NOW)) as svc:
        svc.create_plan(name="300 modules", schedule=build_schedule(items, settings))


def start_up(script: str, folder: Path) -> dict[str, float]:
    """Seconds from process start to each line the child prints.

    The children may write bytecode even where PYTHONDONTWRITEBYTECODE is set, so
    the warm-up run leaves ``.pyc`` files as an installed app has them (pip
    compiles on install); else every run would also compile the app's modules.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if name in ("shown", "ready"):
            marks[name] = float(value) - began  # perf_counter is system-wide on Linux
    return marks


def measure_start(repeat: int = 10) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_plan(folder)
        start_up(OURS, folder)  # warm the disk cache and .pyc files
        start_up(BARE, folder)
        bare, shown, ready = [], [], []
        for _ in range(repeat):
            bare.append(start_up(BARE, folder)["shown"])
            marks = start_up(OURS, folder)
            shown.append(marks["shown"])
            ready.append(marks["ready"])
    base = "bare QMainWindow process"
    return [
        timed_row("start to window shown, 300 items", shown, base, bare, "<= 1.5x"),
        timed_row("start to plan on screen, 300 items", ready, base, bare),
    ]


def measure_tick(repeat: int = 40) -> list[Row]:
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from planner.services.status import plan_status
    from planner.ui.app import build_main_window
    from planner.ui.models.this_week import ThisWeekModel

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_plan(folder)
        window = build_main_window(folder, FixedClock(NOW))
        window.show()
        table_view = window.this_week.table
        model = window.this_week.model
        assert model.rowCount() > 0
        table_view.setFocus()
        table_view.setCurrentIndex(model.index(0, ThisWeekModel.MODULE))
        ui: list[float] = []
        for _ in range(repeat + 2):
            began = time.perf_counter()
            QTest.keyClick(table_view, Qt.Key.Key_Space)
            window.repaint()  # draw the refreshed window now, not at the next idle moment
            ui.append(time.perf_counter() - began)
        ui = ui[2:]
        history = window.controller.service.peek_undo()
        assert history is not None and history.label.startswith(("Tick", "Untick"))
        window.close()
        shiboken6.delete(window)  # before interpreter shutdown, or PySide6 may crash there

        svc = PlanService(folder, clock=FixedClock(NOW))
        key = svc.load(1).items[0].key
        plain: list[float] = []
        for n in range(repeat + 2):
            began = time.perf_counter()
            if n % 2 == 0:
                svc.tick(1, key)
            else:
                svc.untick(1, key)
            plan_status(svc.load(1), NOW.date())
            plain.append(time.perf_counter() - began)
        svc.close()
    return [
        timed_row(
            "tick: key press to saved and redrawn",
            ui,
            "the same tick through services",
            plain[2:],
            "< 30 ms median",
        )
    ]


def measure() -> list[Row]:
    return measure_start() + measure_tick()


def main() -> None:
    print(table(measure()), flush=True)
    # PySide6 can crash while Python tears down its objects after a QApplication;
    # the figures are printed, so leave without that teardown.
    os._exit(0)


if __name__ == "__main__":
    main()
