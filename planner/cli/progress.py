"""Progress and plan-keeping commands: plans, tick, untick, log, undo, status, rebalance,
rename, duplicate, archive, delete."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from planner.cli.common import (
    CliError,
    add_data_dir_option,
    add_plan_argument,
    add_plan_option,
    iso_day,
    print_json,
    said,
)
from planner.cli.session import open_service
from planner.messages import plural, translate


def _plan_arg(parser: argparse.ArgumentParser, required: bool = False) -> None:
    used_last = translate("cli-help", "plan number or name (default: the plan used last)")
    add_plan_argument(parser, used_last, required=required)


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        message = translate("cli", "'{0}' is not a number of hours")
        raise argparse.ArgumentTypeError(message.format(text))
    return value


def _day(text: str) -> date:
    return iso_day(text, translate("cli", "'{0}' is not a date like 2026-12-24"))


def register(sub: Any) -> None:
    p = sub.add_parser("plans", help=translate("cli-help", "list your plans"))
    p.add_argument(
        "--all", action="store_true", help=translate("cli-help", "include archived plans")
    )
    p.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(p)
    p.set_defaults(func=run_plans)

    for name, verb in (
        ("tick", translate("cli-help", "mark an item done")),
        ("untick", translate("cli-help", "mark an item not done")),
    ):
        p = sub.add_parser(name, help=verb)
        p.add_argument(
            "item", metavar="ITEM", help=translate("cli-help", "item key, as shown by 'show'")
        )
        add_plan_option(p)
        add_data_dir_option(p)
        p.set_defaults(func=run_tick, done=name == "tick")

    p = sub.add_parser("log", help=translate("cli-help", "log hours studied on an item"))
    p.add_argument("item", metavar="ITEM")
    p.add_argument("hours", metavar="HOURS", type=_hours)
    p.add_argument(
        "--date", type=_day, help=translate("cli-help", "the day you studied (default: today)")
    )
    add_plan_option(p)
    add_data_dir_option(p)
    p.set_defaults(func=run_log)

    p = sub.add_parser(
        "estimate",
        help=translate(
            "cli-help", "change an item's estimated hours and re-plan the rest from today"
        ),
    )
    p.add_argument("item", metavar="ITEM")
    p.add_argument("hours", metavar="HOURS", type=_hours)
    p.add_argument(
        "--keep",
        choices=("exam-date", "hours"),
        default=None,
        help=translate(
            "cli-help",
            "if the rest no longer fits before the exam: keep the exam date (raise the "
            "hours per week) or keep the hours per week (move the exam); default: refuse and say",
        ),
    )
    add_plan_option(p)
    add_data_dir_option(p)
    p.set_defaults(func=run_estimate)

    for name, verb in (
        (
            "undo",
            translate(
                "cli-help", "take back the last change to your plans (any kind, from the app too)"
            ),
        ),
        ("redo", translate("cli-help", "apply again the change that 'undo' took back")),
    ):
        p = sub.add_parser(name, help=verb)
        p.add_argument(
            "plan",
            nargs="?",
            metavar="PLAN",
            help=translate(
                "cli-help",
                "only changes to this plan (number or name; default: the last change to any)",
            ),
        )
        add_data_dir_option(p)
        p.set_defaults(func=run_undo, redo=name == "redo")

    p = sub.add_parser(
        "status", help=translate("cli-help", "ahead or behind, pace, forecast and days to the exam")
    )
    _plan_arg(p)
    p.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(p)
    p.set_defaults(func=run_status)

    p = sub.add_parser(
        "rebalance", help=translate("cli-help", "re-plan the remaining work from today")
    )
    _plan_arg(p)
    p.add_argument(
        "--keep",
        choices=("exam-date", "hours"),
        default="exam-date",
        help=translate(
            "cli-help",
            "keep the exam date (raise the hours per week if needed) or keep the hours "
            "per week (move the exam if needed); default: exam-date",
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show what would move, change nothing"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(p)
    p.set_defaults(func=run_rebalance)

    p = sub.add_parser("rename", help=translate("cli-help", "rename a plan"))
    _plan_arg(p, required=True)
    p.add_argument("name", metavar="NAME")
    add_data_dir_option(p)
    p.set_defaults(func=run_rename)

    p = sub.add_parser("duplicate", help=translate("cli-help", "copy a plan, e.g. for a what-if"))
    _plan_arg(p, required=True)
    p.add_argument("--name", help=translate("cli-help", "name of the copy"))
    add_data_dir_option(p)
    p.set_defaults(func=run_duplicate)

    for name, flag, verb in (
        ("archive", True, translate("cli-help", "archive a plan")),
        ("unarchive", False, translate("cli-help", "unarchive a plan")),
    ):
        p = sub.add_parser(name, help=verb)
        _plan_arg(p, required=True)
        add_data_dir_option(p)
        p.set_defaults(func=run_archive, archived=flag)

    p = sub.add_parser(
        "delete", help=translate("cli-help", "delete a plan (a backup is taken first)")
    )
    _plan_arg(p, required=True)
    p.add_argument("--yes", action="store_true", help=translate("cli-help", "confirm the deletion"))
    add_data_dir_option(p)
    p.set_defaults(func=run_delete)


def run_plans(args: argparse.Namespace) -> int:
    with open_service(args, write=False) as svc:
        plans = svc.list_plans(include_archived=args.all)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "archived": p.archived,
                    "start": p.start.isoformat(),
                    "exam_date": p.exam_date.isoformat() if p.exam_date else None,
                    "items": p.items,
                    "done": p.done,
                }
                for p in plans
            ]
        )
        return 0
    if not plans:
        print(
            translate(
                "cli",
                "No plans yet. Create one with 'study-planner new --path ID --start DATE ...'.",
            )
        )
        return 0
    for p in plans:
        exam = (
            translate("cli", "exam {0}").format(p.exam_date.isoformat())
            if p.exam_date
            else translate("cli", "no exam date")
        )
        flag = "  " + translate("cli", "(archived)") if p.archived else ""
        done = translate("cli", "{0}/{1} done").format(p.done, p.items)
        print(f"{p.id:>3}  {p.name}  ·  {done}  ·  {exam}{flag}")
    return 0


def run_tick(args: argparse.Namespace) -> int:
    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        result = svc.tick(plan, args.item) if args.done else svc.untick(plan, args.item)
    print(translate("cli", "Saved: {0}. 'study-planner undo' takes it back.").format(result.said))
    return 0


def run_log(args: argparse.Namespace) -> int:
    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        result = svc.log_hours(plan, args.item, args.hours, args.date)
    print(translate("cli", "Saved: {0}.").format(result.said))
    return 0


def run_estimate(args: argparse.Namespace) -> int:
    from planner.core.progress import ReplanMode
    from planner.services.plans import EstimateDoesNotFit

    mode = {None: None, "exam-date": ReplanMode.KEEP_EXAM, "hours": ReplanMode.KEEP_HOURS}
    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        try:
            result = svc.set_estimate(plan, args.item, args.hours, mode[args.keep])
        except EstimateDoesNotFit as exc:
            keep = translate("cli", "Choose with --keep exam-date or --keep hours.")
            raise CliError(f"{exc} {keep}") from exc
        snap = svc.load(plan)
    exam = snap.baseline.exam_date
    hours = _fmt(snap.settings.hours_per_week)
    if exam is not None:
        saved = translate(
            "cli",
            "Saved: {0}; the rest is re-planned from today at {1} h/week; exam {2}. "
            "'study-planner undo' takes both back.",
        )
    else:
        saved = translate(
            "cli",
            "Saved: {0}; the rest is re-planned from today at {1} h/week. "
            "'study-planner undo' takes both back.",
        )
    print(saved.format(result.said, hours, exam.isoformat() if exam else ""))
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan) if args.plan is not None else None
        changes = svc.redo(plan) if args.redo else svc.undo(plan)
    if changes is None:
        print(
            translate("cli", "Nothing to redo.")
            if args.redo
            else translate("cli", "Nothing to undo.")
        )
    elif args.redo:
        print(translate("cli", "Redone: {0}.").format(changes.said))
    else:
        print(translate("cli", "Undone: {0}.").format(changes.said))
    return 0


def _fmt(hours: float) -> str:
    from planner.core.scheduler import format_hours

    return format_hours(hours)


def run_status(args: argparse.Namespace) -> int:
    from planner.cli.alerts import plan_report, print_alerts
    from planner.cli.readiness import logistics_report
    from planner.services.status import plan_status

    with open_service(args, write=False) as svc:
        plan = svc.resolve(args.plan)
        snap = svc.load(plan)
        status = plan_status(snap, svc.today(plan))
        report = plan_report(args, svc, snap, status.today)
        logistics, logistics_json = logistics_report(args, svc, plan)
    f = status.forecast
    if args.json:
        print_json(
            {
                "plan": {"id": status.plan_id, "name": status.name},
                "today": status.today.isoformat(),
                "state": status.state,
                "hours_total": status.hours_total,
                "hours_done": status.hours_done,
                "hours_remaining": status.hours_remaining,
                "hours_logged": status.hours_logged,
                "ahead_hours": f.ahead_hours,
                "pace": f.pace,
                "forecast_finish": f.projected_finish.isoformat() if f.projected_finish else None,
                "planned_finish": f.baseline_finish.isoformat() if f.baseline_finish else None,
                "exam_date": status.exam_date.isoformat() if status.exam_date else None,
                "days_to_exam": status.days_to_exam,
                "courses": [
                    {
                        "key": g.key,
                        "title": g.title,
                        "items_done": g.items_done,
                        "items": g.items,
                        "hours_done": g.hours_done,
                        "hours": g.hours,
                    }
                    for g in status.groups
                ],
                "alerts": [a.to_json() for a in report.alerts] if report else [],
                "exam_logistics": logistics_json,
            }
        )
        return 0
    print(f"{status.name} · {status.today.isoformat()}")
    print(
        translate("cli", "{0} h of {1} h done · {2} h logged · {3}").format(
            _fmt(status.hours_done),
            _fmt(status.hours_total),
            _fmt(status.hours_logged),
            status.state_message,
        )
    )
    if f.pace is not None:
        off = round(abs(f.pace - 1) * 100)
        if off == 0:
            speed = translate("cli", "as estimated")
        elif f.pace > 1:
            speed = translate("cli", "{0} % slower").format(off)
        else:
            speed = translate("cli", "{0} % faster").format(off)
        print(translate("cli", "pace: {0:.2f} h per estimated hour ({1})").format(f.pace, speed))
    if f.projected_finish is not None:
        planned = f.baseline_finish.isoformat() if f.baseline_finish else "—"
        print(
            translate("cli", "forecast finish: {0} (planned {1})").format(
                f.projected_finish.isoformat(), planned
            )
        )
    if status.exam_date is not None:
        days = status.days_to_exam
        name = status.exam_name or translate("cli", "exam")
        if days and days > 0:
            when = plural("cli", "in %n day(s)", days)
        else:
            when = translate("cli", "today") if days == 0 else translate("cli", "passed")
        print(f"{name}: {status.exam_date.isoformat()} · {when}")
    print_alerts(report)
    for line in logistics:
        print(line)
    for g in status.groups:
        bar = "#" * round(g.fraction * 20)
        print(
            f"  [{bar:<20}] {g.shown_title}: {g.items_done}/{g.items} · "
            f"{_fmt(g.hours_done)}/{_fmt(g.hours)} h"
        )
    return 0


def run_rebalance(args: argparse.Namespace) -> int:
    from planner.core.progress import ReplanMode

    mode = ReplanMode.KEEP_EXAM if args.keep == "exam-date" else ReplanMode.KEEP_HOURS
    with open_service(args, write=not args.dry_run) as svc:
        plan = svc.resolve(args.plan)
        preview = svc.replan(plan, mode, apply=False)
        fits = preview.schedule.diagnosis is None
        if fits and not args.dry_run:
            preview = svc.replan(plan, mode, apply=True)
    r = preview.result
    diagnosis = preview.schedule.diagnosis
    if args.json:
        print_json(
            {
                "applied": preview.applied,
                "mode": args.keep,
                "hours_per_week": r.hours_per_week,
                "hours_per_week_needed": r.hours_per_week_needed,
                "old_exam_date": r.old_exam_date.isoformat() if r.old_exam_date else None,
                "exam_date": r.exam_date.isoformat() if r.exam_date else None,
                "moves": [
                    {
                        "item": m.key,
                        "title": m.title,
                        "days": m.days,
                        "new_end": m.new_end.isoformat(),
                    }
                    for m in r.moves
                ],
                "warnings": [w.message for w in preview.schedule.warnings],
                "diagnosis": diagnosis.message if diagnosis else None,
            }
        )
        return 0 if fits else 2
    if preview.applied:
        verb = translate("cli", "Re-planned from today at {0} h/week.")
    else:
        verb = translate("cli", "Would re-plan from today at {0} h/week.")
    print(verb.format(_fmt(r.hours_per_week)))
    if r.old_exam_date != r.exam_date:
        none = translate("cli", "none")
        old = r.old_exam_date.isoformat() if r.old_exam_date else none
        new = r.exam_date.isoformat() if r.exam_date else none
        shift = translate("cli", "Exam date: {0} → {1} ({2:+d} days)")
        print(shift.format(old, new, r.exam_shift_days))
    if not r.moves:
        print(translate("cli", "Nothing moves."))
    for m in r.moves:
        move = translate("cli", "  {0} ({1}): finishes {2} ({3:+d} days)")
        print(move.format(m.shown_title, m.key, m.new_end.isoformat(), m.days))
    for w in preview.schedule.warnings:
        print(translate("cli", "warning: {0}").format(said(w)))
    if preview.backup is not None:
        print(translate("cli", "Backup before re-planning: {0}").format(preview.backup.id))
    if diagnosis is not None:
        if args.dry_run:
            line = translate(
                "cli",
                "study-planner: the rest does not fit before the exam: {0}. "
                "'--keep hours' moves the exam instead.",
            )
        else:
            line = translate(
                "cli",
                "study-planner: the rest does not fit before the exam: {0}. "
                "Nothing was changed. '--keep hours' moves the exam instead.",
            )
        print(line.format(said(diagnosis)), file=sys.stderr)
        return 2
    return 0


def run_rename(args: argparse.Namespace) -> int:
    with open_service(args, write=True) as svc:
        svc.rename(svc.resolve(args.plan), args.name)
    print(translate("cli", "Renamed."))
    return 0


def run_duplicate(args: argparse.Namespace) -> int:
    with open_service(args, write=True) as svc:
        new_id = svc.duplicate(svc.resolve(args.plan), args.name)
        name = svc.load(new_id).name
    print(translate("cli", "Copied as plan {0}: {1}").format(new_id, name))
    return 0


def run_archive(args: argparse.Namespace) -> int:
    with open_service(args, write=True) as svc:
        svc.set_archived(svc.resolve(args.plan), args.archived)
    print(
        translate("cli", "Archived.")
        if args.archived
        else translate("cli", "Back from the archive.")
    )
    return 0


def run_delete(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError(
            translate("cli", "Deleting a plan needs --yes (a backup is taken first)."), 2
        )
    with open_service(args, write=True) as svc:
        backup = svc.delete(svc.resolve(args.plan))
    print(
        translate("cli", "Deleted. Backup taken first: {0} ('study-planner restore {0}').").format(
            backup.id
        )
    )
    return 0
