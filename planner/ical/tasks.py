"""A plan's modules as to-do items (VTODO), one CalDAV resource each.

Pure, like :mod:`planner.ical.export`: the time, the plan's id and what the server
received last time are parameters.

- One VTODO per plan item, UID ``<plan_uid>-t-<key>@study-planner`` (the key in the
  safe form of :func:`~planner.ical.export.safe_part`, so only letters, digits,
  ``-``, ``.`` and ``@``).
- SUMMARY "Course — Module" (the module's title alone when it has no course);
  DUE the day its last planned session falls on (an all-day date: a phone shows it
  on that day in any time zone); none when no session is left for it.
- STATUS NEEDS-ACTION, or COMPLETED with PERCENT-COMPLETE 100 and COMPLETED (the
  time of the sync that sent it done) when the module is ticked off. No time zone
  is involved: DUE is a date and COMPLETED is in UTC.
- SEQUENCE follows the content, as for events.

:func:`task_done` reads what another device made of a task: STATUS:COMPLETED,
PERCENT-COMPLETE:100 or a COMPLETED time all mean done.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from planner.core.plan import PlanItem, Schedule
from planner.ical.export import PRODID, UID_DOMAIN, ExportRecord, safe_part
from planner.messages import Message

TASK = "task"  # ExportRecord.kind of a task


def task_uid(plan_uid: str, item_key: str) -> str:
    return f"{safe_part(plan_uid)}-t-{safe_part(item_key)}@{UID_DOMAIN}"


def finish_days(schedule: Schedule) -> dict[str, date]:
    """The day each item's last planned session falls on."""
    last: dict[str, date] = {}
    for session in schedule.sessions:
        for allocation in session.allocations:
            last[allocation.item_key] = session.day
    return last


def task_title(item: PlanItem) -> str:
    if item.group_title and item.group_title != item.title:
        return f"{item.shown_group} — {item.shown_title}"
    return item.shown_title


@dataclass(frozen=True, slots=True)
class TaskSpec:
    """One module's task, before SEQUENCE and DTSTAMP are known."""

    uid: str
    item_key: str
    summary: str
    due: date | None
    done: bool
    description: str
    url: str

    def content_hash(self) -> str:
        parts = [
            "VTODO",
            self.summary,
            self.due.isoformat() if self.due else "",
            "done" if self.done else "open",
            self.description,
            self.url,
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def with_done(self, done: bool) -> TaskSpec:
        from dataclasses import replace

        return replace(self, done=done)


def task_specs(
    schedule: Schedule,
    items: tuple[PlanItem, ...],
    *,
    plan_uid: str,
    plan_name: str,
    done_items: frozenset[str],
) -> dict[str, TaskSpec]:
    """Every item's task, by UID, in plan order."""
    due = finish_days(schedule)
    specs: dict[str, TaskSpec] = {}
    for item in items:
        hours = float(round(item.hours, 2))
        lines = [str(Message("ics.task", {"title": item.shown_title, "hours": hours})), ""]
        if item.url:
            lines += [str(Message("ics.course_page", {"url": item.url})), ""]
        lines.append(str(Message("ics.task_plan", {"name": plan_name})))
        spec = TaskSpec(
            uid=task_uid(plan_uid, item.key),
            item_key=item.key,
            summary=task_title(item),
            due=due.get(item.key),
            done=item.key in done_items,
            description="\n".join(lines),
            url=item.url,
        )
        specs[spec.uid] = spec
    return specs


def task_record(spec: TaskSpec, sequence: int, at: datetime) -> ExportRecord:
    day = spec.due or at.astimezone(UTC).date()
    return ExportRecord(
        uid=spec.uid,
        sequence=sequence,
        content_hash=spec.content_hash(),
        cancelled=False,
        summary=spec.summary,
        start=day,
        end=day,
        kind=TASK,
        done=spec.done,
    )


def next_sequence(spec: TaskSpec, before: ExportRecord | None) -> int:
    if before is None:
        return 0
    return before.sequence if before.content_hash == spec.content_hash() else before.sequence + 1


def task_resource(spec: TaskSpec, sequence: int, dtstamp: datetime) -> bytes:
    """The task as a calendar resource of its own (no METHOD, as CalDAV stores it)."""
    from icalendar import Calendar, Todo

    stamp = dtstamp.astimezone(UTC)
    todo = Todo()
    todo.add("uid", spec.uid)
    todo.add("dtstamp", stamp)
    todo.add("sequence", sequence)
    todo.add("summary", spec.summary)
    if spec.due is not None:
        todo.add("due", spec.due)
    if spec.description:
        todo.add("description", spec.description)
    if spec.url:
        todo.add("url", spec.url)
    if spec.done:
        todo.add("status", "COMPLETED")
        todo.add("percent-complete", 100)
        todo.add("completed", stamp)
    else:
        todo.add("status", "NEEDS-ACTION")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(todo)
    return bytes(calendar.to_ical())


@dataclass(frozen=True, slots=True)
class RemoteTask:
    uid: str
    done: bool


def read_task(data: bytes) -> RemoteTask | None:
    """The UID and done state of the first VTODO in ``data``; None if there is none or
    it cannot be read (a server may hold anything)."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except Exception:  # not ours to judge
        return None
    for todo in calendar.walk("VTODO"):
        return RemoteTask(str(todo.get("UID", "")), task_done(todo))
    return None


def task_done(todo: Mapping[str, object]) -> bool:
    status = str(todo.get("STATUS", "")).strip().upper()
    if status == "COMPLETED":
        return True
    if status in ("NEEDS-ACTION", "IN-PROCESS", "CANCELLED"):
        # An explicit open status wins over a stale percentage or completion time.
        return False
    try:
        percent = int(str(todo.get("PERCENT-COMPLETE", "0")).strip() or 0)
    except ValueError:
        percent = 0
    return percent >= 100 or todo.get("COMPLETED") is not None
