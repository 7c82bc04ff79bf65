"""Spaced review: finished modules come back at growing intervals, as real study time."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest

from planner.core.plan import ItemKind, PlanInputError, PlanItem, PlanSettings, Schedule
from planner.core.review import INTERVALS_DAYS, with_spaced_review
from planner.core.scheduler import build_schedule

START = date(2026, 11, 30)  # a Monday
SETTINGS = PlanSettings(START, 8, frozenset({0, 2, 5}), exam_date=date(2027, 6, 1))


def course(n: int, hours: float = 4) -> list[PlanItem]:
    return [
        PlanItem(f"c/m{i}", f"Module {i}", ItemKind.MODULE, hours, "c", "Course") for i in range(n)
    ]


def days_of(schedule: Schedule, key: str) -> list[date]:
    return [s.day for s in schedule.sessions if any(a.item_key == key for a in s.allocations)]


def test_without_a_share_nothing_changes() -> None:
    items = course(5)
    assert with_spaced_review(items, build_schedule(items, SETTINGS), 0, 8) == tuple(items)


def test_finished_modules_come_back_after_the_intervals_and_count_as_study() -> None:
    items = course(12)
    first = build_schedule(items, SETTINGS)
    reviewed = with_spaced_review(items, first, 0.1, 8)
    reviews = [i for i in reviewed if i.key.startswith("review/")]
    assert reviews and all(i.title.startswith("Review: Course: Module") for i in reviews)
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
        reviewed_titles = review.title.removeprefix("Review: ").split("; ")
        for it in items:
            if f"Course: {it.title}" in reviewed_titles:
                assert day >= finished[it.key]
                gaps.append((day - finished[it.key]).days)
        per_week[day - timedelta(days=day.weekday())] += review.hours
    assert max(per_week.values()) <= 0.1 * 8 * 2  # a week may hold two weeks' due reviews
    assert sorted(gaps)[len(gaps) // 2] >= INTERVALS_DAYS[0]


def test_the_first_reviews_are_kept_when_the_share_is_small() -> None:
    items = course(12)
    first = build_schedule(items, SETTINGS)
    small = with_spaced_review(items, first, 0.04, 8)  # one quarter hour a week
    big = with_spaced_review(items, first, 0.5, 8)
    count = lambda its: sum(i.hours for i in its if i.key.startswith("review/"))  # noqa: E731
    assert 0 < count(small) < count(big)


def test_reviews_that_do_not_fit_make_an_honest_diagnosis() -> None:
    tight = PlanSettings(START, 8, frozenset({0, 2, 5}), exam_date=date(2027, 1, 28))
    items = course(13, 5)  # 65 h: 26 study days × 2.5 h before the exam, no more
    first = build_schedule(items, tight)
    assert first.feasible
    reviewed = with_spaced_review(items, first, 0.25, 8)
    assert len(reviewed) > len(items)
    assert not build_schedule(reviewed, tight).feasible


def test_a_share_above_half_the_week_is_refused() -> None:
    items = course(3)
    with pytest.raises(PlanInputError, match=r"between 0 and 0\.5"):
        with_spaced_review(items, build_schedule(items, SETTINGS), 0.8, 8)
