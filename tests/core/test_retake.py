"""Retakes: the earliest allowed day for each vendor's rules, and the renewed preparation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.catalog import load_catalog
from planner.core.catalog import ExamPolicy
from planner.core.logistics import (
    Delivery,
    Result,
    Sitting,
    earliest_retake,
    logistics_lines,
    logistics_milestones,
    renewal,
    retake_outlook,
    study_hours_between,
)
from planner.core.plan import DateRange, PlanSettings
from planner.core.readiness import (
    Attempt,
    DomainScore,
    ExamDomain,
    plan_domains,
    readiness,
    retake_preparation,
)


def policy_of(cert_id: str) -> ExamPolicy:
    policy = load_catalog(None).catalog.certifications[cert_id].policy
    assert policy is not None, cert_id
    return policy


def fails(*days: date) -> list[Sitting]:
    return [Sitting(n, d, Delivery.ONLINE, result=Result.FAIL) for n, d in enumerate(days, 1)]


def test_google_14_days_then_60_then_a_year_and_four_sittings_in_two_years() -> None:
    google = policy_of("gcp-pmle")
    one = fails(date(2027, 3, 1))
    outlook = retake_outlook(google, one)
    assert outlook is not None and outlook.earliest == date(2027, 3, 15)
    assert not outlook.limit_reached
    assert outlook.sentence == (
        "Earliest retake: 2027-03-15 (14 days after the failure); attempt 2 of at most 4 in "
        "730 days"
    )
    two = fails(date(2027, 3, 1), date(2027, 3, 15))
    assert earliest_retake(google, two) == date(2027, 5, 14)
    three = fails(date(2027, 3, 1), date(2027, 3, 15), date(2027, 5, 14))
    assert earliest_retake(google, three) == date(2028, 5, 13)
    # Four failures inside two years: the wait (a year) would allow 2029-03-20, but a fifth
    # sitting inside two years is not allowed, so it waits for the first to leave the window.
    four = fails(date(2027, 3, 1), date(2027, 3, 15), date(2027, 5, 14), date(2028, 3, 20))
    outlook = retake_outlook(google, four)
    assert outlook is not None
    assert outlook.earliest == date(2029, 3, 20)  # the year's wait is the later bound here
    assert not outlook.limit_reached
    crowded = fails(date(2027, 3, 1), date(2027, 3, 15), date(2027, 5, 14), date(2027, 6, 1))
    outlook = retake_outlook(google, crowded)
    assert outlook is not None and outlook.limit_reached
    assert outlook.earliest == date(2027, 3, 1) + timedelta(days=730)
    assert outlook.sentence == (
        "No retake is allowed now: 4 sittings in 2 years is the most the vendor allows; the "
        "next attempt is possible from 2029-02-28"
    )


def test_microsoft_24_hours_then_14_days_and_five_sittings_in_12_months() -> None:
    microsoft = policy_of("azure-ai-103")
    outlook = retake_outlook(microsoft, fails(date(2027, 3, 1)))
    assert outlook is not None and outlook.earliest == date(2027, 3, 2)
    assert outlook.sentence.startswith("Earliest retake: 2027-03-02 (24 hours after the failure)")
    days = [date(2027, 3, 1) + timedelta(days=d) for d in (0, 1, 15, 29, 43)]
    outlook = retake_outlook(microsoft, fails(*days))
    assert outlook is not None and outlook.limit_reached
    assert outlook.earliest == date(2028, 2, 29)  # 365 days after the first sitting
    assert "5 sittings in 12 months is the most the vendor allows" in outlook.sentence


def test_aws_14_days_after_every_failure_and_no_limit_on_attempts() -> None:
    for cert_id in ("aws-mls-c01", "aws-mla-c01", "aws-mla-c02", "aws-aip-c01"):
        aws = policy_of(cert_id)
        assert aws.unlimited_attempts and aws.max_attempts is None
        assert aws.provenance.as_of is not None
        assert any("aws.amazon.com/certification/faqs" in s for s in aws.provenance.sources)
        assert aws.free_reschedule_hours_online == aws.free_reschedule_hours_onsite == 24
    aws = policy_of("aws-mla-c02")
    # Ten failures two weeks apart: still 14 days after the last, never a limit.
    days = [date(2027, 1, 4) + timedelta(days=14 * n) for n in range(10)]
    outlook = retake_outlook(aws, fails(*days))
    assert outlook is not None and not outlook.limit_reached
    assert outlook.earliest == days[-1] + timedelta(days=14)
    assert outlook.sentence.endswith("; no limit on attempts")


def test_aws_renewal_has_an_expiry_but_no_window_the_catalog_cannot_source() -> None:
    aws = policy_of("aws-mla-c02")
    r = renewal(aws, date(2027, 3, 1))
    assert r is not None and r.expires_on == date(2030, 3, 1) and r.window_opens is None
    passed = [Sitting(1, date(2027, 3, 1), Delivery.ONLINE, result=Result.PASS)]
    keys = [m.key for m in logistics_milestones(aws, passed, "MLA-C02")]
    assert keys == ["sitting:1", "expires"]
    assert "Certified until 2030-03-01" in logistics_lines(aws, passed)
    assert not any("recertify from" in line for line in logistics_lines(aws, passed))


def test_nothing_to_retake_after_a_pass_or_without_a_result() -> None:
    google = policy_of("gcp-pmle")
    passed = [
        *fails(date(2027, 3, 1)),
        Sitting(2, date(2027, 3, 20), Delivery.ONLINE, None, "", Result.PASS),
    ]
    assert retake_outlook(google, passed) is None
    assert retake_outlook(google, [Sitting(1, date(2027, 3, 1), Delivery.ONLINE)]) is None


def test_study_hours_before_the_retake_count_study_days_and_skip_days_off() -> None:
    settings = PlanSettings(
        start=date(2027, 1, 4),
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),  # Mon, Wed, Sat: 2 h each
        days_off=(DateRange(date(2027, 1, 6), date(2027, 1, 6)),),
    )
    # Mon 4, (Wed 6 off), Sat 9, Mon 11; the retake day itself holds none.
    assert study_hours_between(settings, date(2027, 1, 4), date(2027, 1, 13)) == 6
    assert study_hours_between(settings, date(2027, 1, 4), date(2027, 1, 4)) == 0


DOMAINS = (
    ExamDomain("Data", 30, "prep/1"),
    ExamDomain("Models", 40, "prep/2"),
    ExamDomain("Serving", 30, "prep/3"),
)


def test_retake_preparation_moves_hours_toward_the_weak_domains_and_keeps_the_total() -> None:
    report = Attempt(
        1,
        date(2027, 3, 1),
        66,
        "Score report",
        (DomainScore("Serving", 45), DomainScore("Data", 80)),
    )
    state = readiness([report], DOMAINS, date(2027, 3, 2))
    shifts, items = retake_preparation(DOMAINS, state, 20, 1)
    by_name = {s.name: s for s in shifts}
    assert [s.before for s in shifts] == [6, 8, 6]  # by the exam weights
    assert by_name["Serving"].after > by_name["Serving"].before  # weakest gains
    assert by_name["Data"].after < by_name["Data"].before  # above target gives
    assert sum(i.hours for i in items) == 20
    assert [i.title for i in items] == [
        "Retake — Data (30%)",
        "Retake — Models (40%)",
        "Retake — Serving (30%)",
    ]
    # The renewed preparation is read as the same exam domains, now prepared by it.
    again = plan_domains(items)
    assert [(d.name, d.weight, d.key) for d in again] == [
        ("Data", 30, "retake-1/1"),
        ("Models", 40, "retake-1/2"),
        ("Serving", 30, "retake-1/3"),
    ]
    assert {i.key for i in items} == {"retake-1/1", "retake-1/2", "retake-1/3"}


@given(
    hours=st.integers(min_value=0, max_value=400).map(lambda g: g / 4),
    scores=st.lists(st.integers(0, 100), min_size=3, max_size=3),
)
def test_retake_preparation_conserves_hours_and_never_moves_hours_away_from_the_weakest(
    hours: float, scores: list[int]
) -> None:
    report = Attempt(
        1,
        date(2027, 3, 1),
        None,
        "",
        tuple(DomainScore(d.name, s) for d, s in zip(DOMAINS, scores, strict=True)),
    )
    state = readiness([report], DOMAINS, date(2027, 3, 1))
    shifts, items = retake_preparation(DOMAINS, state, hours, 2)
    assert sum(s.after for s in shifts) == pytest.approx(hours)
    assert sum(i.hours for i in items) == pytest.approx(hours)
    assert all(i.hours > 0 for i in items)
    weakest = min(shifts, key=lambda s: s.estimate if s.estimate is not None else 101)
    if weakest.estimate is not None and weakest.estimate < state.target:
        assert weakest.after >= weakest.before
