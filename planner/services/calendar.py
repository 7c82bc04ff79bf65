"""Calendar use cases: export a plan to .ics, and import busy days from one.

Export remembers, per target (each file path; each CalDAV calendar, see
:mod:`planner.services.sync`) and per event UID, the SEQUENCE and content that
target last received, so a re-import updates events instead of duplicating them,
and a cancellation goes only to a file that received the event. The records are
saved in the same transaction that writes the file: if the file cannot be
written, nothing is remembered and no partial file is left.

Busy-day import reads the user's own calendar, lowers the capacity of the
study days it touches (or removes them), and re-plans from today. A file that
yields no busy time never changes the plan.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.core.plan import PlanSettings
from planner.core.progress import ReplanMode
from planner.ical.atomic import (
    ExportWriteError,
    ReadOnlyTargetError,
    resolve_target,
    write_atomically,
)
from planner.ical.busy import (
    BusyDay,
    BusyImport,
    BusyImportError,
    ImportCancelled,
    Progress,
    capacity_windows,
    read_busy,
)
from planner.ical.export import ALL_PARTS, CalendarExportError, ExportRecord, ExportStats
from planner.messages import Message, reason_of
from planner.services.clock import today_in
from planner.services.operations import OpKind
from planner.services.plans import PlanService, ReplanPreview, ServiceError
from planner.storage import StorageError
from planner.storage.targets import (
    FILE,
    LEGACY_LOCATION,
    CalendarTargetRow,
    TargetEventRow,
)

# How far past the plan's end busy days are read, so a plan that slips still sees them.
BUSY_MARGIN = timedelta(weeks=26)


class ReadOnlyExportError(ServiceError):
    """The export's target is a read-only file: ask the user (or pass ``force``)."""


def check_export_target(data_dir: Path, path: Path) -> None:
    """Refuse a calendar path that would overwrite the plans file or anything beside it.

    The data folder holds the plans file, its journal, backups, the lock and the log:
    a calendar written there (directly, through a symlink, or as a hard link to one of
    them) would destroy a plan. Raises :class:`ServiceError` with the reason.
    """
    try:
        home = Path(os.path.realpath(data_dir))
        where = Path(os.path.realpath(resolve_target(path)))
    except (OSError, ValueError, ExportWriteError) as exc:
        raise ServiceError(
            Message("error.cannot_write", {"path": str(path), "reason": reason_of(exc)})
        ) from exc
    if where == home or home in where.parents:
        raise ServiceError(
            Message("error.export_in_data", {"path": str(path), "folder": str(data_dir)})
        )
    try:
        target_stat = where.stat()
    except OSError:
        return  # a new file outside the data folder
    owned = [data_dir / name for name in _owned_names(data_dir)]
    for own in owned:
        try:
            own_stat = own.stat()
        except OSError:
            continue
        if (own_stat.st_dev, own_stat.st_ino) == (target_stat.st_dev, target_stat.st_ino):
            raise ServiceError(
                Message("error.export_same_file", {"path": str(path), "own": str(own)})
            )


def _owned_names(data_dir: Path) -> list[str]:
    names: list[str] = []
    try:
        names = [p.name for p in data_dir.iterdir()]
        backups = data_dir / "backups"
        if backups.is_dir():
            names += [f"backups/{p.name}" for p in backups.iterdir()]
    except OSError:
        pass
    return names


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    events: int
    stats: ExportStats
    zone_rules: str = ""  # which zone database the times were computed with


@dataclass(frozen=True)
class BusyOutcome:
    busy: BusyImport
    days_changed: int  # study days whose capacity went down now
    preview: ReplanPreview | None  # None when nothing changed


def find_target(s: Session, plan_id: int, kind: str, location: str) -> CalendarTargetRow | None:
    """The target of ``plan_id`` at ``location``; a file target may adopt the record
    moved from schema 2 (a file target without a path), once."""
    row = s.scalars(
        select(CalendarTargetRow).filter_by(plan_id=plan_id, kind=kind, location=location)
    ).first()
    if row is None and kind == FILE:
        row = s.scalars(
            select(CalendarTargetRow).filter_by(
                plan_id=plan_id, kind=FILE, location=LEGACY_LOCATION
            )
        ).first()
    return row


