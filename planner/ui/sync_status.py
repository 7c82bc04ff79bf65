"""Calendar sync in the background, and its indicator in the status bar.

:class:`SyncManager` keeps the current plan in step with its CalDAV calendar
(set up in Preferences › Calendar sync): a few seconds after the last change,
soon after the plan opens, and every :attr:`SyncManager.interval_ms`. Each sync
runs on a worker thread with its own :class:`~planner.services.plans.PlanService`
on the same plans file — a connection of its own, whose short transactions take
the write lock like any other action (docs/decisions.md, "BEGIN IMMEDIATE") —
never on the window's thread and never behind a progress dialog. When the
server cannot be reached it waits longer each time (:attr:`SyncManager.retry_ms`)
and catches up when it is back; modules ticked on the phone come in as ordinary
ticks, so the views refresh and Undo takes them back.

A running sync can be cut off (:class:`~planner.services.caldav.Cancel`): closing the
window does so instead of waiting for the network timeout (:meth:`SyncManager.shutdown`),
and restoring a backup pauses sync around the swap of the file (:meth:`SyncManager.pause`,
:meth:`SyncManager.resume`; docs/calendars.md, "A sync that is cut off").

A password typed in the Preferences page is kept in memory for this run only;
otherwise the one in the system keyring is used.

:class:`SyncIndicator` shows the state in the status bar ("Synced 2 min ago",
"Syncing…", "Offline", "Sync failed: wrong password"); a click opens the
Calendar sync page. It is hidden while the current plan does not sync.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services.clock import Clock
    from planner.services.plans import PlanService
    from planner.services.sync import SyncOutcome, SyncSetup
    from planner.ui.controller import PlanController

DEBOUNCE_MS = 7_000  # after the last change
START_MS = 3_000  # after the plan opens
INTERVAL_MS = 15 * 60_000  # and every quarter of an hour
RETRY_MS = (30_000, 60_000, 120_000, 300_000, 600_000, 900_000)  # while offline
# How long closing the window waits for a sync it has cut off: that sync ends within
# milliseconds (its request is cut off and it records what it sent); only one still
# opening a connection to an unresponsive server takes longer, and is left behind.
CLOSE_WAIT_S = 3.0


class SyncState(enum.Enum):
    OFF = "off"  # the current plan does not sync
    IDLE = "idle"  # set up; no sync yet in this run
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"
    PASSWORD = "password"  # set up, but no password in the keyring or typed in this run
    AUTH = "auth"  # the server refused the user name or password
    FAILED = "failed"  # any other failure (not a calendar, a server error…)


class SyncStatus(NamedTuple):  # a NamedTuple: no dataclasses import before the first paint
    state: SyncState
    setup: SyncSetup | None = None
    message: str = ""  # what went wrong, in the services' words
    ticked: int = 0  # modules ticked from the calendar by the last sync


class _Job(QObject):
    """One sync on a worker thread, with its own connection to the plans file.

    The thread is a daemon: when the window closes, :meth:`SyncManager.shutdown` cuts
    off the request it waits for (:class:`~planner.services.caldav.Cancel`) and waits a
    moment for the sync to end; one that does not (a connection still being opened)
    is left to end by itself, and whatever it had not committed when the app quits
    is not written at all (each write of a sync is one SQLite transaction).
    """

    finished = Signal()

    def __init__(
        self, data_dir: Path, clock: Clock, fn: Callable[[PlanService], SyncOutcome]
    ) -> None:
        super().__init__()
        from planner.services.caldav import Cancel

        self.data_dir, self.clock, self.fn = data_dir, clock, fn
        self.plan_id: int | None = None
        self.account: tuple[str, str, str] | None = None  # (URL, user, password) it used
        self.result: SyncOutcome | None = None
        self.failure: Exception | None = None
        self.cancel = Cancel()
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="calendar-sync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.run()
        finally:
            # Emitted before the wait ends: whoever waits may delete this object next.
            self.finished.emit()  # queued to the manager, on the window's thread
            self._done.set()

    def run(self) -> None:
        from planner.services.plans import PlanService

        try:
            with self.cancel.scope(), PlanService(self.data_dir, clock=self.clock) as service:
                self.result = self.fn(service)
        except Exception as exc:  # handed to the window's thread, which words it
            self.failure = exc

    def isFinished(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait for the sync to end (at most ``timeout_s``); True if it has."""
        return self._done.wait(timeout_s)


