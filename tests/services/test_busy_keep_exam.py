"""Busy time after a session stops it from growing when a re-plan keeps the exam date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from planner.core.plan import PlanSettings
from planner.core.progress import ReplanMode
from planner.core.scheduler import build_schedule
from planner.services.calendar import import_busy
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from tests.plan_factory import items

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # a Monday morning

# A team meeting every Monday at 21:30, right after the 19:00-21:30 session, and a
# three-week trip that takes study days away, so keeping the exam needs longer sessions.
BUSY = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:team@test
SUMMARY:Team meeting
DTSTART;TZID=Europe/Berlin:20261130T213000
DTEND;TZID=Europe/Berlin:20261130T223000
RRULE:FREQ=WEEKLY;COUNT=30
END:VEVENT
BEGIN:VEVENT
UID:trip@test
SUMMARY:Trip
DTSTART;VALUE=DATE:20270104
DTEND;VALUE=DATE:20270125
END:VEVENT
END:VCALENDAR
"""


def _service(data_dir: Path) -> PlanService:
    settings = PlanSettings(
        start=date(2026, 11, 30),
        hours_per_week=7.5,  # 2.5 h on Mon, Wed and Sat: 19:00-21:30
        study_days=frozenset({0, 2, 5}),
        session_start=time(19, 0),
        timezone="Europe/Berlin",
        exam_date=date(2027, 4, 6),
    )
    schedule = build_schedule(items(40, hours=3.0), settings)
    assert schedule.diagnosis is None
    svc = PlanService(data_dir, clock=FixedClock(NOW))
    svc.create_plan(name="Busy Mondays", schedule=schedule)
    return svc


def test_keeping_the_exam_date_never_lengthens_a_session_into_a_meeting(data_dir: Path) -> None:
    with _service(data_dir) as svc:
        outcome = import_busy(svc, 1, BUSY, mode=ReplanMode.KEEP_EXAM)
        assert outcome.preview is not None and outcome.preview.applied
        plan = svc.load(1)
    assert plan.settings.hours_per_week > 7.5, "the trip needs more hours per week"
    mondays = [s for s in plan.baseline.sessions if s.day.weekday() == 0]
    assert mondays
    assert all(s.end <= time(21, 30) for s in mondays), [
        (s.day, s.end) for s in mondays if s.end > time(21, 30)
    ]
    # The extra hours went to the other days, and everything still fits before the exam.
    assert any(s.end > time(21, 30) for s in plan.baseline.sessions if s.day.weekday() != 0)
    assert plan.baseline.diagnosis is None
    assert plan.baseline.sessions[-1].day < date(2027, 4, 6)


def test_a_meeting_after_the_session_alone_changes_no_day_today(data_dir: Path) -> None:
    meetings_only = BUSY.split(b"BEGIN:VEVENT\r\nUID:trip")[0].split(b"BEGIN:VEVENT\nUID:trip")[0]
    with _service(data_dir) as svc:
        before = svc.load(1).baseline.sessions
        outcome = import_busy(svc, 1, meetings_only + b"END:VCALENDAR\n")
        assert outcome.days_changed == 0
        after = svc.load(1)
        # The sessions stay as they were, and the Mondays now know where they must end.
        assert [
            (s.day, s.start, s.end) for s in after.baseline.sessions if s.day >= NOW.date()
        ] == [(s.day, s.start, s.end) for s in before if s.day >= NOW.date()]
        assert (date(2026, 12, 7), 2.5) in after.settings.day_limits
        # Importing the same file again changes nothing at all.
        assert import_busy(svc, 1, meetings_only + b"END:VCALENDAR\n").preview is None
