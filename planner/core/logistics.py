"""Exam logistics: the booked sitting, the free-reschedule deadline, retake waits, renewal.

Pure functions over an exam's :class:`~planner.core.catalog.ExamPolicy` and the
learner's sittings; "today" is a parameter.

* **Free rescheduling** ends so many hours before the booked start (72 h before an
  onsite exam, 24 h before an online one, for Google Cloud).
* **Retakes.** After the n-th failed sitting in a row the next may be sat once the
  n-th wait has passed (Google: 14 days, then 60 days, then a year, and a year after
  every later failure), and never as the (max + 1)-th sitting inside the attempt window
  (Google: at most four in two years).
* **Renewal.** A pass is valid ``valid_years`` from the day of the pass; the
  recertification window opens ``recertify_days_before`` days before it expires.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from planner.core.catalog import ExamPolicy
from planner.core.messages import Message
from planner.core.plan import Milestone, MilestoneKind, PlanSettings


class Delivery(StrEnum):
    ONLINE = "online"
    TEST_CENTRE = "test-centre"


class Result(StrEnum):
    PASS = "pass"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class Sitting:
    """One booked (or sat) exam: when, how, and the result once known."""

    id: int
    day: date
    delivery: Delivery
    start: datetime | None = None  # local wall time of the start, if known
    confirmation: str = ""
    result: Result | None = None
    result_on: date | None = None


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def free_reschedule_until(
    policy: ExamPolicy, start: datetime, delivery: Delivery
) -> datetime | None:
    """The last moment a booked exam can be moved or cancelled without a fee."""
    hours = (
        policy.free_reschedule_hours_online
        if delivery is Delivery.ONLINE
        else policy.free_reschedule_hours_onsite
    )
    return None if hours is None else start - timedelta(hours=hours)


@dataclass(frozen=True, slots=True)
class RetakeOutlook:
    """When the exam may be sat again after a failure, and what sets that day."""

    earliest: date  # the first day a retake is allowed
    failures: int  # failed sittings in a row, the last one included
    wait_days: int  # the vendor's wait after this many failures
    # Sittings in the attempt window that ends on the day the wait is over (0: no limit
    # known); at the limit, these are what keep the next attempt out.
    attempts_in_window: int
    max_attempts: int | None  # the vendor's limit (None: none known, or none at all)
    window_days: int | None
    limit_reached: bool  # the attempt limit, not the wait, sets ``earliest``
    unlimited: bool  # the vendor says there is no limit on attempts

    @property
    def sentence(self) -> str:
        """One plain line in English: ``"Earliest retake: 2027-03-15 (14 days after the
        failure)"``, or, at the limit, that no retake is allowed until a given day."""
        return self.message.english()

    @property
    def message(self) -> Message:
        """:attr:`sentence` as a message (the app shows it in its language)."""
        if self.limit_reached:
            years = (self.window_days or 0) / 365
            span = (
                Message("retake.span_12_months")
                if abs(years - 1) < 1e-9
                else Message("retake.span_years", {"years": years})
                if years >= 1
                else Message("retake.span_days", {"days": self.window_days})
            )
            return Message(
                "retake.limit",
                {"sittings": self.attempts_in_window, "span": span, "day": self.earliest},
            )
        nth = (
            Message("retake.the_failure")
            if self.failures == 1
            else Message("retake.failure_n", {"n": self.failures})
        )
        wait = (
            Message("retake.wait_24h", {"nth": nth})
            if self.wait_days == 1
            else Message("retake.wait_days", {"days": self.wait_days, "nth": nth})
        )
        limit: Message | str = ""
        if self.unlimited:
            limit = Message("retake.no_limit")
        elif self.max_attempts and self.window_days:
            limit = Message(
                "retake.attempt_of",
                {
                    "n": self.attempts_in_window + 1,
                    "max": self.max_attempts,
                    "days": self.window_days,
                },
            )
        return Message("retake.earliest", {"day": self.earliest, "wait": wait, "limit": limit})


