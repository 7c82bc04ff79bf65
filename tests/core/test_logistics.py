"""Exam logistics: reschedule deadlines, retake waits and renewal, by the vendor's rules."""

from __future__ import annotations

from datetime import date, datetime

from planner.catalog import load_catalog
from planner.core.catalog import ExamPolicy
from planner.core.logistics import (
    Delivery,
    Result,
    Sitting,
    earliest_retake,
    free_reschedule_until,
    logistics_milestones,
    renewal,
)


def google() -> ExamPolicy:
    policy = load_catalog(None).catalog.certifications["gcp-pmle"].policy
    assert policy is not None
    return policy


def sat(n: int, day: date, result: Result | None) -> Sitting:
    return Sitting(n, day, Delivery.ONLINE, result=result)


def test_the_catalog_gives_googles_rules_with_their_source_and_date() -> None:
    policy = google()
    assert policy.retake_waits_days == (14, 60, 365)
    assert (policy.max_attempts, policy.attempt_window_days) == (4, 730)
    assert policy.provenance.as_of is not None
    assert any("support.google.com" in s for s in policy.provenance.sources)


def test_free_rescheduling_ends_72_h_before_onsite_and_24_h_before_online() -> None:
    start = datetime(2027, 3, 1, 9, 30)
    assert free_reschedule_until(google(), start, Delivery.ONLINE) == datetime(2027, 2, 28, 9, 30)
    assert free_reschedule_until(google(), start, Delivery.TEST_CENTRE) == datetime(
        2027, 2, 26, 9, 30
    )


def test_retakes_wait_14_days_then_60_then_a_year() -> None:
    policy = google()
    first = sat(1, date(2027, 3, 1), Result.FAIL)
    assert earliest_retake(policy, [first]) == date(2027, 3, 15)
    second = sat(2, date(2027, 3, 15), Result.FAIL)
    assert earliest_retake(policy, [first, second]) == date(2027, 5, 14)
    third = sat(3, date(2027, 5, 14), Result.FAIL)
    assert earliest_retake(policy, [first, second, third]) == date(2028, 5, 13)
    fourth = sat(4, date(2028, 5, 13), Result.FAIL)
    assert earliest_retake(policy, [first, second, third, fourth]) == date(2029, 5, 13)
    # A pass (or a sitting without a result yet) leaves nothing to retake.
    assert earliest_retake(policy, [first, sat(2, date(2027, 3, 20), Result.PASS)]) is None
    assert earliest_retake(policy, [sat(1, date(2027, 3, 1), None)]) is None


def test_no_more_than_the_allowed_attempts_inside_the_window() -> None:
    policy = ExamPolicy(retake_waits_days=(14,), max_attempts=3, attempt_window_days=365)
    days = [date(2027, 1, 1), date(2027, 1, 15), date(2027, 1, 29)]
    sittings = [sat(n, d, Result.FAIL) for n, d in enumerate(days, 1)]
    # 14 days after the third failure would be the fourth sitting within a year.
    assert earliest_retake(policy, sittings) == date(2028, 1, 1)


def test_a_pass_is_valid_two_years_and_recertification_opens_60_days_before() -> None:
    r = renewal(google(), date(2027, 3, 1))
    assert r is not None
    assert (r.expires_on, r.window_opens) == (date(2029, 3, 1), date(2028, 12, 31))
    leap = renewal(google(), date(2028, 2, 29))
    assert leap is not None and leap.expires_on == date(2030, 2, 28)


def test_milestones_for_the_booking_the_retake_and_the_renewal() -> None:
    sittings = [
        sat(1, date(2027, 3, 1), Result.FAIL),
        Sitting(2, date(2027, 3, 20), Delivery.TEST_CENTRE, result=Result.PASS),
    ]
    found = logistics_milestones(google(), sittings, "PMLE")
    assert [(m.key, m.day) for m in found] == [
        ("sitting:1", date(2027, 3, 1)),
        ("sitting:2", date(2027, 3, 20)),
        ("renewal-opens", date(2029, 1, 19)),
        ("expires", date(2029, 3, 20)),
    ]
    assert found[1].title == "Exam booked: PMLE, at a test centre — pass"


def test_microsofts_rules_24_hours_then_14_days_and_five_attempts_a_year() -> None:
    policy = load_catalog(None).catalog.certifications["azure-ai-300"].policy
    assert policy is not None
    first = sat(1, date(2027, 3, 1), Result.FAIL)
    assert earliest_retake(policy, [first]) == date(2027, 3, 2)
    days = [date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 16), date(2027, 3, 30)]
    four = [sat(n, d, Result.FAIL) for n, d in enumerate(days, 1)]
    assert earliest_retake(policy, four) == date(2027, 4, 13)
    five = [*four, sat(5, date(2027, 4, 13), Result.FAIL)]
    assert earliest_retake(policy, five) == date(2028, 2, 29)  # a year after the first
    r = renewal(policy, date(2027, 5, 1))
    assert r is not None and (r.expires_on, r.window_opens) == (date(2028, 5, 1), date(2027, 11, 3))
