"""The one place that reads the clock, so tests can fix "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from planner.ical.zones import load_zone


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that says what it is told (for tests and benchmarks)."""

    at: datetime

    def now(self) -> datetime:
        return self.at


# A fixed "now" for the command line and the app, as an ISO date and time (an offset, or UTC):
# for tests that run `study-planner` and for demos. Not in --help; see README, "Development".
NOW_VARIABLE = "STUDY_PLANNER_NOW"


def default_clock() -> Clock:
    """The computer's clock, or a fixed one when ``STUDY_PLANNER_NOW`` says what time it is
    (a value that is not a date and time is ignored)."""
    import os

    value = os.environ.get(NOW_VARIABLE, "").strip()
    if value:
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            return SystemClock()
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        return FixedClock(at.astimezone(UTC))
    return SystemClock()


def today_in(clock: Clock, tz: str) -> date:
    """Today's date in the plan's time zone (zone rules as in :mod:`planner.ical.zones`)."""
    return clock.now().astimezone(load_zone(tz)).date()


def local_zone_name() -> str:
    """This computer's IANA time zone, e.g. "Europe/Berlin"; "UTC" if it cannot be told."""
    import contextlib
    import os
    from pathlib import Path
    from zoneinfo import ZoneInfo

    def valid(name: str) -> bool:
        try:
            ZoneInfo(name)
        except (ValueError, KeyError, OSError):
            return False
        return True

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and "/" in name and valid(name):
            return name
    return "UTC"
