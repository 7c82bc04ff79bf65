"""The smoke check that `build_bundle.py` and `check_wheel.sh` run, tried on this checkout.

It runs the real programs in fresh processes: the CLI makes a plan in a temporary
data folder, then the app starts offscreen and must list it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "packaging" / "launcher.py"

pytestmark = pytest.mark.gui


def _smoke_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "smoke_check", ROOT / "packaging" / "smoke_check.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_checkout_passes_the_smoke_check() -> None:
    lines = _smoke_check().smoke_check(
        [sys.executable, str(LAUNCHER)], resources_under=ROOT / "resources"
    )
    assert any("plan list: 1 plan(s)" in line for line in lines), lines
    assert any(f"resources: {ROOT / 'resources'}" in line for line in lines), lines


def test_resources_from_elsewhere_fail_the_check(tmp_path: Path) -> None:
    module = _smoke_check()
    with pytest.raises(module.SmokeError, match="resources come from"):
        module.smoke_check([sys.executable, str(LAUNCHER)], resources_under=tmp_path)


def test_a_failing_program_fails_the_check() -> None:
    module = _smoke_check()
    with pytest.raises(module.SmokeError, match="exited with 3"):
        module.smoke_check([sys.executable, "-c", "import sys; sys.exit(3)"])


def test_the_app_fails_the_smoke_when_the_plan_is_not_listed(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        STUDY_PLANNER_DATA_DIR=str(tmp_path / "data"),
        STUDY_PLANNER_SMOKE="1",
        STUDY_PLANNER_SMOKE_PLAN="A plan nobody made",
        STUDY_PLANNER_SMOKE_TIMEOUT="1",
    )
    done = subprocess.run(
        [sys.executable, str(LAUNCHER)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "smoke ok" not in done.stdout
    assert "'A plan nobody made' is not listed" in done.stderr
