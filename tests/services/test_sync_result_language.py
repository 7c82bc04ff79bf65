"""A sync's last result is kept language-neutral and said in the reader's language:
a summary as its English line, a failure as its message (id and arguments); results
stored by earlier versions still read. Against a real CalDAV server (Radicale)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from radicale_server import RadicaleServer

from planner import messages
from planner.core.plan import PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import SyncOffline, set_up_sync, shown_result, sync_now, sync_setup
from planner.storage.db import DB_FILENAME
from planner.translations import catalog_backend
from tests.keyring_backend import MemoryKeyring
from tests.plan_factory import items


@pytest.fixture
def svc(data_dir: Path) -> Iterator[PlanService]:
    settings = PlanSettings(date(2026, 11, 30), 6, frozenset({0, 2, 5}), timezone="UTC")
    service = PlanService(data_dir, clock=FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC)))
    service.create_plan(name="Sync me", schedule=build_schedule(items(6), settings))
    yield service
    service.close()


def _store(folder: Path, text: str) -> None:
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("UPDATE calendar_targets SET last_result = ? WHERE kind = 'caldav'", (text,))


def test_a_failure_is_said_in_the_reader_s_language_and_old_results_still_read(
    svc: PlanService,
    server: RadicaleServer,
    calendar_url: str,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
) -> None:
    set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)
    setup = sync_setup(svc, 1)
    assert setup is not None and setup.last_result is not None
    summary = setup.last_result
    assert summary.startswith("Synced: ") and shown_result(setup) == summary
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    try:
        assert shown_result(setup).startswith("Synchronisiert: ")
    finally:
        messages.set_backend(None)

    server.stop()
    try:
        with pytest.raises(SyncOffline):
            sync_now(svc, 1)
    finally:
        server.start()
    setup = sync_setup(svc, 1)
    assert setup is not None and setup.last_result is not None
    assert setup.last_result.startswith("Cannot reach the calendar server")  # English
    assert shown_result(setup) == setup.last_result
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        stored = conn.execute("SELECT last_result FROM calendar_targets").fetchone()[0]
    assert stored.startswith('{"id":"error.')  # neither English nor German: the message
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    try:
        german = shown_result(setup)
        # The server layer's own sentence (the reason) is quoted as it was raised.
        assert german.endswith(
            "Ihr Plan wurde nicht geändert. Versuchen Sie es erneut, wenn er wieder erreichbar ist."
        )
        assert "Your plan was not changed" not in german
        assert "\n" not in german
    finally:
        messages.set_backend(None)

    # What earlier versions stored: a summary is said again, any other text as it is.
    _store(
        data_dir,
        "Synced: 2 new, 0 changed, 5 unchanged, 1 deleted; 3 module(s) ticked from the calendar.",
    )
    earlier = sync_setup(svc, 1)
    assert earlier is not None
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    try:
        shown = shown_result(earlier)
        assert shown.startswith("Synchronisiert: 2 neu, 0 geändert, 5 unverändert, 1 gelöscht; 3 ")
        _store(data_dir, "Cannot reach the calendar server (old words).")
        old = sync_setup(svc, 1)
        assert (
            old is not None and shown_result(old) == "Cannot reach the calendar server (old words)."
        )
    finally:
        messages.set_backend(None)
