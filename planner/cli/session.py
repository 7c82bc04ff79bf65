"""Opening the plans file for a command, with plain-words failures.

Commands that change something take the data folder's instance lock, so they
never write behind the back of a running app; commands that only read don't.
SQLAlchemy and the services load only when a command opens the plans file, so
``--help`` and the app's start through ``study-planner`` stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import CliError, data_dir, os_error_message
from planner.messages import QT_TRANSLATE_NOOP, translate
from planner.text import shown

if TYPE_CHECKING:
    from planner.services.plans import PlanService

# How long a command that changes something waits for another such command to finish.
WRITER_WAIT = 5.0


@contextmanager
def writer_lock(args: argparse.Namespace) -> Iterator[None]:
    from planner.storage.lock import COMMAND_HOLDER, InstanceLock, LockedError

    try:
        lock = InstanceLock(data_dir(args), COMMAND_HOLDER).acquire(wait=WRITER_WAIT)
    except LockedError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(
            os_error_message(exc, QT_TRANSLATE_NOOP("cli", "Cannot use the data folder"))
        ) from exc
    try:
        yield
    finally:
        lock.release()


@contextmanager
def open_service(
    args: argparse.Namespace, *, write: bool, warn_backup: bool = True
) -> Iterator[PlanService]:
    """A :class:`PlanService` for the command's data folder; errors become :class:`CliError`.

    A failed automatic backup is a warning on stderr (unless ``warn_backup`` is false,
    for a command that takes a backup itself and reports its own failure).
    """
    from planner.services.plans import PlanService, ServiceError
    from planner.storage import StorageError

    with writer_lock(args) if write else _nothing():
        try:
            service = PlanService(data_dir(args))
        except StorageError as exc:  # damaged, newer, unreadable: already explained
            raise CliError(shown(exc, 600)) from exc
        except OSError as exc:
            raise CliError(
                os_error_message(exc, QT_TRANSLATE_NOOP("cli", "Cannot open your plans"))
            ) from exc
        if service.backup_problem and warn_backup:
            warning = translate("cli", "study-planner: warning: {0}")
            print(warning.format(service.backup_problem), file=sys.stderr)
        try:
            _plain_plan_number(args, service)
            yield service
        except ServiceError as exc:
            raise CliError(shown(exc, 600)) from exc
        except StorageError as exc:
            raise CliError(_with_backup(shown(exc, 600), service.data_dir)) from exc
        finally:
            service.close()


def _plain_plan_number(args: argparse.Namespace, service: PlanService) -> None:
    """A plan given as other digits ("²", "٣") is a name, not a number: look it up as one."""
    text = getattr(args, "plan", None)
    if not isinstance(text, str) or not text.strip().isdigit() or text.strip().isascii():
        return
    wanted = text.strip().casefold()
    names = service.list_plans(include_archived=True)
    exact = [p for p in names if p.name.casefold() == wanted]
    found = exact or [p for p in names if p.name.casefold().startswith(wanted)]
    if len(found) != 1:
        raise CliError(no_plan_called(shown(text, 80)))
    args.plan = str(found[0].id)


def _with_backup(message: str, folder: Path) -> str:
    """A failure met mid-way in the plans file names the newest good backup to restore."""
    from planner.storage.backups import newest_good_backup

    if "restore" in message:
        return message
    try:
        good = newest_good_backup(folder)
    except Exception:  # naming a backup is a courtesy; the message stands without it
        return message
    if good is None:
        return message
    more = translate(
        "cli", "The newest good backup is {0}; 'study-planner restore {0}' brings it back."
    )
    return f"{message} {more.format(good.id)}"


def no_plan_called(name: str) -> str:
    return translate("cli", "No plan called '{0}'. 'study-planner plans' lists them.").format(name)


@contextmanager
def _nothing() -> Iterator[None]:
    yield
