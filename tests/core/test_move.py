"""Moving one session: only that session moves, unless other work no longer fits."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.move import MoveError, move_session
from planner.core.plan import Schedule
from tests.plan_factory import schedule

TODAY = date(2026, 12, 1)


def hours_by_item(s: Schedule) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for session in s.sessions:
        for a in session.allocations:
            totals[a.item_key] += a.hours
    return dict(totals)


def by_day(s: Schedule) -> dict[date, tuple[time, time, tuple[tuple[str, float], ...]]]:
    return {
        x.day: (x.start, x.end, tuple((a.item_key, a.hours) for a in x.allocations))
        for x in s.sessions
    }


def test_a_session_moved_to_a_free_day_moves_alone() -> None:
    base = schedule(6)
    result = move_session(base, date(2026, 12, 7), date(2026, 12, 8), time(7, 30), today=TODAY)
    after, before = by_day(result.schedule), by_day(base)
    assert date(2026, 12, 7) not in after
    assert after[date(2026, 12, 8)] == (time(7, 30), time(9, 30), before[date(2026, 12, 7)][2])
    assert {d: v for d, v in after.items() if d != date(2026, 12, 8)} == {
        d: v for d, v in before.items() if d != date(2026, 12, 7)
    }
    assert result.shifts == () and not result.joined
    assert hours_by_item(result.schedule) == hours_by_item(base)
    # The week still adds up to its sessions.
    week = next(w for w in result.schedule.weeks if w.start == date(2026, 12, 7))
    assert week.hours == 6.0


def test_a_new_time_on_the_same_day_keeps_the_work() -> None:
    base = schedule(6)
    result = move_session(base, date(2026, 12, 9), date(2026, 12, 9), time(6, 0), today=TODAY)
    assert by_day(result.schedule)[date(2026, 12, 9)][:2] == (time(6, 0), time(8, 0))


def test_joining_a_late_session_hands_what_passes_midnight_to_the_next_session() -> None:
    base = schedule(6)
    # Wed's 2 h at 21:00 joins Sat's 2 h: 4 h from 21:00 would pass midnight.
    result = move_session(base, date(2026, 12, 9), date(2026, 12, 12), time(21, 0), today=TODAY)
    after = by_day(result.schedule)
    assert result.joined
    assert after[date(2026, 12, 12)][:2] == (time(21, 0), time(23, 45))
    assert sum(h for _, h in after[date(2026, 12, 12)][2]) == 2.75
    # The last 1.25 h goes to the start of Monday's session, which grows.
    monday = after[date(2026, 12, 14)]
    assert monday[2] == (("course-0/m2", 0.25), ("course-1/m3", 3.0))
    assert monday[1] == time(22, 15)
    assert result.shifts and all(s.to_day == date(2026, 12, 14) for s in result.shifts)
    assert hours_by_item(result.schedule) == hours_by_item(base)


def test_a_shorter_session_hands_its_tail_on_and_a_longer_one_takes_work() -> None:
    base = schedule(6)
    shorter = move_session(
        base, date(2026, 12, 12), date(2026, 12, 12), time(19, 0), 1.0, today=TODAY
    )
    after = by_day(shorter.schedule)
    assert after[date(2026, 12, 12)][2] == (("course-0/m2", 1.0),)
    assert after[date(2026, 12, 14)][2] == (("course-1/m3", 3.0),)
    assert hours_by_item(shorter.schedule) == hours_by_item(base)

    longer = move_session(
        base, date(2026, 12, 12), date(2026, 12, 12), time(9, 0), 3.0, today=TODAY
    )
    after = by_day(longer.schedule)
    assert after[date(2026, 12, 12)][:2] == (time(9, 0), time(12, 0))
    assert after[date(2026, 12, 14)][2] == (("course-1/m3", 1.0),)
    assert hours_by_item(longer.schedule) == hours_by_item(base)


def test_done_work_is_never_handed_on() -> None:
    base = schedule(6)
    done = frozenset({"course-1/m3"})
    result = move_session(
        base, date(2026, 12, 12), date(2026, 12, 12), time(19, 0), 0.25, today=TODAY, done=done
    )
    after = by_day(result.schedule)
    # Only the open work (course-0/m2) left Saturday; the done 1 h stays on it.
    assert ("course-1/m3", 1.0) in after[date(2026, 12, 12)][2]
    assert hours_by_item(result.schedule) == hours_by_item(base)


def test_the_last_session_overflows_onto_the_next_study_day() -> None:
    base = schedule(6)
    last = base.sessions[-1]
    result = move_session(base, last.day, last.day, time(19, 0), 0.5, today=TODAY)
    tail = result.schedule.sessions[-1]
    assert tail.day > last.day and tail.day.weekday() in base.settings.study_days
    assert tail.start == base.settings.session_start and tail.hours == 1.5
    assert result.schedule.end_date == tail.day
    course_done = next(m for m in result.schedule.milestones if m.key == "done:course:course-1")
    assert course_done.day == tail.day


@pytest.mark.parametrize(
    ("day", "new_day", "start", "message"),
    [
        (date(2026, 12, 8), date(2026, 12, 9), time(19), "no study session"),
        (date(2026, 12, 7), date(2026, 11, 30), time(19), "before today"),
        (date(2026, 12, 7), date(2026, 12, 8), time(22, 30), "after midnight"),
    ],
)
def test_impossible_moves_say_why(day: date, new_day: date, start: time, message: str) -> None:
    with pytest.raises(MoveError, match=message):
        move_session(schedule(6), day, new_day, start, today=TODAY)


def test_history_cannot_move() -> None:
    with pytest.raises(MoveError, match="history"):
        move_session(
            schedule(6), date(2026, 12, 2), date(2026, 12, 3), time(19), today=date(2026, 12, 4)
        )


@settings(max_examples=60, deadline=None)
@given(
    pick=st.integers(0, 7),
    shift=st.integers(0, 12),
    minute=st.integers(0, 22 * 4),
    hours=st.sampled_from([None, 0.25, 1.0, 2.0, 3.5]),
)
def test_every_item_keeps_its_hours(
    pick: int, shift: int, minute: int, hours: float | None
) -> None:
    from datetime import timedelta

    base = schedule(6)
    source = base.sessions[pick]
    start = time(minute // 4, (minute % 4) * 15)
    try:
        result = move_session(
            base, source.day, source.day + timedelta(days=shift), start, hours, today=TODAY
        )
    except MoveError:
        return
    after = hours_by_item(result.schedule)
    assert after == pytest.approx(hours_by_item(base))
    days = [s.day for s in result.schedule.sessions]
    assert days == sorted(set(days))
    assert all(s.end > s.start for s in result.schedule.sessions)
    assert sum(w.hours for w in result.schedule.weeks) == pytest.approx(sum(after.values()))
