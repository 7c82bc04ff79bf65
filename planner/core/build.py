"""From a catalog path to the ordered plan items the scheduler places.

:func:`build_plan_items` walks a :class:`StudyPath`'s steps in order (or in the
order the user chose), applies the user's course additions and removals, and
produces :class:`PlanItem` values:

* course modules, keyed ``<course-id>/<module-id>``, grouped by course;
* project milestones, keyed ``<project-id>/<milestone-id>``, grouped by project;
* the exam-preparation block, always last, for the chosen exam (a
  :class:`Certification`, normally ``Catalog.current_exam(...)``'s answer):

  - its total is ``prep_weeks`` × ``hours_per_week`` when a preparation length
    is given (the scheduler then dates the exam right after the final week; pass
    the *effective* weekly hours, :func:`planner.core.scheduler.weekly_capacity`,
    so the block spans exactly those weeks), otherwise the certification's
    ``prep_hours``;
  - the final review ``prep/review`` fills the final week (``hours_per_week``) when
    the block is sized in weeks, and takes the block's ``review_hours`` (at most a
    week) with an exam date;
    practice exams ``prep/practice-<n>`` come before it: each is one unsplittable
    sitting as long as the real exam (the certification's ``minutes``; the block's
    ``practice_exam_hours`` when the exam's length is unknown), so the scheduler
    places it whole on one day;
  - a short diagnostic practice test ``prep/diagnostic`` (the block's
    ``diagnostic_hours``, unsplittable) opens the block, when the block has one;
  - the rest is split over the exam's domains ``prep/<n>-<slug>`` by the
    midpoints of their published weight ranges, normalised, in whole 15-minute
    granules: each domain gets the floor of its exact share, and the granules
    left over go one each to the domains with the largest fractional parts (ties:
    the earlier domain), so the domains add up exactly to the domain hours.

Steps limited to some clouds (``PathStep.clouds``) are in only for a plan toward one of
those clouds: ``cloud`` if given, else the exam's cloud, else the path's default cloud.
Another cloud's steps named in ``remove`` or ``order`` are ignored, so a list of all the
path's steps still works. Optional steps are in unless ``include_optional`` is false.
Added courses go after
the path's last course or project, before the exam preparation. ``order`` (course
and project ids) reorders the courses and projects; it must name each exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planner.core.catalog import (
    Catalog,
    Certification,
    Cloud,
    ExamPrep,
    Module,
    PathStep,
    StepKind,
)
from planner.core.messages import Message
from planner.core.plan import ItemKind, PlanInputError, PlanItem
from planner.core.scheduler import granules_to_hours, hours_to_granules
from planner.core.titles import prep_group_message


def slugify(text: str, max_length: int = 40) -> str:
    """``"Architecting low-code AI solutions"`` -> ``"architecting-low-code-ai-solutions"``."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "domain"


def split_by_weights(total_granules: int, weights: Sequence[float]) -> list[int]:
    """Split whole granules by weights (largest remainder; ties go to the earlier entry)."""
    if not weights:
        return []
    weight_sum = sum(weights)
    if weight_sum <= 0:
        weights = [1.0] * len(weights)
        weight_sum = float(len(weights))
    exact = [total_granules * w / weight_sum for w in weights]
    shares = [int(x) for x in exact]
    left = total_granules - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in by_remainder[:left]:
        shares[i] += 1
    return shares


def _steps_in_order(
    catalog: Catalog,
    path_id: str,
    add_courses: Sequence[str],
    remove: Sequence[str],
    order: Sequence[str] | None,
    include_optional: bool,
    cloud: Cloud | None = None,
) -> tuple[list[PathStep], PathStep | None]:
    if path_id not in catalog.paths:
        known = ", ".join(sorted(catalog.paths)) or "–"
        raise PlanInputError(
            Message("error.unknown_path_known", {"path": repr(path_id), "known": known}), "path"
        )
    path = catalog.paths[path_id]
    cloud = cloud or path.default_cloud
    other_cloud = {st.ref for st in path.steps if not st.applies_to(cloud)}
    other_cloud -= {st.ref for st in path.steps if st.applies_to(cloud)}
    remove = [ref for ref in remove if ref not in other_cloud]
    if order is not None:
        order = [ref for ref in order if ref not in other_cloud or ref in add_courses]
    work = [st for st in path.steps if st.kind is not StepKind.EXAM_PREP and st.applies_to(cloud)]
    if not include_optional:
        work = [st for st in work if not st.optional]
    prep = next((st for st in path.steps if st.kind is StepKind.EXAM_PREP), None)
    refs = [st.ref for st in work]
    for ref in remove:
        if ref not in refs:
            raise PlanInputError(Message("error.not_in_path", {"ref": repr(ref)}), "remove")
    work = [st for st in work if st.ref not in set(remove)]
    for ref in add_courses:
        if ref not in catalog.courses:
            raise PlanInputError(Message("error.unknown_course", {"ref": repr(ref)}), "add")
        if any(st.ref == ref for st in work):
            raise PlanInputError(Message("error.course_in_plan", {"ref": repr(ref)}), "add")
        work.append(PathStep(kind=StepKind.COURSE, ref=ref))
    if order is not None:
        by_ref = {st.ref: st for st in work}
        if sorted(order) != sorted(by_ref):
            raise PlanInputError(
                Message("error.order", {"refs": ", ".join(st.ref for st in work)}), "order"
            )
        work = [by_ref[ref] for ref in order]
    return work, prep


