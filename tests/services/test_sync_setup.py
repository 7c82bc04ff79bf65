"""Setting up sync once, then syncing with a click: the settings API against a real
CalDAV server (Radicale on 127.0.0.1), with the password in a keyring or in none."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from radicale_server import Phone, RadicaleServer, free_port

from planner.services import passwords
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import (
    PasswordNeeded,
    SyncAuthFailed,
    SyncError,
    SyncOffline,
    set_up_sync,
    stop_sync,
    sync_now,
    sync_setup,
)
from planner.storage.db import DB_FILENAME
from tests.keyring_backend import MemoryKeyring
from tests.plan_factory import calendar_plan

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def svc(data_dir: Path, clock: FixedClock) -> Iterator[PlanService]:
    service = PlanService(data_dir, clock=clock)
    calendar_plan(service, "Set me up", 9)
    yield service
    service.close()


def _db_hash(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def test_setting_up_syncs_once_stores_the_setup_and_the_password_in_the_keyring(
    svc: PlanService, calendar_url: str, memory_keyring: MemoryKeyring, clock: FixedClock
) -> None:
    assert sync_setup(svc, 1) is None
    outcome = set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)
    assert outcome.created_calendar and outcome.sent_new > 10
    assert outcome.password_stored
    assert passwords.load_password(calendar_url, "alice") == "secret"
    assert "secret" not in (svc.db.path).read_bytes().decode("utf-8", "replace")
    setup = sync_setup(svc, 1)
    assert setup is not None
    assert (setup.url, setup.username, setup.tasks) == (calendar_url, "alice", False)
    assert setup.last_synced_at == NOW
    assert setup.last_result and f"{outcome.sent_new} new" in setup.last_result
    # Later: one click, no password asked, nothing duplicated.
    clock.at = NOW + timedelta(hours=2)
    again = sync_now(svc, 1)
    assert (again.sent_new, again.sent_changed, again.deleted) == (0, 0, 0)
    later = sync_setup(svc, 1)
    assert later is not None and later.last_synced_at == NOW + timedelta(hours=2)
    assert len(Phone(calendar_url).names()) == outcome.sent_new


def test_without_a_keyring_nothing_is_stored_and_a_sync_needs_the_password(
    svc: PlanService, calendar_url: str, no_keyring: None
) -> None:
    outcome = set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)
    assert not outcome.password_stored
    assert sync_setup(svc, 1) is not None, "the setup itself is kept"
    with pytest.raises(PasswordNeeded, match="no system keyring"):
        sync_now(svc, 1)
    assert sync_now(svc, 1, "secret").unchanged == outcome.sent_new


def test_not_remembering_keeps_the_keyring_empty(
    svc: PlanService, calendar_url: str, memory_keyring: MemoryKeyring
) -> None:
    set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True, remember=False)
    assert memory_keyring.secrets == {}
    with pytest.raises(PasswordNeeded, match="is not stored; give it"):
        sync_now(svc, 1)


def test_a_wrong_password_is_refused_and_changes_nothing(
    svc: PlanService, calendar_url: str, memory_keyring: MemoryKeyring
) -> None:
    before = _db_hash(svc.db.path.parent)
    with pytest.raises(SyncAuthFailed, match="refused the user name or password") as info:
        set_up_sync(svc, 1, calendar_url, "alice", "wrong", create=True)
    assert "Your plan was not changed." in str(info.value)
    assert sync_setup(svc, 1) is None and memory_keyring.secrets == {}
    assert _db_hash(svc.db.path.parent) == before
    # A password changed on the server later: the stored one is refused, the sync says so.
    set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)
    memory_keyring.set_password(passwords.SERVICE, f"alice@{calendar_url}", "old")
    with pytest.raises(SyncAuthFailed):
        sync_now(svc, 1)
    setup = sync_setup(svc, 1)
    assert setup is not None and setup.last_result is not None
    assert "refused the user name or password" in setup.last_result
    assert setup.last_synced_at == NOW, "the last sync that worked"


def test_an_unreachable_server_is_offline_not_an_error_of_the_setup(
    svc: PlanService, server: RadicaleServer, calendar_url: str, memory_keyring: MemoryKeyring
) -> None:
    url = f"http://127.0.0.1:{free_port()}/alice/study/"
    with pytest.raises(SyncOffline, match="Cannot reach the calendar server"):
        set_up_sync(svc, 1, url, "alice", "secret", create=True)
    assert sync_setup(svc, 1) is None
    set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)
    server.stop()
    try:
        with pytest.raises(SyncOffline, match="Try again when it is back"):
            sync_now(svc, 1)
    finally:
        server.start()
    setup = sync_setup(svc, 1)
    assert setup is not None and setup.last_result is not None
    assert setup.last_result.startswith("Cannot reach the calendar server")
    assert sync_now(svc, 1).sent_new == 0


def test_stopping_forgets_the_records_and_the_password_and_keeps_the_events(
    svc: PlanService, calendar_url: str, memory_keyring: MemoryKeyring
) -> None:
    outcome = set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)
    assert stop_sync(svc, 1) == outcome.sent_new
    assert sync_setup(svc, 1) is None and memory_keyring.secrets == {}
    assert len(Phone(calendar_url).names()) == outcome.sent_new, "nothing deleted there"
    with pytest.raises(SyncError, match="not set up to sync"):
        sync_now(svc, 1, "secret")
    with pytest.raises(SyncError, match="does not sync with a calendar"):
        stop_sync(svc, 1)


def test_a_new_setup_replaces_the_old_calendar(
    svc: PlanService, server: RadicaleServer, memory_keyring: MemoryKeyring
) -> None:
    first = f"{server.url}/alice/{uuid.uuid4().hex[:8]}/"
    second = f"{server.url}/bob/{uuid.uuid4().hex[:8]}/"
    set_up_sync(svc, 1, first, "alice", "secret", create=True)
    set_up_sync(svc, 1, second, "bob", "other", create=True, tasks=True)
    setup = sync_setup(svc, 1)
    assert setup is not None and (setup.url, setup.username, setup.tasks) == (second, "bob", True)
    assert passwords.load_password(first, "alice") is None
    assert passwords.load_password(second, "bob") == "other"


def test_a_calendar_synced_before_the_setup_existed_counts_as_set_up(data_dir: Path) -> None:
    fixture = Path(__file__).parents[1] / "storage" / "fixtures" / "schema-v3.sql"
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.execute(
        "INSERT INTO calendar_targets VALUES(7,1,'caldav','https://dav.example.org/me/s/',"
        "'me','tok','','2026-11-20 10:00:00.000000','2026-11-28 18:30:00.000000')"
    )
    conn.commit()
    conn.close()
    with PlanService(data_dir) as svc:
        setup = sync_setup(svc, 1)
    assert setup is not None
    assert (setup.url, setup.username) == ("https://dav.example.org/me/s/", "me")
    assert not setup.tasks
    assert setup.last_synced_at == datetime(2026, 11, 28, 18, 30, tzinfo=UTC)
    assert setup.last_result is None
