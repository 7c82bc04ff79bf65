"""User actions as operations: one request, one transaction, one ledger record, undo and redo.

Every change a user makes — tick, untick, log, estimate, re-plan, days off, busy
days, editing settings, rename, archive, duplicate, create, delete — is a frozen
request object below. :func:`run` carries it out as **one** database transaction
that also writes an ``operations`` row holding what undo and redo need, and
returns :class:`Changes`, which says what the front ends must refresh.

Undo and redo are service calls (:func:`undo`, :func:`redo`), the same for the
app and the command line. They read the ``operations`` rows, never take a backup
(the original risky action took one before it ran) and never erase history:

* progress actions append a ``revert`` event on undo and a fresh copy of the
  event on redo;
* schedule actions switch the plan's baseline pointer back to the baseline in
  force before, or forward again (the baselines themselves are never edited);
* rename and archive swap a value; create and duplicate remove the plan on undo
  and put it back, under the same number and calendar identity, on redo.

The undo stack is linear for the whole plans file: a new action drops whatever
was waiting to be redone. Deleting a plan cannot be undone in place; its record
names the backup that still holds the plan.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, time
from enum import Flag, StrEnum, auto
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from planner.core.codec import item_from_dict, item_to_dict, schedule_from_dict, schedule_to_dict
from planner.core.ledger import EventKind, replay
from planner.core.messages import Message, english_of
from planner.core.op_labels import label_message, label_to_json, stored_label
from planner.core.plan import ItemKind, PlanItem, Schedule
from planner.core.progress import ReplanMode
from planner.messages import reason_of
from planner.services.clock import today_in
from planner.storage.backups import BackupInfo
from planner.storage.db import COUNTS_SQL
from planner.storage.models import (
    BaselineRow,
    EventRow,
    OperationRow,
    PlanItemRow,
    PlanRow,
)
from planner.storage.plan_facts import read_facts, write_facts

if TYPE_CHECKING:
    from planner.core.move import MoveResult
    from planner.services.plans import PlanService, PlanSnapshot


class OpKind(StrEnum):
    TICK = "tick"
    UNTICK = "untick"
    LOG = "log"
    ESTIMATE = "estimate"
    REPLAN = "replan"
    DAYS_OFF = "days_off"
    IMPORT_BUSY = "import_busy"
    EDIT_SETTINGS = "edit_settings"
    MOVE_SESSION = "move_session"
    RENAME = "rename"
    ARCHIVE = "archive"
    DUPLICATE = "duplicate"
    CREATE = "create"
    DELETE = "delete"
    SWITCH_EXAM = "switch_exam"  # another exam's (or the same exam's new) domains
    KEEP_AS_IS = "keep_as_is"  # a catalog alert the user chose to keep as it is
    ATTEMPT_ADD = "attempt_add"  # practice-exam attempts (planner/services/attempts.py)
    ATTEMPT_EDIT = "attempt_edit"
    ATTEMPT_DELETE = "attempt_delete"
    STEER = "steer"  # a re-plan toward weak domains (planner/services/steer.py)
    EXAM_BOOK = "exam_book"  # a booked sitting of the real exam (planner/services/attempts.py)
    EXAM_RESULT = "exam_result"
    READINESS_TARGET = "readiness_target"  # the margin and pass mark a learner aims at
    RETAKE = "retake"  # after a failed sitting: the retake's date and renewed preparation


class OpState(StrEnum):
    DONE = "done"  # in force; the next undo takes the newest of these
    UNDONE = "undone"  # taken back; the next redo takes the most recently undone
    DROPPED = "dropped"  # taken back, then a new action was made: no redo


class Area(Flag):
    """What an operation changed, so each view refreshes only what it shows."""

    NONE = 0
    PLANS = auto()  # the list of plans: names, archive state, plans added or removed
    SCHEDULE = auto()  # one plan's settings and schedule
    PROGRESS = auto()  # one plan's ticks, logged hours and estimates
    ATTEMPTS = auto()  # one plan's practice-exam attempts (readiness)


# --- requests ------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    plan_id: int
    key: str


@dataclass(frozen=True)
class Untick:
    plan_id: int
    key: str


@dataclass(frozen=True)
class LogHours:
    plan_id: int
    key: str
    hours: float
    on: date | None = None  # None: today in the plan's time zone


@dataclass(frozen=True)
class SetEstimate:
    """A new estimate for one item, and the rest of the plan re-planned from today with it.

    Done work stays where it was done (as in a re-plan, ``planner/core/rebaseline.py``),
    so the schedule holds every item at its estimate at once. ``mode`` says what gives
    when the rest no longer fits before a fixed exam date: ``None`` refuses and names
    both ways, ``KEEP_EXAM`` raises the hours per week, ``KEEP_HOURS`` moves the exam.
    """

    plan_id: int
    key: str
    hours: float
    mode: ReplanMode | None = None


@dataclass(frozen=True)
class ApplySchedule:
    """Store a new schedule (a re-plan, days off, busy days, new settings) as the baseline."""

    plan_id: int
    schedule: Schedule
    kind: OpKind = OpKind.REPLAN
    # A message, or English of a shape planner.core.op_labels knows (stored as its message).
    label: Message | str = "Re-plan"
    # The plan's new exam facts (planner/storage/plan_facts.py), for a switch of exam.
    facts: dict[str, Any] | None = None


@dataclass(frozen=True)
class MoveSession:
    """Move one study session to another day or time (and perhaps another length).

    A small, local change: no backup. See ``planner/core/move.py`` for what else moves.
    """

    plan_id: int
    day: date
    new_day: date
    new_start: time
    new_hours: float | None = None  # None: as long as before


@dataclass(frozen=True)
class Rename:
    plan_id: int
    name: str


@dataclass(frozen=True)
class SetArchived:
    plan_id: int
    archived: bool


@dataclass(frozen=True)
class Duplicate:
    plan_id: int
    name: str | None = None


@dataclass(frozen=True)
class CreatePlan:
    name: str
    schedule: Schedule
    path_id: str = ""
    cloud: str = ""
    certification_id: str = ""
    # What the plan is made from (planner/storage/plan_facts.py), so it can tell later
    # what changed in the catalog under it.
    facts: dict[str, Any] | None = None


@dataclass(frozen=True)
class DeletePlan:
    plan_id: int


@dataclass(frozen=True)
class KeepAsIs:
    """Keep the plan as it is despite catalog alerts (their keys), so they stop showing."""

    plan_id: int
    alerts: tuple[str, ...]
    facts: dict[str, Any]  # the plan's facts before (derived ones for an older plan)


@dataclass(frozen=True)
class AttemptEntry:
    """One attempt as the user gives it: domains by name, number or a unique part."""

    taken_on: date
    score: float | None
    domains: tuple[tuple[str, float], ...] = ()
    source: str = ""


@dataclass(frozen=True)
class RecordAttempts:
    """Record one attempt (``attempt add``) or several at once (``attempt import``)."""

    plan_id: int
    entries: tuple[AttemptEntry, ...]


@dataclass(frozen=True)
class EditAttempt:
    plan_id: int
    attempt_id: int
    entry: AttemptEntry


@dataclass(frozen=True)
class DeleteAttempt:
    plan_id: int
    attempt_id: int


@dataclass(frozen=True)
class BookExam:
    plan_id: int
    exam_on: date
    delivery: str  # "online" or "test-centre"
    start_time: str = ""  # "09:30", local wall time
    confirmation: str = ""


@dataclass(frozen=True)
class RecordResult:
    plan_id: int
    sitting_id: int
    result: str  # "pass" or "fail"
    on: date | None = None  # None: the day of the sitting
    # The score report's figures, recorded with the result as an attempt (source "Score
    # report …"), so readiness and the retake re-plan are weighted by them.
    report: AttemptEntry | None = None


@dataclass(frozen=True)
class SetReadinessTarget:
    plan_id: int
    margin: float | None  # None: the default
    pass_mark: float | None = None  # None: the catalog's, else the default


@dataclass(frozen=True)
class SteerPrep:
    """A re-plan with the exam domains' new hours (key, hours) from the readiness."""

    plan_id: int
    schedule: Schedule
    hours: tuple[tuple[str, float], ...]
    kind: OpKind = OpKind.STEER


