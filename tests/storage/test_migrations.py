"""Every released schema opens with its data intact (fixtures in tests/storage/fixtures)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.services.plans import PlanService
from planner.storage.db import DB_FILENAME, SCHEMA_VERSION, check_file

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-v*.sql"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_old_file_opens_with_plans_ticks_logs_and_exports_intact(
    fixture: Path, data_dir: Path
) -> None:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.close()
    with PlanService(data_dir) as svc:
        plans = svc.list_plans()
        assert [p.name for p in plans] == ["Schema v1 fixture"]
        snap = svc.load(plans[0].id)
        first, second = snap.items[0].key, snap.items[1].key
        assert snap.ledger.done == {first}, "the undone tick stays undone"
        assert snap.ledger.hours_logged(first) == 2.5
        assert snap.item(second).hours == 9.0
        assert snap.catalog_hours[second] != 9.0
        assert snap.baseline.exam_date is not None
        assert snap.settings.timezone == "Europe/Berlin"
        # and it still takes new progress
        svc.tick(snap.id, second)
    assert check_file(data_dir / DB_FILENAME).state == "ok"
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("select count(*) from calendar_exports").fetchone()[0] >= 1
    conn.close()
