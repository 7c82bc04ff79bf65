"""The scheduling engine: ordered plan items and settings in, weeks and dated sessions out.

Entry point: :func:`build_schedule`. Pure and deterministic (same input, equal
output); it works in integer 15-minute granules and is linear in items plus days.

Semantics (docs/architecture.md, "Scheduling"):

* **Capacity.** Each study day holds ``hours_per_week / number of study days``,
  floored to whole granules and capped by ``max_session_hours`` if set. Days
  before ``start``, non-study weekdays and days off hold nothing. A ``day_limits``
  entry caps that day (``min(limit, even share)``; 0 is a day off); it never
  gives a non-study day capacity. The cap holds however high the hours per week
  go: a limit at or above today's share is how busy time later in the day (a
  meeting at 21:30 after a 19:00-21:30 session) is stored, so that a re-plan that
  keeps the exam date by raising the hours never grows that session into it; the
  extra goes to other days, or the diagnosis counts only what the days can hold.
  A ``day_starts`` entry moves that day's session to another start time (and
  caps the day so it still ends before midnight). The effective weekly hours can
  therefore be a little below ``hours_per_week`` (8 h over 3 days is 3 × 2.5 h = 7.5 h); see
  :func:`weekly_capacity`.
* **Item hours** are rounded *up* to whole granules (0.1 h becomes 0.25 h).
* **Placement.** Items are placed in order, greedily: each day is filled from
  the current item, which may split across days and weeks.
* **Unsplittable items** (``PlanItem.unsplit``: a practice exam, a lab) are placed
  whole on the first study day that can hold them after the study already placed
  there. For such a sitting a day may run beyond its share: up to
  ``max_session_hours`` if set, else until midnight, and never beyond a
  ``day_limits`` / ``day_starts`` cap (busy time stays free). The week's capacity
  counts that longer day. A sitting longer than any day can be is placed in pieces
  like other items, and the schedule carries a :class:`Diagnosis` whose ``setting``
  names what would make a day long enough (``max_session_hours`` or
  ``session_start``, with the value in ``setting_value``). With an exam date, when a
  sitting waiting for its day pushes the preparation past the exam, the block
  starts a week earlier, and so on, down to no hold at all.
* **Sessions.** One session per study day with work, starting at
  ``session_start`` local wall time and lasting the hours placed that day. A
  session never crosses midnight: a day's capacity must end before 24:00, or
  the input is rejected as "more hours per week than the study days can hold".
  Sessions are local wall times; the calendar layer converts with zoneinfo, so
  a 19:00 session stays at 19:00 across daylight-saving changes.
* **Weeks** start on ``week_start``; the first week may begin before ``start``
  and the last may end after the last session (partial weeks: their capacity
  counts only the days that can hold work). Weeks run from the one holding
  ``start`` to the one holding the last session or the exam, whichever is
  later, including empty weeks (e.g. holidays) in between.
* **Exam date given.** Everything must fit on days strictly before it. If it
  does not, the schedule still holds the full placement (running past the exam)
  and a :class:`Diagnosis`: the smallest 15-minute multiple of hours per week that
  fits (``None`` if even the longest possible day cannot) and the earliest exam
  date at the current hours (the day after the last session). Days on or after
  the exam only hold work in such an overflow.
* **Preparation weeks given (no exam date).** The exam is on the first day of
  the week after the week of the last session, i.e. right after the final
  (review) week. :mod:`planner.core.build` sizes the preparation block as
  ``prep_weeks`` × weekly hours so that it spans those weeks.
* **Neither.** No exam: the plan runs until everything is placed.
* **Milestones.** A course is done on the last day of its last module; each
  project milestone on its own last day (the project on its last one); the
  exam preparation starts on the first day of the first preparation item; the
  exam is on the exam date.
* **Warnings.** Exam after the certification's retirement date; preparation
  block (from its first session to the exam) spanning fewer than 8 or more than
  12 full weeks; hours that are estimates.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from planner.core.messages import Message
from planner.core.plan import (
    GRANULE_MINUTES,
    GRANULES_PER_HOUR,
    Allocation,
    DateRange,
    Diagnosis,
    ItemKind,
    Milestone,
    MilestoneKind,
    PlanInputError,
    PlanItem,
    PlanSettings,
    PlanWarning,
    Schedule,
    Session,
    WarningCode,
    Week,
)

# A plan that is not done after this many days has something wrong with its input.
MAX_PLAN_DAYS = 366 * 50
MINUTES_PER_DAY = 24 * 60
PREP_KINDS = frozenset({ItemKind.EXAM_DOMAIN, ItemKind.PRACTICE_EXAM, ItemKind.REVIEW})
SHORT_PREP_WEEKS = 8
LONG_PREP_WEEKS = 12
IDLE_WEEKS = 3  # free weeks between coursework and exam preparation worth a warning
_EPS = 1e-9


def hours_to_granules(hours: float) -> int:
    """Hours as whole 15-minute granules, rounded up (never plan less than asked)."""
    return math.ceil(hours * GRANULES_PER_HOUR - _EPS)


def granules_to_hours(granules: int) -> float:
    return granules / GRANULES_PER_HOUR


def format_hours(hours: float) -> str:
    """``8`` for 8.0, ``11.5`` for 11.5, ``7.25`` for 7.25."""
    return f"{hours:g}"


def week_start_of(day: date, week_start: int) -> date:
    """The first day of the week holding ``day``, weeks starting on ``week_start``."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


