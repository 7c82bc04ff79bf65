"""Calendar use cases: export a plan to .ics, and import busy days from one.

Export remembers, per event UID, the SEQUENCE and content it last wrote, so a
re-import into any calendar updates events instead of duplicating them. The
records are saved in the same transaction that writes the file: if the file
cannot be written, nothing is remembered and no partial file is left.

Busy-day import reads the user's own calendar, lowers the capacity of the
study days it touches (or removes them), and re-plans from today. A file that
yields no busy time never changes the plan.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from planner.core.progress import ReplanMode
from planner.ical.atomic import (
    ExportWriteError,
    ReadOnlyTargetError,
    resolve_target,
    write_atomically,
)
from planner.ical.busy import BusyImport, BusyImportError, capacity_windows, read_busy
from planner.ical.export import ALL_PARTS, CalendarExportError, ExportRecord, ExportStats
from planner.services.clock import today_in
from planner.services.plans import PlanService, ReplanPreview, ServiceError
from planner.storage import StorageError
from planner.storage.models import ExportRow

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
        raise ServiceError(f"Cannot write {path}: {exc}") from exc
    if where == home or home in where.parents:
        raise ServiceError(
            f"Cannot write the calendar to {path}: it is inside Study Planner's data folder "
            f"({data_dir}), which holds your plans and backups. Choose a file elsewhere."
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
                f"Cannot write the calendar to {path}: it is the same file as {own}, "
                "which Study Planner keeps your plans in. Choose another file."
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


@dataclass(frozen=True)
class BusyOutcome:
    busy: BusyImport
    days_changed: int  # study days whose capacity went down
    preview: ReplanPreview | None  # None when nothing changed


def export_records(svc: PlanService, plan_id: int) -> dict[str, ExportRecord]:
    with svc.db.transaction() as s:
        rows = s.scalars(select(ExportRow).filter_by(plan_id=plan_id)).all()
        try:
            return {r.uid: ExportRecord.from_dict(json.loads(r.payload_json)) for r in rows}
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError(
                f"The record of this plan's last calendar export cannot be read ({exc!s:.120}); "
                "'study-planner check' checks the file."
            ) from exc


def export_calendar(
    svc: PlanService,
    plan_id: int,
    path: Path,
    *,
    include: Iterable[str] = ALL_PARTS,
    alarms: bool = True,
    force: bool = False,
) -> ExportOutcome:
    """Write the plan's calendar to ``path`` and remember what was written.

    Never writes inside the data folder or over a file the app owns. A read-only
    file at ``path`` raises :class:`ReadOnlyExportError` unless ``force`` (the app
    asks the user first; the command line needs ``--force``).
    """
    from planner.ical.export import build_calendar

    check_export_target(svc.data_dir, path)

    snap = svc.load(plan_id)
    previous = export_records(svc, plan_id)
    try:
        result = build_calendar(
            replace(snap.baseline, items=snap.items),
            plan_uid=snap.uid,
            plan_name=snap.name,
            dtstamp=svc.clock.now(),
            include=include,
            alarms=alarms,
            done_items=snap.ledger.done,
            previous=previous,
        )
    except CalendarExportError as exc:
        raise ServiceError(str(exc)) from exc
    now = svc.clock.now()
    try:
        with svc.db.transaction() as s:
            existing = {r.uid: r for r in s.scalars(select(ExportRow).filter_by(plan_id=plan_id))}
            for uid, record in result.records.items():
                row = existing.get(uid) or ExportRow(plan_id=plan_id, uid=uid)
                row.sequence = record.sequence
                row.content_hash = record.content_hash
                row.cancelled = record.cancelled
                row.payload_json = json.dumps(record.to_dict(), ensure_ascii=False)
                row.exported_at = now
                s.add(row)
            s.flush()  # a full or read-only disk fails here, before the file is written
            # inside the transaction: both or neither
            write_atomically(path, result.ics, replace_read_only=force)
    except ReadOnlyTargetError as exc:
        raise ReadOnlyExportError(f"{exc}; nothing was written.") from exc
    except ExportWriteError as exc:
        raise ServiceError(str(exc)) from exc
    return ExportOutcome(path=path, events=len(result.records), stats=result.stats)


def import_busy(
    svc: PlanService,
    plan_id: int,
    data: bytes,
    *,
    mode: ReplanMode | None = None,
    apply: bool = True,
) -> BusyOutcome:
    """Turn busy time from an .ics into reduced capacity, and re-plan from today.

    ``mode`` defaults to keeping the exam date when the plan has one, else the
    hours per week. With ``apply`` false nothing is stored (a preview).
    """
    snap = svc.load(plan_id)
    settings = snap.settings
    today = today_in(svc.clock, settings.timezone)
    first = max(today, settings.start)
    end = max(d for d in (snap.baseline.end_date, snap.baseline.exam_date, first) if d)
    try:
        busy = read_busy(data, tz=settings.timezone, first=first, last=end + BUSY_MARGIN)
    except BusyImportError as exc:
        raise ServiceError(f"Cannot import busy days: {exc}. The plan was not changed.") from exc
    if busy.empty:
        reasons = "; ".join(str(s) for s in busy.skipped[:3])
        more = f" ({reasons})" if reasons else ""
        raise ServiceError(
            f"The file holds no busy time in the plan's dates{more}. The plan was not changed."
        )
    limits, starts = capacity_windows(busy, settings)
    before = dict(settings.day_limits)
    changed = sum(1 for day, hours in limits if before.get(day) != hours)
    if changed == 0:
        return BusyOutcome(busy=busy, days_changed=0, preview=None)
    new_settings = replace(settings, day_limits=limits, day_starts=starts)
    current = replace(snap.baseline, items=snap.items, settings=new_settings)
    chosen = mode or (
        ReplanMode.KEEP_EXAM if snap.baseline.exam_date is not None else ReplanMode.KEEP_HOURS
    )
    preview = svc.replan_from(snap, current, chosen, apply=apply, reason="import-busy")
    return BusyOutcome(busy=busy, days_changed=changed, preview=preview)
