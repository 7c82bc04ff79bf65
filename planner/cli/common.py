"""Helpers shared by the CLI's command modules."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.config import DataDirError, ensure_data_dir, resolve_data_dir
from planner.errors import PlannerError
from planner.messages import translate


class CliError(PlannerError):
    """A user-facing failure: printed as one line, exits with ``status``."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def os_error_message(exc: OSError, doing: str) -> str:
    """One sentence for a failure of the operating system, e.g. a full disk.

    ``doing`` is English, marked with ``QT_TRANSLATE_NOOP("cli", …)`` where it is written.
    The system's own reason (``strerror``) stays as the system words it.
    """
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate(
            "cli", "Your disk is full; nothing was saved. Free some space and try again."
        )
    doing = translate("cli", doing)
    if exc.errno == errno.EROFS:
        return translate("cli", "{0}: the disk is read-only; nothing was saved.").format(doing)
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{doing}: {exc.strerror or exc}{where}."


def data_dir(args: argparse.Namespace, *, create: bool = True) -> Path:
    """The data folder chosen on the command line or in the environment."""
    path = resolve_data_dir(getattr(args, "data_dir", None))
    if not create:
        return path
    try:
        return ensure_data_dir(path)
    except DataDirError as exc:
        raise CliError(str(exc)) from exc


def print_json(payload: Any) -> None:
    json.dump(payload, sys.stdout, indent=2, ensure_ascii=False, sort_keys=False)
    sys.stdout.write("\n")


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--data-dir`` follow the subcommand too (``study-planner plans --data-dir D``)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate("cli-help", "folder for your plans and backups"),
    )


def add_plan_argument(
    parser: argparse.ArgumentParser, help_text: str | None = None, *, required: bool = False
) -> None:
    """The ``PLAN`` positional: a plan by number or name, optional unless ``required``.
    ``help_text`` replaces the usual help (pass it as a literal ``translate(...)``)."""
    parser.add_argument(
        "plan",
        nargs=None if required else "?",
        metavar="PLAN",
        help=help_text or translate("cli-help", "plan number or name (default: last)"),
    )


def add_plan_option(parser: argparse.ArgumentParser) -> None:
    """``--plan``: a plan by number or name, by default the one used last."""
    parser.add_argument(
        "--plan", help=translate("cli-help", "plan number or name (default: the plan used last)")
    )


def iso_day(text: str, problem: str) -> date:
    """``text`` as an ISO date (an argparse ``type``); if it is none, argparse's error is
    ``problem`` with ``text`` for ``{0}``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem.format(text)) from None


def said(thing: Any) -> str:
    """What a lower layer says (a warning, a fix, a diagnosis): its English ``message``
    word for word in English, its ``text`` message in another language."""
    text = getattr(thing, "text", None)
    return str(thing.message) if text is None or english() else str(text)


def english() -> bool:
    """True when the command line speaks English (no translation installed)."""
    from planner.core import messages

    return messages._backend is None
