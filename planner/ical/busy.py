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
  is neither an IANA zone, a Windows zone name (``tzone://Microsoft/Utc`` is UTC)
  nor defined by a VTIMEZONE in the file cannot be placed: that event is skipped,
  with the reason.
- Recurrences (RRULE, RDATE, EXDATE, and changed or cancelled occurrences given
  with RECURRENCE-ID, also with ``RANGE=THISANDFUTURE``) are expanded with
  python-dateutil in the event's own wall time, over the plan's range only.
- Two copies of one event (same UID and RECURRENCE-ID): only the highest SEQUENCE
  counts.
- Cancelled events and events marked free (TRANSP:TRANSPARENT) take no time.
- An event with an unreadable start, end, duration or recurrence (icalendar's
  tolerant parser reports these in ``component.errors``) is skipped with the
  reason; the rest of the file is still imported. A file that is not a calendar
  at all raises :class:`BusyImportError`.

Bounded work: the file is first split into events line by line (UTF-8, UTF-16 with
its byte-order mark, CRLF, LF or CR line ends); events that cannot touch the plan's
dates are dropped there, before icalendar parses anything, so the cost follows the
events inside the plan's dates. :class:`BusyLimits` caps the file's size, its
events, their nesting, each event's size and occurrences, all occurrences together
and the time taken. A rule that never advances (``INTERVAL=0``) or would need too
many occurrences skips its event with one line; a file over a limit is refused
with one line. A recurrence is started from just before the plan's dates rather
than from its first occurrence, so a daily event that began years ago costs only
its occurrences in the plan. ``progress(done, total)`` is called as events are
read; returning False cancels (:class:`ImportCancelled`).
"""

from __future__ import annotations

import codecs
import math
import re
import threading
import time as _time
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from planner.core.plan import PlanSettings
from planner.errors import PlannerError
from planner.ical.vtimezone import UnknownTimezoneError, load_zone
from planner.messages import Message, english_of, reason_of
from planner.text import shown

# An icalendar component; its property values are read dynamically (checked at run time).
_Component = Any
DAY_MINUTES = 24 * 60
# A recurrence that needs more steps than this inside the plan's dates (say, every
# minute for months) is skipped rather than expanded.
MAX_RECURRENCE_STEPS = 100_000
_TIMING = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})
# Names a TZID may carry for plain UTC (Outlook and Exchange write the first).
UTC_TZIDS = frozenset(
    {"tzone://microsoft/utc", "utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu", "universal"}
)

Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class BusyLimits:
    """What one import may cost; a file or event over a limit is refused or skipped."""

    max_bytes: int = 64 * 1024 * 1024
    max_events: int = 1_000_000  # VEVENTs in the file
    max_depth: int = 10  # components inside components
    max_event_lines: int = 10_000  # properties of one event (RDATE and EXDATE lists included)
    max_occurrences: int = MAX_RECURRENCE_STEPS  # per event, inside the plan's dates
    max_total_occurrences: int = 5_000_000  # all events together
    max_total_steps: int = 2_000_000  # recurrence steps of all events together
    max_seconds: float = 60.0  # the whole import
    max_event_seconds: float = 1.0  # one event's expansion


DEFAULT_LIMITS = BusyLimits()


class BusyImportError(PlannerError, ValueError):
    """The file cannot be read as a calendar at all; the message says why."""


class ImportCancelled(BusyImportError):
    """The user cancelled the import; nothing was read into the plan."""


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
    reason: str  # English, for scripts and tests
    said: Message | None = field(default=None, compare=False)  # the reason, translatable

    @classmethod
    def of(cls, summary: str, reason: Message | str) -> SkippedEvent:
        said = reason if isinstance(reason, Message) else None
        return cls(summary, english_of(reason), said)

    def __str__(self) -> str:
        reason = str(self.said) if self.said is not None else self.reason
        return f"{shown(self.summary, 80)}: {shown(reason, 200)}"


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

# --- the line-level pass: decode, split into events, drop what cannot matter ---------


def decode_calendar(data: bytes) -> str:
    """Text of an .ics file: UTF-8 (with or without BOM) or UTF-16/32 with a BOM."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if data[:2] == b"B\x00":  # UTF-16 without a BOM, as "BEGIN" shows
        return data.decode("utf-16-le", errors="replace")
    if data[:2] == b"\x00B":
        return data.decode("utf-16-be", errors="replace")
    return data.decode("utf-8", errors="replace")


def _unfolded(text: str) -> Iterator[str]:
    """Content lines with folding undone; CRLF, LF and CR-only line ends all work."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    current: list[str] = []
    for raw in text.split("\n"):
        if raw[:1] in (" ", "\t") and current:
            current.append(raw[1:])
            continue
        if current:
            yield "".join(current)
        current = [raw] if raw.strip() else []
    if current:
        yield "".join(current)


def _split(line: str) -> tuple[str, str, str]:
    """(NAME, parameters, value) of a content line; a ':' inside quotes or '://' is kept."""
    at = line.find(":")
    if at >= 0 and line.find('"', 0, at) < 0 and line[at + 1 : at + 3] != "//":
        name, _, params = line[:at].partition(";")
        return name.strip().upper(), params, line[at + 1 :]
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted and line[i + 1 : i + 3] != "//":
            head, value = line[:i], line[i + 1 :]
            name, _, params = head.partition(";")
            return name.strip().upper(), params, value
    return line.strip().upper(), "", ""


_UTCISH = re.compile(r"(?i)utc|gmt|zulu|universal|=\"?z\"?(?:;|$)")
_TZID = re.compile(r'(?i)(^|;)TZID=("[^"]*"|[^;]*)')


def _utc_line(line: str) -> str:
    """A line whose TZID names UTC in another spelling, rewritten to plain UTC times."""
    name, params, value = _split(line)
    match = _TZID.search(params)
    if not match or match.group(2).strip('"').strip().lower() not in UTC_TZIDS:
        return line
    rest = (params[: match.start()] + params[match.end() :]).strip(";")
    values = [v if v.endswith("Z") or "T" not in v else v + "Z" for v in value.split(",")]
    return f"{name}{';' + rest if rest else ''}:{','.join(values)}"


@dataclass(slots=True)
class _Block:
    lines: list[str]
    uid: str = ""
    sequence: int = 0
    rid: str = ""
    start: str = ""
    end: str = ""
    duration: str = ""
    rules: list[str] = field(default_factory=list)
    rdate: bool = False
    future: bool = False  # RECURRENCE-ID;RANGE=THISANDFUTURE


@dataclass(slots=True)
class _Calendar:
    header: list[str] = field(default_factory=list)
    zones: list[list[str]] = field(default_factory=list)
    events: list[_Block] = field(default_factory=list)


# Lines the cheap pass reads: component edges, and what places an event in time.
_NEEDED = re.compile(
    r"(?i)\s*(?:BEGIN|END|UID|SEQUENCE|RECURRENCE-ID|DTSTART|DTEND|DURATION|RRULE|RDATE|EXDATE)"
    r"\s*[;:]"
)
_TOO_LARGE = "X-PLANNER-TOO-LARGE:1"


def _scan(text: str, limits: BusyLimits, events: int = 0) -> list[_Calendar]:
    """Split the text into calendars, their zones and their events, checking the limits.

    ``events`` counts events already seen (and dropped) by :func:`_drop_far_events`.
    """
    calendars: list[_Calendar] = []
    stack: list[str] = []
    cal: _Calendar | None = None
    zone: list[str] | None = None
    block: _Block | None = None
    for line in _unfolded(text):
        if _NEEDED.match(line) is None:  # a property the cheap pass does not look at
            if block is not None and len(stack) == 2:
                if len(block.lines) < limits.max_event_lines:
                    block.lines.append(line)
                elif not block.lines or block.lines[-1] != _TOO_LARGE:
                    block.lines.append(_TOO_LARGE)
            elif zone is not None:
                zone.append(line)
            elif cal is not None and len(stack) == 1:
                cal.header.append(line)
            continue
        name, params, value = _split(line)
        if name == "BEGIN":
            kind = value.strip().upper()
            stack.append(kind)
            if len(stack) > limits.max_depth:
                raise BusyImportError(Message("error.ics_deep", {"max": limits.max_depth}))
            if len(stack) == 1 and kind == "VCALENDAR":
                cal = _Calendar()
                calendars.append(cal)
            elif cal is not None and len(stack) == 2 and kind == "VEVENT":
                events += 1
                if events > limits.max_events:
                    raise BusyImportError(Message("error.ics_events", {"max": limits.max_events}))
                block = _Block(lines=[])
            elif cal is not None and len(stack) == 2 and kind == "VTIMEZONE":
                zone = [line]
            elif zone is not None:
                zone.append(line)
            continue
        if name == "END":
            kind = value.strip().upper()
            if kind not in stack:
                continue
            while stack:
                closed = stack.pop()
                if len(stack) == 1 and closed == "VEVENT" and block is not None:
                    assert cal is not None
                    cal.events.append(block)
                    block = None
                elif len(stack) == 1 and closed == "VTIMEZONE" and zone is not None:
                    assert cal is not None
                    zone.append(line)
                    cal.zones.append(zone)
                    zone = None
                elif zone is not None:
                    zone.append(line)
                if not stack:
                    cal = None
                if closed == kind:
                    break
            continue
        if block is not None and len(stack) == 2:
            if len(block.lines) >= limits.max_event_lines:
                if not block.lines or block.lines[-1] != _TOO_LARGE:
                    block.lines.append(_TOO_LARGE)
                continue
            if params and _UTCISH.search(params) and "TZID" in params.upper():
                line = _utc_line(line)
            block.lines.append(line)
            _note(block, name, params, value)
        elif zone is not None:
            zone.append(line)
        elif cal is not None and len(stack) == 1:
            cal.header.append(line)
    if stack:
        raise BusyImportError(Message("error.ics_cut_off", {"what": shown(stack[-1], 40)}))
    return calendars


def _note(block: _Block, name: str, params: str, value: str) -> None:
    """Remember the few properties the cheap pass needs."""
    value = value.strip()
    if name == "UID":
        block.uid = value
    elif name == "SEQUENCE":
        block.sequence = int(value) if value.isdigit() and len(value) < 10 else 0
    elif name == "RECURRENCE-ID":
        block.rid = value
        block.future = "THISANDFUTURE" in params.upper()
    elif name == "DTSTART":
        block.start = value
    elif name == "DTEND":
        block.end = value
    elif name == "DURATION":
        block.duration = value
    elif name == "RRULE":
        block.rules.append(value.upper())
    elif name == "RDATE":
        block.rdate = True


def _day(value: str) -> date | None:
    try:
        return date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except (ValueError, IndexError):
        return None


_DUR_DAYS = re.compile(r"^[+-]?P(?:(\d{1,6})W)?(?:(\d{1,7})D)?")


def _touches(block: _Block, first: date, last: date) -> bool:
    try:
        return _may_touch(block, first, last)
    except (ValueError, OverflowError):  # a far-off or odd date: let the full reading decide
        return True


def _may_touch(block: _Block, first: date, last: date) -> bool:
    """False only if the event surely has no time on ``first``..``last`` (2 days' margin)."""
    low, high = first - timedelta(days=2), last + timedelta(days=2)
    start = _day(block.start)
    if block.rid:
        rid = _day(block.rid)
        if rid is None or low <= rid <= high or (block.future and rid <= high):
            return True
    if start is None:
        return True  # let the full parser say what is wrong with it
    if start > high:
        return False
    if block.rules or block.rdate:
        if block.rdate:
            return True
        for rule in block.rules:
            until = re.search(r"UNTIL=(\d{8})", rule)
            if until is None:
                return True
            until_day = _day(until.group(1))
            if until_day is None or until_day >= low:
                return True
        return False
    if block.end:
        end = _day(block.end)
        return end is None or end >= low
    if block.duration:
        match = _DUR_DAYS.match(block.duration)
        if match is None:
            return True
        days = int(match.group(1) or 0) * 7 + int(match.group(2) or 0) + 1
        return start + timedelta(days=days) >= low
    return start >= low


_EVENT_TEXT = re.compile(r"^BEGIN:VEVENT[ \t]*\n(.*?)^END:VEVENT[ \t]*(?:\n|$)", re.S | re.M | re.I)
_REPEATS = re.compile(r"^(?:RRULE|RDATE|RECURRENCE-ID|BEGIN:(?!VALARM\b))", re.M | re.I)
_START_DAY = re.compile(r"^DTSTART(?:;[^\n]*?)?:(\d{8})", re.M | re.I)
_END_DAY = re.compile(r"^DTEND(?:;[^\n]*?)?:(\d{8})", re.M | re.I)
_UID = re.compile(r"^UID(?:;[^\n]*?)?:([^\n]*)", re.M | re.I)
_SEQUENCE = re.compile(r"^SEQUENCE(?:;[^\n]*?)?:\s*(\d{1,9})\s*$", re.M | re.I)


def _drop_far_events(text: str, first: date, last: date, far: dict[str, int]) -> tuple[str, int]:
    """Cut out single events that surely lie outside ``first``..``last`` (2 days' margin).

    This is a plain-text pass (regular expressions over each event's text), so a large
    calendar costs little beyond the events in the plan's dates. Repeating events,
    overrides, events with a duration and anything unusual are left for the full
    reading. The highest SEQUENCE of each dropped UID goes into ``far`` so that an
    older copy inside the dates still loses to it. Returns the text and the number of
    events dropped.
    """
    low, high = first - timedelta(days=2), last + timedelta(days=2)
    low_text, high_text = f"{low:%Y%m%d}", f"{high:%Y%m%d}"
    seen = 0

    def keep_or_drop(match: re.Match[str]) -> str:
        nonlocal seen
        body = match.group(1).replace("\n ", "").replace("\n\t", "")
        if _REPEATS.search(body) or "DURATION" in body.upper():
            return match.group(0)
        start = _START_DAY.search(body)
        if start is None or _day(start.group(1)) is None:
            return match.group(0)
        end = _END_DAY.search(body)
        end_text = end.group(1) if end else start.group(1)
        if not (start.group(1) > high_text or end_text < low_text):
            return match.group(0)
        uid = _UID.search(body)
        if uid is not None:
            sequence = _SEQUENCE.search(body)
            number = int(sequence.group(1)) if sequence else 0
            key = uid.group(1).strip()
            far[key] = max(far.get(key, number), number)
        seen += 1
        return ""

    return _EVENT_TEXT.sub(keep_or_drop, text), seen


def _newest_copies(calendars: list[_Calendar], far: Mapping[str, int] | None = None) -> None:
    """Keep only the highest SEQUENCE of each (UID, RECURRENCE-ID)."""
    best: dict[tuple[str, str], int] = {(uid, ""): seq for uid, seq in (far or {}).items()}
    for cal in calendars:
        for block in cal.events:
            if block.uid:
                key = (block.uid, block.rid)
                best[key] = max(best.get(key, block.sequence), block.sequence)
    for cal in calendars:
        cal.events = [b for b in cal.events if not b.uid or b.sequence >= best[(b.uid, b.rid)]]


# --- bounded recurrence expansion -----------------------------------------------------

_guard = threading.local()


class _PastHorizon(Exception):
    """dateutil searched past the plan's dates without finding an occurrence."""


class _TooSlow(Exception):
    """An expansion ran past its time limit."""


def _install_guard() -> None:
    """Let dateutil's search stop at the plan's horizon or time limit.

    dateutil looks for the next occurrence of a rule until year 9999 when none
    matches (``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``), rebuilding its tables at every
    new month; the check sits there and is active only inside :func:`_guarded`.
    """
    import dateutil.rrule as rrule_module

    base = rrule_module._iterinfo
    if getattr(base, "planner_guard", False):
        return

    class _GuardedInfo(base):  # type: ignore[misc, valid-type]
        planner_guard = True

        def rebuild(self, year: int, month: int) -> None:
            horizon = getattr(_guard, "year", None)
            if horizon is not None:
                if year > horizon:
                    raise _PastHorizon
                if _time.monotonic() > _guard.deadline:
                    raise _TooSlow
            super().rebuild(year, month)

    rrule_module._iterinfo = _GuardedInfo


class _guarded:
    def __init__(self, horizon_year: int, deadline: float) -> None:
        self.horizon, self.deadline = horizon_year, deadline

    def __enter__(self) -> None:
        _install_guard()
        _guard.year, _guard.deadline = self.horizon, self.deadline

    def __exit__(self, *exc: object) -> None:
        _guard.year = None


def fast_forward(rule: Any, low: datetime) -> Any:
    """The same rule started at a whole number of periods just before ``low``.

    Occurrences at or after ``low`` are exactly those of ``rule``; the ones before
    are not searched. A rule with COUNT depends on every earlier occurrence and is
    returned unchanged.
    """
    from dateutil import rrule as r

    start: datetime = rule._dtstart
    if rule._count is not None or low <= start:
        return rule
    freq, step = rule._freq, rule._interval
    new: datetime
    if freq == r.YEARLY:
        k = (low.year - start.year) // step - 1
        new = datetime(start.year + k * step, 1, 1)
    elif freq == r.MONTHLY:
        months = (low.year - start.year) * 12 + low.month - start.month
        k = months // step - 1
        index = start.year * 12 + start.month - 1 + k * step
        new = datetime(index // 12, index % 12 + 1, 1)
    elif freq == r.WEEKLY:
        week = start.date() - timedelta(days=(start.weekday() - rule._wkst) % 7)
        k = ((low.date() - week).days // 7) // step - 1
        new = datetime.combine(week + timedelta(weeks=k * step), time())
    elif freq == r.DAILY:
        k = (low.date() - start.date()).days // step - 1
        new = datetime.combine(start.date() + timedelta(days=k * step), time())
    else:
        unit = {r.HOURLY: 3600, r.MINUTELY: 60, r.SECONDLY: 1}[freq]
        base = start.replace(microsecond=0)
        if freq == r.HOURLY:
            base = base.replace(minute=0, second=0)
        elif freq == r.MINUTELY:
            base = base.replace(second=0)
        k = int((low - base).total_seconds()) // unit // step - 1
        new = base + timedelta(seconds=k * step * unit)
    if k <= 0:
        return rule
    monthdays = list(rule._bymonthday or ()) + list(rule._bynmonthday or ())
    nweekdays = [r.weekday(wd, n) for wd, n in rule._bynweekday or ()]
    weekdays = list(rule._byweekday or ()) + nweekdays
    return r.rrule(
        freq,
        dtstart=new,
        interval=step,
        wkst=rule._wkst,
        until=rule._until,
        bysetpos=rule._bysetpos,
        bymonth=rule._bymonth or None,
        bymonthday=monthdays or (),
        byyearday=rule._byyearday or None,
        byeaster=rule._byeaster or None,
        byweekno=rule._byweekno or None,
        byweekday=weekdays or (),
        byhour=rule._byhour,
        byminute=rule._byminute,
        bysecond=rule._bysecond,
        cache=False,
    )


# --- reading ---------------------------------------------------------------------------

_CHUNK = 500  # events parsed by icalendar at a time (and between progress reports)


def read_busy(
    data: bytes,
    *,
    tz: str,
    first: date,
    last: date,
    limits: BusyLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> BusyImport:
    """Busy time from the .ics ``data`` on the days ``first``..``last`` in zone ``tz``.

    ``progress(done, total)`` is called after each batch of events; when it returns
    False the import stops with :class:`ImportCancelled`.
    """
    if first > last:
        raise BusyImportError(Message("error.ics_range", {"first": first, "last": last}))
    # A few days' margin from the ends of the calendar, so no bound overflows.
    first = max(first, date.min + timedelta(days=3))
    last = min(last, date.max - timedelta(days=3))
    try:
        zone = load_zone(tz)
    except UnknownTimezoneError as exc:
        raise BusyImportError(reason_of(exc)) from exc
    if len(data) > limits.max_bytes:
        raise BusyImportError(
            Message(
                "error.ics_large",
                {"size": len(data) // (1024 * 1024), "max": limits.max_bytes // (1024 * 1024)},
            )
        )
    if not data.strip():
        raise BusyImportError(Message("error.ics_empty"))
    deadline = _time.monotonic() + limits.max_seconds
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar's warnings are not for the user
        text = decode_calendar(data).replace("\r\n", "\n").replace("\r", "\n")
        far: dict[str, int] = {}
        text, dropped = _drop_far_events(text, first, last, far)
        if dropped > limits.max_events:
            raise BusyImportError(Message("error.ics_events", {"max": limits.max_events}))
        calendars = _scan(text, limits, dropped)
        if not calendars:
            raise BusyImportError(Message("error.ics_not_ics"))
        _newest_copies(calendars, far)
        return _read(calendars, zone, first, last, limits, progress, deadline)


def _parse(cal: _Calendar, blocks: list[_Block]) -> tuple[list[_Component], list[SkippedEvent]]:
    """icalendar's reading of ``blocks``; an event it cannot read at all is skipped."""
    from icalendar import Calendar

    def text(events: list[_Block]) -> str:
        lines = ["BEGIN:VCALENDAR", *cal.header]
        for zone in cal.zones:
            lines.extend(zone)
        for block in events:
            lines.extend(["BEGIN:VEVENT", *block.lines, "END:VEVENT"])
        lines.append("END:VCALENDAR")
        return "\r\n".join(lines) + "\r\n"

    try:
        parsed = Calendar.from_ical(text(blocks))
        return list(parsed.walk("VEVENT")), []
    except Exception:  # one bad event spoils the batch: read them one by one
        pass
    found: list[_Component] = []
    skipped: list[SkippedEvent] = []
    for block in blocks:
        try:
            found.extend(Calendar.from_ical(text([block])).walk("VEVENT"))
        except Exception as exc:
            skipped.append(
                SkippedEvent.of(
                    _summary_of(block), Message("skip.unreadable", {"reason": str(exc)})
                )
            )
    return found, skipped


def _summary_of(block: _Block) -> str:
    for line in block.lines:
        name, _, value = _split(line)
        if name == "SUMMARY" and value.strip():
            return value.strip()
    return "(untitled event)"


def _read(
    calendars: list[_Calendar],
    zone: tzinfo,
    first: date,
    last: date,
    limits: BusyLimits,
    progress: Progress | None,
    deadline: float,
) -> BusyImport:
    window = _Window(first, last, zone)
    skipped: list[SkippedEvent] = []
    events: list[_Component] = []
    wanted = [(cal, [b for b in cal.events if _touches(b, first, last)]) for cal in calendars]
    total = sum(len(blocks) for _, blocks in wanted) * 2  # parsing, then placing
    done = 0

    def report() -> None:
        if progress is not None and progress(done, total) is False:
            raise ImportCancelled(Message("error.ics_cancelled"))
        if _time.monotonic() > deadline:
            raise BusyImportError(Message("error.ics_slow", {"seconds": float(limits.max_seconds)}))

    report()
    for cal, blocks in wanted:
        for at in range(0, len(blocks), _CHUNK):
            batch = blocks[at : at + _CHUNK]
            found, bad = _parse(cal, batch)
            events.extend(found)
            skipped.extend(bad)
            done += len(batch)
            report()

    # Occurrences replaced (or cancelled) by a RECURRENCE-ID component of the same UID;
    # RANGE=THISANDFUTURE ones change every occurrence from theirs on.
    replaced: dict[str, set[Moment]] = {}
    futures: dict[str, list[_Future]] = {}
    repeating = {str(e.get("UID", "")) for e in events if "RRULE" in e and "RECURRENCE-ID" not in e}
    for event in events:
        if "RECURRENCE-ID" in event and not _errors(event):
            try:
                moment = _moment(event, "RECURRENCE-ID", zone)
                uid = str(event.get("UID", ""))
                if _is_future(event) and uid in repeating:
                    futures.setdefault(uid, []).append(_future(event, moment, zone))
                else:
                    replaced.setdefault(uid, set()).add(_key(moment))
            except (_Skip, KeyError, ValueError, TypeError, AttributeError, OverflowError):
                continue
    for changes in futures.values():
        changes.sort(key=lambda f: f.order)

    days: dict[date, _DayBuilder] = {}
    used = 0
    budget = [limits.max_total_occurrences, limits.max_total_steps]
    for event in events:
        done += 1
        if done % _CHUNK == 0:
            report()
        summary = str(event.get("SUMMARY", "")).strip() or "(untitled event)"
        uid = str(event.get("UID", ""))
        if "RECURRENCE-ID" in event and _is_future(event) and uid in repeating:
            continue  # placed with the occurrences of the event it changes
        try:
            if "X-PLANNER-TOO-LARGE" in event:
                raise _Skip(Message("skip.large", {"max": limits.max_event_lines}))
            spans = _spans(event, zone, window, replaced, futures.get(uid, []), limits, budget)
            touched = False
            for start, end in spans:
                touched |= _mark(days, start, end, window)
        except _Skip as why:
            skipped.append(SkippedEvent.of(summary, reason_of(why)))
            continue
        except OverflowError:
            skipped.append(SkippedEvent.of(summary, Message("skip.past_9999")))
            continue
        except Exception as exc:  # never let one odd event stop the import
            from planner.logs import log, unexpected

            if log.handlers:  # into the log file when there is one; never onto the terminal
                unexpected(exc, "reading an event of a busy-days calendar")
            skipped.append(
                SkippedEvent.of(summary, Message("skip.unreadable", {"reason": str(exc)}))
            )
            continue
        used += touched
    done = total
    report()
    return BusyImport(
        days={day: builder.build() for day, builder in sorted(days.items())},
        skipped=tuple(skipped),
        events_used=used,
    )


@dataclass(frozen=True, slots=True)
class _Future:
    """A RANGE=THISANDFUTURE change: from ``order`` on, shift by ``delta``, last ``length``."""

    order: datetime
    delta: timedelta
    length: timedelta | None
    cancelled: bool


def _is_future(event: _Component) -> bool:
    prop = event["RECURRENCE-ID"]
    prop = prop[0] if isinstance(prop, list) else prop
    return str(prop.params.get("RANGE", "")).upper() == "THISANDFUTURE"


def _future(event: _Component, rid: Moment, zone: tzinfo) -> _Future:
    start = _moment(event, "DTSTART", zone) if "DTSTART" in event else rid
    delta = _wall(start) - _wall(rid)
    length: timedelta | None = None
    if "DTEND" in event:
        length = _wall(_moment(event, "DTEND", zone)) - _wall(start)
    elif "DURATION" in event and isinstance(event["DURATION"].dt, timedelta):
        length = event["DURATION"].dt
    cancelled = str(event.get("STATUS", "")).upper() == "CANCELLED"
    return _Future(_order(rid), delta, length, cancelled)


def _order(moment: Moment) -> datetime:
    """A naive instant that orders dates, floating and aware times together."""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            return moment.astimezone(UTC).replace(tzinfo=None)
        return moment
    return datetime.combine(moment, time())


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
        tzid = params.get("TZID")
        if tzid and str(tzid).strip().lower() in UTC_TZIDS:
            return value.replace(tzinfo=UTC)
        if tzid:
            raise _Skip(Message("skip.zone", {"name": repr(shown(tzid, 60))}))
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
        raise _Skip(Message("skip.not_date", {"name": name}))
    return _attach(value, prop.params, zone)


def _moments(event: _Component, name: str, zone: tzinfo, limit: int) -> list[Moment]:
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
            if len(values) > limit:
                raise _Skip(Message("skip.many_dates", {"max": limit, "name": name}))
    return values


def _spans(
    event: _Component,
    zone: tzinfo,
    window: _Window,
    replaced: Mapping[str, set[Moment]],
    futures: list[_Future],
    limits: BusyLimits,
    budget: list[int],
) -> list[tuple[Moment, Moment]]:
    """Every occurrence of ``event`` that may touch the window, as (start, end)."""
    if errors := [(n, m) for n, m in _errors(event) if n.upper() in _TIMING]:
        name, message = errors[0]
        raise _Skip(Message("skip.unreadable_prop", {"name": name, "reason": message}))
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        raise _Skip(Message("skip.cancelled"))
    if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        raise _Skip(Message("skip.free"))
    if "DTSTART" not in event:
        raise _Skip(Message("skip.no_start"))
    start = _moment(event, "DTSTART", zone)
    all_day = not isinstance(start, datetime)
    if "DTEND" in event:
        end = _moment(event, "DTEND", zone)
        if isinstance(end, datetime) != (not all_day):
            raise _Skip(Message("skip.mixed"))
        length = _wall(end) - _wall(start)
    elif "DURATION" in event:
        length = event["DURATION"].dt
        if not isinstance(length, timedelta):
            raise _Skip(Message("skip.duration"))
    else:
        length = timedelta(days=1) if all_day else timedelta(0)
    if length <= timedelta(0):
        raise _Skip(Message("skip.no_length" if length == timedelta(0) else "skip.backwards"))

    home = start.tzinfo if isinstance(start, datetime) else None
    if "RECURRENCE-ID" in event or not ("RRULE" in event or "RDATE" in event):
        starts: list[datetime] = [_wall(start)]
    else:
        uid = str(event.get("UID", ""))
        exdates = _moments(event, "EXDATE", zone, limits.max_event_lines * 100)
        skip = {_key(m) for m in exdates} | replaced.get(uid, set())
        starts = _expand(event, start, length, window, skip, zone, limits, budget)
    budget[0] -= len(starts)
    if budget[0] < 0:
        raise _Skip(Message("skip.total_occurrences", {"max": limits.max_total_occurrences}))
    spans: list[tuple[Moment, Moment]] = []
    orders = [f.order for f in futures]
    for wall in starts:
        span_length = length
        if futures:
            moment: Moment = wall.replace(tzinfo=home) if not all_day else wall.date()
            at = bisect_right(orders, _order(moment)) - 1
            if at >= 0:
                change = futures[at]
                if change.cancelled:
                    continue
                wall = wall + change.delta
                span_length = change.length or length
        if all_day:
            spans.append((wall.date(), (wall + span_length).date()))
        else:
            spans.append((wall.replace(tzinfo=home), (wall + span_length).replace(tzinfo=home)))
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
    limits: BusyLimits,
    budget: list[int],
) -> list[datetime]:
    """Occurrence starts (wall time in the event's zone) from RRULE and RDATE.

    Each rule is expanded on its own from just before the window (see
    :func:`fast_forward`) up to its end; the work is bounded by the number of
    occurrences in the window, the horizon and the event's time limit.
    """
    from dateutil.rrule import rrulestr
    from icalendar import vRecur

    home = start.tzinfo if isinstance(start, datetime) else None
    dtstart = _wall(start)

    def home_wall(moment: Moment) -> datetime:
        if isinstance(moment, datetime) and home is not None:
            return moment.astimezone(home).replace(tzinfo=None)
        return _wall(moment)

    # Bounds in the event's own wall time, a day wider than the window on each side.
    low = home_wall(window.start) - length - timedelta(days=1)
    high = home_wall(window.end) + timedelta(days=1)
    found: set[datetime] = set()

    def keep(occurrence: datetime) -> None:
        if not low <= occurrence < high:
            return
        if skip:
            moment: Moment = (
                occurrence.replace(tzinfo=home)
                if isinstance(start, datetime)
                else occurrence.date()
            )
            if _key(moment) in skip or occurrence.date() in skip:
                return
        found.add(occurrence)
        if len(found) > limits.max_occurrences:
            raise _Skip(Message("skip.too_often"))

    rrules = event.get("RRULE")
    deadline = _time.monotonic() + limits.max_event_seconds
    for recur in rrules if isinstance(rrules, list) else [rrules] if rrules else []:
        parts = dict(recur)
        interval = parts.get("INTERVAL", [1])[0]
        if not isinstance(interval, int) or interval < 1:
            raise _Skip(Message("skip.never_advances_interval", {"interval": str(interval)}))
        count = parts.get("COUNT", [None])[0]
        if isinstance(count, int) and count > limits.max_occurrences * 10:
            raise _Skip(Message("skip.too_often"))
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
            rule = fast_forward(rrulestr(text, dtstart=dtstart, cache=False), low)
        except (ValueError, TypeError, OverflowError) as exc:
            raise _Skip(Message("skip.rule", {"reason": str(exc)})) from exc
        steps = 0
        previous: datetime | None = None
        try:
            with _guarded(high.year + 1, deadline):
                for occurrence in rule:
                    steps += 1
                    if steps > limits.max_occurrences * 3:
                        raise _Skip(Message("skip.too_often"))
                    if steps > budget[1]:
                        raise _Skip(Message("skip.total_steps", {"max": limits.max_total_steps}))
                    if previous is not None and occurrence <= previous:
                        raise _Skip(Message("skip.never_advances"))
                    previous = occurrence
                    if occurrence >= high:
                        break
                    keep(occurrence)
                    if steps % 1024 == 0 and _time.monotonic() > deadline:
                        raise _TooSlow
        except _PastHorizon:
            pass  # no occurrence left before the end of the plan
        except _TooSlow:
            raise _Skip(
                Message("skip.slow", {"seconds": float(limits.max_event_seconds)})
            ) from None
        except (ValueError, OverflowError) as exc:  # dateutil: "empty rule" and such
            raise _Skip(Message("skip.rule", {"reason": str(exc)})) from exc
        finally:
            budget[1] -= steps
    for extra in _moments(event, "RDATE", zone, limits.max_occurrences):
        keep(home_wall(extra))
    keep(dtstart)
    return sorted(found)


class _DayBuilder:
    def __init__(self) -> None:
        self.all_day = False
        self.intervals: set[tuple[int, int]] = set()

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
        # Only the window's days matter: an event lasting centuries costs no more.
        day = max(day, window.first)
        last = min(last, window.last + timedelta(days=1))
        while day < last:
            if window.first <= day <= window.last:
                days.setdefault(day, _DayBuilder()).all_day = True
                touched = True
            day += timedelta(days=1)
        return touched
    local_start = start.astimezone(window.zone)
    local_end = end.astimezone(window.zone)
    day = max(local_start.date(), window.first)
    final = min(local_end.date(), window.last)
    while day <= final:
        midnight = datetime.combine(day, time(), tzinfo=window.zone)
        if window.first <= day <= window.last:
            begin = max(local_start, midnight)
            from_minute = 0 if begin == midnight else begin.hour * 60 + begin.minute
            if local_end.date() > day:
                to_minute = DAY_MINUTES
            else:
                to_minute = local_end.hour * 60 + local_end.minute + (local_end.second > 0)
            if to_minute > from_minute:
                builder = days.get(day)
                if builder is None:
                    builder = days[day] = _DayBuilder()
                builder.intervals.add((from_minute, to_minute))
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
