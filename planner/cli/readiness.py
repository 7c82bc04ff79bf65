"""Exam readiness commands: ``attempt add|list|edit|delete|import`` and ``readiness``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import (
    CliError,
    add_data_dir_option,
    add_plan_option,
    data_dir,
    english,
    iso_day,
    print_json,
    said,
)
from planner.cli.session import open_service
from planner.messages import plural, translate

if TYPE_CHECKING:
    from planner.core.catalog import Certification, ExamPolicy
    from planner.core.readiness import Readiness, Shift
    from planner.services.plans import PlanService


def _day(text: str) -> date:
    return iso_day(text, translate("cli", "'{0}' is not a date like 2027-01-31"))


def _percent(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        message = translate("cli", "'{0}' is not a percentage")
        raise argparse.ArgumentTypeError(message.format(text)) from None
    if value != value or not 0 <= value <= 100:
        message = translate("cli", "'{0}' is not a percentage from 0 to 100")
        raise argparse.ArgumentTypeError(message.format(text))
    return value


def _domain(text: str) -> tuple[str, float]:
    name, sep, value = text.rpartition("=")
    if not sep or not name.strip():
        message = translate("cli", "'{0}' is not NAME=PERCENT, e.g. 3=58 or Deploy=58")
        raise argparse.ArgumentTypeError(message.format(text))
    return name.strip(), _percent(value)


def _review_percent(text: str) -> float:
    from planner.core.review import MAX_SHARE

    value = _percent(text)
    if value > MAX_SHARE * 100:
        message = translate("cli", "'{0}': at most {1} % of the weekly hours go to review")
        raise argparse.ArgumentTypeError(message.format(text, f"{MAX_SHARE * 100:g}"))
    return value


def add_review_options(p: argparse.ArgumentParser, *, edit: bool) -> None:
    """``--review-share PCT`` and ``--no-review`` (for ``new`` and ``edit``)."""
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--review-share",
        type=_review_percent,
        default=None,
        metavar="PCT",
        help=translate(
            "cli-help",
            "percent of the weekly hours (up to 25) for spaced review of finished modules "
            "that serve the exam's domains, e.g. 10",
        )
        if edit
        else translate(
            "cli-help",
            "percent of the weekly hours (up to 25) for spaced review of finished modules "
            "that serve the exam's domains, e.g. 10 (default: no review)",
        ),
    )
    group.add_argument(
        "--no-review",
        action="store_true",
        help=translate("cli-help", "no spaced review (removes the reviews not yet done)")
        if edit
        else translate("cli-help", "no spaced review"),
    )


def review_share_from(args: argparse.Namespace) -> float | None:
    """The share of the weekly hours the options ask for (0: none; None: not said)."""
    if getattr(args, "no_review", False):
        return 0.0
    pct = getattr(args, "review_share", None)
    return None if pct is None else pct / 100


def _entry_options(p: argparse.ArgumentParser, *, edit: bool) -> None:
    p.add_argument(
        "--date", type=_day, help=translate("cli-help", "the day of the attempt (default: today)")
    )
    p.add_argument("--score", type=_percent, help=translate("cli-help", "overall score in percent"))
    p.add_argument(
        "--domain",
        action="append",
        type=_domain,
        default=[],
        metavar="NAME=PCT",
        help=translate(
            "cli-help",
            "a domain's score: the domain's number, name or a unique part of it "
            "(repeat for each domain); replaces all the attempt's domain scores",
        )
        if edit
        else translate(
            "cli-help",
            "a domain's score: the domain's number, name or a unique part of it "
            "(repeat for each domain)",
        ),
    )
    p.add_argument(
        "--source",
        help=translate("cli-help", "where the attempt comes from, e.g. 'Official practice exam'"),
    )


def register(sub: Any) -> None:
    p = sub.add_parser(
        "attempt", help=translate("cli-help", "record practice-exam attempts and their scores")
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    a = actions.add_parser("add", help=translate("cli-help", "record an attempt"))
    add_plan_option(a)
    _entry_options(a, edit=False)
    add_data_dir_option(a)
    a.set_defaults(func=run_add)

    a = actions.add_parser("list", help=translate("cli-help", "list the plan's attempts"))
    add_plan_option(a)
    a.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(a)
    a.set_defaults(func=run_list)

    a = actions.add_parser("edit", help=translate("cli-help", "change a recorded attempt"))
    a.add_argument(
        "id",
        type=int,
        metavar="ID",
        help=translate("cli-help", "the attempt's number, from 'attempt list'"),
    )
    add_plan_option(a)
    _entry_options(a, edit=True)
    add_data_dir_option(a)
    a.set_defaults(func=run_edit)

    a = actions.add_parser(
        "delete", help=translate("cli-help", "delete a recorded attempt (undo brings it back)")
    )
    a.add_argument("id", type=int, metavar="ID")
    add_plan_option(a)
    add_data_dir_option(a)
    a.set_defaults(func=run_delete)

    a = actions.add_parser(
        "import", help=translate("cli-help", "record the attempts of a CSV file (see the README)")
    )
    a.add_argument("file", type=Path, metavar="FILE.csv")
    add_plan_option(a)
    add_data_dir_option(a)
    a.set_defaults(func=run_import)

    p = sub.add_parser(
        "readiness",
        help=translate("cli-help", "how ready you are to book the exam, domain by domain"),
    )
    add_plan_option(p)
    p.add_argument(
        "--margin",
        type=float,
        default=None,
        help=translate(
            "cli-help",
            "percentage points above the pass mark to aim for (default: the plan's, else 5)",
        ),
    )
    p.add_argument(
        "--pass-mark",
        type=_percent,
        default=None,
        help=translate(
            "cli-help", "the exam's pass mark in percent (default: the catalog's, else 70)"
        ),
    )
    p.add_argument(
        "--save",
        action="store_true",
        help=translate(
            "cli-help", "keep --margin and --pass-mark as this plan's target (undoable)"
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(p)
    p.set_defaults(func=run_readiness)

    p = sub.add_parser(
        "exam",
        help=translate(
            "cli-help", "book the real exam, record its result, see retake and renewal dates"
        ),
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "book", help=translate("cli-help", "record a booked sitting of the exam")
    )
    add_plan_option(a)
    a.add_argument("--date", type=_day, required=True, help=translate("cli-help", "the exam day"))
    a.add_argument(
        "--time", default="", metavar="HH:MM", help=translate("cli-help", "the start, local time")
    )
    a.add_argument("--delivery", choices=("online", "test-centre"), required=True)
    a.add_argument(
        "--confirmation",
        default="",
        help=translate("cli-help", "the booking's confirmation number or text"),
    )
    add_data_dir_option(a)
    a.set_defaults(func=run_exam_book)
    a = actions.add_parser(
        "result", help=translate("cli-help", "record the result of a booked sitting")
    )
    a.add_argument("result", choices=("pass", "fail"))
    a.add_argument(
        "--id",
        type=int,
        default=None,
        help=translate("cli-help", "the sitting (default: the latest)"),
    )
    a.add_argument(
        "--date",
        type=_day,
        default=None,
        help=translate("cli-help", "day of the result (default: exam day)"),
    )
    a.add_argument(
        "--score",
        type=_percent,
        help=translate("cli-help", "the score report's overall score in percent"),
    )
    a.add_argument(
        "--domain",
        action="append",
        type=_domain,
        default=[],
        metavar="NAME=PCT",
        help=translate(
            "cli-help",
            "the score report's figure for a domain (repeat for each); recorded as an "
            "attempt, so a retake is prepared toward the weak domains",
        ),
    )
    add_plan_option(a)
    add_data_dir_option(a)
    a.set_defaults(func=run_exam_result)
    a = actions.add_parser(
        "show",
        help=translate("cli-help", "bookings, reschedule deadline, retake and renewal dates"),
    )
    add_plan_option(a)
    a.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(a)
    a.set_defaults(func=run_exam_show)

    p = sub.add_parser(
        "retake",
        help=translate(
            "cli-help",
            "after a failed exam: move the exam to the earliest allowed retake and prepare "
            "the weak domains again (undoable)",
        ),
    )
    p.add_argument(
        "plan_ref", nargs="?", metavar="PLAN", help=translate("cli-help", "plan number or name")
    )
    add_plan_option(p)
    p.add_argument(
        "--date",
        type=_day,
        default=None,
        help=translate("cli-help", "the retake day (default: the earliest allowed)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show what would change, change nothing"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add_data_dir_option(p)
    p.set_defaults(func=run_retake)

    p = sub.add_parser(
        "steer",
        help=translate(
            "cli-help", "re-plan the remaining exam preparation toward your weak domains (undoable)"
        ),
    )
    add_plan_option(p)
    p.add_argument(
        "--keep",
        choices=("exam-date", "hours"),
        default="exam-date",
        help=translate(
            "cli-help",
            "keep the exam date or the hours per week, as 'rebalance' does; default: exam-date",
        ),
    )
    p.add_argument(
        "--margin", type=float, default=None, help=translate("cli-help", "as for 'readiness'")
    )
    p.add_argument(
        "--pass-mark", type=_percent, default=None, help=translate("cli-help", "as for 'readiness'")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli-help", "show what would change, change nothing"),
    )
    add_data_dir_option(p)
    p.set_defaults(func=run_steer)


def _today(svc: PlanService, plan: int) -> date:
    from planner.services.clock import today_in

    return today_in(svc.clock, svc.load(plan).settings.timezone)


def run_add(args: argparse.Namespace) -> int:
    from planner.services import operations as ops

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        entry = ops.AttemptEntry(
            taken_on=args.date or _today(svc, plan),
            score=args.score,
            domains=tuple(args.domain),
            source=args.source or "",
        )
        changes = svc.run(ops.RecordAttempts(plan, (entry,)))
        state, _ = _readiness(args, svc, plan)
    print(translate("cli", "Saved: {0}.").format(changes.said))
    print(sentence(state) + ".")
    return 0


def sentence(state: Readiness) -> str:
    """The readiness sentence ("Not yet: …") in the command line's language."""
    return state.sentence if english() else str(state.message)


