"""Busy import under hostile calendars: bounded work, and the corners real files have."""

from __future__ import annotations

import codecs
import subprocess
import sys
import time
from datetime import date, datetime, timedelta

import pytest
from dateutil import rrule as r
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.ical.busy import (
    BusyImportError,
    BusyLimits,
    ImportCancelled,
    _guarded,
    _PastHorizon,
    fast_forward,
    read_busy,
)
from tests.ical.test_ical_busy import FIRST, LAST, WEEKLY, ics, read, span

FINE = "UID:fine\nSUMMARY:Fine\nDTSTART:20270122T100000\nDURATION:PT1H"


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=WEEKLY;INTERVAL=0;BYDAY=MO",
        "FREQ=MONTHLY;INTERVAL=0;COUNT=5",
    ],
)
def test_a_rule_that_never_advances_is_skipped_with_one_line(rule: str) -> None:
    stuck = f"UID:stuck\nSUMMARY:Stuck\nDTSTART:20270105T100000\nDURATION:PT1H\nRRULE:{rule}"
    result = read(ics(stuck, FINE))
    assert [(s.summary, s.reason) for s in result.skipped] == [
        ("Stuck", "its recurrence rule never advances (INTERVAL=0)")
    ]
    assert list(result.days) == [date(2027, 1, 22)]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31",
        "FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=31;BYMONTH=2",
    ],
)
def test_an_impossible_rule_yields_nothing_and_the_rest_is_imported(rule: str) -> None:
    never = f"UID:never\nSUMMARY:Never\nDTSTART:20270105T100000\nDURATION:PT1H\nRRULE:{rule}"
    result = read(ics(never, FINE))
    # Its first occurrence (DTSTART) still counts, as RFC 5545 says; nothing else.
    assert sorted(result.days) == [date(2027, 1, 5), date(2027, 1, 22)]


DTSTARTS = st.datetimes(datetime(1990, 1, 1), datetime(2026, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
# Days every month has, so no rule here is empty (an empty rule is the other test's job).
MONTHDAYS = st.integers(-28, 28).filter(bool)


def occurrences(rule: r.rrule, low: datetime, high: datetime) -> list[datetime]:
    """The occurrences in [low, high], the search bounded the same way as the import's."""
    found = []
    try:
        with _guarded(high.year + 1, time.monotonic() + 30):
            for occurrence in rule:
                if occurrence > high:
                    break
                if occurrence >= low:
                    found.append(occurrence)
    except _PastHorizon:
        pass
    return found


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    start=DTSTARTS,
    freq=st.sampled_from([r.YEARLY, r.MONTHLY, r.WEEKLY, r.DAILY, r.HOURLY]),
    interval=st.integers(1, 5),
    byday=st.none() | st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True),
    bymonthday=st.none() | st.lists(MONTHDAYS, min_size=1, max_size=2),
    bysetpos=st.none() | st.sampled_from([1, -1]),
)
def test_starting_a_rule_near_the_plan_finds_exactly_the_same_occurrences(
    start: datetime,
    freq: int,
    interval: int,
    byday: list[int] | None,
    bymonthday: list[int] | None,
    bysetpos: int | None,
) -> None:
    low, high = datetime(2027, 1, 1), datetime(2027, 3, 1)
    if freq == r.HOURLY:
        low, high = datetime(2027, 1, 1), datetime(2027, 1, 8)
    rule = r.rrule(
        freq,
        dtstart=start,
        interval=interval,
        byweekday=byday,
        bymonthday=bymonthday,
        bysetpos=bysetpos if (byday or bymonthday) else None,
        until=datetime(2030, 1, 1),
        cache=False,
    )
    expected = occurrences(rule, low, high)
    assert occurrences(fast_forward(rule, low), low, high) == expected


def test_this_and_future_changes_every_later_occurrence() -> None:
    moved_on = """
UID:choir
SUMMARY:Choir (Tuesdays from now on)
RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20270208T183000
DTSTART;TZID=Europe/Berlin:20270209T190000
DTEND;TZID=Europe/Berlin:20270209T210000
"""
    result = read(ics(WEEKLY, moved_on))
    assert date(2027, 2, 1) not in result.days  # an EXDATE
    assert result.days[date(2027, 1, 25)].intervals == (span("18:30", "20:00"),)
    for week in range(0, 9):
        monday = date(2027, 2, 8) + timedelta(weeks=week)
        assert monday not in result.days
    tuesdays = [date(2027, 2, 9) + timedelta(weeks=w) for w in range(9)]
    for tuesday in tuesdays:
        assert result.days[tuesday].intervals == (span("19:00", "21:00"),)
    assert date(2027, 4, 13) not in result.days  # the rule still ends on 12 April


