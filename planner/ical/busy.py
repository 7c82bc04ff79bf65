"""Reading a user's .ics of existing commitments into busy time per day.

:func:`read_busy` turns the events of a calendar file into busy time on the days
of a plan's range; :func:`capacity_windows` turns that into the plan's
``day_limits`` (hours available per day). Both are pure.

Rules (also in the README):

- All-day events make their days (DTEND exclusive) busy all day.
- Timed events are placed in the plan's time zone; an event over midnight counts on
  each day it touches. Times are kept as minutes after local midnight on the wall
  clock.
- A time without a zone (a "floating" time) is read in the plan's zone. A TZID that
  is neither an IANA zone, a Windows zone name nor defined by a VTIMEZONE in the
  file cannot be placed: that event is skipped, with the reason.
- Recurrences (RRULE, RDATE, EXDATE, and changed or cancelled single occurrences
  given with RECURRENCE-ID) are expanded with python-dateutil in the event's own
  wall time, over the plan's range only.
- Cancelled events and events marked free (TRANSP:TRANSPARENT) take no time.
- An event with an unreadable start, end, duration or recurrence (icalendar's
  tolerant parser reports these in ``component.errors``) is skipped with the
  reason; the rest of the file is still imported. A file that is not a calendar
  at all raises :class:`BusyImportError`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from planner.core.plan import PlanSettings
from planner.errors import PlannerError
from planner.ical.vtimezone import UnknownTimezoneError, load_zone

# An icalendar component; its property values are read dynamically (checked at run time).
_Component = Any
DAY_MINUTES = 24 * 60
# A recurrence that needs more steps than this to reach the end of the plan (say,
# every minute for years) is skipped rather than expanded.
MAX_RECURRENCE_STEPS = 100_000
_TIMING = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})


class BusyImportError(PlannerError, ValueError):
    """The file cannot be read as a calendar at all; the message says why."""


@dataclass(frozen=True, slots=True)
class BusyDay:
    """Busy time on one day: the whole day, or intervals of wall-clock minutes.

    ``intervals`` are merged, sorted ``(start, end)`` pairs in minutes after local
    midnight, end exclusive: ``(1080, 1200)`` is 18:00-20:00.
    """

    all_day: bool = False
    intervals: tuple[tuple[int, int], ...] = ()

    @property
    def hours(self) -> float:
        if self.all_day:
            return 24.0
        return sum(end - start for start, end in self.intervals) / 60


@dataclass(frozen=True, slots=True)
class SkippedEvent:
    summary: str
    reason: str

    def __str__(self) -> str:
        return f"{self.summary}: {self.reason}"


@dataclass(frozen=True, slots=True)
class BusyImport:
    days: dict[date, BusyDay] = field(default_factory=dict)
    skipped: tuple[SkippedEvent, ...] = ()
    events_used: int = 0  # events (not occurrences) that made some day busy

    @property
    def busy(self) -> dict[date, float]:
        """Hours busy per day; 24.0 for a day that is busy all day."""
        return {day: info.hours for day, info in sorted(self.days.items())}

    @property
    def empty(self) -> bool:
        """True if the file yielded no busy time: the plan must not change."""
        return not self.days


class _Skip(Exception):
    """An event that cannot be imported, with the reason for the user."""


Moment = date | datetime


def read_busy(data: bytes, *, tz: str, first: date, last: date) -> BusyImport:
    """Busy time from the .ics ``data`` on the days ``first``..``last`` in zone ``tz``."""
    from icalendar import Calendar

    if first > last:
        raise BusyImportError(f"The plan's range is empty ({first} is after {last})")
    try:
        zone = load_zone(tz)
    except UnknownTimezoneError as exc:
        raise BusyImportError(str(exc)) from exc
    if not data.strip():
        raise BusyImportError("The file is empty")
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and others on garbage
        raise BusyImportError("Not an iCalendar (.ics) file: its content cannot be read") from exc
    calendars = [c for c in calendars if c.name == "VCALENDAR"]
    if not calendars:
        raise BusyImportError("Not an iCalendar (.ics) file: it holds no VCALENDAR")
    events = [e for c in calendars for e in c.walk("VEVENT")]

    # Occurrences replaced (or cancelled) by a RECURRENCE-ID component of the same UID.
    replaced: dict[str, set[Moment]] = {}
    for event in events:
        if "RECURRENCE-ID" in event and not _errors(event):
            try:
                moment = _moment(event, "RECURRENCE-ID", zone)
            except _Skip:
                continue
            replaced.setdefault(str(event.get("UID", "")), set()).add(_key(moment))

    window = _Window(first, last, zone)
    days: dict[date, _DayBuilder] = {}
    skipped: list[SkippedEvent] = []
    used = 0
    for event in events:
        summary = str(event.get("SUMMARY", "")).strip() or "(untitled event)"
        try:
            spans = _spans(event, zone, window, replaced)
        except _Skip as why:
            skipped.append(SkippedEvent(summary, str(why)))
            continue
        except Exception as exc:  # never let one odd event stop the import
            skipped.append(SkippedEvent(summary, f"could not be read ({exc})"))
            continue
        touched = False
        for start, end in spans:
            touched |= _mark(days, start, end, window)
        used += touched
    return BusyImport(
        days={day: builder.build() for day, builder in sorted(days.items())},
        skipped=tuple(skipped),
        events_used=used,
    )


@dataclass(frozen=True, slots=True)
class _Window:
    first: date
    last: date
    zone: tzinfo

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time(), tzinfo=self.zone)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time(), tzinfo=self.zone)


def _errors(event: _Component) -> list[tuple[str, str]]:
    return [(str(name), str(message)) for name, message in getattr(event, "errors", [])]


def _key(moment: Moment) -> Moment:
    """A comparable form: UTC for aware times, as is for dates and floating times."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone(UTC)
    return moment


