"""Ticking, logging, estimates and undo: each one transaction, nothing rewritten."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.services.clock import FixedClock
from planner.services.plans import ServiceError
from planner.storage.db import DB_FILENAME
from tests.plan_factory import NOW, schedule, service


@pytest.fixture
def plan(data_dir: Path) -> int:
    with service(data_dir) as svc:
        return svc.create_plan(name="Google MLE", schedule=schedule())


def test_tick_untick_and_undo_survive_reopening(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        assert svc.tick(plan, "course-0/m0").description == "Tick “Module 0”"
        svc.tick(plan, "course-0/m1")
        svc.untick(plan, "course-0/m0")
    with service(data_dir) as svc:
        assert svc.load(plan).ledger.done == {"course-0/m1"}
        undone = svc.undo(plan)
        assert undone is not None and undone.label == "Untick “Module 0”"
    with service(data_dir) as svc:
        assert svc.load(plan).ledger.done == {"course-0/m0", "course-0/m1"}


def test_undo_appends_and_never_deletes_history(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        svc.tick(plan, "course-0/m0")
        svc.undo(plan)
        assert svc.load(plan).ledger.done == frozenset()
        svc.redo(plan)
        assert svc.load(plan).ledger.done == {"course-0/m0"}
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    kinds = [k for (k,) in conn.execute("select kind from events order by id")]
    conn.close()
    assert kinds == ["done", "revert", "done"], "undo and redo append; nothing is deleted"


def test_logged_hours_add_up_and_can_be_undone(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        svc.log_hours(plan, "course-0/m0", 1.5, date(2026, 11, 30))
        svc.log_hours(plan, "course-0/m0", 0.75)
        snap = svc.load(plan)
        assert snap.ledger.hours_logged("course-0/m0") == 2.25
        assert snap.ledger.logged[-1].day == NOW.date(), "no date means today"
        svc.undo(plan)
        assert svc.load(plan).ledger.hours_logged() == 1.5


@pytest.mark.parametrize(
    ("hours", "message"),
    [(0, "more than 0"), (-2, "more than 0"), (float("nan"), "more than 0"), (25, "at most 24")],
)
def test_bad_logged_hours_are_refused_and_nothing_is_written(
    data_dir: Path, plan: int, hours: float, message: str
) -> None:
    with service(data_dir) as svc:
        with pytest.raises(ServiceError, match=message):
            svc.log_hours(plan, "course-0/m0", hours)
        assert svc.load(plan).events == ()


def test_future_logs_and_unknown_items_are_refused(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        with pytest.raises(ServiceError, match="future"):
            svc.log_hours(plan, "course-0/m0", 1, NOW.date() + timedelta(days=2))
        with pytest.raises(ServiceError, match="no item 'nope'"):
            svc.tick(plan, "nope")
        with pytest.raises(ServiceError, match="not done yet"):
            svc.untick(plan, "course-0/m0")


def test_editing_an_estimate_keeps_the_catalog_figure_and_undoes(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        result = svc.set_estimate(plan, "course-0/m2", 4.6)
        assert result.description == "Set “Module 2” to 4.5 h", "rounded to 15 minutes"
        snap = svc.load(plan)
        assert snap.item("course-0/m2").hours == 4.5
        assert snap.catalog_hours["course-0/m2"] == 3.0
        svc.undo(plan)
        assert svc.load(plan).item("course-0/m2").hours == 3.0


def test_plans_can_be_renamed_duplicated_archived_and_deleted(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        svc.tick(plan, "course-0/m0")
        svc.rename(plan, "  Google   PMLE\t")
        copy = svc.duplicate(plan, "What-if 12h")
        assert svc.load(copy).ledger.done == {"course-0/m0"}
        assert svc.load(copy).uid != svc.load(plan).uid
        svc.set_archived(plan, True)
        assert [p.name for p in svc.list_plans()] == ["What-if 12h"]
        assert {p.name for p in svc.list_plans(include_archived=True)} == {
            "Google PMLE",
            "What-if 12h",
        }
        backup = svc.delete(copy)
        assert backup.reason == "before-delete"
        assert [p.name for p in svc.list_plans(include_archived=True)] == ["Google PMLE"]
        with pytest.raises(ServiceError, match="visible character"):
            svc.rename(plan, "\x00\t ")


def test_plans_are_found_by_number_name_or_last_use(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        other = svc.create_plan(name="AWS MLA", schedule=schedule())
        assert svc.resolve(None) == other
        svc.clock = FixedClock(NOW + timedelta(minutes=5))
        svc.touch(plan)
        assert svc.resolve(None) == plan
        assert svc.resolve("aws") == other
        assert svc.resolve(str(plan)) == plan
        with pytest.raises(ServiceError, match="No plan called"):
            svc.resolve("azure")


def test_undo_goes_back_in_order_and_a_new_action_ends_redo(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        svc.log_hours(plan, "course-0/m0", 1.0)
        svc.log_hours(plan, "course-0/m1", 2.0)
        undone = svc.undo()
        assert undone is not None and undone.label == "Log 2 h on “Module 1”"
        assert svc.load(plan).ledger.logged_by_item() == {"course-0/m0": 1.0}
        redo = svc.peek_redo()
        assert redo is not None and redo.label == "Log 2 h on “Module 1”"
        svc.tick(plan, "course-0/m2")
        assert svc.peek_redo() is None, "a new action drops what was waiting to be redone"
        assert svc.redo() is None


def test_each_done_item_remembers_the_local_day_it_was_ticked(data_dir: Path, plan: int) -> None:
    # 23:30 UTC on Dec 1 is already Dec 2 in Berlin, the plan's zone.
    late = FixedClock(NOW.replace(hour=23, minute=30))
    with service(data_dir) as svc:
        svc.tick(plan, "course-0/m0")
        svc.clock = late
        svc.tick(plan, "course-0/m1")
        svc.tick(plan, "course-0/m2")
        svc.untick(plan, "course-0/m2")
        assert dict(svc.load(plan).ledger.done_on) == {
            "course-0/m0": date(2026, 12, 1),
            "course-0/m1": date(2026, 12, 2),
        }


def test_a_copy_keeps_when_each_item_was_ticked(data_dir: Path, plan: int) -> None:
    with service(data_dir) as svc:
        svc.tick(plan, "course-0/m0")
        svc.clock = FixedClock(NOW + timedelta(days=3))
        copy = svc.duplicate(plan, "What-if")
        assert svc.load(copy).ledger.done_on == svc.load(plan).ledger.done_on
