"""VTIMEZONE components that calendar clients read exactly as Python's zoneinfo does.

icalendar's own VTIMEZONE puts every transition of an observance into one RDATE
property as a comma-separated list; Thunderbird (ical.js), vobject and Outlook read
only the first value and then place events an hour off once a plan passes its
first DST changes (see TECH-NOTES.md). We build the component ourselves from the
transitions zoneinfo reports over the plan's range:

- the RRULE form (``FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``, as Google and Outlook
  write it) when, for every observance, the rule reproduces zoneinfo's
  transitions exactly over the range — checked by expanding the rule;
- otherwise the RDATE form: one RDATE property per transition (repeating the
  DTSTART onset, which some parsers otherwise ignore), which every parser we tried
  reads correctly.

The first observance starts at the last change before the range (or, for a zone
that has not changed for a year, at a fixed anchor with the offset then in force),
so every moment of the range is covered.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import YEARLY, rrule, weekday

if TYPE_CHECKING:
    from icalendar import Timezone

# How far before the range we look for the change that starts the first observance.
_LOOKBACK = timedelta(days=370)
# Transitions are found by sampling the offset once a day and bisecting to the second.
# No zone changes its offset twice within a day in the tz database's modern data.
_STEP = timedelta(days=1)

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Zones that are plain UTC: their times are written with a "Z" and need no VTIMEZONE.
UTC_ZONE_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"})

Form = Literal["rrule", "rdate"]


class UnknownTimezoneError(ValueError):
    """The plan's time zone is not an IANA zone name that zoneinfo knows."""


