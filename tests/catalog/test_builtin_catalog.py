"""The shipped catalog: loads cleanly and carries the facts the issue lists."""

from __future__ import annotations

from datetime import date

import pytest

from planner.catalog import load_catalog
from planner.core.catalog import Catalog, Cloud, ExamStatus, StepKind, status_on


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    result = load_catalog(None)
    assert [str(p) for p in result.problems] == []
    return result.catalog


def test_builtin_catalog_has_the_exams_with_their_timelines_and_successors(
    catalog: Catalog,
) -> None:
    certs = catalog.certifications
    assert set(certs) == {
        "gcp-pmle",
        "aws-mls-c01",
        "aws-mla-c01",
        "aws-mla-c02",
        "aws-aip-c01",
        "azure-ai-102",
        "azure-ai-103",
        "azure-ai-300",
        "databricks-ml-associate",
        "databricks-ml-professional",
    }
    assert certs["aws-mls-c01"].retired_on == date(2026, 3, 31)
    assert certs["aws-mls-c01"].successor_id == "aws-mla-c01"
    assert certs["aws-mla-c01"].successor_id == "aws-mla-c02"
    assert certs["azure-ai-102"].retired_on == date(2026, 6, 30)
    assert certs["azure-ai-102"].successor_id == "azure-ai-103"
    assert not certs["gcp-pmle"].is_retired
    assert certs["aws-mla-c01"].passing_score == "720/1000"
    assert certs["gcp-pmle"].price_usd == 200
    c02 = certs["aws-mla-c02"]
    assert (c02.price_usd, c02.passing_score, c02.validity) == (150, "720/1000", "3 years")
    assert [(e.day, e.status, e.languages) for e in c02.timeline] == [
        (date(2026, 9, 29), ExamStatus.BETA, ("en",)),
        (date(2027, 1, 14), ExamStatus.AVAILABLE, ()),
    ]
    assert "ME1-C02" in c02.timeline[0].note and "USD 75" in c02.timeline[0].note
    ai300 = certs["azure-ai-300"]
    assert (ai300.price_usd, ai300.minutes, ai300.passing_score) == (165, 120, "700/1000")
    aip = certs["aws-aip-c01"]
    assert (aip.price_usd, aip.minutes, aip.questions, aip.passing_score) == (
        300,
        180,
        "75",
        "750/1000",
    )
    assert (
        certs["databricks-ml-associate"].minutes,
        certs["databricks-ml-professional"].minutes,
    ) == (
        90,
        120,
    )


def test_the_facts_of_the_november_2026_check(catalog: Catalog) -> None:
    pmle = catalog.certifications["gcp-pmle"]
    assert [d.weight for d in pmle.domains] == [13, 16, 21, 20, 18, 13]
    assert not pmle.domains_are_estimates
    ai103 = catalog.certifications["azure-ai-103"]
    assert not ai103.price_is_estimate and ai103.minutes == 120
    assert "100 min" in ai103.disputed_note("minutes")
    assert status_on(ai103, date(2026, 11, 30)).status is ExamStatus.AVAILABLE
    assert catalog.courses["production-ml-systems"].hours == pytest.approx(11)
    assert (
        catalog.courses["gc-build-genai-apps"].title == "Create Generative AI Apps on Google Cloud"
    )
    assert catalog.courses["gc-intro-ai-ml"].platform == "Google Skills"


def test_every_exam_has_weights_near_100_and_ranges_where_the_vendor_gives_ranges(
    catalog: Catalog,
) -> None:
    for cert in catalog.certifications.values():
        if cert.domains:
            assert 90 <= sum(d.weight for d in cert.domains) <= 110, cert.id
        else:
            assert "exam guide" in cert.domains_note, cert.id
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
    assert ("azure-ai-103", "price_usd") not in labels  # published by Microsoft now
    assert ("gcp-pmle", "domains") not in labels  # the June 2026 guide's weights
    assert ("aws-sagemaker-ml-engineering/training", "hours") in labels
    assert "gc-feature-engineering/all" not in estimated  # Google Skills publishes 7.25 h
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
            assert entry.provenance.as_of == date(2026, 11, 29), entry.id
            assert entry.provenance.sources, entry.id
    assert catalog.stale_entries(date(2026, 11, 29)) == []
    assert len(catalog.stale_entries(date(2026, 11, 30))) == sum(len(g) for g in groups)
    assert (catalog.as_of, catalog.version, catalog.source) == (
        date(2026, 11, 29),
        "2026.11.29",
        "builtin",
    )


