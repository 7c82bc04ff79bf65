"""What to remind the user of, and when: a pure decision over the schedule and a given "now".

The app asks :func:`due_reminders` once a minute while it runs (``planner/ui/reminders.py``)
and shows what it returns as desktop notifications. Rules:

* **Before a session.** ``lead_minutes`` before a session starts, once, unless every
  module in it is already done. A session that has started is not announced late; a
  reminder snoozed until a later time comes again then (if the session has not started).
* **Behind the plan** (off by default). When the plan is behind by more than
  ``behind_hours``: at most once a day, and not before ``quiet_until`` in the morning.

Times are local wall times in the plan's time zone (naive datetimes), as sessions are.
Nothing here composes sentences: the front end words a :class:`Reminder` in the
user's language.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from planner.core.plan import Session


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    sessions: bool = True  # remind before each session
    lead_minutes: int = 15
    behind: bool = False  # remind when the plan falls behind (off by default)
    behind_hours: float = 3.0
    quiet_until: time = time(9, 0)  # no behind-plan reminder earlier in the day


class ReminderKind(StrEnum):
    SESSION = "session"
    BEHIND = "behind"


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    key: str  # stable: the same reminder is never shown twice
    session: Session | None = None  # for a session reminder
    minutes_left: int = 0  # until the session starts
    behind_hours: float = 0.0  # for a behind-plan reminder


def session_start(session: Session) -> datetime:
    return datetime.combine(session.day, session.start)


def session_key(session: Session) -> str:
    return f"session:{session.day.isoformat()}T{session.start:%H:%M}"


def next_session(
    now: datetime, sessions: Sequence[Session], done: Collection[str] = ()
) -> Session | None:
    """The session going on or coming next that still holds open work."""
    for s in sessions:
        if datetime.combine(s.day, s.end) <= now:
            continue
        if all(a.item_key in done for a in s.allocations):
            continue
        return s
    return None


def due_reminders(
    now: datetime,
    sessions: Sequence[Session],
    settings: ReminderSettings,
    *,
    done: Collection[str] = (),
    behind_hours: float = 0.0,
    shown: Collection[str] = (),
    snoozed: Mapping[str, datetime] | None = None,
) -> list[Reminder]:
    """The reminders to show at ``now`` (see the module doc); ``shown`` lists keys already
    shown, ``snoozed`` the keys put off until a time."""
    snoozed = snoozed or {}
    found: list[Reminder] = []

    def waiting(key: str) -> bool:
        until = snoozed.get(key)
        if until is not None:
            return now < until
        return key in shown

    if settings.sessions:
        lead = timedelta(minutes=max(settings.lead_minutes, 0))
        for s in sessions:
            start = session_start(s)
            if start <= now:
                continue
            if start - lead > now:
                break  # sessions are in order: the rest are later still
            if all(a.item_key in done for a in s.allocations):
                continue
            key = session_key(s)
            if waiting(key):
                continue
            left = int((start - now).total_seconds() // 60)
            found.append(Reminder(ReminderKind.SESSION, key, session=s, minutes_left=left))
    if (
        settings.behind
        and behind_hours > settings.behind_hours
        and now.time() >= settings.quiet_until
    ):
        key = f"behind:{now.date().isoformat()}"
        if not waiting(key):
            found.append(Reminder(ReminderKind.BEHIND, key, behind_hours=behind_hours))
    return found
