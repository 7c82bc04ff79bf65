"""``study-planner new``: build a week-by-week plan from a catalog path.

For now only ``--dry-run`` exists: the plan is printed (as a table, or as JSON with
``--json``) and not saved. :func:`print_schedule` and :func:`schedule_to_json` take
a :class:`Schedule` alone, so a ``show`` command for stored plans can reuse them.

Exit status: 0 for a plan that fits; 2 for one that does not fit before the exam
(the plan is still printed, the diagnosis goes to stderr) and for bad arguments.
"""

from __future__ import annotations

import argparse
import math
import sys
from datetime import date, time
from typing import Any, TextIO

from planner.cli.common import (
    CliError,
    add_data_dir_option,
    add_plan_argument,
    data_dir,
    print_json,
    said,
)
from planner.core.fixes import Fix
from planner.core.plan import (
    WEEKDAY_NAMES,
    DateRange,
    PlanInputError,
    Schedule,
)
from planner.messages import plural, translate
from planner.services.clock import local_zone_name

DEFAULT_DAYS = "mon,wed,sat"
CLOUDS = ("gcp", "aws", "azure")
HOURS_PER_WEEK = 168


# --- argument types (each failure is one argparse line and status 2) ----------------


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("cli", "{0} is not a date (use YYYY-MM-DD)")
        raise argparse.ArgumentTypeError(message.format(repr(text))) from None


