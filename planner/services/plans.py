"""Plan use cases: create, list, load, rename, duplicate, archive, delete, and progress.

Every public method that changes something is one database transaction. The
front ends (CLI and GUI) call these and never touch the database themselves.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, object_session

from planner.core.codec import schedule_from_dict, schedule_to_dict
from planner.core.ledger import (
    Event,
    EventKind,
    Ledger,
    replay,
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
from planner.core.progress import Replan, ReplanMode, replan
from planner.core.rebaseline import merge_history
from planner.errors import PlannerError
from planner.messages import Message, reason_of, translate
from planner.services import operations as ops
from planner.services.clock import Clock, default_clock, today_in
from planner.storage import Database, StorageError, open_database
from planner.storage.backups import BackupInfo, daily_due, take_backup
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


class EstimateDoesNotFit(ServiceError):
    """A new estimate after which the rest no longer fits before the exam: the user picks
    whether the exam or the hours per week give (``SetEstimate.mode``)."""


class PlanSummary(NamedTuple):
    """One line of the plan list (a tuple: the list is read after every change to it)."""

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
        raise ServiceError(Message("error.no_item", {"key": key}))


@dataclass(frozen=True)
class ReplanPreview:
    result: Replan  # what moves, the hours per week and the exam date
    schedule: Schedule  # the whole plan afterwards: history plus the re-planned rest
    applied: bool
    backup: BackupInfo | None


@dataclass(frozen=True)
class ActionResult:
    description: str  # e.g. "Tick “Week 1”", English, for scripts
    event_id: int
    said: Message | str = ""  # ``description`` in the user's language (str() of it)


def _clean_name(name: str) -> str:
    visible = (ch if ch.isprintable() else " " if ch.isspace() else "" for ch in name)
    cleaned = " ".join("".join(visible).split())
    if not cleaned:
        raise ServiceError(Message("error.name_empty"))
    if len(cleaned) > 200:
        raise ServiceError(Message("error.name_long", {"max": 200}))
    return cleaned


# What _check_hours checks, as the messages it raises: (not positive, too many, too few).
HOURS_CHECKS = {
    "log": ("error.log_zero", "error.log_max", "error.log_min"),
    "estimate": ("error.estimate_zero", "error.estimate_max", "error.estimate_min"),
}


def _check_hours(hours: float, what: str, upper: float) -> float:
    """``hours`` rounded to the quarter hour; ``what`` is "log" or "estimate"."""
    zero, most, least = HOURS_CHECKS[what]
    if hours != hours or hours <= 0:  # NaN or not positive
        raise ServiceError(Message(zero))
    if hours > upper:
        raise ServiceError(Message(most, {"max": float(upper)}))
    granules = round(hours * GRANULES_PER_HOUR)
    if granules == 0:
        raise ServiceError(Message(least))
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
        review_share=row.review_share,
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
    row.review_share = s.review_share
    # The old rows go first: the new ones may repeat a (plan, day) pair that must stay
    # unique, and SQLAlchemy would otherwise insert before it deletes.
    session = object_session(row)
    if session is not None and row.id is not None and (row.days_off or row.day_limits):
        row.days_off.clear()
        row.day_limits.clear()
        session.flush()
    starts = {d: t.strftime("%H:%M") for d, t in s.day_starts}
    row.days_off.extend(DayOffRow(first=r.first, last=r.last) for r in s.days_off)
    row.day_limits.extend(DayLimitRow(day=d, hours=h, start=starts.get(d)) for d, h in s.day_limits)


def replan_label(mode: ReplanMode) -> str:
    """The Edit menu's name for a re-plan in ``mode``."""
    if mode is ReplanMode.KEEP_EXAM:
        return "Re-plan keeping the exam"
    return "Re-plan keeping the hours"


def _events_query(plan_id: int) -> Select[EventRow]:
    return select(EventRow).filter_by(plan_id=plan_id).order_by(EventRow.id)


