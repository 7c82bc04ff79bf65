"""The study timer: Start on a module, Stop logs the time studied.

A running timer is a row of the plans file's ``settings`` table (key ``timer``:
the plan, the item and when it started), so it survives closing the app, a crash
or another computer reading the same file; the app shows it in the status bar.
Stop logs the time as one ``LogHours`` operation (undoable like any log), rounded
to the nearest quarter hour and at least 15 minutes, on the day the timer stopped
in the plan's time zone. Only one timer runs at a time: starting another stops
nothing silently — it is refused with the name of the one running.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from planner.core.plan import GRANULES_PER_HOUR
from planner.messages import Message
from planner.services.plans import MAX_LOG_HOURS, PlanService, ServiceError
from planner.storage.models import SettingRow

TIMER_KEY = "timer"


@dataclass(frozen=True)
class RunningTimer:
    plan_id: int
    item_key: str
    title: str
    started: datetime  # aware, UTC

    @property
    def shown_title(self) -> str:
        """The item's title in the chosen language (``title`` stays as stored)."""
        from planner.core.titles import key_title

        return str(key_title(self.item_key, self.title))

    def elapsed_hours(self, now: datetime) -> float:
        return max((now - self.started).total_seconds() / 3600, 0.0)


def logged_hours(elapsed: float) -> float:
    """Elapsed hours as the hours to log: nearest quarter hour, at least one, at most a day."""
    quarters = max(round(elapsed * GRANULES_PER_HOUR), 1)
    return min(quarters / GRANULES_PER_HOUR, MAX_LOG_HOURS)


def running_timer(svc: PlanService) -> RunningTimer | None:
    """The timer that runs, or None (also when the plan or item it names is gone)."""
    with svc.db.transaction() as s:
        row = s.get(SettingRow, TIMER_KEY)
        if row is None:
            return None
        try:
            data = json.loads(row.value)
            timer = RunningTimer(
                int(data["plan"]),
                str(data["key"]),
                str(data.get("title", data["key"])),
                datetime.fromisoformat(str(data["started"])),
            )
        except (ValueError, KeyError, TypeError):
            return None
    try:
        snap = svc.load(timer.plan_id)
        snap.item(timer.item_key)
    except ServiceError:
        return None
    # A deleted plan's number may be given to a new plan: the calendar identity tells them apart.
    if data.get("uid") != snap.uid:
        return None
    return timer


def start_timer(svc: PlanService, plan_id: int, item_key: str) -> RunningTimer:
    running = running_timer(svc)
    if running is not None:
        raise ServiceError(Message("error.timer_running", {"title": running.title}))
    snap = svc.load(plan_id)
    item = snap.item(item_key)
    timer = RunningTimer(plan_id, item_key, item.title, svc.clock.now())
    value = json.dumps(
        {
            "plan": plan_id,
            "uid": snap.uid,
            "key": item_key,
            "title": item.title,
            "started": timer.started.isoformat(),
        }
    )
    with svc.db.transaction() as s:
        row = s.get(SettingRow, TIMER_KEY)
        if row is None:
            s.add(SettingRow(key=TIMER_KEY, value=value))
        else:
            row.value = value
    return timer


def cancel_timer(svc: PlanService) -> None:
    """Stop the timer without logging anything."""
    with svc.db.transaction() as s:
        row = s.get(SettingRow, TIMER_KEY)
        if row is not None:
            s.delete(row)


def stop_timer(svc: PlanService) -> tuple[RunningTimer, float]:
    """Stop the timer and log the time (one undoable LogHours); returns it and the hours."""
    from planner.services.operations import LogHours

    timer = running_timer(svc)
    if timer is None:
        cancel_timer(svc)
        raise ServiceError(Message("error.timer_none"))
    hours = logged_hours(timer.elapsed_hours(svc.clock.now()))
    svc.run(LogHours(timer.plan_id, timer.item_key, hours))
    cancel_timer(svc)
    return timer, hours


def next_item(svc: PlanService, plan_id: int) -> str:
    """The item to time when the user says "the next one": the first one not done in
    today's session or the next session after today, else the first one not done."""
    from planner.services.clock import today_in

    snap = svc.load(plan_id)
    done = snap.ledger.done
    today = today_in(svc.clock, snap.settings.timezone)
    for session in sorted(snap.baseline.sessions, key=lambda s: (s.day, s.start)):
        if session.day < today:
            continue
        for a in session.allocations:
            if a.item_key not in done:
                return a.item_key
    for item in snap.items:
        if item.key not in done:
            return item.key
    raise ServiceError(Message("error.timer_all_done"))
