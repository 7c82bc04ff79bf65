"""Calendar commands: ``export`` (.ics that updates on re-import), ``import-busy`` and
``sync`` (two-way, with a CalDAV calendar)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import CliError, add_data_dir_option, add_plan_argument, english
from planner.cli.session import open_service
from planner.messages import translate

if TYPE_CHECKING:
    from planner.services.plans import PlanService
    from planner.services.sync import SyncOutcome

PARTS = ("sessions", "milestones", "exam")


def _parts(text: str) -> frozenset[str]:
    chosen = {p.strip().lower() for p in text.split(",") if p.strip()}
    unknown = chosen - set(PARTS)
    if unknown or not chosen:
        message = translate("cli", "choose from {0} (got {1})")
        raise argparse.ArgumentTypeError(message.format(",".join(PARTS), repr(text)))
    return frozenset(chosen)


def _ics_path(text: str) -> Path:
    if not text.strip():
        message = translate("cli", "give a file name for the calendar, e.g. study.ics")
        raise argparse.ArgumentTypeError(message)
    return Path(text)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export", help=translate("cli-help", "write the schedule to an .ics calendar file")
    )
    add_plan_argument(p)
    p.add_argument(
        "--ics",
        required=True,
        type=_ics_path,
        metavar="FILE",
        help=translate("cli-help", "the .ics file to write"),
    )
    p.add_argument(
        "--what",
        type=_parts,
        default=frozenset(PARTS),
        metavar="PARTS",
        help=translate("cli-help", "what to include: sessions,milestones,exam (default: all)"),
    )
    p.add_argument(
        "--alarms",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=translate("cli-help", "reminders a week and a day before the exam (default: on)"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("cli-help", "replace the file even if it is read-only"),
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser(
        "import-busy",
        help=translate("cli-help", "read your calendar's busy days into the plan and re-plan"),
    )
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=translate("cli-help", "an .ics file of your commitments"),
    )
    add_plan_argument(p)
    p.add_argument(
        "--keep",
        choices=("exam-date", "hours"),
        help=translate(
            "cli-help", "keep the exam date or the hours per week (default: the exam date if set)"
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show what would change, save nothing"),
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_import_busy)

    p = sub.add_parser(
        "sync",
        help=translate(
            "cli-help", "two-way sync with a CalDAV calendar (Nextcloud, Radicale, Fastmail, …)"
        ),
        usage=(
            "study-planner sync setup URL --user USER [--password-file FILE] [--create] "
            "[--tasks] [PLAN]\n"
            "       study-planner sync [--password-file FILE] [PLAN]\n"
            "       study-planner sync status [PLAN]\n"
            "       study-planner sync off [PLAN]"
        ),
        description=(
            translate(
                "cli-help",
                "Send the plan's sessions, milestones and exam to a CalDAV calendar, update what "
                "changed and delete what the plan dropped (only events it sent). A session whose "
                "title you mark with ✓ or 'done' on another device ticks its modules here; with "
                "--tasks each module is also a task there, and completing it ticks the module. "
                "'setup' syncs once to check the address and password, then remembers both (the "
                "password in the system keyring, if there is one); 'sync' alone syncs again; "
                "'status' shows the setup; 'off' stops syncing (the events stay there).",
            )
        ),
    )
    p.add_argument(
        "words",
        nargs="*",
        metavar="[setup URL | status | off] [PLAN]",
        help=translate(
            "cli-help",
            "what to do (default: sync now) and the plan: number or name (default: last)",
        ),
    )
    p.add_argument(
        "--user", metavar="USER", help=translate("cli-help", "your user name on the server (setup)")
    )
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate(
            "cli-help",
            "read the password from the first line of FILE (else the system keyring, "
            "else it is asked for)",
        ),
    )
    p.add_argument(
        "--create",
        action="store_true",
        help=translate("cli-help", "create the calendar if there is none at URL"),
    )
    p.add_argument(
        "--tasks",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "cli-help",
            "also send each module as a task (VTODO) that can be completed on the phone "
            "(setup; default: off, or as before when setting up the same calendar again)",
        ),
    )
    p.add_argument(
        "--no-remember",
        dest="remember",
        action="store_false",
        help=translate("cli-help", "do not store the password in the system keyring (setup)"),
    )
    # The first form of the command, kept for scripts: --caldav URL, --status, --off.
    p.add_argument("--caldav", metavar="URL", help=argparse.SUPPRESS)
    p.add_argument("--status", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--off", action="store_true", help=argparse.SUPPRESS)
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
            force = translate("cli", "Add --force to replace it anyway.")
            raise CliError(f"{exc} {force}") from exc
    st = outcome.stats
    wrote = translate(
        "cli",
        "Wrote {0} events to {1} ({2} new, {3} changed, {4} unchanged, {5} cancelled). "
        "Import it again after changes: events update instead of duplicating.",
    )
    cancelled = st.cancelled + st.still_cancelled
    print(wrote.format(outcome.events, outcome.path, st.new, st.changed, st.unchanged, cancelled))
    print(zone_rules_line(outcome.zone_rules))
    return 0


def run_import_busy(args: argparse.Namespace) -> int:
    from planner.core.progress import ReplanMode
    from planner.services.calendar import import_busy

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CliError(cannot_read(args.file, exc)) from exc
    mode = None
    if args.keep:
        mode = ReplanMode.KEEP_EXAM if args.keep == "exam-date" else ReplanMode.KEEP_HOURS
    with open_service(args, write=not args.dry_run) as svc:
        plan = svc.resolve(args.plan)
        outcome = import_busy(svc, plan, data, mode=mode, apply=not args.dry_run)
    busy = outcome.busy
    read = translate("cli", "Read {0} busy events over {1} days.")
    print(read.format(busy.events_used, len(busy.days)))
    for skipped in busy.skipped:
        print(translate("cli", "skipped: {0}").format(skipped))
    if outcome.preview is None:
        print(
            translate(
                "cli",
                "Your study time already leaves room for them (none falls in it, or they were "
                "imported before); the plan is unchanged.",
            )
        )
        return 0
    r = outcome.preview.result
    applied = outcome.preview.applied
    if outcome.days_changed:
        if applied:
            line = translate("cli", "Re-planned: {0} study days have less time.")
        else:
            line = translate("cli", "Would re-plan: {0} study days have less time.")
        print(line.format(outcome.days_changed))
    elif applied:
        print(
            translate(
                "cli",
                "Re-planned: no study time falls on them today; busy times later in the day "
                "now bound how long those sessions may grow.",
            )
        )
    else:
        print(
            translate(
                "cli",
                "Would re-plan: no study time falls on them today; busy times later in the day "
                "now bound how long those sessions may grow.",
            )
        )
    if r.old_exam_date != r.exam_date and r.exam_date is not None:
        shift = translate("cli", "Exam date: {0} → {1} ({2:+d} days)")
        print(shift.format(r.old_exam_date, r.exam_date, r.exam_shift_days))
    if r.hours_per_week_needed is not None:
        needs = translate("cli", "Keeping the exam date needs {0:g} h/week.")
        print(needs.format(r.hours_per_week_needed))
    for m in r.moves[:20]:
        move = translate("cli", "  {0} ({1}): finishes {2} ({3:+d} days)")
        print(move.format(m.shown_title, m.key, m.new_end.isoformat(), m.days))
    if len(r.moves) > 20:
        print(translate("cli", "  … and {0} more").format(len(r.moves) - 20))
    return 0


def cannot_read(path: Path, exc: OSError) -> str:
    return translate("cli", "Cannot read {0}: {1}.").format(path, exc.strerror or exc)


def zone_rules_line(rules: str) -> str:
    from planner.ical.zones import rules_message

    line = translate("cli", "Times computed with the zone rules of {0}.")
    return line.format(rules if english() else str(rules_message(rules)))


# Exit statuses of a sync that failed for a reason a script may want to tell apart
# (sysexits.h): the server is away, try later; the password or user name is wrong.
EXIT_OFFLINE = 75  # EX_TEMPFAIL
EXIT_AUTH = 77  # EX_NOPERM


def _file_password(args: argparse.Namespace) -> str | None:
    from planner.services.sync import SyncError, read_password_file

    if not args.password_file:
        return None
    try:
        return read_password_file(args.password_file)
    except SyncError as exc:
        raise CliError(str(exc)) from exc


def _ask_password(username: str, url: str, why: str = "", status: int = 1) -> str:
    """Ask on the terminal; without one, say in one line how to give the password."""
    import getpass
    import sys

    if not sys.stdin.isatty():
        give = translate(
            "cli",
            "Give the password of {0} at {1} with --password-file FILE "
            "(there is no terminal to ask in); nothing was changed.",
        )
        raise CliError(why + give.format(username, url), status=status)
    try:
        password = getpass.getpass(
            translate("cli", "Password of {0} at {1}: ").format(username, url)
        )
    except (EOFError, OSError) as exc:
        raise CliError(translate("cli", "No password given; nothing was changed.")) from exc
    if not password:
        raise CliError(translate("cli", "No password given; nothing was changed."))
    return password


def _sync_failed(exc: Exception) -> CliError:
    from planner.services.sync import SyncAuthFailed, SyncOffline

    status = 1
    if isinstance(exc, SyncOffline):
        status = EXIT_OFFLINE
    elif isinstance(exc, SyncAuthFailed):
        status = EXIT_AUTH
    return CliError(" ".join(str(exc).split()), status=status)


_ACTIONS = ("setup", "status", "off")


def _words(args: argparse.Namespace) -> tuple[str, str | None, str | None]:
    """(action, URL, PLAN) from ``sync [setup URL | status | off] [PLAN]``."""
    words = list(args.words)
    action = "sync"
    if words and words[0] in _ACTIONS:
        action = words.pop(0)
    url = None
    if action == "setup":
        if not words:
            raise CliError(
                translate("cli", "Give the calendar's address: sync setup URL --user USER."),
                status=2,
            )
        url = words.pop(0)
    if len(words) > 1:
        many = translate("cli", "Too many words: {0} (see --help).")
        raise CliError(many.format(repr(" ".join(args.words))), status=2)
    # The first form: --status, --off, --caldav URL.
    if args.status or args.off:
        if action != "sync":
            wrong = translate("cli", "--status and --off do not go with '{0}'.")
            raise CliError(wrong.format(action), status=2)
        action = "status" if args.status else "off"
    if args.caldav is not None:
        if action == "setup":
            raise CliError(translate("cli", "Give the address once: sync setup URL."), status=2)
        url = args.caldav
    return action, url, words[0] if words else None


def run_sync(args: argparse.Namespace) -> int:
    from planner.services.sync import SyncError

    action, url, plan_ref = _words(args)
    if action == "status":
        return _sync_status(args, plan_ref)
    try:
        if action == "off":
            return _sync_off(args, plan_ref, url)
        if action == "setup" or url is not None:
            return _sync_setup(args, plan_ref, url or "", keep_others=action != "setup")
        return _sync_now(args, plan_ref)
    except SyncError as exc:
        raise _sync_failed(exc) from exc


def _sync_setup(
    args: argparse.Namespace, plan_ref: str | None, url: str, *, keep_others: bool
) -> int:
    from planner.services.passwords import keyring_name, load_password
    from planner.services.sync import SyncAuthFailed, list_targets

    with open_service(args, write=True) as svc:
        plan = svc.resolve(plan_ref)
        user = args.user
        wanted = url if url.endswith("/") else url + "/"
        if user is None and keep_others:  # the first form: the user name of last time
            known = [t.username for t in list_targets(svc, plan) if t.location == wanted]
            user = known[0] if known and known[0] else None
        if not user:
            raise CliError(
                translate("cli", "Give your user name on the server with --user."), status=2
            )
        password = _file_password(args)
        stored = load_password(wanted, user) if password is None else None
        if password is None:
            password = stored or _ask_password(user, wanted)
        try:
            outcome = _set_up(args, svc, plan, url, user, password, keep_others=keep_others)
        except SyncAuthFailed as exc:
            if stored is None:
                raise
            password = _ask_password(user, wanted, why=_out_of_date(exc), status=EXIT_AUTH)
            outcome = _set_up(args, svc, plan, url, user, password, keep_others=keep_others)
    _print_outcome(outcome)
    if not keep_others:
        if outcome.password_stored:
            stored = translate("cli", "The password is stored in the system keyring ({0}).")
            print(stored.format(keyring_name()))
        elif args.remember:
            print(
                translate(
                    "cli",
                    "The password is not stored (there is no system keyring here): give it "
                    "with --password-file, or type it, at each sync.",
                )
            )
        print(translate("cli", "From now on 'study-planner sync' syncs again."))
    return 0


def _set_up(
    args: argparse.Namespace,
    svc: PlanService,
    plan: int,
    url: str,
    user: str,
    password: str,
    *,
    keep_others: bool,
) -> SyncOutcome:
    from planner.services.sync import set_up_sync, sync_calendar, sync_setup

    if keep_others:
        # The first form (sync --caldav URL): sync that calendar, keep any others.
        return sync_calendar(svc, plan, url, user, password, create=args.create)
    tasks = args.tasks
    if tasks is None:  # setting up the same calendar again keeps its choice
        current = sync_setup(svc, plan)
        wanted = url if url.endswith("/") else url + "/"
        tasks = current is not None and current.tasks and current.url == wanted
    return set_up_sync(
        svc,
        plan,
        url,
        user,
        password,
        create=args.create,
        tasks=tasks,
        remember=args.remember,
    )


def _sync_now(args: argparse.Namespace, plan_ref: str | None) -> int:
    from planner.services.passwords import save_password
    from planner.services.sync import PasswordNeeded, SyncAuthFailed, sync_now, sync_setup

    with open_service(args, write=True) as svc:
        plan = svc.resolve(plan_ref)
        setup = sync_setup(svc, plan)
        if setup is None:
            raise CliError(
                translate(
                    "cli",
                    "This plan does not sync with a calendar yet: set it up with "
                    "'study-planner sync setup URL --user USER'.",
                )
            )
        password = _file_password(args)
        try:
            outcome = sync_now(svc, plan, password)
        except PasswordNeeded as exc:
            password = _ask_password(setup.username, setup.url, why=f"{exc} ")
            outcome = sync_now(svc, plan, password)
        except SyncAuthFailed as exc:
            if password is not None:  # the one given was refused
                raise
            # The stored password was refused (changed on the server): ask for the new
            # one, and store it in its place if it works.
            password = _ask_password(
                setup.username, setup.url, why=_out_of_date(exc), status=EXIT_AUTH
            )
            outcome = sync_now(svc, plan, password)
            save_password(setup.url, setup.username, password)
    _print_outcome(outcome)
    return 0


def _sync_off(args: argparse.Namespace, plan_ref: str | None, url: str | None) -> int:
    from planner.services.sync import forget_calendar, stop_sync, sync_setup

    with open_service(args, write=True) as svc:
        plan = svc.resolve(plan_ref)
        if url is not None:  # the first form: sync --off --caldav URL
            count = forget_calendar(svc, plan, url)
        else:
            setup = sync_setup(svc, plan)
            url = setup.url if setup else translate("cli", "the calendar")
            count = stop_sync(svc, plan)
    line = translate(
        "cli", "No longer syncing with {0} ({1} events forgotten; they stay in that calendar)."
    )
    print(line.format(url, count))
    return 0


def _sync_status(args: argparse.Namespace, plan_ref: str | None) -> int:
    from planner.services.passwords import keyring_available, keyring_name, load_password
    from planner.services.sync import list_targets, shown_result, sync_setup

    with open_service(args, write=False) as svc:
        plan = svc.resolve(plan_ref)
        setup = sync_setup(svc, plan)
        targets = list_targets(svc, plan)
    if setup is None:
        print(
            translate(
                "cli",
                "Sync: off. Set it up with 'study-planner sync setup URL --user USER' "
                "(see 'study-planner sync --help').",
            )
        )
    else:
        if setup.last_synced_at:
            when = f"{setup.last_synced_at:%Y-%m-%d %H:%M} UTC"
        else:
            when = translate("cli", "never")
        if not keyring_available():
            stored = translate(
                "cli", "not stored (no system keyring here: give --password-file or type it)"
            )
        elif load_password(setup.url, setup.username) is not None:
            stored = translate("cli", "stored in the system keyring ({0})").format(keyring_name())
        else:
            stored = translate("cli", "not stored (it is asked for at each sync)")
        tasks = translate("cli", "each module is a task there") if setup.tasks else None
        rows = (
            (translate("cli", "Calendar:"), setup.url),
            (translate("cli", "User:"), setup.username),
            (translate("cli", "Password:"), stored),
            (translate("cli", "Tasks:"), tasks or translate("cli", "off")),
            (translate("cli", "Last sync:"), when),
            (translate("cli", "Last result:"), shown_result(setup) if setup.last_result else "-"),
        )
        width = max(len(label) for label, _ in rows) + 1
        for label, value in rows:
            print(f"{label:<{width}}{value}")
    if not targets:
        print(translate("cli", "This plan has not been exported or synced yet."))
        return 0
    print(translate("cli", "Written to:"))
    for t in targets:
        where = t.location or translate("cli", "(a file exported before paths were kept)")
        kind = translate("cli", "calendar") if t.kind == "caldav" else translate("cli", "file")
        user = translate("cli", " as {0}").format(t.username) if t.username else ""
        if t.written_at:
            written = translate("cli", ", last written {0} UTC").format(
                f"{t.written_at:%Y-%m-%d %H:%M}"
            )
        else:
            written = ""
        tasks_text = translate("cli", ", {0} tasks").format(t.tasks) if t.tasks else ""
        line = translate("cli", "  {0} {1}{2}: {3} events{4}{5}")
        print(line.format(kind, where, user, t.events, tasks_text, written))
    return 0


def _out_of_date(exc: Exception) -> str:
    """The start of the line when the password in the keyring was refused."""
    line = translate("cli", "{0} The password stored in the system keyring is out of date. ")
    return line.format(" ".join(str(exc).split()))


def _print_outcome(outcome: SyncOutcome) -> None:
    from planner.services.sync import method_text

    if outcome.created_calendar:
        print(translate("cli", "Created the calendar {0}.").format(outcome.url))
    if outcome.ticked:
        ticked = translate("cli", "Ticked from the calendar: {0}.")
        print(ticked.format(", ".join(outcome.ticked)))
    synced = translate(
        "cli",
        "Synced with {0}: {1} new, {2} changed, {3} unchanged, {4} deleted, "
        "{5} sent again after a deletion there (changes found by {6}).",
    )
    print(
        synced.format(
            outcome.url,
            outcome.sent_new,
            outcome.sent_changed,
            outcome.unchanged,
            outcome.deleted,
            outcome.restored,
            method_text(outcome.method),
        )
    )
    if outcome.conflicts:
        conflicts = translate(
            "cli",
            "{0} event(s) changed on the server during the sync: a done mark there was "
            "taken over, then the plan's version was written.",
        )
        print(conflicts.format(outcome.conflicts))
    print(zone_rules_line(outcome.zone_rules))
