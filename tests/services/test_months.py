"""Six months of a random learner on a real plans file (the short budget; bench/bench_months.py
runs the long one). The rules and the checks are in tests/months.py."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.months import Months

TestMonths = Months.TestCase
TestMonths.settings = settings(
    max_examples=2,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


def test_the_learner_really_ran_and_every_check_held() -> None:
    """The machine above ran its steps and checked the invariants after each (a run that
    stopped early, or checked nothing, would pass silently otherwise)."""
    from hypothesis.stateful import run_state_machine_as_test

    from tests.months import STATS

    before = STATS.get("steps", 0)
    run_state_machine_as_test(Months, settings=TestMonths.settings)
    assert STATS.get("steps", 0) - before >= 30, STATS
