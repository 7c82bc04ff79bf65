"""Every fix the diagnosis offers really makes the plan fit, smallest change first."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.fixes import Fix, FixKind, fit_fixes, past_exam_message
from planner.core.plan import ItemKind, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule

START = date(2026, 12, 7)


def course(group: str, n: int, hours: float) -> list[PlanItem]:
    return [
        PlanItem(f"{group}/m{i}", f"Module {i}", ItemKind.MODULE, hours, group, group.title())
        for i in range(n)
    ]


def apply(s: PlanSettings, items: list[PlanItem], f: Fix) -> tuple[PlanSettings, list[PlanItem]]:
    if f.hours_per_week is not None:
        s = dataclasses.replace(s, hours_per_week=f.hours_per_week)
    if f.exam_date is not None:
        s = dataclasses.replace(s, exam_date=f.exam_date)
    if f.study_days is not None:
        s = dataclasses.replace(s, study_days=f.study_days)
    return s, [i for i in items if i.group not in f.drop]


def test_optional_courses_are_offered_with_the_hours_each_saves() -> None:
    items = course("core", 6, 4) + course("extra", 2, 5)
    s = PlanSettings(START, 6, frozenset({0, 2, 5}), exam_date=date(2027, 1, 11))
    fixes = fit_fixes(items, s, {"extra": "Extra course"})
    drop = [f for f in fixes if f.kind is FixKind.DROP]
    assert drop and drop[0].message == "drop the optional Extra course (−10 h)"
    assert drop[0].hours_saved == 10
    assert fit_fixes(items, dataclasses.replace(s, exam_date=date(2027, 6, 1))) == ()


@settings(max_examples=40, deadline=None)
@given(
    hours=st.integers(2, 20),
    days=st.sets(st.integers(0, 6), min_size=1, max_size=5),
    weeks=st.integers(2, 20),
    n=st.integers(2, 12),
)
def test_every_fix_works_and_they_come_smallest_first(
    hours: int, days: set[int], weeks: int, n: int
) -> None:
    items = course("core", n, 3) + course("extra", 2, 2)
    exam = date.fromordinal(START.toordinal() + 7 * weeks)
    s = PlanSettings(START, hours, frozenset(days), exam_date=exam)
    fixes = fit_fixes(items, s, {"extra": "Extra"})
    assert [f.change for f in fixes] == sorted(f.change for f in fixes)
    for fix in fixes:
        fixed, rest = apply(s, items, fix)
        assert build_schedule(rest, fixed).diagnosis is None, fix.message


def test_a_past_exam_is_named_as_such() -> None:
    assert "has already passed" in str(past_exam_message(date(2026, 1, 1), date(2026, 2, 1)))
    assert "is today" in str(past_exam_message(date(2026, 2, 1), date(2026, 2, 1)))
    assert past_exam_message(date(2026, 3, 1), date(2026, 2, 1)) == ""
