"""Going back to a backup of a plan that syncs with a calendar, against a real Radicale.

The backup's own sync state (tokens, ETags, what was sent) is older than what the
calendar holds; the restored file takes the calendar state of the file it replaces, so
the next sync puts the restored plan on the calendar exactly: no second copy of an
event, no event left over from the later plan, and a done mark made on the phone in
between still ticks its modules.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from radicale_server import Phone

from planner.ical.export import milestone_uid, session_uid
from planner.ical.tasks import task_uid
from planner.services.calendar import import_busy
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import SyncOutcome, sync_plan
from planner.storage.backups import carry_sync_state, restore_backup, take_backup
from planner.storage.db import DB_FILENAME, FileState, check_file
from tests.plan_factory import calendar_plan

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
# A trip on Wednesday 2 December: that session moves, so the later plan has other events.
TRIP = (
    b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:trip@t\n"
    b"SUMMARY:Trip\nDTSTART;VALUE=DATE:20261202\nDTEND;VALUE=DATE:20261203\n"
    b"END:VEVENT\nEND:VCALENDAR\n"
)


@pytest.fixture
def svc(data_dir: Path) -> Iterator[PlanService]:
    service = PlanService(data_dir, clock=FixedClock(NOW))
    calendar_plan(service, "Sync me", 9)
    yield service
    service.close()


def sync(svc: PlanService, url: str, **options: object) -> SyncOutcome:
    return sync_plan(svc, 1, url, "alice", "secret", **options)  # type: ignore[arg-type]


def plan_resources(svc: PlanService, tasks: bool = False) -> set[str]:
    """The resource names the plan should have on the calendar, from the plan itself."""
    snap = svc.load(1)
    sessions = {f"{session_uid(snap.uid, s.day)}.ics" for s in snap.baseline.sessions}
    keys = {m.key for m in snap.baseline.milestones} | {"exam"}
    names = sessions | {f"{milestone_uid(snap.uid, key)}.ics" for key in keys}
    if tasks:
        names |= {f"{task_uid(snap.uid, item.key)}.ics" for item in snap.items}
    return names


@pytest.mark.parametrize("tasks", [False, True])
def test_a_restored_backup_syncs_to_exactly_its_plan_and_keeps_ticks_from_the_phone(
    svc: PlanService, data_dir: Path, calendar_url: str, tasks: bool
) -> None:
    sync(svc, calendar_url, create=True, tasks=tasks)
    backup = take_backup(data_dir, "manual", NOW)
    before = plan_resources(svc, tasks)
    snap = svc.load(1)
    first = snap.baseline.sessions[0]
    # After the backup: a tick in the app and a changed plan, both synced.
    ticked_here = first.allocations[0].item_key
    svc.tick(1, ticked_here)
    import_busy(svc, 1, TRIP)
    sync(svc, calendar_url, tasks=tasks)
    later = plan_resources(svc, tasks)
    assert later != before, "the later plan has other events"
    # Then a done mark on the phone, not synced yet, on a later session both plans have.
    days = {s.day for s in svc.load(1).baseline.sessions}
    last = [s for s in snap.baseline.sessions if s.day in days][-1]
    phone = Phone(calendar_url)
    phone.mark_done(f"{session_uid(snap.uid, last.day)}.ics")
    svc.close()

    restore_backup(data_dir, backup.id, NOW)

    with PlanService(data_dir, clock=FixedClock(NOW)) as restored:
        assert restored.load(1).ledger.done == frozenset(), "the plan as it was then"
        outcome = sync(restored, calendar_url, tasks=tasks)
        phone_keys = {a.item_key for a in last.allocations}
        assert set(outcome.ticked) == phone_keys, "the phone's done mark is taken over"
        assert phone_keys <= restored.load(1).ledger.done
        # The calendar holds the restored plan: nothing of the later plan is left, and
        # no event is there twice (each resource is one UID).
        assert phone.names() == plan_resources(restored, tasks) == before
        # The tick made after the backup is gone here, and the calendar follows.
        if ticked_here not in phone_keys:
            assert ticked_here not in restored.load(1).ledger.done
        # Converged: the next sync has nothing to send or take.
        again = sync(restored, calendar_url, tasks=tasks)
        assert (again.sent_new, again.sent_changed, again.deleted, again.ticked) == (0, 0, 0, [])
        assert phone.names() == before
    assert check_file(data_dir / DB_FILENAME).state is FileState.OK


def test_a_plan_only_in_the_backup_keeps_its_own_sync_state(
    svc: PlanService, data_dir: Path, calendar_url: str
) -> None:
    sync(svc, calendar_url, create=True)
    backup = take_backup(data_dir, "manual", NOW)
    svc.delete(1)
    svc.close()
    restore_backup(data_dir, backup.id, NOW)
    with PlanService(data_dir, clock=FixedClock(NOW)) as restored:
        again = sync(restored, calendar_url)
        assert (again.sent_new, again.sent_changed, again.deleted) == (0, 0, 0)
        assert Phone(calendar_url).names() == plan_resources(restored)


def test_a_backup_from_before_an_upgrade_gets_the_calendar_state_too(
    svc: PlanService, data_dir: Path, calendar_url: str
) -> None:
    # The backup most likely restored after an upgrade is the one taken just before it:
    # an older schema, the same calendar tables. Its stale tokens and ETags would leave
    # events of the later plan on the calendar for good, so it gets the current state.
    import sqlite3

    sync(svc, calendar_url, create=True)
    backup = take_backup(data_dir, "manual", NOW)
    import_busy(svc, 1, TRIP)
    sync(svc, calendar_url)
    svc.close()
    older = data_dir / "older.db"
    older.write_bytes(backup.path.read_bytes())
    with sqlite3.connect(older) as con:
        con.execute("PRAGMA user_version = 4")
    query = "SELECT href, etag FROM calendar_target_events ORDER BY href"
    with sqlite3.connect(data_dir / DB_FILENAME) as con:
        current = con.execute(query).fetchall()
    with sqlite3.connect(older) as con:
        assert con.execute(query).fetchall() != current, "the backup knew less"

    assert carry_sync_state(data_dir / DB_FILENAME, older) is True
    with sqlite3.connect(older) as con:
        assert con.execute(query).fetchall() == current


def test_calendar_tables_of_another_shape_are_not_mixed(svc: PlanService, data_dir: Path) -> None:
    import sqlite3

    svc.close()
    other = data_dir / "other.db"
    other.write_bytes((data_dir / DB_FILENAME).read_bytes())
    with sqlite3.connect(other) as con:
        con.execute("ALTER TABLE calendar_target_events ADD COLUMN later TEXT")
    assert carry_sync_state(data_dir / DB_FILENAME, other) is False
