"""Schedules and plan settings as plain JSON-ready dicts, and back.

One shape serves the stored baselines, ``--json`` output of the CLI and the
tests: dates are ISO strings, times ``HH:MM``, hours floats. ``from_dict``
inverts ``to_dict`` exactly (``schedule_from_dict(schedule_to_dict(s)) == s``).
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from planner.core.plan import (
    WEEKDAY_NAMES,
    Allocation,
    DateRange,
    Diagnosis,
    ItemKind,
    Milestone,
    MilestoneKind,
    PlanItem,
    PlanSettings,
    PlanWarning,
    Schedule,
    Session,
    WarningCode,
    Week,
)

FORMAT_VERSION = 1


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _pd(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _t(value: time) -> str:
    return value.strftime("%H:%M")


def _pt(value: Any) -> time:
    return time.fromisoformat(str(value))


def item_to_dict(item: PlanItem) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": item.key,
        "title": item.title,
        "kind": item.kind.value,
        "hours": item.hours,
        "group": item.group,
        "group_title": item.group_title,
        "url": item.url,
        "hours_is_estimate": item.hours_is_estimate,
    }
    if item.unsplit:  # written only when set, so older schedules keep their exact shape
        data["unsplit"] = True
    return data


def item_from_dict(data: dict[str, Any]) -> PlanItem:
    return PlanItem(
        key=data["key"],
        title=data["title"],
        kind=ItemKind(data["kind"]),
        hours=float(data["hours"]),
        group=data["group"],
        group_title=data["group_title"],
        url=data.get("url", ""),
        hours_is_estimate=bool(data.get("hours_is_estimate", True)),
        unsplit=bool(data.get("unsplit", False)),
    )


def settings_to_dict(s: PlanSettings) -> dict[str, Any]:
    out = {
        "start": _d(s.start),
        "hours_per_week": s.hours_per_week,
        "study_days": [WEEKDAY_NAMES[d] for d in sorted(s.study_days)],
        "session_start": _t(s.session_start),
        "max_session_hours": s.max_session_hours,
        "days_off": [[_d(r.first), _d(r.last)] for r in s.days_off],
        "timezone": s.timezone,
        "exam_date": _d(s.exam_date),
        "prep_weeks": s.prep_weeks,
        "week_start": WEEKDAY_NAMES[s.week_start],
        "day_limits": [[_d(day), hours] for day, hours in s.day_limits],
        "day_starts": [[_d(day), _t(start)] for day, start in s.day_starts],
        "exam_retired_on": _d(s.exam_retired_on),
        "exam_name": s.exam_name,
    }
    if s.review_share > 0:  # absent in plans without spaced review (and older baselines)
        out["review_share"] = s.review_share
    return out


def settings_from_dict(data: dict[str, Any]) -> PlanSettings:
    start = _pd(data["start"])
    assert start is not None
    return PlanSettings(
        start=start,
        hours_per_week=float(data["hours_per_week"]),
        study_days=frozenset(WEEKDAY_NAMES.index(d) for d in data["study_days"]),
        session_start=_pt(data["session_start"]),
        max_session_hours=data.get("max_session_hours"),
        days_off=tuple(
            DateRange(date.fromisoformat(a), date.fromisoformat(b)) for a, b in data["days_off"]
        ),
        timezone=data["timezone"],
        exam_date=_pd(data.get("exam_date")),
        prep_weeks=data.get("prep_weeks"),
        week_start=WEEKDAY_NAMES.index(data.get("week_start", "mon")),
        day_limits=tuple((date.fromisoformat(d), float(h)) for d, h in data.get("day_limits", [])),
        day_starts=tuple((date.fromisoformat(d), _pt(t)) for d, t in data.get("day_starts", [])),
        exam_retired_on=_pd(data.get("exam_retired_on")),
        exam_name=data.get("exam_name", ""),
        review_share=float(data.get("review_share", 0.0)),
    )


def _allocs(allocations: tuple[Allocation, ...]) -> list[dict[str, Any]]:
    return [{"item": a.item_key, "hours": a.hours} for a in allocations]


def _parse_allocs(data: list[dict[str, Any]]) -> tuple[Allocation, ...]:
    return tuple(Allocation(a["item"], float(a["hours"])) for a in data)


def milestone_to_dict(m: Milestone) -> dict[str, Any]:
    return {"key": m.key, "date": _d(m.day), "kind": m.kind.value, "title": m.title}


def milestone_from_dict(data: dict[str, Any]) -> Milestone:
    return Milestone(
        key=data["key"],
        day=date.fromisoformat(data["date"]),
        kind=MilestoneKind(data["kind"]),
        title=data["title"],
    )


def schedule_to_dict(s: Schedule) -> dict[str, Any]:
    diagnosis = None
    if s.diagnosis is not None:
        g = s.diagnosis
        diagnosis = {
            "message": g.message,
            "hours_needed": g.hours_needed,
            "hours_available": g.hours_available,
            "hours_per_week_needed": g.hours_per_week_needed,
            "earliest_exam_date": _d(g.earliest_exam_date),
        }
        if g.setting:
            diagnosis["setting"] = g.setting
            diagnosis["setting_value"] = g.setting_value
    return {
        "format": FORMAT_VERSION,
        "feasible": s.feasible,
        "exam_date": _d(s.exam_date),
        "end_date": _d(s.end_date),
        "settings": settings_to_dict(s.settings),
        "items": [item_to_dict(i) for i in s.items],
        "weeks": [
            {
                "start": _d(w.start),
                "capacity": w.capacity,
                "hours": w.hours,
                "allocations": _allocs(w.allocations),
                "milestones": [milestone_to_dict(m) for m in w.milestones],
            }
            for w in s.weeks
        ],
        "sessions": [
            {
                "date": _d(x.day),
                "start": _t(x.start),
                "end": _t(x.end),
                "hours": x.hours,
                "items": _allocs(x.allocations),
            }
            for x in s.sessions
        ],
        "milestones": [milestone_to_dict(m) for m in s.milestones],
        "warnings": [{"code": w.code.value, "message": w.message} for w in s.warnings],
        "diagnosis": diagnosis,
        "rebased_on": _d(s.rebased_on),
        "rebased_hours": s.rebased_hours,
    }


def schedule_from_dict(data: dict[str, Any]) -> Schedule:
    diagnosis = None
    if data.get("diagnosis"):
        g = data["diagnosis"]
        diagnosis = Diagnosis(
            message=g["message"],
            hours_needed=float(g["hours_needed"]),
            hours_available=float(g["hours_available"]),
            hours_per_week_needed=g.get("hours_per_week_needed"),
            earliest_exam_date=_pd(g.get("earliest_exam_date")),
            setting=g.get("setting", ""),
            setting_value=g.get("setting_value", ""),
        )
    return Schedule(
        items=tuple(item_from_dict(i) for i in data["items"]),
        settings=settings_from_dict(data["settings"]),
        weeks=tuple(
            Week(
                start=date.fromisoformat(w["start"]),
                capacity=float(w["capacity"]),
                allocations=_parse_allocs(w["allocations"]),
                milestones=tuple(milestone_from_dict(m) for m in w.get("milestones", [])),
            )
            for w in data["weeks"]
        ),
        sessions=tuple(
            Session(
                day=date.fromisoformat(x["date"]),
                start=_pt(x["start"]),
                end=_pt(x["end"]),
                allocations=_parse_allocs(x["items"]),
            )
            for x in data["sessions"]
        ),
        exam_date=_pd(data.get("exam_date")),
        end_date=_pd(data.get("end_date")),
        warnings=tuple(
            PlanWarning(WarningCode(w["code"]), w["message"]) for w in data.get("warnings", [])
        ),
        diagnosis=diagnosis,
        milestones=tuple(milestone_from_dict(m) for m in data.get("milestones", [])),
        rebased_on=_pd(data.get("rebased_on")),
        rebased_hours=float(data.get("rebased_hours", 0.0)),
    )