def test_paths_follow_the_guide_with_each_clouds_coursework(catalog: Catalog) -> None:
    se = catalog.paths["software-engineer"]

    def refs(path_id: str, cloud: Cloud) -> list[str]:
        return [s.ref for s in catalog.paths[path_id].steps if s.applies_to(cloud)]

    guide = ["structuring-ml-projects", "applied-ml-python", "ml-classification"]
    guide += ["cluster-analysis-python"]
    end = ["portfolio-project", "exam-prep"]
    assert refs("software-engineer", Cloud.GCP) == [*guide, "gc-vertex-build-deploy", *end]
    assert refs("software-engineer", Cloud.AWS) == [
        *guide,
        "aws-sagemaker-ml-engineering",
        "aws-bedrock-genai-engineering",
        *end,
    ]
    assert refs("software-engineer", Cloud.AZURE) == [
        *guide,
        "azure-ml-mlops",
        "azure-genaiops",
        *end,
    ]
    assert [s.optional for s in se.steps if not s.clouds] == [
        False,
        False,
        True,
        True,
        False,
        False,
    ]
    assert dict(se.exams) == {
        Cloud.GCP: "gcp-pmle",
        Cloud.AWS: "aws-mls-c01",
        Cloud.AZURE: "azure-ai-300",
    }
    ds = catalog.paths["data-scientist"]
    assert refs("data-scientist", Cloud.GCP)[0] == "production-ml-systems"
    assert ds.exams[Cloud.GCP] == "gcp-pmle" and ds.exams[Cloud.AZURE] == "azure-ai-300"
    assert "AI-300" in ds.reasoning and "no production-ML exam" not in ds.reasoning
    assert refs("data-scientist", Cloud.AWS)[:2] == [
        "aws-sagemaker-ml-engineering",
        "aws-bedrock-genai-engineering",
    ]
    for cloud in Cloud:
        for path_id, path in catalog.paths.items():
            if cloud not in path.exams:
                continue  # a path toward another cloud's exam only
            for ref in refs(path_id, cloud):
                course = catalog.courses.get(ref)
                if course is not None and cloud is not Cloud.GCP:
                    assert course.provider != "Google Cloud", (path_id, cloud, ref)
    assert [s.kind for s in catalog.paths["ml-practitioner"].steps] == [StepKind.EXAM_PREP]
    prep = catalog.exam_preps["exam-prep"]
    assert (prep.weeks_min, prep.weeks_max) == (8, 12)
    milestones = [m.id for m in catalog.projects["portfolio-project"].milestones]
    assert milestones == ["scope", "data", "model", "deployment", "write-up"]


def test_google_full_path_holds_googles_twenty_items_with_published_hours(
    catalog: Catalog,
) -> None:
    path = catalog.paths["google-full"]
    courses = [s.ref for s in path.steps if s.kind is StepKind.COURSE]
    assert len(courses) == 20
    assert courses[7] == "production-ml-systems"
    assert sum(catalog.courses[c].hours for c in courses) == pytest.approx(68)
    published = {
        c: catalog.courses[c].hours for c in courses if not catalog.courses[c].has_estimates
    }
    assert published == {
        "gc-intro-ai-ml": 4,
        "gc-vertex-notebooks": 4.5,
        "gc-feature-engineering": 7.25,
        "gc-keras-on-google-cloud": 10.75,
        "gc-ml-pipelines": 2.25,
        "gc-vertex-build-deploy": 8.25,
    }
    assert dict(path.exams) == {Cloud.GCP: "gcp-pmle"}


@pytest.mark.parametrize(
    ("cloud", "on", "language", "expected", "redirected"),
    [
        (Cloud.AWS, date(2026, 11, 30), "en", "aws-mla-c02", True),
        (Cloud.AWS, date(2026, 9, 28), "en", "aws-mla-c01", True),  # last English day
        (Cloud.AWS, date(2026, 11, 30), "ja", "aws-mla-c01", True),
        (Cloud.AWS, date(2027, 1, 14), "ko", "aws-mla-c02", True),
        (Cloud.AWS, date(2026, 3, 31), "en", "aws-mls-c01", False),  # the last day it could be sat
        (Cloud.GCP, date(2026, 11, 30), "en", "gcp-pmle", False),
    ],
)
def test_exams_resolve_along_the_successor_chain_for_date_and_language(
    catalog: Catalog, cloud: Cloud, on: date, language: str, expected: str, redirected: bool
) -> None:
    choice = catalog.exam_for("software-engineer", cloud, on, language)
    assert choice is not None
    assert choice.certification.id == expected
    assert choice.was_redirected is redirected
    if redirected:
        assert "retired on" in choice.note and choice.requested.exam_code in choice.note
    else:
        assert "retired" not in choice.note


def test_the_guides_azure_exam_resolves_to_ai_103(catalog: Catalog) -> None:
    assert catalog.current_exam("azure-ai-102", date(2026, 6, 30)).certification.id == (
        "azure-ai-102"
    )
    choice = catalog.current_exam("azure-ai-102", date(2026, 7, 1))
    assert choice.certification.id == "azure-ai-103"
    assert choice.state is not None and choice.state.status is ExamStatus.BETA
    later = catalog.current_exam("azure-ai-102", date(2026, 11, 30))
    assert later.state is not None and later.state.status is ExamStatus.AVAILABLE


def test_retiring_before_a_date(catalog: Catalog) -> None:
    assert [c.id for c in catalog.retiring_before(date(2026, 3, 31))] == []
    assert [c.id for c in catalog.retiring_before(date(2026, 4, 1))] == ["aws-mls-c01"]
    assert {c.id for c in catalog.retiring_before(date(2026, 7, 1))} == {
        "aws-mls-c01",
        "azure-ai-102",
    }
    assert "aws-mla-c01" in {c.id for c in catalog.retiring_before(date(2027, 1, 14))}