def reason(shift: Shift) -> str:
    """Why a domain's hours change ("… gets 6 h more: …") in the command line's language."""
    return shift.reason if english() else str(shift.reason_message)


def run_edit(args: argparse.Namespace) -> int:
    from planner.services import operations as ops
    from planner.services.attempts import list_attempts

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        old = next((a for a in list_attempts(svc, plan) if a.id == args.id), None)
        if old is None:
            no_attempt = translate(
                "cli",
                "This plan has no attempt number {0}. 'study-planner attempt list' lists them.",
            )
            raise CliError(no_attempt.format(args.id))
        entry = ops.AttemptEntry(
            taken_on=args.date or old.taken_on,
            score=args.score if args.score is not None else old.score,
            domains=tuple(args.domain) or tuple((d.domain, d.score) for d in old.domains),
            source=args.source if args.source is not None else old.source,
        )
        changes = svc.run(ops.EditAttempt(plan, args.id, entry))
    print(translate("cli", "Saved: {0}.").format(changes.said))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from planner.services import operations as ops

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        changes = svc.run(ops.DeleteAttempt(plan, args.id))
    print(translate("cli", "Saved: {0}. 'study-planner undo' brings it back.").format(changes.said))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from planner.services import operations as ops
    from planner.services.attempts import parse_csv

    try:
        text = args.file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(translate("cli", "There is no file {0}.").format(args.file)) from None
    except UnicodeDecodeError:
        message = translate("cli", "{0} is not a UTF-8 text file.")
        raise CliError(message.format(args.file)) from None
    except OSError as exc:
        from planner.cli.calendar import cannot_read

        raise CliError(cannot_read(args.file, exc)) from None
    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        entries = parse_csv(text)
        changes = svc.run(ops.RecordAttempts(plan, entries))
        state, _ = _readiness(args, svc, plan)
    print(translate("cli", "Saved: {0}.").format(changes.said))
    print(sentence(state) + ".")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from planner.services.attempts import list_attempts

    with open_service(args, write=False) as svc:
        plan = svc.resolve(args.plan)
        attempts = list_attempts(svc, plan)
    if args.json:
        print_json(
            [
                {
                    "id": a.id,
                    "date": a.taken_on.isoformat(),
                    "score": a.score,
                    "source": a.source,
                    "domains": [{"domain": d.domain, "score": d.score} for d in a.domains],
                }
                for a in attempts
            ]
        )
        return 0
    if not attempts:
        print(translate("cli", "No attempts yet. Record one: study-planner attempt add --score 72"))
        return 0
    for a in attempts:
        score = f"{a.score:g} %" if a.score is not None else "—"
        source = f"  {a.source}" if a.source else ""
        print(f"{a.id:>4}  {a.taken_on.isoformat()}  {score:>7}{source}")
        for d in a.domains:
            print(f"{'':>18}{d.score:>6g} %  {d.domain}")
    return 0