class SyncManager(QObject):
    """Background sync of the current plan (see the module doc)."""

    statusChanged = Signal()
    # After each sync: (outcome or None, "" or the failure's message, the SyncState it
    # ended in — for a failed set-up too, when the plan still does not sync)
    jobFinished = Signal(object, str, object)

    def __init__(self, controller: PlanController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.debounce_ms = DEBOUNCE_MS
        self.start_ms = START_MS
        self.interval_ms = INTERVAL_MS
        self.retry_ms: tuple[int, ...] = RETRY_MS
        self.status = SyncStatus(SyncState.OFF)
        self._plan_id: int | None = None
        self._passwords: dict[tuple[str, str], str] = {}  # (url, user) -> typed this run
        self._job: _Job | None = None
        self._again = False  # a change came in while a sync ran
        self._retries = 0
        self._quiet = False  # refreshing the views after our own ticks
        self._stopped = False
        self._paused = 0  # pause() calls not yet resumed (a backup being restored)
        self._timer = QTimer(self)  # the next sync: after a change, a failure or the interval
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        controller.changed.connect(self._plan_maybe_switched)
        controller.historyChanged.connect(self._data_changed)

    # --- what the window and the page ask -----------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def scheduled(self) -> bool:
        """True while a sync is due (after a change, a failure or the interval)."""
        return self._timer.isActive()

    def next_sync_ms(self) -> int:
        """Milliseconds until the next sync that is due (0 if none)."""
        return max(0, self._timer.remainingTime())

    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    def setup(self) -> SyncSetup | None:
        return self.status.setup

    def password_for(self, setup: SyncSetup) -> str | None:
        """The password typed in this run for this calendar (never stored), if any."""
        return self._passwords.get((setup.url, setup.username))

    def forget_password(self, url: str, username: str) -> None:
        """Drop a password kept in memory (the server refused it)."""
        for where in {url, url.rstrip("/") + "/"}:
            self._passwords.pop((where, username), None)

    def keep_password(self, url: str, username: str, password: str) -> None:
        """Keep a typed password in memory until the app quits."""
        self._passwords[(url, username)] = password
        if not url.endswith("/"):
            self._passwords[(url + "/", username)] = password

    def sync_soon(self, delay_ms: int | None = None) -> None:
        """Sync after ``delay_ms`` (the change delay if None); a later call restarts the wait,
        so a burst of changes makes one sync after the last of them."""
        if self._stopped or self._paused or self.status.setup is None:
            return
        delay = self.debounce_ms if delay_ms is None else delay_ms
        self._timer.start(delay)

    def sync_now(self, password: str | None = None) -> bool:
        """Start a sync of the current plan now; False if it is not set up."""
        setup = self.status.setup
        plan_id = self._plan_id
        if self._stopped or self._paused or setup is None or plan_id is None:
            return False
        typed = password or self.password_for(setup)

        def work(svc: PlanService) -> SyncOutcome:
            from planner.services.sync import sync_now

            return sync_now(svc, plan_id, typed)

        return self._start(work, (setup.url, setup.username, typed) if typed else None)

    def set_up(
        self,
        url: str,
        username: str,
        password: str,
        *,
        create: bool,
        tasks: bool,
        remember: bool,
    ) -> bool:
        """Set up sync of the current plan with a calendar and sync it, in the background."""
        plan_id = self._plan_id
        if self._stopped or self._paused or plan_id is None:
            return False

        def work(svc: PlanService) -> SyncOutcome:
            from planner.services.sync import set_up_sync

            return set_up_sync(
                svc, plan_id, url, username, password, create=create, tasks=tasks, remember=remember
            )

        return self._start(work, (url, username, password))

    def stop_sync(self) -> tuple[int | None, str]:
        """Stop syncing the current plan: (events forgotten, "") or (None, why not)."""
        plan_id = self._plan_id
        if plan_id is None or self.busy:
            return None, self.tr("Wait until the sync that is running has finished.")
        from planner.services.sync import stop_sync

        setup = self.status.setup
        count, message = self.controller.attempt(
            lambda: stop_sync(self.controller.service, plan_id)
        )
        if not message:
            if setup is not None:
                self._passwords.pop((setup.url, setup.username), None)
            self._timer.stop()
            self.set_status(SyncStatus(SyncState.OFF))
        return count, message

    def shutdown(self) -> None:
        """The window closes: no new sync; a running one is cut off, not waited for.

        Its request is cut off at once (no wait for the network timeout) and its
        thread gets :data:`CLOSE_WAIT_S` to record what it sent. Everything the user did
        was committed when it was done, so nothing of theirs waits on the sync.
        """
        self._stopped = True
        self._timer.stop()
        job = self._job
        if job is not None:
            job.cancel.cancel()
            if job.wait(CLOSE_WAIT_S):
                self._finish(job, notify=False)
            else:
                self._job = None  # left to end by itself; nothing will read its result

    @property
    def paused(self) -> bool:
        return self._paused > 0

    def pause(self) -> None:
        """Hold every sync until :meth:`resume` (a backup is about to replace the plans
        file): a running sync is cut off, and this waits until its thread has ended, so
        nothing of it is written into the file that comes next."""
        self._paused += 1
        self._timer.stop()
        job = self._job
        if job is not None:
            job.cancel.cancel()
            job.wait()
            self._again = True  # sync again once resumed
            self._finish(job, notify=False)

    def resume(self) -> None:
        """After :meth:`pause`: read the (restored) file's setup and sync soon."""
        self._paused = max(0, self._paused - 1)
        if self._paused or self._stopped:
            return
        self._plan_id = self.controller.plan_id if self.controller.is_open else None
        self._retries = 0
        self.reload()
        if self.status.setup is not None:  # not "Offline": the cut-off sync was ours
            self.set_status(SyncStatus(SyncState.IDLE, self.status.setup))
        self.sync_soon(self.start_ms)

    # --- reacting to the controller -------------------------------------------
    def _plan_maybe_switched(self) -> None:
        c = self.controller
        plan_id = c.plan_id if c.is_open else None
        if plan_id == self._plan_id or self._quiet:
            return
        self._plan_id = plan_id
        self._retries = 0
        self._timer.stop()
        self.reload()
        self.sync_soon(self.start_ms)

    def _data_changed(self) -> None:
        """Something was done, undone or redone: sync a few seconds after the last change."""
        if self._quiet or self.status.setup is None:
            return
        if self.status.state in (SyncState.AUTH, SyncState.PASSWORD):
            return  # a refused or missing password waits for the user (Calendar sync page)
        if self.busy:
            self._again = True
        else:
            self.sync_soon()

    def reload(self) -> None:
        """Read whether (and with what) the current plan syncs."""
        setup = self._read_setup()
        if setup is None:
            self.set_status(SyncStatus(SyncState.OFF))
        elif self.status.setup is None or self.status.state is SyncState.OFF:
            self.set_status(SyncStatus(SyncState.IDLE, setup))
        else:
            self.set_status(SyncStatus(self.status.state, setup, self.status.message))

    def _read_setup(self) -> SyncSetup | None:
        c = self.controller
        if self._plan_id is None or not c.is_open:
            return None
        from planner.services.sync import sync_setup

        setup, _message = c.attempt(lambda: sync_setup(c.service, self._plan_id))  # type: ignore[arg-type]
        return setup

    # --- running ------------------------------------------------------------
    def _start(
        self,
        work: Callable[[PlanService], SyncOutcome],
        account: tuple[str, str, str] | None = None,
    ) -> bool:
        if self._job is not None:
            self._again = True
            return False
        self._timer.stop()
        self._again = False
        job = _Job(self.controller.data_dir, self.controller.clock, work)
        job.plan_id = self._plan_id
        job.account = account
        # A slot of this object (which lives on the window's thread): queued from the worker.
        job.finished.connect(self._job_done)
        self._job = job
        self.set_status(SyncStatus(SyncState.SYNCING, self.status.setup))
        job.start()
        return True

    def _job_done(self) -> None:
        # The job that ended, not necessarily the current one: a pause may have finished
        # it and started another before its queued signal arrived.
        job = self.sender()
        if job is not None and job is self._job:
            self._finish(self._job)

    def _finish(self, job: _Job, notify: bool = True) -> None:
        if self._job is not job:
            return  # already handled (shut down while it ran)
        self._job = None
        job.wait()
        job.deleteLater()
        if job.plan_id != self._plan_id:  # another plan is shown now: start from its state
            self.reload()
            if self._again or self.status.setup is not None:
                self.sync_soon(self.start_ms)
            return
        from planner.services.sync import PasswordNeeded, SyncAuthFailed, SyncOffline
        from planner.storage import StorageError
        from planner.ui.controller import failure_message

        outcome, failure = job.result, job.failure
        message = "" if failure is None else failure_message(failure)
        setup = self._read_setup() if self.controller.is_open else None
        if setup is None and failure is None and not self._stopped:
            setup = self.status.setup
        retry: int | None = self.interval_ms
        if failure is None:
            assert outcome is not None
            self._retries = 0
            if job.account is not None:  # kept once the server took it, at its address
                self.keep_password(outcome.url, job.account[1], job.account[2])
            state = SyncState.SYNCED
            if (outcome.ticked or outcome.unticked) and notify:
                self._quiet = True
                try:
                    self.controller.reload_after_sync()
                finally:
                    self._quiet = False
                self.controller.notice.emit(self.changes_text(outcome))
        elif isinstance(failure, SyncOffline | StorageError):
            state = SyncState.OFFLINE if isinstance(failure, SyncOffline) else SyncState.FAILED
            retry = self.retry_ms[min(self._retries, len(self.retry_ms) - 1)]
            self._retries += 1
        elif isinstance(failure, PasswordNeeded):
            state, retry = SyncState.PASSWORD, None
        elif isinstance(failure, SyncAuthFailed):
            state, retry = SyncState.AUTH, None  # never try a refused password again
            if job.account is not None:
                self.forget_password(job.account[0], job.account[1])
        else:
            state = SyncState.FAILED
        ticked = len(outcome.ticked) if outcome is not None else 0
        self.set_status(
            SyncStatus(state if setup is not None else SyncState.OFF, setup, message, ticked)
        )
        if notify:
            self.jobFinished.emit(outcome, message, state)
        if self._stopped or self._paused or setup is None:
            return
        if self._again:
            self.sync_soon()
        elif retry is not None:
            self.sync_soon(retry)
        self.statusChanged.emit()  # now with the next sync's time

    def changes_text(self, outcome: SyncOutcome) -> str:
        """What a sync changed in the plan, for the status bar."""
        parts = []
        if outcome.ticked:
            parts.append(self.tr("%n module(s) ticked", "", len(outcome.ticked)))
        if outcome.unticked:
            parts.append(self.tr("{0} unticked").format(len(outcome.unticked)))
        return self.tr("From your calendar: {0}. Undo (Ctrl+Z) takes each back.").format(
            ", ".join(parts)
        )

    def set_status(self, status: SyncStatus) -> None:
        """Show ``status`` (the manager's own results; the screenshots set one directly)."""
        self.status = status
        self.statusChanged.emit()


# --- the indicator ------------------------------------------------------------------
def ago_text(then: datetime, now: datetime) -> str:
    """ "just now", "2 min ago", "3 h ago", or the day and time in the user's locale."""
    from PySide6.QtCore import QCoreApplication

    from planner.ui.formatting import short_date

    translate = QCoreApplication.translate
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return translate("SyncIndicator", "just now")
    if seconds < 3600:
        return translate("SyncIndicator", "{0} min ago").format(int(seconds // 60))
    if seconds < 24 * 3600:
        return translate("SyncIndicator", "{0} h ago").format(int(seconds // 3600))
    return translate("SyncIndicator", "on {0}").format(short_date(then.astimezone().date()))


def summary_text(stored: str) -> str:
    """The one-line summary a sync stored in the user's language; an error as it is."""
    from planner.services.sync import result_text

    return result_text(stored)


def _plural_sources() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    """The summary's plural strings with a count written out, so lupdate gives them
    plural forms (see ``planner.core.messages._plural_sources``)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("SyncSummary", "%n task(s) ({0} new, {1} changed)", "", 2)
    QCoreApplication.translate(
        "SyncSummary", "%n task(s) ({0} new, {1} changed, {2} deleted)", "", 2
    )
    QCoreApplication.translate("SyncSummary", "%n module(s) ticked from the calendar", "", 2)
    QCoreApplication.translate("SyncSummary", "%n module(s) reopened there, unticked here", "", 2)


def local_time_text(moment: datetime) -> str:
    """A moment in this computer's time zone, as the user's locale writes a day and time."""
    from planner.ui.formatting import short_date, time_text

    local = moment.astimezone()
    return f"{short_date(local.date(), weekday=True)}, {time_text(local.time())}"


class SyncIndicator(QToolButton):
    """The sync state in the status bar; a click opens Preferences › Calendar sync."""

    def __init__(self, manager: SyncManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.setObjectName("status-sync")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Calendar sync"))
        self._tick = QTimer(self)  # "2 min ago" moves on
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self.update_text)
        manager.statusChanged.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        status = self.manager.status
        if status.state is SyncState.OFF or status.setup is None:
            self.hide()
            self._tick.stop()
            return
        text, icon, detail = self._describe(status)
        self.setText(text)
        self.setIcon(self.style().standardIcon(icon))
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)
        self.show()
        if not self._tick.isActive():
            self._tick.start()

    def _describe(self, status: SyncStatus) -> tuple[str, QStyle.StandardPixmap, str]:
        setup = status.setup
        assert setup is not None
        where = self.tr("Syncs with {0} as {1}.").format(setup.url, setup.username)
        last = setup.last_synced_at
        when = (
            self.tr("Last synced {0}.").format(local_time_text(last))
            if last is not None
            else self.tr("Not synced yet.")
        )
        click = self.tr("Click to open Preferences › Calendar sync.")
        pix = QStyle.StandardPixmap
        state = status.state
        if state is SyncState.SYNCING:
            return self.tr("Syncing…"), pix.SP_BrowserReload, f"{where}\n{when}"
        if state is SyncState.OFFLINE:
            again = ""
            if self.manager.scheduled:
                seconds = max(1, self.manager.next_sync_ms() // 1000)
                again = (
                    self.tr("Trying again in {0} s.").format(seconds)
                    if seconds < 90
                    else self.tr("Trying again in {0} min.").format(round(seconds / 60))
                )
            return (
                self.tr("Offline — will sync when the server is back"),
                pix.SP_DriveNetIcon,
                "\n".join(p for p in (status.message, again, when, click) if p),
            )
        if state is SyncState.AUTH:
            return (
                self.tr("Sync failed: wrong password — open Calendar sync…"),
                pix.SP_MessageBoxWarning,
                f"{status.message}\n{click}",
            )
        if state is SyncState.PASSWORD:
            return (
                self.tr("Sync paused: password needed — open Calendar sync…"),
                pix.SP_MessageBoxWarning,
                f"{where}\n{self.tr('The password is not in a keyring; type it once.')}\n{click}",
            )
        if state is SyncState.FAILED:
            return (
                self.tr("Sync failed — open Calendar sync…"),
                pix.SP_MessageBoxWarning,
                f"{status.message}\n{click}",
            )
        if last is None:
            return self.tr("Not synced yet"), pix.SP_BrowserReload, f"{where}\n{click}"
        ago = ago_text(last, self.manager.controller.clock.now())
        detail = f"{where}\n{when}"
        if setup.last_result:
            from planner.services.sync import shown_result

            detail += "\n" + shown_result(setup)
        return self.tr("Synced {0}").format(ago), pix.SP_DialogApplyButton, f"{detail}\n{click}"