def load_zone(name: str) -> ZoneInfo:
    """The zone called ``name``, or :class:`UnknownTimezoneError` with a readable message."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # OSError: "Europe", too long
        raise UnknownTimezoneError(f"Unknown time zone {name[:60]!r}") from exc


@dataclass(frozen=True, slots=True)
class Transition:
    """A change of UTC offset (or of DST flag or abbreviation) in a zone."""

    utc: datetime  # the instant of the change, aware UTC
    offset_from: timedelta
    offset_to: timedelta
    is_dst: bool  # the new observance is daylight time
    name: str  # abbreviation after the change, e.g. "CEST"

    @property
    def local_start(self) -> datetime:
        """Wall time of the change in the old offset, as VTIMEZONE DTSTART and RDATE want it."""
        return (self.utc + self.offset_from).replace(tzinfo=None)


_State = tuple[timedelta, bool, str]


def _state(zone: ZoneInfo, instant: datetime) -> _State:
    local = instant.astimezone(zone)
    offset = local.utcoffset()
    dst = local.dst()
    assert offset is not None and dst is not None  # always set for a ZoneInfo datetime
    return offset, bool(dst), local.tzname() or ""


def transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """Every change of offset, DST flag or abbreviation in ``zone`` within [start, end]."""
    found: list[Transition] = []
    before = start.astimezone(UTC)
    state = _state(zone, before)
    stop = end.astimezone(UTC)
    while before < stop:
        after = min(before + _STEP, stop)
        new_state = _state(zone, after)
        if new_state != state:
            low, high = before, after  # state(low) == state, state(high) != state
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    middle = low + timedelta(seconds=1)
                if _state(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            high_state = _state(zone, high)
            found.append(Transition(high, state[0], high_state[0], high_state[1], high_state[2]))
            state = high_state
            before = high
            continue
        before = after
    return found


@dataclass(frozen=True, slots=True)
class _Observance:
    is_dst: bool
    offset_from: timedelta
    offset_to: timedelta
    name: str
    starts: tuple[datetime, ...]  # local wall times of each onset, in the old offset
    rule: dict[str, object] | None = None  # an RRULE that reproduces ``starts``


def _observances(zone: ZoneInfo, start: datetime, end: datetime) -> list[_Observance]:
    scan_from = start - _LOOKBACK
    changes = transitions(zone, scan_from, end)
    earlier = [t for t in changes if t.utc <= start]
    kept = earlier[-1:] + [t for t in changes if t.utc > start]
    if not earlier:
        # No change in the year before the range: anchor the offset then in force.
        offset, dst, name = _state(zone, scan_from)
        anchor = (scan_from.astimezone(UTC) + offset).replace(
            tzinfo=None, hour=0, minute=0, second=0, microsecond=0
        )
        kept.insert(0, Transition(anchor.replace(tzinfo=UTC) - offset, offset, offset, dst, name))
    families: dict[tuple[bool, timedelta, timedelta, str], list[datetime]] = {}
    for change in kept:
        key = (change.is_dst, change.offset_from, change.offset_to, change.name)
        families.setdefault(key, []).append(change.local_start)
    return [
        _Observance(is_dst, off_from, off_to, name, tuple(starts))
        for (is_dst, off_from, off_to, name), starts in families.items()
    ]


def _yearly_rule(starts: Sequence[datetime], until: datetime) -> dict[str, object] | None:
    """A yearly nth-weekday rule that yields exactly ``starts`` up to ``until``, if any."""
    first = starts[0]
    if any(s.time() != first.time() for s in starts):
        return None
    nth = (first.day - 1) // 7 + 1
    candidates = [nth]
    if first.day + 7 > _calendar.monthrange(first.year, first.month)[1]:
        candidates.insert(0, -1)
    for n in candidates:
        day = weekday(first.weekday(), n)
        expanded = list(
            rrule(YEARLY, dtstart=first, bymonth=first.month, byweekday=day, until=until)
        )
        if expanded == list(starts):
            return {
                "FREQ": "YEARLY",
                "BYMONTH": first.month,
                "BYDAY": f"{n}{_WEEKDAYS[day.weekday]}",
            }
    return None


def choose_form(zone: ZoneInfo, start: datetime, end: datetime) -> tuple[Form, list[_Observance]]:
    """The observances covering [start, end] and the form that writes them faithfully."""
    observances = _observances(zone, start, end)
    until = (end.astimezone(UTC) + timedelta(days=2)).replace(tzinfo=None)
    with_rules: list[_Observance] = []
    for obs in observances:
        if obs.offset_from == obs.offset_to and len(obs.starts) == 1:
            with_rules.append(obs)  # a fixed offset from its start on: no rule needed
            continue
        rule = _yearly_rule(obs.starts, until)
        if rule is None:
            return "rdate", observances
        with_rules.append(
            _Observance(obs.is_dst, obs.offset_from, obs.offset_to, obs.name, obs.starts, rule)
        )
    return "rrule", with_rules


def build_vtimezone(
    tzid: str, start: datetime, end: datetime, *, form: Form | None = None
) -> Timezone:
    """A VTIMEZONE for IANA zone ``tzid`` that is exact for every moment in [start, end].

    ``start`` and ``end`` are aware datetimes. ``form`` forces the RRULE or RDATE form
    (for tests); by default the RRULE form is used only where it reproduces zoneinfo.
    """
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("build_vtimezone needs aware datetimes")
    zone = load_zone(tzid)
    chosen, observances = choose_form(zone, start, end)
    if form == "rdate":
        observances = [replace(obs, rule=None) for obs in observances]
    elif form == "rrule" and chosen == "rdate":
        raise ValueError(f"The RRULE form does not reproduce {tzid} over this range")
    vtimezone = Timezone()
    vtimezone.add("tzid", tzid)
    ordered = sorted(observances, key=lambda o: o.starts[0])
    for obs in ordered:
        sub = TimezoneDaylight() if obs.is_dst else TimezoneStandard()
        sub.add("dtstart", obs.starts[0])
        sub.add("tzoffsetfrom", obs.offset_from)
        sub.add("tzoffsetto", obs.offset_to)
        if obs.name:
            sub.add("tzname", obs.name)
        if obs.rule is not None:
            sub.add("rrule", obs.rule)
        else:
            # One property per onset, never a list, and the DTSTART onset too: some
            # parsers (`ical`, used by Home Assistant) count only RRULE and RDATE onsets.
            for onset in obs.starts:
                sub.add("rdate", onset)
        vtimezone.add_component(sub)
    return vtimezone
