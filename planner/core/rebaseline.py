"""Joining a re-plan to the work already done: the plan's next baseline.

A re-plan on day ``T`` schedules only the remaining work, from ``T`` on. The
baseline the user sees afterwards is made of two parts:

* **Done work where it happened.** A done item keeps its planned sessions when it
  was done on time: all its planned sessions lie before ``T`` and it was ticked
  within the weeks they span. Otherwise (ticked early, late, or its sessions were
  still ahead) its whole estimate is placed on the day it was ticked. Hours
  logged on an item not yet done are placed on the days they were logged, up to
  its estimate less one 15-minute granule (the granule the re-plan still gives
  it).
* **The rest from ``T`` on**, as the re-plan placed it: each open item's estimate
  less the hours logged on it, at least one granule.

So for every item the placed hours equal its estimate, done items are always
placed (and visible, and can be unticked, in every view), and the cumulative
planned hours start at the hours done by ``T`` and end at the plan's total.
Sessions before ``T`` that held only work not done are gone: that work is in
the re-planned rest.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta

from planner.core.plan import Allocation, Milestone, PlanItem, Schedule, Session, Week
from planner.core.progress import Progress

_GRANULE = 0.25
_EPSILON = 1e-6
_LAST_MINUTE = 23 * 60 + 59


def _week_start(day: date, first_weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def _sum_allocations(sessions: Iterable[Session]) -> tuple[Allocation, ...]:
    totals: dict[str, float] = {}
    for session in sessions:
        for a in session.allocations:
            totals[a.item_key] = totals.get(a.item_key, 0.0) + a.hours
    return tuple(Allocation(key, hours) for key, hours in totals.items())


def done_work(
    baseline: Schedule, today: date, items: Sequence[PlanItem], progress: Progress
) -> dict[date, dict[str, float]]:
    """Hours of done (and partly done) work by day, placed as the module docstring says."""
    first_weekday = baseline.settings.week_start
    planned: dict[str, list[tuple[date, float]]] = {}
    for session in baseline.sessions:
        for a in session.allocations:
            planned.setdefault(a.item_key, []).append((session.day, a.hours))
    ticked = dict(progress.done_on)
    placed: dict[date, dict[str, float]] = {}

    def put(day: date, key: str, hours: float) -> None:
        if hours > _EPSILON:
            at = placed.setdefault(min(day, today), {})
            at[key] = at.get(key, 0.0) + hours

    logged: dict[str, list[tuple[date, float]]] = {}
    for entry in sorted(progress.logged, key=lambda e: e.day):
        logged.setdefault(entry.item_key, []).append((entry.day, entry.hours))

    for item in items:
        old = planned.get(item.key, [])
        if item.key in progress.done:
            tick = ticked.get(item.key)
            if old and _on_time(old, tick, item.hours, today, first_weekday):
                for day, hours in old:
                    put(day, item.key, hours)
            else:
                fallback = old[-1][0] if old else today
                put(tick or fallback, item.key, item.hours)
            continue
        room = max(item.hours - _GRANULE, 0.0)
        for day, hours in logged.get(item.key, []):
            share = min(hours, room)
            put(day, item.key, share)
            room -= share
    return placed


def _on_time(
    old: list[tuple[date, float]],
    tick: date | None,
    hours: float,
    today: date,
    first_weekday: int,
) -> bool:
    if abs(sum(h for _, h in old) - hours) > _EPSILON:  # its estimate changed since
        return False
    if any(day >= today for day, _ in old):
        return False
    if tick is None:
        return True
    first = _week_start(old[0][0], first_weekday)
    last = _week_start(old[-1][0], first_weekday) + timedelta(days=6)
    return first <= tick <= last


def _session(day: date, start: time, allocations: tuple[Allocation, ...]) -> Session:
    minutes = start.hour * 60 + start.minute + round(sum(a.hours for a in allocations) * 60)
    minutes = min(minutes, _LAST_MINUTE)
    return Session(day, start, time(minutes // 60, minutes % 60), allocations)


def merge_history(
    baseline: Schedule,
    continuation: Schedule,
    today: date,
    items: Sequence[PlanItem],
    progress: Progress,
) -> Schedule:
    """The work done by ``today`` followed by ``continuation`` (see the module docstring)."""
    settings = dataclasses.replace(continuation.settings, start=baseline.settings.start)
    starts = {s.day: s.start for s in baseline.sessions}
    starts.update(settings.day_starts)
    history = done_work(baseline, today, items, progress)
    ahead = {s.day: s for s in continuation.sessions if s.day >= today}
    sessions: list[Session] = []
    for day in sorted(history.keys() | ahead.keys()):
        done = tuple(Allocation(k, h) for k, h in history.get(day, {}).items())
        later = ahead.get(day)
        if later is None:
            sessions.append(_session(day, starts.get(day, settings.session_start), done))
        elif done:
            merged = dict(history[day])
            for a in later.allocations:
                merged[a.item_key] = merged.get(a.item_key, 0.0) + a.hours
            joined = tuple(Allocation(k, h) for k, h in merged.items())
            sessions.append(_session(day, later.start, joined))
        else:
            sessions.append(later)
    earned = sum(sum(by_item.values()) for by_item in history.values())

    # A milestone before today stays only if the re-plan does not schedule it again: one
    # that was never reached (a course not finished) moves to its new date instead.
    again = {m.key for m in continuation.milestones}
    milestones: tuple[Milestone, ...] = tuple(
        m for m in baseline.milestones if m.day < today and m.key not in again
    ) + tuple(m for m in continuation.milestones if m.day >= today)

    first_weekday = settings.week_start
    old_weeks = {w.start: w for w in baseline.weeks}
    new_weeks = {w.start: w for w in continuation.weeks}
    this_week = _week_start(today, first_weekday)
    week_starts = sorted(
        {w for w in old_weeks if w < this_week}
        | {w for w in new_weeks if w >= this_week}
        | {_week_start(s.day, first_weekday) for s in sessions}
    )
    weeks = []
    for start in week_starts:
        end = start + timedelta(days=7)
        in_week = [s for s in sessions if start <= s.day < end]
        done_hours = sum(sum(history.get(s.day, {}).values()) for s in in_week)
        if start < this_week:
            capacity = max(old_weeks[start].capacity if start in old_weeks else 0.0, done_hours)
        else:
            capacity = done_hours + (new_weeks[start].capacity if start in new_weeks else 0.0)
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
        sessions=tuple(sessions),
        exam_date=continuation.exam_date,
        end_date=sessions[-1].day if sessions else baseline.end_date,
        warnings=continuation.warnings,
        diagnosis=continuation.diagnosis,
        milestones=milestones,
        rebased_on=today,
        rebased_hours=earned,
    )