def target_records(row: CalendarTargetRow | None) -> dict[str, ExportRecord]:
    """What a target received, by UID (empty for a target never written)."""
    if row is None:
        return {}
    try:
        return {e.uid: ExportRecord.from_dict(json.loads(e.payload_json)) for e in row.events}
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            Message(
                "error.export_record",
                {"where": row.location or Message("error.a_calendar"), "reason": f"{exc!s:.120}"},
            )
        ) from exc


def save_records(
    s: Session,
    row: CalendarTargetRow,
    records: Mapping[str, ExportRecord],
    now: datetime,
    *,
    etags: Mapping[str, tuple[str, str]] | None = None,
    forget: Iterable[str] = (),
) -> None:
    """Store what ``row`` just received: ``records`` by UID, with (href, ETag) for a server;
    ``forget`` names UIDs the target no longer holds (deleted from a server)."""
    existing = {e.uid: e for e in row.events}
    for uid, record in records.items():
        event = existing.get(uid)
        if event is None:
            event = TargetEventRow(uid=uid, written_at=now)
            row.events.append(event)
        event.sequence = record.sequence
        event.content_hash = record.content_hash
        event.cancelled = record.cancelled
        event.payload_json = json.dumps(record.to_dict(), ensure_ascii=False)
        event.written_at = now
        if etags is not None and uid in etags:
            event.href, event.etag = etags[uid]
    for uid in forget:
        if uid in existing:
            row.events.remove(existing[uid])
    row.written_at = now


def export_calendar(
    svc: PlanService,
    plan_id: int,
    path: Path,
    *,
    include: Iterable[str] = ALL_PARTS,
    alarms: bool = True,
    force: bool = False,
) -> ExportOutcome:
    """Write the plan's calendar to ``path`` and remember what this file received.

    Never writes inside the data folder or over a file the app owns. A read-only
    file at ``path`` raises :class:`ReadOnlyExportError` unless ``force`` (the app
    asks the user first; the command line needs ``--force``).
    """
    from planner.ical.export import build_calendar
    from planner.services.attempts import with_logistics

    check_export_target(svc.data_dir, path)

    snap = svc.load(plan_id)
    location = str(path.expanduser().resolve())
    with svc.db.transaction() as s:
        previous = target_records(find_target(s, plan_id, FILE, location))
    try:
        result = build_calendar(
            replace(with_logistics(svc, snap), items=snap.items),
            plan_uid=snap.uid,
            plan_name=snap.name,
            dtstamp=svc.clock.now(),
            include=include,
            alarms=alarms,
            done_items=snap.ledger.done,
            previous=previous,
        )
    except CalendarExportError as exc:
        raise ServiceError(reason_of(exc)) from exc
    now = svc.clock.now()
    try:
        with svc.db.transaction() as s:
            row = find_target(s, plan_id, FILE, location)
            if row is None:
                row = CalendarTargetRow(plan_id=plan_id, kind=FILE, created_at=now)
                s.add(row)
            row.location = location
            save_records(s, row, result.records, now)
            s.flush()  # a full or read-only disk fails here, before the file is written
            # inside the transaction: both or neither
            write_atomically(path, result.ics, replace_read_only=force)
    except ReadOnlyTargetError as exc:
        raise ReadOnlyExportError(
            Message("error.nothing_written", {"reason": reason_of(exc)})
        ) from exc
    except ExportWriteError as exc:
        raise ServiceError(reason_of(exc)) from exc
    return ExportOutcome(
        path=path, events=len(result.records), stats=result.stats, zone_rules=result.zone_rules
    )


def busy_ceilings(
    days: Mapping[date, BusyDay],
    settings: PlanSettings,
    limits: tuple[tuple[date, float], ...],
    starts: tuple[tuple[date, time], ...],
) -> tuple[tuple[date, float], ...]:
    """``limits`` with each study day also capped at the time until its next busy event.

    The busy-day import lowers a day only for busy time inside today's session
    window; a meeting at 21:30 after a 19:00-21:30 session leaves the day as it is.
    A re-plan that keeps the exam date may later lengthen sessions: this cap (room
    from the session's start to the next busy event, in 15-minute steps) is what
    stops the scheduler from growing the session into the meeting. A cap at or
    above the day's share changes nothing today.
    """
    capped = dict(limits)
    moved = dict(starts)
    for day, info in days.items():
        if (
            info.all_day
            or day < settings.start
            or day.weekday() not in settings.study_days
            or any(day in off for off in settings.days_off)
        ):
            continue
        begin = moved.get(day, settings.session_start)
        begin_minutes = begin.hour * 60 + begin.minute
        later = [start for start, end in info.intervals if end > begin_minutes]
        if not later:
            continue
        room = max(min(later) - begin_minutes, 0) // 15 / 4
        capped[day] = min(capped.get(day, room), room)
    return tuple(sorted(capped.items()))


