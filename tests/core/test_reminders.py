"""Which reminders are due at a given time: sessions ahead, and (if asked for) falling behind."""

from __future__ import annotations

from datetime import date, datetime, time

from planner.core.reminders import (
    ReminderKind,
    ReminderSettings,
    due_reminders,
    next_session,
    session_key,
)
from tests.plan_factory import schedule

SESSIONS = schedule(6).sessions  # Wed 2 Dec, Sat 5 Dec, Mon 7 Dec … at 19:00, 2 h each
WED = SESSIONS[0]
ON = ReminderSettings()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


def test_a_session_is_announced_its_lead_time_before_it_starts_and_once() -> None:
    assert due_reminders(at(2, 18, 44), SESSIONS, ON) == []
    due = due_reminders(at(2, 18, 45), SESSIONS, ON)
    assert [(r.kind, r.session, r.minutes_left) for r in due] == [(ReminderKind.SESSION, WED, 15)]
    shown = {due[0].key}
    assert due_reminders(at(2, 18, 50), SESSIONS, ON, shown=shown) == []
    # Once it has started it is not announced late.
    assert due_reminders(at(2, 19, 0), SESSIONS, ON) == []


def test_the_lead_time_is_a_setting_and_reminders_can_be_off() -> None:
    hour = ReminderSettings(lead_minutes=60)
    assert [r.minutes_left for r in due_reminders(at(2, 18, 0), SESSIONS, hour)] == [60]
    off = ReminderSettings(sessions=False)
    assert due_reminders(at(2, 18, 50), SESSIONS, off) == []


def test_a_session_whose_modules_are_all_done_is_not_announced() -> None:
    done = {a.item_key for a in WED.allocations}
    assert due_reminders(at(2, 18, 50), SESSIONS, ON, done=done) == []


def test_a_snoozed_reminder_comes_again_when_the_snooze_ends() -> None:
    key = session_key(WED)
    snoozed = {key: at(2, 18, 55)}
    assert due_reminders(at(2, 18, 50), SESSIONS, ON, shown={key}, snoozed=snoozed) == []
    again = due_reminders(at(2, 18, 55), SESSIONS, ON, shown={key}, snoozed=snoozed)
    assert [r.minutes_left for r in again] == [5]


def test_falling_behind_is_off_by_default_and_then_once_a_day_after_the_morning() -> None:
    assert not ReminderSettings().behind
    assert due_reminders(at(3, 10), SESSIONS, ON, behind_hours=8) == []
    nag = ReminderSettings(behind=True, behind_hours=3)
    assert due_reminders(at(3, 10), SESSIONS, nag, behind_hours=2.5) == []
    assert due_reminders(at(3, 8), SESSIONS, nag, behind_hours=8) == []  # too early
    due = due_reminders(at(3, 10), SESSIONS, nag, behind_hours=8)
    assert [(r.kind, r.behind_hours) for r in due] == [(ReminderKind.BEHIND, 8)]
    assert due_reminders(at(3, 15), SESSIONS, nag, behind_hours=8, shown={due[0].key}) == []
    assert due_reminders(at(4, 10), SESSIONS, nag, behind_hours=8, shown={due[0].key})


def test_the_next_session_skips_past_and_done_ones() -> None:
    assert next_session(at(2, 12), SESSIONS) == WED
    assert next_session(at(2, 20), SESSIONS) == WED  # still going on
    assert next_session(at(2, 21), SESSIONS) == SESSIONS[1]
    done = {a.item_key for a in SESSIONS[1].allocations}
    # Saturday holds m0 and m1; with both done, Monday (all m1) is skipped as well.
    assert next_session(at(2, 21), SESSIONS, done) == SESSIONS[3]
    assert next_session(datetime.combine(date(2027, 6, 1), time(0)), SESSIONS) is None