@dataclass(frozen=True, slots=True)
class _Calendar:
    """Capacity per day, in granules, for validated settings."""

    start: int  # ordinal of the start date
    study_days: frozenset[int]
    share: int  # granules on an ordinary study day
    off: tuple[tuple[int, int], ...]  # merged, sorted inclusive ordinal ranges
    limits: dict[int, int]  # ordinal -> granules

    def capacities(self, first: int, share: int | None = None) -> Iterator[tuple[int, int]]:
        """(ordinal, granules) for every day from ``first`` on, forever."""
        share = self.share if share is None else share
        off = self.off
        k = 0
        o = first
        weekday = date.fromordinal(first).weekday()
        while True:
            while k < len(off) and off[k][1] < o:
                k += 1
            is_off = k < len(off) and off[k][0] <= o
            if o < self.start or weekday not in self.study_days or is_off:
                cap = 0
            else:
                limit = self.limits.get(o)
                cap = share if limit is None else min(share, limit)
            yield o, cap
            o += 1
            weekday = 0 if weekday == 6 else weekday + 1


def _merge_ranges(ranges: Sequence[DateRange]) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for r in sorted(ranges, key=lambda r: (r.first, r.last)):
        a, b = r.first.toordinal(), r.last.toordinal()
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def max_day_granules(settings: PlanSettings) -> int:
    """The most granules a day can hold: until midnight, and within ``max_session_hours``."""
    start = _minutes(settings.session_start) + (1 if settings.session_start.second else 0)
    most = (MINUTES_PER_DAY - 1 - start) // GRANULE_MINUTES
    if settings.max_session_hours is not None:
        most = min(most, math.floor(settings.max_session_hours * GRANULES_PER_HOUR + _EPS))
    return max(most, 0)


def _share(hours_per_week: float, days: int) -> int:
    return math.floor(hours_per_week * GRANULES_PER_HOUR / days + _EPS)


