"""Reminders while the app runs: a tray icon naming the next session, and notifications.

:class:`Reminders` checks once a minute (a ``QTimer``; tests call :meth:`Reminders.check`
with a time of their own) which reminders are due — the decision is
``planner.core.reminders.due_reminders`` over the current plan's schedule and the
preferences — and shows each once. Where the desktop has a system tray, a tray icon
carries the next session in its tooltip and menu, notifications come as tray messages
and the menu offers "Start timer" (the stored study timer of This week) and "Snooze for
10 min" for the last one. Where it has none (the offscreen platform, some desktops), the
same reminders appear in the window's status bar: nothing fails for want of a tray.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from planner.core.reminders import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    due_reminders,
    next_session,
)
from planner.ui.formatting import hours_text, short_date, time_range

if TYPE_CHECKING:
    from planner.core.plan import Session
    from planner.ui.main_window import MainWindow

CHECK_EVERY_MS = 60_000
SNOOZE_MINUTES = 10


class Reminders(QObject):
    """The reminders of the window's current plan (see the module doc)."""

    reminded = Signal(str, str)  # title, text: every reminder shown, tray or not

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reminders")
        self.window = window
        self.controller = window.controller
        self.shown: set[str] = set()
        self.snoozed: dict[str, datetime] = {}
        self.last: Reminder | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.check())
        self.tray: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.menu.setToolTipsVisible(True)
        self.next_action = QAction(self.tr("No session ahead"), self.menu)
        self.next_action.setEnabled(False)
        self.snooze_action = QAction(
            self.tr("Snooze for {0} min").format(SNOOZE_MINUTES), self.menu
        )
        self.snooze_action.setObjectName("action-snooze")
        self.snooze_action.setEnabled(False)
        self.snooze_action.triggered.connect(lambda: self.snooze())
        self.start_action = QAction(self.tr("Start timer"), self.menu)
        self.start_action.setObjectName("action-start-timer")
        self.start_action.setToolTip(
            self.tr("Time the session just announced; Stop in This week logs the time")
        )
        self.start_action.setEnabled(False)
        self.start_action.triggered.connect(lambda: self.start_timer())
        show = QAction(self.tr("Show Study Planner"), self.menu)
        show.triggered.connect(window.bring_to_front)
        for action in (self.next_action, self.start_action, self.snooze_action, show):
            self.menu.addAction(action)
        self.controller.changed.connect(self.update_next)
        self.timer.start()
        self.update_next()

    # --- settings ---------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        from planner.ui.preferences import AppPreferences

        return AppPreferences(self.window.data_dir).reminders

    def _ensure_tray(self, wanted: bool) -> QSystemTrayIcon | None:
        """The tray icon when reminders are on and the desktop has a tray; else None."""
        if not wanted or not QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is not None:
                self.tray.hide()
            return None
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            self.tray = QSystemTrayIcon(self)
            if icon is not None:
                self.tray.setIcon(icon)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(lambda _reason: self.window.bring_to_front())
        self.tray.show()
        return self.tray

    # --- time ---------------------------------------------------------------------
    def local_now(self) -> datetime | None:
        """Now as wall time in the current plan's zone (None without a plan)."""
        view = self.controller.view
        if view is None:
            return None
        zone = ZoneInfo(view.snapshot.settings.timezone)
        return self.controller.clock.now().astimezone(zone).replace(tzinfo=None)

    # --- the next session ---------------------------------------------------------
    def next_text(self, now: datetime | None = None) -> str:
        """ "Next: Wed 9 Dec · 19:00–21:00 · Course · Module 2", or that there is none."""
        view = self.controller.view
        now = now or self.local_now()
        if view is None or now is None:
            return self.tr("No study plan open")
        session = next_session(now, view.snapshot.baseline.sessions, view.snapshot.ledger.done)
        if session is None:
            return self.tr("No session ahead")
        return self.tr("Next: {0}").format(self.describe(session))

    def describe(self, session: Session) -> str:
        assert self.controller.view is not None
        # With the course: module titles such as "Evaluation" repeat across courses.
        titles = {
            i.key: f"{i.shown_group} · {i.shown_title}" for i in self.controller.view.snapshot.items
        }
        first = session.allocations[0].item_key if session.allocations else ""
        more = len(session.allocations) - 1
        what = titles.get(first, first) + (f" (+{more})" if more > 0 else "")
        when = f"{short_date(session.day, weekday=True)} · {time_range(session.start, session.end)}"
        return f"{when} · {what}"

    def update_next(self) -> None:
        text = self.next_text()
        self._show_next(text)
        tray = self._ensure_tray(self._any_on())
        if tray is not None:
            tray.setToolTip(f"Study Planner\n{text}")

    def _any_on(self) -> bool:
        s = self.settings()
        return s.sessions or s.behind

    # --- checking -------------------------------------------------------------------
    def check(self, now: datetime | None = None) -> list[Reminder]:
        """Show the reminders due at ``now`` (default: the clock's now); returns them."""
        view = self.controller.view
        now = now or self.local_now()
        settings = self.settings()
        tray = self._ensure_tray(settings.sessions or settings.behind)
        if view is None or now is None:
            return []
        snap = view.snapshot
        behind = max(0.0, -view.status.forecast.ahead_hours)
        due = due_reminders(
            now,
            snap.baseline.sessions,
            settings,
            done=snap.ledger.done,
            behind_hours=behind,
            shown=self.shown,
            snoozed=self.snoozed,
        )
        for reminder in due:
            self.shown.add(reminder.key)
            self.snoozed.pop(reminder.key, None)
            title, text = self.words(reminder)
            self.last = reminder
            self.reminded.emit(title, text)
            if tray is not None:
                tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
            else:
                self.window.statusBar().showMessage(f"{title} — {text}", 5 * 60_000)
        session_due = self.last is not None and self.last.kind is ReminderKind.SESSION
        self.snooze_action.setEnabled(session_due)
        self.start_action.setEnabled(session_due)
        if tray is not None:
            tray.setToolTip(f"Study Planner\n{self.next_text(now)}")
        self._show_next(self.next_text(now))
        return due

    def _show_next(self, text: str) -> None:
        """The next session at the top of the tray menu: elided, in full as its tooltip."""
        metrics = QFontMetrics(self.menu.font())
        self.next_action.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 360))
        self.next_action.setToolTip(text)

    def words(self, reminder: Reminder) -> tuple[str, str]:
        """The title and text of a notification."""
        if reminder.kind is ReminderKind.SESSION and reminder.session is not None:
            title = self.tr("Study session in {0} min").format(reminder.minutes_left)
            return title, self.describe(reminder.session)
        title = self.tr("Behind your plan")
        text = self.tr("You are {0} behind. Re-plan (Ctrl+R) spreads the rest again.").format(
            hours_text(reminder.behind_hours)
        )
        return title, text

    def snooze(self, now: datetime | None = None, minutes: int = SNOOZE_MINUTES) -> bool:
        """Show the last session reminder again in ``minutes`` (if it has not started)."""
        now = now or self.local_now()
        if self.last is None or now is None or self.last.kind is not ReminderKind.SESSION:
            return False
        self.snoozed[self.last.key] = now + timedelta(minutes=minutes)
        self.snooze_action.setEnabled(False)
        return True

    def start_timer(self) -> bool:
        """Start the study timer on the announced session's first module not yet done.

        The timer is the stored one of This week (it survives a restart); Stop there, or
        in the status bar's view, logs the time.
        """
        view = self.controller.view
        last = self.last
        if view is None or last is None or last.session is None:
            return False
        keys = [a.item_key for a in last.session.allocations]
        key = next((k for k in keys if k not in view.snapshot.ledger.done), keys[0] if keys else "")
        if not key:
            return False
        started = self.window.this_week.timer.start(view.snapshot.id, key)
        if started:
            self.start_action.setEnabled(False)
            self.snooze_action.setEnabled(False)
        return started


def attach(window: MainWindow) -> Reminders:
    """The window's reminders, made once (after the plans file is open)."""
    existing = window.findChild(Reminders)
    return existing if isinstance(existing, Reminders) else Reminders(window)
