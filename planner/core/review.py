"""Spaced review: short reviews of finished course modules at growing intervals before the
exam, as plan items (so their hours count like any other).

:func:`with_spaced_review` takes a plan's items and the schedule they make, and returns
the items with review items inserted. Pure and deterministic.

* Each course module, once its planned last day has passed, is reviewed
  ``INTERVALS_DAYS`` later (2, 7, 21 and 60 days), as long as that day is before the
  exam. A review is one 15-minute granule.
* At most ``share`` × the weekly hours go to reviews in any week; the earliest intervals
  are kept first (the first reviews do the most for memory), then modules in plan order.
* A review goes in front of the first item the plan starts on its day or later, so it
  is done about then (or, in a long item, when the next one starts; the reviews placed
  before it move everything a little later, so an interval can shrink);
  the reviews due in front of the same item make one item ``review/<n>`` titled
  "Review: …" in the group "Spaced review" (kind ``custom``: the kind ``review`` is the
  final review of the exam preparation, which dates the start of that block). The
  second schedule, with the reviews, places everything a little later: the reviews
  are real study time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from planner.core.plan import GRANULES_PER_HOUR, ItemKind, PlanInputError, PlanItem, Schedule

INTERVALS_DAYS = (2, 7, 21, 60)
REVIEW_HOURS = 1 / GRANULES_PER_HOUR  # one granule per module and interval


def _finish_days(schedule: Schedule) -> dict[str, date]:
    last: dict[str, date] = {}
    for s in schedule.sessions:
        for a in s.allocations:
            last[a.item_key] = s.day
    return last


def _first_days(schedule: Schedule) -> dict[str, date]:
    first: dict[str, date] = {}
    for s in schedule.sessions:
        for a in s.allocations:
            first.setdefault(a.item_key, s.day)
    return first


def _item_from(first: dict[str, date], day: date, order: dict[str, int]) -> str | None:
    """The first item (in plan order) that the schedule starts on ``day`` or later."""
    starting = [k for k, d in first.items() if d >= day]
    return min(starting, key=lambda k: order[k]) if starting else None


def with_spaced_review(
    items: Sequence[PlanItem], schedule: Schedule, share: float, hours_per_week: float
) -> tuple[PlanItem, ...]:
    """``items`` with spaced reviews inserted (see the module docstring); unchanged when
    ``share`` is 0, there is no exam date or nothing finishes before the exam."""
    items = tuple(items)
    exam = schedule.exam_date
    if share <= 0 or exam is None:
        return items
    if not 0 < share <= 0.5:
        raise PlanInputError(
            "the share of weekly hours for review must lie between 0 and 0.5", "review_share"
        )
    per_week = math.floor(share * hours_per_week * GRANULES_PER_HOUR + 1e-9)
    finished = _finish_days(schedule)
    wanted: list[tuple[int, int, date, PlanItem]] = []  # (interval rank, position, day, module)
    for pos, item in enumerate(items):
        if item.kind is not ItemKind.MODULE or item.key not in finished:
            continue
        for rank, days in enumerate(INTERVALS_DAYS):
            day = finished[item.key] + timedelta(days=days)
            if day < exam:
                wanted.append((rank, pos, day, item))
    used: dict[date, int] = {}
    week_start = schedule.settings.week_start
    kept: list[tuple[date, PlanItem]] = []
    for _, _, day, module in sorted(wanted, key=lambda w: (w[0], w[1])):
        week = day - timedelta(days=(day.weekday() - week_start) % 7)
        if used.get(week, 0) >= per_week:
            continue
        used[week] = used.get(week, 0) + 1
        kept.append((day, module))
    if not kept:
        return items
    order = {it.key: n for n, it in enumerate(items)}
    starts = _first_days(schedule)
    before: dict[str, list[PlanItem]] = {}
    for day, module in sorted(kept, key=lambda k: (k[0], order[k[1].key])):
        anchor = _item_from(starts, day, order)
        if anchor is None:
            continue
        before.setdefault(anchor, []).append(module)
    result: list[PlanItem] = []
    count = 0
    for item in items:
        modules = before.get(item.key)
        if modules:
            count += 1
            names = list(dict.fromkeys(f"{m.group_title}: {m.title}" for m in modules))
            title = "Review: " + "; ".join(names)
            result.append(
                PlanItem(
                    key=f"review/{count}",
                    title=title if len(title) <= 200 else title[:199] + "…",
                    kind=ItemKind.CUSTOM,
                    hours=REVIEW_HOURS * len(modules),
                    group="review",
                    group_title="Spaced review",
                    hours_is_estimate=True,
                )
            )
        result.append(item)
    return tuple(result)
