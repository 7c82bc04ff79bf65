"""The one path from the window to the services: current plan, cached state, undo.

:class:`PlanController` wraps a :class:`~planner.services.plans.PlanService`.
Every change goes through it: it calls the service, re-reads the current plan
(snapshot and status) and emits :attr:`PlanController.changed`, so every view
refreshes from the same data (docs/architecture.md, "Layer rules"). User actions that can be taken
back are :class:`QUndoCommand` objects on one :class:`QUndoStack`; each command
re-applies through the services (the ledger is append-only, so "undo" appends
the inverse action or a revert, never deletes history).

The services (and SQLAlchemy behind them) are imported when the controller
opens, not when this module is imported, so the window can paint first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from planner.core.catalog import Catalog
    from planner.core.plan import DateRange, Schedule
    from planner.core.progress import ReplanMode
    from planner.services.clock import Clock
    from planner.services.plans import PlanService, PlanSnapshot, PlanSummary, ReplanPreview
    from planner.services.status import PlanStatus
    from planner.storage.backups import BackupInfo


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


class _ServiceCommand(QUndoCommand):
    """An undoable action: ``apply`` has run once before the command is pushed."""

    def __init__(
        self,
        controller: PlanController,
        plan_id: int,
        text: str,
        apply: Callable[[], object],
        revert: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._plan_id = plan_id
        self._apply = apply
        self._revert = revert
        self._applied_once = True  # the controller ran ``apply`` before pushing

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False
            return
        self._controller._rerun(self, self._plan_id, self._apply)

    def undo(self) -> None:
        self._controller._rerun(self, self._plan_id, self._revert)


class PlanController(QObject):
    """Current plan, cached snapshot and status, and the undo stack."""

    changed = Signal()  # the current plan (or the choice of plan) changed
    plansChanged = Signal()  # the list of plans changed (names, archive, new, deleted)
    error = Signal(str)  # a user-facing message after a failed action
    notice = Signal(str)  # something the user should know after an action that worked

    def __init__(
        self, data_dir: Path, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._clock = clock
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
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
            from planner.services.clock import SystemClock

            self._clock = SystemClock()
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

    @property
    def is_open(self) -> bool:
        return self._service is not None

    def close(self) -> None:
        if self._service is not None:
            self._service.close()
            self._service = None
        self.undo_stack.clear()

    @property
    def service(self) -> PlanService:
        if self._service is None:
            raise RuntimeError("the plans file is not open")
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
    def _call(self, fn: Callable[[], object]) -> bool:
        from planner.services.plans import ServiceError
        from planner.storage import StorageError

        try:
            fn()
        except (ServiceError, StorageError) as exc:
            self.error.emit(str(exc))
            return False
        return True

    def _push(
        self, plan_id: int, text: str, apply: Callable[[], object], revert: Callable[[], object]
    ) -> bool:
        if not self._call(apply):
            return False
        self.undo_stack.push(_ServiceCommand(self, plan_id, text, apply, revert))
        self._after(plan_id)
        return True

    def _rerun(self, command: QUndoCommand, plan_id: int, fn: Callable[[], object]) -> None:
        if not self._call(fn):
            command.setObsolete(True)  # the stack drops a command that can no longer run
        self._after(plan_id)

    def _after(self, plan_id: int) -> None:
        """Refresh after a change to ``plan_id``, showing that plan if it is still listed."""
        self._reload_plans()
        listed = {p.id for p in self._plans}
        if plan_id in listed:
            self._load(plan_id)
        elif self.plan_id not in listed:
            self._load(self._last_used())
        else:
            self.refresh()

    # --- progress -----------------------------------------------------------
    def _title(self, key: str) -> str:
        assert self.view is not None
        return self.view.snapshot.item(key).title

    def set_done(self, key: str, done: bool) -> bool:
        """Tick (or untick) an item of the current plan; undoable."""
        if self.view is None or (key in self.view.snapshot.ledger.done) == done:
            return False
        plan_id, svc = self.view.snapshot.id, self.service
        title = self._title(key)

        def tick() -> object:
            return svc.tick(plan_id, key)

        def untick() -> object:
            return svc.untick(plan_id, key)

        if done:
            return self._push(plan_id, self.tr("Tick “{0}”").format(title), tick, untick)
        return self._push(plan_id, self.tr("Untick “{0}”").format(title), untick, tick)

    def log_hours(self, key: str, hours: float, on: date | None = None) -> bool:
        """Log study time on an item (today unless ``on``); undo reverts that one entry."""
        if self.view is None:
            return False
        plan_id, svc = self.view.snapshot.id, self.service
        event_ids: list[int] = []

        def log() -> object:
            result = svc.log_hours(plan_id, key, hours, on)
            event_ids.append(result.event_id)
            return result

        def revert() -> object:
            return svc.revert(plan_id, event_ids.pop())

        text = self.tr("Log {0:g} h on “{1}”").format(hours, self._title(key))
        return self._push(plan_id, text, log, revert)

    def set_estimate(self, key: str, hours: float) -> bool:
        """Change an item's hours; undo sets the previous hours again."""
        if self.view is None:
            return False
        plan_id, svc = self.view.snapshot.id, self.service
        previous = self.view.snapshot.item(key).hours
        if abs(previous - hours) < 1e-9:
            return False
        text = self.tr("Set “{0}” to {1:g} h").format(self._title(key), hours)
        return self._push(
            plan_id,
            text,
            lambda: svc.set_estimate(plan_id, key, hours),
            lambda: svc.set_estimate(plan_id, key, previous),
        )

    # --- re-planning ----------------------------------------------------------
    def preview_replan(self, mode: ReplanMode) -> ReplanPreview:
        """What a re-plan would move (nothing stored). Raises ServiceError."""
        assert self.view is not None
        with busy_cursor():
            return self.service.replan(self.view.snapshot.id, mode, apply=False)

    def apply_schedule(self, schedule: Schedule, reason: str, text: str) -> bool:
        """Store ``schedule`` as the plan's new baseline; undo stores the previous one."""
        if self.view is None:
            return False
        plan_id, svc = self.view.snapshot.id, self.service
        previous = self.view.snapshot.baseline
        return self._push(
            plan_id,
            text,
            lambda: svc.store_replan(plan_id, schedule, reason),
            lambda: svc.store_replan(plan_id, previous, f"undo-{reason}"),
        )

    def change_days_off(self, ranges: tuple[DateRange, ...]) -> bool:
        """New days off: re-plan the rest from today around them (undoable).

        Keeps the exam date when the plan has one (raising the weekly hours if
        needed), else the hours per week — the same rule as importing busy days.
        """
        from dataclasses import replace

        from planner.core.progress import ReplanMode
        from planner.services.plans import ServiceError

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
                preview = self.service.replan_from(
                    snap, current, mode, apply=False, reason="days-off"
                )
            except ServiceError as exc:
                self.error.emit(self.tr("Cannot re-plan around these days off: {0}").format(exc))
                return False
            if preview.schedule.diagnosis is not None:
                self.error.emit(
                    self.tr(
                        "With these days off the rest does not fit before the exam: {0}."
                    ).format(preview.schedule.diagnosis.message)
                )
                return False
            schedule = preview.schedule
            needed = preview.result.hours_per_week_needed
        if not self.apply_schedule(schedule, "days-off", self.tr("Change days off")):
            return False
        if needed is not None and snap.baseline.exam_date is not None:
            self.notice.emit(
                self.tr(
                    "Days off saved. Keeping the exam on {0:%b %d, %Y} now needs {1} h/week "
                    "(you planned {2}); Re-plan can keep the hours and move the exam instead."
                ).format(
                    snap.baseline.exam_date,
                    f"{needed:g}",
                    f"{snap.settings.hours_per_week:g}",
                )
            )
        return True

    # --- plans ----------------------------------------------------------------
    def plan_created(self, plan_id: int) -> None:
        """A plan was stored elsewhere (the wizard): list it and show it."""
        self._reload_plans()
        self.select(plan_id)

    def rename(self, plan_id: int, name: str) -> bool:
        svc = self.service
        old = svc.load(plan_id).name
        return self._push(
            plan_id,
            self.tr("Rename “{0}”").format(old),
            lambda: svc.rename(plan_id, name),
            lambda: svc.rename(plan_id, old),
        )

    def set_archived(self, plan_id: int, archived: bool) -> bool:
        svc = self.service
        name = svc.load(plan_id).name
        text = (self.tr("Archive “{0}”") if archived else self.tr("Unarchive “{0}”")).format(name)
        return self._push(
            plan_id,
            text,
            lambda: svc.set_archived(plan_id, archived),
            lambda: svc.set_archived(plan_id, not archived),
        )

    def duplicate(self, plan_id: int, name: str | None = None) -> int | None:
        new_ids: list[int] = []
        if not self._call(lambda: new_ids.append(self.service.duplicate(plan_id, name))):
            return None
        self._reload_plans()
        self.select(new_ids[0])
        return new_ids[0]

    def delete(self, plan_id: int) -> BackupInfo | None:
        """Delete a plan (after a backup). Not undoable: the caller confirms first."""
        backups: list[BackupInfo] = []
        if not self._call(lambda: backups.append(self.service.delete(plan_id))):
            return None
        # Commands that name the deleted plan can no longer run.
        self.undo_stack.clear()
        self._reload_plans()
        current = self.plan_id if self.plan_id != plan_id else None
        self._load(current if current is not None else self._last_used())
        return backups[0]
