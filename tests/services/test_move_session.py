"""Moving one session: one undoable operation, no backup, and the calendar export follows."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest

from planner.services.calendar import export_calendar
from planner.services.operations import MoveSession, preview_move
from planner.services.plans import ServiceError
from planner.storage.backups import list_backups
from tests.plan_factory import schedule, service

WED = date(2026, 12, 9)


def _event(ics: str, uid_part: str) -> str:
    blocks = re.findall(r"BEGIN:VEVENT\n.*?END:VEVENT", ics, re.S)
    return next(b for b in blocks if uid_part in b.replace("\n ", ""))


def _field(event: str, name: str) -> str:
    match = re.search(rf"^{name}[;:](.*)$", event, re.M)
    assert match is not None, name
    return match.group(1).strip()


def test_a_move_is_one_undoable_operation_without_a_backup(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Plan", schedule=schedule(6))
        backups = len(list_backups(data_dir))
        before = svc.load(plan).baseline
        changes = svc.run(MoveSession(plan, WED, date(2026, 12, 10), time(7, 0)))
        assert changes.label == "Move “Module 2”" and changes.backup is None
        assert len(list_backups(data_dir)) == backups
        days = {s.day: s.start for s in svc.load(plan).baseline.sessions}
        assert WED not in days and days[date(2026, 12, 10)] == time(7, 0)
        assert svc.peek_undo(plan) is not None
        assert svc.peek_undo(plan).label == "Move “Module 2”"  # type: ignore[union-attr]

        svc.undo(plan)
        assert svc.load(plan).baseline == before
        svc.redo(plan)
        assert {s.day for s in svc.load(plan).baseline.sessions} == set(days)


def test_a_move_that_cannot_be_made_changes_nothing(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Plan", schedule=schedule(6))
        op = MoveSession(plan, WED, date(2026, 11, 30), time(19, 0))
        with pytest.raises(ServiceError, match="before today"):
            svc.run(op)
        with pytest.raises(ServiceError, match="before today"):
            preview_move(svc, op)
        assert svc.load(plan).baselines == 1
        assert svc.peek_undo(plan) is not None
        assert svc.peek_undo(plan).label != "Move “Module 2”"  # type: ignore[union-attr]


def test_the_preview_names_the_other_work_that_moves(data_dir: Path) -> None:
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Plan", schedule=schedule(6))
        result = preview_move(svc, MoveSession(plan, WED, date(2026, 12, 12), time(21, 0)))
        assert result.joined
        assert {s.to_day for s in result.shifts} == {date(2026, 12, 14)}
        assert svc.load(plan).baselines == 1  # nothing stored


def test_the_calendar_export_carries_the_moved_session(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    with service(data_dir) as svc:
        plan = svc.create_plan(name="Plan", schedule=schedule(6))
        export_calendar(svc, plan, target)
        first = _event(target.read_text(), "-s-2026-12-09@")
        assert _field(first, "DTSTART").endswith("20261209T190000")

        # Another time on the same day: the same event, updated.
        svc.run(MoveSession(plan, WED, WED, time(7, 30)))
        export_calendar(svc, plan, target)
        second = _event(target.read_text(), "-s-2026-12-09@")
        assert _field(second, "UID") == _field(first, "UID")
        assert _field(second, "DTSTART").endswith("20261209T073000")
        assert int(_field(second, "SEQUENCE")) > int(_field(first, "SEQUENCE"))

        # Another day: the old event is cancelled, the new day has the session.
        svc.run(MoveSession(plan, WED, date(2026, 12, 10), time(8, 0)))
        export_calendar(svc, plan, target)
        text = target.read_text()
        old = _event(text, "-s-2026-12-09@")
        assert _field(old, "STATUS") == "CANCELLED"
        assert int(_field(old, "SEQUENCE")) > int(_field(second, "SEQUENCE"))
        assert _field(_event(text, "-s-2026-12-10@"), "DTSTART").endswith("20261210T080000")
