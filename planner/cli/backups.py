"""Safety commands: backup, backups, restore, check."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from planner.cli.common import CliError, add_data_dir_option, data_dir, english
from planner.cli.session import open_service, writer_lock
from planner.messages import english_of, translate


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backup", help=translate("cli-help", "take a verified backup of your plans now")
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_backup)

    p = sub.add_parser("backups", help=translate("cli-help", "list the backups, newest first"))
    add_data_dir_option(p)
    p.set_defaults(func=run_backups)

    p = sub.add_parser(
        "restore",
        help=translate(
            "cli-help", "replace your plans with a backup (the current file is backed up first)"
        ),
    )
    p.add_argument(
        "backup_id",
        metavar="ID",
        help=translate("cli-help", "a backup's name from 'backups' (or its start)"),
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_restore)

    p = sub.add_parser(
        "check", help=translate("cli-help", "run SQLite's integrity and foreign-key checks")
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    with open_service(args, write=True, warn_backup=False) as svc:
        info = svc.backup("manual")
        _warn_future(svc.data_dir, svc.clock.now())
    written = translate("cli", "Backup {0} written to {1} ({2} KiB, verified).")
    print(written.format(info.id, info.path, info.size // 1024 or 1))
    return 0


def _warn_future(folder: Any, now: datetime) -> None:
    """One line when backups carry dates after today: the clock was (or is) wrong."""
    import sys

    from planner.storage.backups import future_backups

    ahead = future_backups(folder, now)
    if ahead:
        warning = translate(
            "cli",
            "study-planner: warning: {0} backup(s) are dated in the future (the computer's "
            "clock was wrong when they were taken); they are kept, and listed in the order "
            "they were taken.",
        )
        print(warning.format(len(ahead)), file=sys.stderr)


def run_backups(args: argparse.Namespace) -> int:
    from planner.storage.backups import is_good, kind_message, list_backups

    backups = list_backups(data_dir(args, create=False))
    if not backups:
        print(translate("cli", "No backups yet. 'study-planner backup' takes one."))
        return 0
    from planner.services.clock import default_clock

    now = default_clock().now()
    damaged = "  " + translate("cli", "DAMAGED")
    future = "  " + translate("cli", "(dated in the future)")
    for b in backups:
        good = "" if is_good(b.path) else damaged
        ahead = future if b.in_future(now) else ""
        local = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        kind = kind_message(b.reason)
        print(f"{b.id}  {local}  {kind}  {b.size // 1024 or 1} KiB{good}{ahead}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from planner.storage import StorageError
    from planner.storage.backups import restore_backup

    with writer_lock(args):
        try:
            from planner.services.clock import default_clock

            restored = restore_backup(data_dir(args), args.backup_id, default_clock().now())
        except StorageError as exc:
            raise CliError(str(exc)) from exc
    restored_line = translate("cli", "Restored {0}. Your previous plans file was backed up first.")
    print(restored_line.format(restored.id))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from planner.storage.backups import newest_good_backup
    from planner.storage.db import DB_FILENAME, check_problems
    from planner.text import shown

    folder = data_dir(args, create=False)
    path = folder / DB_FILENAME
    problems = [english_of(p) if english() else str(p) for p in check_problems(path)]
    if not problems:
        ok = translate("cli", "{0}: ok (integrity, foreign keys, tables and stored values checked)")
        print(ok.format(path))
        return 0
    for problem in problems:
        print(shown(problem, 300))
    good = newest_good_backup(folder)
    if good is not None:
        newest = translate(
            "cli",
            "The newest good backup is {0} ({1}); 'study-planner restore {0}' brings it back "
            "(your current file is kept).",
        )
        print(newest.format(good.id, good.reason))
    else:
        print(translate("cli", "There is no good backup to restore."))
    return 1
