"""From a catalog path to ordered plan items, on small catalogs built by hand."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.build import build_plan_items, slugify, split_by_weights
from planner.core.catalog import (
    Catalog,
    Certification,
    Cloud,
    Course,
    Domain,
    ExamPrep,
    Module,
    PathStep,
    Project,
    Provenance,
    StepKind,
    StudyPath,
)
from planner.core.plan import ItemKind, PlanInputError, PlanSettings
from planner.core.scheduler import build_schedule

PROV = Provenance()


def cert(domains: tuple[Domain, ...], prep_hours: float = 40.0) -> Certification:
    return Certification(
        id="pmle",
        name="Google PMLE",
        vendor="Google",
        cloud=Cloud.GCP,
        exam_code="PMLE",
        status="active",
        minutes=120,
        questions="50",
        price_usd=200.0,
        recommended_experience="",
        validity="2 years",
        domains=domains,
        url="https://example.org/pmle",
        provenance=PROV,
        prep_hours=prep_hours,
    )


DOMAINS = (
    Domain("Architecting low-code AI solutions", 12, 14),
    Domain("Serving & scaling models!", 18, 22),
    Domain("Monitoring", 13, 13),
)


def catalog(optional_project: bool = False) -> Catalog:
    courses = {
        "smlp": Course(
            "smlp",
            "Structuring ML Projects",
            "DeepLearning.AI",
            "Coursera",
            "https://example.org/smlp",
            (Module("w1", "Week 1", 3.0, False), Module("w2", "Week 2", 4.0)),
            PROV,
        ),
        "aml": Course(
            "aml", "Applied ML", "UMich", "Coursera", "", (Module("m1", "Module 1", 5.0),), PROV
        ),
        "extra": Course("extra", "Extra", "X", "Y", "", (Module("a", "A", 2.0),), PROV),
    }
    project = Project(
        "proj",
        "Portfolio project",
        (Module("scope", "Scope", 4.0), Module("model", "Model", 6.0)),
        PROV,
    )
    prep = ExamPrep("exam-prep", "Exam preparation", 8, 10, 12, 2, 3.0, 6.0, PROV)
    path = StudyPath(
        "se",
        "Software engineer",
        "persona",
        "why",
        (
            PathStep(StepKind.COURSE, "smlp"),
            PathStep(StepKind.COURSE, "aml"),
            PathStep(StepKind.PROJECT, "proj", optional=optional_project),
            PathStep(StepKind.EXAM_PREP, "exam-prep"),
        ),
        PROV,
        exams={Cloud.GCP: "pmle"},
    )
    return Catalog(
        certifications={"pmle": cert(DOMAINS)},
        courses=courses,
        projects={"proj": project},
        exam_preps={"exam-prep": prep},
        paths={"se": path},
    )


def test_items_follow_the_path_with_stable_keys() -> None:
    items = build_plan_items(catalog(), "se", cert(DOMAINS), hours_per_week=8, prep_weeks=8)
    assert [it.key for it in items] == [
        "smlp/w1",
        "smlp/w2",
        "aml/m1",
        "proj/scope",
        "proj/model",
        "prep/1-architecting-low-code-ai-solutions",
        "prep/2-serving-scaling-models",
        "prep/3-monitoring",
        "prep/practice-1",
        "prep/practice-2",
        "prep/review",
    ]
    first = items[0]
    assert (first.kind, first.group, first.group_title, first.hours_is_estimate) == (
        ItemKind.MODULE,
        "smlp",
        "Structuring ML Projects",
        False,
    )
    assert items[3].kind is ItemKind.PROJECT and items[3].group == "proj"
    assert [it.kind for it in items[-3:]] == [
        ItemKind.PRACTICE_EXAM,
        ItemKind.PRACTICE_EXAM,
        ItemKind.REVIEW,
    ]


def test_prep_block_is_prep_weeks_times_hours_split_by_domain_weights() -> None:
    items = build_plan_items(catalog(), "se", cert(DOMAINS), hours_per_week=8, prep_weeks=8)
    prep = [it for it in items if it.key.startswith("prep/")]
    assert sum(it.hours for it in prep) == 64.0
    review = prep[-1]
    assert review.hours == 8.0  # fills the final week
    # Each practice exam is one sitting as long as the real exam (120 minutes).
    assert [(it.hours, it.unsplit) for it in prep[3:5]] == [(2.0, True), (2.0, True)]
    domains = [it.hours for it in prep[:3]]
    # 52 h over weights 13 : 20 : 13 (midpoints) = 14.70 : 22.61 : 14.70 h, in quarter hours.
    assert domains == [14.75, 22.5, 14.75]
    assert sum(domains) == 52.0
    assert prep[0].title == "Architecting low-code AI solutions (12–14%)"


def test_without_prep_weeks_the_block_uses_the_certifications_hours() -> None:
    items = build_plan_items(catalog(), "se", cert(DOMAINS, prep_hours=30), hours_per_week=6)
    prep = [it for it in items if it.key.startswith("prep/")]
    assert sum(it.hours for it in prep) == 30.0
    assert prep[-1].hours == 6.0


def test_the_prep_block_spans_exactly_prep_weeks_when_it_starts_a_week() -> None:
    # Practitioner-style: only the prep block. 8 weeks at 6 h/week over 3 days.
    cat = catalog()
    items = build_plan_items(
        cat, "se", cert(DOMAINS), hours_per_week=6, prep_weeks=8, remove=["smlp", "aml", "proj"]
    )
    settings_ = PlanSettings(
        start=date(2026, 11, 30), hours_per_week=6, study_days=frozenset({0, 2, 5}), prep_weeks=8
    )
    schedule = build_schedule(items, settings_)
    assert schedule.exam_date == date(2027, 1, 25)  # eight weeks after 2026-11-30
    hours = [w.hours for w in schedule.weeks[:8]]
    assert sum(hours) == 48.0 and all(h <= 8.0 for h in hours)  # a mock's day may run longer
    last_week = schedule.weeks[7]
    assert [a.item_key for a in last_week.allocations] == ["prep/review"]
    assert not any(w.code == "short_prep" for w in schedule.warnings)


def test_additions_removals_order_and_optional_steps() -> None:
    cat = catalog(optional_project=True)
    c = cert(DOMAINS)
    items = build_plan_items(
        cat, "se", c, hours_per_week=8, add_courses=["extra"], remove=["smlp"], prep_weeks=8
    )
    groups = list(dict.fromkeys(it.group for it in items))
    assert groups == ["aml", "proj", "extra", "exam-prep"]
    items = build_plan_items(
        cat, "se", c, hours_per_week=8, order=["proj", "aml", "smlp"], include_optional=True
    )
    assert list(dict.fromkeys(it.group for it in items)) == ["proj", "aml", "smlp", "exam-prep"]
    items = build_plan_items(cat, "se", c, hours_per_week=8, include_optional=False)
    assert "proj" not in {it.group for it in items}


def test_no_exam_means_no_prep_block() -> None:
    items = build_plan_items(catalog(), "se", None, hours_per_week=8)
    assert not any(it.key.startswith("prep/") for it in items)


@pytest.mark.parametrize(
    ("kw", "fragment"),
    [
        ({"path_id": "nope"}, "unknown path 'nope'"),
        ({"add_courses": ["ghost"]}, "unknown course 'ghost'"),
        ({"add_courses": ["aml"]}, "already in the plan"),
        ({"remove": ["extra"]}, "not a course or project of this path"),
        ({"order": ["aml", "smlp"]}, "exactly once"),
        ({"prep_weeks": 1}, "leave no time for the exam domains"),
        ({"prep_weeks": 0}, "at least 1"),
        ({"hours_per_week": 0}, "more than 0"),
    ],
)
def test_bad_choices_get_a_specific_message(kw: dict[str, object], fragment: str) -> None:
    args: dict[str, object] = {"path_id": "se", "hours_per_week": 8.0}
    args.update(kw)
    path_id = args.pop("path_id")
    with pytest.raises(PlanInputError, match=fragment):
        build_plan_items(catalog(), path_id, cert(DOMAINS), **args)  # type: ignore[arg-type]


def test_slugs() -> None:
    assert slugify("Serving & scaling models!") == "serving-scaling-models"
    assert slugify("ÄÖÜ") == "domain"
    assert len(slugify("x" * 100)) == 40


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 2000),
    st.lists(st.floats(0.5, 50, allow_nan=False), min_size=1, max_size=8),
)
def test_weight_split_is_exact_and_close_to_proportional(total: int, weights: list[float]) -> None:
    shares = split_by_weights(total, weights)
    assert sum(shares) == total
    for share, w in zip(shares, weights, strict=True):
        assert abs(share - total * w / sum(weights)) < 1
    assert split_by_weights(total, weights) == shares
