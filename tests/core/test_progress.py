"""Re-planning from today in both modes, the preview of moves, pace and forecast."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.plan import ItemKind, PlanInputError, PlanItem, PlanSettings, WarningCode
from planner.core.progress import (
    LoggedHours,
    Progress,
    ReplanMode,
    forecast,
    remaining_items,
    replan,
)
from planner.core.scheduler import build_schedule

START = date(2026, 11, 30)  # Monday; study Mon/Wed/Sat at 2 h a day


def items(n: int = 6, hours: float = 4.0) -> list[PlanItem]:
    return [
        PlanItem(f"c/{i}", f"Module {i}", ItemKind.MODULE, hours, "c", "Course") for i in range(n)
    ]


def baseline(exam: date | None = date(2027, 2, 1), **kw: object):  # type: ignore[no-untyped-def]
    s = PlanSettings(
        start=START, hours_per_week=6, study_days=frozenset({0, 2, 5}), exam_date=exam, **kw
    )  # type: ignore[arg-type]
    return build_schedule(items(), s)


def test_remaining_work_subtracts_logged_hours_and_skips_done_items() -> None:
    progress = Progress(
        done=frozenset({"c/0"}),
        logged=(
            LoggedHours("c/0", START, 5),
            LoggedHours("c/1", START, 1.5),
            LoggedHours("c/2", START, 9),
        ),
    )
    left = remaining_items(items(4), progress)
    assert [(it.key, it.hours) for it in left] == [("c/1", 2.5), ("c/2", 0.25), ("c/3", 4.0)]


def test_keep_hours_moves_the_exam_when_behind() -> None:
    base = baseline(exam=date(2026, 12, 28))  # 24 h in 4 weeks at 6 h: fits to the day
    assert base.feasible and base.end_date == date(2026, 12, 26)
    today = date(2026, 12, 14)  # two weeks in, only the first module done: 8 h behind
    result = replan(base, Progress(done=frozenset({"c/0"})), today, ReplanMode.KEEP_HOURS)
    schedule = result.schedule
    assert schedule is not None and schedule.feasible
    assert schedule.settings.hours_per_week == 6
    assert all(s.day >= today for s in schedule.sessions)
    assert schedule.sessions[0].day == today
    # 20 h left in 2 h sessions from Monday 14th: ten sessions, the last on 2027-01-04.
    assert schedule.end_date == date(2027, 1, 4)
    assert result.exam_date == date(2027, 1, 5)  # the day after
    assert result.exam_shift_days == 8
    assert [d.key for d in result.done_items] == ["c/0"]
    assert result.past_sessions == tuple(s for s in base.sessions if s.day < today)
    by_key = {m.key: m for m in result.moves}
    assert "c/0" not in by_key
    assert by_key["c/5"].old_end == date(2026, 12, 26)
    assert by_key["c/5"].new_end == date(2027, 1, 4)
    assert by_key["c/5"].days == 9


def test_keep_hours_keeps_the_exam_when_it_still_fits() -> None:
    base = baseline()
    result = replan(
        base, Progress(done=frozenset({"c/0", "c/1"})), date(2026, 12, 9), ReplanMode.KEEP_HOURS
    )
    assert result.exam_date == date(2027, 2, 1)
    assert result.moves == ()  # exactly on plan: nothing moves


def test_keep_exam_raises_the_hours_and_says_so() -> None:
    base = baseline(exam=date(2026, 12, 28))
    today = date(2026, 12, 14)
    result = replan(base, Progress(done=frozenset({"c/0"})), today, ReplanMode.KEEP_EXAM)
    schedule = result.schedule
    assert schedule is not None and schedule.feasible
    assert result.exam_date == date(2026, 12, 28)
    # 20 h on the six study days before the exam: 3.5 h a day, 10.5 h/week.
    assert result.hours_per_week_needed == 10.5
    assert schedule.settings.hours_per_week == 10.5
    assert schedule.warnings[0].code is WarningCode.OVER_SUSTAINABLE
    assert "10.5 h/week" in schedule.warnings[0].message
    assert schedule.end_date is not None and schedule.end_date < date(2026, 12, 28)


def test_keep_exam_without_an_exam_or_after_it_is_refused() -> None:
    with pytest.raises(PlanInputError, match="no exam date"):
        replan(baseline(exam=None), Progress(), date(2026, 12, 7), ReplanMode.KEEP_EXAM)
    with pytest.raises(PlanInputError, match="already passed"):
        replan(baseline(), Progress(), date(2027, 2, 2), ReplanMode.KEEP_EXAM)


def test_everything_done_leaves_nothing_to_plan() -> None:
    base = baseline()
    done = Progress(done=frozenset(it.key for it in base.items))
    result = replan(base, done, date(2026, 12, 20), ReplanMode.KEEP_HOURS)
    assert result.schedule is None and result.moves == ()
    assert len(result.done_items) == len(base.items)


def test_forecast_pace_finish_and_ahead_or_behind() -> None:
    base = baseline(exam=None)
    today = date(2026, 12, 7)  # one week planned: 6 h
    progress = Progress(
        done=frozenset({"c/0"}),
        logged=(LoggedHours("c/0", date(2026, 12, 2), 5.0), LoggedHours("c/1", today, 1.0)),
    )
    f = forecast(base, progress, today)
    assert f.pace == 1.25  # 5 h logged for a 4 h estimate
    assert f.planned_hours == 6.0
    assert f.earned_hours == 5.0  # 4 h estimate done + 1 h on an open module
    assert f.ahead_hours == -1.0
    # 20 h of estimates left × 1.25 − 1 h logged = 24 h: four weeks from today.
    assert f.remaining_hours == 24.0
    assert f.projected_finish == date(2027, 1, 2)
    assert f.baseline_finish == date(2026, 12, 26)
    assert f.finish_shift_days == 7


def test_forecast_without_logs_uses_the_estimates() -> None:
    base = baseline(exam=None)
    f = forecast(base, Progress(done=frozenset({"c/0", "c/1", "c/2"})), date(2026, 12, 7))
    assert f.pace is None
    assert f.ahead_hours == 6.0
    assert f.projected_finish == date(2026, 12, 19)


@settings(max_examples=40, deadline=None)
@given(
    st.sets(st.integers(0, 5)),
    st.integers(0, 60),
    st.sampled_from(list(ReplanMode)),
    st.lists(st.tuples(st.integers(0, 5), st.integers(1, 12)), max_size=6),
)
def test_replanning_never_touches_done_items_or_the_past(
    done: set[int], offset: int, mode: ReplanMode, logs: list[tuple[int, int]]
) -> None:
    base = baseline(exam=date(2027, 3, 1))
    today = START + timedelta(days=offset)
    progress = Progress(
        done=frozenset(f"c/{i}" for i in done),
        logged=tuple(LoggedHours(f"c/{i}", START, h / 4) for i, h in logs),
    )
    result = replan(base, progress, today, mode)
    assert result.done_items == tuple(it for it in base.items if it.key in progress.done)
    assert result.past_sessions == tuple(s for s in base.sessions if s.day < today)
    if result.schedule is None:
        assert len(done) == 6
        return
    scheduled = {a.item_key for s in result.schedule.sessions for a in s.allocations}
    assert scheduled == {it.key for it in base.items} - progress.done
    assert all(s.day >= today for s in result.schedule.sessions)
    if mode is ReplanMode.KEEP_EXAM:
        assert result.exam_date == date(2027, 3, 1)
    else:
        assert result.schedule.settings.hours_per_week == 6
