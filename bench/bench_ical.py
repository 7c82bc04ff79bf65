"""Exporting a one-year plan with daily sessions, and importing busy calendars.

Run: ``python bench/bench_ical.py``. Prints the median time of our whole export
(``build_calendar``: texts, UIDs, sequences, hashes, VTIMEZONE, serialising) and of
icalendar building and serialising the very same events from ready-made values,
and their ratio. Target: at most 1.5x icalendar alone.

Busy import: a 100,000-event calendar over twenty years read for a one-year plan,
against icalendar parsing only the events inside the plan's dates (target: at most
3x), and the old way (icalendar parsing the whole file first) against the same
baseline; and 4,000 events repeating daily since 2015, which each used to be
expanded from their first day.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ical"))

import icalendar
from common import Row, samples, table, timed_row
from ical_schedules import daily_schedule

from planner.ical.busy import read_busy
from planner.ical.export import build_calendar

STAMP = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
RUNS = 15


def measure() -> list[Row]:
    schedule = daily_schedule(tz="Europe/Berlin", first=date(2027, 1, 1), days=365)
    result = build_calendar(schedule, plan_uid="bench", plan_name="Bench", dtstamp=STAMP)
    parsed = icalendar.Calendar.from_ical(result.ics)
    vtimezone = next(iter(parsed.walk("VTIMEZONE")))
    # Every property value of every event, ready to hand to icalendar.
    ready = [[(name, event.decoded(name)) for name in event] for event in parsed.walk("VEVENT")]
    alarms = {
        i: [[(n, a.decoded(n)) for n in a] for a in event.walk("VALARM")]
        for i, event in enumerate(parsed.walk("VEVENT"))
    }

    def icalendar_alone() -> bytes:
        calendar = icalendar.Calendar()
        for name in ("PRODID", "VERSION", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME"):
            calendar.add(name, parsed[name])
        calendar.add_component(vtimezone)
        for i, values in enumerate(ready):
            event = icalendar.Event()
            for name, value in values:
                event.add(name, value)
            for alarm_values in alarms[i]:
                alarm = icalendar.Alarm()
                for name, value in alarm_values:
                    alarm.add(name, value)
                event.add_component(alarm)
            calendar.add_component(event)
        return calendar.to_ical()

    def ours() -> bytes:
        return build_calendar(
            schedule,
            plan_uid="bench",
            plan_name="Bench",
            dtstamp=STAMP,
            previous=result.records,
        ).ics

    same = icalendar_alone()
    assert same.count(b"TZID=Europe/Berlin:") == ours().count(b"TZID=Europe/Berlin:")
    assert abs(len(same) - len(ours())) < 0.02 * len(same), (len(same), len(ours()))
    base = samples(icalendar_alone, RUNS)
    mine = samples(ours, RUNS)
    return [
        timed_row(
            f"export one year ({len(result.records)} events)",
            mine,
            "icalendar alone, same events",
            base,
            "<= 1.5x",
        )
    ]


def _busy_file(events: int, *, daily: bool = False) -> tuple[bytes, bytes]:
    """(the whole calendar, the same calendar holding only the events in 2027)."""
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n"
    whole, inside = [head], [head]
    first = date(2015, 1, 1).toordinal()
    span = date(2035, 1, 1).toordinal() - first
    for n in range(events):
        day = date(2015, 1, 1) if daily else date.fromordinal(first + (n * 7919) % span)
        text = (
            f"BEGIN:VEVENT\r\nUID:e{n}@bench\r\nSUMMARY:Meeting {n}\r\n"
            f"DTSTAMP:20261101T000000Z\r\n"
            f"DTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T{8 + n % 10:02d}0000\r\n"
            f"DTEND;TZID=Europe/Berlin:{day:%Y%m%d}T{9 + n % 10:02d}0000\r\n"
            + ("RRULE:FREQ=DAILY\r\n" if daily else "")
            + "END:VEVENT\r\n"
        )
        whole.append(text)
        if daily or day.year == 2027:
            inside.append(text)
    tail = "END:VCALENDAR\r\n"
    return ("".join(whole) + tail).encode(), ("".join(inside) + tail).encode()


def measure_busy(events: int = 100_000, runs: int = 3) -> list[Row]:
    whole, inside = _busy_file(events)
    first, last = date(2027, 1, 1), date(2027, 12, 31)

    def ours() -> object:
        return read_busy(whole, tz="Europe/Berlin", first=first, last=last)

    def icalendar_inside() -> object:
        return list(icalendar.Calendar.from_ical(inside).walk("VEVENT"))

    def old_way() -> object:  # what the import did first: parse everything
        return list(icalendar.Calendar.from_ical(whole).walk("VEVENT"))

    base = samples(icalendar_inside, runs)
    rows = [
        timed_row(
            f"busy import, {events:,} events (1 year of 20 read)",
            samples(ours, runs),
            "icalendar, only the events inside",
            base,
            "<= 3x",
        ),
        timed_row(
            f"icalendar parsing all {events:,} events (the old first step)",
            samples(old_way, 1, warmup=0),
            "icalendar, only the events inside",
            base,
        ),
    ]
    daily, _ = _busy_file(4_000, daily=True)

    def daily_import() -> object:
        return read_busy(daily, tz="Europe/Berlin", first=first, last=last)

    def daily_parse() -> object:
        return list(icalendar.Calendar.from_ical(daily).walk("VEVENT"))

    rows.append(
        timed_row(
            "busy import, 4,000 events daily since 2015 (1 year)",
            samples(daily_import, 1, warmup=0),
            "icalendar parsing the same file",
            samples(daily_parse, 1, warmup=0),
        )
    )
    return rows


def main() -> None:
    print(table(measure() + measure_busy()))


if __name__ == "__main__":
    main()
