"""Readiness: recency-weighted estimates per domain, the booking rule, and steering hours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.plan import ItemKind, PlanItem
from planner.core.readiness import (
    Attempt,
    DomainScore,
    ExamDomain,
    match_domain,
    pass_mark_of,
    plan_domains,
    readiness,
    reweight,
    weight_of,
)

TODAY = date(2027, 2, 1)
DOMAINS = (
    ExamDomain("Data preparation", 28, "prep/1-data"),
    ExamDomain("Modelling", 26, "prep/2-model"),
    ExamDomain("Deployment", 22, "prep/3-deploy"),
    ExamDomain("Monitoring", 24, "prep/4-monitor"),
)


def attempt(n: int, days_ago: int, *scores: float, overall: float | None = None) -> Attempt:
    return Attempt(
        id=n,
        taken_on=TODAY - timedelta(days=days_ago),
        score=overall if overall is not None else sum(scores) / len(scores),
        domains=tuple(DomainScore(d.name, s) for d, s in zip(DOMAINS, scores, strict=True)),
    )


def test_an_attempt_counts_half_as_much_every_fourteen_days() -> None:
    assert weight_of(TODAY, TODAY) == 1.0
    assert weight_of(TODAY - timedelta(days=14), TODAY) == 0.5
    assert weight_of(TODAY - timedelta(days=28), TODAY) == 0.25


def test_the_estimate_leans_toward_the_recent_attempt() -> None:
    # 50 % four weeks ago (weight 0.25), 80 % today (weight 1): (12.5 + 80) / 1.25 = 74.
    r = readiness(
        [attempt(1, 28, 50, 50, 50, 50), attempt(2, 0, 80, 80, 80, 80)], DOMAINS, TODAY, 70, 5
    )
    assert [d.estimate for d in r.domains] == [74.0] * 4
    assert r.domains[0].spread == pytest.approx(12.0)  # sqrt((0.25·24² + 1·6²) / 1.25)
    assert r.target == 75.0
    assert r.overall == pytest.approx(74.0)


def test_overall_readiness_is_weighted_by_the_exam_domain_weights() -> None:
    r = readiness([attempt(1, 0, 100, 0, 0, 0)], DOMAINS, TODAY)
    assert r.overall == pytest.approx(28.0)


def test_ready_to_book_needs_the_last_two_attempts_at_target_in_every_domain() -> None:
    one = readiness([attempt(1, 3, 80, 80, 80, 80)], DOMAINS, TODAY, 70, 5)
    assert not one.ready
    assert one.sentence == (
        "Not yet: one attempt at or above 75 %; the rule asks for the last two in every domain"
    )
    two = readiness(
        [
            attempt(1, 10, 40, 40, 40, 40),
            attempt(2, 3, 80, 80, 80, 80),
            attempt(3, 0, 76, 79, 75, 90),
        ],
        DOMAINS,
        TODAY,
        70,
        5,
    )
    assert two.ready
    assert two.sentence == "Ready to book: last two attempts at or above 75 % in every domain"


def test_not_yet_names_the_domain_furthest_below_the_target() -> None:
    r = readiness([attempt(1, 0, 80, 70, 58, 74)], DOMAINS, TODAY, 67, 5)
    assert not r.ready
    assert r.sentence == "Not yet: Deployment at 58 % against 72 %"
    assert [round(d.gap) for d in r.domains] == [0, 2, 14, 0]


def test_an_attempt_with_only_an_overall_score_counts_it_for_every_domain() -> None:
    only = Attempt(1, TODAY, 66.0)
    r = readiness([only], DOMAINS, TODAY, 70, 5)
    assert [d.estimate for d in r.domains] == [66.0] * 4


def test_no_attempts_says_what_to_do() -> None:
    r = readiness([], DOMAINS, TODAY)
    assert r.sentence.startswith("Not yet: no attempts recorded")
    assert r.overall is None and not r.ready


def test_domains_pass_marks_and_names_are_read_from_the_plan_and_catalog() -> None:
    items = [
        PlanItem(
            "prep/1-a",
            "Architecting low-code AI solutions (13%)",
            ItemKind.EXAM_DOMAIN,
            5,
            "p",
            "P",
        ),
        PlanItem("prep/2-b", "Data prep (12–14%)", ItemKind.EXAM_DOMAIN, 5, "p", "P"),
        PlanItem("prep/practice-1", "Practice exam 1", ItemKind.PRACTICE_EXAM, 2, "p", "P"),
    ]
    assert plan_domains(items) == (
        ExamDomain("Architecting low-code AI solutions", 13.0, "prep/1-a"),
        ExamDomain("Data prep", 13.0, "prep/2-b"),
    )
    assert pass_mark_of("750/1000") == 75.0
    assert pass_mark_of("700 (scaled, out of 1000)") is None
    assert pass_mark_of("not published (pass/fail)") is None
    assert match_domain("3", DOMAINS) == DOMAINS[2]
    assert match_domain("deploy", DOMAINS) == DOMAINS[2]
    assert match_domain("o", DOMAINS) is None  # ambiguous


def test_reweighting_says_why_each_domain_gets_more_or_less() -> None:
    state = readiness([attempt(1, 0, 80, 76, 58, 74)], DOMAINS, TODAY, 67, 5)
    remaining = {
        "prep/1-data": 10.0,
        "prep/2-model": 10.0,
        "prep/3-deploy": 10.0,
        "prep/4-monitor": 10.0,
    }
    shifts = {s.key: s for s in reweight(remaining, state, floor=0.5)}
    assert sum(s.after for s in shifts.values()) == 40.0
    assert shifts["prep/3-deploy"].after > 10.0
    assert shifts["prep/1-data"].after == 5.0  # at target: keeps its floor
    assert shifts["prep/3-deploy"].reason == "Deployment gets 15 h more: 58 % against 72 %"
    assert shifts["prep/1-data"].reason == "Data preparation gets 5 h less: 80 % against 72 %"


def test_with_no_gap_nothing_moves() -> None:
    state = readiness([attempt(1, 0, 90, 90, 90, 90)], DOMAINS, TODAY)
    remaining = {d.key: 7.5 for d in DOMAINS}
    assert all(s.after == s.before == 7.5 for s in reweight(remaining, state))


@settings(max_examples=200, deadline=None)
@given(
    hours=st.lists(st.integers(0, 80), min_size=4, max_size=4),
    scores=st.lists(st.integers(0, 100), min_size=4, max_size=4),
    floor=st.sampled_from([0.0, 0.25, 0.5, 1.0]),
)
def test_reweighting_conserves_hours_and_keeps_floors(
    hours: list[int], scores: list[int], floor: float
) -> None:
    state = readiness([attempt(1, 0, *map(float, scores))], DOMAINS, TODAY)
    remaining = {d.key: h / 4 for d, h in zip(DOMAINS, hours, strict=True)}
    shifts = reweight(remaining, state, floor)
    assert sum(s.after for s in shifts) == pytest.approx(sum(remaining.values()))
    for s in shifts:
        assert s.after * 4 == int(s.after * 4)  # whole quarter hours
        assert s.after >= int(remaining[s.key] * 4 * floor) / 4
        gap = next(d.gap for d in state.domains if d.key == s.key)
        if gap == 0 and s.change:
            assert s.change < 0  # a strong domain never gains