Operation = (
    Tick
    | Untick
    | LogHours
    | SetEstimate
    | ApplySchedule
    | MoveSession
    | Rename
    | SetArchived
    | Duplicate
    | CreatePlan
    | DeletePlan
    | KeepAsIs
    | RecordAttempts
    | EditAttempt
    | DeleteAttempt
    | SteerPrep
    | BookExam
    | RecordResult
    | SetReadinessTarget
)


@dataclass(frozen=True)
class Changes:
    """The result of an operation, an undo or a redo."""

    label: str  # "Tick “Week 1”", English: for scripts and machine output
    plan_id: int | None  # the plan it changed (for create and duplicate: the new plan)
    areas: Area
    backup: BackupInfo | None = None  # taken before the action, if it is risky
    event_id: int | None = None  # the ledger event a progress action appended
    op_id: int | None = None
    text: Message | str = ""  # ``label`` in the user's language: str() of it

    @property
    def said(self) -> Message | str:
        """The label as the user reads it (the Edit menu, the command line's lines)."""
        return self.text or self.label

    @property
    def plans(self) -> bool:
        return bool(self.areas & Area.PLANS)

    @property
    def schedule(self) -> bool:
        return bool(self.areas & Area.SCHEDULE)

    @property
    def progress(self) -> bool:
        return bool(self.areas & Area.PROGRESS)


@dataclass(frozen=True)
class Pending:
    """What the next undo or redo would do, for the Edit menu."""

    label: str  # English
    plan_id: int | None
    possible: bool = True  # False: a deletion, which only a restore takes back
    reason: str = ""
    text: Message | str = ""  # ``label`` in the user's language

    @property
    def said(self) -> Message | str:
        return self.text or self.label


@dataclass
class _Record:
    kind: OpKind
    label: Message | str  # a message; English only for a label of no known shape
    plan_id: int | None
    areas: Area
    data: dict[str, Any] = field(default_factory=dict)
    event_id: int | None = None


