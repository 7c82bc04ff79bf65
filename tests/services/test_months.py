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