def _attach(value: Moment, params: Mapping[str, Any], plan_zone: tzinfo) -> Moment:
    """Give a time without a zone the plan's zone; refuse one whose TZID is unknown."""
    if isinstance(value, datetime) and value.tzinfo is None:
        if params.get("TZID"):
            raise _Skip(f"unknown time zone {params['TZID']!r}")
        return value.replace(tzinfo=plan_zone)  # floating time: the plan's zone
    return value


def _moment(event: _Component, name: str, zone: tzinfo) -> Moment:
    prop = event[name]
    if isinstance(prop, list):
        prop = prop[0]
    value = prop.dt
    if isinstance(value, tuple):  # a PERIOD: its start
        value = value[0]
    if not isinstance(value, date):
        raise _Skip(f"{name} is not a date or time")
    return _attach(value, prop.params, zone)


def _moments(event: _Component, name: str, zone: tzinfo) -> list[Moment]:
    """Every value of a list property such as RDATE or EXDATE (possibly repeated)."""
    props = event.get(name)
    if props is None:
        return []
    values: list[Moment] = []
    for prop in props if isinstance(props, list) else [props]:
        for item in prop.dts:
            value = item.dt
            if isinstance(value, tuple):  # a PERIOD: its start
                value = value[0]
            values.append(_attach(value, prop.params, zone))
    return values