# --- running -------------------------------------------------------------------


def run(svc: PlanService, op: Operation) -> Changes:
    """Carry out ``op`` as one transaction with its ledger record (see the module doc)."""
    backup: BackupInfo | None = None
    if isinstance(op, ApplySchedule | DeletePlan | SteerPrep):
        with svc.db.transaction() as s:
            svc._row(s, op.plan_id)  # an unknown plan fails before a backup is taken
        reason = "before-delete" if isinstance(op, DeletePlan) else f"before-{op.kind.value}"
        backup = svc.backup(reason.replace("_", "-"))
    with svc.db.transaction() as s:
        record = _forward(svc, s, op, backup)
        said = _said(record.label)
        s.execute(
            update(OperationRow)
            .where(OperationRow.state == OpState.UNDONE.value)
            .values(state=OpState.DROPPED.value)
        )
        row = OperationRow(
            plan_id=record.plan_id,
            kind=record.kind.value,
            label=english_of(said),
            label_json=label_to_json(said) if isinstance(said, Message) else "",
            state=OpState.DONE.value,
            data_json=json.dumps(record.data, ensure_ascii=False, separators=(",", ":")),
            created_at=svc.clock.now(),
        )
        s.add(row)
        s.flush()
        _refresh_counts(s, record.plan_id)
        if record.plan_id is not None and record.kind is not OpKind.DELETE:
            s.execute(
                update(PlanRow)
                .where(PlanRow.id == record.plan_id)
                .values(last_used_at=svc.clock.now())
            )
    return Changes(
        english_of(said), record.plan_id, record.areas, backup, record.event_id, row.id, said
    )


def _newest(s: Session, state: OpState, plan_id: int | None) -> OperationRow | None:
    query = select(OperationRow).where(OperationRow.state == state.value)
    if plan_id is not None:
        query = query.where(OperationRow.plan_id == plan_id)
    if state is OpState.UNDONE:
        query = query.order_by(OperationRow.undone_seq.desc(), OperationRow.id.desc())
    else:
        query = query.order_by(OperationRow.id.desc())
    return s.scalars(query.limit(1)).first()


def _pending(row: OperationRow | None) -> Pending | None:
    if row is None:
        return None
    said = stored_label(row.label, row.label_json)
    if row.kind == OpKind.DELETE.value:
        data = json.loads(row.data_json)
        return Pending(
            row.label,
            row.plan_id,
            possible=False,
            reason=str(  # in the user's language: the Edit menu and the error say it
                Message(
                    "error.undo_delete",
                    {"label": label_message(row.label), "backup": data.get("backup", "?")},
                )
            ),
            text=said,
        )
    return Pending(row.label, row.plan_id, text=said)


def peek_undo(svc: PlanService, plan_id: int | None = None) -> Pending | None:
    with svc.db.transaction() as s:
        return _pending(_newest(s, OpState.DONE, plan_id))


def peek_redo(svc: PlanService, plan_id: int | None = None) -> Pending | None:
    with svc.db.transaction() as s:
        return _pending(_newest(s, OpState.UNDONE, plan_id))


def peek_history(
    svc: PlanService, plan_id: int | None = None
) -> tuple[Pending | None, Pending | None]:
    """What undo and what redo would take back, read together (for the Edit menu)."""
    with svc.db.transaction() as s:
        return (
            _pending(_newest(s, OpState.DONE, plan_id)),
            _pending(_newest(s, OpState.UNDONE, plan_id)),
        )


def undo(svc: PlanService, plan_id: int | None = None) -> Changes | None:
    """Take back the newest action still in force (of ``plan_id``, if given); None if none."""
    from planner.services.plans import ServiceError

    with svc.db.transaction() as s:
        row = _newest(s, OpState.DONE, plan_id)
        if row is None:
            return None
        pending = _pending(row)
        if pending is not None and not pending.possible:
            raise ServiceError(pending.reason)
        record = _load(row)
        _backward(svc, s, record)
        _refresh_counts(s, record.plan_id)
        seq = s.scalar(select(func.max(OperationRow.undone_seq))) or 0
        row.state = OpState.UNDONE.value
        row.undone_seq = seq + 1
        row.data_json = json.dumps(record.data, ensure_ascii=False, separators=(",", ":"))
    said = stored_label(row.label, row.label_json)
    return Changes(row.label, record.plan_id, record.areas, None, record.event_id, row.id, said)


def redo(svc: PlanService, plan_id: int | None = None) -> Changes | None:
    """Apply again the most recently undone action (of ``plan_id``, if given); None if none."""
    with svc.db.transaction() as s:
        row = _newest(s, OpState.UNDONE, plan_id)
        if row is None:
            return None
        record = _load(row)
        _again(svc, s, record)
        _refresh_counts(s, record.plan_id)
        row.state = OpState.DONE.value
        row.undone_seq = None
        row.data_json = json.dumps(record.data, ensure_ascii=False, separators=(",", ":"))
    said = stored_label(row.label, row.label_json)
    return Changes(row.label, record.plan_id, record.areas, None, record.event_id, row.id, said)


