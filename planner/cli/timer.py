"""The study timer from the command line: ``timer start | stop | status | cancel``.

The same timer as the app's (a row of the plans file, ``planner/services/timer.py``):
one started here shows in the app's status bar when it opens, and one started in the
app can be stopped here. Stop logs the time as one undoable ``LogHours``, as the
app's Stop timer does.
"""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import CliError, add_data_dir_option, print_json
from planner.cli.session import open_service
from planner.messages import translate


def register(sub: Any) -> None:
    p = sub.add_parser(
        "timer",
        help=translate(
            "cli-help", "time a study session: start, stop (logs the time), status, cancel"
        ),
        description=translate(
            "cli-help",
            "Time a study session. The timer is kept in your plans file, shared "
            "with the app; 'stop' logs the time to the nearest quarter hour (at least 15 "
            "minutes) as one undoable step.",
        ),
    )
    add_data_dir_option(p)
    verbs = p.add_subparsers(dest="timer_command", metavar="ACTION", required=True)

    s = verbs.add_parser(
        "start",
        help=translate(
            "cli-help",
            "start timing an item: timer start [PLAN] ITEM, or timer start [PLAN] --next",
        ),
    )
    s.add_argument(
        "words",
        nargs="*",
        metavar="[PLAN] ITEM",
        help=translate(
            "cli-help",
            "the item key as 'show' prints it, after the plan's number or name if not "
            "the plan used last",
        ),
    )
    s.add_argument(
        "--next",
        action="store_true",
        help=translate("cli-help", "the first module not done in today's or the next session"),
    )
    s.add_argument("--plan", dest="plan_option", help=translate("cli-help", "plan number or name"))
    add_data_dir_option(s)
    s.set_defaults(func=run_start)

    s = verbs.add_parser(
        "stop", help=translate("cli-help", "stop the timer and log the time studied")
    )
    add_data_dir_option(s)
    s.set_defaults(func=run_stop)

    s = verbs.add_parser(
        "status", help=translate("cli-help", "what the timer times, and for how long")
    )
    s.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(s)
    s.set_defaults(func=run_status)

    s = verbs.add_parser(
        "cancel", help=translate("cli-help", "stop the timer without logging anything")
    )
    add_data_dir_option(s)
    s.set_defaults(func=run_cancel)


def _elapsed(hours: float) -> str:
    minutes = int(hours * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _plan_and_item(args: argparse.Namespace) -> tuple[str | None, str | None]:
    words: list[str] = list(args.words)
    plan: str | None = args.plan_option
    if args.next:
        if len(words) > 1 or (words and plan is not None):
            raise CliError(
                translate("cli", "With --next, give at most the plan (the item is chosen)."), 2
            )
        return (words[0] if words else plan), None
    if not words:
        raise CliError(
            translate("cli", "Say which item to time (its key, as 'show' prints it) or --next."), 2
        )
    if len(words) > 2 or (len(words) == 2 and plan is not None):
        raise CliError(
            translate("cli", "Give the plan once and one item: timer start [PLAN] ITEM."), 2
        )
    if len(words) == 2:
        return words[0], words[1]
    return plan, words[0]


def run_start(args: argparse.Namespace) -> int:
    from planner.services.timer import next_item, start_timer

    plan_ref, item = _plan_and_item(args)
    args.plan = plan_ref  # so a plan named with other digits is looked up by name
    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        key = item if item is not None else next_item(svc, plan)
        timer = start_timer(svc, plan, key)
        name = svc.load(plan).name
    started = translate(
        "cli", "Timer started on “{0}” ({1}) in “{2}”. 'study-planner timer stop' logs the time."
    )
    print(started.format(timer.shown_title, key, name))
    return 0


def run_stop(args: argparse.Namespace) -> int:
    from planner.services.timer import stop_timer

    with open_service(args, write=True) as svc:
        timer, hours = stop_timer(svc)
        elapsed = timer.elapsed_hours(svc.clock.now())
    saved = translate(
        "cli", "Saved: Log {0:g} h on “{1}” ({2} timed). 'study-planner undo' takes it back."
    )
    print(saved.format(hours, timer.shown_title, _elapsed(elapsed)))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from planner.services.timer import logged_hours, running_timer

    with open_service(args, write=False) as svc:
        timer = running_timer(svc)
        now = svc.clock.now()
        plan_name = svc.load(timer.plan_id).name if timer is not None else None
    if timer is None:
        if args.json:
            print_json({"running": False})
        else:
            print(translate("cli", "No timer is running."))
        return 0
    elapsed = timer.elapsed_hours(now)
    if args.json:
        print_json(
            {
                "running": True,
                "plan": timer.plan_id,
                "plan_name": plan_name,
                "item": timer.item_key,
                "title": timer.title,
                "started": timer.started.isoformat(),
                "elapsed_hours": round(elapsed, 4),
                "hours_to_log": logged_hours(elapsed),
            }
        )
    else:
        line = translate("cli", "Timer: studying “{0}” in “{1}” · {2} (stop logs {3:g} h)")
        print(line.format(timer.shown_title, plan_name, _elapsed(elapsed), logged_hours(elapsed)))
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    from planner.services.timer import cancel_timer, running_timer

    with open_service(args, write=True) as svc:
        timer = running_timer(svc)
        cancel_timer(svc)
    if timer is None:
        print(translate("cli", "No timer is running."))
    else:
        print(
            translate("cli", "Timer on “{0}” cancelled; nothing was logged.").format(
                timer.shown_title
            )
        )
    return 0
