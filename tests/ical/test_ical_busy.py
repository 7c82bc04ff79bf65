"""Busy days read from a user's calendar file, and the capacity they leave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.plan import DateRange, PlanSettings
from planner.ical.busy import (
    BusyDay,
    BusyImport,
    BusyImportError,
    capacity_windows,
    read_busy,
)

FIRST, LAST = date(2027, 1, 1), date(2027, 4, 30)


def ics(*events: str, extra: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{extra}{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def read(data: bytes, tz: str = "Europe/Berlin") -> BusyImport:
    return read_busy(data, tz=tz, first=FIRST, last=LAST)


def minutes(hh_mm: str) -> int:
    hours, mins = hh_mm.split(":")
    return int(hours) * 60 + int(mins)


def span(start: str, end: str) -> tuple[int, int]:
    return minutes(start), minutes(end)


WEEKLY = """
UID:choir
SUMMARY:Choir
DTSTART;TZID=Europe/Berlin:20270104T183000
DTEND;TZID=Europe/Berlin:20270104T200000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270412T000000Z
EXDATE;TZID=Europe/Berlin:20270111T183000,20270118T183000
EXDATE;TZID=Europe/Berlin:20270201T183000
"""
MOVED = """
UID:choir
SUMMARY:Choir (moved to Tuesday)
RECURRENCE-ID;TZID=Europe/Berlin:20270208T183000
DTSTART;TZID=Europe/Berlin:20270209T190000
DTEND;TZID=Europe/Berlin:20270209T210000
"""
CANCELLED_ONE = """
UID:choir
SUMMARY:Choir
RECURRENCE-ID;TZID=Europe/Berlin:20270215T183000
DTSTART;TZID=Europe/Berlin:20270215T183000
DTEND;TZID=Europe/Berlin:20270215T200000
STATUS:CANCELLED
"""


def test_weekly_recurrence_with_exceptions_and_moved_occurrences() -> None:
    result = read(ics(WEEKLY, MOVED, CANCELLED_ONE))
    mondays = {
        day for day, info in result.days.items() if info.intervals == (span("18:30", "20:00"),)
    }
    expected = {date(2027, 1, 4) + timedelta(weeks=n) for n in range(14)}  # until 12 April
    expected -= {date(2027, 1, 11), date(2027, 1, 18), date(2027, 2, 1)}  # EXDATEs
    expected -= {date(2027, 2, 8), date(2027, 2, 15)}  # moved, cancelled
    assert mondays == expected
    assert result.days[date(2027, 2, 9)] == BusyDay(intervals=(span("19:00", "21:00"),))
    assert date(2027, 2, 8) not in result.days and date(2027, 2, 15) not in result.days
    # After the DST change of 28 March the choir is still at 18:30 local time.
    assert result.days[date(2027, 4, 5)].intervals == (span("18:30", "20:00"),)
    assert [s.reason for s in result.skipped] == ["cancelled"]


def test_all_day_events_cover_their_days_with_exclusive_end() -> None:
    result = read(
        ics(
            "UID:a\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20270106\nDTEND;VALUE=DATE:20270107",
            "UID:b\nSUMMARY:Trip\nDTSTART;VALUE=DATE:20270110\nDTEND;VALUE=DATE:20270113",
            "UID:c\nSUMMARY:No end\nDTSTART;VALUE=DATE:20270120",
        )
    )
    assert sorted(result.days) == [
        date(2027, 1, 6),
        date(2027, 1, 10),
        date(2027, 1, 11),
        date(2027, 1, 12),
        date(2027, 1, 20),
    ]
    assert all(info.all_day for info in result.days.values())
    assert result.busy[date(2027, 1, 6)] == 24.0


def test_yearly_all_day_recurrence_from_years_ago() -> None:
    birthday = "UID:bd\nSUMMARY:Party\nDTSTART;VALUE=DATE:19900305\nRRULE:FREQ=YEARLY"
    assert list(read(ics(birthday)).days) == [date(2027, 3, 5)]


def test_floating_utc_and_foreign_zone_times_land_in_the_plans_zone() -> None:
    result = read(
        ics(
            "UID:f\nSUMMARY:Floating\nDTSTART:20270107T193000\nDTEND:20270107T203000",
            "UID:u\nSUMMARY:UTC\nDTSTART:20270108T170000Z\nDURATION:PT1H",
            "UID:n\nSUMMARY:New York\nDTSTART;TZID=America/New_York:20270109T130000\n"
            "DTEND;TZID=America/New_York:20270109T140000",
            "UID:w\nSUMMARY:Windows\nDTSTART;TZID=W. Europe Standard Time:20270112T080000\n"
            "DTEND;TZID=W. Europe Standard Time:20270112T090000",
        )
    )
    assert result.days[date(2027, 1, 7)].intervals == (span("19:30", "20:30"),)
    assert result.days[date(2027, 1, 8)].intervals == (span("18:00", "19:00"),)
    assert result.days[date(2027, 1, 9)].intervals == (span("19:00", "20:00"),)
    assert result.days[date(2027, 1, 12)].intervals == (span("08:00", "09:00"),)
    # The same floating event in another plan zone stays at 19:30 there.
    tokyo = read(
        ics("UID:f\nSUMMARY:F\nDTSTART:20270107T193000\nDTEND:20270107T203000"), "Asia/Tokyo"
    )
    assert tokyo.days[date(2027, 1, 7)].intervals == (span("19:30", "20:30"),)


def test_a_zone_defined_in_the_file_is_used() -> None:
    vtimezone = (
        "BEGIN:VTIMEZONE\nTZID:Office Time\nBEGIN:STANDARD\nDTSTART:19700101T000000\n"
        "TZOFFSETFROM:+0300\nTZOFFSETTO:+0300\nEND:STANDARD\nEND:VTIMEZONE\n"
    )
    event = "UID:o\nSUMMARY:Office\nDTSTART;TZID=Office Time:20270113T200000\nDURATION:PT1H"
    result = read(ics(event, extra=vtimezone))
    assert result.days[date(2027, 1, 13)].intervals == (span("18:00", "19:00"),)


def test_an_event_over_midnight_counts_on_both_days_and_overlaps_merge() -> None:
    result = read(
        ics(
            "UID:late\nSUMMARY:Late shift\nDTSTART:20270115T220000\nDTEND:20270116T013000",
            "UID:x\nSUMMARY:Overlap\nDTSTART:20270115T213000\nDTEND:20270115T230000",
        )
    )
    assert result.days[date(2027, 1, 15)].intervals == (span("21:30", "24:00"),)
    assert result.days[date(2027, 1, 16)].intervals == (span("00:00", "01:30"),)
    assert result.busy[date(2027, 1, 15)] == 2.5


def test_broken_and_unplaceable_events_are_skipped_with_reasons_and_the_rest_imported() -> None:
    result = read(
        ics(
            "UID:1\nSUMMARY:Broken start\nDTSTART:2027XX01T100000\nDTEND:20270101T110000",
            "UID:2\nSUMMARY:Mars\nDTSTART;TZID=Mars/Olympus:20270121T100000\nDURATION:PT1H",
            "UID:3\nSUMMARY:No start\nDTEND:20270121T100000",
            "UID:4\nSUMMARY:Backwards\nDTSTART:20270121T100000\nDTEND:20270121T090000",
            "UID:5\nSUMMARY:Free\nDTSTART:20270121T100000\nDURATION:PT1H\nTRANSP:TRANSPARENT",
            "UID:6\nSUMMARY:Bad rule\nDTSTART:20270121T100000\nDURATION:PT1H\nRRULE:FREQ=SOMETIMES",
            "UID:7\nSUMMARY:Fine\nDTSTART:20270122T100000\nDURATION:PT1H",
        )
    )
    reasons = {s.summary: s.reason for s in result.skipped}
    assert set(reasons) == {"Broken start", "Mars", "No start", "Backwards", "Free", "Bad rule"}
    assert reasons["Broken start"].startswith("unreadable DTSTART")
    assert reasons["Mars"] == "unknown time zone 'Mars/Olympus'"
    assert reasons["No start"] == "no start time (DTSTART)"
    assert reasons["Backwards"] == "ends before it starts"
    assert reasons["Free"] == "marked as free time"
    assert reasons["Bad rule"].startswith("unreadable RRULE")
    assert list(result.days) == [date(2027, 1, 22)]
    assert result.events_used == 1


def test_events_outside_the_range_are_ignored_and_a_file_without_busy_time_is_empty() -> None:
    result = read(ics("UID:old\nSUMMARY:Old\nDTSTART:20200101T100000\nDURATION:PT1H"))
    assert result.empty and result.skipped == ()
    assert read(ics()).empty


def test_a_rule_that_repeats_every_second_is_skipped_not_expanded() -> None:
    event = "UID:s\nSUMMARY:Ticker\nDTSTART:20261231T000000\nDURATION:PT1S\nRRULE:FREQ=SECONDLY"
    result = read(ics(event))
    # Which limit stops it first depends on the machine's speed (the step count, or the
    # one-second budget on a loaded machine); either way it is skipped, not expanded.
    assert [s.reason for s in result.skipped] in (
        ["repeats too often to expand"],
        ["its recurrence takes too long to expand (over 1 s)"],
    )
    assert result.empty


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \r\n", "empty"),
        (bytes(range(256)) * 4, "Not an iCalendar"),
        (b"BEGIN:VCARD\r\nFN:Someone\r\nEND:VCARD\r\n", "Not an iCalendar"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "Not an iCalendar"),
    ],
)
def test_files_that_are_not_calendars_get_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(BusyImportError, match=message):
        read(data)


def test_a_bad_plan_zone_or_range_gets_a_clear_error() -> None:
    with pytest.raises(BusyImportError, match="Unknown time zone"):
        read(ics(), tz="Nowhere/Atlantis")
    with pytest.raises(BusyImportError, match="range is empty"):
        read_busy(ics(), tz="UTC", first=LAST, last=FIRST)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        read(data)
    except BusyImportError as exc:
        assert str(exc)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_damaged_calendar_never_crashes(data: st.DataObject) -> None:
    lines = ics(WEEKLY, MOVED, "UID:a\nSUMMARY:Day\nDTSTART;VALUE=DATE:20270106").split(b"\r\n")
    index = data.draw(st.integers(0, len(lines) - 1))
    lines[index] = data.draw(st.binary(max_size=40)).replace(b"\r", b"").replace(b"\n", b"")
    try:
        result = read(b"\r\n".join(lines))
    except BusyImportError:
        return
    assert all(FIRST <= day <= LAST for day in result.days)


# --- capacity ---------------------------------------------------------------------------

PLAN = PlanSettings(
    start=date(2027, 1, 1),
    hours_per_week=9.0,  # 1.5 h on each of six days
    study_days=frozenset({0, 1, 2, 3, 4, 5}),  # not Sunday
    session_start=time(19, 0),
)


def test_busy_time_inside_the_study_window_reduces_that_days_capacity() -> None:
    busy = {
        date(2027, 1, 4): BusyDay(intervals=(span("18:00", "19:30"),)),  # 30 min of 19:00-20:30
        date(2027, 1, 5): BusyDay(all_day=True),
        date(2027, 1, 6): BusyDay(intervals=(span("08:00", "17:00"), span("21:00", "23:00"))),
        date(2027, 1, 7): BusyDay(intervals=(span("19:10", "19:20"),)),  # longest gap after it
        date(2027, 1, 8): BusyDay(intervals=(span("20:00", "20:20"),)),  # earlier gap longer
        date(2027, 1, 10): BusyDay(all_day=True),  # a Sunday: no study anyway
        date(2026, 12, 30): BusyDay(all_day=True),  # before the plan starts
    }
    limits, starts = capacity_windows(busy, PLAN)
    assert limits == (
        (date(2027, 1, 4), 1.0),
        (date(2027, 1, 5), 0.0),
        (date(2027, 1, 7), 1.0),  # 19:20-20:30 is 70 min: whole quarter hours
        (date(2027, 1, 8), 1.0),  # 19:00-20:00
    )
    # The session moves after the busy time so the two never overlap.
    assert starts == ((date(2027, 1, 4), time(19, 30)), (date(2027, 1, 7), time(19, 20)))


def test_existing_limits_are_kept_and_importing_twice_changes_nothing() -> None:
    plan = replace(PLAN, day_limits=((date(2027, 1, 4), 0.5), (date(2027, 2, 1), 1.0)))
    busy = BusyImport(
        days={
            date(2027, 1, 4): BusyDay(intervals=(span("19:00", "19:30"),)),
            date(2027, 1, 8): BusyDay(intervals=(span("20:00", "23:00"),)),
        }
    )
    once = capacity_windows(busy, plan)[0]
    assert once == ((date(2027, 1, 4), 0.5), (date(2027, 1, 8), 1.0), (date(2027, 2, 1), 1.0))
    assert capacity_windows(busy, replace(plan, day_limits=once))[0] == once


def test_days_off_and_a_session_cap_are_respected() -> None:
    plan = replace(
        PLAN,
        hours_per_week=18.0,  # 3 h a day, but sessions are capped at 2 h: 19:00-21:00
        max_session_hours=2.0,
        days_off=(DateRange(date(2027, 1, 11), date(2027, 1, 12)),),
    )
    busy = {
        date(2027, 1, 11): BusyDay(all_day=True),
        date(2027, 1, 13): BusyDay(intervals=(span("21:00", "22:00"),)),  # after the window
        date(2027, 1, 14): BusyDay(intervals=(span("20:00", "22:00"),)),
    }
    assert capacity_windows(busy, plan)[0] == ((date(2027, 1, 14), 1.0),)


def test_from_file_to_limits() -> None:
    result = read(ics(WEEKLY))
    limits = dict(capacity_windows(result, PLAN)[0])
    assert limits[date(2027, 1, 4)] == 0.5  # choir until 20:00 leaves 20:00-20:30
    assert date(2027, 1, 11) not in limits  # an EXDATE: free that Monday