def _validate(items: Sequence[PlanItem], s: PlanSettings) -> _Calendar:
    if not items:
        raise PlanInputError(Message("error.no_items"), "items")
    seen: set[str] = set()
    for item in items:
        if not item.key:
            raise PlanInputError(Message("error.item_no_key", {"title": repr(item.title)}), "items")
        if item.key in seen:
            raise PlanInputError(Message("error.item_key_twice", {"key": repr(item.key)}), "items")
        seen.add(item.key)
        if not item.hours > 0 or math.isinf(item.hours):
            raise PlanInputError(
                Message("error.item_hours", {"key": repr(item.key), "hours": float(item.hours)}),
                "items",
            )
    if not s.study_days:
        raise PlanInputError(Message("error.no_study_days"), "study_days")
    if not s.study_days <= set(range(7)):
        raise PlanInputError(Message("error.study_day_numbers"), "study_days")
    if not 0 <= s.week_start <= 6:
        raise PlanInputError(Message("error.week_start"), "week_start")
    if not s.hours_per_week > 0 or math.isinf(s.hours_per_week):
        raise PlanInputError(
            Message("error.hours_zero_not", {"hours": float(s.hours_per_week)}), "hours_per_week"
        )
    if s.max_session_hours is not None and not s.max_session_hours >= 0.25:
        raise PlanInputError(Message("error.longest_session"), "max_session_hours")
    days = len(s.study_days)
    share = _share(s.hours_per_week, days)
    if share == 0:
        raise PlanInputError(
            Message("error.too_few_hours", {"hours": float(s.hours_per_week)}, count=days),
            "hours_per_week",
        )
    if s.max_session_hours is not None:
        share = min(share, math.floor(s.max_session_hours * GRANULES_PER_HOUR + _EPS))
    most = max_day_granules(s)
    if share > most:
        most_week = granules_to_hours(most * days)
        raise PlanInputError(
            Message(
                "error.too_many_hours",
                {"start": f"{s.session_start:%H:%M}", "most": float(most_week)},
                count=days,
            ),
            "hours_per_week",
        )
    if s.exam_date is not None and s.exam_date <= s.start:
        raise PlanInputError(
            Message("error.exam_before_start", {"exam": s.exam_date, "start": s.start}),
            "exam_date",
        )
    if s.exam_date is None and s.prep_weeks is not None and s.prep_weeks <= 0:
        raise PlanInputError(Message("error.prep_weeks"), "prep_weeks")
    for r in s.days_off:
        if r.last < r.first:
            raise PlanInputError(
                Message("error.days_off_order", {"first": r.first, "last": r.last}), "days_off"
            )
    limits: dict[int, int] = {}
    for day, hours in s.day_limits:
        if not hours >= 0:
            raise PlanInputError(Message("error.day_limit", {"day": day}), "day_limits")
        g = math.floor(hours * GRANULES_PER_HOUR + _EPS)
        o = day.toordinal()
        limits[o] = min(g, limits.get(o, g))
    for day, start in s.day_starts:
        # A session moved later must still end before midnight.
        room = max((MINUTES_PER_DAY - 1 - _minutes(start)) // GRANULE_MINUTES, 0)
        o = day.toordinal()
        limits[o] = min(room, limits.get(o, room))
    return _Calendar(
        start=s.start.toordinal(),
        study_days=frozenset(s.study_days),
        share=share,
        off=_merge_ranges(s.days_off),
        limits=limits,
    )


def weekly_capacity(settings: PlanSettings) -> float:
    """Hours a full week without days off really holds (the even share floored to granules)."""
    if not settings.study_days or not settings.hours_per_week > 0:
        return 0.0
    share = _share(settings.hours_per_week, len(settings.study_days))
    if settings.max_session_hours is not None:
        share = min(share, math.floor(settings.max_session_hours * GRANULES_PER_HOUR + _EPS))
    return granules_to_hours(share * len(settings.study_days))


def _prep_suffix(items: Sequence[PlanItem]) -> int | None:
    """Index of the first item of a trailing exam-preparation block, if the plan ends in one."""
    start = len(items)
    while start > 0 and items[start - 1].kind in PREP_KINDS:
        start -= 1
    return start if start < len(items) else None


def _latest_start(cal: _Calendar, end: int, granules: int) -> int:
    """The latest day from which ``granules`` fit on the days before ordinal ``end``."""
    caps: list[int] = []
    for o, cap in cal.capacities(cal.start):
        if o >= end:
            break
        caps.append(cap)
    room = 0
    for offset in range(len(caps) - 1, -1, -1):
        room += caps[offset]
        if room >= granules:
            return cal.start + offset
    return cal.start


def _capacity_before(cal: _Calendar, end: int, share: int) -> int:
    """Total granules on days from the start up to (not including) ordinal ``end``."""
    total = 0
    for o, cap in cal.capacities(cal.start, share):
        if o >= end:
            break
        total += cap
    return total


def _diagnose(
    cal: _Calendar, s: PlanSettings, exam: date, demand: int, last_day: date
) -> Diagnosis:
    end = exam.toordinal()
    available = _capacity_before(cal, end, cal.share)
    most = max_day_granules(s)
    needed_share: int | None = None
    if _capacity_before(cal, end, most) >= demand:
        lo, hi = cal.share + 1, most  # the smallest share that fits lies in [lo, hi]
        while lo < hi:
            mid = (lo + hi) // 2
            if _capacity_before(cal, end, mid) >= demand:
                hi = mid
            else:
                lo = mid + 1
        needed_share = lo
    earliest = last_day + timedelta(days=1)
    hours_per_week_needed = (
        None if needed_share is None else granules_to_hours(needed_share * len(s.study_days))
    )
    head = (
        f"{format_hours(granules_to_hours(demand))} h of study do not fit before the exam on {exam}"
    )
    args: dict[str, object] = {
        "hours": float(granules_to_hours(demand)),  # the front end writes the number
        "exam": exam,
        "earliest": earliest,
    }
    if hours_per_week_needed is None:
        message = f"{head}: not even the longest study days would do; move the exam to {earliest}"
        text = Message("fit.no_hours", args)
    else:
        message = (
            f"{head}: needs {format_hours(hours_per_week_needed)} h/week "
            f"(you have {format_hours(s.hours_per_week)}), or move the exam to {earliest}"
        )
        args.update(needed=float(hours_per_week_needed), have=float(s.hours_per_week))
        text = Message("fit.needs_hours", args)
    return Diagnosis(
        message=message,
        text=text,
        hours_needed=granules_to_hours(demand),
        hours_available=granules_to_hours(available),
        hours_per_week_needed=hours_per_week_needed,
        earliest_exam_date=earliest,
    )


def _time_after(start: time, granules: int) -> time:
    minutes = _minutes(start) + granules * GRANULE_MINUTES
    return time(minutes // 60, minutes % 60, start.second)


@dataclass(slots=True)
class _Placement:
    first: list[int]  # ordinal of each item's first day
    finish: list[int]  # ordinal of each item's last day
    days: list[tuple[int, list[tuple[int, int]]]]  # (ordinal, [(item, granules)])
    extra: dict[int, int]  # granules beyond the day's share, on days holding a sitting


def _room_for_sitting(cal: _Calendar, o: int, most: int) -> int:
    """The longest day ``o`` can run for an unsplittable item: up to the longest session
    (or midnight), but never beyond a limit the day has (busy time stays free)."""
    limit = cal.limits.get(o)
    return most if limit is None else min(limit, most)


def _place(
    cal: _Calendar,
    demand: list[int],
    whole: list[bool],
    most: int,
    prep_from: int | None,
    hold_until: int | None,
) -> _Placement:
    """Greedy placement: one pass over the days, one over the items.

    A splittable item fills what is left of each day's share. An item in ``whole``
    goes, whole, on the first day that can hold it after the work already placed
    there: that day may run beyond its share, up to the room for a sitting (the
    longest session, or midnight, and never past a busy day's limit). The days
    before wait: the item order is kept, and no day's share is left unused.
    """
    n = len(demand)
    result = _Placement([0] * n, [0] * n, [], {})
    idx = 0
    left = demand[0]
    limit = cal.start + MAX_PLAN_DAYS
    for o, cap in cal.capacities(cal.start):
        if idx >= n:
            break
        if o > limit:
            raise PlanInputError(
                Message("error.plan_too_long", {"years": MAX_PLAN_DAYS // 366}), "days_off"
            )
        if cap == 0:
            continue
        if hold_until is not None and idx == prep_from and o < hold_until:
            continue
        placed: list[tuple[int, int]] = []
        used = 0
        while idx < n:
            if hold_until is not None and idx == prep_from and o < hold_until:
                break
            if whole[idx]:
                # The day may run longer than its share for a sitting, up to the room
                # for one; study already placed that day comes first.
                if used + left > max(_room_for_sitting(cal, o, most), cap):
                    break
                take = left
            else:
                if used >= cap:
                    break
                take = min(left, cap - used)
            if left == demand[idx]:
                result.first[idx] = o
            placed.append((idx, take))
            used += take
            left -= take
            if left == 0:
                result.finish[idx] = o
                idx += 1
                if idx < n:
                    left = demand[idx]
        if placed:
            result.days.append((o, placed))
            if used > cap:
                result.extra[o] = used - cap
    return result


def _diagnose_sitting(s: PlanSettings, item: PlanItem, granules: int) -> Diagnosis:
    """No day can hold ``item`` whole: name the setting that would make one long enough."""
    need = granules_to_hours(granules)
    head = f"“{item.title}” needs one sitting of {format_hours(need)} h"
    start = _minutes(s.session_start)
    room = (MINUTES_PER_DAY - 1 - start) // GRANULE_MINUTES
    if room >= granules:
        assert s.max_session_hours is not None  # only the limit can be shorter
        message = (
            f"{head}, but your longest session is {format_hours(s.max_session_hours)} h: "
            f"allow sessions of {format_hours(need)} h"
        )
        setting, value = "max_session_hours", format_hours(need)
    else:
        latest = MINUTES_PER_DAY - granules * GRANULE_MINUTES - GRANULE_MINUTES
        latest -= latest % GRANULE_MINUTES
        latest = max(latest, 0)
        at = time(latest // 60, latest % 60)
        message = (
            f"{head}, but sessions starting at {s.session_start:%H:%M} end at midnight: "
            f"start sessions at {at:%H:%M} or earlier"
        )
        if s.max_session_hours is not None and s.max_session_hours < need:
            message += f" and allow sessions of {format_hours(need)} h"
        setting, value = "session_start", f"{at:%H:%M}"
    return Diagnosis(
        message=message,
        hours_needed=need,
        hours_available=granules_to_hours(max_day_granules(s)),
        hours_per_week_needed=None,
        earliest_exam_date=None,
        setting=setting,
        setting_value=value,
    )


def build_schedule(items: Sequence[PlanItem], settings: PlanSettings) -> Schedule:
    """Place ``items`` in order on the study days of ``settings``.

    Raises :class:`PlanInputError` with a user-facing message for invalid input;
    returns a schedule with ``diagnosis`` set when it does not fit before the
    exam date.
    """
    items = tuple(items)
    s = settings
    cal = _validate(items, s)
    demand = [hours_to_granules(item.hours) for item in items]
    total = sum(demand)
    exam_ordinal = s.exam_date.toordinal() if s.exam_date is not None else None
    if exam_ordinal is not None and _capacity_before(cal, exam_ordinal, cal.share) == 0:
        has_study_day = any(
            (s.start + timedelta(days=i)).weekday() in cal.study_days
            for i in range(min(7, exam_ordinal - cal.start))
        )
        if has_study_day:
            raise PlanInputError(
                Message("error.days_off_all", {"start": s.start, "exam": s.exam_date}), "days_off"
            )

    # With an exam date, the preparation block ends at the exam: it starts on the latest
    # day from which it still fits, so coursework comes first and any slack lies between
    # the two, not in months of nothing before the exam.
    prep_from = _prep_suffix(items)
    hold_until = (
        _latest_start(cal, exam_ordinal, sum(demand[prep_from:]))
        if exam_ordinal is not None and prep_from is not None and prep_from > 0
        else None
    )

    # An unsplittable item longer than any day can be fits nowhere: it is placed in
    # pieces like any other item, and the diagnosis names the setting that would help.
    most = max_day_granules(s)
    whole = [item.unsplit and g <= most for item, g in zip(items, demand, strict=True)]
    too_long = next((i for i, it in enumerate(items) if it.unsplit and not whole[i]), None)
    placement = _place(cal, demand, whole, most, prep_from, hold_until)
    # A sitting that waits for a long enough day can push the preparation past the exam
    # although an earlier start would fit: start the block a week earlier, then earlier
    # still, down to no hold at all (which is the earliest finish there is).
    while (
        hold_until is not None
        and exam_ordinal is not None
        and any(whole)
        and placement.days[-1][0] >= exam_ordinal
    ):
        hold_until = hold_until - 7 if hold_until - 7 > cal.start else None
        placement = _place(cal, demand, whole, most, prep_from, hold_until)
    first, finish, days_with_work = placement.first, placement.finish, placement.days

    last_ordinal = days_with_work[-1][0]
    last_day = date.fromordinal(last_ordinal)

    diagnosis: Diagnosis | None = None
    if s.exam_date is not None:
        exam_date: date | None = s.exam_date
        if last_ordinal >= s.exam_date.toordinal():
            diagnosis = _diagnose(cal, s, s.exam_date, total, last_day)
    elif s.prep_weeks is not None:
        exam_date = week_start_of(last_day, s.week_start) + timedelta(days=7)
    else:
        exam_date = None

    # Sessions.
    sessions: list[Session] = []
    starts = {day.toordinal(): start for day, start in s.day_starts}
    for o, placed in days_with_work:
        granules = sum(g for _, g in placed)
        begin = starts.get(o, s.session_start)
        sessions.append(
            Session(
                day=date.fromordinal(o),
                start=begin,
                end=_time_after(begin, granules),
                allocations=tuple(
                    Allocation(items[i].key, granules_to_hours(g)) for i, g in placed
                ),
            )
        )

    if too_long is not None:
        diagnosis = _diagnose_sitting(s, items[too_long], demand[too_long])

    milestones = _milestones(items, first, finish, exam_date, s)
    weeks = _weeks(
        cal, s, days_with_work, items, milestones, last_day, exam_date, diagnosis, placement.extra
    )
    warnings = _warnings(items, first, finish, exam_date, s, diagnosis is None)
    return Schedule(
        items=items,
        settings=s,
        weeks=weeks,
        sessions=tuple(sessions),
        exam_date=exam_date,
        end_date=last_day,
        warnings=warnings,
        diagnosis=diagnosis,
        milestones=milestones,
    )


def _milestones(
    items: tuple[PlanItem, ...],
    first: list[int],
    finish: list[int],
    exam_date: date | None,
    s: PlanSettings,
) -> tuple[Milestone, ...]:
    group_last: dict[str, int] = {}
    for i, item in enumerate(items):
        group_last[item.group] = i
    found: list[Milestone] = []
    prep_started = False
    for i, item in enumerate(items):
        if item.kind in PREP_KINDS and not prep_started:
            prep_started = True
            found.append(
                Milestone(
                    key="prep-start",
                    day=date.fromordinal(first[i]),
                    kind=MilestoneKind.PREP_START,
                    title=f"{item.group_title} starts",
                    text=Message("milestone.starts", {"group": item.said_group}),
                )
            )
        day = date.fromordinal(finish[i])
        if item.kind is ItemKind.PROJECT:
            found.append(
                Milestone(
                    key=f"milestone:{item.key}",
                    day=day,
                    kind=MilestoneKind.PROJECT_MILESTONE,
                    title=f"{item.group_title}: {item.title}",
                )
            )
        if group_last[item.group] == i:
            if item.kind is ItemKind.MODULE:
                found.append(
                    Milestone(
                        key=f"done:course:{item.group}",
                        day=day,
                        kind=MilestoneKind.COURSE_DONE,
                        title=f"{item.group_title} done",
                        text=Message("milestone.done", {"group": item.said_group}),
                    )
                )
            elif item.kind is ItemKind.PROJECT:
                found.append(
                    Milestone(
                        key=f"done:project:{item.group}",
                        day=day,
                        kind=MilestoneKind.PROJECT_DONE,
                        title=f"{item.group_title} done",
                        text=Message("milestone.done", {"group": item.said_group}),
                    )
                )
    if exam_date is not None:
        name: Message | str = s.exam_name or Message("milestone.the_certification")
        text = Message("milestone.exam", {"exam": name})
        found.append(
            Milestone(
                key="exam", day=exam_date, kind=MilestoneKind.EXAM, title=text.english(), text=text
            )
        )
    # Stable order: by day, then by position in the plan (already the list order).
    return tuple(sorted(found, key=lambda m: m.day))


def _weeks(
    cal: _Calendar,
    s: PlanSettings,
    days_with_work: list[tuple[int, list[tuple[int, int]]]],
    items: tuple[PlanItem, ...],
    milestones: tuple[Milestone, ...],
    last_day: date,
    exam_date: date | None,
    diagnosis: Diagnosis | None,
    extra: dict[int, int],
) -> tuple[Week, ...]:
    first_week = week_start_of(s.start, s.week_start).toordinal()
    last = last_day if exam_date is None else max(last_day, exam_date)
    end = week_start_of(last, s.week_start).toordinal() + 7  # exclusive
    count = (end - first_week) // 7
    # Days on or after the exam hold work only in an infeasible plan's overflow.
    cutoff = end if exam_date is None or diagnosis is not None else exam_date.toordinal()
    capacity = [0] * count
    for o, cap in cal.capacities(first_week):
        if o >= end or o >= cutoff:
            break
        capacity[(o - first_week) // 7] += cap + extra.get(o, 0)
    allocated: list[dict[int, int]] = [{} for _ in range(count)]
    for o, placed in days_with_work:
        bucket = allocated[(o - first_week) // 7]
        for i, g in placed:
            bucket[i] = bucket.get(i, 0) + g
    by_week: list[list[Milestone]] = [[] for _ in range(count)]
    for m in milestones:
        w = (m.day.toordinal() - first_week) // 7
        if 0 <= w < count:
            by_week[w].append(m)
    return tuple(
        Week(
            start=date.fromordinal(first_week + 7 * w),
            capacity=granules_to_hours(capacity[w]),
            allocations=tuple(
                Allocation(items[i].key, granules_to_hours(g)) for i, g in allocated[w].items()
            ),
            milestones=tuple(by_week[w]),
        )
        for w in range(count)
    )


def _warnings(
    items: tuple[PlanItem, ...],
    first: list[int],
    finish: list[int],
    exam_date: date | None,
    s: PlanSettings,
    fits: bool,
) -> tuple[PlanWarning, ...]:
    found: list[PlanWarning] = []
    name = s.exam_name or "the exam"
    if exam_date is not None and s.exam_retired_on is not None and exam_date > s.exam_retired_on:
        found.append(
            PlanWarning(
                WarningCode.EXAM_RETIRED,
                f"the exam is planned for {exam_date}, after {name} retires on {s.exam_retired_on}",
                Message(
                    "warn.exam_retired",
                    {
                        "date": exam_date,
                        "exam": s.exam_name or Message("word.the_exam"),
                        "retired": s.exam_retired_on,
                    },
                ),
            )
        )
    prep_at = next((i for i, it in enumerate(items) if it.kind in PREP_KINDS), None)
    prep_first = first[prep_at] if prep_at is not None else None
    if exam_date is not None and prep_first is not None and fits:
        weeks = (exam_date.toordinal() - prep_first) // 7
        if weeks < SHORT_PREP_WEEKS:
            found.append(
                PlanWarning(
                    WarningCode.SHORT_PREP,
                    f"exam preparation spans {weeks} full week(s); 8 to 12 weeks are recommended",
                    Message("warn.short_prep", count=weeks),
                )
            )
        elif weeks > LONG_PREP_WEEKS:
            fix = (
                "more hours per week would shorten it"
                if s.exam_date is not None
                else "consider fewer preparation weeks"
            )
            found.append(
                PlanWarning(
                    WarningCode.LONG_PREP,
                    f"exam preparation spans {weeks} weeks; more than 12 weeks tends to lose "
                    f"momentum — {fix}",
                    Message(
                        "warn.long_prep_hours" if s.exam_date is not None else "warn.long_prep",
                        {"weeks": weeks},
                    ),
                )
            )
        if prep_at:
            gap = (prep_first - finish[prep_at - 1] - 1) // 7
            if gap >= IDLE_WEEKS:
                found.append(
                    PlanWarning(
                        WarningCode.OTHER,
                        f"{gap} weeks stay free between your coursework and the exam "
                        "preparation; an earlier exam date would use them",
                        Message("warn.idle_weeks", {"weeks": gap}),
                    )
                )
    estimated = sum(1 for it in items if it.hours_is_estimate)
    if estimated:
        found.append(
            PlanWarning(
                WarningCode.ESTIMATES,
                f"{estimated} of {len(items)} items have estimated hours; log your hours so "
                "the forecast learns your pace",
                Message("warn.estimates", {"estimated": estimated, "items": len(items)}),
            )
        )
    return tuple(found)