def _spans(
    event: _Component, zone: tzinfo, window: _Window, replaced: Mapping[str, set[Moment]]
) -> list[tuple[Moment, Moment]]:
    """Every occurrence of ``event`` that may touch the window, as (start, end)."""
    if errors := [(n, m) for n, m in _errors(event) if n.upper() in _TIMING]:
        name, message = errors[0]
        raise _Skip(f"unreadable {name} ({message})")
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        raise _Skip("cancelled")
    if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        raise _Skip("marked as free time")
    if "DTSTART" not in event:
        raise _Skip("no start time (DTSTART)")
    start = _moment(event, "DTSTART", zone)
    all_day = not isinstance(start, datetime)
    if "DTEND" in event:
        end = _moment(event, "DTEND", zone)
        if isinstance(end, datetime) != (not all_day):
            raise _Skip("start and end mix a date and a time")
        length = _wall(end) - _wall(start)
    elif "DURATION" in event:
        length = event["DURATION"].dt
        if not isinstance(length, timedelta):
            raise _Skip("DURATION is not a duration")
    else:
        length = timedelta(days=1) if all_day else timedelta(0)
    if length <= timedelta(0):
        raise _Skip("has no duration" if length == timedelta(0) else "ends before it starts")

    home = start.tzinfo if isinstance(start, datetime) else None
    if "RECURRENCE-ID" in event or not ("RRULE" in event or "RDATE" in event):
        starts: list[datetime] = [_wall(start)]
    else:
        uid = str(event.get("UID", ""))
        skip = {_key(m) for m in _moments(event, "EXDATE", zone)} | replaced.get(uid, set())
        starts = list(_expand(event, start, length, window, skip, zone))
    spans: list[tuple[Moment, Moment]] = []
    for wall in starts:
        if all_day:
            spans.append((wall.date(), (wall + length).date()))
        else:
            spans.append((wall.replace(tzinfo=home), (wall + length).replace(tzinfo=home)))
    return spans


def _wall(moment: Moment) -> datetime:
    """Wall time without zone; a date becomes its midnight."""
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=None)
    return datetime.combine(moment, time())


def _expand(
    event: _Component,
    start: Moment,
    length: timedelta,
    window: _Window,
    skip: set[Moment],
    zone: tzinfo,
) -> Iterator[datetime]:
    """Occurrence starts (wall time in the event's zone) from RRULE and RDATE."""
    from dateutil.rrule import rruleset, rrulestr
    from icalendar import vRecur

    home = start.tzinfo if isinstance(start, datetime) else None
    dtstart = _wall(start)

    def home_wall(moment: Moment) -> datetime:
        if isinstance(moment, datetime) and home is not None:
            return moment.astimezone(home).replace(tzinfo=None)
        return _wall(moment)

    rules = rruleset()
    rrules = event.get("RRULE")
    for recur in rrules if isinstance(rrules, list) else [rrules] if rrules else []:
        parts = dict(recur)
        if "UNTIL" in parts:
            until = parts["UNTIL"][0]
            if isinstance(until, datetime):
                parts["UNTIL"] = [home_wall(until)]
            elif isinstance(start, datetime):  # a date limit on a timed event: the whole day
                parts["UNTIL"] = [datetime.combine(until, time.max.replace(microsecond=0))]
            else:
                parts["UNTIL"] = [datetime.combine(until, time())]
        try:
            text = vRecur(parts).to_ical().decode()  # type: ignore[no-untyped-call]
            rules.rrule(rrulestr(text, dtstart=dtstart))
        except (ValueError, TypeError) as exc:
            raise _Skip(f"unreadable recurrence rule ({exc})") from exc
    for extra in _moments(event, "RDATE", zone):
        rules.rdate(home_wall(extra))
    rules.rdate(dtstart)

    # Bounds in the event's own wall time, a day wider than the window on each side.
    low = home_wall(window.start) - length - timedelta(days=1)
    high = home_wall(window.end) + timedelta(days=1)
    steps = 0
    for occurrence in rules:
        steps += 1
        if steps > MAX_RECURRENCE_STEPS:
            raise _Skip("repeats too often to expand")
        if occurrence >= high:
            break
        if occurrence < low:
            continue
        moment: Moment = (
            occurrence.replace(tzinfo=home) if isinstance(start, datetime) else occurrence.date()
        )
        if _key(moment) in skip or occurrence.date() in skip:
            continue
        yield occurrence


class _DayBuilder:
    def __init__(self) -> None:
        self.all_day = False
        self.intervals: list[tuple[int, int]] = []

    def build(self) -> BusyDay:
        if self.all_day:
            return BusyDay(all_day=True)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.intervals):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return BusyDay(intervals=tuple(merged))


