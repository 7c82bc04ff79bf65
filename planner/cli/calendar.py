"""Calendar commands: ``export`` (.ics that updates on re-import), ``import-busy`` and
``sync`` (two-way, with a CalDAV calendar)."""

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

    p = sub.add_parser(
        "sync",
        help="two-way sync with a CalDAV calendar (Nextcloud, Radicale, Fastmail, …)",
        description=(
            "Send the plan's sessions, milestones and exam to a CalDAV calendar, update what "
            "changed and delete what the plan dropped (only events it sent). A session whose "
            "title you mark with ✓ or 'done' on another device ticks its modules here."
        ),
    )
    p.add_argument("plan", nargs="?", metavar="PLAN", help="plan number or name (default: last)")
    p.add_argument(
        "--caldav",
        metavar="URL",
        help="the calendar's address, e.g. "
        "https://cloud.example.org/remote.php/dav/calendars/me/study/ "
        "(default: the one this plan synced with before)",
    )
    p.add_argument(
        "--user", metavar="USER", help="your user name on the server (default: as last time)"
    )
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help="read the password from the first line of FILE (else it is asked for)",
    )
    p.add_argument(
        "--create", action="store_true", help="create the calendar if there is none at URL"
    )
    p.add_argument(
        "--status",
        action="store_true",
        help="list the files and calendars this plan was written to; change nothing",
    )
    p.add_argument(
        "--off",
        action="store_true",
        help="stop syncing with the calendar (its events stay there; the next sync starts anew)",
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_sync)


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
    print(f"Times computed with the zone rules of {outcome.zone_rules}.")
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
    if outcome.days_changed:
        print(f"{verb}: {outcome.days_changed} study days have less time.")
    else:
        print(
            f"{verb}: no study time falls on them today; busy times later in the day now "
            "bound how long those sessions may grow."
        )
    if r.old_exam_date != r.exam_date and r.exam_date is not None:
        print(f"Exam date: {r.old_exam_date} → {r.exam_date} ({r.exam_shift_days:+d} days)")
    if r.hours_per_week_needed is not None:
        print(f"Keeping the exam date needs {r.hours_per_week_needed:g} h/week.")
    for m in r.moves[:20]:
        print(f"  {m.title} ({m.key}): finishes {m.new_end.isoformat()} ({m.days:+d} days)")
    if len(r.moves) > 20:
        print(f"  … and {len(r.moves) - 20} more")
    return 0


def _password(args: argparse.Namespace) -> str:
    import getpass
    import sys

    from planner.services.sync import SyncError, read_password_file

    if args.password_file:
        try:
            return read_password_file(args.password_file)
        except SyncError as exc:
            raise CliError(str(exc)) from exc
    if not sys.stdin.isatty():
        raise CliError("Give the password with --password-file FILE (no terminal to ask in).")
    try:
        return getpass.getpass(f"Password for {args.user}: ")
    except (EOFError, OSError) as exc:
        raise CliError("No password given; nothing was changed.") from exc


def run_sync(args: argparse.Namespace) -> int:
    from planner.services.sync import (
        SyncError,
        forget_calendar,
        list_targets,
        remembered_calendar,
        sync_plan,
    )

    if args.status:
        with open_service(args, write=False) as svc:
            plan = svc.resolve(args.plan)
            targets = list_targets(svc, plan)
        if not targets:
            print("This plan has not been exported or synced yet.")
        for t in targets:
            where = t.location or "(a file exported before paths were kept)"
            kind = "calendar" if t.kind == "caldav" else "file"
            user = f" as {t.username}" if t.username else ""
            when = f", last written {t.written_at:%Y-%m-%d %H:%M} UTC" if t.written_at else ""
            print(f"{kind} {where}{user}: {t.events} events{when}")
        return 0
    try:
        with open_service(args, write=True) as svc:
            plan = svc.resolve(args.plan)
            url, user = args.caldav, args.user
            if args.off:
                if url is None:
                    url = remembered_calendar(svc, plan).location
                count = forget_calendar(svc, plan, url)
                print(
                    f"No longer syncing with {url} ({count} events forgotten; they stay "
                    "in that calendar)."
                )
                return 0
            if url is None:
                remembered = remembered_calendar(svc, plan)
                url, user = remembered.location, user or remembered.username
            elif user is None:
                wanted = url if url.endswith("/") else url + "/"
                known = [t.username for t in list_targets(svc, plan) if t.location == wanted]
                if not known or not known[0]:
                    raise CliError("Give your user name on the server with --user.")
                user = known[0]
            args.user = user
            password = _password(args)
            outcome = sync_plan(svc, plan, url, user, password, create=args.create)
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    if outcome.created_calendar:
        print(f"Created the calendar {outcome.url}.")
    if outcome.ticked:
        print(f"Ticked from the calendar: {', '.join(outcome.ticked)}.")
    print(
        f"Synced with {outcome.url}: {outcome.sent_new} new, {outcome.sent_changed} changed, "
        f"{outcome.unchanged} unchanged, {outcome.deleted} deleted, "
        f"{outcome.restored} sent again after a deletion there "
        f"(changes found by {outcome.method})."
    )
    if outcome.conflicts:
        print(
            f"{outcome.conflicts} event(s) changed on the server during the sync: a done mark "
            "there was taken over, then the plan's version was written."
        )
    print(f"Times computed with the zone rules of {outcome.zone_rules}.")
    return 0
