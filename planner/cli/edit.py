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
from typing import Any

from planner.cli.common import CliError, add_data_dir_option, add_plan_argument, english, print_json
from planner.cli.plan import (
    parse_clock,
    parse_date,
    parse_days,
    parse_off,
    parse_zone,
    positive_int,
    print_does_not_fit,
    schedule_to_json,
    session_hours,
    week_hours,
)
from planner.messages import translate


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "edit",
        help=translate(
            "cli-help",
            "change a saved plan's hours, days, exam date or courses (done work is kept)",
        ),
        description=translate(
            "cli-help",
            "Change a saved plan: only the options you give change. The rest of the "
            "plan is re-planned from today, done work stays where it is, and the change is one "
            "step that 'study-planner undo' takes back. --dry-run shows what would move.",
        ),
    )
    add_plan_argument(parser)
    parser.add_argument("--hours-per-week", type=week_hours, metavar="H")
    parser.add_argument(
        "--days",
        type=parse_days,
        metavar="DAYS",
        help=translate("cli-help", "study days, e.g. mon,wed,sat"),
    )
    parser.add_argument("--session-start", type=parse_clock, metavar="HH:MM")
    parser.add_argument(
        "--max-session",
        type=session_hours,
        metavar="H",
        help=translate("cli-help", "longest study session in hours (0: no limit)"),
    )
    parser.add_argument(
        "--off",
        type=parse_off,
        nargs="+",
        action="extend",
        metavar="DATE[..DATE]",
        help=translate(
            "cli-help",
            "the plan's days off become these (e.g. 2026-12-24..2027-01-01); 'none' is not "
            "needed: --clear-off removes them all",
        ),
    )
    parser.add_argument(
        "--clear-off", action="store_true", help=translate("cli-help", "remove every day off")
    )
    exam = parser.add_mutually_exclusive_group()
    exam.add_argument("--exam-date", type=parse_date, metavar="DATE")
    exam.add_argument(
        "--prep-weeks",
        type=positive_int,
        metavar="N",
        help=translate("cli-help", "weeks of exam preparation; the exam goes right after them"),
    )
    parser.add_argument(
        "--tz", type=parse_zone, metavar="ZONE", help=translate("cli-help", "IANA time zone")
    )
    parser.add_argument(
        "--add",
        nargs="+",
        action="extend",
        default=[],
        metavar="COURSE",
        help=translate("cli-help", "add courses"),
    )
    parser.add_argument(
        "--drop",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        help=translate("cli-help", "drop courses"),
    )
    parser.add_argument(
        "--order",
        metavar="ID,ID,…",
        help=translate("cli-help", "the plan's courses and projects in a new order (each once)"),
    )
    from planner.cli.readiness import add_review_options

    add_review_options(parser, edit=True)
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show what would move; save nothing"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the result as JSON")
    )
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
            raise CliError(
                translate("cli", "nothing to change: give at least one option (see --help)"),
                status=2,
            )
        preview = preview_edit(svc, plan_id, choices, catalog)
        if preview.error:
            cannot = translate("cli", "cannot edit the plan: {0}; nothing was changed")
            raise CliError(cannot.format(preview.error), status=2)
        if preview.schedule is None or args.dry_run:
            _report(args, preview, saved=False)
            if preview.schedule is None:
                assert preview.diagnosis is not None
                print_does_not_fit(preview.diagnosis, preview.fixes, saved_nothing=True)
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
            message = translate("cli", "{0} is not a course of this plan (its courses: {1})")
            raise CliError(message.format(repr(ref), ", ".join(steps)), status=2)
        steps.remove(ref)
    for ref in args.add:
        if ref in steps:
            raise CliError(
                translate("cli", "{0} is already in the plan").format(repr(ref)), status=2
            )
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
    print(translate("cli", "Changes:"))
    changes = preview.changes if english() else preview.change_messages
    for line in changes:
        print(f"  {line}")
    if preview.added:
        added = translate("cli", "New items: {0} ({1:g} h)")
        print(added.format(len(preview.added), sum(i.hours for i in preview.added)))
    if preview.dropped:
        print(translate("cli", "Items left out: {0}").format(len(preview.dropped)))
    if preview.moves:
        print(translate("cli", "What moves:"))
        for m in preview.moves:
            if m.old_end:
                when = translate("cli", "{0:+d} days").format(m.days)
            else:
                when = translate("cli", "newly scheduled")
            print(
                translate("cli", "  {0}: finished {1} ({2})").format(m.shown_title, m.new_end, when)
            )
    elif preview.schedule is not None:
        print(translate("cli", "Nothing moves."))
    if preview.schedule is not None:
        s = preview.schedule
        if s.exam_date:
            last = translate("cli", "Last session {0} · exam {1}").format(s.end_date, s.exam_date)
        else:
            last = translate("cli", "Last session {0}").format(s.end_date)
        print(last)
    if saved:
        print(translate("cli", "Saved: Edit plan. 'study-planner undo' takes it back."))
    elif preview.schedule is not None:
        print(translate("cli", "Dry run: nothing was saved."))
