"""Re-planning a stored plan keeps history and done work, and is undoable by restore."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from planner.core.plan import PlanSettings
from planner.core.progress import ReplanMode
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import PlanService, ServiceError
from planner.services.status import plan_status
from tests.plan_factory import items

START = date(2026, 11, 2)  # a Monday
LATER = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # three weeks in


@pytest.fixture
def svc(data_dir: Path) -> PlanService:
    settings = PlanSettings(
        start=START,
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        timezone="Europe/Berlin",
        exam_date=date(2027, 1, 20),
    )
    service = PlanService(data_dir, clock=FixedClock(LATER))
    service.create_plan(name="Behind", schedule=build_schedule(items(9), settings))
    return service


def test_status_says_behind_when_ticks_lag_the_baseline(svc: PlanService) -> None:
    svc.tick(1, "course-0/m0")
    status = plan_status(svc.load(1), LATER.date())
    # Three weeks at 6 h were planned (18 h); one 3 h module is done.
    assert status.forecast.planned_hours == 18
    assert status.state == "behind by 15 h"
    assert status.days_to_exam == (date(2027, 1, 20) - LATER.date()).days
    svc.close()


@pytest.mark.parametrize("mode", list(ReplanMode))
def test_replan_keeps_history_and_never_moves_done_items(
    svc: PlanService, mode: ReplanMode
) -> None:
    svc.tick(1, "course-0/m0")
    svc.tick(1, "course-0/m1")
    before = svc.load(1)
    preview = svc.replan(1, mode, apply=True)
    after = svc.load(1)
    today = LATER.date()
    assert after.baselines == 2
    done = {"course-0/m0", "course-0/m1"}
    assert all(
        a.item_key in done for s in after.baseline.sessions if s.day < today for a in s.allocations
    ), "before today the plan holds the work done, nothing left undone"
    placed: dict[str, float] = {}
    for s in after.baseline.sessions:
        for a in s.allocations:
            placed[a.item_key] = placed.get(a.item_key, 0.0) + a.hours
    assert placed == pytest.approx({i.key: i.hours for i in after.items}), "hours conserved"
    later_keys = {
        a.item_key for s in after.baseline.sessions if s.day > today for a in s.allocations
    }
    assert not later_keys & done, "ticked today, so placed today, never again later"
    assert {i.key for i in after.items} == {i.key for i in before.items}
    assert all(s.day >= today for s in preview.result.schedule.sessions)  # type: ignore[union-attr]
    assert after.ledger.done == before.ledger.done
    if mode is ReplanMode.KEEP_EXAM:
        assert after.baseline.exam_date == date(2027, 1, 20)
    svc.close()


def test_replan_of_a_finished_plan_is_a_clear_message(svc: PlanService) -> None:
    for item in svc.load(1).items:
        svc.tick(1, item.key)
    with pytest.raises(ServiceError, match="nothing to re-plan"):
        svc.replan(1, ReplanMode.KEEP_HOURS, apply=False)
    svc.close()


def test_after_a_replan_the_deficit_is_absorbed_and_milestones_stay_unique(
    svc: PlanService, tmp_path: Path
) -> None:
    from planner.services.calendar import export_calendar

    svc.tick(1, "course-0/m0")
    assert plan_status(svc.load(1), LATER.date()).state == "behind by 15 h"
    svc.replan(1, ReplanMode.KEEP_HOURS, apply=True)
    after = svc.load(1)
    assert plan_status(after, LATER.date()).state == "on track"
    keys = [m.key for m in after.baseline.milestones]
    assert len(keys) == len(set(keys)), "a milestone not reached moves; it is not doubled"
    # course-0 was due before today but is not finished: it is done later now.
    course_done = next(m for m in after.baseline.milestones if m.key == "done:course:course-0")
    assert course_done.day >= LATER.date()
    outcome = export_calendar(svc, 1, tmp_path / "plan.ics")
    assert outcome.events > 0
    svc.close()


def test_a_replan_that_cannot_meet_the_exam_is_refused_and_nothing_is_stored(
    data_dir: Path,
) -> None:
    settings = PlanSettings(
        start=START,
        hours_per_week=5,
        study_days=frozenset({1, 3}),
        session_start=time(21, 0),  # at most 2.75 h a day fit before midnight
        timezone="Europe/Berlin",
        exam_date=date(2026, 12, 10),
    )
    service = PlanService(data_dir, clock=FixedClock(LATER))
    service.create_plan(name="Tight", schedule=build_schedule(items(4, 6.0), settings))
    preview = service.replan(1, ReplanMode.KEEP_EXAM, apply=False)
    assert preview.schedule.diagnosis is not None
    with pytest.raises(ServiceError, match="Nothing was changed"):
        service.replan(1, ReplanMode.KEEP_EXAM, apply=True)
    assert service.load(1).baselines == 1
    service.close()
