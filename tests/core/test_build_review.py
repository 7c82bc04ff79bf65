"""The final review: a week when preparation is sized in weeks, the catalog's time otherwise."""

from __future__ import annotations

from planner.catalog import load_catalog
from planner.core.build import build_plan_items


def _review_and_domains(hours_per_week: float, prep_weeks: int | None) -> tuple[float, float]:
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["azure-ai-103"]
    items = build_plan_items(
        catalog, "ml-practitioner", exam, hours_per_week=hours_per_week, prep_weeks=prep_weeks
    )
    review = next(i.hours for i in items if i.key == "prep/review")
    domains = sum(i.hours for i in items if i.kind.value == "exam_domain")
    return review, domains


def test_with_an_exam_date_a_high_weekly_figure_does_not_swallow_the_domains() -> None:
    review, domains = _review_and_domains(30, None)
    catalog = load_catalog(None).catalog
    assert review == catalog.exam_preps["exam-prep"].review_hours
    assert domains > review


def test_with_preparation_weeks_the_review_is_the_final_week() -> None:
    review, _ = _review_and_domains(8, 10)
    assert review == 8
