"""Unsplittable items: a practice exam is one sitting of the real exam's length.

As the scheduler's contract says (planner/core/scheduler.py; docs/decisions.md): placed
whole on the first study day that can hold it; that day may run to the longest-session
limit; if no day can, the diagnosis names the setting that would make one.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.catalog import load_catalog
from planner.core.build import build_plan_items
from planner.core.codec import schedule_from_dict, schedule_to_dict
from planner.core.plan import DateRange, ItemKind, PlanInputError, PlanItem, PlanSettings
from planner.core.scheduler import build_schedule, max_day_granules

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
START = date(2026, 11, 30)  # a Monday


def item(key: str, hours: float, unsplit: bool = False) -> PlanItem:
    kind = ItemKind.PRACTICE_EXAM if unsplit else ItemKind.MODULE
    return PlanItem(key, key.title(), kind, hours, "g", "G", unsplit=unsplit)


def plan(**kw: object) -> PlanSettings:
    base: dict[str, object] = {
        "start": START,
        "hours_per_week": 6.0,
        "study_days": frozenset({MON, WED, SAT}),
    }
    base.update(kw)
    return PlanSettings(**base)  # type: ignore[arg-type]


def sessions_of(schedule_items: object, key: str) -> list[tuple[date, float]]:
    assert hasattr(schedule_items, "sessions")
    return [
        (s.day, a.hours)
        for s in schedule_items.sessions
        for a in s.allocations
        if a.item_key == key
    ]


def test_a_practice_exam_longer_than_a_day_is_sat_whole_on_a_longer_day() -> None:
    # 2 h a day; the mock exam is 2 h 15 min. With no longest-session limit, Monday runs
    # longer: 1 h of study, then the whole exam, ending at 22:15.
    schedule = build_schedule([item("a", 1), item("mock", 2.25, True), item("b", 3)], plan())
    assert sessions_of(schedule, "mock") == [(START, 2.25)]
    monday = schedule.sessions[0]
    assert (monday.start, monday.end) == (time(19, 0), time(22, 15))
    # The rest goes on as before: b starts on Wednesday.
    assert sessions_of(schedule, "b") == [(date(2026, 12, 2), 2.0), (date(2026, 12, 5), 1.0)]
    assert schedule.weeks[0].hours <= schedule.weeks[0].capacity
    assert schedule.feasible


def test_a_sitting_waits_for_a_day_whose_longest_session_can_hold_it() -> None:
    # Sessions of at most 3 h: Monday already has 1.5 h, so the exam goes to Wednesday.
    settings_ = plan(max_session_hours=3.0)
    schedule = build_schedule([item("a", 1.5), item("mock", 2.25, True)], settings_)
    assert sessions_of(schedule, "mock") == [(date(2026, 12, 2), 2.25)]
    assert [s.hours for s in schedule.sessions] == [1.5, 2.25]


def test_without_the_flag_the_same_item_is_cut_in_pieces() -> None:
    schedule = build_schedule([item("a", 1), item("mock", 2.25), item("b", 3)], plan())
    assert len(sessions_of(schedule, "mock")) == 2


def test_a_sitting_that_fits_the_rest_of_a_day_is_sat_that_day() -> None:
    schedule = build_schedule([item("a", 1), item("quiz", 1, True)], plan())
    assert sessions_of(schedule, "quiz") == [(START, 1.0)]


def test_a_busy_evening_is_never_lengthened_for_a_sitting() -> None:
    # Monday is full at a 3 h limit; Wednesday holds only 1 h (a meeting later): the exam
    # waits for Saturday.
    settings_ = plan(max_session_hours=3.0, day_limits=((date(2026, 12, 2), 1.0),))
    schedule = build_schedule([item("a", 2), item("mock", 2.25, True)], settings_)
    assert sessions_of(schedule, "mock") == [(date(2026, 12, 5), 2.25)]


def test_the_longest_session_limit_lets_the_day_run_that_long_and_no_longer() -> None:
    settings_ = plan(max_session_hours=2.5)
    schedule = build_schedule([item("mock", 2.5, True)], settings_)
    assert sessions_of(schedule, "mock") == [(START, 2.5)]
    assert schedule.feasible


def test_no_day_long_enough_gets_a_diagnosis_naming_the_longest_session() -> None:
    settings_ = plan(max_session_hours=2.0, exam_date=date(2027, 3, 1))
    schedule = build_schedule([item("a", 4), item("mock", 2.25, True)], settings_)
    d = schedule.diagnosis
    assert d is not None and not schedule.feasible
    assert d.message == (
        "“Mock” needs one sitting of 2.25 h, but your longest session is 2 h: "
        "allow sessions of 2.25 h"
    )
    assert (d.setting, d.setting_value) == ("max_session_hours", "2.25")
    # The advice works: with that limit, the plan fits and the exam is one sitting.
    fixed = build_schedule([item("a", 4), item("mock", 2.25, True)], plan(max_session_hours=2.25))
    assert fixed.feasible and len(sessions_of(fixed, "mock")) == 1
    # The diagnosis survives the stored form.
    assert schedule_from_dict(schedule_to_dict(schedule)) == schedule


def test_a_late_session_start_gets_a_diagnosis_naming_the_start_time() -> None:
    settings_ = plan(session_start=time(22, 30), hours_per_week=3.0)
    schedule = build_schedule([item("mock", 2, True)], settings_)
    d = schedule.diagnosis
    assert d is not None
    assert (d.setting, d.setting_value) == ("session_start", "21:45")
    assert "start sessions at 21:45 or earlier" in d.message
    fixed = build_schedule([item("mock", 2, True)], plan(session_start=time(21, 45)))
    assert fixed.feasible and sessions_of(fixed, "mock") == [(START, 2.0)]


def test_with_an_exam_date_a_waiting_sitting_starts_the_preparation_earlier() -> None:
    # Preparation held back to the latest start would leave the mock no day of its own
    # before the exam; the block starts earlier instead of running past it.
    items = [
        item("course", 2),
        PlanItem("prep/d", "D", ItemKind.EXAM_DOMAIN, 1, "p", "P"),
        PlanItem("prep/mock", "Mock", ItemKind.PRACTICE_EXAM, 2.25, "p", "P", unsplit=True),
        PlanItem("prep/review", "R", ItemKind.REVIEW, 1.75, "p", "P"),
    ]
    schedule = build_schedule(items, plan(exam_date=date(2026, 12, 21)))
    assert schedule.feasible
    assert len(sessions_of(schedule, "prep/mock")) == 1
    assert schedule.sessions[-1].day < date(2026, 12, 21)


def test_the_real_catalog_opens_with_a_diagnostic_and_closes_with_full_mocks() -> None:
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["gcp-pmle"]
    items = build_plan_items(catalog, "ml-practitioner", exam, hours_per_week=6, prep_weeks=10)
    prep = [i for i in items if i.key.startswith("prep/")]
    assert prep[0].key == "prep/diagnostic" and prep[0].unsplit
    assert prep[0].hours == catalog.exam_preps["exam-prep"].diagnostic_hours
    mocks = [i for i in prep if i.key.startswith("prep/practice-")]
    assert [(m.hours, m.unsplit) for m in mocks] == [(2.0, True), (2.0, True)]  # 120 min
    assert prep[-1].key == "prep/review"
    settings_ = PlanSettings(START, 6, frozenset({MON, WED, SAT}), prep_weeks=10)
    schedule = build_schedule(items, settings_)
    for m in mocks:
        assert len(sessions_of(schedule, m.key)) == 1  # one sitting, not 1 h + 1 h


# --- properties --------------------------------------------------------------------------


@st.composite
def plans(draw: st.DrawFn) -> tuple[list[PlanItem], PlanSettings]:
    count = draw(st.integers(1, 15))
    items = [
        PlanItem(
            f"g/i{i}",
            f"Item {i}",
            ItemKind.MODULE,
            draw(st.integers(1, 24)) / 4,
            "g",
            "G",
            unsplit=draw(st.booleans()),
        )
        for i in range(count)
    ]
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    per_day = draw(st.integers(1, 12))
    start = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    offs = []
    for _ in range(draw(st.integers(0, 3))):
        first = start + timedelta(days=draw(st.integers(-10, 100)))
        offs.append(DateRange(first, first + timedelta(days=draw(st.integers(0, 20)))))
    limits = tuple(
        (start + timedelta(days=draw(st.integers(0, 60))), draw(st.integers(0, 12)) / 4)
        for _ in range(draw(st.integers(0, 4)))
    )
    exam = start + timedelta(days=draw(st.integers(30, 400))) if draw(st.booleans()) else None
    settings_ = PlanSettings(
        start=start,
        hours_per_week=per_day * len(days) / 4,
        study_days=days,
        session_start=draw(st.sampled_from([time(9, 0), time(19, 0), time(22, 0)])),
        max_session_hours=draw(st.sampled_from([None, 1.0, 2.5, 4.0])),
        days_off=tuple(offs),
        exam_date=exam,
        day_limits=limits,
    )
    return items, settings_


@settings(max_examples=150, deadline=None)
@given(plans())
def test_properties_of_unsplittable_items(case: tuple[list[PlanItem], PlanSettings]) -> None:
    items, settings_ = case
    try:
        schedule = build_schedule(items, settings_)
    except PlanInputError as exc:
        assert "days off cover every study day" in str(exc) or "midnight" in str(exc)
        return
    most = max_day_granules(settings_) / 4
    too_long = [i for i in items if i.unsplit and i.hours > most]
    # Every hour is placed, in order.
    totals: dict[str, float] = defaultdict(float)
    for s in schedule.sessions:
        for a in s.allocations:
            totals[a.item_key] += a.hours
    assert dict(totals) == {i.key: i.hours for i in items}
    order = {it.key: n for n, it in enumerate(items)}
    seq = [order[a.item_key] for s in schedule.sessions for a in s.allocations]
    assert seq == sorted(seq)
    # Each unsplittable item that some day can hold is one sitting on one day.
    for it in items:
        if it.unsplit and it not in too_long:
            assert len(sessions_of(schedule, it.key)) == 1
    # No day runs past the longest session, midnight or a busy day's limit.
    for s in schedule.sessions:
        assert s.hours <= most
        for limited, hours in settings_.day_limits:
            if limited == s.day:
                assert s.hours <= hours
    # Weeks hold what their days hold.
    assert all(w.hours <= w.capacity for w in schedule.weeks)
    # The diagnosis names a setting exactly when a sitting fits on no day.
    if too_long:
        assert schedule.diagnosis is not None and schedule.diagnosis.setting
    else:
        assert schedule.diagnosis is None or not schedule.diagnosis.setting
        if settings_.exam_date is not None:
            assert schedule.feasible == (schedule.sessions[-1].day < settings_.exam_date)
    assert build_schedule(list(items), settings_) == schedule
