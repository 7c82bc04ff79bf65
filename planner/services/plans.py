"""Plan use cases: create, list, load, rename, duplicate, archive, delete, and progress.

Every public method that changes something is one database transaction. The
front ends (CLI and GUI) call these and never touch the database themselves.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from planner.core.codec import schedule_from_dict, schedule_to_dict
from planner.core.ledger import (
    Event,
    EventKind,
    Ledger,
    describe,
    last_undoable,
    replay,
    reverted_ids,
)
from planner.core.plan import (
    GRANULES_PER_HOUR,
    WEEKDAY_NAMES,
    DateRange,
    ItemKind,
    PlanInputError,
    PlanItem,
    PlanSettings,
    Schedule,
)
from planner.core.progress import Replan, ReplanMode, forecast, replan
from planner.core.rebaseline import merge_history
from planner.errors import PlannerError
from planner.services.clock import Clock, SystemClock, today_in
from planner.storage import Database, StorageError, open_database
from planner.storage.backups import BackupInfo, list_backups, take_backup
from planner.storage.models import (
    BaselineRow,
    DayLimitRow,
    DayOffRow,
    EventRow,
    PlanItemRow,
    PlanRow,
)

MAX_ITEM_HOURS = 1000.0
MAX_LOG_HOURS = 24.0
# Logged study may predate the plan a little, not by years (a mistyped date).
MAX_LOG_DAYS_BEFORE_START = 366


class ServiceError(PlannerError):
    """A request the user can fix (unknown plan, bad hours…), with a plain message."""


@dataclass(frozen=True)
class PlanSummary:
    id: int
    name: str
    archived: bool
    start: date
    exam_date: date | None
    items: int
    done: int
    last_used_at: datetime


@dataclass(frozen=True)
class PlanSnapshot:
    """Everything about one plan, as plain core objects (no live database rows)."""

    id: int
    uid: str
    name: str
    path_id: str
    cloud: str
    certification_id: str
    archived: bool
    settings: PlanSettings
    items: tuple[PlanItem, ...]
    catalog_hours: dict[str, float]
    baseline: Schedule
    original: Schedule
    baselines: int
    events: tuple[Event, ...]
    ledger: Ledger

    def item(self, key: str) -> PlanItem:
        for item in self.items:
            if item.key == key:
                return item
        raise ServiceError(f"This plan has no item '{key}'. 'study-planner show' lists the keys.")


@dataclass(frozen=True)
class ReplanPreview:
    result: Replan  # what moves, the hours per week and the exam date
    schedule: Schedule  # the whole plan afterwards: history plus the re-planned rest
    applied: bool
    backup: BackupInfo | None


@dataclass(frozen=True)
class ActionResult:
    description: str  # e.g. "tick “Week 1”", for the Edit menu and CLI output
    event_id: int


def _clean_name(name: str) -> str:
    visible = (ch if ch.isprintable() else " " if ch.isspace() else "" for ch in name)
    cleaned = " ".join("".join(visible).split())
    if not cleaned:
        raise ServiceError("A plan needs a name with at least one visible character.")
    if len(cleaned) > 200:
        raise ServiceError("A plan name can be at most 200 characters long.")
    return cleaned


def _check_hours(hours: float, what: str, upper: float) -> float:
    if hours != hours or hours <= 0:  # NaN or not positive
        raise ServiceError(f"{what} must be more than 0 hours.")
    if hours > upper:
        raise ServiceError(f"{what} can be at most {upper:g} hours.")
    granules = round(hours * GRANULES_PER_HOUR)
    if granules == 0:
        raise ServiceError(f"{what} must be at least 0.25 hours (15 minutes).")
    return granules / GRANULES_PER_HOUR


def _event(row: Any, zone: ZoneInfo | None = None) -> Event:
    """An :class:`Event` from a stored event (an ORM row or a selected row of its columns)."""
    created = getattr(row, "created_at", None)
    return Event(
        id=row.id,
        kind=EventKind(row.kind),
        item_key=row.item_key,
        hours=row.hours,
        previous_hours=row.previous_hours,
        on_date=row.on_date,
        reverts_id=row.reverts_id,
        recorded_on=created.astimezone(zone).date() if zone and created else None,
    )


def _settings(row: PlanRow) -> PlanSettings:
    return PlanSettings(
        start=row.start_date,
        hours_per_week=row.hours_per_week,
        study_days=frozenset(WEEKDAY_NAMES.index(d) for d in row.study_days.split(",") if d),
        session_start=time.fromisoformat(row.session_start),
        max_session_hours=row.max_session_hours,
        days_off=tuple(DateRange(d.first, d.last) for d in row.days_off),
        timezone=row.timezone,
        exam_date=row.exam_date,
        prep_weeks=row.prep_weeks,
        week_start=row.week_start,
        day_limits=tuple((d.day, d.hours) for d in row.day_limits),
        day_starts=tuple((d.day, time.fromisoformat(d.start)) for d in row.day_limits if d.start),
        exam_retired_on=row.exam_retired_on,
        exam_name=row.exam_name,
    )


def _apply_settings(row: PlanRow, s: PlanSettings) -> None:
    row.start_date = s.start
    row.hours_per_week = s.hours_per_week
    row.study_days = ",".join(WEEKDAY_NAMES[d] for d in sorted(s.study_days))
    row.session_start = s.session_start.strftime("%H:%M")
    row.max_session_hours = s.max_session_hours
    row.timezone = s.timezone
    row.exam_date = s.exam_date
    row.prep_weeks = s.prep_weeks
    row.week_start = s.week_start
    row.exam_retired_on = s.exam_retired_on
    row.exam_name = s.exam_name
    row.days_off = [DayOffRow(first=r.first, last=r.last) for r in s.days_off]
    starts = {d: t.strftime("%H:%M") for d, t in s.day_starts}
    row.day_limits = [DayLimitRow(day=d, hours=h, start=starts.get(d)) for d, h in s.day_limits]


def _events_query(plan_id: int) -> Select[EventRow]:
    return select(EventRow).filter_by(plan_id=plan_id).order_by(EventRow.id)


class PlanService:
    """The use cases over one data folder. Open it, use it, close it."""

    def __init__(self, data_dir: Path, clock: Clock | None = None) -> None:
        self.data_dir = data_dir
        self.clock: Clock = clock or SystemClock()
        self.db: Database = open_database(data_dir, self.clock.now())
        self._schedules: dict[int, Schedule] = {}
        # Why today's automatic backup could not be taken (a full disk, a read-only
        # folder); opening still works so the user can read their plans.
        self.backup_problem: str | None = None
        self._daily_backup()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> PlanService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- backups -------------------------------------------------------
    def _has_plans(self) -> bool:
        with self.db.transaction() as s:
            return bool(s.scalar(select(func.count()).select_from(PlanRow)))

    def _daily_backup(self) -> None:
        """The first open of each day backs up a file that holds plans."""
        today = self.clock.now().date()
        latest = list_backups(self.data_dir)
        if latest and latest[0].created_at.date() >= today:
            return
        if self._has_plans():
            try:
                take_backup(self.data_dir, "daily", self.clock.now())
            except StorageError as exc:
                self.backup_problem = f"today's automatic backup failed: {exc}"
            else:
                self.backup_problem = None

    def backup(self, reason: str = "manual") -> BackupInfo:
        return take_backup(self.data_dir, reason, self.clock.now())

    # --- plans ---------------------------------------------------------
    def create_plan(
        self,
        *,
        name: str,
        schedule: Schedule,
        path_id: str = "",
        cloud: str = "",
        certification_id: str = "",
    ) -> int:
        """Store a new plan: its settings, a snapshot of its items and its first baseline."""
        name = _clean_name(name)
        with self.db.transaction() as s:
            plan_id = self._insert_plan(s, name, schedule, path_id, cloud, certification_id)
        self._daily_backup()  # a file that had no plans at open gets its first backup now
        return plan_id

    def _insert_plan(
        self,
        s: Session,
        name: str,
        schedule: Schedule,
        path_id: str,
        cloud: str,
        certification_id: str,
        catalog_hours: dict[str, float] | None = None,
    ) -> int:
        now = self.clock.now()
        row = PlanRow(
            uid=uuid.uuid4().hex,
            name=name,
            path_id=path_id,
            cloud=cloud,
            certification_id=certification_id,
            created_at=now,
            last_used_at=now,
        )
        _apply_settings(row, schedule.settings)
        original = catalog_hours or {}
        row.items = [
            PlanItemRow(
                position=i,
                key=item.key,
                title=item.title,
                kind=item.kind.value,
                hours=item.hours,
                catalog_hours=original.get(item.key, item.hours),
                hours_is_estimate=item.hours_is_estimate,
                group_key=item.group,
                group_title=item.group_title,
                url=item.url,
            )
            for i, item in enumerate(schedule.items)
        ]
        s.add(row)
        s.flush()
        self._add_baseline(s, row.id, schedule, "created")
        return row.id

    def _add_baseline(self, s: Session, plan_id: int, schedule: Schedule, reason: str) -> None:
        s.add(
            BaselineRow(
                plan_id=plan_id,
                created_at=self.clock.now(),
                reason=reason,
                schedule_json=json.dumps(schedule_to_dict(schedule), separators=(",", ":")),
            )
        )

    def list_plans(self, include_archived: bool = False) -> list[PlanSummary]:
        with self.db.transaction() as s:
            rows = s.scalars(select(PlanRow).order_by(PlanRow.last_used_at.desc())).all()
            out = []
            for row in rows:
                if row.archived and not include_archived:
                    continue
                events = [_event(e) for e in s.scalars(select(EventRow).filter_by(plan_id=row.id))]
                out.append(
                    PlanSummary(
                        id=row.id,
                        name=row.name,
                        archived=row.archived,
                        start=row.start_date,
                        exam_date=row.exam_date,
                        items=len(row.items),
                        done=len(replay(events).done),
                        last_used_at=row.last_used_at,
                    )
                )
            return out

    def resolve(self, ref: str | int | None) -> int:
        """A plan id from an id, a name (or the start of one), or None for the last used plan."""
        with self.db.transaction() as s:
            if ref is None:
                row = s.scalars(
                    select(PlanRow)
                    .where(PlanRow.archived.is_(False))
                    .order_by(PlanRow.last_used_at.desc(), PlanRow.id.desc())
                ).first()
                if row is None:
                    raise ServiceError(
                        "There is no plan yet. Create one with 'study-planner new' or in the app."
                    )
                return row.id
            text = str(ref).strip()
            if not text:
                raise ServiceError(
                    "Give a plan's number or name; 'study-planner plans' lists them."
                )
            if text.isdigit() and int(text) < 2**63:  # larger cannot be a SQLite row id
                found = s.get(PlanRow, int(text))
                if found is not None:
                    return found.id
            rows = s.scalars(select(PlanRow)).all()
            exact = [r for r in rows if r.name.casefold() == text.casefold()]
            matches = exact or [r for r in rows if r.name.casefold().startswith(text.casefold())]
            if len(matches) == 1:
                return matches[0].id
            if not matches:
                raise ServiceError(f"No plan called '{text}'. 'study-planner plans' lists them.")
            raise ServiceError(f"'{text}' matches {len(matches)} plans; give its number instead.")

    def _row(self, s: Session, plan_id: int) -> PlanRow:
        row = s.get(PlanRow, plan_id)
        if row is None:
            raise ServiceError(f"There is no plan number {plan_id}.")
        return row

    def _schedule(self, s: Session, baseline_id: int) -> Schedule:
        """A stored baseline, parsed once: baselines never change once written."""
        cached = self._schedules.get(baseline_id)
        if cached is None:
            text = s.scalar(select(BaselineRow.schedule_json).where(BaselineRow.id == baseline_id))
            cached = schedule_from_dict(json.loads(text or "{}"))
            if len(self._schedules) > 32:
                self._schedules.clear()
            self._schedules[baseline_id] = cached
        return cached

    def _events(self, s: Session, plan_id: int, tz: str = "UTC") -> tuple[Event, ...]:
        zone = ZoneInfo(tz)
        rows = s.execute(
            select(
                EventRow.id,
                EventRow.kind,
                EventRow.item_key,
                EventRow.hours,
                EventRow.previous_hours,
                EventRow.on_date,
                EventRow.reverts_id,
                EventRow.created_at,
            )
            .where(EventRow.plan_id == plan_id)
            .order_by(EventRow.id)
        )
        return tuple(_event(r, zone) for r in rows)

    def load(self, plan_id: int) -> PlanSnapshot:
        try:
            return self._load(plan_id)
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            # Rows SQLite accepts but we cannot read (edited by hand, or a zone this
            # computer's time-zone data lacks): say so instead of failing obscurely.
            raise StorageError(
                f"Plan {plan_id} in your plans file cannot be read ({exc!s:.120}). "
                "'study-planner check' checks the file; 'study-planner backups' lists "
                "backups you can restore."
            ) from exc

    def _load(self, plan_id: int) -> PlanSnapshot:
        with self.db.transaction() as s:
            row = self._row(s, plan_id)
            baseline_ids = s.scalars(
                select(BaselineRow.id)
                .where(BaselineRow.plan_id == plan_id)
                .order_by(BaselineRow.id)
            ).all()
            events = self._events(s, plan_id, row.timezone)
            item_rows = s.execute(
                select(
                    PlanItemRow.key,
                    PlanItemRow.title,
                    PlanItemRow.kind,
                    PlanItemRow.hours,
                    PlanItemRow.catalog_hours,
                    PlanItemRow.group_key,
                    PlanItemRow.group_title,
                    PlanItemRow.url,
                    PlanItemRow.hours_is_estimate,
                )
                .where(PlanItemRow.plan_id == plan_id)
                .order_by(PlanItemRow.position)
            ).all()
            items = tuple(
                PlanItem(
                    key=r.key,
                    title=r.title,
                    kind=ItemKind(r.kind),
                    hours=r.hours,
                    group=r.group_key,
                    group_title=r.group_title,
                    url=r.url,
                    hours_is_estimate=r.hours_is_estimate,
                )
                for r in item_rows
            )
            return PlanSnapshot(
                id=row.id,
                uid=row.uid,
                name=row.name,
                path_id=row.path_id,
                cloud=row.cloud,
                certification_id=row.certification_id,
                archived=row.archived,
                settings=_settings(row),
                items=items,
                catalog_hours={r.key: r.catalog_hours for r in item_rows},
                baseline=self._schedule(s, baseline_ids[-1]),
                original=self._schedule(s, baseline_ids[0]),
                baselines=len(baseline_ids),
                events=events,
                ledger=replay(events),
            )

    def touch(self, plan_id: int) -> None:
        """Mark a plan as the most recently used (the default for commands)."""
        with self.db.transaction() as s:
            self._row(s, plan_id).last_used_at = self.clock.now()

    def rename(self, plan_id: int, name: str) -> None:
        name = _clean_name(name)
        with self.db.transaction() as s:
            self._row(s, plan_id).name = name

    def set_archived(self, plan_id: int, archived: bool) -> None:
        with self.db.transaction() as s:
            self._row(s, plan_id).archived = archived

    def duplicate(self, plan_id: int, name: str | None = None) -> int:
        """A what-if copy: same settings, items, baseline and progress, new calendar identity.

        One transaction: the copy appears whole, with its progress history as it was
        (each action keeps the time it was taken), or not at all.
        """
        snap = self.load(plan_id)
        new_name = _clean_name(name or f"{snap.name} (copy)")
        with self.db.transaction() as s:
            new_id = self._insert_plan(
                s,
                new_name,
                replace(snap.baseline, items=snap.items),
                snap.path_id,
                snap.cloud,
                snap.certification_id,
                snap.catalog_hours,
            )
            mapping: dict[int, int] = {}
            for e in s.scalars(_events_query(plan_id)).all():
                row = EventRow(
                    plan_id=new_id,
                    kind=e.kind,
                    item_key=e.item_key,
                    hours=e.hours,
                    previous_hours=e.previous_hours,
                    on_date=e.on_date,
                    reverts_id=mapping.get(e.reverts_id) if e.reverts_id else None,
                    created_at=e.created_at,
                )
                s.add(row)
                s.flush()
                mapping[e.id] = row.id
        return new_id

    def delete(self, plan_id: int) -> BackupInfo:
        """Delete a plan after a verified backup that still holds it."""
        with self.db.transaction() as s:
            self._row(s, plan_id)
        backup = self.backup("before-delete")
        with self.db.transaction() as s:
            s.delete(self._row(s, plan_id))
        return backup

    # --- progress ------------------------------------------------------
    def _item_title(self, s: Session, plan_id: int, item_key: str) -> str:
        self._row(s, plan_id)
        title = s.scalar(
            select(PlanItemRow.title).where(
                PlanItemRow.plan_id == plan_id, PlanItemRow.key == item_key
            )
        )
        if title is None:
            raise ServiceError(
                f"This plan has no item '{item_key}'. 'study-planner show' lists the keys."
            )
        return title

    def _append(self, s: Session, plan_id: int, event: EventRow, title: str) -> ActionResult:
        s.execute(
            update(PlanRow).where(PlanRow.id == plan_id).values(last_used_at=self.clock.now())
        )
        event.plan_id = plan_id
        event.created_at = self.clock.now()
        s.add(event)
        s.flush()
        return ActionResult(describe(_event(event), title), event.id)

    def _set_done(self, plan_id: int, item_key: str, done: bool) -> ActionResult:
        """Tick or untick: the check and the write are one transaction."""
        with self.db.transaction() as s:
            title = self._item_title(s, plan_id, item_key)
            is_done = item_key in replay(self._events(s, plan_id)).done
            if done and is_done:
                raise ServiceError(f"'{item_key}' is already done.")
            if not done and not is_done:
                raise ServiceError(f"'{item_key}' is not done yet.")
            kind = EventKind.DONE if done else EventKind.UNDONE
            return self._append(s, plan_id, EventRow(kind=kind.value, item_key=item_key), title)

    def tick(self, plan_id: int, item_key: str) -> ActionResult:
        return self._set_done(plan_id, item_key, True)

    def untick(self, plan_id: int, item_key: str) -> ActionResult:
        return self._set_done(plan_id, item_key, False)

    def log_hours(
        self, plan_id: int, item_key: str, hours: float, on: date | None = None
    ) -> ActionResult:
        hours = _check_hours(hours, "Logged time", MAX_LOG_HOURS)
        with self.db.transaction() as s:
            title = self._item_title(s, plan_id, item_key)
            today = today_in(self.clock, self._row(s, plan_id).timezone)
            day = on or today
            if day > today:
                raise ServiceError(f"Hours cannot be logged for a future day ({day.isoformat()}).")
            start = self._row(s, plan_id).start_date
            if (start - day).days > MAX_LOG_DAYS_BEFORE_START:
                raise ServiceError(
                    f"{day.isoformat()} is more than a year before the plan starts "
                    f"({start.isoformat()}); check the date."
                )
            event = EventRow(
                kind=EventKind.LOGGED.value, item_key=item_key, hours=hours, on_date=day
            )
            return self._append(s, plan_id, event, title)

    def set_estimate(self, plan_id: int, item_key: str, hours: float) -> ActionResult:
        """Change an item's estimated hours (the plan's copy; the catalog is untouched)."""
        hours = _check_hours(hours, "An item's estimate", MAX_ITEM_HOURS)
        with self.db.transaction() as s:
            row = self._row(s, plan_id)
            item = next((i for i in row.items if i.key == item_key), None)
            if item is None:
                raise ServiceError(f"This plan has no item '{item_key}'.")
            previous = item.hours
            item.hours = hours
            event = EventRow(
                plan_id=plan_id,
                kind=EventKind.ESTIMATE.value,
                item_key=item_key,
                hours=hours,
                previous_hours=previous,
                created_at=self.clock.now(),
            )
            s.add(event)
            s.flush()
            return ActionResult(describe(_event(event), item.title), event.id)

    def undo(self, plan_id: int) -> ActionResult | None:
        """Cancel the newest action not yet cancelled; None if there is nothing to undo."""
        return self.revert(plan_id, None)

    def revert(self, plan_id: int, event_id: int | None) -> ActionResult | None:
        """Cancel one action (``event_id``), or the newest one when None, by appending a revert."""
        with self.db.transaction() as s:
            row = self._row(s, plan_id)
            events = [_event(e) for e in s.scalars(_events_query(plan_id))]
            if event_id is None:
                target = last_undoable(events)
            else:
                cancelled = reverted_ids(events)
                target = next(
                    (
                        e
                        for e in events
                        if e.id == event_id
                        and e.kind is not EventKind.REVERT
                        and e.id not in cancelled
                    ),
                    None,
                )
            if target is None:
                return None
            if target.kind is EventKind.ESTIMATE:
                item = next((i for i in row.items if i.key == target.item_key), None)
                if item is not None and target.previous_hours is not None:
                    item.hours = target.previous_hours
            revert = EventRow(
                plan_id=plan_id,
                kind=EventKind.REVERT.value,
                item_key=target.item_key,
                reverts_id=target.id,
                created_at=self.clock.now(),
            )
            s.add(revert)
            s.flush()
            title = next((i.title for i in row.items if i.key == target.item_key), "")
            return ActionResult(describe(target, title), revert.id)

    # --- status and re-planning -----------------------------------------
    def today(self, plan_id: int) -> date:
        return today_in(self.clock, self.load(plan_id).settings.timezone)

    def replan(self, plan_id: int, mode: ReplanMode, *, apply: bool) -> ReplanPreview:
        """Re-plan what is not done from today; with ``apply`` store it as the new baseline.

        The preview lists what moves. Applying takes a backup first and is one
        transaction; done work and the history before today stay as they were.
        """
        snap = self.load(plan_id)
        current = replace(snap.baseline, items=snap.items)
        reason = f"replan-{mode.value.replace('_', '-')}"
        return self.replan_from(snap, current, mode, apply=apply, reason=reason)

    def replan_from(
        self,
        snap: PlanSnapshot,
        current: Schedule,
        mode: ReplanMode,
        *,
        apply: bool,
        reason: str,
    ) -> ReplanPreview:
        """Re-plan ``current`` (the plan, perhaps with new settings) from today.

        A result that still does not fit before the exam is shown but never stored:
        the preview's schedule carries the diagnosis and the way out.
        """
        from planner.services.status import to_progress

        today = today_in(self.clock, snap.settings.timezone)
        progress = to_progress(snap.ledger)
        try:
            result = replan(current, progress, today, mode)
        except PlanInputError as exc:
            raise ServiceError(f"Cannot re-plan: {exc}.") from exc
        if result.schedule is None:
            raise ServiceError("Everything in this plan is done; there is nothing to re-plan.")
        earned = forecast(current, progress, today).earned_hours
        merged = merge_history(current, result.schedule, today, snap.items, earned)
        if apply and merged.diagnosis is not None:
            raise ServiceError(
                f"Re-planned, the rest does not fit before the exam: {merged.diagnosis.message}. "
                "Nothing was changed; keep the hours per week instead to move the exam."
            )
        backup = self.store_replan(snap.id, merged, reason) if apply else None
        return ReplanPreview(result=result, schedule=merged, applied=apply, backup=backup)

    # --- baselines -----------------------------------------------------
    def store_replan(self, plan_id: int, schedule: Schedule, reason: str) -> BackupInfo:
        """Keep a re-planned schedule as the new baseline (after a backup)."""
        backup = self.backup(f"before-{reason}")
        with self.db.transaction() as s:
            row = self._row(s, plan_id)
            _apply_settings(row, schedule.settings)
            self._add_baseline(s, plan_id, schedule, reason)
        return backup
