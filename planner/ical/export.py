"""Turning a :class:`~planner.core.plan.Schedule` into an .ics calendar.

Pure: the export time, the plan's stored id and what was exported last time are
parameters, and the result carries the records to store for next time.

- Study sessions are timed events in the plan's time zone, with a VTIMEZONE from
  :mod:`planner.ical.vtimezone`; milestones and the exam are all-day events with
  an exclusive DTEND. Every event has a DTEND; no time is ever floating.
- A start or end that falls in the repeated hour when clocks go back is written in
  UTC (``...Z``): readers disagree on which pass a local time there means
  (Thunderbird, Evolution and khal take the second, RFC 5545 the first), but all
  read UTC alike. We mean the first pass. Other times keep their TZID.
- Zones come from :mod:`planner.ical.zones` (the newer of the system database and
  the ``tzdata`` package); the calendar names the release used in
  ``X-STUDY-PLANNER-ZONE-RULES``.
- UIDs come from stored keys and use only letters, digits, ``-``, ``.`` and ``@``
  (CalDAV servers and file systems refuse others):
  ``<plan_uid>-s-<date>@study-planner`` for the session on a date (there is at
  most one a day) and ``<plan_uid>-m-<key>@study-planner`` for milestones and the
  exam, where a key with other characters becomes a readable safe form plus a
  short hash of the key (see :func:`safe_part`). Records of earlier exports with
  UIDs of the old form (``:`` and ``%2F`` in milestone keys) are recognised: such an
  event is cancelled under its old UID once and sent under the new one.
- Sequences follow the content: an event whose content hash equals the previous
  export's keeps its SEQUENCE; a changed one gets the previous SEQUENCE + 1; one
  that was exported before and no longer exists in the plan is written as
  STATUS:CANCELLED with SEQUENCE + 1 once, and kept cancelled, without further
  bumps, in later exports. An event left out by ``include`` is not a deletion:
  it is neither written nor cancelled, and its record is kept for next time.
- Titles (the items' shown titles), descriptions and reminders are written in the
  language the front end chose (:mod:`planner.messages`); English is what it always
  was. A change of language changes an event's content, so the next export updates
  it under the same UID with SEQUENCE + 1.
- The same schedule, records, options and language give the same bytes apart from
  DTSTAMP.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from planner import __version__
from planner.core.plan import Milestone, MilestoneKind, PlanItem, Schedule, Session
from planner.errors import PlannerError
from planner.ical.vtimezone import UTC_ZONE_NAMES, build_vtimezone
from planner.ical.zones import UnknownTimezoneError, load_zone, zone_rules
from planner.messages import Message, reason_of

if TYPE_CHECKING:
    from icalendar import Calendar, Event, Timezone

SESSIONS = "sessions"
MILESTONES = "milestones"
EXAM = "exam"
ALL_PARTS = frozenset({SESSIONS, MILESTONES, EXAM})

PRODID = f"-//Study Planner//Study Planner {__version__}//EN"
UID_DOMAIN = "study-planner"
ZONE_RULES_PROPERTY = "X-STUDY-PLANNER-ZONE-RULES"
# Characters a UID may hold: CalDAV servers (Radicale refuses ":") and file systems
# (Windows refuses ":") name resources after UIDs.
UID_CHARACTERS = frozenset(string.ascii_letters + string.digits + "-.@")
_PART_CHARACTERS = frozenset(string.ascii_letters + string.digits + "-.")
# Exam reminders, relative to the start of the exam day (00:00): 09:00 a week before
# and 09:00 the day before.
# The reminders' texts are messages ("ics.in_one_week", "ics.tomorrow") with the title.
EXAM_REMINDERS = (
    (timedelta(days=-6, hours=-15), "ics.in_one_week"),
    (timedelta(hours=-15), "ics.tomorrow"),
)


class CalendarExportError(PlannerError, ValueError):
    """The export cannot be built from these inputs; the message says why."""


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """What was exported for one UID: store it and pass it back as ``previous``.

    ``start``/``end`` are dates for all-day events and aware datetimes for timed
    ones; with ``summary`` they let a later export write the event as cancelled.
    """

    uid: str
    sequence: int
    content_hash: str
    cancelled: bool
    summary: str
    start: date | datetime
    end: date | datetime
    # "event", or "task" for a module's VTODO on a server (planner.ical.tasks), whose
    # ``done`` says whether it was sent completed.
    kind: str = "event"
    done: bool = False

    def to_dict(self) -> dict[str, str | int | bool]:
        """A JSON-friendly form; :meth:`from_dict` reads it back."""
        data: dict[str, str | int | bool] = {
            "uid": self.uid,
            "sequence": self.sequence,
            "content_hash": self.content_hash,
            "cancelled": self.cancelled,
            "summary": self.summary,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }
        if self.kind != "event":
            data["kind"] = self.kind
            data["done"] = self.done
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ExportRecord:
        def moment(text: object) -> date | datetime:
            value = str(text)
            if "T" in value:
                parsed = datetime.fromisoformat(value)
                if parsed.tzinfo is None:
                    raise ValueError(f"export record time without a UTC offset: {value}")
                return parsed
            return date.fromisoformat(value)

        sequence = data["sequence"]
        if not isinstance(sequence, int):
            raise ValueError(f"export record sequence is not a number: {sequence!r}")
        return cls(
            uid=str(data["uid"]),
            sequence=sequence,
            content_hash=str(data["content_hash"]),
            cancelled=bool(data["cancelled"]),
            summary=str(data["summary"]),
            start=moment(data["start"]),
            end=moment(data["end"]),
            kind=str(data.get("kind", "event")),
            done=bool(data.get("done", False)),
        )


@dataclass(frozen=True, slots=True)
class ExportStats:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    cancelled: int = 0  # newly cancelled in this export
    still_cancelled: int = 0  # cancelled before, written again as cancelled


@dataclass(frozen=True, slots=True)
class ExportResult:
    ics: bytes
    records: dict[str, ExportRecord]  # what was written, by UID: store these
    stats: ExportStats = field(default_factory=ExportStats)
    zone_rules: str = ""  # e.g. "IANA 2026f (the tzdata package)"
    # Each written event as a calendar of its own (VTIMEZONE + VEVENT, no METHOD), by
    # UID, as a CalDAV server stores it.
    resources: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Spec:
    """One event's content, before SEQUENCE and DTSTAMP are known."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime
    description: str = ""
    url: str = ""
    transparent: bool = False
    cancelled: bool = False
    alarms: tuple[tuple[timedelta, str], ...] = ()

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    def content_hash(self) -> str:
        parts = [
            self.summary,
            _moment_key(self.start),
            _moment_key(self.end),
            self.description,
            self.url,
            "transparent" if self.transparent else "opaque",
            "cancelled" if self.cancelled else "confirmed",
            *(f"{trigger.total_seconds()}|{text}" for trigger, text in self.alarms),
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def sort_key(self) -> tuple[date, bool, str, str]:
        day = self.start.date() if isinstance(self.start, datetime) else self.start
        return day, not self.all_day, _moment_key(self.start), self.uid


def _moment_key(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return f"{value.replace(tzinfo=None).isoformat()} {getattr(value.tzinfo, 'key', '')}"
    return value.isoformat()


def safe_part(text: str) -> str:
    """``text`` for a UID: as is if it holds only letters, digits, ``-`` and ``.``;
    otherwise every other character becomes ``-`` and a short hash of the original
    follows, so two keys never share a UID ("done:course:x" -> "done-course-x.1b2c3d4e").
    """
    if text and all(c in _PART_CHARACTERS for c in text):
        return text
    readable = "".join(c if c in _PART_CHARACTERS else "-" for c in text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{readable}.{digest}"


def session_uid(plan_uid: str, day: date) -> str:
    return f"{safe_part(plan_uid)}-s-{day.isoformat()}@{UID_DOMAIN}"


def milestone_uid(plan_uid: str, key: str) -> str:
    return f"{safe_part(plan_uid)}-m-{safe_part(key)}@{UID_DOMAIN}"


def legacy_milestone_uid(plan_uid: str, key: str) -> str:
    """The UID that exports before safe UIDs wrote for a milestone."""
    return f"{plan_uid}-m-{quote(key, safe='-._~:')}@{UID_DOMAIN}"


def current_uid(uid: str, plan_uid: str) -> str:
    """The UID an event of ``plan_uid`` has now, given the one an earlier export wrote.

    A UID of the old form (a character outside :data:`UID_CHARACTERS`) maps to the new
    form of the same session or milestone; any other UID is returned unchanged.
    """
    if all(c in UID_CHARACTERS for c in uid):
        return uid
    match = re.fullmatch(
        rf"{re.escape(plan_uid)}-(s|m)-(.+)@{re.escape(UID_DOMAIN)}", uid, flags=re.DOTALL
    )
    if match is None:
        return uid
    kind, rest = match.groups()
    if kind == "s":
        try:
            return session_uid(plan_uid, date.fromisoformat(rest))
        except ValueError:
            return uid
    return milestone_uid(plan_uid, unquote(rest))


def agreed_moment(moment: datetime) -> datetime:
    """``moment`` in UTC if its wall time is in a repeated hour, else unchanged.

    In the hour that repeats when clocks go back a local time names two instants;
    readers pick different ones, so such a time is written in UTC, the instant of
    ``moment`` itself (``fold=0`` is the first pass).
    """
    other = moment.replace(fold=1 - moment.fold)
    if other.utcoffset() != moment.utcoffset():
        return moment.astimezone(UTC)
    return moment


def format_hours(hours: float) -> str:
    """1.5 -> "1.5 h", 3.0 -> "3 h", 0.25 -> "0.25 h" (in English; "1,5 h" in German)."""
    return str(Message("ics.hours", {"hours": float(round(hours, 2))}))


def _local(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """``day`` at ``wall`` in ``zone``; a time inside a DST gap moves to the real time after it."""
    moment = datetime.combine(day, wall, tzinfo=zone)
    real = moment.astimezone(UTC).astimezone(zone)
    return real if real.replace(tzinfo=None) != moment.replace(tzinfo=None) else moment


def _item_label(key: str, items: Mapping[str, PlanItem]) -> str:
    item = items.get(key)
    if item is None:
        return key
    if item.group_title and item.group_title != item.title:
        return f"{item.shown_group} — {item.shown_title}"
    return item.shown_title


def _session_spec(
    session: Session,
    *,
    plan_uid: str,
    plan_name: str,
    zone: ZoneInfo,
    items: Mapping[str, PlanItem],
    done_items: frozenset[str],
) -> _Spec:
    hours_by_key: dict[str, float] = {}
    for allocation in session.allocations:
        hours_by_key[allocation.item_key] = (
            hours_by_key.get(allocation.item_key, 0.0) + allocation.hours
        )
    keys = list(hours_by_key)
    all_done = bool(keys) and all(k in done_items for k in keys)

    summary = _item_label(keys[0], items) if keys else str(Message("ics.study_session"))
    if len(keys) > 1:
        summary = str(Message("ics.more", {"first": summary, "n": len(keys) - 1}))
    summary += f" · {format_hours(session.hours)}"
    if all_done:
        summary = "✓ " + summary

    lines: list[str] = []
    if all_done:
        lines += [str(Message("ics.all_done")), ""]
    for key in keys:
        label, hours = _item_label(key, items), format_hours(hours_by_key[key])
        if key in done_items:
            args = {"mark": "✓", "label": label, "hours": hours}
            lines.append(str(Message("ics.line_done", args)))
        else:
            lines.append(f"• {label} · {hours}")
    urls = list(dict.fromkeys(items[k].url for k in keys if k in items and items[k].url))
    if urls:
        lines.append("")
        lines += [str(Message("ics.course_page", {"url": url})) for url in urls]
    lines += ["", str(Message("ics.plan", {"name": plan_name}))]

    planned = datetime.combine(session.day, session.start)
    end_day = session.day if session.end > session.start else session.day + timedelta(days=1)
    length = datetime.combine(end_day, session.end) - planned
    start = _local(session.day, session.start, zone)
    if start.replace(tzinfo=None) != planned:  # moved out of a DST gap: keep the length
        end = _local((start + length).date(), (start + length).time(), zone)
    else:
        end = _local(end_day, session.end, zone)
    return _Spec(
        uid=session_uid(plan_uid, session.day),
        summary=summary,
        start=agreed_moment(start),
        end=agreed_moment(end),
        description="\n".join(lines),
        url=urls[0] if urls else "",
    )


def _milestone_spec(milestone: Milestone, *, plan_uid: str, plan_name: str, alarms: bool) -> _Spec:
    is_exam = milestone.kind == MilestoneKind.EXAM
    reminders: tuple[tuple[timedelta, str], ...] = ()
    if is_exam and alarms:
        reminders = tuple(
            (trigger, str(Message(when, {"title": milestone.shown_title})))
            for trigger, when in EXAM_REMINDERS
        )
    description = Message("ics.exam") if is_exam else Message("ics.milestone")
    plan = Message("ics.plan", {"name": plan_name})
    return _Spec(
        uid=milestone_uid(plan_uid, milestone.key),
        summary=milestone.shown_title,
        start=milestone.day,
        end=milestone.day + timedelta(days=1),  # all-day DTEND is exclusive
        description=f"{description}\n\n{plan}",
        transparent=not is_exam,  # a milestone does not make the day busy; the exam does
        alarms=reminders,
    )


def _milestones(schedule: Schedule) -> list[Milestone]:
    # One event per key: plans re-planned by early versions may hold a milestone twice
    # (the old date and the new); the later entry is the re-plan's.
    milestones = list({m.key: m for m in schedule.milestones}.values())
    if schedule.exam_date is not None and not any(m.kind == MilestoneKind.EXAM for m in milestones):
        name = schedule.settings.exam_name
        text = Message("milestone.exam", {"exam": name}) if name else Message("milestone.exam_only")
        milestones.append(
            Milestone("exam", schedule.exam_date, MilestoneKind.EXAM, text.english(), text)
        )
    return milestones


def _cancelled_spec(record: ExportRecord, zone: ZoneInfo) -> _Spec:
    start, end = record.start, record.end
    if isinstance(start, datetime):
        start = agreed_moment(start.astimezone(zone))
    if isinstance(end, datetime):
        end = agreed_moment(end.astimezone(zone))
    return _Spec(
        uid=record.uid,
        summary=record.summary,
        start=start,
        end=end,
        description=str(Message("ics.removed")),
        transparent=True,
        cancelled=True,
    )


def _event(spec: _Spec, sequence: int, dtstamp: datetime) -> Event:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", spec.uid)
    event.add("dtstamp", dtstamp)
    event.add("sequence", sequence)
    event.add("dtstart", spec.start)
    event.add("dtend", spec.end)
    event.add("summary", spec.summary)
    if spec.description:
        event.add("description", spec.description)
    if spec.url:
        event.add("url", spec.url)
    event.add("status", "CANCELLED" if spec.cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if spec.transparent else "OPAQUE")
    for trigger, text in spec.alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", text)
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event


@dataclass(frozen=True, slots=True)
class _Planned:
    spec: _Spec
    sequence: int
    digest: str
    outcome: str


def build_calendar(
    schedule: Schedule,
    *,
    plan_uid: str,
    plan_name: str,
    dtstamp: datetime,
    include: Iterable[str] = ALL_PARTS,
    alarms: bool = True,
    done_items: frozenset[str] = frozenset(),
    previous: Mapping[str, ExportRecord] | None = None,
    per_event: bool = False,
) -> ExportResult:
    """The .ics for ``schedule`` and the records to store for the next export.

    ``plan_uid`` is the plan's stored, never-reused id (letters, digits, ``-``, ``_``,
    ``.``); ``dtstamp`` the export time (aware); ``include`` a subset of
    :data:`ALL_PARTS`; ``done_items`` the keys of items ticked off; ``previous`` the
    records of what this target (this file, this server calendar) received before;
    ``per_event`` also makes :attr:`ExportResult.resources` (for a CalDAV server).
    """
    from icalendar import Calendar

    include = frozenset(include)
    if unknown := include - ALL_PARTS:
        raise CalendarExportError(
            Message(
                "error.export_parts",
                {"parts": ", ".join(sorted(unknown)), "choices": ", ".join(sorted(ALL_PARTS))},
            )
        )
    if not plan_uid or not all(c.isalnum() or c in "-_." for c in plan_uid):
        raise CalendarExportError(f"Invalid plan id for calendar UIDs: {plan_uid!r}")
    if dtstamp.tzinfo is None or dtstamp.utcoffset() is None:
        raise CalendarExportError("The export time must carry a time zone")
    try:
        zone = load_zone(schedule.settings.timezone)
    except UnknownTimezoneError as exc:
        raise CalendarExportError(Message("error.export_zone", {"reason": reason_of(exc)})) from exc
    previous = previous or {}
    items = {item.key: item for item in schedule.items}

    # Every event the plan has now, selected or not: only what is in none of them
    # is gone from the plan and may be cancelled.
    everything: list[tuple[str, _Spec]] = [
        (
            SESSIONS,
            _session_spec(
                s,
                plan_uid=plan_uid,
                plan_name=plan_name,
                zone=zone,
                items=items,
                done_items=done_items,
            ),
        )
        for s in schedule.sessions
        if s.allocations
    ]
    for milestone in _milestones(schedule):
        part = EXAM if milestone.kind == MilestoneKind.EXAM else MILESTONES
        everything.append(
            (
                part,
                _milestone_spec(milestone, plan_uid=plan_uid, plan_name=plan_name, alarms=alarms),
            )
        )
    existing = {spec.uid for _, spec in everything}
    if len(existing) != len(everything):
        raise CalendarExportError("Two events of the plan share one calendar UID")
    specs = [spec for part, spec in everything if part in include]
    chosen = {spec.uid for spec in specs}

    counts = {"new": 0, "changed": 0, "unchanged": 0, "cancelled": 0, "still_cancelled": 0}
    planned: list[_Planned] = []
    for spec in specs:
        digest = spec.content_hash()
        before = previous.get(spec.uid)
        if before is None:
            sequence, outcome = 0, "new"
        elif before.content_hash == digest and not before.cancelled:
            sequence, outcome = before.sequence, "unchanged"
        else:
            sequence, outcome = before.sequence + 1, "changed"
        counts[outcome] += 1
        planned.append(_Planned(spec, sequence, digest, outcome))
    for uid in sorted(set(previous) - chosen):
        now_uid = current_uid(uid, plan_uid)
        if now_uid in existing and (now_uid == uid or now_uid not in chosen):
            continue  # still in the plan, just not part of this export: keep it as it is
        before = previous[uid]
        spec = _cancelled_spec(before, zone)
        if before.cancelled:
            sequence, outcome = before.sequence, "still_cancelled"
        else:
            sequence, outcome = before.sequence + 1, "cancelled"
        counts[outcome] += 1
        planned.append(_Planned(spec, sequence, spec.content_hash(), outcome))
    planned.sort(key=lambda entry: entry.spec.sort_key())

    timed = [
        moment.astimezone(UTC)
        for entry in planned
        for moment in (entry.spec.start, entry.spec.end)
        if isinstance(moment, datetime)
    ]
    vtimezone: Timezone | None = None
    if timed and zone.key not in UTC_ZONE_NAMES:
        vtimezone = build_vtimezone(zone.key, min(timed), max(timed))
    rules = zone_rules().describe()

    def new_calendar(publish: bool) -> Calendar:
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        if publish:  # a CalDAV resource must not carry METHOD (RFC 4791 4.1)
            calendar.add("method", "PUBLISH")
            calendar.add("name", plan_name)
            calendar.add("x-wr-calname", plan_name)
        calendar.add(ZONE_RULES_PROPERTY, rules)
        return calendar

    calendar = new_calendar(publish=True)
    if vtimezone is not None:
        calendar.add_component(vtimezone)

    stamp = dtstamp.astimezone(UTC)
    records: dict[str, ExportRecord] = {}
    resources: dict[str, bytes] = {}
    for entry in planned:
        spec = entry.spec
        event = _event(spec, entry.sequence, stamp)
        calendar.add_component(event)
        if per_event:
            single = new_calendar(publish=False)
            if vtimezone is not None and isinstance(spec.start, datetime):
                single.add_component(vtimezone)
            single.add_component(event)
            resources[spec.uid] = single.to_ical()
        records[spec.uid] = ExportRecord(
            uid=spec.uid,
            sequence=entry.sequence,
            content_hash=entry.digest,
            cancelled=spec.cancelled,
            summary=spec.summary,
            start=spec.start,
            end=spec.end,
        )
    return ExportResult(
        ics=calendar.to_ical(),
        records=records,
        stats=ExportStats(**counts),
        zone_rules=rules,
        resources=resources,
    )