def parse_days(text: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.lower().split(","):
        name = part.strip()[:3]
        if name not in WEEKDAY_NAMES:
            message = translate("cli", "{0} is not a weekday (use e.g. mon,wed,sat)")
            raise argparse.ArgumentTypeError(message.format(repr(part.strip())))
        days.add(WEEKDAY_NAMES.index(name))
    return frozenset(days)


def parse_weekday(text: str) -> int:
    name = text.strip().lower()[:3]
    if name not in WEEKDAY_NAMES:
        message = translate("cli", "{0} is not a weekday (use mon … sun)")
        raise argparse.ArgumentTypeError(message.format(repr(text)))
    return WEEKDAY_NAMES.index(name)


def parse_clock(text: str) -> time:
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        message = translate("cli", "{0} is not a time of day (use HH:MM)")
        raise argparse.ArgumentTypeError(message.format(repr(text))) from None


def parse_off(text: str) -> DateRange:
    first, sep, last = text.partition("..")
    start = parse_date(first)
    end = parse_date(last) if sep else start
    if end < start:
        message = translate("cli", "days off {0} end before they start")
        raise argparse.ArgumentTypeError(message.format(repr(text)))
    return DateRange(start, end)


def parse_zone(text: str) -> str:
    from planner.ical.zones import UnknownTimezoneError, load_zone
    from planner.text import shown

    try:
        load_zone(text)  # the zone rules the exports will use (planner/ical/zones.py)
    except UnknownTimezoneError:
        message = translate("cli", "{0} is not a known time zone (use e.g. Europe/Berlin)")
        raise argparse.ArgumentTypeError(message.format(repr(shown(text, 60)))) from None
    return text


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        message = translate("cli", "{0} is not a whole number")
        raise argparse.ArgumentTypeError(message.format(repr(text))) from None
    if value < 1:
        message = translate("cli", "{0} must be at least 1")
        raise argparse.ArgumentTypeError(message.format(repr(text)))
    return value


def hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        message = translate("cli", "{0} is not a number of hours")
        raise argparse.ArgumentTypeError(message.format(repr(text))) from None
    return value


def week_hours(text: str) -> float:
    value = hours(text)
    if value > HOURS_PER_WEEK:
        message = translate("cli", "{0} is more than a week holds ({1} h)")
        raise argparse.ArgumentTypeError(message.format(repr(text), HOURS_PER_WEEK))
    return value


def session_hours(text: str) -> float:
    value = hours(text)
    if value > 24:
        message = translate("cli", "{0} is more than a day holds (24 h)")
        raise argparse.ArgumentTypeError(message.format(repr(text)))
    return value


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "new",
        help=translate("cli-help", "make and save a week-by-week study plan from a catalog path"),
        description=translate(
            "cli-help",
            "Make a week-by-week study plan from a catalog path and save it "
            "(--dry-run: only show it). A plan that does not fit before its exam is shown "
            "with what would make it fit, and not saved.",
        ),
    )
    parser.add_argument(
        "--path", required=True, metavar="ID", help=translate("cli-help", "catalog path id")
    )
    parser.add_argument(
        "--cloud",
        choices=CLOUDS,
        help=translate("cli-help", "your target employers' cloud (default: the path's)"),
    )
    parser.add_argument(
        "--exam-language",
        default="en",
        metavar="LANG",
        help=translate(
            "cli-help",
            "language you will sit the exam in, e.g. en, ja, ko, zh-CN (default en); "
            "it decides which exam version can be booked",
        ),
    )
    parser.add_argument(
        "--start",
        type=parse_date,
        metavar="DATE",
        help=translate("cli-help", "first day of the plan (default: today, or the next study day)"),
    )
    exam = parser.add_mutually_exclusive_group()
    exam.add_argument("--exam-date", type=parse_date, metavar="DATE")
    exam.add_argument(
        "--prep-weeks",
        type=positive_int,
        metavar="N",
        help=translate("cli-help", "weeks of exam preparation; the exam goes right after them"),
    )
    parser.add_argument("--hours-per-week", required=True, type=week_hours, metavar="H")
    parser.add_argument(
        "--days",
        type=parse_days,
        default=parse_days(DEFAULT_DAYS),
        metavar="DAYS",
        help=translate("cli-help", "study days, e.g. mon,wed,sat (default {0})").format(
            DEFAULT_DAYS
        ),
    )
    parser.add_argument("--session-start", type=parse_clock, default=time(19, 0), metavar="HH:MM")
    parser.add_argument(
        "--max-session",
        type=session_hours,
        metavar="H",
        help=translate("cli-help", "longest study session in hours"),
    )
    parser.add_argument(
        "--off",
        type=parse_off,
        nargs="+",
        action="extend",
        default=[],
        metavar="DATE[..DATE]",
        help=translate("cli-help", "days off, e.g. 2026-12-24..2027-01-01 (repeatable)"),
    )
    parser.add_argument(
        "--tz",
        type=parse_zone,
        metavar="ZONE",
        help=translate("cli-help", "IANA time zone (default: this computer's)"),
    )
    parser.add_argument(
        "--week-start",
        type=parse_weekday,
        default=0,
        metavar="DAY",
        help=translate("cli-help", "default mon"),
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
        help=translate("cli-help", "leave out courses or projects of the path"),
    )
    parser.add_argument(
        "--skip-optional",
        action="store_true",
        help=translate("cli-help", "leave out the path's optional steps"),
    )
    from planner.cli.readiness import add_review_options

    add_review_options(parser, edit=False)
    parser.add_argument("--name", default="", help=translate("cli-help", "a name for the plan"))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show the plan, do not save it"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the plan as JSON")
    )
    add_data_dir_option(parser)
    parser.set_defaults(func=run_new)

    show = sub.add_parser(
        "show", help=translate("cli-help", "show a saved plan: this week, one week, or all of it")
    )
    add_plan_argument(show)
    which = show.add_mutually_exclusive_group()
    which.add_argument(
        "--week", type=positive_int, metavar="N", help=translate("cli-help", "week N of the plan")
    )
    which.add_argument("--all", action="store_true", help=translate("cli-help", "every week"))
    show.add_argument(
        "--json",
        action="store_true",
        help=translate("cli-help", "the whole plan as JSON, with done items"),
    )
    add_data_dir_option(show)
    show.set_defaults(func=run_show)


def _review_share(args: argparse.Namespace) -> float:
    from planner.cli.readiness import review_share_from

    return review_share_from(args) or 0.0


