"""Peak memory of the desktop app with a 300-item plan, against a bare PySide6 window.

Run: ``python bench/bench_memory.py``. Each figure is the peak resident set size
(``VmHWM``; ``ru_maxrss`` where there is no /proc) of a fresh process once its
window is shown and, for the app, the plan is loaded and painted. Nothing is
asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_gui import make_plan
from common import ROOT, Row, table

# VmHWM is this process's own peak; ru_maxrss would also count the parent that started
# it (Linux keeps the larger of the two across exec), which skews runs from run.py.
REPORT = """
import resource, sys
def report():
    try:
        with open("/proc/self/status") as status:
            line = next(x for x in status if x.startswith("VmHWM:"))
        kib = float(line.split()[1])
    except OSError:
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kib /= 1024 if sys.platform == "darwin" else 1  # bytes on macOS
    print("peak", kib / 1024, flush=True)
"""

BARE = (
    REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 680)
window.show()
def done():
    window.repaint()
    report()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""
)

# Peak memory once the plan is open and painted: the plans file opens on a worker
# thread after the first paint, so wait for the window's dataOpened signal.
OURS = (
    REPORT
    + """
from pathlib import Path
from PySide6.QtCore import QTimer
from planner.ui.app import create_window, ensure_app, release_kept, start
app = ensure_app()
window = create_window(Path(sys.argv[1]))
window.show()
def ready(opened):
    assert opened and len(window.controller.view.snapshot.items) == 300
    window.repaint()
    report()
    app.quit()
def shown():
    window.dataOpened.connect(ready)
    start(window).lockedOut.connect(lambda: app.exit(1))
QTimer.singleShot(0, shown)
app.exec()
release_kept()
"""
)


def peak_mib(script: str, folder: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=str(ROOT),
    ).stdout
    return next(float(line.split()[1]) for line in out.splitlines() if line.startswith("peak"))


def measure(repeat: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_plan(folder)
        bare = [peak_mib(BARE, folder) for _ in range(repeat)]
        ours = [peak_mib(OURS, folder) for _ in range(repeat)]
    return [
        Row(
            figure="peak memory, app with 300 items",
            unit="MiB",
            median=statistics.median(ours),
            low=min(ours),
            high=max(ours),
            baseline="bare QMainWindow process",
            baseline_median=statistics.median(bare),
        )
    ]


def main() -> None:
    print(table(measure()))


if __name__ == "__main__":
    main()
