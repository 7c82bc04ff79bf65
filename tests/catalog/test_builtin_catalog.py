"""The shipped catalog: loads cleanly and carries the facts the issue lists."""

from __future__ import annotations

from datetime import date

import pytest

from planner.catalog import load_catalog
from planner.core.catalog import Catalog, Cloud, StepKind


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    result = load_catalog(None)
    assert [str(p) for p in result.problems] == []
    return result.catalog


def test_builtin_catalog_has_the_five_exams_with_status_and_successors(catalog: Catalog) -> None:
    certs = catalog.certifications
    assert set(certs) == {"gcp-pmle", "aws-mls-c01", "aws-mla-c01", "azure-ai-102", "azure-ai-103"}
    assert certs["aws-mls-c01"].retired_on == date(2026, 3, 31)
    assert certs["aws-mls-c01"].successor_id == "aws-mla-c01"
    assert certs["azure-ai-102"].retired_on == date(2026, 6, 30)
    assert certs["azure-ai-102"].successor_id == "azure-ai-103"
    assert not certs["gcp-pmle"].is_retired
    assert certs["aws-mla-c01"].passing_score == "720/1000"
    assert certs["gcp-pmle"].price_usd == 200


def test_every_exam_has_weights_near_100_and_ranges_where_the_vendor_gives_ranges(
    catalog: Catalog,
) -> None:
    for cert in catalog.certifications.values():
        assert 90 <= sum(d.weight for d in cert.domains) <= 110, cert.id
    ai102 = catalog.certifications["azure-ai-102"]
    assert ai102.domains[0].weight_label == "20–25%"
    assert catalog.certifications["aws-mla-c01"].domains[0].weight_label == "28%"


def test_courses_carry_the_guides_ratings_and_hours(catalog: Catalog) -> None:
    guide = {
        "production-ml-systems": 9.7,
        "structuring-ml-projects": 9.8,
        "applied-ml-python": 9.7,
        "ml-classification": 9.7,
        "cluster-analysis-python": 9.7,
    }
    for course_id, rating in guide.items():
        course = catalog.courses[course_id]
        assert course.rating == rating
        assert course.hours > 0 and course.modules and course.url.startswith("https://")
    assert catalog.courses["ml-classification"].hours == pytest.approx(21)


def test_provider_figures_and_estimates_are_told_apart(catalog: Catalog) -> None:
    welcome = catalog.courses["ml-classification"].modules[0]
    assert welcome.id == "welcome" and not welcome.hours_is_estimate
    estimated = {f"{c.id}/{m.id}" for c, m in catalog.estimated_modules()}
    assert "ml-classification/welcome" not in estimated
    assert "structuring-ml-projects/week-1" in estimated
    labels = {(e.entry_id, e.field_name) for e in catalog.estimates()}
    assert ("azure-ai-103", "price_usd") in labels
    assert ("gcp-pmle", "domains") in labels
    assert ("gcp-pmle", "price_usd") not in labels
    assert ("portfolio-project/model", "hours") in labels


def test_every_entry_carries_sources_and_an_as_of_date(catalog: Catalog) -> None:
    groups = [
        catalog.certifications,
        catalog.courses,
        catalog.projects,
        catalog.exam_preps,
        catalog.paths,
    ]
    for group in groups:
        for entry in group.values():
            assert entry.provenance.as_of == date(2026, 11, 26), entry.id
            assert entry.provenance.sources, entry.id
    assert catalog.stale_entries(date(2026, 11, 26)) == []
    assert len(catalog.stale_entries(date(2026, 11, 27))) == sum(len(g) for g in groups)


def test_paths_follow_the_guide(catalog: Catalog) -> None:
    se = catalog.paths["software-engineer"]
    assert [s.ref for s in se.steps] == [
        "structuring-ml-projects",
        "applied-ml-python",
        "ml-classification",
        "cluster-analysis-python",
        "portfolio-project",
        "exam-prep",
    ]
    assert [s.optional for s in se.steps] == [False, False, True, True, False, False]
    assert set(se.exams) == {Cloud.GCP, Cloud.AWS, Cloud.AZURE}
    ds = catalog.paths["data-scientist"]
    assert ds.steps[0].ref == "production-ml-systems" and ds.exams[Cloud.GCP] == "gcp-pmle"
    assert [s.kind for s in catalog.paths["ml-practitioner"].steps] == [StepKind.EXAM_PREP]
    prep = catalog.exam_preps["exam-prep"]
    assert (prep.weeks_min, prep.weeks_max) == (8, 12)
    milestones = [m.id for m in catalog.projects["portfolio-project"].milestones]
    assert milestones == ["scope", "data", "model", "deployment", "write-up"]


def test_google_full_path_holds_googles_twenty_items(catalog: Catalog) -> None:
    path = catalog.paths["google-full"]
    courses = [s.ref for s in path.steps if s.kind is StepKind.COURSE]
    assert len(courses) == 20
    assert courses[7] == "production-ml-systems"
    assert sum(catalog.courses[c].hours for c in courses) == pytest.approx(115.5)
    assert dict(path.exams) == {Cloud.GCP: "gcp-pmle"}


@pytest.mark.parametrize(
    ("cloud", "on", "expected", "redirected"),
    [
        (Cloud.AWS, date(2026, 11, 26), "aws-mla-c01", True),
        (Cloud.AWS, date(2026, 3, 31), "aws-mls-c01", False),  # the last day it could be sat
        (Cloud.AZURE, date(2026, 7, 1), "azure-ai-103", True),
        (Cloud.AZURE, date(2026, 6, 1), "azure-ai-102", False),
        (Cloud.GCP, date(2026, 11, 26), "gcp-pmle", False),
    ],
)
def test_retired_exams_resolve_to_their_successor_with_a_note(
    catalog: Catalog, cloud: Cloud, on: date, expected: str, redirected: bool
) -> None:
    choice = catalog.exam_for("software-engineer", cloud, on)
    assert choice is not None
    assert choice.certification.id == expected
    assert choice.was_redirected is redirected
    if redirected:
        assert "retired on" in choice.note and choice.requested.exam_code in choice.note
    else:
        assert choice.note == ""


def test_retiring_before_a_date(catalog: Catalog) -> None:
    assert [c.id for c in catalog.retiring_before(date(2026, 3, 31))] == []
    assert [c.id for c in catalog.retiring_before(date(2026, 4, 1))] == ["aws-mls-c01"]
    assert {c.id for c in catalog.retiring_before(date(2026, 7, 1))} == {
        "aws-mls-c01",
        "azure-ai-102",
    }
    assert catalog.exam_for("data-scientist", Cloud.AZURE, date(2026, 11, 26)) is None