def _load(row: OperationRow) -> _Record:
    kind = OpKind(row.kind)
    return _Record(kind, row.label, row.plan_id, AREAS[kind], json.loads(row.data_json))


AREAS: dict[OpKind, Area] = {
    OpKind.TICK: Area.PROGRESS,
    OpKind.UNTICK: Area.PROGRESS,
    OpKind.LOG: Area.PROGRESS,
    OpKind.ESTIMATE: Area.PROGRESS | Area.SCHEDULE,
    OpKind.REPLAN: Area.SCHEDULE,
    OpKind.DAYS_OFF: Area.SCHEDULE,
    OpKind.IMPORT_BUSY: Area.SCHEDULE,
    OpKind.EDIT_SETTINGS: Area.SCHEDULE | Area.PLANS,
    OpKind.MOVE_SESSION: Area.SCHEDULE,
    OpKind.RENAME: Area.PLANS,
    OpKind.ARCHIVE: Area.PLANS,
    OpKind.DUPLICATE: Area.PLANS,
    OpKind.CREATE: Area.PLANS,
    OpKind.DELETE: Area.PLANS,
    OpKind.SWITCH_EXAM: Area.SCHEDULE | Area.PLANS,
    OpKind.KEEP_AS_IS: Area.SCHEDULE,
    OpKind.ATTEMPT_ADD: Area.ATTEMPTS,
    OpKind.ATTEMPT_EDIT: Area.ATTEMPTS,
    OpKind.ATTEMPT_DELETE: Area.ATTEMPTS,
    OpKind.STEER: Area.SCHEDULE | Area.PROGRESS,
    OpKind.EXAM_BOOK: Area.ATTEMPTS,
    OpKind.EXAM_RESULT: Area.ATTEMPTS,
    OpKind.READINESS_TARGET: Area.ATTEMPTS,
    OpKind.RETAKE: Area.SCHEDULE | Area.PLANS,
}
_ATTEMPT_OPS = {
    OpKind.ATTEMPT_ADD,
    OpKind.ATTEMPT_EDIT,
    OpKind.ATTEMPT_DELETE,
    OpKind.EXAM_BOOK,
    OpKind.EXAM_RESULT,
    OpKind.READINESS_TARGET,
}

_EVENT_OPS = {OpKind.TICK, OpKind.UNTICK, OpKind.LOG, OpKind.ESTIMATE}
_SCHEDULE_OPS = {
    OpKind.REPLAN,
    OpKind.DAYS_OFF,
    OpKind.IMPORT_BUSY,
    OpKind.EDIT_SETTINGS,
    OpKind.SWITCH_EXAM,
    OpKind.MOVE_SESSION,
    OpKind.RETAKE,
}


# --- forward: the action itself ----------------------------------------------------


