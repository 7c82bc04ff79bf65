"""The operation layer: the three stories that broke before it, and undo/redo owned by the file.

Everything runs through the real services (and the real CLI) on real SQLite files.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.progress import ReplanMode
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.storage.backups import list_backups
from tests.plan_factory import schedule, service

MONDAY = date(2026, 11, 30)
NEXT_WEEK = date(2026, 12, 7)
BUSY = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//busy//EN\r
BEGIN:VEVENT\r
UID:choir@example.org\r
DTSTAMP:20261101T000000Z\r
DTSTART;TZID=Europe/Berlin:20261209T180000\r
DTEND;TZID=Europe/Berlin:20261209T200000\r
SUMMARY:Choir\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:trip@example.org\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20261212\r
DTEND;VALUE=DATE:20261213\r
SUMMARY:Trip\r
END:VEVENT\r
END:VCALENDAR\r
"""


def placed_hours(svc: PlanService, plan: int) -> dict[str, float]:
    totals: dict[str, float] = {}
    for week in svc.load(plan).baseline.weeks:
        for a in week.allocations:
            totals[a.item_key] = totals.get(a.item_key, 0.0) + a.hours
    return totals


def cumulative_planned(svc: PlanService, plan: int) -> list[tuple[date, float]]:
    """The burn-up's planned line: planned hours summed week by week."""
    line, total = [], 0.0
    for week in svc.load(plan).baseline.weeks:
        total += week.hours
        line.append((week.start, round(total, 4)))
    return line


@pytest.fixture
def early(data_dir: Path) -> tuple[PlanService, int, list[str]]:
    svc = service(data_dir)  # Tuesday, Dec 1
    plan = svc.create_plan(name="Early bird", schedule=schedule(9, 2.0, start=MONDAY))
    weeks = svc.load(plan).baseline.weeks
    keys = [a.item_key for w in weeks if w.start == NEXT_WEEK for a in w.allocations]
    assert len(keys) == 3, "one 2-hour module per session, three sessions a week"
    return svc, plan, keys


