"""Storage benchmark: a tick round trip and opening a plan, against bare sqlite3.

Run: ``python bench/bench_storage.py``. Nothing is asserted. The plan has 300
items (about a full Google path in modules). A tick round trip is what a click
costs: the tick saved as one durable transaction (``synchronous=FULL``), then
the plan read back and its status worked out. Opening a plan is loading it
with its baseline and progress. The baseline is a bare ``sqlite3`` single-row
insert and commit on a file with the same durability settings: the floor for
any durable write.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import Row, samples, table, timed_row

from planner.core.plan import ItemKind, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.status import plan_status

NOW = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)


def make_service(folder: Path) -> tuple[PlanService, list[str]]:
    items = [
        PlanItem(
            f"course-{i // 10}/m{i}",
            f"Module {i}",
            ItemKind.MODULE,
            1.0 + (i % 4) * 0.5,
            f"course-{i // 10}",
            f"Course {i // 10}",
        )
        for i in range(300)
    ]
    settings = PlanSettings(
        start=date(2026, 11, 30),
        hours_per_week=10,
        study_days=frozenset({0, 2, 4, 5}),
        timezone="Europe/Berlin",
    )
    svc = PlanService(folder, clock=FixedClock(NOW))
    svc.create_plan(name="Bench", schedule=build_schedule(items, settings))
    return svc, [i.key for i in items]


def bare_insert(folder: Path) -> Callable[[], None]:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("create table t (id integer primary key, kind text, key text)")

    def insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("insert into t (kind, key) values ('done', 'x')")
        conn.execute("COMMIT")

    return insert


def wall_and_cpu(job: Callable[[], None], repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of the same runs (after one unmeasured run).

    CPU time leaves out the waits for the disk (fsync), so on a shared machine whose disk
    is busy it still shows what the code itself costs.
    """
    job()
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        job()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return wall, cpu


def measure(repeat: int = 60) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        svc, keys = make_service(folder)
        insert = bare_insert(folder)
        baseline, baseline_cpu = wall_and_cpu(insert, repeat)
        counter = iter(range(10**9))

        def tick_round_trip() -> None:
            n = next(counter)
            key = keys[(n // 2) % len(keys)]
            if n % 2 == 0:
                svc.tick(1, key)
            else:
                svc.untick(1, key)
            plan_status(svc.load(1), NOW.date())

        tick, tick_cpu = wall_and_cpu(tick_round_trip, repeat)
        opening = samples(lambda: svc.load(1), repeat)
        svc.close()
    base = "sqlite3 insert + commit"
    return [
        timed_row("tick round trip, 300 items", tick, base, baseline, "< 10 ms median"),
        timed_row("open a plan, 300 items", opening, base, baseline),
        timed_row("tick round trip, CPU time only", tick_cpu, f"{base} (CPU)", baseline_cpu),
    ]


def main() -> None:
    print(table(measure()))


if __name__ == "__main__":
    main()
