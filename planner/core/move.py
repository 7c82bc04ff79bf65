"""Moving (and resizing) one study session: the baseline after a drag in the week calendar.

:func:`move_session` takes the schedule in force and moves the session on ``day``
to ``new_day`` at ``new_start``, optionally with another length. Everything else
stays where it is, except work that no longer fits:

* **A day holds one session.** Moved onto a day that has one, the two join: the
  moved work first, from ``new_start``, then the day's own work.
* **A session ends before midnight.** Work past 23:59 (after a join, a later start
  or a longer session) moves to the start of the next session after it, which
  pushes that session's own tail on in turn; past the last session, it goes to
  the next study day that is not a day off, at the plan's session time.
* **A shorter session** hands its last work on the same way; **a longer one** takes
  the first open work of the sessions that follow it.
* **Done work stays.** Work on items already done is never handed on or taken.
* **Every item keeps its hours**: the hours per item before and after are equal.

Sessions before ``today`` are history: they cannot be moved, and nothing moves
onto a day before ``today``. Pure: ``today`` is a parameter.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta

from planner.core.messages import Message
from planner.core.plan import (
    GRANULE_MINUTES,
    GRANULES_PER_HOUR,
    Allocation,
    Milestone,
    MilestoneKind,
    Schedule,
    Session,
    Week,
)
from planner.core.scheduler import PREP_KINDS, week_start_of

_LAST_MINUTE = 23 * 60 + 59
_SEARCH_DAYS = 366 * 5


class MoveError(ValueError):
    """A move that cannot be made, with a message meant for the user (``message``)."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True, slots=True)
class Shift:
    """Work of one item that a move handed from one day to another (other than the moved)."""

    item_key: str
    hours: float
    from_day: date
    to_day: date


@dataclass(frozen=True, slots=True)
class MoveResult:
    schedule: Schedule
    moved: Session  # the session where it now is (after a join: the whole day's session)
    shifts: tuple[Shift, ...]  # other work that moved as a consequence
    joined: bool  # the target day already had a session and the two were joined


@dataclass
class _Part:
    key: str
    g: int  # granules