def test_only_the_newest_copy_of_an_event_counts() -> None:
    old = "UID:dup\nSEQUENCE:1\nSUMMARY:Meeting\nDTSTART:20270105T100000\nDURATION:PT1H"
    new = "UID:dup\nSEQUENCE:3\nSUMMARY:Meeting\nDTSTART:20270106T140000\nDURATION:PT1H"
    moved_away = "UID:gone\nSEQUENCE:2\nSUMMARY:Gone\nDTSTART:20300101T100000\nDURATION:PT1H"
    stale = "UID:gone\nSEQUENCE:1\nSUMMARY:Gone\nDTSTART:20270107T100000\nDURATION:PT1H"
    result = read(ics(new, old, stale, moved_away))
    assert list(result.days) == [date(2027, 1, 6)]
    assert result.days[date(2027, 1, 6)].intervals == (span("14:00", "15:00"),)


@pytest.mark.parametrize(
    "tzid", ['"tzone://Microsoft/Utc"', "tzone://Microsoft/Utc", "UTC", "Etc/UTC"]
)
def test_microsofts_utc_zone_is_utc(tzid: str) -> None:
    event = (
        f"UID:ms\nSUMMARY:Teams call\nDTSTART;TZID={tzid}:20270112T170000\n"
        f"DTEND;TZID={tzid}:20270112T180000"
    )
    result = read(ics(event))
    assert result.skipped == ()
    assert result.days[date(2027, 1, 12)].intervals == (span("18:00", "19:00"),)


def _utf16(data: bytes, codec: str, bom: bytes) -> bytes:
    return bom + data.decode().encode(codec)


@pytest.mark.parametrize(
    "encode",
    [
        lambda d: _utf16(d, "utf-16-le", codecs.BOM_UTF16_LE),
        lambda d: _utf16(d, "utf-16-be", codecs.BOM_UTF16_BE),
        lambda d: d.replace(b"\r\n", b"\r"),
        lambda d: codecs.BOM_UTF8 + d.replace(b"\r\n", b"\n"),
    ],
    ids=["utf-16-le", "utf-16-be", "cr-only", "utf-8-bom-lf"],
)
def test_other_encodings_and_line_ends_read_like_utf8(encode: object) -> None:
    plain = ics(WEEKLY, "UID:ü\nSUMMARY:Café ☕\nDTSTART:20270122T100000\nDURATION:PT1H")
    assert read(encode(plain)) == read(plain)  # type: ignore[operator]
    assert date(2027, 1, 22) in read(plain).days


def test_icalendar_warnings_never_reach_the_terminal(tmp_path: object) -> None:
    event = (
        "UID:g\nSUMMARY:Global id\n"
        "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20270112T170000\n"
        "DURATION:PT1H"
    )
    code = (
        "import sys; from datetime import date; from planner.ical.busy import read_busy\n"
        "r = read_busy(sys.stdin.buffer.read(), tz='Europe/Berlin', first=date(2027,1,1),"
        " last=date(2027,4,30))\n"
        "print(sorted(r.days))"
    )
    done = subprocess.run(
        [sys.executable, "-W", "default", "-c", code],
        input=ics(event),
        capture_output=True,
        check=True,
    )
    assert done.stderr == b""
    assert b"2027, 1, 12" in done.stdout


def test_progress_is_reported_and_cancel_stops_the_import() -> None:
    many = [f"UID:{n}\nSUMMARY:E{n}\nDTSTART:20270110T{n % 20:02d}0000\nDURATION:PT30M"
            for n in range(1200)]  # fmt: skip
    data = ics(*many)
    seen: list[tuple[int, int]] = []

    def watch(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    read_busy(data, tz="UTC", first=date(2027, 1, 1), last=date(2027, 2, 1), progress=watch)
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) >= 4

    with pytest.raises(ImportCancelled, match="cancelled"):
        read_busy(
            data, tz="UTC", first=date(2027, 1, 1), last=date(2027, 2, 1),
            progress=lambda done, total: done == 0,
        )  # fmt: skip


@pytest.mark.parametrize(
    ("data", "limits", "message"),
    [
        (ics(FINE, FINE), BusyLimits(max_bytes=100), "too large"),
        (ics(FINE, FINE, FINE), BusyLimits(max_events=2), "more than 2 events"),
        (
            b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 50 + b"END:X\r\n" * 50 + b"END:VCALENDAR\r\n",
            BusyLimits(),
            "nests components",
        ),
    ],
    ids=["size", "events", "depth"],
)
def test_a_file_over_a_limit_is_refused_in_one_line(
    data: bytes, limits: BusyLimits, message: str
) -> None:
    with pytest.raises(BusyImportError, match=message) as caught:
        read_busy(data, tz="UTC", first=date(2027, 1, 1), last=date(2027, 2, 1), limits=limits)
    assert "\n" not in str(caught.value)


def test_an_event_over_a_limit_is_skipped_and_the_rest_imported() -> None:
    rdates = "\n".join(f"RDATE:202701{d:02d}T080000" for d in range(1, 29))
    big = f"UID:big\nSUMMARY:Big\nDTSTART:20270101T080000\nDURATION:PT1H\n{rdates}"
    daily = "UID:d\nSUMMARY:Daily\nDTSTART:20200101T060000\nDURATION:PT1H\nRRULE:FREQ=DAILY"
    limits = BusyLimits(max_event_lines=10, max_occurrences=20)
    result = read_busy(
        ics(big, daily, FINE), tz="UTC", first=date(2027, 1, 1), last=date(2027, 2, 1),
        limits=limits,
    )  # fmt: skip
    reasons = {s.summary: s.reason for s in result.skipped}
    assert reasons == {
        "Big": "too large to import (over 10 lines)",
        "Daily": "repeats too often to expand",
    }
    assert list(result.days) == [date(2027, 1, 22)]


