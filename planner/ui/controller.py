"""The one path from the window to the services: current plan, cached state, undo.

:class:`PlanController` wraps a :class:`~planner.services.plans.PlanService`.
Every change goes through :meth:`PlanController.run`: it hands one operation
(``planner.services.operations``) to the services, routes every failure to one
error signal, and refreshes only what the operation's :class:`Changes` name — a
tick re-reads the current plan, not the list of plans (docs/architecture.md,
"Operations"). Undo and redo belong to the plans file: :meth:`undo` and
:meth:`redo` are service calls, and :attr:`historyChanged` tells the Edit menu
what they would take back, exactly as ``study-planner undo`` and ``redo`` do.

The services (and SQLAlchemy behind them) are imported when the controller
opens, not when this module is imported, so the window can paint first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from planner.ui.i18n import say

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from planner.core.catalog import Catalog
    from planner.core.plan import DateRange, Schedule
    from planner.core.progress import ReplanMode
    from planner.services.clock import Clock
    from planner.services.operations import Changes, Operation, OpKind, Pending
    from planner.services.plans import PlanService, PlanSnapshot, PlanSummary, ReplanPreview
    from planner.services.status import PlanStatus
    from planner.storage.backups import BackupInfo


T = TypeVar("T")


def failure_message(exc: Exception) -> str:
    """What the user is told about a failure: a PlannerError's own words; anything else is
    a bug, logged with its traceback and told in plain words with the log file's place."""
    from planner.errors import InternalError, PlannerError
    from planner.logs import unexpected

    if isinstance(exc, PlannerError):
        return str(exc)
    where = unexpected(exc, "running an action in the app")
    return str(InternalError(type(exc).__name__, where))


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while work runs that may take longer than a moment."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def ask_estimate_way(message: str) -> ReplanMode | None:
    """Ask what gives when a new estimate no longer fits before the exam (tests replace
    this): the exam date (raise the hours) or the hours per week (move the exam)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner.core.progress import ReplanMode

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("Controller", "New estimate"))
    box.setText(message.removesuffix(" Nothing was changed."))
    exam = box.addButton(
        QApplication.translate("Controller", "Keep the Exam Date"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    hours = box.addButton(
        QApplication.translate("Controller", "Keep the Hours per Week"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is exam:
        return ReplanMode.KEEP_EXAM
    if clicked is hours:
        return ReplanMode.KEEP_HOURS
    return None


class PlanView(NamedTuple):
    """What the views show for the current plan: one consistent read."""

    snapshot: PlanSnapshot
    status: PlanStatus
    today: date


def read_view(service: PlanService, clock: Clock, plan_id: int) -> PlanView:
    """One consistent read of a plan: its snapshot and status as of today in its zone."""
    from planner.services.clock import today_in
    from planner.services.status import plan_status

    snapshot = service.load(plan_id)
    today = today_in(clock, snapshot.settings.timezone)
    return PlanView(snapshot, plan_status(snapshot, today), today)


class OpenedPlans(NamedTuple):
    """An open plans file, its active plans and the last used one, read in one go."""

    service: PlanService
    plans: list[PlanSummary]  # most recently used first
    view: PlanView | None


def read_plans(data_dir: Path, clock: Clock, include_archived: bool = False) -> OpenedPlans:
    """Open the plans file and read the last used plan (may raise the storage errors).

    Touches no widget and emits nothing, so it may run on a worker thread; the
    controller takes the result over with :meth:`PlanController.adopt`.
    """
    from planner.services.plans import PlanService

    service = PlanService(data_dir, clock=clock)
    try:
        plans = service.list_plans(include_archived=include_archived)
        last = next((p.id for p in plans if not p.archived), None)
        view = None
        if last is not None:
            service.touch(last)
            view = read_view(service, clock, last)
    except BaseException:
        service.close()
        raise
    return OpenedPlans(service, plans, view)


class PlanController(QObject):
    """Current plan, cached snapshot and status, and the undo stack."""

    changed = Signal()  # the current plan (or the choice of plan) changed
    plansChanged = Signal()  # the list of plans changed (names, archive, new, deleted)
    historyChanged = Signal()  # what undo and redo would take back changed
    error = Signal(str)  # a user-facing message after a failed action
    # The same message when it is not the user's request that failed but the file or the
    # program (a full disk, a damaged file, a bug): the window shows it in a dialog.
    seriousError = Signal(str)
    notice = Signal(str)  # something the user should know after an action that worked

    def __init__(
        self, data_dir: Path, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._clock = clock
        self.next_undo: Pending | None = None
        self.next_redo: Pending | None = None
        self._service: PlanService | None = None
        self._catalog: Catalog | None = None
        self._plans: list[PlanSummary] = []
        self._recent: list[int] = []
        self.show_archived = False
        self.view: PlanView | None = None

    @property
    def clock(self) -> Clock:
        """The clock given, or the system clock (made on first use: it loads time zones)."""
        if self._clock is None:
            from planner.services.clock import default_clock

            self._clock = default_clock()
        return self._clock

    # --- opening ------------------------------------------------------------
    def open(self) -> None:
        """Open the plans file (may raise the storage errors) and select the last plan."""
        self.adopt(read_plans(self.data_dir, self.clock, self.show_archived))

    def adopt(self, opened: OpenedPlans) -> None:
        """Take over a plans file opened by :func:`read_plans` (perhaps on another thread)."""
        self._service = opened.service
        self._set_plans(opened.plans)
        self.view = opened.view
        self.changed.emit()
        self._update_history()

    @property
    def is_open(self) -> bool:
        return self._service is not None

    def close(self) -> None:
        if self._service is not None:
            self._service.close()
            self._service = None
        self.next_undo = self.next_redo = None
        self.historyChanged.emit()

    @property
    def service(self) -> PlanService:
        if self._service is None:
            raise RuntimeError(self.tr("The plans file is not open."))
        return self._service

    def catalog(self) -> Catalog:
        """The catalog (built-in plus the user's files), loaded once on first use."""
        if self._catalog is None:
            from planner.catalog import load_catalog

            self._catalog = load_catalog(self.data_dir).catalog
        return self._catalog

    # --- reading ------------------------------------------------------------
    @property
    def plans(self) -> list[PlanSummary]:
        return list(self._plans)

    @property
    def plan_id(self) -> int | None:
        return None if self.view is None else self.view.snapshot.id

    def _reload_plans(self) -> None:
        """The plans by name, so the list does not jump when a plan is used."""
        self._set_plans(self.service.list_plans(include_archived=self.show_archived))

    def _set_plans(self, plans: list[PlanSummary]) -> None:
        self._plans = sorted(plans, key=lambda p: (p.name.casefold(), p.id))
        self._recent = [p.id for p in plans]  # most recently used first
        self.plansChanged.emit()

    def _last_used(self) -> int | None:
        active = {p.id for p in self._plans if not p.archived}
        return next((i for i in self._recent if i in active), None)

    def set_show_archived(self, show: bool) -> None:
        """List archived plans too (to open or unarchive them)."""
        self.show_archived = show
        if self.is_open:
            self._reload_plans()
            if self.plan_id not in {p.id for p in self._plans}:
                self._load(self._last_used())

    def today(self) -> date:
        from planner.services.clock import today_in

        tz = self.view.snapshot.settings.timezone if self.view else "UTC"
        return today_in(self.clock, tz)

    def select(self, plan_id: int | None) -> None:
        """Show ``plan_id`` (None: no plan) and remember it as the last used."""
        if plan_id is not None and plan_id != self.plan_id:
            self.service.touch(plan_id)
        self._load(plan_id)

    def refresh(self) -> None:
        self._load(self.plan_id)

    def _load(self, plan_id: int | None) -> None:
        self.view = None if plan_id is None else read_view(self.service, self.clock, plan_id)
        self.changed.emit()

    # --- running actions ----------------------------------------------------
    def attempt(self, fn: Callable[[], T]) -> tuple[T | None, str]:
        """Run a service call for a dialog that shows its own errors: (result, "") or
        (None, message). The one error route of the app:

        messages meant for the user (:class:`~planner.errors.PlannerError`: a mistake, a
        full disk, a damaged file) come back as they are; anything else is a bug: it is
        logged with its traceback and comes back in plain words with the log file's place.
        """
        try:
            with busy_cursor():
                return fn(), ""
        except Exception as exc:
            return None, failure_message(exc)

    def attempt_in_background(
        self, parent: QWidget, label: str, fn: Callable[[Callable[[int, int], bool]], T]
    ) -> tuple[T | None, str]:
        """Like :meth:`attempt`, for work that may take long and touches no database:
        ``fn(progress)`` runs on a worker thread while the window stays responsive; after
        200 ms a progress dialog with Cancel appears (``progress(done, total)`` then
        returns False, and ``fn`` should stop)."""
        from PySide6.QtCore import QEventLoop, QThread
        from PySide6.QtWidgets import QProgressDialog

        class Worker(QThread):
            progressed = Signal(int, int)

            def __init__(self) -> None:
                super().__init__()
                self.cancelled = False
                self.result: T | None = None
                self.failure: Exception | None = None

            def report(self, done: int, total: int) -> bool:
                self.progressed.emit(done, total)
                return not self.cancelled

            def run(self) -> None:
                try:
                    self.result = fn(self.report)
                except Exception as exc:
                    self.failure = exc

        worker = Worker()
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("progress-dialog")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(200)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            worker.cancelled = True

        def show(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        dialog.canceled.connect(cancel)
        worker.progressed.connect(show)
        loop = QEventLoop()
        worker.finished.connect(loop.quit)
        worker.start()
        if not worker.isFinished():
            loop.exec()
        worker.wait()
        dialog.close()
        dialog.deleteLater()
        worker.deleteLater()
        if worker.failure is not None:
            return None, failure_message(worker.failure)
        return worker.result, ""

    def call(self, fn: Callable[[], object]) -> bool:
        """Run a service call; a failure becomes one message on :attr:`error` (and on
        :attr:`seriousError` unless it is a request the user can fix)."""
        from planner.services.plans import ServiceError

        try:
            with busy_cursor():
                fn()
        except Exception as exc:
            message = failure_message(exc)
            self.error.emit(message)
            if not isinstance(exc, ServiceError):
                self.seriousError.emit(message)
            return False
        return True

    def run(self, op: Operation) -> Changes | None:
        """Carry out one user action; None if it failed (the error signal said why)."""
        done: list[Changes] = []
        if not self.call(lambda: done.append(self.service.run(op))):
            return None
        self._after(done[0])
        return done[0]

    def undo(self) -> Changes | None:
        return self._history(undo=True)

    def redo(self) -> Changes | None:
        return self._history(undo=False)

    def _history(self, *, undo: bool) -> Changes | None:
        if not self.is_open:
            return None
        done: list[Changes | None] = []
        svc = self.service
        if not self.call(lambda: done.append(svc.undo() if undo else svc.redo())):
            self._update_history()
            return None
        changes = done[0]
        if changes is None:
            self._update_history()
            return None
        self._after(changes)
        return changes

    def _update_history(self) -> None:
        if self.is_open:
            self.next_undo, self.next_redo = self.service.peek_history()
        else:
            self.next_undo = self.next_redo = None
        self.historyChanged.emit()

    def _after(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched, showing the plan it changed if still listed."""
        plan_id = changes.plan_id
        if changes.plans:
            self._reload_plans()
        listed = {p.id for p in self._plans}
        if plan_id in listed and plan_id != self.plan_id:
            self._load(plan_id)
        elif plan_id is not None and plan_id == self.plan_id and plan_id in listed:
            self.refresh()
            if not changes.plans:
                self._update_summary()
        elif self.plan_id not in listed:
            self._load(self._last_used())
        self._update_history()

    def reload_after_sync(self) -> None:
        """Another connection changed the plans file (a calendar sync ticked modules):
        read the plans, the current plan and the history again."""
        if not self.is_open:
            return
        self._reload_plans()
        self.refresh()
        self._update_history()

    def _update_summary(self) -> None:
        """The current plan's line in the list after a change to its progress only."""
        if self.view is None:
            return
        snap = self.view.snapshot
        done = sum(1 for item in snap.items if item.key in snap.ledger.done)
        for i, summary in enumerate(self._plans):
            if summary.id == snap.id and summary.done != done:
                self._plans[i] = summary._replace(done=done)
                self.plansChanged.emit()

    # --- progress -----------------------------------------------------------
    def set_done(self, key: str, done: bool) -> bool:
        """Tick (or untick) an item of the current plan; undoable."""
        from planner.services.operations import Tick, Untick

        if self.view is None or (key in self.view.snapshot.ledger.done) == done:
            return False
        plan_id = self.view.snapshot.id
        sitting = done and self.view.snapshot.item(key).kind.value == "practice_exam"
        op = Tick(plan_id, key) if done else Untick(plan_id, key)
        if self.run(op) is None:
            return False
        if sitting:  # the moment to record the score: offer it
            self.notice.emit(
                self.tr("Practice test done: record its score in View › Readiness (Ctrl+6).")
            )
        return True

    def log_hours(self, key: str, hours: float, on: date | None = None) -> bool:
        """Log study time on an item (today unless ``on``); undoable."""
        from planner.services.operations import LogHours

        if self.view is None:
            return False
        return self.run(LogHours(self.view.snapshot.id, key, hours, on)) is not None

    def set_estimate(self, key: str, hours: float) -> bool:
        """Change an item's hours and re-plan the rest from today with it; one undoable
        action. If the rest no longer fits before the exam, the user picks what gives."""
        from planner.services.operations import SetEstimate
        from planner.services.plans import EstimateDoesNotFit

        if self.view is None:
            return False
        if abs(self.view.snapshot.item(key).hours - hours) < 1e-9:
            return False
        plan_id = self.view.snapshot.id
        done: list[Changes] = []
        refused: list[str] = []

        def first() -> None:
            try:
                done.append(self.service.run(SetEstimate(plan_id, key, hours)))
            except EstimateDoesNotFit as exc:
                refused.append(str(exc))

        if not self.call(first):
            return False
        if done:
            self._after(done[0])
            return True
        mode = ask_estimate_way(refused[0])
        if mode is None:
            return False
        return self.run(SetEstimate(plan_id, key, hours, mode)) is not None

    # --- re-planning ----------------------------------------------------------
    def preview_replan(self, mode: ReplanMode) -> ReplanPreview:
        """What a re-plan would move (nothing stored). Raises ServiceError."""
        assert self.view is not None
        with busy_cursor():
            return self.service.replan(self.view.snapshot.id, mode, apply=False)

    def apply_schedule(self, schedule: Schedule, kind: OpKind, label: str) -> bool:
        """Store ``schedule`` as the plan's new baseline (after a backup); undoable."""
        from planner.services.operations import ApplySchedule

        if self.view is None:
            return False
        return self.run(ApplySchedule(self.view.snapshot.id, schedule, kind, label)) is not None

    def change_days_off(self, ranges: tuple[DateRange, ...]) -> bool:
        """New days off: re-plan the rest from today around them (undoable).

        Keeps the exam date when the plan has one (raising the weekly hours if
        needed), else the hours per week — the same rule as importing busy days.
        """
        from dataclasses import replace

        from planner.core.progress import ReplanMode
        from planner.services.operations import OpKind
        from planner.services.plans import ServiceError
        from planner.ui.formatting import date_text

        if self.view is None:
            return False
        snap = self.view.snapshot
        settings = replace(snap.settings, days_off=ranges)
        current = replace(snap.baseline, items=snap.items, settings=settings)
        mode = ReplanMode.KEEP_EXAM if snap.baseline.exam_date else ReplanMode.KEEP_HOURS
        needed: float | None = None
        if all(item.key in snap.ledger.done for item in snap.items):
            schedule = current  # all done: only the settings change
        else:
            try:
                preview = self.service.replan_from(snap, current, mode, apply=False)
            except ServiceError as exc:
                self.error.emit(self.tr("Cannot re-plan around these days off: {0}").format(exc))
                return False
            if preview.schedule.diagnosis is not None:
                self.error.emit(
                    self.tr(
                        "With these days off the rest does not fit before the exam: {0}."
                    ).format(say(preview.schedule.diagnosis))
                )
                return False
            schedule = preview.schedule
            needed = preview.result.hours_per_week_needed
        if not self.apply_schedule(schedule, OpKind.DAYS_OFF, "Change days off"):
            return False
        if needed is not None and snap.baseline.exam_date is not None:
            self.notice.emit(
                self.tr(
                    "Days off saved. Keeping the exam on {0} now needs {1} h/week "
                    "(you planned {2}); Re-plan can keep the hours and move the exam instead."
                ).format(
                    date_text(snap.baseline.exam_date),
                    f"{needed:g}",
                    f"{snap.settings.hours_per_week:g}",
                )
            )
        return True

    # --- plans ----------------------------------------------------------------
    def create_plan(self, **request: object) -> int | None:
        """Store a plan made in the wizard (one undoable operation) and show it."""
        from planner.services.operations import CreatePlan

        changes = self.run(CreatePlan(**request))  # type: ignore[arg-type]
        return None if changes is None else changes.plan_id

    def plan_created(self, plan_id: int) -> None:
        """A plan was stored elsewhere: list it and show it."""
        self._reload_plans()
        self.select(plan_id)
        self._update_history()

    def rename(self, plan_id: int, name: str) -> bool:
        from planner.services.operations import Rename

        return self.run(Rename(plan_id, name)) is not None

    def set_archived(self, plan_id: int, archived: bool) -> bool:
        from planner.services.operations import SetArchived

        return self.run(SetArchived(plan_id, archived)) is not None

    def duplicate(self, plan_id: int, name: str | None = None) -> int | None:
        from planner.services.operations import Duplicate

        changes = self.run(Duplicate(plan_id, name))
        return None if changes is None else changes.plan_id

    def delete(self, plan_id: int) -> BackupInfo | None:
        """Delete a plan (after a backup). Not undoable in place: the caller confirms first."""
        from planner.services.operations import DeletePlan

        changes = self.run(DeletePlan(plan_id))
        return None if changes is None else changes.backup
