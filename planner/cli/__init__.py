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
from planner.cli import argparse_words
from planner.cli.common import os_error_message
from planner.errors import InternalError, PlannerError, short_reason
from planner.messages import QT_TRANSLATE_NOOP, translate

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
        line = translate("cli", "{0}: error: {1} (see '{0} --help')").format(self.prog, message)
        self.exit(2, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the language :mod:`planner.messages` speaks now."""
    parser = _Parser(
        prog=PROG,
        description=translate(
            "cli-help",
            "{0}: plan, schedule and track your path to a machine-learning-engineer "
            "certification. Run without a command to open the app.",
        ).format(APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=argparse_words.version_help(),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "cli-help",
            "folder for your plans and backups (default: $STUDY_PLANNER_DATA_DIR, "
            "else the platform's app-data folder)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # argparse takes "--js" for "--json" too (the only option that starts so).
    machine = any(len(w) > 2 and "--json".startswith(w) for w in words)
    if words and not machine:
        from planner.translations import DEFAULT, use_language

        # Human output, --help and the error lines of bad arguments in the locale's
        # language; --json stays English.
        argparse_words.speak(use_language() != DEFAULT)
    else:
        _english()
        argparse_words.speak(False)
    args = build_parser().parse_args(words)
    if args.command is None:
        from planner.ui.app import main as gui_main

        return gui_main(data_dir=args.data_dir)
    _set_up_log(args)
    try:
        status: int = args.func(args)
    except PlannerError as exc:
        if isinstance(exc, InternalError) and not exc.logged:  # a bug a lower layer caught
            _log_unexpected(exc, args)
        print(_error_line(exc), file=sys.stderr)
        return _status_of(exc)
    except KeyboardInterrupt:
        print(translate("cli", "{0}: interrupted").format(PROG), file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 1
    except OSError as exc:  # safety net: a disk or folder failure nobody foresaw
        failed = os_error_message(exc, QT_TRANSLATE_NOOP("cli", "Failed"))
        print(_error_line(failed), file=sys.stderr)
        return 1
    except Exception as exc:
        # A bug (a database integrity error from our own logic included): its traceback
        # goes to the log file, the user gets one line that says where it is.
        path = _log_unexpected(exc, args)
        print(_error_line(InternalError(short_reason(exc), path)), file=sys.stderr)
        return EXIT_INTERNAL
    return status


def _error_line(error: object) -> str:
    """The one line on stderr for a failure: "study-planner: …" ("…: Fehler: …" in German)."""
    return translate("cli", "{0}: {1}").format(PROG, error)


def _english() -> None:
    """No translation: the app (no command) chooses its own language; --json is English."""
    from planner.messages import set_backend

    set_backend(None)


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
