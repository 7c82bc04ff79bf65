"""Cutting a sync off from another thread (closing the app, restoring a backup), against
a real Radicale behind a real web server that holds a request without answering."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from radicale_server import Phone, RadicaleServer, Redirector

from planner.services.caldav import CalDAVCancelled, CalDAVClient, Cancel
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import SyncOffline, sync_plan
from planner.storage.db import DB_FILENAME, FileState, check_file
from tests.plan_factory import calendar_plan

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def web(server: RadicaleServer) -> Iterator[Redirector]:
    with Redirector(server) as front:
        yield front


@pytest.fixture
def svc(data_dir: Path) -> Iterator[PlanService]:
    service = PlanService(data_dir, clock=FixedClock(NOW))
    calendar_plan(service, "Cut off", 6)
    yield service
    service.close()


def in_thread(cancel: Cancel, work) -> tuple[threading.Thread, list[BaseException]]:  # type: ignore[no-untyped-def]
    failures: list[BaseException] = []

    def run() -> None:
        with cancel.scope():
            try:
                work()
            except BaseException as exc:  # handed to the test
                failures.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, failures


def test_a_held_request_is_cut_off_and_no_later_one_is_sent(
    web: Redirector, calendar_url: str
) -> None:
    url = web.url + calendar_url[calendar_url.index("/alice/") :]
    web.stall = lambda method, path: True
    cancel = Cancel()
    thread, failures = in_thread(cancel, lambda: CalDAVClient(url, "alice", "secret").info())
    assert web.stalled.wait(30)
    cancel.cancel()
    thread.join(20)  # far below the client's 30 s timeout, and the server never answers
    assert not thread.is_alive()
    assert len(failures) == 1 and isinstance(failures[0], CalDAVCancelled)
    assert "stopped before it finished" in str(failures[0])
    assert not web.release.is_set()
    # A client made under a cancelled scope sends nothing at all.
    web.stall = None
    web.seen.clear()
    thread, failures = in_thread(cancel, lambda: CalDAVClient(url, "alice", "secret").info())
    thread.join(20)
    assert isinstance(failures[0], CalDAVCancelled) and web.seen == []


def test_a_sync_cut_off_while_sending_records_what_it_sent_and_the_next_one_finishes(
    svc: PlanService, data_dir: Path, web: Redirector, calendar_url: str
) -> None:
    url = web.url + calendar_url[calendar_url.index("/alice/") :]
    puts: list[str] = []

    def fifth_put(method: str, path: str) -> bool:
        if method == "PUT":
            puts.append(path)
        return len(puts) == 5 and method == "PUT"

    web.stall = fifth_put
    cancel = Cancel()
    service = PlanService(data_dir, clock=FixedClock(NOW))  # the worker's own connection
    thread, failures = in_thread(
        cancel, lambda: sync_plan(service, 1, url, "alice", "secret", create=True)
    )
    assert web.stalled.wait(30)
    web.stall = None
    cancel.cancel()
    thread.join(20)
    service.close()
    assert not thread.is_alive()
    assert len(failures) == 1 and isinstance(failures[0], SyncOffline)
    assert check_file(data_dir / DB_FILENAME).state is FileState.OK
    phone = Phone(calendar_url)
    sent_before = phone.names()
    assert len(sent_before) == 4, "four were sent before the held one"
    outcome = sync_plan(svc, 1, url, "alice", "secret")
    # The four are known (recorded by the cut-off sync): only the rest is new.
    assert outcome.unchanged == 4 and outcome.conflicts == 0
    everything = phone.names()
    assert sent_before < everything and len(everything) == outcome.sent_new + 4
    again = sync_plan(svc, 1, url, "alice", "secret")
    assert (again.sent_new, again.sent_changed, again.deleted) == (0, 0, 0)
