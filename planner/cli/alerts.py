"""Plans learn what changed: ``switch-exam`` and ``keep-as-is``.

``status`` lists a plan's catalog alerts (what changed under it, and the fix); these
two commands are the fixes. Both are one undoable step ('study-planner undo').
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.cli.common import (
    CliError,
    add_data_dir_option,
    add_plan_argument,
    data_dir,
    print_json,
    said,
)
from planner.cli.session import open_service
from planner.messages import translate

if TYPE_CHECKING:
    from planner.core.catalog import Catalog
    from planner.services.alerts import AlertReport
    from planner.services.plans import PlanService, PlanSnapshot


def register(sub: Any) -> None:
    p = sub.add_parser(
        "switch-exam",
        help=translate(
            "cli-help",
            "switch a plan to the exam that replaces its own (keeps done work; undoable)",
        ),
        description=translate(
            "cli-help",
            "Re-plan the exam block for another exam — by default the successor "
            "the plan's alert names — with that exam's domains. Done work stays; the rest is "
            "re-planned from today. 'study-planner undo' takes it back.",
        ),
    )
    add_plan_argument(p)
    p.add_argument(
        "--to",
        metavar="ID",
        help=translate("cli-help", "the exam to switch to (default: the successor)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show what would change, change nothing"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(p)
    p.set_defaults(func=run_switch_exam)

    p = sub.add_parser(
        "keep-as-is",
        help=translate(
            "cli-help",
            "keep a plan as it is despite its catalog alerts (they stop showing; undoable)",
        ),
    )
    add_plan_argument(p)
    add_data_dir_option(p)
    p.set_defaults(func=run_keep_as_is)


def load_catalog_quietly(args: argparse.Namespace) -> Catalog | None:
    """The catalog in use, or None (with a warning) if it cannot be loaded."""
    from planner.catalog import CatalogError, load_catalog

    try:
        return load_catalog(data_dir(args, create=False)).catalog
    except CatalogError as exc:
        warning = translate("cli", "study-planner: warning: the catalog cannot be read ({0})")
        print(warning.format(exc), file=sys.stderr)
        return None


def plan_report(
    args: argparse.Namespace, svc: PlanService, snap: PlanSnapshot, today: date
) -> AlertReport | None:
    from planner.services.alerts import plan_alerts

    catalog = load_catalog_quietly(args)
    return None if catalog is None else plan_alerts(svc, snap, catalog, today)


def print_alerts(report: AlertReport | None) -> None:
    if report is None:
        return
    for alert in report.alerts:
        print(translate("cli", "alert: {0}").format(alert.message_text))
        print(translate("cli", "  fix: {0}").format(alert.fix_text))
    if report.alerts and report.note:
        print(f"  ({report.note})")
    if report.kept:
        print(translate("cli", "({0} catalog change(s) kept as they are)").format(report.kept))


def _catalog(args: argparse.Namespace) -> Catalog:
    from planner.catalog import CatalogError, load_catalog

    try:
        return load_catalog(data_dir(args, create=False)).catalog
    except CatalogError as exc:
        raise CliError(str(exc)) from exc


def run_switch_exam(args: argparse.Namespace) -> int:
    from planner.services.alerts import switch_exam

    catalog = _catalog(args)
    with open_service(args, write=not args.dry_run) as svc:
        plan = svc.resolve(args.plan)
        preview = switch_exam(svc, plan, catalog, args.to, apply=False)
        fits = preview.replan.schedule.diagnosis is None
        if fits and not args.dry_run:
            preview = switch_exam(svc, plan, catalog, args.to, apply=True)
    r = preview.replan.result
    diagnosis = preview.replan.schedule.diagnosis
    to = preview.new_exam
    if args.json:
        print_json(
            {
                "applied": preview.applied,
                "from": preview.old_exam,
                "to": {"id": to.id, "name": to.name, "exam_code": to.exam_code},
                "removed": [i.key for i in preview.removed],
                "added": [i.key for i in preview.added],
                "kept_done": [i.key for i in preview.kept_done],
                "exam_date": r.exam_date.isoformat() if r.exam_date else None,
                "moves": [{"item": m.key, "title": m.title, "days": m.days} for m in r.moves],
                "diagnosis": diagnosis.message if diagnosis else None,
            }
        )
        return 0 if fits else 2
    if preview.applied:
        verb = translate("cli", "Switched: {0} → {1} ({2}).")
    else:
        verb = translate("cli", "Would switch: {0} → {1} ({2}).")
    print(verb.format(preview.old_exam, to.name, to.exam_code))
    for item in preview.removed:
        print(f"  - {item.shown_title} ({item.hours:g} h)")
    for item in preview.added:
        print(f"  + {item.shown_title} ({item.hours:g} h)")
    for item in preview.kept_done:
        print(translate("cli", "  = {0}: done, kept").format(item.shown_title))
    for m in r.moves:
        move = translate("cli", "  {0} ({1}): finishes {2} ({3:+d} days)")
        print(move.format(m.shown_title, m.key, m.new_end.isoformat(), m.days))
    if diagnosis is not None:
        line = translate(
            "cli",
            "study-planner: after the switch the rest does not fit before the exam: {0}. "
            "Nothing was changed.",
        )
        print(line.format(said(diagnosis)), file=sys.stderr)
        return 2
    if preview.applied:
        print(translate("cli", "'study-planner undo' takes it back."))
    return 0


def run_keep_as_is(args: argparse.Namespace) -> int:
    from planner.services.alerts import keep_as_is

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        snap = svc.load(plan)
        report = plan_report(args, svc, snap, svc.today(plan))
        if report is None:
            raise CliError(
                translate("cli", "The catalog cannot be read, so there is nothing to keep.")
            )
        changes = keep_as_is(svc, snap, report)
    saved = translate("cli", "Saved: {0} ({1} alert(s) silenced).")
    print(saved.format(changes.said, len(report.alerts)))
    print(translate("cli", "'study-planner undo' takes it back."))
    return 0
