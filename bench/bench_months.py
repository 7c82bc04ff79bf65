"""The long run of six months of use: ``python bench/bench_months.py [--examples N] [--steps N]``.

Drives :class:`tests.months.Months` (the stateful test of the suite, same rules and
checks) through many more random learners and steps, and prints how many steps,
plans and actions it made and whether any check failed. Figures are recorded in the
README ("Six months of use, proved").
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests import months


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=40, help="random learners")
    parser.add_argument("--steps", type=int, default=100, help="steps per learner at most")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    chosen = settings(
        max_examples=args.examples,
        stateful_step_count=args.steps,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=args.seed is not None,
    )
    began = time.monotonic()
    failure = ""
    try:
        run_state_machine_as_test(months.Months, settings=chosen)
    except Exception as exc:  # a failed check: report it with the figures
        failure = f"{type(exc).__name__}: {exc}"
    elapsed = time.monotonic() - began
    for what, n in sorted(months.STATS.items()):
        print(f"{what:>28}  {n}")
    print(f"{'seconds':>28}  {elapsed:.0f}")
    print(f"{'failure':>28}  {failure or 'none'}")
    return 1 if failure else 0


if __name__ == "__main__":
    raise SystemExit(main())