class PlanService:
    """The use cases over one data folder. Open it, use it, close it."""

    def __init__(self, data_dir: Path, clock: Clock | None = None) -> None:
        self.data_dir = data_dir
        self.clock: Clock = clock or default_clock()
        self.db: Database = open_database(data_dir, self.clock.now())
        self._schedules: dict[int, tuple[str, Schedule]] = {}
        # Parsed rows kept between reads, keyed by the stored values themselves (never by
        # row id alone, which SQLite may reuse after a deletion): a tick re-reads the same
        # 300 items and all but one event, and building them again was a third of a load.
        self._parsed_events: dict[tuple[Any, ...], Event] = {}
        self._parsed_items: dict[
            int, tuple[tuple[tuple[Any, ...], ...], tuple[PlanItem, ...], dict[str, float]]
        ] = {}
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
        # A backup dated in the future (a clock that was wrong) does not stop today's.
        if not daily_due(self.data_dir, self.clock.now()):
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
        from planner.services.operations import CreatePlan

        changes = self.run(CreatePlan(name, schedule, path_id, cloud, certification_id))
        assert changes.plan_id is not None
        return changes.plan_id

    def _insert_plan(
        self,
        s: Session,
        name: str,
        schedule: Schedule,
        path_id: str,
        cloud: str,
        certification_id: str,
        catalog_hours: dict[str, float] | None = None,
        *,
        plan_id: int | None = None,
        uid: str | None = None,
    ) -> int:
        now = self.clock.now()
        row = PlanRow(
            id=plan_id,
            uid=uid or uuid.uuid4().hex,
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

    def _add_baseline(self, s: Session, plan_id: int, schedule: Schedule, reason: str) -> int:
        row = BaselineRow(
            plan_id=plan_id,
            created_at=self.clock.now(),
            reason=reason,
            schedule_json=json.dumps(schedule_to_dict(schedule), separators=(",", ":")),
        )
        s.add(row)
        s.flush()
        return row.id

    def list_plans(self, include_archived: bool = False) -> list[PlanSummary]:
        """The plans, most recently used first: one row each, whatever the ledger size.

        Read with plain SQL: the list is read after every change to it, and SQLAlchemy's
        per-row result processing would cost more than the query itself.
        """
        where = "" if include_archived else "WHERE archived = 0 "
        sql = (
            "SELECT id, name, archived, start_date, exam_date, last_used_at, item_count, "
            f"done_count FROM plans {where}ORDER BY last_used_at DESC, id DESC"
        )
        with self.db.transaction() as s:
            rows = s.connection().exec_driver_sql(sql).all()
        return [
            PlanSummary(
                id=r[0],
                name=r[1],
                archived=bool(r[2]),
                start=date.fromisoformat(r[3]),
                exam_date=date.fromisoformat(r[4]) if r[4] else None,
                last_used_at=datetime.fromisoformat(r[5]).replace(tzinfo=UTC),
                items=r[6],
                done=r[7],
            )
            for r in rows
        ]

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
                    raise ServiceError(Message("error.no_plan_yet"))
                return row.id
            text = str(ref).strip()
            if not text:
                raise ServiceError(
                    translate(
                        "cli", "Give a plan's number or name; 'study-planner plans' lists them."
                    )
                )
            if (
                text.isascii() and text.isdigit() and int(text) < 2**63
            ):  # larger cannot be a SQLite row id
                found = s.get(PlanRow, int(text))
                if found is not None:
                    return found.id
            rows = s.scalars(select(PlanRow)).all()
            exact = [r for r in rows if r.name.casefold() == text.casefold()]
            matches = exact or [r for r in rows if r.name.casefold().startswith(text.casefold())]
            if len(matches) == 1:
                return matches[0].id
            if not matches:
                raise ServiceError(
                    translate(
                        "cli", "No plan called '{0}'. 'study-planner plans' lists them."
                    ).format(text)
                )
            raise ServiceError(
                translate("cli", "'{0}' matches {1} plans; give its number instead.").format(
                    text, len(matches)
                )
            )

    def _row(self, s: Session, plan_id: int) -> PlanRow:
        row = s.get(PlanRow, plan_id)
        if row is None:
            raise ServiceError(translate("cli", "There is no plan number {0}.").format(plan_id))
        return row

    def _check_plan(self, s: Session, plan_id: int) -> None:
        """Like :meth:`_row` for a plan that must exist, without loading the whole row."""
        if s.connection().scalar(select(PlanRow.id).where(PlanRow.id == plan_id)) is None:
            self._row(s, plan_id)  # says there is no such plan

    def _schedule(self, s: Session, baseline_id: int) -> Schedule:
        """A stored baseline, parsed once. Kept by its stored text as well as its id: a
        baseline never changes once written, but SQLite gives the id of a deleted one
        (a deleted plan, an undone "create") to the next, in this or another process."""
        text = s.scalar(select(BaselineRow.schedule_json).where(BaselineRow.id == baseline_id))
        text = text or "{}"
        kept = self._schedules.get(baseline_id)
        if kept is not None and kept[0] == text:
            return kept[1]
        schedule = schedule_from_dict(json.loads(text))
        if len(self._schedules) > 32:
            self._schedules.clear()
        self._schedules[baseline_id] = (text, schedule)
        return schedule

    def _events(
        self, s: Session, plan_id: int, tz: str = "UTC", *, key: str | None = None
    ) -> tuple[Event, ...]:
        zone = ZoneInfo(tz)
        query = (
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
        if key is not None:
            query = query.where(EventRow.item_key == key)
        parsed = self._parsed_events
        if len(parsed) > 20_000:  # a few MiB at most
            parsed.clear()
        events = []
        s.flush()  # anything added in this transaction is read back (as autoflush would)
        for r in s.connection().execute(query):  # plain SQL: rows of columns, no ORM state
            stored = (tz, *r)
            event = parsed.get(stored)
            if event is None:
                event = parsed[stored] = _event(r, zone)
            events.append(event)
        return tuple(events)

    def load(self, plan_id: int) -> PlanSnapshot:
        try:
            return self._load(plan_id)
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            # Rows SQLite accepts but we cannot read (edited by hand, or a zone this
            # computer's time-zone data lacks): say so instead of failing obscurely.
            raise StorageError(
                Message("error.plan_unreadable", {"id": plan_id, "reason": f"{exc!s:.120}"})
            ) from exc

    def _load(self, plan_id: int) -> PlanSnapshot:
        with self.db.transaction() as s:
            return self._load_in(s, plan_id)

    def _load_in(self, s: Session, plan_id: int) -> PlanSnapshot:
        row = self._row(s, plan_id)
        baseline_ids = s.scalars(
            select(BaselineRow.id).where(BaselineRow.plan_id == plan_id).order_by(BaselineRow.id)
        ).all()
        current = baseline_ids[-1]
        if row.baseline_id is not None and row.baseline_id in baseline_ids:
            current = row.baseline_id
        events = self._events(s, plan_id, row.timezone)  # flushes what this transaction added
        item_rows = (
            s.connection()
            .execute(
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
            )
            .all()
        )
        baseline = self._schedule(s, current)
        # Which items are one sitting is kept in the schedule the plan was made with.
        first = baseline if baseline_ids[0] == current else self._schedule(s, baseline_ids[0])
        unsplit = {i.key for i in first.items if i.unsplit}
        unsplit |= {i.key for i in baseline.items if i.unsplit}
        stored = tuple((*r, r.key in unsplit) for r in item_rows)
        cached = self._parsed_items.get(plan_id)
        if cached is not None and cached[0] == stored:
            items, catalog_hours = cached[1], cached[2]
        else:
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
                    unsplit=r.key in unsplit,
                )
                for r in item_rows
            )
            catalog_hours = {r.key: r.catalog_hours for r in item_rows}
            if len(self._parsed_items) > 32:
                self._parsed_items.clear()
            self._parsed_items[plan_id] = (stored, items, catalog_hours)
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
            catalog_hours=dict(catalog_hours),  # a copy: the kept one stays as stored
            baseline=baseline,
            original=self._schedule(s, baseline_ids[0]),
            baselines=baseline_ids.index(current) + 1,
            events=events,
            ledger=replay(events),
        )

    def touch(self, plan_id: int) -> None:
        """Mark a plan as the most recently used (the default for commands)."""
        with self.db.transaction() as s:
            self._row(s, plan_id).last_used_at = self.clock.now()

    def rename(self, plan_id: int, name: str) -> None:
        self.run(ops.Rename(plan_id, name))

    def set_archived(self, plan_id: int, archived: bool) -> None:
        self.run(ops.SetArchived(plan_id, archived))

    def duplicate(self, plan_id: int, name: str | None = None) -> int:
        """A what-if copy: same settings, items, baseline and progress, new calendar identity."""
        new_id = self.run(ops.Duplicate(plan_id, name)).plan_id
        assert new_id is not None
        return new_id

    def _copy_plan(
        self,
        s: Session,
        snap: PlanSnapshot,
        name: str,
        *,
        plan_id: int | None = None,
        uid: str | None = None,
    ) -> tuple[int, str]:
        """Copy a plan inside ``s``: its progress history as it was (each action keeps the
        time it was taken). Returns the copy's id and calendar identity."""
        new_id = self._insert_plan(
            s,
            name,
            replace(snap.baseline, items=snap.items),
            snap.path_id,
            snap.cloud,
            snap.certification_id,
            snap.catalog_hours,
            plan_id=plan_id,
            uid=uid,
        )
        mapping: dict[int, int] = {}
        for e in s.scalars(_events_query(snap.id)).all():
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
        s.execute(
            update(PlanItemRow)
            .where(PlanItemRow.plan_id == new_id, PlanItemRow.key.in_(snap.ledger.done))
            .values(done=True)
        )
        return new_id, self._row(s, new_id).uid

    def delete(self, plan_id: int) -> BackupInfo:
        """Delete a plan after a verified backup that still holds it."""
        backup = self.run(ops.DeletePlan(plan_id)).backup
        assert backup is not None
        return backup

    # --- operations ------------------------------------------------------
    def run(self, op: ops.Operation) -> ops.Changes:
        """Carry out one user action (see :mod:`planner.services.operations`)."""
        changes = ops.run(self, op)
        if isinstance(op, ops.CreatePlan):
            self._daily_backup()  # a file that had no plans at open gets its first backup now
        return changes

    def undo(self, plan_id: int | None = None) -> ops.Changes | None:
        """Take back the newest action (of ``plan_id``, if given); None if there is none."""
        return ops.undo(self, plan_id)

    def redo(self, plan_id: int | None = None) -> ops.Changes | None:
        """Apply again the most recently undone action; None if there is none."""
        return ops.redo(self, plan_id)

    def peek_undo(self, plan_id: int | None = None) -> ops.Pending | None:
        return ops.peek_undo(self, plan_id)

    def peek_redo(self, plan_id: int | None = None) -> ops.Pending | None:
        return ops.peek_redo(self, plan_id)

    def peek_history(
        self, plan_id: int | None = None
    ) -> tuple[ops.Pending | None, ops.Pending | None]:
        return ops.peek_history(self, plan_id)

    # --- progress ------------------------------------------------------
    def _item_title(self, s: Session, plan_id: int, item_key: str) -> str:
        self._check_plan(s, plan_id)
        title = s.scalar(
            select(PlanItemRow.title).where(
                PlanItemRow.plan_id == plan_id, PlanItemRow.key == item_key
            )
        )
        if title is None:
            raise ServiceError(Message("error.no_item", {"key": item_key}))
        return title

    def _action(self, op: ops.Operation) -> ActionResult:
        changes = self.run(op)
        assert changes.event_id is not None
        return ActionResult(changes.label, changes.event_id, changes.said)

    def tick(self, plan_id: int, item_key: str) -> ActionResult:
        return self._action(ops.Tick(plan_id, item_key))

    def untick(self, plan_id: int, item_key: str) -> ActionResult:
        return self._action(ops.Untick(plan_id, item_key))

    def log_hours(
        self, plan_id: int, item_key: str, hours: float, on: date | None = None
    ) -> ActionResult:
        return self._action(ops.LogHours(plan_id, item_key, hours, on))

    def set_estimate(
        self, plan_id: int, item_key: str, hours: float, mode: ReplanMode | None = None
    ) -> ActionResult:
        """Change an item's estimated hours (the plan's copy; the catalog is untouched) and
        re-plan the rest from today with it (:class:`ops.SetEstimate`)."""
        return self._action(ops.SetEstimate(plan_id, item_key, hours, mode))

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
        return self.replan_from(snap, current, mode, apply=apply, label=replan_label(mode))

    def replan_from(
        self,
        snap: PlanSnapshot,
        current: Schedule,
        mode: ReplanMode,
        *,
        apply: bool,
        kind: ops.OpKind = ops.OpKind.REPLAN,
        label: str = "Re-plan",
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
            raise ServiceError(Message("error.replan", {"reason": reason_of(exc)})) from exc
        if result.schedule is None:
            raise ServiceError(Message("error.replan_all_done"))
        merged = merge_history(current, result.schedule, today, current.items, progress)
        if apply and merged.diagnosis is not None:
            raise ServiceError(
                Message(
                    "error.replan_no_fit",
                    {"reason": merged.diagnosis.text or merged.diagnosis.message},
                )
            )
        backup = self.store_replan(snap.id, merged, kind, label) if apply else None
        return ReplanPreview(result=result, schedule=merged, applied=apply, backup=backup)

    # --- baselines -----------------------------------------------------
    def store_replan(
        self,
        plan_id: int,
        schedule: Schedule,
        kind: ops.OpKind = ops.OpKind.REPLAN,
        label: str = "Re-plan",
    ) -> BackupInfo:
        """Keep a re-planned schedule as the new baseline (after a backup); undoable."""
        backup = self.run(ops.ApplySchedule(plan_id, schedule, kind, label)).backup
        assert backup is not None
        return backup
