"""Spaced review on a saved plan: turned on, changed and off through Edit Plan, undoable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.core.catalog import Catalog
from planner.core.review import review_domains
from planner.services.edit import apply_edit, choices_of, preview_edit
from planner.services.plans import PlanService
from tests.services.test_edit import LATER, make


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None).catalog


def reviews(svc: PlanService) -> list[str]:
    return [i.key for i in svc.load(1).items if i.group == "review"]


def test_review_on_then_a_larger_share_then_off_and_undo(data_dir: Path, catalog: Catalog) -> None:
    svc = make(data_dir, catalog)
    first = svc.load(1).items[0]
    svc.tick(1, first.key)
    before = svc.load(1)
    assert choices_of(before).review_share == 0 and reviews(svc) == []

    on = dataclasses.replace(choices_of(before), review_share=0.1)
    preview = preview_edit(svc, 1, on, catalog)
    assert preview.changes == ("spaced review: none → 10 % of the weekly hours",)
    assert preview.schedule is not None and preview.diagnosis is None
    added = [i for i in preview.added if i.group == "review"]
    assert added and all(i.title.startswith("Review — ") for i in added)
    # Only modules that serve a domain of the plan's exam are reviewed, each labelled so.
    served = review_domains(catalog.certifications["gcp-pmle"].domains, before.items)
    domains = set(served.values())
    assert all(any(f"— {d}: " in i.title for d in domains) for i in added)
    # The reviews are study time: the plan's hours are the items' hours, reviews included,
    # and none is due before today.
    sessions = preview.schedule.sessions
    assert sum(s.hours for s in sessions) == pytest.approx(
        sum(i.hours for i in preview.schedule.items)
    )
    review_days = [
        s.day for s in sessions for a in s.allocations if a.item_key.startswith("review/")
    ]
    assert min(review_days) >= LATER.date()

    apply_edit(svc, 1, on, catalog)
    assert choices_of(svc.load(1)).review_share == pytest.approx(0.1)
    small = len(reviews(svc))
    more = dataclasses.replace(choices_of(svc.load(1)), review_share=0.25)
    apply_edit(svc, 1, more, catalog)
    assert len(reviews(svc)) > small  # a larger share keeps more of the reviews
    off = dataclasses.replace(choices_of(svc.load(1)), review_share=0.0)
    apply_edit(svc, 1, off, catalog)
    assert reviews(svc) == [] and choices_of(svc.load(1)).review_share == 0
    assert svc.load(1).items == before.items  # off means none, the rest as it was
    svc.undo(1)
    assert choices_of(svc.load(1)).review_share == pytest.approx(0.25)


def test_a_share_above_a_quarter_is_refused_with_the_reason(
    data_dir: Path, catalog: Catalog
) -> None:
    svc = make(data_dir, catalog)
    too_much = dataclasses.replace(choices_of(svc.load(1)), review_share=0.4)
    preview = preview_edit(svc, 1, too_much, catalog)
    assert preview.schedule is None
    assert preview.error == "the share of weekly hours for review must lie between 0 and 25%"


def test_a_plan_whose_exam_maps_no_module_says_there_is_no_review(catalog: Catalog) -> None:
    from datetime import date

    from planner.services.builder import PlanChoices, build_preview

    cert = catalog.certifications["gcp-pmle"]
    bare = dataclasses.replace(
        cert, domains=tuple(dataclasses.replace(d, served_by=()) for d in cert.domains)
    )
    unmapped = dataclasses.replace(
        catalog, certifications={**catalog.certifications, "gcp-pmle": bare}
    )
    choices = PlanChoices(
        path_id="software-engineer",
        certification_id="gcp-pmle",
        start=date(2026, 12, 7),
        hours_per_week=8,
        exam_date=date(2027, 9, 1),
        review_share=0.1,
    )
    schedule = build_preview(unmapped, choices).schedule
    assert schedule is not None
    assert not any(i.group == "review" for i in schedule.items)
    assert any("no spaced review" in w.message for w in schedule.warnings)
    mapped = build_preview(catalog, choices).schedule
    assert mapped is not None and any(i.group == "review" for i in mapped.items)


def test_review_that_does_not_fit_is_shown_with_fixes_and_never_stored(
    data_dir: Path, catalog: Catalog
) -> None:
    from datetime import date

    from planner.services.builder import PlanChoices, build_preview
    from planner.services.clock import FixedClock

    def plan(exam: date) -> PlanChoices:
        return PlanChoices(
            path_id="software-engineer",
            certification_id="gcp-pmle",
            start=date(2027, 1, 4),
            hours_per_week=8,
            exam_date=exam,
            timezone="UTC",
        )

    too_soon = build_preview(catalog, plan(date(2027, 2, 1))).schedule
    assert too_soon is not None and too_soon.diagnosis is not None
    earliest = too_soon.diagnosis.earliest_exam_date
    assert earliest is not None
    tight = plan(earliest)  # the earliest exam day that fits: a full plan
    schedule = build_preview(catalog, tight).schedule
    assert schedule is not None and schedule.diagnosis is None
    svc = PlanService(data_dir, clock=FixedClock(LATER))
    svc.create_plan(
        name="Full",
        schedule=schedule,
        path_id="software-engineer",
        cloud="gcp",
        certification_id="gcp-pmle",
    )
    before = svc.load(1)
    on = dataclasses.replace(choices_of(before), review_share=0.25)
    preview = preview_edit(svc, 1, on, catalog)
    # The reviews' hours count: the plan no longer fits, and the edit says so with fixes.
    assert preview.schedule is None and preview.diagnosis is not None
    assert preview.fixes
    with pytest.raises(Exception, match="does not fit"):
        apply_edit(svc, 1, on, catalog)
    assert svc.load(1).items == before.items
