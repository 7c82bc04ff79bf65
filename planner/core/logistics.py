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
from planner.core.plan import Milestone, MilestoneKind


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


def earliest_retake(policy: ExamPolicy, sittings: Sequence[Sitting]) -> date | None:
    """The first day the exam may be sat again after a failure; None if the last
    result is not a failure (nothing to retake) or the policy gives no waits."""
    sat = sorted((s for s in sittings if s.result is not None), key=lambda s: (s.day, s.id))
    if not sat or sat[-1].result is not Result.FAIL or not policy.retake_waits_days:
        return None
    failures = 0
    for s in reversed(sat):
        if s.result is not Result.FAIL:
            break
        failures += 1
    waits = policy.retake_waits_days
    earliest = sat[-1].day + timedelta(days=waits[min(failures, len(waits)) - 1])
    if policy.max_attempts and policy.attempt_window_days:
        days = sorted(s.day for s in sat)
        if len(days) >= policy.max_attempts:
            # The next sitting may not be the (max + 1)-th inside any window.
            oldest = days[-policy.max_attempts]
            earliest = max(earliest, oldest + timedelta(days=policy.attempt_window_days))
    return earliest


@dataclass(frozen=True, slots=True)
class Renewal:
    passed_on: date
    expires_on: date
    window_opens: date


def renewal(policy: ExamPolicy, passed_on: date) -> Renewal | None:
    if policy.valid_years is None:
        return None
    expires = add_years(passed_on, policy.valid_years)
    opens = expires - timedelta(days=policy.recertify_days_before or 0)
    return Renewal(passed_on, expires, opens)


def logistics_milestones(
    policy: ExamPolicy | None, sittings: Sequence[Sitting], exam_name: str
) -> tuple[Milestone, ...]:
    """Dated milestones: each booked sitting, the next allowed retake, the renewal window
    and the expiry after a pass."""
    found: list[Milestone] = []
    for s in sorted(sittings, key=lambda s: (s.day, s.id)):
        how = "online" if s.delivery is Delivery.ONLINE else "at a test centre"
        outcome = f" — {s.result.value}" if s.result is not None else ""
        found.append(
            Milestone(
                key=f"sitting:{s.id}",
                day=s.day,
                kind=MilestoneKind.EXAM,
                title=f"Exam booked: {exam_name}, {how}{outcome}",
            )
        )
    if policy is not None:
        retake = earliest_retake(policy, sittings)
        if retake is not None:
            found.append(
                Milestone(
                    "retake", retake, MilestoneKind.LOGISTICS, f"Earliest retake: {exam_name}"
                )
            )
        passes = [s for s in sittings if s.result is Result.PASS]
        if passes:
            last = max(passes, key=lambda s: (s.result_on or s.day, s.id))
            r = renewal(policy, last.result_on or last.day)
            if r is not None:
                found.append(
                    Milestone(
                        "renewal-opens",
                        r.window_opens,
                        MilestoneKind.LOGISTICS,
                        f"Recertification window opens: {exam_name}",
                    )
                )
                found.append(
                    Milestone("expires", r.expires_on, MilestoneKind.EXAM, f"{exam_name} expires")
                )
    return tuple(sorted(found, key=lambda m: m.day))


def logistics_lines(policy: ExamPolicy | None, sittings: Sequence[Sitting]) -> list[str]:
    """Plain lines for the app and the command line: each sitting with its free-reschedule
    deadline or result, the earliest retake, the renewal window, and how current the rules
    are."""
    lines: list[str] = []
    for s in sittings:
        at = s.day.isoformat() + (f" {s.start:%H:%M}" if s.start else "")
        how = "online" if s.delivery is Delivery.ONLINE else "at a test centre"
        text = f"Exam #{s.id}: {at}, {how}"
        if s.confirmation:
            text += f" (confirmation {s.confirmation})"
        deadline = (
            free_reschedule_until(policy, s.start, s.delivery)
            if policy is not None and s.start is not None
            else None
        )
        if s.result is not None:
            text += f" — {s.result.value}"
        elif deadline is not None:
            text += f" · free to reschedule or cancel until {deadline:%Y-%m-%d %H:%M}"
        lines.append(text)
    if policy is None:
        return lines
    retake = earliest_retake(policy, sittings)
    if retake is not None:
        lines.append(f"Earliest retake: {retake.isoformat()}")
    passes = [s for s in sittings if s.result is Result.PASS]
    if passes:
        last = max(passes, key=lambda s: (s.result_on or s.day, s.id))
        r = renewal(policy, last.result_on or last.day)
        if r is not None:
            lines.append(
                f"Certified until {r.expires_on.isoformat()} · recertify from "
                f"{r.window_opens.isoformat()}"
            )
    if lines and policy.provenance.as_of is not None:
        lines.append(f"(vendor rules as of {policy.provenance.as_of.isoformat()})")
    return lines