def _forward(svc: PlanService, s: Session, op: Operation, backup: BackupInfo | None) -> _Record:
    from planner.services import plans as p

    event: dict[str, Any]
    data: dict[str, Any]
    label: Message | str
    if isinstance(
        op,
        RecordAttempts | EditAttempt | DeleteAttempt | BookExam | RecordResult | SetReadinessTarget,
    ):
        from planner.services import attempts

        kind, label, data = attempts.forward(svc, s, op)
        return _Record(kind, label, op.plan_id, AREAS[kind], data)
    if isinstance(op, SteerPrep):
        from planner.services import steer

        kind, label, data = steer.forward(svc, s, op)
        data["backup"] = backup.id if backup else None
        return _Record(kind, label, op.plan_id, AREAS[kind], data)
    if isinstance(op, Tick | Untick):
        done = isinstance(op, Tick)
        title = _said_title(svc, s, op.plan_id, op.key)
        is_done = op.key in replay(svc._events(s, op.plan_id)).done
        if done and is_done:
            raise p.ServiceError(Message("error.already_done", {"key": op.key}))
        if not done and not is_done:
            raise p.ServiceError(Message("error.not_done", {"key": op.key}))
        kind = OpKind.TICK if done else OpKind.UNTICK
        label = Message("label.tick" if done else "label.untick", {"title": title})
        event = {"kind": (EventKind.DONE if done else EventKind.UNDONE).value, "key": op.key}
        return _event_record(svc, s, kind, label, op.plan_id, event)
    if isinstance(op, LogHours):
        hours = p._check_hours(op.hours, "log", p.MAX_LOG_HOURS)
        title = _said_title(svc, s, op.plan_id, op.key)
        row = svc._row(s, op.plan_id)
        today = today_in(svc.clock, row.timezone)
        day = op.on or today
        if day > today:
            raise p.ServiceError(Message("error.log_future", {"day": day}))
        if (row.start_date - day).days > p.MAX_LOG_DAYS_BEFORE_START:
            raise p.ServiceError(
                Message("error.log_before_start", {"day": day, "start": row.start_date})
            )
        event = {
            "kind": EventKind.LOGGED.value,
            "key": op.key,
            "hours": hours,
            "on": day.isoformat(),
        }
        label = Message("label.log", {"hours": float(hours), "title": title})
        return _event_record(svc, s, OpKind.LOG, label, op.plan_id, event)
    if isinstance(op, SetEstimate):
        hours = p._check_hours(op.hours, "estimate", p.MAX_ITEM_HOURS)
        item = _item_row(s, op.plan_id, op.key, svc)
        if abs(item.hours - hours) < 1e-9:
            raise p.ServiceError(
                Message("error.already_estimated", {"key": op.key, "hours": float(hours)})
            )
        event = {
            "kind": EventKind.ESTIMATE.value,
            "key": op.key,
            "hours": hours,
            "previous": item.hours,
        }
        title = _said_title(svc, s, op.plan_id, op.key)
        label = Message("label.estimate", {"title": title, "hours": float(hours)})
        record = _event_record(svc, s, OpKind.ESTIMATE, label, op.plan_id, event)
        _replan_for_estimate(svc, s, op, record.data)
        return record
    if isinstance(op, ApplySchedule):
        row = svc._row(s, op.plan_id)
        previous = _current_baseline(s, row)
        new_id = svc._add_baseline(s, op.plan_id, op.schedule, op.kind.value)
        row.baseline_id = new_id
        p._apply_settings(row, op.schedule.settings)
        data = {"prev": previous, "new": new_id, "backup": backup.id if backup else None}
        old_items = _stored_items(svc, s, op.plan_id)
        if [i["item"] for i in old_items] != [item_to_dict(i) for i in op.schedule.items]:
            # New courses, dropped ones, another order or another exam's domains: the
            # plan's items change with its schedule, and undo puts the old ones back.
            kept = {i["item"]["key"]: i["catalog_hours"] for i in old_items}
            data["prev_items"] = old_items
            data["new_items"] = [
                {"item": item_to_dict(i), "catalog_hours": kept.get(i.key, i.hours)}
                for i in op.schedule.items
            ]
            _replace_items(svc, s, op.plan_id, data["new_items"])
        if op.facts is not None:
            _swap_facts(s, op.plan_id, data, op.facts)
            data["prev_cert"] = row.certification_id
            row.certification_id = op.facts["certification_id"]
        return _Record(op.kind, op.label, op.plan_id, AREAS[op.kind], data)
    if isinstance(op, MoveSession):
        snap = svc._load_in(s, op.plan_id)
        result = _move(svc, snap, op)
        row = svc._row(s, op.plan_id)
        previous = _current_baseline(s, row)
        row.baseline_id = svc._add_baseline(s, op.plan_id, result.schedule, "move-session")
        data = {"prev": previous, "new": row.baseline_id, "backup": None}
        title = _first_title(snap, op.day)
        move = "label.move" if op.new_hours is None else "label.resize"
        label = Message(move, {"title": title})
        return _Record(OpKind.MOVE_SESSION, label, op.plan_id, AREAS[OpKind.MOVE_SESSION], data)
    if isinstance(op, Rename):
        name = p._clean_name(op.name)
        row = svc._row(s, op.plan_id)
        data = {"old": row.name, "new": name}
        label = Message("label.rename", {"title": row.name})
        row.name = name
        return _Record(OpKind.RENAME, label, op.plan_id, AREAS[OpKind.RENAME], data)
    if isinstance(op, SetArchived):
        row = svc._row(s, op.plan_id)
        label = Message("label.archive" if op.archived else "label.unarchive", {"title": row.name})
        data = {"old": row.archived, "new": op.archived}
        row.archived = op.archived
        return _Record(OpKind.ARCHIVE, label, op.plan_id, AREAS[OpKind.ARCHIVE], data)
    if isinstance(op, Duplicate):
        snap = svc._load_in(s, op.plan_id)
        name = p._clean_name(op.name or f"{snap.name} (copy)")
        new_id, uid = svc._copy_plan(s, snap, name)
        _copy_facts(s, op.plan_id, new_id)
        data = {"source": op.plan_id, "name": name, "plan": new_id, "uid": uid}
        label = Message("label.duplicate", {"title": snap.name})
        return _Record(OpKind.DUPLICATE, label, new_id, AREAS[OpKind.DUPLICATE], data)
    if isinstance(op, CreatePlan):
        name = p._clean_name(op.name)
        new_id = svc._insert_plan(s, name, op.schedule, op.path_id, op.cloud, op.certification_id)
        row = svc._row(s, new_id)
        data = {
            "plan": new_id,
            "uid": row.uid,
            "name": name,
            "path_id": op.path_id,
            "cloud": op.cloud,
            "certification_id": op.certification_id,
            "schedule": schedule_to_dict(op.schedule),
            "facts": op.facts,
        }
        write_facts(s, new_id, op.facts)
        label = Message("label.create", {"title": name})
        return _Record(OpKind.CREATE, label, new_id, AREAS[OpKind.CREATE], data)
    if isinstance(op, KeepAsIs):
        row = svc._row(s, op.plan_id)
        before = read_facts(s, op.plan_id)
        old = before.to_dict() if before is not None else None
        base: dict[str, Any] = old or op.facts
        kept_keys = list(base.get("kept", []))
        new_facts = {**base, "kept": kept_keys + [k for k in op.alerts if k not in kept_keys]}
        data = {"prev_facts": old, "new_facts": new_facts}
        write_facts(s, op.plan_id, new_facts)
        label = Message("label.keep", {"title": row.name})
        return _Record(OpKind.KEEP_AS_IS, label, op.plan_id, AREAS[OpKind.KEEP_AS_IS], data)
    if isinstance(op, DeletePlan):
        row = svc._row(s, op.plan_id)
        data = {"name": row.name, "backup": backup.id if backup else None}
        label = Message("label.delete", {"title": row.name})
        s.delete(row)
        return _Record(OpKind.DELETE, label, op.plan_id, AREAS[OpKind.DELETE], data)
    raise TypeError(f"not an operation: {op!r}")


