"""Spaced review: finished modules that serve the exam's domains come back at growing
intervals, labelled with their domain, as real study time."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise

import pytest

from planner.catalog import load_catalog
from planner.core.catalog import Domain
from planner.core.plan import ItemKind, PlanInputError, PlanItem, PlanSettings, Schedule
from planner.core.review import (
    INTERVALS_DAYS,
    review_domains,
    review_share_of,
    with_spaced_review,
    without_review,
)
from planner.core.scheduler import build_schedule

START = date(2026, 11, 30)  # a Monday
SETTINGS = PlanSettings(START, 8, frozenset({0, 2, 5}), exam_date=date(2027, 6, 1))


def course(n: int, hours: float = 4) -> list[PlanItem]:
    return [
        PlanItem(f"c/m{i}", f"Module {i}", ItemKind.MODULE, hours, "c", "Course") for i in range(n)
    ]


def every(items: list[PlanItem], domain: str = "Deployment") -> dict[str, str]:
    """Every module serves ``domain``."""
    return {i.key: domain for i in items}


def days_of(schedule: Schedule, key: str) -> list[date]:
    return [s.day for s in schedule.sessions if any(a.item_key == key for a in s.allocations)]


def test_without_a_share_nothing_changes() -> None:
    items = course(5)
    schedule = build_schedule(items, SETTINGS)
    assert with_spaced_review(items, schedule, 0, 8, every(items)) == tuple(items)


def test_finished_modules_come_back_after_the_intervals_and_count_as_study() -> None:
    items = course(12)
    first = build_schedule(items, SETTINGS)
    reviewed = with_spaced_review(items, first, 0.1, 8, every(items))
    reviews = [i for i in reviewed if i.key.startswith("review/")]
    assert reviews and all(i.title.startswith("Review — Deployment: Module") for i in reviews)
    assert review_share_of(reviewed) == pytest.approx(0.1)  # the plan remembers its share
    # Each module is reviewed once per interval that falls before the exam: 4 × 12 here,
    # unless the weekly share (0.1 × 8 h = 3 quarter hours) leaves no room.
    total = sum(i.hours for i in reviews)
    assert 0 < total <= len(INTERVALS_DAYS) * 12 * 0.25
    second = build_schedule(reviewed, SETTINGS)
    assert second.feasible
    assert sum(s.hours for s in second.sessions) == pytest.approx(12 * 4 + total)
    # No review comes before the module it reviews is finished (the reviews placed before
    # it can move its end onto a review's day), most come days later, and no week gives
    # reviews much more than its share.
    finished = {i.key: days_of(second, i.key)[-1] for i in items}
    per_week: dict[date, float] = defaultdict(float)
    gaps: list[int] = []
    for review in reviews:
        day = days_of(second, review.key)[0]
        reviewed_titles = review.title.removeprefix("Review — Deployment: ").split("; ")
        for it in items:
            if it.title in reviewed_titles:
                assert day >= finished[it.key]
                gaps.append((day - finished[it.key]).days)
        per_week[day - timedelta(days=day.weekday())] += review.hours
    assert max(per_week.values()) <= 0.1 * 8 * 2  # a week may hold two weeks' due reviews
    assert sorted(gaps)[len(gaps) // 2] >= INTERVALS_DAYS[0]


def test_the_first_reviews_are_kept_when_the_share_is_small() -> None:
    items = course(12)
    first = build_schedule(items, SETTINGS)
    small = with_spaced_review(items, first, 0.04, 8, every(items))  # one quarter hour a week
    big = with_spaced_review(items, first, 0.25, 8, every(items))
    count = lambda its: sum(i.hours for i in its if i.key.startswith("review/"))  # noqa: E731
    assert 0 < count(small) < count(big)


def test_reviews_that_do_not_fit_make_an_honest_diagnosis() -> None:
    tight = PlanSettings(START, 8, frozenset({0, 2, 5}), exam_date=date(2027, 1, 28))
    items = course(13, 5)  # 65 h: 26 study days × 2.5 h before the exam, no more
    first = build_schedule(items, tight)
    assert first.feasible
    reviewed = with_spaced_review(items, first, 0.25, 8, every(items))
    assert len(reviewed) > len(items)
    assert not build_schedule(reviewed, tight).feasible


def test_a_share_above_a_quarter_of_the_week_is_refused() -> None:
    items = course(3)
    with pytest.raises(PlanInputError, match=r"between 0 and 25%"):
        with_spaced_review(items, build_schedule(items, SETTINGS), 0.3, 8, every(items))


def test_only_modules_that_serve_a_domain_of_the_exam_are_reviewed() -> None:
    items = course(12)
    first = build_schedule(items, SETTINGS)
    # Modules 0–3 serve "Data", 4–5 "Serving"; the rest (say, set-up appendices) nothing.
    served = {f"c/m{i}": "Data" for i in range(4)} | {"c/m4": "Serving", "c/m5": "Serving"}
    reviewed = with_spaced_review(items, first, 0.25, 8, served)
    reviews = [i for i in reviewed if i.key.startswith("review/")]
    named = " ".join(r.title for r in reviews)
    assert reviews
    assert all(f"Module {n}" in named for n in range(6))
    assert not any(f"Module {n}" in named for n in range(6, 12))
    assert "Data: Module 0" in named and "Serving: Module 4" in named
    assert with_spaced_review(items, first, 0.25, 8, {}) == tuple(items)  # nothing maps


def test_each_module_comes_back_at_growing_intervals() -> None:
    # Two modules, then twenty more (not mapped) that the reviews go in front of.
    later = [PlanItem(f"d/m{i}", f"Later {i}", ItemKind.MODULE, 4, "d", "D") for i in range(20)]
    items = course(2) + later
    settings = PlanSettings(START, 8, frozenset(range(7)), exam_date=date(2027, 9, 1))
    first = build_schedule(items, settings)
    reviewed = with_spaced_review(items, first, 0.25, 8, {"c/m0": "Data"})
    second = build_schedule(reviewed, settings)
    finished = days_of(second, "c/m0")[-1]
    days = sorted(days_of(second, r.key)[0] for r in reviewed if r.key.startswith("review/"))
    assert len(days) == len(INTERVALS_DAYS)  # once per interval, all before the exam
    offsets = [(d - finished).days for d in days]
    # About 2, 7, 21 and 60 days after the module (a review waits for the next item to
    # start, so it may come a few days late): the spacing between reviews grows.
    assert all(o >= i for o, i in zip(offsets, INTERVALS_DAYS, strict=True))
    spacing = [b - a for a, b in pairwise(offsets)]
    assert spacing == sorted(spacing) and spacing[-1] > 3 * spacing[0]


def test_turning_review_off_keeps_only_the_reviews_already_done() -> None:
    items = course(12)
    reviewed = with_spaced_review(items, build_schedule(items, SETTINGS), 0.1, 8, every(items))
    reviews = [i.key for i in reviewed if i.key.startswith("review/")]
    assert without_review(reviewed, set()) == tuple(items)
    kept = without_review(reviewed, {reviews[0]})
    assert [i.key for i in kept if i.key.startswith("review/")] == [reviews[0]]


def test_the_builtin_catalog_maps_modules_to_the_google_exams_domains() -> None:
    catalog = load_catalog(None).catalog
    pmle = catalog.certifications["gcp-pmle"]
    production = catalog.courses["production-ml-systems"]
    items = [
        PlanItem(
            f"production-ml-systems/{m.id}",
            m.title,
            ItemKind.MODULE,
            m.hours,
            "production-ml-systems",
            production.title,
        )
        for m in production.modules
    ]
    served = review_domains(pmle.domains, items)
    assert served["production-ml-systems/architecting"] == "Serving and scaling models"
    assert served["production-ml-systems/troubleshooting"] == "Monitoring AI solutions"
    # The introduction and the summary serve no domain: they are not reviewed.
    assert "production-ml-systems/intro" not in served
    assert "production-ml-systems/summary" not in served
    # A module named on its own wins over its course named as a whole.
    whole = Domain("Everything", 50, 50, ("production-ml-systems",))
    pinned = Domain("Pinned", 50, 50, ("production-ml-systems/hybrid",))
    mapped = review_domains((whole, pinned), items)
    assert mapped["production-ml-systems/hybrid"] == "Pinned"
    assert mapped["production-ml-systems/intro"] == "Everything"