def _catalog_exam(args: argparse.Namespace, cert_id: str) -> Certification | None:
    """The plan's exam in the catalog in use; None if the catalog cannot be read or lacks it."""
    from planner.catalog import CatalogError, load_catalog

    try:
        catalog = load_catalog(data_dir(args, create=False)).catalog
    except (CatalogError, OSError):
        return None
    return catalog.certifications.get(cert_id)


def _catalog_pass_mark(args: argparse.Namespace, cert_id: str) -> float | None:
    """The pass mark the catalog gives for the plan's exam, if it publishes one."""
    from planner.core.readiness import pass_mark_of

    cert = _catalog_exam(args, cert_id)
    return pass_mark_of(cert.passing_score) if cert is not None else None


def _readiness(
    args: argparse.Namespace, svc: PlanService, plan: int
) -> tuple[Readiness, tuple[Shift, ...]]:
    from planner.core.readiness import reweight
    from planner.services.attempts import plan_readiness

    snap = svc.load(plan)
    state, domains = plan_readiness(
        svc,
        plan,
        getattr(args, "pass_mark", None),
        getattr(args, "margin", None),
        _catalog_pass_mark(args, snap.certification_id),
    )
    done = snap.ledger.done
    remaining = {
        d.key: next(i.hours for i in snap.items if i.key == d.key)
        for d in domains
        if d.key and d.key not in done
    }
    return state, reweight(remaining, state)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"


