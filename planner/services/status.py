"""Where a plan stands today: hours done and left, per-course progress, pace, forecast."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from planner.core.ledger import Ledger
from planner.core.progress import Forecast, Progress, forecast
from planner.core.scheduler import format_hours
from planner.messages import Message
from planner.services.plans import PlanSnapshot

ON_TRACK_MARGIN_HOURS = 0.5


@dataclass(frozen=True)
class GroupProgress:
    key: str
    title: str
    items_done: int
    items: int
    hours_done: float
    hours: float
    hours_logged: float = 0.0  # hours the learner logged on the group's items
    said: Message | str = field(default="", compare=False)  # ``title`` as a message

    @property
    def shown_title(self) -> str:
        """The group's title in the chosen language (``title`` stays English)."""
        return str(self.said or self.title)

    @property
    def fraction(self) -> float:
        return self.hours_done / self.hours if self.hours else 1.0


@dataclass(frozen=True)
class PlanStatus:
    plan_id: int
    name: str
    today: date
    hours_total: float
    hours_done: float  # estimates of done items
    hours_logged: float
    groups: tuple[GroupProgress, ...]
    forecast: Forecast
    exam_date: date | None
    exam_name: str

    @property
    def hours_remaining(self) -> float:
        return self.hours_total - self.hours_done

    @property
    def days_to_exam(self) -> int | None:
        return None if self.exam_date is None else (self.exam_date - self.today).days

    @property
    def state_message(self) -> Message:
        """On track, ahead or behind by some hours, or all done: as a translatable message."""
        if self.hours_remaining <= 0:
            return Message("status.all_done")
        ahead = self.forecast.ahead_hours
        if abs(ahead) < ON_TRACK_MARGIN_HOURS:
            return Message("status.on_track")
        hours = {"hours": float(format_hours(abs(ahead)))}
        return Message("status.ahead" if ahead > 0 else "status.behind", hours)

    @property
    def state(self) -> str:
        """ "on track", "ahead by 2.5 h", "behind by 3.5 h", or "all done" (English)."""
        return self.state_message.english()


def to_progress(ledger: Ledger) -> Progress:
    return Progress(done=ledger.done, logged=ledger.logged, done_on=ledger.done_on)


def plan_status(snapshot: PlanSnapshot, today: date) -> PlanStatus:
    """Status of a stored plan on ``today``."""
    progress = to_progress(snapshot.ledger)
    groups: dict[str, list[tuple[str, bool, float]]] = {}
    titles: dict[str, str] = {}
    said: dict[str, Message | str] = {}
    for item in snapshot.items:
        groups.setdefault(item.group, []).append((item.key, item.key in progress.done, item.hours))
        titles[item.group] = item.group_title
        said[item.group] = item.said_group
    logged = snapshot.ledger.logged_by_item()
    group_of = {item.key: item.group for item in snapshot.items}
    logged_by_group: dict[str, float] = {}
    for key, hours in logged.items():
        if key in group_of:
            logged_by_group[group_of[key]] = logged_by_group.get(group_of[key], 0.0) + hours
    group_rows = tuple(
        GroupProgress(
            key=group,
            title=titles[group],
            items_done=sum(1 for _, done, _ in rows if done),
            items=len(rows),
            hours_done=sum(h for _, done, h in rows if done),
            hours=sum(h for _, _, h in rows),
            hours_logged=logged_by_group.get(group, 0.0),
            said=said[group],
        )
        for group, rows in groups.items()
    )
    baseline = snapshot.baseline
    current = replace(baseline, items=snapshot.items)
    return PlanStatus(
        plan_id=snapshot.id,
        name=snapshot.name,
        today=today,
        hours_total=sum(i.hours for i in snapshot.items),
        hours_done=sum(i.hours for i in snapshot.items if i.key in progress.done),
        hours_logged=snapshot.ledger.hours_logged(),
        groups=group_rows,
        forecast=forecast(current, progress, today),
        exam_date=baseline.exam_date,
        exam_name=snapshot.settings.exam_name,
    )