def _replan_for_estimate(
    svc: PlanService, s: Session, op: SetEstimate, data: dict[str, Any]
) -> None:
    """Re-plan the rest with the item's new estimate (already stored) and point the plan at
    the result; ``data`` keeps both baselines for undo and redo. ServiceError (and so
    nothing stored) if the rest cannot be placed the way ``op.mode`` allows."""
    from dataclasses import replace

    from planner.core.plan import PlanInputError
    from planner.core.progress import replan
    from planner.core.rebaseline import merge_history
    from planner.core.scheduler import format_hours
    from planner.services.plans import EstimateDoesNotFit, ServiceError
    from planner.services.status import to_progress

    snap = svc._load_in(s, op.plan_id)
    settings = snap.settings
    today = today_in(svc.clock, settings.timezone)
    current = replace(snap.baseline, items=snap.items)
    progress = to_progress(snap.ledger)
    try:
        result = replan(current, progress, today, op.mode or ReplanMode.KEEP_HOURS)
    except PlanInputError as exc:
        raise ServiceError(Message("error.estimate_replan", {"reason": reason_of(exc)})) from exc
    # Everything done: no rest to place, the done work (at its new estimate) is the plan.
    rest = result.schedule or replace(current, sessions=())
    exam = settings.exam_date
    if op.mode is None and exam is not None and rest.exam_date != exam:
        hours = float(format_hours(settings.hours_per_week))
        moved = (
            Message("error.sit_on", {"day": rest.exam_date})
            if rest.exam_date
            else Message("error.sit_later")
        )
        try:
            raised = replan(current, progress, today, ReplanMode.KEEP_EXAM).hours_per_week_needed
        except PlanInputError:
            raised = None
        keep = (
            Message("error.keep_exam_at", {"hours": float(format_hours(raised))}) if raised else ""
        )
        raise EstimateDoesNotFit(
            Message(
                "error.estimate_no_fit",
                {
                    "new": float(op.hours),
                    "exam": exam,
                    "hours": hours,
                    "keep": keep,
                    "moved": moved,
                },
            )
        )
    merged = merge_history(current, rest, today, current.items, progress)
    if merged.diagnosis is not None:
        raise ServiceError(
            Message(
                "error.estimate_rest",
                {
                    "new": float(op.hours),
                    "reason": merged.diagnosis.text or merged.diagnosis.message,
                },
            )
        )
    row = svc._row(s, op.plan_id)
    data["prev"] = _current_baseline(s, row)
    data["new"] = svc._add_baseline(s, op.plan_id, merged, OpKind.ESTIMATE.value)
    _point_baseline(svc, s, op.plan_id, data["new"])


def preview_move(svc: PlanService, op: MoveSession) -> MoveResult:
    """What :class:`MoveSession` would make of the plan, nothing stored (ServiceError if it
    cannot be made)."""
    return _move(svc, svc.load(op.plan_id), op)


def _move(svc: PlanService, snap: PlanSnapshot, op: MoveSession) -> MoveResult:
    from dataclasses import replace

    from planner.core.move import MoveError, move_session
    from planner.services.plans import ServiceError

    today = today_in(svc.clock, snap.settings.timezone)
    current = replace(snap.baseline, items=snap.items)
    try:
        return move_session(
            current,
            op.day,
            op.new_day,
            op.new_start,
            op.new_hours,
            today=today,
            done=snap.ledger.done,
        )
    except MoveError as exc:
        raise ServiceError(Message("error.move", {"reason": reason_of(exc)})) from exc


def _first_title(snap: PlanSnapshot, day: date) -> Message | str:
    """The title of the first item in the session on ``day``: what the user sees on it."""
    source = next((x for x in snap.baseline.sessions if x.day == day), None)
    key = source.allocations[0].item_key if source and source.allocations else ""
    return next((i.said_title for i in snap.items if i.key == key), day.isoformat())


def _said_title(svc: PlanService, s: Session, plan_id: int, key: str) -> Message | str:
    """An item's title for a label: a message where the planner made it up."""
    title = svc._item_title(s, plan_id, key)
    row = s.execute(
        select(PlanItemRow.kind, PlanItemRow.group_key, PlanItemRow.group_title).where(
            PlanItemRow.plan_id == plan_id, PlanItemRow.key == key
        )
    ).one()
    kind = ItemKind(row.kind) if row.kind in set(ItemKind) else ItemKind.CUSTOM
    return PlanItem(key, title, kind, 0.0, row.group_key, row.group_title).said_title


