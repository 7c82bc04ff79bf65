"""After a failed sitting: a re-plan to the earliest allowed retake, weighted by the score
report.

:func:`preview_retake` reads the plan's sittings and the vendor's rules
(:func:`planner.core.logistics.retake_outlook`), moves the exam date to the earliest
allowed retake (or a later day the learner names), and gives the exam's domains renewed
preparation: as many hours as the study days before the retake hold, at most the
preparation's own domain hours, split by the exam weights and then steered toward the
domains the score report and the practice attempts show weak
(:func:`planner.core.readiness.retake_preparation`, the same rule as "Re-plan toward
weak domains"). The preparation not yet studied for the failed sitting (its domains
and final review) gives way to it; the rest of the plan is re-planned from today to the
new date, and done work stays. Nothing is stored.

Applying it is one operation, ``ApplySchedule(…, OpKind.RETAKE, RETAKE_LABEL)``: a backup
first, then the new items and baseline in one transaction; undo puts back the items,
the schedule and the exam date, redo does it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from planner.core.logistics import Result, RetakeOutlook, retake_outlook, study_hours_between
from planner.core.messages import Message
from planner.core.plan import ItemKind
from planner.core.progress import ReplanMode
from planner.core.readiness import RETAKE_GROUP, Readiness, Shift, retake_preparation
from planner.services.clock import today_in

if TYPE_CHECKING:
    from planner.core.catalog import ExamPolicy
    from planner.core.plan import PlanItem
    from planner.services.operations import ApplySchedule, Changes
    from planner.services.plans import PlanService, ReplanPreview

RETAKE_LABEL = "Re-plan for the retake"


@dataclass(frozen=True)
class RetakePreview:
    plan_id: int
    outlook: RetakeOutlook | None  # None: no rules in the catalog; the day was given
    exam_date: date  # the retake day the re-plan aims at
    old_exam_date: date | None
    readiness: Readiness
    shifts: tuple[Shift, ...]  # per domain: hours by the exam weights, then steered
    items: tuple[PlanItem, ...]  # the renewed preparation
    replan: ReplanPreview

    @property
    def hours(self) -> float:
        return sum(i.hours for i in self.items)

    @property
    def moved(self) -> tuple[Shift, ...]:
        """The domains the score report moves hours to or from, most gained first."""
        return tuple(
            sorted((s for s in self.shifts if abs(s.change) > 1e-9), key=lambda s: -s.change)
        )

    @property
    def messages(self) -> tuple[Message, ...]:
        """What the re-plan does, one message a line (the command line prints them)."""
        out: list[Message] = []
        if self.outlook is not None:
            out.append(Message("retake.sentence", {"sentence": self.outlook.message}))
        old: date | Message = self.old_exam_date or Message("edit.none")
        out.append(Message("retake.exam_date", {"old": old, "new": self.exam_date}))
        if self.items:
            out.append(Message("retake.renewed", {"hours": float(self.hours)}, len(self.items)))
        else:
            out.append(Message("retake.no_study_day"))
        if self.moved:
            out.append(Message("retake.weighted"))
            out.extend(Message("retake.shift", {"reason": s.reason_message}) for s in self.moved)
        elif self.items:
            out.append(Message("retake.by_weights"))
        return tuple(out)

    @property
    def lines(self) -> tuple[str, ...]:
        """:attr:`messages` as text in the chosen language."""
        return tuple(str(m) for m in self.messages)


def _lowercase(sentence: Message) -> Message:
    """The outlook's sentence to follow a colon: "earliest retake: …" (German keeps its
    capital noun in its own translation)."""
    lower = {"retake.earliest": "retake.earliest_lc", "retake.limit": "retake.limit_lc"}
    if sentence.id in lower:
        return Message(lower[sentence.id], sentence.args, sentence.count)
    return sentence


def _error(message: Message) -> Exception:
    from planner.services.plans import ServiceError

    return ServiceError(message)


def preview_retake(
    svc: PlanService,
    plan_id: int,
    policy: ExamPolicy | None,
    on: date | None = None,
    catalog_mark: float | None = None,
) -> RetakePreview:
    """The re-plan for a retake, not stored. Raises ServiceError with the reason when there
    is nothing to retake or the day is not allowed."""
    from planner.services.attempts import list_sittings, plan_readiness

    sittings = list_sittings(svc, plan_id)
    sat = [s for s in sittings if s.result is not None]
    if not sat or max(sat, key=lambda s: (s.day, s.id)).result is not Result.FAIL:
        raise _error(Message("retake.no_failed"))
    outlook = retake_outlook(policy, sittings) if policy is not None else None
    if outlook is None and on is None:
        raise _error(Message("retake.no_rules"))
    snap = svc.load(plan_id)
    today = today_in(svc.clock, snap.settings.timezone)
    day = on or (outlook.earliest if outlook else today)
    if outlook is not None and day < outlook.earliest:
        reason = _lowercase(outlook.message)
        raise _error(Message("retake.too_early", {"day": day, "reason": reason}))
    if day <= today:
        if on is not None:
            raise _error(Message("retake.after_today", {"day": day}))
        day = today.fromordinal(today.toordinal() + 1)
    state, domains = plan_readiness(svc, plan_id, catalog_mark=catalog_mark)
    done = snap.ledger.done
    # The preparation not yet studied for the sitting that failed (its domains and final
    # review), and a retake prepared before and not yet studied, make room for the
    # renewed preparation; done work and the coursework stay.
    superseded = {ItemKind.EXAM_DOMAIN, ItemKind.REVIEW}
    kept = tuple(
        i
        for i in snap.items
        if i.key in done or not (i.kind in superseded or i.group.startswith(RETAKE_GROUP + "-"))
    )
    start = max(today, snap.settings.start)
    other = sum(i.hours for i in kept if i.key not in done)
    room = study_hours_between(snap.settings, start, day) - other
    # At most the first preparation's domain hours (a retake prepared before does not
    # shrink the next one).
    prep_hours = sum(
        i.hours
        for i in snap.items
        if i.kind is ItemKind.EXAM_DOMAIN and not i.group.startswith(RETAKE_GROUP + "-")
    )
    budget = max(0.0, min(prep_hours, room))
    failures = sum(1 for s in sat if s.result is Result.FAIL)
    round_no = failures
    while any(i.group == f"{RETAKE_GROUP}-{round_no}" for i in kept):
        round_no += 1
    shifts, items = retake_preparation(domains, state, budget, round_no)
    new_items = kept + items
    settings = replace(snap.settings, exam_date=day, prep_weeks=None)
    current = replace(snap.baseline, items=new_items, settings=settings, exam_date=day)
    re_snap = replace(snap, items=new_items, settings=settings)
    preview = svc.replan_from(re_snap, current, ReplanMode.KEEP_EXAM, apply=False)
    return RetakePreview(
        plan_id=plan_id,
        outlook=outlook,
        exam_date=day,
        old_exam_date=snap.baseline.exam_date,
        readiness=state,
        shifts=shifts,
        items=items,
        replan=preview,
    )


def retake_operation(preview: RetakePreview) -> ApplySchedule:
    """The operation that stores the previewed retake re-plan (for ``run``)."""
    from planner.services.operations import ApplySchedule, OpKind

    label = f"{RETAKE_LABEL} on {preview.exam_date.isoformat()}"
    return ApplySchedule(preview.plan_id, preview.replan.schedule, OpKind.RETAKE, label)


def apply_retake(svc: PlanService, preview: RetakePreview) -> Changes:
    """Store the previewed retake re-plan as one undoable operation (a backup first)."""
    schedule = preview.replan.schedule
    if schedule.diagnosis is not None:
        reason = schedule.diagnosis.text or schedule.diagnosis.message
        raise _error(Message("retake.no_fit", {"reason": reason}))
    return svc.run(retake_operation(preview))
