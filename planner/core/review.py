"""Spaced review: short reviews of finished course modules at growing intervals before the
exam, as plan items (so their hours count like any other).

:func:`with_spaced_review` takes a plan's items, the schedule they make and which exam
domain each module serves (:func:`review_domains`, from the catalog's ``served_by`` of
the plan's exam), and returns the items with review items inserted. Pure and
deterministic.

* Only modules (and project milestones) that serve a domain of the plan's exam are
  reviewed: an introduction or a set-up appendix is not worth recalling for the exam.
* Each such module, once its planned last day has passed, is reviewed
  ``INTERVALS_DAYS`` later (2, 7, 21 and 60 days), as long as that day is before the
  exam. A review is one 15-minute granule.
* At most ``share`` × the weekly hours go to reviews in any week; the earliest intervals
  are kept first (the first reviews do the most for memory), then modules in plan order.
* A review goes in front of the first item the plan starts on its day or later, so it
  is done about then (or, in a long item, when the next one starts; the reviews placed
  before it move everything a little later, so an interval can shrink);
  the reviews due in front of the same item make one item ``review/<n>`` titled
  "Review — <domain>: <module>; <module> — <domain>: …" in the group "Spaced review
  (<share> % of the weekly hours)" (the share itself is the plan's setting
  ``PlanSettings.review_share``; both titles are shown translated by
  :mod:`planner.core.titles`; kind
  ``custom``: the kind ``review`` is the
  final review of the exam preparation, which dates the start of that block). The
  second schedule, with the reviews, places everything a little later: the reviews
  are real study time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from planner.core.catalog import Domain
from planner.core.messages import Message
from planner.core.plan import GRANULES_PER_HOUR, ItemKind, PlanInputError, PlanItem, Schedule
from planner.core.titles import review_group_message, review_title_message

INTERVALS_DAYS = (2, 7, 21, 60)
REVIEW_HOURS = 1 / GRANULES_PER_HOUR  # one granule per module and interval
MAX_SHARE = 0.25  # at most a quarter of the weekly hours go to review
REVIEW_GROUP = "review"
_REVIEWABLE = (ItemKind.MODULE, ItemKind.PROJECT)
_SHARE_TITLE = re.compile(r"^Spaced review \((?P<pct>\d+(?:\.\d+)?) % of the weekly hours\)$")


def review_domains(domains: Sequence[Domain], items: Sequence[PlanItem]) -> dict[str, str]:
    """Item key → the exam domain it serves, from the domains' ``served_by``.

    A module named by its key (``course/module``) belongs to that domain before a course
    named as a whole does; among equals the first domain in the exam guide's order wins.
    """
    found: dict[str, str] = {}
    for whole in (False, True):
        for domain in domains:
            for ref in domain.served_by:
                if ("/" in ref) == whole:
                    continue
                for item in items:
                    if item.kind not in _REVIEWABLE:
                        continue
                    if item.key == ref or (whole and item.group == ref):
                        found.setdefault(item.key, domain.name)
    return found


def review_share_of(items: Sequence[PlanItem]) -> float:
    """The share of the weekly hours a plan's spaced review was made with (0: none), as
    the group title of a plan from before schema 5 says it; since then the share is the
    setting ``PlanSettings.review_share``."""
    for item in items:
        if item.group == REVIEW_GROUP and (m := _SHARE_TITLE.match(item.group_title)):
            return float(m["pct"]) / 100
    return 0.0


def stored_review_share(schedule: Mapping[str, Any]) -> float:
    """The review share of a stored schedule (``planner.core.codec`` JSON) from before the
    share was a setting: the percent in its review group's title, or for a plan made
    before reviews named their exam domain (group title "Spaced review", no percent) the
    share the reviews take on average over the weeks from the first to the last one,
    rounded up to a whole percent, between 1 % and ``MAX_SHARE`` (the share it was made
    with is not recorded; a week can hold more than its share, when reviews due in an
    earlier week wait for the next item). 0 when the schedule has no spaced review."""
    reviews = {
        str(i["key"]): str(i.get("group_title", ""))
        for i in schedule.get("items", [])
        if i.get("group") == REVIEW_GROUP
    }
    if not reviews:
        return 0.0
    for title in reviews.values():
        if m := _SHARE_TITLE.match(title):
            return float(m["pct"]) / 100
    weekly = float(schedule.get("settings", {}).get("hours_per_week") or 0)
    per_week = [
        sum(float(a["hours"]) for a in week.get("allocations", []) if a["item"] in reviews)
        for week in schedule.get("weeks", [])
    ]
    used = [n for n, hours in enumerate(per_week) if hours > 0]
    if weekly <= 0 or not used:
        return MAX_SHARE
    average = sum(per_week) / (used[-1] - used[0] + 1)
    percent = math.ceil(average / weekly * 100 - 1e-9)
    return min(max(percent, 1), round(MAX_SHARE * 100)) / 100


def without_review(
    items: Sequence[PlanItem], done: frozenset[str] | set[str]
) -> tuple[PlanItem, ...]:
    """The items without the spaced reviews not yet done (done ones stay: they happened)."""
    return tuple(i for i in items if i.group != REVIEW_GROUP or i.key in done)


def _finish_days(schedule: Schedule) -> dict[str, date]:
    last: dict[str, date] = {}
    for s in schedule.sessions:
        for a in s.allocations:
            last[a.item_key] = s.day
    return last


def _first_days(schedule: Schedule) -> dict[str, date]:
    first: dict[str, date] = {}
    for s in schedule.sessions:
        for a in s.allocations:
            first.setdefault(a.item_key, s.day)
    return first


def _item_from(first: dict[str, date], day: date, order: dict[str, int]) -> str | None:
    """The first item (in plan order) that the schedule starts on ``day`` or later."""
    starting = [k for k, d in first.items() if d >= day and k in order]
    return min(starting, key=lambda k: order[k]) if starting else None


def with_spaced_review(
    items: Sequence[PlanItem],
    schedule: Schedule,
    share: float,
    hours_per_week: float,
    domains: Mapping[str, str],
    not_before: date | None = None,
) -> tuple[PlanItem, ...]:
    """``items`` with spaced reviews inserted (see the module docstring); unchanged when
    ``share`` is 0, there is no exam date, no module serves a domain of the exam or
    nothing finishes before the exam. ``domains`` maps an item's key to the exam domain
    it serves (:func:`review_domains`); reviews due before ``not_before`` (today, for a
    plan in progress) are left out."""
    items = tuple(items)
    exam = schedule.exam_date
    if share <= 0 or exam is None:
        return items
    if not 0 < share <= MAX_SHARE + 1e-9:
        raise PlanInputError(
            Message("error.review_share", {"percent": round(MAX_SHARE * 100)}), "review_share"
        )
    per_week = math.floor(share * hours_per_week * GRANULES_PER_HOUR + 1e-9)
    finished = _finish_days(schedule)
    wanted: list[tuple[int, int, date, PlanItem]] = []  # (interval rank, position, day, module)
    for pos, item in enumerate(items):
        if item.kind not in _REVIEWABLE or item.key not in finished or item.key not in domains:
            continue
        for rank, days in enumerate(INTERVALS_DAYS):
            day = finished[item.key] + timedelta(days=days)
            if day < exam and (not_before is None or day >= not_before):
                wanted.append((rank, pos, day, item))
    used: dict[date, int] = {}
    week_start = schedule.settings.week_start
    kept: list[tuple[date, PlanItem]] = []
    for _, _, day, module in sorted(wanted, key=lambda w: (w[0], w[1])):
        week = day - timedelta(days=(day.weekday() - week_start) % 7)
        if used.get(week, 0) >= per_week:
            continue
        used[week] = used.get(week, 0) + 1
        kept.append((day, module))
    if not kept:
        return items
    order = {it.key: n for n, it in enumerate(items)}
    starts = _first_days(schedule)
    before: dict[str, list[PlanItem]] = {}
    for day, module in sorted(kept, key=lambda k: (k[0], order[k[1].key])):
        anchor = _item_from(starts, day, order)
        if anchor is None:
            continue
        before.setdefault(anchor, []).append(module)
    taken = {i.key for i in items}
    per_group: dict[str, int] = {}
    for it in items:
        per_group[it.group] = per_group.get(it.group, 0) + 1

    def name(m: PlanItem) -> str:  # "Complete the course" says less than the course's title
        return m.group_title if per_group[m.group] == 1 and m.group_title else m.title

    group_title = review_group_message(share).english()  # shown by planner.core.titles
    result: list[PlanItem] = []
    count = 0
    for item in items:
        modules = before.get(item.key)
        if modules:
            count += 1
            while f"{REVIEW_GROUP}/{count}" in taken:  # done reviews of an earlier plan
                count += 1
            by_domain: dict[str, list[str]] = {}
            for m in modules:
                titles = by_domain.setdefault(domains[m.key], [])
                if name(m) not in titles:
                    titles.append(name(m))
            title = review_title_message(
                " — ".join(f"{domain}: {'; '.join(titles)}" for domain, titles in by_domain.items())
            ).english()
            result.append(
                PlanItem(
                    key=f"{REVIEW_GROUP}/{count}",
                    title=title if len(title) <= 200 else title[:199] + "…",
                    kind=ItemKind.CUSTOM,
                    hours=REVIEW_HOURS * len(modules),
                    group=REVIEW_GROUP,
                    group_title=group_title,
                    hours_is_estimate=True,
                )
            )
        result.append(item)
    return tuple(result)
