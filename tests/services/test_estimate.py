"""A changed estimate reaches the schedule at once: the rest is re-planned from today with it,
done work stays where it was done, and undo takes both back (one action)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.core.plan import Schedule
from planner.core.progress import ReplanMode
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import EstimateDoesNotFit, PlanService
from tests.plan_factory import NOW, items, schedule, service

EXAM = date(2027, 1, 20)


def placed(plan: Schedule) -> dict[str, float]:
    hours: dict[str, float] = {}
    for session in plan.sessions:
        for a in session.allocations:
            hours[a.item_key] = hours.get(a.item_key, 0.0) + a.hours
    return hours


def sessions_of(plan: Schedule, key: str) -> list[tuple[date, float]]:
    return [(s.day, a.hours) for s in plan.sessions for a in s.allocations if a.item_key == key]


def with_exam() -> Schedule:
    base = schedule()
    return build_schedule(list(base.items), dataclasses.replace(base.settings, exam_date=EXAM))


def test_a_new_estimate_is_placed_from_today_and_done_work_stays(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Google MLE", schedule=schedule())
        svc.tick(plan, "course-0/m0")
        svc.clock = FixedClock(NOW + timedelta(days=8))  # Wednesday of the second week
        before = svc.load(plan).baseline
        done_sessions = sessions_of(before, "course-0/m0")

        svc.set_estimate(plan, "course-1/m4", 7.5)

        after = svc.load(plan)
        assert placed(after.baseline) == {i.key: i.hours for i in after.items}
        assert placed(after.baseline)["course-1/m4"] == 7.5
        assert sessions_of(after.baseline, "course-0/m0") == done_sessions, "done work stays"
        today = svc.today(plan)
        assert all(day >= today for day, _ in sessions_of(after.baseline, "course-1/m4"))
        assert after.baseline.end_date > before.end_date, "4.5 more hours end the plan later"
        assert svc.peek_undo(plan).label == "Set “Module 4” to 7.5 h"  # type: ignore[union-attr]

        svc.undo(plan)
        undone = svc.load(plan)
        assert undone.item("course-1/m4").hours == 3.0
        assert undone.baseline.sessions == before.sessions, "undo takes the re-plan back too"
        svc.redo(plan)
        assert svc.load(plan).baseline.sessions == after.baseline.sessions


def test_a_done_items_new_estimate_is_placed_where_it_was_done(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Google MLE", schedule=schedule(n=2))
        svc.tick(plan, "course-0/m0")
        svc.tick(plan, "course-0/m1")  # everything done: no rest to place
        svc.set_estimate(plan, "course-0/m1", 4.0)
        snap = svc.load(plan)
        assert placed(snap.baseline) == {"course-0/m0": 3.0, "course-0/m1": 4.0}


def test_an_estimate_that_no_longer_fits_asks_what_gives(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Google MLE", schedule=with_exam())
        before = svc.load(plan)
        with pytest.raises(EstimateDoesNotFit) as refused:
            svc.set_estimate(plan, "course-0/m2", 40)
        message = str(refused.value)
        assert "no longer fits before the exam on 2027-01-20 at 6 h/week" in message
        assert "keep the exam at" in message and "Nothing was changed" in message
        unchanged = svc.load(plan)
        assert unchanged.item("course-0/m2").hours == 3.0
        assert unchanged.baseline == before.baseline and unchanged.events == ()

        svc.set_estimate(plan, "course-0/m2", 40, ReplanMode.KEEP_EXAM)
        kept_exam = svc.load(plan)
        assert kept_exam.baseline.exam_date == EXAM
        assert kept_exam.settings.hours_per_week > 6
        assert placed(kept_exam.baseline)["course-0/m2"] == 40
        svc.undo(plan)
        assert svc.load(plan).settings.hours_per_week == 6, "undo gives the hours back"

        svc.set_estimate(plan, "course-0/m2", 40, ReplanMode.KEEP_HOURS)
        kept_hours = svc.load(plan)
        assert kept_hours.settings.hours_per_week == 6
        assert kept_hours.settings.exam_date is not None and kept_hours.settings.exam_date > EXAM
        assert all(s.day < kept_hours.settings.exam_date for s in kept_hours.baseline.sessions)


def test_a_small_estimate_change_keeps_the_exam_without_asking(data_dir: Path) -> None:
    with PlanService(data_dir, clock=FixedClock(NOW)) as svc:
        plan = svc.create_plan(name="Google MLE", schedule=with_exam())
        svc.set_estimate(plan, "course-0/m2", 2.0)
        snap = svc.load(plan)
        assert snap.settings.exam_date == EXAM and snap.settings.hours_per_week == 6
        assert placed(snap.baseline)["course-0/m2"] == 2.0
        assert sum(placed(snap.baseline).values()) == sum(i.hours for i in items()) - 1.0
