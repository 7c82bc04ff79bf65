"""The study timer in the app: Start on a session row, Stop logs the time.

The running timer lives in the plans file (``planner/services/timer.py``), so it
survives a restart; this object only reads it, shows it (:attr:`changed` carries
the status-bar text, refreshed every 30 seconds) and turns Stop into one
``LogHours`` operation through the controller, so the views refresh and Undo
names it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from planner.services.timer import RunningTimer
from planner.ui.controller import PlanController

REFRESH_MS = 30_000


def elapsed_text(hours: float) -> str:
    minutes = int(hours * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


class StudyTimer(QObject):
    changed = Signal(str)  # the status-bar text; "" when no timer runs

    def __init__(self, controller: PlanController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.current: RunningTimer | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self.refresh)
        controller.changed.connect(self.refresh)

    def refresh(self) -> None:
        from planner.services.timer import running_timer

        timer: RunningTimer | None = None
        if self.controller.is_open:
            timer, _ = self.controller.attempt(lambda: running_timer(self.controller.service))
        self.current = timer
        if timer is None:
            self._tick.stop()
            self.changed.emit("")
            return
        if not self._tick.isActive():
            self._tick.start()
        hours = timer.elapsed_hours(self.controller.clock.now())
        self.changed.emit(
            self.tr("Timer: studying “{0}” · {1}").format(timer.shown_title, elapsed_text(hours))
        )

    def start(self, plan_id: int, key: str) -> bool:
        from planner.services.timer import start_timer

        _, problem = self.controller.attempt(
            lambda: start_timer(self.controller.service, plan_id, key)
        )
        if problem:
            self.controller.error.emit(problem)
        self.refresh()
        return not problem

    def stop(self) -> float | None:
        """Log the time studied (undoable) and stop; the hours logged, or None."""
        from planner.services.operations import LogHours
        from planner.services.timer import cancel_timer, logged_hours, running_timer

        timer, _ = self.controller.attempt(lambda: running_timer(self.controller.service))
        if timer is None:
            self.refresh()
            return None
        hours = logged_hours(timer.elapsed_hours(self.controller.clock.now()))
        if self.controller.run(LogHours(timer.plan_id, timer.item_key, hours)) is None:
            return None
        self.controller.attempt(lambda: cancel_timer(self.controller.service))
        self.refresh()
        return hours
