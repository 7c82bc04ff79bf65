"""A plan read back always shows what the plans file holds, however it was changed.

The service keeps the items and events it parsed between reads (a tick re-reads the
same rows); these tests change the file in every way that could leave such a copy
stale — another connection, undo and redo, new estimates, a plan removed and another
made in its place — and read it back, also from a fresh process's view of the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.services.operations import CreatePlan
from planner.services.plans import ServiceError
from tests.plan_factory import items, schedule, service


def test_a_tick_is_on_disk_when_the_round_trip_returns(data_dir: Path) -> None:
    svc = service(data_dir)
    plan_id = svc.create_plan(name="Google MLE", schedule=schedule(6))
    key = svc.load(plan_id).items[2].key
    svc.tick(plan_id, key)
    assert key in svc.load(plan_id).ledger.done
    # Another connection to the same file (as after a restart) reads the tick too.
    with service(data_dir) as other:
        assert other.load(plan_id).ledger.done == {key}
        assert [p.done for p in other.list_plans()] == [1]
    svc.untick(plan_id, key)
    svc.close()
    with service(data_dir) as reopened:
        assert reopened.load(plan_id).ledger.done == frozenset()
        assert [p.done for p in reopened.list_plans()] == [0]


def test_a_read_sees_ticks_another_connection_made(data_dir: Path) -> None:
    with service(data_dir) as app, service(data_dir) as sync:
        plan_id = app.create_plan(name="Google MLE", schedule=schedule(6))
        keys = [i.key for i in app.load(plan_id).items]
        assert app.load(plan_id).ledger.done == frozenset()  # parsed and kept
        sync.tick(plan_id, keys[0])
        sync.tick(plan_id, keys[3])
        assert app.load(plan_id).ledger.done == {keys[0], keys[3]}
        sync.undo()
        assert app.load(plan_id).ledger.done == {keys[0]}
        sync.redo()
        assert app.load(plan_id).ledger.done == {keys[0], keys[3]}


def test_undo_and_redo_of_ticks_read_back_and_keep_the_counts(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan_id = svc.create_plan(name="Google MLE", schedule=schedule(6))
        key = svc.load(plan_id).items[1].key
        result = svc.tick(plan_id, key)
        event_ids = [e.id for e in svc.load(plan_id).events]
        assert result.event_id == event_ids[-1]  # the id the tick reports is the stored one
        svc.undo()
        assert key not in svc.load(plan_id).ledger.done
        assert [p.done for p in svc.list_plans()] == [0]
        svc.redo()
        assert key in svc.load(plan_id).ledger.done
        assert [p.done for p in svc.list_plans()] == [1]
        # Ticking it again is refused: the ledger, not a stale copy, says it is done.
        with pytest.raises(ServiceError, match="already done"):
            svc.tick(plan_id, key)


def test_a_new_estimate_shows_in_the_next_read(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan_id = svc.create_plan(name="Google MLE", schedule=schedule(6))
        key = svc.load(plan_id).items[4].key
        assert svc.load(plan_id).item(key).hours == 3.0
        svc.set_estimate(plan_id, key, 5.5)
        assert svc.load(plan_id).item(key).hours == 5.5
        svc.undo()
        assert svc.load(plan_id).item(key).hours == 3.0


def test_a_plan_made_where_an_undone_one_was_shows_its_own_items(data_dir: Path) -> None:
    with service(data_dir) as svc:
        first = svc.run(CreatePlan(name="First", schedule=schedule(6))).plan_id
        assert first is not None
        key = svc.load(first).items[0].key
        svc.tick(first, key)
        assert len(svc.load(first).items) == 6
        svc.undo()  # the tick
        svc.undo()  # the plan itself: gone, its rows deleted
        other = svc.run(CreatePlan(name="Second", schedule=schedule(3, hours=2.0)))
        assert other.plan_id is not None
        snap = svc.load(other.plan_id)
        assert snap.name == "Second"
        assert [(i.key, i.hours) for i in snap.items] == [(i.key, 2.0) for i in items(3)]
        assert snap.ledger.done == frozenset()


def test_a_plan_made_where_another_was_deleted_shows_and_keeps_its_own_schedule(
    data_dir: Path,
) -> None:
    # SQLite gives a deleted plan's baseline ids to the next plan: a service that had
    # shown the deleted plan must not show (or build on, and store) its schedule.
    from datetime import time, timedelta

    from planner.services.operations import MoveSession

    svc = service(data_dir)
    first = svc.run(CreatePlan(name="A", schedule=schedule(6))).plan_id
    svc.load(first)
    svc.undo()  # "Create A" undone: its baseline row goes
    second = svc.run(CreatePlan(name="B", schedule=schedule(3, hours=2.0))).plan_id
    shown = svc.load(second)
    assert {i.key for i in shown.baseline.items} == {i.key for i in shown.items}
    day = shown.baseline.sessions[0].day
    svc.run(MoveSession(second, day, day + timedelta(days=1), time(19, 0)))
    svc.close()
    with service(data_dir) as reopened:
        stored = reopened.load(second)
        planned = {a.item_key for x in stored.baseline.sessions for a in x.allocations}
        assert planned <= {i.key for i in stored.items}
        assert sum(a.hours for x in stored.baseline.sessions for a in x.allocations) == sum(
            i.hours for i in stored.items
        )
