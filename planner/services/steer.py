"""A re-plan that steers the remaining exam preparation toward the weak domains.

:func:`preview_steer` re-weights the not-done exam-domain items by the plan's readiness
(:func:`planner.core.readiness.reweight`: weight × gap, a floor per domain, hours
conserved) and re-plans from today with those hours, storing nothing. Applying it is
one operation (``SteerPrep`` in :mod:`planner.services.operations`): in one transaction
it records each changed domain's new hours as an estimate event (so the plan's items
carry them from then on) and points the plan at the new baseline. Undo reverts the
estimate events and points the plan back; redo does both again. A backup is taken
before, as for every re-plan.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from planner.core.ledger import EventKind
from planner.core.messages import Message
from planner.core.readiness import Readiness, Shift, reweight
from planner.storage.models import EventRow

if TYPE_CHECKING:
    from planner.core.progress import ReplanMode
    from planner.services.operations import OpKind, SteerPrep
    from planner.services.plans import PlanService, ReplanPreview

STEER_LABEL = "Re-plan toward weak domains"


@dataclass(frozen=True)
class SteerPreview:
    readiness: Readiness
    shifts: tuple[Shift, ...]  # every domain still to study, before and after
    replan: ReplanPreview  # what moves, with the re-weighted hours

    @property
    def moved(self) -> tuple[Shift, ...]:
        """The domains whose hours change, most hours gained first."""
        return tuple(
            sorted((s for s in self.shifts if abs(s.change) > 1e-9), key=lambda s: -s.change)
        )


def preview_steer(
    svc: PlanService,
    plan_id: int,
    mode: ReplanMode,
    pass_mark: float | None = None,
    margin: float | None = None,
    catalog_mark: float | None = None,
) -> SteerPreview:
    """The steered re-plan, not stored. Raises ServiceError when there is nothing to steer."""
    from planner.services.attempts import plan_readiness
    from planner.services.plans import ServiceError

    state, domains = plan_readiness(svc, plan_id, pass_mark, margin, catalog_mark)
    snap = svc.load(plan_id)
    remaining = {
        d.key: snap.item(d.key).hours for d in domains if d.key and d.key not in snap.ledger.done
    }
    if not remaining:
        raise ServiceError(Message("steer.nothing_left"))
    shifts = reweight(remaining, state)
    if all(abs(s.change) < 1e-9 for s in shifts):
        raise ServiceError(Message("steer.no_change", {"sentence": state.message}))
    hours = {s.key: s.after for s in shifts}
    items = tuple(replace(i, hours=hours.get(i.key, i.hours)) for i in snap.items)
    current = replace(snap.baseline, items=items)
    # Re-planned from today with the new hours; the preview keeps the plan's own items
    # for what is already done, which the re-weighting never touches.
    re_snap = replace(snap, items=items)
    preview = svc.replan_from(re_snap, current, mode, apply=False, label=STEER_LABEL)
    return SteerPreview(state, shifts, preview)


def forward(svc: PlanService, s: Session, op: SteerPrep) -> tuple[OpKind, str, dict[str, Any]]:
    from planner.services.operations import OpKind, _append_event, _current_baseline, _item_row
    from planner.services.plans import _apply_settings

    row = svc._row(s, op.plan_id)
    events: list[dict[str, Any]] = []
    for key, hours in op.hours:
        item = _item_row(s, op.plan_id, key, svc)
        if abs(item.hours - hours) < 1e-9:
            continue
        event = {
            "kind": EventKind.ESTIMATE.value,
            "key": key,
            "hours": hours,
            "previous": item.hours,
        }
        events.append({"event": event, "event_id": _append_event(svc, s, op.plan_id, event)})
    previous = _current_baseline(s, row)
    new_id = svc._add_baseline(s, op.plan_id, op.schedule, OpKind.STEER.value)
    row.baseline_id = new_id
    _apply_settings(row, op.schedule.settings)
    data = {"prev": previous, "new": new_id, "events": events}
    return OpKind.STEER, STEER_LABEL, data


def backward(svc: PlanService, s: Session, plan_id: int, data: dict[str, Any]) -> None:
    from planner.services.operations import _item_row, _point_baseline

    for entry in reversed(data["events"]):
        event = entry["event"]
        s.add(
            EventRow(
                plan_id=plan_id,
                kind=EventKind.REVERT.value,
                item_key=event["key"],
                reverts_id=entry["event_id"],
                created_at=svc.clock.now(),
            )
        )
        _item_row(s, plan_id, event["key"], svc).hours = float(event["previous"])
    s.flush()
    _point_baseline(svc, s, plan_id, int(data["prev"]))


def again(svc: PlanService, s: Session, plan_id: int, data: dict[str, Any]) -> None:
    from planner.services.operations import _append_event, _point_baseline

    for entry in data["events"]:
        entry["event_id"] = _append_event(svc, s, plan_id, entry["event"])
    _point_baseline(svc, s, plan_id, int(data["new"]))
