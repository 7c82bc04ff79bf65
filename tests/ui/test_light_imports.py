"""Importing the views, dialogs, wizard and models does not load SQLAlchemy or icalendar.

Their service types are imported for type checking only, so the window can paint
before the ORM is loaded (docs/decisions.md, "Start-up: paint first, load the ORM after").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "planner.ui.charts",
    "planner.ui.theme",
    "planner.ui.preferences",
    "planner.ui.screenshots",
    "planner.ui.wizard",
    "planner.ui.views.progress",
    "planner.ui.views.catalog",
    "planner.ui.dialogs.replan",
    "planner.ui.dialogs.export",
    "planner.ui.dialogs.recovery",
    "planner.ui.models.plans",
    "planner.ui.models.schedule",
    "planner.ui.models.this_week",
    "planner.ui.models.wizard_courses",
    "planner.ui.models.wizard_plan",
    "planner.ui.models.wizard_preview",
]


def test_ui_modules_import_without_sqlalchemy_or_icalendar() -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    loaded = set(json.loads(out))
    assert "PySide6" in loaded  # the modules really were imported
    assert not loaded & {"sqlalchemy", "icalendar"}, sorted(loaded & {"sqlalchemy", "icalendar"})
