"""Calendar commands: ``export`` (.ics that updates on re-import) and ``import-busy``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.common import CliError, add_data_dir_option
from planner.cli.session import open_service

PARTS = ("sessions", "milestones", "exam")


def _parts(text: str) -> frozenset[str]:
    chosen = {p.strip().lower() for p in text.split(",") if p.strip()}
    unknown = chosen - set(PARTS)
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose from {','.join(PARTS)} (got {text!r})")
    return frozenset(chosen)


def _ics_path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name for the calendar, e.g. study.ics")
    return Path(text)


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write the schedule to an .ics calendar file")
    p.add_argument("plan", nargs="?", metavar="PLAN", help="plan number or name (default: last)")
    p.add_argument(
        "--ics", required=True, type=_ics_path, metavar="FILE", help="the .ics file to write"
    )
    p.add_argument(
        "--what",
        type=_parts,
        default=frozenset(PARTS),
        metavar="PARTS",
        help="what to include: sessions,milestones,exam (default: all)",
    )
    p.add_argument(
        "--alarms",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="reminders a week and a day before the exam (default: on)",
    )
    p.add_argument("--force", action="store_true", help="replace the file even if it is read-only")
    add_data_dir_option(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser(
        "import-busy", help="read your calendar's busy days into the plan and re-plan"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="an .ics file of your commitments")
    p.add_argument("plan", nargs="?", metavar="PLAN", help="plan number or name (default: last)")
    p.add_argument(
        "--keep",
        choices=("exam-date", "hours"),
        help="keep the exam date or the hours per week (default: the exam date if set)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would change, save nothing")
    add_data_dir_option(p)
    p.set_defaults(func=run_import_busy)


def run_export(args: argparse.Namespace) -> int:
    from planner.services.calendar import ReadOnlyExportError, export_calendar

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        try:
            outcome = export_calendar(
                svc, plan, args.ics, include=args.what, alarms=args.alarms, force=args.force
            )
        except ReadOnlyExportError as exc:
            raise CliError(f"{exc} Add --force to replace it anyway.") from exc
    st = outcome.stats
    print(
        f"Wrote {outcome.events} events to {outcome.path} "
        f"({st.new} new, {st.changed} changed, {st.unchanged} unchanged, "
        f"{st.cancelled + st.still_cancelled} cancelled). Import it again after changes: "
        "events update instead of duplicating."
    )
    return 0


def run_import_busy(args: argparse.Namespace) -> int:
    from planner.core.progress import ReplanMode
    from planner.services.calendar import import_busy

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {args.file}: {exc.strerror or exc}.") from exc
    mode = None
    if args.keep:
        mode = ReplanMode.KEEP_EXAM if args.keep == "exam-date" else ReplanMode.KEEP_HOURS
    with open_service(args, write=not args.dry_run) as svc:
        plan = svc.resolve(args.plan)
        outcome = import_busy(svc, plan, data, mode=mode, apply=not args.dry_run)
    busy = outcome.busy
    print(f"Read {busy.events_used} busy events over {len(busy.days)} days.")
    for skipped in busy.skipped:
        print(f"skipped: {skipped}")
    if outcome.preview is None:
        print(
            "Your study time already leaves room for them (none falls in it, or they were "
            "imported before); the plan is unchanged."
        )
        return 0
    r = outcome.preview.result
    verb = "Re-planned" if outcome.preview.applied else "Would re-plan"
    print(f"{verb}: {outcome.days_changed} study days have less time.")
    if r.old_exam_date != r.exam_date and r.exam_date is not None:
        print(f"Exam date: {r.old_exam_date} → {r.exam_date} ({r.exam_shift_days:+d} days)")
    if r.hours_per_week_needed is not None:
        print(f"Keeping the exam date needs {r.hours_per_week_needed:g} h/week.")
    for m in r.moves[:20]:
        print(f"  {m.title} ({m.key}): finishes {m.new_end.isoformat()} ({m.days:+d} days)")
    if len(r.moves) > 20:
        print(f"  … and {len(r.moves) - 20} more")
    return 0
