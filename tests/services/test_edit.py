"""Editing a saved plan: what moves, done work kept, one undoable step, honest refusals."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.core.catalog import Catalog, Cloud
from planner.core.fixes import FixKind
from planner.services.builder import PlanChoices, build_preview, exam_for_path
from planner.services.clock import FixedClock
from planner.services.edit import apply_edit, choices_of, preview_edit
from planner.services.plans import PlanService, ServiceError
from planner.services.status import plan_status

START = date(2026, 12, 7)  # a Monday
LATER = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)  # four weeks in
EXAM = date(2027, 9, 1)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None).catalog


def make(data_dir: Path, catalog: Catalog, now: datetime = LATER) -> PlanService:
    choice = exam_for_path(catalog, "software-engineer", Cloud.GCP, EXAM)
    choices = PlanChoices(
        path_id="software-engineer",
        certification_id=choice.certification.id,
        start=START,
        hours_per_week=8,
        exam_date=EXAM,
        timezone="UTC",
    )
    schedule = build_preview(catalog, choices).schedule
    assert schedule is not None
    svc = PlanService(data_dir, clock=FixedClock(now))
    svc.create_plan(
        name="Google MLE",
        schedule=schedule,
        path_id="software-engineer",
        cloud="gcp",
        certification_id=choice.certification.id,
    )
    return svc


def test_more_hours_finish_sooner_and_keep_done_work(data_dir: Path, catalog: Catalog) -> None:
    svc = make(data_dir, catalog)
    first = svc.load(1).items[0]
    svc.tick(1, first.key)
    before = svc.load(1)
    choices = dataclasses.replace(choices_of(before), hours_per_week=12)
    preview = preview_edit(svc, 1, choices, catalog)
    assert preview.changes == ("hours per week: 8 h → 12 h",)
    project = {m.key: m for m in preview.moves if m.key.startswith("portfolio-project/")}
    assert project and all(m.days < 0 for m in project.values())  # the project ends sooner
    assert svc.load(1).settings.hours_per_week == 8  # a preview stores nothing

    apply_edit(svc, 1, choices, catalog)
    after = svc.load(1)
    assert after.settings.hours_per_week == 12
    assert first.key in after.ledger.done
    placed = {first.key: 0.0}
    for session in after.baseline.sessions:
        for a in session.allocations:
            placed[a.item_key] = placed.get(a.item_key, 0.0) + a.hours
    assert all(abs(placed[i.key] - i.hours) < 1e-6 for i in after.items)
    assert svc.peek_undo(1) is not None and svc.peek_undo(1).label == "Edit plan"  # type: ignore[union-attr]

    svc.undo(1)
    assert svc.load(1).settings.hours_per_week == 8
    assert svc.load(1).baseline == before.baseline


def test_dropping_and_adding_courses_is_one_step(data_dir: Path, catalog: Catalog) -> None:
    svc = make(data_dir, catalog)
    before = svc.load(1)
    steps = tuple(s for s in choices_of(before).steps if s != "ml-classification")
    choices = dataclasses.replace(choices_of(before), steps=steps)
    preview = apply_edit(svc, 1, choices, catalog)
    assert "courses dropped: ml-classification" in preview.changes
    after = svc.load(1)
    assert not any(i.group == "ml-classification" for i in after.items)
    assert (
        plan_status(after, LATER.date()).hours_total < plan_status(before, LATER.date()).hours_total
    )
    svc.undo(1)
    assert any(i.group == "ml-classification" for i in svc.load(1).items)


def test_a_course_with_done_work_is_not_dropped_silently(data_dir: Path, catalog: Catalog) -> None:
    svc = make(data_dir, catalog)
    first = svc.load(1).items[0]
    svc.tick(1, first.key)
    choices = choices_of(svc.load(1))
    steps = tuple(s for s in choices.steps if s != first.group)
    preview = preview_edit(svc, 1, dataclasses.replace(choices, steps=steps), catalog)
    assert "untick it before dropping" in preview.error
    with pytest.raises(ServiceError, match="Nothing was changed"):
        apply_edit(svc, 1, dataclasses.replace(choices, steps=steps), catalog)


def test_zero_hours_and_a_past_exam_are_refused_with_the_reason(
    data_dir: Path, catalog: Catalog
) -> None:
    svc = make(data_dir, catalog)
    choices = choices_of(svc.load(1))
    zero = preview_edit(svc, 1, dataclasses.replace(choices, hours_per_week=0), catalog)
    assert "0 h/week would never finish the plan" in zero.error
    past = preview_edit(svc, 1, dataclasses.replace(choices, exam_date=date(2027, 1, 1)), catalog)
    assert "has already passed" in past.error
    assert svc.peek_undo(1) is not None and svc.peek_undo(1).label.startswith("Create")  # type: ignore[union-attr]


def test_an_edit_that_does_not_fit_offers_every_fix_smallest_first(
    data_dir: Path, catalog: Catalog
) -> None:
    svc = make(data_dir, catalog, now=datetime(2026, 12, 1, tzinfo=UTC))
    choices = dataclasses.replace(choices_of(svc.load(1)), exam_date=date(2027, 5, 20))
    preview = preview_edit(svc, 1, choices, catalog)
    assert preview.schedule is None and preview.diagnosis is not None
    kinds = [f.kind for f in preview.fixes]
    assert {FixKind.HOURS, FixKind.EXAM, FixKind.STUDY_DAY, FixKind.DROP} <= set(kinds)
    assert [f.change for f in preview.fixes] == sorted(f.change for f in preview.fixes)
    drop = next(f for f in preview.fixes if f.kind is FixKind.DROP)
    assert "(−21 h)" in drop.message
    # Each fix, applied, makes the edit fit.
    for fix in preview.fixes:
        fixed = choices
        if fix.hours_per_week is not None:
            fixed = dataclasses.replace(fixed, hours_per_week=fix.hours_per_week)
        if fix.exam_date is not None:
            fixed = dataclasses.replace(fixed, exam_date=fix.exam_date)
        if fix.study_days is not None:
            fixed = dataclasses.replace(fixed, study_days=fix.study_days)
        if fix.drop:
            fixed = dataclasses.replace(
                fixed, steps=tuple(s for s in fixed.steps if s not in fix.drop)
            )
        assert preview_edit(svc, 1, fixed, catalog).schedule is not None, fix.message


def test_switching_to_preparation_weeks_sizes_the_exam_preparation(
    data_dir: Path, catalog: Catalog
) -> None:
    svc = make(data_dir, catalog)
    choices = dataclasses.replace(choices_of(svc.load(1)), exam_date=None, prep_weeks=8)
    apply_edit(svc, 1, choices, catalog)
    after = svc.load(1)
    assert after.settings.exam_date is None and after.settings.prep_weeks == 8
    assert after.baseline.exam_date is not None
