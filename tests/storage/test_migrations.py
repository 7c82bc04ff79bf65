"""Every released schema opens with its data intact (fixtures in tests/storage/fixtures)."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest

from planner.services.plans import PlanService
from planner.storage.backups import list_backups
from planner.storage.db import DB_FILENAME, SCHEMA_VERSION, check_file

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-v*.sql"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_old_file_opens_with_plans_ticks_logs_and_exports_intact(
    fixture: Path, data_dir: Path
) -> None:
    version = int(fixture.stem.split("-v")[1])
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.close()
    with PlanService(data_dir) as svc:
        plans = svc.list_plans()
        assert [p.name for p in plans] == [f"Schema v{version} fixture"]
        assert plans[0].done == 1, "the plan list counts what the ledger says is done"
        snap = svc.load(plans[0].id)
        first, second = snap.items[0].key, snap.items[1].key
        assert snap.ledger.done == {first}, "the undone tick stays undone"
        assert snap.ledger.hours_logged(first) == 2.5
        assert snap.item(second).hours == 9.0
        assert snap.catalog_hours[second] != 9.0
        assert snap.baseline.exam_date is not None
        assert snap.settings.timezone == "Europe/Berlin"
        if version >= 2:  # a busy evening moved one session later
            assert snap.settings.day_starts == ((date(2026, 12, 2), time(20, 0)),)
        # and it still takes new progress
        svc.tick(snap.id, second)
    assert check_file(data_dir / DB_FILENAME).state == "ok"
    reasons = [b.reason for b in list_backups(data_dir)]
    assert (f"before-migration-v{version}" in reasons) == (version < SCHEMA_VERSION)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("select count(*) from calendar_target_events").fetchone()[0] >= 1
    conn.close()
