"""The scheduler: examples for each rule of docs/architecture.md, "Scheduling", then properties."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.plan import (
    DateRange,
    ItemKind,
    MilestoneKind,
    PlanInputError,
    PlanItem,
    PlanSettings,
    Schedule,
    WarningCode,
)
from planner.core.scheduler import build_schedule, weekly_capacity

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
START = date(2026, 11, 30)  # a Monday


def item(key: str, hours: float, kind: ItemKind = ItemKind.MODULE, group: str = "") -> PlanItem:
    group = group or key.split("/")[0]
    return PlanItem(key, key.title(), kind, hours, group, group.title(), hours_is_estimate=False)


def plan(**kw: object) -> PlanSettings:
    base: dict[str, object] = {
        "start": START,
        "hours_per_week": 6.0,
        "study_days": frozenset({MON, WED, SAT}),
    }
    base.update(kw)
    return PlanSettings(**base)  # type: ignore[arg-type]


def day_hours(schedule: Schedule) -> dict[date, float]:
    return {s.day: s.hours for s in schedule.sessions}


def item_hours(schedule: Schedule) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for s in schedule.sessions:
        for a in s.allocations:
            totals[a.item_key] += a.hours
    return dict(totals)


# --- capacity and placement ------------------------------------------------------------


def test_weekly_hours_are_spread_evenly_over_the_study_days() -> None:
    schedule = build_schedule([item("c/a", 12)], plan())
    assert day_hours(schedule) == {
        date(2026, 11, 30): 2.0,
        date(2026, 12, 2): 2.0,
        date(2026, 12, 5): 2.0,
        date(2026, 12, 7): 2.0,
        date(2026, 12, 9): 2.0,
        date(2026, 12, 12): 2.0,
    }
    assert [s.start for s in schedule.sessions] == [time(19, 0)] * 6
    assert [s.end for s in schedule.sessions] == [time(21, 0)] * 6


def test_daily_share_is_floored_to_quarter_hours() -> None:
    # 8 h over 3 days is 2.67 h a day: each day holds 2.5 h, the week 7.5 h.
    settings = plan(hours_per_week=8.0)
    assert weekly_capacity(settings) == 7.5
    schedule = build_schedule([item("c/a", 7.5)], settings)
    assert set(day_hours(schedule).values()) == {2.5}
    assert schedule.weeks[0].capacity == 7.5


def test_items_are_placed_in_order_and_split_across_days_and_weeks() -> None:
    schedule = build_schedule([item("c/a", 3), item("c/b", 4.5), item("c/c", 1)], plan())
    got = [(s.day, [(a.item_key, a.hours) for a in s.allocations]) for s in schedule.sessions]
    assert got == [
        (date(2026, 11, 30), [("c/a", 2.0)]),
        (date(2026, 12, 2), [("c/a", 1.0), ("c/b", 1.0)]),
        (date(2026, 12, 5), [("c/b", 2.0)]),
        (date(2026, 12, 7), [("c/b", 1.5), ("c/c", 0.5)]),
        (date(2026, 12, 9), [("c/c", 0.5)]),
    ]
    assert [(w.start, [(a.item_key, a.hours) for a in w.allocations]) for w in schedule.weeks] == [
        (date(2026, 11, 30), [("c/a", 3.0), ("c/b", 3.0)]),
        (date(2026, 12, 7), [("c/b", 1.5), ("c/c", 1.0)]),
    ]
    assert schedule.end_date == date(2026, 12, 9)


def test_item_hours_round_up_to_a_quarter_hour() -> None:
    schedule = build_schedule([item("c/a", 0.1), item("c/b", 1.3)], plan())
    assert item_hours(schedule) == {"c/a": 0.25, "c/b": 1.5}


def test_partial_first_week_counts_only_days_from_the_start() -> None:
    settings = plan(start=date(2026, 12, 3))  # a Thursday: only Saturday is left that week
    schedule = build_schedule([item("c/a", 5)], settings)
    first = schedule.weeks[0]
    assert first.start == date(2026, 11, 30)
    assert first.capacity == 2.0
    assert schedule.sessions[0].day == date(2026, 12, 5)


def test_partial_last_week_before_the_exam() -> None:
    # Exam on Thursday 2026-12-10: the last week holds only Monday and Wednesday.
    schedule = build_schedule([item("c/a", 8)], plan(exam_date=date(2026, 12, 10)))
    assert schedule.feasible
    assert [w.capacity for w in schedule.weeks] == [6.0, 4.0]


def test_weeks_can_start_on_sunday() -> None:
    schedule = build_schedule([item("c/a", 8)], plan(week_start=SUN))
    assert [w.start for w in schedule.weeks] == [date(2026, 11, 29), date(2026, 12, 6)]
    assert all(w.start.weekday() == SUN for w in schedule.weeks)


def test_days_off_have_no_capacity_and_weeks_off_stay_in_the_list() -> None:
    off = DateRange(date(2026, 12, 7), date(2026, 12, 13))
    schedule = build_schedule([item("c/a", 9)], plan(days_off=(off,)))
    assert not any(s.day in off for s in schedule.sessions)
    assert [(w.start, w.capacity, w.hours) for w in schedule.weeks] == [
        (date(2026, 11, 30), 6.0, 6.0),
        (date(2026, 12, 7), 0.0, 0.0),
        (date(2026, 12, 14), 6.0, 3.0),
    ]


def test_day_limits_reduce_a_day_and_zero_is_a_day_off() -> None:
    limits = ((date(2026, 11, 30), 0.5), (date(2026, 12, 2), 0.0), (date(2026, 12, 5), 9.0))
    schedule = build_schedule([item("c/a", 4.5)], plan(day_limits=limits))
    assert day_hours(schedule) == {
        date(2026, 11, 30): 0.5,
        date(2026, 12, 5): 2.0,  # a limit above the even share does not add hours
        date(2026, 12, 7): 2.0,
    }


def test_max_session_hours_caps_every_day() -> None:
    schedule = build_schedule([item("c/a", 6)], plan(max_session_hours=1.5))
    assert set(day_hours(schedule).values()) == {1.5}
    assert schedule.weeks[0].capacity == 4.5


def test_nothing_is_placed_before_the_start() -> None:
    schedule = build_schedule([item("c/a", 3)], plan(start=date(2026, 12, 1)))
    assert schedule.sessions[0].day == date(2026, 12, 2)


# --- milestones, exam and warnings -----------------------------------------------------


def test_milestones_mark_course_done_project_milestones_and_the_exam() -> None:
    items = [
        item("c1/a", 2),
        item("c1/b", 2),
        item("proj/scope", 2, ItemKind.PROJECT),
        item("proj/model", 2, ItemKind.PROJECT),
        item("prep/1-x", 2, ItemKind.EXAM_DOMAIN, "prep"),
    ]
    schedule = build_schedule(items, plan(exam_date=date(2027, 3, 1), exam_name="PMLE"))
    found = {(m.key, m.kind, m.day) for m in schedule.milestones}
    assert found == {
        ("done:course:c1", MilestoneKind.COURSE_DONE, date(2026, 12, 2)),
        ("milestone:proj/scope", MilestoneKind.PROJECT_MILESTONE, date(2026, 12, 5)),
        ("milestone:proj/model", MilestoneKind.PROJECT_MILESTONE, date(2026, 12, 7)),
        ("done:project:proj", MilestoneKind.PROJECT_DONE, date(2026, 12, 7)),
        # Preparation ends at the exam: its 2 h sit on the last study day before it.
        ("prep-start", MilestoneKind.PREP_START, date(2027, 2, 27)),
        ("exam", MilestoneKind.EXAM, date(2027, 3, 1)),
    }
    # Each week carries the milestones that fall in it; the exam week is in the list.
    assert schedule.weeks[-1].start == date(2027, 3, 1)
    assert [m.key for m in schedule.weeks[-1].milestones] == ["exam"]
    assert [m.key for m in schedule.weeks[0].milestones] == [
        "done:course:c1",
        "milestone:proj/scope",
    ]


def test_a_plan_that_does_not_fit_gets_a_diagnosis_with_both_ways_out() -> None:
    # 30 h before an exam 3 weeks out at 6 h/week: 18 h of room.
    settings = plan(exam_date=date(2026, 12, 21))
    schedule = build_schedule([item("c/a", 30)], settings)
    assert not schedule.feasible
    d = schedule.diagnosis
    assert d is not None
    assert (d.hours_needed, d.hours_available) == (30.0, 18.0)
    assert d.hours_per_week_needed == 10.5  # 3.5 h a day × 3 days × 3 weeks = 31.5 h ≥ 30
    assert d.earliest_exam_date == date(2027, 1, 3)  # the day after the last session
    assert "needs 10.5 h/week (you have 6), or move the exam to 2027-01-03" in d.message
    # The full placement is still there, and the exam stays where the user put it.
    assert sum(item_hours(schedule).values()) == 30.0
    assert schedule.exam_date == date(2026, 12, 21)
    # Both ways out really work.
    assert build_schedule(
        [item("c/a", 30)], plan(exam_date=date(2026, 12, 21), hours_per_week=10.5)
    ).feasible
    assert not build_schedule(
        [item("c/a", 30)], plan(exam_date=date(2026, 12, 21), hours_per_week=10.25)
    ).feasible
    assert build_schedule([item("c/a", 30)], plan(exam_date=date(2027, 1, 3))).feasible


def test_diagnosis_without_a_weekly_figure_when_no_day_could_hold_enough() -> None:
    settings = plan(exam_date=date(2026, 12, 3), session_start=time(20, 0))
    schedule = build_schedule([item("c/a", 40)], settings)
    d = schedule.diagnosis
    assert d is not None and d.hours_per_week_needed is None
    assert "move the exam to" in d.message


def test_exam_on_a_study_day_gets_no_session_that_day() -> None:
    schedule = build_schedule([item("c/a", 6)], plan(exam_date=date(2026, 12, 5)))
    assert not schedule.feasible  # Saturday is the exam; only Mon and Wed are before it
    fits = build_schedule([item("c/a", 4)], plan(exam_date=date(2026, 12, 5)))
    assert fits.feasible and fits.end_date == date(2026, 12, 2)


def test_prep_weeks_put_the_exam_right_after_the_final_week() -> None:
    items = [item("c/a", 6), item("prep/review", 6, ItemKind.REVIEW, "prep")]
    schedule = build_schedule(items, plan(prep_weeks=1))
    assert schedule.end_date == date(2026, 12, 12)
    assert schedule.exam_date == date(2026, 12, 14)  # Monday after the last (review) week


def test_no_exam_runs_until_done() -> None:
    schedule = build_schedule([item("c/a", 60)], plan())
    assert schedule.exam_date is None
    assert schedule.end_date == date(2027, 2, 6)
    assert not any(m.kind is MilestoneKind.EXAM for m in schedule.milestones)


def test_warning_when_the_exam_is_after_its_retirement() -> None:
    settings = plan(
        exam_date=date(2027, 1, 4), exam_retired_on=date(2026, 12, 31), exam_name="MLS-C01"
    )
    schedule = build_schedule([item("c/a", 2)], settings)
    codes = [w.code for w in schedule.warnings]
    assert codes == [WarningCode.EXAM_RETIRED]
    assert "2026-12-31" in schedule.warnings[0].message
    ok = build_schedule(
        [item("c/a", 2)], plan(exam_date=date(2026, 12, 31), exam_retired_on=date(2026, 12, 31))
    )
    assert ok.warnings == ()


@pytest.mark.parametrize(
    ("weeks", "code"),
    [
        (7, WarningCode.SHORT_PREP),
        (8, None),
        (12, None),
        (13, WarningCode.LONG_PREP),
    ],
)
def test_prep_block_length_warnings(weeks: int, code: WarningCode | None) -> None:
    # N weeks of preparation at 6 h/week, ending before an exam on Monday 2027-04-05.
    exam = date(2027, 4, 5)
    items = [item("c/a", 12), item("prep/1-a", 6 * weeks, ItemKind.EXAM_DOMAIN, "prep")]
    schedule = build_schedule(items, plan(exam_date=exam))
    assert schedule.milestones[1].key == "prep-start"
    assert schedule.milestones[1].day == exam - timedelta(weeks=weeks)
    length = {WarningCode.SHORT_PREP, WarningCode.LONG_PREP}
    assert [w.code for w in schedule.warnings if w.code in length] == ([code] if code else [])


def test_preparation_ends_at_the_exam_and_coursework_starts_at_once() -> None:
    items = [item("c/a", 6), item("prep/1-a", 12, ItemKind.EXAM_DOMAIN, "prep")]
    schedule = build_schedule(items, plan(exam_date=date(2027, 6, 7)))
    days = [s.day for s in schedule.sessions]
    assert days[:3] == [date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 5)]
    # The last session is the last study day before the exam (Saturday June 5).
    assert days[-1] == date(2027, 6, 5)
    assert days[3] == date(2027, 5, 24)  # two weeks of preparation, no earlier
    free = [w for w in schedule.warnings if w.code is WarningCode.OTHER]
    assert len(free) == 1 and "weeks stay free" in free[0].message


def test_a_plan_that_does_not_fit_gets_no_preparation_length_warning() -> None:
    items = [item("c/a", 30), item("prep/1-a", 30, ItemKind.EXAM_DOMAIN, "prep")]
    schedule = build_schedule(items, plan(exam_date=date(2027, 1, 4)))
    assert schedule.diagnosis is not None
    assert not [w for w in schedule.warnings if "spans" in w.message]


def test_estimated_hours_are_flagged() -> None:
    estimated = PlanItem("c/a", "A", ItemKind.MODULE, 2, "c", "C", hours_is_estimate=True)
    schedule = build_schedule([estimated, item("c/b", 1)], plan())
    assert [(w.code, w.message[:13]) for w in schedule.warnings] == [
        (WarningCode.ESTIMATES, "1 of 2 items ")
    ]


# --- invalid input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "items", "fragment"),
    [
        ({"exam_date": date(2026, 11, 30)}, None, "must be after the start date"),
        ({"exam_date": date(2026, 11, 1)}, None, "must be after the start date"),
        ({"study_days": frozenset()}, None, "at least one study day"),
        ({"hours_per_week": 0.0}, None, "more than 0"),
        ({"hours_per_week": -3.0}, None, "more than 0"),
        ({"hours_per_week": 0.5}, None, "less than 15 minutes a day"),
        ({"hours_per_week": 60.0}, None, "more hours per week than the study days can hold"),
        ({"session_start": time(23, 0), "hours_per_week": 3.0}, None, "can hold"),
        ({"max_session_hours": 0.0}, None, "at least 15 minutes"),
        ({"prep_weeks": 0}, None, "at least 1"),
        ({"days_off": (DateRange(date(2027, 1, 2), date(2027, 1, 1)),)}, None, "end before"),
        (
            {
                "exam_date": date(2027, 1, 4),
                "days_off": (DateRange(date(2026, 11, 20), date(2027, 1, 3)),),
            },
            None,
            "days off cover every study day",
        ),
        (
            {"days_off": (DateRange(date(2026, 12, 1), date(9000, 1, 1)),)},
            None,
            "would not finish",
        ),
        ({}, [], "no items"),
        ({}, [item("c/a", 0)], "positive number of hours"),
        ({}, [item("c/a", -1)], "positive number of hours"),
        ({}, [item("c/a", 1), item("c/a", 2)], "appears twice"),
    ],
)
def test_invalid_input_gets_a_specific_message(
    kw: dict[str, object], items: list[PlanItem] | None, fragment: str
) -> None:
    with pytest.raises(PlanInputError, match=fragment):
        build_schedule([item("c/a", 5)] if items is None else items, plan(**kw))


def test_more_hours_than_fit_before_midnight_says_how_many_would() -> None:
    with pytest.raises(PlanInputError) as info:
        build_schedule([item("c/a", 5)], plan(hours_per_week=20.0, session_start=time(21, 0)))
    # From 21:00 a day holds 2.75 h before midnight: 8.25 h over three days.
    assert "hold at most 8.25 h/week" in str(info.value)


# --- time zones --------------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe"])
def test_a_19_00_session_stays_at_19_00_local_time_across_dst(zone: str) -> None:
    settings = plan(
        start=date(2027, 3, 1), hours_per_week=3.0, study_days=frozenset({SUN}), timezone=zone
    )
    schedule = build_schedule([item("c/a", 3 * 40)], settings)  # 40 Sundays: spring and autumn
    tz = ZoneInfo(zone)
    offsets = set()
    for s in schedule.sessions:
        assert (s.start, s.end) == (time(19, 0), time(22, 0))
        local = datetime.combine(s.day, s.start, tzinfo=tz)
        offsets.add(local.utcoffset())
        # The wall time survives a round trip through UTC.
        back = local.astimezone(ZoneInfo("UTC")).astimezone(tz)
        assert (back.date(), back.time()) == (s.day, time(19, 0))
    assert len(offsets) == 2, "the plan crosses a daylight-saving change"


# --- properties --------------------------------------------------------------------------


@st.composite
def plans(draw: st.DrawFn) -> tuple[list[PlanItem], PlanSettings]:
    count = draw(st.integers(1, 25))
    hours = draw(st.lists(st.integers(1, 48), min_size=count, max_size=count))
    kinds = draw(st.lists(st.sampled_from(list(ItemKind)), min_size=count, max_size=count))
    items = [
        PlanItem(f"g{i // 3}/i{i}", f"Item {i}", kind, h / 4, f"g{i // 3}", f"Group {i // 3}")
        for i, (h, kind) in enumerate(zip(hours, kinds, strict=True))
    ]
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    per_day = draw(st.integers(1, 16))  # granules
    start = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 800)))
    offs = []
    for _ in range(draw(st.integers(0, 4))):
        first = start + timedelta(days=draw(st.integers(-10, 200)))
        offs.append(DateRange(first, first + timedelta(days=draw(st.integers(0, 30)))))
    limits = tuple(
        (start + timedelta(days=draw(st.integers(0, 100))), draw(st.integers(0, 12)) / 4)
        for _ in range(draw(st.integers(0, 5)))
    )
    exam = None
    if draw(st.booleans()):
        exam = start + timedelta(days=draw(st.integers(60, 900)))
    settings = PlanSettings(
        start=start,
        hours_per_week=per_day * len(days) / 4 + draw(st.sampled_from([0, 0.1, 0.2])),
        study_days=days,
        session_start=draw(st.sampled_from([time(6, 30), time(9, 0), time(19, 0)])),
        max_session_hours=draw(st.sampled_from([None, 1.0, 2.5])),
        days_off=tuple(offs),
        exam_date=exam,
        prep_weeks=draw(st.sampled_from([None, 8])) if exam is None else None,
        week_start=draw(st.integers(0, 6)),
        day_limits=limits,
    )
    return items, settings


def _capacity(settings: PlanSettings, day: date) -> float:
    if day < settings.start or day.weekday() not in settings.study_days:
        return 0.0
    if any(day in r for r in settings.days_off):
        return 0.0
    share = int(settings.hours_per_week * 4 / len(settings.study_days) + 1e-9) / 4
    if settings.max_session_hours is not None:
        share = min(share, settings.max_session_hours)
    for limited, hours in settings.day_limits:
        if limited == day:
            share = min(share, hours)
    return share


@settings(max_examples=150, deadline=None)
@given(plans())
def test_properties_of_every_schedule(case: tuple[list[PlanItem], PlanSettings]) -> None:
    items, settings_ = case
    try:
        schedule = build_schedule(items, settings_)
    except PlanInputError as exc:  # random days off can cover every day before the exam
        assert "days off cover every study day" in str(exc)
        return
    # Allocated hours equal the item hours (the strategy uses whole granules).
    assert item_hours(schedule) == {it.key: it.hours for it in items}
    # No day above its capacity; nothing on days off or before the start.
    for s in schedule.sessions:
        assert 0 < s.hours <= _capacity(settings_, s.day)
        assert s.day >= settings_.start
        assert not any(s.day in r for r in settings_.days_off)
        assert s.start == settings_.session_start
        minutes = (s.end.hour * 60 + s.end.minute) - (s.start.hour * 60 + s.start.minute)
        assert minutes == s.hours * 60
    # Item order is kept: the sequence of allocations never goes back to an earlier item.
    order = {it.key: i for i, it in enumerate(items)}
    seq = [order[a.item_key] for s in schedule.sessions for a in s.allocations]
    assert seq == sorted(seq)
    # Sessions add up to the week allocations, week by week and item by item.
    per_week: dict[tuple[date, str], float] = defaultdict(float)
    starts = [w.start for w in schedule.weeks]
    for s in schedule.sessions:
        week = max(w for w in starts if w <= s.day)
        for a in s.allocations:
            per_week[(week, a.item_key)] += a.hours
    assert per_week == {
        (w.start, a.item_key): a.hours for w in schedule.weeks for a in w.allocations
    }
    assert all(w.hours <= w.capacity for w in schedule.weeks)
    assert all(b - a == timedelta(days=7) for a, b in pairwise(starts))
    # Feasible means everything is before the exam.
    if settings_.exam_date is not None:
        assert schedule.feasible == (schedule.sessions[-1].day < settings_.exam_date)
    # Identical input gives identical output.
    assert build_schedule(list(items), settings_) == schedule


@settings(max_examples=60, deadline=None)
@given(plans())
def test_the_diagnosis_figures_are_the_smallest_that_work(
    case: tuple[list[PlanItem], PlanSettings],
) -> None:
    items, settings_ = case
    try:
        schedule = build_schedule(items, settings_)
    except PlanInputError:
        return
    d = schedule.diagnosis
    if d is None:
        return
    from dataclasses import replace

    assert d.earliest_exam_date is not None
    assert build_schedule(items, replace(settings_, exam_date=d.earliest_exam_date)).feasible
    if d.hours_per_week_needed is not None:
        assert build_schedule(
            items, replace(settings_, hours_per_week=d.hours_per_week_needed)
        ).feasible
        less = d.hours_per_week_needed - 0.25
        if less > settings_.hours_per_week:
            assert not build_schedule(items, replace(settings_, hours_per_week=less)).feasible
