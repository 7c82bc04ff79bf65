"""The progress ledger: an append-only list of events and what it adds up to.

Events are never edited or deleted. Undo appends a ``revert`` event naming
the event it cancels; redo applies the action again as a new event (see
``planner/services/operations.py``, which keeps the undo history). Replaying
the ledger gives the state: which items are done and which hours were logged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.core.progress import LoggedHours


class EventKind(StrEnum):
    DONE = "done"
    UNDONE = "undone"
    LOGGED = "logged"
    ESTIMATE = "estimate"  # an item's hours changed from previous_hours to hours
    REVERT = "revert"


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    kind: EventKind
    item_key: str = ""
    hours: float | None = None
    previous_hours: float | None = None
    on_date: date | None = None
    reverts_id: int | None = None
    recorded_on: date | None = None  # the local day the action was taken


@dataclass(frozen=True, slots=True)
class Ledger:
    done: frozenset[str]
    logged: tuple[LoggedHours, ...]
    # For each done item, the day it was ticked (when known), in tick order.
    done_on: tuple[tuple[str, date], ...] = ()

    def hours_logged(self, item_key: str | None = None) -> float:
        return sum(x.hours for x in self.logged if item_key is None or x.item_key == item_key)

    def logged_by_item(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        for x in self.logged:
            totals[x.item_key] = totals.get(x.item_key, 0.0) + x.hours
        return totals


def reverted_ids(events: Iterable[Event]) -> set[int]:
    return {e.reverts_id for e in events if e.kind is EventKind.REVERT and e.reverts_id is not None}


def replay(events: Sequence[Event]) -> Ledger:
    """The state the events add up to, in id order, skipping reverted events."""
    cancelled = reverted_ids(events)
    done: set[str] = set()
    done_on: dict[str, date] = {}
    logged: list[LoggedHours] = []
    for e in sorted(events, key=lambda e: e.id):
        if e.id in cancelled or e.kind is EventKind.REVERT:
            continue
        if e.kind is EventKind.DONE:
            done.add(e.item_key)
            if e.recorded_on is not None:
                done_on[e.item_key] = e.recorded_on
        elif e.kind is EventKind.UNDONE:
            done.discard(e.item_key)
            done_on.pop(e.item_key, None)
        elif e.kind is EventKind.LOGGED and e.hours is not None and e.on_date is not None:
            logged.append(LoggedHours(e.item_key, e.on_date, e.hours))
    return Ledger(done=frozenset(done), logged=tuple(logged), done_on=tuple(done_on.items()))