def test_work_done_early_stays_where_it_was_done_after_a_replan(
    early: tuple[PlanService, int, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    svc, plan, keys = early
    for key in keys:
        svc.tick(plan, key)
    svc.replan(plan, ReplanMode.KEEP_HOURS, apply=True)
    after = svc.load(plan)
    total = sum(i.hours for i in after.items)
    done_hours = sum(i.hours for i in after.items if i.key in keys)

    assert placed_hours(svc, plan) == pytest.approx({i.key: i.hours for i in after.items})
    this_week = next(w for w in after.baseline.weeks if w.start == MONDAY)
    assert set(keys) <= {a.item_key for a in this_week.allocations}, "in the week of the tick"
    line = cumulative_planned(svc, plan)
    assert line[-1][1] == pytest.approx(total), "the planned line ends at the total"
    before_today = sum(s.hours for s in after.baseline.sessions if s.day <= svc.clock.now().date())
    assert before_today == pytest.approx(done_hours), "by the re-plan date: the hours done"
    status_done = sum(i.hours for i in after.items if i.key in after.ledger.done)
    assert status_done == pytest.approx(done_hours)
    svc.close()

    data_dir = svc.data_dir
    assert main(["--data-dir", str(data_dir), "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    in_weeks = {
        a["item"]: a["done"] for w in shown["weeks"] for a in w["allocations"] if a["item"] in keys
    }
    assert in_weeks == dict.fromkeys(keys, True), "shown in a week, marked done"
    assert main(["--data-dir", str(data_dir), "untick", keys[0], "--plan", "1"]) == 0
    with service(data_dir) as svc:
        assert keys[0] not in svc.load(plan).ledger.done


def test_import_busy_twice_then_rebalance_works(
    cli_now: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def cli(*args: str) -> int:
        return main(["--data-dir", str(data_dir), *args])

    busy = tmp_path / "busy.ics"
    busy.write_bytes(BUSY)
    new = (
        "new", "--path", "ml-practitioner", "--start", "2026-12-07", "--prep-weeks", "8",
        "--hours-per-week", "6", "--days", "mon,wed,sat", "--tz", "Europe/Berlin",
    )  # fmt: skip
    assert cli(*new) == 0
    assert cli("import-busy", str(busy), "--keep", "hours") == 0
    assert cli("rebalance", "--keep", "hours") == 0
    assert cli("import-busy", str(busy), "--keep", "hours") == 0, "a second import works too"
    assert cli("rebalance", "--keep", "hours") == 0
    assert cli("undo") == 0 and cli("undo") == 0 and cli("redo") == 0
    err = capsys.readouterr().err
    assert "could not be used" not in err and "UNIQUE" not in err


def test_undo_and_redo_take_no_backup_and_keep_the_one_a_deletion_promised(
    data_dir: Path,
) -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    svc = PlanService(data_dir, clock=FixedClock(now))
    doomed = svc.create_plan(name="Doomed", schedule=schedule(9, 2.0, start=MONDAY))
    keep = svc.create_plan(name="Kept", schedule=schedule(9, 2.0, start=MONDAY))
    svc.tick(doomed, "course-0/m0")
    promised = svc.delete(doomed)
    for cycle in range(50):
        svc.clock = FixedClock(now + timedelta(minutes=cycle))
        svc.replan(keep, ReplanMode.KEEP_HOURS, apply=True)
        count = len(list_backups(data_dir))
        assert svc.undo() is not None and svc.redo() is not None and svc.undo() is not None
        assert len(list_backups(data_dir)) == count, "undo and redo take no backup"
    assert promised.id in {b.id for b in list_backups(data_dir)}, "the promised backup stays"
    svc.close()
    assert main(["--data-dir", str(data_dir), "restore", promised.id]) == 0
    with PlanService(data_dir, clock=FixedClock(now + timedelta(hours=2))) as svc:
        restored = {p.name: p for p in svc.list_plans()}
        assert "Doomed" in restored and restored["Doomed"].done == 1


def test_a_deletion_is_not_undone_in_place_but_says_how_to_get_it_back(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Gone", schedule=schedule())
        backup = svc.delete(plan)
        pending = svc.peek_undo()
        assert pending is not None and not pending.possible
        assert backup.id in pending.reason
        with pytest.raises(Exception, match=backup.id):
            svc.undo()


def test_create_and_duplicate_undo_and_redo_keep_number_and_calendar_identity(
    data_dir: Path,
) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Original", schedule=schedule())
        svc.tick(plan, "course-0/m0")
        copy = svc.duplicate(plan, "What-if")
        uid = svc.load(copy).uid
        assert svc.undo() is not None
        assert [p.name for p in svc.list_plans()] == ["Original"]
        assert svc.redo() is not None
        again = svc.load(copy)
        assert again.uid == uid and again.name == "What-if"
        assert again.ledger.done == {"course-0/m0"}
        assert {p.id: p.done for p in svc.list_plans()} == {plan: 1, copy: 1}


def test_undo_of_a_replan_restores_schedule_and_settings_exactly(
    early: tuple[PlanService, int, list[str]],
) -> None:
    svc, plan, keys = early
    svc.tick(plan, keys[0])
    before = svc.load(plan)
    svc.replan(plan, ReplanMode.KEEP_HOURS, apply=True)
    replanned = svc.load(plan)
    assert replanned.baseline != before.baseline
    assert svc.undo() is not None
    undone = svc.load(plan)
    assert undone.baseline == before.baseline and undone.settings == before.settings
    assert svc.redo() is not None
    assert svc.load(plan).baseline == replanned.baseline
    svc.close()


def test_a_tick_changes_progress_only_and_a_rename_only_the_list(data_dir: Path) -> None:
    from planner.services.operations import Rename, Tick

    with service(data_dir) as svc:
        plan = svc.create_plan(name="Flags", schedule=schedule())
        tick = svc.run(Tick(plan, "course-0/m0"))
        assert tick.progress and not tick.plans and not tick.schedule
        rename = svc.run(Rename(plan, "Renamed"))
        assert rename.plans and not rename.progress


def test_a_schedule_with_other_items_replaces_them_and_undo_brings_them_back(
    data_dir: Path,
) -> None:
    from dataclasses import replace

    from planner.core.scheduler import build_schedule
    from planner.services.operations import ApplySchedule, OpKind

    with service(data_dir) as svc:
        plan = svc.create_plan(name="Courses", schedule=schedule(6))
        svc.tick(plan, "course-0/m0")
        svc.set_estimate(plan, "course-1/m3", 4.5)
        before = svc.load(plan)
        fewer = [i for i in before.items if i.group != "course-1"]
        smaller = build_schedule(fewer, replace(before.settings, start=before.settings.start))
        svc.run(ApplySchedule(plan, smaller, OpKind.EDIT_SETTINGS, "Edit plan"))
        after = svc.load(plan)
        assert [i.key for i in after.items] == [i.key for i in fewer]
        assert after.ledger.done == {"course-0/m0"}
        assert [p.done for p in svc.list_plans()] == [1]
        svc.undo()
        restored = svc.load(plan)
        assert restored.items == before.items, "order, titles and the user's estimate"
        assert restored.catalog_hours == before.catalog_hours
        assert restored.baseline == before.baseline
        svc.redo()
        assert [i.key for i in svc.load(plan).items] == [i.key for i in fewer]