def run_new(args: argparse.Namespace) -> int:
    schedule, cert_id, fixes = make_schedule(args)
    name = args.name or schedule.settings.exam_name or args.path
    if schedule.diagnosis is not None or args.dry_run:
        if args.json:
            print_json({"name": name, **schedule_to_json(schedule)})
        else:
            print_schedule(schedule, name=name)
        if schedule.diagnosis is not None:
            print_does_not_fit(schedule.diagnosis, fixes, saved_nothing=not args.dry_run)
            return 2
        return 0
    from planner.cli.session import open_service
    from planner.services.alerts import course_ids_of, facts_from_catalog
    from planner.services.operations import CreatePlan

    facts = facts_from_catalog(
        args.loaded_catalog, cert_id, course_ids_of(schedule.items), args.exam_language
    )
    with open_service(args, write=True) as svc:
        plan_id = svc.run(
            CreatePlan(name, schedule, args.path, args.cloud or "", cert_id, facts)
        ).plan_id
        assert plan_id is not None
        name = svc.load(plan_id).name
    if args.json:
        print_json({"id": plan_id, "name": name, **schedule_to_json(schedule)})
    else:
        print_schedule(schedule, name=name)
        print()
        print(
            translate("cli", "Saved as plan {0}. 'study-planner show' shows this week.").format(
                plan_id
            )
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from planner.cli.session import open_service
    from planner.core.scheduler import week_start_of

    with open_service(args, write=False) as svc:
        plan_id = svc.resolve(args.plan)
        snap = svc.load(plan_id)
        today = svc.today(plan_id)
    schedule = replace(snap.baseline, items=snap.items)
    done = snap.ledger.done
    if args.json:
        print_json({"id": snap.id, "name": snap.name, **schedule_to_json(schedule, done)})
        return 0
    weeks = schedule.weeks
    if args.week:
        if args.week > len(weeks):
            raise CliError(
                translate("cli", "this plan has {0} weeks; there is no week {1}").format(
                    len(weeks), args.week
                )
            )
        weeks = (weeks[args.week - 1],)
    elif not args.all:
        current = week_start_of(today, schedule.settings.week_start)
        this = tuple(w for w in weeks if w.start == current)
        weeks = this or tuple(w for w in weeks if w.start > current)[:1] or weeks[-1:]
    print_schedule(replace(schedule, weeks=weeks), name=snap.name, done=done)
    return 0


def make_schedule(args: argparse.Namespace) -> tuple[Schedule, str, tuple[Fix, ...]]:
    """Catalog path + arguments -> (schedule, exam id, fixes if it does not fit); user
    mistakes: CliError (status 2).

    The plan is made by the services' one plan builder, as in the app's wizard.
    """
    from planner.catalog import CatalogError, load_catalog
    from planner.core.catalog import Cloud
    from planner.services.builder import PlanChoices, build_preview, exam_for_path, fixes_for
    from planner.services.clock import default_clock, today_in

    try:
        loaded = load_catalog(data_dir(args, create=False))
    except CatalogError as exc:
        raise CliError(str(exc)) from exc
    for skipped in loaded.skipped_files:
        warning = translate("cli", "study-planner: warning: catalog file {0} has errors; skipped")
        print(warning.format(skipped), file=sys.stderr)
    catalog = args.loaded_catalog = loaded.catalog  # the plan keeps what it was made from
    timezone = args.tz or local_zone_name()
    if args.start is None:
        args.start = first_study_day(args.days, tuple(args.off), timezone)
    try:
        cloud = Cloud(args.cloud) if args.cloud else None
        choice = exam_for_path(
            catalog, args.path, cloud, args.exam_date or args.start, args.exam_language
        )
    except PlanInputError as exc:
        raise CliError(str(exc), status=2) from exc
    choices = PlanChoices(
        path_id=args.path,
        certification_id=choice.certification.id,
        start=args.start,
        hours_per_week=args.hours_per_week,
        cloud=cloud or catalog.paths[args.path].default_cloud,
        exam_date=args.exam_date,
        prep_weeks=args.prep_weeks,
        study_days=args.days,
        session_start=args.session_start,
        max_session_hours=args.max_session,
        days_off=tuple(args.off),
        timezone=timezone,
        week_start=args.week_start,
        add=tuple(args.add),
        drop=tuple(args.drop),
        include_optional=not args.skip_optional,
        note=choice.note,
        review_share=_review_share(args),
        today=today_in(default_clock(), timezone),
    )
    preview = build_preview(catalog, choices)
    if preview.schedule is None:
        raise CliError(preview.error, status=2)
    fixes = fixes_for(catalog, choices, preview.schedule)
    return preview.schedule, choice.certification.id, fixes


def first_study_day(days: frozenset[int], off: tuple[DateRange, ...], timezone: str) -> date:
    """Today in ``timezone``, or the next day that is a study day and not a day off."""
    from datetime import timedelta

    from planner.services.clock import default_clock, today_in

    day = today_in(default_clock(), timezone)
    for _ in range(366):
        if day.weekday() in days and not any(r.first <= day <= r.last for r in off):
            return day
        day += timedelta(days=1)
    return today_in(default_clock(), timezone)


def _h(value: float) -> str:
    return f"{value:g}"


def schedule_to_json(schedule: Schedule, done: frozenset[str] | None = None) -> dict[str, Any]:
    """The schedule as JSON-ready data (the stored form, plus the settings at top level).

    With ``done`` (a stored plan), each item, and each item of a week or a session, says
    whether it is done.
    """
    from planner.core.codec import schedule_to_dict

    data = schedule_to_dict(schedule)
    settings = data["settings"]
    top = {
        key: settings[key]
        for key in ("start", "hours_per_week", "study_days", "session_start", "timezone")
    }
    if done is not None:
        for item in data["items"]:
            item["done"] = item["key"] in done
        for part in (*data["weeks"], *data["sessions"]):
            for entry in part.get("allocations", part.get("items", [])):
                entry["done"] = entry["item"] in done
    return {**top, "exam": schedule.settings.exam_name, **data}


def _mark(key: str, done: frozenset[str] | None) -> str:
    return "[x] " if done and key in done else "[ ] "


def print_schedule(
    schedule: Schedule,
    *,
    name: str = "",
    out: TextIO | None = None,
    done: frozenset[str] | None = None,
) -> None:
    """The week-by-week table: each week's capacity, planned hours, work and milestones."""
    out = out or sys.stdout
    s = schedule.settings
    titles = {it.key: f"{it.shown_group} · {it.shown_title}" for it in schedule.items}
    days = ",".join(WEEKDAY_NAMES[i] for i in sorted(s.study_days))
    print(
        translate("cli", "Plan: {0}").format(name) if name else translate("cli", "Plan"), file=out
    )
    print(
        translate("cli", "{0} h/week on {1} from {2} ({3}), starting {4}").format(
            _h(s.hours_per_week), days, f"{s.session_start:%H:%M}", s.timezone, s.start
        ),
        file=out,
    )
    from planner.core.scheduler import weekly_capacity

    real = weekly_capacity(s)
    if real != s.hours_per_week:
        print(
            translate(
                "cli", "(a full week holds {0} h: each day's share is whole quarter hours)"
            ).format(_h(real)),
            file=out,
        )
    print(file=out)
    week_of, capacity = translate("cli", "week of"), translate("cli", "capacity")
    planned, work = translate("cli", "planned"), translate("cli", "work")
    print(f"{week_of:<10}  {capacity:>8}  {planned:>7}  {work}", file=out)
    for w in schedule.weeks:
        lines = [
            f"{_mark(a.item_key, done)}{titles[a.item_key]} ({_h(a.hours)} h)  [{a.item_key}]"
            if done is not None
            else f"{titles[a.item_key]} ({_h(a.hours)} h)"
            for a in w.allocations
        ]
        lines += [f"» {m.shown_title} ({m.day})" for m in w.milestones]
        head = f"{w.start.isoformat():<10}  {_h(w.capacity) + ' h':>8}  {_h(w.hours) + ' h':>7}"
        print(f"{head}  {lines[0] if lines else '—'}", file=out)
        for line in lines[1:]:
            print(f"{'':<31}{line}", file=out)
    total = sum(it.hours for it in schedule.items)
    print(file=out)
    summary = plural("cli", "{0} h in %n session(s)", len(schedule.sessions)).format(_h(total))
    if schedule.end_date:
        summary += " · " + translate("cli", "last session {0}").format(schedule.end_date)
    if schedule.exam_date:
        summary += " · " + translate("cli", "exam {0}").format(schedule.exam_date)
    print(summary, file=out)
    for warning in schedule.warnings:
        print(translate("cli", "warning: {0}").format(said(warning)), file=out)


def print_does_not_fit(diagnosis: Any, fixes: Any, *, saved_nothing: bool) -> None:
    """Why a plan does not fit, and every fix, smallest change first (on stderr)."""
    if saved_nothing:
        line = translate("cli", "study-planner: plan does not fit: {0}. Nothing was saved.")
    else:
        line = translate("cli", "study-planner: plan does not fit: {0}.")
    print(line.format(said(diagnosis)), file=sys.stderr)
    for fix in fixes:
        print(translate("cli", "  fix: {0}").format(said(fix)), file=sys.stderr)