def retake_outlook(policy: ExamPolicy, sittings: Sequence[Sitting]) -> RetakeOutlook | None:
    """The earliest allowed retake and why; None if the last result is not a failure
    (nothing to retake) or the policy gives no waits.

    The n-th failure in a row asks for the n-th wait (the last figure for every later
    one), counted from the day of the failed sitting. With a limit of ``max`` sittings in
    any ``window`` days, the next sitting may not be the (max + 1)-th inside one window:
    it waits until the oldest of the last ``max`` sittings has left the window. A policy
    with ``unlimited_attempts`` has no such check.
    """
    sat = sorted((s for s in sittings if s.result is not None), key=lambda s: (s.day, s.id))
    if not sat or sat[-1].result is not Result.FAIL or not policy.retake_waits_days:
        return None
    failures = 0
    for s in reversed(sat):
        if s.result is not Result.FAIL:
            break
        failures += 1
    waits = policy.retake_waits_days
    wait = waits[min(failures, len(waits)) - 1]
    by_wait = sat[-1].day + timedelta(days=wait)
    earliest = by_wait
    in_window = 0
    limited = (
        not policy.unlimited_attempts
        and policy.max_attempts is not None
        and policy.max_attempts > 0
        and policy.attempt_window_days is not None
    )
    if limited:
        assert policy.max_attempts is not None and policy.attempt_window_days is not None
        days = sorted(s.day for s in sat)
        window = timedelta(days=policy.attempt_window_days)
        in_window = sum(1 for d in days if d > by_wait - window)
        if len(days) >= policy.max_attempts:
            # The next sitting may not be the (max + 1)-th inside any window.
            oldest = days[-policy.max_attempts]
            earliest = max(earliest, oldest + window)
    return RetakeOutlook(
        earliest=earliest,
        failures=failures,
        wait_days=wait,
        attempts_in_window=in_window if limited else 0,
        max_attempts=policy.max_attempts if limited else None,
        window_days=policy.attempt_window_days if limited else None,
        limit_reached=earliest > by_wait,
        unlimited=policy.unlimited_attempts,
    )


def earliest_retake(policy: ExamPolicy, sittings: Sequence[Sitting]) -> date | None:
    """The first day the exam may be sat again after a failure; None if the last
    result is not a failure (nothing to retake) or the policy gives no waits."""
    outlook = retake_outlook(policy, sittings)
    return None if outlook is None else outlook.earliest


def study_hours_between(settings: PlanSettings, first: date, before: date) -> float:
    """The study hours the plan's days hold from ``first`` up to the day before ``before``
    (the retake day itself holds none): each study day its even share of the week, or
    its own limit; days off none."""
    from planner.core.scheduler import weekly_capacity

    if not settings.study_days or before <= first:
        return 0.0
    share = weekly_capacity(settings) / len(settings.study_days)
    limits = dict(settings.day_limits)
    total = 0.0
    day = first
    while day < before:
        if day.weekday() in settings.study_days and not any(day in r for r in settings.days_off):
            total += min(share, limits.get(day, share))
        day += timedelta(days=1)
    return total


@dataclass(frozen=True, slots=True)
class Renewal:
    passed_on: date
    expires_on: date
    window_opens: date | None  # None: the vendor's rule for it is not in the catalog


def renewal(policy: ExamPolicy, passed_on: date) -> Renewal | None:
    if policy.valid_years is None:
        return None
    expires = add_years(passed_on, policy.valid_years)
    days = policy.recertify_days_before
    opens = None if days is None else expires - timedelta(days=days)
    return Renewal(passed_on, expires, opens)


