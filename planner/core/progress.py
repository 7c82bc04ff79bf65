"""Progress against a plan: re-planning the remaining work, pace and forecast.

Inputs are plain data — the baseline :class:`Schedule`, a :class:`Progress` (keys
of done items and hours logged per item and day) and ``today`` — so the storage
layer can derive them from its event log and the UI can preview without saving.

**Remaining work.** Every item not marked done remains, with its estimate minus
the hours already logged on it, but never less than one 15-minute granule (an
item not ticked off still needs a session to finish it). Done items and the
baseline's sessions before ``today`` are history: :func:`replan` returns them
untouched and never schedules done items again.

**Re-planning** (:func:`replan`) places the remaining work from ``today`` (or the
plan's start, if that is later) with the plan's settings, in one of two modes:

* ``KEEP_EXAM``: the exam date stays. If the work no longer fits, the plan is
  made at the smallest hours per week that fits (``hours_per_week_needed``) with
  an ``OVER_SUSTAINABLE`` warning, since that is more than the user said they can
  sustain; if no weekly figure fits, the schedule keeps its diagnosis.
* ``KEEP_HOURS``: the hours per week stay. If the work no longer fits before the
  exam, the exam moves to the earliest date that works (the day after the last
  session); if it still fits, the exam stays where the user put it. A plan sized
  by preparation weeks dates its exam after its final week, as on creation.

The preview (``moves``) lists each remaining item whose first or last study day
changes, with the shift in days.

**Forecast** (:func:`forecast`): ``pace`` is hours logged on done items divided
by their estimates (1.25 means 25 % slower than the estimates); ``None`` until a
done item has hours logged. The projected finish is the last study day when the
remaining work, scaled by the pace, is placed from ``today`` at the plan's hours
the way the plan places it (preparation ending at a future exam); what does not fit
runs past the exam. ``ahead_hours`` compares earned hours (estimates of done
items, plus logged hours on open items up to their estimate) with the hours the
baseline planned before ``today``; on the day of a re-plan, the hours done by
then count as planned (the re-plan placed them up to that day), so a re-plan
absorbs the deficit it was made for; negative means behind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.core.messages import Message
from planner.core.plan import (
    Milestone,
    MilestoneKind,
    PlanInputError,
    PlanItem,
    PlanWarning,
    Schedule,
    Session,
    WarningCode,
)
from planner.core.scheduler import build_schedule, format_hours, granules_to_hours

_MIN_HOURS = granules_to_hours(1)


@dataclass(frozen=True, slots=True)
class LoggedHours:
    """Hours the user studied on one item on one day."""

    item_key: str
    day: date
    hours: float


@dataclass(frozen=True, slots=True)
class Progress:
    done: frozenset[str] = frozenset()
    logged: tuple[LoggedHours, ...] = ()
    # The day each done item was ticked, where known (re-plans keep done work there).
    done_on: tuple[tuple[str, date], ...] = ()

    def hours_by_item(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        for entry in self.logged:
            totals[entry.item_key] = totals.get(entry.item_key, 0.0) + entry.hours
        return totals


class ReplanMode(StrEnum):
    KEEP_EXAM = "keep_exam"  # keep the exam date, raise the hours per week if needed
    KEEP_HOURS = "keep_hours"  # keep the hours per week, move the exam if needed


@dataclass(frozen=True, slots=True)
class ItemMove:
    """A remaining item whose study days change in a re-plan."""

    key: str
    title: str  # English, as stored
    old_start: date | None  # None if the baseline did not schedule it
    new_start: date
    old_end: date | None
    new_end: date
    said: Message | str = field(default="", compare=False)  # the title as a message

    @property
    def shown_title(self) -> str:
        """The title in the chosen language."""
        return str(self.said or self.title)

    @property
    def days(self) -> int:
        """How many days later (negative: earlier) the item is finished."""
        return 0 if self.old_end is None else (self.new_end - self.old_end).days

    @property
    def start_days(self) -> int:
        return 0 if self.old_start is None else (self.new_start - self.old_start).days


@dataclass(frozen=True, slots=True)
class Replan:
    mode: ReplanMode
    schedule: Schedule | None  # the remaining work from today; None when all is done
    done_items: tuple[PlanItem, ...]
    past_sessions: tuple[Session, ...]  # the baseline's sessions before today, unchanged
    moves: tuple[ItemMove, ...]
    hours_per_week: float  # the hours per week of the new plan
    hours_per_week_needed: float | None  # KEEP_EXAM: what the exam date needs
    old_exam_date: date | None
    exam_date: date | None

    @property
    def exam_shift_days(self) -> int:
        if self.old_exam_date is None or self.exam_date is None:
            return 0
        return (self.exam_date - self.old_exam_date).days


@dataclass(frozen=True, slots=True)
class Forecast:
    pace: float | None
    logged_hours: float
    planned_hours: float  # baseline hours scheduled before today
    earned_hours: float
    ahead_hours: float  # earned - planned; negative: behind
    remaining_hours: float  # remaining work at the pace
    projected_finish: date | None  # None when everything is done
    baseline_finish: date | None

    @property
    def finish_shift_days(self) -> int:
        if self.projected_finish is None or self.baseline_finish is None:
            return 0
        return (self.projected_finish - self.baseline_finish).days


def remaining_items(
    items: Iterable[PlanItem], progress: Progress, pace: float = 1.0
) -> tuple[PlanItem, ...]:
    """Items not done, each with its estimate × ``pace`` minus the hours logged on it."""
    logged = progress.hours_by_item()
    left: list[PlanItem] = []
    for item in items:
        if item.key in progress.done:
            continue
        hours = max(item.hours * pace - logged.get(item.key, 0.0), _MIN_HOURS)
        left.append(dataclasses.replace(item, hours=hours) if hours != item.hours else item)
    return tuple(left)


def _spans(sessions: Iterable[Session]) -> dict[str, tuple[date, date]]:
    spans: dict[str, tuple[date, date]] = {}
    for session in sessions:
        for a in session.allocations:
            first = spans.get(a.item_key, (session.day, session.day))[0]
            spans[a.item_key] = (first, session.day)
    return spans


def replan(baseline: Schedule, progress: Progress, today: date, mode: ReplanMode) -> Replan:
    """Re-plan the work not done from ``today`` (see the module docstring)."""
    settings = baseline.settings
    start = max(today, settings.start)
    done_items = tuple(it for it in baseline.items if it.key in progress.done)
    past = tuple(s for s in baseline.sessions if s.day < today)
    left = remaining_items(baseline.items, progress)
    old_exam = baseline.exam_date
    if not left:
        return Replan(
            mode, None, done_items, past, (), settings.hours_per_week, None, old_exam, old_exam
        )

    base = dataclasses.replace(settings, start=start)
    needed: float | None = None
    if mode is ReplanMode.KEEP_EXAM:
        if old_exam is None:
            raise PlanInputError(Message("error.no_exam_to_keep"), "exam_date")
        if old_exam <= start:
            raise PlanInputError(Message("error.exam_gone", {"date": old_exam}), "exam_date")
        base = dataclasses.replace(base, exam_date=old_exam, prep_weeks=None)
        schedule = build_schedule(left, base)
        if schedule.diagnosis is not None and schedule.diagnosis.hours_per_week_needed is not None:
            needed = schedule.diagnosis.hours_per_week_needed
            raised = build_schedule(left, dataclasses.replace(base, hours_per_week=needed))
            warning = PlanWarning(
                WarningCode.OVER_SUSTAINABLE,
                f"keeping the exam on {old_exam} needs {format_hours(needed)} h/week, more "
                f"than the {format_hours(settings.hours_per_week)} h/week you said you can "
                "sustain",
                Message(
                    "warn.over_sustainable",
                    {
                        "date": old_exam,
                        "needed": float(needed),
                        "have": float(settings.hours_per_week),
                    },
                ),
            )
            schedule = dataclasses.replace(raised, warnings=(warning, *raised.warnings))
    else:
        schedule = build_schedule(left, base)
        if schedule.diagnosis is not None and schedule.diagnosis.earliest_exam_date is not None:
            moved = dataclasses.replace(base, exam_date=schedule.diagnosis.earliest_exam_date)
            schedule = build_schedule(left, moved)

    old = _spans(baseline.sessions)
    new = _spans(schedule.sessions)
    moves: list[ItemMove] = []
    for item in left:
        if item.key not in new:
            continue
        new_start, new_end = new[item.key]
        old_start, old_end = old.get(item.key, (None, None))
        if (old_start, old_end) != (new_start, new_end):
            moves.append(
                ItemMove(
                    item.key, item.title, old_start, new_start, old_end, new_end, item.said_title
                )
            )
    return Replan(
        mode=mode,
        schedule=schedule,
        done_items=done_items,
        past_sessions=past,
        moves=tuple(moves),
        hours_per_week=schedule.settings.hours_per_week,
        hours_per_week_needed=needed,
        old_exam_date=old_exam,
        exam_date=schedule.exam_date,
    )


def pace(items: Iterable[PlanItem], progress: Progress) -> float | None:
    """Hours logged on done items per estimated hour; None until there is such a log."""
    logged = progress.hours_by_item()
    spent = estimated = 0.0
    for item in items:
        if item.key in progress.done and logged.get(item.key, 0.0) > 0:
            spent += logged[item.key]
            estimated += item.hours
    return spent / estimated if estimated > 0 else None


def forecast(baseline: Schedule, progress: Progress, today: date) -> Forecast:
    """Pace, projected finish and ahead/behind against ``baseline`` (module docstring)."""
    logged = progress.hours_by_item()
    planned = sum(s.hours for s in baseline.sessions if s.day < today)
    if baseline.rebased_on is not None and today >= baseline.rebased_on:
        # A re-plan places the work done by its day on or before that day: on the day
        # itself all of it counts as planned, so the re-plan absorbs the gap it closed.
        planned = max(planned, baseline.rebased_hours)
    earned = 0.0
    for item in baseline.items:
        if item.key in progress.done:
            earned += item.hours
        else:
            earned += min(logged.get(item.key, 0.0), item.hours)
    user_pace = pace(baseline.items, progress)
    left = remaining_items(baseline.items, progress, user_pace or 1.0)
    finish: date | None = None
    if left:
        start = max(today, baseline.settings.start)
        # Placed as the plan places it (preparation ending at a future exam), so on the day
        # a plan is made its forecast and its last session agree; work that no longer fits
        # runs past the exam and the finish says how late.
        exam = baseline.exam_date if baseline.exam_date and baseline.exam_date > start else None
        settings = dataclasses.replace(
            baseline.settings, start=start, exam_date=exam, prep_weeks=None
        )
        finish = build_schedule(left, settings).end_date
    return Forecast(
        pace=user_pace,
        logged_hours=sum(logged.values()),
        planned_hours=planned,
        earned_hours=earned,
        ahead_hours=earned - planned,
        remaining_hours=sum(it.hours for it in left),
        projected_finish=finish,
        baseline_finish=baseline.end_date,
    )


def milestone_reached(
    milestone: Milestone, items: Iterable[PlanItem], done: frozenset[str]
) -> bool:
    """Whether the work a milestone marks is done already (the exam is never "reached").

    A course or project is done when all its items are; a project milestone when its
    item is; exam preparation has started when one of its items is done.
    """
    key = milestone.key
    if key.startswith("milestone:"):
        return key.removeprefix("milestone:") in done
    if key.startswith(("done:course:", "done:project:")):
        group = key.split(":", 2)[2]
        keys = [item.key for item in items if item.group == group]
        return bool(keys) and all(k in done for k in keys)
    if milestone.kind is MilestoneKind.PREP_START:
        from planner.core.scheduler import PREP_KINDS

        return any(item.key in done for item in items if item.kind in PREP_KINDS)
    return False


def next_milestone(
    milestones: Iterable[Milestone], items: Iterable[PlanItem], done: frozenset[str], after: date
) -> Milestone | None:
    """The first milestone not reached yet, on or after ``after`` (the exam left out)."""
    listed = tuple(items)
    for m in sorted(milestones, key=lambda m: m.day):
        if m.kind is MilestoneKind.EXAM or m.day < after:
            continue
        if not milestone_reached(m, listed, done):
            return m
    return None
