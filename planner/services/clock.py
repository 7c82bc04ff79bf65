"""The one place that reads the clock, so tests can fix "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo


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


def today_in(clock: Clock, tz: str) -> date:
    """Today's date in the plan's time zone."""
    return clock.now().astimezone(ZoneInfo(tz)).date()
