"""The ``study-planner`` command: the GUI without a subcommand, headless jobs with one.

Each group of subcommands lives in its own module here and exposes
``register(subparsers)``; handlers take the parsed arguments and return an exit
status. User mistakes raise :class:`CliError` and become one line on stderr
with a non-zero status, never a traceback. Heavy imports (SQLAlchemy, Qt,
icalendar) happen inside handlers so that ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from planner import APP_NAME, __version__
from planner.cli.common import CliError, os_error_message

PROG = "study-planner"

# Modules that add subcommands, in the order their commands appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "planner.cli.info",
    "planner.cli.catalog",
    "planner.cli.plan",
    "planner.cli.progress",
    "planner.cli.calendar",
    "planner.cli.backups",
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
    try:
        status: int = args.func(args)
    except CliError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.status
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
        # Safety net for database failures that escaped the storage layer's own handling.
        if not _is_database_error(exc):
            raise
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(
            f"{PROG}: Your plans file could not be used ({reason}); nothing was saved.",
            file=sys.stderr,
        )
        return 1
    return status


def _is_database_error(exc: Exception) -> bool:
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        return True
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.OperationalError)