def build_plan_items(
    catalog: Catalog,
    path_id: str,
    exam: Certification | None,
    *,
    hours_per_week: float,
    prep_weeks: int | None = None,
    add_courses: Sequence[str] = (),
    remove: Sequence[str] = (),
    order: Sequence[str] | None = None,
    include_optional: bool = True,
    cloud: Cloud | None = None,
) -> tuple[PlanItem, ...]:
    """The ordered plan items for a path (see the module docstring for the rules)."""
    if not hours_per_week > 0:
        raise PlanInputError(Message("error.hours_zero"), "hours_per_week")
    work, prep_step = _steps_in_order(
        catalog,
        path_id,
        add_courses,
        remove,
        order,
        include_optional,
        cloud or (exam.cloud if exam is not None else None),
    )
    items: list[PlanItem] = []
    for step in work:
        if step.kind is StepKind.COURSE:
            if step.ref not in catalog.courses:
                raise PlanInputError(
                    Message("error.path_unknown_course", {"ref": repr(step.ref)}), "path"
                )
            course = catalog.courses[step.ref]
            items.extend(
                _group_items(course.id, course.title, course.url, course.modules, ItemKind.MODULE)
            )
        elif step.kind is StepKind.PROJECT:
            if step.ref not in catalog.projects:
                raise PlanInputError(
                    Message("error.path_unknown_project", {"ref": repr(step.ref)}), "path"
                )
            project = catalog.projects[step.ref]
            items.extend(
                _group_items(project.id, project.title, "", project.milestones, ItemKind.PROJECT)
            )
    if prep_step is not None and exam is not None:
        if prep_step.ref not in catalog.exam_preps:
            raise PlanInputError(Message("error.path_unknown_prep", {"ref": repr(prep_step.ref)}))
        items.extend(
            prep_items(catalog.exam_preps[prep_step.ref], exam, hours_per_week, prep_weeks)
        )
    return tuple(items)


def _group_items(
    group: str, title: str, url: str, parts: Sequence[Module], kind: ItemKind
) -> list[PlanItem]:
    """One item per module of a course (or milestone of a project), keyed ``group/part``."""
    return [
        PlanItem(
            key=f"{group}/{m.id}",
            title=m.title,
            kind=kind,
            hours=m.hours,
            group=group,
            group_title=title,
            url=url,
            hours_is_estimate=m.hours_is_estimate,
            unsplit=m.unsplit,
        )
        for m in parts
        if m.hours > 0
    ]


def prep_items(
    prep: ExamPrep, exam: Certification, hours_per_week: float, prep_weeks: int | None
) -> list[PlanItem]:
    """Exam domains by weight, then practice exams, then the final review."""
    if prep_weeks is not None and prep_weeks <= 0:
        raise PlanInputError(Message("error.prep_weeks"), "prep_weeks")
    total = (
        hours_to_granules(prep_weeks * hours_per_week)
        if prep_weeks is not None
        else hours_to_granules(exam.prep_hours)
    )
    # The final review is a week of study when the block is sized in weeks; with an exam
    # date it is the catalog's review time (at most a week), so a high weekly figure does
    # not swallow the domains.
    week = hours_to_granules(hours_per_week)
    review = week if prep_weeks is not None else min(week, hours_to_granules(prep.review_hours))
    sitting = exam.minutes / 60 if exam.minutes > 0 else prep.practice_exam_hours
    practice = hours_to_granules(sitting) if prep.practice_exams else 0
    diagnostic = hours_to_granules(prep.diagnostic_hours) if prep.diagnostic_hours > 0 else 0
    domains = exam.domains or ()
    domain_total = total - review - practice * prep.practice_exams - diagnostic
    needed = max(len(domains), 1)
    if domain_total < needed:
        if prep_weeks is not None:
            raise PlanInputError(
                Message(
                    "error.prep_no_room_weeks",
                    {"hours": float(hours_per_week)},
                    count=prep_weeks,
                ),
                "prep_weeks",
            )
        raise PlanInputError(
            Message("error.prep_no_room", {"hours": float(exam.prep_hours), "exam": exam.name}),
            "prep_hours",
        )
    group_title = prep_group_message(exam.name).english()  # shown by planner.core.titles

    def item(
        key: str, title: str, kind: ItemKind, granules: int, unsplit: bool = False
    ) -> PlanItem:
        return PlanItem(
            key=key,
            title=title,
            kind=kind,
            hours=granules_to_hours(granules),
            group=prep.id,
            group_title=group_title,
            url=exam.url,
            unsplit=unsplit,
        )

    items: list[PlanItem] = []
    if diagnostic:
        title = "Diagnostic practice test"
        items.append(item("prep/diagnostic", title, ItemKind.PRACTICE_EXAM, diagnostic, True))
    if domains:
        shares = split_by_weights(domain_total, [d.weight for d in domains])
        for n, (domain, g) in enumerate(zip(domains, shares, strict=True), start=1):
            if g == 0:
                continue
            title = f"{domain.name} ({domain.weight_label})"
            items.append(item(f"prep/{n}-{slugify(domain.name)}", title, ItemKind.EXAM_DOMAIN, g))
    else:
        title = f"{exam.name}: official exam guide"
        items.append(item("prep/1-exam-guide", title, ItemKind.EXAM_DOMAIN, domain_total))
    for n in range(1, prep.practice_exams + 1):
        items.append(
            item(
                f"prep/practice-{n}",
                f"Practice exam {n}",
                ItemKind.PRACTICE_EXAM,
                practice,
                unsplit=True,
            )
        )
    items.append(item("prep/review", "Final review", ItemKind.REVIEW, review))
    return items
