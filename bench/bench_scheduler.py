"""Scheduler benchmark: times and ratios against a plain loop over the same days.

Run: ``python bench/bench_scheduler.py``. Not part of the test suite; nothing is
asserted. Two cases from the issue: a 300-item plan (the size of a full Google
path broken into modules) and 10,000 items over about five years. The baseline is
a plain Python loop over the plan's days that only works out each day's capacity:
the floor for any day-by-day scheduler. A series at 2,500 / 5,000 / 10,000 items
shows whether the cost grows linearly.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from datetime import time as clock

from common import Row, samples, table, timed_row

from planner.core.plan import DateRange, ItemKind, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule

START = date(2026, 11, 30)


def best_of(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def make_items(n: int) -> list[PlanItem]:
    return [
        PlanItem(
            f"course-{i // 10}/module-{i}",
            f"Module {i}",
            ItemKind.MODULE if i < n - 10 else ItemKind.EXAM_DOMAIN,
            ((i % 5) + 1) * 0.25,
            f"course-{i // 10}",
            f"Course {i // 10}",
        )
        for i in range(n)
    ]


def holidays(years: int) -> tuple[DateRange, ...]:
    return tuple(DateRange(date(2026 + y, 12, 24), date(2027 + y, 1, 1)) for y in range(years + 1))


def baseline_loop(settings: PlanSettings, last: date) -> int:
    """Capacity of every day from the start to ``last``, in the plainest Python."""
    share = int(settings.hours_per_week * 4) // len(settings.study_days)
    total = 0
    day = settings.start
    one = timedelta(days=1)
    while day <= last:
        if day.weekday() in settings.study_days and not any(day in r for r in settings.days_off):
            total += share
        day += one
    return total


def case(name: str, n: int, settings: PlanSettings) -> float:
    items = make_items(n)
    schedule = build_schedule(items, settings)
    assert schedule.end_date is not None
    days = (schedule.end_date - settings.start).days + 1
    t_sched = best_of(lambda: build_schedule(items, settings))
    t_base = best_of(lambda: baseline_loop(settings, schedule.end_date))  # type: ignore[arg-type]
    print(
        f"{name:<34} {n:>6} items {days:>5} days  scheduler {t_sched * 1000:7.2f} ms  "
        f"baseline loop {t_base * 1000:6.2f} ms  ratio {t_sched / t_base:5.1f}x"
    )
    return t_sched


def google_settings() -> PlanSettings:
    return PlanSettings(
        start=START,
        hours_per_week=8,
        study_days=frozenset({0, 2, 5}),
        days_off=holidays(2),
        exam_date=date(2028, 6, 1),
    )


def five_year_settings() -> PlanSettings:
    return PlanSettings(
        start=START,
        hours_per_week=28,
        study_days=frozenset(range(7)),
        session_start=clock(18, 0),
        days_off=holidays(6),
    )


def row(name: str, n: int, settings: PlanSettings, repeat: int = 15) -> Row:
    items = make_items(n)
    end = build_schedule(items, settings).end_date
    assert end is not None
    ours = samples(lambda: build_schedule(items, settings), repeat)
    base = samples(lambda: baseline_loop(settings, end), repeat)
    return timed_row(name, ours, "plain loop over the same days", base, "< 100 ms at 10,000")


def measure() -> list[Row]:
    return [
        row("schedule 300 items", 300, google_settings()),
        row("schedule 10,000 items (5 years)", 10_000, five_year_settings()),
    ]


def main() -> None:
    print(table(measure()))
    print()
    too_early = replace(five_year_settings(), exam_date=date(2030, 6, 1))
    case("10,000 items, exam too early", 10_000, too_early)
    print()
    print("linearity (same settings, growing items):")
    per_item = []
    for n in (2_500, 5_000, 10_000):
        t = case(f"  {n} items", n, five_year_settings())
        per_item.append(t / n * 1e6)
    print(
        f"  µs per item: {', '.join(f'{x:.2f}' for x in per_item)} "
        f"(spread {max(per_item) / statistics.mean(per_item):.2f} of the mean)"
    )


if __name__ == "__main__":
    main()
