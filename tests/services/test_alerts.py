"""What a plan was made from, kept with it: stored at creation, copied with it, switched
and restored by undo and redo, and read from the items of a plan made before."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from planner.catalog import load_catalog
from planner.core.catalog import Cloud
from planner.services.alerts import (
    course_ids_of,
    facts_for,
    facts_from_catalog,
    plan_alerts,
    switch_exam,
)
from planner.services.builder import PlanChoices, build_preview
from planner.services.clock import FixedClock
from planner.services.operations import CreatePlan
from planner.services.plans import PlanService, ServiceError
from planner.storage.db import DB_FILENAME
from planner.storage.plan_facts import migrate_plan_facts
from tests.catalog_overrides import mla_c01_never_retires

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"


def _aws_plan(svc: PlanService, data_dir: Path) -> int:
    override = mla_c01_never_retires(data_dir)
    catalog = load_catalog(data_dir).catalog
    choices = PlanChoices(
        path_id="data-scientist",
        certification_id="aws-mla-c01",
        cloud=Cloud.AWS,
        start=date(2026, 11, 30),
        hours_per_week=10,
        prep_weeks=8,
        timezone="UTC",
    )
    schedule = build_preview(catalog, choices).schedule
    assert schedule is not None
    facts = facts_from_catalog(catalog, "aws-mla-c01", course_ids_of(schedule.items), "en")
    op = CreatePlan("AWS", schedule, "data-scientist", "aws", "aws-mla-c01", facts)
    plan_id = svc.run(op).plan_id
    assert plan_id is not None
    override.unlink()
    return plan_id


def test_switch_undo_and_redo_move_the_exam_and_its_facts_together(data_dir: Path) -> None:
    with PlanService(data_dir, FixedClock(NOW)) as svc:
        plan_id = _aws_plan(svc, data_dir)
        catalog = load_catalog(data_dir).catalog
        snap = svc.load(plan_id)
        stored = facts_for(svc, snap)
        assert not stored.derived and stored.catalog_version == catalog.version
        assert stored.catalog_checked == catalog.as_of
        report = plan_alerts(svc, snap, catalog, NOW.date())
        assert [a.kind for a in report.alerts] == ["exam-retires"]

        switch_exam(svc, plan_id, catalog, apply=True)
        after = svc.load(plan_id)
        assert after.certification_id == "aws-mla-c02"
        assert facts_for(svc, after).facts.certification_id == "aws-mla-c02"
        assert plan_alerts(svc, after, catalog, NOW.date()).alerts == ()
        with pytest.raises(ServiceError, match="nothing to switch"):
            switch_exam(svc, plan_id, catalog, "aws-mla-c02", apply=False)

        svc.undo()
        back = svc.load(plan_id)
        assert back.certification_id == "aws-mla-c01"
        assert facts_for(svc, back).facts.certification_id == "aws-mla-c01"
        assert [i.key for i in back.items] == [i.key for i in snap.items]
        svc.redo()
        assert facts_for(svc, svc.load(plan_id)).facts.certification_id == "aws-mla-c02"


def test_a_copy_and_a_recreated_plan_keep_their_facts(data_dir: Path) -> None:
    with PlanService(data_dir, FixedClock(NOW)) as svc:
        plan_id = _aws_plan(svc, data_dir)
        original = facts_for(svc, svc.load(plan_id))
        copy = svc.duplicate(plan_id)
        assert facts_for(svc, svc.load(copy)) == original
        svc.undo()  # the copy
        svc.undo()  # the creation
        svc.redo()
        assert facts_for(svc, svc.load(plan_id)) == original


def test_a_migrated_file_gets_the_table_and_its_plans_read_their_facts(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.executescript((FIXTURES / "schema-v2.sql").read_text(encoding="utf-8"))
    conn.close()
    with PlanService(data_dir, FixedClock(NOW)) as svc:
        with svc.db.engine.begin() as connection:
            assert inspect(connection).has_table("plan_facts")
            migrate_plan_facts(connection)  # a second run changes nothing
        plan = svc.list_plans()[0].id
        assert facts_for(svc, svc.load(plan)).derived
