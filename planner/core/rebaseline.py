"""Joining a re-plan to the history it continues: the plan's next baseline.

A re-plan schedules only the remaining work from "today". The baseline the user
sees afterwards keeps everything before today exactly as it was (past
sessions, milestones already reached) and continues with the re-planned
sessions, over all of the plan's items.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from planner.core.plan import Allocation, Milestone, PlanItem, Schedule, Session, Week


def _week_start(day: date, first_weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def _sum_allocations(sessions: Iterable[Session]) -> tuple[Allocation, ...]:
    totals: dict[str, float] = {}
    for session in sessions:
        for a in session.allocations:
            totals[a.item_key] = totals.get(a.item_key, 0.0) + a.hours
    return tuple(Allocation(key, hours) for key, hours in totals.items())


def merge_history(
    baseline: Schedule,
    continuation: Schedule,
    today: date,
    items: Sequence[PlanItem],
    earned: float = 0.0,
) -> Schedule:
    """``baseline`` before ``today`` followed by ``continuation`` from ``today`` on.

    ``earned`` is the hours done by ``today``: progress is measured from the re-plan on.
    """
    settings = dataclasses.replace(continuation.settings, start=baseline.settings.start)
    past = tuple(s for s in baseline.sessions if s.day < today)
    future = tuple(s for s in continuation.sessions if s.day >= today)
    sessions = past + future
    # A milestone before today stays only if the re-plan does not schedule it again: one
    # that was never reached (a course not finished) moves to its new date instead.
    ahead = tuple(m for m in continuation.milestones if m.day >= today)
    again = {m.key for m in continuation.milestones}
    milestones: tuple[Milestone, ...] = (
        tuple(m for m in baseline.milestones if m.day < today and m.key not in again) + ahead
    )

    first_weekday = settings.week_start
    old_weeks = {w.start: w for w in baseline.weeks}
    new_weeks = {w.start: w for w in continuation.weeks}
    this_week = _week_start(today, first_weekday)
    starts = sorted(
        {w for w in old_weeks if w < this_week} | {w for w in new_weeks if w >= this_week}
    )
    weeks = []
    for start in starts:
        end = start + timedelta(days=7)
        in_week = [s for s in sessions if start <= s.day < end]
        if start < this_week:
            capacity = old_weeks[start].capacity
        else:
            spent = sum(s.hours for s in past if start <= s.day < end)
            capacity = spent + (new_weeks[start].capacity if start in new_weeks else 0.0)
        weeks.append(
            Week(
                start=start,
                capacity=capacity,
                allocations=_sum_allocations(in_week),
                milestones=tuple(m for m in milestones if start <= m.day < end),
            )
        )
    return Schedule(
        items=tuple(items),
        settings=settings,
        weeks=tuple(weeks),
        sessions=sessions,
        exam_date=continuation.exam_date,
        end_date=sessions[-1].day if sessions else baseline.end_date,
        warnings=continuation.warnings,
        diagnosis=continuation.diagnosis,
        milestones=milestones,
        rebased_on=today,
        rebased_hours=earned,
    )
