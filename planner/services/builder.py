"""The one plan builder: a learner's choices in, a schedule (or the reason there is none) out.

The new-plan wizard and ``study-planner new`` both call :func:`build_preview`,
so they follow the same rules: the items come from
:func:`planner.core.build.build_plan_items` with the *effective* weekly hours
(what the study days really hold), the scheduler places them, and every date or
number that cannot make a plan — a start in the year 9999, zero hours — is a
:class:`~planner.core.plan.PlanInputError` with a message for the user, never an
exception from date arithmetic. Pure: no Qt, no database, no clock.

The wizard names the certification and the courses explicitly (in its order,
with the user's own hours); the command line names a path and a cloud, and the
exam follows the catalog's successors for the plan's dates
(:func:`exam_for_path`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time

from planner.core.build import build_plan_items
from planner.core.catalog import Catalog, Certification, Cloud, ExamChoice, StepKind
from planner.core.fixes import Fix, fit_fixes
from planner.core.messages import Message
from planner.core.plan import (
    DateRange,
    PlanInputError,
    PlanItem,
    PlanSettings,
    PlanWarning,
    Schedule,
    WarningCode,
)
from planner.core.scheduler import build_schedule, weekly_capacity

DEFAULT_DAYS = frozenset({0, 2, 5})  # Mon, Wed, Sat
LAST_DAY_MESSAGE = Message("error.last_day")


@dataclass(frozen=True)
class PlanChoices:
    """Everything a new plan is made from."""

    path_id: str
    certification_id: str
    start: date
    hours_per_week: float
    # The plan's courses and projects in order; None: the path's own steps, changed by
    # ``add``, ``drop`` and ``include_optional`` (the command line's way).
    steps: tuple[str, ...] | None = None
    cloud: Cloud = Cloud.GCP
    exam_date: date | None = None
    prep_weeks: int | None = None
    study_days: frozenset[int] = DEFAULT_DAYS
    session_start: time = time(19, 0)
    max_session_hours: float | None = None
    days_off: tuple[DateRange, ...] = ()
    timezone: str = "UTC"
    week_start: int = 0
    hour_overrides: Mapping[str, float] = field(default_factory=dict)  # item key -> hours
    add: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    include_optional: bool = True
    note: str = ""  # said about the exam choice (a retired exam replaced), shown as a warning
    # Share of the weekly hours for spaced review of finished modules that serve a domain
    # of the exam (0: none; at most planner.core.review.MAX_SHARE).
    review_share: float = 0.0
    today: date | None = None  # when given, an exam date on or before it is named as past


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


def exam_for_path(
    catalog: Catalog, path_id: str, cloud: Cloud | None, on: date, language: str = "en"
) -> ExamChoice:
    """The exam a path leads to for ``cloud`` (default: the path's) on ``on``, sat in
    ``language``: retired exams are followed to their successors."""
    path = catalog.paths.get(path_id)
    if path is None:
        known = ", ".join(sorted(catalog.paths))
        raise PlanInputError(
            Message("error.unknown_path_known", {"path": repr(path_id), "known": known}), "path"
        )
    chosen = cloud or path.default_cloud
    cert_id = path.exams.get(chosen)
    if cert_id is None:
        offered = ", ".join(c.value for c in path.exams) or "–"
        raise PlanInputError(
            Message(
                "error.path_no_exam",
                {"path": repr(path.id), "cloud": chosen.value, "offered": offered},
            ),
            "cloud",
        )
    return catalog.current_exam(cert_id, on, language)


def settings_for(choices: PlanChoices, cert: Certification) -> PlanSettings:
    return PlanSettings(
        start=choices.start,
        hours_per_week=choices.hours_per_week,
        study_days=choices.study_days,
        session_start=choices.session_start,
        max_session_hours=choices.max_session_hours,
        days_off=choices.days_off,
        timezone=choices.timezone,
        exam_date=choices.exam_date,
        prep_weeks=None if choices.exam_date is not None else choices.prep_weeks,
        week_start=choices.week_start,
        exam_retired_on=cert.retired_on,
        exam_name=exam_name(cert),
        review_share=choices.review_share,
    )


def plan_items(catalog: Catalog, choices: PlanChoices) -> tuple[PlanItem, ...]:
    """The ordered items for the choices; raises PlanInputError with a user message."""
    cert = catalog.certifications.get(choices.certification_id)
    if cert is None:
        raise PlanInputError(Message("error.choose_certification"), "certification")
    if choices.path_id not in catalog.paths:
        raise PlanInputError(Message("error.unknown_path", {"path": repr(choices.path_id)}), "path")
    settings = settings_for(choices, cert)
    if choices.steps is None:
        add, remove, order = list(choices.add), list(choices.drop), None
    else:
        default = default_steps(catalog, choices.path_id, choices.cloud)
        wanted = set(choices.steps)
        add = [ref for ref in choices.steps if ref not in default]
        remove = [ref for ref in default if ref not in wanted]
        order = list(choices.steps)
    items = build_plan_items(
        catalog,
        choices.path_id,
        cert,
        hours_per_week=weekly_capacity(settings) or choices.hours_per_week,
        prep_weeks=settings.prep_weeks,
        add_courses=add,
        remove=remove,
        order=order,
        include_optional=choices.include_optional,
        cloud=choices.cloud,
    )
    overrides = choices.hour_overrides
    return tuple(
        replace(it, hours=overrides[it.key], hours_is_estimate=False) if it.key in overrides else it
        for it in items
    )


def fixes_for(catalog: Catalog, choices: PlanChoices, schedule: Schedule) -> tuple[Fix, ...]:
    """Every fix that makes ``schedule`` fit before its exam, smallest change first (the
    path's optional courses among them, with the hours each saves)."""
    if schedule.diagnosis is None:
        return ()
    path = catalog.paths.get(choices.path_id)
    optional = {s.ref for s in path.steps if s.optional} if path else set()
    groups = {i.group: i.group_title for i in schedule.items if i.group in optional}
    return fit_fixes(schedule.items, schedule.settings, groups)


def build_preview(catalog: Catalog, choices: PlanChoices) -> Preview:
    """The schedule the choices make, or the reason there is none."""
    try:
        return Preview(_build(catalog, choices))
    except PlanInputError as exc:
        return Preview(None, str(exc), exc.field_name)


def _build(catalog: Catalog, choices: PlanChoices) -> Schedule:
    from planner.core.fixes import past_exam_message

    h = choices.hours_per_week
    if h != h or h <= 0:
        raise PlanInputError(Message("error.zero_hours", {"hours": float(h)}), "hours_per_week")
    exam = choices.exam_date
    if choices.today is not None and exam is not None and exam > choices.start:
        past = past_exam_message(exam, choices.today)
        if past:
            raise PlanInputError(past, "exam_date")
    cert = catalog.certifications.get(choices.certification_id)
    items = plan_items(catalog, choices)
    assert cert is not None  # plan_items checked it
    try:
        settings = settings_for(choices, cert)
        schedule = build_schedule(items, settings)
        if choices.review_share > 0:
            from planner.core.review import review_domains, with_spaced_review

            served = review_domains(cert.domains, items)
            reviewed = with_spaced_review(
                items, schedule, choices.review_share, choices.hours_per_week, served
            )
            if reviewed != items:
                schedule = build_schedule(reviewed, settings)
            elif not served:
                unserved = PlanWarning(
                    WarningCode.OTHER,
                    f"no spaced review: the catalog names no module of this plan as preparing "
                    f"a domain of {cert.exam_code}",
                )
                schedule = replace(schedule, warnings=(*schedule.warnings, unserved))
    except PlanInputError:
        raise
    except OverflowError as exc:
        raise PlanInputError(LAST_DAY_MESSAGE, "start") from exc
    except ValueError as exc:  # date arithmetic past 9999-12-31
        if "out of range" not in str(exc) and "year" not in str(exc):
            raise
        raise PlanInputError(LAST_DAY_MESSAGE, "start") from exc
    if choices.note:
        note = PlanWarning(WarningCode.OTHER, choices.note)
        schedule = replace(schedule, warnings=(note, *schedule.warnings))
    return schedule
