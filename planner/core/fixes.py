"""Every way out of a plan that does not fit, ranked by how little each changes.

:func:`planner.core.scheduler.build_schedule` diagnoses a plan that does not fit
before its exam with two numbers (the hours per week that would fit, the earliest
exam date at the current hours). A learner has more ways out than those two;
:func:`fit_fixes` lists each one that really works, checked by scheduling again:

* **more hours** per week (the diagnosis' figure);
* **a later exam** (the diagnosis' earliest date);
* **another study day**, one weekday added with sessions as long as now (so the
  hours per week grow by one session);
* **dropping optional courses**, each alone with the hours it saves, and all of
  them together when no single one is enough.

Each fix carries ``change``, the share of the plan it alters (extra hours over
the current hours; days the exam moves over the days to the exam; one more day
over the current study days; hours dropped over the hours to place), and the list
is sorted by it: the smallest change first. Pure: no clock, no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.core.messages import Message
from planner.core.plan import WEEKDAY_NAMES, PlanInputError, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule, format_hours, weekly_capacity


class FixKind(StrEnum):
    HOURS = "hours"
    EXAM = "exam"
    STUDY_DAY = "study_day"
    DROP = "drop"


@dataclass(frozen=True, slots=True)
class Fix:
    """One change that makes the plan fit before its exam."""

    kind: FixKind
    message: str  # for the user: "use 11 h/week (+3 h)"
    change: float  # share of the plan it alters; smaller first
    hours_per_week: float | None = None
    exam_date: date | None = None
    study_days: frozenset[int] | None = None
    drop: tuple[str, ...] = ()  # groups (courses) to leave out
    hours_saved: float = 0.0
    text: Message | None = field(
        default=None, compare=False
    )  # ``message`` as a translatable message


def _fits(items: Sequence[PlanItem], settings: PlanSettings) -> bool:
    if not items:
        return True
    try:
        return build_schedule(items, settings).diagnosis is None
    except PlanInputError:
        return False


def fit_fixes(
    items: Sequence[PlanItem],
    settings: PlanSettings,
    optional_groups: Mapping[str, str] | None = None,
) -> tuple[Fix, ...]:
    """The fixes that make ``items`` fit before ``settings.exam_date``, smallest change first.

    ``optional_groups`` maps the groups (courses, projects) the learner may leave out
    to their titles. Empty when the plan already fits, has no exam date, or its input
    is invalid.
    """
    if settings.exam_date is None or not items:
        return ()
    try:
        schedule = build_schedule(items, settings)
    except PlanInputError:
        return ()
    diagnosis = schedule.diagnosis
    if diagnosis is None:
        return ()
    exam = settings.exam_date
    fixes: list[Fix] = []
    current = settings.hours_per_week
    needed = diagnosis.hours_per_week_needed
    if needed is not None:
        extra = needed - current
        fixes.append(
            Fix(
                FixKind.HOURS,
                f"study {format_hours(needed)} h/week (+{format_hours(extra)} h)",
                extra / current,
                hours_per_week=needed,
                text=Message(
                    "fix.hours", {"hours": float(needed), "extra": float(format_hours(extra))}
                ),
            )
        )
    earliest = diagnosis.earliest_exam_date
    if earliest is not None:
        moved = (earliest - exam).days
        span = max((exam - settings.start).days, 1)
        fixes.append(
            Fix(
                FixKind.EXAM,
                f"move the exam to {earliest} ({moved} days later)",
                moved / span,
                exam_date=earliest,
                text=Message("fix.exam", {"date": earliest}, count=moved),
            )
        )
    sessions = weekly_capacity(settings) / len(settings.study_days)
    for day in range(7):
        if day in settings.study_days or sessions <= 0:
            continue
        days = settings.study_days | {day}
        more = sessions * len(days)
        if _fits(items, dataclasses.replace(settings, study_days=days, hours_per_week=more)):
            fixes.append(
                Fix(
                    FixKind.STUDY_DAY,
                    f"also study on {WEEKDAY_NAMES[day].capitalize()}, sessions as long as now "
                    f"({format_hours(more)} h/week)",
                    1 / len(settings.study_days),
                    hours_per_week=more,
                    study_days=frozenset(days),
                    text=Message(
                        "fix.study_day",
                        {"day": Message(f"weekday.{day}"), "hours": float(more)},
                    ),
                )
            )
    total = sum(item.hours for item in items)
    groups = dict(optional_groups or {})
    saved = {
        g: sum(item.hours for item in items if item.group == g)
        for g in groups
        if any(item.group == g for item in items)
    }
    single = False
    for group, hours in saved.items():
        rest = [item for item in items if item.group != group]
        if rest and _fits(rest, settings):
            single = True
            fixes.append(
                Fix(
                    FixKind.DROP,
                    f"drop the optional {groups[group]} (−{format_hours(hours)} h)",
                    hours / total,
                    drop=(group,),
                    hours_saved=hours,
                    text=Message("fix.drop_one", {"course": groups[group], "hours": float(hours)}),
                )
            )
    if not single and len(saved) > 1:
        rest = [item for item in items if item.group not in saved]
        hours = sum(saved.values())
        if rest and _fits(rest, settings):
            fixes.append(
                Fix(
                    FixKind.DROP,
                    f"drop the optional courses (−{format_hours(hours)} h)",
                    hours / total,
                    drop=tuple(saved),
                    hours_saved=hours,
                    text=Message("fix.drop_all", {"hours": float(hours)}),
                )
            )
    return tuple(sorted(fixes, key=lambda f: f.change))


def past_exam_message(exam: date | None, today: date) -> Message | str:
    """ "" or a message naming an exam date that is today or already past."""
    if exam is None or exam > today:
        return ""
    if exam == today:
        return Message("error.exam_today", {"date": exam})
    return Message("error.exam_passed", {"date": exam})
