"""A background sync that is running while the window closes or a backup is restored.

A real Radicale on 127.0.0.1 behind a tiny real web server that can stall (hold a
request without answering, as a slow or hung server does), a real plans file and the
real window offscreen.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from planner.ical.export import milestone_uid, session_uid
from planner.services.caldav import TIMEOUT
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import set_up_sync
from planner.storage.backups import take_backup
from planner.storage.db import DB_FILENAME, FileState, check_file
from planner.ui import sync_status
from planner.ui.app import build_main_window
from planner.ui.dialogs import recovery
from planner.ui.main_window import MainWindow
from planner.ui.sync_status import SyncState
from tests.keyring_backend import MemoryKeyring
from tests.plan_factory import calendar_plan
from tests.services.radicale_server import Phone, RadicaleServer, Redirector

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
WAIT = 30_000  # ms: a generous bound for a sync on a busy machine, never an expectation


@pytest.fixture(autouse=True)
def quick_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_status, "DEBOUNCE_MS", 50)
    monkeypatch.setattr(sync_status, "START_MS", 0)
    monkeypatch.setattr(sync_status, "RETRY_MS", (100, 200))


@pytest.fixture
def web(server: RadicaleServer) -> Iterator[Redirector]:
    """The calendar server, reached through a front that can be told to stall."""
    with Redirector(server) as front:
        yield front


@pytest.fixture
def synced(data_dir: Path, web: Redirector, calendar_url: str, memory_keyring: MemoryKeyring):  # type: ignore[no-untyped-def]
    """A plan set up to sync with a calendar (through ``web``); returns its address."""
    url = web.url + urlsplit(calendar_url).path
    with PlanService(data_dir, clock=FixedClock(NOW)) as svc:
        calendar_plan(svc, "Sync me", 9)
        set_up_sync(svc, 1, url, "alice", "secret", create=True)
    return url


def open_window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_main_window(folder, FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        pass  # the sync soon after the plan opens
    assert window.sync.status.state is SyncState.SYNCED
    return window


def stall_next_sync(qtbot, window: MainWindow, web: Redirector) -> sync_status._Job:  # type: ignore[no-untyped-def]
    """Start a sync and wait until the server holds its first request."""
    web.stall = lambda method, path: True
    assert window.sync.sync_now()
    qtbot.waitUntil(web.stalled.is_set, timeout=WAIT)
    web.stall = None  # later requests are answered; the held one waits for ``release``
    job = window.sync._job
    assert job is not None and not job.isFinished()
    return job


def session(window: MainWindow, index: int) -> tuple[str, list[str]]:
    view = window.controller.view
    assert view is not None
    snap = view.snapshot
    s = snap.baseline.sessions[index]
    return f"{session_uid(snap.uid, s.day)}.ics", list(
        dict.fromkeys(a.item_key for a in s.allocations)
    )


def plan_resources(data_dir: Path) -> set[str]:
    with PlanService(data_dir, clock=FixedClock(NOW)) as svc:
        snap = svc.load(1)
        names = {f"{session_uid(snap.uid, s.day)}.ics" for s in snap.baseline.sessions}
        keys = {m.key for m in snap.baseline.milestones} | {"exam"}
        return names | {f"{milestone_uid(snap.uid, key)}.ics" for key in keys}


def done_on_disk(data_dir: Path) -> frozenset[str]:
    with PlanService(data_dir, clock=FixedClock(NOW)) as svc:
        return svc.load(1).ledger.done


def test_closing_while_the_server_stalls_cuts_the_sync_off_and_keeps_the_last_tick(
    qtbot, data_dir: Path, synced: str, web: Redirector
) -> None:
    window = open_window(qtbot, data_dir)
    _, keys = session(window, 0)
    job = stall_next_sync(qtbot, window, web)
    assert window.controller.set_done(keys[0], True)  # the last tick, while it syncs
    started = time.monotonic()
    window.close()
    # The network timeout is 30 s; the sync's request is cut off instead. The bound is
    # a third of that timeout — generous for a loaded machine, and a close that waited
    # for the timeout could not pass it.
    assert time.monotonic() - started < TIMEOUT / 3
    assert job.isFinished(), "the sync's thread has ended: nothing of it writes later"
    assert not web.release.is_set(), "the server never answered: it was cut off"
    assert check_file(data_dir / DB_FILENAME).state is FileState.OK
    assert keys[0] in done_on_disk(data_dir), "the last tick is on disk"


def test_restoring_a_backup_during_a_sync_waits_for_it_and_syncs_the_restored_plan(
    qtbot, data_dir: Path, synced: str, web: Redirector, calendar_url: str, monkeypatch
) -> None:
    window = open_window(qtbot, data_dir)
    backup = take_backup(data_dir, "manual", NOW)
    # After the backup: a tick in the app, synced to the calendar.
    here_name, here_keys = session(window, 0)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        assert window.controller.set_done(here_keys[0], True)
    phone = Phone(calendar_url)
    assert "✓" in phone.get(here_name)[1]
    # Then a done mark on the phone, and a sync that the server holds.
    phone_name, phone_keys = session(window, 3)
    phone.mark_done(phone_name)
    job = stall_next_sync(qtbot, window, web)

    def answer(dialog: recovery.RecoveryDialog) -> int:
        dialog.list.setCurrentRow([b.id for b in dialog.backups].index(backup.id))
        dialog.restore()
        return dialog.result()

    monkeypatch.setattr(recovery, "run_recovery_dialog", answer)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT) as finished:
        window.restore_backup()
        # The held sync was cut off and its thread had ended before the file was
        # replaced; the file that came back opens cleanly.
        assert job.isFinished()
        assert check_file(data_dir / DB_FILENAME).state is FileState.OK
        assert "Backup restored" in window.statusBar().currentMessage()
    # Sync went on by itself, with the restored plans.
    outcome, message, state = finished.args
    assert state is SyncState.SYNCED, message
    assert set(outcome.ticked) == set(phone_keys), "the phone's done mark is taken over"
    done = done_on_disk(data_dir)
    assert set(phone_keys) <= done
    assert here_keys[0] not in done or here_keys[0] in phone_keys, "the plan as it was then"
    assert "✓" not in phone.get(here_name)[1], "and the calendar follows the restored plan"
    assert phone.names() == plan_resources(data_dir), "every event once, nothing left over"
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT) as again:
        assert window.sync.sync_now()
    assert again.args[0].sent_new == again.args[0].sent_changed == 0, "converged"
    web.release.set()
