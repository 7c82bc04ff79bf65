"""Exporting a one-year plan with daily sessions, against icalendar on its own.

Run: ``python bench/bench_ical.py``. Prints the median time of our whole export
(``build_calendar``: texts, UIDs, sequences, hashes, VTIMEZONE, serialising) and of
icalendar building and serialising the very same events from ready-made values,
and their ratio. Target: at most 1.5x icalendar alone.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ical"))

import icalendar
from common import Row, samples, table, timed_row
from ical_schedules import daily_schedule

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


def main() -> None:
    print(table(measure()))


if __name__ == "__main__":
    main()
