"""A day whose session moves (after a busy evening) starts later and still ends by midnight."""

from __future__ import annotations

from datetime import date, time

from planner.core.codec import schedule_from_dict, schedule_to_dict
from planner.core.plan import ItemKind, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule

ITEMS = [PlanItem(f"c/m{i}", f"Module {i}", ItemKind.MODULE, 4.0, "c", "Course") for i in range(3)]
BASE = PlanSettings(
    start=date(2027, 1, 4),  # a Monday
    hours_per_week=6,
    study_days=frozenset({0, 2, 4}),  # 2 h a day from 19:00
)


def test_a_moved_day_starts_at_its_own_time_with_its_own_length() -> None:
    settings = PlanSettings(
        start=BASE.start,
        hours_per_week=BASE.hours_per_week,
        study_days=BASE.study_days,
        day_limits=((date(2027, 1, 6), 1.0),),
        day_starts=((date(2027, 1, 6), time(20, 30)),),
    )
    schedule = build_schedule(ITEMS, settings)
    by_day = {s.day: s for s in schedule.sessions}
    assert (by_day[date(2027, 1, 4)].start, by_day[date(2027, 1, 4)].end) == (time(19), time(21))
    moved = by_day[date(2027, 1, 6)]
    assert (moved.start, moved.end, moved.hours) == (time(20, 30), time(21, 30), 1.0)
    assert schedule_from_dict(schedule_to_dict(schedule)) == schedule


def test_a_late_start_is_cut_so_the_session_ends_before_midnight() -> None:
    settings = PlanSettings(
        start=BASE.start,
        hours_per_week=BASE.hours_per_week,
        study_days=BASE.study_days,
        day_starts=((date(2027, 1, 8), time(23, 0)),),
    )
    friday = next(s for s in build_schedule(ITEMS, settings).sessions if s.day == date(2027, 1, 8))
    assert friday.start == time(23, 0)
    assert friday.end == time(23, 45)


def test_on_the_day_a_plan_is_made_its_forecast_is_its_last_session() -> None:
    from planner.core.progress import Progress, forecast

    items = [
        PlanItem("c/m", "Module", ItemKind.MODULE, 6.0, "c", "Course"),
        PlanItem("prep/1-a", "Domain", ItemKind.EXAM_DOMAIN, 12.0, "prep", "Prep"),
    ]
    settings = PlanSettings(
        start=BASE.start,
        hours_per_week=6,
        study_days=BASE.study_days,
        exam_date=date(2027, 6, 7),  # months of slack: preparation ends at the exam
    )
    schedule = build_schedule(items, settings)
    result = forecast(schedule, Progress(), BASE.start)
    assert result.projected_finish == schedule.end_date
    assert result.finish_shift_days == 0