def run_readiness(args: argparse.Namespace) -> int:
    from planner.services import operations as ops
    from planner.services.attempts import saved_target

    if args.save and args.margin is None and args.pass_mark is None:
        raise CliError(
            translate("cli", "--save keeps a --margin or a --pass-mark: give one of them."),
            status=2,
        )
    with open_service(args, write=args.save) as svc:
        plan = svc.resolve(args.plan)
        if args.save:
            old_margin, old_mark = saved_target(svc, plan)
            margin = args.margin if args.margin is not None else old_margin
            pass_mark = args.pass_mark if args.pass_mark is not None else old_mark
            changes = svc.run(ops.SetReadinessTarget(plan, margin, pass_mark))
            print(translate("cli", "Saved: {0}.").format(changes.said))
        state, shifts = _readiness(args, svc, plan)
    if args.json:
        print_json(readiness_to_json(state, shifts))
        return 0
    print(f"{sentence(state)}.")
    target = translate("cli", "Target {0} (pass mark {1} + margin {2:g}) · overall {3}")
    target = target.format(
        _pct(state.target), _pct(state.pass_mark), state.margin, _pct(state.overall)
    )
    print(f"{target} · {plural('cli', '%n attempt(s)', state.attempts)}")
    for d in state.domains:
        spread = f" ± {d.spread:.0f}" if d.spread else ""
        tick = "✓" if d.estimate is not None and d.gap == 0 else "·"
        print(f"  {tick} {_pct(d.estimate):>6}{spread:<5} {d.name} ({d.weight:g}%)")
    moved = [s for s in shifts if abs(s.change) > 1e-9]
    if moved:
        print(
            translate(
                "cli", "Steering the remaining preparation toward the weak domains would give:"
            )
        )
        for s in moved:
            print(f"  {reason(s)}")
    return 0


def readiness_to_json(state: Readiness, shifts: tuple[Shift, ...]) -> dict[str, Any]:
    return {
        "sentence": state.sentence,
        "ready": state.ready,
        "attempts": state.attempts,
        "pass_mark": state.pass_mark,
        "margin": state.margin,
        "target": state.target,
        "overall": state.overall,
        "domains": [
            {
                "name": d.name,
                "key": d.key,
                "weight": d.weight,
                "estimate": d.estimate,
                "spread": d.spread,
                "target": d.target,
                "gap": d.gap,
                "trend": [{"date": day.isoformat(), "score": s} for day, s in d.trend],
            }
            for d in state.domains
        ],
        "steer": [
            {
                "key": s.key,
                "domain": s.name,
                "hours_before": s.before,
                "hours_after": s.after,
                "reason": s.reason,
            }
            for s in shifts
        ],
    }


