"""The new-plan wizard's choices and the plan they make: the services' one plan builder.

The wizard and ``study-planner new`` share :mod:`planner.services.builder` (pure: no
Qt, no I/O); this module only gives it the wizard's names.
"""

from __future__ import annotations

from planner.services.builder import (
    DEFAULT_DAYS,
    PlanChoices,
    Preview,
    build_preview,
    default_steps,
    exam_name,
    plan_items,
    settings_for,
)

WizardChoices = PlanChoices

__all__ = [
    "DEFAULT_DAYS",
    "Preview",
    "WizardChoices",
    "build_preview",
    "default_steps",
    "exam_name",
    "plan_items",
    "settings_for",
]
