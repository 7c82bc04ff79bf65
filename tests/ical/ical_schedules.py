"""Schedules built by hand for the calendar tests, independent of the scheduler."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from planner.core.plan import (
    Allocation,
    ItemKind,
    Milestone,
    MilestoneKind,
    PlanItem,
    PlanSettings,
    Schedule,
    Session,
)

COURSES = (
    (
        "applied-ml",
        "Applied ML in Python",
        "https://www.coursera.org/learn/python-machine-learning",
    ),
    ("structuring", "Structuring ML Projects", "https://www.coursera.org/learn/ml-strategy"),
    (
        "prod-ml",
        "Production ML Systems",
        "https://www.coursera.org/learn/gcp-production-ml-systems",
    ),
)


def make_items(modules_per_course: int = 4, hours: float = 2.5) -> tuple[PlanItem, ...]:
    return tuple(
        PlanItem(
            key=f"{group}:m{n}",
            title=f"Module {n}",
            kind=ItemKind.MODULE,
            hours=hours,
            group=group,
            group_title=title,
            url=url,
        )
        for group, title, url in COURSES
        for n in range(1, modules_per_course + 1)
    )


def _end(start: time, hours: float) -> time:
    return (datetime.combine(date(2000, 1, 1), start) + timedelta(hours=hours)).time()


def daily_schedule(
    *,
    tz: str = "Europe/Berlin",
    first: date = date(2026, 12, 1),
    days: int = 60,
    every: int = 1,
    session_start: time = time(19, 0),
    session_hours: float = 1.5,
    items: tuple[PlanItem, ...] | None = None,
    exam: bool = True,
    dates: list[date] | None = None,
) -> Schedule:
    """Sessions every ``every`` days from ``first``, filling items in order, cycling them.

    Items are cycled so that plans of any length have sessions; a milestone marks
    each course's last module the first time it is finished, and the exam comes a
    week after the last session. ``dates`` replaces the regular days with given ones.
    """
    items = items if items is not None else make_items()
    remaining = [item.hours for item in items]
    index = 0
    sessions: list[Session] = []
    milestones: list[Milestone] = []
    seen_done: set[str] = set()
    if dates is None:
        dates = [first + timedelta(days=n) for n in range(0, days, every)]
    for day in dates:
        left = session_hours
        allocations: list[Allocation] = []
        while left > 1e-9:
            take = min(left, remaining[index])
            allocations.append(Allocation(items[index].key, take))
            remaining[index] -= take
            left -= take
            if remaining[index] <= 1e-9:
                item = items[index]
                is_last = index + 1 == len(items) or items[index + 1].group != item.group
                if is_last and item.group not in seen_done:
                    seen_done.add(item.group)
                    milestones.append(
                        Milestone(
                            f"done:course:{item.group}",
                            day,
                            MilestoneKind.COURSE_DONE,
                            f"{item.group_title} done",
                        )
                    )
                remaining[index] = items[index].hours
                index = (index + 1) % len(items)
        sessions.append(
            Session(day, session_start, _end(session_start, session_hours), tuple(allocations))
        )
    last = sessions[-1].day
    exam_day = last + timedelta(days=7) if exam else None
    if exam_day is not None:
        milestones.append(Milestone("exam", exam_day, MilestoneKind.EXAM, "Exam: Google PMLE"))
    settings = PlanSettings(
        start=first,
        hours_per_week=session_hours * 7 / every,
        study_days=frozenset(range(7)),
        session_start=session_start,
        timezone=tz,
        exam_date=exam_day,
        exam_name="Google PMLE",
    )
    return Schedule(
        items=items,
        settings=settings,
        weeks=(),
        sessions=tuple(sessions),
        exam_date=exam_day,
        end_date=last,
        milestones=tuple(milestones),
    )


def with_sessions(schedule: Schedule, sessions: tuple[Session, ...]) -> Schedule:
    return replace(schedule, sessions=sessions)
