"""Our VTIMEZONEs are read by independent parsers exactly as zoneinfo reads the zone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from ical_parsers import Times, rename_tzid, timed_with_ical, timed_with_vobject
from ical_schedules import daily_schedule

from planner.core.plan import Schedule
from planner.ical.export import CalendarExportError, ExportRecord, build_calendar
from planner.ical.vtimezone import build_vtimezone, choose_form, transitions
from planner.ical.zones import load_zone

STAMP = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

# Southern hemisphere, 30-minute DST, rules that changed or are not "nth weekday",
# a zone that skipped a day in 2011 and dropped DST, negative DST, no DST at all.
ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Apia",
    "Africa/Casablanca",
    "Europe/Dublin",
    "Asia/Tokyo",
]


def expected_times(records: Mapping[str, ExportRecord]) -> Times:
    """Start and end of every timed event in UTC, as zoneinfo reads the wall times written."""
    times: Times = {}
    for uid, record in records.items():
        if isinstance(record.start, datetime) and isinstance(record.end, datetime):
            # A zone's wall time, or UTC for a time in the repeated hour (see the export).
            assert isinstance(record.start.tzinfo, ZoneInfo) or record.start.utcoffset() == (
                timedelta(0)
            )
            times[uid] = (record.start.astimezone(UTC), record.end.astimezone(UTC))
    return times


def export(schedule: Schedule) -> tuple[str, Times]:
    result = build_calendar(schedule, plan_uid="plan", plan_name="Plan", dtstamp=STAMP)
    expected = expected_times(result.records)
    assert len(expected) == len(schedule.sessions)
    return result.ics.decode(), expected


def same_rules_as_zoneinfo(tz: str, expected: Times) -> bool:
    zone = ZoneInfo(tz)
    ours = load_zone(tz)
    return all(
        moment.astimezone(zone).utcoffset() == moment.astimezone(ours).utcoffset()
        for pair in expected.values()
        for moment in pair
    )


def assert_parsers_agree(tz: str, ics: str, expected: Times) -> None:
    # vobject always gets fresh names (see ical_parsers); `ical` both, as `ical` uses
    # its own zone data for a known name and must read our VTIMEZONE for another.
    readers = [(timed_with_vobject, ics), (timed_with_ical, rename_tzid(ics, tz))]
    if same_rules_as_zoneinfo(tz, expected):
        # `ical` reads a known TZID with Python's zoneinfo, which may hold older rules
        # than the export used (see planner/ical/zones.py); compare only where they agree.
        readers.append((timed_with_ical, ics))
    for reader, text in readers:
        got = reader(text)
        wrong = {
            uid: (got.get(uid), want) for uid, want in expected.items() if got.get(uid) != want
        }
        assert not wrong, (
            f"{reader.__name__} reads {len(wrong)} of {len(expected)} sessions in {tz} "
            f"differently from zoneinfo, e.g. {next(iter(wrong.items()))}"
        )


@pytest.mark.parametrize("tz", ZONES)
def test_sessions_over_five_years_read_as_zoneinfo_does(tz: str) -> None:
    schedule = daily_schedule(tz=tz, first=date(2026, 1, 1), days=5 * 365, every=4)
    assert_parsers_agree(tz, *export(schedule))


def _days_around_transitions(tz: str) -> list[date]:
    zone = ZoneInfo(tz)
    changes = transitions(
        zone, datetime(2026, 1, 1, tzinfo=UTC), datetime(2030, 12, 31, tzinfo=UTC)
    )
    days = {
        (change.utc.astimezone(zone) + timedelta(days=shift)).date()
        for change in changes
        for shift in (-1, 0, 1)
    }
    return sorted(days)


@pytest.mark.parametrize(
    ("tz", "start"),
    [
        ("Europe/Berlin", time(2, 30)),  # inside the spring gap and the autumn overlap
        ("America/New_York", time(1, 30)),  # inside the autumn overlap
        ("Australia/Lord_Howe", time(1, 45)),  # inside its 30-minute overlap
        ("Australia/Lord_Howe", time(2, 15)),  # inside its 30-minute gap
        ("America/Santiago", time(0, 0)),  # Chile changes at midnight
    ],
)
def test_sessions_at_the_hour_of_a_dst_change(tz: str, start: time) -> None:
    days = _days_around_transitions(tz)
    assert len(days) >= 24  # five years of changes, three days each
    schedule = daily_schedule(tz=tz, dates=days, session_start=start, session_hours=1.0)
    assert_parsers_agree(tz, *export(schedule))


def test_rrule_form_only_where_it_reproduces_the_zone() -> None:
    first, last = datetime(2026, 1, 1, tzinfo=UTC), datetime(2030, 12, 31, tzinfo=UTC)
    assert choose_form(ZoneInfo("Europe/Berlin"), first, last)[0] == "rrule"
    assert choose_form(ZoneInfo("Australia/Lord_Howe"), first, last)[0] == "rrule"
    # Chile changes on the first Sunday on or after the 2nd: in 2030 that is not the
    # first Sunday of September, so no yearly nth-weekday rule fits.
    assert choose_form(ZoneInfo("America/Santiago"), first, last)[0] == "rdate"
    text = build_vtimezone("America/Santiago", first, last).to_ical().decode()
    assert "RRULE" not in text
    assert "RDATE:20300908T000000\r\n" in text  # one transition per property
    assert "," not in "".join(line for line in text.splitlines() if line.startswith("RDATE"))


def test_forced_rdate_form_is_read_as_zoneinfo_does() -> None:
    schedule = daily_schedule(tz="Europe/Berlin", first=date(2026, 1, 1), days=5 * 365, every=6)
    ics, expected = export(schedule)
    calendar = icalendar.Calendar.from_ical(ics)
    ours = next(iter(calendar.walk("VTIMEZONE")))
    rdate_form = build_vtimezone(
        "Europe/Berlin",
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime(2031, 1, 1, tzinfo=UTC),
        form="rdate",
    )
    calendar.subcomponents[calendar.subcomponents.index(ours)] = rdate_form
    text = calendar.to_ical().decode()
    assert "RRULE" not in text and text.count("RDATE:") >= 10
    assert_parsers_agree("Europe/Berlin", text, expected)


def test_icalendars_own_vtimezone_is_misread_which_is_why_we_write_ours() -> None:
    """The check has teeth: it catches the hour-off reading (docs/decisions.md, "VTIMEZONE")."""
    schedule = daily_schedule(tz="Europe/Berlin", first=date(2026, 1, 1), days=5 * 365, every=6)
    ics, expected = export(schedule)
    calendar = icalendar.Calendar.from_ical(ics)
    calendar.subcomponents = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    calendar.add_missing_timezones()
    text = rename_tzid(calendar.to_ical().decode(), "Europe/Berlin")
    got = timed_with_vobject(text)
    wrong = [uid for uid, want in expected.items() if got[uid] != want]
    assert len(wrong) > len(expected) // 2


def test_transitions_match_the_published_dates() -> None:
    berlin = transitions(
        ZoneInfo("Europe/Berlin"),
        datetime(2027, 1, 1, tzinfo=UTC),
        datetime(2028, 1, 1, tzinfo=UTC),
    )
    assert [(t.utc, t.offset_to, t.name) for t in berlin] == [
        (datetime(2027, 3, 28, 1, 0, tzinfo=UTC), timedelta(hours=2), "CEST"),
        (datetime(2027, 10, 31, 1, 0, tzinfo=UTC), timedelta(hours=1), "CET"),
    ]
    lord_howe = transitions(
        ZoneInfo("Australia/Lord_Howe"),
        datetime(2027, 1, 1, tzinfo=UTC),
        datetime(2028, 1, 1, tzinfo=UTC),
    )
    assert [(t.local_start, t.offset_from, t.offset_to) for t in lord_howe] == [
        (datetime(2027, 4, 4, 2, 0), timedelta(hours=11), timedelta(hours=10, minutes=30)),
        (datetime(2027, 10, 3, 2, 0), timedelta(hours=10, minutes=30), timedelta(hours=11)),
    ]


def test_a_utc_plan_writes_utc_times_and_no_vtimezone() -> None:
    text, expected = export(daily_schedule(tz="UTC", days=10))
    assert "VTIMEZONE" not in text
    assert "DTSTART:20261201T190000Z\r\n" in text
    assert timed_with_ical(text) == expected == timed_with_vobject(text)


def test_wall_times_are_the_plans_except_inside_a_dst_gap() -> None:
    days = [date(2027, 3, 27), date(2027, 3, 28), date(2027, 10, 31)]
    schedule = daily_schedule(tz="Europe/Berlin", dates=days, session_start=time(2, 30))
    records = build_calendar(schedule, plan_uid="p", plan_name="P", dtstamp=STAMP).records
    starts = {r.start.isoformat(): r.end.isoformat() for r in records.values() if r.uid[2] == "s"}
    assert starts == {
        "2027-03-27T02:30:00+01:00": "2027-03-27T04:00:00+01:00",
        # 02:30 does not exist that night: the session starts at 03:30 and keeps its 1.5 h
        "2027-03-28T03:30:00+02:00": "2027-03-28T05:00:00+02:00",
        # 02:30 happens twice: the first one (00:30 UTC), as RFC 5545 says, written in
        # UTC so that every reader takes the same one
        "2027-10-31T00:30:00+00:00": "2027-10-31T04:00:00+01:00",
    }


def test_an_unknown_zone_is_refused_with_its_name() -> None:
    schedule = daily_schedule(tz="Mars/Olympus_Mons", days=3)
    with pytest.raises(CalendarExportError, match="Mars/Olympus_Mons"):
        build_calendar(schedule, plan_uid="plan", plan_name="Plan", dtstamp=STAMP)