def _item_row(s: Session, plan_id: int, key: str, svc: PlanService) -> PlanItemRow:
    from planner.services.plans import ServiceError

    svc._row(s, plan_id)
    item = s.scalars(select(PlanItemRow).filter_by(plan_id=plan_id, key=key)).first()
    if item is None:
        raise ServiceError(Message("error.no_item", {"key": key}))
    return item


def _stored_items(svc: PlanService, s: Session, plan_id: int) -> list[dict[str, Any]]:
    """The plan's items as the snapshot reads them (sittings marked), with catalog hours."""
    snap = svc._load_in(s, plan_id)
    return [
        {"item": item_to_dict(item), "catalog_hours": snap.catalog_hours.get(item.key, item.hours)}
        for item in snap.items
    ]


def _replace_items(svc: PlanService, s: Session, plan_id: int, items: list[dict[str, Any]]) -> None:
    """The plan's items become ``items`` (in order); done flags follow the ledger."""
    s.execute(delete(PlanItemRow).where(PlanItemRow.plan_id == plan_id))
    s.flush()
    done = replay(svc._events(s, plan_id)).done
    for position, entry in enumerate(items):
        item = item_from_dict(entry["item"])
        s.add(
            PlanItemRow(
                plan_id=plan_id,
                position=position,
                key=item.key,
                title=item.title,
                kind=item.kind.value,
                hours=item.hours,
                catalog_hours=entry["catalog_hours"],
                hours_is_estimate=item.hours_is_estimate,
                group_key=item.group,
                group_title=item.group_title,
                url=item.url,
                done=item.key in done,
            )
        )
    s.flush()


def _swap_facts(s: Session, plan_id: int, data: dict[str, Any], facts: dict[str, Any]) -> None:
    """The plan's exam facts become ``facts``; the record keeps the old ones for undo."""
    before = read_facts(s, plan_id)
    data["prev_facts"] = before.to_dict() if before is not None else None
    data["new_facts"] = facts
    write_facts(s, plan_id, facts)


def _copy_facts(s: Session, source: int, plan_id: int) -> None:
    facts = read_facts(s, source)
    if facts is not None:
        write_facts(s, plan_id, facts.to_dict())


def _current_baseline(s: Session, row: PlanRow) -> int:
    if row.baseline_id is not None:
        return row.baseline_id
    newest = s.scalar(select(func.max(BaselineRow.id)).where(BaselineRow.plan_id == row.id))
    return int(newest or 0)


def _event_record(
    svc: PlanService,
    s: Session,
    kind: OpKind,
    label: Message | str,
    plan_id: int,
    event: dict[str, Any],
) -> _Record:
    record = _Record(kind, label, plan_id, AREAS[kind], {"event": event})
    record.event_id = _append_event(svc, s, plan_id, event)
    record.data["event_id"] = record.event_id
    return record


def _append_event(svc: PlanService, s: Session, plan_id: int, event: dict[str, Any]) -> int:
    kind = EventKind(event["kind"])
    # A plain INSERT: the session's unit of work (an object added, then flushed) cost
    # more than the statement itself on every tick.
    event_id: int = s.execute(
        insert(EventRow)
        .values(
            plan_id=plan_id,
            kind=kind.value,
            item_key=event["key"],
            hours=event.get("hours"),
            previous_hours=event.get("previous"),
            on_date=date.fromisoformat(event["on"]) if event.get("on") else None,
            created_at=svc.clock.now(),
        )
        .returning(EventRow.id)
    ).scalar_one()
    if kind is EventKind.ESTIMATE:
        _item_row(s, plan_id, event["key"], svc).hours = float(event["hours"])
    s.flush()
    if kind in (EventKind.DONE, EventKind.UNDONE):
        # The newest event of its item, reverted by nothing: it alone says whether the
        # item is done, so the ledger need not be read again (_refresh_done would agree).
        _set_done(s, plan_id, event["key"], kind is EventKind.DONE)
    return event_id


def _refresh_counts(s: Session, plan_id: int | None) -> None:
    """Keep the plan's item and done counts (what the plan list shows) in step."""
    if plan_id is not None:
        s.flush()
        s.execute(text(COUNTS_SQL.format(where="id = :plan")), {"plan": plan_id})


def _refresh_done(svc: PlanService, s: Session, plan_id: int, key: str) -> None:
    """Keep the item's cached done flag equal to what the ledger says."""
    _set_done(s, plan_id, key, key in replay(svc._events(s, plan_id, key=key)).done)


def _set_done(s: Session, plan_id: int, key: str, done: bool) -> None:
    # On the session's connection, as plain SQL: no loaded item needs keeping in step, and
    # the ORM's bulk-update path cost more than the statement.
    s.flush()
    s.connection().execute(
        update(PlanItemRow)
        .where(PlanItemRow.plan_id == plan_id, PlanItemRow.key == key)
        .values(done=done)
    )