def run_steer(args: argparse.Namespace) -> int:
    from planner.core.progress import ReplanMode
    from planner.services import operations as ops
    from planner.services.steer import preview_steer

    mode = ReplanMode.KEEP_EXAM if args.keep == "exam-date" else ReplanMode.KEEP_HOURS
    with open_service(args, write=not args.dry_run) as svc:
        plan = svc.resolve(args.plan)
        catalog_mark = _catalog_pass_mark(args, svc.load(plan).certification_id)
        preview = preview_steer(svc, plan, mode, args.pass_mark, args.margin, catalog_mark)
        schedule = preview.replan.schedule
        diagnosis = schedule.diagnosis
        applied = False
        if diagnosis is None and not args.dry_run:
            hours = tuple((s.key, s.after) for s in preview.shifts)
            svc.run(ops.SteerPrep(plan, schedule, hours))
            applied = True
    print(f"{sentence(preview.readiness)}.")
    for shift in preview.moved:
        print(f"  {reason(shift)}")
    if diagnosis is not None:
        raise CliError(
            translate(
                "cli",
                "Re-weighted, the rest does not fit before the exam: {0}. "
                "Nothing was changed; try --keep hours.",
            ).format(said(diagnosis)),
            status=2,
        )
    r = preview.replan.result
    if r.exam_date is not None:
        exam = translate("cli", "Exam: {0} · {1:g} h/week")
        print(exam.format(r.exam_date.isoformat(), r.hours_per_week))
    if applied:
        print(
            translate(
                "cli", "Saved: Re-plan toward weak domains. 'study-planner undo' takes it back."
            )
        )
    else:
        print(translate("cli", "Nothing changed (--dry-run)."))
    return 0


# --- exam logistics -----------------------------------------------------------------------


def _catalog_policy(args: argparse.Namespace, cert_id: str) -> ExamPolicy | None:
    cert = _catalog_exam(args, cert_id)
    return cert.policy if cert is not None else None


def logistics_report(
    args: argparse.Namespace, svc: PlanService, plan: int
) -> tuple[list[str], dict[str, Any]]:
    """Lines for 'status' and 'exam show', and the same as JSON."""
    from planner.core.logistics import (
        free_reschedule_until,
        logistics_lines,
        logistics_messages,
        renewal,
        retake_outlook,
    )
    from planner.services.attempts import list_sittings

    snap = svc.load(plan)
    policy = _catalog_policy(args, snap.certification_id)
    sittings = list_sittings(svc, plan)
    lines = (
        logistics_lines(policy, sittings)
        if english()
        else [str(m) for m in logistics_messages(policy, sittings)]
    )
    booked: list[dict[str, Any]] = []
    for s in sittings:
        deadline = (
            free_reschedule_until(policy, s.start, s.delivery)
            if policy is not None and s.start is not None
            else None
        )
        booked.append(
            {
                "id": s.id,
                "date": s.day.isoformat(),
                "time": f"{s.start:%H:%M}" if s.start else None,
                "delivery": s.delivery.value,
                "confirmation": s.confirmation,
                "result": s.result.value if s.result else None,
                "result_on": s.result_on.isoformat() if s.result_on else None,
                "free_reschedule_until": deadline.isoformat() if deadline else None,
            }
        )
    outlook = retake_outlook(policy, sittings) if policy is not None else None
    retake = outlook.earliest if outlook is not None else None
    passes = [s for s in sittings if s.result is not None and s.result.value == "pass"]
    renewal_data = None
    if passes and policy is not None:
        r = renewal(policy, passes[-1].result_on or passes[-1].day)
        if r is not None:
            renewal_data = {
                "expires_on": r.expires_on.isoformat(),
                "window_opens": r.window_opens.isoformat() if r.window_opens else None,
            }
    return lines, {
        "sittings": booked,
        "earliest_retake": retake.isoformat() if retake else None,
        "retake_limit_reached": outlook.limit_reached if outlook is not None else False,
        "retake": outlook.sentence if outlook is not None else None,
        "renewal": renewal_data,
        "rules_as_of": (
            policy.provenance.as_of.isoformat()
            if policy is not None and policy.provenance.as_of
            else None
        ),
    }


def run_exam_book(args: argparse.Namespace) -> int:
    from planner.services import operations as ops

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        changes = svc.run(
            ops.BookExam(plan, args.date, args.delivery, args.time, args.confirmation)
        )
        lines, _ = logistics_report(args, svc, plan)
    print(translate("cli", "Saved: {0}.").format(changes.said))
    for line in lines:
        print(line)
    return 0