def _mark(days: dict[date, _DayBuilder], start: Moment, end: Moment, window: _Window) -> bool:
    """Record one occurrence; True if it touched a day of the window."""
    touched = False
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        day = start if not isinstance(start, datetime) else start.date()
        last = end if not isinstance(end, datetime) else end.date()
        while day < last:
            if window.first <= day <= window.last:
                days.setdefault(day, _DayBuilder()).all_day = True
                touched = True
            day += timedelta(days=1)
        return touched
    local_start = start.astimezone(window.zone)
    local_end = end.astimezone(window.zone)
    day = local_start.date()
    while day <= local_end.date():
        midnight = datetime.combine(day, time(), tzinfo=window.zone)
        if window.first <= day <= window.last:
            begin = max(local_start, midnight)
            from_minute = 0 if begin == midnight else begin.hour * 60 + begin.minute
            if local_end.date() > day:
                to_minute = DAY_MINUTES
            else:
                to_minute = local_end.hour * 60 + local_end.minute + (local_end.second > 0)
            if to_minute > from_minute:
                days.setdefault(day, _DayBuilder()).intervals.append((from_minute, to_minute))
                touched = True
        day += timedelta(days=1)
    return touched


def _in_days_off(day: date, settings: PlanSettings) -> bool:
    return any(day in days_off for days_off in settings.days_off)


def capacity_windows(
    busy: BusyImport | Mapping[date, BusyDay], settings: PlanSettings
) -> tuple[tuple[tuple[date, float], ...], tuple[tuple[date, time], ...]]:
    """New ``day_limits`` and ``day_starts`` for ``settings`` with the busy days added.

    The rule: a study day's study window starts at ``session_start`` and lasts its
    even share of the week (capped by ``max_session_hours``, cut at midnight). A day
    busy all day gets 0. Otherwise the session moves to the longest stretch of the
    window that is free (the earliest of equal ones) and lasts as long as that
    stretch, rounded down to 15 minutes: with study at 19:00–21:30 and choir at
    18:00–20:30, the session becomes 20:30–21:30. Days that are not study days,
    days off and days before the start are left alone (they have no capacity
    anyway). A day that already has a lower limit keeps it, so importing the same
    file twice changes nothing.
    """
    days = busy.days if isinstance(busy, BusyImport) else busy
    if not settings.study_days:
        return settings.day_limits, settings.day_starts
    share = settings.hours_per_week / len(settings.study_days)
    if settings.max_session_hours is not None:
        share = min(share, settings.max_session_hours)
    window_start = settings.session_start.hour * 60 + settings.session_start.minute
    window_end = min(window_start + round(share * 60), DAY_MINUTES)
    limits = dict(settings.day_limits)
    starts = dict(settings.day_starts)
    for day, info in days.items():
        if (
            day < settings.start
            or day.weekday() not in settings.study_days
            or _in_days_off(day, settings)
        ):
            continue
        begin = window_start
        if info.all_day:
            available = 0.0
        else:
            begin, length = _longest_free(window_start, window_end, info.intervals)
            available = math.floor(length / 15 + 1e-9) / 4
        if available < min(share, limits.get(day, share)):
            limits[day] = available
            if begin != window_start and available > 0:
                starts[day] = time(begin // 60, begin % 60)
            else:
                starts.pop(day, None)
    return tuple(sorted(limits.items())), tuple(sorted(starts.items()))


def _longest_free(start: int, end: int, busy: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The longest free stretch (start minute, length) of ``[start, end)``, earliest first."""
    best = (start, 0)
    cursor = start
    for b_start, b_end in sorted(busy):
        if b_end <= cursor:
            continue
        if b_start >= end:
            break
        if b_start > cursor and b_start - cursor > best[1]:
            best = (cursor, b_start - cursor)
        cursor = max(cursor, b_end)
        if cursor >= end:
            break
    if end - cursor > best[1]:
        best = (cursor, end - cursor)
    return best