# --- backward and again: undo and redo ---------------------------------------------


def _said(label: Message | str) -> Message | str:
    """A record's label as a message: built as one, or read back from its English shape."""
    return label if isinstance(label, Message) else label_message(label)


def _backward(svc: PlanService, s: Session, record: _Record) -> None:
    from planner.services.plans import ServiceError

    kind, data, plan_id = record.kind, record.data, record.plan_id
    assert plan_id is not None
    if kind in _EVENT_OPS:
        event = data["event"]
        revert = EventRow(
            plan_id=plan_id,
            kind=EventKind.REVERT.value,
            item_key=event["key"],
            reverts_id=data["event_id"],
            created_at=svc.clock.now(),
        )
        s.add(revert)
        if kind is OpKind.ESTIMATE:
            _item_row(s, plan_id, event["key"], svc).hours = float(event["previous"])
            if "prev" in data:  # the re-plan that came with it (older files had none)
                _point_baseline(svc, s, plan_id, int(data["prev"]))
        s.flush()
        record.event_id = revert.id
        if kind in (OpKind.TICK, OpKind.UNTICK):
            _refresh_done(svc, s, plan_id, event["key"])
    elif kind in _SCHEDULE_OPS:
        _point_baseline(svc, s, plan_id, int(data["prev"]))
        if "prev_items" in data:
            _replace_items(svc, s, plan_id, data["prev_items"])
        if "new_facts" in data:
            write_facts(s, plan_id, data["prev_facts"])
            svc._row(s, plan_id).certification_id = data["prev_cert"]
    elif kind is OpKind.KEEP_AS_IS:
        write_facts(s, plan_id, data["prev_facts"])
    elif kind in _ATTEMPT_OPS:
        from planner.services.attempts import backward

        backward(s, kind, data)
    elif kind is OpKind.STEER:
        from planner.services import steer

        steer.backward(svc, s, plan_id, data)
    elif kind is OpKind.RENAME:
        svc._row(s, plan_id).name = data["old"]
    elif kind is OpKind.ARCHIVE:
        svc._row(s, plan_id).archived = bool(data["old"])
    elif kind in (OpKind.CREATE, OpKind.DUPLICATE):
        s.execute(delete(PlanRow).where(PlanRow.id == plan_id))
    else:
        raise ServiceError(Message("error.cannot_undo", {"label": _said(record.label)}))


def _again(svc: PlanService, s: Session, record: _Record) -> None:
    from planner.services.plans import ServiceError

    kind, data, plan_id = record.kind, record.data, record.plan_id
    assert plan_id is not None
    if kind in _EVENT_OPS:
        record.event_id = _append_event(svc, s, plan_id, data["event"])
        data["event_id"] = record.event_id
        if kind is OpKind.ESTIMATE and "new" in data:
            _point_baseline(svc, s, plan_id, int(data["new"]))
    elif kind in _SCHEDULE_OPS:
        _point_baseline(svc, s, plan_id, int(data["new"]))
        if "new_items" in data:
            _replace_items(svc, s, plan_id, data["new_items"])
        if "new_facts" in data:
            write_facts(s, plan_id, data["new_facts"])
            svc._row(s, plan_id).certification_id = data["new_facts"]["certification_id"]
    elif kind is OpKind.KEEP_AS_IS:
        write_facts(s, plan_id, data["new_facts"])
    elif kind in _ATTEMPT_OPS:
        from planner.services.attempts import again

        again(s, kind, data)
    elif kind is OpKind.STEER:
        from planner.services import steer

        steer.again(svc, s, plan_id, data)
    elif kind is OpKind.RENAME:
        svc._row(s, plan_id).name = data["new"]
    elif kind is OpKind.ARCHIVE:
        svc._row(s, plan_id).archived = bool(data["new"])
    elif kind is OpKind.CREATE:
        if s.get(PlanRow, plan_id) is not None:
            raise ServiceError(
                Message(
                    "error.plan_exists_again",
                    {"id": plan_id, "label": _said(record.label)},
                )
            )
        schedule = schedule_from_dict(data["schedule"])
        svc._insert_plan(
            s,
            data["name"],
            schedule,
            data["path_id"],
            data["cloud"],
            data["certification_id"],
            plan_id=plan_id,
            uid=data["uid"],
        )
        write_facts(s, plan_id, data.get("facts"))
    elif kind is OpKind.DUPLICATE:
        snap = svc._load_in(s, int(data["source"]))
        svc._copy_plan(s, snap, data["name"], plan_id=plan_id, uid=data["uid"])
        _copy_facts(s, int(data["source"]), plan_id)
    else:
        raise ServiceError(Message("error.cannot_redo", {"label": _said(record.label)}))


def _point_baseline(svc: PlanService, s: Session, plan_id: int, baseline_id: int) -> None:
    from planner.services.plans import _apply_settings

    row = svc._row(s, plan_id)
    schedule = svc._schedule(s, baseline_id)
    row.baseline_id = baseline_id
    _apply_settings(row, schedule.settings)