def logistics_milestones(
    policy: ExamPolicy | None, sittings: Sequence[Sitting], exam_name: str
) -> tuple[Milestone, ...]:
    """Dated milestones: each booked sitting, the next allowed retake, the renewal window
    and the expiry after a pass."""
    found: list[Milestone] = []
    for s in sorted(sittings, key=lambda s: (s.day, s.id)):
        how = Message(
            "logistics.online" if s.delivery is Delivery.ONLINE else "logistics.test_centre"
        )
        outcome: Message | str = ""
        if s.result is not None:
            outcome = Message("logistics.result", {"result": Message(f"result.{s.result.value}")})
        booked = Message("milestone.booked", {"exam": exam_name, "how": how, "outcome": outcome})
        found.append(
            Milestone(f"sitting:{s.id}", s.day, MilestoneKind.EXAM, booked.english(), booked)
        )
    if policy is not None:
        retake = earliest_retake(policy, sittings)
        if retake is not None:
            text = Message("milestone.retake", {"exam": exam_name})
            found.append(Milestone("retake", retake, MilestoneKind.LOGISTICS, text.english(), text))
        passes = [s for s in sittings if s.result is Result.PASS]
        if passes:
            last = max(passes, key=lambda s: (s.result_on or s.day, s.id))
            r = renewal(policy, last.result_on or last.day)
            if r is not None and r.window_opens is not None:
                text = Message("milestone.renewal", {"exam": exam_name})
                found.append(
                    Milestone(
                        "renewal-opens",
                        r.window_opens,
                        MilestoneKind.LOGISTICS,
                        text.english(),
                        text,
                    )
                )
            if r is not None:
                text = Message("milestone.expires", {"exam": exam_name})
                found.append(
                    Milestone("expires", r.expires_on, MilestoneKind.EXAM, text.english(), text)
                )
    return tuple(sorted(found, key=lambda m: m.day))


def logistics_lines(policy: ExamPolicy | None, sittings: Sequence[Sitting]) -> list[str]:
    """:func:`logistics_messages` in English with ISO days (the command line)."""
    return [m.english() for m in logistics_messages(policy, sittings)]


def logistics_messages(policy: ExamPolicy | None, sittings: Sequence[Sitting]) -> list[Message]:
    """Plain lines for the app and the command line: each sitting with its free-reschedule
    deadline or result, the earliest retake, the renewal window, and how current the rules
    are. As messages: ``str()`` writes them in the app's language and its date format,
    :meth:`Message.english` in English with ISO days."""
    lines: list[Message] = []
    for s in sittings:
        deadline = (
            free_reschedule_until(policy, s.start, s.delivery)
            if policy is not None and s.start is not None
            else None
        )
        outcome: Message | str = ""
        if s.result is not None:
            outcome = Message("logistics.result", {"result": Message(f"result.{s.result.value}")})
        elif deadline is not None:
            outcome = Message(
                "logistics.free_until", {"day": deadline.date(), "time": f"{deadline:%H:%M}"}
            )
        lines.append(
            Message(
                "logistics.sitting",
                {
                    "id": s.id,
                    "day": s.day,
                    "time": f" {s.start:%H:%M}" if s.start else "",
                    "how": Message(
                        "logistics.online"
                        if s.delivery is Delivery.ONLINE
                        else "logistics.test_centre"
                    ),
                    "confirmation": Message("logistics.confirmation", {"code": s.confirmation})
                    if s.confirmation
                    else "",
                    "outcome": outcome,
                },
            )
        )
    if policy is None:
        return lines
    outlook = retake_outlook(policy, sittings)
    if outlook is not None:
        lines.append(outlook.message)
    passes = [s for s in sittings if s.result is Result.PASS]
    if passes:
        last = max(passes, key=lambda s: (s.result_on or s.day, s.id))
        r = renewal(policy, last.result_on or last.day)
        if r is not None:
            recertify: Message | str = (
                Message("logistics.recertify", {"day": r.window_opens}) if r.window_opens else ""
            )
            lines.append(
                Message("logistics.certified", {"day": r.expires_on, "recertify": recertify})
            )
    if lines and policy.provenance.as_of is not None:
        lines.append(Message("logistics.rules_as_of", {"day": policy.provenance.as_of}))
    return lines
