"""What changed between two catalogs, and the alerts a saved plan gets from it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.catalog import load_catalog
from planner.core.catalog import Catalog
from planner.core.catalog_changes import (
    AlertKind,
    ChangeKind,
    PlanFacts,
    catalog_alerts,
    catalog_changes,
    plan_facts_from,
    summarize_changes,
)

TODAY = date(2026, 11, 30)
PMLE_2024 = (
    ("Architecting low-code AI solutions", 13.0),
    ("Collaborating within and across teams to manage data and models", 14.0),
    ("Scaling prototypes into ML models", 18.0),
    ("Serving and scaling models", 20.0),
    ("Automating and orchestrating ML pipelines", 22.0),
    ("Monitoring AI solutions", 13.0),
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None).catalog


def test_a_plan_whose_exam_ends_in_its_language_before_the_exam_date_is_told_the_successor(
    catalog: Catalog,
) -> None:
    # Saved when MLA-C01 had no end date and no successor.
    english = PlanFacts("aws-mla-c01", date(2027, 2, 15), "en", successor_id=None)
    [alert] = catalog_alerts(english, catalog, TODAY)
    assert alert.kind is AlertKind.EXAM_RETIRES and alert.successor_id == "aws-mla-c02"
    assert alert.message == (
        "AWS Certified Machine Learning Engineer – Associate (MLA-C01) cannot be sat in "
        "English on the exam date 2027-02-15 (last day 2026-09-28). Its successor is "
        "AWS Certified Machine Learning Engineer – Associate (MLA-C02)."
    )
    japanese = replace(english, language="ja")
    [alert] = catalog_alerts(japanese, catalog, TODAY)
    assert alert.kind is AlertKind.EXAM_RETIRES and "(last day 2027-01-13)" in alert.message
    # Before MLA-C02 is generally available a Japanese plan keeps MLA-C01: only the news.
    [alert] = catalog_alerts(replace(japanese, exam_date=date(2026, 12, 20)), catalog, TODAY)
    assert alert.kind is AlertKind.SUCCESSOR and alert.successor_id == "aws-mla-c02"
    assert alert.message == (
        "MLA-C01 now has a successor, "
        "AWS Certified Machine Learning Engineer – Associate (MLA-C02)."
    )


def test_changed_domain_weights_and_course_hours_are_named(catalog: Catalog) -> None:
    facts = PlanFacts(
        "gcp-pmle",
        date(2027, 3, 1),
        domains=PMLE_2024,
        course_hours={"production-ml-systems": 12.0, "structuring-ml-projects": 6.0},
    )
    alerts = catalog_alerts(facts, catalog, TODAY)
    assert [a.kind for a in alerts] == [AlertKind.DOMAINS_CHANGED, AlertKind.COURSE_HOURS]
    assert alerts[0].message == (
        "The domain weights of PMLE changed: Collaborating within and across teams to manage "
        "data and models 14% → 16%; Scaling prototypes into ML models 18% → 21%; "
        "Automating and orchestrating ML pipelines 22% → 18%."
    )
    assert (
        alerts[1].message
        == "Production Machine Learning Systems now takes 11 h (planned with 12 h)."
    )
    assert alerts[1].course_id == "production-ml-systems"


def test_a_plan_made_from_this_catalog_has_no_alerts(catalog: Catalog) -> None:
    facts = plan_facts_from(
        catalog, "gcp-pmle", date(2027, 3, 1), ["production-ml-systems", "portfolio-project"]
    )
    assert facts.course_hours == {"production-ml-systems": 11.0}
    assert catalog_alerts(facts, catalog, TODAY) == []
    gone = PlanFacts("some-old-exam", None)
    assert [a.kind for a in catalog_alerts(gone, catalog, TODAY)] == [AlertKind.EXAM_REMOVED]


def test_catalog_changes_name_added_changed_retired_and_removed_entries(catalog: Catalog) -> None:
    certs = dict(catalog.certifications)
    old_pmle = replace(certs["gcp-pmle"], price_usd=180.0)
    old_c01 = replace(certs["aws-mla-c01"], timeline=certs["aws-mla-c01"].timeline[:1])
    old_certs = {**certs, "gcp-pmle": old_pmle, "aws-mla-c01": old_c01, "retired-x": old_pmle}
    del old_certs["aws-mla-c02"]
    courses = dict(catalog.courses)
    prod = courses["production-ml-systems"]
    old_prod = replace(prod, modules=(*prod.modules, replace(prod.modules[0], id="extra")))
    old = replace(
        catalog, certifications=old_certs, courses={**courses, "production-ml-systems": old_prod}
    )
    changes = catalog_changes(old, catalog)
    found = {(c.kind, c.entry_id, c.change) for c in changes}
    assert found == {
        ("exam", "aws-mla-c02", ChangeKind.ADDED),
        ("exam", "aws-mla-c01", ChangeKind.RETIRED),
        ("exam", "gcp-pmle", ChangeKind.CHANGED),
        ("exam", "retired-x", ChangeKind.REMOVED),
        ("course", "production-ml-systems", ChangeKind.CHANGED),
    }
    lines = summarize_changes(changes)
    assert lines[0] == (
        "Exams: added MLA-C02 (aws-mla-c02); retired MLA-C01 (aws-mla-c01) (last day "
        "2026-09-28 in English, successor aws-mla-c02; last day 2027-01-13, successor "
        "aws-mla-c02); changed PMLE (gcp-pmle) (price USD 180 → 200); removed retired-x"
    )
    assert lines[1] == "Courses: changed Production Machine Learning Systems (hours 11.5 h → 11 h)"
    assert summarize_changes(catalog_changes(catalog, catalog)) == [
        "No exams, courses or paths changed."
    ]
    c01 = certs["aws-mla-c01"]
    reworded = replace(c01, timeline=tuple(replace(e, note="") for e in c01.timeline))
    again = replace(catalog, certifications={**certs, "aws-mla-c01": reworded})
    assert [(c.entry_id, c.change, c.details) for c in catalog_changes(catalog, again)] == [
        ("aws-mla-c01", ChangeKind.CHANGED, ("status timeline",))
    ]
