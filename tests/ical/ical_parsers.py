"""Reading our .ics output with two independent parsers, `vobject` and `ical`.

Both know the IANA zones themselves, so for a known TZID they might never look at
our VTIMEZONE. Tests therefore rename the zone to a fresh made-up TZID: the parser
must then build the zone from the VTIMEZONE we wrote. vobject also keeps a
process-wide registry of zones by TZID, in which the first VTIMEZONE read under a
name wins, so :func:`timed_with_vobject` always renames every zone afresh.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime

Times = dict[str, tuple[datetime, datetime]]

_fresh = itertools.count()


def rename_tzid(ics: str, tzid: str) -> str:
    new = f"X-Test-{next(_fresh)}-{tzid.replace('/', '-')}"
    assert f"TZID:{tzid}\r\n" in ics, "the calendar has no VTIMEZONE for the zone"
    renamed = ics.replace(f"TZID:{tzid}\r\n", f"TZID:{new}\r\n").replace(
        f"TZID={tzid}:", f"TZID={new}:"
    )
    assert f"TZID={tzid}" not in renamed
    return renamed


def _utc(value: datetime | date) -> datetime:
    assert isinstance(value, datetime), value
    assert value.tzinfo is not None, f"floating time {value}"
    return value.astimezone(UTC)


def fresh_tzids(ics: str) -> str:
    for tzid in set(re.findall(r"^TZID:(.+)\r$", ics, flags=re.MULTILINE)):
        ics = rename_tzid(ics, tzid)
    return ics


def timed_with_vobject(ics: str) -> Times:
    import vobject

    calendar = vobject.readOne(fresh_tzids(ics))
    result: Times = {}
    for event in calendar.vevent_list:
        start = event.dtstart.value
        if isinstance(start, datetime):
            result[event.uid.value] = (_utc(start), _utc(event.dtend.value))
    return result


def timed_with_ical(ics: str) -> Times:
    from ical.calendar_stream import IcsCalendarStream

    calendar = IcsCalendarStream.calendar_from_ics(ics)
    result: Times = {}
    for event in calendar.events:
        if isinstance(event.dtstart, datetime):
            assert event.uid is not None
            result[event.uid] = (_utc(event.dtstart), _utc(event.dtend))
    return result
