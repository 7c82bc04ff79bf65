"""A calendar address that the server sends on elsewhere (HTTP redirects), or a server
behind a proxy that is down, against a tiny real web server on 127.0.0.1 in front of
Radicale."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from radicale_server import Phone, RadicaleServer, Redirector

from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import (
    SyncAuthFailed,
    SyncError,
    SyncOffline,
    set_up_sync,
    sync_now,
    sync_setup,
)
from tests.keyring_backend import MemoryKeyring
from tests.plan_factory import calendar_plan

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _keyring(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """Every test here runs with a system keyring (tests/conftest.py)."""
    return memory_keyring


@pytest.fixture
def svc(data_dir: Path) -> Iterator[PlanService]:
    service = PlanService(data_dir, clock=FixedClock(NOW))
    calendar_plan(service, "Moved", 6)
    yield service
    service.close()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_moved_calendar_is_followed_with_its_method_and_remembered_at_its_new_address(
    svc: PlanService, server: RadicaleServer, memory_keyring: MemoryKeyring, status: int
) -> None:
    name = uuid.uuid4().hex[:8]
    with Redirector(server, status) as web:
        web.moves["/old/"] = f"/alice/{name}/"
        outcome = set_up_sync(svc, 1, f"{web.url}/old/", "alice", "secret", create=True, tasks=True)
        final = f"{web.url}/alice/{name}/"
        assert outcome.url == final
        # The redirect was answered for a PROPFIND, and PROPFIND (not GET) followed it,
        # with the password, on the same server.
        assert ("PROPFIND", "/old/", True) in web.seen
        assert ("PROPFIND", f"/alice/{name}/", True) in web.seen
        assert not any(method == "GET" for method, _, _ in web.seen)
        setup = sync_setup(svc, 1)
        assert setup is not None and setup.url == final
        assert memory_keyring.secrets == {("study-planner", f"alice@{final}"): "secret"}
        web.seen.clear()
        again = sync_now(svc, 1)
        assert again.sent_new == again.tasks_new == 0
        assert not any(path.startswith("/old/") for _, path, _ in web.seen), "goes straight"
    assert len(Phone(f"{server.url}/alice/{name}/").names()) == outcome.sent_new + 6


def test_the_password_is_not_sent_to_another_server(
    svc: PlanService, server: RadicaleServer
) -> None:
    name = uuid.uuid4().hex[:8]
    with Redirector(server, 307) as web:
        web.moves["/old/"] = f"{server.url}/alice/{name}/"  # another port: another server
        with pytest.raises(SyncAuthFailed, match="another server") as info:
            set_up_sync(svc, 1, f"{web.url}/old/", "alice", "secret", create=True)
    # Radicale takes alice's password: its 401 shows the password was left out.
    assert f"{server.url}/alice/{name}/" in str(info.value)
    assert "Nothing was changed" in str(info.value)
    assert sync_setup(svc, 1) is None


def test_a_redirect_loop_stops_after_five_hops(svc: PlanService, server: RadicaleServer) -> None:
    with Redirector(server, 302) as web:
        web.moves["/loop/"] = "/loop/"
        with pytest.raises(SyncError, match="more than 5 times"):
            set_up_sync(svc, 1, f"{web.url}/loop/", "alice", "secret", create=True)
        assert len(web.seen) == 6  # the request and five redirects followed
    assert sync_setup(svc, 1) is None


def test_a_proxy_whose_server_is_down_is_offline_and_the_next_sync_works(
    svc: PlanService, server: RadicaleServer
) -> None:
    name = uuid.uuid4().hex[:8]
    with Redirector(server) as web:
        url = f"{web.url}/alice/{name}/"
        first = set_up_sync(svc, 1, url, "alice", "secret", create=True)
        web.unavailable = True
        with pytest.raises(SyncOffline, match=r"not available right now \(HTTP 503\)"):
            sync_now(svc, 1)
        web.unavailable = False
        assert sync_now(svc, 1).unchanged == first.sent_new
