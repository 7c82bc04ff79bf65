"""Small real plans for tests that need one stored."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from planner.core.plan import ItemKind, PlanItem, PlanSettings, Schedule
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import PlanService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def items(n: int = 6, hours: float = 3.0) -> list[PlanItem]:
    return [
        PlanItem(
            key=f"course-{i // 3}/m{i}",
            title=f"Module {i}",
            kind=ItemKind.MODULE,
            hours=hours,
            group=f"course-{i // 3}",
            group_title=f"Course {i // 3}",
            url="https://example.org/course",
        )
        for i in range(n)
    ]


def schedule(n: int = 6, hours: float = 3.0, start: date = date(2026, 12, 1)) -> Schedule:
    settings = PlanSettings(
        start=start,
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        timezone="Europe/Berlin",
    )
    return build_schedule(items(n, hours), settings)


def service(data_dir: Path, now: datetime = NOW) -> PlanService:
    return PlanService(data_dir, clock=FixedClock(now))


def calendar_plan(svc: PlanService, name: str = "Sync me", n: int = 9) -> int:
    """The plan the calendar tests sync: ``n`` modules of 3 h, studied on Monday,
    Wednesday and Saturday from 30 Nov 2026, 6 h a week, the exam on 1 Mar 2027, in
    Europe/Berlin. Returns its id."""
    settings = PlanSettings(
        start=date(2026, 11, 30),
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        timezone="Europe/Berlin",
        exam_date=date(2027, 3, 1),
    )
    return svc.create_plan(name=name, schedule=build_schedule(items(n), settings))
