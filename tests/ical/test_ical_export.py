"""The exported calendar: content, golden output, UIDs and sequences across re-plans."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from ical_parsers import timed_with_ical
from ical_schedules import daily_schedule, make_items

from planner import __version__
from planner.core.plan import Allocation, Schedule, Session
from planner.ical.export import (
    EXAM,
    MILESTONES,
    SESSIONS,
    CalendarExportError,
    ExportRecord,
    ExportResult,
    build_calendar,
    legacy_milestone_uid,
    milestone_uid,
    session_uid,
)

GOLDEN = Path(__file__).parent / "golden"
STAMP = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
LATER = datetime(2026, 12, 3, 8, 30, tzinfo=UTC)


def export(schedule: Schedule, **options: Any) -> ExportResult:
    options.setdefault("plan_uid", "p42")
    options.setdefault("plan_name", "Google MLE")
    options.setdefault("dtstamp", STAMP)
    return build_calendar(schedule, **options)


def events(ics: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def golden_schedule() -> Schedule:
    """A small plan in Berlin across both 2027 DST changes, with milestones and the exam."""
    return daily_schedule(tz="Europe/Berlin", first=date(2027, 3, 1), days=240, every=20)


def test_matches_the_golden_file_under_a_fixed_clock() -> None:
    result = export(golden_schedule(), done_items=frozenset({"applied-ml:m1"}))
    # The app's version is in PRODID; a release must not break the golden file.
    ics = result.ics.replace(f"Study Planner {__version__}//".encode(), b"Study Planner X.Y.Z//")
    # So is the zone database's release (it follows the installed tzdata).
    ics = ics.replace(result.zone_rules.encode(), b"IANA VERSION (SOURCE)")
    path = GOLDEN / "berlin-2027.ics"
    if os.environ.get("UPDATE_GOLDEN"):  # regenerate after an intended change, then review
        path.write_bytes(ics)
    assert ics == path.read_bytes()


def test_calendar_properties_and_every_event_has_an_end() -> None:
    result = export(golden_schedule())
    calendar = icalendar.Calendar.from_ical(result.ics)
    calendar.validate()
    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["PRODID"]).startswith("-//Study Planner//")
    assert calendar["NAME"] == calendar["X-WR-CALNAME"] == "Google MLE"
    assert not calendar.errors
    for event in calendar.walk("VEVENT"):
        assert "DTEND" in event, event["UID"]
        assert not event.errors
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if isinstance(start, datetime):
            assert start.tzinfo is not None and end.tzinfo is not None  # never floating
            assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        else:
            assert end == start + timedelta(days=1)  # all-day DTEND is exclusive
            assert event["DTSTART"].params["VALUE"] == "DATE"


def test_round_trip_through_icalendar_keeps_times_and_texts() -> None:
    schedule = golden_schedule()
    result = export(schedule)
    parsed = events(result.ics)
    assert set(parsed) == set(result.records)
    assert len(parsed) == len(schedule.sessions) + len(schedule.milestones)
    for session in schedule.sessions:
        event = parsed[f"p42-s-{session.day.isoformat()}@study-planner"]
        start = event.decoded("DTSTART")
        assert (start.date(), start.time()) == (session.day, session.start)
        assert event.decoded("DTEND").time() == session.end
        assert str(event["SUMMARY"]).endswith(" · 1.5 h")
        assert event["STATUS"] == "CONFIRMED"
    first = parsed["p42-s-2027-03-01@study-planner"]
    assert first["SUMMARY"] == "Applied ML in Python — Module 1 · 1.5 h"
    assert "https://www.coursera.org/learn/python-machine-learning" in first["DESCRIPTION"]
    assert first["URL"] == "https://www.coursera.org/learn/python-machine-learning"
    for milestone in schedule.milestones:
        event = parsed[milestone_uid("p42", milestone.key)]
        assert event.decoded("DTSTART") == milestone.day
        assert event["SUMMARY"] == milestone.title
        assert event["TRANSP"] == ("OPAQUE" if milestone.key == "exam" else "TRANSPARENT")


def test_a_session_with_several_items_names_the_first_and_counts_the_rest() -> None:
    items = make_items()
    session = Session(
        date(2027, 1, 4),
        time(18, 0),
        time(21, 0),
        (Allocation(items[3].key, 1.0), Allocation(items[4].key, 1.5), Allocation("gone", 0.5)),
    )
    schedule = replace(daily_schedule(days=1), sessions=(session,))
    event = events(export(schedule).ics)["p42-s-2027-01-04@study-planner"]
    assert event["SUMMARY"] == "Applied ML in Python — Module 4 + 2 more · 3 h"
    description = str(event["DESCRIPTION"])
    assert "• Applied ML in Python — Module 4 · 1 h" in description
    assert "• Structuring ML Projects — Module 1 · 1.5 h" in description
    assert "https://www.coursera.org/learn/ml-strategy" in description
    assert "• gone · 0.5 h" in description  # an unknown item is still listed


def test_exam_day_has_reminders_a_week_and_a_day_before() -> None:
    schedule = golden_schedule()
    exam = events(export(schedule).ics)["p42-m-exam@study-planner"]
    assert exam.decoded("DTSTART") == schedule.exam_date
    assert exam["TRANSP"] == "OPAQUE"
    triggers = sorted(a.decoded("TRIGGER") for a in exam.walk("VALARM"))
    # 09:00 seven days before, and 09:00 the day before, the all-day exam
    assert triggers == [timedelta(days=-7, hours=9), timedelta(hours=-15)]
    assert all(a["ACTION"] == "DISPLAY" for a in exam.walk("VALARM"))
    quiet = events(export(schedule, alarms=False).ics)["p42-m-exam@study-planner"]
    assert list(quiet.walk("VALARM")) == []


def test_exam_date_without_a_milestone_still_gets_an_exam_event() -> None:
    schedule = golden_schedule()
    schedule = replace(schedule, milestones=schedule.milestones[:-1])
    exam = events(export(schedule).ics)["p42-m-exam@study-planner"]
    assert exam["SUMMARY"] == "Exam: Google PMLE"


def test_include_picks_what_is_exported() -> None:
    schedule = golden_schedule()
    only_sessions = events(export(schedule, include={SESSIONS}).ics)
    assert all("-s-" in uid for uid in only_sessions)
    assert len(only_sessions) == len(schedule.sessions)
    only_milestones = events(export(schedule, include={MILESTONES}).ics)
    assert sorted(only_milestones) == sorted(
        milestone_uid("p42", m.key) for m in schedule.milestones if m.key != "exam"
    )
    assert "VTIMEZONE" not in export(schedule, include={MILESTONES}).ics.decode()


def test_done_sessions_are_marked_done() -> None:
    schedule = golden_schedule()
    first_items = {a.item_key for a in schedule.sessions[0].allocations}
    parsed = events(export(schedule, done_items=frozenset(first_items)).ics)
    done = parsed["p42-s-2027-03-01@study-planner"]
    assert str(done["SUMMARY"]).startswith("✓ ")
    assert str(done["DESCRIPTION"]).startswith("Done")
    # The next session is partly the same module and partly the next: not done yet.
    partly = parsed["p42-s-2027-03-21@study-planner"]
    assert not str(partly["SUMMARY"]).startswith("✓")
    assert "(done)" in str(partly["DESCRIPTION"])


def _without_dtstamp(ics: bytes) -> list[bytes]:
    return [line for line in ics.splitlines() if not line.startswith(b"DTSTAMP:")]


def test_exporting_twice_without_a_change_gives_the_same_file_but_dtstamp() -> None:
    schedule = golden_schedule()
    first = export(schedule)
    second = export(schedule, dtstamp=LATER, previous=first.records)
    assert first.ics != second.ics
    assert _without_dtstamp(first.ics) == _without_dtstamp(second.ics)
    assert b"DTSTAMP:20261203T083000Z" in second.ics
    assert second.records == first.records
    assert second.stats.unchanged == len(first.records)


def test_uids_come_from_keys_not_from_order_or_time() -> None:
    schedule = golden_schedule()
    shuffled = replace(schedule, sessions=tuple(reversed(schedule.sessions)))
    assert _without_dtstamp(export(schedule).ics) == _without_dtstamp(
        export(shuffled, dtstamp=LATER).ics
    )
    other_plan = export(schedule, plan_uid="p43")
    assert set(other_plan.records).isdisjoint(export(schedule).records)


def replanned(schedule: Schedule) -> Schedule:
    """Drop the second session, make the third longer, add one at the end."""
    sessions = list(schedule.sessions)
    third = sessions[2]
    sessions[2] = replace(third, end=time(21, 0), allocations=(Allocation("applied-ml:m3", 2.0),))
    extra = replace(sessions[-1], day=sessions[-1].day + timedelta(days=3))
    del sessions[1]
    return replace(schedule, sessions=(*sessions, extra))


def test_a_replan_keeps_uids_bumps_changed_events_and_cancels_dropped_ones() -> None:
    schedule = golden_schedule()
    first = export(schedule)
    second = export(replanned(schedule), dtstamp=LATER, previous=first.records)
    parsed = events(second.ics)
    dropped = "p42-s-2027-03-21@study-planner"
    changed = "p42-s-2027-04-10@study-planner"
    added = f"p42-s-{schedule.sessions[-1].day + timedelta(days=3)}@study-planner"

    assert parsed[dropped]["STATUS"] == "CANCELLED"
    assert parsed[dropped]["SEQUENCE"] == 1
    assert parsed[dropped]["SUMMARY"] == first.records[dropped].summary
    assert parsed[dropped].decoded("DTSTART") == first.records[dropped].start
    assert parsed[changed]["SEQUENCE"] == 1
    assert parsed[changed]["SUMMARY"] == "Applied ML in Python — Module 3 · 2 h"
    assert parsed[added]["SEQUENCE"] == 0
    unchanged = set(first.records) - {dropped, changed}
    assert all(parsed[uid]["SEQUENCE"] == 0 for uid in unchanged)
    assert (second.stats.new, second.stats.changed, second.stats.cancelled) == (1, 1, 1)

    # Exported again: the cancelled event stays cancelled without another bump.
    third = export(replanned(schedule), dtstamp=LATER, previous=second.records)
    assert _without_dtstamp(third.ics) == _without_dtstamp(second.ics)
    assert third.stats.still_cancelled == 1

    # The dropped session comes back: same UID, confirmed, with a higher sequence.
    fourth = export(schedule, dtstamp=LATER, previous=third.records)
    back = events(fourth.ics)[dropped]
    assert (back["STATUS"], back["SEQUENCE"]) == ("CONFIRMED", 2)


def test_ticking_a_module_off_updates_its_events() -> None:
    schedule = golden_schedule()
    first = export(schedule)
    second = export(schedule, previous=first.records, done_items=frozenset({"applied-ml:m1"}))
    assert second.records["p42-s-2027-03-01@study-planner"].sequence == 1
    assert second.records["p42-s-2027-04-30@study-planner"].sequence == 0


def test_records_survive_a_trip_through_json() -> None:
    records = export(replanned(golden_schedule())).records
    stored = json.loads(json.dumps([r.to_dict() for r in records.values()]))
    restored = {d["uid"]: ExportRecord.from_dict(d) for d in stored}
    assert restored == records
    again = export(replanned(golden_schedule()), previous=restored)
    assert again.stats.unchanged == len(records)


def test_a_cancelled_event_is_written_in_the_plans_zone_after_a_zone_change() -> None:
    schedule = golden_schedule()
    first = export(schedule)
    moved = replace(schedule, settings=replace(schedule.settings, timezone="America/New_York"))
    moved = replace(moved, sessions=moved.sessions[1:])
    text = export(moved, previous=first.records).ics.decode()
    gone = "p42-s-2027-03-01@study-planner"
    assert timed_with_ical(text)[gone][0] == datetime(2027, 3, 1, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"dtstamp": datetime(2026, 11, 26, 12, 0)}, "time zone"),
        ({"include": {"sessions", "todos"}}, "todos"),
        ({"plan_uid": "my plan"}, "plan id"),
        ({"plan_uid": ""}, "plan id"),
    ],
)
def test_bad_options_are_refused_with_a_clear_message(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(CalendarExportError, match=message):
        export(golden_schedule(), **options)


def test_independent_parsers_read_all_day_events_with_exclusive_end() -> None:
    import vobject
    from ical.calendar_stream import IcsCalendarStream
    from ical_parsers import fresh_tzids

    schedule = golden_schedule()
    text = export(schedule).ics.decode()
    expected = {
        milestone_uid("p42", m.key): (m.day, m.day + timedelta(days=1)) for m in schedule.milestones
    }
    by_vobject = {
        e.uid.value: (e.dtstart.value, e.dtend.value)
        for e in vobject.readOne(fresh_tzids(text)).vevent_list
        if not isinstance(e.dtstart.value, datetime)
    }
    by_ical = {
        e.uid: (e.dtstart, e.dtend)
        for e in IcsCalendarStream.calendar_from_ics(text).events
        if not isinstance(e.dtstart, datetime)
    }
    assert by_vobject == by_ical == expected


def test_an_exam_only_export_after_a_full_one_cancels_nothing() -> None:
    schedule = golden_schedule()
    full = export(schedule)
    exam_only = export(schedule, include={EXAM}, previous=full.records, dtstamp=LATER)
    parsed = events(exam_only.ics)
    assert list(parsed) == [milestone_uid("p42", "exam")]
    assert exam_only.stats.cancelled == exam_only.stats.still_cancelled == 0
    # A session that is really gone is still cancelled by a partial export.
    fewer = replace(schedule, sessions=schedule.sessions[1:])
    gone = session_uid("p42", schedule.sessions[0].day)
    partial = export(fewer, include={EXAM}, previous=full.records, dtstamp=LATER)
    assert set(events(partial.ics)) == {milestone_uid("p42", "exam"), gone}
    assert events(partial.ics)[gone]["STATUS"] == "CANCELLED"


def test_uids_hold_only_letters_digits_dash_dot_and_at() -> None:
    result = export(golden_schedule(), plan_uid="p_42")
    for uid in events(result.ics):
        assert re.fullmatch(r"[A-Za-z0-9.@-]+", uid), uid
    # Distinct keys stay distinct even when their readable forms meet.
    assert milestone_uid("p", "a:b") != milestone_uid("p", "a/b") != milestone_uid("p", "a-b")


def test_an_old_export_with_colon_uids_gets_them_cancelled_once_and_the_new_ones_sent() -> None:
    schedule = golden_schedule()
    full = export(schedule)
    # What an export before safe UIDs recorded: the same events under the old milestone UIDs.
    old = {}
    for uid, record in full.records.items():
        key = next((m.key for m in schedule.milestones if milestone_uid("p42", m.key) == uid), None)
        if key is not None and key != "exam":
            uid = legacy_milestone_uid("p42", key)
            assert ":" in uid
            record = replace(record, uid=uid)
        old[uid] = record
    now = export(schedule, previous=old, dtstamp=LATER)
    parsed = events(now.ics)
    legacy = [uid for uid in parsed if ":" in uid]
    assert legacy and all(parsed[uid]["STATUS"] == "CANCELLED" for uid in legacy)
    assert all(int(parsed[uid]["SEQUENCE"]) == 1 for uid in legacy)
    assert now.stats.new == len(legacy) and now.stats.cancelled == len(legacy)
    assert now.stats.unchanged == len(full.records) - len(legacy)
    # A milestones-free export leaves the old ones alone: they are not gone from the plan.
    sessions_only = export(schedule, include={SESSIONS}, previous=old, dtstamp=LATER)
    assert not [uid for uid in events(sessions_only.ics) if ":" in uid]
    # The next export writes them as still cancelled, without another bump.
    again = export(schedule, previous={**old, **now.records}, dtstamp=LATER)
    assert again.stats.cancelled == 0 and again.stats.still_cancelled == len(legacy)
