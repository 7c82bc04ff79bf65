"""Schema 5: undo labels kept as messages, the review share a plan setting; files of
schema 4 migrate with every tick, log and operation, and undo goes on working."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner import messages
from planner.catalog import load_catalog
from planner.core.catalog import Catalog
from planner.services import operations as ops
from planner.services.clock import FixedClock
from planner.services.edit import apply_edit, choices_of
from planner.services.plans import PlanService
from planner.storage.db import DB_FILENAME, SCHEMA_VERSION, check_file
from planner.translations import catalog_backend
from tests.services.test_edit import make

FIXTURE = Path(__file__).parent / "fixtures" / "schema-v4.sql"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None).catalog


@pytest.fixture
def german() -> Iterator[None]:
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    try:
        yield
    finally:
        messages.set_backend(None)


def _operations(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT id, plan_id, kind, label, state, undone_seq, data_json FROM operations ORDER BY id"
    ).fetchall()
    conn.close()
    return rows


def test_a_schema_4_file_keeps_its_ticks_logs_and_operations_and_undo_works_on(
    data_dir: Path, german: None
) -> None:
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    before = _operations(path)
    with PlanService(data_dir, clock=FixedClock(NOW)) as svc:
        snap = svc.load(1)
        assert snap.name == "Schema v4 fixture"
        first = snap.items[0].key
        assert snap.ledger.done == {first} and snap.ledger.hours_logged(first) == 2.5
        assert _operations(path) == before, "every operation is kept as it was"
        # The newest operation came from schema 4: its English is read back, in German.
        undo, redo = svc.peek_history()
        assert undo is not None and redo is None
        assert str(undo.said) == "„Schema v3 fixture“ umbenennen"
        undone = svc.undo()
        assert undone is not None and undone.label == "Rename “Schema v3 fixture”"
        assert str(undone.said) == "„Schema v3 fixture“ umbenennen"
        assert svc.load(1).name == "Schema v3 fixture"
        svc.redo()
        assert svc.load(1).name == "Schema v4 fixture"
        # What is done after the migration keeps its label as a message as well.
        svc.run(ops.Tick(1, snap.items[1].key))
        undo, _ = svc.peek_history()
        assert undo is not None and str(undo.said).endswith("abhaken")
        svc.undo()
        assert svc.load(1).ledger.done == {first}
    assert check_file(path).state == "ok"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    old = conn.execute("SELECT label_json FROM operations WHERE id <= 4").fetchall()
    new = conn.execute("SELECT label_json FROM operations WHERE id > 4").fetchall()
    conn.close()
    assert {row[0] for row in old} == {""}, "rows from before schema 5 are read back"
    assert new and all(json.loads(row[0])["id"].startswith("label.") for row in new)


def _as_schema_4(path: Path, review_title: str | None = None) -> None:
    """Turn a file of today into one schema 4 wrote: no label messages, no review share
    column, baselines without the share; ``review_title`` replaces the review group's
    title (as plans made before reviews named their domain had it)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE operations DROP COLUMN label_json")
        conn.execute("ALTER TABLE plans DROP COLUMN review_share")
        for baseline_id, text in conn.execute("SELECT id, schedule_json FROM baselines").fetchall():
            schedule = json.loads(text)
            schedule["settings"].pop("review_share", None)
            if review_title is not None:
                for item in schedule["items"]:
                    if item["group"] == "review":
                        item["group_title"] = review_title
            conn.execute(
                "UPDATE baselines SET schedule_json = ? WHERE id = ?",
                (json.dumps(schedule), baseline_id),
            )
        if review_title is not None:
            conn.execute(
                "UPDATE plan_items SET group_title = ? WHERE group_key = 'review'", (review_title,)
            )
        conn.execute("PRAGMA user_version=4")
    conn.close()


def _with_review(data_dir: Path, catalog: Catalog, share: float) -> PlanService:
    svc = make(data_dir, catalog)
    svc.tick(1, svc.load(1).items[0].key)
    apply_edit(svc, 1, _share(svc, share), catalog)
    return svc


def _share(svc: PlanService, share: float) -> object:
    import dataclasses

    return dataclasses.replace(choices_of(svc.load(1)), review_share=share)


def test_an_old_plan_gets_its_review_share_from_the_title(data_dir: Path, catalog: Catalog) -> None:
    svc = _with_review(data_dir, catalog, 0.1)
    apply_edit(svc, 1, _share(svc, 0.2), catalog)  # type: ignore[arg-type]
    items = svc.load(1).items
    svc.close()
    _as_schema_4(data_dir / DB_FILENAME)
    with PlanService(data_dir, clock=FixedClock(NOW)) as again:
        snap = again.load(1)
        assert snap.items == items
        assert choices_of(snap).review_share == pytest.approx(0.2)
        again.undo(1)  # back to the baseline made with 10 %
        assert again.load(1).settings.review_share == pytest.approx(0.1)
        again.undo(1)  # and to the one without review
        assert again.load(1).settings.review_share == 0


def test_a_plan_made_before_reviews_named_their_domain_shows_its_review_in_edit_plan(
    data_dir: Path, catalog: Catalog
) -> None:
    svc = _with_review(data_dir, catalog, 0.1)
    snap = svc.load(1)
    reviews = {i.key for i in snap.items if i.group == "review"}
    per_week = [
        sum(a.hours for a in w.allocations if a.item_key in reviews) for w in snap.baseline.weeks
    ]
    used = [n for n, hours in enumerate(per_week) if hours > 0]
    average = sum(per_week) / (used[-1] - used[0] + 1) / snap.settings.hours_per_week
    svc.close()
    _as_schema_4(data_dir / DB_FILENAME, review_title="Spaced review")
    with PlanService(data_dir, clock=FixedClock(NOW)) as again:
        snap = again.load(1)
        share = choices_of(snap).review_share
        assert {i.key for i in snap.items if i.group == "review"} == reviews
    # Not "off": what the reviews take of the weekly hours on average, a whole percent.
    assert 0 < share <= 0.1
    assert share * 100 == round(share * 100)
    assert average <= share < average + 0.01


def test_one_hand_edited_baseline_does_not_keep_the_file_from_upgrading(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    odd = {"items": [{"key": "review/x", "group": "review"}], "settings": {"hours_per_week": "x"}}
    conn.execute(
        "UPDATE baselines SET schedule_json = ? WHERE id = (SELECT MIN(id) FROM baselines)",
        (json.dumps(odd),),
    )
    conn.commit()
    conn.close()
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    with PlanService(data_dir, clock=FixedClock(now)) as svc:
        assert svc.list_plans(), "the plans are there"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