def run_exam_result(args: argparse.Namespace) -> int:
    from planner.services import operations as ops
    from planner.services.attempts import list_sittings

    with open_service(args, write=True) as svc:
        plan = svc.resolve(args.plan)
        sitting = args.id
        if sitting is None:
            sittings = list_sittings(svc, plan)
            if not sittings:
                raise CliError(
                    translate(
                        "cli", "No exam is booked yet: 'study-planner exam book' records one."
                    )
                )
            sitting = sittings[-1].id
        report = None
        if args.score is not None or args.domain:
            report = ops.AttemptEntry(date.min, args.score, tuple(args.domain))
        changes = svc.run(ops.RecordResult(plan, sitting, args.result, args.date, report))
        lines, _ = logistics_report(args, svc, plan)
        offer = _retake_offer(args, svc, plan) if args.result == "fail" else []
    print(translate("cli", "Saved: {0}.").format(changes.said))
    for line in lines:
        print(line)
    for line in offer:
        print(line)
    return 0


def _retake_offer(args: argparse.Namespace, svc: PlanService, plan: int) -> list[str]:
    """After a failure: the earliest retake and the command that re-plans for it."""
    from planner.core.logistics import retake_outlook
    from planner.services.attempts import list_sittings

    policy = _catalog_policy(args, svc.load(plan).certification_id)
    outlook = retake_outlook(policy, list_sittings(svc, plan)) if policy is not None else None
    if outlook is None:
        line = translate(
            "cli",
            "The catalog has no retake rules for this exam. To re-plan for a retake: "
            "study-planner retake {0} --date YYYY-MM-DD [--dry-run]",
        )
        return [line.format(plan)]
    line = translate(
        "cli",
        "To move the exam to {0} and prepare the weak domains again: "
        "study-planner retake {1} [--dry-run]",
    )
    return [line.format(outlook.earliest.isoformat(), plan)]


def run_retake(args: argparse.Namespace) -> int:
    from planner.services.retake import apply_retake, preview_retake

    ref = args.plan_ref if args.plan_ref is not None else args.plan
    with open_service(args, write=not args.dry_run) as svc:
        plan = svc.resolve(ref)
        cert_id = svc.load(plan).certification_id
        policy = _catalog_policy(args, cert_id)
        preview = preview_retake(svc, plan, policy, args.date, _catalog_pass_mark(args, cert_id))
        diagnosis = preview.replan.schedule.diagnosis
        applied = False
        if diagnosis is None and not args.dry_run:
            apply_retake(svc, preview)
            applied = True
    if args.json:
        print_json(
            {
                "exam_date": preview.exam_date.isoformat(),
                "old_exam_date": (
                    preview.old_exam_date.isoformat() if preview.old_exam_date else None
                ),
                "earliest_retake": (
                    preview.outlook.earliest.isoformat() if preview.outlook else None
                ),
                "limit_reached": preview.outlook.limit_reached if preview.outlook else False,
                "sentence": preview.outlook.sentence if preview.outlook else "",
                "hours": preview.hours,
                "domains": [
                    {
                        "key": s.key,
                        "domain": s.name,
                        "hours_by_weight": s.before,
                        "hours": s.after,
                        "reason": s.reason,
                    }
                    for s in preview.shifts
                ],
                "fits": diagnosis is None,
                "applied": applied,
            }
        )
    else:
        for line in preview.lines:
            print(line)
    if diagnosis is not None:
        message = translate(
            "cli",
            "Re-planned for the retake, the plan does not fit: {0}. "
            "Nothing was changed; choose a later day with --date.",
        )
        raise CliError(message.format(said(diagnosis)), status=2)
    if args.json:
        return 0
    if applied:
        day = preview.exam_date.isoformat()
        saved = translate(
            "cli", "Saved: re-planned for the retake on {0}. 'study-planner undo' takes it back."
        )
        print(saved.format(day))
        book = translate(
            "cli", "Book the retake with: study-planner exam book --date {0} --delivery online"
        )
        print(book.format(day))
    else:
        print(translate("cli", "Nothing changed (--dry-run)."))
    return 0


def run_exam_show(args: argparse.Namespace) -> int:
    with open_service(args, write=False) as svc:
        plan = svc.resolve(args.plan)
        lines, data = logistics_report(args, svc, plan)
    if args.json:
        print_json(data)
        return 0
    none = translate(
        "cli", "No exam booked yet: study-planner exam book --date D --delivery online"
    )
    for line in lines or [none]:
        print(line)
    return 0