@dataclass
class _Day:
    start: int  # minutes after midnight
    work: list[_Part]  # in order

    def granules(self) -> int:
        return sum(p.g for p in self.work)

    def room(self) -> int:
        return max((_LAST_MINUTE - self.start) // GRANULE_MINUTES, 0)


def _g(hours: float) -> int:
    return round(hours * GRANULES_PER_HOUR)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _add(work: list[_Part], key: str, granules: int, front: bool = False) -> None:
    if granules <= 0:
        return
    at = 0 if front else len(work) - 1
    if work and work[at].key == key:
        work[at].g += granules
    elif front:
        work.insert(0, _Part(key, granules))
    else:
        work.append(_Part(key, granules))


def _cut_tail(day: _Day, granules: int, done: frozenset[str]) -> list[tuple[str, int]]:
    """Take up to ``granules`` of open work from the end of ``day``; in plan order."""
    taken: list[tuple[str, int]] = []
    for entry in reversed(day.work):
        if granules <= 0:
            break
        if entry.key in done:
            continue
        take = min(entry.g, granules)
        entry.g -= take
        granules -= take
        taken.append((entry.key, take))
    day.work = [e for e in day.work if e.g > 0]
    return list(reversed(taken))


def _cut_head(day: _Day, granules: int, done: frozenset[str]) -> list[tuple[str, int]]:
    taken: list[tuple[str, int]] = []
    for entry in day.work:
        if granules <= 0:
            break
        if entry.key in done:
            continue
        take = min(entry.g, granules)
        entry.g -= take
        granules -= take
        taken.append((entry.key, take))
    day.work = [e for e in day.work if e.g > 0]
    return taken


def _study_days_after(schedule: Schedule, day: date) -> Iterator[date]:
    s = schedule.settings
    for i in range(1, _SEARCH_DAYS):
        d = day + timedelta(days=i)
        if d.weekday() in s.study_days and not any(d in r for r in s.days_off):
            yield d


def move_session(
    schedule: Schedule,
    day: date,
    new_day: date,
    new_start: time,
    new_hours: float | None = None,
    *,
    today: date,
    done: frozenset[str] = frozenset(),
) -> MoveResult:
    """Move the session on ``day`` to ``new_day`` at ``new_start`` (see the module doc)."""
    by_day = {s.day: s for s in schedule.sessions}
    source = by_day.get(day)
    if source is None:
        raise MoveError(Message("error.move_no_session", {"day": day}))
    if day < today:
        raise MoveError(Message("error.move_past"))
    if new_day < today:
        raise MoveError(Message("error.move_to_past"))
    if any(new_day in r for r in schedule.settings.days_off):
        raise MoveError(Message("error.move_day_off", {"day": new_day}))
    if schedule.exam_date is not None and new_day >= schedule.exam_date:
        raise MoveError(Message("error.move_after_exam"))
    length = _g(source.hours if new_hours is None else new_hours)
    if length < 1:
        raise MoveError(Message("error.move_short"))
    start = _minutes(new_start)
    start -= start % GRANULE_MINUTES
    if start + length * GRANULE_MINUTES > _LAST_MINUTE:
        raise MoveError(Message("error.move_midnight"))

    days: dict[date, _Day] = {
        s.day: _Day(_minutes(s.start), [_Part(a.item_key, _g(a.hours)) for a in s.allocations])
        for s in schedule.sessions
    }
    before = {d: {p.key: p.g for p in v.work} for d, v in days.items()}
    moved = days.pop(day)
    moved.start = start
    extra = length - moved.granules()
    overflow: list[tuple[str, int]] = []
    if extra < 0:
        overflow = _cut_tail(moved, -extra, done)
    target = days.get(new_day)
    joined = target is not None
    if target is not None:
        for part in target.work:
            _add(moved.work, part.key, part.g)
    days[new_day] = moved
    if extra > 0:
        for d in sorted(x for x in days if x > new_day):
            if extra <= 0:
                break
            for key, g in _cut_head(days[d], extra, done):
                _add(moved.work, key, g)
                extra -= g
            if not days[d].work:
                del days[d]

    # Hand on what does not fit before midnight, day after day.
    order = sorted(x for x in days if x >= new_day)
    here = days[new_day]
    over = here.granules() - here.room()
    carry = overflow + (_cut_tail(here, over, done) if over > 0 else [])
    current = new_day
    i = 0
    while carry:
        i += 1
        while i < len(order) and order[i] <= current:
            i += 1
        if i < len(order):
            current = order[i]
        else:
            current = next(_study_days_after(schedule, max(days)))
            days[current] = _Day(_minutes(schedule.settings.session_start), [])
            order.append(current)
            if schedule.exam_date is not None and current >= schedule.exam_date:
                raise MoveError(Message("error.move_no_fit"))
        here = days[current]
        for key, g in reversed(carry):
            _add(here.work, key, g, front=True)
        over = here.granules() - here.room()
        carry = _cut_tail(here, over, done) if over > 0 else []

    sessions = tuple(
        Session(
            day=d,
            start=time(v.start // 60, v.start % 60),
            end=_end(v),
            allocations=tuple(Allocation(p.key, p.g / GRANULES_PER_HOUR) for p in v.work),
        )
        for d, v in sorted(days.items())
        if v.work
    )
    shifts = _shifts(before, days, day, new_day)
    result = _rebuild(schedule, sessions)
    moved_session = next(s for s in sessions if s.day == new_day)
    return MoveResult(result, moved_session, shifts, joined)


def _end(day: _Day) -> time:
    minutes = min(day.start + day.granules() * GRANULE_MINUTES, _LAST_MINUTE)
    return time(minutes // 60, minutes % 60)


def _shifts(
    before: dict[date, dict[str, int]], after: dict[date, _Day], day: date, new_day: date
) -> tuple[Shift, ...]:
    """Work that left a day other than the moved one, and where it went (first fit)."""
    now: dict[date, dict[str, int]] = {}
    for d, v in after.items():
        for p in v.work:
            at = now.setdefault(d, {})
            at[p.key] = at.get(p.key, 0) + p.g
    # The moved session's own work counts as being on the new day.
    gone: list[tuple[date, str, int]] = []
    came: list[tuple[date, str, int]] = []
    expected = {d: dict(v) for d, v in before.items() if d != day}
    moved_work = before.get(day, {})
    expected.setdefault(new_day, {})
    for key, g in moved_work.items():
        expected[new_day][key] = expected[new_day].get(key, 0) + g
    for d in sorted(expected.keys() | now.keys()):
        was, is_ = expected.get(d, {}), now.get(d, {})
        for key in was.keys() | is_.keys():
            diff = is_.get(key, 0) - was.get(key, 0)
            if diff < 0:
                gone.append((d, key, -diff))
            elif diff > 0:
                came.append((d, key, diff))
    shifts: list[Shift] = []
    for d_from, key, g in gone:
        for j, (d_to, k2, g2) in enumerate(came):
            if g <= 0:
                break
            if k2 != key or g2 <= 0:
                continue
            take = min(g, g2)
            shifts.append(Shift(key, take / GRANULES_PER_HOUR, d_from, d_to))
            came[j] = (d_to, k2, g2 - take)
            g -= take
    return tuple(shifts)


def _rebuild(schedule: Schedule, sessions: tuple[Session, ...]) -> Schedule:
    """Weeks and milestones that follow the moved sessions."""
    first_weekday = schedule.settings.week_start
    first: dict[str, date] = {}
    last: dict[str, date] = {}
    for s in sessions:
        for a in s.allocations:
            first.setdefault(a.item_key, s.day)
            last[a.item_key] = s.day
    milestones = tuple(
        sorted(
            (_milestone(m, schedule, first, last) for m in schedule.milestones),
            key=lambda m: m.day,
        )
    )
    old = {w.start: w for w in schedule.weeks}
    starts = set(old) | {week_start_of(s.day, first_weekday) for s in sessions}
    weeks = []
    for start in sorted(starts):
        end = start + timedelta(days=7)
        totals: dict[str, float] = {}
        for s in sessions:
            if start <= s.day < end:
                for a in s.allocations:
                    totals[a.item_key] = totals.get(a.item_key, 0.0) + a.hours
        hours = sum(totals.values())
        capacity = old[start].capacity if start in old else 0.0
        weeks.append(
            Week(
                start=start,
                capacity=max(capacity, hours),
                allocations=tuple(Allocation(k, h) for k, h in totals.items()),
                milestones=tuple(m for m in milestones if start <= m.day < end),
            )
        )
    return dataclasses.replace(
        schedule,
        sessions=sessions,
        weeks=tuple(weeks),
        milestones=milestones,
        end_date=sessions[-1].day if sessions else schedule.end_date,
    )


def _milestone(
    m: Milestone, schedule: Schedule, first: dict[str, date], last: dict[str, date]
) -> Milestone:
    items = schedule.items
    if m.kind is MilestoneKind.PROJECT_MILESTONE:
        key = m.key.removeprefix("milestone:")
        day = last.get(key)
    elif m.kind in (MilestoneKind.COURSE_DONE, MilestoneKind.PROJECT_DONE):
        group = m.key.split(":", 2)[-1]
        days = [last[i.key] for i in items if i.group == group and i.key in last]
        day = max(days) if days else None
    elif m.kind is MilestoneKind.PREP_START:
        prep = [i for i in items if i.kind in PREP_KINDS]
        days = [first[i.key] for i in prep if i.key in first]
        day = min(days) if days else None
    else:
        day = None
    return m if day is None else dataclasses.replace(m, day=day)