def test_an_event_at_the_end_of_time_is_read_or_skipped_quietly() -> None:
    last = "UID:z\nSUMMARY:Last\nDTSTART:99991231T233000Z\nDTEND:99991231T235900Z"
    rule = "UID:y\nSUMMARY:Yearly\nDTSTART:99981231T233000Z\nDURATION:PT1H\nRRULE:FREQ=YEARLY"
    result = read_busy(
        ics(last, rule, FINE), tz="Pacific/Kiritimati", first=date(9998, 1, 1),
        last=date(9999, 12, 31),
    )  # fmt: skip
    assert all("\n" not in str(s) for s in result.skipped)
    assert date(9999, 1, 1) in result.days or result.skipped


def test_a_thousand_daily_events_from_years_ago_each_cost_only_the_plans_dates() -> None:
    daily = [f"UID:{n}\nSUMMARY:D{n}\nDTSTART:20100101T0{n % 10}0000\nDURATION:PT30M\n"
             "RRULE:FREQ=DAILY" for n in range(300)]  # fmt: skip
    # 300 events x 6,000 days before the plan would exceed this budget of occurrences.
    limits = BusyLimits(max_total_occurrences=300 * 40, max_occurrences=40)
    result = read_busy(
        ics(*daily), tz="UTC", first=date(2027, 1, 1), last=date(2027, 1, 31), limits=limits
    )
    assert result.skipped == ()
    assert len(result.days) == 31 and result.events_used == 300


def test_a_duration_past_the_end_of_time_is_read_or_skipped_quietly() -> None:
    long = "UID:w\nSUMMARY:Forever\nDTSTART:99991201T000000Z\nDURATION:P999999W"
    result = read(ics(long, FINE))
    assert date(2027, 1, 22) in result.days
    assert all("\n" not in str(s) for s in result.skipped)


def test_the_recurrence_steps_of_a_whole_file_are_bounded() -> None:
    hourly = [f"UID:h{n}\nSUMMARY:H{n}\nDTSTART:20270101T000000\nDURATION:PT30M\n"
              "RRULE:FREQ=HOURLY" for n in range(5)]  # fmt: skip
    limits = BusyLimits(max_total_steps=2_000)
    result = read_busy(
        ics(*hourly, FINE), tz="UTC", first=date(2027, 1, 1), last=date(2027, 3, 1),
        limits=limits,
    )  # fmt: skip
    reasons = [s.reason for s in result.skipped]
    assert reasons and all("steps altogether" in r for r in reasons)
    assert date(2027, 1, 22) in result.days


def test_events_far_from_the_plan_are_dropped_early_without_changing_the_result() -> None:
    def event(n: int, day: date, extra: str = "") -> str:
        return (
            f"UID:e{n}\nSUMMARY:E{n}\nDTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T{8 + n % 12:02d}"
            f"0000\nDTEND;TZID=Europe/Berlin:{day:%Y%m%d}T{9 + n % 12:02d}3000{extra}"
        )

    days = [date(2015, 1, 1) + timedelta(days=(n * 37) % 7300) for n in range(1500)]
    near = [n for n, d in enumerate(days) if date(2026, 12, 25) <= d <= date(2027, 5, 5)]
    repeating = event(9999, date(2016, 3, 3), "\nRRULE:FREQ=WEEKLY;BYDAY=TU")
    whole = ics(*(event(n, d) for n, d in enumerate(days)), repeating)
    inside = ics(*(event(n, days[n]) for n in near), repeating)
    assert near, "some events fall inside the plan's dates"
    assert read(whole) == read(inside)
    assert read(whole).events_used == len([n for n in near if FIRST <= days[n] <= LAST]) + 1


def test_an_event_lasting_centuries_marks_only_the_plans_days() -> None:
    ages = "UID:a\nSUMMARY:Ages\nDTSTART;VALUE=DATE:00010101\nDTEND;VALUE=DATE:99991231"
    timed = "UID:t\nSUMMARY:Timed\nDTSTART:00010101T000000Z\nDTEND:99991230T000000Z"
    for event in (ages, timed):
        result = read(ics(event))
        assert sorted(result.days) == [
            FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1)
        ]


def test_an_occurrence_past_the_last_day_of_the_calendar_is_skipped_in_words() -> None:
    edge = "UID:e\nSUMMARY:Edge\nDTSTART;VALUE=DATE:99991228\nDURATION:P999999W"
    result = read_busy(ics(edge, FINE), tz="UTC", first=date(2027, 1, 1), last=date(9999, 12, 31))
    assert [s.reason for s in result.skipped] == ["lies past the end of the calendar (year 9999)"]
    assert date(2027, 1, 22) in result.days