def _days_with_less_time(settings: PlanSettings, limits: tuple[tuple[date, float], ...]) -> int:
    """Study days whose hours go down with ``limits`` (a cap above the share does not)."""
    if not settings.study_days:
        return 0
    # The share as the scheduler gives it: whole quarter hours.
    share = math.floor(settings.hours_per_week * 4 / len(settings.study_days) + 1e-9) / 4
    if settings.max_session_hours is not None:
        share = min(share, settings.max_session_hours)
    before = dict(settings.day_limits)
    return sum(
        1 for day, hours in limits if min(share, hours) < min(share, before.get(day, share)) - 1e-9
    )


def busy_window(svc: PlanService, plan_id: int) -> tuple[str, date, date]:
    """The zone and the days a busy-day import reads for ``plan_id``: from today (or the
    plan's start) to its end or exam, plus a margin in case it slips."""
    snap = svc.load(plan_id)
    settings = snap.settings
    first = max(today_in(svc.clock, settings.timezone), settings.start)
    end = max(d for d in (snap.baseline.end_date, snap.baseline.exam_date, first) if d)
    return settings.timezone, first, end + BUSY_MARGIN


def read_busy_days(
    data: bytes, window: tuple[str, date, date], progress: Progress | None = None
) -> BusyImport:
    """Busy time from an .ics for :func:`busy_window`; pure, so the app may run it on a
    worker thread with ``progress`` (return False to cancel)."""
    tz, first, last = window
    try:
        busy = read_busy(data, tz=tz, first=first, last=last, progress=progress)
    except ImportCancelled as exc:
        raise ServiceError(Message("error.import_cancelled")) from exc
    except BusyImportError as exc:
        raise ServiceError(Message("error.import_busy", {"reason": reason_of(exc)})) from exc
    if busy.empty:
        reasons = "; ".join(str(s) for s in busy.skipped[:3])
        more = Message("error.in_parentheses", {"what": reasons}) if reasons else ""
        raise ServiceError(Message("error.import_no_busy", {"more": more}))
    return busy


def import_busy(
    svc: PlanService,
    plan_id: int,
    data: bytes,
    *,
    mode: ReplanMode | None = None,
    apply: bool = True,
    busy: BusyImport | None = None,
) -> BusyOutcome:
    """Turn busy time from an .ics into reduced capacity, and re-plan from today.

    ``mode`` defaults to keeping the exam date when the plan has one, else the
    hours per week. With ``apply`` false nothing is stored (a preview). ``busy``:
    the file already read by :func:`read_busy_days` (the app reads it off the UI
    thread).
    """
    if busy is None:
        busy = read_busy_days(data, busy_window(svc, plan_id))
    snap = svc.load(plan_id)
    settings = snap.settings
    limits, starts = capacity_windows(busy, settings)
    limits = busy_ceilings(busy.days, settings, limits, starts)
    if limits == tuple(sorted(settings.day_limits)) and starts == tuple(
        sorted(settings.day_starts)
    ):
        return BusyOutcome(busy=busy, days_changed=0, preview=None)
    changed = _days_with_less_time(settings, limits)
    new_settings = replace(settings, day_limits=limits, day_starts=starts)
    current = replace(snap.baseline, items=snap.items, settings=new_settings)
    chosen = mode or (
        ReplanMode.KEEP_EXAM if snap.baseline.exam_date is not None else ReplanMode.KEEP_HOURS
    )
    preview = svc.replan_from(
        snap, current, chosen, apply=apply, kind=OpKind.IMPORT_BUSY, label="Import busy days"
    )
    return BusyOutcome(busy=busy, days_changed=changed, preview=preview)
