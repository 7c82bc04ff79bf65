"""The new-plan wizard's choices and the plan they make (pure: no Qt, no I/O).

It follows the rules of ``study-planner new`` (``planner/cli/plan.py``): the
items come from :func:`planner.core.build.build_plan_items` with the *effective*
weekly hours, and the scheduler places them. What the wizard adds: the user picks
the certification explicitly (retired ones stay choosable, with the scheduler's
warning), orders, drops and adds courses, and may change any item's hours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time

from planner.core.build import build_plan_items
from planner.core.catalog import Catalog, Certification, Cloud, StepKind
from planner.core.plan import DateRange, PlanInputError, PlanItem, PlanSettings, Schedule
from planner.core.scheduler import build_schedule, weekly_capacity

DEFAULT_DAYS = frozenset({0, 2, 5})  # Mon, Wed, Sat, as the CLI


@dataclass(frozen=True)
class WizardChoices:
    path_id: str
    certification_id: str
    steps: tuple[str, ...]  # the plan's courses and projects, in order
    start: date
    hours_per_week: float
    cloud: Cloud = Cloud.GCP
    exam_date: date | None = None
    prep_weeks: int | None = None
    study_days: frozenset[int] = DEFAULT_DAYS
    session_start: time = time(19, 0)
    days_off: tuple[DateRange, ...] = ()
    timezone: str = "UTC"
    week_start: int = 0
    hour_overrides: Mapping[str, float] = field(default_factory=dict)  # item key -> hours


@dataclass(frozen=True)
class Preview:
    schedule: Schedule | None
    error: str = ""  # why there is no schedule, for the user
    error_field: str = ""  # the PlanInputError's field, to point at the control


def default_steps(catalog: Catalog, path_id: str, cloud: Cloud | None = None) -> tuple[str, ...]:
    """The path's courses and projects in its order, optional ones included; with a
    ``cloud``, only the steps for that cloud (each cloud has its own hands-on coursework)."""
    path = catalog.paths[path_id]
    return tuple(
        s.ref for s in path.steps if s.kind is not StepKind.EXAM_PREP and s.applies_to(cloud)
    )


def exam_name(cert: Certification) -> str:
    return f"{cert.name} ({cert.exam_code})"


def settings_for(choices: WizardChoices, cert: Certification) -> PlanSettings:
    return PlanSettings(
        start=choices.start,
        hours_per_week=choices.hours_per_week,
        study_days=choices.study_days,
        session_start=choices.session_start,
        days_off=choices.days_off,
        timezone=choices.timezone,
        exam_date=choices.exam_date,
        prep_weeks=None if choices.exam_date is not None else choices.prep_weeks,
        week_start=choices.week_start,
        exam_retired_on=cert.retired_on,
        exam_name=exam_name(cert),
    )


def plan_items(catalog: Catalog, choices: WizardChoices) -> tuple[PlanItem, ...]:
    """The ordered items for the choices; raises PlanInputError with a user message."""
    cert = catalog.certifications.get(choices.certification_id)
    if cert is None:
        raise PlanInputError("choose a certification", "certification")
    settings = settings_for(choices, cert)
    default = default_steps(catalog, choices.path_id, choices.cloud)
    wanted = set(choices.steps)
    items = build_plan_items(
        catalog,
        choices.path_id,
        cert,
        hours_per_week=weekly_capacity(settings) or choices.hours_per_week,
        prep_weeks=settings.prep_weeks,
        add_courses=[ref for ref in choices.steps if ref not in default],
        remove=[ref for ref in default if ref not in wanted],
        order=list(choices.steps),
        cloud=choices.cloud,
    )
    overrides = choices.hour_overrides
    return tuple(
        replace(it, hours=overrides[it.key], hours_is_estimate=False) if it.key in overrides else it
        for it in items
    )


def build_preview(catalog: Catalog, choices: WizardChoices) -> Preview:
    """The schedule the choices make, or the reason there is none."""
    try:
        cert = catalog.certifications.get(choices.certification_id)
        items = plan_items(catalog, choices)
        assert cert is not None  # plan_items checked it
        return Preview(build_schedule(items, settings_for(choices, cert)))
    except PlanInputError as exc:
        return Preview(None, str(exc), exc.field_name)
