"""``study-planner edit``: change a saved plan's settings and courses, done work kept.

Only the options given change; the rest stays as the plan has it. The plan is
re-planned from today (``planner/services/edit.py``) and saved as one undoable
step ("Edit plan"); ``--dry-run`` only shows what would move. A plan that would no
longer fit before its exam is not saved: the diagnosis and every fix that works
go to stderr, with exit status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from planner.cli.common import CliError, add_data_dir_option, print_json
from planner.cli.plan import (
    parse_clock,
    parse_date,
    parse_days,
    parse_off,
    parse_zone,
    positive_int,
    schedule_to_json,
    session_hours,
    week_hours,
)


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "edit",
        help="change a saved plan's hours, days, exam date or courses (done work is kept)",
        description="Change a saved plan: only the options you give change. The rest of the "
        "plan is re-planned from today, done work stays where it is, and the change is one "
        "step that 'study-planner undo' takes back. --dry-run shows what would move.",
    )
    parser.add_argument(
        "plan", nargs="?", metavar="PLAN", help="plan number or name (default: last)"
    )
    parser.add_argument("--hours-per-week", type=week_hours, metavar="H")
    parser.add_argument(
        "--days", type=parse_days, metavar="DAYS", help="study days, e.g. mon,wed,sat"
    )
    parser.add_argument("--session-start", type=parse_clock, metavar="HH:MM")
    parser.add_argument(
        "--max-session",
        type=session_hours,
        metavar="H",
        help="longest study session in hours (0: no limit)",
    )
    parser.add_argument(
        "--off",
        type=parse_off,
        nargs="+",
        action="extend",
        metavar="DATE[..DATE]",
        help="the plan's days off become these (e.g. 2026-12-24..2027-01-01); 'none' is not "
        "needed: --clear-off removes them all",
    )
    parser.add_argument("--clear-off", action="store_true", help="remove every day off")
    exam = parser.add_mutually_exclusive_group()
    exam.add_argument("--exam-date", type=parse_date, metavar="DATE")
    exam.add_argument(
        "--prep-weeks",
        type=positive_int,
        metavar="N",
        help="weeks of exam preparation; the exam goes right after them",
    )
    parser.add_argument("--tz", type=parse_zone, metavar="ZONE", help="IANA time zone")
    parser.add_argument(
        "--add", nargs="+", action="extend", default=[], metavar="COURSE", help="add courses"
    )
    parser.add_argument(
        "--drop", nargs="+", action="extend", default=[], metavar="ID", help="drop courses"
    )
    parser.add_argument(
        "--order",
        metavar="ID,ID,…",
        help="the plan's courses and projects in a new order (each once)",
    )
    from planner.cli.readiness import add_review_options

    add_review_options(parser, edit=True)
    parser.add_argument("--dry-run", action="store_true", help="show what would move; save nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    add_data_dir_option(parser)
    parser.set_defaults(func=run_edit)


def run_edit(args: argparse.Namespace) -> int:
    from planner.catalog import CatalogError, load_catalog
    from planner.cli.common import data_dir
    from planner.cli.session import open_service
    from planner.services.edit import apply_edit, choices_of, preview_edit

    try:
        catalog = load_catalog(data_dir(args, create=False)).catalog
    except CatalogError as exc:
        raise CliError(str(exc)) from exc
    with open_service(args, write=not args.dry_run) as svc:
        plan_id = svc.resolve(args.plan)
        snap = svc.load(plan_id)
        before = choices_of(snap)
        choices = _choices(args, before)
        if choices == before:
            raise CliError("nothing to change: give at least one option (see --help)", status=2)
        preview = preview_edit(svc, plan_id, choices, catalog)
        if preview.error:
            raise CliError(f"cannot edit the plan: {preview.error}; nothing was changed", status=2)
        if preview.schedule is None or args.dry_run:
            _report(args, preview, saved=False)
            if preview.schedule is None:
                assert preview.diagnosis is not None
                print(
                    f"study-planner: plan does not fit: {preview.diagnosis.message}. "
                    "Nothing was saved.",
                    file=sys.stderr,
                )
                for fix in preview.fixes:
                    print(f"  fix: {fix.message}", file=sys.stderr)
                return 2
            return 0
        apply_edit(svc, plan_id, choices, catalog)
    _report(args, preview, saved=True)
    return 0


def _choices(args: argparse.Namespace, before: Any) -> Any:
    steps = list(before.steps)
    if args.order:
        steps = [s.strip() for s in args.order.split(",") if s.strip()]
    for ref in args.drop:
        if ref not in steps:
            raise CliError(
                f"{ref!r} is not a course of this plan (its courses: {', '.join(steps)})",
                status=2,
            )
        steps.remove(ref)
    for ref in args.add:
        if ref in steps:
            raise CliError(f"{ref!r} is already in the plan", status=2)
        steps.append(ref)
    changes: dict[str, Any] = {"steps": tuple(steps)}
    if args.hours_per_week is not None:
        changes["hours_per_week"] = args.hours_per_week
    if args.days is not None:
        changes["study_days"] = args.days
    if args.session_start is not None:
        changes["session_start"] = args.session_start
    if args.max_session is not None:
        changes["max_session_hours"] = args.max_session or None
    if args.clear_off:
        changes["days_off"] = ()
    if args.off:
        changes["days_off"] = tuple(args.off)
    if args.exam_date is not None:
        changes["exam_date"] = args.exam_date
        changes["prep_weeks"] = None
    if args.prep_weeks is not None:
        changes["exam_date"] = None
        changes["prep_weeks"] = args.prep_weeks
    if args.tz is not None:
        changes["timezone"] = args.tz
    from planner.cli.readiness import review_share_from

    share = review_share_from(args)
    if share is not None:
        changes["review_share"] = share
    return dataclasses.replace(before, **changes)


def _report(args: argparse.Namespace, preview: Any, *, saved: bool) -> None:
    if args.json:
        data: dict[str, Any] = {
            "id": preview.plan_id,
            "saved": saved,
            "changes": list(preview.changes),
            "moves": [
                {
                    "key": m.key,
                    "title": m.title,
                    "old_end": m.old_end.isoformat() if m.old_end else None,
                    "new_end": m.new_end.isoformat(),
                    "days": m.days,
                }
                for m in preview.moves
            ],
            "added": [i.key for i in preview.added],
            "dropped": [i.key for i in preview.dropped],
            "diagnosis": preview.diagnosis.message if preview.diagnosis else None,
            "fixes": [{"kind": f.kind.value, "message": f.message} for f in preview.fixes],
        }
        if preview.schedule is not None:
            data["plan"] = schedule_to_json(preview.schedule)
        print_json(data)
        return
    print("Changes:")
    for line in preview.changes:
        print(f"  {line}")
    if preview.added:
        print(f"New items: {len(preview.added)} ({sum(i.hours for i in preview.added):g} h)")
    if preview.dropped:
        print(f"Items left out: {len(preview.dropped)}")
    if preview.moves:
        print("What moves:")
        for m in preview.moves:
            when = f"{m.days:+d} days" if m.old_end else "newly scheduled"
            print(f"  {m.shown_title}: finished {m.new_end} ({when})")
    elif preview.schedule is not None:
        print("Nothing moves.")
    if preview.schedule is not None:
        s = preview.schedule
        tail = f" · exam {s.exam_date}" if s.exam_date else ""
        print(f"Last session {s.end_date}{tail}")
    if saved:
        print("Saved: Edit plan. 'study-planner undo' takes it back.")
    elif preview.schedule is not None:
        print("Dry run: nothing was saved.")
