"""Every reader places every session at the same instant as zoneinfo does.

Readers: ical.js (Thunderbird's parser, run with node from tests/ical/js), vobject,
icalendar and ical. Zones with a repeated hour when clocks go back (Santiago at
midnight, Chatham's 45-minute offset, St John's half hour, Casablanca whose rules
changed in 2026) and plain ones, over five years. A local time in a repeated hour
is read as its second pass by ical.js unless the export writes it in UTC.

ical.js needs node and `npm install --prefix tests/ical/js` (.ci/run does both). On a
developer machine without node this module skips; under CI it fails instead.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
from ical_parsers import Times, fresh_tzids, timed_with_ical, timed_with_vobject
from ical_schedules import daily_schedule

from planner.ical.export import ExportResult, build_calendar, session_uid
from planner.ical.vtimezone import transitions
from planner.ical.zones import load_zone

JS = Path(__file__).parent / "js"
STAMP = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
FIRST, LAST = date(2026, 1, 1), date(2030, 12, 31)

# (zone, a day whose session starts in the repeated hour, start, hours)
CASES = [
    ("America/Santiago", date(2027, 4, 3), time(23, 0), 0.5),
    ("Pacific/Chatham", date(2027, 4, 4), time(2, 45), 1.5),
    ("America/St_Johns", date(2027, 11, 7), time(1, 30), 1.5),
    ("Africa/Casablanca", date(2027, 2, 7), time(2, 0), 1.5),
    ("Europe/Berlin", date(2027, 10, 31), time(2, 30), 1.5),
    ("America/New_York", date(2027, 11, 7), time(1, 15), 1.5),
    ("Australia/Lord_Howe", date(2027, 4, 4), time(1, 45), 1.5),
]


def _install_icaljs() -> None:
    """Fetch ical.js from the npm registry once, as .ci/run does, so the README's one test
    command works on a fresh machine that has node."""
    npm = shutil.which("npm")
    if npm is not None:
        subprocess.run(
            [npm, "install", "--prefix", str(JS), "--no-package-lock", "--no-audit", "--no-fund"],
            capture_output=True,
            check=False,
            timeout=300,
        )
    if not (JS / "node_modules" / "ical.js").is_dir():
        pytest.fail("ical.js is missing: run `npm install --prefix tests/ical/js`")


def timed_with_icaljs(ics: str) -> Times:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("node is needed for the ical.js reader; .ci/run must install it")
        pytest.skip("node is not installed on this machine")
    if not (JS / "node_modules" / "ical.js").is_dir():
        _install_icaljs()
    done = subprocess.run(
        [node, str(JS / "read.mjs")],
        input=ics,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    raw: dict[str, list[str]] = json.loads(done.stdout)
    return {
        uid: (
            datetime.fromisoformat(start.replace("Z", "+00:00")),
            datetime.fromisoformat(end.replace("Z", "+00:00")),
        )
        for uid, (start, end) in raw.items()
    }


def timed_with_icalendar(ics: str) -> Times:
    calendar = icalendar.Calendar.from_ical(fresh_tzids(ics))
    result: Times = {}
    for event in calendar.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if isinstance(start, datetime):
            assert start.tzinfo is not None and end.tzinfo is not None
            result[str(event["UID"])] = (start.astimezone(UTC), end.astimezone(UTC))
    return result


READERS: list[Callable[[str], Times]] = [
    timed_with_icaljs,
    timed_with_vobject,
    timed_with_icalendar,
    lambda ics: timed_with_ical(fresh_tzids(ics)),
]
READER_NAMES = ["ical.js", "vobject", "icalendar", "ical"]


def _days(tz: str, special: date) -> list[date]:
    """Every fifth day over five years, the days around each clock change, and ``special``."""
    zone = load_zone(tz)
    changes = transitions(
        zone, datetime(2026, 1, 1, tzinfo=UTC), datetime(2030, 12, 31, tzinfo=UTC)
    )
    days = {FIRST + timedelta(days=n) for n in range(0, (LAST - FIRST).days, 5)}
    days |= {
        (change.utc.astimezone(zone) + timedelta(days=shift)).date()
        for change in changes
        for shift in (-1, 0, 1)
    }
    days.add(special)
    return sorted(days)


@functools.cache
def _export(tz: str, special: date, start: time, hours: float) -> ExportResult:
    schedule = daily_schedule(
        tz=tz, dates=_days(tz, special), session_start=start, session_hours=hours
    )
    return build_calendar(schedule, plan_uid="plan", plan_name="Plan", dtstamp=STAMP)


def _expected(result: ExportResult) -> Times:
    """The instants zoneinfo gives the wall times the export meant."""
    return {
        uid: (record.start.astimezone(UTC), record.end.astimezone(UTC))
        for uid, record in result.records.items()
        if isinstance(record.start, datetime) and isinstance(record.end, datetime)
    }


@pytest.mark.parametrize(("tz", "special", "start", "hours"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("reader", READERS, ids=READER_NAMES)
def test_every_reader_reads_every_session_as_zoneinfo(
    reader: Callable[[str], Times], tz: str, special: date, start: time, hours: float
) -> None:
    result = _export(tz, special, start, hours)
    expected = _expected(result)
    got = reader(result.ics.decode())
    wrong = {uid: (got.get(uid), want) for uid, want in expected.items() if got.get(uid) != want}
    assert not wrong, (
        f"{len(wrong)} of {len(expected)} sessions in {tz} read differently, "
        f"e.g. {next(iter(wrong.items()))}"
    )


@pytest.mark.parametrize(
    ("tz", "day", "wall", "utc"),
    [
        # The first of the two 23:00s (still at -03:00), as RFC 5545 means it.
        ("America/Santiago", date(2027, 4, 3), time(23, 0), datetime(2027, 4, 4, 2, 0)),
        ("Pacific/Chatham", date(2027, 4, 4), time(2, 45), datetime(2027, 4, 3, 13, 0)),
        ("America/St_Johns", date(2027, 11, 7), time(1, 30), datetime(2027, 11, 7, 4, 0)),
    ],
)
def test_a_session_in_the_repeated_hour_is_the_first_pass_for_thunderbird_too(
    tz: str, day: date, wall: time, utc: datetime
) -> None:
    later = day + timedelta(days=7)
    schedule = daily_schedule(tz=tz, dates=[day, later], session_start=wall, session_hours=0.5)
    result = build_calendar(schedule, plan_uid="plan", plan_name="Plan", dtstamp=STAMP)
    uid = session_uid("plan", day)
    text = result.ics.decode()
    assert f"DTSTART:{utc:%Y%m%dT%H%M%S}Z\r\n" in text  # written in UTC, not as a local time
    assert timed_with_icaljs(text)[uid][0] == utc.replace(tzinfo=UTC)


def test_a_session_end_in_the_repeated_hour_is_read_alike() -> None:
    # Santiago 22:45-23:30 on 2027-04-03: the start is unambiguous, the end is not.
    # (A session a week later puts the change of offset inside the calendar's range.)
    day = date(2027, 4, 3)
    schedule = daily_schedule(
        tz="America/Santiago",
        dates=[day, day + timedelta(days=7)],
        session_start=time(22, 45),
        session_hours=0.75,
    )
    result = build_calendar(schedule, plan_uid="plan", plan_name="Plan", dtstamp=STAMP)
    uid = session_uid("plan", day)
    want = (datetime(2027, 4, 4, 1, 45, tzinfo=UTC), datetime(2027, 4, 4, 2, 30, tzinfo=UTC))
    for reader, name in zip(READERS, READER_NAMES, strict=True):
        assert reader(result.ics.decode())[uid] == want, name
