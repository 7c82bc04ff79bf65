"""The study timer in the plans file: one at a time, rounded to quarter hours, undoable."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from planner.services.clock import FixedClock
from planner.services.plans import ServiceError
from planner.services.timer import logged_hours, running_timer, start_timer, stop_timer
from tests.plan_factory import NOW, schedule, service


def test_one_timer_at_a_time_and_stop_logs_quarter_hours(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Plan", schedule=schedule())
        start_timer(svc, plan, "course-0/m0")
        with pytest.raises(ServiceError, match="already runs on “Module 0”"):
            start_timer(svc, plan, "course-0/m1")
    # Another process (the CLI, the app after a restart) sees the same timer.
    with service(data_dir, NOW + timedelta(minutes=95)) as svc:
        timer = running_timer(svc)
        assert timer is not None and timer.item_key == "course-0/m0"
        stopped, hours = stop_timer(svc)
        assert stopped.title == "Module 0"
        assert hours == 1.5  # 95 minutes, to the nearest quarter hour
        assert running_timer(svc) is None
        assert svc.load(plan).ledger.hours_logged() == 1.5
        svc.undo()
        assert svc.load(plan).ledger.hours_logged() == 0.0
        with pytest.raises(ServiceError, match="No timer is running"):
            stop_timer(svc)


def test_a_timer_on_a_deleted_plan_is_not_shown(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Plan", schedule=schedule())
        start_timer(svc, plan, "course-0/m0")
        svc.clock = FixedClock(NOW + timedelta(hours=1))
        svc.delete(plan)
        assert running_timer(svc) is None
        start_timer(svc, svc.create_plan(name="Other", schedule=schedule()), "course-0/m0")


def test_a_few_seconds_still_log_a_quarter_hour_and_a_forgotten_timer_a_day_at_most() -> None:
    assert logged_hours(0.01) == 0.25
    assert logged_hours(40) == 24.0
