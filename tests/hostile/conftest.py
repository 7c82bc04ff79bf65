"""Fixtures for the hostile-input and fault suite.

Every test here feeds the product something a careless or unlucky user could
give it (garbage files, absurd arguments, a full disk, a read-only folder) and
checks what a user would notice: the command says what went wrong in one line,
exits with a non-zero status, and nothing already saved is lost or changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.services.clock import default_clock
from tests.hostile.helpers import CliRunner
from tests.plan_factory import schedule, service


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A data folder holding one plan with a tick, so there is something to lose.

    Made at the time the commands under test read (the real clock, or ``cli_now``'s when
    the test asks for that first): a backup dated after it (the factory's fixed day) would
    not count as today's.
    """
    with service(data_dir, now=default_clock().now()) as svc:
        plan = svc.create_plan(name="Google MLE", schedule=schedule())
        svc.tick(plan, "course-0/m0")
    return data_dir


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> CliRunner:
    """Run the command line; return (status, stdout, stderr). Argparse exits count too."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            status = main(list(args))
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return status, out, err

    return run
