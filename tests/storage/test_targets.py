"""Calendar targets: the schema-2 export record moves to a file target that keeps updating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.cli import main
from planner.storage.db import DB_FILENAME, Database
from planner.storage.targets import migrate_targets

FIXTURE = Path(__file__).parent / "fixtures" / "schema-v2.sql"


def _v2_with_targets(data_dir: Path) -> None:
    """A schema-2 file, then what the migration ladder will run for the targets."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    db = Database(data_dir / DB_FILENAME)
    try:
        with db.transaction() as s:
            assert migrate_targets(s.connection()) == 1
        with db.transaction() as s:
            assert migrate_targets(s.connection()) == 0  # again: nothing left to move
    finally:
        db.close()


def test_the_migration_moves_the_export_record_to_a_file_target(data_dir: Path) -> None:
    _v2_with_targets(data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("select count(*) from calendar_exports").fetchone() == (0,)
        targets = conn.execute("select plan_id, kind, location from calendar_targets").fetchall()
        assert targets == [(1, "file", "")]
        uids = [r[0] for r in conn.execute("select uid, sequence from calendar_target_events")]
        assert uids == ["ab02698fbdec4f3cb9826536df9b33a6-m-exam@study-planner"]
    finally:
        conn.close()


def test_after_the_migration_the_next_export_updates_instead_of_adding(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _v2_with_targets(data_dir)
    ics = tmp_path / "plan.ics"
    assert main(["--data-dir", str(data_dir), "export", "1", "--ics", str(ics)]) == 0
    out = capsys.readouterr().out
    calendar = Calendar.from_ical(ics.read_bytes())
    exam = next(
        e for e in calendar.walk("VEVENT") if str(e["UID"]).endswith("-m-exam@study-planner")
    )
    # The exam the old export sent is known: it comes back as an update, not as new.
    written = len(calendar.walk("VEVENT"))
    assert f"Wrote {written} events" in out and f"({written - 1} new," in out
    assert exam["UID"] == "ab02698fbdec4f3cb9826536df9b33a6-m-exam@study-planner"
    assert "0 cancelled" in out
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        locations = [r[0] for r in conn.execute("select location from calendar_targets")]
        assert locations == [str(ics.resolve())]  # the pathless target was adopted
    finally:
        conn.close()
