"""Plan inputs and schedule outputs: the types every layer above the core speaks.

A plan is an ordered list of :class:`PlanItem` plus :class:`PlanSettings`; the
scheduler turns them into a :class:`Schedule` of weeks and dated study
sessions, or a :class:`Diagnosis` saying why it does not fit and what would.
Hours are floats in hours; the scheduler works internally in 15-minute granules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from planner.core import titles as _titles
from planner.core.messages import Message

GRANULE_MINUTES = 15
GRANULES_PER_HOUR = 60 // GRANULE_MINUTES

# Monday = 0 … Sunday = 6, as in ``date.weekday()``.
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ItemKind(StrEnum):
    MODULE = "module"  # a course module
    PROJECT = "project"  # a portfolio-project milestone
    EXAM_DOMAIN = "exam_domain"  # exam preparation for one domain
    PRACTICE_EXAM = "practice_exam"
    REVIEW = "review"  # the final review before the exam
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One unit of work, in plan order.

    ``key`` is stable for the life of a plan (it names the item in the CLI, in
    progress events and in calendar UIDs). ``group`` is the course, project or
    exam-prep block the item belongs to; a milestone is reached when the last
    item of a group is done.
    """

    key: str
    title: str
    kind: ItemKind
    hours: float
    group: str
    group_title: str
    url: str = ""
    hours_is_estimate: bool = True
    # Placed whole on one day (a practice exam is one sitting; a lab one go), never split.
    unsplit: bool = False

    @property
    def said_title(self) -> Message | str:
        """``title`` as a message where the planner made it up ("Final review")."""
        return _titles.item_title(self)

    @property
    def said_group(self) -> Message | str:
        """``group_title`` as a message where the planner made it up."""
        return _titles.group_title(self)

    @property
    def shown_title(self) -> str:
        """``title`` in the chosen language (stored and machine output stay English)."""
        return str(_titles.item_title(self))

    @property
    def shown_group(self) -> str:
        """``group_title`` in the chosen language."""
        return str(_titles.group_title(self))


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive range of days, e.g. days off from 2026-12-24 to 2027-01-01."""

    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True, slots=True)
class PlanSettings:
    start: date
    hours_per_week: float
    study_days: frozenset[int]  # weekday numbers, Monday = 0
    session_start: time = time(19, 0)
    max_session_hours: float | None = None  # None: the day's share of the week, however long
    days_off: tuple[DateRange, ...] = ()
    timezone: str = "UTC"
    exam_date: date | None = None
    prep_weeks: int | None = None
    week_start: int = 0  # first day of the week, Monday = 0
    # Days with reduced capacity (e.g. busy evenings imported from a calendar): hours
    # available that day, overriding the even share. 0 is the same as a day off.
    day_limits: tuple[tuple[date, float], ...] = ()
    # Days whose session starts at another time than ``session_start`` (e.g. after a busy
    # evening). The day's capacity is cut so that its session still ends before midnight.
    day_starts: tuple[tuple[date, time], ...] = ()
    # The retirement date of the target exam, if it has one, for a warning.
    exam_retired_on: date | None = None
    exam_name: str = ""
    # Share of the weekly hours the plan's spaced review may take (0: none; at most
    # planner.core.review.MAX_SHARE). The scheduler does not read it: the review items
    # are made by planner.core.review; it is what an edit of the plan starts from.
    review_share: float = 0.0


class WarningCode(StrEnum):
    EXAM_RETIRED = "exam_retired"
    SHORT_PREP = "short_prep"
    OVER_SUSTAINABLE = "over_sustainable"
    LONG_PREP = "long_prep"
    ESTIMATES = "estimates"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PlanWarning:
    code: WarningCode
    message: str
    text: Message | None = field(default=None, compare=False)  # ``message``, translatable


@dataclass(frozen=True, slots=True)
class Allocation:
    item_key: str
    hours: float


class MilestoneKind(StrEnum):
    COURSE_DONE = "course_done"
    PROJECT_MILESTONE = "project_milestone"
    PROJECT_DONE = "project_done"
    PREP_START = "prep_start"
    EXAM = "exam"
    LOGISTICS = "logistics"  # the earliest retake, the recertification window, the expiry


@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated event: a course finished, a project milestone reached, the exam."""

    key: str  # stable, e.g. "done:course:structuring-ml-projects" or "exam"
    day: date
    kind: MilestoneKind
    title: str
    # ``title`` as a message; None for one read back from a stored baseline, whose
    # title is read back by its shape (planner/core/titles.py).
    text: Message | None = field(default=None, compare=False)

    @property
    def said(self) -> Message | str:
        return self.text if self.text is not None else _titles.milestone_text(self)

    @property
    def shown_title(self) -> str:
        """``title`` in the chosen language (stored and machine output stay English)."""
        return str(self.said)


@dataclass(frozen=True, slots=True)
class Session:
    """One dated study session in local wall time in the plan's time zone."""

    day: date
    start: time
    end: time
    allocations: tuple[Allocation, ...]

    @property
    def hours(self) -> float:
        return sum(a.hours for a in self.allocations)


@dataclass(frozen=True, slots=True)
class Week:
    start: date
    capacity: float
    allocations: tuple[Allocation, ...]
    milestones: tuple[Milestone, ...] = ()

    @property
    def hours(self) -> float:
        return sum(a.hours for a in self.allocations)


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """Why a plan does not fit before its exam date, and what would make it fit."""

    message: str
    hours_needed: float  # total hours still to place
    hours_available: float  # capacity before the exam at the current hours
    hours_per_week_needed: float | None  # None if no weekly figure could make it fit
    earliest_exam_date: date | None  # at the current hours per week
    # Set when an unsplittable item fits on no day: the setting that would make a day
    # long enough ("max_session_hours" or "session_start") and the value it needs.
    setting: str = ""
    setting_value: str = ""
    text: Message | None = field(
        default=None, compare=False
    )  # ``message`` as a translatable message, where there is one


@dataclass(frozen=True, slots=True)
class Schedule:
    items: tuple[PlanItem, ...]
    settings: PlanSettings
    weeks: tuple[Week, ...]
    sessions: tuple[Session, ...]
    exam_date: date | None
    end_date: date | None  # the last study day
    warnings: tuple[PlanWarning, ...] = ()
    diagnosis: Diagnosis | None = None
    milestones: tuple[Milestone, ...] = field(default=())
    # Set on a re-plan: the day it was made and the hours already done then. Ahead or
    # behind is measured from there, so a re-plan absorbs the earlier deficit.
    rebased_on: date | None = None
    rebased_hours: float = 0.0

    @property
    def feasible(self) -> bool:
        return self.diagnosis is None


class PlanInputError(ValueError):
    """Invalid plan input, with a message meant for the user (e.g. "no study days"):
    ``str(exc)`` in the chosen language, ``message`` the message itself."""

    def __init__(self, message: Message | str, field_name: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field_name = field_name

    def __str__(self) -> str:
        return str(self.message)
