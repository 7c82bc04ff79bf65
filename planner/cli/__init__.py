"""The ``study-planner`` command: the GUI without a subcommand, headless jobs with one.

Each group of subcommands lives in its own module here and exposes
``register(subparsers)``; handlers take the parsed arguments and return an exit
status. Every :class:`~planner.errors.PlannerError` (user mistakes raise
:class:`~planner.cli.common.CliError`) becomes one line on stderr with a non-zero
status, never a traceback. Anything else is a bug: its traceback goes to the log
file in the data folder (:mod:`planner.logs`) and the user gets one line saying
where it is, with exit status 70. Heavy imports (SQLAlchemy, Qt,
icalendar) happen inside handlers so that ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from planner import APP_NAME, __version__
from planner.cli.common import os_error_message
from planner.errors import InternalError, PlannerError, short_reason

PROG = "study-planner"
EXIT_INTERNAL = 70  # EX_SOFTWARE in BSD's sysexits.h: a bug in the program, not in its input

# Modules that add subcommands, in the order their commands appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "planner.cli.info",
    "planner.cli.catalog",
    "planner.cli.plan",
    "planner.cli.edit",
    "planner.cli.progress",
    "planner.cli.alerts",
    "planner.cli.calendar",
    "planner.cli.backups",
    "planner.cli.readiness",
    "planner.cli.timer",
)


class _Parser(argparse.ArgumentParser):
    """Reports bad arguments as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=(
            f"{APP_NAME}: plan, schedule and track your path to a machine-learning-engineer "
            "certification. Run without a command to open the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for your plans and backups (default: $STUDY_PLANNER_DATA_DIR, "
        "else the platform's app-data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from planner.ui.app import main as gui_main

        return gui_main(data_dir=args.data_dir)
    _set_up_log(args)
    if not getattr(args, "json", False):
        from planner.translations import use_language

        use_language()  # human output in the locale's language; --json stays English
    try:
        status: int = args.func(args)
    except PlannerError as exc:
        if isinstance(exc, InternalError) and not exc.logged:  # a bug a lower layer caught
            _log_unexpected(exc, args)
        print(f"{PROG}: {exc}", file=sys.stderr)
        return _status_of(exc)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 1
    except OSError as exc:  # safety net: a disk or folder failure nobody foresaw
        print(f"{PROG}: {os_error_message(exc, 'Failed')}", file=sys.stderr)
        return 1
    except Exception as exc:
        # A bug (a database integrity error from our own logic included): its traceback
        # goes to the log file, the user gets one line that says where it is.
        path = _log_unexpected(exc, args)
        print(f"{PROG}: {InternalError(short_reason(exc), path)}", file=sys.stderr)
        return EXIT_INTERNAL
    return status


def _set_up_log(args: argparse.Namespace) -> None:
    """Point the log at the data folder; only a command that runs pays for ``logging``."""
    from planner.config import resolve_data_dir
    from planner.logs import setup

    with contextlib.suppress(Exception):  # no usable folder: the command itself will say so
        setup(resolve_data_dir(getattr(args, "data_dir", None)))


def _log_unexpected(exc: BaseException, args: argparse.Namespace) -> object | None:
    """Log ``exc`` with its traceback; the log file's path, or None if it cannot be written."""
    from planner.logs import current_path, unexpected

    path = current_path()
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # the bug came before the folder
        return unexpected(exc, f"running '{PROG} {args.command}'")
    except Exception:  # no folder can hold the log: the one line must do
        return None


def _status_of(exc: PlannerError) -> int:
    status = getattr(exc, "status", None)
    if isinstance(status, int) and not isinstance(status, bool):
        return status
    return EXIT_INTERNAL if isinstance(exc, InternalError) else 1
