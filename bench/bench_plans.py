"""The plan list: reading every plan's summary with 1 plan, and with 20 busy plans.

Run: ``python bench/bench_plans.py``. Nothing is asserted. ``PlanService.list_plans()``
is what the sidebar reads after opening the plans file and after every change to the
list. Both data folders are real SQLite files in a temporary folder, filled through the
services: one plan whose ledger holds 2,000 events (ticks, unticks and logged hours),
then 19 what-if copies of it (``duplicate`` copies the progress history too). The
baseline is the same call on a folder with that one plan alone, so the ratio says how
much the list's cost grows with the number of plans and their history (target: at
most 1.5x: the list should not replay every plan's ledger).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import Row, samples, table, timed_row

from planner.core.plan import ItemKind, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import PlanService

NOW = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)
ITEMS = 300
EVENTS = 2_000
PLANS = 20


def busy_plan(svc: PlanService) -> int:
    """A 300-item plan with ``EVENTS`` ledger events: tick, log, untick, log, per item."""
    items = [
        PlanItem(
            f"course-{i // 10}/m{i}",
            f"Module {i}",
            ItemKind.MODULE,
            1.5,
            f"course-{i // 10}",
            f"Course {i // 10}",
        )
        for i in range(ITEMS)
    ]
    settings = PlanSettings(
        start=date(2026, 11, 30),
        hours_per_week=10,
        study_days=frozenset({0, 2, 4, 5}),
        timezone="Europe/Berlin",
    )
    plan_id = svc.create_plan(name="Busy plan", schedule=build_schedule(items, settings))
    for n in range(EVENTS):
        key = items[(n // 4) % ITEMS].key
        step = n % 4
        if step == 0:
            svc.tick(plan_id, key)
        elif step == 2:
            svc.untick(plan_id, key)
        else:
            svc.log_hours(plan_id, key, 0.75, date(2027, 1, 10))
    return plan_id


def measure(repeat: int = 15) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        one_folder, many_folder = Path(tmp) / "one", Path(tmp) / "many"
        one_folder.mkdir()
        many_folder.mkdir()
        with PlanService(one_folder, clock=FixedClock(NOW)) as one:
            busy_plan(one)
            assert len(one.list_plans()) == 1
            base = samples(one.list_plans, repeat)
        with PlanService(many_folder, clock=FixedClock(NOW)) as many:
            first = busy_plan(many)
            for n in range(1, PLANS):
                many.duplicate(first, f"What-if {n}")
            assert len(many.list_plans()) == PLANS
            ours = samples(many.list_plans, repeat)
    return [
        timed_row(
            f"plan list, {PLANS} plans × {EVENTS:,} events",
            ours,
            f"plan list, 1 plan × {EVENTS:,} events",
            base,
            "<= 1.5x",
        )
    ]


def main() -> None:
    print(table(measure()))


if __name__ == "__main__":
    main()
